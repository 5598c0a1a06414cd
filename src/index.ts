/**
 * effect-copilot: an Effect-native SDK for the GitHub Copilot agent runtime.
 *
 * Each module is re-exported as a namespace.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * CopilotClient.getStatus.pipe(Effect.provide(CopilotClient.layer()), Effect.runPromise)
 * ```
 */
export * as CopilotClient from "./CopilotClient.js"
export * as CopilotError from "./CopilotError.js"
export * as RuntimeConnection from "./RuntimeConnection.js"
export * as CopilotSession from "./CopilotSession.js"
export * as Handlers from "./Handlers.js"
export * as Hooks from "./Hooks.js"
export * as SessionConfig from "./SessionConfig.js"
export * as SessionEvent from "./SessionEvent.js"
export * as SessionFs from "./SessionFs.js"
export * as Tool from "./Tool.js"
/** Every method of the protocol, generated from its JSON Schemas; use with `session.call`. */
export * as Methods from "./generated/Methods.js"
