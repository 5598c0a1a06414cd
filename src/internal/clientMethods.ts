/**
 * Client-level methods the runtime serves but its published JSON Schemas do
 * not describe (`status.get`, `auth.getStatus`, the `session.*` listing calls
 * and the `session.lifecycle` notification). Their shapes were read off the
 * live runtime. Results are decoded as the generated ones are: members this
 * SDK does not know are ignored, and an optional member sent as `null`
 * decodes as absent. Params (the listing filter) stay strict.
 *
 * Each Schema is built on first use (`lazy`), not at import: most programs
 * call none of these methods.
 *
 * @internal
 */
import { Schema } from "effect"
import { lazy, tolerant } from "./generatedSchema.js"
import * as Method from "./jsonrpc/Method.js"

const Empty = lazy(() => Schema.Struct({}))

/** `status.get`: the runtime's version and protocol version. */
export const Status = lazy(() =>
  Schema.Struct({
    version: Schema.String,
    protocolVersion: Schema.Number
  })
)
export type Status = typeof Status.Type

/** `auth.getStatus`: whether (and how) the runtime is signed in. */
export const AuthStatus = lazy(() => tolerant(Schema.Struct({
  isAuthenticated: Schema.Boolean,
  authType: Schema.optional(Schema.String),
  host: Schema.optional(Schema.String),
  login: Schema.optional(Schema.String),
  statusMessage: Schema.optional(Schema.String)
})))
export type AuthStatus = typeof AuthStatus.Type

/** Where a session was created: working directory and git facts. */
export const SessionContext = lazy(() => tolerant(Schema.Struct({
  workingDirectory: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("cwd")),
  gitRoot: Schema.optional(Schema.String),
  repository: Schema.optional(Schema.String),
  branch: Schema.optional(Schema.String)
})))
export type SessionContext = typeof SessionContext.Type

/** A persisted session as `session.list` and `session.getMetadata` describe it. */
export const SessionMetadata = lazy(() => tolerant(Schema.Struct({
  sessionId: Schema.String,
  startTime: Schema.Date,
  modifiedTime: Schema.Date,
  summary: Schema.optional(Schema.String),
  isRemote: Schema.optionalWith(Schema.Boolean, { default: () => false }),
  context: Schema.optional(SessionContext)
})))
export type SessionMetadata = typeof SessionMetadata.Type

/** Narrows `listSessions` by where sessions were created. */
export const SessionListFilter = lazy(() => Schema.Struct({
  workingDirectory: Schema.optional(Schema.String).pipe(Schema.fromKey("cwd")),
  gitRoot: Schema.optional(Schema.String),
  repository: Schema.optional(Schema.String),
  branch: Schema.optional(Schema.String)
}))
export type SessionListFilter = typeof SessionListFilter.Type

export const SessionLifecycleEventType = lazy(() => Schema.Literal(
  "session.created",
  "session.deleted",
  "session.updated",
  "session.foreground",
  "session.background"
))

/** A change to some session of the runtime (not only this client's). */
export const SessionLifecycleEvent = lazy(() => tolerant(Schema.Struct({
  type: Schema.String,
  sessionId: Schema.String,
  metadata: Schema.optional(tolerant(Schema.Struct({
    startTime: Schema.Date,
    modifiedTime: Schema.Date,
    summary: Schema.optional(Schema.String)
  })))
})))
export type SessionLifecycleEvent = typeof SessionLifecycleEvent.Type

const Outcome = lazy(() => tolerant(Schema.Struct({ success: Schema.Boolean, error: Schema.optional(Schema.String) })))

const SessionIdParams = lazy(() => Schema.Struct({ sessionId: Schema.String }))
const MaybeSessionId = lazy(() => Schema.Struct({ sessionId: Schema.optional(Schema.NullOr(Schema.String)) }))

export const StatusGet = Method.make("status.get", Empty, Status)
export const AuthGetStatus = Method.make("auth.getStatus", Empty, AuthStatus)
export const SessionList = Method.make(
  "session.list",
  lazy(() => Schema.Struct({ filter: Schema.optional(SessionListFilter) })),
  lazy(() => Schema.Struct({ sessions: Schema.Array(SessionMetadata) }))
)
export const SessionGetMetadata = Method.make(
  "session.getMetadata",
  SessionIdParams,
  lazy(() => Schema.Struct({ session: Schema.optional(Schema.NullOr(SessionMetadata)) }))
)
export const SessionDelete = Method.make("session.delete", SessionIdParams, Outcome)
export const SessionGetLastId = Method.make("session.getLastId", Empty, MaybeSessionId)
export const SessionGetForeground = Method.make("session.getForeground", Empty, MaybeSessionId)
export const SessionSetForeground = Method.make("session.setForeground", SessionIdParams, Outcome)
export const SessionLifecycle = Method.notification("session.lifecycle", SessionLifecycleEvent)
