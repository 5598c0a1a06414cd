/**
 * What an open session holds, against the fake runtime: the parts it does
 * not use (its answering part, with its handler fiber sets; event
 * subscriptions) are not made until used, and made when they are.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Stream } from "effect"
import { CopilotSession, Handlers } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"
import { usage } from "../src/internal/session/service.js"

const SESSION = "s-parts"

const withSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", () => Effect.succeed({ sessionId: SESSION }))
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  return fake
})

/** An event of a type this SDK does not know, which asks nothing of it. */
const marker = (n: number) => ({ type: "test.marker", id: `marker-${n}`, data: { n } })

describe("an open session's parts", () => {
  it.effect("an idle session has no answering part and no subscription; a subscription lasts as long as its stream", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({ sessionId: SESSION, onPermissionRequest: Handlers.approveAll }, (session) =>
        Effect.gen(function*() {
          expect(usage(session)).toEqual({ answering: false, subscribers: 0 })
          const events = yield* session.subscribe
          expect(usage(session)).toEqual({ answering: false, subscribers: 1 })
          yield* fake.sessionEvent(SESSION, { type: "assistant.message", id: "a1", data: { messageId: "m1", content: "hi" } })
          yield* fake.sessionEvent(SESSION, marker(1))
          // Both were taken in (and reacted to) once the subscriber has them.
          const seen = yield* Stream.runCollect(Stream.take(events, 2))
          expect(Array.from(seen).map((event) => event.id)).toEqual(["a1", "marker-1"])
          // Events that ask for nothing make nothing; the ended stream let go of its subscription.
          expect(usage(session)).toEqual({ answering: false, subscribers: 0 })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("the first event that asks for an answer makes the answering part, and is answered", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({ sessionId: SESSION, onPermissionRequest: Handlers.approveAll }, (session) =>
        Effect.gen(function*() {
          yield* fake.sessionEvent(SESSION, {
            type: "permission.requested",
            data: {
              requestId: "p1",
              permissionRequest: { kind: "custom-tool", toolCallId: "c1", toolName: "t", toolDescription: "d", args: {} }
            }
          })
          const answer = yield* fake.takeRequest("session.permissions.handlePendingPermissionRequest")
          expect(answer.params).toMatchObject({ sessionId: SESSION, requestId: "p1", result: { kind: "approve-once" } })
          expect(usage(session)?.answering).toBe(true)
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("an inbound request for the session makes the answering part too", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        Effect.gen(function*() {
          expect(usage(session)?.answering).toBe(false)
          // No user input handler: answered with -32601, by the answering part.
          const answer = yield* fake.request("userInput.request", { sessionId: SESSION, question: "?" })
          expect(answer._tag).toBe("ErrorResponse")
          expect(usage(session)?.answering).toBe(true)
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
