/**
 * Session options against the real runtime: the newer options are accepted
 * and, where an effect shows offline, have it (the context limit a session
 * reports, the built-in skills it loads, the GitHub MCP endpoint it calls,
 * the MCP Apps capability, the runtime's minimum credit limit); the client's
 * clientInfo is accepted on the handshake; a resume can
 * carry the canvases to restore; and a config the runtime would silently
 * misread (an unknown key, a value of the wrong type) fails before anything
 * is sent.
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Option } from "effect"
import { CopilotClient, CopilotSession, Handlers, Methods, type SessionConfig, type SessionEvent } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
import { RealRuntime, sendAndCollect } from "./support.js"

/** The session's context limit, as its first `session.usage_info` event reports it. */
const tokenLimit = (events: ReadonlyArray<SessionEvent.SessionEvent>) =>
  events.flatMap((event) => event.type === "session.usage_info" ? [event.data.tokenLimit] : [])[0]

/** Runs one turn in a new session with `config`: what the session reported and which endpoints the runtime called. */
const turn = (config: SessionConfig.SessionConfig<never>) =>
  Effect.gen(function*() {
    const model = yield* ScriptedModel.ScriptedModel
    yield* model.reply("Done.")
    const before = (yield* model.requests).length
    const seen = yield* CopilotSession.withSession({ onPermissionRequest: Handlers.approveAll, ...config }, (session) =>
      Effect.gen(function*() {
        const events = yield* sendAndCollect(session, "Go")
        const skills = yield* session.call(Methods.SessionSkillsList, {})
        return {
          events,
          builtinSkills: skills.skills.filter((skill) => skill.source === "builtin").map((skill) => skill.name).sort()
        }
      }))
    const paths = (yield* model.requests).slice(before).map((request) => `${request.method} ${request.path}`)
    return { ...seen, paths }
  })

layer(RealRuntime, { excludeTestServices: true })("session options on the real runtime", (it) => {
  it.effect("the runtime's defaults, for comparison", () =>
    Effect.gen(function*() {
      const { builtinSkills, events, paths } = yield* turn({})
      expect(tokenLimit(events)).toBe(128_000)
      expect(builtinSkills.length).toBeGreaterThan(1)
      expect(builtinSkills).toContain("github-pr-media")
      expect(paths).toContain("POST /mcp/readonly")
    }))

  it.effect("accepts the newer options and applies the ones that show offline", () =>
    Effect.gen(function*() {
      const { builtinSkills, events, paths } = yield* turn({
        modelCapabilities: { limits: { max_prompt_tokens: 100_000, max_context_window_tokens: 200_000 } },
        includedBuiltinSkills: ["github-pr-media"],
        githubMcpToolConfig: { enableAllTools: true },
        sessionLimits: { maxAiCredits: 50 },
        enableCitations: true,
        customAgentsLocalOnly: true,
        enableMcpApps: false
      })
      const answer = events.find((event) => event.type === "assistant.message")
      expect(answer?.type === "assistant.message" && answer.data.content).toBe("Done.")
      // The prompt limit overrides the model's 128k from /models.
      expect(tokenLimit(events)).toBe(100_000)
      // Only the one bundled skill named.
      expect(builtinSkills).toEqual(["github-pr-media"])
      // All tools of the built-in GitHub MCP server: its full endpoint, not the read-only one.
      expect(paths).toContain("POST /mcp")
      expect(paths).not.toContain("POST /mcp/readonly")
    }))

  it.effect("sessionLimits reaches the runtime: it refuses a credit limit below its minimum", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(CopilotSession.withSession({ sessionLimits: { maxAiCredits: 5 } }, () => Effect.void))
      expect(error._tag).not.toBe("InvalidConfig")
      expect(error.message).toContain("Minimum session limit is 30 AI credits")
    }))

  it.effect("a resume carries the canvases to restore", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Noted.")
      const sessionId = yield* CopilotSession.withSession({}, (session) =>
        Effect.as(session.sendAndWait("Remember this"), session.sessionId))
      const open = yield* CopilotSession.withResumedSession(sessionId, { openCanvases: [] }, (session) =>
        Effect.gen(function*() {
          expect(session.sessionId).toBe(sessionId)
          return yield* session.call(Methods.SessionCanvasListOpen, {})
        }))
      expect(open.openCanvases).toEqual([])
    }))

  it.effect("a key the runtime would ignore, or a value it would misread, fails before anything is sent", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const before = (yield* model.requests).length
      const typo: SessionConfig.SessionConfig<never> = JSON.parse(`{"enableCitation":true}`)
      const unknown = yield* Effect.flip(CopilotSession.withSession(typo, () => Effect.void))
      expect(unknown._tag).toBe("InvalidConfig")
      expect(unknown.message).toContain(`"enableCitation" is not a session config option: did you mean "enableCitations"?`)
      const wrongType: SessionConfig.SessionConfig<never> = JSON.parse(`{"tools":"x"}`)
      const typed = yield* Effect.flip(CopilotSession.withSession(wrongType, () => Effect.void))
      expect(typed._tag).toBe("InvalidConfig")
      expect(typed.message).toContain(`"tools" is the string "x"; expected an array`)
      const resumeTypo: SessionConfig.ResumeSessionConfig<never> = JSON.parse(`{"openCanvas":[]}`)
      const resumed = yield* Effect.flip(CopilotSession.withResumedSession("no-such-session", resumeTypo, () => Effect.void))
      expect(resumed.message).toContain(`did you mean "openCanvases"?`)
      // No session was started for any of them.
      expect((yield* model.requests).length).toBe(before)
    }))
})

const clientInfo = { applicationName: "acme-portal", applicationVersion: "2.4.0", integrationName: "acme-plugin" }

layer(TestRuntime.layer({ client: { env: { COPILOT_MCP_APPS: "true" }, clientInfo } }), { excludeTestServices: true })(
  "a runtime with its MCP Apps gate on, connected with clientInfo",
  (it) => {
    it.effect("the runtime accepts clientInfo on the handshake", () =>
      Effect.gen(function*() {
        const client = yield* CopilotClient.CopilotClient
        expect(client.protocolVersion).toBe(3)
        expect((yield* client.getStatus).version).toBe("1.0.102")
      }))

    it.effect("enableMcpApps adds the mcpApps capability; without it the session has none", () =>
      Effect.gen(function*() {
        const mcpApps = (config: SessionConfig.SessionConfig<never>) =>
          CopilotSession.withSession(config, (session) =>
            Effect.succeed(Option.fromNullable(session.info.capabilities?.["ui"])))
        expect(yield* mcpApps({ enableMcpApps: true })).toEqual(Option.some(expect.objectContaining({ mcpApps: true })))
        expect(yield* mcpApps({})).toEqual(Option.some(expect.objectContaining({ mcpApps: false })))
      }))
  }
)
