/**
 * Session methods the runtime serves but its published JSON Schemas do not
 * describe: `session.create`, `session.resume`, `session.destroy` and
 * `session.getMessages`. Shapes read off the live runtime. Results are
 * decoded as the generated ones are: members this SDK does not know are
 * ignored, and an optional member sent as `null` (`capabilities: null`, from
 * older or fake runtimes) decodes as absent.
 *
 * @internal
 */
import { Schema } from "effect"
import * as SessionConfig from "../SessionConfig.js"
import { optional } from "./generatedSchema.js"
import * as Method from "./jsonrpc/Method.js"

/** What `session.create` and `session.resume` answer. */
export const SessionStartResult = Schema.Struct({
  sessionId: Schema.String,
  nativeSessionId: optional(Schema.String),
  workspacePath: Schema.optional(Schema.NullOr(Schema.String)),
  startTime: optional(Schema.Date),
  isRemote: optional(Schema.Boolean),
  mode: optional(Schema.String),
  capabilities: optional(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  modelState: optional(Schema.Struct({ modelId: optional(Schema.String) }))
})
export type SessionStartResult = typeof SessionStartResult.Type

export const SessionCreate = Method.make("session.create", SessionConfig.SessionCreateParams, SessionStartResult)
export const SessionResume = Method.make("session.resume", SessionConfig.SessionResumeParams, SessionStartResult)
export const SessionDestroy = Method.make(
  "session.destroy",
  Schema.Struct({ sessionId: Schema.String }),
  Schema.NullOr(Schema.Struct({ success: optional(Schema.Boolean) }))
)
export const SessionGetMessages = Method.make(
  "session.getMessages",
  Schema.Struct({ sessionId: Schema.String }),
  Schema.Struct({ events: Schema.Array(Schema.Unknown) })
)
