/**
 * An `@effect/ai` `Toolkit` as a Copilot session's tools, so one tool
 * definition serves Copilot and every other `@effect/ai` provider. Each tool
 * keeps its name and description; its parameters Schema becomes the JSON
 * Schema the model sees; a call runs the handler from the toolkit's handler
 * Layer (`toolkit.toLayer(...)`) and hands the model the result encoded by
 * the tool's success Schema (a failure, encoded by its failure Schema, as a
 * failed result). The tools' Schemas must not need services of their own
 * (handlers may: the handler Layer provides them).
 *
 * @example
 * ```ts
 * import { Tool as AiTool, Toolkit } from "@effect/ai"
 * import { Effect, Schema } from "effect"
 * import { CopilotSession } from "effect-copilot"
 * import { CopilotToolkit } from "effect-copilot/ai"
 *
 * const GetWeather = AiTool.make("get_weather", {
 *   description: "Current weather for a city",
 *   parameters: { city: Schema.String },
 *   success: Schema.String
 * })
 * const Weather = Toolkit.make(GetWeather)
 * const WeatherLive = Weather.toLayer({ get_weather: ({ city }) => Effect.succeed(`Sunny in ${city}`) })
 *
 * const program = Effect.gen(function*() {
 *   const tools = yield* CopilotToolkit.toTools(Weather)
 *   return yield* CopilotSession.withSession({ tools }, (session) => session.sendAndWait("Weather in Oslo?"))
 * }).pipe(Effect.provide(WeatherLive))
 * ```
 *
 * @since 0.2.0
 */
import type * as AiTool from "@effect/ai/Tool"
import type * as Toolkit from "@effect/ai/Toolkit"
import { Data, Effect, Either } from "effect"
import { resolveHandlers, toCopilotTool } from "../internal/ai/toolkit.js"
import type * as Tool from "../Tool.js"

/**
 * Options of {@link toTools}.
 *
 * @example
 * ```ts
 * import { Toolkit } from "@effect/ai"
 * import { CopilotToolkit } from "effect-copilot/ai"
 *
 * declare const MyToolkit: Toolkit.Toolkit<{}>
 *
 * const tools = CopilotToolkit.toTools(MyToolkit, { skipPermission: false })
 * ```
 *
 * @since 0.2.0
 */
export interface Options {
  /**
   * Run the tools without asking the session's permission handler (default
   * `true`: handing the tools to the session is the permission). With
   * `false`, the session needs an `onPermissionRequest` handler.
   */
  readonly skipPermission?: boolean | undefined
}

/**
 * A tool of the toolkit has no handler in the context: it is a
 * provider-defined tool that needs none elsewhere, and Copilot cannot run it.
 *
 * @example
 * ```ts
 * import { Toolkit } from "@effect/ai"
 * import { Effect } from "effect"
 * import { CopilotToolkit } from "effect-copilot/ai"
 *
 * declare const MyToolkit: Toolkit.Toolkit<{}>
 *
 * const tools = CopilotToolkit.toTools(MyToolkit).pipe(
 *   Effect.catchTag("MissingToolHandler", (error) => Effect.dieMessage(error.message))
 * )
 * ```
 *
 * @since 0.2.0
 */
export class MissingToolHandler extends Data.TaggedError("MissingToolHandler")<{
  readonly tools: ReadonlyArray<string>
}> {
  override get message(): string {
    return `no handler for the tools ${this.tools.join(", ")}: provide the toolkit's handler Layer (toolkit.toLayer) with a handler for each`
  }
}

/**
 * This SDK's tools for an `@effect/ai` toolkit, with the handlers its handler
 * Layer provides. Pass them as `tools` of a session config.
 *
 * @example
 * ```ts
 * import { Tool as AiTool, Toolkit } from "@effect/ai"
 * import { Effect, Schema } from "effect"
 * import { CopilotSession } from "effect-copilot"
 * import { CopilotToolkit } from "effect-copilot/ai"
 *
 * const Weather = Toolkit.make(AiTool.make("get_weather", { parameters: { city: Schema.String }, success: Schema.String }))
 * const WeatherLive = Weather.toLayer({ get_weather: ({ city }) => Effect.succeed(`Sunny in ${city}`) })
 *
 * const program = Effect.gen(function*() {
 *   const tools = yield* CopilotToolkit.toTools(Weather)
 *   return yield* CopilotSession.withSession({ tools }, (session) => session.sendAndWait("Weather in Oslo?"))
 * }).pipe(Effect.provide(WeatherLive))
 * ```
 *
 * @since 0.2.0
 */
export const toTools = <Tools extends Record<string, AiTool.Any>>(
  toolkit: Toolkit.Toolkit<Tools>,
  options: Options = {}
): Effect.Effect<ReadonlyArray<Tool.Tool<never>>, MissingToolHandler, AiTool.HandlersFor<Tools>> =>
  Effect.flatMap(Effect.context<AiTool.HandlersFor<Tools>>(), (context) => {
    const tools: ReadonlyArray<AiTool.Any> = Object.values(toolkit.tools)
    return Either.match(resolveHandlers(tools, context), {
      onLeft: (missing) => Effect.fail(new MissingToolHandler({ tools: missing })),
      onRight: (resolved) =>
        Effect.succeed(resolved.map((tool) => toCopilotTool(tool, { skipPermission: options.skipPermission })))
    })
  })
