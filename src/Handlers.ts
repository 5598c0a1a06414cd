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
/**
 * @since 0.2.0
 */
export * from "./internal/handlers.js"
