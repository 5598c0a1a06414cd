/**
 * The client's mode `"empty"` end to end through the real runtime: the
 * model's system prompt has no environment-context section (no working
 * directory, OS or git facts of the host) unless the session keeps it, and
 * the session offers only the tools it names.
 */
import { expect, layer } from "@effect/vitest"
import { Effect } from "effect"
import { CopilotSession, Handlers, type SessionConfig, ToolSet } from "effect-copilot"
import { IsolatedRuntime, ScriptedModel, TestRuntime } from "effect-copilot/testing"
import { checkpoint, expectModelDone, lastChatRequest, runTurn } from "./modelRequests.js"
import { recordingClient } from "./support.js"

const EmptyRuntime = TestRuntime.layer({ client: { ...recordingClient(), mode: "empty" } })

const systemPrompt = (prompt: string, config: SessionConfig.SessionConfig<never>) =>
  Effect.gen(function*() {
    const mark = yield* checkpoint
    const model = yield* ScriptedModel.ScriptedModel
    yield* model.reply("Done.")
    yield* CopilotSession.withSession({ onPermissionRequest: Handlers.approveAll, ...config }, (session) => runTurn(session, prompt))
    yield* expectModelDone(mark)
    return yield* lastChatRequest(prompt)
  })

layer(EmptyRuntime, { excludeTestServices: true })("mode empty on the real runtime", (it) => {
  it.effect("the system prompt lacks the environment section; only the named tools are offered", () =>
    Effect.gen(function*() {
      const { cwd } = yield* IsolatedRuntime.IsolatedRuntime
      const request = yield* systemPrompt("hello from an empty client", {
        availableTools: ToolSet.builtIn(ToolSet.BuiltInTools.isolated),
        systemMessage: { content: "APPENDED_MARKER: answer briefly." }
      })
      expect(request.system).not.toContain("<environment_context>")
      expect(request.system).not.toContain(cwd)
      expect(request.system).not.toContain("Operating System")
      // The appended content still reaches the model (append became customize).
      expect(request.system).toContain("APPENDED_MARKER: answer briefly.")
      expect(request.toolNames.every((name) => ToolSet.BuiltInTools.isolated.includes(name))).toBe(true)
      expect(request.toolNames).not.toContain("bash")
    }), 120_000)

  it.effect("a session that keeps the section gets it back", () =>
    Effect.gen(function*() {
      const { cwd } = yield* IsolatedRuntime.IsolatedRuntime
      const request = yield* systemPrompt("hello with the environment kept", {
        availableTools: [],
        systemMessage: { mode: "customize", sections: { environment_context: { action: "preserve" } } }
      })
      expect(request.system).toContain("<environment_context>")
      expect(request.system).toContain(cwd)
      expect(request.toolNames).toEqual([])
    }), 120_000)
})
