/**
 * Event-delivery bench: how much client CPU one `session.event` costs from
 * the socket to a subscriber of `session.events`, on loopback against a fake
 * runtime in plain Node.
 *
 *   npx tsx bench/events.ts
 *   BENCH_BASELINE=<dir with an older copy of src/> npx tsx bench/events.ts
 *
 * With BENCH_BASELINE set, every round measures both sources (the order
 * alternates), each in a fresh client process, and the table shows the ratio
 * of their medians: this is how a change to the session's event path shows it
 * is no slower. The source is loaded through tsx from TypeScript, the same way
 * for both.
 *
 * Environment: BENCH_ROUNDS (5), BENCH_EVENTS (50000 per burst; one warm-up
 * burst of a fifth of that first), BENCH_BASELINE.
 *
 * Layout: this process orchestrates; `runtime` and `client` are the same file
 * run as children, so the fake runtime never shares a thread with the client.
 */
import { fork } from "node:child_process"
import { resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { answeringServer, framedChunks } from "./wire.js"
import { isObject, type Json, once as onceOf } from "./child.js"

const SESSION_ID = "bench-events"
const TIMEOUT_MS = 120_000


// ---------------------------------------------------------------------------
// The fake runtime (child process)
// ---------------------------------------------------------------------------

/** `count` framed `assistant.message_delta` events for the bench session, in chunks of about 64 KiB. */
const eventBurst = (count: number, round: number): Array<Buffer> => {
  const timestamp = new Date(Date.UTC(2025, 0, 1)).toISOString()
  return framedChunks(count, (i) => ({
    jsonrpc: "2.0",
    method: "session.event",
    params: {
      sessionId: SESSION_ID,
      event: {
        type: "assistant.message_delta",
        id: `e-${round}-${i}`,
        timestamp,
        parentId: i === 0 ? null : `e-${round}-${i - 1}`,
        ephemeral: true,
        data: { messageId: `m-${round}`, deltaContent: "token " }
      }
    }
  }))
}

const answer = (method: string): Json =>
  method === "connect"
    ? { ok: true, protocolVersion: 3, version: "bench" }
    : method === "session.create"
    ? { sessionId: SESSION_ID }
    : { success: true }

const runRuntime = () => {
  let bursts = 0
  const { server, sockets } = answeringServer((method) => ({ result: answer(method) }))
  process.on("message", (message: unknown) => {
    if (!isObject(message)) return
    if (message.type === "burst" && typeof message.count === "number") {
      const chunks = eventBurst(message.count, bursts++)
      for (const socket of sockets) for (const c of chunks) socket.write(c)
    } else if (message.type === "close") {
      for (const socket of sockets) socket.destroy()
      server.close(() => process.exit(0))
    }
  })
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    if (address !== null && typeof address !== "string") process.send?.({ type: "listening", port: address.port })
  })
}

// ---------------------------------------------------------------------------
// The client (child process)
// ---------------------------------------------------------------------------

interface ClientResult {
  readonly events: number
  readonly seconds: number
  readonly cpuMicrosPerEvent: number
}

const runClient = async (srcDir: string, port: number, warmup: number, count: number) => {
  const { Effect, Stream, Deferred, Fiber } = await import("effect")
  // The baseline's modules have the same public API as the current ones.
  const load = (name: string) => import(pathToFileURL(resolve(srcDir, name)).href)
  const CopilotClient: typeof import("../src/CopilotClient.js") = await load("CopilotClient.ts")
  const CopilotSession: typeof import("../src/CopilotSession.js") = await load("CopilotSession.ts")
  const RuntimeConnection: typeof import("../src/RuntimeConnection.js") = await load("RuntimeConnection.ts")
  const ask = (message: unknown) => process.send?.(message)

  const program = Effect.gen(function*() {
    const session = yield* CopilotSession.create({ sessionId: SESSION_ID })
    let received = 0
    let target = Number.POSITIVE_INFINITY
    let reached = yield* Deferred.make<void>()
    const consumer = yield* session.events.pipe(
      Stream.runForEach(() =>
        Effect.suspend(() => {
          received++
          return received === target ? Deferred.succeed(reached, undefined) : Effect.void
        })
      ),
      Effect.forkScoped
    )
    yield* Effect.sleep("100 millis") // lets the subscription start
    const deliver = (n: number) =>
      Effect.gen(function*() {
        reached = yield* Deferred.make<void>()
        target = received + n
        ask({ type: "burst", count: n })
        yield* Deferred.await(reached).pipe(Effect.timeout(TIMEOUT_MS))
      })
    yield* deliver(warmup)
    const cpu = process.cpuUsage()
    const start = performance.now()
    yield* deliver(count)
    const seconds = (performance.now() - start) / 1000
    const used = process.cpuUsage(cpu)
    yield* Fiber.interrupt(consumer)
    const result: ClientResult = { events: count, seconds, cpuMicrosPerEvent: (used.user + used.system) / count }
    return result
  }).pipe(
    Effect.scoped,
    Effect.provide(CopilotClient.layer({ connection: RuntimeConnection.Uri({ url: `127.0.0.1:${port}` }) }))
  )
  const result = await Effect.runPromise(program)
  ask({ type: "result", result })
}

// ---------------------------------------------------------------------------
// Orchestration
// ---------------------------------------------------------------------------

const self = fileURLToPath(import.meta.url)

const child = (args: ReadonlyArray<string>) => fork(self, [...args], { execArgv: ["--import", "tsx"], stdio: "inherit" })

const once = <T>(p: ReturnType<typeof fork>, type: string): Promise<T> => onceOf<T>(p, type, TIMEOUT_MS)

const measureOnce = async (srcDir: string, warmup: number, count: number): Promise<ClientResult> => {
  const runtime = child(["runtime"])
  const { port } = await once<{ port: number }>(runtime, "listening")
  const client = child(["client", srcDir, String(port), String(warmup), String(count)])
  client.on("message", (message: unknown) => {
    if (isObject(message) && message.type === "burst") runtime.send(message)
  })
  const { result } = await once<{ result: ClientResult }>(client, "result")
  client.kill()
  runtime.send({ type: "close" })
  return result
}

const median = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

const main = async () => {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
  const count = Number(process.env.BENCH_EVENTS ?? 50_000)
  const warmup = Math.max(1, Math.round(count / 5))
  const current = resolve(self, "../../src")
  const baseline = process.env.BENCH_BASELINE === undefined ? undefined : resolve(process.env.BENCH_BASELINE)
  const subjects: Array<[string, string]> = [["current", current]]
  if (baseline !== undefined) subjects.push(["baseline", baseline])
  const results = new Map<string, Array<ClientResult>>(subjects.map(([name]) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? subjects : [...subjects].reverse()
    for (const [name, dir] of order) {
      const r = await measureOnce(dir, warmup, count)
      results.get(name)!.push(r)
      console.log(`round ${round + 1} ${name}: ${r.cpuMicrosPerEvent.toFixed(2)} µs CPU/event, ${(r.events / r.seconds).toFixed(0)} events/s`)
    }
  }
  const summary = subjects.map(([name]) => {
    const rs = results.get(name)!
    return {
      name,
      cpuMicrosPerEvent: median(rs.map((r) => r.cpuMicrosPerEvent)),
      eventsPerSecond: median(rs.map((r) => r.events / r.seconds))
    }
  })
  console.log(`\n${count} session events per burst, ${rounds} rounds, medians:`)
  for (const s of summary) {
    console.log(`  ${s.name.padEnd(9)} ${s.cpuMicrosPerEvent.toFixed(2).padStart(7)} µs CPU/event  ${s.eventsPerSecond.toFixed(0).padStart(8)} events/s`)
  }
  if (summary.length === 2) {
    const [c, b] = summary as [typeof summary[0], typeof summary[0]]
    console.log(`  current / baseline: CPU per event ${(c.cpuMicrosPerEvent / b.cpuMicrosPerEvent).toFixed(3)} (below 1 is better), ` +
      `events/s ${(c.eventsPerSecond / b.eventsPerSecond).toFixed(3)} (above 1 is better)`)
  }
}

const [mode, ...args] = process.argv.slice(2)
if (mode === "runtime") runRuntime()
else if (mode === "client") {
  const [srcDir, port, warmup, count] = args
  runClient(srcDir!, Number(port), Number(warmup), Number(count)).catch((error) => {
    console.error(error)
    process.exit(1)
  })
} else {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
