/**
 * The credential requests against the fake runtime: what goes on the wire
 * for token providers (flags and a registration id, never the Effects), how
 * `providerToken.getToken`, `gitHubToken.getToken` and `mcp.oauth_required`
 * are answered, that every one of them gets an answer whatever the provider
 * or handler does (naming the provider when it fails), and that handed-out
 * tokens are scrubbed from what the runtime sends back.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted, Ref } from "effect"
import { Auth, CopilotSession, type SessionConfig } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const SESSION = "s-auth"
const BYSTANDER = "s-bystander"

/** A fake runtime that creates sessions under the ids they ask for and accepts every answer. */
const withSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", FakeRuntime.sessionStarted)
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  yield* fake.handle("session.eventLog.registerInterest", FakeRuntime.answer({ handle: "h1" }))
  yield* fake.handle("session.mcp.oauth.handlePendingRequest", FakeRuntime.answer({ success: true }))
  return fake
})

const createParams = (fake: FakeRuntime.FakeRuntimeService) =>
  Effect.map(fake.requests("session.create"), (requests) => requests[requests.length - 1]?.params as Record<string, unknown>)

const okResult = (response: FakeRuntime.ResponseMessage) =>
  response._tag === "SuccessResponse" ? response.message.result : { error: response.message.error }

const errorOf = (response: FakeRuntime.ResponseMessage) => {
  expect(response._tag).toBe("ErrorResponse")
  return response._tag === "ErrorResponse" ? response.message.error : { code: 0, message: "" }
}

const misbehavingProviders = {
  fails: Effect.fail(new Error("the vault is sealed")),
  dies: Effect.die(new Error("a bug in the provider")),
  interrupts: Effect.interrupt
} as const

const misbehavingHandlers = {
  fails: () => Effect.fail(new Error("the sign-in service is down")),
  dies: () => Effect.die(new Error("a bug in the handler")),
  throws: (): never => {
    throw new Error("thrown before any Effect")
  },
  interrupts: () => Effect.interrupt
} as const

const oauthRequired = (requestId: string) => ({
  type: "mcp.oauth_required",
  ephemeral: true,
  data: {
    requestId,
    serverName: "docs",
    serverUrl: "http://127.0.0.1:9/mcp",
    reason: "initial",
    wwwAuthenticateParams: { scope: "mcp:tools" }
  }
})

describe("provider token providers", () => {
  it.effect("go on the wire as hasBearerTokenProvider flags; keys are revealed; models and providers travel as given", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({
        sessionId: SESSION,
        providers: [
          { name: "alpha", type: "openai", baseUrl: "http://127.0.0.1:9/v1", bearerTokenProvider: Effect.succeed(Redacted.make("t")) },
          { name: "beta", type: "anthropic", baseUrl: "http://127.0.0.1:8", apiKey: Redacted.make("beta-key"), headers: { "x-team": "a" } }
        ],
        models: [{ id: "fast", provider: "alpha", wireModel: "alpha-1" }, { id: "deep", provider: "beta" }],
        customAgents: [{ name: "reviewer", prompt: "Review.", model: "beta/deep" }]
      }, () => Effect.void)
      const params = yield* createParams(fake)
      expect(params["providers"]).toEqual([
        { name: "alpha", type: "openai", baseUrl: "http://127.0.0.1:9/v1", hasBearerTokenProvider: true },
        { name: "beta", type: "anthropic", baseUrl: "http://127.0.0.1:8", apiKey: "beta-key", headers: { "x-team": "a" } }
      ])
      expect(params["models"]).toEqual([{ id: "fast", provider: "alpha", wireModel: "alpha-1" }, { id: "deep", provider: "beta" }])
      expect(params["customAgents"]).toEqual([{ name: "reviewer", prompt: "Review.", model: "beta/deep" }])
      expect(params["gitHubTokenProviderRegistrationId"]).toBeUndefined()

      yield* CopilotSession.withSession({
        sessionId: `${SESSION}-single`,
        provider: { baseUrl: "http://127.0.0.1:9/v1", bearerTokenProvider: Effect.succeed(Redacted.make("t")) }
      }, () => Effect.void)
      expect((yield* createParams(fake))["provider"]).toEqual({ baseUrl: "http://127.0.0.1:9/v1", hasBearerTokenProvider: true })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("providerToken.getToken runs the named provider's Effect on every request and answers its token", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const asked = yield* Ref.make<ReadonlyArray<string>>([])
      const counting = (name: string) =>
        Effect.map(Ref.updateAndGet(asked, (all) => [...all, name]), (all) => Redacted.make(`${name}-${all.length}`))
      yield* CopilotSession.withSession({
        sessionId: SESSION,
        provider: { baseUrl: "http://127.0.0.1:9/v1", bearerTokenProvider: counting("default") }
      }, () =>
        Effect.gen(function*() {
          const first = yield* fake.request("providerToken.getToken", { sessionId: SESSION, providerName: "default" })
          const second = yield* fake.request("providerToken.getToken", { sessionId: SESSION, providerName: "default" })
          expect([okResult(first), okResult(second)]).toEqual([{ token: "default-1" }, { token: "default-2" }])
        }))
      yield* CopilotSession.withSession({
        sessionId: `${SESSION}-named`,
        providers: [
          { name: "alpha", baseUrl: "http://127.0.0.1:9/v1", bearerTokenProvider: counting("alpha") },
          { name: "beta", baseUrl: "http://127.0.0.1:8/v1", bearerTokenProvider: counting("beta") }
        ],
        models: [{ id: "m", provider: "alpha" }]
      }, () =>
        Effect.gen(function*() {
          const beta = yield* fake.request("providerToken.getToken", { sessionId: `${SESSION}-named`, providerName: "beta" })
          expect(okResult(beta)).toEqual({ token: "beta-3" })
          const unknown = errorOf(yield* fake.request("providerToken.getToken", { sessionId: `${SESSION}-named`, providerName: "gamma" }))
          expect(unknown.code).toBe(-32602)
          expect(unknown.message).toContain(`provider "gamma" has no bearerTokenProvider`)
        }))
      expect(yield* Ref.get(asked)).toEqual(["default", "default", "beta"])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  for (const [kind, provider] of Object.entries(misbehavingProviders)) {
    it.effect(`a provider that ${kind}: the request is answered with an error naming the provider; the bystander keeps working`, () =>
      Effect.gen(function*() {
        const fake = yield* withSessions
        yield* CopilotSession.withSession({
          sessionId: BYSTANDER,
          provider: { baseUrl: "http://127.0.0.1:9/v1", bearerTokenProvider: Effect.succeed(Redacted.make("fine")) }
        }, () =>
          CopilotSession.withSession({
            sessionId: SESSION,
            providers: [{ name: "vault", baseUrl: "http://127.0.0.1:9/v1", bearerTokenProvider: provider }]
          }, () =>
            Effect.gen(function*() {
              const error = errorOf(yield* fake.request("providerToken.getToken", { sessionId: SESSION, providerName: "vault" }))
              expect(error.code).toBe(-32603)
              expect(error.message).toContain(`the bearerTokenProvider of provider "vault"`)
              const fine = yield* fake.request("providerToken.getToken", { sessionId: BYSTANDER, providerName: "default" })
              expect(okResult(fine)).toEqual({ token: "fine" })
            })))
      }).pipe(Effect.provide(FakeRuntime.layerClient)))
  }

  it.effect("a token handed out is scrubbed from what the runtime sends back afterwards", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const token = "minted-bearer-4f1c"
      yield* fake.handle("session.abort", FakeRuntime.answerError(-32603, `upstream refused ${token}`))
      const error = yield* CopilotSession.withSession({
        sessionId: SESSION,
        provider: { baseUrl: "http://127.0.0.1:9/v1", bearerTokenProvider: Effect.succeed(Redacted.make(token)) }
      }, (session) =>
        Effect.gen(function*() {
          yield* fake.request("providerToken.getToken", { sessionId: SESSION, providerName: "default" })
          return yield* Effect.flip(session.abort)
        }))
      expect(error.message).toContain("upstream refused")
      expect(error.message).not.toContain(token)
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a named provider's key and bearer token are scrubbed too", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* fake.handle("session.abort", FakeRuntime.answerError(-32603, "keys sk-named-91 and bt-named-27 refused"))
      const error = yield* CopilotSession.withSession({
        sessionId: SESSION,
        providers: [
          { name: "a", baseUrl: "http://127.0.0.1:9/v1", apiKey: Redacted.make("sk-named-91") },
          { name: "b", baseUrl: "http://127.0.0.1:8/v1", bearerToken: Redacted.make("bt-named-27") }
        ]
      }, (session) => Effect.flip(session.abort))
      expect(error.message).toContain("refused")
      expect(error.message).not.toContain("sk-named-91")
      expect(error.message).not.toContain("bt-named-27")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("resume", () => {
  it.effect("a resumed session sends its token providers' flags and registration id, and answers their requests", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* fake.handle("session.resume", FakeRuntime.sessionStarted)
      yield* CopilotSession.withResumedSession(SESSION, {
        providers: [{ name: "alpha", baseUrl: "http://127.0.0.1:9/v1", bearerTokenProvider: Effect.succeed(Redacted.make("resumed")) }],
        models: [{ id: "m", provider: "alpha" }],
        gitHubTokenProvider: () => Effect.succeed({ token: Redacted.make("gho_resumed"), expiresIn: "2 hours" })
      }, () =>
        Effect.gen(function*() {
          const [resume] = yield* fake.requests("session.resume")
          const params = resume?.params as Record<string, unknown>
          expect(params["providers"]).toEqual([{ name: "alpha", baseUrl: "http://127.0.0.1:9/v1", hasBearerTokenProvider: true }])
          expect(params["models"]).toEqual([{ id: "m", provider: "alpha" }])
          const token = yield* fake.request("providerToken.getToken", { sessionId: SESSION, providerName: "alpha" })
          expect(okResult(token)).toEqual({ token: "resumed" })
          const gitHub = yield* fake.request("gitHubToken.getToken", {
            registrationId: params["gitHubTokenProviderRegistrationId"],
            host: "https://github.com",
            sessionId: SESSION,
            reason: "initial"
          })
          expect(okResult(gitHub)).toEqual({ kind: "token", accessToken: "gho_resumed", expiresIn: 7200 })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("GitHub token providers", () => {
  const registrationOf = (fake: FakeRuntime.FakeRuntimeService) =>
    Effect.map(createParams(fake), (params) => params["gitHubTokenProviderRegistrationId"])

  it.effect("the session's provider is registered under an id sent on session.create and answers gitHubToken.getToken", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const asked = yield* Ref.make<ReadonlyArray<Auth.GitHubTokenRequest>>([])
      const id = yield* CopilotSession.withSession({
        sessionId: SESSION,
        gitHubTokenProvider: (request) =>
          Effect.as(Ref.update(asked, (all) => [...all, request]), { token: Redacted.make("gho_minted"), expiresIn: "8 hours" })
      }, () =>
        Effect.gen(function*() {
          const id = yield* registrationOf(fake)
          expect(typeof id).toBe("string")
          const answer = yield* fake.request("gitHubToken.getToken", {
            registrationId: id,
            host: "https://github.com",
            sessionId: SESSION,
            reason: "refresh"
          })
          expect(okResult(answer)).toEqual({ kind: "token", accessToken: "gho_minted", expiresIn: 28_800 })
          return id
        }))
      expect(yield* Ref.get(asked)).toEqual([{ host: "https://github.com", sessionId: SESSION, reason: "refresh" }])
      // The session closed: its registration is gone.
      const gone = errorOf(yield* fake.request("gitHubToken.getToken", { registrationId: id, host: "https://github.com", reason: "refresh" }))
      expect(gone.message).toContain("no GitHub token provider is registered")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a failing provider's request is answered with an error naming it", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({
        sessionId: SESSION,
        gitHubTokenProvider: () => Effect.fail(new Error("the app is not installed"))
      }, () =>
        Effect.gen(function*() {
          const error = errorOf(yield* fake.request("gitHubToken.getToken", {
            registrationId: yield* registrationOf(fake),
            host: "https://github.com",
            sessionId: SESSION,
            reason: "initial"
          }))
          expect(error.code).toBe(-32603)
          expect(error.message).toContain(`the GitHub token provider of session ${SESSION} failed: the app is not installed`)
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("the client's provider serves sessions that bring no identity of their own", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({ sessionId: SESSION }, () =>
        Effect.gen(function*() {
          const answer = yield* fake.request("gitHubToken.getToken", {
            registrationId: yield* registrationOf(fake),
            host: "https://ghe.example.com",
            sessionId: SESSION,
            reason: "initial"
          })
          expect(okResult(answer)).toEqual({ kind: "token", accessToken: "client-wide-ghe.example.com", expiresIn: 7200, tokenType: "bearer" })
        }))
      yield* CopilotSession.withSession({ sessionId: `${SESSION}-own`, gitHubToken: Redacted.make("fixed") }, () => Effect.void)
      expect(yield* registrationOf(fake)).toBeUndefined()
    }).pipe(Effect.provide(FakeRuntime.layerClientWith({
      client: {
        gitHubTokenProvider: (request) =>
          Effect.succeed({
            token: Redacted.make(`client-wide-${new URL(request.host).host}`),
            expiresIn: "2 hours",
            tokenType: "bearer"
          })
      }
    }))))

  it.effect("a config that gives both gitHubToken and gitHubTokenProvider, or pairs it with a whole-session provider, fails before anything is sent", () =>
    Effect.gen(function*() {
      const provider: Auth.GitHubTokenProvider = () => Effect.succeed({ token: Redacted.make("t"), expiresIn: "2 hours" })
      const both = yield* Effect.flip(CopilotSession.withSession({ gitHubToken: Redacted.make("x"), gitHubTokenProvider: provider }, () => Effect.void))
      expect(both.message).toContain(`"gitHubToken" and "gitHubTokenProvider" both give the session's GitHub identity`)
      const withProvider = yield* Effect.flip(CopilotSession.withSession({
        gitHubTokenProvider: provider,
        provider: { baseUrl: "http://127.0.0.1:9/v1" }
      }, () => Effect.void))
      expect(withProvider.message).toContain(`"gitHubTokenProvider" cannot be combined with "provider"`)
      const fake = yield* FakeRuntime.FakeRuntime
      expect(yield* fake.requests("session.create")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("MCP sign-in", () => {
  const answers = (fake: FakeRuntime.FakeRuntimeService) =>
    Effect.map(fake.requests("session.mcp.oauth.handlePendingRequest"), (requests) => requests.map((r) => r.params))

  it.effect("a session with onMcpAuthRequest registers its interest in mcp.oauth_required and answers with the host's token", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const seen = yield* Ref.make<ReadonlyArray<Auth.McpAuthRequest>>([])
      yield* CopilotSession.withSession({
        sessionId: SESSION,
        onMcpAuthRequest: (request, ctx) =>
          Effect.as(
            Ref.update(seen, (all) => [...all, request]),
            Auth.mcpToken(Redacted.make(`token-for-${ctx.sessionId}`), { expiresIn: "1 hour", tokenType: "Bearer" })
          )
      }, () =>
        Effect.gen(function*() {
          const [interest] = yield* fake.requests("session.eventLog.registerInterest")
          expect(interest?.params).toEqual({ sessionId: SESSION, eventType: "mcp.oauth_required" })
          yield* fake.sessionEvent(SESSION, oauthRequired("o-1"))
          const answer = yield* fake.takeRequest("session.mcp.oauth.handlePendingRequest")
          expect(answer.params).toEqual({
            sessionId: SESSION,
            requestId: "o-1",
            result: { kind: "token", accessToken: `token-for-${SESSION}`, tokenType: "Bearer", expiresIn: 3600 }
          })
        }))
      expect((yield* Ref.get(seen)).map((r) => [r.serverName, r.reason, r.wwwAuthenticateParams?.scope])).toEqual([
        ["docs", "initial", "mcp:tools"]
      ])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a session without onMcpAuthRequest registers no interest and leaves the request to others", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({ sessionId: SESSION }, () => fake.sessionEvent(SESSION, oauthRequired("o-1")))
      expect(yield* fake.requests("session.eventLog.registerInterest")).toEqual([])
      expect(yield* answers(fake)).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("declining answers cancelled; pending answers nothing until the host resolves it through the session", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({
        sessionId: SESSION,
        onMcpAuthRequest: (request) => Effect.succeed(request.requestId === "o-decline" ? Auth.mcpCancelled : Auth.mcpPending)
      }, (session) =>
        Effect.gen(function*() {
          yield* fake.sessionEvent(SESSION, oauthRequired("o-later"))
          yield* fake.sessionEvent(SESSION, oauthRequired("o-decline"))
          const declined = yield* fake.takeRequest("session.mcp.oauth.handlePendingRequest")
          expect(declined.params).toEqual({ sessionId: SESSION, requestId: "o-decline", result: { kind: "cancelled" } })
          expect(yield* answers(fake)).toHaveLength(1)
          const accepted = yield* Auth.resolveMcpAuth(session, "o-later", Auth.mcpToken(Redacted.make("late-token")))
          expect(accepted).toBe(true)
          const later = yield* fake.takeRequest("session.mcp.oauth.handlePendingRequest")
          expect(later.params).toEqual({ sessionId: SESSION, requestId: "o-later", result: { kind: "token", accessToken: "late-token" } })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  for (const [kind, handler] of Object.entries(misbehavingHandlers)) {
    it.effect(`a handler that ${kind}: the request is declined (cancelled), never left waiting`, () =>
      Effect.gen(function*() {
        const fake = yield* withSessions
        yield* CopilotSession.withSession({ sessionId: SESSION, onMcpAuthRequest: handler }, () =>
          Effect.gen(function*() {
            yield* fake.sessionEvent(SESSION, oauthRequired(`o-${kind}`))
            const answer = yield* fake.takeRequest("session.mcp.oauth.handlePendingRequest")
            expect(answer.params).toEqual({ sessionId: SESSION, requestId: `o-${kind}`, result: { kind: "cancelled" } })
          }))
      }).pipe(Effect.provide(FakeRuntime.layerClient)))
  }

  it.effect("a request whose data does not decode is still declined, by its requestId", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({
        sessionId: SESSION,
        onMcpAuthRequest: () => Effect.succeed(Auth.mcpToken(Redacted.make("never-sent")))
      }, () =>
        Effect.gen(function*() {
          yield* fake.sessionEvent(SESSION, { type: "mcp.oauth_required", data: { requestId: "o-bad", serverName: 7 } })
          const answer = yield* fake.takeRequest("session.mcp.oauth.handlePendingRequest")
          expect(answer.params).toEqual({ sessionId: SESSION, requestId: "o-bad", result: { kind: "cancelled" } })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("the provider registry's rules", () => {
  const failure = (config: SessionConfig.SessionConfig) =>
    Effect.map(Effect.flip(CopilotSession.withSession(config, () => Effect.void)), (error) => error.message)

  it.effect("names, base URLs, model bindings and the whole-session provider are checked before anything is sent", () =>
    Effect.gen(function*() {
      const message = yield* failure({
        providers: [
          { name: "a/b", baseUrl: "http://127.0.0.1:9" },
          { name: "dup", baseUrl: "not a url" },
          { name: "dup", baseUrl: "http://127.0.0.1:9" }
        ],
        models: [{ id: "m", provider: "nowhere" }, { id: "x", provider: "dup" }, { id: "x", provider: "dup" }]
      })
      expect(message).toContain(`provider name "a/b" contains "/"`)
      expect(message).toContain(`provider name "dup" is used twice`)
      expect(message).toContain(`"providers[1].baseUrl" "not a url" is not an absolute http(s) URL`)
      expect(message).toContain(`model "m" names provider "nowhere", which is not in "providers"`)
      expect(message).toContain(`model "dup/x" is defined twice`)
      const mixed = yield* failure({
        provider: { baseUrl: "http://127.0.0.1:9" },
        providers: [{ name: "p", baseUrl: "http://127.0.0.1:9" }]
      })
      expect(mixed).toContain(`"provider" (one provider for the whole session) cannot be combined with "providers" / "models"`)
      const shape = yield* failure(JSON.parse(`{"provider":{"baseUrl":"http://127.0.0.1:9","bearerTokenProvider":"sk-no"}}`))
      expect(shape).toContain("bearerTokenProvider")
      expect(shape).not.toContain("sk-no")
      const fake = yield* FakeRuntime.FakeRuntime
      expect(yield* fake.requests("session.create")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
