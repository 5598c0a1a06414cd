/**
 * The dialogs of a session, built on `session.ui.elicitation`: each checks
 * the session's live capabilities first and fails at once without the
 * elicitation capability (the runtime would otherwise hold the request until
 * some client answered, which none can).
 *
 * @internal
 */
import { Effect, Option, Predicate } from "effect"
import { type CallError, ElicitationUnavailable, type SessionClosed } from "../errors.js"
import type { Api } from "../../generated/Api.js"
import type * as SessionUi from "../sessionUi.js"
import type { SessionCapabilities } from "./capabilities.js"
import type { Cell } from "./cell.js"

export interface Options {
  readonly sessionId: string
  readonly capabilities: Cell<SessionCapabilities>
  /** `session.ui.elicitation` for this session, its id filled in. */
  readonly elicit: (
    params: { readonly message: string; readonly requestedSchema: Api.UIElicitationSchema }
  ) => Effect.Effect<Api.UIElicitationResponse, CallError | SessionClosed>
}

/** The string the user gave in field `field` of an accepted form, if any. */
const acceptedString = (result: Api.UIElicitationResponse, field: string): Option.Option<string> => {
  if (result.action !== "accept") return Option.none()
  const value = result.content?.[field]
  return Predicate.isString(value) ? Option.some(value) : Option.none()
}

export const make = (options: Options): SessionUi.SessionUi => {
  const ask = (
    dialog: string,
    message: string,
    requestedSchema: Api.UIElicitationSchema
  ): Effect.Effect<Api.UIElicitationResponse, SessionUi.UiError> =>
    Effect.flatMap(options.capabilities.get, (capabilities): Effect.Effect<Api.UIElicitationResponse, SessionUi.UiError> =>
      capabilities.ui?.elicitation === true
        ? options.elicit({ message, requestedSchema })
        : Effect.fail(new ElicitationUnavailable({ sessionId: options.sessionId, dialog }))).pipe(
        Effect.withSpan(`CopilotSession.ui.${dialog}`, { attributes: { "session.id": options.sessionId } })
      )

  return {
    elicitation: (schema, message) => ask("elicitation", message, schema),
    confirm: (message) =>
      Effect.map(
        ask("confirm", message, {
          type: "object",
          properties: { confirmed: { type: "boolean", default: true } },
          required: ["confirmed"]
        }),
        (result) => result.action === "accept" && result.content?.["confirmed"] === true
      ),
    select: (message, choices) =>
      Effect.map(
        ask("select", message, {
          type: "object",
          properties: { selection: { type: "string", enum: [...choices] } },
          required: ["selection"]
        }),
        (result) => Option.filter(acceptedString(result, "selection"), (picked) => choices.includes(picked))
      ),
    input: (message, inputOptions = {}) => {
      const field: Api.UIElicitationSchemaPropertyString = {
        type: "string",
        ...(inputOptions.title === undefined ? {} : { title: inputOptions.title }),
        ...(inputOptions.description === undefined ? {} : { description: inputOptions.description }),
        ...(inputOptions.minLength === undefined ? {} : { minLength: inputOptions.minLength }),
        ...(inputOptions.maxLength === undefined ? {} : { maxLength: inputOptions.maxLength }),
        ...(inputOptions.format === undefined ? {} : { format: inputOptions.format }),
        ...(inputOptions.default === undefined ? {} : { default: inputOptions.default })
      }
      return Effect.map(
        ask("input", message, { type: "object", properties: { value: field }, required: ["value"] }),
        (result) => acceptedString(result, "value")
      )
    }
  }
}
