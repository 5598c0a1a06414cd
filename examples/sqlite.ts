/**
 * The session's SQL database on SQLite: the client declares
 * `capabilities: { sqlite: true }`, so the agent's `sql` tool runs its
 * statements through `SessionSqlite`, one database file per session under
 * the provider's root, beside the session's files. Afterwards the program
 * reads the rows straight from that file.
 *
 * Offline (no GH_TOKEN) the bundled runtime plays against a scripted model.
 */
import { FileSystem, Path } from "@effect/platform"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import Database from "better-sqlite3"
import { Console, Effect, Layer, Option } from "effect"
import { CopilotSession, Handlers } from "effect-copilot"
import { SessionSqlite } from "effect-copilot/sqlite"
import { exampleCopilot } from "./runtime.js"

const program = (root: string) =>
  Effect.gen(function*() {
    const path = yield* Path.Path
    const { sessionId, answer } = yield* CopilotSession.withSession(
      { onPermissionRequest: Handlers.approveAll },
      (session) =>
        Effect.map(
          session.sendAndWait("Keep a shopping list: milk and bread. Then tell me what is on it."),
          (answer) => ({ sessionId: session.sessionId, answer })
        )
    )
    yield* Console.log(`answer: ${Option.match(answer, { onNone: () => "(none)", onSome: (m) => m.data.content })}`)

    // The session's database is an ordinary SQLite file under the root.
    const file = path.join(root, sessionId, "session.db")
    const db = new Database(file, { readonly: true })
    const rows = db.prepare("SELECT item FROM shopping ORDER BY rowid").all()
    db.close()
    yield* Console.log(`${path.relative(root, file)}: ${JSON.stringify(rows)}`)
  })

const CopilotLive = exampleCopilot(
  (model) =>
    Effect.gen(function*() {
      yield* model.toolCall("sql", { description: "Create the list", query: "CREATE TABLE shopping (item TEXT)" })
      yield* model.toolCall("sql", {
        description: "Add the items",
        query: "BEGIN; INSERT INTO shopping VALUES ('milk'); INSERT INTO shopping VALUES ('bread'); COMMIT;"
      })
      yield* model.toolCall("sql", { description: "Read the list", query: "SELECT item FROM shopping" })
      yield* model.reply("Your shopping list: milk, bread.")
    }),
  Effect.succeed({ sessionFs: { initialCwd: "/", sessionStatePath: "/session-state", capabilities: { sqlite: true } } })
)

const main = Effect.gen(function*() {
  const fs = yield* FileSystem.FileSystem
  const root = yield* fs.makeTempDirectoryScoped({ prefix: "copilot-sessions-" })
  const Live = Layer.mergeAll(CopilotLive, SessionSqlite.layer(root))
  yield* program(root).pipe(Effect.provide(Live))
}).pipe(Effect.scoped, Effect.provide(NodeContext.layer))

if (import.meta.url === `file://${process.argv[1]}`) {
  NodeRuntime.runMain(main)
}
