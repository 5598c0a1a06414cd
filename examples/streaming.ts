/**
 * Streaming: the answer arrives as `assistant.message_delta` events; turn
 * them into a Stream of text and print it as it comes.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Stream } from "effect"
import { CopilotError, CopilotSession, SessionEvent } from "effect-copilot"
import { exampleCopilot } from "./runtime.js"

const program = CopilotSession.withSession({ streaming: true }, (session) =>
  Effect.gen(function*() {
    const events = yield* session.subscribe
    yield* session.send("Write a haiku about typed errors.")
    const text = events.pipe(
      // The turn ends with session.idle, or with session.error when it failed.
      Stream.takeUntil((event) => event.type === "session.idle" || event.type === "session.error"),
      Stream.mapEffect((event) =>
        SessionEvent.is("session.error")(event)
          ? Effect.fail(
            new CopilotError.SessionError({
              sessionId: session.sessionId,
              errorType: event.data.errorType,
              message: event.data.message
            })
          )
          : Effect.succeed(event)
      ),
      Stream.filter(SessionEvent.is("assistant.message_delta")),
      Stream.map((event) => event.data.deltaContent)
    )
    yield* Stream.runForEach(text, (chunk) => Effect.sync(() => process.stdout.write(chunk)))
    yield* Console.log("")
  }))

const Copilot = exampleCopilot((model) =>
  model.reply("Failures have names\ncaught by tag, handled in turn\nno throw in the night")
)

NodeRuntime.runMain(program.pipe(Effect.provide(Copilot)))
