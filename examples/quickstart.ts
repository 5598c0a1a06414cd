/**
 * The quickstart (`npm run demo`): open a session, give the agent a tool,
 * stream its answer.
 *
 * With GH_TOKEN (or GITHUB_TOKEN) set it talks to the real Copilot service.
 * Without one it runs the real bundled runtime offline, against the test
 * kit's scripted model, so it works on a fresh machine with no account.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Config, Console, Effect, Layer, Option, Schema, Stream } from "effect"
import { CopilotClient, CopilotError, CopilotSession, Handlers, Tool } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"

/** A tool the agent may call: its parameters are a Schema, its handler an Effect. */
const getWeather = Tool.make("get_weather", {
  description: "Current weather for a city",
  parameters: Schema.Struct({ city: Schema.String }),
  handler: ({ city }) =>
    Console.log(`  [tool] get_weather(${JSON.stringify(city)})`).pipe(
      Effect.as(`It is 21°C and sunny in ${city}.`)
    )
})

/** Asks one question and prints the answer as it streams in. */
export const program = Effect.gen(function*() {
  const session = yield* CopilotSession.create({
    streaming: true,
    tools: [getWeather],
    onPermissionRequest: Handlers.approveAll
  })
  const events = yield* session.subscribe
  const prompt = "What is the weather in Oslo? Use the get_weather tool."
  yield* Console.log(`> ${prompt}`)
  yield* session.send(prompt)
  yield* events.pipe(
    Stream.takeUntil((event) => event.type === "session.idle" || event.type === "session.error"),
    Stream.runForEach((event) => {
      switch (event.type) {
        case "assistant.message_delta":
          return Effect.sync(() => process.stdout.write(event.data.deltaContent))
        case "tool.execution_start":
          return Console.log(`\n  [runtime] running tool ${event.data.toolName}`)
        case "session.error": {
          // The turn failed: fail the program with it (runMain prints it and exits with code 1).
          const { errorType, message } = event.data
          return Effect.fail(new CopilotError.SessionError({ sessionId: session.sessionId, errorType, message }))
        }
        case "session.idle":
          return Console.log("")
        default:
          return Effect.void
      }
    })
  )
}).pipe(Effect.scoped)

/** The real Copilot service, signed in with the token from the environment. */
const RealCopilot = CopilotClient.layerConfig()

/** The real runtime, offline, with a scripted model that calls the tool and answers. */
const OfflineCopilot = Layer.effectDiscard(
  Effect.gen(function*() {
    const model = yield* ScriptedModel.ScriptedModel
    yield* model.toolCall("get_weather", { city: "Oslo" })
    yield* model.reply("The weather in Oslo is sunny, at 21°C. A fine day for a walk along the fjord.")
  })
).pipe(Layer.provideMerge(TestRuntime.layer()))

const hasToken = Config.option(Config.nonEmptyString("GH_TOKEN").pipe(Config.orElse(() => Config.nonEmptyString("GITHUB_TOKEN"))))

const main = Effect.gen(function*() {
  const token = yield* hasToken
  if (Option.isSome(token)) {
    yield* Console.log("Using the Copilot service with the token from the environment.\n")
    return yield* Effect.provide(program, RealCopilot)
  }
  yield* Console.log("No GH_TOKEN set: running the bundled runtime offline against a scripted model.\n")
  return yield* Effect.provide(program, OfflineCopilot)
})

if (import.meta.url === `file://${process.argv[1]}`) {
  NodeRuntime.runMain(main)
}
