/**
 * Copilot CLI extensions as Effect programs: `Extension.joinSession` joins
 * the session of the CLI that started the program, adding its tools,
 * handlers and hooks.
 *
 * @example
 * ```ts
 * import { NodeRuntime } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { Extension } from "effect-copilot/extension"
 *
 * Extension.joinSession({ tools: [] }).pipe(Effect.zipRight(Effect.never), Effect.scoped, NodeRuntime.runMain)
 * ```
 */
/**
 * Joining the CLI's session from an extension process.
 *
 * @example
 * ```ts
 * import { Extension } from "effect-copilot/extension"
 *
 * const joined = Extension.joinSession({ tools: [] })
 * ```
 */
export * as Extension from "./Extension.js"
