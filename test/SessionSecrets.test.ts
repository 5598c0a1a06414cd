/**
 * A session's provider key and GitHub token join the client's secrets: once
 * the session is opened with them, what the runtime says (here an error
 * answer quoting them) reaches the user scrubbed.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { CopilotSession } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const API_KEY = "sk-provider-key-0123456789"
const SESSION_TOKEN = "ghu_session-token-0123456789"

describe("session secrets", () => {
  it.effect("the provider key and session token are scrubbed from the runtime's error answers", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("session.create", FakeRuntime.sessionStarted)
      yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
      yield* fake.handle(
        "session.send",
        FakeRuntime.answerError(-32603, `provider rejected key ${API_KEY} (session token ${SESSION_TOKEN})`)
      )
      const error = yield* CopilotSession.withSession({
        sessionId: "s-secret",
        provider: { type: "openai", baseUrl: "http://127.0.0.1:9/v1", apiKey: Redacted.make(API_KEY) },
        gitHubToken: Redacted.make(SESSION_TOKEN)
      }, (session) => Effect.flip(session.send("hi")))
      expect(error._tag).toBe("RpcError")
      expect(error.message).toContain("provider rejected key")
      expect(error.message).not.toContain(API_KEY)
      expect(error.message).not.toContain(SESSION_TOKEN)
      // The key did reach the runtime, in the create request's params.
      const [create] = yield* fake.requests("session.create")
      expect(JSON.stringify(create?.params)).toContain(API_KEY)
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
