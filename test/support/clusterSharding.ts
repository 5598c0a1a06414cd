/**
 * The test cluster's runner processes (`test/support/clusterRunner.ts`), and
 * the sharding settings of the test cluster: runners on loopback, and
 * short lock and poll intervals, so that a killed runner's shards move
 * within seconds rather than the default 35 s lock expiry.
 */
import { RunnerAddress } from "@effect/cluster"
import type { ShardingConfig } from "@effect/cluster"
import { Command } from "@effect/platform"
import { Deferred, Effect, Option, type Scope, Stream } from "effect"
import * as Fs from "node:fs"
import * as net from "node:net"
import * as TcpProxy from "./tcpProxy.js"

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

export interface RunnerProcess {
  readonly port: number
  readonly pid: number
  readonly kill: Effect.Effect<void>
}

/** Starts a runner process; it is stopped (SIGKILL) when the scope closes, whatever happened. */
export const startRunner = (env: Record<string, string>, port: number) =>
  Effect.gen(function*() {
    const process_ = yield* Command.make(process.execPath, "--import", "tsx", "test/support/clusterRunner.ts").pipe(
      Command.env({ ...env, CLUSTER_RUNNER_PORT: String(port) }),
      Command.start
    )
    // Its output, read once to the end (a pipe left unread would stall it): ready once it says so.
    // With CLUSTER_TEST_RUNNER_LOG set (a file), every line of it is appended there too, for debugging;
    // its last lines are kept, to show if it exits by itself.
    const logFile = process.env["CLUSTER_TEST_RUNNER_LOG"]
    const last: Array<string> = []
    const keep = (line: string) =>
      Effect.sync(() => {
        last.push(line)
        if (last.length > 30) last.shift()
        if (logFile !== undefined) Fs.appendFileSync(logFile, `[runner ${port}] ${line}\n`)
      })
    const ready = yield* Deferred.make<void>()
    yield* process_.stdout.pipe(
      Stream.decodeText(),
      Stream.splitLines,
      Stream.runForEach((line) =>
        Effect.zipRight(keep(line), line.startsWith("ready") ? Deferred.succeed(ready, undefined) : Effect.void)
      ),
      Effect.forkScoped
    )
    yield* process_.stderr.pipe(Stream.decodeText(), Stream.splitLines, Stream.runForEach(keep), Effect.forkScoped)
    // A runner that exits by itself (not killed here) leaves calls to its entities waiting for a
    // runner: said on the test's output with its last lines, so that such a wait is not a silent hang.
    let killed = false
    yield* process_.exitCode.pipe(
      Effect.flatMap((code) =>
        killed ? Effect.void : Effect.sync(() =>
          console.error(`runner on port ${port} exited by itself (code ${code}); its last lines:\n${last.join("\n")}`)
        )
      ),
      Effect.ignore,
      Effect.forkScoped
    )
    yield* Deferred.await(ready).pipe(
      Effect.timeoutFail({ duration: "60 seconds", onTimeout: () => new Error(`runner on port ${port} did not start`) })
    )
    return {
      port,
      pid: process_.pid,
      kill: Effect.suspend(() => {
        killed = true
        return process_.kill("SIGKILL").pipe(Effect.ignore)
      })
    } satisfies RunnerProcess
  })

export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}


/** A loopback TCP proxy to `port` that can drop every connection and refuse new ones, then take them again. */
export interface Outage {
  readonly port: number
  /** Drops the connections and refuses new ones: the database is away. */
  readonly cut: Effect.Effect<void>
  /** Takes connections again: the database is back. */
  readonly restore: Effect.Effect<void>
  /** The next connection to send a query matching `pattern` is dropped before the database sees it (once). */
  readonly failNext: (pattern: RegExp) => Effect.Effect<void>
  /** How many connections `failNext` dropped. */
  readonly dropped: Effect.Effect<number>
}

export const proxy = (targetPort: number): Effect.Effect<Outage, never, Scope.Scope> =>
  Effect.map(TcpProxy.make({ host: "127.0.0.1", port: targetPort }), (proxy) => ({
    port: proxy.port,
    cut: proxy.set("down"),
    restore: proxy.set("up"),
    failNext: proxy.failNext,
    dropped: proxy.dropped
  }))
