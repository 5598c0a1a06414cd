/**
 * The sharding settings of the test cluster: runners on loopback, and
 * short lock and poll intervals, so that a killed runner's shards move
 * within seconds rather than the default 35 s lock expiry.
 */
import { RunnerAddress } from "@effect/cluster"
import type { ShardingConfig } from "@effect/cluster"
import { Effect, Option } from "effect"
import * as net from "node:net"

const timings: Partial<ShardingConfig.ShardingConfig["Type"]> = {
  shardsPerGroup: 30,
  shardLockRefreshInterval: "1 second",
  shardLockExpiration: "4 seconds",
  entityMessagePollInterval: "300 millis",
  entityReplyPollInterval: "300 millis",
  refreshAssignmentsInterval: "1 second",
  runnerHealthCheckInterval: "1 second",
  sendRetryInterval: "200 millis"
}

/** A runner listening on 127.0.0.1:`port`. */
export const runnerSharding = (port: number): Partial<ShardingConfig.ShardingConfig["Type"]> => ({
  ...timings,
  runnerAddress: Option.some(RunnerAddress.make("127.0.0.1", port)),
  runnerListenAddress: Option.some(RunnerAddress.make("127.0.0.1", port))
})

/** A process that only calls entities. */
export const clientSharding: Partial<ShardingConfig.ShardingConfig["Type"]> = {
  ...timings,
  runnerAddress: Option.none()
}

/** A port on 127.0.0.1 that was free a moment ago (for a runner process to listen on). */
export const freePort: Effect.Effect<number> = Effect.async<number>((resume) => {
  const server = net.createServer()
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    server.close(() => resume(Effect.succeed(port)))
  })
})
