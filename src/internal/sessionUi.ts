/**
 * The declarations of the public `SessionUi` module (the session's dialogs), as
 * internal code imports them; the public module re-exports them with their docs.
 *
 * @internal
 */
import type { Effect, Option } from "effect"
import type { CallError, ElicitationUnavailable, SessionClosed } from "./errors.js"
import { Api } from "../generated/Api.js"

/**
 * The form a dialog shows: an object schema of primitive fields (strings,
 * numbers, booleans, enums, string arrays).
 */
export const ElicitationSchema = Api.UIElicitationSchema

export type ElicitationSchema = Api.UIElicitationSchema

/**
 * What the user did with a dialog: `accept` with the form's values in
 * `content`, `decline`, or `cancel`.
 */
export const ElicitationResult = Api.UIElicitationResponse

export type ElicitationResult = Api.UIElicitationResponse

/**
 * Options of {@link SessionUi.input}: how the text field looks and what it accepts.
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
 */
export type UiError = ElicitationUnavailable | CallError | SessionClosed

/**
 * The dialogs of a session (`session.ui`).
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
