/**
 * The runtime's model requests through the user's HttpClient, on the real
 * runtime against the scripted model.
 */
import { FetchHttpClient, HttpClient } from "@effect/platform"
import { expect, it } from "@effect/vitest"
import { Effect, Layer, Ref } from "effect"
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
