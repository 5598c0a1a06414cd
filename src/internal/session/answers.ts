/**
 * How a session answers the runtime: the events that ask for an answer
 * (`external_tool.requested`, `permission.requested`,
 * `elicitation.requested`, `mcp.oauth_required`, `command.execute`) and the
 * session-keyed inbound requests (`userInput.request`, `hooks.invoke`,
 * `sessionFs.*`, `providerToken.getToken`, ...).
 *
 * Every user handler runs through {@link settle}, the one place where a
 * handler's outcome becomes an answer. It is total: a handler that fails,
 * dies, throws before returning an Effect, or interrupts itself still yields
 * an answer (the fallback of its kind), so the runtime is never left waiting
 * and the turn ends. Only an interruption from outside (the runtime withdrew
 * the request, the session closed, the connection ended) leaves an event
 * unanswered, since then nobody waits for the answer.
 *
 * Handlers run in fibers of the session, which are interrupted when the
 * session closes and when the connection to the runtime ends.
 *
 * @internal
 */
import { Cause, Context, Data, Effect, Fiber, FiberMap, FiberSet, HashSet, Option, Ref, Schema, Tracer } from "effect"
import type { Scope } from "effect"
import * as Auth from "../auth.js"
import * as Canvas from "../canvas.js"
import type * as Commands from "../commands.js"
import { RpcError } from "../errors.js"
import { Methods } from "../../generated/Methods.js"
import * as Handlers from "../handlers.js"
import * as Hooks from "../hooks.js"
import type * as SessionConfig from "../sessionConfig/options.js"
import { bearerTokenProviders } from "../sessionConfig/wire.js"
import type * as SessionEvent from "../sessionEvent.js"
import * as SessionFs from "../sessionFs.js"
import * as Tool from "../tool.js"
import * as Credentials from "../credentials.js"
import { ErrorCode } from "../jsonrpc/Message.js"
import { lazy } from "../generatedSchema.js"
import * as Protocol from "../jsonrpc/Protocol.js"
import type * as Secrets from "../secrets.js"
import type { Cell } from "./cell.js"
import type { TurnTrace } from "./turn.js"

/** What happened to a handler that did not succeed, for logs and error answers: "failed: …", "died: …", "was interrupted". */
const describeCause = (cause: Cause.Cause<unknown>): string => {
  if (Cause.isInterruptedOnly(cause)) return "was interrupted"
  const failure = Cause.failureOption(cause)
  if (Option.isSome(failure)) return `failed: ${Tool.describeError(failure.value)}`
  const defect = Cause.dieOption(cause)
  return Option.isSome(defect) ? `died: ${Tool.describeError(defect.value)}` : `died: ${Cause.pretty(cause)}`
}

/**
 * Runs a user handler and returns the answer to send: `run`'s value, or
 * `fallback` whatever else happens in it (a failure, a defect, a synchronous
 * throw, its own interruption), logged as a warning naming `what`.
 * Interruption from outside is not caught: it stops the fiber.
 */
export const settle = <A, R>(
  what: string,
  run: () => Effect.Effect<A, unknown, R>,
  fallback: (cause: Cause.Cause<unknown>) => A
): Effect.Effect<A, never, R> =>
  Effect.suspend(run).pipe(
    Effect.catchAllCause((cause) =>
      Effect.as(Effect.logWarning(`${what}: the handler ${describeCause(cause)}`, cause), fallback(cause))
    )
  )

/**
 * A handler span's failure when the user's handler did not succeed and the
 * session answered for it: the span ends with an error status saying so.
 * It never leaves this module (the fallback answer was sent, and settle
 * logged what happened).
 */
class HandlerFellBack extends Data.TaggedError("HandlerFellBack")<{ readonly message: string }> {}

/** A handler span's failure when its answer could not be sent; logged, as nobody else can act on it. */
class AnswerFailed extends Data.TaggedError("AnswerFailed")<{ readonly message: string }> {}

/** Why a tool's outcome is a failure, if it is one: the handler failed, died or answered with a failure. */
const toolFailure = (outcome: Tool.WireToolOutcome): Option.Option<string> => {
  if ("error" in outcome) return Option.some(outcome.error)
  const result = outcome.result
  if (typeof result === "string" || (result.resultType !== "failure" && result.resultType !== "timeout")) {
    return Option.none()
  }
  return Option.some(result.error ?? result.textResultForLlm)
}

/** The answer to an inbound request whose handler did not succeed: -32603 naming the method and what happened. */
const requestFailure = (method: string, cause: Cause.Cause<unknown>): RpcError => {
  const message = `${method} failed: the handler ${describeCause(cause)}`
  // Canvas providers answer with a `{ code, message }` envelope the host reads.
  return Canvas.methods.includes(method)
    ? new RpcError({ method, code: ErrorCode.InternalError, message, data: { code: "canvas_handler_error", message } })
    : new RpcError({ method, code: ErrorCode.InternalError, message })
}

type RequestOutcome = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: RpcError }

const methodNotFound = (method: string, sessionId: string, what: string) =>
  new RpcError({
    method,
    code: ErrorCode.MethodNotFound,
    message: `session ${sessionId} has no ${what}; configure one when creating the session`
  })

/** Decodes inbound params and runs a handler on them. */
const serve = <A, I, B, R>(
  method: string,
  schema: Schema.Schema<A, I>,
  params: unknown,
  f: (a: A) => Effect.Effect<B, unknown, R>
): Effect.Effect<B, unknown, R> => Effect.flatMap(Protocol.decodeParams(method, schema, params), f)

/** The request id of an event that asks for an answer, when its data decodes no further. */
const RequestIdOnly = lazy(() => Schema.Struct({ requestId: Schema.String }))

/** The data of an event this SDK could not decode as a whole. */
const RawData = lazy(() => Schema.Struct({ data: Schema.Unknown }))

/** What a tool call needs, read from an event that did not decode as a whole. */
const ToolCallData = lazy(() =>
  Schema.Struct({
    requestId: Schema.String,
    toolCallId: Schema.String,
    toolName: Schema.String,
    arguments: Schema.optional(Schema.Unknown)
  })
)

/** What a command needs, read from an event that did not decode as a whole (absent args read as none). */
const CommandData = lazy(() =>
  Schema.Struct({
    requestId: Schema.String,
    command: Schema.String,
    commandName: Schema.String,
    args: Schema.optionalWith(Schema.String, { default: () => "" })
  })
)

/**
 * Whether an event may ask this client for something: only those make the
 * session build its answering part (see {@link Answers.react}); an
 * `external_tool.completed` matters only to a part already built.
 */
export const asksForAnswer = (event: SessionEvent.SessionEvent): boolean => {
  switch (event.type) {
    case "external_tool.requested":
    case "permission.requested":
    case "elicitation.requested":
    case "mcp.oauth_required":
    case "command.execute":
      return true
    case "unknown":
      switch (event.originalType) {
        case "external_tool.requested":
        case "permission.requested":
        case "elicitation.requested":
        case "mcp.oauth_required":
        case "command.execute":
          return true
        default:
          return false
      }
    default:
      return false
  }
}

export interface Answers {
  /**
   * Reacts to an event that asks this client for something (others are
   * ignored): starts its handling in a fiber of the session, at once.
   */
  readonly react: (event: SessionEvent.SessionEvent) => void
  /** Serves one session-keyed inbound request; fails only with the error to answer with. */
  readonly request: (method: string, params: unknown) => Effect.Effect<unknown, RpcError>
  /** Interrupts every running handler (the session closed, or the connection ended). */
  readonly interruptAll: Effect.Effect<void>
}

export interface Options<R> {
  readonly protocol: Protocol.Protocol
  readonly config: SessionConfig.SessionHandlers<R> & SessionConfig.TokenSources<R>
  readonly context: Context.Context<R>
  /** Where the tokens the session's providers hand out are registered, to be scrubbed. */
  readonly secrets: Secrets.Secrets
  /** The session's id; empty until a cloud session's id is known. */
  readonly sessionId: Cell<string>
  /** The turn the events belong to, whose span the handlers' spans go under. */
  readonly turn: TurnTrace
  /** The open session, for command handlers (it waits until the session is open). */
  readonly session: Effect.Effect<Commands.CommandSession>
}

/** Makes the answering part of one session; its fibers belong to the current scope. */
export const make = <R>(options: Options<R>): Effect.Effect<Answers, never, Scope.Scope> =>
  Effect.gen(function*() {
    const { config, protocol } = options
    // Handlers of events and of inbound requests, so that closing the
    // session or losing the connection stops them.
    const handlerFibers = yield* FiberSet.make<unknown, unknown>()
    // Running tool calls by request id, so `external_tool.completed` can stop one.
    const toolFibers = yield* FiberMap.make<string, unknown, unknown>()
    // Forks into those from wherever an event is taken in, with the context
    // and fiber refs of the session's opening (its span aside: a handler runs
    // under the span of what it answers).
    const withoutSpan = Effect.mapInputContext((context: Context.Context<never>) => Context.omit(Tracer.ParentSpan)(context))
    const runHandler = yield* withoutSpan(FiberSet.runtime(handlerFibers)<never>())
    const runTool = yield* withoutSpan(FiberMap.runtime(toolFibers)<never>())
    // Tool calls whose answer is on its way: the `external_tool.completed`
    // that the answer itself causes must not interrupt the call waiting for
    // its reply (it would end the tool's span as interrupted).
    const answering = new Set<string>()
    // The session file system when the config names none (see SessionFs.SessionFs).
    const ambientFs = yield* Effect.serviceOption(SessionFs.SessionFs)
    // The context taken when the session opened, but its span: a handler runs
    // under the span of the event it answers, not under the session's opening.
    const provide = <A, E>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E> =>
      Effect.flatMap(Effect.option(Effect.currentParentSpan), (span) =>
        Effect.provide(
          Option.match(span, { onNone: () => effect, onSome: (parent) => Effect.withParentSpan(effect, parent) }),
          options.context
        ))
    const toolsByName = new Map((config.tools ?? []).map((tool) => [tool.name, tool] as const))
    const tokenProviders = bearerTokenProviders(config)
    // Hook types the runtime invoked that this SDK does not know, each logged once.
    const unknownHookTypes = yield* Ref.make(HashSet.empty<string>())

    /**
     * A hook's answer: its output; when it gives none (fails, dies, its input
     * or output does not decode) the answer of a hook not set, or a policy
     * hook's refusal, logged. An unknown hook type is answered as not set.
     */
    const answerHook = (params: Hooks.HookInvokeParams, ctx: Handlers.HandlerContext) => {
      const { hookType } = params
      if (!Hooks.isHookType(hookType)) {
        return Ref.modify(unknownHookTypes, (seen) => [!HashSet.has(seen, hookType), HashSet.add(seen, hookType)]).pipe(
          Effect.flatMap((first) =>
            first
              ? Effect.logWarning(
                `the runtime invoked hook type "${hookType}", which this SDK does not know: answered with no output, as if no hook were set (logged once per session)`
              )
              : Effect.void
          ),
          Effect.as<Hooks.HookInvokeResult>({})
        )
      }
      const fallback = Hooks.fallbackResult(config.hooks, hookType)
      return settle(
        `the ${hookType} hook of session ${ctx.sessionId} gave no answer; ${
          fallback.output === undefined ? "answering as if no hook were set" : "answering with its refusal (it fails closed)"
        }`,
        () => provide(Hooks.invokeHook(config.hooks, params, ctx)),
        () => fallback
      )
    }

    /** Sends an answer for an event, in a client span named after its method. */
    const sendAnswer = (method: string, params: unknown, what: string) =>
      protocol.callRaw(method, params).pipe(
        Effect.mapError((error) => new AnswerFailed({ message: `could not answer ${what}: ${error.message}` })),
        Effect.withSpan(method, { kind: "client", attributes: { "rpc.system": "jsonrpc", "rpc.method": method } })
      )

    /**
     * Runs the handling of one event in a span under the turn the event
     * belongs to, every span in it carrying the session's id. The span's
     * status says what happened: ok when the handler's own answer went out,
     * an error naming the fallback or the failed send otherwise.
     */
    const traced = (
      name: string,
      sessionId: string,
      attributes: Record<string, unknown> = {}
    ) =>
    (effect: Effect.Effect<void, HandlerFellBack | AnswerFailed>): Effect.Effect<void> =>
      Effect.flatMap(options.turn.spanParent, (parent: { readonly parent: Tracer.AnySpan } | { readonly root: true }) =>
        effect.pipe(
          Effect.withSpan(name, { ...parent, attributes }),
          Effect.annotateSpans("session.id", sessionId),
          Effect.catchTags({
            AnswerFailed: (error) => Effect.logWarning(error.message),
            HandlerFellBack: () => Effect.void
          })
        ))

    const answerTool = (
      sessionId: string,
      data: Pick<SessionEvent.EventOf<"external_tool.requested">["data"], "requestId" | "toolCallId" | "toolName" | "arguments">
    ) => {
      const tool = toolsByName.get(data.toolName)
      if (tool === undefined) return Effect.void // another client of this session may serve it
      const invocation = { sessionId, toolCallId: data.toolCallId, toolName: data.toolName }
      return Effect.gen(function*() {
        const outcome = yield* settle(
          `the handler of tool ${data.toolName} did not answer; answering with a failure`,
          () => provide(Tool.run(tool, data.arguments ?? {}, invocation)),
          (cause): Tool.WireToolOutcome => {
            const text = `Tool "${data.toolName}" failed unexpectedly: its handler ${describeCause(cause)}`
            return { result: { textResultForLlm: text, resultType: "failure", error: text } }
          }
        )
        answering.add(data.requestId)
        yield* sendAnswer(
          Methods.SessionToolsHandlePendingToolCall.name,
          { sessionId, requestId: data.requestId, ...outcome },
          `the call of tool ${data.toolName}`
        )
        const failure = toolFailure(outcome)
        if (Option.isSome(failure)) return yield* new HandlerFellBack({ message: failure.value })
      }).pipe(
        Effect.ensuring(Effect.sync(() => answering.delete(data.requestId))),
        traced("CopilotSession.tool", sessionId, { "tool.name": data.toolName, "tool.call_id": data.toolCallId })
      )
    }

    const userNotAvailable = Schema.encodeSync(Handlers.PermissionDecision)(Handlers.userNotAvailable)
    const answerPermission = (sessionId: string, raw: unknown) => {
      const handler = config.onPermissionRequest
      if (handler === undefined) return Effect.void
      return Effect.gen(function*() {
        const requestId = Schema.decodeUnknownOption(RequestIdOnly)(raw)
        if (Option.isNone(requestId)) {
          return yield* Effect.logWarning("ignored a permission request without a requestId")
        }
        const decoded = Schema.decodeUnknownEither(Handlers.PermissionRequestedData)(raw)
        if (decoded._tag === "Right") {
          yield* Effect.annotateCurrentSpan("permission.kind", decoded.right.permissionRequest.kind)
          if (decoded.right.resolvedByHook === true) return
        }
        const { problem, result } = yield* settle(
          "the permission handler did not decide; answering user-not-available",
          () =>
            Effect.gen(function*() {
              if (decoded._tag === "Left") return yield* Effect.fail(decoded.left)
              const decision = yield* provide(handler(decoded.right.permissionRequest, { sessionId }))
              if (Handlers.isNoResult(decision)) return { result: Option.none(), problem: Option.none() }
              return { result: Option.some(yield* Schema.encode(Handlers.PermissionDecision)(decision)), problem: Option.none() }
            }),
          (cause) => ({
            result: Option.some(userNotAvailable),
            problem: Option.some(`the permission handler ${describeCause(cause)}; answered user-not-available`)
          })
        )
        if (Option.isNone(result)) return // the handler leaves the request to another client
        yield* sendAnswer(
          Methods.SessionPermissionsHandlePendingPermissionRequest.name,
          { sessionId, requestId: requestId.value.requestId, result: result.value },
          "a permission request"
        )
        if (Option.isSome(problem)) return yield* new HandlerFellBack({ message: problem.value })
      }).pipe(traced("CopilotSession.permission", sessionId))
    }

    const cancel = Schema.encodeSync(Handlers.ElicitationResponse)({ action: "cancel" })
    const answerElicitation = (sessionId: string, raw: unknown) => {
      const handler = config.onElicitationRequest
      if (handler === undefined) return Effect.void
      return Effect.gen(function*() {
        const requestId = Schema.decodeUnknownOption(RequestIdOnly)(raw)
        if (Option.isNone(requestId)) {
          return yield* Effect.logWarning("ignored an elicitation request without a requestId")
        }
        const { problem, result } = yield* settle(
          "the elicitation handler did not answer; answering cancel",
          () =>
            Effect.gen(function*() {
              const { requestId: _, ...request } = yield* Schema.decodeUnknown(Handlers.ElicitationRequestedData)(raw)
              const response = yield* provide(handler(request, { sessionId }))
              return { result: yield* Schema.encode(Handlers.ElicitationResponse)(response), problem: Option.none<string>() }
            }),
          (cause) => ({ result: cancel, problem: Option.some(`the elicitation handler ${describeCause(cause)}; answered cancel`) })
        )
        yield* sendAnswer(
          Methods.SessionUiHandlePendingElicitation.name,
          { sessionId, requestId: requestId.value.requestId, result },
          "an elicitation request"
        )
        if (Option.isSome(problem)) return yield* new HandlerFellBack({ message: problem.value })
      }).pipe(traced("CopilotSession.elicitation", sessionId))
    }

    const mcpDeclined = Auth.mcpAuthAnswer({ kind: "cancelled" })
    const answerMcpAuth = (sessionId: string, raw: unknown) => {
      const handler = config.onMcpAuthRequest
      if (handler === undefined) return Effect.void
      return Effect.gen(function*() {
        const requestId = Schema.decodeUnknownOption(RequestIdOnly)(raw)
        if (Option.isNone(requestId)) {
          return yield* Effect.logWarning("ignored an MCP OAuth request without a requestId")
        }
        const { problem, result } = yield* settle(
          "the MCP auth handler did not answer; declining the request",
          () =>
            Effect.gen(function*() {
              const request = yield* Schema.decodeUnknown(Auth.McpAuthRequest)(raw)
              yield* Effect.annotateCurrentSpan("mcp.server", request.serverName)
              const answer = yield* provide(handler(request, { sessionId }))
              if (answer.kind === "pending") return { result: Option.none(), problem: Option.none<string>() }
              if (answer.kind === "token") yield* options.secrets.add(answer.accessToken)
              return { result: Option.some(Auth.mcpAuthAnswer(answer)), problem: Option.none<string>() }
            }),
          (cause) => ({
            result: Option.some(mcpDeclined),
            problem: Option.some(`the MCP auth handler ${describeCause(cause)}; declined the request`)
          })
        )
        if (Option.isNone(result)) return // resolved later, through the session
        yield* sendAnswer(
          Methods.SessionMcpOauthHandlePendingRequest.name,
          { sessionId, requestId: requestId.value.requestId, result: result.value },
          "an MCP OAuth request"
        )
        if (Option.isSome(problem)) return yield* new HandlerFellBack({ message: problem.value })
      }).pipe(traced("CopilotSession.mcpAuth", sessionId))
    }

    const commandsByName = new Map((config.commands ?? []).map((command) => [command.name, command] as const))
    /**
     * Runs a command this client registered and reports how it went: done, or
     * the handler's error. A command this client does not have is left to the
     * client that registered it.
     */
    const answerCommand = (sessionId: string, data: Commands.CommandExecuteData) => {
      const command = commandsByName.get(data.commandName)
      if (command === undefined) return Effect.void
      return Effect.gen(function*() {
        const session = yield* options.session
        const error = yield* settle(
          `the handler of command /${data.commandName} did not succeed; answering with its error`,
          () =>
            Effect.as(
              provide(command.handler({ session, command: data.command, commandName: data.commandName, args: data.args })),
              Option.none<string>()
            ),
          (cause) => Option.some(`command /${data.commandName} ${describeCause(cause)}`)
        )
        yield* sendAnswer(
          Methods.SessionCommandsHandlePendingCommand.name,
          Option.match(error, {
            onNone: () => ({ sessionId, requestId: data.requestId }),
            onSome: (message) => ({ sessionId, requestId: data.requestId, error: message })
          }),
          `command /${data.commandName}`
        )
        if (Option.isSome(error)) return yield* new HandlerFellBack({ message: error.value })
      }).pipe(traced("CopilotSession.command", sessionId, { "command.name": data.commandName }))
    }

    /** The session's id, then the handling of an event with it. */
    const withSessionId = (f: (sessionId: string) => Effect.Effect<void>) => Effect.flatMap(options.sessionId.get, f)

    const react = (event: SessionEvent.SessionEvent): void => {
      switch (event.type) {
        case "external_tool.requested": {
          const data = event.data
          runTool(data.requestId, withSessionId((sessionId) => answerTool(sessionId, data)))
          return
        }
        case "external_tool.completed":
          // The runtime no longer waits for this call (another client answered,
          // or the turn was aborted), unless it confirms this client's answer.
          if (!answering.has(event.data.requestId)) runHandler(FiberMap.remove(toolFibers, event.data.requestId))
          return
        case "permission.requested": {
          const data = event.data
          runHandler(withSessionId((sessionId) => answerPermission(sessionId, data)))
          return
        }
        case "elicitation.requested": {
          const data = event.data
          runHandler(withSessionId((sessionId) => answerElicitation(sessionId, data)))
          return
        }
        case "mcp.oauth_required": {
          const data = event.data
          runHandler(withSessionId((sessionId) => answerMcpAuth(sessionId, data)))
          return
        }
        case "command.execute": {
          const data = event.data
          runHandler(withSessionId((sessionId) => answerCommand(sessionId, data)))
          return
        }
        case "unknown":
          return reactUnknown(event)
        default:
          return
      }
    }

    /**
     * An event of a type that asks for an answer whose envelope or data this
     * SDK could not read still names the request: it is answered from the
     * raw data, with the handler when that data is enough, else the fallback.
     */
    const reactUnknown = (event: SessionEvent.UnknownEvent): void => {
      switch (event.originalType) {
        case "external_tool.requested":
        case "permission.requested":
        case "elicitation.requested":
        case "mcp.oauth_required":
        case "command.execute":
          break
        default:
          return
      }
      const data = Option.match(Schema.decodeUnknownOption(RawData)(event.raw), { onNone: () => undefined, onSome: (r) => r.data })
      switch (event.originalType) {
        case "external_tool.requested": {
          const call = Schema.decodeUnknownOption(ToolCallData)(data)
          if (Option.isNone(call)) {
            runHandler(Effect.logWarning(`ignored a tool call whose data does not decode: ${event.reason}`))
            return
          }
          runTool(call.value.requestId, withSessionId((sessionId) => answerTool(sessionId, call.value)))
          return
        }
        case "permission.requested":
          runHandler(withSessionId((sessionId) => answerPermission(sessionId, data)))
          return
        case "elicitation.requested":
          runHandler(withSessionId((sessionId) => answerElicitation(sessionId, data)))
          return
        case "mcp.oauth_required":
          runHandler(withSessionId((sessionId) => answerMcpAuth(sessionId, data)))
          return
        case "command.execute": {
          const command = Schema.decodeUnknownOption(CommandData)(data)
          if (Option.isNone(command)) {
            runHandler(Effect.logWarning(`ignored a command whose data does not decode: ${event.reason}`))
            return
          }
          runHandler(withSessionId((sessionId) => answerCommand(sessionId, command.value)))
          return
        }
      }
    }

    /** The handler of one inbound request, undecoded params in, its result out. */
    const handlerFor = (method: string, params: unknown, sessionId: string): Effect.Effect<unknown, unknown> => {
      const ctx = { sessionId }
      switch (method) {
        case "userInput.request": {
          const handler = config.onUserInputRequest
          if (handler === undefined) return Effect.fail(methodNotFound(method, sessionId, "user input handler"))
          return serve(method, Handlers.UserInputRequestParams, params, ({ sessionId: _, ...request }) =>
            Effect.flatMap(provide(handler(request, ctx)), Schema.encode(Handlers.UserInputResponse)))
        }
        case "exitPlanMode.request": {
          const handler = config.onExitPlanModeRequest
          if (handler === undefined) return Effect.fail(methodNotFound(method, sessionId, "exit plan mode handler"))
          return serve(method, Handlers.ExitPlanModeRequestParams, params, ({ sessionId: _, ...request }) =>
            Effect.flatMap(provide(handler(request, ctx)), Schema.encode(Handlers.ExitPlanModeResult)))
        }
        case "autoModeSwitch.request": {
          const handler = config.onAutoModeSwitchRequest
          if (handler === undefined) return Effect.fail(methodNotFound(method, sessionId, "auto mode switch handler"))
          return serve(method, Handlers.AutoModeSwitchRequestParams, params, ({ sessionId: _, ...request }) =>
            Effect.flatMap(provide(handler(request, ctx)), (response) =>
              Schema.encode(Handlers.AutoModeSwitchResult)({ response })))
        }
        case "hooks.invoke":
          return serve(method, Hooks.HookInvokeParams, params, (p) => answerHook(p, ctx))
        case "providerToken.getToken":
          return Credentials.providerToken(tokenProviders, params, { provide, addSecret: options.secrets.add })
        case "systemMessage.transform":
          return serve(
            method,
            Handlers.SystemMessageTransformParams,
            params,
            (p) => provide(Handlers.transformSections(config.systemMessageTransforms, p))
          )
        case "canvas.open":
        case "canvas.close":
        case "canvas.action.invoke": {
          const canvases = config.canvases
          if (canvases === undefined || canvases.length === 0) {
            return Effect.fail(methodNotFound(method, sessionId, "canvases"))
          }
          return provide(Canvas.serve(canvases, method, params))
        }
        default: {
          if (method.startsWith("sessionFs.")) {
            const fs = config.sessionFs
            if (fs !== undefined) return provide(SessionFs.serve(fs, method, params))
            if (Option.isSome(ambientFs)) return SessionFs.serve(ambientFs.value, method, params)
          }
          return Effect.fail(methodNotFound(method, sessionId, `handler for ${method}`))
        }
      }
    }

    const request = (method: string, params: unknown): Effect.Effect<unknown, RpcError> =>
      Effect.gen(function*() {
        const sessionId = yield* options.sessionId.get
        const answer = settle(
          `${method} for session ${sessionId} got no result; answering with an error`,
          () =>
            handlerFor(method, params, sessionId).pipe(
              Effect.map((result): RequestOutcome => ({ ok: true, result })),
              // An RpcError is an answer in itself (invalid params, no such handler).
              Effect.catchIf((error): error is RpcError => error instanceof RpcError, (error) => Effect.succeed<RequestOutcome>({ ok: false, error }))
            ),
          (cause): RequestOutcome => ({ ok: false, error: requestFailure(method, cause) })
        ).pipe(
          // In a span of the session under the current turn, linked to the
          // protocol's span of the request; an error answer ends it with an
          // error status.
          Effect.flatMap((outcome) => (outcome.ok ? Effect.succeed(outcome.result) : Effect.fail(outcome.error))),
          Effect.withSpan(`CopilotSession.${method}`, {
            ...(yield* options.turn.spanParent),
            links: Option.match(yield* Effect.option(Effect.currentParentSpan), {
              onNone: () => [],
              onSome: (span): Array<Tracer.SpanLink> => [{ _tag: "SpanLink", span, attributes: {} }]
            }),
            attributes: { "rpc.method": method }
          }),
          Effect.annotateSpans("session.id", sessionId),
          Effect.match({
            onSuccess: (result): RequestOutcome => ({ ok: true, result }),
            onFailure: (error): RequestOutcome => ({ ok: false, error })
          })
        )
        // In a fiber of the session, so closing it or losing the connection
        // interrupts the handler (the protocol then answers "cancelled").
        const fiber = yield* FiberSet.run(handlerFibers, answer)
        // A caller that stops waiting (the client closing) stops the handler too.
        const outcome = yield* Fiber.join(fiber).pipe(Effect.onInterrupt(() => Fiber.interrupt(fiber)))
        return outcome.ok ? outcome.result : yield* Effect.fail(outcome.error)
      })

    return {
      react,
      request,
      interruptAll: Effect.zipRight(FiberSet.clear(handlerFibers), FiberMap.clear(toolFibers))
    }
  })
