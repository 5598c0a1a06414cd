/**
 * Session state in PostgreSQL, end to end: real runtimes registered with
 * `sessionFs.setProvider` keep their sessions through `SqlSessionFs` in a
 * real PostgreSQL (started by the test). A session is closed and its runtime
 * stopped with its home removed; a new runtime with a fresh home resumes it
 * from the database alone, with its history. And the database going away: the
 * runtime's requests are answered with UNKNOWN and a message, never left
 * hanging, and served again once it is back. And the session's SQL database
 * (`SessionSqlite.makeInStore`) in the same store, back on a new runtime.
 */
import { NodeContext } from "@effect/platform-node"
import { PgClient } from "@effect/sql-pg"
import { expect, layer } from "@effect/vitest"
import { Context, Effect, Either, Layer, Option, Redacted } from "effect"
import { type CopilotClient, CopilotSession, Handlers, SessionEvent, SessionFs } from "effect-copilot"
import { SqlSessionFs } from "effect-copilot/sql"
import { SessionSqlite } from "effect-copilot/sqlite"
import { IsolatedRuntime, ScriptedModel, Snapshots, TestRuntime } from "effect-copilot/testing"
import * as Fs from "node:fs"
import * as Postgres from "../support/postgres.js"
import { lastChatRequest, runTurn } from "./modelRequests.js"
import { useRecording } from "./support.js"
import * as TcpProxy from "../support/tcpProxy.js"

const sessionFsOptions: CopilotClient.SessionFsOptions = { initialCwd: "/", sessionStatePath: "/session-state" }
const events = (sessionId: string) => ({ sessionId, path: "/session-state/events.jsonl" })

/** The error of a `sessionFs.*` answer: the whole answer of the void methods, its `error` member otherwise. */
const errorOf = (answer: unknown): unknown =>
  typeof answer !== "object" || answer === null ? answer : "error" in answer ? answer.error : answer

/** Runs `use` with a runtime of its own (a fresh isolated home), stopped and removed afterwards. */
const withRuntime = <A, E, R>(use: Effect.Effect<A, E, R>, sessionFs = sessionFsOptions) =>
  Effect.scoped(
    Effect.flatMap(
      Layer.build(TestRuntime.layerClient({ sessionFs })),
      (context) => Effect.provide(use, context)
    )
  )

/** A TCP proxy in front of the database (see test/support/tcpProxy.ts). */
type Proxy = TcpProxy.TcpProxy
class DatabaseProxy extends Context.Tag("test/sqlSessionFs/DatabaseProxy")<DatabaseProxy, Proxy>() {}

const proxyTo = TcpProxy.make

/** The store on a client that reaches the database through the proxy. */
const ProxiedStore = Layer.unwrapScoped(
  Effect.gen(function*() {
    const pg = yield* Postgres.Postgres
    const proxy = yield* proxyTo(pg)
    const url = new URL(pg.url)
    url.port = String(proxy.port)
    return SqlSessionFs.layer({ tablePrefix: "proxied_", timeout: "3 seconds" }).pipe(
      Layer.provide(PgClient.layer({ url: Redacted.make(url.toString()), connectTimeout: "2 seconds" })),
      Layer.merge(Layer.succeed(DatabaseProxy, proxy))
    )
  })
)

const Live = Layer.mergeAll(
  ScriptedModel.layer(),
  SqlSessionFs.layer({ tablePrefix: "it_" })
).pipe(
  Layer.provideMerge(Postgres.layer),
  Layer.provideMerge(NodeContext.layer)
)

layer(Live, { timeout: 120_000, excludeTestServices: true })("session state in PostgreSQL on the real runtime", (it) => {
  it.effect("a session closed on one runtime resumes on a new runtime with a fresh home, its history intact", () =>
    Effect.gen(function*() {
      yield* useRecording("session_fs/should_load_session_data_from_fs_provider_on_resume.yaml")
      const store = yield* SessionFs.SessionFs
      const first = yield* withRuntime(Effect.gen(function*() {
        const isolated = yield* IsolatedRuntime.IsolatedRuntime
        const sessionId = yield* CopilotSession.withSession({}, (session) =>
          Effect.as(session.sendAndWait("What is 50 + 50?"), session.sessionId))
        return { sessionId, home: isolated.baseDirectory }
      }))
      // The first runtime is gone, and its home with it: only the database has the session.
      expect(Fs.existsSync(first.home)).toBe(false)
      const before = yield* store.readFile(events(first.sessionId))
      expect(before).toContain("50 + 50 = 100")

      const resumed = yield* withRuntime(Effect.gen(function*() {
        const isolated = yield* IsolatedRuntime.IsolatedRuntime
        expect(isolated.baseDirectory).not.toBe(first.home)
        return yield* CopilotSession.withResumedSession(first.sessionId, {}, (session) =>
          Effect.gen(function*() {
            const answer = yield* session.sendAndWait("What is that times 3?")
            const messages = yield* session.getEvents
            return { answer, messages }
          }))
      }))
      expect(Option.map(resumed.answer, (event) => event.data.content)).toEqual(Option.some("100 × 3 = 300"))
      // The history came back from the database: the model saw the first turn, and the session has both.
      const model = yield* ScriptedModel.ScriptedModel
      const conversations = yield* model.chatMessages
      const last = conversations[conversations.length - 1] ?? []
      expect(last.map((message) => Snapshots.contentText(message.content)).join("\n")).toContain("What is 50 + 50?")
      const said = resumed.messages.flatMap((event: SessionEvent.SessionEvent) =>
        event.type === "user.message" || event.type === "assistant.message" ? [event.data.content] : []
      )
      expect(said).toEqual(["What is 50 + 50?", "50 + 50 = 100", "What is that times 3?", "100 × 3 = 300"])
      const after = yield* store.readFile(events(first.sessionId))
      // Appended to, not rewritten: the first turn's lines are still the start of the file.
      expect(after.startsWith(before)).toBe(true)
      expect(after).toContain("100 × 3 = 300")
    }))

  it.effect("the database going away: UNKNOWN answers with a message, never a hang; served again once it is back", () =>
    Effect.gen(function*() {
      const store = yield* SessionFs.SessionFs
      const proxy = yield* DatabaseProxy
      const sessionId = "db-outage"
      const append = (line: string) => SessionFs.serve(store, "sessionFs.appendFile", { ...events(sessionId), content: line })
      expect(yield* append("before\n")).toBeNull()

      for (const outage of ["down", "hang"] as const) {
        yield* proxy.set(outage)
        const answers = [
          yield* append(`during ${outage}\n`),
          yield* SessionFs.serve(store, "sessionFs.readFile", events(sessionId)),
          yield* SessionFs.serve(store, "sessionFs.stat", events(sessionId))
        ]
        for (const answer of answers) {
          expect(errorOf(answer)).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("session store") })
        }
        yield* proxy.set("up")
        expect(yield* append(`after ${outage}\n`)).toBeNull()
      }
      expect(yield* SessionFs.serve(store, "sessionFs.readFile", events(sessionId))).toEqual({
        content: "before\nafter down\nafter hang\n"
      })
    }).pipe(Effect.provide(ProxiedStore)))

  it.effect("a turn while the database is away fails with a typed error; the next one, once it is back, is stored", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      for (let i = 0; i < 3; i++) yield* model.reply("Stored answer.")
      const store = yield* SessionFs.SessionFs
      const proxy = yield* DatabaseProxy
      const { before, during, after, history } = yield* withRuntime(
        CopilotSession.withSession({ sessionFs: store }, (session) =>
          Effect.gen(function*() {
            yield* session.sendAndWait("First turn.")
            const before = yield* store.readFile(events(session.sessionId))
            yield* proxy.set("down")
            const during = yield* session.sendAndWait("While the database is away.").pipe(Effect.either)
            yield* proxy.set("up")
            const after = yield* session.sendAndWait("After the outage.")
            const history = yield* store.readFile(events(session.sessionId))
            return { before, during, after, history }
          }))
      )
      // The runtime could not persist the turn's events: it says so, as the session's typed error.
      expect(during).toMatchObject({
        _tag: "Left",
        left: { _tag: "SessionError", errorType: "persistence", message: expect.stringContaining("UNKNOWN") }
      })
      expect(Option.map(after, (event) => event.data.content)).toEqual(Option.some("Stored answer."))
      // What was stored before is intact, and the file is still one JSON event per line.
      expect(history.startsWith(before)).toBe(true)
      expect(history).toContain("After the outage.")
      const lines = history.split("\n").filter((line) => line !== "")
      expect(lines.every((line) => Either.isRight(Either.try(() => JSON.parse(line))))).toBe(true)
    }).pipe(Effect.provide(ProxiedStore)))

  it.effect("the session's SQL database lives in the store too: the sql tool's rows come back on a new runtime", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const sessionFs = yield* Effect.zipWith(
        SqlSessionFs.make({ tablePrefix: "it_sqlite_" }),
        SessionSqlite.makeInStore({ tablePrefix: "it_sqlite_" }),
        (files, sqlite): SessionFs.SessionFsProvider<never> => ({ ...files, sqlite })
      )
      const withSqlite = { ...sessionFsOptions, capabilities: { sqlite: true } }
      yield* model.toolCall("sql", { description: "make a table", query: "CREATE TABLE notes (body TEXT)" }, "call_create")
      yield* model.toolCall("sql", { description: "add a note", query: "INSERT INTO notes VALUES ('kept in PostgreSQL')" }, "call_insert")
      yield* model.reply("Noted.")
      const sessionId = yield* withRuntime(
        CopilotSession.withSession({ sessionFs, onPermissionRequest: Handlers.approveAll }, (session) =>
          Effect.as(runTurn(session, "Make a note."), session.sessionId)),
        withSqlite
      )
      yield* model.toolCall("sql", { description: "read the notes", query: "SELECT body FROM notes" }, "call_select")
      yield* model.reply("The note is there.")
      const turn = yield* withRuntime(
        CopilotSession.withResumedSession(sessionId, { sessionFs, onPermissionRequest: Handlers.approveAll }, (session) =>
          runTurn(session, "Read the notes back.")),
        withSqlite
      )
      expect(turn.answer).toBe("The note is there.")
      // One conversation, resumed: its first prompt is the first runtime's, its last tool result the database's rows.
      const request = yield* lastChatRequest("Make a note.")
      expect(request.toolResults["call_insert"]).toBeDefined()
      expect(request.toolResults["call_select"]).toContain("kept in PostgreSQL")
    }).pipe(Effect.scoped))
})
