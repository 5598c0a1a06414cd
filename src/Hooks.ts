/**
 * Hooks: the runtime calls them (`hooks.invoke`) around tool use, prompt
 * submission, session start and end, and errors. Each input is decoded by
 * Schema (`timestamp`, Unix milliseconds on the wire, as a `Date`;
 * `cwd` as `workingDirectory`); each hook is an Effect whose output, if
 * any, steers the runtime. A hook that fails gives the runtime an error
 * answer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Hooks } from "effect-copilot"
 *
 * const hooks: Hooks.SessionHooks<never> = {
 *   onPreToolUse: (input) =>
 *     Effect.succeed(input.toolName === "bash" ? { permissionDecision: "deny", permissionDecisionReason: "no shell" } : undefined)
 * }
 * ```
 */
import { Effect, Predicate, Schema } from "effect"
import { DateFromUnixMillis, type HandlerContext } from "./Handlers.js"
import { tolerant } from "./internal/generatedSchema.js"
import { ToolResult } from "./Tool.js"

const optional = Schema.optional
const StringRecord = Schema.Record({ key: Schema.String, value: Schema.Unknown })

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
const hookBase = {
  sessionId: Schema.String,
  timestamp: DateFromUnixMillis,
  workingDirectory: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("cwd"))
}

/**
 * Before a tool runs.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Hooks.PreToolUseHookInput)({ sessionId: "s", timestamp: 1700000000000, cwd: "/w", toolName: "bash", toolArgs: {} })
 * ```
 */
export const PreToolUseHookInput = Schema.Struct({
  ...hookBase,
  toolName: Schema.String,
  toolArgs: Schema.Unknown
})
/** @see {@link PreToolUseHookInput} */
export type PreToolUseHookInput = typeof PreToolUseHookInput.Type

/**
 * What a pre-tool-use hook may change.
 *
 * @example
 * ```ts
 * const out: Hooks.PreToolUseHookOutput = { permissionDecision: "deny", permissionDecisionReason: "no rm" }
 * ```
 */
export const PreToolUseHookOutput = Schema.Struct({
  permissionDecision: optional(Schema.Literal("allow", "deny", "ask")),
  permissionDecisionReason: optional(Schema.String),
  modifiedArgs: optional(Schema.Unknown),
  additionalContext: optional(Schema.String),
  suppressOutput: optional(Schema.Boolean)
})
/** @see {@link PreToolUseHookOutput} */
export type PreToolUseHookOutput = typeof PreToolUseHookOutput.Type

/**
 * After a tool succeeded.
 *
 * @example
 * ```ts
 * if (input.toolResult.resultType === "success") console.log(input.toolResult.textResultForLlm)
 * ```
 */
export const PostToolUseHookInput = Schema.Struct({
  ...hookBase,
  toolName: Schema.String,
  toolArgs: Schema.Unknown,
  toolResult: ToolResult
})
/** @see {@link PostToolUseHookInput} */
export type PostToolUseHookInput = typeof PostToolUseHookInput.Type

/**
 * What a post-tool-use hook may change.
 *
 * @example
 * ```ts
 * const out: Hooks.PostToolUseHookOutput = { additionalContext: "the file was large" }
 * ```
 */
export const PostToolUseHookOutput = Schema.Struct({
  modifiedResult: optional(Schema.Struct(ToolResult.fields)),
  additionalContext: optional(Schema.String),
  suppressOutput: optional(Schema.Boolean)
})
/** @see {@link PostToolUseHookOutput} */
export type PostToolUseHookOutput = typeof PostToolUseHookOutput.Type

/**
 * When the user submits a prompt.
 *
 * @example
 * ```ts
 * console.log(input.prompt)
 * ```
 */
export const UserPromptSubmittedHookInput = Schema.Struct({ ...hookBase, prompt: Schema.String })
/** @see {@link UserPromptSubmittedHookInput} */
export type UserPromptSubmittedHookInput = typeof UserPromptSubmittedHookInput.Type

/**
 * What a prompt hook may change.
 *
 * @example
 * ```ts
 * const out: Hooks.UserPromptSubmittedHookOutput = { modifiedPrompt: "Please: " + input.prompt }
 * ```
 */
export const UserPromptSubmittedHookOutput = Schema.Struct({
  modifiedPrompt: optional(Schema.String),
  additionalContext: optional(Schema.String),
  suppressOutput: optional(Schema.Boolean)
})
/** @see {@link UserPromptSubmittedHookOutput} */
export type UserPromptSubmittedHookOutput = typeof UserPromptSubmittedHookOutput.Type

/**
 * When the session starts.
 *
 * @example
 * ```ts
 * if (input.source === "resume") console.log("resumed")
 * ```
 */
export const SessionStartHookInput = Schema.Struct({
  ...hookBase,
  source: openLiteral("startup", "resume", "new"),
  initialPrompt: optional(Schema.String)
})
/** @see {@link SessionStartHookInput} */
export type SessionStartHookInput = typeof SessionStartHookInput.Type

/**
 * What a session-start hook may add.
 *
 * @example
 * ```ts
 * const out: Hooks.SessionStartHookOutput = { additionalContext: "The repo uses pnpm." }
 * ```
 */
export const SessionStartHookOutput = Schema.Struct({
  additionalContext: optional(Schema.String),
  modifiedConfig: optional(StringRecord)
})
/** @see {@link SessionStartHookOutput} */
export type SessionStartHookOutput = typeof SessionStartHookOutput.Type

/**
 * When the session ends.
 *
 * @example
 * ```ts
 * if (input.reason === "error") console.error(input.error)
 * ```
 */
export const SessionEndHookInput = Schema.Struct({
  ...hookBase,
  reason: openLiteral("complete", "error", "abort", "timeout", "user_exit"),
  finalMessage: optional(Schema.String),
  error: optional(Schema.String)
})
/** @see {@link SessionEndHookInput} */
export type SessionEndHookInput = typeof SessionEndHookInput.Type

/**
 * What a session-end hook may report.
 *
 * @example
 * ```ts
 * const out: Hooks.SessionEndHookOutput = { sessionSummary: "fixed 2 bugs" }
 * ```
 */
export const SessionEndHookOutput = Schema.Struct({
  suppressOutput: optional(Schema.Boolean),
  cleanupActions: optional(Schema.Array(Schema.String)),
  sessionSummary: optional(Schema.String)
})
/** @see {@link SessionEndHookOutput} */
export type SessionEndHookOutput = typeof SessionEndHookOutput.Type

/**
 * When an error occurs.
 *
 * @example
 * ```ts
 * if (input.recoverable) console.log("will retry", input.error)
 * ```
 */
export const ErrorOccurredHookInput = Schema.Struct({
  ...hookBase,
  error: Schema.String,
  errorContext: openLiteral("model_call", "tool_execution", "system", "user_input"),
  recoverable: Schema.Boolean
})
/** @see {@link ErrorOccurredHookInput} */
export type ErrorOccurredHookInput = typeof ErrorOccurredHookInput.Type

/**
 * How an error hook wants the error handled.
 *
 * @example
 * ```ts
 * const out: Hooks.ErrorOccurredHookOutput = { errorHandling: "retry", retryCount: 2 }
 * ```
 */
export const ErrorOccurredHookOutput = Schema.Struct({
  suppressOutput: optional(Schema.Boolean),
  errorHandling: optional(Schema.Literal("retry", "skip", "abort")),
  retryCount: optional(Schema.Number),
  userNotification: optional(Schema.String)
})
/** @see {@link ErrorOccurredHookOutput} */
export type ErrorOccurredHookOutput = typeof ErrorOccurredHookOutput.Type

/**
 * A hook: its input, the context, and an optional output (`void` changes
 * nothing). A failure becomes a JSON-RPC error answer to `hooks.invoke`.
 *
 * @example
 * ```ts
 * const log: Hooks.Hook<Hooks.PreToolUseHookInput, Hooks.PreToolUseHookOutput, never> =
 *   (input) => Effect.log(`about to run ${input.toolName}`)
 * ```
 */
export type Hook<In, Out, R> = (input: In, ctx: HandlerContext) => Effect.Effect<Out | void, unknown, R>

/**
 * The hooks a session can register.
 *
 * @example
 * ```ts
 * const hooks: Hooks.SessionHooks<never> = {
 *   onPreToolUse: (input) =>
 *     Effect.succeed(input.toolName === "bash" ? { permissionDecision: "ask" as const } : {})
 * }
 * ```
 */
export interface SessionHooks<R> {
  readonly onPreToolUse?: Hook<PreToolUseHookInput, PreToolUseHookOutput, R> | undefined
  readonly onPostToolUse?: Hook<PostToolUseHookInput, PostToolUseHookOutput, R> | undefined
  readonly onUserPromptSubmitted?: Hook<UserPromptSubmittedHookInput, UserPromptSubmittedHookOutput, R> | undefined
  readonly onSessionStart?: Hook<SessionStartHookInput, SessionStartHookOutput, R> | undefined
  readonly onSessionEnd?: Hook<SessionEndHookInput, SessionEndHookOutput, R> | undefined
  readonly onErrorOccurred?: Hook<ErrorOccurredHookInput, ErrorOccurredHookOutput, R> | undefined
}

/**
 * Whether any hook is set (the `hooks` capability flag of `session.create`).
 *
 * @example
 * ```ts
 * Hooks.hasHooks({}) // false
 * ```
 */
export const hasHooks = <R>(hooks: SessionHooks<R> | undefined): boolean =>
  hooks !== undefined && Object.values(hooks).some(Predicate.isFunction)

/**
 * The hook types this SDK dispatches, with their input and output Schemas and
 * the {@link SessionHooks} key that handles each.
 *
 * @example
 * ```ts
 * Hooks.hookTypes.preToolUse.key // "onPreToolUse"
 * ```
 */
export const hookTypes = {
  preToolUse: { key: "onPreToolUse", input: PreToolUseHookInput, output: PreToolUseHookOutput },
  postToolUse: { key: "onPostToolUse", input: PostToolUseHookInput, output: PostToolUseHookOutput },
  userPromptSubmitted: {
    key: "onUserPromptSubmitted",
    input: UserPromptSubmittedHookInput,
    output: UserPromptSubmittedHookOutput
  },
  sessionStart: { key: "onSessionStart", input: SessionStartHookInput, output: SessionStartHookOutput },
  sessionEnd: { key: "onSessionEnd", input: SessionEndHookInput, output: SessionEndHookOutput },
  errorOccurred: { key: "onErrorOccurred", input: ErrorOccurredHookInput, output: ErrorOccurredHookOutput }
} as const

/**
 * The params of the inbound `hooks.invoke` (the runtime knows more hook types
 * than this SDK dispatches; unknown ones are answered with no output).
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Hooks.HookInvokeParams)({ sessionId: "s", hookType: "preToolUse", input: {} })
 * ```
 */
export const HookInvokeParams = Schema.Struct({
  sessionId: Schema.String,
  hookType: Schema.String,
  input: Schema.Unknown
})
/** @see {@link HookInvokeParams} */
export type HookInvokeParams = typeof HookInvokeParams.Type

/**
 * The result of `hooks.invoke`: the hook's encoded output, absent for none.
 *
 * @example
 * ```ts
 * const r: Hooks.HookInvokeResult = { output: { permissionDecision: "allow" } }
 * ```
 */
export const HookInvokeResult = Schema.Struct({ output: optional(Schema.Unknown) })
/** @see {@link HookInvokeResult} */
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
 * with the decode error or the hook's own failure; the session turns that into
 * an error answer.
 *
 * @example
 * ```ts
 * Hooks.invokeHook(hooks, { sessionId: "s", hookType: "preToolUse", input: rawInput }, { sessionId: "s" })
 * ```
 */
export const invokeHook = <R>(
  hooks: SessionHooks<R> | undefined,
  params: HookInvokeParams,
  ctx: HandlerContext
): Effect.Effect<HookInvokeResult, unknown, R> => {
  if (hooks === undefined) return Effect.succeed({})
  switch (params.hookType) {
    case "preToolUse":
      return runHook(PreToolUseHookInput, PreToolUseHookOutput, hooks.onPreToolUse, params.input, ctx)
    case "postToolUse":
      return runHook(PostToolUseHookInput, PostToolUseHookOutput, hooks.onPostToolUse, params.input, ctx)
    case "userPromptSubmitted":
      return runHook(
        UserPromptSubmittedHookInput,
        UserPromptSubmittedHookOutput,
        hooks.onUserPromptSubmitted,
        params.input,
        ctx
      )
    case "sessionStart":
      return runHook(SessionStartHookInput, SessionStartHookOutput, hooks.onSessionStart, params.input, ctx)
    case "sessionEnd":
      return runHook(SessionEndHookInput, SessionEndHookOutput, hooks.onSessionEnd, params.input, ctx)
    case "errorOccurred":
      return runHook(ErrorOccurredHookInput, ErrorOccurredHookOutput, hooks.onErrorOccurred, params.input, ctx)
    default:
      return Effect.succeed({})
  }
}
