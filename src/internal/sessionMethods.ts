/**
 * Session methods the runtime serves but its published JSON Schemas do not
 * describe: `session.create`, `session.resume`, `session.destroy` and
 * `session.getMessages`. Shapes read off the live runtime. Results are
 * decoded as the generated ones are: members this SDK does not know are
 * ignored, and an optional member sent as `null` (`capabilities: null`, from
 * older or fake runtimes) decodes as absent.
 *
 * Every Schema here is built when a session first starts (`lazy`), not at
 * import: `SessionStartResult` alone builds the generated canvas Schemas.
 *
 * @internal
 */
import { Schema } from "effect"
import { Api } from "../generated/Api.js"
import type { Methods } from "../generated/Methods.js"
import { lazy, tolerant } from "./generatedSchema.js"
import * as Method from "./jsonrpc/Method.js"
import { wireSchemas } from "./sessionConfig/wire.js"

/** What `session.create` and `session.resume` answer. */
export const SessionStartResult = lazy(() => tolerant(Schema.Struct({
  sessionId: Schema.String,
  nativeSessionId: Schema.optional(Schema.String),
  workspacePath: Schema.optional(Schema.NullOr(Schema.String)),
  startTime: Schema.optional(Schema.Date),
  isRemote: Schema.optional(Schema.Boolean),
  mode: Schema.optional(Schema.String),
  capabilities: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  modelState: Schema.optional(tolerant(Schema.Struct({ modelId: Schema.optional(Schema.String) }))),
  /**
   * On resume: the open canvas instances, when the runtime reports them
   * (1.0.102 does not; it opens the instances it recorded again, through
   * `canvas.open` to the resumed session's handlers).
   */
  openCanvases: Schema.optional(Schema.Array(Api.OpenCanvasInstance))
})))
export type SessionStartResult = typeof SessionStartResult.Type

/**
 * What the connection adds to a session's start, beside its config: the
 * caller's trace context and the GitHub telemetry opt-in.
 */
export const StartExtras = lazy(() =>
  Schema.Struct({
    traceparent: Schema.optional(Schema.String),
    tracestate: Schema.optional(Schema.String),
    enableGitHubTelemetryForwarding: Schema.optional(Schema.Boolean)
  })
)
export type StartExtras = typeof StartExtras.Type

export const SessionCreate = Method.make(
  "session.create",
  lazy(() => Schema.extend(wireSchemas().SessionCreateParams, StartExtras)),
  SessionStartResult
)
export const SessionResume = Method.make(
  "session.resume",
  lazy(() => Schema.extend(wireSchemas().SessionResumeParams, StartExtras)),
  SessionStartResult
)
const SessionIdParams = lazy(() => Schema.Struct({ sessionId: Schema.String }))

export const SessionDestroy = Method.make(
  "session.destroy",
  SessionIdParams,
  lazy(() => Schema.NullOr(tolerant(Schema.Struct({ success: Schema.optional(Schema.Boolean) }))))
)
export const SessionGetMessages = Method.make(
  "session.getMessages",
  SessionIdParams,
  lazy(() => Schema.Struct({ events: Schema.Array(Schema.Unknown) }))
)

/** What a session's `send` takes besides a plain prompt string (see `CopilotSession.MessageOptions`). */
export type MessageOptions = Omit<Method.Params<typeof Methods.SessionSend>, "sessionId">
