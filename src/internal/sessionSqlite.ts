/**
 * The session's SQL database on `@effect/sql`: one `SqliteClient`
 * (`@effect/sql-sqlite-node`, on better-sqlite3) per session, and the
 * statements as the runtime sends them.
 *
 * The driver prepares every statement and binds positional parameters, so:
 * - an `"exec"` script is split into its statements (by SQLite's own rule,
 *   see sqliteScript.ts) and each runs unprepared;
 * - a `"query"` / `"run"` statement's named parameters (`:name`, `@name`,
 *   `$name`) are handed to better-sqlite3 as one object, which it binds by
 *   name (the driver spreads its parameter list into the statement's call);
 * - the raw result tells a reader (its rows) from a writer (`changes`,
 *   `lastInsertRowid`), as the statement itself decides;
 * - an empty result still names its columns: a reader without rows is asked
 *   once more as `SELECT q.* FROM (SELECT 1) LEFT JOIN (<query>) AS q`, one row
 *   of NULLs under its column names;
 * - a request holds the session's connection exclusively (`reserve`), so that
 *   a transaction's statements are not interleaved with another request's.
 *
 * Where the database lives is the caller's: files under a root, or a file
 * that is restored from and saved into a shared SQL store (see `Stored`).
 *
 * @internal
 */
import type * as SqlConnection from "@effect/sql/SqlConnection"
import { SqlError } from "@effect/sql/SqlError"
import { Effect, Schema } from "effect"
import * as SessionFs from "../SessionFs.js"
import { splitStatements } from "./sqliteScript.js"

type Connection = SqlConnection.Connection

/** What a statement did: its answer, and whether it may have changed the database. */
interface Outcome {
  readonly result: SessionFs.SessionSqlResult
  readonly wrote: boolean
}

const RunResult = Schema.Struct({
  changes: Schema.Number,
  lastInsertRowid: Schema.Union(Schema.Number, Schema.BigIntFromSelf)
})
const Rows = Schema.Array(Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/** The driver's error object (better-sqlite3's `SqliteError`) behind a failure, or the failure itself. */
const causeOf = (error: unknown): unknown =>
  typeof error === "object" && error !== null && "_tag" in error && error._tag === "SqlError" && "cause" in error
    ? error.cause
    : error

export const messageOf = (error: unknown): string => {
  const cause = causeOf(error)
  return cause instanceof Error ? cause.message : typeof cause === "string" ? cause : String(cause)
}

/** The SQLite result codes that mean another connection holds the lock. */
export const isBusy = (error: unknown): boolean => {
  const cause = causeOf(error)
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : ""
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")
}

export const failure = (error: unknown, errorClass?: SessionFs.SessionSqlErrorClass) =>
  new SessionFs.SessionSqlError({ message: messageOf(error), ...(errorClass === undefined ? {} : { errorClass }) })

const sqlFailure = (error: SqlError | SessionFs.SessionSqlError) =>
  error._tag === "SessionSqlError" ? error : failure(error)

/** `[params]` when there are any: better-sqlite3 binds the object by name. */
const bindings = (params: Record<string, unknown> | undefined): ReadonlyArray<unknown> =>
  params !== undefined && Object.keys(params).length > 0 ? [params] : []

/** The statement without a closing `;` (and what follows it), to be wrapped as a subquery. */
const bare = (query: string) => splitStatements(query)[0] ?? query

/** The column names of a reader that gave no rows (see the module's note); none when it cannot be asked. */
const columnsOf = (connection: Connection, query: string, params: ReadonlyArray<unknown>) =>
  connection.executeRaw(`SELECT q.* FROM (SELECT 1) LEFT JOIN (\n${bare(query)}\n) AS q ON 1`, params).pipe(
    Effect.flatMap(Schema.decodeUnknown(Rows)),
    Effect.map((rows) => Object.keys(rows[0] ?? {})),
    Effect.orElseSucceed((): ReadonlyArray<string> => [])
  )

/** Runs one statement on the session's connection; the driver's failure is kept (for its code). */
const runStatementRaw = (
  connection: Connection,
  statement: SessionFs.SessionSqlStatement
): Effect.Effect<Outcome, SqlError | SessionFs.SessionSqlError> => {
  const params = bindings(statement.params)
  switch (statement.queryType) {
    case "exec":
      if (params.length > 0) {
        return Effect.fail(failure("an \"exec\" script takes no bind parameters (use \"run\" or \"query\")"))
      }
      return Effect.forEach(splitStatements(statement.query), (part) => unprepared(connection, part), {
        discard: true
      }).pipe(
        Effect.as({ result: { rows: [], columns: [], rowsAffected: 0 }, wrote: true })
      )
    case "query":
    case "run":
      // The kind of statement decides what it gives: a SELECT sent as "run"
      // still answers its rows, an INSERT sent as "query" its changes.
      return connection.executeRaw(statement.query, params).pipe(
        Effect.flatMap((raw): Effect.Effect<Outcome, SqlError | SessionFs.SessionSqlError> => {
          if (Array.isArray(raw)) {
            return Schema.decodeUnknown(Rows)(raw).pipe(
              Effect.mapError((error) => failure(`unexpected rows from SQLite: ${error.message}`)),
              Effect.flatMap((rows) =>
                Effect.map(
                  rows.length > 0 ? Effect.succeed(Object.keys(rows[0]!)) : columnsOf(connection, statement.query, params),
                  (columns): Outcome => ({
                    result: { rows, columns, rowsAffected: 0 },
                    // A reader can write too (INSERT ... RETURNING).
                    wrote: !/^\s*(select|with|pragma|explain|values)\b/i.test(statement.query)
                  })
                )
              )
            )
          }
          return Schema.decodeUnknown(RunResult)(raw).pipe(
            Effect.mapError((error) => failure(`unexpected result from SQLite: ${error.message}`)),
            Effect.map((run) => ({
              result: {
                rows: [],
                columns: [],
                rowsAffected: run.changes,
                ...(run.changes > 0 ? { lastInsertRowid: Number(run.lastInsertRowid) } : {})
              },
              wrote: true
            }))
          )
        })
      )
    default:
      return Effect.fail(
        failure(`unknown query type "${statement.queryType}" (expected "exec", "query" or "run")`)
      )
  }
}

/** Runs one statement on the session's connection. */
export const runStatement = (
  connection: Connection,
  statement: SessionFs.SessionSqlStatement
): Effect.Effect<Outcome, SessionFs.SessionSqlError> => Effect.mapError(runStatementRaw(connection, statement), sqlFailure)

/**
 * better-sqlite3 errors the driver does not catch (its unprepared path
 * prepares outside its `try`) arrive as defects: failures here, like the rest.
 */
const isSqliteError = (defect: unknown): defect is Error =>
  defect instanceof Error && "code" in defect && typeof defect.code === "string" && defect.code.startsWith("SQLITE")

const unprepared = (connection: Connection, query: string) =>
  // Suspended: the driver prepares while building the effect, and may throw there.
  Effect.suspend(() => connection.executeUnprepared(query, [], undefined)).pipe(
    Effect.catchAllDefect((defect) =>
      isSqliteError(defect) ? Effect.fail(new SqlError({ cause: defect, message: defect.message })) : Effect.die(defect)
    )
  )

const exec = unprepared

/**
 * Whether the connection is inside a transaction (one the session opened
 * with its own `BEGIN`): a `BEGIN` then fails; otherwise it is rolled back at
 * once.
 */
export const inTransaction = (connection: Connection): Effect.Effect<boolean> =>
  exec(connection, "BEGIN").pipe(
    Effect.zipRight(exec(connection, "ROLLBACK")),
    Effect.as(false),
    Effect.catchAll((error) => Effect.succeed(/within a transaction/i.test(messageOf(error))))
  )

/**
 * Runs statements as one transaction: all or nothing. Inside a transaction
 * the session opened itself (a `BEGIN` of its `sql` tool), the statements
 * run in a savepoint of it. A failure says whether a retry is safe.
 */
export const runTransaction = (
  connection: Connection,
  statements: ReadonlyArray<SessionFs.SessionSqlStatement>
): Effect.Effect<ReadonlyArray<SessionFs.SessionSqlResult>, SessionFs.SessionSqlError> =>
  Effect.gen(function*() {
    const nested = yield* inTransaction(connection)
    const classify = (error: unknown) => failure(error, isBusy(error) ? "busyOrLocked" : "fatal")
    const rollback = (error: unknown) =>
      exec(connection, nested ? "ROLLBACK TO effect_copilot_tx" : "ROLLBACK").pipe(
        Effect.zipRight(nested ? Effect.asVoid(exec(connection, "RELEASE effect_copilot_tx")) : Effect.void),
        Effect.matchEffect({
          onFailure: (rollbackError) =>
            Effect.fail(failure(`${messageOf(error)}; the rollback failed too: ${messageOf(rollbackError)}`, "fatal")),
          onSuccess: () => Effect.fail(classify(error))
        })
      )
    yield* exec(connection, nested ? "SAVEPOINT effect_copilot_tx" : "BEGIN IMMEDIATE").pipe(Effect.mapError(classify))
    const results: Array<SessionFs.SessionSqlResult> = []
    for (const statement of statements) {
      const outcome = yield* Effect.either(runStatementRaw(connection, statement))
      if (outcome._tag === "Left") return yield* rollback(outcome.left)
      results.push(outcome.right.result)
    }
    yield* exec(connection, nested ? "RELEASE effect_copilot_tx" : "COMMIT").pipe(
      Effect.catchAll((error) =>
        // A commit that failed with the transaction still open did not happen
        // (SQLite keeps it open on SQLITE_BUSY): roll back, and say so.
        // Otherwise nobody knows whether the changes are stored.
        nested
          ? Effect.fail(failure(error, "postCommitAmbiguous"))
          : Effect.flatMap(inTransaction(connection), (open) =>
            open ? rollback(error) : Effect.fail(failure(error, "postCommitAmbiguous")))
      )
    )
    return results
  })
