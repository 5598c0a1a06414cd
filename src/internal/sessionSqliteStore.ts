/**
 * Where a session's SQLite database lives: files under a root, or a file
 * restored from and saved into a shared SQL store. Both serve the requests
 * with the engine of sessionSqlite.ts on one `@effect/sql-sqlite-node`
 * client per session, held exclusively by each request.
 *
 * @internal
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type * as SqlConnection from "@effect/sql/SqlConnection"
import { SqlError } from "@effect/sql/SqlError"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { Context, Duration, Effect, Layer, RcMap, Schema, type Scope } from "effect"
import { Buffer } from "node:buffer"
import * as NodeFs from "node:fs"
import * as NodeOs from "node:os"
import * as NodePath from "node:path"
import * as SessionFs from "../SessionFs.js"
import * as Engine from "./sessionSqlite.js"

const sessionIdSegment = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/

/** One session's open database. */
interface Opened {
  readonly client: SqliteClient.SqliteClient
  /** Called (with the connection still held) after a request that may have written, outside any transaction. */
  readonly save: (connection: SqlConnection.Connection) => Effect.Effect<void, SessionFs.SessionSqlError>
}

/** Opens an SQLite client on `filename`, closed with the scope; an open that throws is a failure, not a defect. */
const openClient = (filename: string, options: { readonly busyTimeout?: Duration.DurationInput | undefined; readonly disableWAL?: boolean }) =>
  Effect.gen(function*() {
    const context = yield* Layer.build(SqliteClient.layer({ filename, disableWAL: options.disableWAL }))
    const client = Context.get(context, SqliteClient.SqliteClient)
    const timeout = Duration.toMillis(Duration.decode(options.busyTimeout ?? "5 seconds"))
    yield* client.unsafe(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(timeout))}`)
    return client
  }).pipe(
    Effect.catchAllDefect((defect) => Effect.fail(Engine.failure(defect))),
    Effect.mapError((error) => (error._tag === "SessionSqlError" ? error : Engine.failure(error)))
  )

/** The provider over a way of opening each session's database. */
const serving = (
  open: (sessionId: string) => Effect.Effect<Opened, SessionFs.SessionSqlError, Scope.Scope>,
  exists: (sessionId: string) => Effect.Effect<boolean, SessionFs.SessionSqlError>,
  idleTimeToLive: Duration.DurationInput | undefined,
  system: string
): Effect.Effect<SessionFs.SessionSqlProvider<never>, never, Scope.Scope> =>
  Effect.gen(function*() {
    const connections = yield* RcMap.make({ lookup: open, idleTimeToLive: idleTimeToLive ?? "5 minutes" })
    /** Runs `f` holding the session's connection; saves what it wrote before letting go. */
    const withConnection = <A>(
      operation: string,
      sessionId: string,
      f: (connection: SqlConnection.Connection) => Effect.Effect<{ readonly value: A; readonly wrote: boolean }, SessionFs.SessionSqlError>,
      saveFailure: (error: SessionFs.SessionSqlError) => SessionFs.SessionSqlError
    ) =>
      Effect.scoped(Effect.gen(function*() {
        const opened = yield* RcMap.get(connections, sessionId)
        const connection = yield* opened.client.reserve.pipe(Effect.mapError((error) => Engine.failure(error)))
        const { value, wrote } = yield* f(connection)
        if (wrote && !(yield* Engine.inTransaction(connection))) {
          yield* opened.save(connection).pipe(Effect.mapError(saveFailure))
        }
        return value
      })).pipe(
        Effect.withSpan(`SessionSqlite.${operation}`, {
          kind: "client",
          attributes: { "db.system.name": "sqlite", "session.id": sessionId, "effect_copilot.sqlite.storage": system }
        })
      )
    return {
      query: ({ sessionId, ...statement }) =>
        withConnection(
          "query",
          sessionId,
          (connection) =>
            Effect.map(Engine.runStatement(connection, statement), ({ result, wrote }) => ({ value: result, wrote })),
          (error) => error
        ),
      transaction: ({ sessionId, statements }) =>
        withConnection(
          "transaction",
          sessionId,
          (connection) => Effect.map(Engine.runTransaction(connection, statements), (value) => ({ value, wrote: true })),
          (error) => new SessionFs.SessionSqlError({ message: error.message, errorClass: "postCommitAmbiguous" })
        ),
      exists: ({ sessionId }) => exists(sessionId).pipe(Effect.withSpan("SessionSqlite.exists", { attributes: { "session.id": sessionId } }))
    }
  })

/** Options of {@link onFiles}. */
export interface FileOptions {
  readonly fileName?: string | undefined
  readonly busyTimeout?: Duration.DurationInput | undefined
  readonly idleTimeToLive?: Duration.DurationInput | undefined
  readonly perSession?: boolean | undefined
}

/** One database file per session under `root`: `<root>/<sessionId>/<fileName>`. */
export const onFiles = (
  root: string,
  options: FileOptions = {}
): Effect.Effect<SessionFs.SessionSqlProvider<never>, SessionFs.SessionSqlError, Scope.Scope> =>
  Effect.gen(function*() {
    const perSession = options.perSession ?? true
    const fileName = options.fileName ?? "session.db"
    const dir = yield* Effect.try({
      try: () => {
        NodeFs.mkdirSync(NodePath.resolve(root), { recursive: true })
        return NodeFs.realpathSync(NodePath.resolve(root))
      },
      catch: (cause) => Engine.failure(`cannot create the SQL databases' root ${root}: ${Engine.messageOf(cause)}`)
    })
    const databaseFile = (sessionId: string) =>
      perSession ? NodePath.join(dir, sessionId, fileName) : NodePath.join(dir, fileName)
    const open = (sessionId: string) =>
      Effect.gen(function*() {
        const file = yield* Effect.try({
          try: () => {
            if (perSession && (!sessionIdSegment.test(sessionId) || sessionId === "." || sessionId === "..")) {
              throw new Error(`session id "${sessionId}" cannot name a directory; refused`)
            }
            const sessionDir = perSession ? NodePath.join(dir, sessionId) : dir
            NodeFs.mkdirSync(sessionDir, { recursive: true })
            // The session's directory must be the directory itself, not a link
            // out of the root (the file provider refuses the same).
            if (NodeFs.lstatSync(sessionDir).isSymbolicLink()) {
              throw new Error(`the directory of session "${sessionId}" is a symbolic link; refused`)
            }
            return databaseFile(sessionId)
          },
          catch: (cause) => Engine.failure(`cannot open the database of session "${sessionId}": ${Engine.messageOf(cause)}`)
        })
        const client = yield* openClient(file, options).pipe(
          Effect.mapError((error) =>
            Engine.failure(`cannot open the database of session "${sessionId}": ${error.message}`)
          )
        )
        return { client, save: () => Effect.void } satisfies Opened
      })
    return yield* serving(
      open,
      (sessionId) =>
        Effect.sync(() => (!perSession || sessionIdSegment.test(sessionId)) && NodeFs.existsSync(databaseFile(sessionId))),
      options.idleTimeToLive,
      "files"
    )
  })

/** Options of {@link inStore}. */
export interface StoreOptions {
  readonly tablePrefix?: string | undefined
  readonly busyTimeout?: Duration.DurationInput | undefined
  readonly idleTimeToLive?: Duration.DurationInput | undefined
}

const tablePrefixPattern = /^[A-Za-z_][A-Za-z0-9_]{0,40}$/
const ContentRows = Schema.Array(Schema.Struct({ content: Schema.Uint8ArrayFromSelf }))

/**
 * Each session's database as a row of `<prefix>sqlite` in the shared store
 * (the `SqlClient` in context), served from a temporary file while open.
 */
export const inStore = (
  options: StoreOptions = {}
): Effect.Effect<SessionFs.SessionSqlProvider<never>, SqlError, Scope.Scope | SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const store = yield* SqlClient.SqlClient
    const prefix = options.tablePrefix ?? "copilot_fs_"
    if (!tablePrefixPattern.test(prefix)) {
      return yield* new SqlError({
        cause: prefix,
        message: `SessionSqlite: tablePrefix "${prefix}" must be letters, digits and '_' (not starting with a digit)`
      })
    }
    const table = store(`${prefix}sqlite`)
    const bytes = store.onDialectOrElse({ pg: () => "BYTEA", orElse: () => "BLOB" })
    yield* store.unsafe(
      `CREATE TABLE IF NOT EXISTS ${prefix}sqlite (
        session_id TEXT NOT NULL PRIMARY KEY,
        content ${bytes} NOT NULL,
        updated_at BIGINT NOT NULL
      )`
    )
    const scratch = yield* Effect.acquireRelease(
      Effect.sync(() => NodeFs.mkdtempSync(NodePath.join(NodeOs.tmpdir(), "effect-copilot-sqlite-"))),
      (dir) => Effect.sync(() => NodeFs.rmSync(dir, { recursive: true, force: true }))
    )
    let files = 0
    const local = new Map<string, string>()
    const storeFailure = (what: string) => (error: SqlError) =>
      Engine.failure(`${what} the session's database in the shared store: ${Engine.messageOf(error)}`)

    const open = (sessionId: string) =>
      Effect.gen(function*() {
        const file = NodePath.join(scratch, `${++files}.db`)
        const saved = yield* store`SELECT content FROM ${table} WHERE session_id = ${sessionId}`.pipe(
          Effect.flatMap(Schema.decodeUnknown(ContentRows)),
          Effect.mapError((error) =>
            error._tag === "SqlError" ? storeFailure("cannot read")(error) : Engine.failure(error.message)
          )
        )
        yield* Effect.acquireRelease(
          Effect.sync(() => {
            if (saved[0] !== undefined) NodeFs.writeFileSync(file, saved[0].content)
            local.set(sessionId, file)
          }),
          () =>
            Effect.sync(() => {
              local.delete(sessionId)
              for (const f of [file, `${file}-journal`]) NodeFs.rmSync(f, { force: true })
            })
        )
        // A rollback journal, not WAL: after a commit the whole database is in the file.
        const client = yield* openClient(file, { busyTimeout: options.busyTimeout, disableWAL: true })
        const save = () =>
          Effect.suspend(() => {
            const content = NodeFs.readFileSync(file)
            return store`INSERT INTO ${table} (session_id, content, updated_at)
                         VALUES (${sessionId}, ${Buffer.from(content)}, ${Date.now()})
                         ON CONFLICT (session_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at`
          }).pipe(Effect.asVoid, Effect.mapError(storeFailure("the statements ran, but saving failed for")))
        return { client, save } satisfies Opened
      })

    const exists = (sessionId: string) =>
      local.has(sessionId) && NodeFs.existsSync(local.get(sessionId) ?? "")
        ? Effect.succeed(true)
        : store`SELECT session_id FROM ${table} WHERE session_id = ${sessionId}`.pipe(
          Effect.map((rows) => rows.length > 0),
          Effect.mapError(storeFailure("cannot look up"))
        )
    return yield* serving(open, exists, options.idleTimeToLive, "store")
  })

/** Adds an SQL database to a session file system. */
export const andSqlite = <E2, R2>(sqlite: Effect.Effect<SessionFs.SessionSqlProvider<never>, E2, R2>) =>
<E, R>(files: Effect.Effect<SessionFs.SessionFsProvider<never>, E, R>) =>
  Effect.zipWith(files, sqlite, (files, sqlite): SessionFs.SessionFsProvider<never> => ({ ...files, sqlite }))
