/** A session's live capabilities, against the fake runtime. */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Stream } from "effect"
import { CopilotSession } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const SESSION = "s-capabilities"

describe("session capabilities", () => {
  it.effect("start with what session.create reported and follow capabilities.changed; info keeps the start", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("session.create", FakeRuntime.answer({
        sessionId: SESSION,
        capabilities: { ui: { elicitation: false, mcpApps: true }, extensions: { count: 2 } }
      }))
      yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
      yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        Effect.gen(function*() {
          expect(yield* session.capabilities).toEqual({ ui: { elicitation: false, mcpApps: true }, extensions: { count: 2 } })
          const events = yield* session.subscribe
          yield* fake.sessionEvent(SESSION, { type: "capabilities.changed", ephemeral: true, data: { ui: { elicitation: true } } })
          // When a subscriber sees the change, the session already reports it.
          const seen = yield* events.pipe(
            Stream.filter((event) => event.type === "capabilities.changed"),
            Stream.take(1),
            Stream.mapEffect(() => session.capabilities),
            Stream.runCollect
          )
          expect([...seen]).toEqual([{ ui: { elicitation: true, mcpApps: true }, extensions: { count: 2 } }])
          expect(session.info.capabilities).toEqual({ ui: { elicitation: false, mcpApps: true }, extensions: { count: 2 } })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("are empty when the start answer reports none, and a change adds to them", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("session.create", FakeRuntime.answer({ sessionId: SESSION }))
      yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
      yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        Effect.gen(function*() {
          expect(yield* session.capabilities).toEqual({})
          const events = yield* session.subscribe
          yield* fake.sessionEvent(SESSION, { type: "capabilities.changed", ephemeral: true, data: { ui: { canvases: true } } })
          yield* events.pipe(Stream.filter((event) => event.type === "capabilities.changed"), Stream.take(1), Stream.runDrain)
          expect(yield* session.capabilities).toEqual({ ui: { canvases: true } })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
