/**
 * The server-scoped API on the real runtime: one method from each namespace
 * of the client, its answer decoded by the generated Schemas; a method the
 * runtime does not serve; the client options that act on the connection
 * (`clientInfo`, `builtinPluginDirectories`); `runtime.shutdown` and
 * `forceStop`, each on a runtime of its own.
 */
import { FileSystem } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it as plain, layer } from "@effect/vitest"
import { Effect, Fiber, Layer, Option } from "effect"
import { CopilotClient, CopilotSession, Methods } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"

/** Whether a process with this id is still running. */
const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH"
  }
}

// Secret filtering is off in the runtime unless this variable is set.
const Runtime = TestRuntime.layer({ client: { env: { COPILOT_ENABLE_SECRET_FILTERING: "true" } } })

layer(Runtime, { excludeTestServices: true })("the server-scoped API on the real runtime", (it) => {
  it.effect("account, tools, models, commands, hooks, managed settings: answers decode", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const quota = yield* client.account.getQuota()
      expect(quota.quotaSnapshots).toBeDefined()
      const { tools } = yield* client.tools.list()
      expect(tools.map((tool) => tool.name)).toContain("bash")
      const catalog = yield* client.models.getBuiltInCatalog
      expect(catalog.models.length).toBeGreaterThan(0)
      const { commands } = yield* client.commands.list
      expect(commands.length).toBeGreaterThan(0)
      const hooks = yield* client.hooks.discover()
      expect(hooks.hooks).toEqual([])
      yield* client.managedSettings.read
    }))

  it.effect("mcp.config: a server added is listed, then removed; mcp.discover answers", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      yield* client.mcp.config.add({ name: "conformance-files", config: { command: "mcp-files", args: ["--root", "/"] } })
      const listed = yield* client.mcp.config.list
      expect(listed.servers["conformance-files"]).toMatchObject({ command: "mcp-files", args: ["--root", "/"] })
      yield* client.mcp.config.remove({ name: "conformance-files" })
      expect(Object.keys((yield* client.mcp.config.list).servers)).not.toContain("conformance-files")
      const discovered = yield* client.mcp.discover()
      expect(Array.isArray(discovered.servers)).toBe(true)
    }))

  it.effect("skills, agents and instructions are looked for under the runtime's home", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const skills = yield* client.skills.getDiscoveryPaths()
      expect(skills.paths.some((entry) => entry.path.endsWith("/skills"))).toBe(true)
      expect((yield* client.skills.discover()).skills).toEqual([])
      const agents = yield* client.agents.getDiscoveryPaths()
      expect(agents.paths.some((entry) => entry.path.endsWith("/agents"))).toBe(true)
      expect((yield* client.agents.discover()).agents).toEqual([])
      const instructions = yield* client.instructions.getDiscoveryPaths()
      expect(instructions.paths.some((entry) => entry.path.endsWith("copilot-instructions.md"))).toBe(true)
      expect((yield* client.instructions.discover()).sources).toEqual([])
    }))

  it.effect("plugins and extensions: none installed, the default marketplace registered", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      expect((yield* client.plugins.list).plugins).toEqual([])
      const { marketplaces } = yield* client.plugins.marketplaces.list
      expect(marketplaces.some((marketplace) => marketplace.isDefault === true)).toBe(true)
      expect((yield* client.extensions.discover).extensions).toEqual([])
    }))

  it.effect("user.settings.get answers; user.settings.reload is not served by this runtime", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const { settings } = yield* client.user.settings.get
      expect(Object.keys(settings).length).toBeGreaterThan(0)
      const error = yield* Effect.flip(client.user.settings.reload)
      expect(error._tag).toBe("MethodNotServed")
      expect(error.message).toContain("does not serve user.settings.reload")
    }))

  it.effect("secrets.addFilterValues is accepted", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      yield* client.secrets.addFilterValues({ values: ["conformance-secret-value"] })
    }))

  it.effect("sessions: a session with history is found by prefix and forked; remote control is off", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Hello back.")
      const sessionId = yield* Effect.scoped(Effect.gen(function*() {
        const session = yield* CopilotSession.make(client)
        yield* session.sendAndWait("Hello")
        return session.sessionId
      }))
      const found = yield* client.sessions.findByPrefix({ prefix: sessionId.slice(0, 13) })
      expect(found.sessionId).toBe(sessionId)
      const forked = yield* client.sessions.fork({ sessionId, name: "conformance fork" })
      expect(forked.sessionId).not.toBe(sessionId)
      const { sessionIds } = yield* client.sessions.listNonEmptySessionIds()
      expect(sessionIds).toContain(sessionId)
      const status = yield* client.sessions.remoteControl.status
      expect(status.status.state).toBe("off")
      // The typed call reaches the same methods.
      const again = yield* client.call(Methods.SessionsFindByPrefix, { prefix: sessionId.slice(0, 8) })
      expect(again.sessionId).toBe(sessionId)
      // The fork carries the original's history.
      const history = yield* Effect.scoped(Effect.flatMap(CopilotSession.makeResumed(client, forked.sessionId), (copy) => copy.getEvents))
      expect(history.some((event) => event.type === "user.message" && event.data.content === "Hello")).toBe(true)
    }))

  it.effect("deleteSession of an unknown id names the id and the runtime's reason", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const error = yield* Effect.flip(client.deleteSession("no-such-session-id"))
      expect(error._tag).toBe("OperationFailed")
      expect(error.message).toMatch(/^Failed to delete session no-such-session-id: .*not found/)
    }))
})

describe("client options and stopping on the real runtime", () => {
  plain.live("starts with clientInfo and built-in plugin directories; runtime.shutdown ends the runtime", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      expect((yield* client.ping("hi")).message).toBe("pong: hi")
      yield* client.runtime.shutdown
      const closed = yield* client.closed.pipe(Effect.timeout("20 seconds"))
      expect(closed._tag).toBe("ConnectionClosed")
    }).pipe(
      Effect.provide(Layer.unwrapScoped(Effect.gen(function*() {
        const fs = yield* FileSystem.FileSystem
        const plugins = yield* fs.makeTempDirectoryScoped({ prefix: "effect-copilot-builtin-plugins-" })
        return TestRuntime.layer({
          client: {
            clientInfo: { applicationName: "effect-copilot-conformance", applicationVersion: "0.1.0" },
            builtinPluginDirectories: [plugins]
          }
        })
      })).pipe(Layer.provide(NodeContext.layer))),
      Effect.scoped
    ))

  plain.live("forceStop kills the runtime at once; the waiting turn fails saying so", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.delay("30 seconds")
      yield* model.reply("too late")
      const pid = Option.getOrThrow(client.runtimePid)
      const session = yield* CopilotSession.make(client, { closeTimeout: "2 seconds" })
      const waiting = yield* session.sendAndWait("Take your time", { timeout: "30 seconds" }).pipe(Effect.fork)
      yield* Effect.gen(function*() {
        while ((yield* model.chatMessages).length === 0) yield* Effect.sleep("50 millis")
      }).pipe(Effect.timeout("10 seconds"))
      const stoppedAt = Date.now()
      yield* client.forceStop
      const elapsed = Date.now() - stoppedAt
      const error = yield* Fiber.join(waiting).pipe(Effect.flip, Effect.timeout("5 seconds"))
      expect(error._tag).toBe("ConnectionClosed")
      expect(error.message).toContain("forceStop")
      expect(elapsed).toBeLessThan(3_000)
      yield* Effect.sleep("100 millis")
      expect(isRunning(pid)).toBe(false)
    }).pipe(Effect.provide(TestRuntime.layer()), Effect.scoped))
})
