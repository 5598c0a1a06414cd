/**
 * The runtime's model traffic through your own HttpClient: every request the
 * runtime makes to its model API goes through this program's client, where
 * ordinary middleware logs it with its context (which session, what kind of
 * interaction), tags it with a header and retries transient failures.
 */
import { FetchHttpClient, HttpClient, HttpClientRequest } from "@effect/platform"
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Option } from "effect"
import { CopilotSession, ModelTransport, SessionEvent } from "effect-copilot"
import { exampleCopilot } from "./runtime.js"

const modelTransport = Effect.gen(function*() {
  const http = (yield* HttpClient.HttpClient).pipe(
    // The request's context is the ModelRequest service, for any middleware.
    HttpClient.mapRequestEffect((request) =>
      Effect.gen(function*() {
        const model = yield* ModelTransport.ModelRequest
        const path = new URL(request.url).pathname
        const purpose = model.sessionId === undefined ? "the runtime" : `a session (${model.interactionType ?? "unclassified"})`
        yield* Console.log(`[model] ${request.method} ${path} for ${purpose}`)
        return HttpClientRequest.setHeader(request, "x-example-app", "model-transport")
      })
    ),
    HttpClient.retryTransient({ times: 2 })
  )
  return { modelTransport: ModelTransport.make({ http }) }
}).pipe(Effect.provide(FetchHttpClient.layer))

const program = CopilotSession.withSession({}, (session) =>
  Effect.gen(function*() {
    const answer = yield* session.sendAndWait("In one sentence: why route model traffic through your own client?")
    yield* Console.log(Option.match(Option.filter(answer, SessionEvent.is("assistant.message")), {
      onNone: () => "(no answer)",
      onSome: (message) => message.data.content
    }))
  }))

const Copilot = exampleCopilot(
  (model) => model.reply("So that retries, auth, logging and proxies are yours to choose."),
  modelTransport
)

NodeRuntime.runMain(program.pipe(Effect.provide(Copilot)))
