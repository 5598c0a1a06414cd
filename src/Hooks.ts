/**
 * Hooks: the runtime calls them (`hooks.invoke`) around tool use (MCP tool
 * calls and failed tools included), prompt submission and transformation,
 * the agent's stop, session start and end, and errors. Each input is decoded
 * by Schema (`timestamp`, Unix milliseconds on the wire, as a `Date`; `cwd`
 * as `workingDirectory`); each hook is an Effect whose output, if any, steers
 * the runtime. A hook that fails or dies is logged and answered as if it were
 * not set, so the runtime goes on; a {@link failClosed} policy hook refuses
 * instead. A hook type this SDK does not know is logged once per session and
 * answered the same way.
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
 *
 * @since 0.1.0
 */
import * as internal from "./internal/hooks.js"

/**
 * Before a tool runs.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Hooks } from "effect-copilot"
 *
 * Schema.decodeUnknownSync(Hooks.PreToolUseHookInput)({ sessionId: "s", timestamp: 1700000000000, cwd: "/w", toolName: "bash", toolArgs: {} })
 * ```
 *
 * @since 0.1.0
 */
export const PreToolUseHookInput = internal.PreToolUseHookInput

/**
 * @see {@link PreToolUseHookInput}
 *
 * @since 0.1.0
 */
export type PreToolUseHookInput = internal.PreToolUseHookInput

/**
 * What a pre-tool-use hook may change.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * const out: Hooks.PreToolUseHookOutput = { permissionDecision: "deny", permissionDecisionReason: "no rm" }
 * ```
 *
 * @since 0.1.0
 */
export const PreToolUseHookOutput = internal.PreToolUseHookOutput

/**
 * @see {@link PreToolUseHookOutput}
 *
 * @since 0.1.0
 */
export type PreToolUseHookOutput = internal.PreToolUseHookOutput

/**
 * After a tool succeeded.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const input: Hooks.PostToolUseHookInput
 *
 * if (input.toolResult.resultType === "success") console.log(input.toolResult.textResultForLlm)
 * ```
 *
 * @since 0.1.0
 */
export const PostToolUseHookInput = internal.PostToolUseHookInput

/**
 * @see {@link PostToolUseHookInput}
 *
 * @since 0.1.0
 */
export type PostToolUseHookInput = internal.PostToolUseHookInput

/**
 * What a post-tool-use hook may change.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * const out: Hooks.PostToolUseHookOutput = { additionalContext: "the file was large" }
 * ```
 *
 * @since 0.1.0
 */
export const PostToolUseHookOutput = internal.PostToolUseHookOutput

/**
 * @see {@link PostToolUseHookOutput}
 *
 * @since 0.1.0
 */
export type PostToolUseHookOutput = internal.PostToolUseHookOutput

/**
 * When the user submits a prompt.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const input: Hooks.UserPromptSubmittedHookInput
 *
 * console.log(input.prompt)
 * ```
 *
 * @since 0.1.0
 */
export const UserPromptSubmittedHookInput = internal.UserPromptSubmittedHookInput

/**
 * @see {@link UserPromptSubmittedHookInput}
 *
 * @since 0.1.0
 */
export type UserPromptSubmittedHookInput = internal.UserPromptSubmittedHookInput

/**
 * What a prompt hook may change.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const input: Hooks.UserPromptSubmittedHookInput
 *
 * const out: Hooks.UserPromptSubmittedHookOutput = { modifiedPrompt: "Please: " + input.prompt }
 * ```
 *
 * @since 0.1.0
 */
export const UserPromptSubmittedHookOutput = internal.UserPromptSubmittedHookOutput

/**
 * @see {@link UserPromptSubmittedHookOutput}
 *
 * @since 0.1.0
 */
export type UserPromptSubmittedHookOutput = internal.UserPromptSubmittedHookOutput

/**
 * When the session starts.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const input: Hooks.SessionStartHookInput
 *
 * if (input.source === "resume") console.log("resumed")
 * ```
 *
 * @since 0.1.0
 */
export const SessionStartHookInput = internal.SessionStartHookInput

/**
 * @see {@link SessionStartHookInput}
 *
 * @since 0.1.0
 */
export type SessionStartHookInput = internal.SessionStartHookInput

/**
 * What a session-start hook may add.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * const out: Hooks.SessionStartHookOutput = { additionalContext: "The repo uses pnpm." }
 * ```
 *
 * @since 0.1.0
 */
export const SessionStartHookOutput = internal.SessionStartHookOutput

/**
 * @see {@link SessionStartHookOutput}
 *
 * @since 0.1.0
 */
export type SessionStartHookOutput = internal.SessionStartHookOutput

/**
 * When the session ends.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const input: Hooks.SessionEndHookInput
 *
 * if (input.reason === "error") console.error(input.error)
 * ```
 *
 * @since 0.1.0
 */
export const SessionEndHookInput = internal.SessionEndHookInput

/**
 * @see {@link SessionEndHookInput}
 *
 * @since 0.1.0
 */
export type SessionEndHookInput = internal.SessionEndHookInput

/**
 * What a session-end hook may report.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * const out: Hooks.SessionEndHookOutput = { sessionSummary: "fixed 2 bugs" }
 * ```
 *
 * @since 0.1.0
 */
export const SessionEndHookOutput = internal.SessionEndHookOutput

/**
 * @see {@link SessionEndHookOutput}
 *
 * @since 0.1.0
 */
export type SessionEndHookOutput = internal.SessionEndHookOutput

/**
 * When an error occurs.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const input: Hooks.ErrorOccurredHookInput
 *
 * if (input.recoverable) console.log("will retry", input.error)
 * ```
 *
 * @since 0.1.0
 */
export const ErrorOccurredHookInput = internal.ErrorOccurredHookInput

/**
 * @see {@link ErrorOccurredHookInput}
 *
 * @since 0.1.0
 */
export type ErrorOccurredHookInput = internal.ErrorOccurredHookInput

/**
 * How an error hook wants the error handled.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * const out: Hooks.ErrorOccurredHookOutput = { errorHandling: "retry", retryCount: 2 }
 * ```
 *
 * @since 0.1.0
 */
export const ErrorOccurredHookOutput = internal.ErrorOccurredHookOutput

/**
 * @see {@link ErrorOccurredHookOutput}
 *
 * @since 0.1.0
 */
export type ErrorOccurredHookOutput = internal.ErrorOccurredHookOutput

/**
 * Before the runtime calls a tool of an MCP server: the call's `_meta` (if
 * any) can be set, replaced or removed by the hook.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const input: Hooks.PreMcpToolCallHookInput
 *
 * console.log(`${input.serverName}/${input.toolName}`, input._meta)
 * ```
 *
 * @since 0.2.0
 */
export const PreMcpToolCallHookInput = internal.PreMcpToolCallHookInput

/**
 * @see {@link PreMcpToolCallHookInput}
 *
 * @since 0.2.0
 */
export type PreMcpToolCallHookInput = internal.PreMcpToolCallHookInput

/**
 * What a pre-MCP-tool-call hook may change: `metaToUse` absent keeps the
 * call's `_meta`, an object replaces it, `null` removes it.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * const replace: Hooks.PreMcpToolCallHookOutput = { metaToUse: { traceId: "abc" } }
 * const remove: Hooks.PreMcpToolCallHookOutput = { metaToUse: null }
 * ```
 *
 * @since 0.2.0
 */
export const PreMcpToolCallHookOutput = internal.PreMcpToolCallHookOutput

/**
 * @see {@link PreMcpToolCallHookOutput}
 *
 * @since 0.2.0
 */
export type PreMcpToolCallHookOutput = internal.PreMcpToolCallHookOutput

/**
 * After a tool failed (its result was a failure): the runtime sends the
 * failure's message, not the whole result.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const input: Hooks.PostToolUseFailureHookInput
 *
 * console.error(`${input.toolName} failed: ${input.error}`)
 * ```
 *
 * @since 0.2.0
 */
export const PostToolUseFailureHookInput = internal.PostToolUseFailureHookInput

/**
 * @see {@link PostToolUseFailureHookInput}
 *
 * @since 0.2.0
 */
export type PostToolUseFailureHookInput = internal.PostToolUseFailureHookInput

/**
 * What a post-tool-use-failure hook may add: guidance for the model, given
 * beside the failed result.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * const out: Hooks.PostToolUseFailureHookOutput = { additionalContext: "retry with a smaller file" }
 * ```
 *
 * @since 0.2.0
 */
export const PostToolUseFailureHookOutput = internal.PostToolUseFailureHookOutput

/**
 * @see {@link PostToolUseFailureHookOutput}
 *
 * @since 0.2.0
 */
export type PostToolUseFailureHookOutput = internal.PostToolUseFailureHookOutput

/**
 * After the runtime has transformed a submitted prompt (adding context such
 * as the current date), before it is stored and sent to the model.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const input: Hooks.UserPromptTransformedHookInput
 *
 * console.log(input.prompt, "became", input.transformedPrompt)
 * ```
 *
 * @since 0.2.0
 */
export const UserPromptTransformedHookInput = internal.UserPromptTransformedHookInput

/**
 * @see {@link UserPromptTransformedHookInput}
 *
 * @since 0.2.0
 */
export type UserPromptTransformedHookInput = internal.UserPromptTransformedHookInput

/**
 * What a prompt-transformed hook may change: the prompt the model gets.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const input: Hooks.UserPromptTransformedHookInput
 *
 * const out: Hooks.UserPromptTransformedHookOutput = { modifiedTransformedPrompt: input.transformedPrompt + "\nBe brief." }
 * ```
 *
 * @since 0.2.0
 */
export const UserPromptTransformedHookOutput = internal.UserPromptTransformedHookOutput

/**
 * @see {@link UserPromptTransformedHookOutput}
 *
 * @since 0.2.0
 */
export type UserPromptTransformedHookOutput = internal.UserPromptTransformedHookOutput

/**
 * When the main agent is about to stop (it went idle with no pending work).
 * `stopHookActive` (`stop_hook_active` on the wire) is true when this stop
 * follows an earlier block by this hook: a hook can use it not to block for
 * ever.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const input: Hooks.AgentStopHookInput
 *
 * if (input.stopReason === "end_turn" && !input.stopHookActive) console.log("first stop")
 * ```
 *
 * @since 0.2.0
 */
export const AgentStopHookInput = internal.AgentStopHookInput

/**
 * @see {@link AgentStopHookInput}
 *
 * @since 0.2.0
 */
export type AgentStopHookInput = internal.AgentStopHookInput

/**
 * What an agent-stop hook may decide: `{ decision: "block", reason }` keeps
 * the agent working, with `reason` as the next user message (the runtime caps
 * consecutive blocks); nothing lets it stop.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * const out: Hooks.AgentStopHookOutput = { decision: "block", reason: "Run the tests before you stop." }
 * ```
 *
 * @since 0.2.0
 */
export const AgentStopHookOutput = internal.AgentStopHookOutput

/**
 * @see {@link AgentStopHookOutput}
 *
 * @since 0.2.0
 */
export type AgentStopHookOutput = internal.AgentStopHookOutput

/**
 * A hook: its input, the context, and an optional output (`void` changes
 * nothing). A failure is logged and answered as no output (see
 * {@link failClosed} for hooks that must refuse instead).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Hooks } from "effect-copilot"
 *
 * const log: Hooks.Hook<Hooks.PreToolUseHookInput, Hooks.PreToolUseHookOutput, never> =
 *   (input) => Effect.log(`about to run ${input.toolName}`)
 * ```
 *
 * @since 0.1.0
 */
export type Hook<In, Out, R> = internal.Hook<In, Out, R>

/**
 * A policy hook: a hook that, when it gives no answer (it fails, dies, is
 * interrupted, or its input or output does not decode), refuses instead of
 * letting the runtime go on as if no hook were set. Made with
 * {@link failClosed}; accepted where a refusal exists (`onPreToolUse`, whose
 * refusal is a deny).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Hooks } from "effect-copilot"
 *
 * const policy: Hooks.PolicyHook<Hooks.PreToolUseHookInput, Hooks.PreToolUseHookOutput, never> =
 *   Hooks.failClosed((input) => Effect.succeed({ permissionDecision: "allow" as const }))
 * ```
 *
 * @since 0.2.0
 */
export type PolicyHook<In, Out, R> = internal.PolicyHook<In, Out, R>

/**
 * Makes a hook fail closed: when it gives no answer, the runtime gets the
 * refusal of its kind (for `onPreToolUse`, a deny whose reason says the
 * policy hook failed), and what went wrong is logged.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Hooks } from "effect-copilot"
 *
 * declare const checkPolicy: (input: Hooks.PreToolUseHookInput) => Effect.Effect<Hooks.PreToolUseHookOutput>
 *
 * const hooks: Hooks.SessionHooks<never> = {
 *   onPreToolUse: Hooks.failClosed((input) => checkPolicy(input))
 * }
 * ```
 *
 * @since 0.2.0
 */
export const failClosed = internal.failClosed

/**
 * The hooks a session can register. A hook that fails or dies is logged and
 * answered as if it were not set (the runtime goes on), except a
 * {@link failClosed} policy hook, which refuses.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Hooks } from "effect-copilot"
 *
 * const hooks: Hooks.SessionHooks<never> = {
 *   onPreToolUse: (input) =>
 *     Effect.succeed(input.toolName === "bash" ? { permissionDecision: "ask" as const } : {}),
 *   onAgentStop: (input) =>
 *     Effect.succeed(input.stopHookActive === true ? {} : { decision: "block" as const, reason: "Summarize first." })
 * }
 * ```
 *
 * @since 0.1.0
 */
export type SessionHooks<R> = internal.SessionHooks<R>

/**
 * Whether any hook is set (the `hooks` capability flag of `session.create`).
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * Hooks.hasHooks({}) // false
 * ```
 *
 * @since 0.1.0
 */
export const hasHooks = internal.hasHooks

/**
 * The hook types this SDK dispatches, with their input and output Schemas,
 * the {@link SessionHooks} key that handles each, and, for the kinds that can
 * refuse, the answer of a {@link failClosed} hook that gave none.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * Hooks.hookTypes.preToolUse.key // "onPreToolUse"
 * ```
 *
 * @since 0.1.0
 */
export const hookTypes = internal.hookTypes

/**
 * A hook type this SDK dispatches.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * const kind: Hooks.HookType = "agentStop"
 * ```
 *
 * @since 0.2.0
 */
export type HookType = internal.HookType

/**
 * Whether this SDK knows a hook type (the runtime may invoke newer ones).
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * Hooks.isHookType("preToolUse") // true
 * ```
 *
 * @since 0.2.0
 */
export const isHookType = internal.isHookType

/**
 * The answer for a hook that gave none: its kind's refusal when it is a
 * {@link failClosed} policy hook of a kind that can refuse, else none (the
 * runtime goes on as if no hook were set).
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const policy: Hooks.Hook<Hooks.PreToolUseHookInput, Hooks.PreToolUseHookOutput, never>
 *
 * Hooks.fallbackResult({ onPreToolUse: Hooks.failClosed(policy) }, "preToolUse")
 * // { output: { permissionDecision: "deny", permissionDecisionReason: "..." } }
 * ```
 *
 * @since 0.2.0
 */
export const fallbackResult = internal.fallbackResult

/**
 * The params of the inbound `hooks.invoke` (a newer runtime may know more hook
 * types than this SDK dispatches; unknown ones are answered with no output).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Hooks } from "effect-copilot"
 *
 * Schema.decodeUnknownSync(Hooks.HookInvokeParams)({ sessionId: "s", hookType: "preToolUse", input: {} })
 * ```
 *
 * @since 0.1.0
 */
export const HookInvokeParams = internal.HookInvokeParams

/**
 * @see {@link HookInvokeParams}
 *
 * @since 0.1.0
 */
export type HookInvokeParams = internal.HookInvokeParams

/**
 * The result of `hooks.invoke`: the hook's encoded output, absent for none.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * const r: Hooks.HookInvokeResult = { output: { permissionDecision: "allow" } }
 * ```
 *
 * @since 0.1.0
 */
export const HookInvokeResult = internal.HookInvokeResult

/**
 * @see {@link HookInvokeResult}
 *
 * @since 0.1.0
 */
export type HookInvokeResult = internal.HookInvokeResult

/**
 * Runs the registered hook for a `hooks.invoke` request: decodes the input
 * (timestamps become `Date`s), calls the hook and encodes its output. Fails
 * with the decode error or the hook's own failure; the session answers that
 * with {@link fallbackResult} and logs it.
 *
 * @example
 * ```ts
 * import { Hooks } from "effect-copilot"
 *
 * declare const rawInput: unknown
 * declare const hooks: Hooks.SessionHooks<never>
 *
 * Hooks.invokeHook(hooks, { sessionId: "s", hookType: "preToolUse", input: rawInput }, { sessionId: "s" })
 * ```
 *
 * @since 0.1.0
 */
export const invokeHook = internal.invokeHook
