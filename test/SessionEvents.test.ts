/**
 * A session's event streams against the fake runtime: the replay of the
 * early events for a subscriber that comes before the first send, each event
 * once, and the end of the streams when the connection ends.
 */
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Exit, Fiber, Logger, LogLevel, Stream } from "effect"
import { CopilotSession, type SessionEvent } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const SESSION = "s-events"

const withSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", () => Effect.succeed({ sessionId: SESSION }))
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  yield* fake.handle("session.send", FakeRuntime.answer({ messageId: "m1" }))
  return fake
})

/** An event of a type this SDK does not know: it reaches subscribers as `unknown`, its raw form kept. */
const marker = (n: number) => ({ type: "test.marker", id: `marker-${n}`, data: { n } })

const ids = (events: Chunk.Chunk<SessionEvent.SessionEvent>) => Chunk.toReadonlyArray(events).map((event) => event.id)

describe("a session's event streams", () => {
  it.scoped("replay the events since the session opened to a subscriber before the first send, each once, then only live ones", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        Effect.gen(function*() {
          const first = yield* session.subscribe
          yield* fake.sessionEvent(SESSION, marker(1))
          yield* fake.sessionEvent(SESSION, marker(2))
          // Both have arrived once the first subscriber has them.
          expect(ids(yield* Stream.runCollect(Stream.take(first, 2)))).toEqual(["marker-1", "marker-2"])

          const second = yield* session.subscribe
          yield* fake.sessionEvent(SESSION, marker(3))
          yield* fake.sessionEvent(SESSION, marker(4))
          expect(ids(yield* Stream.runCollect(Stream.take(second, 4)))).toEqual(["marker-1", "marker-2", "marker-3", "marker-4"])

          // After the first send a new subscriber gets only what comes next.
          yield* session.send("hi")
          const third = yield* session.subscribe
          yield* fake.sessionEvent(SESSION, marker(5))
          expect(ids(yield* Stream.runCollect(Stream.take(third, 1)))).toEqual(["marker-5"])
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.scoped("an event that does not decode is logged at debug level once a reason, not once an event", () =>
    Effect.gen(function*() {
      const lines: Array<string> = []
      const logger = Logger.make(({ message }) => {
        lines.push(Array.isArray(message) ? message.join(" ") : String(message))
      })
      // Types of their own, so no other test of this process has logged them.
      const tag = `${Date.now()}-${Math.random().toString(36).slice(2)}`
      const first = `test.first-${tag}`
      const second = `test.second-${tag}`
      yield* Effect.gen(function*() {
        const fake = yield* withSessions
        yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
          Effect.gen(function*() {
            const events = yield* session.subscribe
            for (const [n, type] of [first, first, second, first].entries()) {
              yield* fake.sessionEvent(SESSION, { type, id: `u${n}`, data: {} })
            }
            // All four reach the subscriber, undecoded, each with its reason.
            const seen = Chunk.toReadonlyArray(yield* Stream.runCollect(Stream.take(events, 4)))
            expect(seen.map((event) => event.type === "unknown" ? event.originalType : event.type)).toEqual([first, first, second, first])
          }))
      }).pipe(
        Effect.provide(FakeRuntime.layerClient),
        Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
        Logger.withMinimumLogLevel(LogLevel.Debug)
      )
      const undecoded = lines.filter((line) => line.startsWith("session event not decoded"))
      expect(undecoded.length).toBe(2)
      expect(undecoded[0]).toContain(first)
      expect(undecoded[1]).toContain(second)
    }))

  it.scoped("end when the connection ends: a wait for the turn fails with the connection's error, and the session still closes", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const outcome = yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        Effect.gen(function*() {
          const events = yield* session.subscribe
          const collected = yield* Effect.fork(Stream.runCollect(events))
          const waiting = yield* Effect.fork(session.sendAndWait("hi"))
          yield* fake.takeRequest("session.send")
          yield* fake.sessionEvent(SESSION, marker(1))
          yield* fake.crash()
          const seen = yield* Fiber.join(collected)
          const waited = yield* Fiber.await(waiting)
          return { seen: ids(seen), waited }
        }))
      expect(outcome.seen).toEqual(["marker-1"])
      expect(Exit.isFailure(outcome.waited)).toBe(true)
      if (Exit.isFailure(outcome.waited)) {
        expect(JSON.stringify(outcome.waited.cause)).toContain("ConnectionClosed")
      }
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
