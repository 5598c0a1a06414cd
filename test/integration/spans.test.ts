/**
 * The spans of one turn as a user's OpenTelemetry exporter sees them, on the
 * real runtime: the send is the parent of the turn's permission request and
 * tool call, each with its answer under it, every session span carries the
 * session's id, statuses say what happened, and the scripted model's own
 * HTTP spans stay out of the trace.
 */
import { NodeSdk } from "@effect/opentelemetry"
import { expect, it } from "@effect/vitest"
import { SpanKind, SpanStatusCode } from "@opentelemetry/api"
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { Effect, Layer, Schema } from "effect"
import { CopilotSession, Handlers, Tool } from "effect-copilot"
import { TestRuntime } from "effect-copilot/testing"
import { recordingClient, sendAndCollect, useRecording } from "./support.js"

/**
 * A fresh exporter and the runtime's Layer traced into it (an exporter stops
 * for good when its tracer provider shuts down, at the end of each test).
 * The tracer is provided to the runtime's Layer too, so the scripted model's
 * server would be traced if the test kit let it.
 */
const tracedRuntime = () => {
  const exporter = new InMemorySpanExporter()
  const Tracing = NodeSdk.layer(() => ({
    resource: { serviceName: "effect-copilot-spans-test" },
    spanProcessor: new SimpleSpanProcessor(exporter)
  }))
  return { exporter, Live: TestRuntime.layer({ client: recordingClient() }).pipe(Layer.provideMerge(Tracing)) }
}

const named = (spans: ReadonlyArray<ReadableSpan>, name: string): ReadableSpan => {
  const found = spans.filter((span) => span.name === name)
  expect(found.map((span) => span.name), `exactly one span ${name}`).toEqual([name])
  return found[0]!
}

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId

it.live("traces a turn: send → permission → answer and send → tool → answer, under the sender's span", () => {
  const { Live, exporter } = tracedRuntime()
  return Effect.gen(function*() {
    yield* useRecording("tools/invokes_custom_tool_with_permission_handler.yaml")
    const encrypt = Tool.make("encrypt_string", {
      description: "Encrypts a string",
      parameters: Schema.Struct({ input: Schema.String }),
      handler: ({ input }) => Effect.succeed(input.toUpperCase())
    })
    const sessionId = yield* CopilotSession.withSession(
      { tools: [encrypt], onPermissionRequest: () => Effect.succeed(Handlers.approveOnce) },
      (session) =>
        sendAndCollect(session, "Use encrypt_string to encrypt this string: Hello").pipe(Effect.as(session.sessionId))
    ).pipe(Effect.withSpan("user.program"))

    const spans = exporter.getFinishedSpans()
    const program = named(spans, "user.program")
    const create = named(spans, "CopilotSession.create")
    const send = named(spans, "CopilotSession.send")
    const sendCall = named(spans, "session.send")
    const permission = named(spans, "CopilotSession.permission")
    const permissionAnswer = named(spans, "session.permissions.handlePendingPermissionRequest")
    const tool = named(spans, "CopilotSession.tool")
    const toolRun = named(spans, "Tool.run encrypt_string")
    const toolAnswer = named(spans, "session.tools.handlePendingToolCall")
    const close = named(spans, "CopilotSession.close")

    // The tree, by span ids.
    expect(parentOf(create)).toBe(program.spanContext().spanId)
    expect(parentOf(send)).toBe(program.spanContext().spanId)
    expect(parentOf(sendCall)).toBe(send.spanContext().spanId)
    expect(parentOf(permission)).toBe(send.spanContext().spanId)
    expect(parentOf(permissionAnswer)).toBe(permission.spanContext().spanId)
    expect(parentOf(tool)).toBe(send.spanContext().spanId)
    expect(parentOf(toolRun)).toBe(tool.spanContext().spanId)
    expect(parentOf(toolAnswer)).toBe(tool.spanContext().spanId)
    const turnSpans = [send, sendCall, permission, permissionAnswer, tool, toolRun, toolAnswer, create, close]
    expect(new Set(turnSpans.map((span) => span.spanContext().traceId))).toEqual(new Set([program.spanContext().traceId]))

    // Statuses: everything succeeded, and nothing was interrupted.
    for (const span of turnSpans) {
      expect({ name: span.name, status: span.status.code, interrupted: span.attributes["status.interrupted"] })
        .toEqual({ name: span.name, status: SpanStatusCode.OK, interrupted: undefined })
    }
    expect([toolAnswer.kind, permissionAnswer.kind]).toEqual([SpanKind.CLIENT, SpanKind.CLIENT])
    expect(tool.attributes["tool.name"]).toBe("encrypt_string")
    expect(permission.attributes["permission.kind"]).toBe("custom-tool")

    // Every session span carries the session's id.
    for (const span of turnSpans) {
      expect({ name: span.name, sessionId: span.attributes["session.id"] }).toEqual({ name: span.name, sessionId })
    }

    // The scripted model served the turn, yet none of its HTTP spans is here.
    expect(spans.map((span) => span.name).filter((name) => name.startsWith("http."))).toEqual([])
  }).pipe(Effect.provide(Live))
}, 120_000)

it.live("a tool whose handler fails ends its spans with an error status naming the failure", () => {
  const { Live, exporter } = tracedRuntime()
  return Effect.gen(function*() {
    yield* useRecording("tools/handles_tool_calling_errors.yaml")
    const getLocation = Tool.make("get_user_location", {
      description: "Gets the user's location",
      parameters: Schema.Struct({}),
      handler: () => Effect.fail(new Error("Tool execution failed"))
    })
    yield* CopilotSession.withSession(
      { tools: [getLocation], onPermissionRequest: Handlers.approveAll },
      (session) => sendAndCollect(session, "What is my location? If you can't find out, just say 'unknown'.")
    )
    const spans = exporter.getFinishedSpans()
    const tool = named(spans, "CopilotSession.tool")
    const toolRun = named(spans, "Tool.run get_user_location")
    const toolAnswer = named(spans, "session.tools.handlePendingToolCall")
    expect(toolRun.status).toEqual({ code: SpanStatusCode.ERROR, message: "Tool execution failed" })
    expect(tool.status).toEqual({ code: SpanStatusCode.ERROR, message: `Tool "get_user_location" failed: Tool execution failed` })
    // The failure was still answered, and that answer went through.
    expect(toolAnswer.status.code).toBe(SpanStatusCode.OK)
    expect(parentOf(toolAnswer)).toBe(tool.spanContext().spanId)
    expect(parentOf(tool)).toBe(named(spans, "CopilotSession.send").spanContext().spanId)
  }).pipe(Effect.provide(Live))
}, 120_000)
