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
import * as internal from "./internal/sessionUi.js"

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
export const ElicitationSchema = internal.ElicitationSchema

/**
 * @see {@link ElicitationSchema}
 *
 * @since 0.2.0
 */
export type ElicitationSchema = internal.ElicitationSchema

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
export const ElicitationResult = internal.ElicitationResult

/**
 * @see {@link ElicitationResult}
 *
 * @since 0.2.0
 */
export type ElicitationResult = internal.ElicitationResult

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
export type InputOptions = internal.InputOptions

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
export type UiError = internal.UiError

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
export type SessionUi = internal.SessionUi
