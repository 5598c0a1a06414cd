/**
 * Copilot CLI extensions as Effect programs: `Extension.joinSession` joins
 * the session of the CLI that started the program, adding its tools,
 * handlers and hooks.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Extension } from "effect-copilot/extension"
 *
 * const main = Extension.joinSession({ tools: [] }).pipe(Effect.zipRight(Effect.never), Effect.scoped)
 * // the extension's entry module runs it: NodeRuntime.runMain(main)
 * ```
 *
 * @since 0.2.0
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
 *
 * @since 0.2.0
 */
export * as Extension from "./Extension.js"
