/**
 * Cloud sessions get their id from the runtime, and the runtime may talk
 * first. This example runs against the test kit's in-memory fake runtime,
 * which plays a runtime that sends an event and asks a question for the new
 * session before its `session.create` answer names the id. Both are held,
 * then delivered in order once the session is registered.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Stream } from "effect"
import { CopilotSession, SessionEvent } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const CLOUD_ID = "mc-42"

/** The fake runtime's side: early traffic, then the answer. */
const playRuntime = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  yield* fake.handle("session.create", (params) =>
    Effect.gen(function*() {
      yield* Console.log(`runtime: session.create ${JSON.stringify(params)}`)
      yield* fake.sessionEvent(CLOUD_ID, { type: "session.info", data: { infoType: "cloud", message: "sandbox is warming up" } })
      const question = yield* fake.startRequest("userInput.request", { sessionId: CLOUD_ID, question: "Which branch?" })
      yield* Effect.forkDaemon(Effect.flatMap(question, (answer) => Console.log(`runtime: got ${JSON.stringify(answer.message)}`)))
      return { sessionId: CLOUD_ID, isRemote: true }
    }))
})

const program = Effect.gen(function*() {
  yield* playRuntime
  yield* CopilotSession.withCloudSession(
    {
      cloud: { repository: { owner: "octo", name: "app" } },
      onUserInputRequest: (request) =>
        Console.log(`sdk: asked "${request.question}"`).pipe(Effect.as({ answer: "main", wasFreeform: true }))
    },
    (session) =>
      Effect.gen(function*() {
        yield* Console.log(`sdk: session ${session.sessionId} is open`)
        // Subscribed before the first send: the held event is replayed.
        const early = yield* session.subscribe
        const first = yield* early.pipe(Stream.filter(SessionEvent.is("session.info")), Stream.runHead)
        yield* Console.log(`sdk: first event: ${first._tag === "Some" ? first.value.data.message : "none"}`)
      })
  )
  yield* Effect.yieldNow()
}).pipe(Effect.provide(FakeRuntime.layerClient))

NodeRuntime.runMain(program)
