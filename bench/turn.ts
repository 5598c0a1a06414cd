/**
 * Client CPU per short turn, replayed: what each client spends on one short
 * streamed turn of the real runtime, with the runtime taken out of the
 * measure. A fake runtime replays, for every `session.send`, the 43
 * notifications one short turn of `@github/copilot` 1.0.102 wrote
 * (bench/fixtures/short-turn.json, about 98 KB with a 46 KB system message),
 * either one frame at a time 1 ms apart, as the runtime writes them, or all
 * in one chunk. Three clients: a plain-Node reader (framing, JSON.parse, a
 * callback: the floor any client pays), this SDK (subscribe, send, read to
 * session.idle, as bench:session's turn) and the official SDK (a listener,
 * send). Each client runs in a fresh process, and reports its user and
 * system CPU per turn.
 *
 *   npx tsx bench/turn.ts
 *
 * Environment: BENCH_ROUNDS (3), BENCH_TURNS (200 timed, after 30 untimed).
 * The official client connects over TCP without TCP_NODELAY, so its wall
 * time per turn includes the delayed-ACK wait; only CPU is compared.
 */
import { fork } from "node:child_process"
import { readFileSync } from "node:fs"
import * as net from "node:net"
import { loadavg } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { ensureBuilt } from "./importCost.js"
import { frame, FrameReader } from "./wire.js"
import { isObject } from "./child.js"

const here = dirname(fileURLToPath(import.meta.url))

interface Recording {
  readonly sessionId: string
  readonly create: Record<string, unknown>
  readonly startup: ReadonlyArray<string>
  readonly turn: ReadonlyArray<string>
}

type Spacing = "spread" | "batched"

/** The fake runtime (child process): answers the handful of requests a session needs, replays the turn on `session.send`. */
const runRuntime = (spacing: Spacing) => {
  const recording: Recording = JSON.parse(readFileSync(join(here, "fixtures", "short-turn.json"), "utf8"))
  const server = net.createServer((socket) => {
    socket.setNoDelay(true)
    socket.on("error", () => socket.destroy())
    const reader = new FrameReader()
    const answer = (id: unknown, member: object) => socket.write(frame(JSON.stringify({ jsonrpc: "2.0", id, ...member })))
    socket.on("data", (chunk) =>
      reader.push(chunk, (body) => {
        const message: unknown = JSON.parse(body)
        if (!isObject(message) || typeof message.method !== "string" || message.id === undefined) return
        const params = isObject(message.params) ? message.params : {}
        const sessionId = typeof params.sessionId === "string" ? params.sessionId : "unknown"
        // The recorded session's id becomes the id of the session asking.
        const frames = (texts: ReadonlyArray<string>) => texts.map((text) => frame(text.split(recording.sessionId).join(sessionId)))
        switch (message.method) {
          case "connect":
            return answer(message.id, { result: { ok: true, protocolVersion: 3, version: "1.0.102" } })
          case "session.create":
            answer(message.id, { result: { ...recording.create, sessionId } })
            return socket.write(Buffer.concat(frames(recording.startup)))
          case "session.send": {
            answer(message.id, { result: { messageId: "replayed" } })
            const turn = frames(recording.turn)
            if (spacing === "batched") return socket.write(Buffer.concat(turn))
            let i = 0
            const next = () => {
              if (i >= turn.length || socket.destroyed) return
              socket.write(turn[i++]!)
              setTimeout(next, 1)
            }
            return next()
          }
          case "session.destroy":
          case "session.detach":
            return answer(message.id, { result: { success: true } })
          default:
            return answer(message.id, { error: { code: -32601, message: `not replayed: ${message.method}` } })
        }
      }))
  })
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    process.send?.({ port: typeof address === "object" && address !== null ? address.port : 0 })
  })
  process.on("message", () => server.close(() => process.exit(0)))
}

interface Sample {
  readonly userMs: number
  readonly systemMs: number
  readonly wallMs: number
}

const kinds = ["raw", "ours", "official"] as const
type Kind = typeof kinds[number]

type How = "wait" | "events"

const runClient = (kind: Kind, port: number, turns: number, how: How) =>
  new Promise<Sample>((ok, fail) => {
    const child = fork(join(here, "turnClient.mjs"), [kind, String(port), String(turns), "30", how], { execArgv: [], stdio: ["ignore", "pipe", "inherit", "ipc"] })
    let out = ""
    child.stdout?.on("data", (chunk) => (out += chunk))
    child.on("exit", (code) => {
      if (code !== 0) return fail(new Error(`${kind} client exited with ${code}`))
      ok(JSON.parse(out.trim().split("\n").at(-1)!))
    })
  })

const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const main = async () => {
  ensureBuilt()
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
  const turns = Number(process.env.BENCH_TURNS ?? 200)
  console.log(`load average at start: ${loadavg().map((n) => n.toFixed(2)).join(", ")}`)
  const rows: Array<string> = []
  for (const spacing of ["spread", "batched"] as const) for (const how of ["wait", "events"] as const) {
    const runtime = fork(fileURLToPath(import.meta.url), ["runtime", spacing], { execArgv: ["--import", "tsx"], stdio: "inherit" })
    const port = await new Promise<number>((ok) => runtime.once("message", (m) => ok((m as { port: number }).port)))
    const samples: Record<Kind, Array<Sample>> = { raw: [], ours: [], official: [] }
    try {
      for (let round = 0; round < rounds; round++) {
        // The order rotates every round.
        for (const kind of [...kinds.slice(round % 3), ...kinds.slice(0, round % 3)]) samples[kind].push(await runClient(kind, port, turns, how))
      }
    } finally {
      runtime.send("close")
    }
    const user = (kind: Kind) => median(samples[kind].map((s) => s.userMs + s.systemMs))
    const over = (kind: Kind) => user(kind) - user("raw")
    rows.push(
      `| ${spacing === "spread" ? "1 ms apart" : "in one chunk"} | ${how === "wait" ? "sendAndWait" : "read from the events"} | ${user("raw").toFixed(2)} | ${user("ours").toFixed(2)} | ${user("official").toFixed(2)} | ` +
        `${(user("ours") / user("official")).toFixed(2)}× | ${over("ours").toFixed(2)} | ${over("official").toFixed(2)} |`
    )
  }
  console.log(`\nclient CPU per replayed short turn (ms, user + system; medians of ${rounds} rounds of ${turns} turns)\n`)
  console.log("| the turn's 43 frames | the turn waited by | plain Node | effect-copilot | official | ours / official | ours over plain | official over plain |")
  console.log("|---|---|---:|---:|---:|---:|---:|---:|")
  for (const row of rows) console.log(row)
}

if (process.argv[2] === "runtime") runRuntime(process.argv[3] === "batched" ? "batched" : "spread")
else await main()
