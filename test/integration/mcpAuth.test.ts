/**
 * MCP sign-in on the real runtime, offline: an MCP server over streamable
 * HTTP, served on loopback by the test, answers 401 with an OAuth challenge
 * until a request carries the token it expects. The session's
 * `onMcpAuthRequest` gets the runtime's request (server name, URL, reason,
 * the challenge's parameters) and answers with the host's token, which the
 * server then receives; a handler that declines leaves the server
 * unauthenticated; one that answers `pending` resolves the request later
 * through the session; with in-memory token storage each session asks anew.
 */
import { HttpRouter, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import { expect, layer } from "@effect/vitest"
import { Deferred, Effect, Fiber, Option, Redacted, Ref, Schema, Stream } from "effect"
import { Auth, CopilotSession, Handlers, Methods } from "effect-copilot"
import { ScriptedModel } from "effect-copilot/testing"
import * as Http from "node:http"
import { RealRuntime } from "./support.js"

const HOST_TOKEN = "host-acquired-mcp-token"

const JsonRpc = Schema.Struct({
  id: Schema.optional(Schema.Union(Schema.Number, Schema.String)),
  method: Schema.String,
  params: Schema.optional(Schema.Unknown)
})

/** The MCP server: its URL, and the Authorization header of every request it got. */
interface OAuthMcpServer {
  readonly url: string
  readonly authorizations: Effect.Effect<ReadonlyArray<string>>
  readonly toolCalls: Effect.Effect<number>
}

/** A streamable-HTTP MCP server with one tool, `whoami`, that demands a Bearer token (RFC 9728 challenge). */
const oauthMcpServer = Effect.gen(function*() {
  const seen = yield* Ref.make<ReadonlyArray<string>>([])
  const calls = yield* Ref.make(0)
  const nodeServer = Http.createServer()
  const server = yield* NodeHttpServer.make(() => nodeServer, { port: 0, host: "127.0.0.1" })
  yield* Effect.addFinalizer(() => Effect.sync(() => nodeServer.closeAllConnections()))
  const address = server.address
  if (address._tag !== "TcpAddress") return yield* Effect.dieMessage("no TCP address")
  const base = `http://127.0.0.1:${address.port}`
  const metadataUrl = `${base}/.well-known/oauth-protected-resource/mcp`

  const answer = (id: string | number | undefined, result: unknown) =>
    HttpServerResponse.unsafeJson({ jsonrpc: "2.0", id, result })

  const mcp = Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const authorization = request.headers["authorization"] ?? ""
    yield* Ref.update(seen, (all) => [...all, authorization])
    if (authorization !== `Bearer ${HOST_TOKEN}`) {
      return HttpServerResponse.unsafeJson({ error: "invalid_token" }, {
        status: 401,
        headers: {
          "www-authenticate": `Bearer error="invalid_token", scope="mcp:tools", resource_metadata="${metadataUrl}"`
        }
      })
    }
    const body = yield* Effect.flatMap(request.json, Schema.decodeUnknown(JsonRpc))
    switch (body.method) {
      case "initialize":
        return answer(body.id, {
          protocolVersion: "2025-03-26",
          capabilities: { tools: {} },
          serverInfo: { name: "oauth-demo", version: "1.0.0" }
        })
      case "tools/list":
        return answer(body.id, {
          tools: [{
            name: "whoami",
            description: "Says who the caller is signed in as.",
            inputSchema: { type: "object", properties: {} }
          }]
        })
      case "tools/call":
        yield* Ref.update(calls, (n) => n + 1)
        return answer(body.id, { content: [{ type: "text", text: "signed in with the host's token" }] })
      case "ping":
        return answer(body.id, {})
      default:
        return body.id === undefined
          ? HttpServerResponse.empty({ status: 202 })
          : HttpServerResponse.unsafeJson({ jsonrpc: "2.0", id: body.id, error: { code: -32601, message: "no such method" } })
    }
  }).pipe(Effect.catchAll(() => Effect.succeed(HttpServerResponse.unsafeJson({ error: "bad request" }, { status: 400 }))))

  const app = HttpRouter.empty.pipe(
    HttpRouter.post("/mcp", mcp),
    HttpRouter.get("/mcp", Effect.succeed(HttpServerResponse.empty({ status: 405 }))),
    HttpRouter.get(
      "/.well-known/oauth-protected-resource/mcp",
      Effect.succeed(HttpServerResponse.unsafeJson({
        resource: `${base}/mcp`,
        authorization_servers: [base],
        scopes_supported: ["mcp:tools"],
        bearer_methods_supported: ["header"]
      }))
    ),
    HttpRouter.get(
      "/.well-known/oauth-authorization-server",
      Effect.succeed(HttpServerResponse.unsafeJson({
        issuer: base,
        authorization_endpoint: `${base}/authorize`,
        token_endpoint: `${base}/token`,
        response_types_supported: ["code"],
        code_challenge_methods_supported: ["S256"]
      }))
    )
  )
  yield* server.serve(app).pipe(Effect.withTracerEnabled(false))
  const service: OAuthMcpServer = {
    url: `${base}/mcp`,
    authorizations: Ref.get(seen),
    toolCalls: Ref.get(calls)
  }
  return service
})

/** Waits until the server `name` is connected or has failed: which. */
const settled = (session: CopilotSession.CopilotSessionService, name: string) =>
  Effect.flatMap(session.subscribe, (events) =>
    events.pipe(
      Stream.filterMap((event) =>
        event.type === "session.mcp_server_status_changed" && event.data.serverName === name &&
          (event.data.status === "connected" || event.data.status === "failed")
          ? Option.some(event.data.status)
          : Option.none()
      ),
      Stream.runHead,
      Effect.map(Option.getOrElse(() => "ended"))
    ))

/** Waits for the runtime's `mcp.oauth_completed`: its outcome. */
const oauthOutcome = (session: CopilotSession.CopilotSessionService) =>
  Effect.flatMap(session.subscribe, (events) =>
    events.pipe(
      Stream.filterMap((event) => event.type === "mcp.oauth_completed" ? Option.some(event.data.outcome) : Option.none()),
      Stream.runHead,
      Effect.map(Option.getOrElse(() => "ended"))
    ))

layer(RealRuntime, { excludeTestServices: true })("MCP sign-in on the real runtime", (it) => {
  it.scoped("onMcpAuthRequest answers the runtime's OAuth request with the host's token; the MCP server receives it and its tool runs", () =>
    Effect.gen(function*() {
      const mcp = yield* oauthMcpServer
      const model = yield* ScriptedModel.ScriptedModel
      const requests = yield* Ref.make<ReadonlyArray<Auth.McpAuthRequest>>([])
      yield* model.toolCall("docs-whoami", {})
      yield* model.reply("You are signed in.")
      const { answer, status } = yield* CopilotSession.withSession({
        mcpServers: { docs: { type: "http", url: mcp.url, tools: ["*"] } },
        onPermissionRequest: Handlers.approveAll,
        onMcpAuthRequest: (request) =>
          Ref.update(requests, (all) => [...all, request]).pipe(
            Effect.as(Auth.mcpToken(Redacted.make(HOST_TOKEN), { expiresIn: "1 hour" }))
          )
      }, (session) =>
        Effect.gen(function*() {
          const status = yield* settled(session, "docs")
          const answer = yield* session.sendAndWait("Who am I on docs?")
          return { status, answer: Option.map(answer, (m) => m.data.content) }
        }))
      expect(status).toBe("connected")
      expect(answer).toEqual(Option.some("You are signed in."))
      const [request] = yield* Ref.get(requests)
      expect(request).toMatchObject({
        serverName: "docs",
        serverUrl: mcp.url,
        reason: "initial",
        wwwAuthenticateParams: { scope: "mcp:tools", error: "invalid_token" }
      })
      const authorizations = yield* mcp.authorizations
      // The first request had no token (the challenge); the only token the
      // server ever saw is the host's. (Under load the runtime may send more
      // than one request before it has the token, so those are not counted.)
      expect(authorizations[0]).toBe("")
      const presented = authorizations.filter((authorization) => authorization !== "")
      expect(presented.length).toBeGreaterThan(0)
      expect(new Set(presented)).toEqual(new Set([`Bearer ${HOST_TOKEN}`]))
      expect(yield* mcp.toolCalls).toBe(1)
      const chat = yield* model.chatMessages
      expect(JSON.stringify(chat[chat.length - 1])).toContain("signed in with the host's token")
    }), 120_000)

  it.scoped("a handler that declines leaves the server unauthenticated; it never gets a token", () =>
    Effect.gen(function*() {
      const mcp = yield* oauthMcpServer
      const asked = yield* Ref.make(0)
      const status = yield* CopilotSession.withSession({
        mcpServers: { docs: { type: "http", url: mcp.url, tools: ["*"] } },
        onMcpAuthRequest: () => Effect.as(Ref.update(asked, (n) => n + 1), Auth.mcpCancelled)
      }, (session) =>
        Effect.gen(function*() {
          const outcome = yield* oauthOutcome(session)
          const servers = yield* session.call(Methods.SessionMcpList, {})
          return { outcome, servers: servers.servers.map((server) => [server.name, server.status]) }
        }))
      expect(yield* Ref.get(asked)).toBeGreaterThan(0)
      expect(status.outcome).toBe("cancelled")
      expect(status.servers.map(([name]) => name)).toEqual(["docs"])
      expect(status.servers).not.toContainEqual(["docs", "connected"])
      expect((yield* mcp.authorizations).filter((header) => header !== "")).toEqual([])
    }), 120_000)

  it.scoped("a handler that answers pending lets the host resolve the request later through the session", () =>
    Effect.gen(function*() {
      const mcp = yield* oauthMcpServer
      const pending = yield* Deferred.make<string>()
      const { accepted, status } = yield* CopilotSession.withSession({
        mcpServers: { docs: { type: "http", url: mcp.url, tools: ["*"] } },
        onMcpAuthRequest: (request) => Effect.as(Deferred.succeed(pending, request.requestId), Auth.mcpPending)
      }, (session) =>
        Effect.gen(function*() {
          const requestId = yield* Deferred.await(pending)
          // Nothing went to the server yet but the challenge.
          const before = yield* mcp.authorizations
          expect(before.filter((header) => header !== "")).toEqual([])
          const connected = yield* Effect.fork(settled(session, "docs"))
          const accepted = yield* Auth.resolveMcpAuth(session, requestId, Auth.mcpToken(Redacted.make(HOST_TOKEN)))
          return { accepted, status: yield* Fiber.join(connected) }
        }))
      expect(accepted).toBe(true)
      expect(status).toBe("connected")
      expect((yield* mcp.authorizations).filter((header) => header !== "")[0]).toBe(`Bearer ${HOST_TOKEN}`)
    }), 120_000)

  it.scoped("with in-memory token storage, a host token lasts as long as its session: the next session asks again", () =>
    Effect.gen(function*() {
      const mcp = yield* oauthMcpServer
      const asked = yield* Ref.make(0)
      const open = CopilotSession.withSession({
        mcpServers: { docs: { type: "http", url: mcp.url, tools: ["*"] } },
        mcpOAuthTokenStorage: "in-memory",
        onMcpAuthRequest: () =>
          Effect.as(Ref.update(asked, (n) => n + 1), Auth.mcpToken(Redacted.make(HOST_TOKEN), { expiresIn: "1 hour" }))
      }, (session) => settled(session, "docs"))
      expect([yield* open, yield* open]).toEqual(["connected", "connected"])
      expect(yield* Ref.get(asked)).toBe(2)
    }), 120_000)
})
