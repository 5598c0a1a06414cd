/**
 * What the runtime asks the SDK during a session, and what the user's handlers
 * answer: permission decisions, user input, elicitation forms, plan-mode exits,
 * auto-mode switches and system-message section transforms. (Hooks are in
 * `Hooks`, the session file system in `SessionFs`.) Every wire shape is a
 * Schema; every handler is an Effect.
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
import { Effect, Schema } from "effect"

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
export const PermissionRequestShell: Schema.Schema<PermissionRequestShell> = Schema.Struct({
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
/** @see {@link PermissionRequestShell} */
export interface PermissionRequestShell {
  readonly kind: "shell"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly fullCommandText: string
  readonly intention: string
  readonly commands: ReadonlyArray<{ readonly identifier: string; readonly readOnly: boolean }>
  readonly possiblePaths: ReadonlyArray<string>
  readonly possibleUrls: ReadonlyArray<{ readonly url: string }>
  readonly hasWriteFileRedirection: boolean
  readonly canOfferSessionApproval: boolean
  readonly warning?: string | undefined
}

/**
 * A file write the agent wants to make.
 *
 * @example
 * ```ts
 * if (request.kind === "write") console.log(request.fileName, request.diff)
 * ```
 */
export const PermissionRequestWrite: Schema.Schema<PermissionRequestWrite> = Schema.Struct({
  kind: Schema.Literal("write"),
  ...permissionBase,
  intention: Schema.String,
  fileName: Schema.String,
  diff: Schema.String,
  newFileContents: optional(Schema.String),
  canOfferSessionApproval: Schema.Boolean
})
/** @see {@link PermissionRequestWrite} */
export interface PermissionRequestWrite {
  readonly kind: "write"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly intention: string
  readonly fileName: string
  readonly diff: string
  readonly newFileContents?: string | undefined
  readonly canOfferSessionApproval: boolean
}

/**
 * A path the agent wants to read.
 *
 * @example
 * ```ts
 * if (request.kind === "read") console.log(request.path)
 * ```
 */
export const PermissionRequestRead: Schema.Schema<PermissionRequestRead> = Schema.Struct({
  kind: Schema.Literal("read"),
  ...permissionBase,
  intention: Schema.String,
  path: Schema.String
})
/** @see {@link PermissionRequestRead} */
export interface PermissionRequestRead {
  readonly kind: "read"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly intention: string
  readonly path: string
}

/**
 * An MCP tool call.
 *
 * @example
 * ```ts
 * if (request.kind === "mcp") console.log(request.serverName, request.toolName)
 * ```
 */
export const PermissionRequestMcp: Schema.Schema<PermissionRequestMcp> = Schema.Struct({
  kind: Schema.Literal("mcp"),
  ...permissionBase,
  serverName: Schema.String,
  toolName: Schema.String,
  toolTitle: Schema.String,
  args: optional(Schema.Unknown),
  readOnly: Schema.Boolean
})
/** @see {@link PermissionRequestMcp} */
export interface PermissionRequestMcp {
  readonly kind: "mcp"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly serverName: string
  readonly toolName: string
  readonly toolTitle: string
  readonly args?: unknown
  readonly readOnly: boolean
}

/**
 * A URL the agent wants to fetch.
 *
 * @example
 * ```ts
 * if (request.kind === "url") console.log(request.url)
 * ```
 */
export const PermissionRequestUrl: Schema.Schema<PermissionRequestUrl> = Schema.Struct({
  kind: Schema.Literal("url"),
  ...permissionBase,
  intention: Schema.String,
  url: Schema.String
})
/** @see {@link PermissionRequestUrl} */
export interface PermissionRequestUrl {
  readonly kind: "url"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly intention: string
  readonly url: string
}

/**
 * A memory the agent wants to store or vote on.
 *
 * @example
 * ```ts
 * if (request.kind === "memory") console.log(request.fact)
 * ```
 */
export const PermissionRequestMemory: Schema.Schema<PermissionRequestMemory> = Schema.Struct({
  kind: Schema.Literal("memory"),
  ...permissionBase,
  fact: Schema.String,
  subject: optional(Schema.String),
  reason: optional(Schema.String)
})
/** @see {@link PermissionRequestMemory} */
export interface PermissionRequestMemory {
  readonly kind: "memory"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly fact: string
  readonly subject?: string | undefined
  readonly reason?: string | undefined
}

/**
 * A call of one of the session's own tools (see `Tool.make`).
 *
 * @example
 * ```ts
 * if (request.kind === "custom-tool") console.log(request.toolName, request.args)
 * ```
 */
export const PermissionRequestCustomTool: Schema.Schema<PermissionRequestCustomTool> = Schema.Struct({
  kind: Schema.Literal("custom-tool"),
  ...permissionBase,
  toolName: Schema.String,
  toolDescription: Schema.String,
  args: optional(Schema.Unknown)
})
/** @see {@link PermissionRequestCustomTool} */
export interface PermissionRequestCustomTool {
  readonly kind: "custom-tool"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly toolName: string
  readonly toolDescription: string
  readonly args?: unknown
}

/**
 * A hook asking for confirmation of a tool call.
 *
 * @example
 * ```ts
 * if (request.kind === "hook") console.log(request.hookMessage)
 * ```
 */
export const PermissionRequestHook: Schema.Schema<PermissionRequestHook> = Schema.Struct({
  kind: Schema.Literal("hook"),
  ...permissionBase,
  toolName: Schema.String,
  toolArgs: optional(Schema.Unknown),
  hookMessage: optional(Schema.String)
})
/** @see {@link PermissionRequestHook} */
export interface PermissionRequestHook {
  readonly kind: "hook"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly toolName: string
  readonly toolArgs?: unknown
  readonly hookMessage?: string | undefined
}

/**
 * A kind of request this SDK does not model (newer runtimes add kinds), or a
 * known kind whose fields did not match: `rawKind` and all of `data` are kept.
 *
 * @example
 * ```ts
 * if (request.kind === "unknown") console.log(request.rawKind, request.data)
 * ```
 */
export const PermissionRequestUnknown: Schema.Schema<PermissionRequestUnknown, { readonly kind: string; readonly [key: string]: unknown }> = Schema.transform(
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
/** @see {@link PermissionRequestUnknown} */
export interface PermissionRequestUnknown {
  readonly kind: "unknown"
  /** The kind the runtime sent. */
  readonly rawKind: string
  /** The request as sent. */
  readonly data: { readonly [key: string]: unknown }
  readonly managedApprovalRequired?: boolean | undefined
}

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
export const PermissionRequest: Schema.Schema<PermissionRequest, PermissionRequestEncoded> = Schema.Union(
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
export type PermissionRequest =
  | PermissionRequestShell
  | PermissionRequestWrite
  | PermissionRequestRead
  | PermissionRequestMcp
  | PermissionRequestUrl
  | PermissionRequestMemory
  | PermissionRequestCustomTool
  | PermissionRequestHook
  | PermissionRequestUnknown

/** A {@link PermissionRequest} as the runtime sends it: a kind this SDK does not model is any object with a `kind`. */
export type PermissionRequestEncoded =
  | Exclude<PermissionRequest, PermissionRequestUnknown>
  | { readonly kind: string; readonly [key: string]: unknown }

/**
 * The data of a `permission.requested` event. Skip it when `resolvedByHook`.
 *
 * @example
 * ```ts
 * const data = Schema.decodeUnknownSync(Handlers.PermissionRequestedData)(event.data)
 * ```
 */
export const PermissionRequestedData: Schema.Schema<PermissionRequestedData, PermissionRequestedDataEncoded> = Schema.Struct({
  requestId: Schema.String,
  permissionRequest: PermissionRequest,
  resolvedByHook: optional(Schema.Boolean)
})
/** @see {@link PermissionRequestedData} */
export interface PermissionRequestedData {
  readonly requestId: string
  readonly permissionRequest: PermissionRequest
  readonly resolvedByHook?: boolean | undefined
}

/** {@link PermissionRequestedData} as the runtime sends it. */
export interface PermissionRequestedDataEncoded {
  readonly requestId: string
  readonly permissionRequest: PermissionRequestEncoded
  readonly resolvedByHook?: boolean | undefined
}

/**
 * What an approval for the rest of the session covers.
 *
 * @example
 * ```ts
 * const scope: Handlers.SessionApproval = { kind: "commands", commandIdentifiers: ["git"] }
 * ```
 */
export const SessionApproval: Schema.Schema<SessionApproval> = Schema.Union(
  Schema.Struct({ kind: Schema.Literal("commands"), commandIdentifiers: Schema.Array(Schema.String) }),
  Schema.Struct({ kind: Schema.Literal("read") }),
  Schema.Struct({ kind: Schema.Literal("write") }),
  Schema.Struct({ kind: Schema.Literal("mcp"), serverName: Schema.String, toolName: Schema.NullOr(Schema.String) }),
  Schema.Struct({ kind: Schema.Literal("memory") }),
  Schema.Struct({ kind: Schema.Literal("custom-tool"), toolName: Schema.String })
)
/** @see {@link SessionApproval} */
export type SessionApproval =
  | { readonly kind: "commands"; readonly commandIdentifiers: ReadonlyArray<string> }
  | { readonly kind: "read" }
  | { readonly kind: "write" }
  | { readonly kind: "mcp"; readonly serverName: string; readonly toolName: string | null }
  | { readonly kind: "memory" }
  | { readonly kind: "custom-tool"; readonly toolName: string }

/**
 * A decision on a permission request, as sent in
 * `session.permissions.handlePendingPermissionRequest` (`result`).
 *
 * @example
 * ```ts
 * const d: Handlers.PermissionDecision = { kind: "reject", feedback: "not in this repo" }
 * ```
 */
export const PermissionDecision: Schema.Schema<PermissionDecision> = Schema.Union(
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
export type PermissionDecision =
  | { readonly kind: "approve-once" }
  | {
    readonly kind: "approve-for-session"
    readonly approval?: SessionApproval | undefined
    readonly domain?: string | undefined
  }
  | { readonly kind: "approve-permanently"; readonly domain: string }
  | { readonly kind: "reject"; readonly feedback?: string | undefined }
  | { readonly kind: "user-not-available" }

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
export const UserInputRequest: Schema.Schema<UserInputRequest> = Schema.Struct({
  question: Schema.String,
  choices: optional(Schema.Array(Schema.String)),
  allowFreeform: optional(Schema.Boolean)
})
/** @see {@link UserInputRequest} */
export interface UserInputRequest {
  readonly question: string
  readonly choices?: ReadonlyArray<string> | undefined
  readonly allowFreeform?: boolean | undefined
}

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
export const UserInputResponse: Schema.Schema<UserInputResponse> = Schema.Struct({ answer: Schema.String, wasFreeform: Schema.Boolean })
/** @see {@link UserInputResponse} */
export interface UserInputResponse {
  readonly answer: string
  readonly wasFreeform: boolean
}

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
export const ElicitationSchema: Schema.Schema<ElicitationSchema> = Schema.Struct({
  type: Schema.Literal("object"),
  properties: StringRecord,
  required: optional(Schema.Array(Schema.String))
})
/** @see {@link ElicitationSchema} */
export interface ElicitationSchema {
  readonly type: "object"
  readonly properties: { readonly [key: string]: unknown }
  readonly required?: ReadonlyArray<string> | undefined
}

/**
 * The data of an `elicitation.requested` event.
 *
 * @example
 * ```ts
 * const data = Schema.decodeUnknownSync(Handlers.ElicitationRequestedData)(event.data)
 * ```
 */
export const ElicitationRequestedData: Schema.Schema<ElicitationRequestedData> = Schema.Struct({
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
export const ElicitationRequest: Schema.Schema<ElicitationRequest> = ElicitationRequestedData.pipe(Schema.omit("requestId"))
/** @see {@link ElicitationRequest} */
export interface ElicitationRequest {
  readonly message: string
  readonly toolCallId?: string | undefined
  readonly elicitationSource?: string | undefined
  readonly mode?: "form" | "url" | undefined
  readonly requestedSchema?: ElicitationSchema | undefined
  readonly url?: string | undefined
}

/** @see {@link ElicitationRequestedData} */
export interface ElicitationRequestedData extends ElicitationRequest {
  readonly requestId: string
}

/**
 * A value of one form field.
 *
 * @example
 * ```ts
 * const v: Handlers.ElicitationFieldValue = ["a", "b"]
 * ```
 */
export const ElicitationFieldValue: Schema.Schema<ElicitationFieldValue> = Schema.Union(
  Schema.String,
  Schema.Number,
  Schema.Boolean,
  Schema.Array(Schema.String)
)/** @see {@link ElicitationFieldValue} */
export type ElicitationFieldValue = string | number | boolean | ReadonlyArray<string>


/**
 * The user's response (`result` of `session.ui.handlePendingElicitation`).
 *
 * @example
 * ```ts
 * const r: Handlers.ElicitationResponse = { action: "accept", content: { name: "Ada" } }
 * ```
 */
export const ElicitationResponse: Schema.Schema<ElicitationResponse> = Schema.Struct({
  action: Schema.Literal("accept", "decline", "cancel"),
  content: optional(Schema.Record({ key: Schema.String, value: ElicitationFieldValue }))
})
/** @see {@link ElicitationResponse} */
export interface ElicitationResponse {
  readonly action: "accept" | "decline" | "cancel"
  readonly content?: { readonly [field: string]: ElicitationFieldValue } | undefined
}

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
export const ExitPlanModeRequest: Schema.Schema<ExitPlanModeRequest> = Schema.Struct({
  summary: Schema.String,
  planContent: optional(Schema.String),
  actions: Schema.Array(Schema.String),
  recommendedAction: Schema.String
})
/** @see {@link ExitPlanModeRequest} */
export interface ExitPlanModeRequest {
  readonly summary: string
  readonly planContent?: string | undefined
  readonly actions: ReadonlyArray<string>
  readonly recommendedAction: string
}

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
export const ExitPlanModeResult: Schema.Schema<ExitPlanModeResult> = Schema.Struct({
  approved: Schema.Boolean,
  selectedAction: optional(Schema.String),
  feedback: optional(Schema.String)
})
/** @see {@link ExitPlanModeResult} */
export interface ExitPlanModeResult {
  readonly approved: boolean
  readonly selectedAction?: string | undefined
  readonly feedback?: string | undefined
}

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
export const AutoModeSwitchRequest: Schema.Schema<AutoModeSwitchRequest> = Schema.Struct({
  errorCode: optional(Schema.String),
  retryAfterSeconds: optional(Schema.Number)
})
/** @see {@link AutoModeSwitchRequest} */
export interface AutoModeSwitchRequest {
  readonly errorCode?: string | undefined
  readonly retryAfterSeconds?: number | undefined
}

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
export const AutoModeSwitchResponse: Schema.Schema<AutoModeSwitchResponse> = Schema.Literal("yes", "yes_always", "no")
/** @see {@link AutoModeSwitchResponse} */
export type AutoModeSwitchResponse = "yes" | "yes_always" | "no"

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
export const SystemMessageSection: Schema.Schema<SystemMessageSection> = Schema.Literal(
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
export type SystemMessageSection =
  | "preamble"
  | "identity"
  | "tone"
  | "tool_efficiency"
  | "environment_context"
  | "code_change_rules"
  | "guidelines"
  | "safety"
  | "tool_instructions"
  | "custom_instructions"
  | "runtime_instructions"
  | "last_instructions"

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
