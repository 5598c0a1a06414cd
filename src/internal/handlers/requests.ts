/**
 * Handlers: the runtime's questions besides permissions (user input, elicitation forms, plan-mode exits, auto-mode switches) and their answers. Re-exported by the public `Handlers` module.
 *
 * @internal
 */
import { Schema } from "effect"
import { lazy } from "../generatedSchema.js"
import type { Handler } from "./context.js"

const optional = Schema.optional
const StringRecord = () => Schema.Record({ key: Schema.String, value: Schema.Unknown })

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
export const UserInputRequest: Schema.Schema<UserInputRequest> = lazy(() =>
  Schema.Struct({
    question: Schema.String,
    choices: optional(Schema.Array(Schema.String)),
    allowFreeform: optional(Schema.Boolean)
  })
)
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
export const UserInputRequestParams = lazy(() =>
  Schema.extend(Schema.Struct({ sessionId: Schema.String }), UserInputRequest)
)

/**
 * The user's answer (`userInput.request` result).
 *
 * @example
 * ```ts
 * const a: Handlers.UserInputResponse = { answer: "main", wasFreeform: false }
 * ```
 */
export const UserInputResponse: Schema.Schema<UserInputResponse> = lazy(() =>
  Schema.Struct({ answer: Schema.String, wasFreeform: Schema.Boolean })
)
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
export const ElicitationSchema: Schema.Schema<ElicitationSchema> = lazy(() =>
  Schema.Struct({
    type: Schema.Literal("object"),
    properties: StringRecord(),
    required: optional(Schema.Array(Schema.String))
  })
)
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
export const ElicitationRequestedData: Schema.Schema<ElicitationRequestedData> = lazy(() =>
  Schema.Struct({
    requestId: Schema.String,
    message: Schema.String,
    toolCallId: optional(Schema.String),
    elicitationSource: optional(Schema.String),
    mode: optional(Schema.Literal("form", "url")),
    requestedSchema: optional(ElicitationSchema),
    url: optional(Schema.String)
  })
)

/**
 * What an elicitation handler receives: the event data without `requestId`.
 *
 * @example
 * ```ts
 * const r: Handlers.ElicitationRequest = { message: "Your name?", mode: "form" }
 * ```
 */
export const ElicitationRequest: Schema.Schema<ElicitationRequest> = lazy(() =>
  ElicitationRequestedData.pipe(Schema.omit("requestId"))
)
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
export const ElicitationFieldValue: Schema.Schema<ElicitationFieldValue> = lazy(() =>
  Schema.Union(
    Schema.String,
    Schema.Number,
    Schema.Boolean,
    Schema.Array(Schema.String)
  )/** @see {@link ElicitationFieldValue} */
)
export type ElicitationFieldValue = string | number | boolean | ReadonlyArray<string>


/**
 * The user's response (`result` of `session.ui.handlePendingElicitation`).
 *
 * @example
 * ```ts
 * const r: Handlers.ElicitationResponse = { action: "accept", content: { name: "Ada" } }
 * ```
 */
export const ElicitationResponse: Schema.Schema<ElicitationResponse> = lazy(() =>
  Schema.Struct({
    action: Schema.Literal("accept", "decline", "cancel"),
    content: optional(Schema.Record({ key: Schema.String, value: ElicitationFieldValue }))
  })
)
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
export const ExitPlanModeRequest: Schema.Schema<ExitPlanModeRequest> = lazy(() =>
  Schema.Struct({
    summary: Schema.String,
    planContent: optional(Schema.String),
    actions: Schema.Array(Schema.String),
    recommendedAction: Schema.String
  })
)
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
export const ExitPlanModeRequestParams = lazy(() =>
  Schema.extend(Schema.Struct({ sessionId: Schema.String }), ExitPlanModeRequest)
)

/**
 * The answer (`exitPlanMode.request` result).
 *
 * @example
 * ```ts
 * const r: Handlers.ExitPlanModeResult = { approved: true, selectedAction: "implement" }
 * ```
 */
export const ExitPlanModeResult: Schema.Schema<ExitPlanModeResult> = lazy(() =>
  Schema.Struct({
    approved: Schema.Boolean,
    selectedAction: optional(Schema.String),
    feedback: optional(Schema.String)
  })
)
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
export const AutoModeSwitchRequest: Schema.Schema<AutoModeSwitchRequest> = lazy(() =>
  Schema.Struct({
    errorCode: optional(Schema.String),
    retryAfterSeconds: optional(Schema.Number)
  })
)
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
export const AutoModeSwitchRequestParams = lazy(() =>
  Schema.extend(
    Schema.Struct({ sessionId: Schema.String }),
    AutoModeSwitchRequest
  )
)

/**
 * The user's choice.
 *
 * @example
 * ```ts
 * const r: Handlers.AutoModeSwitchResponse = "yes_always"
 * ```
 */
export const AutoModeSwitchResponse: Schema.Schema<AutoModeSwitchResponse> = lazy(() =>
  Schema.Literal("yes", "yes_always", "no")
)
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
export const AutoModeSwitchResult = lazy(() =>
  Schema.Struct({ response: AutoModeSwitchResponse })
)

/**
 * Answers auto-mode switch offers. A failure becomes a JSON-RPC error answer.
 *
 * @example
 * ```ts
 * const h: Handlers.AutoModeSwitchRequestHandler<never> = () => Effect.succeed("no")
 * ```
 */
export type AutoModeSwitchRequestHandler<R> = Handler<AutoModeSwitchRequest, AutoModeSwitchResponse, R>
