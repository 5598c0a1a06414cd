/**
 * What the runtime asks the SDK during a session, and what the user's handlers
 * answer: permission decisions, user input, elicitation forms, plan-mode exits,
 * auto-mode switches, hooks, system-message section transforms and the session
 * file system. Every wire shape is a Schema; every handler is an Effect.
 *
 * A handler that fails (or dies) is answered with an error by the session: the
 * runtime receives a JSON-RPC error (or, for event-driven requests such as
 * permissions and elicitation, the SDK's refusal answer).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * const onUserInputRequest: Handlers.UserInputHandler<never> = (request) =>
 *   Effect.succeed({ answer: request.choices?.[0] ?? "yes", wasFreeform: request.choices === undefined })
 * ```
 */
import { Effect, Predicate, Schema } from "effect"
import { ToolResult } from "./Tool.js"

/**
 * What every handler receives beside its input.
 *
 * @example
 * ```ts
 * const ctx: Handlers.HandlerContext = { sessionId: "s1" }
 * ```
 */
export interface HandlerContext {
  readonly sessionId: string
}

/**
 * The shape of every handler: input and context in, an Effect out. A failure
 * or defect becomes an error answer to the runtime.
 *
 * @example
 * ```ts
 * const h: Handlers.Handler<string, number, never> = (s) => Effect.succeed(s.length)
 * ```
 */
export type Handler<In, Out, R> = (input: In, ctx: HandlerContext) => Effect.Effect<Out, unknown, R>

const optional = Schema.optional
const StringRecord = Schema.Record({ key: Schema.String, value: Schema.Unknown })

// ---------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------

/**
 * A `Date` that travels as Unix milliseconds (how the runtime stamps hooks).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * Schema.decodeSync(Handlers.DateFromUnixMillis)(1700000000000) // Date 2023-11-14T22:13:20.000Z
 * ```
 */
export const DateFromUnixMillis: Schema.Schema<Date, number> = Schema.transform(
  Schema.Number,
  Schema.ValidDateFromSelf,
  { strict: true, decode: (ms) => new Date(ms), encode: (date) => date.getTime() }
).annotations({ identifier: "DateFromUnixMillis" })

// ---------------------------------------------------------------------------
// Permissions
// ---------------------------------------------------------------------------

const permissionBase = {
  toolCallId: optional(Schema.String),
  managedApprovalRequired: optional(Schema.Boolean)
}

/**
 * A shell command the agent wants to run.
 *
 * @example
 * ```ts
 * if (request.kind === "shell") console.log(request.fullCommandText)
 * ```
 */
export const PermissionRequestShell = Schema.Struct({
  kind: Schema.Literal("shell"),
  ...permissionBase,
  fullCommandText: Schema.String,
  intention: Schema.String,
  commands: Schema.Array(Schema.Struct({ identifier: Schema.String, readOnly: Schema.Boolean })),
  possiblePaths: Schema.Array(Schema.String),
  possibleUrls: Schema.Array(Schema.Struct({ url: Schema.String })),
  hasWriteFileRedirection: Schema.Boolean,
  canOfferSessionApproval: Schema.Boolean,
  warning: optional(Schema.String)
})

/**
 * A file write the agent wants to make.
 *
 * @example
 * ```ts
 * if (request.kind === "write") console.log(request.fileName, request.diff)
 * ```
 */
export const PermissionRequestWrite = Schema.Struct({
  kind: Schema.Literal("write"),
  ...permissionBase,
  intention: Schema.String,
  fileName: Schema.String,
  diff: Schema.String,
  newFileContents: optional(Schema.String),
  canOfferSessionApproval: Schema.Boolean
})

/**
 * A path the agent wants to read.
 *
 * @example
 * ```ts
 * if (request.kind === "read") console.log(request.path)
 * ```
 */
export const PermissionRequestRead = Schema.Struct({
  kind: Schema.Literal("read"),
  ...permissionBase,
  intention: Schema.String,
  path: Schema.String
})

/**
 * An MCP tool call.
 *
 * @example
 * ```ts
 * if (request.kind === "mcp") console.log(request.serverName, request.toolName)
 * ```
 */
export const PermissionRequestMcp = Schema.Struct({
  kind: Schema.Literal("mcp"),
  ...permissionBase,
  serverName: Schema.String,
  toolName: Schema.String,
  toolTitle: Schema.String,
  args: optional(Schema.Unknown),
  readOnly: Schema.Boolean
})

/**
 * A URL the agent wants to fetch.
 *
 * @example
 * ```ts
 * if (request.kind === "url") console.log(request.url)
 * ```
 */
export const PermissionRequestUrl = Schema.Struct({
  kind: Schema.Literal("url"),
  ...permissionBase,
  intention: Schema.String,
  url: Schema.String
})

/**
 * A memory the agent wants to store or vote on.
 *
 * @example
 * ```ts
 * if (request.kind === "memory") console.log(request.fact)
 * ```
 */
export const PermissionRequestMemory = Schema.Struct({
  kind: Schema.Literal("memory"),
  ...permissionBase,
  fact: Schema.String,
  subject: optional(Schema.String),
  reason: optional(Schema.String)
})

/**
 * A call of one of the session's own tools (see `Tool.make`).
 *
 * @example
 * ```ts
 * if (request.kind === "custom-tool") console.log(request.toolName, request.args)
 * ```
 */
export const PermissionRequestCustomTool = Schema.Struct({
  kind: Schema.Literal("custom-tool"),
  ...permissionBase,
  toolName: Schema.String,
  toolDescription: Schema.String,
  args: optional(Schema.Unknown)
})

/**
 * A hook asking for confirmation of a tool call.
 *
 * @example
 * ```ts
 * if (request.kind === "hook") console.log(request.hookMessage)
 * ```
 */
export const PermissionRequestHook = Schema.Struct({
  kind: Schema.Literal("hook"),
  ...permissionBase,
  toolName: Schema.String,
  toolArgs: optional(Schema.Unknown),
  hookMessage: optional(Schema.String)
})

/**
 * A kind of request this SDK does not model (newer runtimes add kinds), or a
 * known kind whose fields did not match: `rawKind` and all of `data` are kept.
 *
 * @example
 * ```ts
 * if (request.kind === "unknown") console.log(request.rawKind, request.data)
 * ```
 */
export const PermissionRequestUnknown = Schema.transform(
  Schema.Struct({ kind: Schema.String }, StringRecord),
  Schema.Struct({
    kind: Schema.Literal("unknown"),
    rawKind: Schema.String,
    data: StringRecord,
    managedApprovalRequired: optional(Schema.Boolean)
  }),
  {
    strict: true,
    decode: (raw) => ({
      kind: "unknown" as const,
      rawKind: raw.kind,
      data: raw,
      ...(typeof raw["managedApprovalRequired"] === "boolean"
        ? { managedApprovalRequired: raw["managedApprovalRequired"] }
        : {})
    }),
    encode: (unknown) => ({ ...unknown.data, kind: unknown.rawKind })
  }
)

/**
 * What the agent asks permission for (`permission.requested` event data's
 * `permissionRequest`), discriminated by `kind`; kinds this SDK does not
 * model decode to `kind: "unknown"`.
 *
 * @example
 * ```ts
 * const describe = (r: Handlers.PermissionRequest) => r.kind === "shell" ? r.fullCommandText : r.kind
 * ```
 */
export const PermissionRequest = Schema.Union(
  PermissionRequestShell,
  PermissionRequestWrite,
  PermissionRequestRead,
  PermissionRequestMcp,
  PermissionRequestUrl,
  PermissionRequestMemory,
  PermissionRequestCustomTool,
  PermissionRequestHook,
  PermissionRequestUnknown
)
/** @see {@link PermissionRequest} */
export type PermissionRequest = typeof PermissionRequest.Type

/**
 * The data of a `permission.requested` event. Skip it when `resolvedByHook`.
 *
 * @example
 * ```ts
 * const data = Schema.decodeUnknownSync(Handlers.PermissionRequestedData)(event.data)
 * ```
 */
export const PermissionRequestedData = Schema.Struct({
  requestId: Schema.String,
  permissionRequest: PermissionRequest,
  resolvedByHook: optional(Schema.Boolean)
})
/** @see {@link PermissionRequestedData} */
export type PermissionRequestedData = typeof PermissionRequestedData.Type

/**
 * What an approval for the rest of the session covers.
 *
 * @example
 * ```ts
 * const scope: Handlers.SessionApproval = { kind: "commands", commandIdentifiers: ["git"] }
 * ```
 */
export const SessionApproval = Schema.Union(
  Schema.Struct({ kind: Schema.Literal("commands"), commandIdentifiers: Schema.Array(Schema.String) }),
  Schema.Struct({ kind: Schema.Literal("read") }),
  Schema.Struct({ kind: Schema.Literal("write") }),
  Schema.Struct({ kind: Schema.Literal("mcp"), serverName: Schema.String, toolName: Schema.NullOr(Schema.String) }),
  Schema.Struct({ kind: Schema.Literal("memory") }),
  Schema.Struct({ kind: Schema.Literal("custom-tool"), toolName: Schema.String })
)
/** @see {@link SessionApproval} */
export type SessionApproval = typeof SessionApproval.Type

/**
 * A decision on a permission request, as sent in
 * `session.permissions.handlePendingPermissionRequest` (`result`).
 *
 * @example
 * ```ts
 * const d: Handlers.PermissionDecision = { kind: "reject", feedback: "not in this repo" }
 * ```
 */
export const PermissionDecision = Schema.Union(
  Schema.Struct({ kind: Schema.Literal("approve-once") }),
  Schema.Struct({
    kind: Schema.Literal("approve-for-session"),
    approval: optional(SessionApproval),
    domain: optional(Schema.String)
  }),
  Schema.Struct({ kind: Schema.Literal("approve-permanently"), domain: Schema.String }),
  Schema.Struct({ kind: Schema.Literal("reject"), feedback: optional(Schema.String) }),
  Schema.Struct({ kind: Schema.Literal("user-not-available") })
)
/** @see {@link PermissionDecision} */
export type PermissionDecision = typeof PermissionDecision.Type

/**
 * Leave the request unanswered by this handler (e.g. another client or the
 * user answers it). Not sent on the wire.
 *
 * @example
 * ```ts
 * const later: Handlers.PermissionHandlerResult = Handlers.noResult
 * ```
 */
export interface NoResult {
  readonly kind: "no-result"
}

/**
 * What a permission handler returns.
 *
 * @example
 * ```ts
 * const r: Handlers.PermissionHandlerResult = Handlers.approveOnce
 * ```
 */
export type PermissionHandlerResult = PermissionDecision | NoResult

/** Approve this one request. @example `Handlers.approveOnce` */
export const approveOnce: PermissionDecision = { kind: "approve-once" }
/** Leave the request for someone else. @example `Handlers.noResult` */
export const noResult: NoResult = { kind: "no-result" }
/** No user could be asked. @example `Handlers.userNotAvailable` */
export const userNotAvailable: PermissionDecision = { kind: "user-not-available" }

/**
 * Reject the request, optionally telling the model why.
 *
 * @example
 * ```ts
 * Handlers.reject("writes outside src/ are not allowed")
 * ```
 */
export const reject = (feedback?: string): PermissionDecision =>
  feedback === undefined ? { kind: "reject" } : { kind: "reject", feedback }

/**
 * Approve for the rest of the session, optionally scoped.
 *
 * @example
 * ```ts
 * Handlers.approveForSession({ kind: "commands", commandIdentifiers: ["npm"] })
 * ```
 */
export const approveForSession = (approval?: SessionApproval): PermissionDecision =>
  approval === undefined ? { kind: "approve-for-session" } : { kind: "approve-for-session", approval }

/**
 * Whether a handler result should be answered on the wire.
 *
 * @example
 * ```ts
 * Handlers.isNoResult(Handlers.noResult) // true
 * ```
 */
export const isNoResult = (result: PermissionHandlerResult): result is NoResult => result.kind === "no-result"

/**
 * Decides permission requests. Failures become a `user-not-available` answer.
 *
 * @example
 * ```ts
 * const onlyReads: Handlers.PermissionHandler<never> = (request) =>
 *   Effect.succeed(request.kind === "read" ? Handlers.approveOnce : Handlers.reject())
 * ```
 */
export type PermissionHandler<R> = Handler<PermissionRequest, PermissionHandlerResult, R>

/**
 * Approves every request once, except those managed policy marks as needing
 * an explicit user decision (left unanswered).
 *
 * @example
 * ```ts
 * const config = { onPermissionRequest: Handlers.approveAll }
 * ```
 */
export const approveAll: PermissionHandler<never> = (request) =>
  Effect.succeed(request.managedApprovalRequired === true ? noResult : approveOnce)

// ---------------------------------------------------------------------------
// User input (`userInput.request`)
// ---------------------------------------------------------------------------

/**
 * A question the agent asks the user (`userInput.request` params).
 *
 * @example
 * ```ts
 * const q: Handlers.UserInputRequest = { question: "Which branch?", choices: ["main", "dev"], allowFreeform: true }
 * ```
 */
export const UserInputRequest = Schema.Struct({
  question: Schema.String,
  choices: optional(Schema.Array(Schema.String)),
  allowFreeform: optional(Schema.Boolean)
})
/** @see {@link UserInputRequest} */
export type UserInputRequest = typeof UserInputRequest.Type

/**
 * The params of the inbound `userInput.request`.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Handlers.UserInputRequestParams)({ sessionId: "s1", question: "?" })
 * ```
 */
export const UserInputRequestParams = Schema.extend(Schema.Struct({ sessionId: Schema.String }), UserInputRequest)

/**
 * The user's answer (`userInput.request` result).
 *
 * @example
 * ```ts
 * const a: Handlers.UserInputResponse = { answer: "main", wasFreeform: false }
 * ```
 */
export const UserInputResponse = Schema.Struct({ answer: Schema.String, wasFreeform: Schema.Boolean })
/** @see {@link UserInputResponse} */
export type UserInputResponse = typeof UserInputResponse.Type

/**
 * Answers the agent's questions. A failure becomes a JSON-RPC error answer.
 *
 * @example
 * ```ts
 * const h: Handlers.UserInputHandler<never> = () => Effect.succeed({ answer: "yes", wasFreeform: true })
 * ```
 */
export type UserInputHandler<R> = Handler<UserInputRequest, UserInputResponse, R>

// ---------------------------------------------------------------------------
// Elicitation (`elicitation.requested` → `session.ui.handlePendingElicitation`)
// ---------------------------------------------------------------------------

/**
 * The form an elicitation asks to fill (a flat JSON Schema object).
 *
 * @example
 * ```ts
 * const s: Handlers.ElicitationSchema = { type: "object", properties: { name: { type: "string" } }, required: ["name"] }
 * ```
 */
export const ElicitationSchema = Schema.Struct({
  type: Schema.Literal("object"),
  properties: StringRecord,
  required: optional(Schema.Array(Schema.String))
})
/** @see {@link ElicitationSchema} */
export type ElicitationSchema = typeof ElicitationSchema.Type

/**
 * The data of an `elicitation.requested` event.
 *
 * @example
 * ```ts
 * const data = Schema.decodeUnknownSync(Handlers.ElicitationRequestedData)(event.data)
 * ```
 */
export const ElicitationRequestedData = Schema.Struct({
  requestId: Schema.String,
  message: Schema.String,
  toolCallId: optional(Schema.String),
  elicitationSource: optional(Schema.String),
  mode: optional(Schema.Literal("form", "url")),
  requestedSchema: optional(ElicitationSchema),
  url: optional(Schema.String)
})

/**
 * What an elicitation handler receives: the event data without `requestId`.
 *
 * @example
 * ```ts
 * const r: Handlers.ElicitationRequest = { message: "Your name?", mode: "form" }
 * ```
 */
export const ElicitationRequest = ElicitationRequestedData.pipe(Schema.omit("requestId"))
/** @see {@link ElicitationRequest} */
export type ElicitationRequest = typeof ElicitationRequest.Type

/**
 * A value of one form field.
 *
 * @example
 * ```ts
 * const v: Handlers.ElicitationFieldValue = ["a", "b"]
 * ```
 */
export const ElicitationFieldValue = Schema.Union(
  Schema.String,
  Schema.Number,
  Schema.Boolean,
  Schema.Array(Schema.String)
)

/**
 * The user's response (`result` of `session.ui.handlePendingElicitation`).
 *
 * @example
 * ```ts
 * const r: Handlers.ElicitationResponse = { action: "accept", content: { name: "Ada" } }
 * ```
 */
export const ElicitationResponse = Schema.Struct({
  action: Schema.Literal("accept", "decline", "cancel"),
  content: optional(Schema.Record({ key: Schema.String, value: ElicitationFieldValue }))
})
/** @see {@link ElicitationResponse} */
export type ElicitationResponse = typeof ElicitationResponse.Type

/**
 * Fills elicitation forms. A failure becomes a `cancel` answer.
 *
 * @example
 * ```ts
 * const h: Handlers.ElicitationHandler<never> = () => Effect.succeed({ action: "decline" })
 * ```
 */
export type ElicitationHandler<R> = Handler<ElicitationRequest, ElicitationResponse, R>

// ---------------------------------------------------------------------------
// Exit plan mode (`exitPlanMode.request`)
// ---------------------------------------------------------------------------

/**
 * The agent proposes to leave plan mode (`exitPlanMode.request` params).
 *
 * @example
 * ```ts
 * const r: Handlers.ExitPlanModeRequest = { summary: "Refactor", actions: ["implement", "revise"], recommendedAction: "implement" }
 * ```
 */
export const ExitPlanModeRequest = Schema.Struct({
  summary: Schema.String,
  planContent: optional(Schema.String),
  actions: Schema.Array(Schema.String),
  recommendedAction: Schema.String
})
/** @see {@link ExitPlanModeRequest} */
export type ExitPlanModeRequest = typeof ExitPlanModeRequest.Type

/**
 * The params of the inbound `exitPlanMode.request`.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Handlers.ExitPlanModeRequestParams)(params)
 * ```
 */
export const ExitPlanModeRequestParams = Schema.extend(Schema.Struct({ sessionId: Schema.String }), ExitPlanModeRequest)

/**
 * The answer (`exitPlanMode.request` result).
 *
 * @example
 * ```ts
 * const r: Handlers.ExitPlanModeResult = { approved: true, selectedAction: "implement" }
 * ```
 */
export const ExitPlanModeResult = Schema.Struct({
  approved: Schema.Boolean,
  selectedAction: optional(Schema.String),
  feedback: optional(Schema.String)
})
/** @see {@link ExitPlanModeResult} */
export type ExitPlanModeResult = typeof ExitPlanModeResult.Type

/**
 * Answers plan-mode exits. A failure becomes a JSON-RPC error answer.
 *
 * @example
 * ```ts
 * const h: Handlers.ExitPlanModeRequestHandler<never> = (r) => Effect.succeed({ approved: true, selectedAction: r.recommendedAction })
 * ```
 */
export type ExitPlanModeRequestHandler<R> = Handler<ExitPlanModeRequest, ExitPlanModeResult, R>

// ---------------------------------------------------------------------------
// Auto mode switch (`autoModeSwitch.request`)
// ---------------------------------------------------------------------------

/**
 * The agent hit a rate limit and offers to switch to auto mode.
 *
 * @example
 * ```ts
 * const r: Handlers.AutoModeSwitchRequest = { errorCode: "rate_limited", retryAfterSeconds: 60 }
 * ```
 */
export const AutoModeSwitchRequest = Schema.Struct({
  errorCode: optional(Schema.String),
  retryAfterSeconds: optional(Schema.Number)
})
/** @see {@link AutoModeSwitchRequest} */
export type AutoModeSwitchRequest = typeof AutoModeSwitchRequest.Type

/**
 * The params of the inbound `autoModeSwitch.request`.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Handlers.AutoModeSwitchRequestParams)({ sessionId: "s1" })
 * ```
 */
export const AutoModeSwitchRequestParams = Schema.extend(
  Schema.Struct({ sessionId: Schema.String }),
  AutoModeSwitchRequest
)

/**
 * The user's choice.
 *
 * @example
 * ```ts
 * const r: Handlers.AutoModeSwitchResponse = "yes_always"
 * ```
 */
export const AutoModeSwitchResponse = Schema.Literal("yes", "yes_always", "no")
/** @see {@link AutoModeSwitchResponse} */
export type AutoModeSwitchResponse = typeof AutoModeSwitchResponse.Type

/**
 * The wire result of `autoModeSwitch.request`: `{ response }`.
 *
 * @example
 * ```ts
 * const r: typeof Handlers.AutoModeSwitchResult.Type = { response: "no" }
 * ```
 */
export const AutoModeSwitchResult = Schema.Struct({ response: AutoModeSwitchResponse })

/**
 * Answers auto-mode switch offers. A failure becomes a JSON-RPC error answer.
 *
 * @example
 * ```ts
 * const h: Handlers.AutoModeSwitchRequestHandler<never> = () => Effect.succeed("no")
 * ```
 */
export type AutoModeSwitchRequestHandler<R> = Handler<AutoModeSwitchRequest, AutoModeSwitchResponse, R>

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
 * Schema.decodeUnknownSync(Handlers.PreToolUseHookInput)({ sessionId: "s", timestamp: 1700000000000, cwd: "/w", toolName: "bash", toolArgs: {} })
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
 * const out: Handlers.PreToolUseHookOutput = { permissionDecision: "deny", permissionDecisionReason: "no rm" }
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
 * const out: Handlers.PostToolUseHookOutput = { additionalContext: "the file was large" }
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
 * const out: Handlers.UserPromptSubmittedHookOutput = { modifiedPrompt: "Please: " + input.prompt }
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
  source: Schema.Literal("startup", "resume", "new"),
  initialPrompt: optional(Schema.String)
})
/** @see {@link SessionStartHookInput} */
export type SessionStartHookInput = typeof SessionStartHookInput.Type

/**
 * What a session-start hook may add.
 *
 * @example
 * ```ts
 * const out: Handlers.SessionStartHookOutput = { additionalContext: "The repo uses pnpm." }
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
  reason: Schema.Literal("complete", "error", "abort", "timeout", "user_exit"),
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
 * const out: Handlers.SessionEndHookOutput = { sessionSummary: "fixed 2 bugs" }
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
  errorContext: Schema.Literal("model_call", "tool_execution", "system", "user_input"),
  recoverable: Schema.Boolean
})
/** @see {@link ErrorOccurredHookInput} */
export type ErrorOccurredHookInput = typeof ErrorOccurredHookInput.Type

/**
 * How an error hook wants the error handled.
 *
 * @example
 * ```ts
 * const out: Handlers.ErrorOccurredHookOutput = { errorHandling: "retry", retryCount: 2 }
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
 * const log: Handlers.Hook<Handlers.PreToolUseHookInput, Handlers.PreToolUseHookOutput, never> =
 *   (input) => Effect.log(`about to run ${input.toolName}`)
 * ```
 */
export type Hook<In, Out, R> = (input: In, ctx: HandlerContext) => Effect.Effect<Out | void, unknown, R>

/**
 * The hooks a session can register.
 *
 * @example
 * ```ts
 * const hooks: Handlers.SessionHooks<never> = {
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
 * Handlers.hasHooks({}) // false
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
 * Handlers.hookTypes.preToolUse.key // "onPreToolUse"
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
 * Schema.decodeUnknownSync(Handlers.HookInvokeParams)({ sessionId: "s", hookType: "preToolUse", input: {} })
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
 * const r: Handlers.HookInvokeResult = { output: { permissionDecision: "allow" } }
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
  return Schema.decodeUnknown(inputSchema)(rawInput).pipe(
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
 * Handlers.invokeHook(hooks, { sessionId: "s", hookType: "preToolUse", input: rawInput }, { sessionId: "s" })
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

// ---------------------------------------------------------------------------
// System message sections and their transforms (`systemMessage.transform`)
// ---------------------------------------------------------------------------

/**
 * The sections of the runtime's system prompt that can be customized.
 *
 * @example
 * ```ts
 * const s: Handlers.SystemMessageSection = "tone"
 * ```
 */
export const SystemMessageSection = Schema.Literal(
  "preamble",
  "identity",
  "tone",
  "tool_efficiency",
  "environment_context",
  "code_change_rules",
  "guidelines",
  "safety",
  "tool_instructions",
  "custom_instructions",
  "runtime_instructions",
  "last_instructions"
)
/** @see {@link SystemMessageSection} */
export type SystemMessageSection = typeof SystemMessageSection.Type

/**
 * Rewrites one section of the system prompt: current content in, new content
 * out. A failure becomes a JSON-RPC error answer to `systemMessage.transform`.
 *
 * @example
 * ```ts
 * const shout: Handlers.SectionTransform<never> = (content) => Effect.succeed(content.toUpperCase())
 * ```
 */
export type SectionTransform<R> = (
  content: string,
  ctx: HandlerContext & { readonly section: string }
) => Effect.Effect<string, unknown, R>

/**
 * Section transforms by section name.
 *
 * @example
 * ```ts
 * const transforms: Handlers.SectionTransforms<never> = { tone: (c) => Effect.succeed(c + "\nBe brief.") }
 * ```
 */
export type SectionTransforms<R> = { readonly [S in SystemMessageSection]?: SectionTransform<R> | undefined }

const SectionContents = Schema.Record({ key: Schema.String, value: Schema.Struct({ content: Schema.String }) })

/**
 * The params of the inbound `systemMessage.transform`: the current content of
 * each section the session registered a transform for.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Handlers.SystemMessageTransformParams)({ sessionId: "s", sections: { tone: { content: "..." } } })
 * ```
 */
export const SystemMessageTransformParams = Schema.Struct({ sessionId: Schema.String, sections: SectionContents })
/** @see {@link SystemMessageTransformParams} */
export type SystemMessageTransformParams = typeof SystemMessageTransformParams.Type

/**
 * The result of `systemMessage.transform`: the new content of each section.
 *
 * @example
 * ```ts
 * const r: Handlers.SystemMessageTransformResult = { sections: { tone: { content: "Be brief." } } }
 * ```
 */
export const SystemMessageTransformResult = Schema.Struct({ sections: SectionContents })
/** @see {@link SystemMessageTransformResult} */
export type SystemMessageTransformResult = typeof SystemMessageTransformResult.Type

/**
 * Applies the registered transforms to the sections the runtime sent;
 * sections without a transform come back unchanged.
 *
 * @example
 * ```ts
 * Handlers.transformSections({ tone: (c) => Effect.succeed(c + "!") }, params)
 * ```
 */
export const transformSections = <R>(
  transforms: SectionTransforms<R> | undefined,
  params: SystemMessageTransformParams
): Effect.Effect<SystemMessageTransformResult, unknown, R> =>
  Effect.forEach(Object.entries(params.sections), ([section, { content }]) => {
    const transform = transforms === undefined ? undefined : lookupTransform(transforms, section)
    return transform === undefined
      ? Effect.succeed([section, { content }] as const)
      : Effect.map(
        transform(content, { sessionId: params.sessionId, section }),
        (next) => [section, { content: next }] as const
      )
  }).pipe(Effect.map((entries) => ({ sections: Object.fromEntries(entries) })))

const lookupTransform = <R>(transforms: SectionTransforms<R>, section: string): SectionTransform<R> | undefined =>
  Schema.is(SystemMessageSection)(section) ? transforms[section] : undefined

// ---------------------------------------------------------------------------
// Session file system (`sessionFs.*`)
// ---------------------------------------------------------------------------

/**
 * A file-system failure, as the runtime understands it (`ENOENT` or `UNKNOWN`).
 *
 * @example
 * ```ts
 * Effect.fail(new Handlers.SessionFsError({ code: "ENOENT", message: "no such file: a.txt" }))
 * ```
 */
export class SessionFsError extends Schema.TaggedError<SessionFsError>()("SessionFsError", {
  code: Schema.Literal("ENOENT", "UNKNOWN"),
  message: optional(Schema.String)
}) {}

/**
 * The error object as it travels in `sessionFs.*` results.
 *
 * @example
 * ```ts
 * const e: Handlers.WireSessionFsError = { code: "ENOENT" }
 * ```
 */
export const WireSessionFsError = Schema.Struct({
  code: Schema.Literal("ENOENT", "UNKNOWN"),
  message: optional(Schema.String)
})
/** @see {@link WireSessionFsError} */
export type WireSessionFsError = typeof WireSessionFsError.Type

const fsPath = { sessionId: Schema.String, path: Schema.String }

/** `sessionFs.readFile` params. @example `{ sessionId: "s", path: "events.jsonl" }` */
export const SessionFsReadFileRequest = Schema.Struct(fsPath)
/** `sessionFs.readFile` result. @example `{ content: "..." }` */
export const SessionFsReadFileResult = Schema.Struct({ content: Schema.String, error: optional(WireSessionFsError) })
/** `sessionFs.writeFile` params. @example `{ sessionId: "s", path: "a.txt", content: "hi" }` */
export const SessionFsWriteFileRequest = Schema.Struct({
  ...fsPath,
  content: Schema.String,
  mode: optional(Schema.Int.pipe(Schema.nonNegative()))
})
/** `sessionFs.appendFile` params. @example `{ sessionId: "s", path: "log", content: "line\n" }` */
export const SessionFsAppendFileRequest = SessionFsWriteFileRequest
/** `sessionFs.exists` params. @example `{ sessionId: "s", path: "a.txt" }` */
export const SessionFsExistsRequest = Schema.Struct(fsPath)
/** `sessionFs.exists` result. @example `{ exists: true }` */
export const SessionFsExistsResult = Schema.Struct({ exists: Schema.Boolean })
/** `sessionFs.stat` params. @example `{ sessionId: "s", path: "a.txt" }` */
export const SessionFsStatRequest = Schema.Struct(fsPath)

/**
 * File metadata (times as `Date`, ISO 8601 strings on the wire).
 *
 * @example
 * ```ts
 * const s: Handlers.SessionFsStat = { isFile: true, isDirectory: false, size: 3, mtime: new Date(), birthtime: new Date() }
 * ```
 */
export const SessionFsStat = Schema.Struct({
  isFile: Schema.Boolean,
  isDirectory: Schema.Boolean,
  size: Schema.Int.pipe(Schema.nonNegative()),
  mtime: Schema.Date,
  birthtime: Schema.Date
})
/** @see {@link SessionFsStat} */
export type SessionFsStat = typeof SessionFsStat.Type
/** `sessionFs.stat` result. @example `{ isFile: true, isDirectory: false, size: 3, mtime: "...", birthtime: "..." }` */
export const SessionFsStatResult = Schema.Struct({ ...SessionFsStat.fields, error: optional(WireSessionFsError) })
/** `sessionFs.mkdir` params. @example `{ sessionId: "s", path: "dir", recursive: true }` */
export const SessionFsMkdirRequest = Schema.Struct({
  ...fsPath,
  recursive: optional(Schema.Boolean),
  mode: optional(Schema.Int.pipe(Schema.nonNegative()))
})
/** `sessionFs.readdir` params. @example `{ sessionId: "s", path: "." }` */
export const SessionFsReaddirRequest = Schema.Struct(fsPath)
/** `sessionFs.readdir` result. @example `{ entries: ["a.txt"] }` */
export const SessionFsReaddirResult = Schema.Struct({
  entries: Schema.Array(Schema.String),
  error: optional(WireSessionFsError)
})
/** `sessionFs.readdirWithTypes` params. @example `{ sessionId: "s", path: "." }` */
export const SessionFsReaddirWithTypesRequest = Schema.Struct(fsPath)

/**
 * A directory entry with its type.
 *
 * @example
 * ```ts
 * const e: Handlers.SessionFsDirEntry = { name: "src", type: "directory" }
 * ```
 */
export const SessionFsDirEntry = Schema.Struct({ name: Schema.String, type: Schema.Literal("file", "directory") })
/** @see {@link SessionFsDirEntry} */
export type SessionFsDirEntry = typeof SessionFsDirEntry.Type
/** `sessionFs.readdirWithTypes` result. @example `{ entries: [{ name: "src", type: "directory" }] }` */
export const SessionFsReaddirWithTypesResult = Schema.Struct({
  entries: Schema.Array(SessionFsDirEntry),
  error: optional(WireSessionFsError)
})
/** `sessionFs.rm` params. @example `{ sessionId: "s", path: "tmp", recursive: true, force: true }` */
export const SessionFsRmRequest = Schema.Struct({
  ...fsPath,
  recursive: optional(Schema.Boolean),
  force: optional(Schema.Boolean)
})
/** `sessionFs.rename` params. @example `{ sessionId: "s", src: "a", dest: "b" }` */
export const SessionFsRenameRequest = Schema.Struct({ sessionId: Schema.String, src: Schema.String, dest: Schema.String })
/**
 * The result of the `sessionFs.*` methods that return nothing on success
 * (writeFile, appendFile, mkdir, rm, rename): `null`, or the error object.
 *
 * @example
 * ```ts
 * const ok: typeof Handlers.SessionFsVoidResult.Type = null
 * ```
 */
export const SessionFsVoidResult = Schema.NullOr(WireSessionFsError)

/**
 * A session file system served by the SDK: the runtime stores the session's
 * state through these ten operations instead of its local disk. Each
 * operation receives the decoded request and fails with {@link SessionFsError}
 * (which the session encodes into the result's `error`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * const files = new Map<string, string>()
 * const notFound = (path: string) => new Handlers.SessionFsError({ code: "ENOENT", message: path })
 * const memoryFs: Partial<Handlers.SessionFsProvider<never>> = {
 *   readFile: ({ path }) => {
 *     const content = files.get(path)
 *     return content === undefined ? Effect.fail(notFound(path)) : Effect.succeed(content)
 *   },
 *   writeFile: ({ path, content }) => Effect.sync(() => void files.set(path, content)),
 *   exists: ({ path }) => Effect.succeed(files.has(path))
 * }
 * ```
 */
export interface SessionFsProvider<R> {
  readonly readFile: (request: typeof SessionFsReadFileRequest.Type) => Effect.Effect<string, SessionFsError, R>
  readonly writeFile: (request: typeof SessionFsWriteFileRequest.Type) => Effect.Effect<void, SessionFsError, R>
  readonly appendFile: (request: typeof SessionFsAppendFileRequest.Type) => Effect.Effect<void, SessionFsError, R>
  readonly exists: (request: typeof SessionFsExistsRequest.Type) => Effect.Effect<boolean, SessionFsError, R>
  readonly stat: (request: typeof SessionFsStatRequest.Type) => Effect.Effect<SessionFsStat, SessionFsError, R>
  readonly mkdir: (request: typeof SessionFsMkdirRequest.Type) => Effect.Effect<void, SessionFsError, R>
  readonly readdir: (
    request: typeof SessionFsReaddirRequest.Type
  ) => Effect.Effect<ReadonlyArray<string>, SessionFsError, R>
  readonly readdirWithTypes: (
    request: typeof SessionFsReaddirWithTypesRequest.Type
  ) => Effect.Effect<ReadonlyArray<SessionFsDirEntry>, SessionFsError, R>
  readonly rm: (request: typeof SessionFsRmRequest.Type) => Effect.Effect<void, SessionFsError, R>
  readonly rename: (request: typeof SessionFsRenameRequest.Type) => Effect.Effect<void, SessionFsError, R>
}
