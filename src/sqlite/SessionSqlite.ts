/**
 * The session's SQL database on SQLite: a
 * {@link SessionFs.SessionSqlProvider} that keeps one database per session,
 * on `@effect/sql` with `@effect/sql-sqlite-node` (optional peer
 * dependencies; the SQLite engine is better-sqlite3, which that driver
 * brings). The databases are files under a root directory ({@link make}),
 * or live in a shared SQL store, PostgreSQL or SQLite, where every runner can
 * reach them ({@link makeInStore}).
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
 * @since 0.1.0
 */
import type * as FileSystem from "@effect/platform/FileSystem"
import type * as Path from "@effect/platform/Path"
import type { PlatformError } from "@effect/platform/Error"
import type { SqlClient } from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { Duration, Effect, Scope } from "effect"
import { Layer } from "effect"
import * as SessionFs from "../SessionFs.js"
import * as internal from "../internal/sessionSqliteStore.js"
import * as SqlFs from "../internal/sqlSessionFs.js"

/**
 * Options of {@link make}, {@link withFileSystem} and {@link layer}.
 *
 * @example
 * ```ts
 * const options: SessionSqlite.Options = { fileName: "session.db", busyTimeout: "5 seconds" }
 * ```
 *
 * @since 0.1.0
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

/**
 * The SQL provider on SQLite files under `root` (created if missing): the
 * database of session `s` is `<root>/s/session.db` (see {@link Options}),
 * the directory {@link SessionFs.fromFileSystem} keeps the session's files
 * in, so one root holds each session whole. A session's connection (an
 * `@effect/sql-sqlite-node` client) is opened on its first request and kept
 * while requests come (see `idleTimeToLive`); all are closed with the scope.
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
 * @since 0.1.0
 */
export const make: (
  root: string,
  options?: Options
) => Effect.Effect<SessionFs.SessionSqlProvider<never>, SessionFs.SessionSqlError, Scope.Scope> = internal.onFiles

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
 * @since 0.1.0
 */
export const withFileSystem = (
  root: string,
  options: Options = {}
): Effect.Effect<
  SessionFs.SessionFsProvider<never>,
  PlatformError | SessionFs.SessionSqlError,
  Scope.Scope | FileSystem.FileSystem | Path.Path
> =>
  SessionFs.fromFileSystem(root, { perSession: options.perSession }).pipe(internal.andSqlite(make(root, options)))

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
 * @since 0.1.0
 */
export const layer = (
  root: string,
  options?: Options
): Layer.Layer<SessionFs.SessionFs, PlatformError | SessionFs.SessionSqlError, FileSystem.FileSystem | Path.Path> =>
  Layer.scoped(SessionFs.SessionFs, withFileSystem(root, options))

/**
 * Options of {@link makeInStore} and {@link layerInStore}.
 *
 * @example
 * ```ts
 * const options: SessionSqlite.StoreOptions = { tablePrefix: "copilot_fs_", idleTimeToLive: "1 minute" }
 * ```
 *
 * @since 0.2.0
 */
export interface StoreOptions {
  /**
   * The prefix of the store's tables: the databases are rows of
   * `<prefix>sqlite`; default `"copilot_fs_"` (the prefix of
   * `SqlSessionFs`, whose tables {@link layerInStore} uses beside it).
   */
  readonly tablePrefix?: string | undefined
  /** As in {@link Options}: how long a session's database stays open without requests; default 5 minutes. */
  readonly idleTimeToLive?: Duration.DurationInput | undefined
  /** As in {@link Options}; default 5 seconds. */
  readonly busyTimeout?: Duration.DurationInput | undefined
}

/**
 * The SQL provider with each session's database kept in a shared SQL store
 * (the `SqlClient` in context: PostgreSQL for many machines, or SQLite), so
 * that whichever process or runner opens the session finds its database.
 *
 * A session's database is an SQLite database, served from a private
 * temporary file while the session is open here: restored from its row of
 * `<prefix>sqlite` when the session's first request arrives, and saved back
 * (the whole database, a few pages for the runtime's todos) after every
 * request that wrote to it, once no transaction of the session is open (a
 * `BEGIN` of the session is saved at its `COMMIT`). A request whose save fails
 * fails with a message saying so (a transaction with `postCommitAmbiguous`),
 * and the next write saves again. One process serves a session at a time
 * (as a cluster's entity guarantees); two at once would overwrite each
 * other's saves.
 *
 * @example
 * ```ts
 * import { PgClient } from "@effect/sql-pg"
 * import { Effect, Redacted } from "effect"
 * import { SqlSessionFs } from "effect-copilot/sql"
 * import { SessionSqlite } from "effect-copilot/sqlite"
 *
 * const sessionFs = Effect.gen(function*() {
 *   const files = yield* SqlSessionFs.make()
 *   const sqlite = yield* SessionSqlite.makeInStore()
 *   return { ...files, sqlite }
 * }).pipe(Effect.provide(PgClient.layer({ url: Redacted.make("postgres://copilot@db/copilot") })))
 * ```
 *
 * @since 0.2.0
 */
export const makeInStore: (
  options?: StoreOptions
) => Effect.Effect<SessionFs.SessionSqlProvider<never>, SqlError, Scope.Scope | SqlClient> = internal.inStore

/**
 * The whole session file system in a shared SQL store: the session's files
 * by `SqlSessionFs` (`effect-copilot/sql`) and its SQL database by
 * {@link makeInStore}, on the `SqlClient` in context. Pair it with a client
 * whose `sessionFs` has `capabilities: { sqlite: true }`.
 *
 * @example
 * ```ts
 * import { PgClient } from "@effect/sql-pg"
 * import { Layer, Redacted } from "effect"
 * import { SessionSqlite } from "effect-copilot/sqlite"
 *
 * const SessionFsLive = SessionSqlite.layerInStore().pipe(
 *   Layer.provide(PgClient.layer({ url: Redacted.make("postgres://copilot@db/copilot") }))
 * )
 * ```
 *
 * @since 0.2.0
 */
export const layerInStore = (options: StoreOptions = {}): Layer.Layer<SessionFs.SessionFs, SqlError, SqlClient> =>
  Layer.scoped(
    SessionFs.SessionFs,
    SqlFs.make({ tablePrefix: options.tablePrefix }).pipe(internal.andSqlite(internal.inStore(options)))
  )
