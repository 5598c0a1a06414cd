/**
 * The service a user holds for an open session: sends, the turn wait, the
 * event streams and the session-scoped calls. Every call checks the session
 * is still open. The public interface is `CopilotSession.CopilotSessionService`;
 * the object built here is checked against it where `CopilotSession` returns it.
 *
 * @internal
 */
import { Duration, Effect, Option, Stream } from "effect"
import type * as Commands from "../commands.js"
import { type ConnectionClosed, SessionClosed, SessionError, TimeoutError } from "../errors.js"
import { Methods } from "../../generated/Methods.js"
import type * as ServerApi from "../serverApiTypes.js"
import * as SessionEvent from "../sessionEvent.js"
import type * as Method from "../jsonrpc/Method.js"
import type * as Protocol from "../jsonrpc/Protocol.js"
import { sessionCallParams } from "../serverApi.js"
import * as SessionMethods from "../sessionMethods.js"
import * as TraceContext from "../traceContext.js"
import type { SessionCapabilities } from "./capabilities.js"
import type { Cell } from "./cell.js"
import type { EventHub } from "./events.js"
import type { TurnTrace } from "./turn.js"
import * as Ui from "./ui.js"

const DEFAULT_TURN_TIMEOUT = Duration.seconds(60)

/** Where a session is in its life; only an open session takes calls. */
export type State = "starting" | "open" | "closing" | "closed"

/** A prompt, or the full params of `session.send` but the session id. */
export type MessageInput = string | Omit<Method.Params<typeof Methods.SessionSend>, "sessionId">

export interface Options {
  readonly protocol: Protocol.Protocol
  readonly hub: EventHub
  readonly state: Cell<State>
  /** Set once the connection to the runtime has ended. */
  readonly connectionLost: Cell<Option.Option<ConnectionClosed>>
  readonly sessionId: string
  readonly info: SessionMethods.SessionStartResult
  /** Kept current by the hub (see capabilities.ts). */
  readonly capabilities: Cell<SessionCapabilities>
  /** Takes the span of each send as the parent of its turn's work. */
  readonly turn: TurnTrace
  /** The session's answering part, once it has made it (see handshake.ts). */
  readonly answers: () => unknown
}

/** What of a session's lazily made parts exist now: for tests that an idle session holds none. */
export interface Usage {
  /** Whether the answering part (handler fiber sets, tool calls by id) has been made. */
  readonly answering: boolean
  /** How many event subscriptions are open. */
  readonly subscribers: number
}

const UsageId: unique symbol = Symbol.for("effect-copilot/internal/session/Usage")

type LastMessage = Option.Option<SessionEvent.EventOf<"assistant.message">>

/** Where a turn stands, folded over its events. */
type Turn =
  | { readonly _tag: "Waiting"; readonly started: boolean; readonly last: LastMessage }
  | { readonly _tag: "Idle"; readonly last: LastMessage }
  | { readonly _tag: "Error"; readonly event: SessionEvent.EventOf<"session.error"> }

const followTurn = (turn: Turn, event: SessionEvent.SessionEvent): Turn => {
  if (turn._tag !== "Waiting") return turn
  switch (event.type) {
    case "user.message":
      return { ...turn, started: true }
    case "assistant.message":
      return { ...turn, last: Option.some(event) }
    case "session.idle":
      // An idle before this message's turn started is the end of an
      // earlier turn (the runtime sends one right after a session.error).
      return !turn.started || event.data.mode === "autopilot" ? turn : { _tag: "Idle", last: turn.last }
    case "session.error":
      return { _tag: "Error", event }
    default:
      return turn
  }
}

/** The session's calls, each checking the session is open, with this session's id in its spans. */
const traced = (o: Options) => Effect.annotateSpans("session.id", o.sessionId)

const whenOpen = <A, E>(o: Options, effect: Effect.Effect<A, E>): Effect.Effect<A, E | SessionClosed> =>
  Effect.flatMap(
    o.state.get,
    (s): Effect.Effect<A, E | SessionClosed> => (s === "open" ? effect : Effect.fail(new SessionClosed({ sessionId: o.sessionId })))
  ).pipe(traced(o))

// A session method gets this session's id; any other method's params go as given.
const call = <M extends Method.AnyMethod>(o: Options, method: M, params: ServerApi.SessionCallParams<M>) =>
  whenOpen(o, o.protocol.call(method, sessionCallParams(method, params, o.sessionId)))

// The send's span is the parent of the work its turn brings (see turn.ts);
// it is taken before the request goes out, as the turn's events may come
// before the answer.
const send = (o: Options, input: MessageInput) =>
  Effect.gen(function*() {
    yield* o.hub.stopReplay
    const span = yield* Effect.orDie(Effect.currentParentSpan)
    yield* o.turn.begin(span)
    // The send's trace context, so the runtime's spans of the turn join
    // the caller's trace (a context the caller gave wins).
    const trace = yield* TraceContext.current
    const params = typeof input === "string" ? { prompt: input } : input
    const result = yield* call(o, Methods.SessionSend, { ...trace, ...params }).pipe(
      Effect.tapError(() => o.turn.abandon(span))
    )
    return result.messageId
  }).pipe(Effect.withSpan("CopilotSession.send"), traced(o))

const sendAndWait = (
  o: Options,
  input: MessageInput,
  waitOptions?: { readonly timeout?: Duration.DurationInput | undefined }
) => {
  const { sessionId } = o
  const timeout = Duration.decode(waitOptions?.timeout ?? DEFAULT_TURN_TIMEOUT)
  return Effect.scoped(
    Effect.gen(function*() {
      // Followed where the events are delivered: no stream, and no fiber
      // woken for each event of the turn (see EventHub.fold).
      const waiting: Turn = { _tag: "Waiting", started: false, last: Option.none() }
      const ended = yield* o.hub.fold(waiting, followTurn, (t) => t._tag !== "Waiting")
      yield* send(o, input)
      const turn = Option.getOrElse(yield* ended, () => waiting)
      switch (turn._tag) {
        case "Idle":
          return turn.last
        case "Error":
          return yield* new SessionError({
            sessionId,
            errorType: turn.event.data.errorType,
            message: turn.event.data.message
          })
        case "Waiting": {
          // The stream ended: the session closed, or the connection was lost, under the wait.
          const lost = yield* o.connectionLost.get
          return yield* Option.isSome(lost) ? Effect.fail(lost.value) : Effect.fail(new SessionClosed({ sessionId }))
        }
      }
    })
  ).pipe(
    Effect.timeoutFail({
      duration: timeout,
      onTimeout: () => new TimeoutError({ operation: "sendAndWait", timeoutMillis: Duration.toMillis(timeout) })
    }),
    Effect.withSpan("CopilotSession.sendAndWait"),
    traced(o)
  )
}

/**
 * The service of one open session. It holds its options and little else:
 * every member is built when it is read (the groups once), so an open
 * session does not carry the closures and descriptions of every call it
 * could make, most of which an idle session never uses. Members read off
 * it stay usable on their own (`const { send } = session`).
 */
class SessionService {
  readonly sessionId: string
  readonly info: SessionMethods.SessionStartResult
  readonly #o: Options
  #ui: ReturnType<typeof Ui.make> | undefined
  constructor(o: Options) {
    this.#o = o
    this.sessionId = o.sessionId
    this.info = o.info
  }
  get capabilities() {
    return this.#o.capabilities.get
  }
  get subscribe() {
    return this.#o.hub.subscribe
  }
  get events() {
    return Stream.unwrap(this.#o.hub.subscribe)
  }
  get send() {
    const o = this.#o
    return (input: MessageInput) => send(o, input)
  }
  get sendAndWait() {
    const o = this.#o
    return (input: MessageInput, waitOptions?: { readonly timeout?: Duration.DurationInput | undefined }) =>
      sendAndWait(o, input, waitOptions)
  }
  get sendPrompt() {
    const o = this.#o
    return (prompt: string) => send(o, prompt)
  }
  get sendPromptAndWait() {
    const o = this.#o
    return (prompt: string, waitOptions?: { readonly timeout?: Duration.DurationInput | undefined }) =>
      sendAndWait(o, prompt, waitOptions)
  }
  get getEvents() {
    const o = this.#o
    return Effect.map(
      whenOpen(o, o.protocol.call(SessionMethods.SessionGetMessages, { sessionId: o.sessionId })),
      (result) => result.events.map(SessionEvent.decode)
    )
  }
  get abort() {
    return Effect.asVoid(call(this.#o, Methods.SessionAbort, {}))
  }
  get setModel() {
    const o = this.#o
    return (
      modelId: string,
      modelOptions?: Omit<Method.Params<typeof Methods.SessionModelSwitchTo>, "sessionId" | "modelId">
    ) => call(o, Methods.SessionModelSwitchTo, { ...modelOptions, modelId })
  }
  get getModel() {
    return call(this.#o, Methods.SessionModelGetCurrent, {})
  }
  get log() {
    const o = this.#o
    return (message: string, logOptions?: Omit<Method.Params<typeof Methods.SessionLog>, "sessionId" | "message">) =>
      call(o, Methods.SessionLog, { ...logOptions, message })
  }
  get mode() {
    const o = this.#o
    return {
      get: Effect.suspend(() => call(o, Methods.SessionModeGet, {})),
      set: (mode: Method.Params<typeof Methods.SessionModeSet>["mode"]) => call(o, Methods.SessionModeSet, { mode })
    }
  }
  get plan() {
    const o = this.#o
    return {
      read: Effect.suspend(() => call(o, Methods.SessionPlanRead, {})),
      update: (content: string) => Effect.asVoid(call(o, Methods.SessionPlanUpdate, { content })),
      delete: Effect.suspend(() => Effect.asVoid(call(o, Methods.SessionPlanDelete, {})))
    }
  }
  get commands() {
    const o = this.#o
    return {
      list: (filter: Commands.ListFilter = {}) => call(o, Methods.SessionCommandsList, filter),
      execute: (commandName: string, args = "") => call(o, Methods.SessionCommandsExecute, { commandName, args })
    }
  }
  get ui(): ReturnType<typeof Ui.make> {
    const o = this.#o
    return (this.#ui ??= Ui.make({
      sessionId: o.sessionId,
      capabilities: o.capabilities,
      elicit: (params) => call(o, Methods.SessionUiElicitation, params)
    }))
  }
  get workspace() {
    const o = this.#o
    return {
      get: Effect.suspend(() => call(o, Methods.SessionWorkspacesGetWorkspace, {})),
      listFiles: Effect.suspend(() => call(o, Methods.SessionWorkspacesListFiles, {})),
      readFile: (path: string) => call(o, Methods.SessionWorkspacesReadFile, { path }),
      createFile: (path: string, content: string) =>
        Effect.asVoid(call(o, Methods.SessionWorkspacesCreateFile, { path, content }))
    }
  }
  get canvas() {
    const o = this.#o
    return {
      list: Effect.suspend(() => call(o, Methods.SessionCanvasList, {})),
      listOpen: Effect.suspend(() => call(o, Methods.SessionCanvasListOpen, {})),
      open: (params: Omit<Method.Params<typeof Methods.SessionCanvasOpen>, "sessionId">) =>
        call(o, Methods.SessionCanvasOpen, params),
      close: (instanceId: string) => Effect.asVoid(call(o, Methods.SessionCanvasClose, { instanceId })),
      invokeAction: (params: Omit<Method.Params<typeof Methods.SessionCanvasActionInvoke>, "sessionId">) =>
        call(o, Methods.SessionCanvasActionInvoke, params)
    }
  }
  get call() {
    const o = this.#o
    return <M extends Method.AnyMethod>(method: M, params: ServerApi.SessionCallParams<M>) => call(o, method, params)
  }
  get [UsageId](): Usage {
    return { answering: this.#o.answers() !== undefined, subscribers: this.#o.hub.subscribers() }
  }
}

/** The lazily made parts of a session service this module built; undefined for any other value. */
export const usage = (session: unknown): Usage | undefined => session instanceof SessionService ? session[UsageId] : undefined

export const make = (options: Options) => new SessionService(options)

/** The session service as built here. */
export type Service = ReturnType<typeof make>
