/**
 * The runtime's built-in GitHub MCP server against the scripted model, which
 * answers its MCP traffic on the Copilot API's `/mcp` hermetically: with
 * config discovery on, the server connects offline (with no tools), and a
 * session that disables it never reaches the endpoint.
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Schedule } from "effect"
import { CopilotSession, Handlers, Methods, type SessionConfig } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
import { sendAndCollect } from "./support.js"

const GITHUB_MCP = "github-mcp-server"

/** The built-in server's entry in the session's MCP list, once it has settled (not pending or being configured). */
const settledStatus = (session: CopilotSession.CopilotSessionService) =>
  session.call(Methods.SessionMcpList, {}).pipe(
    Effect.map((list) => list.servers.find((server) => server.name === GITHUB_MCP)),
    Effect.filterOrFail(
      (server) => server !== undefined && server.status !== "pending" && server.status !== "not_configured",
      (server) => new Error(`${GITHUB_MCP} has not settled: ${JSON.stringify(server)}`)
    ),
    // About 30 s at most.
    Effect.retry({ schedule: Schedule.spaced("100 millis"), times: 300 })
  )

/** One turn in a new session with `config`: the built-in server's settled entry and the /mcp requests made meanwhile. */
const turn = (config: SessionConfig.SessionConfig<never>) =>
  Effect.gen(function*() {
    const model = yield* ScriptedModel.ScriptedModel
    yield* model.reply("Done.")
    const before = (yield* model.gitHubMcpRequests).length
    const server = yield* CopilotSession.withSession({ onPermissionRequest: Handlers.approveAll, ...config }, (session) =>
      Effect.gen(function*() {
        const events = yield* sendAndCollect(session, "Go")
        expect(events.some((event) => event.type === "session.idle")).toBe(true)
        return yield* settledStatus(session)
      }))
    const requests = (yield* model.gitHubMcpRequests).slice(before)
    return { server, requests }
  })

// One runtime per describe: the disabled case must not see the /mcp traffic of an earlier session.
layer(TestRuntime.layer(), { excludeTestServices: true })("the built-in GitHub MCP server, disabled", (it) => {
  it.effect("a session that disables it reports it disabled, and the scripted model sees no /mcp request", () =>
    Effect.gen(function*() {
      const { requests, server } = yield* turn({ enableConfigDiscovery: true, disabledMcpServers: [GITHUB_MCP] })
      expect(server).toMatchObject({ name: GITHUB_MCP, status: "disabled", source: "builtin" })
      expect(requests).toEqual([])
    }), 120_000)
})

layer(TestRuntime.layer(), { excludeTestServices: true })("the built-in GitHub MCP server, enabled", (it) => {
  it.effect("with config discovery it connects against the scripted model, over the read-only endpoint", () =>
    Effect.gen(function*() {
      const { requests, server } = yield* turn({ enableConfigDiscovery: true })
      expect(server).toMatchObject({ name: GITHUB_MCP, status: "connected", source: "builtin" })
      expect(server?.error).toBeUndefined()
      const methods = requests.map((request) => `${request.method} ${request.path}`)
      expect(new Set(methods)).toEqual(new Set(["POST /mcp/readonly"]))
      // The handshake and the tool listing reached the scripted model (and were answered: the server connected).
      const rpc = requests.map((request) => JSON.stringify(request.body._tag === "Some" ? request.body.value : null))
      expect(rpc.some((body) => body.includes(`"method":"initialize"`))).toBe(true)
      expect(rpc.some((body) => body.includes(`"method":"tools/list"`))).toBe(true)
    }), 120_000)

  it.effect("with all its tools enabled it connects over the full endpoint", () =>
    Effect.gen(function*() {
      const { requests, server } = yield* turn({ enableConfigDiscovery: true, githubMcpToolConfig: { enableAllTools: true } })
      expect(server).toMatchObject({ name: GITHUB_MCP, status: "connected" })
      expect(requests.length).toBeGreaterThan(0)
      expect(new Set(requests.map((request) => `${request.method} ${request.path}`))).toEqual(new Set(["POST /mcp"]))
    }), 120_000)
})
