/**
 * ToolSets end to end through the real runtime: the tools in the model's
 * request are exactly those of the set — by source (the runtime classifies
 * tools when it registers them, so `builtIn("*")` holds no custom tool), a
 * wildcard's exceptions left out (exclusions win), and sets combined with
 * union and minus. The scripted model records every request.
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { CopilotSession, Handlers, type SessionConfig, Tool, ToolSet } from "effect-copilot"
import { ScriptedModel } from "effect-copilot/testing"
import { checkpoint, expectModelDone, lastChatRequest, runTurn } from "./modelRequests.js"
import { RealRuntime } from "./support.js"

const tool = (name: string) =>
  Tool.make(name, { description: `The ${name} tool`, parameters: Schema.Struct({}), handler: () => Effect.succeed("ok") })

/** The sorted names of the tools the model was offered for one turn of a session with `config`. */
const offered = (prompt: string, config: SessionConfig.SessionConfig<never>) =>
  Effect.gen(function*() {
    const mark = yield* checkpoint
    const model = yield* ScriptedModel.ScriptedModel
    yield* model.reply("Done.")
    yield* CopilotSession.withSession(
      { onPermissionRequest: Handlers.approveAll, tools: [tool("get_weather"), tool("get_time")], ...config },
      (session) => runTurn(session, prompt)
    )
    yield* expectModelDone(mark)
    return [...(yield* lastChatRequest(prompt)).toolNames].sort()
  })

layer(RealRuntime, { excludeTestServices: true })("tool sets on the real runtime", (it) => {
  it.effect("the isolated built-ins plus one custom tool, minus one: exactly those reach the model", () =>
    Effect.gen(function*() {
      const names = yield* offered("isolated tools please", {
        availableTools: ToolSet.builtIn(ToolSet.BuiltInTools.isolated).pipe(
          ToolSet.union(ToolSet.custom("get_weather")),
          ToolSet.minus(ToolSet.builtIn("task"))
        )
      })
      // Of the isolated group, runtime 1.0.102 registers these in a plain
      // session (ask_user needs a user input handler, the others their features).
      expect(names).toEqual(["get_weather", "list_agents", "read_agent", "skill", "write_agent"])
      expect(names.every((name) => name === "get_weather" || ToolSet.BuiltInTools.isolated.includes(name))).toBe(true)
    }), 120_000)

  it.effect("with a user input handler, the isolated group's ask_user is offered too", () =>
    Effect.gen(function*() {
      const names = yield* offered("isolated tools with ask_user", {
        availableTools: ToolSet.builtIn(ToolSet.BuiltInTools.isolated),
        onUserInputRequest: () => Effect.succeed({ answer: "yes", wasFreeform: true })
      })
      expect(names).toEqual(["ask_user", "list_agents", "read_agent", "skill", "task", "write_agent"])
    }), 120_000)

  it.effect("all built-ins minus some: the wildcard's exceptions are left out, and no custom tool comes with it", () =>
    Effect.gen(function*() {
      const all = yield* offered("every built-in tool", { availableTools: ToolSet.builtIn("*") })
      const names = yield* offered("built-ins but the shell", {
        availableTools: ToolSet.builtIn("*").pipe(ToolSet.minus(ToolSet.builtIn(["bash", "read_bash", "view"])))
      })
      expect(all).toContain("bash")
      expect(all).toContain("view")
      expect(all).not.toContain("get_weather")
      expect(names).toEqual(all.filter((name) => !["bash", "read_bash", "view"].includes(name)))
    }), 120_000)

  it.effect("custom tools only, and ToolSets in both filters sent as their difference", () =>
    Effect.gen(function*() {
      const custom = yield* offered("custom tools only", { availableTools: ToolSet.custom("*") })
      expect(custom).toEqual(["get_time", "get_weather"])
      const difference = yield* offered("custom and view but not get_time", {
        availableTools: ToolSet.custom("*").pipe(ToolSet.union(ToolSet.builtIn(["view", "grep"]))),
        excludedTools: ToolSet.custom("get_time").pipe(ToolSet.union(ToolSet.builtIn("grep")))
      })
      expect(difference).toEqual(["get_weather", "view"])
    }), 120_000)
})
