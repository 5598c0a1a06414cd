/**
 * Copilot sessions as `@effect/cluster` entities: one entity per session
 * owner (a user: their token, home and sessions, what `RuntimePool` keys
 * by), living on one runner at a time. It owns the owner's runtime process
 * and open sessions; its protocol is a set of `@effect/rpc` Rpcs with
 * Schemas (create or resume a session, send, send and wait, events, history,
 * abort, list, close, delete). Callers anywhere in the cluster reach it by
 * the owner's id through {@link client}, with typed errors.
 *
 * @example
 * ```ts
 * import { Effect, Layer } from "effect"
 * import { ClusterRunner, CopilotOwner } from "effect-copilot/cluster"
 * import { SessionFs } from "effect-copilot"
 *
 * const Owners = CopilotOwner.layer({ client: (owner) => Effect.succeed({ baseDirectory: `/srv/copilot/${owner}` }) })
 * const Live = Owners.pipe(
 *   Layer.provide(SessionFs.layer("/srv/copilot/sessions")),
 *   Layer.provideMerge(ClusterRunner.embedded({ filename: "/srv/copilot/cluster.db" }))
 * )
 * const answer = Effect.gen(function*() {
 *   const alice = (yield* CopilotOwner.client)("alice")
 *   const { sessionId } = yield* alice.createSession()
 *   return yield* alice.sendAndWait(sessionId, "Hello")
 * })
 * ```
 *
 * @since 0.2.0
 */
import type * as Sharding from "@effect/cluster/Sharding"
import type * as SqlClient from "@effect/sql/SqlClient"
import type * as Entity from "@effect/cluster/Entity"
import type { Effect, Layer, Scope, Tracer } from "effect"
import * as Client from "./internal/client.js"
import * as Internal from "./internal/entity.js"
import * as Protocol from "./internal/protocol.js"
import type * as SessionFs from "../SessionFs.js"

/**
 * The owner has no session with this id (never created, or deleted).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * declare const alice: CopilotOwner.OwnerClient
 *
 * const answer = alice.sendAndWait("no-such-session", "Hi").pipe(
 *   Effect.catchTag("SessionNotFound", (error) => Effect.succeed({ turnId: "", content: error.message }))
 * )
 * ```
 *
 * @since 0.2.0
 */
export const SessionNotFound = Protocol.SessionNotFound
/**
 * @see {@link SessionNotFound}
 * @since 0.2.0
 */
export type SessionNotFound = Protocol.SessionNotFound

/**
 * The turn was running when its runner stopped (killed, or its shards
 * moved) and was cut short: it has no answer and is not run again (a turn
 * that had ended keeps its answer instead). The session is intact; send the
 * prompt again (with a new turn id) to retry it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * declare const sessionId: string
 * declare const alice: CopilotOwner.OwnerClient
 * declare const prompt: string
 *
 * const retried = alice.sendAndWait(sessionId, prompt).pipe(
 *   Effect.catchTag("TurnInterrupted", () => alice.sendAndWait(sessionId, prompt))
 * )
 * ```
 *
 * @since 0.2.0
 */
export const TurnInterrupted = Protocol.TurnInterrupted
/**
 * @see {@link TurnInterrupted}
 * @since 0.2.0
 */
export type TurnInterrupted = Protocol.TurnInterrupted

/**
 * The model or the runtime failed the turn (`session.error`), or it did not end within its timeout.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * declare const sessionId: string
 * declare const alice: CopilotOwner.OwnerClient
 *
 * const answer = alice.sendAndWait(sessionId, "Hi").pipe(
 *   Effect.catchTag("TurnFailed", (error) => Effect.logError(`${error.errorType}: ${error.message}`))
 * )
 * ```
 *
 * @since 0.2.0
 */
export const TurnFailed = Protocol.TurnFailed
/**
 * @see {@link TurnFailed}
 * @since 0.2.0
 */
export type TurnFailed = Protocol.TurnFailed

/**
 * The owner's runtime could not be started, or a call to it failed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * declare const alice: CopilotOwner.OwnerClient
 *
 * const sessions = alice.listSessions.pipe(Effect.catchTag("RuntimeFailed", (error) => Effect.logError(error.message)))
 * ```
 *
 * @since 0.2.0
 */
export const RuntimeFailed = Protocol.RuntimeFailed
/**
 * @see {@link RuntimeFailed}
 * @since 0.2.0
 */
export type RuntimeFailed = Protocol.RuntimeFailed

/**
 * The cluster's database (the owners' sessions and turns) did not answer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * declare const alice: CopilotOwner.OwnerClient
 *
 * const sessions = alice.listSessions.pipe(Effect.retry({ while: (e) => e._tag === "StoreUnavailable", times: 3 }))
 * ```
 *
 * @since 0.2.0
 */
export const StoreUnavailable = Protocol.StoreUnavailable
/**
 * @see {@link StoreUnavailable}
 * @since 0.2.0
 */
export type StoreUnavailable = Protocol.StoreUnavailable

/**
 * Every error an owner's Rpc can fail with, as a Schema.
 *
 * @example
 * ```ts
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * const describe = (error: CopilotOwner.OwnerError) => `${error._tag}: ${error.message}`
 * ```
 *
 * @since 0.2.0
 */
export const OwnerError = Protocol.OwnerError
/**
 * @see {@link OwnerError}
 * @since 0.2.0
 */
export type OwnerError = Protocol.OwnerError

/**
 * The errors of delivering a message to an entity (`@effect/cluster`'s):
 * its mailbox is full, it is already processing that message, or the
 * message storage failed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * declare const sessionId: string
 * declare const alice: CopilotOwner.OwnerClient
 *
 * const answer = alice.sendAndWait(sessionId, "Hi").pipe(Effect.catchTag("PersistenceError", () => Effect.die("storage down")))
 * ```
 *
 * @since 0.2.0
 */
export type DeliveryError = Client.DeliveryError

/**
 * Every error a call of {@link OwnerClient} can fail with.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * const report = (error: CopilotOwner.ClientError) => Effect.logError(error._tag)
 * ```
 *
 * @since 0.2.0
 */
export type ClientError = Client.ClientError

/**
 * A session of the owner: its id, when it was created, whether it is open on the owner's runtime now.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * declare const alice: CopilotOwner.OwnerClient
 *
 * const open = Effect.map(alice.listSessions, (sessions) => sessions.filter((s) => s.open).length)
 * ```
 *
 * @since 0.2.0
 */
export const SessionSummary = Protocol.SessionSummary
/**
 * @see {@link SessionSummary}
 * @since 0.2.0
 */
export type SessionSummary = Protocol.SessionSummary

/**
 * The answer of a turn: the id and text of its last assistant message, if it had one.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * declare const sessionId: string
 * declare const alice: CopilotOwner.OwnerClient
 *
 * const text = Effect.map(alice.sendAndWait(sessionId, "Hi"), (answer) => answer.content ?? "(no answer)")
 * ```
 *
 * @since 0.2.0
 */
export const TurnAnswer = Protocol.TurnAnswer
/**
 * @see {@link TurnAnswer}
 * @since 0.2.0
 */
export type TurnAnswer = Protocol.TurnAnswer

/**
 * A message of a session's history (`user` or `assistant`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * declare const sessionId: string
 * declare const alice: CopilotOwner.OwnerClient
 *
 * const turns = Effect.map(alice.history(sessionId), (messages) => messages.filter((m) => m.role === "user").length)
 * ```
 *
 * @since 0.2.0
 */
export const HistoryMessage = Protocol.HistoryMessage
/**
 * @see {@link HistoryMessage}
 * @since 0.2.0
 */
export type HistoryMessage = Protocol.HistoryMessage

/**
 * A session event as it crosses runners: the runtime's JSON form, decoded
 * on arrival as a session decodes it.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * const event = Schema.decodeUnknownSync(CopilotOwner.SessionEventFromWire)({ type: "session.idle", id: "e1", data: {} })
 * ```
 *
 * @since 0.2.0
 */
export const SessionEventFromWire = Protocol.SessionEventFromWire

/**
 * The owner entity (`Entity.make("CopilotOwner", [...Rpcs])`), for code
 * that works with it directly (`Owner.client`, `Entity.makeTestClient`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * const raw = Effect.map(CopilotOwner.Owner.client, (clientFor) => clientFor("alice"))
 * ```
 *
 * @since 0.2.0
 */
export const Owner = Protocol.Owner

/**
 * The Rpcs of the owner entity, by name; those that change state are
 * persisted (`ClusterSchema.Persisted`) and keyed (a retry with the same
 * key is the same message).
 *
 * @example
 * ```ts
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * const tags = Object.keys(CopilotOwner.Rpcs) // ["CreateSession", "ResumeSession", "Send", ...]
 * ```
 *
 * @since 0.2.0
 */
export const Rpcs = {
  CreateSession: Protocol.CreateSession,
  ResumeSession: Protocol.ResumeSession,
  Send: Protocol.Send,
  SendAndWait: Protocol.SendAndWait,
  SendAndStream: Protocol.SendAndStream,
  Events: Protocol.Events,
  History: Protocol.History,
  Abort: Protocol.Abort,
  ListSessions: Protocol.ListSessions,
  CloseSession: Protocol.CloseSession,
  DeleteSession: Protocol.DeleteSession,
  RuntimeInfo: Protocol.RuntimeInfo
} as const

/**
 * Options of {@link layer}: the client options of each owner's runtime, the
 * handlers of its sessions, and idle times.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 * import { Handlers } from "effect-copilot"
 *
 * declare const tokenOf: (user: string) => Redacted.Redacted<string>
 *
 * const options: CopilotOwner.Options = {
 *   client: (owner) => Effect.succeed({ githubToken: tokenOf(owner), baseDirectory: `/srv/copilot/${owner}` }),
 *   handlers: () => ({ onPermissionRequest: Handlers.approveAll }),
 *   sessionIdleTimeToLive: "5 minutes"
 * }
 * ```
 *
 * @since 0.2.0
 */
export type Options<E = never, R = never> = Internal.Options<E, R>

/**
 * The session file system's paths an owner's runtime is started with when
 * its client options name none (`initialCwd: "/"`, `sessionStatePath: "/session-state"`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * const client = (owner: string) => Effect.succeed({ sessionFs: CopilotOwner.defaultSessionFsOptions })
 * ```
 *
 * @since 0.2.0
 */
export const defaultSessionFsOptions = Internal.defaultSessionFsOptions

/**
 * Registers the owner entity with the runner's `Sharding`: this runner then
 * hosts the owners of the shards it is assigned. Needs the cluster's
 * `SqlClient` (its tables of the owners' sessions and turns are created
 * when missing) and the `SessionFs` every runner shares (where the sessions'
 * state lives, so that any runner's runtime resumes any session).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * const Owners = CopilotOwner.layer({ client: (owner) => Effect.succeed({ baseDirectory: `/srv/copilot/${owner}` }) })
 * ```
 *
 * @since 0.2.0
 */
export const layer: <E = never, R = never>(
  options: Options<E, R>
) => Layer.Layer<
  never,
  never,
  | Sharding.Sharding
  | SqlClient.SqlClient
  | SessionFs.SessionFs
  | Exclude<Exclude<R, Tracer.ParentSpan>, Scope.Scope | Entity.CurrentAddress | Entity.CurrentRunnerAddress>
> = Internal.layer

/**
 * Options of a turn: its id (the same id retries the call without running
 * the turn twice) and, for `sendAndWait`, a timeout in milliseconds.
 *
 * @example
 * ```ts
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * declare const sessionId: string
 * declare const requestId: string
 * declare const alice: CopilotOwner.OwnerClient
 *
 * const answer = alice.sendAndWait(sessionId, "Hi", { turnId: requestId, timeout: 60_000 })
 * ```
 *
 * @since 0.2.0
 */
export type TurnOptions = Client.TurnOptions

/**
 * One owner's calls, wherever in the cluster the owner lives.
 *
 * @example
 * ```ts
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * const ask = (alice: CopilotOwner.OwnerClient, sessionId: string) => alice.sendAndWait(sessionId, "What changed?")
 * ```
 *
 * @since 0.2.0
 */
export type OwnerClient = Client.OwnerClient

/**
 * The typed client: the owner's calls by owner id, routed by `Sharding` to
 * the runner that holds the owner.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * const program = Effect.gen(function*() {
 *   const owners = yield* CopilotOwner.client
 *   const { sessionId } = yield* owners("alice").createSession({ model: "gpt-5" })
 *   return yield* owners("alice").sendAndWait(sessionId, "Hello")
 * })
 * ```
 *
 * @since 0.2.0
 */
export const client: Effect.Effect<(owner: string) => OwnerClient, never, Sharding.Sharding> = Client.make
