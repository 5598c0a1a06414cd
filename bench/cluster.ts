/**
 * The cluster on the real runtime, offline (scripted model), on this
 * machine:
 *
 * 1. overhead: one turn (send to idle) through the owner entity (embedded
 *    SingleRunner over SQLite, persisted messages) against the same turn on
 *    a direct session of the same runtime kind, same run; medians and ratio;
 * 2. throughput: sessions per second (create + one turn) and turn latency
 *    (p50, p99) with 1 and with 2 runner processes over sockets, storage in
 *    PostgreSQL (the tests' embedded server);
 * 3. failover: with 2 runners, the time from SIGKILL of one to the first
 *    answer of one of its owners from the other.
 *
 *   npx tsx bench/cluster.ts
 *
 * Environment: TURNS (30), OWNERS (4), SESSIONS (5 per owner).
 */
import { FileSystem } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { PgClient } from "@effect/sql-pg"
import { Effect, Exit, Layer, Logger, LogLevel, Redacted, Scope } from "effect"
import { loadavg } from "node:os"
import { performance } from "node:perf_hooks"
import { CopilotSession, Handlers, SessionFs } from "effect-copilot"
import { ClusterRunner, CopilotOwner } from "effect-copilot/cluster"
import { IsolatedRuntime, ScriptedModel, TestRuntime } from "effect-copilot/testing"
import * as Postgres from "../test/support/postgres.js"
import { clientSharding, freePort, startRunner } from "../test/support/clusterSharding.js"

const TURNS = Number(process.env["TURNS"] ?? 30)
const OWNERS = Number(process.env["OWNERS"] ?? 4)
const SESSIONS = Number(process.env["SESSIONS"] ?? 5)

const quantile = (values: ReadonlyArray<number>, q: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}
const timed = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const start = performance.now()
    yield* effect
    return performance.now() - start
  })
const ms = (n: number) => `${n.toFixed(1)} ms`

/** 1. One turn through the entity against one on a direct session. */
const overhead = Effect.gen(function*() {
  const model = yield* ScriptedModel.ScriptedModel
  const fs = yield* FileSystem.FileSystem
  const dir = yield* fs.makeTempDirectoryScoped({ prefix: "copilot-bench-cluster-" })
  const cluster = yield* Layer.build(
    CopilotOwner.layer({
      client: () => Effect.map(IsolatedRuntime.make, (isolated) => IsolatedRuntime.clientOptions(isolated)),
      handlers: () => ({ onPermissionRequest: Handlers.approveAll })
    }).pipe(
      Layer.provide(SessionFs.layer(`${dir}/sessions`)),
      Layer.provideMerge(ClusterRunner.embedded({ filename: `${dir}/cluster.db` }))
    )
  )
  const alice = (yield* Effect.provide(CopilotOwner.client, cluster))("alice")
  const { sessionId } = yield* alice.createSession()
  const direct = yield* Layer.build(TestRuntime.layerClient({ sessionFs: CopilotOwner.defaultSessionFsOptions }))
  const provider = yield* SessionFs.fromFileSystem(`${dir}/direct`)
  const session = yield* CopilotSession.create({ sessionFs: provider, onPermissionRequest: Handlers.approveAll }).pipe(
    Effect.provide(direct)
  )
  const viaEntity: Array<number> = []
  const viaSession: Array<number> = []
  // Warm-up, then interleaved, so that both see the same machine.
  for (let i = -3; i < TURNS; i++) {
    yield* model.reply(`entity ${i}`)
    const e = yield* timed(alice.sendAndWait(sessionId, `entity turn ${i}`))
    yield* model.reply(`session ${i}`)
    const s = yield* timed(session.sendAndWait(`session turn ${i}`))
    if (i >= 0) {
      viaEntity.push(e)
      viaSession.push(s)
    }
  }
  return { entity: quantile(viaEntity, 0.5), session: quantile(viaSession, 0.5) }
})

/** 2 and 3. Runners over sockets on PostgreSQL. */
const runners = (count: number, failover: boolean) =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    const result = yield* Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const fs = yield* FileSystem.FileSystem
      const dir = yield* fs.makeTempDirectoryScoped({ prefix: "copilot-bench-runners-" })
      yield* fs.makeDirectory(`${dir}/homes`)
      const pg = yield* Postgres.server
      const env = {
        CLUSTER_PG_URL: pg.url,
        CLUSTER_MODEL_URL: model.url,
        CLUSTER_MODEL_TOKEN: Redacted.value(model.token),
        CLUSTER_HOMES_DIR: `${dir}/homes`
      }
      // One at a time: the first creates the cluster's tables.
      const procs = yield* Effect.forEach(Array.from({ length: count }), () =>
        Effect.flatMap(freePort, (port) => startRunner(env, port)))
      const front = yield* Layer.build(
        ClusterRunner.socket({ clientOnly: true, shardingConfig: clientSharding }).pipe(
          Layer.provide(PgClient.layer({ url: Redacted.make(pg.url) }))
        )
      )
      yield* Effect.sleep("5 seconds") // the runners take their shards
      const clientFor = yield* Effect.provide(CopilotOwner.client, front)
      const owners = Array.from({ length: OWNERS }, (_, i) => clientFor(`owner-${i}`))
      // Owners' runtimes started first: the figure is the cluster's, not the runtime start's.
      yield* Effect.forEach(owners, (o) => o.runtimeInfo, { concurrency: "unbounded" })
      const latencies: Array<number> = []
      for (let i = 0; i < OWNERS * SESSIONS; i++) yield* model.reply(`answer ${i}`)
      const start = performance.now()
      const sessions = yield* Effect.forEach(
        Array.from({ length: OWNERS * SESSIONS }, (_, i) => owners[i % OWNERS]!),
        (owner) =>
          Effect.gen(function*() {
            const { sessionId } = yield* owner.createSession()
            latencies.push(yield* timed(owner.sendAndWait(sessionId, "hello")))
            return { owner, sessionId }
          }),
        { concurrency: OWNERS * 2 }
      )
      const seconds = (performance.now() - start) / 1000
      let failoverMs: number | undefined
      if (failover) {
        const placed = yield* Effect.forEach(owners, (o) => Effect.map(o.runtimeInfo, (info) => ({ o, info })))
        const victim = procs.find((p) => placed.some((x) => x.info.runner.endsWith(`:${p.port}`)))!
        const moved = sessions.find((s) => placed.some((x) => x.o === s.owner && x.info.runner.endsWith(`:${victim.port}`)))!
        yield* model.reply("after the kill")
        const killed = performance.now()
        yield* victim.kill
        const exit = yield* Effect.exit(moved.owner.sendAndWait(moved.sessionId, "are you there?"))
        if (Exit.isSuccess(exit)) failoverMs = performance.now() - killed
      }
      return {
        sessionsPerSecond: sessions.length / seconds,
        p50: quantile(latencies, 0.5),
        p99: quantile(latencies, 0.99),
        failoverMs
      }
    }).pipe(Effect.provideService(Scope.Scope, scope))
    yield* Scope.close(scope, Exit.void)
    return result
  })

const main = Effect.gen(function*() {
  const load = () => loadavg().map((n) => n.toFixed(1)).join(" ")
  console.log(`load average before: ${load()}`)
  const o = yield* Effect.scoped(overhead)
  console.log(`1. one turn, send to idle (median of ${TURNS}): entity ${ms(o.entity)}, direct session ${ms(o.session)}, ratio ${(o.entity / o.session).toFixed(2)}x`)
  const one = yield* runners(1, false)
  console.log(`2. 1 runner: ${one.sessionsPerSecond.toFixed(2)} sessions/s, turn p50 ${ms(one.p50)}, p99 ${ms(one.p99)}`)
  const two = yield* runners(2, true)
  console.log(`2. 2 runners: ${two.sessionsPerSecond.toFixed(2)} sessions/s, turn p50 ${ms(two.p50)}, p99 ${ms(two.p99)}`)
  console.log(`3. SIGKILL to the first answer on the other runner: ${two.failoverMs === undefined ? "failed" : ms(two.failoverMs)}`)
  console.log(`load average after: ${load()}`)
}).pipe(
  Effect.provide(Layer.mergeAll(ScriptedModel.layer(), NodeContext.layer)),
  Logger.withMinimumLogLevel(LogLevel.Warning)
)

Effect.runPromise(main).then(() => process.exit(0), (error) => {
  console.error(error)
  process.exit(1)
})
