/**
 * The session's UI dialogs against the fake runtime: what each sends as
 * `session.ui.elicitation`, how it reads the answer, and that without the
 * elicitation capability they fail at once, sending nothing. The capability
 * is the session's live one: a `capabilities.changed` event turns it on.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Option, Ref, Schema, Stream } from "effect"
import { CopilotSession, SessionEvent } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const SESSION = "s-ui"

const Params = Schema.Struct({ sessionId: Schema.String })

/**
 * A fake runtime whose sessions report `capabilities`, and that answers each
 * `session.ui.elicitation` with the next of `answers`.
 */
const fakeWith = (capabilities: unknown, answers: ReadonlyArray<unknown> = []) =>
  Effect.gen(function*() {
    const fake = yield* FakeRuntime.FakeRuntime
    const left = yield* Ref.make(answers)
    yield* fake.handle("session.create", (params) =>
      Effect.succeed({ sessionId: Schema.decodeUnknownSync(Params)(params).sessionId, capabilities }))
    yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
    yield* fake.handle("session.ui.elicitation", () =>
      Ref.modify(left, ([next, ...rest]) => [next ?? { action: "cancel" }, rest]))
    return fake
  })

const withUi = { ui: { elicitation: true } }

describe("dialogs on a session that can show them", () => {
  it.effect("confirm asks for a boolean and is true only for an accepted confirmation", () =>
    Effect.gen(function*() {
      const fake = yield* fakeWith(withUi, [
        { action: "accept", content: { confirmed: true } },
        { action: "accept", content: { confirmed: false } },
        { action: "decline" },
        { action: "cancel" }
      ])
      const answers = yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        Effect.all([1, 2, 3, 4].map(() => session.ui.confirm("Deploy to production?"))))
      expect(answers).toEqual([true, false, false, false])
      const request = yield* fake.takeRequest("session.ui.elicitation")
      expect(request.params).toEqual({
        sessionId: SESSION,
        message: "Deploy to production?",
        requestedSchema: {
          type: "object",
          properties: { confirmed: { type: "boolean", default: true } },
          required: ["confirmed"]
        }
      })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("select offers the options as an enum and returns the pick, none when cancelled or not among them", () =>
    Effect.gen(function*() {
      const fake = yield* fakeWith(withUi, [
        { action: "accept", content: { selection: "staging" } },
        { action: "cancel" },
        { action: "accept", content: { selection: "somewhere else" } }
      ])
      const picks = yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        Effect.all([1, 2, 3].map(() => session.ui.select("Where to?", ["staging", "production"]))))
      expect(picks).toEqual([Option.some("staging"), Option.none(), Option.none()])
      const request = yield* fake.takeRequest("session.ui.elicitation")
      expect(request.params).toMatchObject({
        message: "Where to?",
        requestedSchema: {
          type: "object",
          properties: { selection: { type: "string", enum: ["staging", "production"] } },
          required: ["selection"]
        }
      })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("input sends the field's options and returns the text, none when declined", () =>
    Effect.gen(function*() {
      const fake = yield* fakeWith(withUi, [{ action: "accept", content: { value: "me@example.com" } }, { action: "decline" }])
      const options = { title: "Email", description: "Where we write to", maxLength: 100, format: "email" as const, default: "a@b.c" }
      const texts = yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        Effect.all([session.ui.input("Your email?", options), session.ui.input("Again?")]))
      expect(texts).toEqual([Option.some("me@example.com"), Option.none()])
      const [first, second] = yield* fake.requests("session.ui.elicitation")
      expect(first?.params).toMatchObject({
        message: "Your email?",
        requestedSchema: {
          type: "object",
          properties: { value: { type: "string", ...options } },
          required: ["value"]
        }
      })
      expect(second?.params).toMatchObject({ requestedSchema: { properties: { value: { type: "string" } } } })
      expect(Object.keys((second?.params as { requestedSchema: { properties: { value: object } } }).requestedSchema.properties.value))
        .toEqual(["type"])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("elicitation sends the schema as given and returns the typed result", () =>
    Effect.gen(function*() {
      const fake = yield* fakeWith(withUi, [{ action: "accept", content: { name: "Ada", age: 36, admin: true } }])
      const schema = {
        type: "object" as const,
        properties: {
          name: { type: "string" as const, title: "Name" },
          age: { type: "integer" as const, minimum: 0 },
          admin: { type: "boolean" as const }
        },
        required: ["name"]
      }
      const result = yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        session.ui.elicitation(schema, "Who are you?"))
      expect(result).toEqual({ action: "accept", content: { name: "Ada", age: 36, admin: true } })
      const request = yield* fake.takeRequest("session.ui.elicitation")
      expect(request.params).toEqual({ sessionId: SESSION, message: "Who are you?", requestedSchema: schema })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("dialogs on a session that cannot show them", () => {
  for (const [name, capabilities] of [
    ["reports ui.elicitation false", { ui: { elicitation: false } }],
    ["reports no capabilities", null]
  ] as const) {
    it.effect(`a session that ${name}: every dialog fails at once with ElicitationUnavailable, and nothing is sent`, () =>
      Effect.gen(function*() {
        const fake = yield* fakeWith(capabilities)
        const errors = yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
          Effect.all([
            Effect.flip(session.ui.confirm("Sure?")),
            Effect.flip(session.ui.select("Which?", ["a", "b"])),
            Effect.flip(session.ui.input("Name?")),
            Effect.flip(session.ui.elicitation({ type: "object", properties: {} }, "Form"))
          ]))
        expect(errors.map((error) => error._tag)).toEqual(Array(4).fill("ElicitationUnavailable"))
        expect(errors.map((error) => error._tag === "ElicitationUnavailable" ? error.dialog : "")).toEqual([
          "confirm",
          "select",
          "input",
          "elicitation"
        ])
        // Worded as the official SDK's (ported code matches on its start), with the detail after it.
        for (const error of errors) {
          expect(error.message.startsWith(
            "Elicitation is not supported by the host. Check session.capabilities.ui?.elicitation before calling UI methods. "
          )).toBe(true)
        }
        expect(errors[0]?.message).toContain(`Session ${SESSION} cannot show dialogs (confirm was asked for)`)
        expect(errors[3]?.message).toContain("(elicitation was asked for): no client of the session has the elicitation capability")
        expect(yield* fake.requests("session.ui.elicitation")).toEqual([])
      }).pipe(Effect.provide(FakeRuntime.layerClient)))
  }

  it.effect("a capabilities.changed event that grants elicitation makes the dialogs work, and one that withdraws it stops them", () =>
    Effect.gen(function*() {
      const fake = yield* fakeWith({ ui: { elicitation: false } }, [{ action: "accept", content: { confirmed: true } }])
      const [before, granted, withdrawn] = yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        Effect.gen(function*() {
          /** Sends the change and waits until a subscriber got it (the capabilities are current by then). */
          const change = (elicitation: boolean) =>
            Effect.gen(function*() {
              const events = yield* session.subscribe
              yield* fake.sessionEvent(SESSION, { type: "capabilities.changed", ephemeral: true, data: { ui: { elicitation } } })
              yield* events.pipe(Stream.filter(SessionEvent.is("capabilities.changed")), Stream.runHead)
            })
          const before = yield* Effect.either(session.ui.confirm("Now?"))
          yield* change(true)
          const granted = yield* Effect.either(session.ui.confirm("Now?"))
          yield* change(false)
          const withdrawn = yield* Effect.either(session.ui.confirm("Now?"))
          return [before, granted, withdrawn] as const
        }))
      expect(Either.isLeft(before) && before.left._tag).toBe("ElicitationUnavailable")
      expect(granted).toEqual(Either.right(true))
      expect(Either.isLeft(withdrawn) && withdrawn.left._tag).toBe("ElicitationUnavailable")
      expect(yield* fake.requests("session.ui.elicitation")).toHaveLength(1)
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
