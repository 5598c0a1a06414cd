/**
 * The many-machines way, the front: the HTTP API as a client of the cluster
 * (it hosts no entities), routing each owner's requests to the runner that
 * holds the owner. Start as many as the traffic needs, behind a load
 * balancer:
 *
 *   PG_URL=postgres://copilot@db:5432/copilot PORT=8080 npx tsx examples/cluster/front.ts
 *   curl -X POST localhost:8080/owners/alice/sessions -d '{}'
 *   curl -N -X POST localhost:8080/owners/alice/sessions/<id>/messages -d '{"prompt":"Hi"}'
 */
import { HttpApiBuilder } from "@effect/platform"
import { NodeHttpServer, NodeRuntime } from "@effect/platform-node"
import { PgClient } from "@effect/sql-pg"
import { Config, Effect, Layer } from "effect"
import { ClusterRunner } from "effect-copilot/cluster"
import { createServer } from "node:http"
import { ApiLive } from "./api.js"

const FrontLive = Layer.unwrapEffect(Effect.map(
  Config.integer("PORT").pipe(Config.withDefault(8080)),
  (port) =>
    HttpApiBuilder.serve().pipe(
      Layer.provide(ApiLive),
      Layer.provide(ClusterRunner.socket({ clientOnly: true })),
      Layer.provide(PgClient.layerConfig({ url: Config.redacted("PG_URL") })),
      Layer.provide(NodeHttpServer.layer(createServer, { port }))
    )
))

NodeRuntime.runMain(Layer.launch(FrontLive))
