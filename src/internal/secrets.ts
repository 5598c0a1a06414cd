/**
 * The secrets a client knows (its GitHub token, the connection token,
 * provider keys of its sessions) and the scrubber that removes them from
 * text taken from the runtime (stderr, stdout, error messages) before that
 * text reaches an error, a log line or a span.
 *
 * The client owns one registry; whatever hands the runtime a secret later
 * (a session's provider key, say) adds it with {@link Secrets.add}.
 *
 * @internal
 */
import { Effect, Option, Redacted, Ref } from "effect"

/** What a secret is replaced with. */
export const REDACTED = "<redacted>"

/** A client's known secrets and the scrubber for them. */
export interface Secrets {
  /** Scrubs `secret` from all text from now on; empty values are ignored. */
  readonly add: (secret: Redacted.Redacted<string>) => Effect.Effect<void>
  /** Replaces every known secret in `text` with {@link REDACTED}. */
  readonly scrub: (text: string) => Effect.Effect<string>
  /** The longest known secret's length, for callers that cut text: keep this much context. */
  readonly longest: Effect.Effect<number>
}

/**
 * Replaces each of `values` in `text` with {@link REDACTED}, longest first
 * so that a secret containing another is removed whole.
 */
export const scrubText = (values: ReadonlyArray<string>, text: string): string => {
  let out = text
  for (const value of values) if (out.includes(value)) out = out.split(value).join(REDACTED)
  return out
}

const insert = (values: ReadonlyArray<string>, value: string): ReadonlyArray<string> =>
  value === "" || values.includes(value) ? values : [...values, value].sort((a, b) => b.length - a.length)

/**
 * Makes a registry holding the given secrets (absent ones are skipped).
 *
 * @example
 * ```ts
 * const secrets = yield* Secrets.make([options.githubToken])
 * const clean = yield* secrets.scrub(stderrText)
 * ```
 */
export const make = (
  initial: Iterable<Redacted.Redacted<string> | Option.Option<Redacted.Redacted<string>> | undefined> = []
): Effect.Effect<Secrets> =>
  Effect.map(
    Ref.make(
      Array.from(initial).reduce<ReadonlyArray<string>>((values, secret) => {
        if (secret === undefined) return values
        if (Option.isOption(secret)) return Option.isSome(secret) ? insert(values, Redacted.value(secret.value)) : values
        return insert(values, Redacted.value(secret))
      }, [])
    ),
    (ref): Secrets => ({
      add: (secret) => Ref.update(ref, (values) => insert(values, Redacted.value(secret))),
      scrub: (text) => Effect.map(Ref.get(ref), (values) => values.length === 0 ? text : scrubText(values, text)),
      longest: Effect.map(Ref.get(ref), (values) => values[0]?.length ?? 0)
    })
  )
