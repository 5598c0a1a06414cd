/**
 * RPC bench: effect-copilot against the official `@github/copilot-sdk` and a
 * raw socket baseline, on loopback, against a fake runtime.
 *
 *   npm run bench
 *
 * Layout: this process only orchestrates. For every (round, client) it forks
 * a fresh fake runtime process and a fresh client process (run with
 * `--expose-gc`), relays the client's out-of-band burst requests to the
 * runtime, and collects the client's numbers. Separate processes because
 * RSS is per process and rarely shrinks (a second client in the same process
 * would inherit the first one's), because JIT feedback on shared code (Buffer,
 * JSON, net) would carry over between clients, and so the fake runtime runs on
 * the other core instead of the measured client's thread. The order of the
 * clients rotates every round; the table shows each number's median.
 *
 * After the rounds it measures what importing the built package costs
 * (bench/importCost.ts), and writes everything to bench/results.json.
 *
 * Environment: BENCH_ROUNDS (3), BENCH_SECONDS (1.5, per timed ping workload),
 * BENCH_NOTIFICATIONS (100000), BENCH_ONLY (run one client kind),
 * BENCH_CPU_PROF (a client kind: one round of it under --cpu-prof, profiles in
 * the folder effect-copilot-bench-KIND of the system's temporary directory;
 * results.json is not written).
 */
import { fork, type ChildProcess } from "node:child_process"
import { writeFileSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { type ClientMessage, type ClientResult, type Config, runClient } from "./harness.js"
import { startFakeRuntime } from "./fakeRuntime.js"
import { measureImportCost, renderImportTable } from "./importCost.js"
import { renderTable, summarize } from "./report.js"
import { type Kind, kinds } from "./subjects.js"

type RuntimeMessage = { readonly type: "listening"; readonly port: number }
type ToRuntime = { readonly type: "burst"; readonly count: number } | { readonly type: "close" }

const CHILD_TIMEOUT_MS = 120_000

const isKind = (s: string | undefined): s is Kind => s !== undefined && (kinds as ReadonlyArray<string>).includes(s)

const readConfig = (): Config & { readonly rounds: number } => {
  const number = (name: string, fallback: number) => {
    const value = process.env[name]
    const n = value === undefined || value === "" ? fallback : Number(value)
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${value}`)
    return n
  }
  return {
    rounds: Math.round(number("BENCH_ROUNDS", 3)),
    warmupMs: 500,
    durationMs: Math.round(number("BENCH_SECONDS", 1.5) * 1000),
    inFlight: 64,
    notifications: Math.round(number("BENCH_NOTIFICATIONS", 100_000)),
    warmupNotifications: 10_000
  }
}

const self = fileURLToPath(import.meta.url)

/** Where BENCH_CPU_PROF puts a kind's profiles (one per thread: tsx's loader runs in a worker). */
const profileDir = (kind: Kind) => join(tmpdir(), `effect-copilot-bench-${kind}`)

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode)
    else child.once("exit", (code) => resolve(code))
  })

/** Forks a fake runtime process and waits for its port. */
const forkRuntime = async (config: Config) => {
  const child = fork(self, ["--runtime", JSON.stringify([config.warmupNotifications, config.notifications])], {
    stdio: ["ignore", "inherit", "inherit", "ipc"]
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message: RuntimeMessage) => resolve(message.port))
    child.once("exit", (code) => reject(new Error(`the fake runtime exited with ${code} before listening`)))
  })
  return {
    port,
    send: (message: ToRuntime) => child.send(message),
    close: async () => {
      child.send({ type: "close" } satisfies ToRuntime)
      const timer = setTimeout(() => child.kill(), 5_000)
      await exited(child)
      clearTimeout(timer)
    }
  }
}

/** Runs one client kind in a fresh process against a fresh fake runtime. */
const runOne = async (kind: Kind, config: Config, cpuProf: boolean): Promise<ClientResult> => {
  const runtime = await forkRuntime(config)
  const execArgv = [...process.execArgv, "--expose-gc"]
  if (cpuProf) execArgv.push("--cpu-prof", `--cpu-prof-dir=${profileDir(kind)}`)
  const child = fork(self, ["--client", kind, String(runtime.port), JSON.stringify(config)], {
    execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"]
  })
  try {
    return await new Promise<ClientResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill()
        reject(new Error(`${kind}: the client process did not finish within ${CHILD_TIMEOUT_MS / 1000} s`))
      }, CHILD_TIMEOUT_MS)
      child.on("message", (message: ClientMessage) => {
        if (message.type === "burst") runtime.send({ type: "burst", count: message.count })
        else {
          clearTimeout(timer)
          resolve(message.result)
        }
      })
      child.once("exit", (code) => {
        clearTimeout(timer)
        reject(new Error(`${kind}: the client process exited with ${code} before reporting`))
      })
    })
  } finally {
    await exited(child)
    await runtime.close()
  }
}

const orchestrate = async () => {
  const config = readConfig()
  const profile = process.env.BENCH_CPU_PROF
  const only = process.env.BENCH_ONLY
  if (profile !== undefined && !isKind(profile)) throw new Error(`BENCH_CPU_PROF must be one of ${kinds.join(", ")}`)
  if (only !== undefined && !isKind(only)) throw new Error(`BENCH_ONLY must be one of ${kinds.join(", ")}`)
  const selected = profile ?? only
  const chosen = selected === undefined ? kinds : [selected]
  const rounds = profile === undefined ? config.rounds : 1
  const results: Array<ClientResult> = []
  const started = Date.now()
  const loadAverageAtStart = loadavg()[0] ?? 0
  for (let round = 0; round < rounds; round++) {
    const order = chosen.map((_, i) => chosen[(i + round) % chosen.length]!)
    for (const kind of order) {
      process.stderr.write(`round ${round + 1}/${rounds}: ${kind} ...`)
      const result = await runOne(kind, config, profile !== undefined)
      process.stderr.write(` ${Math.round(result.sequential.opsPerSecond)} seq/s, ${Math.round(result.concurrent.opsPerSecond)} conc/s, ${Math.round(result.notifications.opsPerSecond)} notif/s\n`)
      results.push(result)
    }
  }
  const summary = summarize(results, { ...config, rounds }, loadAverageAtStart)
  console.log(renderTable(summary))
  console.log(
    `\n${rounds} round(s) in ${((Date.now() - started) / 1000).toFixed(1)} s; median of the rounds; ` +
      `load average ${loadAverageAtStart.toFixed(2)} at start on ${summary.environment.cpus} CPUs.`
  )
  if (profile !== undefined) {
    console.log(`CPU profiles written to the system temporary directory, folder effect-copilot-bench-${profile}`)
  } else if (selected === undefined) {
    // What importing the built package costs, over the effect modules it
    // imports (see importCost.ts): plain Node, a fresh process per import.
    const importCost = measureImportCost(Math.max(rounds, 5))
    console.log(`\n${renderImportTable(importCost)}`)
    writeFileSync(
      new URL("./results.json", import.meta.url),
      JSON.stringify({ ...summary, import: importCost }, null, 2) + "\n"
    )
    console.log("wrote bench/results.json")
  }
}

const serveRuntime = async (prebuild: ReadonlyArray<number>) => {
  const runtime = await startFakeRuntime({ prebuild })
  process.on("message", (message: ToRuntime) => {
    if (message.type === "burst") runtime.burst(message.count)
    else void runtime.close().then(() => process.exit(0))
  })
  process.on("disconnect", () => void runtime.close().then(() => process.exit(0)))
  process.send?.({ type: "listening", port: runtime.port } satisfies RuntimeMessage)
}

const [role, ...args] = process.argv.slice(2)
const main = (): Promise<void> => {
  switch (role) {
    case "--runtime":
      return serveRuntime(JSON.parse(args[0] ?? "[]"))
    case "--client": {
      const [kind, port, config] = args
      if (!isKind(kind) || port === undefined || config === undefined) throw new Error("usage: --client KIND PORT CONFIG")
      return runClient(kind, Number(port), JSON.parse(config)).then(() => {
        process.disconnect()
        process.exit(0)
      })
    }
    default:
      return orchestrate()
  }
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
