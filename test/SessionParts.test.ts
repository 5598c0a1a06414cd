/**
 * What an open session holds, against the fake runtime: the parts it does
 * not use (its answering part, with its handler fiber sets; event
 * subscriptions) are not made until used, and made when they are.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Fiber, Option, Stream } from "effect"
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

let sequence = 0
/** A known event as the runtime writes it (session.idle is ephemeral-only). */
const known = (type: string, data: Record<string, unknown>) => ({
  id: `e${sequence++}`,
  timestamp: "2026-01-01T00:00:00.000Z",
  parentId: null,
  ...(type === "session.idle" ? { ephemeral: true } : {}),
  type,
  data
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

  it.effect("a sendAndWait follows its turn without a subscription of its own: one fold while it waits, none after", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* fake.handle("session.send", FakeRuntime.answer({ messageId: "m1" }))
      yield* CopilotSession.withSession({ sessionId: SESSION, onPermissionRequest: Handlers.approveAll }, (session) =>
        Effect.gen(function*() {
          const waiting = yield* Effect.fork(session.sendAndWait("hi"))
          yield* fake.takeRequest("session.send")
          expect(usage(session)).toEqual({ answering: false, subscribers: 1 })
          // The idle of an earlier turn, before this turn's user message, is not its end.
          yield* fake.sessionEvent(SESSION, known("session.idle", {}))
          yield* fake.sessionEvent(SESSION, known("user.message", { content: "hi" }))
          yield* fake.sessionEvent(SESSION, known("assistant.message", { messageId: "m1", content: "first" }))
          yield* fake.sessionEvent(SESSION, known("assistant.message", { messageId: "m2", content: "last" }))
          yield* fake.sessionEvent(SESSION, known("session.idle", {}))
          const answer = yield* Fiber.join(waiting)
          expect(Option.map(answer, (event) => event.data.content)).toEqual(Option.some("last"))
          expect(usage(session)).toEqual({ answering: false, subscribers: 0 })

          // Interrupted while it waits, it lets go of its fold too.
          const second = yield* Effect.fork(session.sendAndWait("again"))
          yield* fake.takeRequest("session.send")
          expect(usage(session)?.subscribers).toBe(1)
          expect(Exit.isInterrupted(yield* Fiber.interrupt(second))).toBe(true)
          expect(usage(session)?.subscribers).toBe(0)

          // A session.error ends the turn with a SessionError.
          const third = yield* Effect.fork(session.sendAndWait("once more"))
          yield* fake.takeRequest("session.send")
          yield* fake.sessionEvent(SESSION, known("user.message", { content: "once more" }))
          yield* fake.sessionEvent(SESSION, known("session.error", { errorType: "query", message: "it broke" }))
          const failed = yield* Fiber.await(third)
          expect(Exit.isFailure(failed) && JSON.stringify(failed.cause)).toContain("it broke")
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
