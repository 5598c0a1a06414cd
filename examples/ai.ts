/**
 * `@effect/ai` on Copilot: one toolkit, defined once, used by
 * `LanguageModel.generateText` (as it would be with any other provider) and
 * handed to a Copilot session as its tools; then an answer streamed with
 * `LanguageModel.streamText`.
 *
 * Offline (no GH_TOKEN) the bundled runtime plays against a scripted model.
 */
import { LanguageModel, Tool as AiTool, Toolkit } from "@effect/ai"
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Layer, Option, Schema, Stream } from "effect"
import { CopilotSession } from "effect-copilot"
import { CopilotLanguageModel, CopilotToolkit } from "effect-copilot/ai"
import { exampleCopilot } from "./runtime.js"

/** The tool, declared the @effect/ai way: Schemas for its parameters and result. */
const GetWeather = AiTool.make("get_weather", {
  description: "Current weather for a city",
  parameters: { city: Schema.String },
  success: Schema.Struct({ city: Schema.String, celsius: Schema.Number, sky: Schema.String })
})
const Weather = Toolkit.make(GetWeather)

/** Its handler, as a Layer. */
const WeatherLive = Weather.toLayer({
  get_weather: ({ city }) =>
    Console.log(`  [tool] get_weather(${JSON.stringify(city)})`).pipe(Effect.as({ city, celsius: 21, sky: "sunny" }))
})

const program = Effect.gen(function*() {
  // 1. LanguageModel with a toolkit: Copilot runs the tool inside the turn.
  const response = yield* LanguageModel.generateText({ prompt: "What is the weather in Oslo?", toolkit: Weather })
  yield* Console.log(`generateText: ${response.text}`)
  yield* Console.log(`  tool calls: ${response.toolCalls.map((call) => `${call.name}(${JSON.stringify(call.params)})`).join(", ")}`)
  yield* Console.log(`  finish: ${response.finishReason}, tokens in/out: ${response.usage.inputTokens}/${response.usage.outputTokens}`)

  // 2. The same toolkit as a Copilot session's tools.
  const tools = yield* CopilotToolkit.toTools(Weather)
  const answer = yield* CopilotSession.withSession({ tools }, (session) => session.sendAndWait("And in Lima?"))
  yield* Console.log(`session: ${Option.match(answer, { onNone: () => "(no answer)", onSome: (m) => m.data.content })}`)

  // 3. A streamed answer.
  yield* Console.log("streamText:")
  yield* LanguageModel.streamText({ prompt: "Write a haiku about the weather" }).pipe(
    Stream.runForEach((part) => part.type === "text-delta" ? Effect.sync(() => process.stdout.write(part.delta)) : Effect.void)
  )
  yield* Console.log("")
})

const CopilotLive = exampleCopilot((model) =>
  Effect.gen(function*() {
    yield* model.toolCall("get_weather", { city: "Oslo" })
    yield* model.reply("It is 21°C and sunny in Oslo.")
    yield* model.toolCall("get_weather", { city: "Lima" })
    yield* model.reply("Lima is sunny too, at 21°C.")
    yield* model.reply("Sun on the fjord,\nwarm stones under quiet feet,\nthe tool said twenty-one.")
  })
)

const MainLive = Layer.mergeAll(CopilotLanguageModel.layer(), WeatherLive).pipe(Layer.provideMerge(CopilotLive))

if (import.meta.url === `file://${process.argv[1]}`) {
  NodeRuntime.runMain(program.pipe(Effect.provide(MainLive)))
}
