/**
 * How a session works inside: the intake of its raw events, the hub its
 * subscribers read, the fibers that answer tool calls, permission and
 * elicitation requests, the inbound requests it serves, the service a user
 * holds, and the start and end-session handshake around them. The public
 * surface is `CopilotSession`.
 *
 * @internal
 */
import { Cause, Chunk, Context, Deferred, Duration, Effect, Exit, FiberMap, FiberSet, Option, PubSub, Queue, Ref, Schema, Stream } from "effect"
import { ExecutionStrategy, Scope } from "effect"
import type { CopilotClientService } from "../CopilotClient.js"
import {
  type CallError,
  type ConnectionClosed,
  ResponseDecodeError,
  RpcError,
  SessionClosed,
  SessionError,
  TimeoutError
} from "../CopilotError.js"
import type {
  CopilotSessionService,
  LifecycleOptions,
  MessageInput,
  SendAndWaitOptions,
  SessionInfo
} from "../CopilotSession.js"
import * as Methods from "../generated/Methods.js"
import * as Handlers from "../Handlers.js"
import * as Hooks from "../Hooks.js"
import type * as ServerApi from "../ServerApi.js"
import type * as SessionConfig from "../SessionConfig.js"
import * as SessionEvent from "../SessionEvent.js"
import * as SessionFs from "../SessionFs.js"
import * as Tool from "../Tool.js"
import { ErrorCode } from "./jsonrpc/Message.js"
import type * as Method from "./jsonrpc/Method.js"
import * as Protocol from "./jsonrpc/Protocol.js"
import { sessionCallParams } from "./serverApi.js"
import * as SessionMethods from "./sessionMethods.js"

const DEFAULT_CLOSE_TIMEOUT = Duration.seconds(10)
const DEFAULT_TURN_TIMEOUT = Duration.seconds(60)

/** How many early events a session keeps for replay before its first send. */
const STARTUP_EVENTS_LIMIT = 1024

const keepStartup = (
  events: Chunk.Chunk<SessionEvent.SessionEvent>,
  event: SessionEvent.SessionEvent
): Chunk.Chunk<SessionEvent.SessionEvent> =>
  Chunk.append(Chunk.size(events) < STARTUP_EVENTS_LIMIT ? events : Chunk.drop(events, 1), event)

/** Marks the end of the intake queue. */
const END: unique symbol = Symbol("effect-copilot/CopilotSession/END")

const methodNotFound = (method: string, sessionId: string, what: string) =>
  new RpcError({
    method,
    code: ErrorCode.MethodNotFound,
    message: `session ${sessionId} has no ${what}; configure one when creating the session`
  })

/** Decodes inbound params and runs a handler, naming the method in errors. */
const serve = <A, I, B>(
  method: string,
  schema: Schema.Schema<A, I>,
  params: unknown,
  f: (a: A) => Effect.Effect<B, unknown>
): Effect.Effect<B, unknown> =>
  Effect.flatMap(Protocol.decodeParams(method, schema, params), f)

interface Machinery<R> {
  readonly client: CopilotClientService
  readonly config: SessionConfig.SessionHandlers<R>
  readonly context: Context.Context<R>
  readonly closeTimeout: Duration.Duration
}

/**
 * The part of a session that exists before and after its id is known: the
 * intake of raw events, the event hub, handler fibers, and the router sink.
 */
const makeMachinery = <R>(m: Machinery<R>) =>
  Effect.gen(function*() {
    const intake = yield* Queue.unbounded<unknown>()
    // Subscribers see END as the last item: a stream ends only after it has
    // taken every event published before it (shutting the hub down instead
    // would drop what a slow subscriber has not taken yet).
    const hub = yield* PubSub.unbounded<SessionEvent.SessionEvent | typeof END>()
    const subscriptions = yield* Effect.flatMap(Effect.scope, (scope) => Scope.fork(scope, ExecutionStrategy.sequential))
    const ended = yield* Ref.make(false)
    // The events since the session opened, kept until its first send, so a
    // subscriber that comes right after creation also gets the early ones
    // (session.start, and a cloud session's held traffic).
    const startup = yield* Ref.make<Option.Option<Chunk.Chunk<SessionEvent.SessionEvent>>>(Option.some(Chunk.empty()))
    // Publishing, the startup record and subscribing happen under one lock,
    // so a subscriber gets each event exactly once: replayed or live.
    const hubLock = yield* Effect.makeSemaphore(1)
    const handlerFibers = yield* FiberSet.make<unknown, unknown>()
    // Running tool calls by request id, so `external_tool.completed` can stop one.
    const toolFibers = yield* FiberMap.make<string, unknown, unknown>()
    const sessionIdRef = yield* Ref.make("")
    // The session file system when the config names none (see SessionFs.SessionFs).
    const ambientFs = yield* Effect.serviceOption(SessionFs.SessionFs)
    const provide = <A, E>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E> => Effect.provide(effect, m.context)
    const toolsByName = new Map((m.config.tools ?? []).map((tool) => [tool.name, tool] as const))
    const protocol = m.client.protocol

    const respondTool = (sessionId: string, data: SessionEvent.EventOf<"external_tool.requested">["data"]) => {
      const tool = toolsByName.get(data.toolName)
      if (tool === undefined) return Effect.void // another client of this session may serve it
      return provide(Tool.run(tool, data.arguments ?? {}, { sessionId, toolCallId: data.toolCallId, toolName: data.toolName })).pipe(
        Effect.flatMap((outcome) =>
          protocol.callRaw(Methods.SessionToolsHandlePendingToolCall.name, { sessionId, requestId: data.requestId, ...outcome })
        ),
        Effect.catchAll((error) => Effect.logWarning(`could not answer the call of tool ${data.toolName}: ${error.message}`)),
        Effect.withSpan("CopilotSession.tool", { attributes: { "tool.name": data.toolName, "tool.call_id": data.toolCallId } })
      )
    }

    const respondPermission = (sessionId: string, raw: unknown) => {
      const handler = m.config.onPermissionRequest
      if (handler === undefined) return Effect.void
      return Effect.gen(function*() {
        const data = yield* Schema.decodeUnknown(Handlers.PermissionRequestedData)(raw)
        if (data.resolvedByHook === true) return
        const decision = yield* provide(handler(data.permissionRequest, { sessionId })).pipe(
          Effect.tapErrorCause((cause) => Effect.logWarning("the permission handler failed; answering user-not-available", cause)),
          Effect.orElseSucceed((): Handlers.PermissionHandlerResult => Handlers.userNotAvailable)
        )
        if (Handlers.isNoResult(decision)) return
        const result = yield* Schema.encode(Handlers.PermissionDecision)(decision)
        yield* protocol.callRaw(Methods.SessionPermissionsHandlePendingPermissionRequest.name, {
          sessionId,
          requestId: data.requestId,
          result
        })
      }).pipe(
        Effect.catchAll((error) => Effect.logWarning(`could not answer a permission request: ${error.message}`)),
        Effect.withSpan("CopilotSession.permission")
      )
    }

    const respondElicitation = (sessionId: string, raw: unknown) => {
      const handler = m.config.onElicitationRequest
      if (handler === undefined) return Effect.void
      return Effect.gen(function*() {
        const data = yield* Schema.decodeUnknown(Handlers.ElicitationRequestedData)(raw)
        const { requestId, ...request } = data
        const response = yield* provide(handler(request, { sessionId })).pipe(
          Effect.tapErrorCause((cause) => Effect.logWarning("the elicitation handler failed; answering cancel", cause)),
          Effect.orElseSucceed((): Handlers.ElicitationResponse => ({ action: "cancel" }))
        )
        const result = yield* Schema.encode(Handlers.ElicitationResponse)(response)
        yield* protocol.callRaw(Methods.SessionUiHandlePendingElicitation.name, { sessionId, requestId, result })
      }).pipe(
        Effect.catchAll((error) => Effect.logWarning(`could not answer an elicitation request: ${error.message}`)),
        Effect.withSpan("CopilotSession.elicitation")
      )
    }

    /** Reacts to the events that ask this client for something. */
    const react = (sessionId: string, event: SessionEvent.SessionEvent): Effect.Effect<void> => {
      switch (event.type) {
        case "external_tool.requested": {
          return Effect.asVoid(FiberMap.run(toolFibers, event.data.requestId, respondTool(sessionId, event.data)))
        }
        case "external_tool.completed":
          // The runtime no longer waits for this call (another client answered, or the turn was aborted).
          return FiberMap.remove(toolFibers, event.data.requestId)
        case "permission.requested":
          return Effect.asVoid(FiberSet.run(handlerFibers, respondPermission(sessionId, event.data)))
        case "elicitation.requested":
          return Effect.asVoid(FiberSet.run(handlerFibers, respondElicitation(sessionId, event.data)))
        default:
          return Effect.void
      }
    }

    const dispatcherDone = yield* Deferred.make<void>()
    yield* Effect.gen(function*() {
      for (;;) {
        const raw = yield* Queue.take(intake)
        if (raw === END) {
          yield* hubLock.withPermits(1)(Effect.zipRight(PubSub.publish(hub, END), Ref.set(ended, true)))
          return
        }
        const event = SessionEvent.decode(raw)
        if (event.type === "unknown") {
          yield* Effect.logDebug(`session event not decoded: ${event.reason}`)
        }
        yield* hubLock.withPermits(1)(
          Effect.zipRight(
            PubSub.publish(hub, event),
            Ref.update(startup, Option.map((events) => keepStartup(events, event)))
          )
        )
        yield* react(yield* Ref.get(sessionIdRef), event)
      }
    }).pipe(Effect.ensuring(Deferred.succeed(dispatcherDone, undefined)), Effect.forkScoped)

    // When the connection to the runtime ends no more events can come: the
    // session's streams end, and a wait on them fails with the connection's error.
    const connectionLost = yield* Ref.make<Option.Option<ConnectionClosed>>(Option.none())
    yield* m.client.closed.pipe(
      Effect.flatMap((closed) => Effect.zipRight(Ref.set(connectionLost, Option.some(closed)), Queue.offer(intake, END))),
      Effect.forkScoped
    )

    /** Serves the session-keyed requests the runtime sends this client. */
    const request = (method: string, params: unknown, _context: Protocol.RequestContext): Effect.Effect<unknown, unknown> =>
      Effect.flatMap(Ref.get(sessionIdRef), (sessionId) => {
        const ctx = { sessionId }
        const c = m.config
        switch (method) {
          case "userInput.request": {
            const handler = c.onUserInputRequest
            if (handler === undefined) return Effect.fail(methodNotFound(method, sessionId, "user input handler"))
            return serve(method, Handlers.UserInputRequestParams, params, ({ sessionId: _, ...request }) =>
              Effect.flatMap(provide(handler(request, ctx)), Schema.encode(Handlers.UserInputResponse)))
          }
          case "exitPlanMode.request": {
            const handler = c.onExitPlanModeRequest
            if (handler === undefined) return Effect.fail(methodNotFound(method, sessionId, "exit plan mode handler"))
            return serve(method, Handlers.ExitPlanModeRequestParams, params, ({ sessionId: _, ...request }) =>
              Effect.flatMap(provide(handler(request, ctx)), Schema.encode(Handlers.ExitPlanModeResult)))
          }
          case "autoModeSwitch.request": {
            const handler = c.onAutoModeSwitchRequest
            if (handler === undefined) return Effect.fail(methodNotFound(method, sessionId, "auto mode switch handler"))
            return serve(method, Handlers.AutoModeSwitchRequestParams, params, ({ sessionId: _, ...request }) =>
              Effect.map(provide(handler(request, ctx)), (response) => ({ response })))
          }
          case "hooks.invoke":
            return serve(method, Hooks.HookInvokeParams, params, (p) => provide(Hooks.invokeHook(c.hooks, p, ctx)))
          case "systemMessage.transform":
            return serve(
              method,
              Handlers.SystemMessageTransformParams,
              params,
              (p) => provide(Handlers.transformSections(c.systemMessageTransforms, p))
            )
          default: {
            const fs = c.sessionFs
            if (method.startsWith("sessionFs.") && fs !== undefined) {
              return provide(SessionFs.serve(fs, method, params))
            }
            if (method.startsWith("sessionFs.") && Option.isSome(ambientFs)) {
              return SessionFs.serve(ambientFs.value, method, params)
            }
            return Effect.fail(methodNotFound(method, sessionId, `handler for ${method}`))
          }
        }
      })

    return {
      intake,
      hub,
      subscriptions,
      ended,
      startup,
      hubLock,
      handlerFibers,
      toolFibers,
      dispatcherDone,
      connectionLost,
      sessionIdRef,
      sink: {
        deliver: (event: unknown) => {
          intake.unsafeOffer(event)
        },
        request
      }
    }
  })

type SessionMachinery = Effect.Effect.Success<ReturnType<typeof makeMachinery>>

type SessionState = "starting" | "open" | "closing" | "closed"

/** The end-session handshake, run when the session's scope closes. */
const release = (
  client: CopilotClientService,
  machinery: SessionMachinery,
  state: Ref.Ref<SessionState>,
  closeTimeout: Duration.Duration
) =>
(exit: Exit.Exit<unknown, unknown>) =>
  Effect.gen(function*() {
    const sessionId = yield* Ref.get(machinery.sessionIdRef)
    // A session whose start call failed or was interrupted has nothing to
    // end on the runtime: only its routing and streams.
    const started = (yield* Ref.getAndSet(state, "closing")) !== "starting"
    const bounded = <A, E>(what: string, effect: Effect.Effect<A, E>) =>
      effect.pipe(
        Effect.timeoutFail({
          duration: closeTimeout,
          onTimeout: () => new TimeoutError({ operation: what, timeoutMillis: Duration.toMillis(closeTimeout) })
        }),
        Effect.catchAllCause((cause) => Effect.logWarning(`${what} for session ${sessionId} failed while closing it`, cause))
      )
    // With the connection gone there is no runtime to tell either.
    const connected = started && Option.isNone(yield* client.protocol.isClosed)
    if (connected && Exit.isFailure(exit)) {
      // The body failed or was interrupted: stop the running turn first.
      yield* bounded("session.abort", client.protocol.callRaw(Methods.SessionAbort.name, { sessionId }))
    }
    // The session stays registered until the runtime answers, so its late
    // events (session.shutdown) and inbound requests are still served.
    if (connected) yield* bounded("session.destroy", client.protocol.call(SessionMethods.SessionDestroy, { sessionId }))
    if (sessionId !== "") yield* client.router.unregister(sessionId)
    yield* Ref.set(state, "closed")
    yield* Queue.offer(machinery.intake, END)
    yield* bounded("delivering the last events", Deferred.await(machinery.dispatcherDone))
    yield* FiberSet.clear(machinery.handlerFibers)
    yield* FiberMap.clear(machinery.toolFibers)
  }).pipe(
    Effect.catchAllCause((cause) =>
      Cause.isInterruptedOnly(cause) ? Effect.void : Effect.logWarning("closing a session failed", cause)
    ),
    Effect.withSpan("CopilotSession.close")
  )

const makeService = (
  client: CopilotClientService,
  machinery: SessionMachinery,
  state: Ref.Ref<SessionState>,
  sessionId: string,
  info: SessionInfo
): CopilotSessionService => {
  const protocol = client.protocol
  const whenOpen = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, E | SessionClosed> =>
    Effect.flatMap(
      Ref.get(state),
      (s): Effect.Effect<A, E | SessionClosed> => (s === "open" ? effect : Effect.fail(new SessionClosed({ sessionId })))
    )
  // A session method gets this session's id; any other method's params go as given.
  const call = <M extends Method.AnyMethod>(method: M, params: ServerApi.SessionCallParams<M>) =>
    whenOpen(protocol.call(method, sessionCallParams(method, params, sessionId)))

  // Each subscription lives in a scope of its own under the session's
  // subscriptions scope, which closes only after the end-session handshake:
  // a subscriber sees the session's last events even when the code that
  // subscribed shares the session's scope.
  const subscribe: Effect.Effect<Stream.Stream<SessionEvent.SessionEvent>> = machinery.hubLock.withPermits(1)(
    Effect.flatMap(Ref.get(machinery.ended), (ended) => {
      if (ended) return Effect.succeed(Stream.empty)
      return Effect.gen(function*() {
        const scope = yield* Scope.fork(machinery.subscriptions, ExecutionStrategy.sequential)
        const queue = yield* PubSub.subscribe(machinery.hub).pipe(Scope.extend(scope))
        const replay = Option.getOrElse(yield* Ref.get(machinery.startup), () => Chunk.empty<SessionEvent.SessionEvent>())
        return Stream.concat(Stream.fromChunk(replay), Stream.fromQueue(queue)).pipe(
          Stream.takeWhile((item): item is SessionEvent.SessionEvent => item !== END),
          Stream.ensuring(Scope.close(scope, Exit.void))
        )
      })
    })
  )

  const send = (input: MessageInput) =>
    Ref.set(machinery.startup, Option.none()).pipe(
      Effect.zipRight(call(Methods.SessionSend, typeof input === "string" ? { prompt: input } : input)),
      Effect.map((result) => result.messageId)
    ).pipe(Effect.withSpan("CopilotSession.send", { attributes: { "session.id": sessionId } }))

  const sendAndWait = (input: MessageInput, options?: SendAndWaitOptions) => {
    const timeout = Duration.decode(options?.timeout ?? DEFAULT_TURN_TIMEOUT)
    return Effect.scoped(
      Effect.gen(function*() {
        const events = yield* subscribe
        yield* send(input)
        type Outcome =
          | {
            readonly _tag: "Waiting"
            readonly started: boolean
            readonly last: Option.Option<SessionEvent.EventOf<"assistant.message">>
          }
          | { readonly _tag: "Idle"; readonly last: Option.Option<SessionEvent.EventOf<"assistant.message">> }
          | { readonly _tag: "Error"; readonly event: SessionEvent.EventOf<"session.error"> }
        const outcome = yield* events.pipe(
          Stream.runFoldWhile(
            { _tag: "Waiting", started: false, last: Option.none() } as Outcome,
            (o) => o._tag === "Waiting",
            (o, event): Outcome => {
              if (o._tag !== "Waiting") return o
              switch (event.type) {
                case "user.message":
                  return { ...o, started: true }
                case "assistant.message":
                  return { ...o, last: Option.some(event) }
                case "session.idle":
                  // An idle before this message's turn started is the end of an
                  // earlier turn (the runtime sends one right after a session.error).
                  return !o.started || event.data.mode === "autopilot" ? o : { _tag: "Idle", last: o.last }
                case "session.error":
                  return { _tag: "Error", event }
                default:
                  return o
              }
            }
          )
        )
        switch (outcome._tag) {
          case "Idle":
            return outcome.last
          case "Error":
            return yield* new SessionError({
              sessionId,
              errorType: outcome.event.data.errorType,
              message: outcome.event.data.message
            })
          case "Waiting": {
            // The stream ended: the session closed, or the connection was lost, under the wait.
            const lost = yield* Ref.get(machinery.connectionLost)
            return yield* Option.isSome(lost) ? Effect.fail(lost.value) : Effect.fail(new SessionClosed({ sessionId }))
          }
        }
      })
    ).pipe(
      Effect.timeoutFail({
        duration: timeout,
        onTimeout: () => new TimeoutError({ operation: "sendAndWait", timeoutMillis: Duration.toMillis(timeout) })
      }),
      Effect.withSpan("CopilotSession.sendAndWait", { attributes: { "session.id": sessionId } })
    )
  }

  return {
    sessionId,
    info,
    subscribe,
    events: Stream.unwrap(subscribe),
    send,
    sendAndWait,
    sendPrompt: (prompt) => send(prompt),
    sendPromptAndWait: (prompt, options) => sendAndWait(prompt, options),
    getEvents: Effect.map(
      whenOpen(protocol.call(SessionMethods.SessionGetMessages, { sessionId })),
      (result) => result.events.map(SessionEvent.decode)
    ),
    abort: Effect.asVoid(call(Methods.SessionAbort, {})),
    setModel: (modelId, options) => call(Methods.SessionModelSwitchTo, { ...options, modelId }),
    getModel: call(Methods.SessionModelGetCurrent, {}),
    log: (message, options) => call(Methods.SessionLog, { ...options, message }),
    mode: {
      get: call(Methods.SessionModeGet, {}),
      set: (mode) => call(Methods.SessionModeSet, { mode })
    },
    plan: {
      read: call(Methods.SessionPlanRead, {}),
      update: (content) => Effect.asVoid(call(Methods.SessionPlanUpdate, { content })),
      delete: Effect.asVoid(call(Methods.SessionPlanDelete, {}))
    },
    workspace: {
      get: call(Methods.SessionWorkspacesGetWorkspace, {}),
      listFiles: call(Methods.SessionWorkspacesListFiles, {}),
      readFile: (path) => call(Methods.SessionWorkspacesReadFile, { path }),
      createFile: (path, content) => Effect.asVoid(call(Methods.SessionWorkspacesCreateFile, { path, content }))
    },
    call
  }
}

/** How a session comes to exist: which call, and when its id is known. */
export type Start =
  | { readonly _tag: "Known"; readonly sessionId: string; readonly open: Effect.Effect<SessionInfo, CallError> }
  | { readonly _tag: "Assigned"; readonly open: Effect.Effect<SessionInfo, CallError> }

/**
 * Opens a session in the current scope: machinery, the release handshake,
 * registration and the start call. The finalizer is in place before the
 * start call, so an interruption at any point leaves no routing behind.
 */
export const open = <R>(
  client: CopilotClientService,
  config: SessionConfig.SessionHandlers<R> & LifecycleOptions,
  start: Start
): Effect.Effect<CopilotSessionService, CallError, Scope.Scope | R> =>
  Effect.gen(function*() {
    const context = yield* Effect.context<R>()
    const closeTimeout = Duration.decode(config.closeTimeout ?? DEFAULT_CLOSE_TIMEOUT)
    const machinery = yield* makeMachinery({ client, config, context, closeTimeout })
    const state = yield* Ref.make<SessionState>("starting")
    yield* Effect.addFinalizer(release(client, machinery, state, closeTimeout))
    let info: SessionInfo
    if (start._tag === "Known") {
      // Registered before session.create is sent: events that arrive with or
      // before the answer are not lost.
      yield* Ref.set(machinery.sessionIdRef, start.sessionId)
      yield* client.router.register(start.sessionId, machinery.sink)
      info = yield* start.open
    } else {
      // The runtime names the id in its answer and may talk first: a
      // pending-routing guard holds traffic for unknown ids from before the
      // request until the session is registered and its held traffic flushed.
      info = yield* Effect.scoped(
        Effect.gen(function*() {
          yield* client.router.pendingGuard
          const info = yield* start.open
          yield* Ref.set(machinery.sessionIdRef, info.sessionId)
          yield* client.router.register(info.sessionId, machinery.sink)
          return info
        })
      )
    }
    yield* Ref.set(state, "open")
    return makeService(client, machinery, state, info.sessionId, info)
  })

/**
 * Sends `session.create` without a session id and decodes the answer. An
 * answer that does not decode still names a session the runtime may have
 * made: it is destroyed (best effort) before the typed error is returned.
 */
export const createAssigned = (
  client: CopilotClientService,
  params: SessionConfig.SessionCreateParams
): Effect.Effect<SessionInfo, CallError> =>
  Effect.gen(function*() {
    const raw = yield* client.protocol.callRaw(SessionMethods.SessionCreate.name, params)
    const decoded = yield* Effect.either(Schema.decodeUnknown(SessionMethods.SessionStartResult)(raw))
    if (decoded._tag === "Right") return decoded.right
    const problem = decoded.left.message
    const sessionId = Schema.decodeUnknownOption(Schema.Struct({ sessionId: Schema.String }))(raw)
    if (Option.isSome(sessionId)) {
      yield* client.protocol.callRaw(SessionMethods.SessionDestroy.name, { sessionId: sessionId.value.sessionId }).pipe(
        Effect.timeout(DEFAULT_CLOSE_TIMEOUT),
        Effect.catchAllCause((cause) =>
          Effect.logWarning(`could not destroy cloud session ${sessionId.value.sessionId} after a bad create answer`, cause)
        )
      )
    } else {
      yield* Effect.logWarning(`the session.create answer names no session id, so nothing was cleaned up: ${problem}`)
    }
    return yield* new ResponseDecodeError({ method: SessionMethods.SessionCreate.name, message: problem })
  })
