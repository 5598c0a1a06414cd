/**
 * The spans of a session's answers, against the fake runtime and an
 * OpenTelemetry in-memory exporter: statuses that say what happened, and the
 * parent a turn's work gets.
 */
import { NodeSdk } from "@effect/opentelemetry"
import { describe, expect, it } from "@effect/vitest"
import { SpanStatusCode } from "@opentelemetry/api"
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { Effect, Layer, Schema } from "effect"
import { CopilotSession, Tool } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const SESSION = "s-spans"

/** A fake runtime client traced into a fresh exporter. */
const traced = () => {
  const exporter = new InMemorySpanExporter()
  const Tracing = NodeSdk.layer(() => ({ resource: { serviceName: "spans" }, spanProcessor: new SimpleSpanProcessor(exporter) }))
  return { exporter, Live: FakeRuntime.layerClient.pipe(Layer.provideMerge(Tracing)) }
}

const withSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", () => Effect.succeed({ sessionId: SESSION }))
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  yield* fake.handle("session.send", FakeRuntime.answer({ messageId: "m1" }))
  yield* fake.handle("session.permissions.handlePendingPermissionRequest", FakeRuntime.answer({ success: true }))
  return fake
})

const named = (spans: ReadonlyArray<ReadableSpan>, name: string): ReadableSpan => {
  const found = spans.filter((span) => span.name === name)
  expect(found.map((span) => span.name), `exactly one span ${name}`).toEqual([name])
  return found[0]!
}

const shout = Tool.make("shout", {
  description: "Upper-cases text",
  parameters: Schema.Struct({ text: Schema.String }),
  handler: ({ text }) => Effect.succeed(text.toUpperCase())
})

describe("session spans", () => {
  it.effect("a tool that succeeded ends ok although external_tool.completed comes before the answer's reply", () => {
    const { Live, exporter } = traced()
    return Effect.gen(function*() {
      const fake = yield* withSessions
      // As the real runtime does: the completion event goes out before the reply.
      yield* fake.handle("session.tools.handlePendingToolCall", (params) =>
        fake.sessionEvent(SESSION, { type: "external_tool.completed", data: { requestId: "r1" } }).pipe(
          Effect.as({ success: true, echoed: params })
        ))
      yield* CopilotSession.withSession({ sessionId: SESSION, tools: [shout] }, (session) =>
        Effect.gen(function*() {
          yield* session.send("shout hi")
          yield* fake.sessionEvent(SESSION, {
            type: "external_tool.requested",
            data: { requestId: "r1", sessionId: SESSION, toolCallId: "c1", toolName: "shout", arguments: { text: "hi" } }
          })
          yield* fake.takeRequest("session.tools.handlePendingToolCall")
          // A round trip after the answer: the session has taken its reply and the completion by now.
          yield* fake.request("userInput.request", { sessionId: SESSION, question: "?" })
        }))
      const spans = exporter.getFinishedSpans()
      const send = named(spans, "CopilotSession.send")
      const tool = named(spans, "CopilotSession.tool")
      const answer = named(spans, "session.tools.handlePendingToolCall")
      for (const span of [tool, answer]) {
        expect({ name: span.name, code: span.status.code, interrupted: span.attributes["status.interrupted"] })
          .toEqual({ name: span.name, code: SpanStatusCode.OK, interrupted: undefined })
      }
      expect(tool.parentSpanContext?.spanId).toBe(send.spanContext().spanId)
      expect(answer.parentSpanContext?.spanId).toBe(tool.spanContext().spanId)
      expect(tool.attributes["session.id"]).toBe(SESSION)
      // An inbound request of the turn goes under the send too; this session
      // has no user input handler, so it was answered with an error.
      const userInput = named(spans, "CopilotSession.userInput.request")
      expect(userInput.parentSpanContext?.spanId).toBe(send.spanContext().spanId)
      expect(userInput.status.code).toBe(SpanStatusCode.ERROR)
      expect(userInput.links).toHaveLength(1)
    }).pipe(Effect.provide(Live))
  })

  it.effect("a permission handler that fails ends its span with an error naming the fallback it answered", () => {
    const { Live, exporter } = traced()
    return Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession(
        { sessionId: SESSION, onPermissionRequest: () => Effect.fail(new Error("the approver is away")) },
        () =>
          Effect.gen(function*() {
            yield* fake.sessionEvent(SESSION, {
              type: "permission.requested",
              data: {
                requestId: "p1",
                permissionRequest: { kind: "custom-tool", toolCallId: "c1", toolName: "t", toolDescription: "d", args: {} }
              }
            })
            yield* fake.takeRequest("session.permissions.handlePendingPermissionRequest")
            yield* fake.request("userInput.request", { sessionId: SESSION, question: "?" })
          })
      )
      const spans = exporter.getFinishedSpans()
      const permission = named(spans, "CopilotSession.permission")
      const answer = named(spans, "session.permissions.handlePendingPermissionRequest")
      expect(permission.status).toEqual({
        code: SpanStatusCode.ERROR,
        message: "the permission handler failed: the approver is away; answered user-not-available"
      })
      expect(answer.status.code).toBe(SpanStatusCode.OK)
      expect(answer.parentSpanContext?.spanId).toBe(permission.spanContext().spanId)
      // No send began a turn: the request is a root, not a child of the session's opening.
      expect(permission.parentSpanContext).toBeUndefined()
      expect(permission.attributes["session.id"]).toBe(SESSION)
    }).pipe(Effect.provide(Live))
  })

  it.effect("an answer the runtime rejects ends the answer's and the tool's spans with an error", () => {
    const { Live, exporter } = traced()
    return Effect.gen(function*() {
      const fake = yield* withSessions
      yield* fake.handle("session.tools.handlePendingToolCall", FakeRuntime.answerError(-32602, "no such request"))
      yield* CopilotSession.withSession({ sessionId: SESSION, tools: [shout] }, () =>
        Effect.gen(function*() {
          yield* fake.sessionEvent(SESSION, {
            type: "external_tool.requested",
            data: { requestId: "r9", sessionId: SESSION, toolCallId: "c9", toolName: "shout", arguments: { text: "hi" } }
          })
          yield* fake.takeRequest("session.tools.handlePendingToolCall")
          yield* fake.request("userInput.request", { sessionId: SESSION, question: "?" })
        }))
      const spans = exporter.getFinishedSpans()
      const tool = named(spans, "CopilotSession.tool")
      const answer = named(spans, "session.tools.handlePendingToolCall")
      expect(answer.status.code).toBe(SpanStatusCode.ERROR)
      expect(tool.status).toEqual({
        code: SpanStatusCode.ERROR,
        message: "could not answer the call of tool shout: no such request"
      })
      expect(named(spans, "Tool.run shout").status.code).toBe(SpanStatusCode.OK)
    }).pipe(Effect.provide(Live))
  })
})
