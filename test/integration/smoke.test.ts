import { expect, layer } from "@effect/vitest"
import { Effect, Option } from "effect"
import { CopilotSession } from "effect-copilot"
import { ScriptedModel } from "effect-copilot/testing"
import { RealRuntime } from "./support.js"

layer(RealRuntime, { excludeTestServices: true })("a session on the real runtime", (it) => {
  it.effect("answers a prompt with the scripted text", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Four.")
      const answer = yield* CopilotSession.withSession({}, (session) => session.sendAndWait("What is 2 + 2?"))
      expect(Option.map(answer, (event) => event.data.content)).toEqual(Option.some("Four."))
    }))
})
