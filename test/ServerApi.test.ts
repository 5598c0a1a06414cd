/**
 * The server-scoped API on the client against the fake runtime: `client.call`
 * and the namespaces send the params as given and decode the answers; a
 * session's `call` fills in its own id for session methods only; a method the
 * runtime does not serve is `MethodNotServed`; and the client options
 * `onListModels`, `builtinPluginDirectories`, `clientInfo` and `forceStop`.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Layer } from "effect"
import { CopilotClient, CopilotSession, Methods } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const paramsOf = (params: unknown): Record<string, unknown> =>
  typeof params === "object" && params !== null ? Object.fromEntries(Object.entries(params)) : {}

/** session.create answers with the id it was given; session.destroy succeeds. */
const withSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", (params) => Effect.succeed({ sessionId: paramsOf(params)["sessionId"] }))
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  return fake
})

// Type-level checks: each line must fail to type-check, or tsc fails on the unused directive.
export const typeChecks = (client: CopilotClient.CopilotClientService) => [
  // @ts-expect-error a session method is not a server method: it goes through session.call
  client.call(Methods.SessionModeGet, { sessionId: "s" }),
  // @ts-expect-error sessions.fork names the session to fork
  client.sessions.fork({}),
  // @ts-expect-error params are typed by the generated Schema
  client.mcp.config.enable({ names: "one" }),
  Effect.scoped(Effect.flatMap(CopilotSession.make(client), (session) =>
    // @ts-expect-error a session method takes the session's own id, not one given
    session.call(Methods.SessionModeSet, { mode: "plan", sessionId: "other" })))
]

describe("client.call and the namespaces", () => {
  it.effect("client.call sends a server method's params as given, sessionId included, and decodes the answer", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("sessions.fork", FakeRuntime.answer({ sessionId: "forked-1", name: "copy", extra: true }))
      const client = yield* CopilotClient.CopilotClient
      const forked = yield* client.call(Methods.SessionsFork, { sessionId: "original-7", name: "copy" })
      expect(forked).toEqual({ sessionId: "forked-1", name: "copy" })
      const request = yield* fake.takeRequest("sessions.fork")
      expect(request.params).toEqual({ sessionId: "original-7", name: "copy" })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a namespace method calls its wire method; an answer off the Schema is a ResponseDecodeError naming it", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const client = yield* CopilotClient.CopilotClient
      yield* fake.handle("mcp.config.list", FakeRuntime.answer({ servers: { files: { command: "mcp-files", args: [] } } }))
      const listed = yield* client.mcp.config.list
      expect(Object.keys(listed.servers)).toEqual(["files"])
      yield* fake.handle("mcp.config.list", FakeRuntime.answer({ servers: 5 }))
      const error = yield* Effect.flip(client.mcp.config.list)
      expect(error._tag).toBe("ResponseDecodeError")
      expect(error).toMatchObject({ method: "mcp.config.list" })

      yield* fake.handle("sessions.findByPrefix", FakeRuntime.answer({ sessionId: "3f2a-full" }))
      const found = yield* client.sessions.findByPrefix({ prefix: "3f2a" })
      expect(found.sessionId).toBe("3f2a-full")
      expect((yield* fake.takeRequest("sessions.findByPrefix")).params).toEqual({ prefix: "3f2a" })

      yield* fake.handle("skills.discover", FakeRuntime.answer({ skills: [], errors: [] }))
      yield* client.skills.discover()
      expect((yield* fake.takeRequest("skills.discover")).params).toEqual({})
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a method the runtime does not serve fails with MethodNotServed, saying so; other errors stay RpcError", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const client = yield* CopilotClient.CopilotClient
      yield* fake.handle("user.settings.reload", FakeRuntime.answerError(-32601, "Unhandled method user.settings.reload"))
      const error = yield* Effect.flip(client.user.settings.reload)
      expect(error._tag).toBe("MethodNotServed")
      expect(error).toMatchObject({ method: "user.settings.reload", reason: "Unhandled method user.settings.reload" })
      expect(error.message).toContain("does not serve user.settings.reload")

      yield* fake.handle("secrets.addFilterValues", FakeRuntime.answerError(-32603, "only in single-tenant environments"))
      const failed = yield* Effect.flip(client.secrets.addFilterValues({ values: ["x"] }))
      expect(failed).toMatchObject({ _tag: "RpcError", code: -32603, method: "secrets.addFilterValues" })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("session.call", () => {
  it.effect("fills in the session's id for session methods only; a server method's sessionId is the caller's", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* fake.handle("session.mode.get", FakeRuntime.answer("plan"))
      yield* fake.handle("sessions.fork", FakeRuntime.answer({ sessionId: "forked-2" }))
      const client = yield* CopilotClient.CopilotClient
      yield* Effect.scoped(Effect.gen(function*() {
        const session = yield* CopilotSession.make(client, { sessionId: "mine" })
        expect(yield* session.call(Methods.SessionModeGet, {})).toBe("plan")
        const forked = yield* session.call(Methods.SessionsFork, { sessionId: "someone-elses" })
        expect(forked.sessionId).toBe("forked-2")
      }))
      expect((yield* fake.takeRequest("session.mode.get")).params).toEqual({ sessionId: "mine" })
      expect((yield* fake.takeRequest("sessions.fork")).params).toEqual({ sessionId: "someone-elses" })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("client options", () => {
  it.effect("onListModels answers listModels; the runtime is not asked", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const client = yield* CopilotClient.CopilotClient
      const models = yield* client.listModels
      expect(models.map((model) => model.id)).toEqual(["my-byok-model"])
      expect(yield* fake.requests("models.list")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClientWith({
      client: {
        onListModels: Effect.succeed([{
          id: "my-byok-model",
          name: "My model",
          capabilities: { supports: { vision: false }, limits: { max_context_window_tokens: 8000 } }
        }])
      }
    }))))

  it.effect("builtinPluginDirectories are registered right after the handshake, before anything else", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const methods = (yield* fake.requests()).map((request) => request.method)
      expect(methods).toEqual(["connect", "plugins.builtin.set"])
      expect((yield* fake.takeRequest("plugins.builtin.set")).params).toEqual({ paths: ["/opt/host/plugins"] })
    }).pipe(Effect.provide(FakeRuntime.layerClientWith({
      fake: { handlers: { "plugins.builtin.set": FakeRuntime.answer(null) } },
      client: { builtinPluginDirectories: ["/opt/host/plugins"] }
    }))))

  it.effect("start-up fails when the runtime refuses the built-in plugin directories", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Layer.build(FakeRuntime.layerClientWith({
        fake: { handlers: { "plugins.builtin.set": FakeRuntime.answerError(-32603, "sessions are active") } },
        client: { builtinPluginDirectories: ["/opt/host/plugins"] }
      })))
      expect(error._tag).toBe("ConnectionFailed")
      expect(error.message).toContain("plugins.builtin.set")
      expect(error.message).toContain("sessions are active")
    }).pipe(Effect.scoped))

  it.effect("a relative built-in plugin directory is an InvalidConfig before any runtime starts", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Effect.scoped(CopilotClient.make({ builtinPluginDirectories: ["plugins/mine"] })))
      expect(error._tag).toBe("InvalidConfig")
      expect(error.message).toContain("plugins/mine")
    }))

  it.effect("clientInfo goes in the connect handshake under the protocol's names", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const connect = yield* fake.takeRequest("connect")
      expect(paramsOf(connect.params)["clientInfo"]).toEqual({
        editorName: "acme-portal",
        editorVersion: "2.4.0",
        extensionName: "copilot-panel"
      })
    }).pipe(Effect.provide(FakeRuntime.layerClientWith({
      client: { clientInfo: { applicationName: "acme-portal", applicationVersion: "2.4.0", integrationName: "copilot-panel" } }
    }))))

  it.effect("without clientInfo the handshake names no client", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const connect = yield* fake.takeRequest("connect")
      expect("clientInfo" in paramsOf(connect.params)).toBe(false)
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("forceStop", () => {
  it.effect("drops the connection at once: a waiting call fails with ConnectionClosed and no session is destroyed", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* fake.handle("tools.list", FakeRuntime.noAnswer)
      const client = yield* CopilotClient.CopilotClient
      yield* Effect.scoped(Effect.gen(function*() {
        yield* CopilotSession.make(client, { sessionId: "kept" })
        const waiting = yield* Effect.fork(client.tools.list())
        yield* fake.takeRequest("tools.list")
        yield* client.forceStop
        const error = yield* Effect.flip(Fiber.join(waiting))
        expect(error._tag).toBe("ConnectionClosed")
      }))
      yield* client.closed
      expect(yield* fake.requests("session.destroy")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("deleteSession", () => {
  it.effect("of an unknown id fails naming the id and the runtime's reason", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("session.delete", FakeRuntime.answer({ success: false, error: "Session file not found" }))
      const client = yield* CopilotClient.CopilotClient
      const error = yield* Effect.flip(client.deleteSession("no-such-session"))
      expect(error._tag).toBe("OperationFailed")
      expect(error.message).toBe("Failed to delete session no-such-session: Session file not found")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
