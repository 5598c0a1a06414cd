/**
 * Session state in a SQL database, on `@effect/sql` (optional peer
 * dependencies: `@effect/sql` and a driver, `@effect/sql-pg` for PostgreSQL
 * or `@effect/sql-sqlite-node` for SQLite).
 *
 * @example
 * ```ts
 * import { SqliteClient } from "@effect/sql-sqlite-node"
 * import { Layer } from "effect"
 * import { SqlSessionFs } from "effect-copilot/sql"
 *
 * const SessionFsLive = SqlSessionFs.layer().pipe(Layer.provide(SqliteClient.layer({ filename: "sessions.db" })))
 * ```
 *
 * @since 0.2.0
 */

/**
 * The session file system in a SQL database (PostgreSQL or SQLite).
 *
 * @example
 * ```ts
 * import { SqlSessionFs } from "effect-copilot/sql"
 *
 * const SessionFsLive = SqlSessionFs.layer()
 * ```
 *
 * @since 0.2.0
 */
export * as SqlSessionFs from "./SqlSessionFs.js"
