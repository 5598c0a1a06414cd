/**
 * The embedded way: one process, nothing installed. `SingleRunner` keeps
 * the cluster's messages in a SQLite file, the owners' runtimes run here,
 * and the HTTP API serves on loopback. Then this program plays a user of
 * the API: it creates a session for "alice", asks a question and prints
 * the answer as it streams in (server-sent events: the deltas, then the
 * whole answer), then the session's
 * history.
 *
 *   npx tsx examples/cluster/main.ts
 *
 * Offline (no GH_TOKEN) the owners' runtimes play against a scripted model.
 */
import { FetchHttpClient, FileSystem, HttpApiBuilder, HttpClient, HttpClientRequest, HttpServer } from "@effect/platform"
import { NodeContext, NodeHttpServer, NodeRuntime } from "@effect/platform-node"
import { Console, Context, Effect, Layer, Logger, LogLevel, Schema, Stream } from "effect"
import { SessionFs } from "effect-copilot"
import { ClusterRunner, CopilotOwner } from "effect-copilot/cluster"
import { createServer } from "node:http"
import { ApiLive } from "./api.js"
import { ownersLayer } from "./owners.js"

const Summary = Schema.parseJson(CopilotOwner.SessionSummary)
const History = Schema.parseJson(Schema.Array(CopilotOwner.HistoryMessage))

/** A user of the API: one session, one streamed question, the history. */
const user = (base: string) =>
  Effect.gen(function*() {
    const http = yield* HttpClient.HttpClient
    const created = yield* http.execute(HttpClientRequest.post(`${base}/owners/alice/sessions`).pipe(HttpClientRequest.bodyUnsafeJson({})))
    const session = yield* Effect.flatMap(created.text, Schema.decodeUnknown(Summary))
    yield* Console.log(`created session ${session.sessionId} for alice (${created.status})`)

    const asked = yield* http.execute(
      HttpClientRequest.post(`${base}/owners/alice/sessions/${session.sessionId}/messages`).pipe(
        HttpClientRequest.bodyUnsafeJson({ prompt: "Why run Copilot sessions on a cluster?" })
      )
    )
    yield* Console.log(`streaming (${asked.headers["content-type"]}):`)
    yield* asked.stream.pipe(
      Stream.decodeText(),
      Stream.splitLines,
      Stream.filter((line) => line.startsWith("event:") || line.startsWith("data:")),
      Stream.runForEach((line) => Console.log(`  ${line}`))
    )
    const history = yield* http.get(`${base}/owners/alice/sessions/${session.sessionId}/messages`).pipe(
      Effect.flatMap((response) => response.text),
      Effect.flatMap(Schema.decodeUnknown(History))
    )
    for (const message of history) yield* Console.log(`history: ${message.role}: ${message.content}`)
    const missing = yield* http.execute(
      HttpClientRequest.post(`${base}/owners/alice/sessions/no-such-session/messages`).pipe(
        HttpClientRequest.bodyUnsafeJson({ prompt: "Hello?" })
      )
    )
    yield* Console.log(`unknown session: ${missing.status} ${yield* missing.text}`)
  }).pipe(Effect.provide(FetchHttpClient.layer))

const main = Effect.gen(function*() {
  const fs = yield* FileSystem.FileSystem
  const dir = yield* fs.makeTempDirectoryScoped({ prefix: "copilot-cluster-example-" })
  const Cluster = ownersLayer(
    dir,
    SessionFs.layer(`${dir}/sessions`),
    (model) => model.reply("One machine holds a few dozen runtimes; a cluster spreads the owners over machines and outlives one of them.")
  ).pipe(Layer.provideMerge(ClusterRunner.embedded({ filename: `${dir}/cluster.db` })))
  const Server = HttpApiBuilder.serve().pipe(
    Layer.provide(ApiLive),
    Layer.provide(Cluster),
    Layer.provideMerge(NodeHttpServer.layer(createServer, { port: 0, host: "127.0.0.1" }))
  )
  const context = yield* Layer.build(Server)
  const address = Context.get(context, HttpServer.HttpServer).address
  if (address._tag !== "TcpAddress") return yield* Effect.die("the API serves on TCP")
  yield* Console.log(`API on http://127.0.0.1:${address.port}`)
  yield* user(`http://127.0.0.1:${address.port}`)
}).pipe(
  Effect.scoped,
  Effect.provide(NodeContext.layer),
  // The cluster logs its shard moves at Info; the example prints only what the user sees.
  Logger.withMinimumLogLevel(LogLevel.Warning)
)

NodeRuntime.runMain(main)
