/**
 * A session's open and close: the parts of a session put together in the
 * current scope, its registration with the router (through pending routing
 * for a cloud session, whose id the runtime assigns), the start call, and the
 * end-session handshake when the scope closes.
 *
 * @internal
 */
import { Cause, Context, Deferred, Duration, Effect, Exit, FiberId, Option, Runtime, Schema, Scope, Tracer } from "effect"
import { type CallError, type ConnectionClosed, ResponseDecodeError, TimeoutError } from "../errors.js"
import { Methods } from "../../generated/Methods.js"
import type * as SessionConfig from "../sessionConfig/options.js"
import type { SessionCreateParams } from "../sessionConfig/wire.js"
import { type Connection, whenLost } from "../connection.js"
import type * as Router from "../router.js"
import * as SessionMethods from "../sessionMethods.js"
import * as TraceContext from "../traceContext.js"
import * as Answers from "./answers.js"
import * as Capabilities from "./capabilities.js"
import { Cell } from "./cell.js"
import * as Events from "./events.js"
import * as Service from "./service.js"
import * as Turn from "./turn.js"

/** The bound on one step of a best-effort cleanup outside a session's release. */
const CLEANUP_TIMEOUT = Duration.seconds(10)

/** How a session comes to exist: which call, and when its id is known. */
export type Start =
  | {
    readonly _tag: "Known"
    readonly sessionId: string
    readonly open: Effect.Effect<SessionMethods.SessionStartResult, CallError>
  }
  | { readonly _tag: "Assigned"; readonly open: Effect.Effect<SessionMethods.SessionStartResult, CallError> }

export interface Options<R> {
  readonly connection: Connection
  readonly config: SessionConfig.SessionHandlers<R> & SessionConfig.TokenSources<R>
  /** Bound on each step of the end-session handshake. */
  readonly closeTimeout: Duration.Duration
  readonly start: Start
  /**
   * Leaves the session running on the runtime when the scope closes (no
   * `session.abort` / `session.destroy`): for a session this client joined
   * rather than owns (an extension's).
   */
  readonly detach?: boolean | undefined
}

interface Parts {
  readonly connection: Connection
  readonly sessionId: Cell<string>
  readonly state: Cell<Service.State>
  readonly hub: Events.EventHub
  /** The session's answering part and its scope, once made. */
  readonly answers: () => { readonly answers: Answers.Answers; readonly scope: Scope.CloseableScope } | undefined
  readonly closeTimeout: Duration.Duration
  readonly detach: boolean
}

/** The end-session handshake, run when the session's scope closes, in a span carrying the session's id. */
const release = (parts: Parts) => (exit: Exit.Exit<unknown, unknown>) =>
  Effect.flatMap(parts.sessionId.get, (sessionId) =>
    closeSession(parts, sessionId, exit).pipe(
      Effect.withSpan("CopilotSession.close"),
      Effect.annotateSpans("session.id", sessionId)
    ))

/** Interrupts the session's running handlers, if it has made any. */
const interruptAll = (parts: Parts) => Effect.suspend(() => parts.answers()?.answers.interruptAll ?? Effect.void)

const closeSession = (parts: Parts, sessionId: string, exit: Exit.Exit<unknown, unknown>) =>
  Effect.gen(function*() {
    const { protocol, router } = parts.connection
    // A session whose start call failed or was interrupted has nothing to
    // end on the runtime: only its routing and streams.
    const started = (yield* parts.state.getAndSet("closing")) !== "starting"
    // A finalizer runs uninterruptibly, and a timeout works by interrupting
    // what it bounds: each step is made interruptible again, or a runtime
    // that never answers would hold the release (and its scope) for ever.
    const bounded = <A, E>(what: string, effect: Effect.Effect<A, E>) =>
      Effect.interruptible(effect).pipe(
        Effect.timeoutFail({
          duration: parts.closeTimeout,
          onTimeout: () => new TimeoutError({ operation: what, timeoutMillis: Duration.toMillis(parts.closeTimeout) })
        }),
        Effect.catchAllCause((cause) => Effect.logWarning(`${what} for session ${sessionId} failed while closing it`, cause))
      )
    // With the connection gone there is no runtime to tell either.
    // A joined session is not this client's to end.
    const connected = started && !parts.detach && Option.isNone(yield* protocol.isClosed)
    if (connected && Exit.isFailure(exit)) {
      // The body failed or was interrupted: stop the running turn first.
      yield* bounded("session.abort", protocol.callRaw(Methods.SessionAbort.name, { sessionId }))
    }
    // The session stays registered until the runtime answers, so its late
    // events (session.shutdown) and inbound requests are still served.
    if (connected) yield* bounded("session.destroy", protocol.call(SessionMethods.SessionDestroy, { sessionId }))
    if (sessionId !== "") yield* router.unregister(sessionId)
    yield* parts.state.set("closed")
    // Events are published as they are taken in: with the end, every
    // subscriber has all there will be.
    yield* parts.hub.end
    yield* interruptAll(parts)
  }).pipe(
    Effect.ensuring(Effect.suspend(() => {
      const built = parts.answers()
      return built === undefined ? Effect.void : Scope.close(built.scope, Exit.void)
    })),
    Effect.catchAllCause((cause) =>
      Cause.isInterruptedOnly(cause) ? Effect.void : Effect.logWarning("closing a session failed", cause)
    )
  )

/**
 * The start of a session whose id the runtime names in its answer, and which
 * may talk first: a pending-routing guard holds traffic for unknown ids from
 * before the request until the session is registered and its held traffic
 * flushed. (Apart from {@link open}, so that what the session keeps for its
 * life does not include the start call and its params.)
 */
const openAssigned = (
  connection: Connection,
  start: Effect.Effect<SessionMethods.SessionStartResult, CallError>,
  sessionId: Cell<string>,
  sink: Router.SessionSink
) =>
  Effect.scoped(
    Effect.gen(function*() {
      yield* connection.router.pendingGuard
      const info = yield* start
      yield* sessionId.set(info.sessionId)
      yield* connection.router.register(info.sessionId, sink)
      return info
    })
  )

/**
 * The open session, for the handlers that act on it (commands): a plain
 * cell, and a Deferred only if something waits for it before the session is
 * open (an event that asks for an answer while `session.create` is under
 * way). A Deferred for every session was about 300 bytes an idle session
 * holds for nothing.
 */
class Opened {
  private service: Service.Service | undefined = undefined
  private waiting: Deferred.Deferred<Service.Service> | undefined = undefined
  get await(): Effect.Effect<Service.Service> {
    return Effect.suspend(() => {
      if (this.service !== undefined) return Effect.succeed(this.service)
      this.waiting ??= Deferred.unsafeMake<Service.Service>(FiberId.none)
      return Deferred.await(this.waiting)
    })
  }
  succeed(service: Service.Service): Effect.Effect<void> {
    return Effect.suspend(() => {
      this.service = service
      const waiting = this.waiting
      this.waiting = undefined
      return waiting === undefined ? Effect.void : Effect.asVoid(Deferred.succeed(waiting, service))
    })
  }
}

/**
 * The parts a session keeps for its life, made at module level so that their
 * closures keep only these arguments (not the options of the opening, its
 * start call and params among them).
 *
 * The answering part (handler fibers, tool calls by id, the tools and
 * commands by name) is made when the first event or request that asks for
 * an answer comes: a session that is never asked anything never makes it.
 * Its fibers live in a scope of its own, closed at the very end of the
 * release, after the end-session handshake (which still serves requests).
 */
const makeParts = <R>(args: {
  readonly connection: Connection
  readonly config: Options<R>["config"]
  readonly runtime: Runtime.Runtime<R>
  readonly sessionId: string
  readonly closeTimeout: Duration.Duration
  readonly detach: boolean
}) => {
  const { config, connection, runtime } = args
  const sessionId = new Cell(args.sessionId)
  const turn = Turn.makeSync()
  // The open session, for the handlers that act on it (commands).
  const opened = new Opened()
  let built: { readonly answers: Answers.Answers; readonly scope: Scope.CloseableScope } | undefined
  const answers = (): Answers.Answers => {
    if (built === undefined) {
      const answersScope = Effect.runSync(Scope.make())
      const made = Runtime.runSync(runtime)(
        Answers.make({
          protocol: connection.protocol,
          config,
          context: runtime.context,
          sessionId,
          turn,
          secrets: connection.secrets,
          session: opened.await
        }).pipe(Scope.extend(answersScope))
      )
      built = { answers: made, scope: answersScope }
    }
    return built.answers
  }
  const capabilities = new Cell<Capabilities.SessionCapabilities>({})
  // The turn is followed before the event is answered, in the order events come.
  const hub = Events.make(
    (event) => {
      turn.follow(event)
      if (built !== undefined || Answers.asksForAnswer(event)) answers().react(event)
    },
    Capabilities.track(capabilities)
  )
  const connectionLost = new Cell<Option.Option<ConnectionClosed>>(Option.none())
  const parts: Parts & {
    readonly turn: Turn.TurnTrace
    readonly opened: Opened
    readonly capabilities: Cell<Capabilities.SessionCapabilities>
    readonly connectionLost: Cell<Option.Option<ConnectionClosed>>
    readonly sink: Router.SessionSink
    readonly onLost: (closed: ConnectionClosed) => Effect.Effect<void>
  } = {
    connection,
    sessionId,
    state: new Cell<Service.State>("starting"),
    hub,
    answers: () => built,
    closeTimeout: args.closeTimeout,
    detach: args.detach,
    turn,
    opened,
    capabilities,
    connectionLost,
    sink: {
      deliver: hub.deliver,
      request: (method, params) => Effect.suspend(() => answers().request(method, params)),
      spanParent: turn.spanParent
    },
    onLost: (closed) =>
      connectionLost.set(Option.some(closed)).pipe(
        Effect.zipRight(hub.end),
        Effect.zipRight(interruptAll(parts))
      )
  }
  return parts
}

/**
 * Opens a session in the current scope: its parts, the release handshake,
 * registration and the start call. The finalizer is in place before the
 * start call, so an interruption at any point leaves no routing behind.
 */
export const open = <R>(options: Options<R>): Effect.Effect<Service.Service, CallError, Scope.Scope | R> =>
  Effect.gen(function*() {
    // Only what the session keeps is read off the options (closures made
    // here must not keep the start call and its params alive).
    const { config, connection, start } = options
    const scope = yield* Effect.scope
    // The runtime the session's handlers are forked from: its context and
    // fiber refs (logger, tracer) as the session opened, without the span
    // of the opening (a handler runs under the span of what it answers, and
    // the session should not keep the opening's span alive).
    const runtime = yield* Effect.runtime<R>().pipe(
      Effect.mapInputContext((context: Context.Context<R>) => Context.omit(Tracer.ParentSpan)(context) as Context.Context<R>)
    )
    const parts = makeParts({
      connection,
      config,
      runtime,
      sessionId: start._tag === "Known" ? start.sessionId : "",
      closeTimeout: options.closeTimeout,
      detach: options.detach ?? false
    })
    const { capabilities, connectionLost, hub, opened, sink, state, turn } = parts
    const sessionId = parts.sessionId
    // On the scope itself (not Effect.addFinalizer, which keeps a copy of
    // the opening fiber's refs, its span included, for the session's life).
    yield* Scope.addFinalizerExit(scope, release(parts))
    // When the connection to the runtime ends no more events can come: the
    // session's streams end, a wait on them fails with the connection's
    // error, and the handlers still running are stopped.
    // (The wait is the connection's, shared by its sessions: see whenLost.)
    yield* whenLost(connection.protocol, scope, parts.onLost)

    let info: SessionMethods.SessionStartResult
    if (start._tag === "Known") {
      // Registered before session.create is sent: events that arrive with or
      // before the answer are not lost.
      yield* connection.router.register(start.sessionId, sink)
      info = yield* start.open
    } else {
      info = yield* openAssigned(connection, start.open, sessionId, sink)
    }
    // Changes that came before the start answer apply over what it reports.
    const seen = yield* capabilities.get
    yield* capabilities.set(Capabilities.merge(Capabilities.fromStart(info.capabilities), seen))
    yield* state.set("open")
    yield* Effect.annotateCurrentSpan("session.id", info.sessionId)
    const service = Service.make({
      turn,
      capabilities,
      protocol: connection.protocol,
      hub,
      state,
      connectionLost,
      sessionId: info.sessionId,
      info,
      answers: parts.answers
    })
    yield* opened.succeed(service)
    return service
  })

/**
 * What a session's start call carries beside its config: the current span's
 * trace context (so the runtime's spans for the session join the caller's
 * trace) and, when the client opted in, GitHub telemetry forwarding.
 */
export const startExtras = (connection: Connection): Effect.Effect<SessionMethods.StartExtras> =>
  Effect.map(TraceContext.current, (trace) => ({
    ...trace,
    ...(connection.gitHubTelemetry ? { enableGitHubTelemetryForwarding: true } : {})
  }))

/**
 * Sends `session.create` without a session id and decodes the answer. An
 * answer that does not decode still names a session the runtime may have
 * made: it is destroyed (best effort) before the typed error is returned.
 */
export const createAssigned = (
  connection: Connection,
  params: SessionCreateParams & SessionMethods.StartExtras
): Effect.Effect<SessionMethods.SessionStartResult, CallError> =>
  Effect.gen(function*() {
    const raw = yield* connection.protocol.callRaw(SessionMethods.SessionCreate.name, params)
    const decoded = yield* Effect.either(Schema.decodeUnknown(SessionMethods.SessionStartResult)(raw))
    if (decoded._tag === "Right") return decoded.right
    const problem = decoded.left.message
    const sessionId = Schema.decodeUnknownOption(Schema.Struct({ sessionId: Schema.String }))(raw)
    if (Option.isSome(sessionId)) {
      yield* connection.protocol.callRaw(SessionMethods.SessionDestroy.name, { sessionId: sessionId.value.sessionId }).pipe(
        Effect.timeout(CLEANUP_TIMEOUT),
        Effect.catchAllCause((cause) =>
          Effect.logWarning(`could not destroy cloud session ${sessionId.value.sessionId} after a bad create answer`, cause)
        )
      )
    } else {
      yield* Effect.logWarning(`the session.create answer names no session id, so nothing was cleaned up: ${problem}`)
    }
    return yield* new ResponseDecodeError({ method: SessionMethods.SessionCreate.name, message: problem, raw })
  })
