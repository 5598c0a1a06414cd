/**
 * The session's SQL database on SQLite: with the client's
 * `sessionFs.capabilities.sqlite`, the runtime's `sessionFs.sqlite*`
 * requests are served by one embedded SQLite database per session. Needs the
 * optional peer dependencies `@effect/sql` and `@effect/sql-sqlite-node`
 * (which brings better-sqlite3).
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Layer } from "effect"
 * import { SessionSqlite } from "effect-copilot/sqlite"
 *
 * const SessionFsLive = SessionSqlite.layer("./copilot-sessions").pipe(Layer.provide(NodeContext.layer))
 * ```
 */
/**
 * One SQLite database per session under a root directory, beside the
 * session's files.
 *
 * @example
 * ```ts
 * import { SessionSqlite } from "effect-copilot/sqlite"
 *
 * const SessionFsLive = SessionSqlite.layer("./copilot-sessions")
 * ```
 */
export * as SessionSqlite from "./SessionSqlite.js"
