/**
 * Canvases: a session offers the agent a kanban board it can open and act
 * on. The board's handlers are Effects; its open input and its actions'
 * inputs are Schemas, declared to the runtime as JSON Schema.
 *
 * With GH_TOKEN (or GITHUB_TOKEN) set it talks to the real Copilot service.
 * Without one it runs the real bundled runtime offline, against the test
 * kit's scripted model, which opens the board and adds a card the way a
 * model would: with the runtime's `open_canvas` and `invoke_canvas_action`
 * tools.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Option, Ref, Schema } from "effect"
import { Canvas, CopilotSession, Handlers } from "effect-copilot"
import { exampleCopilot } from "./runtime.js"

/** A board per open instance: its cards, kept in a Ref. */
const makeBoard = (boards: Ref.Ref<Record<string, ReadonlyArray<string>>>) =>
  Canvas.make("board", {
    displayName: "Board",
    description: "A kanban board of cards; open it to track tasks",
    input: Schema.Struct({ title: Schema.String }),
    open: ({ title }, ctx) =>
      Ref.update(boards, (all) => ({ ...all, [ctx.instanceId]: all[ctx.instanceId] ?? [] })).pipe(
        Effect.zipRight(Console.log(`  [canvas] opened board "${title}" as ${ctx.instanceId}`)),
        Effect.as({ title, url: `https://boards.example/${ctx.instanceId}`, status: "ready" })
      ),
    onClose: (ctx) => Console.log(`  [canvas] closed ${ctx.instanceId}`),
    actions: [
      Canvas.action("add_card", {
        description: "Add a card to the board",
        input: Schema.Struct({ text: Schema.String }),
        output: Schema.Struct({ cards: Schema.Number }),
        handler: ({ text }, ctx) =>
          Ref.modify(boards, (all) => {
            const cards = [...(all[ctx.instanceId] ?? []), text]
            return [cards.length, { ...all, [ctx.instanceId]: cards }] as const
          }).pipe(
            Effect.tap(() => Console.log(`  [canvas] ${ctx.instanceId}: added card "${text}"`)),
            Effect.map((cards) => ({ cards }))
          )
      })
    ]
  })

export const program = Effect.gen(function*() {
  const boards = yield* Ref.make<Record<string, ReadonlyArray<string>>>({})
  const session = yield* CopilotSession.create({
    canvases: [makeBoard(boards)],
    // Offers the agent the canvas tools: this app renders canvases.
    requestCanvasRenderer: true,
    onPermissionRequest: Handlers.approveAll
  })
  const declared = yield* session.canvas.list
  yield* Console.log(`Canvases in the session: ${declared.canvases.map((c) => `${c.canvasId} (${c.displayName})`).join(", ")}`)

  const prompt = "Open a board called Launch and add a card 'write the docs'."
  yield* Console.log(`> ${prompt}`)
  const answer = yield* session.sendAndWait(prompt, { timeout: "2 minutes" })
  yield* Console.log(Option.match(answer, { onNone: () => "(no answer)", onSome: (m) => m.data.content }))

  const open = yield* session.canvas.listOpen
  for (const instance of open.openCanvases) {
    yield* Console.log(`Open: ${instance.instanceId} ${instance.title ?? ""} at ${instance.url ?? "-"}`)
    yield* session.canvas.close(instance.instanceId)
  }
  yield* Console.log(`Cards: ${JSON.stringify(yield* Ref.get(boards))}`)
}).pipe(Effect.scoped)

/** The scripted model (offline) drives the board through the runtime's canvas tools, as a model would. */
const Copilot = exampleCopilot((model) =>
  Effect.gen(function*() {
    yield* model.toolCall("open_canvas", { canvasId: "board", instanceId: "launch", input: { title: "Launch" } })
    yield* model.toolCall("invoke_canvas_action", { instanceId: "launch", actionName: "add_card", input: { text: "write the docs" } })
    yield* model.reply("The Launch board is open with one card: write the docs.")
  })
)

if (import.meta.url === `file://${process.argv[1]}`) {
  NodeRuntime.runMain(program.pipe(Effect.provide(Copilot)))
}
