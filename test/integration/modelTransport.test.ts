/**
 * The runtime's model requests through the user's HttpClient (and
 * WebSocket), on the real runtime against the scripted model: the HTTP turn
 * and the WebSocket turn go through the user's transport with each request's
 * context, an abort by the runtime interrupts the request's fiber, and a
 * transport that fails fails the turn with a typed error instead of a hang.
 */
import { FetchHttpClient, HttpClient, HttpClientRequest } from "@effect/platform"
import * as Socket from "@effect/platform/Socket"
import * as NodeSocket from "@effect/platform-node/NodeSocket"
import { NodeSdk } from "@effect/opentelemetry"
import { expect, it } from "@effect/vitest"
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { Deferred, Effect, Layer, Option, Redacted, Ref, Stream } from "effect"
import { CopilotClient, CopilotSession, ModelTransport, RuntimeConnection } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
import { recordingClient } from "./support.js"

interface Seen {
  readonly info: ModelTransport.ModelRequestInfo
  readonly url: string
  readonly method: string
}

const isInference = (url: string) => url.endsWith("/chat/completions") || url.endsWith("/responses")

/**
 * The user's transport: their HttpClient with a middleware that records each
 * request with its context and marks it with a header, and a WebSocket
 * opener that records too.
 */
const recordingTransport = (
  seen: Ref.Ref<ReadonlyArray<Seen>>,
  transform: (client: HttpClient.HttpClient) => HttpClient.HttpClient.With<unknown> = (client) => client
) =>
  Effect.map(HttpClient.HttpClient, (http) =>
    ModelTransport.make({
      http: transform(http).pipe(
        HttpClient.mapRequestEffect((request) =>
          Effect.flatMap(ModelTransport.ModelRequest, (info) =>
            Ref.update(seen, (all) => [...all, { info, url: request.url, method: request.method }]).pipe(
              Effect.as(HttpClientRequest.setHeader(request, "x-through-user-client", info.requestId))
            ))
        )
      ),
      webSocket: (info) =>
        Ref.update(seen, (all) => [...all, { info, url: info.url, method: "WS" }]).pipe(
          Effect.zipRight(Socket.makeWebSocket(info.url)),
          Effect.provide(NodeSocket.layerWebSocketConstructor)
        )
    })).pipe(Effect.provide(FetchHttpClient.layer))

const runtimeWith = (
  transport: ModelTransport.ModelTransport,
  options: { readonly model?: ScriptedModel.Options; readonly env?: Record<string, string> } = {}
) => {
  const recording = recordingClient()
  return TestRuntime.layer({
    model: options.model,
    client: { ...recording, env: { ...recording?.env, ...options.env }, modelTransport: transport }
  })
}

it.live("an HTTP turn goes through the user's HttpClient, with each request's context", () =>
  Effect.gen(function*() {
    const seen = yield* Ref.make<ReadonlyArray<Seen>>([])
    const transport = yield* recordingTransport(seen)
    const { answer, received, sessionId } = yield* Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("through your client")
      const [answer, sessionId] = yield* CopilotSession.withSession(
        {},
        (session) => Effect.map(session.sendAndWait("Hi"), (answer) => [answer, session.sessionId] as const)
      )
      return { answer, sessionId, received: yield* model.requests }
    }).pipe(Effect.provide(runtimeWith(transport)))

    expect(Option.map(answer, (event) => event.type === "assistant.message" ? event.data.content : "")).toEqual(
      Option.some("through your client")
    )
    const all = yield* Ref.get(seen)
    // The catalog at start-up: outside any session.
    const catalog = all.find((s) => s.url.endsWith("/models"))
    expect(catalog?.info).toMatchObject({ method: "GET", transport: "http" })
    expect(catalog?.info.sessionId).toBeUndefined()
    // The turn's inference request, with its context.
    const inference = all.filter((s) => isInference(s.url))
    expect(inference.length).toBeGreaterThan(0)
    const first = inference[0]!
    expect(first.method).toBe("POST")
    expect(first.info).toMatchObject({
      sessionId,
      agentId: sessionId,
      interactionType: "conversation-agent",
      transport: "http",
      method: "POST"
    })
    expect(first.info.agentInvocationId).toEqual(expect.any(String))
    expect(first.info.headers["authorization"]).toEqual([expect.stringMatching(/^Bearer /)])
    // What the scripted model received came through the user's client: the
    // middleware's header is on it, with the id of that request.
    const completions = received.filter((r) => r.path === "/chat/completions")
    expect(completions.map((r) => r.headers["x-through-user-client"])).toEqual(
      inference.filter((s) => s.url.endsWith("/chat/completions")).map((s) => s.info.requestId)
    )
  }), 180_000)

it.live("a WebSocket turn (the responses API over a WebSocket) goes through the transport's WebSocket", () =>
  Effect.gen(function*() {
    const seen = yield* Ref.make<ReadonlyArray<Seen>>([])
    const transport = yield* recordingTransport(seen)
    const { answer, received, sessionId } = yield* Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("over the socket")
      const [answer, sessionId] = yield* CopilotSession.withSession(
        { model: "ws-model" },
        (session) => Effect.map(session.sendAndWait("Hi"), (answer) => [answer, session.sessionId] as const)
      )
      return { answer, sessionId, received: yield* model.requests }
    }).pipe(Effect.provide(runtimeWith(transport, {
      model: { models: [{ id: "ws-model", endpoints: ["/responses", "ws:/responses"], chatDefault: true }] },
      env: { COPILOT_EXP_COPILOT_CLI_WEBSOCKET_RESPONSES: "true" }
    })))

    expect(Option.map(answer, (event) => event.type === "assistant.message" ? event.data.content : "")).toEqual(
      Option.some("over the socket")
    )
    const sockets = (yield* Ref.get(seen)).filter((s) => s.method === "WS")
    expect(sockets.length).toBeGreaterThan(0)
    expect(sockets[0]!.info).toMatchObject({
      sessionId,
      transport: "websocket",
      interactionType: "conversation-agent",
      url: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/responses$/)
    })
    // The scripted model got the runtime's response.create over the socket.
    const messages = received.filter((r) => r.method === "WS")
    expect(messages.map((r) => Option.map(r.body, (body) => (body as { type?: unknown }).type))).toContainEqual(
      Option.some("response.create")
    )
  }), 180_000)

it.live("session.abort during a model request interrupts the fiber serving it", () =>
  Effect.gen(function*() {
    const seen = yield* Ref.make<ReadonlyArray<Seen>>([])
    const entered = yield* Deferred.make<void>()
    const interrupted = yield* Deferred.make<void>()
    // The user's client hangs on inference until it is interrupted.
    const transport = yield* recordingTransport(seen, (client) =>
      HttpClient.transform(client, (response, request) =>
        isInference(request.url)
          ? Deferred.succeed(entered, undefined).pipe(
            Effect.zipRight(Effect.never),
            Effect.onInterrupt(() => Deferred.succeed(interrupted, undefined))
          )
          : response))
    const events = yield* Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("never sent")
      return yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          const events = yield* session.subscribe
          yield* session.send("Hi")
          yield* Deferred.await(entered)
          yield* session.abort
          yield* Deferred.await(interrupted)
          // The turn ends: the runtime is not left waiting on the request.
          return yield* events.pipe(
            Stream.takeUntil((event) => event.type === "session.idle"),
            Stream.map((event) => event.type),
            Stream.runCollect
          )
        }))
    }).pipe(Effect.provide(runtimeWith(transport)))
    expect(yield* Deferred.isDone(interrupted)).toBe(true)
    expect([...events]).toContain("session.idle")
    expect([...events]).not.toContain("assistant.message")
  }), 180_000)

it.live("a failing transport fails the turn with a SessionError naming the failure, not a hang", () =>
  Effect.gen(function*() {
    const seen = yield* Ref.make<ReadonlyArray<Seen>>([])
    const attempts = yield* Ref.make(0)
    const transport = yield* recordingTransport(seen, (client) =>
      HttpClient.transform(client, (response, request) =>
        isInference(request.url)
          ? Ref.update(attempts, (n) => n + 1).pipe(Effect.zipRight(Effect.fail(new Error("the proxy refused the request"))))
          : response))
    const error = yield* Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("never sent")
      return yield* CopilotSession.withSession({}, (session) => Effect.flip(session.sendAndWait("Hi", { timeout: "150 seconds" })))
    }).pipe(Effect.provide(runtimeWith(transport)))
    expect(error._tag).toBe("SessionError")
    // The runtime retried the request (each attempt through the user's
    // client), then failed the turn with the transport's own words.
    expect(error.message).toContain("the proxy refused the request")
    expect(yield* Ref.get(attempts)).toBeGreaterThan(1)
  }), 240_000)

it.live("the runtime takes one model provider: a second client on the same runtime fails start-up", () =>
  Effect.gen(function*() {
    const seen = yield* Ref.make<ReadonlyArray<Seen>>([])
    const transport = yield* recordingTransport(seen)
    const connectionToken = Redacted.make("one-provider")
    const error = yield* Effect.gen(function*() {
      const first = yield* CopilotClient.CopilotClient
      const port = Option.getOrThrow(first.runtimePort)
      return yield* CopilotClient.make({
        connection: RuntimeConnection.Uri({ url: String(port), connectionToken }),
        modelTransport: transport
      }).pipe(Effect.scoped, Effect.flip)
    }).pipe(Effect.provide(TestRuntime.layer({
      client: { connection: RuntimeConnection.Tcp({ connectionToken }), modelTransport: transport }
    })))
    expect(error._tag).toBe("ConnectionFailed")
    expect(error.message).toContain("Another client is already the LLM inference provider.")
  }), 180_000)

it.live("a session's model request is traced under the send that caused it, with the user's HttpClient span under it", () =>
  Effect.gen(function*() {
    const seen = yield* Ref.make<ReadonlyArray<Seen>>([])
    const transport = yield* recordingTransport(seen)
    const exporter = new InMemorySpanExporter()
    const Tracing = NodeSdk.layer(() => ({
      resource: { serviceName: "model-transport-spans" },
      spanProcessor: new SimpleSpanProcessor(exporter)
    }))
    const spans = yield* Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("traced")
      yield* CopilotSession.withSession({}, (session) => session.sendAndWait("Hi")).pipe(Effect.withSpan("user.program"))
      return [...exporter.getFinishedSpans()]
    }).pipe(Effect.provide(runtimeWith(transport).pipe(Layer.provideMerge(Tracing))))
    const send = spans.find((span) => span.name === "CopilotSession.send")!
    const requests = spans.filter((span) => span.name === "CopilotClient.modelRequest")
    const inference = requests.find((span) => String(span.attributes["url.full"]).endsWith("/chat/completions"))!
    const catalog = requests.find((span) => String(span.attributes["url.full"]).endsWith("/models"))!
    expect(inference.parentSpanContext?.spanId).toBe(send.spanContext().spanId)
    expect(inference.spanContext().traceId).toBe(send.spanContext().traceId)
    expect(inference.attributes["session.id"]).toEqual(expect.any(String))
    expect(inference.attributes["model.interaction_type"]).toBe("conversation-agent")
    // The catalog at start-up belongs to no session: a trace of its own.
    expect(catalog.parentSpanContext?.spanId).not.toBe(send.spanContext().spanId)
    expect(catalog.spanContext().traceId).not.toBe(send.spanContext().traceId)
    // Under the model request: the user's HttpClient's own span, then the
    // answer to the runtime (its head, its chunks).
    const children = spans.filter((span) => span.parentSpanContext?.spanId === inference.spanContext().spanId)
    const started = (span: (typeof children)[number]) => span.startTime[0] * 1e9 + span.startTime[1]
    const names = [...children].sort((a, b) => started(a) - started(b)).map((span) => span.name)
    expect(names[0]).toMatch(/^http\.client POST/)
    expect(names.slice(1, 2)).toEqual(["llmInference.httpResponseStart"])
    expect(new Set(names.slice(2))).toEqual(new Set(["llmInference.httpResponseChunk"]))
  }), 180_000)
