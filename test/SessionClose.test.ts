/**
 * Closing a session is bounded by its `closeTimeout`, against the fake
 * runtime: a runtime that never answers `session.destroy` (or `session.abort`)
 * does not hold the scope that owns the session open for ever.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Option } from "effect"
import { CopilotSession } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const createsSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", FakeRuntime.sessionStarted)
  return fake
})

describe("closing a session", () => {
  it.live("a runtime that never answers session.destroy: release ends after closeTimeout, and destroy was asked", () =>
    Effect.gen(function*() {
      const fake = yield* createsSessions
      yield* fake.handle("session.destroy", FakeRuntime.noAnswer)
      const closing = yield* CopilotSession.withSession({ sessionId: "s-stuck", closeTimeout: "300 millis" }, () => Effect.void).pipe(
        Effect.fork
      )
      // Generous: the bound is 300 ms; without it the release never ends.
      const ended = yield* Fiber.join(closing).pipe(Effect.timeoutOption("10 seconds"))
      expect(Option.isSome(ended)).toBe(true)
      expect((yield* fake.requests("session.destroy")).length).toBe(1)
    }).pipe(Effect.provide(FakeRuntime.layerClient)), 20_000)

  it.live("a failed body against a runtime that never answers session.abort: release still ends, with the body's error", () =>
    Effect.gen(function*() {
      const fake = yield* createsSessions
      yield* fake.handle("session.abort", FakeRuntime.noAnswer)
      yield* fake.handle("session.destroy", FakeRuntime.noAnswer)
      const closing = yield* CopilotSession.withSession(
        { sessionId: "s-stuck-abort", closeTimeout: "300 millis" },
        () => Effect.fail("the body failed" as const)
      ).pipe(Effect.flip, Effect.fork)
      const ended = yield* Fiber.join(closing).pipe(Effect.timeoutOption("10 seconds"))
      expect(ended).toEqual(Option.some("the body failed"))
    }).pipe(Effect.provide(FakeRuntime.layerClient)), 20_000)
})
