/**
 * The many-machines way, one runner: the owner entities over sockets, the
 * cluster's storage and the sessions' state (`SqlSessionFs`) in PostgreSQL
 * (`PG_URL`), the owners' homes under `COPILOT_DATA`. Start one per machine
 * (or several on one, on other ports):
 *
 *   PG_URL=postgres://copilot@db:5432/copilot COPILOT_DATA=/var/lib/copilot \
 *   RUNNER_HOST=10.0.0.5 RUNNER_PORT=34431 npx tsx examples/cluster/runner.ts
 *
 * A runner that dies loses its shards to the others once its shard locks
 * expire; its owners start again there, their sessions resumed.
 */
import { RunnerAddress } from "@effect/cluster"
import { NodeRuntime } from "@effect/platform-node"
import { PgClient } from "@effect/sql-pg"
import { Config, Effect, Layer, Option } from "effect"
import { ClusterRunner } from "effect-copilot/cluster"
import { SqlSessionFs } from "effect-copilot/sql"
import { ownersLayer } from "./owners.js"

const RunnerLive = Layer.unwrapEffect(Effect.gen(function*() {
  const host = yield* Config.string("RUNNER_HOST").pipe(Config.withDefault("127.0.0.1"))
  const port = yield* Config.integer("RUNNER_PORT").pipe(Config.withDefault(34431))
  const data = yield* Config.string("COPILOT_DATA")
  const address = Option.some(RunnerAddress.make(host, port))
  return ownersLayer(data, SqlSessionFs.layer(), (model) => model.reply("Answered by a runner of the cluster.")).pipe(
    Layer.provideMerge(ClusterRunner.socket({ shardingConfig: { runnerAddress: address, runnerListenAddress: address } })),
    Layer.provide(PgClient.layerConfig({ url: Config.redacted("PG_URL") }))
  )
}))

NodeRuntime.runMain(Layer.launch(RunnerLive))
