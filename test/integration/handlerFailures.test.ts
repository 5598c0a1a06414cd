/**
 * Handlers that die or throw before returning an Effect, on the real
 * runtime: the permission, tool, hook and elicitation handlers of one session
 * misbehave, the turn (or the request) still ends, and a second session on
 * the same client keeps working.
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Schema } from "effect"
import type { CopilotClient } from "effect-copilot"
import { CopilotSession, Handlers, Methods, Tool } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
import { checkpoint, expectModelDone, lastChatRequest, runTurn } from "./modelRequests.js"

const misbehaviours = {
  dies: () => Effect.die(new Error("a bug in the handler")),
  throws: (): never => {
    throw new Error("thrown before any Effect")
  }
} as const
const kinds = ["dies", "throws"] as const

const encrypt = (handler: (input: { readonly input: string }) => Effect.Effect<string, unknown>) =>
  Tool.make("encrypt_string", {
    description: "Encrypts a string",
    parameters: Schema.Struct({ input: Schema.String }),
    handler
  })
const working = encrypt(({ input }) => Effect.succeed(input.toUpperCase()))

/** Runs `failing` beside an open bystander session, then checks the bystander still completes a turn. */
const withBystander = <A, E>(failing: Effect.Effect<A, E, ScriptedModel.ScriptedModel | CopilotClient.CopilotClient>) =>
  CopilotSession.withSession({}, (bystander) =>
    Effect.gen(function*() {
      const result = yield* failing
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("The bystander is fine.")
      const turn = yield* runTurn(bystander, "Bystander, are you there?")
      expect(turn.answer).toBe("The bystander is fine.")
      return result
    }))

layer(TestRuntime.layer(), { excludeTestServices: true })("misbehaving handlers on the real runtime", (it) => {
  for (const kind of kinds) {
    it.effect(`a permission handler that ${kind}: the tool is not run, the turn ends, the bystander works`, () =>
      Effect.gen(function*() {
        const mark = yield* checkpoint
        const model = yield* ScriptedModel.ScriptedModel
        yield* model.toolCall("encrypt_string", { input: "Hello" }, "toolcall_0")
        yield* model.reply("I could not get permission.")
        let ran = 0
        const counting = encrypt(({ input }) => Effect.sync(() => ++ran).pipe(Effect.as(input)))
        const prompt = `Encrypt Hello (permission handler ${kind})`
        const turn = yield* withBystander(
          CopilotSession.withSession({ tools: [counting], onPermissionRequest: misbehaviours[kind] }, (session) =>
            runTurn(session, prompt))
        )
        expect(turn.answer).toBe("I could not get permission.")
        expect(ran).toBe(0)
        expect(turn.events.map((e) => e.type)).toContain("session.idle")
        yield* expectModelDone(mark)
      }))

    it.effect(`a tool handler that ${kind}: the model gets a failure result, the turn ends, the bystander works`, () =>
      Effect.gen(function*() {
        const mark = yield* checkpoint
        const model = yield* ScriptedModel.ScriptedModel
        yield* model.toolCall("encrypt_string", { input: "Hello" }, "toolcall_0")
        yield* model.reply("The tool broke.")
        const prompt = `Encrypt Hello (tool handler ${kind})`
        const turn = yield* withBystander(
          CopilotSession.withSession(
            { tools: [encrypt(misbehaviours[kind])], onPermissionRequest: Handlers.approveAll },
            (session) => runTurn(session, prompt)
          )
        )
        expect(turn.answer).toBe("The tool broke.")
        expect((yield* lastChatRequest(prompt)).toolResults["toolcall_0"]).toContain("failed")
        yield* expectModelDone(mark)
      }))

    it.effect(`a preToolUse hook that ${kind}: the turn ends, the bystander works`, () =>
      Effect.gen(function*() {
        const mark = yield* checkpoint
        const model = yield* ScriptedModel.ScriptedModel
        yield* model.toolCall("encrypt_string", { input: "Hello" }, "toolcall_0")
        yield* model.reply("Done after the hook.")
        const prompt = `Encrypt Hello (hook ${kind})`
        const turn = yield* withBystander(
          CopilotSession.withSession(
            { tools: [working], onPermissionRequest: Handlers.approveAll, hooks: { onPreToolUse: misbehaviours[kind] } },
            (session) => runTurn(session, prompt)
          )
        )
        expect(turn.answer).toBe("Done after the hook.")
        yield* expectModelDone(mark)
      }))

    it.effect(`an elicitation handler that ${kind}: the request is answered cancel, the bystander works`, () =>
      Effect.gen(function*() {
        const answer = yield* withBystander(
          CopilotSession.withSession({ onElicitationRequest: misbehaviours[kind] }, (session) =>
            session.call(Methods.SessionUiElicitation, {
              message: "Deploy now?",
              requestedSchema: { type: "object", properties: { confirmed: { type: "boolean" } }, required: ["confirmed"] }
            }))
        )
        expect(answer.action).toBe("cancel")
      }))
  }
})
