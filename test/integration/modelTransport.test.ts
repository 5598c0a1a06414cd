/**
 * The runtime's model requests through the user's HttpClient, on the real
 * runtime against the scripted model.
 */
import { FetchHttpClient, HttpClient } from "@effect/platform"
import { expect, it } from "@effect/vitest"
import * as Socket from "@effect/platform/Socket"
import * as NodeSocket from "@effect/platform-node/NodeSocket"
import { Effect, Ref } from "effect"
import { CopilotSession, ModelTransport } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"

interface Seen {
  readonly info: ModelTransport.ModelRequestInfo
  readonly url: string
  readonly method: string
}

const recordingTransport = (seen: Ref.Ref<ReadonlyArray<Seen>>) =>
  Effect.map(HttpClient.HttpClient, (http) =>
    ModelTransport.make({
      http: http.pipe(
        HttpClient.tapRequest((request) =>
          Effect.flatMap(ModelTransport.ModelRequest, (info) =>
            Ref.update(seen, (all) => [...all, { info, url: request.url, method: request.method }]))
        )
      ),
      webSocket: (info) =>
        Ref.update(seen, (all) => [...all, { info, url: info.url, method: "WS" }]).pipe(
          Effect.zipRight(Socket.makeWebSocket(info.url.replace(/^http/, "ws"))),
          Effect.provide(NodeSocket.layerWebSocketConstructor)
        )
    }))

it.live("an HTTP turn goes through the user's HttpClient, with each request's context", () =>
  Effect.gen(function*() {
    const seen = yield* Ref.make<ReadonlyArray<Seen>>([])
    const transport = yield* recordingTransport(seen).pipe(Effect.provide(FetchHttpClient.layer))
    const Live = TestRuntime.layer({ client: { modelTransport: transport } })
    const answer = yield* Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("through your client")
      return yield* CopilotSession.withSession({}, (session) => session.sendAndWait("Hi"))
    }).pipe(Effect.provide(Live))
    const all = yield* Ref.get(seen)
    console.log(JSON.stringify(all, null, 2))
    expect(answer).toBeDefined()
  }), 120_000)

it.live("a WebSocket turn goes through the transport's WebSocket", () =>
  Effect.gen(function*() {
    const seen = yield* Ref.make<ReadonlyArray<Seen>>([])
    const transport = yield* recordingTransport(seen).pipe(Effect.provide(FetchHttpClient.layer))
    const Live = TestRuntime.layer({
      model: { models: [{ id: "ws-model", endpoints: ["/responses", "ws:/responses"], chatDefault: true }] },
      client: { modelTransport: transport, env: { COPILOT_EXP_COPILOT_CLI_WEBSOCKET_RESPONSES: "true" } }
    })
    const answer = yield* Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("over the socket")
      const answer = yield* CopilotSession.withSession({ model: "ws-model" }, (session) => session.sendAndWait("Hi"))
      console.log(JSON.stringify((yield* model.requests).map((r) => [r.method, r.path, r.text.slice(0, 300)]), null, 1))
      return answer
    }).pipe(Effect.provide(Live))
    const all = yield* Ref.get(seen)
    console.log(JSON.stringify(all.map((s) => [s.method, s.url, s.info.transport, s.info.interactionType]), null, 1))
    console.log(JSON.stringify(answer))
  }), 120_000)
