/**
 * Telemetry end to end on the real runtime: the `telemetry` option turns on
 * the runtime's own OpenTelemetry export (here its file exporter), the trace
 * context of the caller's Effect span travels with `session.create` and
 * `session.send` so the runtime's spans land in the caller's trace (the ids
 * in the runtime's file match the ones in our in-memory exporter), and the
 * runtime's GitHub telemetry events reach `client.gitHubTelemetry`.
 */
import { NodeSdk } from "@effect/opentelemetry"
import { expect, it } from "@effect/vitest"
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { Chunk, Effect, Fiber, Layer, Option, Stream } from "effect"
import { CopilotClient, CopilotSession } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { recordingClient } from "./support.js"

interface RuntimeSpan {
  readonly type?: string
  readonly name?: string
  readonly traceId?: string
  readonly spanId?: string
  readonly parentSpanId?: string
  readonly instrumentationScope?: { readonly name?: string }
  readonly attributes?: Record<string, unknown>
}

const temporaryDirectory = Effect.acquireRelease(
  Effect.sync(() => Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-copilot-otel-"))),
  (directory) => Effect.sync(() => Fs.rmSync(directory, { recursive: true, force: true }))
)

const named = (spans: ReadonlyArray<ReadableSpan>, name: string): ReadableSpan => {
  const found = spans.filter((span) => span.name === name)
  expect(found.map((span) => span.name), `exactly one span ${name}`).toEqual([name])
  return found[0]!
}

it.live("the runtime's spans (its file exporter) join the caller's trace (our in-memory exporter)", () =>
  Effect.scoped(Effect.gen(function*() {
    const directory = yield* temporaryDirectory
    const file = Path.join(directory, "runtime-spans.jsonl")
    const exporter = new InMemorySpanExporter()
    const Tracing = NodeSdk.layer(() => ({
      resource: { serviceName: "effect-copilot-telemetry-test" },
      spanProcessor: new SimpleSpanProcessor(exporter)
    }))
    const Live = TestRuntime.layer({
      client: {
        ...recordingClient(),
        telemetry: { exporter: "file", filePath: file, sourceName: "effect-copilot-e2e", captureContent: true }
      }
    }).pipe(Layer.provideMerge(Tracing))

    const [sessionId, ours] = yield* Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("TRACED")
      const sessionId = yield* CopilotSession.withSession({}, (session) =>
        session.sendAndWait("Say TRACED").pipe(Effect.as(session.sessionId))).pipe(Effect.withSpan("user.program"))
      // Read before the layer is released: the exporter forgets its spans when it shuts down.
      return [sessionId, [...exporter.getFinishedSpans()]] as const
    }).pipe(Effect.provide(Live))

    // The runtime has stopped (the layer is released): its file is complete.
    const entries: ReadonlyArray<RuntimeSpan> = Fs.readFileSync(file, "utf8").split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as RuntimeSpan)
    const runtimeSpans = entries.filter((entry) => entry.type === "span")
    expect(runtimeSpans.length).toBeGreaterThan(0)
    expect(new Set(runtimeSpans.map((span) => span.instrumentationScope?.name))).toEqual(new Set(["effect-copilot-e2e"]))

    const program = named(ours, "user.program")
    const send = named(ours, "CopilotSession.send")
    const traceId = program.spanContext().traceId
    // Every span the runtime wrote for this session is in the caller's trace.
    expect(new Set(runtimeSpans.map((span) => span.traceId))).toEqual(new Set([traceId]))
    // The agent's turn is a child of the send that caused it.
    const invokeAgent = runtimeSpans.find((span) => span.attributes?.["gen_ai.operation.name"] === "invoke_agent")
    expect(invokeAgent).toBeDefined()
    expect(invokeAgent!.attributes?.["gen_ai.conversation.id"]).toBe(sessionId)
    expect(invokeAgent!.parentSpanId).toBe(send.spanContext().spanId)
    // The capture-content switch is on: the prompt is in the model call's span.
    const chats = runtimeSpans.filter((span) => span.attributes?.["gen_ai.operation.name"] === "chat")
    expect(chats.some((span) => String(span.attributes?.["gen_ai.input.messages"] ?? "").includes("Say TRACED"))).toBe(true)
  })), 180_000)

it.live("with gitHubTelemetry the runtime's telemetry events reach client.gitHubTelemetry", () =>
  Effect.gen(function*() {
    const received = yield* Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const first = yield* client.gitHubTelemetry.pipe(
        Stream.filter((notification) => notification.sessionId !== undefined),
        Stream.take(1),
        Stream.runCollect,
        Effect.fork
      )
      // Let the subscription start before the session is made.
      yield* Effect.yieldNow()
      const sessionId = yield* CopilotSession.withSession({}, (session) =>
        Effect.map(Fiber.join(first), (notifications) => [session.sessionId, notifications] as const))
      return sessionId
    }).pipe(Effect.provide(TestRuntime.layer({ client: { ...recordingClient(), gitHubTelemetry: true } })))
    const [sessionId, notifications] = received
    const notification = Option.getOrThrow(Chunk.head(notifications))
    expect(notification.sessionId).toBe(sessionId)
    expect(typeof notification.restricted).toBe("boolean")
    expect(notification.event.kind).toEqual(expect.any(String))
  }), 180_000)
