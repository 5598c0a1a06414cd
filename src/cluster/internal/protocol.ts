/**
 * The protocol of the owner entity: its errors, the Rpcs with their Schemas,
 * and the entity itself. One entity per session owner (what `RuntimePool`
 * keys by): its id is the owner's key, it owns that owner's runtime and
 * open sessions.
 */
import * as ClusterSchema from "@effect/cluster/ClusterSchema"
import * as Entity from "@effect/cluster/Entity"
import * as Rpc from "@effect/rpc/Rpc"
import { Either, ParseResult, Predicate, Schema } from "effect"
import { SessionEvents as Generated } from "../../generated/SessionEvents.js"
import * as SessionEvent from "../../SessionEvent.js"

// ---------------------------------------------------------------------------
// Errors: what a caller of the entity sees, as Schemas (they cross runners)
// ---------------------------------------------------------------------------

/** The owner has no session with this id (never created, or deleted). */
export class SessionNotFound extends Schema.TaggedError<SessionNotFound>()("SessionNotFound", {
  sessionId: Schema.String
}) {
  override get message(): string {
    return `the owner has no session ${this.sessionId}: create it first (createSession), or list the owner's sessions`
  }
}

/**
 * The turn was running when its runner stopped (killed, or its shards moved);
 * the runtime that ran it is gone, so it has no answer. The session itself is
 * intact and takes the next message; send the prompt again to retry it.
 */
export class TurnInterrupted extends Schema.TaggedError<TurnInterrupted>()("TurnInterrupted", {
  sessionId: Schema.String,
  turnId: Schema.String
}) {
  override get message(): string {
    return `turn ${this.turnId} of session ${this.sessionId} was running when its runner stopped; it has no answer: send it again`
  }
}

/** The model or the runtime failed the turn (`session.error`), or it did not end in time. */
export class TurnFailed extends Schema.TaggedError<TurnFailed>()("TurnFailed", {
  sessionId: Schema.String,
  errorType: Schema.String,
  message: Schema.String
}) {}

/** The owner's runtime could not be started, or a call to it failed. */
export class RuntimeFailed extends Schema.TaggedError<RuntimeFailed>()("RuntimeFailed", {
  operation: Schema.String,
  message: Schema.String
}) {}

/** The cluster's database (the owner's list of sessions and turns) did not answer. */
export class StoreUnavailable extends Schema.TaggedError<StoreUnavailable>()("StoreUnavailable", {
  operation: Schema.String,
  message: Schema.String
}) {}

/** Every error an owner's Rpc can fail with. */
export const OwnerError = Schema.Union(SessionNotFound, TurnInterrupted, TurnFailed, RuntimeFailed, StoreUnavailable)
export type OwnerError = typeof OwnerError.Type

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

/** A session of the owner, as the cluster's database lists it. */
export const SessionSummary = Schema.Struct({
  sessionId: Schema.String,
  createdAt: Schema.DateFromNumber,
  /** Whether the session is open on the owner's runtime now. */
  open: Schema.Boolean
})
export type SessionSummary = typeof SessionSummary.Type

/** The answer of a turn: the last assistant message's id and text, if the turn had one. */
export const TurnAnswer = Schema.Struct({
  turnId: Schema.String,
  messageId: Schema.optional(Schema.String),
  content: Schema.optional(Schema.String)
})
export type TurnAnswer = typeof TurnAnswer.Type

/** What `Send` answers: the runtime's id of the message. */
export const SendResult = Schema.Struct({ turnId: Schema.String, messageId: Schema.String })
export type SendResult = typeof SendResult.Type

/** A message of the session's history: what the user sent and what the assistant answered. */
export const HistoryMessage = Schema.Struct({
  role: Schema.Literal("user", "assistant"),
  id: Schema.String,
  content: Schema.String
})
export type HistoryMessage = typeof HistoryMessage.Type

// Each generated event Schema has its own exact types; looked up by the
// event's type, they are used to encode one event of the union back to its
// wire form, which is what this widening says.
const eventSchemas: Readonly<Record<string, Schema.Schema<SessionEvent.KnownEvent, unknown>>> =
  Generated.eventSchemas as unknown as Readonly<Record<string, Schema.Schema<SessionEvent.KnownEvent, unknown>>>

/** A session event as it was on the runtime's wire: a known event encoded by its Schema, an unknown one as received. */
const toWire = (event: SessionEvent.SessionEvent): Either.Either<unknown, ParseResult.ParseIssue> => {
  if (event.type === "unknown") return Either.right(event.raw)
  const schema = eventSchemas[event.type]
  if (schema === undefined) return Either.left(new ParseResult.Type(Schema.Unknown.ast, event, `no Schema for ${event.type}`))
  return ParseResult.encodeUnknownEither(schema)(event)
}

const isSessionEvent = (u: unknown): u is SessionEvent.SessionEvent =>
  Predicate.hasProperty(u, "type") && typeof u.type === "string"

/**
 * A session event across runners: it travels in the runtime's own JSON form
 * and is decoded on arrival as the session decodes it (tolerantly; an event
 * this SDK does not know arrives as an `unknown` event with its raw data).
 */
export const SessionEventFromWire: Schema.Schema<SessionEvent.SessionEvent, unknown> = Schema.transformOrFail(
  Schema.Unknown,
  Schema.declare(isSessionEvent, { identifier: "SessionEvent" }),
  {
    strict: true,
    decode: (raw) => ParseResult.succeed(SessionEvent.decode(raw)),
    encode: (event) => toWire(event)
  }
)

// ---------------------------------------------------------------------------
// Rpcs
// ---------------------------------------------------------------------------

/** Creates a session of the owner under the given id, or finds it if the id is already the owner's. */
export const CreateSession = Rpc.make("CreateSession", {
  payload: { sessionId: Schema.String, model: Schema.optional(Schema.String) },
  success: SessionSummary,
  error: OwnerError,
  primaryKey: ({ sessionId }) => `create/${sessionId}`
}).annotate(ClusterSchema.Persisted, true)

/** Opens an existing session of the owner on its runtime (resuming it from the shared state). */
export const ResumeSession = Rpc.make("ResumeSession", {
  payload: { sessionId: Schema.String },
  success: SessionSummary,
  error: OwnerError
})

/** Sends a message; succeeds with the runtime's message id once the runtime took it. */
export const Send = Rpc.make("Send", {
  payload: { sessionId: Schema.String, turnId: Schema.String, prompt: Schema.String },
  success: SendResult,
  error: OwnerError,
  primaryKey: ({ turnId }) => `turn/${turnId}`
}).annotate(ClusterSchema.Persisted, true)

/** Sends a message and waits for the turn to end: its answer. */
export const SendAndWait = Rpc.make("SendAndWait", {
  payload: {
    sessionId: Schema.String,
    turnId: Schema.String,
    prompt: Schema.String,
    timeoutMillis: Schema.optional(Schema.Number)
  },
  success: TurnAnswer,
  error: OwnerError,
  primaryKey: ({ turnId }) => `turn/${turnId}`
}).annotate(ClusterSchema.Persisted, true)

/**
 * Sends a message and streams the turn's events, from the message's own
 * (subscribed before it is sent) to the turn's end (`session.idle`, or
 * `session.error`, after which the stream fails with `TurnFailed`).
 */
export const SendAndStream = Rpc.make("SendAndStream", {
  payload: { sessionId: Schema.String, turnId: Schema.String, prompt: Schema.String },
  success: SessionEventFromWire,
  error: OwnerError,
  stream: true
})

/** The session's events from now on, until the session closes. */
export const Events = Rpc.make("Events", {
  payload: { sessionId: Schema.String },
  success: SessionEventFromWire,
  error: OwnerError,
  stream: true
})

/** The session's history: its user and assistant messages, in order. */
export const History = Rpc.make("History", {
  payload: { sessionId: Schema.String },
  success: Schema.Array(HistoryMessage),
  error: OwnerError
})

/** Aborts the session's running turn, if any. */
export const Abort = Rpc.make("Abort", {
  payload: { sessionId: Schema.String },
  error: OwnerError
})

/** The owner's sessions. */
export const ListSessions = Rpc.make("ListSessions", {
  success: Schema.Array(SessionSummary),
  error: OwnerError
})

/** Closes the session on the runtime (its state stays: resume it later). */
export const CloseSession = Rpc.make("CloseSession", {
  payload: { sessionId: Schema.String },
  error: OwnerError
})

/** Deletes the session and its state. */
export const DeleteSession = Rpc.make("DeleteSession", {
  payload: { sessionId: Schema.String },
  error: OwnerError,
  primaryKey: ({ sessionId }) => `delete/${sessionId}`
}).annotate(ClusterSchema.Persisted, true)

/** The owner's runtime: its process id on the runner that holds the owner now. */
export const RuntimeInfo = Rpc.make("RuntimeInfo", {
  success: Schema.Struct({ pid: Schema.optional(Schema.Number), runner: Schema.String }),
  error: OwnerError
})

/** The owner entity. */
export const Owner = Entity.make("CopilotOwner", [
  CreateSession,
  ResumeSession,
  Send,
  SendAndWait,
  SendAndStream,
  Events,
  History,
  Abort,
  ListSessions,
  CloseSession,
  DeleteSession,
  RuntimeInfo
])
