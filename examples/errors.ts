/**
 * Typed errors: every failure has a tag. Here the model fails the turn
 * (an HTTP error from the API), `sendAndWait` fails with `SessionError`,
 * and the program recovers with `Effect.catchTags`.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Option } from "effect"
import { CopilotSession } from "effect-copilot"
import { exampleCopilot } from "./runtime.js"

const ask = (prompt: string) =>
  CopilotSession.withSession({}, (session) => session.sendAndWait(prompt, { timeout: "30 seconds" })).pipe(
    Effect.map(Option.match({ onNone: () => "(no answer)", onSome: (message) => message.data.content })),
    Effect.catchTags({
      SessionError: (error) => Effect.succeed(`the turn failed (${error.errorType}): ${error.message}`),
      TimeoutError: (error) => Effect.succeed(`gave up: ${error.message}`),
      ConnectionClosed: (error) => Effect.succeed(`the runtime went away: ${error.message}`)
    })
  )

const program = Effect.gen(function*() {
  yield* Console.log(yield* ask("This one fails."))
  yield* Console.log(yield* ask("This one works."))
})

const Copilot = exampleCopilot((model) =>
  Effect.zipRight(model.error(400, "the model refused the request"), model.reply("Recovered: the second turn works."))
)

NodeRuntime.runMain(program.pipe(Effect.provide(Copilot)))
