/**
 * MCP servers from the test kit on the real runtime, offline: the runtime
 * starts the kit's stdio server as a child process, lists it connected, offers
 * its tools to the model as `<server>-<tool>`, calls them and hands their
 * results back to the model. And a user without MCP gets no server started.
 */
import { expect, layer } from "@effect/vitest"
import { Data, Effect, Schedule } from "effect"
import { CopilotSession, Handlers, Methods } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
import * as McpTestServer from "effect-copilot/testing/mcp"
import { checkpoint, eventsOf, expectModelDone, lastChatRequest, runTurn } from "./modelRequests.js"

class NotConnected extends Data.TaggedError("NotConnected")<{ readonly status: string }> {}

/** `session.mcp.list`, once the named server is connected (a tsx start takes seconds on a busy machine). */
const whenConnected = (session: CopilotSession.CopilotSessionService, name: string) =>
  session.call(Methods.SessionMcpList, {}).pipe(
    Effect.filterOrElse(
      (list) => list.servers.some((server) => server.name === name && server.status === "connected"),
      (list) => new NotConnected({ status: JSON.stringify(list) })
    ),
    Effect.retry({ schedule: Schedule.spaced("200 millis"), while: (error) => error._tag === "NotConnected" }),
    Effect.timeoutFail({
      duration: "45 seconds",
      onTimeout: () => new Error(`the MCP server ${name} did not connect within 45 s`)
    })
  )

const weatherModule = new URL("../fixtures/weatherMcpServer.ts", import.meta.url)

layer(TestRuntime.layer(), { excludeTestServices: true })("MCP servers from the kit on the real runtime", (it) => {
  it.effect("lists the demo server connected, and the model calls its add tool and reads the sum", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const demo = yield* McpTestServer.demo()
      yield* model.toolCall("demo-add", { a: 2, b: 3 }, "call_add")
      yield* model.reply("2 + 3 = 5.")
      const prompt = "Add 2 and 3 with the demo server"
      const { list, tools, turn } = yield* CopilotSession.withSession(
        { mcpServers: { demo }, onPermissionRequest: Handlers.approveAll },
        (session) =>
          Effect.gen(function*() {
            const list = yield* whenConnected(session, "demo")
            const tools = yield* session.call(Methods.SessionMcpListTools, { serverName: "demo" })
            const turn = yield* runTurn(session, prompt)
            return { list, tools, turn }
          })
      )
      expect(list.servers.find((server) => server.name === "demo")?.status).toBe("connected")
      expect(list.host?.mcp3pEnabled).toBe(true)
      expect(list.host?.filteredServers).toEqual([])
      expect(tools.tools.map((tool) => tool.name).sort()).toEqual(["add", "echo"])

      const request = yield* lastChatRequest(prompt)
      expect(request.toolNames).toEqual(expect.arrayContaining(["demo-add", "demo-echo"]))
      expect(request.tools.find((tool) => tool.function.name === "demo-add")?.function.parameters).toMatchObject({
        type: "object",
        required: ["a", "b"]
      })
      // The MCP server's answer is what the model reads as the tool result.
      expect(request.toolResults["call_add"]).toBe("5")

      const started = eventsOf(turn, "tool.execution_start")
      expect(started.map((event) => event.data.toolName)).toEqual(["demo-add"])
      const completed = eventsOf(turn, "tool.execution_complete")
      expect(completed.map((event) => [event.data.toolCallId, event.data.success])).toEqual([["call_add", true]])
      expect(turn.answer).toBe("2 + 3 = 5.")
      yield* expectModelDone(mark)
    }))

  it.effect("starts a server module with tools of its own, and the model reads the tool's structured result", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const weather = yield* McpTestServer.command(weatherModule)
      yield* model.toolCall("weather-forecast", { city: "Bergen" }, "call_forecast")
      yield* model.reply("Rain in Bergen, 14 °C.")
      const prompt = "What is the weather in Bergen?"
      const turn = yield* CopilotSession.withSession(
        { mcpServers: { weather }, onPermissionRequest: Handlers.approveAll },
        (session) => Effect.zipRight(whenConnected(session, "weather"), runTurn(session, prompt))
      )
      const request = yield* lastChatRequest(prompt)
      expect(request.toolNames).toContain("weather-forecast")
      expect(request.toolNames.filter((name) => name.startsWith("demo-"))).toEqual([])
      expect(JSON.parse(request.toolResults["call_forecast"] ?? "null")).toEqual({ city: "Bergen", sky: "rain", celsius: 14 })
      expect(turn.answer).toBe("Rain in Bergen, 14 °C.")
      yield* expectModelDone(mark)
    }))
})

layer(TestRuntime.layer({ model: { user: { isMcpEnabled: false } } }), { excludeTestServices: true })(
  "MCP servers for a user without MCP",
  (it) => {
    it.effect("filters the server out and never starts it", () =>
      Effect.gen(function*() {
        const demo = yield* McpTestServer.demo()
        const list = yield* CopilotSession.withSession(
          { mcpServers: { demo } },
          (session) => session.call(Methods.SessionMcpList, {})
        )
        expect(list.host?.mcp3pEnabled).toBe(false)
        expect(list.host?.filteredServers).toContain("demo")
        expect(list.servers.filter((server) => server.name === "demo" && server.status === "connected")).toEqual([])
      }))
  }
)
