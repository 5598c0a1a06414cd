/**
 * The session router: it knows session ids and nothing of the Copilot domain.
 * `session.event` notifications and session-keyed inbound requests go to the
 * registered session; traffic for an id not registered yet is held while a
 * pending-routing guard is open (cloud sessions learn their id only from the
 * `session.create` answer, and the runtime may talk first).
 *
 * Pending routing, as the design card has it: the guard is an `RcRef`, a
 * reference-counted scoped resource, acquired by every cloud session while its
 * `session.create` is in flight; the resource is the set of held traffic, a
 * bounded `Queue` per unknown session id (oldest evicted past
 * {@link PENDING_LIMIT}, an evicted request answered with an error), inbound
 * requests parked on `Deferred`s. Releasing the last reference answers the
 * requests still held and shuts the queues down.
 *
 * Atomicity: a registered session's traffic takes a synchronous fast path (a
 * lookup in the routing table, written only as the last step of
 * registration). Everything about held traffic happens under one lock:
 * holding, and registration, which drains the id's queue into the session and
 * only then installs it. A message racing with registration misses the fast
 * path, waits for the lock, finds the session installed and is delivered after
 * the held ones: exactly once and in order.
 *
 * @internal
 */
import { Deferred, Effect, HashMap, Option, Queue, RcRef, Ref, Schema, Scope } from "effect"
import type { Tracer } from "effect"
import { methods as canvasMethods } from "./canvas.js"
import { RpcError } from "./errors.js"
import { methods as sessionFsMethods } from "./sessionFs.js"
import { ErrorCode } from "./jsonrpc/Message.js"
import * as Protocol from "./jsonrpc/Protocol.js"
import { onFirstCall } from "./generatedSchema.js"

/** What a registered session takes from the router. */
export interface SessionSink {
  /**
   * Takes one raw event; synchronous and never blocking (an unbounded
   * intake). It may return what is left to do as an Effect (run in order by
   * the router's caller).
   */
  readonly deliver: (event: unknown) => Effect.Effect<void> | undefined | void
  /** Serves one session-keyed inbound request. */
  readonly request: (method: string, params: unknown, context: Protocol.RequestContext) => Effect.Effect<unknown, unknown>
  /** The span options that put work for the session under its current turn (see session/turn.ts). */
  readonly spanParent?: Effect.Effect<SpanParent> | undefined
}

/** Under a span, or a root. */
export type SpanParent = { readonly parent: Tracer.AnySpan } | { readonly root: true }

/** How many held items one unregistered session id may have. */
export const PENDING_LIMIT = 128
export const OVERFLOW_MESSAGE = "pending session buffer overflow"
export const ENDED_MESSAGE = "pending session routing ended before session was registered"

type Held =
  | { readonly _tag: "Event"; readonly event: unknown }
  | { readonly _tag: "Request"; readonly method: string; readonly waiter: Deferred.Deferred<SessionSink, RpcError> }

/** Session-keyed inbound requests the runtime sends (`clientSession` methods). */
export const SESSION_REQUEST_METHODS: ReadonlyArray<string> = [
  "userInput.request",
  "exitPlanMode.request",
  "autoModeSwitch.request",
  "hooks.invoke",
  "systemMessage.transform",
  ...canvasMethods,
  "providerToken.getToken",
  ...sessionFsMethods
]

const readSessionId = onFirstCall(() => Schema.decodeUnknownOption(Schema.Struct({ sessionId: Schema.String })))
const readSessionEvent = onFirstCall(() =>
  Schema.decodeUnknownOption(Schema.Struct({ sessionId: Schema.String, event: Schema.Unknown }))
)

export interface Router {
  /** Handlers to install in the protocol. */
  readonly handlers: Required<Protocol.Handlers>
  /** Installs a session and delivers anything held for its id, in order. */
  readonly register: (sessionId: string, sink: SessionSink) => Effect.Effect<void>
  /** Forgets a session; its later traffic is treated as unknown. */
  readonly unregister: (sessionId: string) => Effect.Effect<void>
  /** Whether a session id is registered. */
  readonly isRegistered: (sessionId: string) => Effect.Effect<boolean>
  /** Where work for a session goes in the trace: under its current turn; a root for an unknown session. */
  readonly spanParentOf: (sessionId: string) => Effect.Effect<SpanParent>
  /**
   * Opens a pending-routing guard for the life of the current scope. Guards
   * are reference counted: traffic for unknown ids is held while any is open.
   * When the last one closes, held requests still unregistered are answered
   * with an error and the buffers are cleared.
   */
  readonly pendingGuard: Effect.Effect<void, never, Scope.Scope>
  /** Held items per unregistered session id (for tests and diagnostics). */
  readonly pendingCount: (sessionId: string) => Effect.Effect<number>
}

/** The held traffic while a guard is open: a bounded queue per unknown session id. */
interface Pending {
  readonly queues: Ref.Ref<HashMap.HashMap<string, Queue.Queue<Held>>>
}

const heldError = (held: Extract<Held, { _tag: "Request" }>, message: string) =>
  new RpcError({ method: held.method, code: ErrorCode.InternalError, message })

/** Makes a router; its guard's resource belongs to the current scope. */
export const make = (
  options: { readonly requestMethods?: ReadonlyArray<string> } = {}
): Effect.Effect<Router, never, Scope.Scope> =>
  Effect.gen(function*() {
    // The routing table: read on every event, so a plain Map read in one
    // synchronous step; written only by register and unregister.
    const sessions = new Map<string, SessionSink>()
    // The held traffic, while a guard is open.
    const current = yield* Ref.make<Option.Option<Pending>>(Option.none())
    // Held traffic and registration, one at a time (see the module's doc).
    const lock = yield* Effect.makeSemaphore(1)

    /** Answers what the last guard leaves behind: parked requests get an error, queues are shut down. */
    const closePending = (pending: Pending) =>
      lock.withPermits(1)(Effect.gen(function*() {
        yield* Ref.set(current, Option.none())
        const queues = yield* Ref.getAndSet(pending.queues, HashMap.empty())
        let answered = 0
        for (const queue of HashMap.values(queues)) {
          for (const held of yield* Queue.takeAll(queue)) {
            if (held._tag === "Request") {
              answered += 1
              yield* Deferred.fail(held.waiter, heldError(held, ENDED_MESSAGE))
            }
          }
          yield* Queue.shutdown(queue)
        }
        if (answered > 0) yield* Effect.logDebug(`answered ${answered} held request(s): ${ENDED_MESSAGE}`)
      }))

    const guard = yield* RcRef.make({
      acquire: Effect.acquireRelease(
        Effect.flatMap(Ref.make(HashMap.empty<string, Queue.Queue<Held>>()), (queues) => {
          const pending: Pending = { queues }
          return Effect.as(lock.withPermits(1)(Ref.set(current, Option.some(pending))), pending)
        }),
        closePending
      )
    })

    /** Appends to an id's queue; past the limit the oldest is evicted, and answered if it is a request. Under the lock. */
    const hold = (pending: Pending, sessionId: string, item: Held) =>
      Effect.gen(function*() {
        const queues = yield* Ref.get(pending.queues)
        let queue = Option.getOrUndefined(HashMap.get(queues, sessionId))
        if (queue === undefined) {
          queue = yield* Queue.bounded<Held>(PENDING_LIMIT)
          yield* Ref.set(pending.queues, HashMap.set(queues, sessionId, queue))
        }
        if (queue.unsafeOffer(item)) return
        const evicted = yield* Queue.poll(queue)
        queue.unsafeOffer(item)
        if (Option.isNone(evicted)) return
        if (evicted.value._tag === "Event") {
          yield* Effect.logWarning(`dropped the oldest held event for session ${sessionId}: ${OVERFLOW_MESSAGE}`)
        } else {
          yield* Deferred.fail(evicted.value.waiter, heldError(evicted.value, OVERFLOW_MESSAGE))
          yield* Effect.logWarning(
            `answered the oldest held ${evicted.value.method} for session ${sessionId} with an error: ${OVERFLOW_MESSAGE}`
          )
        }
      })

    // A registered session's event is delivered in one synchronous step,
    // from the data event when the protocol can (see Protocol.syncNotificationHandler).
    const onEvent = Protocol.syncNotificationHandler((params) => {
        const decoded = readSessionEvent(params)
        if (Option.isNone(decoded)) return Effect.logWarning("ignored a session.event without a sessionId and an event")
        const { event, sessionId } = decoded.value
        const sink = sessions.get(sessionId)
        if (sink !== undefined) return sink.deliver(event) ?? undefined
        return lock.withPermits(1)(Effect.suspend(() => {
          // Registration may have completed while this event waited for the lock.
          const registered = sessions.get(sessionId)
          if (registered !== undefined) return registered.deliver(event) ?? Effect.void
          return Effect.flatMap(Ref.get(current), Option.match({
            onNone: () => Effect.logDebug(`ignored an event for unknown session ${sessionId}`),
            onSome: (pending) => hold(pending, sessionId, { _tag: "Event", event })
          }))
        }))
    })

    const unknownSession = (method: string, sessionId: string) =>
      new RpcError({ method, code: ErrorCode.InvalidParams, message: `unknown session ${sessionId}` })

    const onRequest: Protocol.RawRequestHandler = (params, context) =>
      Effect.suspend(() => {
        const decoded = readSessionId(params)
        if (Option.isNone(decoded)) {
          return Effect.fail(
            new RpcError({ method: context.method, code: ErrorCode.InvalidParams, message: `${context.method} needs a sessionId` })
          )
        }
        const { sessionId } = decoded.value
        const sink = sessions.get(sessionId)
        if (sink !== undefined) return sink.request(context.method, params, context)
        // Parks the request (or finds its session registered meanwhile) under the lock; waits outside it.
        const park: Effect.Effect<Effect.Effect<SessionSink, RpcError>, RpcError> = lock.withPermits(1)(Effect.suspend(() => {
          const registered = sessions.get(sessionId)
          if (registered !== undefined) return Effect.succeed(Effect.succeed(registered))
          return Effect.flatMap(Ref.get(current), Option.match({
            onNone: () => Effect.fail(unknownSession(context.method, sessionId)),
            onSome: (pending) =>
              Effect.flatMap(Deferred.make<SessionSink, RpcError>(), (waiter) =>
                Effect.as(hold(pending, sessionId, { _tag: "Request", method: context.method, waiter }), Deferred.await(waiter)))
          }))
        }))
        return park.pipe(
          Effect.flatten,
          Effect.flatMap((registered) => registered.request(context.method, params, context))
        )
      })

    const register = (sessionId: string, sink: SessionSink) =>
      lock.withPermits(1)(Effect.gen(function*() {
        const pending = yield* Ref.get(current)
        if (Option.isSome(pending)) {
          const queues = yield* Ref.get(pending.value.queues)
          const queue = HashMap.get(queues, sessionId)
          if (Option.isSome(queue)) {
            yield* Ref.set(pending.value.queues, HashMap.remove(queues, sessionId))
            for (const held of yield* Queue.takeAll(queue.value)) {
              if (held._tag === "Event") {
                const rest = sink.deliver(held.event)
                if (rest !== undefined) yield* rest
              } else yield* Deferred.succeed(held.waiter, sink)
            }
            yield* Queue.shutdown(queue.value)
          }
        }
        // Last: until now, traffic for this id waits for the lock and comes after the held.
        sessions.set(sessionId, sink)
      }))

    const requestMethods = options.requestMethods ?? SESSION_REQUEST_METHODS
    return {
      handlers: {
        requests: Object.fromEntries(requestMethods.map((method) => [method, onRequest])),
        notifications: { "session.event": onEvent }
      },
      register,
      unregister: (sessionId) =>
        Effect.sync(() => {
          sessions.delete(sessionId)
        }),
      isRegistered: (sessionId) => Effect.sync(() => sessions.has(sessionId)),
      spanParentOf: (sessionId) =>
        Effect.suspend((): Effect.Effect<SpanParent> => sessions.get(sessionId)?.spanParent ?? Effect.succeed({ root: true })),
      pendingGuard: Effect.asVoid(RcRef.get(guard)),
      pendingCount: (sessionId) =>
        Effect.flatMap(Ref.get(current), Option.match({
          onNone: () => Effect.succeed(0),
          onSome: (pending) =>
            Effect.flatMap(Ref.get(pending.queues), (queues) =>
              Option.match(HashMap.get(queues, sessionId), {
                onNone: () => Effect.succeed(0),
                onSome: Queue.size
              }))
        }))
    }
  })
