/**
 * What the connection adds to session starts and sends, against the fake
 * runtime: the current span's W3C `traceparent` on `session.create`,
 * `session.resume` and `session.send`; the GitHub telemetry opt-in on
 * `connect` and on session starts; `gitHubTelemetry.event` notifications on
 * the client's stream; and the telemetry option refused where it cannot act.
 */
import { NodeSdk } from "@effect/opentelemetry"
import { describe, expect, it } from "@effect/vitest"
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { Chunk, Effect, Fiber, Layer, Option, Stream } from "effect"
import { CopilotClient, CopilotSession, RuntimeConnection } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"
import * as Fs from "node:fs"
import { traceparent } from "../src/internal/traceContext.js"

const SESSION = "s-trace"

const sessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", () => Effect.succeed({ sessionId: SESSION }))
  yield* fake.handle("session.resume", () => Effect.succeed({ sessionId: SESSION }))
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  yield* fake.handle("session.send", FakeRuntime.answer({ messageId: "m1" }))
  return fake
})

/** The fake runtime's client, traced by OpenTelemetry (as a program that exports its spans is). */
const Traced = FakeRuntime.layerClient.pipe(Layer.provideMerge(NodeSdk.layer(() => ({
  resource: { serviceName: "trace-context" },
  spanProcessor: new SimpleSpanProcessor(new InMemorySpanExporter())
}))))

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/

describe("trace context", () => {
  it.effect("session.create and session.send carry the traceparent of the span they run in", () =>
    Effect.gen(function*() {
      const fake = yield* sessions
      const ids = yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        Effect.gen(function*() {
          yield* session.send("Hi")
          return yield* Effect.currentSpan
        })).pipe(Effect.withSpan("user.program"))
      const [create] = yield* fake.requests("session.create")
      const [send] = yield* fake.requests("session.send")
      const createParent = TRACEPARENT.exec(String((create?.params as Record<string, unknown>)["traceparent"]))
      const sendParent = TRACEPARENT.exec(String((send?.params as Record<string, unknown>)["traceparent"]))
      expect(createParent).not.toBeNull()
      expect(sendParent).not.toBeNull()
      // One trace, the caller's; each call under its own span (create's, send's).
      expect(createParent![1]).toBe(ids.traceId)
      expect(sendParent![1]).toBe(ids.traceId)
      expect(createParent![2]).not.toBe(sendParent![2])
      expect(create?.params).not.toHaveProperty("tracestate")
    }).pipe(Effect.provide(Traced)))

  it.effect("under Effect's built-in tracer (spans exported nowhere) no trace context is sent", () =>
    Effect.gen(function*() {
      const fake = yield* sessions
      yield* CopilotSession.withSession({ sessionId: SESSION }, (session) => session.send("Hi")).pipe(
        Effect.withSpan("user.program")
      )
      const [create] = yield* fake.requests("session.create")
      const [send] = yield* fake.requests("session.send")
      expect(create?.params).not.toHaveProperty("traceparent")
      expect(send?.params).not.toHaveProperty("traceparent")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("session.resume carries it too; a traceparent the caller gives to send wins", () =>
    Effect.gen(function*() {
      const fake = yield* sessions
      const given = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
      yield* CopilotSession.withResumedSession(SESSION, {}, (session) =>
        session.send({ prompt: "Hi", traceparent: given })).pipe(Effect.withSpan("user.program"))
      const [resume] = yield* fake.requests("session.resume")
      const [send] = yield* fake.requests("session.send")
      expect(String((resume?.params as Record<string, unknown>)["traceparent"])).toMatch(TRACEPARENT)
      expect((send?.params as Record<string, unknown>)["traceparent"]).toBe(given)
    }).pipe(Effect.provide(Traced)))

  it("a span's ids make a traceparent only when they are W3C ids", () => {
    const traceId = "0af7651916cd43dd8448eb211c80319c"
    expect(traceparent({ traceId, spanId: "b7ad6b7169203331", sampled: false })).toEqual(
      Option.some(`00-${traceId}-b7ad6b7169203331-00`)
    )
    expect(traceparent({ traceId: "native", spanId: "b7ad6b7169203331", sampled: true })._tag).toBe("None")
    expect(traceparent({ traceId: "0".repeat(32), spanId: "b7ad6b7169203331", sampled: true })._tag).toBe("None")
  })
})

describe("GitHub telemetry", () => {
  it.effect("gitHubTelemetry opts the connection and each session in, and the events reach the stream", () =>
    Effect.gen(function*() {
      const fake = yield* sessions
      const client = yield* CopilotClient.CopilotClient
      const [connect] = yield* fake.requests("connect")
      expect(connect?.params).toMatchObject({ enableGitHubTelemetryForwarding: true })
      const taken = yield* client.gitHubTelemetry.pipe(Stream.take(2), Stream.runCollect, Effect.fork)
      yield* Effect.yieldNow()
      yield* CopilotSession.withSession({ sessionId: SESSION }, () => Effect.void)
      const [create] = yield* fake.requests("session.create")
      expect(create?.params).toMatchObject({ enableGitHubTelemetryForwarding: true })
      yield* fake.notify("gitHubTelemetry.event", {
        sessionId: SESSION,
        restricted: false,
        event: { kind: "session_start", properties: { a: "b" }, metrics: { n: 1 }, extra: "kept out" }
      })
      // A notification that does not match the protocol is dropped, not fatal.
      yield* fake.notify("gitHubTelemetry.event", { restricted: "no" })
      yield* fake.notify("gitHubTelemetry.event", { restricted: true, event: { kind: "sessionless", properties: {}, metrics: {} } })
      const events = Chunk.toArray(yield* Fiber.join(taken))
      expect(events.map((n) => [n.sessionId, n.restricted, n.event.kind])).toEqual([
        [SESSION, false, "session_start"],
        [undefined, true, "sessionless"]
      ])
      expect(events[0]?.event.properties).toEqual({ a: "b" })
    }).pipe(Effect.provide(FakeRuntime.layerClientWith({ client: { gitHubTelemetry: true } }))))

  it.effect("the real runtime's notifications reach the stream whole", () =>
    Effect.gen(function*() {
      const recorded = Fs.readFileSync(
        new URL("./fixtures/runtime-1.0.102/telemetry/gitHubTelemetry.event.jsonl", import.meta.url),
        "utf8"
      ).split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as { params: unknown })
      const fake = yield* FakeRuntime.FakeRuntime
      const client = yield* CopilotClient.CopilotClient
      const taken = yield* client.gitHubTelemetry.pipe(Stream.take(recorded.length), Stream.runCollect, Effect.fork)
      yield* Effect.yieldNow()
      for (const notification of recorded) yield* fake.notify("gitHubTelemetry.event", notification.params)
      const events = Chunk.toArray(yield* Fiber.join(taken))
      expect(events.map((n) => n.event.kind)).toEqual(
        recorded.map((n) => (n.params as { event: { kind: string } }).event.kind)
      )
      expect(events[1]?.event.properties["copilot_version"]).toBe("1.0.102")
    }).pipe(Effect.provide(FakeRuntime.layerClientWith({ client: { gitHubTelemetry: true } }))))

  it.effect("without it nothing opts in", () =>
    Effect.gen(function*() {
      const fake = yield* sessions
      yield* CopilotSession.withSession({ sessionId: SESSION }, () => Effect.void)
      const [connect] = yield* fake.requests("connect")
      const [create] = yield* fake.requests("session.create")
      expect(connect?.params).not.toHaveProperty("enableGitHubTelemetryForwarding")
      expect(create?.params).not.toHaveProperty("enableGitHubTelemetryForwarding")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("telemetry option", () => {
  it.effect("is refused for a Uri connection, whose runtime this client does not start", () =>
    Effect.gen(function*() {
      const error = yield* CopilotClient.make({
        connection: RuntimeConnection.Uri({ url: "127.0.0.1:9" }),
        telemetry: { exporter: "file", filePath: "/tmp/spans.jsonl" }
      }).pipe(Effect.scoped, Effect.flip)
      expect(error._tag).toBe("InvalidConfig")
      expect(error.message).toContain("telemetry does not apply to a Uri connection")
    }))
})
