/**
 * The model transport's protocol, against the fake runtime: registration as
 * the runtime's model provider, the request built from the start frame and
 * the body chunks (in whatever order they come), the answer streamed back as
 * a head and body chunks, cancellation, failures, WebSockets. Every request
 * the runtime starts gets an answer. The frames are the real runtime's
 * (test/fixtures/runtime-1.0.102/llmInference).
 */
import { HttpClient, HttpClientRequest, HttpClientResponse } from "@effect/platform"
import * as Socket from "@effect/platform/Socket"
import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Queue, Ref, Stream } from "effect"
import { CopilotClient, ModelTransport } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"
import * as Fs from "node:fs"
import { makeWithConnection } from "../src/CopilotClient.js"
import type * as Message from "../src/internal/jsonrpc/Message.js"

interface Frame {
  readonly dir: "in" | "out"
  readonly message: { readonly method?: string; readonly params?: Record<string, unknown> }
}

const fixture = (name: string): ReadonlyArray<Frame> =>
  Fs.readFileSync(new URL(`./fixtures/runtime-1.0.102/llmInference/${name}.jsonl`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    // The recorded ports vary from run to run and were replaced by PORT.
    .map((line) => JSON.parse(line.replaceAll("127.0.0.1:PORT", "127.0.0.1:9")) as Frame)

/** What the real runtime sent for a request: its start and its body chunks. */
const runtimeFrames = (name: string, url: string) => {
  const frames = fixture(name).filter((frame) => frame.dir === "in" && frame.message.method !== undefined)
  const start = frames.find((frame) =>
    frame.message.method === "llmInference.httpRequestStart" && String(frame.message.params?.["url"]).endsWith(url)
  )!
  const requestId = start.message.params!["requestId"]
  const chunks = frames.filter((frame) =>
    frame.message.method === "llmInference.httpRequestChunk" && frame.message.params?.["requestId"] === requestId
  )
  return { start: start.message.params!, chunks: chunks.map((chunk) => chunk.message.params!), requestId: String(requestId) }
}

interface Sent {
  readonly request: HttpClientRequest.HttpClientRequest
  readonly body: string
  readonly info: ModelTransport.ModelRequestInfo
}

/**
 * A user's HttpClient that records what it is asked to send, with the
 * request's context its middleware reads, and answers `answer`.
 */
const fakeHttp = (
  sent: Ref.Ref<ReadonlyArray<Sent>>,
  answer: (request: HttpClientRequest.HttpClientRequest) => Effect.Effect<Response, Error>
) =>
  HttpClient.make(() => Effect.die("replaced by the middleware")).pipe(
    HttpClient.transform((_, request) =>
      Effect.gen(function*() {
        const info = yield* ModelTransport.ModelRequest
        const body = request.body._tag === "Uint8Array" ? new TextDecoder().decode(request.body.body) : ""
        yield* Ref.update(sent, (all) => [...all, { request, body, info }])
        return HttpClientResponse.fromWeb(request, yield* answer(request))
      })
    )
  )

const unused = () => fakeHttp(Ref.unsafeMake<ReadonlyArray<Sent>>([]), () => Effect.die("unused"))

const withProvider = (transport: ModelTransport.ModelTransport) =>
  FakeRuntime.layerClientWith({
    fake: {
      handlers: {
        "llmInference.setProvider": FakeRuntime.answer({ success: true }),
        "llmInference.httpResponseStart": FakeRuntime.answer({ accepted: true }),
        "llmInference.httpResponseChunk": FakeRuntime.answer({ accepted: true })
      }
    },
    client: { modelTransport: transport }
  })

/** The answer the SDK gave a request: its head and its chunks up to the one marked end. */
const answerTo = (fake: FakeRuntime.FakeRuntimeService, requestId: string) =>
  Effect.gen(function*() {
    const chunks: Array<Record<string, unknown>> = []
    for (;;) {
      const chunk = yield* fake.takeRequest("llmInference.httpResponseChunk")
      const params = chunk.params as Record<string, unknown>
      if (params["requestId"] !== requestId) continue
      chunks.push(params)
      if (params["end"] === true) break
    }
    const heads = (yield* fake.requests("llmInference.httpResponseStart"))
      .map((request: Message.Request) => request.params as Record<string, unknown>)
      .filter((params) => params["requestId"] === requestId)
    const body = chunks.map((chunk) =>
      chunk["binary"] === true ? Buffer.from(String(chunk["data"]), "base64").toString("utf8") : String(chunk["data"])
    ).join("")
    return { heads, chunks, body, last: chunks[chunks.length - 1]! }
  })

describe("ModelTransport", () => {
  it.effect("registers the client as the runtime's model provider after the handshake", () =>
    Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      const methods = (yield* fake.requests()).map((request) => request.method)
      expect(methods.slice(0, 2)).toEqual(["connect", "llmInference.setProvider"])
    }).pipe(Effect.provide(withProvider(ModelTransport.make({ http: unused() })))))

  it.effect("a refusal to take the client as provider fails start-up with ConnectionFailed", () =>
    Effect.gen(function*() {
      const error = yield* CopilotClient.CopilotClient.pipe(
        Effect.provide(FakeRuntime.layerClientWith({
          fake: {
            handlers: {
              "llmInference.setProvider": FakeRuntime.answerError(-32603, "Another client is already the LLM inference provider.")
            }
          },
          client: { modelTransport: ModelTransport.make({ http: unused() }) }
        })),
        Effect.flip
      )
      expect(error._tag).toBe("ConnectionFailed")
      expect(error.message).toContain("Another client is already the LLM inference provider.")
    }))

  it.effect("without a model transport the client does not register as provider", () =>
    Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      expect(yield* fake.requests("llmInference.setProvider")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("the runtime's chat request (its real frames) goes to the HttpClient whole, and the answer streams back", () => {
    const sent = Ref.unsafeMake<ReadonlyArray<Sent>>([])
    const sse = "data: {\"choices\":[{\"delta\":{\"content\":\"hé\"}}]}\n\ndata: [DONE]\n\n"
    const http = fakeHttp(sent, () =>
      Effect.succeed(new Response(sse, { status: 200, headers: { "content-type": "text/event-stream" } })))
    return Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      const { chunks, requestId, start } = runtimeFrames("http-turn", "/chat/completions")
      // The body in three chunks, one of them binary, the last marking the end.
      const body = String(chunks[0]!["data"])
      const third = Math.floor(body.length / 3)
      yield* fake.request("llmInference.httpRequestStart", start)
      yield* fake.request("llmInference.httpRequestChunk", { requestId, data: body.slice(0, third) })
      yield* fake.request("llmInference.httpRequestChunk", {
        requestId,
        data: Buffer.from(body.slice(third, 2 * third)).toString("base64"),
        binary: true
      })
      yield* fake.request("llmInference.httpRequestChunk", { requestId, data: body.slice(2 * third), end: true })
      const answer = yield* answerTo(fake, requestId)

      const [one] = yield* Ref.get(sent)
      expect(one!.request.method).toBe("POST")
      expect(one!.request.url).toBe(start["url"])
      expect(one!.body).toBe(body)
      expect(one!.request.headers["authorization"]).toBe("Bearer scripted-model-token")
      expect(one!.info).toMatchObject({
        requestId,
        sessionId: start["sessionId"],
        agentId: start["agentId"],
        interactionType: start["interactionType"],
        transport: "http"
      })
      expect(answer.heads).toEqual([
        expect.objectContaining({ requestId, status: 200, headers: expect.objectContaining({ "content-type": ["text/event-stream"] }) })
      ])
      expect(answer.body).toBe(sse)
      expect(answer.last).toEqual({ requestId, data: "", end: true })
    }).pipe(Effect.provide(withProvider(ModelTransport.make({ http }))))
  })

  it.effect("chunks that come before their start are kept for it; hop-by-hop headers are not sent", () => {
    const sent = Ref.unsafeMake<ReadonlyArray<Sent>>([])
    const http = fakeHttp(sent, () => Effect.succeed(new Response("{}", { status: 200 })))
    return Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.request("llmInference.httpRequestChunk", { requestId: "early", data: "{\"a\":1}", end: true })
      yield* fake.request("llmInference.httpRequestStart", {
        requestId: "early",
        method: "post",
        url: "http://127.0.0.1:9/chat/completions",
        headers: { "content-type": ["application/json"], connection: ["keep-alive"], host: ["elsewhere"], "x-multi": ["a", "b"] }
      })
      const answer = yield* answerTo(fake, "early")
      const [one] = yield* Ref.get(sent)
      expect(one!.body).toBe("{\"a\":1}")
      expect(one!.request.method).toBe("POST")
      expect(one!.request.headers).not.toHaveProperty("connection")
      expect(one!.request.headers).not.toHaveProperty("host")
      expect(one!.request.headers["x-multi"]).toBe("a, b")
      expect(answer.body).toBe("{}")
    }).pipe(Effect.provide(withProvider(ModelTransport.make({ http }))))
  })

  it.effect("the runtime's cancel interrupts the request's fiber and is answered 499 cancelled", () =>
    Effect.gen(function*() {
    const sent = yield* Ref.make<ReadonlyArray<Sent>>([])
    const entered = yield* Deferred.make<void>()
    const interrupted = yield* Deferred.make<void>()
    const http = fakeHttp(sent, () =>
      Deferred.succeed(entered, undefined).pipe(
        Effect.zipRight(Effect.never),
        Effect.onInterrupt(() => Deferred.succeed(interrupted, undefined))
      ))
    yield* Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      const { chunks, requestId, start } = runtimeFrames("abort", "/chat/completions")
      yield* fake.request("llmInference.httpRequestStart", start)
      yield* fake.request("llmInference.httpRequestChunk", chunks[0])
      yield* Deferred.await(entered)
      // The real runtime's cancel frame, as session.abort made it.
      expect(chunks[1]).toMatchObject({ cancel: true, cancelReason: "runtime cancelled the request" })
      yield* fake.request("llmInference.httpRequestChunk", chunks[1])
      yield* Deferred.await(interrupted)
      const answer = yield* answerTo(fake, requestId)
      expect(answer.heads.map((head) => head["status"])).toEqual([499])
      expect(answer.last).toMatchObject({ end: true, error: { code: "cancelled" } })
      expect(String((answer.last["error"] as { message: string }).message)).toContain("runtime cancelled the request")
    }).pipe(Effect.provide(withProvider(ModelTransport.make({ http }))))
  }))

  it.effect("a failing HttpClient is answered 502 with the failure's message", () => {
    const sent = Ref.unsafeMake<ReadonlyArray<Sent>>([])
    const http = fakeHttp(sent, () => Effect.fail(new Error("the proxy refused the request")))
    return Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      const { chunks, requestId, start } = runtimeFrames("failing-transport", "/chat/completions")
      yield* fake.request("llmInference.httpRequestStart", start)
      yield* fake.request("llmInference.httpRequestChunk", chunks[0])
      const answer = yield* answerTo(fake, requestId)
      expect(answer.heads.map((head) => head["status"])).toEqual([502])
      expect(answer.last).toEqual({
        requestId,
        data: "",
        end: true,
        error: { message: "the model transport failed: the proxy refused the request" }
      })
    }).pipe(Effect.provide(withProvider(ModelTransport.make({ http }))))
  })

  it.effect("a failure while the answer streams ends it with an error chunk after the data", () => {
    let pulls = 0
    const http = HttpClient.make((request) =>
      Effect.succeed(HttpClientResponse.fromWeb(
        request,
        new Response(
          new ReadableStream({
            // The first read gets a part, the second the failure.
            pull(controller) {
              if (pulls++ === 0) controller.enqueue(new TextEncoder().encode("data: part\n\n"))
              else controller.error(new Error("connection reset"))
            }
          }),
          { status: 200 }
        )
      ))
    )
    return Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.request("llmInference.httpRequestStart", { requestId: "r", method: "GET", url: "http://127.0.0.1:9/models", headers: {} })
      yield* fake.request("llmInference.httpRequestChunk", { requestId: "r", data: "", end: true })
      const answer = yield* answerTo(fake, "r")
      expect(answer.heads.map((head) => head["status"])).toEqual([200])
      expect(answer.body).toBe("data: part\n\n")
      expect(answer.last).toMatchObject({ end: true, error: { message: expect.stringContaining("the model transport failed") } })
    }).pipe(Effect.provide(withProvider(ModelTransport.make({ http }))))
  })

  it.effect("a WebSocket request: 101, each runtime message written to the socket, each socket message back; the runtime's close ends it", () => {
    const written = Ref.unsafeMake<ReadonlyArray<string | Uint8Array | Socket.CloseEvent>>([])
    const incoming = Effect.runSync(Queue.unbounded<string | Uint8Array>())
    const opened = Ref.unsafeMake<ReadonlyArray<ModelTransport.ModelRequestInfo>>([])
    // A socket that answers each message with two, the second binary.
    const socket: Socket.Socket = {
      [Socket.TypeId]: Socket.TypeId,
      run: () => Effect.die("unused"),
      runRaw: (handler) =>
        Stream.fromQueue(incoming).pipe(Stream.runForEach((data) => Effect.asVoid(handler(data) ?? Effect.void))),
      writer: Effect.succeed((chunk) =>
        Ref.update(written, (all) => [...all, chunk]).pipe(
          Effect.zipRight(
            typeof chunk === "string"
              ? Queue.offerAll(incoming, [`echo ${chunk}`, new TextEncoder().encode("bytes")])
              : Effect.void
          ),
          Effect.asVoid
        )
      )
    } as Socket.Socket
    const transport = ModelTransport.make({
      http: unused(),
      webSocket: (info) => Effect.as(Ref.update(opened, (all) => [...all, info]), socket)
    })
    return Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      const frames = fixture("websocket-turn").filter((frame) => frame.dir === "in" && frame.message.method !== undefined)
      const start = frames.find((frame) => frame.message.params?.["transport"] === "websocket")!.message.params!
      const requestId = String(start["requestId"])
      const [create, close] = frames.filter((frame) =>
        frame.message.method === "llmInference.httpRequestChunk" && frame.message.params?.["requestId"] === requestId
      ).map((frame) => frame.message.params!)
      expect(close).toMatchObject({ cancel: true, cancelReason: "runtime closed the websocket" })
      yield* fake.request("llmInference.httpRequestStart", start)
      const head = yield* fake.takeRequest("llmInference.httpResponseStart")
      expect(head.params).toMatchObject({ requestId, status: 101 })
      yield* fake.request("llmInference.httpRequestChunk", create)
      const echoed = yield* fake.takeRequest("llmInference.httpResponseChunk")
      const bytes = yield* fake.takeRequest("llmInference.httpResponseChunk")
      expect(echoed.params).toEqual({ requestId, data: `echo ${String(create!["data"])}`, end: false })
      expect(bytes.params).toEqual({ requestId, data: Buffer.from("bytes").toString("base64"), binary: true, end: false })
      yield* fake.request("llmInference.httpRequestChunk", close)
      const last = yield* fake.takeRequest("llmInference.httpResponseChunk")
      expect(last.params).toEqual({ requestId, data: "", end: true })
      expect(yield* Ref.get(written)).toEqual([String(create!["data"])])
      expect((yield* Ref.get(opened)).map((info) => [info.transport, info.url])).toEqual([["websocket", start["url"]]])
    }).pipe(Effect.provide(withProvider(transport)))
  })

  it.effect("a WebSocket request without a WebSocket opener is answered with an error saying so", () =>
    Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.request("llmInference.httpRequestStart", {
        requestId: "w",
        method: "GET",
        url: "ws://127.0.0.1:9/responses",
        headers: {},
        transport: "websocket"
      })
      const answer = yield* answerTo(fake, "w")
      expect(answer.heads.map((head) => head["status"])).toEqual([502])
      expect(String((answer.last["error"] as { message: string }).message)).toContain("give ModelTransport.make a webSocket")
    }).pipe(Effect.provide(withProvider(ModelTransport.make({ http: unused() })))))

  it.effect("closing the client interrupts the requests in flight, and each is still answered", () =>
    Effect.gen(function*() {
      const interrupted = yield* Deferred.make<void>()
      const entered = yield* Deferred.make<void>()
      const http = fakeHttp(Ref.unsafeMake<ReadonlyArray<Sent>>([]), () =>
        Deferred.succeed(entered, undefined).pipe(
          Effect.zipRight(Effect.never),
          Effect.onInterrupt(() => Deferred.succeed(interrupted, undefined))
        ))
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("llmInference.setProvider", FakeRuntime.answer({ success: true }))
      yield* fake.handle("llmInference.httpResponseStart", FakeRuntime.answer({ accepted: true }))
      yield* fake.handle("llmInference.httpResponseChunk", FakeRuntime.answer({ accepted: true }))
      yield* Effect.scoped(Effect.gen(function*() {
        yield* makeWithConnection(fake.connected, { modelTransport: ModelTransport.make({ http }) })
        yield* fake.request("llmInference.httpRequestStart", { requestId: "r", method: "GET", url: "http://127.0.0.1:9/models", headers: {} })
        yield* fake.request("llmInference.httpRequestChunk", { requestId: "r", data: "", end: true })
        yield* Deferred.await(entered)
      }))
      expect(yield* Deferred.isDone(interrupted)).toBe(true)
      const chunks = (yield* fake.requests("llmInference.httpResponseChunk")).map((request) => request.params)
      expect(chunks).toEqual([{ requestId: "r", data: "", end: true, error: expect.objectContaining({ code: "interrupted" }) }])
    }).pipe(Effect.provide(FakeRuntime.layer)))

  it.effect("an answer the runtime no longer takes (accepted: false) stops the stream", () => {
    const sent = Ref.unsafeMake<ReadonlyArray<Sent>>([])
    const http = fakeHttp(sent, () => Effect.succeed(new Response("a".repeat(10), { status: 200 })))
    return Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("llmInference.httpResponseStart", FakeRuntime.answer({ accepted: false }))
      yield* fake.request("llmInference.httpRequestStart", { requestId: "gone", method: "GET", url: "http://127.0.0.1:9/models", headers: {} })
      yield* fake.request("llmInference.httpRequestChunk", { requestId: "gone", data: "", end: true })
      yield* fake.takeRequest("llmInference.httpResponseStart")
      // A round trip later the exchange is over: nothing more was sent for it.
      yield* fake.request("ping", {})
      expect(yield* fake.requests("llmInference.httpResponseChunk")).toEqual([])
      expect((yield* Ref.get(sent)).length).toBe(1)
    }).pipe(Effect.provide(withProvider(ModelTransport.make({ http }))))
  })
})
