/**
 * Tolerant in, strict out: what the runtime sends is decoded tolerantly, what
 * the SDK sends is checked strictly, and each failure is a typed error that
 * keeps what is needed to act on it.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { CopilotClient } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"
import * as Method from "../src/internal/jsonrpc/Method.js"
import * as Methods from "../src/generated/Methods.js"

/** A method whose params carry a constraint the type cannot express. */
const Resize = Method.make(
  "test.resize",
  Schema.Struct({ sizes: Schema.Array(Schema.Struct({ width: Schema.Number.pipe(Schema.int()) })) }),
  Schema.Struct({})
)

describe("outbound params are strict, and a mismatch is a typed error", () => {
  it.effect("params that do not encode fail with InvalidParams naming the method and the field; nothing is sent", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const client = yield* CopilotClient.CopilotClient
      const error = yield* Effect.flip(client.protocol.call(Resize, { sizes: [{ width: 1 }, { width: 2.5 }] }))
      expect(error._tag).toBe("InvalidParams")
      if (error._tag !== "InvalidParams") return
      expect(error.method).toBe("test.resize")
      expect(error.issues).toHaveLength(1)
      expect(error.issues[0]).toMatchObject({ path: "sizes[1].width", change: "give sizes[1].width a value the protocol accepts" })
      expect(error.issues[0]?.problem).toContain("integer")
      expect(error.message).toContain("test.resize")
      expect(error.message).toContain("sizes[1].width")
      expect(yield* fake.requests("test.resize")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("answers that do not decode keep the raw value", () => {
  it.effect("a ResponseDecodeError carries the method, the Schema's message and the answer as sent", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const answer = { version: 1.5, protocolVersion: 3, extra: ["kept"] }
      yield* fake.handle("status.get", FakeRuntime.answer(answer))
      const error = yield* Effect.flip(CopilotClient.getStatus)
      expect(error._tag).toBe("ResponseDecodeError")
      if (error._tag !== "ResponseDecodeError") return
      expect(error.method).toBe("status.get")
      expect(error.message).toContain("version")
      expect(error.raw).toEqual(answer)
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("methods the runtime does not serve", () => {
  it.effect("a -32601 answer is an RpcError that says the runtime does not serve the method", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("user.settings.reload", FakeRuntime.answerError(-32601, "Unhandled method user.settings.reload"))
      const client = yield* CopilotClient.CopilotClient
      const error = yield* Effect.flip(client.protocol.call(Methods.UserSettingsReload, {}))
      expect(error._tag).toBe("RpcError")
      if (error._tag !== "RpcError") return
      expect(error.methodNotServed).toBe(true)
      expect(error.code).toBe(-32601)
      expect(error.message).toContain("does not serve user.settings.reload")
      expect(error.message).toContain("Unhandled method")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("other error answers are left as the runtime worded them", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("user.settings.reload", FakeRuntime.answerError(-32603, "disk full"))
      const client = yield* CopilotClient.CopilotClient
      const error = yield* Effect.flip(client.protocol.call(Methods.UserSettingsReload, {}))
      expect(error).toMatchObject({ _tag: "RpcError", code: -32603, message: "disk full", methodNotServed: false })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
