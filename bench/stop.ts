/**
 * How long start and stop take against a stubborn runtime, and how fast a
 * killed runtime is noticed. The stub (test/support/stubRuntime.ts) answers
 * the handshake but ignores its input closing and SIGTERM, or never answers.
 *
 *   npx tsx bench/stop.ts
 *
 * With stopTimeout "1 second" a stop is bounded by three steps (close input
 * and wait, SIGTERM and wait, SIGKILL and wait): expect about 2 s, since
 * SIGKILL is not ignored. A start that gets no answer fails after
 * startTimeout, then stops the runtime the same way.
 */
import { Effect, Exit, Logger, LogLevel, Option, Scope } from "effect"
import { performance } from "node:perf_hooks"
import * as CopilotClient from "../src/CopilotClient.js"
import * as RuntimeConnection from "../src/RuntimeConnection.js"
import { killIfAlive, makeStub, type StubRuntime } from "../test/support/stubRuntime.js"

const RUNS = Number(process.env.RUNS ?? 3)
const STUBBORN = ["--stub-ignore-term", "--stub-ignore-stdin-end"]

const connection = (stub: StubRuntime, kind: "Stdio" | "Tcp", args: ReadonlyArray<string>) =>
  kind === "Stdio"
    ? RuntimeConnection.Stdio({ path: stub.path, args })
    : RuntimeConnection.Tcp({ path: stub.path, args })

const ms = (n: number) => `${n.toFixed(0)} ms`
const summary = (label: string, samples: ReadonlyArray<number>) => {
  const sorted = [...samples].sort((a, b) => a - b)
  console.log(
    `${label.padEnd(62)} longest ${ms(sorted[sorted.length - 1] ?? 0).padStart(8)}, median ${
      ms(sorted[Math.floor(sorted.length / 2)] ?? 0).padStart(8)
    } (${samples.length} runs)`
  )
}

/** Starts a client, then times releasing it. */
const timeStop = (stub: StubRuntime, kind: "Stdio" | "Tcp", args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    const client = yield* CopilotClient.make({
      connection: connection(stub, kind, args),
      startTimeout: "20 seconds",
      stopTimeout: "1 second"
    }).pipe(Scope.extend(scope))
    yield* client.ping("up")
    const pid = Option.getOrUndefined(client.runtimePid)
    const start = performance.now()
    yield* Scope.close(scope, Exit.void)
    const elapsed = performance.now() - start
    killIfAlive(pid)
    return elapsed
  })

/** Times a start that gets no answer, the stop after it included. */
const timeFailedStart = (stub: StubRuntime, kind: "Stdio" | "Tcp", args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const pidFile = stub.pidFile(`start-${kind}`)
    const start = performance.now()
    const exit = yield* Effect.exit(Effect.scoped(CopilotClient.make({
      connection: connection(stub, kind, [...args, `--stub-pid-file=${pidFile}`]),
      startTimeout: "3 seconds",
      stopTimeout: "1 second"
    })))
    const elapsed = performance.now() - start
    killIfAlive(stub.readPid(pidFile))
    if (Exit.isSuccess(exit)) throw new Error("the start should have failed")
    return elapsed
  })

/** Kills the runtime with SIGKILL and times until `closed` completes. */
const timeKillNoticed = (stub: StubRuntime, kind: "Stdio" | "Tcp") =>
  Effect.scoped(Effect.gen(function*() {
    const client = yield* CopilotClient.make({
      connection: connection(stub, kind, ["--stub-answer"]),
      startTimeout: "20 seconds",
      stopTimeout: "1 second"
    })
    yield* client.ping("up")
    const pid = Option.getOrThrow(client.runtimePid)
    const start = performance.now()
    process.kill(pid, "SIGKILL")
    yield* client.closed
    return performance.now() - start
  }))

const repeat = <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.forEach(Array.from({ length: RUNS }), () => effect)

const program = Effect.gen(function*() {
  const stub = yield* makeStub
  console.log(`stop and start bounds against a stubborn runtime (stopTimeout 1 s, startTimeout 3 s), ${RUNS} runs each`)
  for (const kind of ["Stdio", "Tcp"] as const) {
    summary(`${kind}: stop, runtime exits when asked`, yield* repeat(timeStop(stub, kind, ["--stub-answer"])))
    summary(
      `${kind}: stop, runtime ignores input end and SIGTERM`,
      yield* repeat(timeStop(stub, kind, ["--stub-answer", ...STUBBORN]))
    )
    summary(`${kind}: failed start (no answer) incl. stop, stubborn`, yield* repeat(timeFailedStart(stub, kind, STUBBORN)))
    summary(`${kind}: SIGKILLed runtime noticed (closed completes)`, yield* repeat(timeKillNoticed(stub, kind)))
  }
}).pipe(Effect.scoped, Effect.provide(Logger.minimumLogLevel(LogLevel.Error)))

Effect.runPromise(program).catch((error) => {
  console.error(error)
  process.exitCode = 1
})
