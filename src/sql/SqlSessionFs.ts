/**
 * The session file system in a SQL database: a
 * {@link SessionFs.SessionFsProvider} on `@effect/sql`'s `SqlClient`, so
 * that a session's state (its `events.jsonl`, `workspace.yaml`, `plan.md`,
 * large outputs, checkpoints, ...) lives as rows, and any process with the
 * same database, on any machine, can resume any session. The same code runs
 * on PostgreSQL (`@effect/sql-pg`) and SQLite (`@effect/sql-sqlite-node`).
 *
 * The semantics are those of {@link SessionFs.fromFileSystem}: the same
 * error codes (`ENOENT` for a missing path, `UNKNOWN` with the code in the
 * message otherwise: `EISDIR`, `ENOTDIR`, `EEXIST`, `ENOTEMPTY`, ...), the same
 * path rules (`..` above the session refused, NUL bytes refused, components of
 * at most 255 bytes), `mkdir`/`rm` recursive or not, `rename` over files and
 * empty directories, parents made by `writeFile`. There are no links, and a
 * session id is a key, not a directory name: any string is one.
 *
 * An `appendFile` (the runtime's `events.jsonl` grows by one line per event)
 * adds one row; it never rewrites the file. Concurrent appends to one file
 * queue on its row and keep their order. A database failure or a database
 * that does not answer within `timeout` answers the request with `UNKNOWN`
 * and a message; the next request tries again.
 *
 * @example
 * ```ts
 * import { SqliteClient } from "@effect/sql-sqlite-node"
 * import { Layer } from "effect"
 * import { CopilotClient } from "effect-copilot"
 * import { SqlSessionFs } from "effect-copilot/sql"
 *
 * const Live = Layer.mergeAll(
 *   CopilotClient.layer({ sessionFs: { initialCwd: "/", sessionStatePath: "/session-state" } }),
 *   SqlSessionFs.layer()
 * ).pipe(Layer.provide(SqliteClient.layer({ filename: "copilot-sessions.db" })))
 * ```
 *
 * @since 0.2.0
 */
import type { SqlClient } from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { Duration, Effect } from "effect"
import { Layer } from "effect"
import * as SessionFs from "../SessionFs.js"
import * as internal from "../internal/sqlSessionFs.js"

/**
 * Options of {@link make} and {@link layer}.
 *
 * @example
 * ```ts
 * const options: SqlSessionFs.Options = { tablePrefix: "copilot_fs_", timeout: "10 seconds" }
 * ```
 *
 * @since 0.2.0
 */
export interface Options {
  /**
   * The prefix of the provider's tables, `<prefix>entries` and
   * `<prefix>chunks` (letters, digits and `_`); default `"copilot_fs_"`.
   */
  readonly tablePrefix?: string | undefined
  /**
   * Keep sessions apart by the request's `sessionId` (default `true`). With
   * `false` every request shares one tree, for a provider that serves a
   * single session.
   */
  readonly perSession?: boolean | undefined
  /**
   * The path conventions the client registered (`sessionFs.conventions`):
   * with `"windows"`, backslashes separate too and a leading drive is the
   * session's `/`. Default `"posix"`.
   */
  readonly conventions?: "posix" | "windows" | undefined
  /**
   * How long one operation may wait for the database before it is answered
   * with `UNKNOWN`; default 30 seconds.
   */
  readonly timeout?: Duration.DurationInput | undefined
}

/**
 * A session file system on the `SqlClient` in context. Creates its tables
 * when missing (idempotent, safe when several processes start at once), then
 * serves every request through that client.
 *
 * @example
 * ```ts
 * import { PgClient } from "@effect/sql-pg"
 * import { Effect, Redacted } from "effect"
 * import { CopilotSession } from "effect-copilot"
 * import { SqlSessionFs } from "effect-copilot/sql"
 *
 * const program = Effect.gen(function*() {
 *   const sessionFs = yield* SqlSessionFs.make()
 *   return yield* CopilotSession.withSession({ sessionFs }, (session) => session.sendAndWait("Hi"))
 * }).pipe(Effect.provide(PgClient.layer({ url: Redacted.make(process.env.DATABASE_URL ?? "") })))
 * ```
 *
 * @since 0.2.0
 */
export const make: (options?: Options) => Effect.Effect<SessionFs.SessionFsProvider<never>, SqlError, SqlClient> =
  internal.make

/**
 * The {@link SessionFs.SessionFs} service on the `SqlClient` in context:
 * sessions opened where this layer is provided keep their state in the
 * database.
 *
 * @example
 * ```ts
 * import { PgClient } from "@effect/sql-pg"
 * import { Layer, Redacted } from "effect"
 * import { SqlSessionFs } from "effect-copilot/sql"
 *
 * const SessionFsLive = SqlSessionFs.layer({ tablePrefix: "copilot_" }).pipe(
 *   Layer.provide(PgClient.layer({ url: Redacted.make("postgres://copilot@db.internal/copilot") }))
 * )
 * ```
 *
 * @since 0.2.0
 */
export const layer = (options?: Options): Layer.Layer<SessionFs.SessionFs, SqlError, SqlClient> =>
  Layer.effect(SessionFs.SessionFs, internal.make(options))
