/**
 * `@effect/ai` interop: a `LanguageModel` backed by Copilot sessions, and
 * `@effect/ai` toolkits as a session's tools. Needs the optional peer
 * dependency `@effect/ai`.
 *
 * @example
 * ```ts
 * import { LanguageModel } from "@effect/ai"
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 * import { CopilotLanguageModel } from "effect-copilot/ai"
 *
 * LanguageModel.generateText({ prompt: "Hi" }).pipe(
 *   Effect.provide(CopilotLanguageModel.layer()),
 *   Effect.provide(CopilotClient.layerConfig())
 * )
 * ```
 *
 * @since 0.2.0
 */
/**
 * A `LanguageModel` whose calls run as Copilot turns.
 *
 * @example
 * ```ts
 * import { CopilotLanguageModel } from "effect-copilot/ai"
 *
 * const ModelLive = CopilotLanguageModel.layer({ model: "claude-sonnet-4.5" })
 * ```
 *
 * @since 0.2.0
 */
export * as CopilotLanguageModel from "./CopilotLanguageModel.js"
/**
 * `@effect/ai` toolkits as a Copilot session's tools.
 *
 * @example
 * ```ts
 * import { Toolkit } from "@effect/ai"
 * import { CopilotToolkit } from "effect-copilot/ai"
 *
 * declare const MyToolkit: Toolkit.Toolkit<{}>
 *
 * const tools = CopilotToolkit.toTools(MyToolkit) // needs the toolkit's handler Layer
 * ```
 *
 * @since 0.2.0
 */
export * as CopilotToolkit from "./CopilotToolkit.js"
