/**
 * The owner entity's behaviour: one runtime per owner, started on the
 * owner's first request on this runner and stopped with the entity; the
 * owner's sessions open on it (resumed from the shared session file system)
 * while they are used; turns recorded in the cluster's database so that a
 * turn delivered again after its runner died is never run twice: it gets
 * its answer if it had ended, else `TurnInterrupted`.
 *
 * The runtime and its sessions live in the entity's scope, not in an
 * `EntityResource`: an `EntityResource`'s scope outlives the entity when
 * its shard moves (it is made for external resources found again by name,
 * such as pods), which for a runtime process would leave the old runner's
 * runtime writing the owner's sessions while the new runner's starts.
 */
import * as Entity from "@effect/cluster/Entity"
import { Clock, Duration, Effect, HashMap, Layer, Option, Predicate, RcMap, RcRef, Ref, Schedule, Schema, Stream } from "effect"
import type * as CopilotClient from "../../CopilotClient.js"
import * as Client from "../../CopilotClient.js"
import type { CallError, InvalidConfig, SessionClosed, SessionError, TimeoutError } from "../../CopilotError.js"
import * as CopilotSession from "../../CopilotSession.js"
import type * as SessionConfig from "../../SessionConfig.js"
import type * as SessionEvent from "../../SessionEvent.js"
import * as SessionFs from "../../SessionFs.js"
import {
  type HistoryMessage,
  Owner,
  SendResult,
  RuntimeFailed,
  SessionNotFound,
  type SessionSummary,
  TurnAnswer,
  TurnFailed,
  TurnInterrupted
} from "./protocol.js"
import * as Store from "./store.js"

/** Options of the owner entity. */
export interface Options<E = never, R = never> {
  /**
   * The client options of an owner's runtime (its token, home, log level);
   * the session file system's paths are filled in when missing. It runs in
   * the runtime's scope: what it acquires (a home directory) lasts as long
   * as the runtime.
   */
  readonly client: (owner: string) => Effect.Effect<CopilotClient.ClientOptions, E, R>
  /** The handlers, tools and hooks of the owner's sessions (default: none; permissions then denied). */
  readonly handlers?: ((owner: string) => SessionConfig.SessionHandlers<never>) | undefined
  /** How long an open session nobody uses stays open on the runtime (default 5 minutes). */
  readonly sessionIdleTimeToLive?: Duration.DurationInput | undefined
  /** How long an owner's entity (and so its runtime) lives without requests (default 10 minutes). */
  readonly maxIdleTime?: Duration.DurationInput | undefined
  /** Bound on one turn of `sendAndWait` (default 5 minutes). */
  readonly turnTimeout?: Duration.DurationInput | undefined
}

/** The session file system's paths an owner's runtime is started with when its options name none. */
export const defaultSessionFsOptions: CopilotClient.SessionFsOptions = {
  initialCwd: "/",
  sessionStatePath: "/session-state"
}

const messageOf = (error: unknown): string =>
  Predicate.hasProperty(error, "message") && typeof error.message === "string" ? error.message : String(error)

const runtimeFailed = (operation: string) => (error: unknown) => new RuntimeFailed({ operation, message: messageOf(error) })

/** A turn's failure as the caller sees it. */
const turnError = (sessionId: string) =>
(
  error: CallError | SessionClosed | SessionError | TimeoutError
): TurnFailed | RuntimeFailed => {
  switch (error._tag) {
    case "SessionError":
      return new TurnFailed({ sessionId, errorType: error.errorType, message: error.message })
    case "TimeoutError":
      return new TurnFailed({ sessionId, errorType: "timeout", message: error.message })
    default:
      return runtimeFailed("session.send")(error)
  }
}

/** The session's id is an unknown one on the runtime: it has no state to resume. */
const isNotFound = (error: CallError | InvalidConfig): boolean => /session not found/i.test(error.message)

/** Retries of a write to the cluster's database that must not be lost (about a minute in all). */
const storeRetry = Schedule.exponential("200 millis").pipe(Schedule.either(Schedule.spaced("5 seconds")), Schedule.upTo("1 minute"))

interface OpenSession {
  readonly session: CopilotSession.CopilotSessionService
  readonly turns: Effect.Semaphore
}

/** The layer that registers the owner entity with Sharding. */
export const layer = <E, R>(options: Options<E, R>) =>
  Layer.unwrapEffect(Effect.gen(function*() {
    yield* Store.migrate.pipe(Effect.orDie)
    const sessionIdleTimeToLive = Duration.decode(options.sessionIdleTimeToLive ?? Duration.minutes(5))
    const turnTimeout = Duration.decode(options.turnTimeout ?? Duration.minutes(5))
    const maxIdleTime = Duration.decode(options.maxIdleTime ?? Duration.minutes(10))
    return Owner.toLayer(
      Effect.gen(function*() {
        const address = yield* Entity.CurrentAddress
        const runnerAddress = yield* Entity.CurrentRunnerAddress
        const owner = address.entityId
        const store = yield* Store.make
        const sessionFs = yield* SessionFs.SessionFs
        const handlers = options.handlers?.(owner) ?? {}

        // The owner's runtime: started on first use, stopped with the entity.
        const runtime = yield* RcRef.make({
          acquire: Effect.gen(function*() {
            const clientOptions = yield* options.client(owner).pipe(Effect.mapError(runtimeFailed("start")))
            return yield* Client.make({
              ...clientOptions,
              sessionFs: clientOptions.sessionFs ?? defaultSessionFsOptions
            }).pipe(Effect.mapError(runtimeFailed("start")))
          }).pipe(Effect.withSpan("CopilotOwner.startRuntime")),
          // Kept while the entity lives and is used; the entity's own idle time stops it.
          idleTimeToLive: maxIdleTime
        })

        // Sessions to create (not resume) when they are first opened, with their model.
        const toCreate = yield* Ref.make(HashMap.empty<string, { readonly model: string | undefined }>())

        // The owner's open sessions, resumed from the shared state when first used;
        // streamed (assistant.message_delta events), for callers of SendAndStream.
        const sessions = yield* RcMap.make({
          lookup: (sessionId: string) =>
            Effect.gen(function*() {
              const client = yield* RcRef.get(runtime)
              const creating = Option.getOrUndefined(HashMap.get(yield* Ref.get(toCreate), sessionId))
              const session = creating !== undefined
                ? yield* CopilotSession.make(client, { ...handlers, sessionFs, sessionId, model: creating.model, streaming: true }).pipe(
                  Effect.mapError(runtimeFailed("session.create"))
                )
                : yield* CopilotSession.makeResumed(client, sessionId, { ...handlers, sessionFs, streaming: true }).pipe(
                  Effect.mapError((error) =>
                    isNotFound(error) ? new SessionNotFound({ sessionId }) : runtimeFailed("session.resume")(error)
                  )
                )
              const turns = yield* Effect.makeSemaphore(1)
              return { session, turns } satisfies OpenSession
            }),
          idleTimeToLive: sessionIdleTimeToLive
        })

        const now = Effect.map(Clock.currentTimeMillis, (millis) => new Date(millis))

        const summary = (row: Store.SessionRow): Effect.Effect<SessionSummary> =>
          Effect.map(RcMap.has(sessions, row.sessionId), (open) => ({ ...row, open }))

        /** The owner's session, open; fails with SessionNotFound for an id that is not the owner's. */
        const openSession = (sessionId: string) =>
          Effect.gen(function*() {
            const row = yield* store.findSession(owner, sessionId)
            if (Option.isNone(row)) return yield* new SessionNotFound({ sessionId })
            return yield* RcMap.get(sessions, sessionId)
          })

        /**
         * Runs one turn once. A turn seen before ran on a runner that stopped:
         * if it ended with an answer (the reply was lost with the runner), that
         * answer again; if it was cut short, `TurnInterrupted`; never run twice.
         * Its end is recorded with retries, so that a database that is away for
         * a moment does not turn an answered turn into a failed one.
         */
        const turn = <A, I, E2>(
          sessionId: string,
          turnId: string,
          answer: Schema.Schema<A, I>,
          run: (open: OpenSession) => Effect.Effect<A, E2>,
          recover: (events: ReadonlyArray<SessionEvent.SessionEvent>) => Option.Option<A>
        ) => {
          const json = Schema.parseJson(answer)
          return Effect.scoped(Effect.gen(function*() {
            const open = yield* openSession(sessionId)
            const seen = yield* store.startTurn(owner, sessionId, turnId, yield* now)
            if (Option.isSome(seen)) {
              const before = Option.flatMap(seen.value.answer, Schema.decodeUnknownOption(json))
              if (seen.value.state === "done" && Option.isSome(before)) return before.value
              // Cut short before its end was recorded: the runtime may still have
              // finished it into the session's history (the shared state).
              if (seen.value.state === "started") {
                const events = yield* open.session.getEvents.pipe(Effect.orElseSucceed(() => []))
                const recovered = recover(events)
                if (Option.isSome(recovered)) {
                  const encoded = yield* Schema.encode(json)(recovered.value).pipe(Effect.orDie)
                  yield* store.endTurn(turnId, "done", encoded).pipe(Effect.retry(storeRetry))
                  return recovered.value
                }
              }
              yield* store.endTurn(turnId, "interrupted")
              return yield* new TurnInterrupted({ sessionId, turnId })
            }
            const result = yield* open.turns.withPermits(1)(run(open))
            const encoded = yield* Schema.encode(json)(result).pipe(Effect.orDie)
            yield* store.endTurn(turnId, "done", encoded).pipe(Effect.retry(storeRetry))
            return result
          })).pipe(Effect.annotateSpans({ "session.id": sessionId, "turn.id": turnId }))
        }

        const lastIndex = <A>(items: ReadonlyArray<A>, f: (a: A) => boolean): number => {
          for (let i = items.length - 1; i >= 0; i--) if (f(items[i]!)) return i
          return -1
        }

        /** The events after the session's last user message, if that message is `prompt` (the turn's own). */
        const afterPrompt = (events: ReadonlyArray<SessionEvent.SessionEvent>, prompt: string) => {
          const last = lastIndex(events, (event) => event.type === "user.message")
          const message = events[last]
          return message !== undefined && message.type === "user.message" && message.data.content === prompt
            ? Option.some({ message, after: events.slice(last + 1) })
            : Option.none()
        }

        /** A turn's answer from the history: its final assistant message (no tool requests), the turn ended. */
        const answeredIn = (turnId: string, prompt: string) => (events: ReadonlyArray<SessionEvent.SessionEvent>) =>
          Option.flatMap(afterPrompt(events, prompt), ({ after }) => {
            const final = lastIndex(after, (event) =>
              event.type === "assistant.message" && (event.data.toolRequests ?? []).length === 0
            )
            const message = after[final]
            const ended = after.slice(final + 1).some((event) => event.type === "assistant.turn_end")
            return message !== undefined && message.type === "assistant.message" && ended
              ? Option.some({ turnId, messageId: message.data.messageId, content: message.data.content })
              : Option.none()
          })

        /** A sent message from the history: the runtime took it. */
        const takenIn = (turnId: string, prompt: string) => (events: ReadonlyArray<SessionEvent.SessionEvent>) =>
          Option.map(afterPrompt(events, prompt), ({ message }) => ({ turnId, messageId: message.data.messageId ?? message.id }))

        const history = (events: ReadonlyArray<SessionEvent.SessionEvent>): ReadonlyArray<HistoryMessage> =>
          events.flatMap((event): ReadonlyArray<HistoryMessage> =>
            event.type === "user.message"
              ? [{ role: "user", id: event.id, content: event.data.content }]
              : event.type === "assistant.message"
              ? [{ role: "assistant", id: event.id, content: event.data.content }]
              : []
          )

        return Owner.of({
          CreateSession: ({ payload }) =>
            Effect.gen(function*() {
              const existing = yield* store.findSession(owner, payload.sessionId)
              if (Option.isNone(existing)) yield* Ref.update(toCreate, HashMap.set(payload.sessionId, { model: payload.model }))
              yield* Effect.scoped(RcMap.get(sessions, payload.sessionId)).pipe(
                Effect.ensuring(Ref.update(toCreate, HashMap.remove(payload.sessionId)))
              )
              const row = yield* store.addSession(owner, payload.sessionId, yield* now)
              return yield* summary(row)
            }).pipe(Effect.withSpan("CopilotOwner.CreateSession", { attributes: { "session.id": payload.sessionId } })),

          ResumeSession: ({ payload }) =>
            Effect.scoped(Effect.gen(function*() {
              yield* openSession(payload.sessionId)
              const row = yield* store.findSession(owner, payload.sessionId)
              return yield* summary(Option.getOrElse(row, () => ({ sessionId: payload.sessionId, createdAt: new Date(0) })))
            })).pipe(Effect.withSpan("CopilotOwner.ResumeSession", { attributes: { "session.id": payload.sessionId } })),

          Send: ({ payload }) =>
            turn(payload.sessionId, payload.turnId, SendResult, ({ session }) =>
              session.send(payload.prompt).pipe(
                Effect.map((messageId) => ({ turnId: payload.turnId, messageId })),
                Effect.mapError(turnError(payload.sessionId))
              ), takenIn(payload.turnId, payload.prompt)).pipe(Effect.withSpan("CopilotOwner.Send")),

          SendAndWait: ({ payload }) =>
            turn(payload.sessionId, payload.turnId, TurnAnswer, ({ session }) =>
              session.sendAndWait(payload.prompt, {
                timeout: payload.timeoutMillis === undefined ? turnTimeout : Duration.millis(payload.timeoutMillis)
              }).pipe(
                Effect.map(Option.match({
                  onNone: () => ({ turnId: payload.turnId }),
                  onSome: (message) => ({ turnId: payload.turnId, messageId: message.data.messageId, content: message.data.content })
                })),
                Effect.mapError(turnError(payload.sessionId))
              ), answeredIn(payload.turnId, payload.prompt)).pipe(Effect.withSpan("CopilotOwner.SendAndWait")),

          SendAndStream: ({ payload }) =>
            Stream.unwrapScoped(Effect.gen(function*() {
              const { session, turns } = yield* openSession(payload.sessionId)
              const seen = yield* store.startTurn(owner, payload.sessionId, payload.turnId, yield* now)
              // A stream cannot be replayed: a turn seen before is interrupted.
              if (Option.isSome(seen)) {
                yield* store.endTurn(payload.turnId, "interrupted")
                return yield* new TurnInterrupted({ sessionId: payload.sessionId, turnId: payload.turnId })
              }
              // One turn at a time on the session, held until the stream ends.
              yield* Effect.acquireRelease(turns.take(1), () => turns.release(1))
              const events = yield* session.subscribe
              yield* session.send(payload.prompt).pipe(Effect.mapError(turnError(payload.sessionId)))
              return events.pipe(
                Stream.takeUntil((event) => event.type === "session.idle" || event.type === "session.error"),
                Stream.mapEffect((event) =>
                  event.type === "session.error"
                    ? Effect.fail(
                      new TurnFailed({ sessionId: payload.sessionId, errorType: event.data.errorType, message: event.data.message })
                    )
                    : Effect.succeed(event)
                ),
                Stream.concat(Stream.execute(store.endTurn(payload.turnId, "done").pipe(Effect.retry(storeRetry))))
              )
            })).pipe(Stream.withSpan("CopilotOwner.SendAndStream", { attributes: { "session.id": payload.sessionId } })),

          Events: ({ payload }) =>
            Stream.unwrapScoped(
              Effect.flatMap(openSession(payload.sessionId), ({ session }) => session.subscribe)
            ).pipe(Stream.withSpan("CopilotOwner.Events", { attributes: { "session.id": payload.sessionId } })),

          History: ({ payload }) =>
            Effect.scoped(Effect.gen(function*() {
              const { session } = yield* openSession(payload.sessionId)
              const events = yield* session.getEvents.pipe(Effect.mapError(runtimeFailed("session.getMessages")))
              return history(events)
            })).pipe(Effect.withSpan("CopilotOwner.History", { attributes: { "session.id": payload.sessionId } })),

          Abort: ({ payload }) =>
            Effect.scoped(Effect.gen(function*() {
              const { session } = yield* openSession(payload.sessionId)
              yield* session.abort.pipe(Effect.mapError(runtimeFailed("session.abort")))
            })).pipe(Effect.withSpan("CopilotOwner.Abort", { attributes: { "session.id": payload.sessionId } })),

          ListSessions: () =>
            Effect.flatMap(store.listSessions(owner), Effect.forEach(summary)).pipe(
              Effect.withSpan("CopilotOwner.ListSessions")
            ),

          CloseSession: ({ payload }) =>
            Effect.gen(function*() {
              const row = yield* store.findSession(owner, payload.sessionId)
              if (Option.isNone(row)) return yield* new SessionNotFound({ sessionId: payload.sessionId })
              yield* RcMap.invalidate(sessions, payload.sessionId)
            }).pipe(Effect.withSpan("CopilotOwner.CloseSession", { attributes: { "session.id": payload.sessionId } })),

          DeleteSession: ({ payload }) =>
            Effect.gen(function*() {
              const row = yield* store.findSession(owner, payload.sessionId)
              if (Option.isNone(row)) return yield* new SessionNotFound({ sessionId: payload.sessionId })
              yield* RcMap.invalidate(sessions, payload.sessionId)
              // The session's state in the shared store, then the owner's row.
              const sessionId = payload.sessionId
              const entries = yield* sessionFs.readdir({ sessionId, path: "/" }).pipe(
                Effect.catchIf((error) => error.code === "ENOENT", () => Effect.succeed([])),
                Effect.mapError(runtimeFailed("sessionFs.readdir"))
              )
              yield* Effect.forEach(entries, (name) =>
                sessionFs.rm({ sessionId, path: `/${name}`, recursive: true, force: true }).pipe(
                  Effect.mapError(runtimeFailed("sessionFs.rm"))
                ), { discard: true })
              yield* store.removeSession(owner, payload.sessionId)
            }).pipe(Effect.withSpan("CopilotOwner.DeleteSession", { attributes: { "session.id": payload.sessionId } })),

          RuntimeInfo: () =>
            Effect.scoped(Effect.map(RcRef.get(runtime), (client) => ({
              pid: Option.getOrUndefined(client.runtimePid),
              runner: `${runnerAddress.host}:${runnerAddress.port}`
            }))).pipe(Effect.withSpan("CopilotOwner.RuntimeInfo"))
        })
      }),
      {
        maxIdleTime,
        concurrency: "unbounded"
      }
    )
  }))

