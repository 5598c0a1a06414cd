/**
 * Sessions as scoped resources. Acquiring one performs `session.create` (or
 * `session.resume`); releasing it runs the end-session handshake: no new
 * sends, `session.destroy`, the session's late events and inbound requests
 * still served until the runtime answers (its `session.shutdown` event
 * reaches subscribers), then the event streams end.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient, CopilotSession } from "effect-copilot"
 *
 * const program = CopilotSession.withSession({ model: "claude-sonnet-4.5" }, (session) =>
 *   session.sendAndWait("What is 2 + 2?")
 * ).pipe(Effect.provide(CopilotClient.layer()))
 * ```
 *
 * @since 0.1.0
 */
import { Context, Duration, Effect, Predicate } from "effect"
import type { Option, Redacted, Scope, Stream } from "effect"
import type * as Commands from "./Commands.js"
import { CopilotClient, type CopilotClientService } from "./CopilotClient.js"
import { type CallError, InvalidConfig, type SessionClosed, type SessionError, type TimeoutError } from "./CopilotError.js"
import { Methods } from "./generated/Methods.js"
import * as Connection from "./internal/connection.js"
import type * as Method from "./internal/jsonrpc/Method.js"
import * as Capabilities from "./internal/session/capabilities.js"
import * as Handshake from "./internal/session/handshake.js"
import * as SessionMethods from "./internal/sessionMethods.js"
import type * as ServerApi from "./ServerApi.js"
import * as SessionConfig from "./SessionConfig.js"
import type * as SessionEvent from "./SessionEvent.js"
import type * as SessionUi from "./SessionUi.js"

/**
 * What `send` takes besides a plain prompt string: attachments, mode, and so on.
 *
 * @example
 * ```ts
 * import { CopilotSession } from "effect-copilot"
 *
 * const message: CopilotSession.MessageOptions = {
 *   prompt: "Explain this file",
 *   attachments: [{ type: "file", path: "/home/me/app/src/main.ts", displayName: "main.ts" }]
 * }
 * ```
 *
 * @since 0.1.0
 */
export type MessageOptions = SessionMethods.MessageOptions

/**
 * A prompt, or full message options.
 *
 * @example
 * ```ts
 * import { CopilotSession } from "effect-copilot"
 *
 * const inputs: ReadonlyArray<CopilotSession.MessageInput> = ["Hi", { prompt: "Hi", mode: "immediate" }]
 * ```
 *
 * @since 0.1.0
 */
export type MessageInput = string | MessageOptions

/**
 * What `session.create` / `session.resume` answered.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * declare const session: CopilotSession.CopilotSessionService
 *
 * Effect.gen(function*() {
 *   const info: CopilotSession.SessionInfo = session.info
 *   yield* Effect.log(`session ${info.sessionId} in ${info.workspacePath ?? "no workspace"}`)
 * })
 * ```
 *
 * @since 0.1.0
 */
export type SessionInfo = SessionMethods.SessionStartResult

/**
 * A session's capabilities: what the host supports (`ui.elicitation`,
 * `ui.mcpApps`, `ui.canvases`, ...). The UI flags are typed; anything else
 * the runtime reports is kept as it sent it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * declare const session: CopilotSession.CopilotSessionService
 *
 * Effect.gen(function*() {
 *   const capabilities: CopilotSession.SessionCapabilities = yield* session.capabilities
 *   if (capabilities.ui?.elicitation === true) yield* Effect.log("the host can ask the user")
 * })
 * ```
 *
 * @since 0.2.0
 */
export const SessionCapabilities = Capabilities.SessionCapabilities
/**
 * @see {@link SessionCapabilities}
 *
 * @since 0.2.0
 */
export type SessionCapabilities = Capabilities.SessionCapabilities

/**
 * The errors `send` can fail with.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * declare const session: CopilotSession.CopilotSessionService
 *
 * const report = (error: CopilotSession.SendError) => Effect.logError(`${error._tag}: ${error.message}`)
 * const sent = session.send("Hi").pipe(Effect.tapError(report))
 * ```
 *
 * @since 0.1.0
 */
export type SendError = CallError | SessionClosed

/**
 * The errors `sendAndWait` can fail with: those of `send`, a failed turn, or the timeout.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * declare const session: CopilotSession.CopilotSessionService
 *
 * const answer = session.sendAndWait("Hi").pipe(
 *   Effect.catchTag("SessionError", (error) => Effect.logError(`turn failed: ${error.errorType}`)),
 *   Effect.catchTag("TimeoutError", () => session.abort)
 * )
 * ```
 *
 * @since 0.1.0
 */
export type SendAndWaitError = SendError | SessionError | TimeoutError

/**
 * Options of {@link CopilotSessionService.sendAndWait}.
 *
 * @example
 * ```ts
 * import { CopilotSession } from "effect-copilot"
 *
 * declare const session: CopilotSession.CopilotSessionService
 *
 * const answer = session.sendAndWait("Refactor the parser", { timeout: "5 minutes" })
 * ```
 *
 * @since 0.1.0
 */
export interface SendAndWaitOptions {
  /** How long to wait for the turn to end; default 60 s. */
  readonly timeout?: Duration.DurationInput | undefined
}

/**
 * Options of the session's lifecycle, accepted beside the session config.
 *
 * @example
 * ```ts
 * import { CopilotSession } from "effect-copilot"
 *
 * CopilotSession.withSession({ model: "claude-sonnet-4.5", closeTimeout: "30 seconds" }, (session) => session.send("Hi"))
 * ```
 *
 * @since 0.1.0
 */
export interface LifecycleOptions {
  /** Bound on the end-session handshake; default 10 s. */
  readonly closeTimeout?: Duration.DurationInput | undefined
}

/**
 * A live session.
 *
 * @example
 * ```ts
 * import { Effect, Option } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * const ask = (session: CopilotSession.CopilotSessionService, prompt: string) =>
 *   Effect.map(session.sendAndWait(prompt), Option.map((message) => message.data.content))
 * ```
 *
 * @since 0.1.0
 */
export interface CopilotSessionService {
  /** The session's id (chosen by the caller or generated; assigned by the runtime for cloud sessions). */
  readonly sessionId: string
  /** What the runtime answered when the session started. */
  readonly info: SessionInfo
  /**
   * The session's capabilities now: those the start answer reported, updated
   * by every `capabilities.changed` event (a subscriber that gets that event
   * reads the updated capabilities here).
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotSession } from "effect-copilot"
   *
   * declare const session: CopilotSession.CopilotSessionService
   *
   * const canAsk = Effect.map(session.capabilities, (c) => c.ui?.elicitation === true)
   * ```
   */
  readonly capabilities: Effect.Effect<SessionCapabilities>
  /**
   * Subscribes now and returns the stream of events from this point on; use
   * it to be sure no event is missed between subscribing and a later send.
   * Until the session's first send, a new subscription also replays the
   * events since the session opened (at most the last 1024).
   * The stream ends after the session's last event (`session.shutdown`);
   * the subscription ends with the stream, or with the session.
   *
   * @example
   * ```ts
   * import { Effect, Stream } from "effect"
   * import { CopilotSession, SessionEvent } from "effect-copilot"
   *
   * declare const session: CopilotSession.CopilotSessionService
   *
   * Effect.gen(function*() {
   *   const events = yield* session.subscribe
   *   yield* session.send("Hi")
   *   yield* events.pipe(Stream.takeUntil(SessionEvent.is("session.idle")), Stream.runForEach((e) => Effect.log(e.type)))
   * })
   * ```
   */
  readonly subscribe: Effect.Effect<Stream.Stream<SessionEvent.SessionEvent>>
  /** The session's events from the moment the stream starts; it ends when the session closes. */
  readonly events: Stream.Stream<SessionEvent.SessionEvent>
  /** Sends a message; returns its id as soon as the runtime took it. */
  readonly send: (input: MessageInput) => Effect.Effect<string, SendError>
  /**
   * Sends a message and waits for the turn to end (`session.idle`): the last
   * assistant message of the turn, if there was one.
   */
  readonly sendAndWait: (
    input: MessageInput,
    options?: SendAndWaitOptions
  ) => Effect.Effect<Option.Option<SessionEvent.EventOf<"assistant.message">>, SendAndWaitError>
  /** `send` for a plain prompt. */
  readonly sendPrompt: (prompt: string) => Effect.Effect<string, SendError>
  /** `sendAndWait` for a plain prompt. */
  readonly sendPromptAndWait: (
    prompt: string,
    options?: SendAndWaitOptions
  ) => Effect.Effect<Option.Option<SessionEvent.EventOf<"assistant.message">>, SendAndWaitError>
  /** The session's history as events. */
  readonly getEvents: Effect.Effect<ReadonlyArray<SessionEvent.SessionEvent>, SendError>
  /** Aborts the running turn, if any. */
  readonly abort: Effect.Effect<void, SendError>
  /** Switches the model for the next turns. */
  readonly setModel: (
    model: string,
    options?: Omit<Method.Params<typeof Methods.SessionModelSwitchTo>, "sessionId" | "modelId">
  ) => Effect.Effect<Method.Result<typeof Methods.SessionModelSwitchTo>, SendError>
  /** The current model. */
  readonly getModel: Effect.Effect<Method.Result<typeof Methods.SessionModelGetCurrent>, SendError>
  /** Writes a message into the session's log (shown in the timeline). */
  readonly log: (
    message: string,
    options?: Omit<Method.Params<typeof Methods.SessionLog>, "sessionId" | "message">
  ) => Effect.Effect<Method.Result<typeof Methods.SessionLog>, SendError>
  /** The agent mode (interactive, plan, autopilot). */
  readonly mode: {
    readonly get: Effect.Effect<Method.Result<typeof Methods.SessionModeGet>, SendError>
    readonly set: (
      mode: Method.Params<typeof Methods.SessionModeSet>["mode"]
    ) => Effect.Effect<Method.Result<typeof Methods.SessionModeSet>, SendError>
  }
  /** The session's plan document. */
  readonly plan: {
    readonly read: Effect.Effect<Method.Result<typeof Methods.SessionPlanRead>, SendError>
    readonly update: (content: string) => Effect.Effect<void, SendError>
    readonly delete: Effect.Effect<void, SendError>
  }
  /** Slash commands of the session: the runtime's, skills', and those clients registered (see `SessionConfig.commands`). */
  readonly commands: {
    /**
     * The commands available in the session, from the sources the filter
     * includes.
     *
     * @example
     * ```ts
     * import { Effect } from "effect"
     * import { CopilotSession } from "effect-copilot"
     *
     * declare const session: CopilotSession.CopilotSessionService
     *
     * Effect.gen(function*() {
     *   const mine = yield* session.commands.list({ includeBuiltins: false, includeSkills: false, includeClientCommands: true })
     * })
     * ```
     */
    readonly list: (
      filter?: Commands.ListFilter
    ) => Effect.Effect<Method.Result<typeof Methods.SessionCommandsList>, SendError>
    /**
     * Runs a command as if typed (`/name args`); a client command runs in
     * the client that registered it. `error` says why it failed, if it did.
     *
     * @example
     * ```ts
     * import { Effect } from "effect"
     * import { CopilotSession } from "effect-copilot"
     *
     * declare const session: CopilotSession.CopilotSessionService
     *
     * Effect.gen(function*() {
     *   const { error } = yield* session.commands.execute("deploy", "production")
     * })
     * ```
     */
    readonly execute: (
      commandName: string,
      args?: string
    ) => Effect.Effect<Method.Result<typeof Methods.SessionCommandsExecute>, SendError>
  }
  /**
   * Dialogs shown to the user by a client of the session that can show them
   * (`capabilities.ui.elicitation`): a form, a confirmation, a choice, a line
   * of text. Without that capability they fail at once with
   * `ElicitationUnavailable`.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotSession } from "effect-copilot"
   *
   * declare const session: CopilotSession.CopilotSessionService
   *
   * Effect.gen(function*() {
   *   const go = yield* session.ui.confirm("Deploy to production?")
   * })
   * ```
   */
  readonly ui: SessionUi.SessionUi
  /** The session's workspace files. */
  readonly workspace: {
    readonly get: Effect.Effect<Method.Result<typeof Methods.SessionWorkspacesGetWorkspace>, SendError>
    readonly listFiles: Effect.Effect<Method.Result<typeof Methods.SessionWorkspacesListFiles>, SendError>
    readonly readFile: (path: string) => Effect.Effect<Method.Result<typeof Methods.SessionWorkspacesReadFile>, SendError>
    readonly createFile: (path: string, content: string) => Effect.Effect<void, SendError>
  }
  /**
   * The session's canvases as the runtime has them: those declared
   * (`session.canvas.list`), the open instances, and opening, closing and
   * invoking actions on them (the runtime then asks the providing client).
   */
  readonly canvas: {
    readonly list: Effect.Effect<Method.Result<typeof Methods.SessionCanvasList>, SendError>
    readonly listOpen: Effect.Effect<Method.Result<typeof Methods.SessionCanvasListOpen>, SendError>
    readonly open: (
      params: Omit<Method.Params<typeof Methods.SessionCanvasOpen>, "sessionId">
    ) => Effect.Effect<Method.Result<typeof Methods.SessionCanvasOpen>, SendError>
    readonly close: (instanceId: string) => Effect.Effect<void, SendError>
    readonly invokeAction: (
      params: Omit<Method.Params<typeof Methods.SessionCanvasActionInvoke>, "sessionId">
    ) => Effect.Effect<Method.Result<typeof Methods.SessionCanvasActionInvoke>, SendError>
  }
  /**
   * Calls a method of the protocol: a session method (`Methods.sessionMethods`)
   * for this session, its `sessionId` filled in; any other method with its
   * params as given, a `sessionId` among them included.
   */
  readonly call: <M extends Method.AnyMethod>(
    method: M,
    params: ServerApi.SessionCallParams<M>
  ) => Effect.Effect<Method.Result<M>, SendError>
}

/**
 * The current session, for code that runs inside {@link withSession}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * const greet = Effect.flatMap(CopilotSession.CopilotSession, (session) => session.send("Hello"))
 * const program = CopilotSession.withSession({}, () => greet)
 * ```
 *
 * @since 0.1.0
 */
export class CopilotSession extends Context.Tag("effect-copilot/CopilotSession")<CopilotSession, CopilotSessionService>() {}

/**
 * The errors opening a session can fail with.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * const program = CopilotSession.withSession({ sessionId: "" }, (session) => session.send("Hi")).pipe(
 *   Effect.catchTag("InvalidConfig", (error) => Effect.logError(error.message))
 * )
 * ```
 *
 * @since 0.1.0
 */
export type OpenError = CallError | InvalidConfig

const DEFAULT_CLOSE_TIMEOUT = Duration.seconds(10)

/** The secrets a config hands the runtime: scrubbed from what the runtime prints from then on. */
const secretsOf = <R>(config: SessionConfig.TokenSources<R> & {
  readonly gitHubToken?: Redacted.Redacted<string> | undefined
}): ReadonlyArray<Redacted.Redacted<string>> =>
  [
    config.provider?.apiKey,
    config.provider?.bearerToken,
    ...(config.providers ?? []).flatMap((named) => [named.apiKey, named.bearerToken]),
    config.gitHubToken
  ].filter(Predicate.isNotUndefined)

/**
 * Registers the session's GitHub token provider (its own, or the client's
 * when the config brings no identity) for as long as the session's scope,
 * with the session's context provided; the id goes on the wire.
 */
const registerGitHubTokenProvider = <R>(
  connection: Connection.Connection,
  config: SessionConfig.SessionHandlers<R> & SessionConfig.TokenSources<R> & {
    readonly gitHubToken?: Redacted.Redacted<string> | undefined
  }
): Effect.Effect<string | undefined, never, Scope.Scope | R> =>
  Effect.gen(function*() {
    const own = config.gitHubTokenProvider
    if (own === undefined) {
      const fallback = connection.gitHubTokens.fallback
      return config.gitHubToken === undefined && config.provider === undefined && fallback !== undefined
        ? yield* connection.gitHubTokens.register(fallback)
        : undefined
    }
    const context = yield* Effect.context<R>()
    return yield* connection.gitHubTokens.register((request) => Effect.provide(own(request), context))
  })

/**
 * Asks the runtime to hand this session's MCP OAuth requests to the client
 * (the session then answers them with `onMcpAuthRequest`). A runtime that
 * does not take the interest leaves them to its own sign-in; that is logged.
 */
const registerMcpAuthInterest = (connection: Connection.Connection, sessionId: string) =>
  connection.protocol.call(Methods.SessionEventLogRegisterInterest, { sessionId, eventType: "mcp.oauth_required" }).pipe(
    Effect.catchAll((error) =>
      Effect.logWarning(`the runtime did not take the MCP OAuth interest of session ${sessionId}: ${error.message}`)
    )
  )

/** Opens a session on a client's connection; the result is checked against the public interface here. */
const openOn = <R>(
  connection: Connection.Connection,
  config: (SessionConfig.SessionConfig<R> | SessionConfig.ResumeSessionConfig<R>) & LifecycleOptions,
  start: Handshake.Start
): Effect.Effect<CopilotSessionService, CallError, Scope.Scope | R> => {
  const open = Effect.zipRight(
    Effect.forEach(secretsOf(config), connection.secrets.add, { discard: true }),
    Handshake.open({
      connection,
      config,
      closeTimeout: Duration.decode(config.closeTimeout ?? DEFAULT_CLOSE_TIMEOUT),
      start
    })
  ).pipe(
    Effect.tap((session) =>
      config.onMcpAuthRequest === undefined ? Effect.void : registerMcpAuthInterest(connection, session.sessionId)
    )
  )
  // With the id known up front, the span of the constructor and every span
  // made under it (the start call's) carry it; a cloud session's span gets it
  // once the runtime names it.
  return start._tag === "Known"
    ? Effect.annotateCurrentSpan("session.id", start.sessionId).pipe(
      Effect.zipRight(open),
      Effect.annotateSpans("session.id", start.sessionId)
    )
    : open
}

/**
 * Creates a session in the current scope; closing the scope ends it with
 * the end-session handshake.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * const program = Effect.scoped(Effect.gen(function*() {
 *   const session = yield* CopilotSession.create({ model: "claude-sonnet-4.5", streaming: true })
 *   yield* session.send("Hello")
 * }))
 * ```
 *
 * @since 0.1.0
 */
export const create = <R = never>(
  config: SessionConfig.SessionConfig<R> & LifecycleOptions = {}
): Effect.Effect<CopilotSessionService, OpenError, Scope.Scope | CopilotClient | R> =>
  Effect.flatMap(CopilotClient, (client) => make(client, config))

/**
 * The start call's params, as every way of opening a session builds them:
 * the client mode's rules and defaults applied to the config, its GitHub
 * token provider registered, and the start extras (trace context, telemetry
 * opt-in) added.
 */
const startParams = <R, C extends SessionConfig.SessionConfig<R> | SessionConfig.ResumeSessionConfig<R>, P extends object>(
  connection: Connection.Connection,
  config: C & SessionConfig.SessionHandlers<R>,
  toParams: (config: C, options: SessionConfig.WireOptions) => Effect.Effect<P, InvalidConfig>
): Effect.Effect<P & SessionMethods.StartExtras, InvalidConfig, Scope.Scope | R> =>
  Effect.gen(function*() {
    yield* SessionConfig.validateForMode(config, connection.mode)
    const gitHubTokenProviderRegistrationId = yield* registerGitHubTokenProvider(connection, config)
    const params = yield* toParams(SessionConfig.withModeDefaults(config, connection.mode), { gitHubTokenProviderRegistrationId })
    const extras = yield* Handshake.startExtras(connection)
    return { ...params, ...extras }
  })

/**
 * Creates a session on the given client, for code that holds the client
 * service rather than finding it in the context.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient, CopilotSession } from "effect-copilot"
 *
 * declare const client: CopilotClient.CopilotClientService
 *
 * Effect.gen(function*() {
 *   const session = yield* CopilotSession.make(client, { model: "claude-sonnet-4.5" })
 * })
 * ```
 *
 * @since 0.1.0
 */
export const make = <R = never>(
  client: CopilotClientService,
  config: SessionConfig.SessionConfig<R> & LifecycleOptions = {}
): Effect.Effect<CopilotSessionService, OpenError, Scope.Scope | R> =>
  Effect.gen(function*() {
    // Also refuses `cloud`, pointing to createCloud; and checks the config's
    // shape before any field of it is read.
    yield* SessionConfig.validate(config)
    const connection = yield* Connection.of(client)
    const sessionId = config.sessionId ?? globalThis.crypto.randomUUID()
    const params = yield* startParams(connection, config, (c, wire) => SessionConfig.toCreateParams(c, sessionId, wire))
    return yield* openOn(connection, config, {
      _tag: "Known",
      sessionId,
      open: connection.protocol.call(SessionMethods.SessionCreate, params)
    })
  }).pipe(Effect.withSpan("CopilotSession.create"))

/**
 * Resumes a persisted session in the current scope, with the same handshake
 * on release.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * declare const sessionId: string
 *
 * Effect.gen(function*() {
 *   const session = yield* CopilotSession.resume(sessionId, { suppressResumeEvent: true })
 * })
 * ```
 *
 * @since 0.1.0
 */
export const resume = <R = never>(
  sessionId: string,
  config: SessionConfig.ResumeSessionConfig<R> & LifecycleOptions = {}
): Effect.Effect<CopilotSessionService, OpenError, Scope.Scope | CopilotClient | R> =>
  Effect.flatMap(CopilotClient, (client) => makeResumed(client, sessionId, config))

/**
 * Resumes a session on the given client.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient, CopilotSession } from "effect-copilot"
 *
 * declare const client: CopilotClient.CopilotClientService
 * declare const sessionId: string
 *
 * Effect.gen(function*() {
 *   const session = yield* CopilotSession.makeResumed(client, sessionId)
 * })
 * ```
 *
 * @since 0.1.0
 */
export const makeResumed = <R = never>(
  client: CopilotClientService,
  sessionId: string,
  config: SessionConfig.ResumeSessionConfig<R> & LifecycleOptions = {}
): Effect.Effect<CopilotSessionService, OpenError, Scope.Scope | R> =>
  Effect.gen(function*() {
    yield* SessionConfig.validateResume(config)
    const connection = yield* Connection.of(client)
    const params = yield* startParams(connection, config, (c, wire) => SessionConfig.toResumeParams(c, sessionId, wire))
    return yield* openOn(connection, config, {
      _tag: "Known",
      sessionId,
      open: connection.protocol.call(SessionMethods.SessionResume, params)
    })
  }).pipe(Effect.withSpan("CopilotSession.resume"))

/**
 * What the `with…Session` blocks return: `f`'s result, its errors or the
 * session's, needing the client and what the handlers (`RH`) and `f` need.
 *
 * @since 0.1.0
 */
export type WithSession<A, E, R, RH> = Effect.Effect<
  A,
  E | OpenError,
  CopilotClient | Exclude<RH, Scope.Scope> | Exclude<Exclude<R, CopilotSession>, Scope.Scope>
>

/** Runs `f` in the scope of a session, which it also gets as the CopilotSession service. */
const usingSession = <A, E, R, RH>(
  acquire: Effect.Effect<CopilotSessionService, OpenError, Scope.Scope | CopilotClient | RH>,
  f: (session: CopilotSessionService) => Effect.Effect<A, E, R>
): WithSession<A, E, R, RH> =>
  Effect.scoped(Effect.flatMap(acquire, (session) => Effect.provideService(f(session), CopilotSession, session)))

/**
 * Runs `f` with a new session, provided both as its argument and as the
 * {@link CopilotSession} service; the session ends when `f` does. `f` runs
 * in the session's scope, so subscriptions it opens last as long as the
 * session.
 *
 * @example
 * ```ts
 * import { CopilotSession } from "effect-copilot"
 *
 * const answer = CopilotSession.withSession({}, (session) => session.sendAndWait("Hi"))
 * ```
 *
 * @since 0.1.0
 */
export const withSession = <A, E, R, RH = never>(
  config: SessionConfig.SessionConfig<RH> & LifecycleOptions,
  f: (session: CopilotSessionService) => Effect.Effect<A, E, R>
): WithSession<A, E, R, RH> => usingSession(create(config), f)

/**
 * Runs `f` with a resumed session, ended when `f` is.
 *
 * @example
 * ```ts
 * import { CopilotSession } from "effect-copilot"
 *
 * declare const id: string
 *
 * CopilotSession.withResumedSession(id, {}, (session) => session.getEvents)
 * ```
 *
 * @since 0.1.0
 */
export const withResumedSession = <A, E, R, RH = never>(
  sessionId: string,
  config: SessionConfig.ResumeSessionConfig<RH> & LifecycleOptions,
  f: (session: CopilotSessionService) => Effect.Effect<A, E, R>
): WithSession<A, E, R, RH> => usingSession(resume(sessionId, config), f)

/**
 * Creates a cloud (Mission Control) session in the current scope. The
 * runtime assigns its id; traffic it sends for that id before the
 * `session.create` answer is held (bounded, oldest dropped past 128 per id)
 * and delivered in order once the session is registered. Release runs the
 * same end-session handshake as {@link create}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const session = yield* CopilotSession.createCloud({ cloud: { repository: { owner: "o", name: "r" } } })
 * })
 * ```
 *
 * @since 0.1.0
 */
export const createCloud = <R = never>(
  config: SessionConfig.SessionConfig<R> & LifecycleOptions
): Effect.Effect<CopilotSessionService, OpenError, Scope.Scope | CopilotClient | R> =>
  Effect.flatMap(CopilotClient, (client) => makeCloud(client, config))

/**
 * Creates a cloud session on the given client.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient, CopilotSession } from "effect-copilot"
 *
 * declare const client: CopilotClient.CopilotClientService
 *
 * Effect.gen(function*() {
 *   const session = yield* CopilotSession.makeCloud(client, { cloud: {} })
 * })
 * ```
 *
 * @since 0.1.0
 */
export const makeCloud = <R = never>(
  client: CopilotClientService,
  config: SessionConfig.SessionConfig<R> & LifecycleOptions
): Effect.Effect<CopilotSessionService, OpenError, Scope.Scope | R> =>
  Effect.gen(function*() {
    yield* SessionConfig.validateCloud(config)
    const connection = yield* Connection.of(client)
    const params = yield* startParams(connection, config, (c, wire) => SessionConfig.toCreateParams(c, undefined, wire))
    return yield* openOn(connection, config, { _tag: "Assigned", open: Handshake.createAssigned(connection, params) })
  }).pipe(Effect.withSpan("CopilotSession.createCloud"))

/**
 * Runs `f` with a new cloud session, ended when `f` is.
 *
 * @example
 * ```ts
 * import { CopilotSession } from "effect-copilot"
 *
 * CopilotSession.withCloudSession({ cloud: {} }, (session) => session.sendAndWait("Summarize the repo"))
 * ```
 *
 * @since 0.1.0
 */
export const withCloudSession = <A, E, R, RH = never>(
  config: SessionConfig.SessionConfig<RH> & LifecycleOptions,
  f: (session: CopilotSessionService) => Effect.Effect<A, E, R>
): WithSession<A, E, R, RH> => usingSession(createCloud(config), f)
