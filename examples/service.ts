/**
 * A service built with Layers: `Reviewer` depends on `CopilotClient`, gives
 * the agent a tool backed by another service (`Repository`), and exposes a
 * typed `review` method. Its Layer composes like any other.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Context, Effect, Layer, Option, Schema } from "effect"
import { CopilotClient, CopilotSession, Handlers, Tool } from "effect-copilot"
import { exampleCopilot } from "./runtime.js"

/** What a review can fail with: opening the session, or the turn. */
type ReviewError = CopilotSession.OpenError | CopilotSession.SendAndWaitError

/** Where the code under review comes from. */
class Repository extends Context.Tag("Repository")<Repository, {
  readonly readFile: (path: string) => Effect.Effect<string>
}>() {
  static readonly InMemory = Layer.succeed(Repository, {
    readFile: (path) => Effect.succeed(path === "src/add.ts" ? "export const add = (a, b) => a - b" : "")
  })
}

/** Reviews files with Copilot. */
class Reviewer extends Context.Tag("Reviewer")<Reviewer, {
  readonly review: (path: string) => Effect.Effect<string, ReviewError>
}>() {
  static readonly Live = Layer.effect(
    Reviewer,
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const repository = yield* Repository
      // The tool's handler needs Repository; the session captures it.
      const readFile = Tool.make("read_file", {
        description: "Read a file of the repository under review",
        parameters: Schema.Struct({ path: Schema.String }),
        handler: ({ path }) => Effect.flatMap(Repository, (repo) => repo.readFile(path))
      })
      const review = (path: string) =>
        CopilotSession.withSession(
          { tools: [readFile], onPermissionRequest: Handlers.approveAll },
          (session) => session.sendAndWait(`Review ${path}. Read it with read_file first.`)
        ).pipe(
          Effect.map(Option.match({ onNone: () => "(no review)", onSome: (m) => m.data.content })),
          Effect.provideService(CopilotClient.CopilotClient, client),
          Effect.provideService(Repository, repository)
        )
      return { review }
    })
  )
}

const program = Effect.gen(function*() {
  const reviewer = yield* Reviewer
  yield* Console.log(yield* reviewer.review("src/add.ts"))
})

const Copilot = exampleCopilot((model) =>
  Effect.zipRight(
    model.toolCall("read_file", { path: "src/add.ts" }),
    model.reply("`add` subtracts: `a - b` should be `a + b`. It also lacks parameter types.")
  )
)

const MainLive = Reviewer.Live.pipe(Layer.provide(Layer.merge(Copilot, Repository.InMemory)))

NodeRuntime.runMain(program.pipe(Effect.provide(MainLive)))
