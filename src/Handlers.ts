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
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"

/**
 * What every handler receives beside its input.
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const ctx: Handlers.HandlerContext = { sessionId: "s1" }
 * ```
 *
 * @since 0.1.0
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
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * const h: Handlers.Handler<string, number, never> = (s) => Effect.succeed(s.length)
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * Schema.decodeSync(Handlers.DateFromUnixMillis)(1700000000000) // Date 2023-11-14T22:13:20.000Z
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * declare const request: Handlers.PermissionRequest
 *
 * if (request.kind === "shell") console.log(request.fullCommandText)
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * declare const request: Handlers.PermissionRequest
 *
 * if (request.kind === "write") console.log(request.fileName, request.diff)
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * declare const request: Handlers.PermissionRequest
 *
 * if (request.kind === "read") console.log(request.path)
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * declare const request: Handlers.PermissionRequest
 *
 * if (request.kind === "mcp") console.log(request.serverName, request.toolName)
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * declare const request: Handlers.PermissionRequest
 *
 * if (request.kind === "url") console.log(request.url)
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * declare const request: Handlers.PermissionRequest
 *
 * if (request.kind === "memory") console.log(request.fact)
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * declare const request: Handlers.PermissionRequest
 *
 * if (request.kind === "custom-tool") console.log(request.toolName, request.args)
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * declare const request: Handlers.PermissionRequest
 *
 * if (request.kind === "hook") console.log(request.hookMessage)
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * declare const request: Handlers.PermissionRequest
 *
 * if (request.kind === "unknown") console.log(request.rawKind, request.data)
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * const describe = (r: Handlers.PermissionRequest) => r.kind === "shell" ? r.fullCommandText : r.kind
 * ```
 *
 * @since 0.1.0
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
/**
 * @see {@link PermissionRequest}
 *
 * @since 0.1.0
 */
export type PermissionRequest = typeof PermissionRequest.Type

/**
 * The data of a `permission.requested` event. Skip it when `resolvedByHook`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Handlers, SessionEvent } from "effect-copilot"
 *
 * declare const event: SessionEvent.SessionEvent
 *
 * const data = event.type === "unknown" ? undefined : Schema.decodeUnknownSync(Handlers.PermissionRequestedData)(event.data)
 * ```
 *
 * @since 0.1.0
 */
export const PermissionRequestedData = Schema.Struct({
  requestId: Schema.String,
  permissionRequest: PermissionRequest,
  resolvedByHook: optional(Schema.Boolean)
})
/**
 * @see {@link PermissionRequestedData}
 *
 * @since 0.1.0
 */
export type PermissionRequestedData = typeof PermissionRequestedData.Type

/**
 * What an approval for the rest of the session covers.
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const scope: Handlers.SessionApproval = { kind: "commands", commandIdentifiers: ["git"] }
 * ```
 *
 * @since 0.1.0
 */
export const SessionApproval = Schema.Union(
  Schema.Struct({ kind: Schema.Literal("commands"), commandIdentifiers: Schema.Array(Schema.String) }),
  Schema.Struct({ kind: Schema.Literal("read") }),
  Schema.Struct({ kind: Schema.Literal("write") }),
  Schema.Struct({ kind: Schema.Literal("mcp"), serverName: Schema.String, toolName: Schema.NullOr(Schema.String) }),
  Schema.Struct({ kind: Schema.Literal("memory") }),
  Schema.Struct({ kind: Schema.Literal("custom-tool"), toolName: Schema.String })
)
/**
 * @see {@link SessionApproval}
 *
 * @since 0.1.0
 */
export type SessionApproval = typeof SessionApproval.Type

/**
 * A decision on a permission request, as sent in
 * `session.permissions.handlePendingPermissionRequest` (`result`).
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const d: Handlers.PermissionDecision = { kind: "reject", feedback: "not in this repo" }
 * ```
 *
 * @since 0.1.0
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
/**
 * @see {@link PermissionDecision}
 *
 * @since 0.1.0
 */
export type PermissionDecision = typeof PermissionDecision.Type

/**
 * Leave the request unanswered by this handler (e.g. another client or the
 * user answers it). Not sent on the wire.
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const later: Handlers.PermissionHandlerResult = Handlers.noResult
 * ```
 *
 * @since 0.1.0
 */
export interface NoResult {
  readonly kind: "no-result"
}

/**
 * What a permission handler returns.
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const r: Handlers.PermissionHandlerResult = Handlers.approveOnce
 * ```
 *
 * @since 0.1.0
 */
export type PermissionHandlerResult = PermissionDecision | NoResult

/**
 * Approve this one request. @example `Handlers.approveOnce`
 *
 * @since 0.1.0
 */
export const approveOnce: PermissionDecision = { kind: "approve-once" }
/**
 * Leave the request for someone else. @example `Handlers.noResult`
 *
 * @since 0.1.0
 */
export const noResult: NoResult = { kind: "no-result" }
/**
 * No user could be asked. @example `Handlers.userNotAvailable`
 *
 * @since 0.1.0
 */
export const userNotAvailable: PermissionDecision = { kind: "user-not-available" }

/**
 * Reject the request, optionally telling the model why.
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * Handlers.reject("writes outside src/ are not allowed")
 * ```
 *
 * @since 0.1.0
 */
export const reject = (feedback?: string): PermissionDecision =>
  feedback === undefined ? { kind: "reject" } : { kind: "reject", feedback }

/**
 * Approve for the rest of the session, optionally scoped.
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * Handlers.approveForSession({ kind: "commands", commandIdentifiers: ["npm"] })
 * ```
 *
 * @since 0.1.0
 */
export const approveForSession = (approval?: SessionApproval): PermissionDecision =>
  approval === undefined ? { kind: "approve-for-session" } : { kind: "approve-for-session", approval }

/**
 * Whether a handler result should be answered on the wire.
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * Handlers.isNoResult(Handlers.noResult) // true
 * ```
 *
 * @since 0.1.0
 */
export const isNoResult = (result: PermissionHandlerResult): result is NoResult => result.kind === "no-result"

/**
 * Decides permission requests. Failures become a `user-not-available` answer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * const onlyReads: Handlers.PermissionHandler<never> = (request) =>
 *   Effect.succeed(request.kind === "read" ? Handlers.approveOnce : Handlers.reject())
 * ```
 *
 * @since 0.1.0
 */
export type PermissionHandler<R> = Handler<PermissionRequest, PermissionHandlerResult, R>

/**
 * Approves every request once, except those managed policy marks as needing
 * an explicit user decision (left unanswered).
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const config = { onPermissionRequest: Handlers.approveAll }
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * const q: Handlers.UserInputRequest = { question: "Which branch?", choices: ["main", "dev"], allowFreeform: true }
 * ```
 *
 * @since 0.1.0
 */
export const UserInputRequest = Schema.Struct({
  question: Schema.String,
  choices: optional(Schema.Array(Schema.String)),
  allowFreeform: optional(Schema.Boolean)
})
/**
 * @see {@link UserInputRequest}
 *
 * @since 0.1.0
 */
export type UserInputRequest = typeof UserInputRequest.Type

/**
 * The params of the inbound `userInput.request`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * Schema.decodeUnknownSync(Handlers.UserInputRequestParams)({ sessionId: "s1", question: "?" })
 * ```
 *
 * @since 0.1.0
 */
export const UserInputRequestParams = Schema.extend(Schema.Struct({ sessionId: Schema.String }), UserInputRequest)

/**
 * The user's answer (`userInput.request` result).
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const a: Handlers.UserInputResponse = { answer: "main", wasFreeform: false }
 * ```
 *
 * @since 0.1.0
 */
export const UserInputResponse = Schema.Struct({ answer: Schema.String, wasFreeform: Schema.Boolean })
/**
 * @see {@link UserInputResponse}
 *
 * @since 0.1.0
 */
export type UserInputResponse = typeof UserInputResponse.Type

/**
 * Answers the agent's questions. A failure becomes a JSON-RPC error answer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * const h: Handlers.UserInputHandler<never> = () => Effect.succeed({ answer: "yes", wasFreeform: true })
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * const s: Handlers.ElicitationSchema = { type: "object", properties: { name: { type: "string" } }, required: ["name"] }
 * ```
 *
 * @since 0.1.0
 */
export const ElicitationSchema = Schema.Struct({
  type: Schema.Literal("object"),
  properties: StringRecord,
  required: optional(Schema.Array(Schema.String))
})
/**
 * @see {@link ElicitationSchema}
 *
 * @since 0.1.0
 */
export type ElicitationSchema = typeof ElicitationSchema.Type

/**
 * The data of an `elicitation.requested` event.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Handlers, SessionEvent } from "effect-copilot"
 *
 * declare const event: SessionEvent.SessionEvent
 *
 * const data = event.type === "unknown" ? undefined : Schema.decodeUnknownSync(Handlers.ElicitationRequestedData)(event.data)
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * const r: Handlers.ElicitationRequest = { message: "Your name?", mode: "form" }
 * ```
 *
 * @since 0.1.0
 */
export const ElicitationRequest = ElicitationRequestedData.pipe(Schema.omit("requestId"))
/**
 * @see {@link ElicitationRequest}
 *
 * @since 0.1.0
 */
export type ElicitationRequest = typeof ElicitationRequest.Type

/**
 * A value of one form field.
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const v: Handlers.ElicitationFieldValue = ["a", "b"]
 * ```
 *
 * @since 0.1.0
 */
export const ElicitationFieldValue = Schema.Union(
  Schema.String,
  Schema.Number,
  Schema.Boolean,
  Schema.Array(Schema.String)
)/** @see {@link ElicitationFieldValue} */
/**
 * @since 0.1.0
 */
export type ElicitationFieldValue = typeof ElicitationFieldValue.Type


/**
 * The user's response (`result` of `session.ui.handlePendingElicitation`).
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const r: Handlers.ElicitationResponse = { action: "accept", content: { name: "Ada" } }
 * ```
 *
 * @since 0.1.0
 */
export const ElicitationResponse = Schema.Struct({
  action: Schema.Literal("accept", "decline", "cancel"),
  content: optional(Schema.Record({ key: Schema.String, value: ElicitationFieldValue }))
})
/**
 * @see {@link ElicitationResponse}
 *
 * @since 0.1.0
 */
export type ElicitationResponse = typeof ElicitationResponse.Type

/**
 * Fills elicitation forms. A failure becomes a `cancel` answer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * const h: Handlers.ElicitationHandler<never> = () => Effect.succeed({ action: "decline" })
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * const r: Handlers.ExitPlanModeRequest = { summary: "Refactor", actions: ["implement", "revise"], recommendedAction: "implement" }
 * ```
 *
 * @since 0.1.0
 */
export const ExitPlanModeRequest = Schema.Struct({
  summary: Schema.String,
  planContent: optional(Schema.String),
  actions: Schema.Array(Schema.String),
  recommendedAction: Schema.String
})
/**
 * @see {@link ExitPlanModeRequest}
 *
 * @since 0.1.0
 */
export type ExitPlanModeRequest = typeof ExitPlanModeRequest.Type

/**
 * The params of the inbound `exitPlanMode.request`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * declare const params: Handlers.SystemMessageTransformParams
 *
 * Schema.decodeUnknownSync(Handlers.ExitPlanModeRequestParams)(params)
 * ```
 *
 * @since 0.1.0
 */
export const ExitPlanModeRequestParams = Schema.extend(Schema.Struct({ sessionId: Schema.String }), ExitPlanModeRequest)

/**
 * The answer (`exitPlanMode.request` result).
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const r: Handlers.ExitPlanModeResult = { approved: true, selectedAction: "implement" }
 * ```
 *
 * @since 0.1.0
 */
export const ExitPlanModeResult = Schema.Struct({
  approved: Schema.Boolean,
  selectedAction: optional(Schema.String),
  feedback: optional(Schema.String)
})
/**
 * @see {@link ExitPlanModeResult}
 *
 * @since 0.1.0
 */
export type ExitPlanModeResult = typeof ExitPlanModeResult.Type

/**
 * Answers plan-mode exits. A failure becomes a JSON-RPC error answer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * const h: Handlers.ExitPlanModeRequestHandler<never> = (r) => Effect.succeed({ approved: true, selectedAction: r.recommendedAction })
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * const r: Handlers.AutoModeSwitchRequest = { errorCode: "rate_limited", retryAfterSeconds: 60 }
 * ```
 *
 * @since 0.1.0
 */
export const AutoModeSwitchRequest = Schema.Struct({
  errorCode: optional(Schema.String),
  retryAfterSeconds: optional(Schema.Number)
})
/**
 * @see {@link AutoModeSwitchRequest}
 *
 * @since 0.1.0
 */
export type AutoModeSwitchRequest = typeof AutoModeSwitchRequest.Type

/**
 * The params of the inbound `autoModeSwitch.request`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * Schema.decodeUnknownSync(Handlers.AutoModeSwitchRequestParams)({ sessionId: "s1" })
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * const r: Handlers.AutoModeSwitchResponse = "yes_always"
 * ```
 *
 * @since 0.1.0
 */
export const AutoModeSwitchResponse = Schema.Literal("yes", "yes_always", "no")
/**
 * @see {@link AutoModeSwitchResponse}
 *
 * @since 0.1.0
 */
export type AutoModeSwitchResponse = typeof AutoModeSwitchResponse.Type

/**
 * The wire result of `autoModeSwitch.request`: `{ response }`.
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const r: typeof Handlers.AutoModeSwitchResult.Type = { response: "no" }
 * ```
 *
 * @since 0.1.0
 */
export const AutoModeSwitchResult = Schema.Struct({ response: AutoModeSwitchResponse })

/**
 * Answers auto-mode switch offers. A failure becomes a JSON-RPC error answer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * const h: Handlers.AutoModeSwitchRequestHandler<never> = () => Effect.succeed("no")
 * ```
 *
 * @since 0.1.0
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
 * import { Handlers } from "effect-copilot"
 *
 * const s: Handlers.SystemMessageSection = "tone"
 * ```
 *
 * @since 0.1.0
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
/**
 * @see {@link SystemMessageSection}
 *
 * @since 0.1.0
 */
export type SystemMessageSection = typeof SystemMessageSection.Type

/**
 * Rewrites one section of the system prompt: current content in, new content
 * out. A failure becomes a JSON-RPC error answer to `systemMessage.transform`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * const shout: Handlers.SectionTransform<never> = (content) => Effect.succeed(content.toUpperCase())
 * ```
 *
 * @since 0.1.0
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
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * const transforms: Handlers.SectionTransforms<never> = { tone: (c) => Effect.succeed(c + "\nBe brief.") }
 * ```
 *
 * @since 0.1.0
 */
export type SectionTransforms<R> = { readonly [S in SystemMessageSection]?: SectionTransform<R> | undefined }

const SectionContents = Schema.Record({ key: Schema.String, value: Schema.Struct({ content: Schema.String }) })

/**
 * The params of the inbound `systemMessage.transform`: the current content of
 * each section the session registered a transform for.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * Schema.decodeUnknownSync(Handlers.SystemMessageTransformParams)({ sessionId: "s", sections: { tone: { content: "..." } } })
 * ```
 *
 * @since 0.1.0
 */
export const SystemMessageTransformParams = Schema.Struct({ sessionId: Schema.String, sections: SectionContents })
/**
 * @see {@link SystemMessageTransformParams}
 *
 * @since 0.1.0
 */
export type SystemMessageTransformParams = typeof SystemMessageTransformParams.Type

/**
 * The result of `systemMessage.transform`: the new content of each section.
 *
 * @example
 * ```ts
 * import { Handlers } from "effect-copilot"
 *
 * const r: Handlers.SystemMessageTransformResult = { sections: { tone: { content: "Be brief." } } }
 * ```
 *
 * @since 0.1.0
 */
export const SystemMessageTransformResult = Schema.Struct({ sections: SectionContents })
/**
 * @see {@link SystemMessageTransformResult}
 *
 * @since 0.1.0
 */
export type SystemMessageTransformResult = typeof SystemMessageTransformResult.Type

/**
 * Applies the registered transforms to the sections the runtime sent;
 * sections without a transform come back unchanged.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * declare const params: Handlers.SystemMessageTransformParams
 *
 * Handlers.transformSections({ tone: (c) => Effect.succeed(c + "!") }, params)
 * ```
 *
 * @since 0.1.0
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
