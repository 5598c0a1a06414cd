/**
 * The typed client of owner entities: `Entity.client` of the owner entity,
 * with turn ids made here (so that a retried call is the same persisted
 * message, answered once) and the Rpcs under method names.
 */
import type { AlreadyProcessingMessage, MailboxFull, PersistenceError } from "@effect/cluster/ClusterError"
import type * as Sharding from "@effect/cluster/Sharding"
import { Effect, type Stream } from "effect"
import { randomUUID } from "node:crypto"
import type * as SessionEvent from "../../SessionEvent.js"
import { type HistoryMessage, type OwnerError, Owner, type SessionSummary, type TurnAnswer } from "./protocol.js"

/** The errors of delivering a message to an entity: its mailbox is full, it is already processing that message, or storage failed. */
export type DeliveryError = MailboxFull | AlreadyProcessingMessage | PersistenceError

/** Every error a call of the owner client can fail with. */
export type ClientError = OwnerError | DeliveryError

/** Options of a turn. */
export interface TurnOptions {
  /** The turn's id; give the same one to retry a call without running the turn twice (default: a new UUID). */
  readonly turnId?: string | undefined
  /** Bound on the turn (sendAndWait only; default the entity's). */
  readonly timeout?: number | undefined
}

/** The calls a service makes on one owner's sessions, wherever in the cluster the owner lives. */
export interface OwnerClient {
  readonly owner: string
  readonly createSession: (options?: {
    readonly sessionId?: string | undefined
    readonly model?: string | undefined
  }) => Effect.Effect<SessionSummary, ClientError>
  readonly resumeSession: (sessionId: string) => Effect.Effect<SessionSummary, ClientError>
  readonly send: (
    sessionId: string,
    prompt: string,
    options?: TurnOptions
  ) => Effect.Effect<{ readonly turnId: string; readonly messageId: string }, ClientError>
  readonly sendAndWait: (sessionId: string, prompt: string, options?: TurnOptions) => Effect.Effect<TurnAnswer, ClientError>
  readonly sendAndStream: (
    sessionId: string,
    prompt: string,
    options?: TurnOptions
  ) => Stream.Stream<SessionEvent.SessionEvent, ClientError>
  readonly events: (sessionId: string) => Stream.Stream<SessionEvent.SessionEvent, ClientError>
  readonly history: (sessionId: string) => Effect.Effect<ReadonlyArray<HistoryMessage>, ClientError>
  readonly abort: (sessionId: string) => Effect.Effect<void, ClientError>
  readonly listSessions: Effect.Effect<ReadonlyArray<SessionSummary>, ClientError>
  readonly closeSession: (sessionId: string) => Effect.Effect<void, ClientError>
  readonly deleteSession: (sessionId: string) => Effect.Effect<void, ClientError>
  readonly runtimeInfo: Effect.Effect<{ readonly pid?: number | undefined; readonly runner: string }, ClientError>
}

export const make: Effect.Effect<(owner: string) => OwnerClient, never, Sharding.Sharding> = Effect.map(
  Owner.client,
  (clientFor) => (owner) => {
    const client = clientFor(owner)
    return {
      owner,
      createSession: (options) =>
        client.CreateSession({ sessionId: options?.sessionId ?? randomUUID(), model: options?.model }),
      resumeSession: (sessionId) => client.ResumeSession({ sessionId }),
      send: (sessionId, prompt, options) => client.Send({ sessionId, prompt, turnId: options?.turnId ?? randomUUID() }),
      sendAndWait: (sessionId, prompt, options) =>
        client.SendAndWait({
          sessionId,
          prompt,
          turnId: options?.turnId ?? randomUUID(),
          timeoutMillis: options?.timeout
        }),
      sendAndStream: (sessionId, prompt, options) =>
        client.SendAndStream({ sessionId, prompt, turnId: options?.turnId ?? randomUUID() }),
      events: (sessionId) => client.Events({ sessionId }),
      history: (sessionId) => client.History({ sessionId }),
      abort: (sessionId) => client.Abort({ sessionId }),
      listSessions: client.ListSessions(),
      closeSession: (sessionId) => client.CloseSession({ sessionId }),
      deleteSession: (sessionId) => client.DeleteSession({ sessionId }),
      runtimeInfo: client.RuntimeInfo()
    }
  }
)
