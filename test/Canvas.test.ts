/**
 * Canvases against the fake runtime: what `session.create` / `session.resume`
 * declare, how the inbound `canvas.*` requests are routed and answered
 * (decoded input, encoded output, unknown canvases and actions), and that a
 * handler that fails, dies, throws or interrupts itself still answers the
 * runtime while the session and a bystander keep working.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Ref, Schema } from "effect"
import { Canvas, CopilotSession, SessionConfig } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const SESSION = "s-canvas"

const withSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", FakeRuntime.sessionStarted)
  yield* fake.handle("session.resume", (params) =>
    Effect.map(FakeRuntime.sessionStarted(params), (result) => ({
      ...result,
      openCanvases: [{ instanceId: "c9", extensionId: "connection:1", canvasId: "counter", title: "Counter" }]
    })))
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  return fake
})

const envelope = (canvasId: string, instanceId: string) => ({
  sessionId: SESSION,
  extensionId: "connection:1",
  canvasId,
  instanceId,
  session: { workingDirectory: "/work" }
})

const counter = (log: Ref.Ref<ReadonlyArray<string>>) =>
  Canvas.make("counter", {
    displayName: "Counter",
    description: "Counts",
    input: Schema.Struct({ start: Schema.NumberFromString }),
    open: ({ start }, ctx) =>
      Effect.as(Ref.update(log, (l) => [...l, `open ${ctx.instanceId} ${start + 1}`]), { title: `at ${start}` }),
    onClose: (ctx) => Ref.update(log, (l) => [...l, `close ${ctx.instanceId} ${ctx.session?.workingDirectory}`]),
    actions: [
      Canvas.action("double", {
        description: "Doubles",
        input: Schema.Struct({ n: Schema.Number }),
        output: Schema.Struct({ at: Schema.DateFromString }),
        handler: ({ n }) => Effect.succeed({ at: new Date(Date.UTC(2000, 0, n * 2)) })
      }),
      Canvas.action("raw", { handler: (input) => Effect.succeed({ echoed: input }) })
    ]
  })

const misbehaviours = {
  fails: () => Effect.fail(new Error("the board is away")),
  dies: () => Effect.die(new Error("a bug in the canvas")),
  throws: (): never => {
    throw new Error("thrown before any Effect")
  },
  interrupts: () => Effect.interrupt
} as const

describe("canvas declarations", () => {
  it.effect("session.create carries each canvas with its input and actions as JSON Schema, the handlers stay here", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const log = yield* Ref.make<ReadonlyArray<string>>([])
      yield* CopilotSession.withSession({ sessionId: SESSION, canvases: [counter(log)], requestCanvasRenderer: true }, () => Effect.void)
      const [create] = yield* fake.requests("session.create")
      const params = create!.params as Record<string, unknown>
      expect(params["requestCanvasRenderer"]).toBe(true)
      expect(params["canvases"]).toEqual([{
        id: "counter",
        displayName: "Counter",
        description: "Counts",
        inputSchema: {
          type: "object",
          required: ["start"],
          properties: { start: { type: "string", description: "a string to be decoded into a number" } },
          additionalProperties: false
        },
        actions: [
          {
            name: "double",
            description: "Doubles",
            inputSchema: { type: "object", required: ["n"], properties: { n: { type: "number" } }, additionalProperties: false }
          },
          { name: "raw" }
        ]
      }])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("resume declares them again and keeps the open instances the runtime reports", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const log = yield* Ref.make<ReadonlyArray<string>>([])
      const open = yield* CopilotSession.withResumedSession(
        SESSION,
        { canvases: [counter(log)], openCanvases: [{ instanceId: "c9", extensionId: "connection:1", canvasId: "counter" }] },
        (session) => Effect.succeed(session.info.openCanvases)
      )
      const [resume] = yield* fake.requests("session.resume")
      const params = resume!.params as Record<string, unknown>
      expect(params["openCanvases"]).toEqual([{ instanceId: "c9", extensionId: "connection:1", canvasId: "counter" }])
      expect((params["canvases"] as ReadonlyArray<{ id: string }>).map((c) => c.id)).toEqual(["counter"])
      expect(open).toEqual([{ instanceId: "c9", extensionId: "connection:1", canvasId: "counter", title: "Counter" }])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("canvas ids must be unique, actions named and not in the reserved canvas. prefix, the provider id not reserved", () =>
    Effect.gen(function*() {
      const open = () => Effect.succeed({})
      const error = yield* Effect.flip(SessionConfig.validate({
        canvasProvider: { id: "connection:7" },
        canvases: [
          Canvas.make("board", { displayName: "Board", description: "a", open }),
          Canvas.make("board", {
            displayName: "",
            description: "b",
            open,
            actions: [
              Canvas.action("canvas.open", { handler: () => Effect.void }),
              Canvas.action("go", { handler: () => Effect.void }),
              Canvas.action("go", { handler: () => Effect.void })
            ]
          })
        ]
      }))
      expect(error._tag).toBe("InvalidConfig")
      expect(error.message).toContain(`canvas "board" has an empty "displayName"`)
      expect(error.message).toContain(`action "canvas.open": the prefix "canvas." is reserved`)
      expect(error.message).toContain(`two actions named "go"`)
      expect(error.message).toContain(`canvas id "board" is used by 2 canvases`)
      expect(error.message).toContain(`ids starting with "connection:" are reserved`)
    }))

  it.effect("a canvas whose input cannot be JSON Schema is refused before anything is sent", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const bad = Canvas.make("list", {
        displayName: "List",
        description: "takes an array",
        input: Schema.Array(Schema.String) as unknown as Schema.Schema<ReadonlyArray<string>, { readonly [k: string]: unknown }>,
        open: () => Effect.succeed({})
      })
      const error = yield* Effect.flip(CopilotSession.withSession({ canvases: [bad] }, () => Effect.void))
      expect(error.message).toContain(`canvas "list" cannot be declared: its input`)
      expect(yield* fake.requests("session.create")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it("toDeclaration leaves out what a canvas does not declare", () => {
    const plain = Canvas.make("plain", { displayName: "Plain", description: "p", open: () => Effect.succeed({}) })
    expect(Canvas.toDeclaration(plain)).toEqual(Either.right({ id: "plain", displayName: "Plain", description: "p" }))
  })
})

describe("inbound canvas requests", () => {
  it.effect("open, action and close reach their handlers with decoded input; results are encoded", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const log = yield* Ref.make<ReadonlyArray<string>>([])
      yield* CopilotSession.withSession({ sessionId: SESSION, canvases: [counter(log)] }, () =>
        Effect.gen(function*() {
          const opened = yield* fake.request("canvas.open", { ...envelope("counter", "c1"), input: { start: "41" } })
          expect(opened).toMatchObject({ _tag: "SuccessResponse", message: { result: { title: "at 41" } } })
          const doubled = yield* fake.request("canvas.action.invoke", {
            ...envelope("counter", "c1"),
            actionName: "double",
            input: { n: 1 }
          })
          expect(doubled).toMatchObject({ _tag: "SuccessResponse", message: { result: { at: "2000-01-02T00:00:00.000Z" } } })
          const raw = yield* fake.request("canvas.action.invoke", { ...envelope("counter", "c1"), actionName: "raw", input: [1, 2] })
          expect(raw).toMatchObject({ _tag: "SuccessResponse", message: { result: { echoed: [1, 2] } } })
          const closed = yield* fake.request("canvas.close", envelope("counter", "c1"))
          expect(closed).toMatchObject({ _tag: "SuccessResponse", message: { result: null } })
        }))
      expect(yield* Ref.get(log)).toEqual(["open c1 42", "close c1 /work"])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("an action's handler is told which action it runs: one handler shared by two actions tells them apart", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const seen = yield* Ref.make<ReadonlyArray<string>>([])
      const step = (_input: unknown, ctx: Canvas.ActionContext) =>
        Effect.as(Ref.update(seen, (all) => [...all, `${ctx.instanceId} ${ctx.actionName}`]), { ran: ctx.actionName })
      const history = Canvas.make("history", {
        displayName: "History",
        description: "Undo and redo",
        open: (_input, ctx) => Effect.as(Ref.update(seen, (all) => [...all, `open ${ctx.actionName ?? "(no action)"}`]), {}),
        actions: [Canvas.action("undo", { handler: step }), Canvas.action("redo", { handler: step })]
      })
      yield* CopilotSession.withSession({ sessionId: SESSION, canvases: [history] }, () =>
        Effect.gen(function*() {
          yield* fake.request("canvas.open", envelope("history", "h1"))
          const undo = yield* fake.request("canvas.action.invoke", { ...envelope("history", "h1"), actionName: "undo" })
          const redo = yield* fake.request("canvas.action.invoke", { ...envelope("history", "h1"), actionName: "redo" })
          expect(undo).toMatchObject({ _tag: "SuccessResponse", message: { result: { ran: "undo" } } })
          expect(redo).toMatchObject({ _tag: "SuccessResponse", message: { result: { ran: "redo" } } })
        }))
      expect(yield* Ref.get(seen)).toEqual(["open (no action)", "h1 undo", "h1 redo"])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("input that does not match is invalid params naming the field; the handler never runs", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const log = yield* Ref.make<ReadonlyArray<string>>([])
      yield* CopilotSession.withSession({ sessionId: SESSION, canvases: [counter(log)] }, () =>
        Effect.gen(function*() {
          const open = yield* fake.request("canvas.open", { ...envelope("counter", "c1"), input: { start: 5 } })
          expect(open).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: -32602 } } })
          if (open._tag === "ErrorResponse") {
            expect(open.message.error.message).toContain(`the open input of canvas "counter" does not match its schema`)
            expect(open.message.error.message).toContain("start")
          }
          const action = yield* fake.request("canvas.action.invoke", { ...envelope("counter", "c1"), actionName: "double" })
          expect(action).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: -32602 } } })
          // The envelope itself is checked too.
          const noInstance = yield* fake.request("canvas.open", { sessionId: SESSION, extensionId: "x", canvasId: "counter" })
          expect(noInstance).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: -32602 } } })
        }))
      expect(yield* Ref.get(log)).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("an unknown canvas, an unknown action and a session without canvases are error answers", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const log = yield* Ref.make<ReadonlyArray<string>>([])
      yield* CopilotSession.withSession({ sessionId: SESSION, canvases: [counter(log)] }, () =>
        Effect.gen(function*() {
          const unknownCanvas = yield* fake.request("canvas.open", envelope("board", "b1"))
          expect(unknownCanvas).toMatchObject({
            _tag: "ErrorResponse",
            message: { error: { code: -32602, message: `session ${SESSION} has no canvas "board"; declare it in the session's canvases` } }
          })
          const unknownAction = yield* fake.request("canvas.action.invoke", { ...envelope("counter", "c1"), actionName: "nope" })
          expect(unknownAction).toMatchObject({
            _tag: "ErrorResponse",
            message: { error: { code: -32603, data: { code: "canvas_action_no_handler" } } }
          })
        }))
      yield* CopilotSession.withSession({ sessionId: "s-plain" }, () =>
        Effect.gen(function*() {
          const none = yield* fake.request("canvas.close", { ...envelope("counter", "c1"), sessionId: "s-plain" })
          expect(none).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: -32601 } } })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a CanvasError is answered with its own code in the error's data", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const locked = Canvas.make("locked", {
        displayName: "Locked",
        description: "always locked",
        open: () => Effect.fail(new Canvas.CanvasError({ code: "locked", message: "the canvas is locked" }))
      })
      yield* CopilotSession.withSession({ sessionId: SESSION, canvases: [locked] }, () =>
        Effect.gen(function*() {
          const answer = yield* fake.request("canvas.open", envelope("locked", "l1"))
          expect(answer).toMatchObject({
            _tag: "ErrorResponse",
            message: { error: { code: -32603, message: "the canvas is locked", data: { code: "locked", message: "the canvas is locked" } } }
          })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("an action value that does not match its output schema is an error answer saying so", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const liar = Canvas.make("liar", {
        displayName: "Liar",
        description: "answers the wrong shape",
        open: () => Effect.succeed({}),
        actions: [
          Canvas.action("count", {
            output: Schema.Struct({ count: Schema.Number }),
            handler: () => Effect.succeed({ count: "many" } as unknown as { count: number })
          })
        ]
      })
      yield* CopilotSession.withSession({ sessionId: SESSION, canvases: [liar] }, () =>
        Effect.gen(function*() {
          const answer = yield* fake.request("canvas.action.invoke", { ...envelope("liar", "l1"), actionName: "count" })
          expect(answer).toMatchObject({
            _tag: "ErrorResponse",
            message: { error: { code: -32603, data: { code: "canvas_action_output_invalid" } } }
          })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  for (const [kind, misbehave] of Object.entries(misbehaviours)) {
    it.effect(`handlers that ${kind}: each request is still answered, and the session and a bystander keep working`, () =>
      Effect.gen(function*() {
        const fake = yield* withSessions
        const flaky = Canvas.make("flaky", {
          displayName: "Flaky",
          description: "misbehaves",
          open: misbehave,
          onClose: misbehave,
          actions: [Canvas.action("go", { handler: misbehave })]
        })
        const log = yield* Ref.make<ReadonlyArray<string>>([])
        yield* CopilotSession.withSession({ sessionId: "s-bystander", canvases: [counter(log)] }, () =>
          CopilotSession.withSession({ sessionId: SESSION, canvases: [flaky] }, () =>
            Effect.gen(function*() {
              for (
                const [method, params] of [
                  ["canvas.open", envelope("flaky", "f1")],
                  ["canvas.action.invoke", { ...envelope("flaky", "f1"), actionName: "go" }],
                  ["canvas.close", envelope("flaky", "f1")]
                ] as const
              ) {
                const answer = yield* fake.request(method, params)
                expect(answer, method).toMatchObject({
                  _tag: "ErrorResponse",
                  message: { error: { code: -32603, data: { code: "canvas_handler_error" } } }
                })
                if (answer._tag === "ErrorResponse") {
                  expect(answer.message.error.message).toContain(`${method} failed: the handler`)
                }
              }
              const bystander = yield* fake.request("canvas.open", {
                ...envelope("counter", "c1"),
                sessionId: "s-bystander",
                input: { start: "1" }
              })
              expect(bystander).toMatchObject({ _tag: "SuccessResponse", message: { result: { title: "at 1" } } })
            })))
      }).pipe(Effect.provide(FakeRuntime.layerClient)))
  }
})
