/**
 * Credentials on the real runtime, offline: a provider of your own asks its
 * token provider once per model request and sends what it yields as the
 * Authorization header; a failing token provider fails that turn with a
 * message naming the provider and the session takes the next turn; the
 * provider registry routes each turn to its provider's endpoint (two
 * scripted models on two loopback ports, two named models, a custom agent
 * bound to one; an Anthropic provider beside the Copilot API); a GitHub
 * token provider gives a session its identity, and is asked again when the
 * token nears its expiry.
 */
import { expect, layer } from "@effect/vitest"
import { Context, Effect, Layer, Option, Redacted, Ref } from "effect"
import { type Auth, CopilotSession, Handlers, Methods, type SessionEvent } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
import { RealRuntime, sendAndCollect } from "./support.js"

/** Another scripted model on its own loopback port, for as long as the current scope. */
const secondModel = Effect.map(Layer.build(ScriptedModel.layer()), Context.get(ScriptedModel.ScriptedModel))

/** The Authorization headers of the chat completions a model got since `from`. */
const authorizations = (model: ScriptedModel.ScriptedModel, from: number) =>
  Effect.map(model.requests, (requests) =>
    requests.slice(from).filter((request) => request.path.endsWith("/chat/completions")).map((request) =>
      request.headers["authorization"] ?? ""
    ))

/** The model names in the chat completions a model got since `from`. */
const wireModels = (model: ScriptedModel.ScriptedModel, from: number) =>
  Effect.map(model.requests, (requests) =>
    requests.slice(from).filter((request) => request.path.endsWith("/chat/completions")).map((request) =>
      Option.match(request.body, {
        onNone: () => "",
        onSome: (body) =>
          typeof body === "object" && body !== null && "model" in body && typeof body.model === "string" ? body.model : ""
      })
    ))

const errorOf = (events: ReadonlyArray<SessionEvent.SessionEvent>) =>
  events.flatMap((event) => event.type === "session.error" ? [event.data.message] : [])

const textOf = (events: ReadonlyArray<SessionEvent.SessionEvent>) =>
  events.flatMap((event) => event.type === "assistant.message" ? [event.data.content] : [])

layer(RealRuntime, { excludeTestServices: true })("credentials on the real runtime", (it) => {
  it.scoped("a provider's bearerTokenProvider is asked once per model request and its token is the Authorization header", () =>
    Effect.gen(function*() {
      const byok = yield* secondModel
      const asked = yield* Ref.make(0)
      const bearerTokenProvider = Ref.updateAndGet(asked, (n) => n + 1).pipe(
        Effect.map((n) => Redacted.make(`byok-token-${n}`))
      )
      yield* byok.reply("First turn.")
      yield* byok.reply("Second turn.")
      const from = (yield* byok.requests).length
      const events = yield* CopilotSession.withSession({
        model: "gpt-5",
        provider: { type: "openai", baseUrl: byok.url, bearerTokenProvider, apiKey: Redacted.make("static-key-not-sent") },
        onPermissionRequest: Handlers.approveAll
      }, (session) =>
        Effect.gen(function*() {
          const first = yield* sendAndCollect(session, "Hello")
          const second = yield* sendAndCollect(session, "Again")
          return [...first, ...second]
        }))
      const headers = yield* authorizations(byok, from)
      const count = yield* Ref.get(asked)
      expect(headers.length).toBeGreaterThanOrEqual(2)
      expect(count).toBe(headers.length)
      expect(headers).toEqual(headers.map((_, index) => `Bearer byok-token-${index + 1}`))
      expect(textOf(events)).toContain("Second turn.")
    }), 120_000)

  it.scoped("a failing bearerTokenProvider fails that turn with a message naming the provider; the session takes the next turn", () =>
    Effect.gen(function*() {
      const byok = yield* secondModel
      const sealed = yield* Ref.make(true)
      const calls = yield* Ref.make(0)
      const bearerTokenProvider = Effect.zipRight(
        Ref.update(calls, (n) => n + 1),
        Effect.flatMap(Ref.get(sealed), (isSealed) =>
          isSealed
            ? Effect.fail(new Error("the vault is sealed"))
            : Effect.succeed(Redacted.make("fresh-token")))
      )
      yield* byok.reply("Back in business.")
      const from = (yield* byok.requests).length
      const [first, second] = yield* CopilotSession.withSession({
        model: "gpt-5",
        provider: { type: "openai", baseUrl: byok.url, bearerTokenProvider },
        onPermissionRequest: Handlers.approveAll
      }, (session) =>
        Effect.gen(function*() {
          const first = yield* sendAndCollect(session, "First")
          yield* Ref.set(sealed, false)
          // The session takes the next turn (sendAndWait skips the idle that ends the failed one).
          const answer = yield* session.sendAndWait("Second", { timeout: "60 seconds" })
          return [first, Option.map(answer, (message) => message.data.content)] as const
        }))
      const failure = errorOf(first)
      expect(failure.length).toBe(1)
      expect(failure[0]).toContain(`provider "default"`)
      expect(failure[0]).toContain("the vault is sealed")
      expect(second).toEqual(Option.some("Back in business."))
      // Asked once per model request: every attempt of the failed turn (the runtime retries), then one.
      expect(yield* Ref.get(calls)).toBeGreaterThan(1)
      expect(yield* authorizations(byok, from)).toEqual(["Bearer fresh-token"])
    }), 120_000)

  it.scoped("the provider registry routes each turn to its provider: by the session's model, after setModel, and for a custom agent bound to a model", () =>
    Effect.gen(function*() {
      const alpha = yield* secondModel
      const beta = yield* secondModel
      const fromAlpha = (yield* alpha.requests).length
      const fromBeta = (yield* beta.requests).length
      const config = {
        providers: [
          { name: "alpha", type: "openai", baseUrl: alpha.url, bearerTokenProvider: Effect.succeed(Redacted.make("alpha-token")) },
          { name: "beta", type: "openai", baseUrl: beta.url, apiKey: Redacted.make("beta-key") }
        ],
        models: [
          { id: "fast", provider: "alpha", wireModel: "alpha-wire-model", modelId: "gpt-5" },
          { id: "smart", provider: "beta", wireModel: "beta-wire-model", modelId: "gpt-5" }
        ],
        onPermissionRequest: Handlers.approveAll
      } as const
      yield* alpha.reply("Alpha speaking.")
      yield* beta.reply("Beta speaking.")
      const [first, second] = yield* CopilotSession.withSession({ ...config, model: "alpha/fast" }, (session) =>
        Effect.gen(function*() {
          const first = yield* session.sendAndWait("Who are you?")
          yield* session.setModel("beta/smart")
          const second = yield* session.sendAndWait("And now?")
          return [first, second].map(Option.map((message) => message.data.content))
        }))
      expect(first).toEqual(Option.some("Alpha speaking."))
      expect(second).toEqual(Option.some("Beta speaking."))
      expect(yield* wireModels(alpha, fromAlpha)).toEqual(["alpha-wire-model"])
      expect(yield* wireModels(beta, fromBeta)).toEqual(["beta-wire-model"])
      expect(yield* authorizations(alpha, fromAlpha)).toEqual(["Bearer alpha-token"])
      expect((yield* authorizations(beta, fromBeta)).length).toBe(1)

      // A custom agent bound to beta's model, launched by the session's model (alpha's) with the
      // task tool: the agent's turn goes to beta, the main turn stays on alpha.
      const alphaBefore = (yield* alpha.requests).length
      const betaBefore = (yield* beta.requests).length
      yield* alpha.toolCall("task", {
        name: "review",
        description: "Review the change",
        prompt: "Review this change",
        agent_type: "reviewer",
        mode: "sync"
      }, "call_review")
      yield* beta.reply("The reviewer, on beta: looks good.")
      yield* alpha.reply("The reviewer approved.")
      const agentTurn = yield* CopilotSession.withSession({
        ...config,
        model: "alpha/fast",
        customAgents: [{ name: "reviewer", prompt: "You review code.", model: "beta/smart", tools: [] }]
      }, (session) =>
        Effect.gen(function*() {
          const agents = yield* session.call(Methods.SessionAgentList, {})
          const answer = yield* session.sendAndWait("Get the change reviewed")
          return { agents: agents.agents.map((agent) => [agent.name, agent.model]), answer: Option.map(answer, (m) => m.data.content) }
        }))
      expect(agentTurn.agents).toContainEqual(["reviewer", "beta/smart"])
      expect(agentTurn.answer).toEqual(Option.some("The reviewer approved."))
      expect(yield* wireModels(beta, betaBefore)).toEqual(["beta-wire-model"])
      expect(yield* wireModels(alpha, alphaBefore)).toEqual(["alpha-wire-model", "alpha-wire-model"])
    }), 120_000)

  it.scoped("a session's gitHubTokenProvider gives it its identity: asked when the session starts, its token presented to the GitHub API", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.setUser("minted-for-alice", { login: "alice" })
      const asked = yield* Ref.make<ReadonlyArray<Auth.GitHubTokenRequest>>([])
      const from = (yield* model.requests).length
      yield* model.reply("Hello Alice.")
      const { answer, identity, sessionId } = yield* CopilotSession.withSession({
        gitHubTokenProvider: (request) =>
          Ref.update(asked, (all) => [...all, request]).pipe(
            Effect.as({ token: Redacted.make("minted-for-alice"), expiresIn: "8 hours" })
          ),
        onPermissionRequest: Handlers.approveAll
      }, (session) =>
        Effect.gen(function*() {
          const identity = yield* session.call(Methods.SessionGitHubAuthGetCurrentAuthInfo, {})
          const answer = yield* session.sendAndWait("Who am I?")
          return { answer: Option.map(answer, (m) => m.data.content), identity, sessionId: session.sessionId }
        }))
      const requests = yield* Ref.get(asked)
      expect(requests.length).toBeGreaterThanOrEqual(1)
      expect(requests[0]).toMatchObject({ reason: "initial", sessionId })
      expect(identity).toMatchObject({ type: "token-provider", copilotUser: { login: "alice" } })
      expect(answer).toEqual(Option.some("Hello Alice."))
      const userLookups = (yield* model.requests).slice(from).filter((request) => request.path === "/copilot_internal/user")
      expect(userLookups.map((request) => request.headers["authorization"])).toContain("Bearer minted-for-alice")
    }), 120_000)

  it.scoped("a gitHubTokenProvider that fails when the session starts makes the runtime refuse the session, naming the provider; the client goes on", () =>
    Effect.gen(function*() {
      const failure = yield* CopilotSession.withSession({
        gitHubTokenProvider: () => Effect.fail(new Error("no installation for this host"))
      }, () => Effect.void).pipe(Effect.flip)
      expect(failure.message).toContain("GitHub token provider")
      expect(failure.message).toContain("no installation for this host")
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Still here.")
      const answer = yield* CopilotSession.withSession({ onPermissionRequest: Handlers.approveAll }, (session) =>
        session.sendAndWait("Anyone?"))
      expect(Option.map(answer, (m) => m.data.content)).toEqual(Option.some("Still here."))
    }), 120_000)

  it.scoped("an Anthropic provider beside the Copilot API: its model's turns go to its Messages endpoint with the token, a bare Copilot model's to the Copilot API", () =>
    Effect.gen(function*() {
      const capi = yield* ScriptedModel.ScriptedModel
      const claude = yield* secondModel
      const fromClaude = (yield* claude.requests).length
      const fromCapi = (yield* capi.requests).length
      yield* claude.reply("Claude, via Messages.")
      yield* capi.reply("Copilot, via the Copilot API.")
      const answers = yield* CopilotSession.withSession({
        model: "anthropic/opus",
        providers: [{
          name: "anthropic",
          type: "anthropic",
          baseUrl: claude.url,
          bearerTokenProvider: Effect.succeed(Redacted.make("anthropic-oauth-token"))
        }],
        models: [{ id: "opus", provider: "anthropic", wireModel: "claude-opus-wire", modelId: "claude-sonnet-4.5" }],
        onPermissionRequest: Handlers.approveAll
      }, (session) =>
        Effect.gen(function*() {
          const first = yield* session.sendAndWait("Who are you?")
          yield* session.setModel("gpt-5")
          const second = yield* session.sendAndWait("And now?")
          return [first, second].map(Option.map((message) => message.data.content))
        }))
      expect(answers).toEqual([Option.some("Claude, via Messages."), Option.some("Copilot, via the Copilot API.")])
      const messages = (yield* claude.requests).slice(fromClaude).filter((request) => request.path === "/v1/messages")
      expect(messages.map((request) => request.headers["authorization"])).toEqual(["Bearer anthropic-oauth-token"])
      expect(messages.map((request) => Option.getOrUndefined(request.body))).toMatchObject([{ model: "claude-opus-wire" }])
      expect(yield* wireModels(capi, fromCapi)).toEqual(["gpt-5"])
    }), 120_000)

  it.scoped("a GitHub token close to expiry is refreshed: the provider is asked again with reason refresh", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.setUser("short-lived-1", { login: "bob" })
      yield* model.setUser("short-lived-2", { login: "bob" })
      const asked = yield* Ref.make<ReadonlyArray<Auth.GitHubTokenRequest>>([])
      yield* model.reply("One.")
      yield* model.reply("Two.")
      const from = (yield* model.requests).length
      yield* CopilotSession.withSession({
        gitHubTokenProvider: (request) =>
          Effect.map(Ref.updateAndGet(asked, (all) => [...all, request]), (all) => ({
            token: Redacted.make(`short-lived-${Math.min(all.length, 2)}`),
            // Just over the runtime's one-hour refresh threshold: within seconds it is due.
            expiresIn: "3602 seconds"
          })),
        onPermissionRequest: Handlers.approveAll
      }, (session) =>
        Effect.gen(function*() {
          yield* session.sendAndWait("One")
          // Let the token age past the threshold (the runtime checks before it uses the token).
          yield* Effect.sleep("3 seconds")
          yield* session.sendAndWait("Two")
          yield* session.call(Methods.SessionGitHubAuthGetCurrentAuthInfo, {})
        }))
      const reasons = (yield* Ref.get(asked)).map((request) => request.reason)
      expect(reasons[0]).toBe("initial")
      expect(reasons).toContain("refresh")
      // The turn after the refresh goes out with the new token.
      expect(yield* authorizations(model, from)).toEqual(["Bearer short-lived-1", "Bearer short-lived-2"])
    }), 120_000)
})

/** A runtime whose client hands every session without an identity of its own a GitHub token. */
const ClientWideTokens = TestRuntime.layer({
  client: {
    gitHubTokenProvider: (request) =>
      Effect.succeed({ token: Redacted.make(`client-wide-${request.reason}`), expiresIn: "8 hours" })
  },
  model: { users: { "scripted-model-token": { login: "runtime" }, "client-wide-initial": { login: "carol" } } }
})

layer(ClientWideTokens, { excludeTestServices: true })("the client's GitHub token provider on the real runtime", (it) => {
  it.effect("serves a session that brings no identity; one with its own gitHubToken keeps it", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.setUser("own-token", { login: "dave" })
      const served = yield* CopilotSession.withSession({}, (session) =>
        session.call(Methods.SessionGitHubAuthGetCurrentAuthInfo, {}))
      expect(served).toMatchObject({ type: "token-provider", copilotUser: { login: "carol" } })
      const own = yield* CopilotSession.withSession({ gitHubToken: Redacted.make("own-token") }, (session) =>
        session.call(Methods.SessionGitHubAuthGetCurrentAuthInfo, {}))
      expect(own).not.toMatchObject({ type: "token-provider" })
      expect(own).toMatchObject({ copilotUser: { login: "dave" } })
    }), 120_000)
})
