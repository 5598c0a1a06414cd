/**
 * The session router: it knows session ids and nothing of the Copilot domain.
 * `session.event` notifications and session-keyed inbound requests go to the
 * registered session; traffic for an id not registered yet is held while a
 * pending-routing guard is open (cloud sessions learn their id only from the
 * `session.create` answer, and the runtime may talk first).
 *
 * Atomicity: every read and write of the routing state happens inside one
 * synchronous `Effect.sync` step, which runs to completion on Node's single
 * thread. Registration installs a session and hands it the held traffic in
 * the same step, so a message racing with registration is delivered exactly
 * once and in order.
 *
 * @internal
 */
import { Deferred, Effect, Exit, FiberId, Option, Schema, Scope } from "effect"
import { RpcError } from "../CopilotError.js"
import { methods as sessionFsMethods } from "../SessionFs.js"
import { ErrorCode } from "./jsonrpc/Message.js"
import type * as Protocol from "./jsonrpc/Protocol.js"

/** What a registered session takes from the router. */
export interface SessionSink {
  /** Takes one raw event; synchronous and never blocking (an unbounded intake). */
  readonly deliver: (event: unknown) => void
  /** Serves one session-keyed inbound request. */
  readonly request: (method: string, params: unknown, context: Protocol.RequestContext) => Effect.Effect<unknown, unknown>
}

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
  ...sessionFsMethods
]

const SessionKeyed = Schema.Struct({ sessionId: Schema.String })
const readSessionId = Schema.decodeUnknownOption(SessionKeyed)

const SessionEventParams = Schema.Struct({ sessionId: Schema.String, event: Schema.Unknown })
const readSessionEvent = Schema.decodeUnknownOption(SessionEventParams)

export interface Router {
  /** Handlers to install in the protocol. */
  readonly handlers: Required<Protocol.Handlers>
  /** Installs a session and delivers anything held for its id, in order. */
  readonly register: (sessionId: string, sink: SessionSink) => Effect.Effect<void>
  /** Forgets a session; its later traffic is treated as unknown. */
  readonly unregister: (sessionId: string) => Effect.Effect<void>
  /** Whether a session id is registered. */
  readonly isRegistered: (sessionId: string) => Effect.Effect<boolean>
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

export const make = (options: { readonly requestMethods?: ReadonlyArray<string> } = {}): Router => {
  const sessions = new Map<string, SessionSink>()
  const pending = new Map<string, Array<Held>>()
  let guards = 0

  const answerHeld = (held: Held, message: string) =>
    held._tag === "Request"
      ? Deferred.unsafeDone(
        held.waiter,
        Exit.fail(new RpcError({ method: held.method, code: ErrorCode.InternalError, message }))
      )
      : undefined

  /** Appends to an id's FIFO, evicting the oldest past the limit. */
  const hold = (sessionId: string, item: Held): Held | undefined => {
    let queue = pending.get(sessionId)
    if (queue === undefined) {
      queue = []
      pending.set(sessionId, queue)
    }
    queue.push(item)
    return queue.length > PENDING_LIMIT ? queue.shift() : undefined
  }

  const reportEviction = (sessionId: string, evicted: Held | undefined): Effect.Effect<void> => {
    if (evicted === undefined) return Effect.void
    answerHeld(evicted, OVERFLOW_MESSAGE)
    return evicted._tag === "Event"
      ? Effect.logWarning(`dropped the oldest held event for session ${sessionId}: ${OVERFLOW_MESSAGE}`)
      : Effect.logWarning(`answered the oldest held ${evicted.method} for session ${sessionId} with an error: ${OVERFLOW_MESSAGE}`)
  }

  const onEvent: Protocol.RawNotificationHandler = (params) =>
    Effect.suspend(() => {
      const decoded = readSessionEvent(params)
      if (Option.isNone(decoded)) return Effect.logWarning("ignored a session.event without a sessionId and an event")
      const { event, sessionId } = decoded.value
      const sink = sessions.get(sessionId)
      if (sink !== undefined) {
        sink.deliver(event)
        return Effect.void
      }
      if (guards > 0) return reportEviction(sessionId, hold(sessionId, { _tag: "Event", event }))
      return Effect.logDebug(`ignored an event for unknown session ${sessionId}`)
    })

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
      if (guards === 0) {
        return Effect.fail(
          new RpcError({ method: context.method, code: ErrorCode.InvalidParams, message: `unknown session ${sessionId}` })
        )
      }
      const waiter = Deferred.unsafeMake<SessionSink, RpcError>(FiberId.none)
      const evicted = hold(sessionId, { _tag: "Request", method: context.method, waiter })
      return reportEviction(sessionId, evicted).pipe(
        Effect.zipRight(Deferred.await(waiter)),
        Effect.flatMap((sink) => sink.request(context.method, params, context)),
        // An interrupted wait must not leave its entry behind to be answered later.
        Effect.onInterrupt(() =>
          Effect.sync(() => {
            const queue = pending.get(sessionId)
            if (queue === undefined) return
            const index = queue.findIndex((item) => item._tag === "Request" && item.waiter === waiter)
            if (index >= 0) queue.splice(index, 1)
          })
        )
      )
    })

  const register = (sessionId: string, sink: SessionSink) =>
    Effect.sync(() => {
      sessions.set(sessionId, sink)
      const held = pending.get(sessionId)
      pending.delete(sessionId)
      if (held === undefined) return
      for (const item of held) {
        if (item._tag === "Event") sink.deliver(item.event)
        else Deferred.unsafeDone(item.waiter, Exit.succeed(sink))
      }
    })

  const unregister = (sessionId: string) =>
    Effect.sync(() => {
      sessions.delete(sessionId)
    })

  const releaseGuard = Effect.sync(() => {
    guards -= 1
    if (guards > 0) return 0
    let answered = 0
    for (const held of pending.values()) {
      for (const item of held) {
        if (item._tag === "Request") answered += 1
        answerHeld(item, ENDED_MESSAGE)
      }
    }
    pending.clear()
    return answered
  }).pipe(
    Effect.flatMap((answered) =>
      answered > 0
        ? Effect.logDebug(`answered ${answered} held request(s): ${ENDED_MESSAGE}`)
        : Effect.void
    )
  )

  const requestMethods = options.requestMethods ?? SESSION_REQUEST_METHODS
  return {
    handlers: {
      requests: Object.fromEntries(requestMethods.map((method) => [method, onRequest])),
      notifications: { "session.event": onEvent }
    },
    register,
    unregister,
    isRegistered: (sessionId) => Effect.sync(() => sessions.has(sessionId)),
    pendingGuard: Effect.acquireRelease(Effect.sync(() => {
      guards += 1
    }), () => releaseGuard),
    pendingCount: (sessionId) => Effect.sync(() => pending.get(sessionId)?.length ?? 0)
  }
}
