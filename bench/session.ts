/**
 * Session-level bench on the real runtime: this SDK and `@github/copilot-sdk`
 * each drive the same `copilot` runtime binary (the one `@github/copilot`
 * installs), offline against the same scripted model, through a whole session
 * life: start, session create + destroy, a short turn, a long streamed answer,
 * 40 idle sessions held open, stop.
 *
 *   npm run bench:session
 *   BENCH_BASELINE=<a checkout of an older version> npm run bench:session
 *
 * This SDK is measured as its users run it: compiled by tsc as the build
 * compiles it (into node_modules/.cache/session-bench, incrementally), and
 * loaded as JavaScript, like the official SDK's published JavaScript. (Loaded
 * from TypeScript through tsx, every named function would be renamed by
 * esbuild's keepNames, which costs heap and CPU no user pays.) With
 * BENCH_BASELINE, the src/ of that checkout is compiled the same way and
 * measured as a third subject.
 *
 * Layout: this process orchestrates. The scripted model runs in a process of
 * its own (`model` mode), so the CPU the client process spends is the SDK's
 * own; each client runs in a fresh process (`client` mode), one SDK per
 * process, the order alternating each round. Each client process starts its
 * own runtime, in fresh temporary directories, with the environment the test
 * kit's isolated runtime uses (the model's URL, a fake token, no login).
 *
 * Environment: BENCH_ROUNDS (3), BENCH_DELTAS (2000 words in the long
 * answer), BENCH_SESSIONS (40 held open), BENCH_HEAP_WARMUPS (3: times as
 * many sessions are opened and closed before the heap is measured),
 * BENCH_CYCLES (10 create + destroy cycles timed, after as many untimed),
 * BENCH_SHORT_TURNS (10 short turns timed, after as many untimed),
 * BENCH_BASELINE, BENCH_CPU_PROF (a directory: each client writes there a CPU profile of its create + destroy cycles, its short turns
 * and its measured long answer; the profiler's cost inflates that round's
 * CPU figures), BENCH_HEAP_SNAPSHOT (a directory: each client writes a heap
 * snapshot before and while its sessions are held open), BENCH_ONLY (a comma
 * list of subjects to run), BENCH_OUT (the results file, default
 * bench/session-results.json), BENCH_RUNTIME (the runtime binary both SDKs
 * start, default the one `@github/copilot` installs: a wrapper that records
 * the wire, say).
 */
import { fork, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import * as os from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import * as v8 from "node:v8"

const TIMEOUT_MS = 120_000
/** Create + destroy cycles timed per client process, after as many untimed (the JIT's warm-up, as a service's steady state). */
const CYCLES = Number(process.env.BENCH_CYCLES ?? 10)
/** Short turns timed per client process, after as many untimed. */
const SHORT_TURNS = Number(process.env.BENCH_SHORT_TURNS ?? 10)
/** Times as many sessions are opened and closed before the heap is measured. */
const HEAP_WARMUPS = Number(process.env.BENCH_HEAP_WARMUPS ?? 3)
const SHORT_ANSWER = "Hello there, how can I help?"

// Kept here, not imported: this file is also transpiled on its own and run as the bench's client process.
type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }
const isObject = (u: unknown): u is Record<string, Json> => typeof u === "object" && u !== null && !Array.isArray(u)

/** `n` words: the scripted model streams each word as one chunk, the runtime each chunk as one delta. */
const longAnswer = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ")

// ---------------------------------------------------------------------------
// The scripted model (child process)
// ---------------------------------------------------------------------------

const runModel = async () => {
  const { Effect, Layer, ManagedRuntime, Redacted } = await import("effect")
  const ScriptedModel = await import("../src/testing/ScriptedModel.js")
  const runtime = ManagedRuntime.make(Layer.orDie(ScriptedModel.layer()))
  const model = await runtime.runPromise(ScriptedModel.ScriptedModel)
  process.on("message", (message: unknown) => {
    if (!isObject(message)) return
    if (message.type === "reply" && typeof message.text === "string") {
      void runtime.runPromise(model.reply(message.text)).then(() => process.send?.({ type: "replied", id: message.id }))
    } else if (message.type === "close") {
      void runtime.dispose().then(() => process.exit(0))
    }
  })
  process.send?.({ type: "listening", url: model.url, token: Redacted.value(model.token) })
  await Effect.runPromise(Effect.never)
}

// ---------------------------------------------------------------------------
// The clients (child process)
// ---------------------------------------------------------------------------

/** What one client process measured. Times in ms, heap in bytes. */
interface ClientResult {
  /** Importing the library (our sources through tsx, the official SDK's JavaScript through the same loader). */
  readonly importMs: number
  readonly startMs: number
  readonly createDestroyMs: number
  /** The client process's user + system CPU per create + destroy cycle (mean of the timed ones). */
  readonly createDestroyCpuMs: number
  readonly shortTurnMs: number
  /** The client process's user + system CPU per short turn, send to idle (mean of the timed ones). */
  readonly shortTurnCpuMs: number
  readonly longTurnMs: number
  readonly deltas: number
  readonly cpuMicrosPerDelta: number
  readonly heapBytesPerSession: number
  readonly stopMs: number
}

interface Env {
  readonly runtimePath: string
  readonly env: Readonly<Record<string, string>>
  readonly cwd: string
  readonly baseDirectory: string
  readonly token: string
}

/** What the bench does with a client, written as each SDK's users would write it. */
interface Subject {
  readonly createDestroy: () => Promise<void>
  /** Opens a session for the turns (streaming on). */
  readonly openTurns: () => Promise<{
    /** Sends and resolves at `session.idle` with the `assistant.message_delta` count, read from the session's events. */
    readonly turn: (prompt: string) => Promise<number>
    /** Sends and waits for the turn's end with the SDK's own send-and-wait call. */
    readonly sendAndWait: (prompt: string) => Promise<void>
  }>
  /** Opens `n` idle sessions; the returned function ends them. */
  readonly openMany: (n: number) => Promise<() => Promise<void>>
  readonly stop: () => Promise<void>
}

const ours = async (jsDir: string): Promise<(e: Env) => Promise<Subject>> => {
  const { Effect, Exit, Redacted, Scope, Stream } = await import("effect")
  // The compiled modules (a baseline's too) have the public API of the current sources.
  const load = (name: string) => import(pathToFileURL(resolve(jsDir, name)).href)
  const CopilotClient: typeof import("../src/CopilotClient.js") = await load("CopilotClient.js")
  const CopilotSession: typeof import("../src/CopilotSession.js") = await load("CopilotSession.js")
  const Handlers: typeof import("../src/Handlers.js") = await load("Handlers.js")
  const RuntimeConnection: typeof import("../src/RuntimeConnection.js") = await load("RuntimeConnection.js")
  return async (e) => {
    const clientScope = Effect.runSync(Scope.make())
    const client = await Effect.runPromise(
      CopilotClient.make({
        connection: RuntimeConnection.Stdio({ path: e.runtimePath }),
        env: e.env,
        cwd: e.cwd,
        baseDirectory: e.baseDirectory,
        githubToken: Redacted.make(e.token),
        useLoggedInUser: false
      }).pipe(Scope.extend(clientScope))
    )
    const config = { onPermissionRequest: Handlers.approveAll }
    const open = (streaming: boolean) =>
      Effect.gen(function*() {
        const scope = yield* Scope.make()
        const session = yield* CopilotSession.make(client, { ...config, streaming }).pipe(Scope.extend(scope))
        return { session, close: Scope.close(scope, Exit.void) }
      })
    return {
      createDestroy: () => Effect.runPromise(Effect.flatMap(open(false), ({ close }) => close)),
      openTurns: async () => {
        const { session } = await Effect.runPromise(open(true))
        return {
          sendAndWait: (prompt) => Effect.runPromise(Effect.asVoid(session.sendAndWait(prompt))),
          turn: (prompt) =>
            Effect.runPromise(Effect.scoped(Effect.gen(function*() {
              const events = yield* session.subscribe
              yield* session.send(prompt)
              let deltas = 0
              yield* events.pipe(
                Stream.takeUntil((event) => event.type === "session.idle"),
                Stream.runForEach((event) =>
                  Effect.sync(() => {
                    if (event.type === "assistant.message_delta") deltas++
                  })
                )
              )
              return deltas
            })))
        }
      },
      openMany: async (n) => {
        const opened = await Effect.runPromise(Effect.forEach(Array.from({ length: n }), () => open(false)))
        return () => Effect.runPromise(Effect.forEach(opened, ({ close }) => close, { discard: true }))
      },
      stop: () => Effect.runPromise(Scope.close(clientScope, Exit.void))
    }
  }
}

const official = async (): Promise<(e: Env) => Promise<Subject>> => {
  const { CopilotClient, RuntimeConnection, approveAll } = await import("@github/copilot-sdk")
  return async (e) => {
    const client = new CopilotClient({
      connection: RuntimeConnection.forStdio({ path: e.runtimePath }),
      env: { ...process.env, ...e.env },
      workingDirectory: e.cwd,
      baseDirectory: e.baseDirectory,
      gitHubToken: e.token,
      useLoggedInUser: false
    })
    await client.start()
    const open = (streaming: boolean) => client.createSession({ onPermissionRequest: approveAll, streaming })
    return {
      createDestroy: async () => {
        const session = await open(false)
        await session.disconnect()
      },
      openTurns: async () => {
        const session = await open(true)
        return {
          sendAndWait: async (prompt) => {
            await session.sendAndWait({ prompt })
          },
          turn: (prompt) =>
            new Promise((ok, fail) => {
              let deltas = 0
              const off = session.on((event) => {
                if (event.type === "assistant.message_delta") deltas++
                else if (event.type === "session.idle") {
                  off()
                  ok(deltas)
                }
              })
              session.send({ prompt }).catch(fail)
            })
        }
      },
      openMany: async (n) => {
        const sessions: Array<Awaited<ReturnType<typeof open>>> = []
        for (let i = 0; i < n; i++) sessions.push(await open(false))
        return async () => {
          for (const session of sessions) await session.disconnect()
        }
      },
      stop: async () => {
        const errors = await client.stop()
        if (errors.length > 0) throw errors[0]
      }
    }
  }
}

const fullGc = () => {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc === undefined) throw new Error("the bench client must run with --expose-gc")
  gc()
  gc()
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms))

const median = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** Asks the orchestrator to queue a reply on the scripted model, and waits until it is queued. */
let replies = 0
const queueReply = (text: string) =>
  new Promise<void>((ok) => {
    const id = replies++
    const listener = (message: unknown) => {
      if (isObject(message) && message.type === "replied" && message.id === id) {
        process.off("message", listener)
        ok()
      }
    }
    process.on("message", listener)
    process.send?.({ type: "reply", id, text })
  })

const timed = async (f: () => Promise<unknown>) => {
  const start = performance.now()
  await f()
  return performance.now() - start
}

/** Starts the CPU profiler of this process; the function it returns stops it and writes the profile. */
const startProfiler = async () => {
  const inspector = await import("node:inspector")
  const session = new inspector.Session()
  session.connect()
  const post = (method: string, params?: object) =>
    new Promise<unknown>((ok, fail) => session.post(method, params ?? {}, (error, result) => (error ? fail(error) : ok(result))))
  await post("Profiler.enable")
  await post("Profiler.setSamplingInterval", { interval: 100 })
  await post("Profiler.start")
  return async (path: string) => {
    const { profile } = await post("Profiler.stop") as { profile: unknown }
    writeFileSync(path, JSON.stringify(profile))
    session.disconnect()
  }
}

const runClient = async (
  kind: string,
  jsDir: string,
  e: Env,
  deltaWords: number,
  sessions: number,
  heapDir: string,
  profDir: string
) => {
  const importStart = performance.now()
  const start = kind === "official" ? await official() : await ours(jsDir)
  const importMs = performance.now() - importStart
  const startMs0 = performance.now()
  const subject = await start(e)
  const startMs = performance.now() - startMs0

  for (let i = 0; i < CYCLES; i++) await subject.createDestroy()
  const cycles: Array<number> = []
  const cyclesProfiler = profDir === "" ? undefined : await startProfiler()
  let cycleCpu = 0
  for (let i = 0; i < CYCLES; i++) {
    const cpu = process.cpuUsage()
    cycles.push(await timed(() => subject.createDestroy()))
    const used = process.cpuUsage(cpu)
    cycleCpu += used.user + used.system
  }
  if (cyclesProfiler !== undefined) await cyclesProfiler(join(profDir, `${kind}-${process.pid}-create.cpuprofile`))

  const turns = await subject.openTurns()
  for (let i = 0; i < SHORT_TURNS; i++) {
    await queueReply(SHORT_ANSWER)
    await turns.sendAndWait("hi")
  }
  const shorts: Array<number> = []
  let shortCpu = 0
  const shortProfiler = profDir === "" ? undefined : await startProfiler()
  for (let i = 0; i < SHORT_TURNS; i++) {
    await queueReply(SHORT_ANSWER)
    const cpu = process.cpuUsage()
    shorts.push(await timed(() => turns.sendAndWait("hi")))
    const used = process.cpuUsage(cpu)
    shortCpu += used.user + used.system
  }
  if (shortProfiler !== undefined) await shortProfiler(join(profDir, `${kind}-${process.pid}-short.cpuprofile`))

  // One untimed long answer warms the delta path up; the second is measured.
  const text = longAnswer(deltaWords)
  await queueReply(text)
  await turns.turn("tell me a long story")
  await queueReply(text)
  fullGc()
  const profiler = profDir === "" ? undefined : await startProfiler()
  const cpu = process.cpuUsage()
  const longStart = performance.now()
  const deltas = await turns.turn("tell me a long story")
  const longTurnMs = performance.now() - longStart
  const used = process.cpuUsage(cpu)
  if (profiler !== undefined) await profiler(join(profDir, `${kind}-${process.pid}-long.cpuprofile`))

  // Heap per idle session: a full GC before and after opening them, after the
  // events that follow a create have arrived. Opening and closing as many
  // a few times before lets the code that does it be compiled and optimized
  // first, so the figure is what the sessions hold rather than what the
  // compiler made (after one such round, optimized code still made ~100 KB
  // of the difference: 2.5 KB a session at 40).
  for (let i = 0; i < HEAP_WARMUPS; i++) await (await subject.openMany(sessions))()
  await sleep(200)
  fullGc()
  const heapBefore = process.memoryUsage().heapUsed
  if (heapDir !== "") v8.writeHeapSnapshot(join(heapDir, `${kind}-${process.pid}-before.heapsnapshot`))
  const closeAll = await subject.openMany(sessions)
  await sleep(500)
  fullGc()
  const heapAfter = process.memoryUsage().heapUsed
  if (heapDir !== "") v8.writeHeapSnapshot(join(heapDir, `${kind}-${process.pid}-open.heapsnapshot`))
  await closeAll()

  const stopMs = await timed(() => subject.stop())
  const result: ClientResult = {
    importMs,
    startMs,
    createDestroyMs: median(cycles),
    createDestroyCpuMs: cycleCpu / CYCLES / 1000,
    shortTurnMs: median(shorts),
    shortTurnCpuMs: shortCpu / SHORT_TURNS / 1000,
    longTurnMs,
    deltas,
    cpuMicrosPerDelta: (used.user + used.system) / deltas,
    heapBytesPerSession: (heapAfter - heapBefore) / sessions,
    stopMs
  }
  await new Promise<void>((ok, fail) =>
    process.send?.({ type: "result", result }, undefined, {}, (error) => (error ? fail(error) : ok()))
  )
}

// ---------------------------------------------------------------------------
// Orchestration
// ---------------------------------------------------------------------------

const self = fileURLToPath(import.meta.url)
const repo = resolve(dirname(self), "..")
const require = createRequire(import.meta.url)

/**
 * Compiles the `src/` of a checkout to ES modules as the build does, into a
 * cache directory inside this repository (so the output resolves this
 * repository's dependencies); returns that directory.
 */
const compile = (name: string, checkout: string): string => {
  const cache = cacheDir
  const outDir = join(cache, name)
  mkdirSync(cache, { recursive: true })
  const project = join(cache, `${name}.tsconfig.json`)
  writeFileSync(
    project,
    JSON.stringify({
      extends: join(repo, "tsconfig.build.json"),
      compilerOptions: {
        rootDir: join(checkout, "src"),
        outDir,
        declaration: false,
        sourceMap: false,
        inlineSources: false,
        incremental: true,
        tsBuildInfoFile: join(cache, `${name}.tsbuildinfo`),
        noEmitOnError: false
      },
      include: [join(checkout, "src")]
    })
  )
  const tsc = require.resolve("typescript/bin/tsc")
  // A baseline outside this repository cannot resolve the dependencies' types;
  // tsc still emits its JavaScript, which is all the bench needs.
  const result = spawnSync(process.execPath, [tsc, "-p", project], { stdio: checkout === repo ? "inherit" : "ignore" })
  if (checkout === repo && result.status !== 0) throw new Error(`tsc -p ${project} exited with ${result.status}`)
  if (!existsSync(join(outDir, "CopilotClient.js"))) throw new Error(`compiling ${checkout} emitted no CopilotClient.js`)
  return outDir
}
const runtimePath = process.env.BENCH_RUNTIME ?? require.resolve(`@github/copilot-${process.platform}-${process.arch}`)

const cacheDir = join(repo, "node_modules", ".cache", "session-bench")

/** The model child runs this file through tsx (it loads the test kit's TypeScript; its CPU is not measured). */
const child = (args: ReadonlyArray<string>) => fork(self, [...args], { execArgv: ["--import", "tsx"], stdio: "inherit" })

/**
 * This file as plain JavaScript, for the client children: they run in plain
 * Node, no loader, so neither SDK's code is transformed on its way in (tsx
 * would also rename every function of compiled JavaScript).
 */
const clientScript = (): string => {
  const ts: typeof import("typescript") = require("typescript")
  const { outputText } = ts.transpileModule(readFileSync(self, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: self
  })
  mkdirSync(cacheDir, { recursive: true })
  const path = join(cacheDir, "session-client.mjs")
  writeFileSync(path, outputText)
  return path
}

const once = <T>(p: ReturnType<typeof fork>, type: string): Promise<T> =>
  new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no ${type} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)
    p.on("message", (message: unknown) => {
      if (isObject(message) && message.type === type) {
        clearTimeout(timer)
        ok(message as T)
      }
    })
    p.once("exit", (code) => code !== 0 && fail(new Error(`child exited with ${code}`)))
  })

interface Measure {
  readonly id: keyof ClientResult
  readonly label: string
  readonly digits: number
}

const measures = (deltaWords: number, sessions: number): ReadonlyArray<Measure> => [
  { id: "importMs", label: "importing the library (ms)", digits: 0 },
  { id: "startMs", label: "start to ready (ms)", digits: 0 },
  { id: "createDestroyMs", label: "session create + destroy (ms)", digits: 1 },
  { id: "createDestroyCpuMs", label: "client CPU per create + destroy (ms)", digits: 2 },
  { id: "shortTurnMs", label: "short turn, sendAndWait (ms)", digits: 1 },
  { id: "shortTurnCpuMs", label: "client CPU per short turn (ms)", digits: 2 },
  { id: "longTurnMs", label: `long streamed answer, ${deltaWords} deltas, wall (ms)`, digits: 0 },
  { id: "cpuMicrosPerDelta", label: "client CPU per streamed delta (µs)", digits: 1 },
  { id: "heapBytesPerSession", label: `heap per open idle session, ${sessions} open (KB)`, digits: 1 },
  { id: "stopMs", label: "stop (ms)", digits: 0 }
]

const main = async () => {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
  const deltaWords = Number(process.env.BENCH_DELTAS ?? 2000)
  const sessions = Number(process.env.BENCH_SESSIONS ?? 40)
  const profDir = process.env.BENCH_CPU_PROF === undefined ? "" : resolve(process.env.BENCH_CPU_PROF)
  const heapDir = process.env.BENCH_HEAP_SNAPSHOT === undefined ? "" : resolve(process.env.BENCH_HEAP_SNAPSHOT)
  for (const dir of [profDir, heapDir]) if (dir !== "") mkdirSync(dir, { recursive: true })
  const out = resolve(process.env.BENCH_OUT ?? resolve(self, "../session-results.json"))
  const baseline = process.env.BENCH_BASELINE === undefined ? undefined : resolve(process.env.BENCH_BASELINE)
  let subjects: Array<[string, string]> = [["effect-copilot", repo], ["official", ""]]
  if (baseline !== undefined) subjects.push(["baseline", baseline])
  const only = process.env.BENCH_ONLY?.split(",")
  if (only !== undefined) subjects = subjects.filter(([name]) => only.includes(name))
  subjects = subjects.map(([name, checkout]) => [name, checkout === "" ? "" : compile(name, checkout)])
  const loadAverageAtStart = os.loadavg()[0]!

  const script = clientScript()
  const model = child(["model"])
  const { url, token } = await once<{ url: string; token: string }>(model, "listening")
  const results = new Map<string, Array<ClientResult>>(subjects.map(([name]) => [name, []]))
  try {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? subjects : [...subjects].reverse()
      for (const [name, dir] of order) {
        const root = mkdtempSync(join(os.tmpdir(), "session-bench-"))
        const sub = (role: string) => {
          const path = join(root, role)
          mkdirSync(path)
          return path
        }
        const env: Env = {
          runtimePath,
          env: {
            COPILOT_API_URL: url,
            COPILOT_DEBUG_GITHUB_API_URL: url,
            COPILOT_HOME: sub("copilot-home"),
            HOME: sub("home"),
            XDG_CONFIG_HOME: sub("config"),
            XDG_STATE_HOME: sub("state"),
            GH_CONFIG_DIR: sub("gh")
          },
          cwd: sub("work"),
          baseDirectory: join(root, "copilot-home"),
          token
        }
        try {
          const execArgv = ["--expose-gc"]
          const client = fork(
            script,
            ["client", name === "official" ? "official" : "ours", dir, JSON.stringify(env), String(deltaWords), String(sessions), heapDir, profDir],
            { execArgv, stdio: "inherit" }
          )
          client.on("message", (message: unknown) => {
            if (isObject(message) && message.type === "reply") {
              const listener = (answer: unknown) => {
                if (isObject(answer) && answer.type === "replied" && answer.id === message.id) {
                  model.off("message", listener)
                  client.send(answer)
                }
              }
              model.on("message", listener)
              model.send(message)
            }
          })
          const exited = new Promise<void>((ok) => client.once("exit", () => ok()))
          const { result } = await once<{ result: ClientResult }>(client, "result")
          await exited
          results.get(name)!.push(result)
          console.log(
            `round ${round + 1} ${name}: import ${result.importMs.toFixed(0)} ms, start ${result.startMs.toFixed(0)} ms, create+destroy ${result.createDestroyMs.toFixed(1)} ms, ` +
              `turn ${result.shortTurnMs.toFixed(1)} ms, long ${result.longTurnMs.toFixed(0)} ms (${result.deltas} deltas, ` +
              `${result.cpuMicrosPerDelta.toFixed(1)} µs CPU/delta), ${(result.heapBytesPerSession / 1024).toFixed(1)} KB/session, ` +
              `stop ${result.stopMs.toFixed(0)} ms`
          )
        } finally {
          rmSync(root, { recursive: true, force: true })
        }
      }
    }
  } finally {
    model.send({ type: "close" })
  }

  const table = measures(deltaWords, sessions)
  const value = (m: Measure, v: number) => m.id === "heapBytesPerSession" ? v / 1024 : v
  const summary = subjects.map(([name]) => ({
    name,
    medians: Object.fromEntries(table.map((m) => [m.id, median(results.get(name)!.map((r) => r[m.id]))]))
  }))
  const names = summary.map((s) => s.name)
  const ratioOf = (m: Measure) => {
    const ours = summary.find((s) => s.name === "effect-copilot")
    const theirs = summary.find((s) => s.name === "official")
    return ours === undefined || theirs === undefined ? undefined : ours.medians[m.id]! / theirs.medians[m.id]!
  }
  const lines = [
    `| measure | ${names.join(" | ")} | ours / official |`,
    `|---|${names.map(() => "---:").join("|")}|---:|`,
    ...table.map((m) => {
      const ratio = ratioOf(m)
      const cells = summary.map((s) =>
        value(m, s.medians[m.id]!).toLocaleString("en-US", { minimumFractionDigits: m.digits, maximumFractionDigits: m.digits })
      )
      return `| ${m.label} | ${cells.join(" | ")} | ${ratio === undefined ? "" : `${ratio.toFixed(2)}×`} |`
    })
  ]
  console.log(`\n${rounds} rounds, medians:\n${lines.join("\n")}`)
  const pkg = (name: string) =>
    JSON.parse(readFileSync(join(repo, "node_modules", name, "package.json"), "utf8")).version as string
  writeFileSync(
    out,
    JSON.stringify(
      {
        bench: "session",
        generated: new Date().toISOString(),
        environment: {
          node: process.version,
          platform: process.platform,
          arch: process.arch,
          cpus: os.cpus().length,
          loadAverageAtStart
        },
        versions: {
          "effect-copilot": JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).version,
          "@github/copilot-sdk": pkg("@github/copilot-sdk"),
          "@github/copilot": pkg("@github/copilot"),
          effect: pkg("effect")
        },
        config: { rounds, deltaWords, sessions, createDestroyCycles: CYCLES, shortTurns: SHORT_TURNS },
        notes: [
          "effect-copilot is compiled by tsc as the build compiles it and loaded as JavaScript, like the official SDK's published JavaScript.",
          "Both SDKs start the same runtime binary over stdio, offline against the same scripted model, which runs in a process of its own.",
          "Each client runs in a fresh process; the order alternates each round; medians over the rounds.",
          "Ratios are ours divided by the official SDK's: below 1 is better for every measure.",
          "start to ready is from creating the client (spawning the runtime) until it can be used; importing the library is measured apart, before it.",
          "a short turn is each SDK's own send-and-wait call (sendAndWait), from send to the turn's end; client CPU per short turn is the client process's user + system CPU over it, the mean of the timed short turns.",
          "the long streamed answer is read from the session's events (a subscription in this SDK, a listener in the official one) to session.idle.",
          "client CPU per streamed delta is the client process's user + system CPU from send to session.idle of the long answer, divided by its assistant.message_delta events.",
          "heap per open idle session is heapUsed after a full GC with the sessions open minus before they were opened, divided by their number; as many were opened and closed three times before (BENCH_HEAP_WARMUPS), so that the code the JIT compiles for doing it is not counted as what the sessions hold.",
          ...(baseline === undefined ? [] : ["baseline is an older checkout's src, compiled and measured the same way as effect-copilot."])
        ],
        medians: summary,
        rounds: Object.fromEntries(results)
      },
      null,
      2
    ) + "\n"
  )
  console.log(`\nwritten to ${out}`)
}

const [mode, ...args] = process.argv.slice(2)
const fail = (error: unknown) => {
  console.error(error)
  process.exit(1)
}
if (mode === "model") runModel().catch(fail)
else if (mode === "client") {
  const [kind, jsDir, env, deltaWords, sessions, heapDir, profDir] = args
  runClient(kind!, jsDir!, JSON.parse(env!), Number(deltaWords), Number(sessions), heapDir ?? "", profDir ?? "")
    .then(() => process.exit(0), fail)
} else main().catch(fail)
