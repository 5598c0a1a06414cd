/**
 * The session's SQL database: the SQLite provider on a temporary root (one
 * database per session, statements as the runtime sends them, transactions,
 * failures that leave the connection usable), its scripts split as SQLite
 * splits them, the databases kept in a shared SQL store (SQLite and
 * PostgreSQL), and the `sessionFs.sqlite*`
 * requests against the fake runtime (answer shapes, failure shapes, methods
 * not served, concurrent sessions kept apart).
 */
import { FileSystem } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it, layer } from "@effect/vitest"
import type * as SqlClient from "@effect/sql/SqlClient"
import { SqliteClient } from "@effect/sql-sqlite-node"
import Database from "better-sqlite3"
import { Effect, Either, Layer } from "effect"
import { CopilotSession, SessionFs } from "effect-copilot"
import { SessionSqlite } from "effect-copilot/sqlite"
import { FakeRuntime } from "effect-copilot/testing"
import * as NodeFs from "node:fs"
import * as NodePath from "node:path"
import { splitStatements } from "../src/internal/sqliteScript.js"
import * as Postgres from "./support/postgres.js"

const sessionId = "7d0f6b0e-2f4e-4f7a-9a55-6c3b1f0e9d21"
const other = "a1e3c5d7-0000-4b2c-8d9e-112233445566"

/** An SQLite provider on a fresh temporary root. */
const setup = (options?: SessionSqlite.Options) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const root = yield* fs.makeTempDirectoryScoped()
    const sqlite = yield* SessionSqlite.make(root, options)
    return { root, sqlite }
  })

/** The failure of an effect that must fail. */
const failure = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.flatMap(Effect.either(effect), Either.match({
    onLeft: Effect.succeed,
    onRight: (value) => Effect.dieMessage(`expected a failure, got ${JSON.stringify(value)}`)
  }))

/** Reads a database file directly, as another program would. */
const readRows = (file: string, query: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return db.prepare(query).all()
  } finally {
    db.close()
  }
}

const schema = `
  CREATE TABLE IF NOT EXISTS todos (id TEXT PRIMARY KEY, title TEXT NOT NULL, status TEXT DEFAULT 'pending');
  CREATE TABLE IF NOT EXISTS todo_deps (todo_id TEXT NOT NULL, depends_on TEXT NOT NULL);
`

describe("SessionSqlite.make", () => {
  it.scoped("keeps one database file per session under <root>/<sessionId>/, created on the first statement", () =>
    Effect.gen(function*() {
      const { root, sqlite } = yield* setup()
      expect(yield* sqlite.exists({ sessionId })).toBe(false)
      yield* sqlite.query({ sessionId, queryType: "exec", query: schema })
      expect(yield* sqlite.exists({ sessionId })).toBe(true)
      expect(yield* sqlite.exists({ sessionId: other })).toBe(false)
      const file = NodePath.join(root, sessionId, "session.db")
      expect(NodeFs.existsSync(file)).toBe(true)
      expect(readRows(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).toEqual([
        { name: "todo_deps" },
        { name: "todos" }
      ])
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("runs inserts and reads them back, with named parameters, columns and the last row id", () =>
    Effect.gen(function*() {
      const { sqlite } = yield* setup()
      yield* sqlite.query({ sessionId, queryType: "exec", query: schema })
      const inserted = yield* sqlite.query({
        sessionId,
        queryType: "run",
        query: "INSERT INTO todos (id, title) VALUES (:id, @title)",
        params: { id: "t1", title: "Write tests" }
      })
      expect(inserted).toEqual({ rows: [], columns: [], rowsAffected: 1, lastInsertRowid: 1 })
      const rows = yield* sqlite.query({
        sessionId,
        queryType: "query",
        query: "SELECT id, title, status FROM todos WHERE id = $id",
        params: { id: "t1" }
      })
      expect(rows).toEqual({
        rows: [{ id: "t1", title: "Write tests", status: "pending" }],
        columns: ["id", "title", "status"],
        rowsAffected: 0
      })
      // An empty result still names its columns.
      const none = yield* sqlite.query({ sessionId, queryType: "query", query: "SELECT id FROM todos WHERE 0" })
      expect(none).toEqual({ rows: [], columns: ["id"], rowsAffected: 0 })
      const updated = yield* sqlite.query({ sessionId, queryType: "run", query: "UPDATE todos SET status = 'done'" })
      expect(updated.rowsAffected).toBe(1)
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("fails a bad statement with SQLite's message and keeps the connection usable", () =>
    Effect.gen(function*() {
      const { sqlite } = yield* setup()
      const missing = yield* failure(sqlite.query({ sessionId, queryType: "query", query: "SELECT * FROM nope" }))
      expect(missing).toMatchObject({ _tag: "SessionSqlError", message: "no such table: nope" })
      const syntax = yield* failure(sqlite.query({ sessionId, queryType: "exec", query: "CREATE TABLEX t (x)" }))
      expect(syntax.message).toContain("syntax error")
      const kind = yield* failure(sqlite.query({ sessionId, queryType: "vacuum", query: "VACUUM" }))
      expect(kind.message).toContain(`unknown query type "vacuum"`)
      const bound = yield* failure(sqlite.query({ sessionId, queryType: "exec", query: "SELECT 1", params: { a: 1 } }))
      expect(bound.message).toContain("takes no bind parameters")
      expect(yield* sqlite.query({ sessionId, queryType: "query", query: "SELECT 1 AS one" })).toMatchObject({
        rows: [{ one: 1 }]
      })
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("keeps a transaction the session opens across its statements (BEGIN ... ROLLBACK / COMMIT)", () =>
    Effect.gen(function*() {
      const { root, sqlite } = yield* setup()
      const run = (query: string) => sqlite.query({ sessionId, queryType: "run", query })
      yield* sqlite.query({ sessionId, queryType: "exec", query: schema })
      yield* run("BEGIN")
      yield* run("INSERT INTO todos (id, title) VALUES ('rolled', 'back')")
      yield* run("ROLLBACK")
      yield* run("BEGIN")
      yield* run("INSERT INTO todos (id, title) VALUES ('kept', 'committed')")
      // Another reader does not see the row before the commit.
      const file = NodePath.join(root, sessionId, "session.db")
      expect(readRows(file, "SELECT id FROM todos")).toEqual([])
      yield* run("COMMIT")
      expect(readRows(file, "SELECT id FROM todos")).toEqual([{ id: "kept" }])
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("runs a transaction all or nothing, and classifies its failure", () =>
    Effect.gen(function*() {
      const { root, sqlite } = yield* setup()
      yield* sqlite.query({ sessionId, queryType: "exec", query: schema })
      const results = yield* sqlite.transaction({
        sessionId,
        statements: [
          { queryType: "run", query: "INSERT INTO todos (id, title) VALUES ('a', 'A')" },
          { queryType: "run", query: "INSERT INTO todos (id, title) VALUES (:id, :title)", params: { id: "b", title: "B" } },
          { queryType: "query", query: "SELECT count(*) AS n FROM todos" }
        ]
      })
      expect(results.map((r) => r.rowsAffected)).toEqual([1, 1, 0])
      expect(results[2]?.rows).toEqual([{ n: 2 }])
      const failed = yield* failure(sqlite.transaction({
        sessionId,
        statements: [
          { queryType: "run", query: "INSERT INTO todos (id, title) VALUES ('c', 'C')" },
          { queryType: "run", query: "INSERT INTO todos (id, title) VALUES ('a', 'duplicate')" }
        ]
      }))
      expect(failed).toMatchObject({ errorClass: "fatal", message: "UNIQUE constraint failed: todos.id" })
      const file = NodePath.join(root, sessionId, "session.db")
      // 'c' was rolled back with the failed statement.
      expect(readRows(file, "SELECT id FROM todos ORDER BY id")).toEqual([{ id: "a" }, { id: "b" }])
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("runs a transaction inside one the session left open as a savepoint of it", () =>
    Effect.gen(function*() {
      const { root, sqlite } = yield* setup()
      yield* sqlite.query({ sessionId, queryType: "exec", query: schema })
      yield* sqlite.query({ sessionId, queryType: "run", query: "BEGIN" })
      yield* failure(sqlite.transaction({
        sessionId,
        statements: [
          { queryType: "run", query: "INSERT INTO todos (id, title) VALUES ('x', 'X')" },
          { queryType: "run", query: "INSERT INTO nope VALUES (1)" }
        ]
      }))
      yield* sqlite.transaction({
        sessionId,
        statements: [{ queryType: "run", query: "INSERT INTO todos (id, title) VALUES ('y', 'Y')" }]
      })
      const file = NodePath.join(root, sessionId, "session.db")
      expect(readRows(file, "SELECT id FROM todos")).toEqual([])
      yield* sqlite.query({ sessionId, queryType: "run", query: "COMMIT" })
      expect(readRows(file, "SELECT id FROM todos")).toEqual([{ id: "y" }])
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("fails a transaction on a database another connection has locked as busyOrLocked, rolled back", () =>
    Effect.gen(function*() {
      const { root, sqlite } = yield* setup({ busyTimeout: 0 })
      yield* sqlite.query({ sessionId, queryType: "exec", query: schema })
      const holder = new Database(NodePath.join(root, sessionId, "session.db"))
      yield* Effect.addFinalizer(() => Effect.sync(() => holder.close()))
      holder.exec("BEGIN IMMEDIATE")
      const busy = yield* failure(sqlite.transaction({
        sessionId,
        statements: [{ queryType: "run", query: "INSERT INTO todos (id, title) VALUES ('z', 'Z')" }]
      }))
      expect(busy).toMatchObject({ errorClass: "busyOrLocked", message: "database is locked" })
      holder.exec("ROLLBACK")
      // Retrying is safe once the lock is gone.
      const retried = yield* sqlite.transaction({
        sessionId,
        statements: [{ queryType: "run", query: "INSERT INTO todos (id, title) VALUES ('z', 'Z')" }]
      })
      expect(retried.map((r) => r.rowsAffected)).toEqual([1])
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("refuses a session id that cannot name a directory", () =>
    Effect.gen(function*() {
      const { root, sqlite } = yield* setup()
      const error = yield* failure(sqlite.query({ sessionId: "../escape", queryType: "exec", query: schema }))
      expect(error.message).toContain("cannot name a directory")
      expect(NodeFs.existsSync(NodePath.join(root, "..", "escape"))).toBe(false)
      expect(yield* sqlite.exists({ sessionId: "../escape" })).toBe(false)
    }).pipe(Effect.provide(NodeContext.layer)))
})

// ---------------------------------------------------------------------------
// The requests, against the fake runtime
// ---------------------------------------------------------------------------

/** A fake runtime that creates sessions under the ids they ask for. */
const withSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", FakeRuntime.sessionStarted)
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  return fake
})

/** The result of a request that must succeed. */
const resultOf = (response: FakeRuntime.ResponseMessage) =>
  response._tag === "SuccessResponse" ? response.message.result : { unexpectedError: response.message.error }

/** Both sessions on one client, each with the same SQLite root. */
const withTwoSessions = <A, E, R>(
  use: (fake: FakeRuntime.FakeRuntimeService, root: string) => Effect.Effect<A, E, R>
) =>
  Effect.gen(function*() {
    const fake = yield* withSessions
    const fs = yield* FileSystem.FileSystem
    const root = yield* fs.makeTempDirectoryScoped()
    const sessionFs = yield* SessionSqlite.withFileSystem(root)
    return yield* CopilotSession.withSession({ sessionId, sessionFs }, () =>
      CopilotSession.withSession({ sessionId: other, sessionFs }, () => use(fake, root)))
  })

const query = (id: string, queryType: string, query: string, params?: Record<string, unknown>) => ({
  sessionId: id,
  queryType,
  query,
  ...(params === undefined ? {} : { params })
})

describe("sessionFs.sqlite* requests", () => {
  it.scoped("answer with rows, columns, rows affected and the last row id", () =>
    withTwoSessions((fake) =>
      Effect.gen(function*() {
        expect(resultOf(yield* fake.request("sessionFs.sqliteExists", { sessionId }))).toEqual({ exists: false })
        expect(resultOf(yield* fake.request("sessionFs.sqliteQuery", query(sessionId, "exec", schema)))).toEqual({
          rows: [],
          columns: [],
          rowsAffected: 0
        })
        expect(resultOf(yield* fake.request("sessionFs.sqliteExists", { sessionId }))).toEqual({ exists: true })
        const inserted = yield* fake.request(
          "sessionFs.sqliteQuery",
          query(sessionId, "run", "INSERT INTO todos (id, title) VALUES (:id, :title)", { id: "t1", title: "One" })
        )
        expect(resultOf(inserted)).toEqual({ rows: [], columns: [], rowsAffected: 1, lastInsertRowid: 1 })
        const rows = yield* fake.request("sessionFs.sqliteQuery", query(sessionId, "query", "SELECT id, title FROM todos"))
        expect(resultOf(rows)).toEqual({ rows: [{ id: "t1", title: "One" }], columns: ["id", "title"], rowsAffected: 0 })
      })).pipe(Effect.provide(FakeRuntime.layerClient), Effect.provide(NodeContext.layer)))

  it.scoped("answer a failed statement with the result's error, and the session goes on", () =>
    withTwoSessions((fake) =>
      Effect.gen(function*() {
        const bad = yield* fake.request("sessionFs.sqliteQuery", query(sessionId, "query", "SELECT * FROM nope"))
        expect(resultOf(bad)).toEqual({
          rows: [],
          columns: [],
          rowsAffected: 0,
          error: { code: "UNKNOWN", message: "no such table: nope" }
        })
        const kind = yield* fake.request("sessionFs.sqliteQuery", query(sessionId, "explain", "SELECT 1"))
        expect(resultOf(kind)).toMatchObject({ error: { code: "UNKNOWN", message: expect.stringContaining("explain") } })
        const ok = yield* fake.request("sessionFs.sqliteQuery", query(sessionId, "query", "SELECT 2 AS two"))
        expect(resultOf(ok)).toEqual({ rows: [{ two: 2 }], columns: ["two"], rowsAffected: 0 })
      })).pipe(Effect.provide(FakeRuntime.layerClient), Effect.provide(NodeContext.layer)))

  it.scoped("answer a transaction with one result per statement, or no results and the classified error", () =>
    withTwoSessions((fake, root) =>
      Effect.gen(function*() {
        yield* fake.request("sessionFs.sqliteQuery", query(sessionId, "exec", schema))
        const done = yield* fake.request("sessionFs.sqliteTransaction", {
          sessionId,
          statements: [
            { queryType: "run", query: "INSERT INTO todos (id, title) VALUES ('a', 'A')" },
            { queryType: "query", query: "SELECT id FROM todos" }
          ]
        })
        expect(resultOf(done)).toEqual({
          results: [
            { rows: [], columns: [], rowsAffected: 1, lastInsertRowid: 1 },
            { rows: [{ id: "a" }], columns: ["id"], rowsAffected: 0 }
          ]
        })
        const failed = yield* fake.request("sessionFs.sqliteTransaction", {
          sessionId,
          statements: [
            { queryType: "run", query: "INSERT INTO todos (id, title) VALUES ('b', 'B')" },
            { queryType: "run", query: "INSERT INTO todos (id) VALUES ('c')" }
          ]
        })
        expect(resultOf(failed)).toEqual({
          results: [],
          error: { errorClass: "fatal", message: "NOT NULL constraint failed: todos.title" }
        })
        expect(readRows(NodePath.join(root, sessionId, "session.db"), "SELECT id FROM todos")).toEqual([{ id: "a" }])
      })).pipe(Effect.provide(FakeRuntime.layerClient), Effect.provide(NodeContext.layer)))

  it.scoped("answer malformed params with -32602 and an unknown sqlite method with -32601", () =>
    withTwoSessions((fake) =>
      Effect.gen(function*() {
        const malformed = yield* fake.request("sessionFs.sqliteQuery", { sessionId, query: 42, queryType: "query" })
        expect(malformed).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: -32602 } } })
        const noStatements = yield* fake.request("sessionFs.sqliteTransaction", { sessionId })
        expect(noStatements).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: -32602 } } })
        const unknown = yield* fake.request("sessionFs.sqliteVacuum", { sessionId })
        expect(unknown).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: -32601 } } })
        // The session still answers.
        const ok = yield* fake.request("sessionFs.sqliteQuery", query(sessionId, "query", "SELECT 1 AS one"))
        expect(resultOf(ok)).toMatchObject({ rows: [{ one: 1 }] })
      })).pipe(Effect.provide(FakeRuntime.layerClient), Effect.provide(NodeContext.layer)))

  it.scoped("keep concurrent sessions' databases apart", () =>
    withTwoSessions((fake, root) =>
      Effect.gen(function*() {
        const script = (id: string, rows: number) =>
          Effect.gen(function*() {
            yield* fake.request("sessionFs.sqliteQuery", query(id, "exec", "CREATE TABLE items (n INTEGER)"))
            for (let n = 0; n < rows; n++) {
              yield* fake.request("sessionFs.sqliteQuery", query(id, "run", "INSERT INTO items (n) VALUES (:n)", { n }))
            }
            return resultOf(yield* fake.request("sessionFs.sqliteQuery", query(id, "query", "SELECT count(*) AS c FROM items")))
          })
        const [mine, theirs] = yield* Effect.all([script(sessionId, 5), script(other, 3)], { concurrency: "unbounded" })
        expect(mine).toMatchObject({ rows: [{ c: 5 }] })
        expect(theirs).toMatchObject({ rows: [{ c: 3 }] })
        expect(readRows(NodePath.join(root, sessionId, "session.db"), "SELECT count(*) AS c FROM items")).toEqual([{ c: 5 }])
        expect(readRows(NodePath.join(root, other, "session.db"), "SELECT count(*) AS c FROM items")).toEqual([{ c: 3 }])
      })).pipe(Effect.provide(FakeRuntime.layerClient), Effect.provide(NodeContext.layer)))

  it.scoped("answer -32601 naming the missing member when the session's provider has no SQL database", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const fs = yield* FileSystem.FileSystem
      const sessionFs = yield* SessionFs.fromFileSystem(yield* fs.makeTempDirectoryScoped())
      yield* CopilotSession.withSession({ sessionId, sessionFs }, () =>
        Effect.gen(function*() {
          const answer = yield* fake.request("sessionFs.sqliteExists", { sessionId })
          expect(answer).toMatchObject({
            _tag: "ErrorResponse",
            message: { error: { code: -32601, message: expect.stringContaining("`sqlite` member") } }
          })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient), Effect.provide(NodeContext.layer)))

  it.effect("the client declares capabilities.sqlite in sessionFs.setProvider", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const [setProvider] = yield* fake.requests("sessionFs.setProvider")
      expect(setProvider?.params).toEqual({
        initialCwd: "/",
        sessionStatePath: "/session-state",
        conventions: "posix",
        capabilities: { sqlite: true }
      })
    }).pipe(Effect.provide(FakeRuntime.layerClientWith({
      fake: { handlers: { "sessionFs.setProvider": FakeRuntime.answer({ success: true }) } },
      client: { sessionFs: { initialCwd: "/", sessionStatePath: "/session-state", capabilities: { sqlite: true } } }
    }))))
})

// ---------------------------------------------------------------------------
// Scripts, split as SQLite splits them (the driver prepares one statement at a time)
// ---------------------------------------------------------------------------

describe("the runtime's \"exec\" scripts", () => {
  it("are split where SQLite ends a statement: not inside strings, identifiers, comments or trigger bodies", () => {
    expect(splitStatements("CREATE TABLE a (x); CREATE TABLE b (y);")).toEqual(["CREATE TABLE a (x)", "CREATE TABLE b (y)"])
    expect(splitStatements("INSERT INTO a VALUES ('x;y', \"q;\", `b;`, [c;]); SELECT 'it''s;'")).toEqual([
      "INSERT INTO a VALUES ('x;y', \"q;\", `b;`, [c;])",
      "SELECT 'it''s;'"
    ])
    expect(splitStatements("-- a; comment\nSELECT 1; /* block; */ SELECT 2;;  ; ")).toEqual([
      "-- a; comment\nSELECT 1",
      "/* block; */ SELECT 2"
    ])
    const trigger = "CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); UPDATE b SET y = 2; END"
    expect(splitStatements(`${trigger}; SELECT 3`)).toEqual([trigger, "SELECT 3"])
    expect(splitStatements("  -- only a comment\n ; ")).toEqual([])
  })

  it.scoped("run whole, triggers included, and stop at the first failing statement", () =>
    Effect.gen(function*() {
      const { sqlite } = yield* setup()
      yield* sqlite.query({
        sessionId,
        queryType: "exec",
        query: `${schema}
          CREATE TABLE log (what TEXT);
          CREATE TRIGGER todo_added AFTER INSERT ON todos BEGIN INSERT INTO log VALUES ('added; ' || new.id); END;
          INSERT INTO todos (id, title) VALUES ('t1', 'semi; colon');`
      })
      const log = yield* sqlite.query({ sessionId, queryType: "query", query: "SELECT what FROM log" })
      expect(log.rows).toEqual([{ what: "added; t1" }])
      const failed = yield* failure(sqlite.query({
        sessionId,
        queryType: "exec",
        query: "INSERT INTO log VALUES ('one'); INSERT INTO nope VALUES (1); INSERT INTO log VALUES ('three')"
      }))
      expect(failed.message).toBe("no such table: nope")
      const after = yield* sqlite.query({ sessionId, queryType: "query", query: "SELECT what FROM log ORDER BY rowid" })
      expect(after.rows).toEqual([{ what: "added; t1" }, { what: "one" }])
    }).pipe(Effect.provide(NodeContext.layer)))
})

// ---------------------------------------------------------------------------
// The session's database in a shared SQL store (SQLite here, PostgreSQL below)
// ---------------------------------------------------------------------------

const storeBackends: ReadonlyArray<{ readonly name: string; readonly layer: Layer.Layer<SqlClient.SqlClient, unknown> }> = [
  { name: "an SQLite store", layer: SqliteClient.layer({ filename: ":memory:" }) },
  { name: "a PostgreSQL store", layer: Postgres.layer }
]

let prefixes = 0

for (const backend of storeBackends) {
  describe(`SessionSqlite.makeInStore on ${backend.name}`, () => {
    layer(backend.layer, { timeout: 60_000 })((it) => {
      /** A provider on the store, as one runner would have it, for the duration of `use`. */
      const onRunner = <A, E, R>(
        tablePrefix: string,
        use: (sqlite: SessionFs.SessionSqlProvider<never>) => Effect.Effect<A, E, R>
      ) => Effect.scoped(Effect.flatMap(SessionSqlite.makeInStore({ tablePrefix }), use))

      it.effect("restores a session's database on another runner: schema, rows and transactions", () =>
        Effect.gen(function*() {
          const tablePrefix = `s${process.pid}_${++prefixes}_`
          yield* onRunner(tablePrefix, (sqlite) =>
            Effect.gen(function*() {
              expect(yield* sqlite.exists({ sessionId })).toBe(false)
              yield* sqlite.query({ sessionId, queryType: "exec", query: schema })
              yield* sqlite.query({
                sessionId,
                queryType: "run",
                query: "INSERT INTO todos (id, title) VALUES (:id, :title)",
                params: { id: "t1", title: "Survive the runner" }
              })
              yield* sqlite.transaction({
                sessionId,
                statements: [{ queryType: "run", query: "INSERT INTO todos (id, title) VALUES ('t2', 'In a transaction')" }]
              })
            }))
          const rows = yield* onRunner(tablePrefix, (sqlite) =>
            Effect.gen(function*() {
              expect(yield* sqlite.exists({ sessionId })).toBe(true)
              expect(yield* sqlite.exists({ sessionId: other })).toBe(false)
              return yield* sqlite.query({ sessionId, queryType: "query", query: "SELECT id, title FROM todos ORDER BY id" })
            }))
          expect(rows).toEqual({
            rows: [{ id: "t1", title: "Survive the runner" }, { id: "t2", title: "In a transaction" }],
            columns: ["id", "title"],
            rowsAffected: 0
          })
        }))

      it.effect("saves a transaction the session opened at its COMMIT, not before", () =>
        Effect.gen(function*() {
          const tablePrefix = `s${process.pid}_${++prefixes}_`
          const countElsewhere = onRunner(tablePrefix, (sqlite) =>
            Effect.map(sqlite.query({ sessionId, queryType: "query", query: "SELECT count(*) AS n FROM todos" }), (r) => r.rows))
          yield* onRunner(tablePrefix, (sqlite) =>
            Effect.gen(function*() {
              const run = (query: string) => sqlite.query({ sessionId, queryType: "run", query })
              yield* sqlite.query({ sessionId, queryType: "exec", query: schema })
              yield* run("BEGIN")
              yield* run("INSERT INTO todos (id, title) VALUES ('pending', 'not yet')")
              expect(yield* countElsewhere).toEqual([{ n: 0 }])
              yield* run("COMMIT")
              expect(yield* countElsewhere).toEqual([{ n: 1 }])
            }))
        }))

      it.effect("keeps sessions apart, and refuses a table prefix that is not a plain name", () =>
        Effect.gen(function*() {
          const tablePrefix = `s${process.pid}_${++prefixes}_`
          yield* onRunner(tablePrefix, (sqlite) =>
            Effect.all([sessionId, other].map((id, n) =>
              sqlite.query({ sessionId: id, queryType: "exec", query: `CREATE TABLE only_${n} (x)` })
            )))
          const tables = yield* onRunner(tablePrefix, (sqlite) =>
            Effect.all([sessionId, other].map((id) =>
              Effect.map(
                sqlite.query({ sessionId: id, queryType: "query", query: "SELECT name FROM sqlite_master WHERE type = 'table'" }),
                (r) => r.rows
              )
            )))
          expect(tables).toEqual([[{ name: "only_0" }], [{ name: "only_1" }]])
          const refused = yield* failure(Effect.scoped(SessionSqlite.makeInStore({ tablePrefix: "x y" })))
          expect(refused.message).toContain("tablePrefix")
        }))
    })
  })
}
