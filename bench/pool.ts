/**
 * The runtime pool on the real runtime, offline: 200 sessions over 20 keys
 * (each key its own token and home, so its own runtime process), each
 * session one turn against the scripted model.
 *
 *   npm run bench:pool          (node --expose-gc, for the heap figures)
 *
 * 1. cold: the 20 runtimes start on demand while the sessions run;
 * 2. warm: WARM_SESSIONS more over the same keys, with the runtimes up;
 *    client heap per runtime (after a GC, over the heap before the pool) and
 *    the runtime processes' resident memory;
 * 3. idle: after the idle time, how many runtime processes are left;
 * 4. pressure: sessions over the same keys with maxRuntimes 5, so keys wait in line
 *    and idle runtimes of other keys are stopped to make room.
 *
 * Environment: SESSIONS (200), WARM_SESSIONS (100), KEYS (20), CONCURRENCY (20), IDLE_MS (10000; long enough that
 * no runtime goes idle between its sessions on a busy machine),
 * PRESSURE_MAX (5; 0 skips phase 4), PRESSURE_SESSIONS (40: every key's
 * runtime is started about twice).
 */
import { NodeContext } from "@effect/platform-node"
import { Effect, Layer, Logger, LogLevel, Metric, Option, Redacted } from "effect"
import { readFileSync } from "node:fs"
import { loadavg } from "node:os"
import { performance } from "node:perf_hooks"
import type * as CopilotClient from "../src/CopilotClient.js"
import * as RuntimePool from "../src/RuntimePool.js"
import * as IsolatedRuntime from "../src/testing/IsolatedRuntime.js"
import * as ScriptedModel from "../src/testing/ScriptedModel.js"

const SESSIONS = Number(process.env.SESSIONS ?? 200)
const KEYS = Number(process.env.KEYS ?? 20)
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 20)
const IDLE_MS = Number(process.env.IDLE_MS ?? 10000)
const WARM_SESSIONS = Number(process.env.WARM_SESSIONS ?? 100)
const PRESSURE_MAX = Number(process.env.PRESSURE_MAX ?? 5)
const PRESSURE_SESSIONS = Number(process.env.PRESSURE_SESSIONS ?? 40)

const keys = Array.from({ length: KEYS }, (_, i) => `user${String(i).padStart(2, "0")}`)
const users = Object.fromEntries(keys.map((key) => [`${key}-token`, { login: key }]))

const perKey = (key: string) =>
  Effect.map(IsolatedRuntime.make, (isolated): CopilotClient.ClientOptions => ({
    ...IsolatedRuntime.clientOptions(isolated, Redacted.make(`${key}-token`)),
    startTimeout: "2 minutes"
  }))

const exposedGc = (globalThis as { gc?: () => void }).gc
const gc = () => exposedGc?.()
const heapMB = () => {
  gc()
  return process.memoryUsage().heapUsed / 2 ** 20
}
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
/** Resident memory of a process, in MB, from /proc (Linux). */
const rssMB = (pid: number): number | undefined => {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))
    return match ? Number(match[1]) / 1024 : undefined
  } catch {
    return undefined
  }
}
const fmt = (n: number, digits = 1) => n.toFixed(digits)

/** Runs `count` sessions, session i on key i mod KEYS, CONCURRENCY at a time; sessions per second. */
const runSessions = (pool: RuntimePool.RuntimePoolService<string, unknown>, count = SESSIONS) =>
  Effect.gen(function*() {
    const model = yield* ScriptedModel.ScriptedModel
    yield* model.script(...Array.from({ length: count }, () => ScriptedModel.Answer.reply("ok")))
    const start = performance.now()
    yield* Effect.forEach(
      Array.from({ length: count }, (_, i) => keys[i % KEYS]!),
      (key) =>
        pool.withSession(key, {}, (session) => session.sendAndWait("hi", { timeout: "2 minutes" })).pipe(
          Effect.flatMap(Option.match({
            onNone: () => Effect.dieMessage("a turn ended without an answer"),
            onSome: () => Effect.void
          }))
        ),
      { concurrency: CONCURRENCY, discard: true }
    )
    const seconds = (performance.now() - start) / 1000
    return { seconds, perSecond: count / seconds }
  })

const program = Effect.gen(function*() {
  const load = () => loadavg().map((n) => fmt(n)).join(" ")
  console.log(`${SESSIONS} sessions over ${KEYS} keys, ${CONCURRENCY} at a time; idle time ${IDLE_MS} ms; real runtime, offline`)
  console.log(`load average at start: ${load()}`)
  const heapBefore = heapMB()

  const { alive, pids } = yield* Effect.scoped(Effect.gen(function*() {
    const pool = yield* RuntimePool.make({ client: perKey, idleTimeToLive: `${IDLE_MS} millis`, name: "bench" })
    const cold = yield* runSessions(pool)
    console.log(`cold (runtimes start on demand): ${fmt(cold.perSecond)} sessions/s (${fmt(cold.seconds)} s)`)
    const warm = yield* runSessions(pool, WARM_SESSIONS)
    console.log(`warm (runtimes up, ${WARM_SESSIONS} more):   ${fmt(warm.perSecond)} sessions/s (${fmt(warm.seconds)} s)`)
    const runtimes = yield* pool.runtimes
    const pids = runtimes.flatMap((runtime) => Option.toArray(runtime.pid))
    const heapPerRuntime = (heapMB() - heapBefore) / runtimes.length
    const rss = pids.flatMap((pid) => {
      const mb = rssMB(pid)
      return mb === undefined ? [] : [mb]
    })
    console.log(
      `runtimes up: ${runtimes.length}; client heap per runtime ${fmt(heapPerRuntime)} MB` +
        (exposedGc === undefined ? " (no --expose-gc)" : "") +
        (rss.length > 0
          ? `; runtime process RSS mean ${fmt(rss.reduce((a, b) => a + b, 0) / rss.length, 0)} MB, ` +
            `min ${fmt(Math.min(...rss), 0)}, max ${fmt(Math.max(...rss), 0)}, total ${fmt(rss.reduce((a, b) => a + b, 0), 0)} MB`
          : "")
    )
    const starts = (yield* Metric.value(pool.metrics.starts)).count
    console.log(`runtime starts: ${starts}`)

    // Idle: nothing uses the pool now; after the idle time its runtimes stop by themselves.
    const idleStart = performance.now()
    yield* Effect.sleep(`${IDLE_MS} millis`)
    yield* Effect.iterate(0, {
      while: (n) => n < 600 && pids.some(isRunning),
      body: (n) => Effect.as(Effect.sleep("100 millis"), n + 1)
    })
    const stopped = performance.now()
    const stillRunning = pids.filter(isRunning).length
    console.log(
      `idle: ${stillRunning} of ${pids.length} runtime processes running ${fmt((stopped - idleStart) / 1000)} s after the last session ` +
        `(pool keys: ${(yield* pool.keys).length}, runtimes gauge: ${(yield* Metric.value(pool.metrics.runtimes)).value})`
    )
    return { alive: stillRunning, pids }
  }))
  console.log(`load average: ${load()}`)
  if (alive > 0) return yield* Effect.dieMessage(`${alive} runtimes were still running after their idle time`)
  if (pids.some(isRunning)) return yield* Effect.dieMessage("a runtime outlived the pool")

  if (PRESSURE_MAX > 0) {
    yield* Effect.scoped(Effect.gen(function*() {
      const pool = yield* RuntimePool.make({
        client: perKey,
        idleTimeToLive: "1 minute",
        maxRuntimes: PRESSURE_MAX,
        acquireTimeout: "5 minutes",
        name: "bench-pressure"
      })
      const run = yield* runSessions(pool, PRESSURE_SESSIONS)
      const starts = (yield* Metric.value(pool.metrics.starts)).count
      const waits = yield* Metric.value(pool.metrics.waitMillis.pipe(Metric.tagged("waiting_for", "runtime")))
      console.log(
        `pressure (${PRESSURE_SESSIONS} sessions, maxRuntimes ${PRESSURE_MAX}): ${fmt(run.perSecond)} sessions/s (${fmt(run.seconds)} s); ` +
          `${starts} runtime starts; ${waits.count} waits for a runtime, mean ${fmt(waits.sum / Math.max(1, waits.count) / 1000)} s, ` +
          `longest ${fmt(waits.max / 1000)} s; timeouts ${(yield* Metric.value(pool.metrics.timeouts)).count}`
      )
    }))
  }
})

program.pipe(
  Effect.provide(ScriptedModel.layer({ users }).pipe(Layer.provideMerge(NodeContext.layer))),
  Logger.withMinimumLogLevel(LogLevel.Error),
  Effect.runPromise
).then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
