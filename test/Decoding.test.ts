/**
 * Tolerant in, strict out: what the runtime sends is decoded tolerantly, what
 * the SDK sends is checked strictly, and each failure is a typed error that
 * keeps what is needed to act on it.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Predicate, Ref, Schema } from "effect"
import { CopilotClient, CopilotSession, Hooks, SessionEvent } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"
import * as Connection from "../src/internal/connection.js"
import * as Method from "../src/internal/jsonrpc/Method.js"
import { Methods } from "../src/generated/Methods.js"

/** A method whose params carry a constraint the type cannot express. */
const Resize = Method.make(
  "test.resize",
  Schema.Struct({ sizes: Schema.Array(Schema.Struct({ width: Schema.Number.pipe(Schema.int()) })) }),
  Schema.Struct({})
)

/** The same, with the list optional: a wrong width is also "not undefined" to the optional list around it. */
const Thumbnails = Method.make(
  "test.thumbnails",
  Schema.Struct({ sizes: Schema.optional(Schema.Array(Schema.Struct({ width: Schema.Number.pipe(Schema.int()) }))) }),
  Schema.Struct({})
)

describe("outbound params are strict, and a mismatch is a typed error", () => {
  it.effect("params that do not encode fail with InvalidParams naming the method and the field; nothing is sent", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const client = yield* CopilotClient.CopilotClient
      const error = yield* Effect.flip((yield* Connection.of(client)).protocol.call(Resize, { sizes: [{ width: 1 }, { width: 2.5 }] }))
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
  it.effect("a -32601 answer is a MethodNotServed that says the runtime does not serve the method, from any call", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("user.settings.reload", FakeRuntime.answerError(-32601, "Unhandled method user.settings.reload"))
      const client = yield* CopilotClient.CopilotClient
      const connection = yield* Connection.of(client)
      const error = yield* Effect.flip(connection.protocol.call(Methods.UserSettingsReload, {}))
      expect(error._tag).toBe("MethodNotServed")
      if (error._tag !== "MethodNotServed") return
      expect(error.reason).toBe("Unhandled method user.settings.reload")
      expect(error.message).toContain("does not serve user.settings.reload")
      expect(error.message).toContain("Unhandled method")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("other error answers are left as the runtime worded them", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("user.settings.reload", FakeRuntime.answerError(-32603, "disk full"))
      const client = yield* CopilotClient.CopilotClient
      const error = yield* Effect.flip(client.call(Methods.UserSettingsReload, {}))
      expect(error).toMatchObject({ _tag: "RpcError", code: -32603, message: "disk full" })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("inbound data is decoded tolerantly", () => {
  it("session.agent.getCurrent with no agent selected answers { agent: null }", () => {
    const result = Schema.decodeUnknownSync(Methods.SessionAgentGetCurrent.result)({ agent: null })
    expect(result.agent).toBeNull()
  })

  it("user.settings.set may answer null", () => {
    expect(Schema.decodeUnknownSync(Methods.UserSettingsSet.result)(null)).toBeNull()
    expect(Schema.decodeUnknownSync(Methods.UserSettingsSet.result)({ shadowedKeys: ["theme"] })).toEqual({
      shadowedKeys: ["theme"]
    })
  })

  it("SQL todo rows with NULL columns decode, the nulls as absent fields", () => {
    const wire = { rows: [{ id: "t1", title: "Write tests", description: null, status: "pending", createdAt: null }] }
    const plain = Schema.decodeUnknownSync(Methods.SessionPlanReadSqlTodos.result)(wire)
    expect(plain.rows).toEqual([{ id: "t1", title: "Write tests", status: "pending" }])
    const withDependencies = Schema.decodeUnknownSync(Methods.SessionPlanReadSqlTodosWithDependencies.result)({
      ...wire,
      dependencies: [{ todoId: "t1", dependsOn: "t0" }]
    })
    expect(withDependencies.rows[0]).not.toHaveProperty("description")
  })

  it("an enum value the schema does not list still reaches the user", () => {
    expect(Schema.decodeUnknownSync(Methods.SessionModeGet.result)("some-future-mode")).toBe("some-future-mode")
    expect(Schema.decodeUnknownSync(Methods.SessionModeGet.result)("plan")).toBe("plan")
  })

  it("an event carrying an unlisted enum value is still the known event, not an unknown one", () => {
    const event = SessionEvent.decode({
      id: "e1",
      timestamp: "2026-01-02T03:04:05.000Z",
      parentId: null,
      type: "session.mode_changed",
      data: { previousMode: "interactive", newMode: "some-future-mode" }
    })
    expect(event.type).toBe("session.mode_changed")
    if (event.type !== "session.mode_changed") return
    expect(event.data.newMode).toBe("some-future-mode")
  })
})

describe("outbound data is encoded strictly", () => {
  it("a file or directory attachment without displayName is sent as given", () => {
    const wire = Schema.encodeSync(Methods.SessionSend.params)({
      sessionId: "s",
      prompt: "Look at this",
      attachments: [{ type: "file", path: "/repo/a.ts" }, { type: "directory", path: "/repo/src" }]
    })
    expect(wire.attachments).toEqual([{ type: "file", path: "/repo/a.ts" }, { type: "directory", path: "/repo/src" }])
  })

  it("an enum value the protocol does not list is refused on the way out, naming the field", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const client = yield* CopilotClient.CopilotClient
      const error = yield* Effect.flip((yield* Connection.of(client)).protocol.call(Methods.SessionModeSet, { sessionId: "s", mode: "turbo" }))
      expect(error._tag).toBe("InvalidParams")
      if (error._tag !== "InvalidParams") return
      expect(error.issues[0]?.path).toBe("mode")
      expect(error.issues[0]?.problem).toBe(`Expected "interactive" | "plan" | "autopilot", actual "turbo"`)
      expect(yield* fake.requests("session.mode.set")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a wrong field deep inside optional params is named, not the optional field around it", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const error = yield* Effect.flip((yield* Connection.of(client)).protocol.call(Thumbnails, { sizes: [{ width: 1.5 }] }))
      if (error._tag !== "InvalidParams") throw new Error(`expected InvalidParams, got ${error._tag}`)
      expect(error.issues.map((issue) => issue.path)).toEqual(["sizes[0].width"])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it("an optional field is never sent as null, and null is refused in params", () => {
    const encode = Schema.encodeUnknownEither(Methods.SessionSend.params)
    expect(Either.isLeft(encode({ sessionId: "s", prompt: "Hi", displayPrompt: null }))).toBe(true)
    expect(Either.getOrThrow(encode({ sessionId: "s", prompt: "Hi" }))).toEqual({ sessionId: "s", prompt: "Hi" })
  })
})

describe("hand-written results are tolerant too", () => {
  it.effect("a session.create answered with capabilities: null opens the session, without capabilities", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("session.create", (params) =>
        Effect.succeed({
          sessionId: Predicate.hasProperty(params, "sessionId") ? params.sessionId : "?",
          workspacePath: null,
          capabilities: null,
          modelState: null,
          mode: "interactive"
        }))
      yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
      const client = yield* CopilotClient.CopilotClient
      const info = yield* Effect.scoped(Effect.map(CopilotSession.make(client, { model: "m" }), (session) => session.info))
      expect(info.mode).toBe("interactive")
      expect(info).not.toHaveProperty("capabilities")
      expect(info).not.toHaveProperty("modelState")
      yield* fake.takeRequest("session.destroy")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a session listing with null optional members decodes", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("session.list", FakeRuntime.answer({
        sessions: [{
          sessionId: "s1",
          startTime: "2026-01-01T00:00:00.000Z",
          modifiedTime: "2026-01-01T00:01:00.000Z",
          summary: null,
          isRemote: null,
          context: { cwd: "/repo", gitRoot: null, branch: "main" }
        }]
      }))
      const [session] = yield* CopilotClient.listSessions()
      expect(session).toMatchObject({ sessionId: "s1", isRemote: false, context: { workingDirectory: "/repo", branch: "main" } })
      expect(session).not.toHaveProperty("summary")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("the runtime's requests are decoded tolerantly", () => {
  it.effect("a userInput.request with null optional members reaches the handler, the nulls absent", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("session.create", () => Effect.succeed({ sessionId: "s-input" }))
      yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
      const answer = yield* CopilotSession.withSession({
        sessionId: "s-input",
        onUserInputRequest: (request) =>
          Effect.succeed({ answer: `${request.question} ${"choices" in request ? "with" : "without"} choices`, wasFreeform: true })
      }, () => fake.request("userInput.request", { sessionId: "s-input", question: "Which branch?", choices: null, allowFreeform: null }))
      expect(answer).toMatchObject({
        _tag: "SuccessResponse",
        message: { result: { answer: "Which branch? without choices", wasFreeform: true } }
      })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a hook input with null optional members still runs the hook", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<ReadonlyArray<Hooks.SessionEndHookInput>>([])
      const hooks: Hooks.SessionHooks<never> = {
        onSessionEnd: (input) => Effect.as(Ref.update(seen, (all) => [...all, input]), undefined)
      }
      yield* Hooks.invokeHook(hooks, {
        sessionId: "s",
        hookType: "sessionEnd",
        input: { sessionId: "s", timestamp: 1700000000000, cwd: "/w", reason: "complete", finalMessage: null, error: null }
      }, { sessionId: "s" })
      const [input] = yield* Ref.get(seen)
      expect(input).toMatchObject({ reason: "complete", workingDirectory: "/w" })
      expect(input).not.toHaveProperty("finalMessage")
      expect(input).not.toHaveProperty("error")
    }))
})
