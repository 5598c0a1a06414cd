import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { CopilotClient, CopilotSession, RuntimeConnection } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

describe("sessions on a client service in hand (CopilotSession.make)", () => {
  it.effect("CopilotSession.make sends session.create with the id it registered, and releases it with session.destroy", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("session.create", (params) =>
        Effect.succeed({ sessionId: typeof params === "object" && params !== null && "sessionId" in params ? params.sessionId : "?" }))
      yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
      const client = yield* CopilotClient.CopilotClient
      const sessionId = yield* Effect.scoped(Effect.map(CopilotSession.make(client, { model: "m" }), (s) => s.sessionId))
      const [create] = yield* fake.requests("session.create")
      expect(create?.params).toMatchObject({ sessionId, model: "m" })
      const destroy = yield* fake.takeRequest("session.destroy")
      expect(destroy.params).toEqual({ sessionId })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("CopilotSession.make refuses a cloud config, naming the cloud constructor", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const error = yield* Effect.scoped(CopilotSession.make(client, { cloud: {} })).pipe(Effect.flip)
      expect(error._tag).toBe("InvalidConfig")
      expect(error.message).toContain("createCloud")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a config that is not an object is an InvalidConfig, not a TypeError, and nothing is sent", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const client = yield* CopilotClient.CopilotClient
      const notAConfig: CopilotSession.LifecycleOptions = JSON.parse("null")
      const error = yield* Effect.scoped(CopilotSession.make(client, notAConfig)).pipe(Effect.flip)
      expect(error._tag).toBe("InvalidConfig")
      expect(yield* fake.requests("session.create")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("client options", () => {
  it.effect("a token or sign-in choice with a Uri connection is an InvalidConfig, before anything is reached", () =>
    Effect.gen(function*() {
      const error = yield* Effect.scoped(
        CopilotClient.make({
          connection: RuntimeConnection.Uri({ url: "127.0.0.1:1" }),
          githubToken: Redacted.make("secret-token-xyz")
        })
      ).pipe(Effect.flip)
      expect(error._tag).toBe("InvalidConfig")
      expect(error.message).toContain("Uri connection")
      expect(error.message).not.toContain("secret-token-xyz")
    }))
})
