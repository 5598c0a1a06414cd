/**
 * The session's SQL database end to end: a real runtime registered with
 * `sessionFs.setProvider` and `capabilities: { sqlite: true }` runs the
 * statements of its `sql` tool (called by the scripted model, also from a
 * sub-agent) through `sessionFs.sqlite*` requests, answered by
 * `SessionSqlite` on a temporary root.
 */
import { FileSystem, Path } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { expect, layer } from "@effect/vitest"
import Database from "better-sqlite3"
import { Context, Effect, Layer } from "effect"
import { CopilotClient, CopilotSession, Handlers, SessionEvent } from "effect-copilot"
import { SessionSqlite } from "effect-copilot/sqlite"
import { IsolatedRuntime, ScriptedModel, TestRuntime } from "effect-copilot/testing"
import { eventsOf, lastChatRequest, runTurn } from "./modelRequests.js"

const sessionFs: CopilotClient.SessionFsOptions = {
  initialCwd: "/",
  sessionStatePath: "/session-state",
  capabilities: { sqlite: true }
}

/** The provider's root directory on disk. */
class Root extends Context.Tag("test/sqlite/Root")<Root, string>() {}

const RootLive = Layer.scoped(Root, Effect.flatMap(FileSystem.FileSystem, (fs) => fs.makeTempDirectoryScoped()))
const SqliteLive = Layer.unwrapEffect(Effect.map(Root, (root) => SessionSqlite.layer(root)))

const Live = Layer.mergeAll(TestRuntime.layer({ client: { sessionFs, startTimeout: "90 seconds" } }), SqliteLive).pipe(
  Layer.provideMerge(RootLive),
  Layer.provideMerge(NodeContext.layer)
)

/** The session's database file, where the provider keeps it. */
const databaseOf = (sessionId: string) =>
  Effect.gen(function*() {
    const path = yield* Path.Path
    return path.join(yield* Root, sessionId, "session.db")
  })

/** Reads the session's database directly, as another program would. */
const rowsOf = (sessionId: string, query: string) =>
  Effect.map(databaseOf(sessionId), (file) => {
    const db = new Database(file, { readonly: true })
    try {
      return db.prepare(query).all()
    } finally {
      db.close()
    }
  })

const sql = (query: string, description = "run SQL") => ({ description, query })

layer(Live, { timeout: 120_000, excludeTestServices: true })("the session's SQL database on the real runtime", (it) => {
  it.effect("the sql tool's statements go through the provider: a row inserted in one is read in the next", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("sql", sql("CREATE TABLE items (id TEXT PRIMARY KEY, name TEXT)"), "call_create")
      yield* model.toolCall("sql", sql("INSERT INTO items (id, name) VALUES ('a1', 'Widget')"), "call_insert")
      yield* model.toolCall("sql", sql("SELECT id, name FROM items"), "call_select")
      yield* model.reply("The table holds one Widget.")
      const prompt = "Create an items table, add a Widget and read it back."
      const { sessionId, turn } = yield* CopilotSession.withSession(
        { onPermissionRequest: Handlers.approveAll },
        (session) => Effect.map(runTurn(session, prompt), (turn) => ({ sessionId: session.sessionId, turn }))
      )
      expect(turn.answer).toBe("The table holds one Widget.")
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["call_create"]).toBe("Schema operation completed successfully.")
      expect(request.toolResults["call_insert"]).toBe("1 row(s) inserted. Last inserted row ID: 1.")
      expect(request.toolResults["call_select"]).toContain("| a1 | Widget |")
      // The rows live in the session's database under the provider's root ...
      expect(yield* rowsOf(sessionId, "SELECT id, name FROM items")).toEqual([{ id: "a1", name: "Widget" }])
      // ... beside the runtime's own tables, created through the provider too.
      const tables = yield* rowsOf(sessionId, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      expect(tables).toEqual(expect.arrayContaining([{ name: "items" }, { name: "todos" }, { name: "todo_deps" }]))
      // Nothing of it in the runtime's own state directory.
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path
      const isolated = yield* IsolatedRuntime.IsolatedRuntime
      const own = path.join(isolated.baseDirectory, "session-state", sessionId)
      const ownFiles = (yield* fs.exists(own)) ? yield* fs.readDirectory(own) : []
      expect(ownFiles.filter((name) => name.endsWith(".db"))).toEqual([])
    }))

  it.effect("honours the transactions of the sql tool: a rolled back row is gone, a committed one stays", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("sql", sql("CREATE TABLE ledger (entry TEXT)"), "call_create")
      yield* model.toolCall(
        "sql",
        sql("BEGIN; INSERT INTO ledger VALUES ('draft'); ROLLBACK;", "try a draft"),
        "call_rollback"
      )
      yield* model.toolCall(
        "sql",
        sql("BEGIN; INSERT INTO ledger VALUES ('final'); COMMIT;", "record the entry"),
        "call_commit"
      )
      yield* model.toolCall("sql", sql("SELECT entry FROM ledger"), "call_select")
      yield* model.reply("One entry: final.")
      const prompt = "Keep only the final ledger entry."
      const sessionId = yield* CopilotSession.withSession(
        { onPermissionRequest: Handlers.approveAll },
        (session) => Effect.as(runTurn(session, prompt), session.sessionId)
      )
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["call_rollback"]).toContain("Executed 3 statement(s)")
      expect(request.toolResults["call_select"]).toContain("| final |")
      expect(request.toolResults["call_select"]).not.toContain("draft")
      expect(yield* rowsOf(sessionId, "SELECT entry FROM ledger")).toEqual([{ entry: "final" }])
    }))

  it.effect("a bad statement reaches the model as the runtime's SQL error, and the session goes on", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("sql", sql("SELECT * FROM missing_table"), "call_bad")
      yield* model.toolCall("sql", sql("CREATE TABLE notes (body TEXT)"), "call_create")
      yield* model.toolCall("sql", sql("INSERT INTO notes VALUES ('still working')"), "call_insert")
      yield* model.reply("Recovered.")
      yield* model.toolCall("sql", sql("SELECT body FROM notes"), "call_select")
      yield* model.reply("The note says: still working.")
      const prompt = "Read the missing table, then keep a note."
      const next = "What does the note say?"
      const turns = yield* CopilotSession.withSession(
        { onPermissionRequest: Handlers.approveAll },
        (session) => Effect.all([runTurn(session, prompt), runTurn(session, next)])
      )
      // The whole conversation, both turns.
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["call_bad"]).toContain("SQL Error")
      expect(request.toolResults["call_bad"]).toContain("no such table: missing_table")
      expect(request.toolResults["call_insert"]).toBe("1 row(s) inserted. Last inserted row ID: 1.")
      const bad = eventsOf(turns[0], "tool.execution_complete").filter((e) => e.data.toolCallId === "call_bad")
      expect(bad).toHaveLength(1)
      expect(turns[0].answer).toBe("Recovered.")
      // A second turn on the same session reads what the first stored.
      expect(request.toolResults["call_select"]).toContain("| still working |")
      expect(turns[1].answer).toBe("The note says: still working.")
    }))

  it.effect("a sub-agent's sql tool goes through the same session's database", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const task = {
        name: "sql-writer",
        description: "Record a todo",
        prompt: "Use the sql tool to insert the todo 'from-subagent' into the todos table.",
        agent_type: "task",
        mode: "sync"
      }
      yield* model.toolCall("task", task, "call_task")
      // The sub-agent's turn: its own sql call, then its answer.
      yield* model.toolCall(
        "sql",
        sql("INSERT INTO todos (id, title, status) VALUES ('from-subagent', 'Created by a sub-agent', 'done')"),
        "call_sub_sql"
      )
      yield* model.reply("Inserted the todo.")
      yield* model.reply("The sub-agent recorded the todo.")
      const prompt = "Have a sub-agent record a todo."
      const { sessionId, turn } = yield* CopilotSession.withSession(
        { onPermissionRequest: Handlers.approveAll },
        (session) => Effect.map(runTurn(session, prompt), (turn) => ({ sessionId: session.sessionId, turn }))
      )
      expect(turn.events.filter(SessionEvent.is("subagent.failed"))).toEqual([])
      expect(turn.events.filter(SessionEvent.is("subagent.completed"))).toHaveLength(1)
      const subRequest = yield* lastChatRequest(task.prompt)
      expect(subRequest.toolResults["call_sub_sql"]).toBe("1 row(s) inserted. Last inserted row ID: 1.")
      expect(yield* rowsOf(sessionId, "SELECT id, status FROM todos")).toEqual([{ id: "from-subagent", status: "done" }])
      expect(turn.answer).toBe("The sub-agent recorded the todo.")
    }))
})
