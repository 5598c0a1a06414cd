/**
 * The declarations of the public `Hooks` module (the runtime's hooks, their
 * decoded inputs and outputs, and how they are invoked), as internal code
 * imports them; the public module re-exports them with their docs.
 *
 * @internal
 */
import { Effect, Predicate, Schema } from "effect"
import { DateFromUnixMillis, type HandlerContext } from "./handlers.js"
import { lazy, tolerant } from "./generatedSchema.js"
import { ToolResult } from "./tool.js"

const optional = Schema.optional

const StringRecord = () => Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * A string the runtime sends from a set it may extend: the known values are
 * in the type (for completion and narrowing), and any other value decodes
 * too, so a newer runtime's new value still reaches the hook.
 */
const openLiteral = <const L extends ReadonlyArray<string>>(
  ..._known: L
): Schema.Schema<L[number] | (string & {}), string> => Schema.String

// ---------------------------------------------------------------------------
// Hooks (`hooks.invoke`)
// ---------------------------------------------------------------------------
/**
 * Fields every hook input carries. On the wire `timestamp` is Unix
 * milliseconds and the working directory is named `cwd`.
 */
const hookBase = () => ({
  sessionId: Schema.String,
  timestamp: DateFromUnixMillis,
  workingDirectory: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("cwd"))
})

/**
 * Before a tool runs.
 */
export const PreToolUseHookInput = lazy(() =>
  Schema.Struct({
    ...hookBase(),
    toolName: Schema.String,
    toolArgs: Schema.Unknown
  })
)

export type PreToolUseHookInput = typeof PreToolUseHookInput.Type

/**
 * What a pre-tool-use hook may change.
 */
export const PreToolUseHookOutput = lazy(() =>
  Schema.Struct({
    permissionDecision: optional(Schema.Literal("allow", "deny", "ask")),
    permissionDecisionReason: optional(Schema.String),
    modifiedArgs: optional(Schema.Unknown),
    additionalContext: optional(Schema.String),
    suppressOutput: optional(Schema.Boolean)
  })
)

export type PreToolUseHookOutput = typeof PreToolUseHookOutput.Type

/**
 * After a tool succeeded.
 */
export const PostToolUseHookInput = lazy(() =>
  Schema.Struct({
    ...hookBase(),
    toolName: Schema.String,
    toolArgs: Schema.Unknown,
    toolResult: ToolResult
  })
)

export type PostToolUseHookInput = typeof PostToolUseHookInput.Type

/**
 * What a post-tool-use hook may change.
 */
export const PostToolUseHookOutput = lazy(() =>
  Schema.Struct({
    modifiedResult: optional(Schema.Struct(ToolResult.fields)),
    additionalContext: optional(Schema.String),
    suppressOutput: optional(Schema.Boolean)
  })
)

export type PostToolUseHookOutput = typeof PostToolUseHookOutput.Type

/**
 * When the user submits a prompt.
 */
export const UserPromptSubmittedHookInput = lazy(() =>
  Schema.Struct({ ...hookBase(), prompt: Schema.String })
)

export type UserPromptSubmittedHookInput = typeof UserPromptSubmittedHookInput.Type

/**
 * What a prompt hook may change.
 */
export const UserPromptSubmittedHookOutput = lazy(() =>
  Schema.Struct({
    modifiedPrompt: optional(Schema.String),
    additionalContext: optional(Schema.String),
    suppressOutput: optional(Schema.Boolean)
  })
)

export type UserPromptSubmittedHookOutput = typeof UserPromptSubmittedHookOutput.Type

/**
 * When the session starts.
 */
export const SessionStartHookInput = lazy(() =>
  Schema.Struct({
    ...hookBase(),
    source: openLiteral("startup", "resume", "new"),
    initialPrompt: optional(Schema.String)
  })
)

export type SessionStartHookInput = typeof SessionStartHookInput.Type

/**
 * What a session-start hook may add.
 */
export const SessionStartHookOutput = lazy(() =>
  Schema.Struct({
    additionalContext: optional(Schema.String),
    modifiedConfig: optional(StringRecord())
  })
)

export type SessionStartHookOutput = typeof SessionStartHookOutput.Type

/**
 * When the session ends.
 */
export const SessionEndHookInput = lazy(() =>
  Schema.Struct({
    ...hookBase(),
    reason: openLiteral("complete", "error", "abort", "timeout", "user_exit"),
    finalMessage: optional(Schema.String),
    error: optional(Schema.String)
  })
)

export type SessionEndHookInput = typeof SessionEndHookInput.Type

/**
 * What a session-end hook may report.
 */
export const SessionEndHookOutput = lazy(() =>
  Schema.Struct({
    suppressOutput: optional(Schema.Boolean),
    cleanupActions: optional(Schema.Array(Schema.String)),
    sessionSummary: optional(Schema.String)
  })
)

export type SessionEndHookOutput = typeof SessionEndHookOutput.Type

/**
 * When an error occurs.
 */
export const ErrorOccurredHookInput = lazy(() =>
  Schema.Struct({
    ...hookBase(),
    error: Schema.String,
    errorContext: openLiteral("model_call", "tool_execution", "system", "user_input"),
    recoverable: Schema.Boolean
  })
)

export type ErrorOccurredHookInput = typeof ErrorOccurredHookInput.Type

/**
 * How an error hook wants the error handled.
 */
export const ErrorOccurredHookOutput = lazy(() =>
  Schema.Struct({
    suppressOutput: optional(Schema.Boolean),
    errorHandling: optional(Schema.Literal("retry", "skip", "abort")),
    retryCount: optional(Schema.Number),
    userNotification: optional(Schema.String)
  })
)

export type ErrorOccurredHookOutput = typeof ErrorOccurredHookOutput.Type

/**
 * Before the runtime calls a tool of an MCP server: the call's `_meta` (if
 * any) can be set, replaced or removed by the hook.
 */
export const PreMcpToolCallHookInput = lazy(() =>
  Schema.Struct({
    ...hookBase(),
    toolCallId: optional(Schema.String),
    serverName: Schema.String,
    toolName: Schema.String,
    arguments: Schema.Unknown,
    _meta: optional(StringRecord())
  })
)

export type PreMcpToolCallHookInput = typeof PreMcpToolCallHookInput.Type

/**
 * What a pre-MCP-tool-call hook may change: `metaToUse` absent keeps the
 * call's `_meta`, an object replaces it, `null` removes it.
 */
export const PreMcpToolCallHookOutput = lazy(() =>
  Schema.Struct({
    metaToUse: optional(Schema.NullOr(StringRecord()))
  })
)

export type PreMcpToolCallHookOutput = typeof PreMcpToolCallHookOutput.Type

/**
 * After a tool failed (its result was a failure): the runtime sends the
 * failure's message, not the whole result.
 */
export const PostToolUseFailureHookInput = lazy(() =>
  Schema.Struct({
    ...hookBase(),
    toolName: Schema.String,
    toolArgs: Schema.Unknown,
    error: Schema.String
  })
)

export type PostToolUseFailureHookInput = typeof PostToolUseFailureHookInput.Type

/**
 * What a post-tool-use-failure hook may add: guidance for the model, given
 * beside the failed result.
 */
export const PostToolUseFailureHookOutput = lazy(() =>
  Schema.Struct({
    additionalContext: optional(Schema.String)
  })
)

export type PostToolUseFailureHookOutput = typeof PostToolUseFailureHookOutput.Type

/**
 * After the runtime has transformed a submitted prompt (adding context such
 * as the current date), before it is stored and sent to the model.
 */
export const UserPromptTransformedHookInput = lazy(() =>
  Schema.Struct({
    ...hookBase(),
    prompt: Schema.String,
    transformedPrompt: Schema.String
  })
)

export type UserPromptTransformedHookInput = typeof UserPromptTransformedHookInput.Type

/**
 * What a prompt-transformed hook may change: the prompt the model gets.
 */
export const UserPromptTransformedHookOutput = lazy(() =>
  Schema.Struct({
    modifiedTransformedPrompt: optional(Schema.String)
  })
)

export type UserPromptTransformedHookOutput = typeof UserPromptTransformedHookOutput.Type

/**
 * When the main agent is about to stop (it went idle with no pending work).
 * `stopHookActive` (`stop_hook_active` on the wire) is true when this stop
 * follows an earlier block by this hook: a hook can use it not to block for
 * ever.
 */
export const AgentStopHookInput = lazy(() =>
  Schema.Struct({
    ...hookBase(),
    stopReason: optional(Schema.String),
    transcriptPath: optional(Schema.String),
    stopHookActive: Schema.optional(Schema.Boolean).pipe(Schema.fromKey("stop_hook_active"))
  })
)

export type AgentStopHookInput = typeof AgentStopHookInput.Type

/**
 * What an agent-stop hook may decide: `{ decision: "block", reason }` keeps
 * the agent working, with `reason` as the next user message (the runtime caps
 * consecutive blocks); nothing lets it stop.
 */
export const AgentStopHookOutput = lazy(() =>
  Schema.Struct({
    decision: optional(Schema.Literal("block")),
    reason: optional(Schema.String)
  })
)

export type AgentStopHookOutput = typeof AgentStopHookOutput.Type

/**
 * A hook: its input, the context, and an optional output (`void` changes
 * nothing). A failure is logged and answered as no output (see
 * {@link failClosed} for hooks that must refuse instead).
 */
export type Hook<In, Out, R> = (input: In, ctx: HandlerContext) => Effect.Effect<Out | void, unknown, R>

/**
 * A policy hook: a hook that, when it gives no answer (it fails, dies, is
 * interrupted, or its input or output does not decode), refuses instead of
 * letting the runtime go on as if no hook were set. Made with
 * {@link failClosed}; accepted where a refusal exists (`onPreToolUse`, whose
 * refusal is a deny).
 */
export interface PolicyHook<In, Out, R> {
  readonly hook: Hook<In, Out, R>
  readonly failClosed: boolean
}

/**
 * Makes a hook fail closed: when it gives no answer, the runtime gets the
 * refusal of its kind (for `onPreToolUse`, a deny whose reason says the
 * policy hook failed), and what went wrong is logged.
 */
export const failClosed = <In, Out, R>(hook: Hook<In, Out, R>): PolicyHook<In, Out, R> => ({ hook, failClosed: true })

/**
 * The hooks a session can register. A hook that fails or dies is logged and
 * answered as if it were not set (the runtime goes on), except a
 * {@link failClosed} policy hook, which refuses.
 */
export interface SessionHooks<R> {
  readonly onPreToolUse?:
    | Hook<PreToolUseHookInput, PreToolUseHookOutput, R>
    | PolicyHook<PreToolUseHookInput, PreToolUseHookOutput, R>
    | undefined
  /** Before a tool of an MCP server is called: set, replace or remove the call's `_meta`. */
  readonly onPreMcpToolCall?: Hook<PreMcpToolCallHookInput, PreMcpToolCallHookOutput, R> | undefined
  /** After a tool succeeded (failures go to `onPostToolUseFailure`). */
  readonly onPostToolUse?: Hook<PostToolUseHookInput, PostToolUseHookOutput, R> | undefined
  /** After a tool failed. */
  readonly onPostToolUseFailure?: Hook<PostToolUseFailureHookInput, PostToolUseFailureHookOutput, R> | undefined
  readonly onUserPromptSubmitted?: Hook<UserPromptSubmittedHookInput, UserPromptSubmittedHookOutput, R> | undefined
  /** After the runtime transformed the prompt: may replace what the model gets. */
  readonly onUserPromptTransformed?: Hook<UserPromptTransformedHookInput, UserPromptTransformedHookOutput, R> | undefined
  readonly onSessionStart?: Hook<SessionStartHookInput, SessionStartHookOutput, R> | undefined
  readonly onSessionEnd?: Hook<SessionEndHookInput, SessionEndHookOutput, R> | undefined
  readonly onErrorOccurred?: Hook<ErrorOccurredHookInput, ErrorOccurredHookOutput, R> | undefined
  /** When the main agent is about to stop: may block the stop with a reason. */
  readonly onAgentStop?: Hook<AgentStopHookInput, AgentStopHookOutput, R> | undefined
}

/** Whether a registered value is a hook (a function or a policy hook). */
const isHookValue = (value: unknown): boolean =>
  Predicate.isFunction(value) || (Predicate.hasProperty(value, "hook") && Predicate.isFunction(value.hook))

/**
 * Whether any hook is set (the `hooks` capability flag of `session.create`).
 */
export const hasHooks = <R>(hooks: SessionHooks<R> | undefined): boolean =>
  hooks !== undefined && Object.values(hooks).some(isHookValue)

/**
 * The hook types this SDK dispatches, with their input and output Schemas,
 * the {@link SessionHooks} key that handles each, and, for the kinds that can
 * refuse, the answer of a {@link failClosed} hook that gave none.
 */
export const hookTypes = {
  preToolUse: {
    key: "onPreToolUse",
    input: PreToolUseHookInput,
    output: PreToolUseHookOutput,
    refusal: {
      permissionDecision: "deny",
      permissionDecisionReason: "The policy hook for this tool call failed, so the call is denied."
    } satisfies typeof PreToolUseHookOutput.Encoded
  },
  preMcpToolCall: { key: "onPreMcpToolCall", input: PreMcpToolCallHookInput, output: PreMcpToolCallHookOutput },
  postToolUse: { key: "onPostToolUse", input: PostToolUseHookInput, output: PostToolUseHookOutput },
  postToolUseFailure: {
    key: "onPostToolUseFailure",
    input: PostToolUseFailureHookInput,
    output: PostToolUseFailureHookOutput
  },
  userPromptSubmitted: {
    key: "onUserPromptSubmitted",
    input: UserPromptSubmittedHookInput,
    output: UserPromptSubmittedHookOutput
  },
  userPromptTransformed: {
    key: "onUserPromptTransformed",
    input: UserPromptTransformedHookInput,
    output: UserPromptTransformedHookOutput
  },
  sessionStart: { key: "onSessionStart", input: SessionStartHookInput, output: SessionStartHookOutput },
  sessionEnd: { key: "onSessionEnd", input: SessionEndHookInput, output: SessionEndHookOutput },
  errorOccurred: { key: "onErrorOccurred", input: ErrorOccurredHookInput, output: ErrorOccurredHookOutput },
  agentStop: { key: "onAgentStop", input: AgentStopHookInput, output: AgentStopHookOutput }
} as const

/**
 * A hook type this SDK dispatches.
 */
export type HookType = keyof typeof hookTypes

/**
 * Whether this SDK knows a hook type (the runtime may invoke newer ones).
 */
export const isHookType = (hookType: string): hookType is HookType => Object.hasOwn(hookTypes, hookType)

/** The function of a registered hook, a policy hook's included. */
const unwrap = <In, Out, R>(
  value: Hook<In, Out, R> | PolicyHook<In, Out, R> | undefined
): Hook<In, Out, R> | undefined => typeof value === "function" ? value : value?.hook

/** Whether the hook registered for a kind is a policy hook that fails closed. */
const failsClosed = <R>(hooks: SessionHooks<R> | undefined, hookType: HookType): boolean => {
  const value: unknown = hooks?.[hookTypes[hookType].key]
  return Predicate.hasProperty(value, "failClosed") && value.failClosed === true
}

/**
 * The answer for a hook that gave none: its kind's refusal when it is a
 * {@link failClosed} policy hook of a kind that can refuse, else none (the
 * runtime goes on as if no hook were set).
 */
export const fallbackResult = <R>(hooks: SessionHooks<R> | undefined, hookType: string): HookInvokeResult => {
  if (!isHookType(hookType) || !failsClosed(hooks, hookType)) return {}
  const kind = hookTypes[hookType]
  return "refusal" in kind ? { output: kind.refusal } : {}
}

/**
 * The params of the inbound `hooks.invoke` (a newer runtime may know more hook
 * types than this SDK dispatches; unknown ones are answered with no output).
 */
export const HookInvokeParams = lazy(() =>
  Schema.Struct({
    sessionId: Schema.String,
    hookType: Schema.String,
    input: Schema.Unknown
  })
)

export type HookInvokeParams = typeof HookInvokeParams.Type

/**
 * The result of `hooks.invoke`: the hook's encoded output, absent for none.
 */
export const HookInvokeResult = lazy(() =>
  Schema.Struct({ output: optional(Schema.Unknown) })
)

export type HookInvokeResult = typeof HookInvokeResult.Type

const runHook = <In, InE, Out, OutE, R>(
  inputSchema: Schema.Schema<In, InE>,
  outputSchema: Schema.Schema<Out, OutE>,
  hook: Hook<In, Out, R> | undefined,
  rawInput: unknown,
  ctx: HandlerContext
): Effect.Effect<HookInvokeResult, unknown, R> => {
  if (hook === undefined) return Effect.succeed({})
  // Tolerant, as all the runtime sends: an optional member sent as `null` is absent.
  return Schema.decodeUnknown(tolerant(inputSchema))(rawInput).pipe(
    Effect.flatMap((input) => hook(input, ctx)),
    Effect.flatMap((output) =>
      output === undefined
        ? Effect.succeed({})
        : Effect.map(Schema.encodeUnknown(outputSchema)(output), (encoded): HookInvokeResult => ({ output: encoded }))
    )
  )
}

/**
 * Runs the registered hook for a `hooks.invoke` request: decodes the input
 * (timestamps become `Date`s), calls the hook and encodes its output. Fails
 * with the decode error or the hook's own failure; the session answers that
 * with {@link fallbackResult} and logs it.
 */
export const invokeHook = <R>(
  hooks: SessionHooks<R> | undefined,
  params: HookInvokeParams,
  ctx: HandlerContext
): Effect.Effect<HookInvokeResult, unknown, R> => {
  if (hooks === undefined) return Effect.succeed({})
  const input = params.input
  switch (params.hookType) {
    case "preToolUse":
      return runHook(PreToolUseHookInput, PreToolUseHookOutput, unwrap(hooks.onPreToolUse), input, ctx)
    case "preMcpToolCall":
      return runHook(PreMcpToolCallHookInput, PreMcpToolCallHookOutput, hooks.onPreMcpToolCall, input, ctx)
    case "postToolUse":
      return runHook(PostToolUseHookInput, PostToolUseHookOutput, hooks.onPostToolUse, input, ctx)
    case "postToolUseFailure":
      return runHook(PostToolUseFailureHookInput, PostToolUseFailureHookOutput, hooks.onPostToolUseFailure, input, ctx)
    case "userPromptSubmitted":
      return runHook(UserPromptSubmittedHookInput, UserPromptSubmittedHookOutput, hooks.onUserPromptSubmitted, input, ctx)
    case "userPromptTransformed":
      return runHook(
        UserPromptTransformedHookInput,
        UserPromptTransformedHookOutput,
        hooks.onUserPromptTransformed,
        input,
        ctx
      )
    case "sessionStart":
      return runHook(SessionStartHookInput, SessionStartHookOutput, hooks.onSessionStart, input, ctx)
    case "sessionEnd":
      return runHook(SessionEndHookInput, SessionEndHookOutput, hooks.onSessionEnd, input, ctx)
    case "errorOccurred":
      return runHook(ErrorOccurredHookInput, ErrorOccurredHookOutput, hooks.onErrorOccurred, input, ctx)
    case "agentStop":
      return runHook(AgentStopHookInput, AgentStopHookOutput, hooks.onAgentStop, input, ctx)
    default:
      return Effect.succeed({})
  }
}
