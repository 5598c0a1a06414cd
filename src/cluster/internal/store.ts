/**
 * What the cluster keeps of each owner beside the runtime's own session
 * state: the owner's sessions (the runtime lists only the sessions in its
 * own home, and with a session file system that is none), and a ledger of
 * turns (their state and answer), so that a turn delivered again after its
 * runner died is recognised and never run a second time.
 *
 * Plain SQL that SQLite and PostgreSQL both run, on the cluster's SqlClient
 * (the database of its message and runner storage).
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect, Option, Schedule, Schema } from "effect"
import { StoreUnavailable } from "./protocol.js"

/** A row of the owner's sessions. */
export interface SessionRow {
  readonly sessionId: string
  readonly createdAt: Date
}

/** The state of a turn in the ledger. */
export type TurnState = "started" | "done" | "interrupted"

const SessionRowSchema = Schema.Struct({ session_id: Schema.String, created_at: Schema.Union(Schema.Number, Schema.NumberFromString) })
const decodeSessionRows = Schema.decodeUnknown(Schema.Array(SessionRowSchema))
const TurnRowSchema = Schema.Struct({
  state: Schema.Literal("started", "done", "interrupted"),
  answer: Schema.NullOr(Schema.String)
})

/** A turn seen before: its state, and its answer (JSON) if it ended with one. */
export interface TurnRecord {
  readonly state: TurnState
  readonly answer: Option.Option<string>
}
const decodeTurnRows = Schema.decodeUnknown(Schema.Array(TurnRowSchema))

export interface Store {
  readonly addSession: (owner: string, sessionId: string, now: Date) => Effect.Effect<SessionRow, StoreUnavailable>
  readonly findSession: (owner: string, sessionId: string) => Effect.Effect<Option.Option<SessionRow>, StoreUnavailable>
  readonly listSessions: (owner: string) => Effect.Effect<ReadonlyArray<SessionRow>, StoreUnavailable>
  readonly removeSession: (owner: string, sessionId: string) => Effect.Effect<void, StoreUnavailable>
  /**
   * Records that a turn starts; the state it had if it was recorded before
   * (a delivery after a runner died), or none when this is its first start.
   */
  readonly startTurn: (
    owner: string,
    sessionId: string,
    turnId: string,
    now: Date
  ) => Effect.Effect<Option.Option<TurnRecord>, StoreUnavailable>
  /** Records how a turn ended, with its answer (JSON) when it has one. */
  readonly endTurn: (turnId: string, state: TurnState, answer?: string) => Effect.Effect<void, StoreUnavailable>
}

const unavailable = (operation: string) => (error: SqlError | { readonly message: string }) =>
  new StoreUnavailable({ operation, message: error.message })

/** The tables, created when missing. */
export const migrate: Effect.Effect<void, StoreUnavailable, SqlClient.SqlClient> = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE IF NOT EXISTS copilot_owner_sessions (
    owner TEXT NOT NULL,
    session_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (owner, session_id)
  )`
  yield* sql`CREATE TABLE IF NOT EXISTS copilot_owner_turns (
    turn_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    session_id TEXT NOT NULL,
    state TEXT NOT NULL,
    answer TEXT,
    started_at BIGINT NOT NULL
  )`
}).pipe(
  Effect.mapError(unavailable("migrate")),
  // Runners that start together race on CREATE TABLE IF NOT EXISTS (PostgreSQL
  // can fail the loser on its catalog's unique index); once one wins, a retry finds the tables.
  Effect.retry({ times: 5, schedule: Schedule.spaced("200 millis") })
)

export const make: Effect.Effect<Store, never, SqlClient.SqlClient> = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const rowsOf = (rows: ReadonlyArray<typeof SessionRowSchema.Type>): ReadonlyArray<SessionRow> =>
    rows.map((row) => ({ sessionId: row.session_id, createdAt: new Date(row.created_at) }))

  const findSession = (owner: string, sessionId: string) =>
    sql`SELECT session_id, created_at FROM copilot_owner_sessions WHERE owner = ${owner} AND session_id = ${sessionId}`.pipe(
      Effect.flatMap(decodeSessionRows),
      Effect.map((rows) => Option.fromNullable(rowsOf(rows)[0])),
      Effect.mapError(unavailable("findSession")),
      Effect.withSpan("CopilotOwner.store.findSession")
    )

  const store: Store = {
    addSession: (owner, sessionId, now) =>
      sql`INSERT INTO copilot_owner_sessions (owner, session_id, created_at)
          VALUES (${owner}, ${sessionId}, ${now.getTime()}) ON CONFLICT DO NOTHING`.pipe(
        Effect.mapError(unavailable("addSession")),
        Effect.zipRight(findSession(owner, sessionId)),
        Effect.map(Option.getOrElse(() => ({ sessionId, createdAt: now }))),
        Effect.withSpan("CopilotOwner.store.addSession")
      ),
    findSession,
    listSessions: (owner) =>
      sql`SELECT session_id, created_at FROM copilot_owner_sessions WHERE owner = ${owner} ORDER BY created_at, session_id`
        .pipe(
          Effect.flatMap(decodeSessionRows),
          Effect.map(rowsOf),
          Effect.mapError(unavailable("listSessions")),
          Effect.withSpan("CopilotOwner.store.listSessions")
        ),
    removeSession: (owner, sessionId) =>
      sql.withTransaction(Effect.zipRight(
        sql`DELETE FROM copilot_owner_turns WHERE owner = ${owner} AND session_id = ${sessionId}`,
        sql`DELETE FROM copilot_owner_sessions WHERE owner = ${owner} AND session_id = ${sessionId}`
      )).pipe(Effect.asVoid, Effect.mapError(unavailable("removeSession")), Effect.withSpan("CopilotOwner.store.removeSession")),
    startTurn: (owner, sessionId, turnId, now) =>
      sql.withTransaction(Effect.gen(function*() {
        const before = yield* Effect.flatMap(
          sql`SELECT state, answer FROM copilot_owner_turns WHERE turn_id = ${turnId}`,
          decodeTurnRows
        )
        const previous = before[0]
        if (previous !== undefined) {
          return Option.some<TurnRecord>({ state: previous.state, answer: Option.fromNullable(previous.answer) })
        }
        yield* sql`INSERT INTO copilot_owner_turns (turn_id, owner, session_id, state, started_at)
                   VALUES (${turnId}, ${owner}, ${sessionId}, 'started', ${now.getTime()})`
        return Option.none()
      })).pipe(Effect.mapError(unavailable("startTurn")), Effect.withSpan("CopilotOwner.store.startTurn")),
    endTurn: (turnId, state, answer) =>
      sql`UPDATE copilot_owner_turns SET state = ${state}, answer = ${answer ?? null} WHERE turn_id = ${turnId}`.pipe(
        Effect.asVoid,
        Effect.mapError(unavailable("endTurn")),
        Effect.withSpan("CopilotOwner.store.endTurn")
      )
  }
  return store
})
