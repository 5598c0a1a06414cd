/**
 * The session store's cost, side by side in one run: the same session-state
 * traffic (appends to events.jsonl, one event each, then the whole file read
 * back as on resume, and a workspace.yaml rewritten by rename as the runtime
 * does) through `SessionFs.fromFileSystem` (the disk, the baseline), and
 * through `SqlSessionFs` on SQLite (a file) and on PostgreSQL (a real server
 * on loopback, started for the run by the test harness, or `PG_URL`). Also
 * how long that PostgreSQL takes to start.
 *
 *   npm run bench:store
 *
 * Environment: BENCH_EVENTS (2000 appends), BENCH_ROUNDS (3; the best round counts).
 */
import { NodeContext } from "@effect/platform-node"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { Effect, Layer } from "effect"
import type { SessionFs as SessionFsNs } from "effect-copilot"
import { SessionFs } from "effect-copilot"
import { SqlSessionFs } from "effect-copilot/sql"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import * as Postgres from "../test/support/postgres.js"

const EVENTS = Number(process.env["BENCH_EVENTS"] ?? 2000)
const ROUNDS = Number(process.env["BENCH_ROUNDS"] ?? 3)
const event = (i: number) => `${JSON.stringify({ type: "assistant.message_delta", id: i, data: { deltaContent: "x".repeat(300) } })}\n`

interface Figures {
  readonly appendMicros: number
  readonly readMillis: number
  readonly renameMicros: number
}

const traffic = (provider: SessionFsNs.SessionFsProvider<never>, sessionId: string) =>
  Effect.gen(function*() {
    const path = "/session-state/events.jsonl"
    const t0 = performance.now()
    for (let i = 0; i < EVENTS; i++) yield* provider.appendFile({ sessionId, path, content: event(i) })
    const t1 = performance.now()
    const content = yield* provider.readFile({ sessionId, path })
    const t2 = performance.now()
    if (content.length !== Array.from({ length: EVENTS }, (_, i) => event(i)).join("").length) {
      return yield* Effect.dieMessage("the file read back is not what was appended")
    }
    for (let i = 0; i < 100; i++) {
      yield* provider.writeFile({ sessionId, path: "/session-state/workspace.yaml.tmp", content: `id: ${sessionId}\nn: ${i}\n` })
      yield* provider.rename({ sessionId, src: "/session-state/workspace.yaml.tmp", dest: "/session-state/workspace.yaml" })
    }
    const t3 = performance.now()
    return { appendMicros: ((t1 - t0) * 1000) / EVENTS, readMillis: t2 - t1, renameMicros: ((t3 - t2) * 1000) / 100 }
  })

const best = (make: Effect.Effect<SessionFsNs.SessionFsProvider<never>, unknown, never>) =>
  Effect.gen(function*() {
    const provider = yield* make
    const rounds: Array<Figures> = []
    for (let round = 0; round < ROUNDS; round++) rounds.push(yield* traffic(provider, `bench-${round}-${Date.now()}`))
    return {
      appendMicros: Math.min(...rounds.map((r) => r.appendMicros)),
      readMillis: Math.min(...rounds.map((r) => r.readMillis)),
      renameMicros: Math.min(...rounds.map((r) => r.renameMicros))
    }
  })

const program = Effect.gen(function*() {
  const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-copilot-store-bench-"))
  yield* Effect.addFinalizer(() => Effect.sync(() => Fs.rmSync(dir, { recursive: true, force: true })))
  const disk = yield* best(SessionFs.fromFileSystem(Path.join(dir, "disk")).pipe(Effect.provide(NodeContext.layer), Effect.orDie))
  const sqliteContext = yield* Layer.build(SqliteClient.layer({ filename: Path.join(dir, "store.db") }))
  const sqlite = yield* best(SqlSessionFs.make().pipe(Effect.provide(sqliteContext)))
  const pgContext = yield* Layer.build(Postgres.layer)
  const server = yield* Effect.provide(Postgres.Postgres, pgContext)
  const pg = yield* best(SqlSessionFs.make().pipe(Effect.provide(pgContext)))
  const rows = [["disk (fromFileSystem)", disk], ["SqlSessionFs, SQLite", sqlite], ["SqlSessionFs, PostgreSQL", pg]] as const
  console.log(`${EVENTS} appends of ${event(0).length} bytes, best of ${ROUNDS} rounds; ratio = this / disk`)
  console.log("store                      append µs   ratio   read all ms   ratio   write+rename µs   ratio")
  for (const [name, f] of rows) {
    console.log(
      `${name.padEnd(26)} ${f.appendMicros.toFixed(0).padStart(9)} ${(f.appendMicros / disk.appendMicros).toFixed(1).padStart(7)}` +
        ` ${f.readMillis.toFixed(1).padStart(13)} ${(f.readMillis / disk.readMillis).toFixed(1).padStart(7)}` +
        ` ${f.renameMicros.toFixed(0).padStart(17)} ${(f.renameMicros / disk.renameMicros).toFixed(1).padStart(7)}`
    )
  }
  console.log(`PostgreSQL (${server.kind}) ready in ${server.startMillis} ms`)
})

Effect.runPromise(Effect.scoped(program)).catch((error) => {
  console.error(error)
  process.exitCode = 1
})
