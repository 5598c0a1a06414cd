/**
 * A session's live capabilities: what the runtime reported when the session
 * started (`capabilities` of the `session.create` / `session.resume` answer),
 * updated by each `capabilities.changed` event.
 *
 * @internal
 */
import { Option, Predicate, Schema } from "effect"
import type * as SessionEvent from "../sessionEvent.js"
import { onFirstCall } from "../generatedSchema.js"
import type { Cell } from "./cell.js"

const Extra = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/** The capabilities of a session; the UI flags typed, the rest kept as the runtime sent it. */
export const SessionCapabilities = Schema.Struct(
  {
    ui: Schema.optional(
      Schema.Struct(
        {
          elicitation: Schema.optional(Schema.Boolean),
          mcpApps: Schema.optional(Schema.Boolean),
          canvases: Schema.optional(Schema.Boolean)
        },
        Extra
      )
    )
  },
  Extra
)
export type SessionCapabilities = typeof SessionCapabilities.Type

// Made on the first decode, not at import. The Schema itself stays a Struct:
// CopilotSession re-exports it, typed as one.
const decode = onFirstCall(() => Schema.decodeUnknownOption(SessionCapabilities))

/**
 * `change` over `current`, one level deep: a group the change names (such as
 * `ui`) keeps the flags the change does not mention. A result that no longer
 * reads as capabilities leaves `current` as it was.
 */
export const merge = (current: SessionCapabilities, change: unknown): SessionCapabilities => {
  if (!Predicate.isRecord(change)) return current
  const next: Record<string, unknown> = { ...current }
  for (const [key, value] of Object.entries(change)) {
    const before = next[key]
    next[key] = Predicate.isRecord(before) && Predicate.isRecord(value) ? { ...before, ...value } : value
  }
  return Option.getOrElse(decode(next), () => current)
}

/** The capabilities in a start answer; none when it reports none (or none that read as such). */
export const fromStart = (capabilities: unknown): SessionCapabilities =>
  capabilities === undefined || capabilities === null ? {} : Option.getOrElse(decode(capabilities), () => ({}))

/**
 * Keeps a session's capabilities current: apply to every event, before
 * subscribers see it; synchronous, as the session takes its events in.
 */
export const track = (cell: Cell<SessionCapabilities>) => (event: SessionEvent.SessionEvent): void => {
  if (event.type === "capabilities.changed") cell.value = merge(cell.value, event.data)
}
