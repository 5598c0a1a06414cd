import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as CopilotClient from "../src/CopilotClient.js"
import * as FakeRuntime from "../src/testing/FakeRuntime.js"

describe("CopilotClient clientInfo", () => {
  it.effect("declares the application on the connect handshake, under the runtime's names", () =>
    Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      const [connect] = yield* fake.requests("connect")
      expect(connect?.params).toMatchObject({
        clientInfo: { editorName: "acme-portal", editorVersion: "2.4.0", extensionName: "acme-plugin" }
      })
    }).pipe(Effect.provide(FakeRuntime.layerClientWith({
      client: { clientInfo: { applicationName: "acme-portal", applicationVersion: "2.4.0", integrationName: "acme-plugin" } }
    }))))

  it.effect("sends none when none is set", () =>
    Effect.gen(function*() {
      yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      const [connect] = yield* fake.requests("connect")
      expect(connect?.params).not.toHaveProperty("clientInfo")
    }).pipe(Effect.provide(FakeRuntime.layerClientWith())))

  it.effect("refuses an unknown or mistyped field before start-up", () =>
    Effect.gen(function*() {
      const clientInfo: CopilotClient.ClientInfo = JSON.parse(`{"editorName":"acme"}`)
      const error = yield* CopilotClient.CopilotClient.pipe(
        Effect.provide(FakeRuntime.layerClientWith({ client: { clientInfo } })),
        Effect.flip
      )
      expect(error._tag).toBe("InvalidConfig")
      expect(error.message).toContain(`["editorName"]`)
      const mistyped: CopilotClient.ClientInfo = JSON.parse(`{"applicationVersion":2}`)
      const typed = yield* CopilotClient.CopilotClient.pipe(
        Effect.provide(FakeRuntime.layerClientWith({ client: { clientInfo: mistyped } })),
        Effect.flip
      )
      expect(typed.message).toContain(`["applicationVersion"]`)
    }))
})
