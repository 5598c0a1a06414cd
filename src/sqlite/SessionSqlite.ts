/**
 * The session's SQL database on SQLite files: a
 * {@link SessionFs.SessionSqlProvider} that keeps one database per session
 * under a root directory, on `better-sqlite3` (an optional peer dependency).
 *
 * With the client's `sessionFs.capabilities.sqlite`, the runtime runs the
 * statements of its `sql` tool (the agent's and its sub-agents') and of its
 * own bookkeeping (the todos tables) through the session file system instead
 * of a database of its own; this provider answers them with a real embedded
 * SQLite database.
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Layer } from "effect"
 * import { CopilotClient } from "effect-copilot"
 * import { SessionSqlite } from "effect-copilot/sqlite"
 *
 * const Live = Layer.mergeAll(
 *   CopilotClient.layer({
 *     sessionFs: { initialCwd: "/", sessionStatePath: "/session-state", capabilities: { sqlite: true } }
 *   }),
 *   SessionSqlite.layer("./copilot-sessions")
 * ).pipe(Layer.provide(NodeContext.layer))
 * ```
 *
 * @since 0.2.0
 */
import type * as FileSystem from "@effect/platform/FileSystem"
import type * as Path from "@effect/platform/Path"
import type { PlatformError } from "@effect/platform/Error"
import Database from "better-sqlite3"
import { Duration, Effect, Layer, RcMap, type Scope } from "effect"
import * as NodeFs from "node:fs"
import * as NodePath from "node:path"
import * as SessionFs from "../SessionFs.js"

/**
 * Options of {@link make}, {@link withFileSystem} and {@link layer}.
 *
 * @example
 * ```ts
 * import { SessionSqlite } from "effect-copilot/sqlite"
 *
 * const options: SessionSqlite.Options = { fileName: "session.db", busyTimeout: "5 seconds" }
 * ```
 *
 * @since 0.2.0
 */
export interface Options {
  /** The database's file name in the session's directory; default `"session.db"`. */
  readonly fileName?: string | undefined
  /**
   * How long a statement waits for a lock another connection holds before
   * failing with `SQLITE_BUSY`; default 5 seconds.
   */
  readonly busyTimeout?: Duration.DurationInput | undefined
  /**
   * How long a session's connection stays open without requests; default 5
   * minutes. Closing it rolls back a transaction the session left open
   * (a `BEGIN` without its `COMMIT`).
   */
  readonly idleTimeToLive?: Duration.DurationInput | undefined
  /**
   * One directory per session, `<root>/<sessionId>/` (default `true`), as
   * {@link SessionFs.fromFileSystem} keeps them; with `false` the database
   * is `<root>/<fileName>`, for a provider that serves a single session.
   */
  readonly perSession?: boolean | undefined
}

const sessionIdSegment = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/

/** The SQLite result codes that mean another connection holds the lock. */
const isBusy = (cause: unknown): boolean => {
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : ""
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")
}

const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

const failure = (cause: unknown, errorClass?: SessionFs.SessionSqlErrorClass) =>
  new SessionFs.SessionSqlError({ message: messageOf(cause), ...(errorClass === undefined ? {} : { errorClass }) })

/** Runs one statement; throws what SQLite throws. */
const runStatement = (db: Database.Database, statement: SessionFs.SessionSqlStatement): SessionFs.SessionSqlResult => {
  const params = statement.params ?? {}
  const bound = Object.keys(params).length > 0
  switch (statement.queryType) {
    case "exec": {
      if (bound) throw new Error("an \"exec\" script takes no bind parameters (use \"run\" or \"query\")")
      db.exec(statement.query)
      return { rows: [], columns: [], rowsAffected: 0 }
    }
    case "query":
    case "run": {
      // The kind of statement decides what it gives: a SELECT sent as "run"
      // still answers its rows, an INSERT sent as "query" its changes.
      // Rows come as objects keyed by column name (the statement is not in raw mode).
      const prepared = db.prepare<Array<unknown>, Record<string, unknown>>(statement.query)
      if (prepared.reader) {
        const rows = bound ? prepared.all(params) : prepared.all()
        return { rows, columns: prepared.columns().map((column) => column.name), rowsAffected: 0 }
      }
      const result = bound ? prepared.run(params) : prepared.run()
      return {
        rows: [],
        columns: [],
        rowsAffected: result.changes,
        ...(result.changes > 0 ? { lastInsertRowid: Number(result.lastInsertRowid) } : {})
      }
    }
    default:
      throw new Error(`unknown query type "${statement.queryType}" (expected "exec", "query" or "run")`)
  }
}

/**
 * Runs statements as one transaction: all or nothing. Inside a transaction
 * the session opened itself (a `BEGIN` of its `sql` tool), the statements
 * run in a savepoint of it. A failure says whether a retry is safe.
 */
const runTransaction = (
  db: Database.Database,
  statements: ReadonlyArray<SessionFs.SessionSqlStatement>
): Effect.Effect<ReadonlyArray<SessionFs.SessionSqlResult>, SessionFs.SessionSqlError> =>
  Effect.suspend(() => {
    const nested = db.inTransaction
    const rollback = (cause: unknown): SessionFs.SessionSqlError => {
      try {
        if (nested) db.exec("ROLLBACK TO effect_copilot_tx; RELEASE effect_copilot_tx")
        else if (db.inTransaction) db.exec("ROLLBACK")
      } catch (rollbackCause) {
        return failure(`${messageOf(cause)}; the rollback failed too: ${messageOf(rollbackCause)}`, "fatal")
      }
      return failure(cause, isBusy(cause) ? "busyOrLocked" : "fatal")
    }
    try {
      db.exec(nested ? "SAVEPOINT effect_copilot_tx" : "BEGIN IMMEDIATE")
    } catch (cause) {
      return Effect.fail(failure(cause, isBusy(cause) ? "busyOrLocked" : "fatal"))
    }
    const results: Array<SessionFs.SessionSqlResult> = []
    for (const statement of statements) {
      try {
        results.push(runStatement(db, statement))
      } catch (cause) {
        return Effect.fail(rollback(cause))
      }
    }
    try {
      db.exec(nested ? "RELEASE effect_copilot_tx" : "COMMIT")
    } catch (cause) {
      // A commit that failed with the transaction still open did not happen
      // (SQLite keeps it open on SQLITE_BUSY): roll back, and say so.
      // Otherwise nobody knows whether the changes are stored.
      if (!nested && db.inTransaction) return Effect.fail(rollback(cause))
      return Effect.fail(failure(cause, "postCommitAmbiguous"))
    }
    return Effect.succeed(results)
  })

/** Opens a session's database, creating its directory; closed with the scope. */
const open = (root: string, sessionId: string, options: Options) =>
  Effect.acquireRelease(
    Effect.try({
      try: () => {
        const perSession = options.perSession ?? true
        if (perSession && (!sessionIdSegment.test(sessionId) || sessionId === "." || sessionId === "..")) {
          throw new Error(`session id "${sessionId}" cannot name a directory; refused`)
        }
        const dir = perSession ? NodePath.join(root, sessionId) : root
        NodeFs.mkdirSync(dir, { recursive: true })
        // The session's directory must be the directory itself, not a link
        // out of the root (the file provider refuses the same).
        if (NodeFs.lstatSync(dir).isSymbolicLink()) {
          throw new Error(`the directory of session "${sessionId}" is a symbolic link; refused`)
        }
        const db = new Database(NodePath.join(dir, options.fileName ?? "session.db"), {
          timeout: Duration.toMillis(Duration.decode(options.busyTimeout ?? "5 seconds"))
        })
        db.pragma("journal_mode = WAL")
        return db
      },
      catch: (cause) => failure(`cannot open the database of session "${sessionId}": ${messageOf(cause)}`)
    }),
    (db) => Effect.sync(() => db.close())
  )

/**
 * The SQL provider on SQLite files under `root` (created if missing): the
 * database of session `s` is `<root>/s/session.db` (see {@link Options}),
 * the directory {@link SessionFs.fromFileSystem} keeps the session's files
 * in, so one root holds each session whole. A session's connection is
 * opened on its first request and kept while requests come (see
 * `idleTimeToLive`); all are closed with the scope.
 *
 * Statements run as the runtime sends them: `"exec"` scripts of several
 * statements, `"query"` and `"run"` statements with named parameters
 * (`:name`, `@name`, `$name`), transactions all or nothing (a busy database
 * fails as `busyOrLocked`, rolled back; a failed commit as
 * `postCommitAmbiguous`). A failed statement fails with a
 * {@link SessionFs.SessionSqlError} carrying SQLite's message; the
 * connection stays usable.
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { CopilotSession, SessionFs } from "effect-copilot"
 * import { SessionSqlite } from "effect-copilot/sqlite"
 *
 * const program = Effect.gen(function*() {
 *   const files = yield* SessionFs.fromFileSystem("./copilot-sessions")
 *   const sqlite = yield* SessionSqlite.make("./copilot-sessions")
 *   return yield* CopilotSession.withSession({ sessionFs: { ...files, sqlite } }, (s) => s.sendAndWait("Hi"))
 * }).pipe(Effect.scoped, Effect.provide(NodeContext.layer))
 * ```
 *
 * @since 0.2.0
 */
export const make = (
  root: string,
  options: Options = {}
): Effect.Effect<SessionFs.SessionSqlProvider<never>, SessionFs.SessionSqlError, Scope.Scope> =>
  Effect.gen(function*() {
    const dir = yield* Effect.try({
      try: () => {
        NodeFs.mkdirSync(NodePath.resolve(root), { recursive: true })
        return NodeFs.realpathSync(NodePath.resolve(root))
      },
      catch: (cause) => failure(`cannot create the SQL databases' root ${root}: ${messageOf(cause)}`)
    })
    const connections = yield* RcMap.make({
      lookup: (sessionId: string) => open(dir, sessionId, options),
      idleTimeToLive: options.idleTimeToLive ?? "5 minutes"
    })
    const withDb = <A>(
      operation: string,
      sessionId: string,
      f: (db: Database.Database) => Effect.Effect<A, SessionFs.SessionSqlError>
    ) =>
      Effect.scoped(Effect.flatMap(RcMap.get(connections, sessionId), f)).pipe(
        Effect.withSpan(`SessionSqlite.${operation}`, {
          kind: "client",
          attributes: { "db.system.name": "sqlite", "session.id": sessionId }
        })
      )
    const databaseFile = (sessionId: string) =>
      (options.perSession ?? true)
        ? NodePath.join(dir, sessionId, options.fileName ?? "session.db")
        : NodePath.join(dir, options.fileName ?? "session.db")
    return {
      query: ({ sessionId, ...statement }) =>
        withDb("query", sessionId, (db) =>
          Effect.try({ try: () => runStatement(db, statement), catch: (cause) => failure(cause) })),
      transaction: ({ sessionId, statements }) =>
        withDb("transaction", sessionId, (db) => runTransaction(db, statements)),
      exists: ({ sessionId }) =>
        Effect.sync(() =>
          (!(options.perSession ?? true) || sessionIdSegment.test(sessionId)) && NodeFs.existsSync(databaseFile(sessionId))
        ).pipe(
          Effect.withSpan("SessionSqlite.exists", { attributes: { "session.id": sessionId } })
        )
    }
  })

/**
 * A whole session file system under `root`: the session's files by
 * {@link SessionFs.fromFileSystem} and its SQL database by {@link make},
 * side by side in each session's directory.
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 * import { SessionSqlite } from "effect-copilot/sqlite"
 *
 * const program = Effect.gen(function*() {
 *   const sessionFs = yield* SessionSqlite.withFileSystem("./copilot-sessions")
 *   return yield* CopilotSession.withSession({ sessionFs }, (s) => s.sendAndWait("Hi"))
 * }).pipe(Effect.scoped, Effect.provide(NodeContext.layer))
 * ```
 *
 * @since 0.2.0
 */
export const withFileSystem = (
  root: string,
  options: Options = {}
): Effect.Effect<
  SessionFs.SessionFsProvider<never>,
  PlatformError | SessionFs.SessionSqlError,
  Scope.Scope | FileSystem.FileSystem | Path.Path
> =>
  Effect.gen(function*() {
    const files = yield* SessionFs.fromFileSystem(root, { perSession: options.perSession })
    const sqlite = yield* make(root, options)
    return { ...files, sqlite }
  })

/**
 * The {@link SessionFs.SessionFs} service backed by {@link withFileSystem}:
 * sessions opened where this layer is provided keep their files and their
 * SQL database under `root`. Pair it with a client whose `sessionFs` has
 * `capabilities: { sqlite: true }`.
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Layer } from "effect"
 * import { SessionSqlite } from "effect-copilot/sqlite"
 *
 * const SessionFsLive = SessionSqlite.layer("./copilot-sessions").pipe(Layer.provide(NodeContext.layer))
 * ```
 *
 * @since 0.2.0
 */
export const layer = (
  root: string,
  options?: Options
): Layer.Layer<SessionFs.SessionFs, PlatformError | SessionFs.SessionSqlError, FileSystem.FileSystem | Path.Path> =>
  Layer.scoped(SessionFs.SessionFs, withFileSystem(root, options))
