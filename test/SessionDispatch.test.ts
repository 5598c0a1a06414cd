/**
 * How a session answers what the runtime asks of it, against the fake
 * runtime: tool calls, their cancellation, permission requests, and inbound
 * requests with no handler.
 */
import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Schema } from "effect"
import { CopilotSession, Tool } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const SESSION = "s-dispatch"

/** A fake runtime that creates and destroys sessions. */
const withSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", () => Effect.succeed({ sessionId: SESSION }))
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  yield* fake.handle("session.tools.handlePendingToolCall", FakeRuntime.answer({ success: true }))
  yield* fake.handle("session.permissions.handlePendingPermissionRequest", FakeRuntime.answer({ success: true }))
  return fake
})

const toolRequested = (requestId: string, toolName: string, args: unknown) => ({
  type: "external_tool.requested",
  data: { requestId, sessionId: SESSION, toolCallId: `call-${requestId}`, toolName, arguments: args }
})

describe("a session answering the runtime", () => {
  it.effect("runs a requested tool and answers with handlePendingToolCall", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const shout = Tool.make("shout", {
        description: "Upper-cases text",
        parameters: Schema.Struct({ text: Schema.String }),
        handler: ({ text }) => Effect.succeed(text.toUpperCase())
      })
      yield* CopilotSession.withSession({ sessionId: SESSION, tools: [shout] }, () =>
        Effect.gen(function*() {
          yield* fake.sessionEvent(SESSION, toolRequested("r1", "shout", { text: "hi" }))
          const answer = yield* fake.takeRequest("session.tools.handlePendingToolCall")
          expect(answer.params).toEqual({ sessionId: SESSION, requestId: "r1", result: "HI" })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("stops a running tool when the runtime reports the call completed elsewhere, and sends no answer", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const started = yield* Deferred.make<void>()
      const interrupted = yield* Deferred.make<void>()
      const slow = Tool.make("slow", {
        description: "Never finishes",
        parameters: Schema.Struct({}),
        handler: () =>
          Deferred.succeed(started, undefined).pipe(
            Effect.zipRight(Effect.never),
            Effect.onInterrupt(() => Deferred.succeed(interrupted, undefined))
          )
      })
      yield* CopilotSession.withSession({ sessionId: SESSION, tools: [slow] }, () =>
        Effect.gen(function*() {
          yield* fake.sessionEvent(SESSION, toolRequested("r2", "slow", {}))
          yield* Deferred.await(started)
          yield* fake.sessionEvent(SESSION, { type: "external_tool.completed", data: { requestId: "r2" } })
          yield* Deferred.await(interrupted)
        }))
      expect(yield* fake.requests("session.tools.handlePendingToolCall")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("leaves a tool it does not have to other clients of the session", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({ sessionId: SESSION }, () =>
        Effect.gen(function*() {
          yield* fake.sessionEvent(SESSION, toolRequested("r3", "not_mine", {}))
          // A round trip after the event: the session has handled it by now.
          yield* fake.request("userInput.request", { sessionId: SESSION, question: "?" })
        }))
      expect(yield* fake.requests("session.tools.handlePendingToolCall")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("answers user-not-available when the permission handler fails", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession(
        { sessionId: SESSION, onPermissionRequest: () => Effect.fail("the approver is away") },
        () =>
          Effect.gen(function*() {
            yield* fake.sessionEvent(SESSION, {
              type: "permission.requested",
              data: {
                requestId: "p1",
                permissionRequest: { kind: "custom-tool", toolCallId: "c1", toolName: "t", toolDescription: "d", args: {} }
              }
            })
            const answer = yield* fake.takeRequest("session.permissions.handlePendingPermissionRequest")
            expect(answer.params).toEqual({ sessionId: SESSION, requestId: "p1", result: { kind: "user-not-available" } })
          })
      )
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("answers a request it has no handler for with -32601, and keeps serving", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession(
        { sessionId: SESSION, onUserInputRequest: (request) => Effect.succeed({ answer: request.question, wasFreeform: true }) },
        () =>
          Effect.gen(function*() {
            const plan = yield* fake.request("exitPlanMode.request", { sessionId: SESSION, summary: "s", planContent: "p", actions: [], recommendedAction: "interactive" })
            expect(plan).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: -32601 } } })
            const input = yield* fake.request("userInput.request", { sessionId: SESSION, question: "still there?" })
            expect(input).toMatchObject({ _tag: "SuccessResponse", message: { result: { answer: "still there?", wasFreeform: true } } })
          })
      )
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

