/**
 * Canvases end to end through the real runtime: declared on `session.create`,
 * listed by `session.canvas.list`, opened and driven by the agent's own
 * canvas tools (`open_canvas`, `invoke_canvas_action`, scripted as the
 * model's tool calls), and closed, each step reaching this client's Effect
 * handlers through the runtime's `canvas.*` requests.
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Ref, Schema, Stream } from "effect"
import { Canvas, CopilotSession, Handlers, SessionEvent } from "effect-copilot"
import { ScriptedModel } from "effect-copilot/testing"
import { checkpoint, chatRequests, expectModelDone, runTurn } from "./modelRequests.js"
import { RealRuntime } from "./support.js"

type Seen = ReadonlyArray<readonly [string, Canvas.CanvasContext, unknown]>

/** A counter canvas whose handlers record every request they get. */
const counterCanvas = (seen: Ref.Ref<Seen>, counts: Ref.Ref<Record<string, number>>) => {
  const record = (what: string, ctx: Canvas.CanvasContext, input: unknown) =>
    Ref.update(seen, (all) => [...all, [what, ctx, input] as const])
  return Canvas.make("counter", {
    displayName: "Counter",
    description: "A counter the agent can bump",
    input: Schema.Struct({ start: Schema.Number }),
    open: ({ start }, ctx) =>
      record("open", ctx, { start }).pipe(
        Effect.zipRight(Ref.update(counts, (c) => ({ ...c, [ctx.instanceId]: start }))),
        Effect.as({ url: `https://example.test/counter/${ctx.instanceId}`, title: "Counter", status: `at ${start}` })
      ),
    onClose: (ctx) => record("close", ctx, undefined),
    actions: [
      Canvas.action("increment", {
        description: "Add to the counter",
        input: Schema.Struct({ by: Schema.Number }),
        output: Schema.Struct({ count: Schema.Number }),
        handler: ({ by }, ctx) =>
          record("increment", ctx, { by }).pipe(
            Effect.zipRight(Ref.modify(counts, (c) => {
              const count = (c[ctx.instanceId] ?? 0) + by
              return [{ count }, { ...c, [ctx.instanceId]: count }] as const
            }))
          )
      })
    ]
  })
}

layer(RealRuntime, { excludeTestServices: true })("canvases on the real runtime", (it) => {
  it.effect("the agent opens a canvas and invokes its action, list shows it, and close reaches the handler", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const seen = yield* Ref.make<Seen>([])
      const counts = yield* Ref.make<Record<string, number>>({})
      yield* model.toolCall("open_canvas", { canvasId: "counter", instanceId: "c1", input: { start: 3 } }, "call_open")
      yield* model.toolCall("invoke_canvas_action", { instanceId: "c1", actionName: "increment", input: { by: 2 } }, "call_inc")
      yield* model.reply("The counter is at 5.")
      const prompt = "Open the counter canvas at 3 and add 2"

      const [sessionId, declared, openNow, turn, openAfter] = yield* CopilotSession.withSession(
        {
          onPermissionRequest: Handlers.approveAll,
          canvases: [counterCanvas(seen, counts)],
          requestCanvasRenderer: true
        },
        (session) =>
          Effect.gen(function*() {
            const declared = yield* session.canvas.list
            const turn = yield* runTurn(session, prompt)
            const openNow = yield* session.canvas.listOpen
            yield* session.canvas.close("c1")
            const openAfter = yield* session.canvas.listOpen
            return [session.sessionId, declared, openNow, turn, openAfter] as const
          })
      )

      // The declaration reached the runtime with its JSON Schemas.
      expect(declared.canvases).toHaveLength(1)
      const canvas = declared.canvases[0]!
      expect(canvas.canvasId).toBe("counter")
      expect(canvas.displayName).toBe("Counter")
      expect(canvas.inputSchema).toMatchObject({ type: "object", properties: { start: { type: "number" } } })
      expect(canvas.actions?.map((a) => a.name)).toEqual(["increment"])
      expect(canvas.actions?.[0]?.inputSchema).toMatchObject({ properties: { by: { type: "number" } } })

      // The runtime asked the handlers: open with the decoded input, the action, then close.
      const calls = yield* Ref.get(seen)
      expect(calls.map(([what]) => what)).toEqual(["open", "increment", "close"])
      for (const [, ctx] of calls) {
        expect(ctx.sessionId).toBe(sessionId)
        expect(ctx.canvasId).toBe("counter")
        expect(ctx.instanceId).toBe("c1")
        expect(ctx.extensionId).toBe(canvas.extensionId)
      }
      expect(calls[0]![2]).toEqual({ start: 3 })
      expect(calls[1]![2]).toEqual({ by: 2 })

      // What the handlers answered went back to the model as the tools' results.
      const requests = yield* chatRequests(prompt)
      const results = requests[requests.length - 1]!.toolResults
      expect(results["call_open"]).toContain("https://example.test/counter/c1")
      expect(results["call_inc"]).toContain("5")
      expect(turn.answer).toBe("The counter is at 5.")

      // Open while the session ran, with what open answered; gone after close.
      expect(openNow.openCanvases).toHaveLength(1)
      expect(openNow.openCanvases[0]).toMatchObject({
        instanceId: "c1",
        canvasId: "counter",
        url: "https://example.test/counter/c1",
        status: "at 3"
      })
      expect(openAfter.openCanvases).toEqual([])
      yield* expectModelDone(mark)
    }), 120_000)

  it.effect("the host opens an instance and invokes an action with session.canvas.*; a failing handler is an error answer", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<Seen>([])
      const counts = yield* Ref.make<Record<string, number>>({})
      const broken = Canvas.make("broken", {
        displayName: "Broken",
        description: "Fails to open when asked to, and its action dies",
        input: Schema.Struct({ fail: Schema.Boolean }),
        open: ({ fail }) =>
          fail
            ? Effect.fail(new Canvas.CanvasError({ code: "not_ready", message: "the broken canvas is not ready" }))
            : Effect.succeed({ title: "Broken" }),
        actions: [Canvas.action("explode", { handler: () => Effect.dieMessage("boom") })]
      })
      const outcome = yield* CopilotSession.withSession(
        {
          onPermissionRequest: Handlers.approveAll,
          canvases: [counterCanvas(seen, counts), broken],
          canvasProvider: { id: "app:builtin:window-1", name: "The test app" }
        },
        (session) =>
          Effect.gen(function*() {
            const opened = yield* session.canvas.open({ canvasId: "counter", instanceId: "h1", input: { start: 10 } })
            const invoked = yield* session.canvas.invokeAction({ instanceId: "h1", actionName: "increment", input: { by: 5 } })
            const badInput = yield* Effect.flip(
              session.canvas.invokeAction({ instanceId: "h1", actionName: "increment", input: { by: "five" } })
            )
            const failedOpen = yield* Effect.flip(
              session.canvas.open({ canvasId: "broken", instanceId: "b1", input: { fail: true } })
            )
            yield* session.canvas.open({ canvasId: "broken", instanceId: "b2", input: { fail: false } })
            const died = yield* Effect.flip(session.canvas.invokeAction({ instanceId: "b2", actionName: "explode" }))
            // The session still works after both.
            const after = yield* session.canvas.invokeAction({ instanceId: "h1", actionName: "increment", input: { by: 1 } })
            const listed = yield* session.canvas.list
            const open = yield* session.canvas.listOpen
            return { opened, invoked, badInput, failedOpen, died, after, listed, open }
          })
      )
      expect(outcome.opened).toMatchObject({ instanceId: "h1", canvasId: "counter", title: "Counter", status: "at 10" })
      expect(outcome.invoked.result).toEqual({ count: 15 })
      // The runtime checks an action's input against its declared JSON Schema before asking the handler.
      expect(outcome.badInput.message).toContain(`Invalid input for action "increment"`)
      // Whatever the handler did (failed, died), the runtime got an answer and passes it on.
      expect(outcome.failedOpen.message).toContain("the broken canvas is not ready")
      expect(outcome.died.message).toContain("canvas.action.invoke failed: the handler died: RuntimeException: boom")
      expect(outcome.after.result).toEqual({ count: 16 })
      expect(outcome.listed.canvases.map((c) => c.canvasId).sort()).toEqual(["broken", "counter"])
      // A canvas whose open failed is not open.
      expect(outcome.open.openCanvases.map((c) => c.instanceId).sort()).toEqual(["b2", "h1"])
      // The provider identity given is the canvases' extension id.
      expect(outcome.listed.canvases.map((c) => c.extensionId)).toEqual(["app:builtin:window-1", "app:builtin:window-1"])
      expect(outcome.opened.extensionId).toBe("app:builtin:window-1")
      const calls = (yield* Ref.get(seen)).map(([what, , input]) => [what, input])
      expect((yield* Ref.get(seen)).every(([, ctx]) => ctx.extensionId === "app:builtin:window-1")).toBe(true)
      expect(calls).toEqual([["open", { start: 10 }], ["increment", { by: 5 }], ["increment", { by: 1 }]])
    }), 120_000)

  it.effect("on resume the runtime opens the instances that were open again, through the resumed session's handlers", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Noted.")
      const seen = yield* Ref.make<Seen>([])
      const counts = yield* Ref.make<Record<string, number>>({})
      const [sessionId, before] = yield* CopilotSession.withSession(
        { onPermissionRequest: Handlers.approveAll, canvases: [counterCanvas(seen, counts)] },
        (session) =>
          Effect.gen(function*() {
            yield* runTurn(session, "A turn before the canvas opens")
            yield* session.canvas.open({ canvasId: "counter", instanceId: "r1", input: { start: 7 } })
            return [session.sessionId, yield* session.canvas.listOpen] as const
          })
      )
      expect(before.openCanvases.map((c) => c.instanceId)).toEqual(["r1"])

      const resumedSeen = yield* Ref.make<Seen>([])
      const [reopened, openAfter] = yield* CopilotSession.withResumedSession(
        sessionId,
        {
          onPermissionRequest: Handlers.approveAll,
          canvases: [counterCanvas(resumedSeen, counts)],
          openCanvases: before.openCanvases
        },
        (session) =>
          Effect.gen(function*() {
            // Until the first send, a subscription replays what came since the session opened.
            const events = yield* session.subscribe
            const opened = yield* events.pipe(Stream.filter(SessionEvent.is("session.canvas.opened")), Stream.runHead)
            return [opened, yield* session.canvas.listOpen] as const
          })
      )
      expect(reopened._tag).toBe("Some")
      // The resumed session's handler was asked to open the instance again, with its input.
      const calls = yield* Ref.get(resumedSeen)
      expect(calls.map(([what, ctx, input]) => [what, ctx.sessionId, ctx.instanceId, input])).toEqual([
        ["open", sessionId, "r1", { start: 7 }]
      ])
      expect(openAfter.openCanvases.map((c) => [c.instanceId, c.status])).toEqual([["r1", "at 7"]])
    }), 120_000)
})
