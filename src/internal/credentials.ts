/**
 * The answer to the runtime's request for the bearer token of a provider of
 * your own (`providerToken.getToken`, once per model request), and how a
 * credential provider that did not succeed is described in failure answers
 * (the GitHub token registry uses it too).
 *
 * @internal
 */
import { Cause, Effect, Option, Redacted } from "effect"
import { RpcError } from "./errors.js"
import { Methods } from "../generated/Methods.js"
import type * as SessionConfig from "./sessionConfig/options.js"
import * as Tool from "./tool.js"
import { ErrorCode } from "./jsonrpc/Message.js"
import * as Protocol from "./jsonrpc/Protocol.js"

/** What happened to a credential provider that did not succeed: "failed: …", "died: …", "was interrupted". */
export const describeCause = (cause: Cause.Cause<unknown>): string => {
  if (Cause.isInterruptedOnly(cause)) return "was interrupted"
  const failure = Cause.failureOption(cause)
  if (Option.isSome(failure)) return `failed: ${Tool.describeError(failure.value)}`
  const defect = Cause.dieOption(cause)
  return Option.isSome(defect) ? `died: ${Tool.describeError(defect.value)}` : `died: ${Cause.pretty(cause)}`
}

const method = Methods.ProviderTokenGetToken.name

/**
 * Serves `providerToken.getToken`: runs the token provider of the provider
 * the runtime names, registers the token as a secret, and answers
 * `{ token }`. Every outcome is an answer: no such provider, or a provider
 * that fails, dies or interrupts itself, is an error naming the provider.
 */
export const providerToken = <R>(
  providers: ReadonlyMap<string, SessionConfig.TokenProvider<R>>,
  params: unknown,
  options: {
    readonly provide: <A, E>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E>
    readonly addSecret: (secret: Redacted.Redacted<string>) => Effect.Effect<void>
  }
): Effect.Effect<{ readonly token: string }, RpcError> =>
  Effect.gen(function*() {
    const { providerName } = yield* Protocol.decodeParams(method, Methods.ProviderTokenGetToken.params, params)
    const provider = providers.get(providerName)
    if (provider === undefined) {
      return yield* new RpcError({
        method,
        code: ErrorCode.InvalidParams,
        message: `provider "${providerName}" has no bearerTokenProvider in this session's config`
      })
    }
    const token = yield* options.provide(provider).pipe(
      Effect.catchAllCause((cause) =>
        Effect.fail(
          new RpcError({
            method,
            code: ErrorCode.InternalError,
            message: `the bearerTokenProvider of provider "${providerName}" ${describeCause(cause)}`
          })
        )
      )
    )
    yield* options.addSecret(token)
    return { token: Redacted.value(token) }
  })
