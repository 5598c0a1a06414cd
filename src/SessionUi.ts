/**
 * UI dialogs a session can show the user through the host: a form described
 * by a schema (`elicitation`), and the common shapes built on it (`confirm`,
 * `select`, `input`). They need the session's elicitation capability (some
 * client of the session can show dialogs); without it they fail at once with
 * `ElicitationUnavailable`.
 *
 * @example
 * ```ts
 * import { Effect, Option } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * declare const session: CopilotSession.CopilotSessionService
 *
 * const deploy = Effect.gen(function*() {
 *   const target = yield* session.ui.select("Deploy where?", ["staging", "production"])
 *   if (Option.isNone(target)) return "cancelled"
 *   const sure = yield* session.ui.confirm(`Deploy to ${target.value}?`)
 *   return sure ? `deploying to ${target.value}` : "not deploying"
 * })
 * ```
 *
 * @since 0.2.0
 */
import type { Effect, Option } from "effect"
import type { CallError, ElicitationUnavailable, SessionClosed } from "./CopilotError.js"
import { Api } from "./generated/Api.js"

/**
 * The form a dialog shows: an object schema of primitive fields (strings,
 * numbers, booleans, enums, string arrays).
 *
 * @example
 * ```ts
 * import { SessionUi } from "effect-copilot"
 *
 * const form: SessionUi.ElicitationSchema = {
 *   type: "object",
 *   properties: { name: { type: "string", title: "Your name" }, age: { type: "integer", minimum: 0 } },
 *   required: ["name"]
 * }
 * ```
 *
 * @since 0.2.0
 */
export const ElicitationSchema = Api.UIElicitationSchema
/**
 * @see {@link ElicitationSchema}
 *
 * @since 0.2.0
 */
export type ElicitationSchema = Api.UIElicitationSchema

/**
 * What the user did with a dialog: `accept` with the form's values in
 * `content`, `decline`, or `cancel`.
 *
 * @example
 * ```ts
 * import { SessionUi } from "effect-copilot"
 *
 * declare const result: SessionUi.ElicitationResult
 *
 * const name = result.action === "accept" ? result.content?.["name"] : undefined
 * ```
 *
 * @since 0.2.0
 */
export const ElicitationResult = Api.UIElicitationResponse
/**
 * @see {@link ElicitationResult}
 *
 * @since 0.2.0
 */
export type ElicitationResult = Api.UIElicitationResponse

/**
 * Options of {@link SessionUi.input}: how the text field looks and what it accepts.
 *
 * @example
 * ```ts
 * import { SessionUi } from "effect-copilot"
 *
 * const options: SessionUi.InputOptions = { title: "Email", format: "email", maxLength: 200 }
 * ```
 *
 * @since 0.2.0
 */
export interface InputOptions {
  /** The field's label. */
  readonly title?: string | undefined
  /** Text shown with the field. */
  readonly description?: string | undefined
  readonly minLength?: number | undefined
  readonly maxLength?: number | undefined
  /** A format the value must have. */
  readonly format?: "email" | "uri" | "date" | "date-time" | undefined
  /** The value the field starts with. */
  readonly default?: string | undefined
}

/**
 * The errors a dialog can fail with: the session cannot show one, the call
 * to the runtime failed, or the session is closed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SessionUi } from "effect-copilot"
 *
 * const report = (error: SessionUi.UiError) => Effect.logWarning(`${error._tag}: ${error.message}`)
 * ```
 *
 * @since 0.2.0
 */
export type UiError = ElicitationUnavailable | CallError | SessionClosed

/**
 * The dialogs of a session (`session.ui`).
 *
 * @example
 * ```ts
 * import { Effect, Option } from "effect"
 * import { CopilotSession } from "effect-copilot"
 *
 * declare const session: CopilotSession.CopilotSessionService
 *
 * const name = session.ui.input("What is your name?", { title: "Name" }).pipe(
 *   Effect.map(Option.getOrElse(() => "anonymous"))
 * )
 * ```
 *
 * @since 0.2.0
 */
export interface SessionUi {
  /** Shows a form and returns what the user did with it. */
  readonly elicitation: (schema: ElicitationSchema, message: string) => Effect.Effect<ElicitationResult, UiError>
  /** Asks a yes/no question: true only when the user accepted and confirmed. */
  readonly confirm: (message: string) => Effect.Effect<boolean, UiError>
  /** Asks the user to pick one of `options`: the pick, or none when they declined or cancelled. */
  readonly select: (message: string, options: ReadonlyArray<string>) => Effect.Effect<Option.Option<string>, UiError>
  /** Asks for a line of text: the text, or none when the user declined or cancelled. */
  readonly input: (message: string, options?: InputOptions) => Effect.Effect<Option.Option<string>, UiError>
}
