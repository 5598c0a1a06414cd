/**
 * The service a user holds for an open session: sends, the turn wait, the
 * event streams and the session-scoped calls. Every call checks the session
 * is still open. The public interface is `CopilotSession.CopilotSessionService`;
 * the object built here is checked against it where `CopilotSession` returns it.
 *
 * @internal
 */
import { Duration, Effect, Option, Ref, Stream } from "effect"
import type * as Commands from "../../Commands.js"
import { type ConnectionClosed, SessionClosed, SessionError, TimeoutError } from "../../CopilotError.js"
import * as Methods from "../../generated/Methods.js"
import type * as ServerApi from "../serverApiTypes.js"
import * as SessionEvent from "../../SessionEvent.js"
import type * as Method from "../jsonrpc/Method.js"
import type * as Protocol from "../jsonrpc/Protocol.js"
import { sessionCallParams } from "../serverApi.js"
import * as SessionMethods from "../sessionMethods.js"
import * as TraceContext from "../traceContext.js"
import type { SessionCapabilities } from "./capabilities.js"
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
  readonly state: Ref.Ref<State>
  /** Set once the connection to the runtime has ended. */
  readonly connectionLost: Ref.Ref<Option.Option<ConnectionClosed>>
  readonly sessionId: string
  readonly info: SessionMethods.SessionStartResult
  /** Kept current by the hub (see capabilities.ts). */
  readonly capabilities: Ref.Ref<SessionCapabilities>
  /** Takes the span of each send as the parent of its turn's work. */
  readonly turn: TurnTrace
}

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

export const make = (options: Options) => {
  const { hub, protocol, sessionId, turn } = options
  // Every span made in a session call (its own, the RPC's) carries the session's id.
  const traced = Effect.annotateSpans("session.id", sessionId)
  const whenOpen = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, E | SessionClosed> =>
    Effect.flatMap(
      Ref.get(options.state),
      (s): Effect.Effect<A, E | SessionClosed> => (s === "open" ? effect : Effect.fail(new SessionClosed({ sessionId })))
    ).pipe(traced)
  // A session method gets this session's id; any other method's params go as given.
  const call = <M extends Method.AnyMethod>(method: M, params: ServerApi.SessionCallParams<M>) =>
    whenOpen(protocol.call(method, sessionCallParams(method, params, sessionId)))

  // The send's span is the parent of the work its turn brings (see turn.ts);
  // it is taken before the request goes out, as the turn's events may come
  // before the answer.
  const send = (input: MessageInput) =>
    Effect.gen(function*() {
      yield* hub.stopReplay
      const span = yield* Effect.orDie(Effect.currentParentSpan)
      yield* turn.begin(span)
      // The send's trace context, so the runtime's spans of the turn join
      // the caller's trace (a context the caller gave wins).
      const trace = yield* TraceContext.current
      const params = typeof input === "string" ? { prompt: input } : input
      const result = yield* call(Methods.SessionSend, { ...trace, ...params }).pipe(
        Effect.tapError(() => turn.abandon(span))
      )
      return result.messageId
    }).pipe(Effect.withSpan("CopilotSession.send"), traced)

  const sendAndWait = (input: MessageInput, waitOptions?: { readonly timeout?: Duration.DurationInput | undefined }) => {
    const timeout = Duration.decode(waitOptions?.timeout ?? DEFAULT_TURN_TIMEOUT)
    return Effect.scoped(
      Effect.gen(function*() {
        const events = yield* hub.subscribe
        yield* send(input)
        const turn = yield* events.pipe(
          Stream.runFoldWhile<Turn, SessionEvent.SessionEvent>(
            { _tag: "Waiting", started: false, last: Option.none() },
            (t) => t._tag === "Waiting",
            followTurn
          )
        )
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
            const lost = yield* Ref.get(options.connectionLost)
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
      traced
    )
  }

  // The members that are Effects or Streams are suspended: each is built
  // when run, so an open session holds one small thunk for each, not the
  // description of every call it could make.
  return {
    sessionId,
    info: options.info,
    capabilities: Ref.get(options.capabilities),
    subscribe: hub.subscribe,
    events: Stream.suspend(() => Stream.unwrap(hub.subscribe)),
    send,
    sendAndWait,
    sendPrompt: (prompt: string) => send(prompt),
    sendPromptAndWait: (prompt: string, waitOptions?: { readonly timeout?: Duration.DurationInput | undefined }) =>
      sendAndWait(prompt, waitOptions),
    getEvents: Effect.suspend(() =>
      Effect.map(
        whenOpen(protocol.call(SessionMethods.SessionGetMessages, { sessionId })),
        (result) => result.events.map(SessionEvent.decode)
      )
    ),
    abort: Effect.suspend(() => Effect.asVoid(call(Methods.SessionAbort, {}))),
    setModel: (
      modelId: string,
      modelOptions?: Omit<Method.Params<typeof Methods.SessionModelSwitchTo>, "sessionId" | "modelId">
    ) => call(Methods.SessionModelSwitchTo, { ...modelOptions, modelId }),
    getModel: Effect.suspend(() => call(Methods.SessionModelGetCurrent, {})),
    log: (message: string, logOptions?: Omit<Method.Params<typeof Methods.SessionLog>, "sessionId" | "message">) =>
      call(Methods.SessionLog, { ...logOptions, message }),
    mode: {
      get: Effect.suspend(() => call(Methods.SessionModeGet, {})),
      set: (mode: Method.Params<typeof Methods.SessionModeSet>["mode"]) => call(Methods.SessionModeSet, { mode })
    },
    plan: {
      read: Effect.suspend(() => call(Methods.SessionPlanRead, {})),
      update: (content: string) => Effect.asVoid(call(Methods.SessionPlanUpdate, { content })),
      delete: Effect.suspend(() => Effect.asVoid(call(Methods.SessionPlanDelete, {})))
    },
    commands: {
      list: (filter: Commands.ListFilter = {}) => call(Methods.SessionCommandsList, filter),
      execute: (commandName: string, args = "") => call(Methods.SessionCommandsExecute, { commandName, args })
    },
    ui: Ui.make({
      sessionId,
      capabilities: options.capabilities,
      elicit: (params) => call(Methods.SessionUiElicitation, params)
    }),
    workspace: {
      get: Effect.suspend(() => call(Methods.SessionWorkspacesGetWorkspace, {})),
      listFiles: Effect.suspend(() => call(Methods.SessionWorkspacesListFiles, {})),
      readFile: (path: string) => call(Methods.SessionWorkspacesReadFile, { path }),
      createFile: (path: string, content: string) =>
        Effect.asVoid(call(Methods.SessionWorkspacesCreateFile, { path, content }))
    },
    canvas: {
      list: call(Methods.SessionCanvasList, {}),
      listOpen: call(Methods.SessionCanvasListOpen, {}),
      open: (params: Omit<Method.Params<typeof Methods.SessionCanvasOpen>, "sessionId">) =>
        call(Methods.SessionCanvasOpen, params),
      close: (instanceId: string) => Effect.asVoid(call(Methods.SessionCanvasClose, { instanceId })),
      invokeAction: (params: Omit<Method.Params<typeof Methods.SessionCanvasActionInvoke>, "sessionId">) =>
        call(Methods.SessionCanvasActionInvoke, params)
    },
    call
  }
}

/** The session service as built here. */
export type Service = ReturnType<typeof make>
