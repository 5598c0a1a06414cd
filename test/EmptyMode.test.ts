/**
 * The client's mode `"empty"` against the fake runtime: what the client
 * requires (a place for session state; `availableTools` on every session),
 * each missing piece an InvalidConfig saying which, and the defaults a
 * session gets on the wire (the environment-context section removed, custom
 * agents local only, exclusions winning), the session's own values winning.
 * Mode `"copilot-cli"` changes nothing.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { CopilotClient, CopilotSession, RuntimeConnection, SessionConfig, ToolSet } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const EmptyClient = FakeRuntime.layerClientWith({ client: { mode: "empty", baseDirectory: "/srv/copilot" } })

const sessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", FakeRuntime.sessionStarted)
  yield* fake.handle("session.resume", FakeRuntime.sessionStarted)
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  return fake
})

/** The params of the last `method` request. */
const lastParams = (fake: FakeRuntime.FakeRuntimeService, method: string) =>
  Effect.map(fake.requests(method), (requests) => requests[requests.length - 1]!.params as Record<string, unknown>)

const isolated = ToolSet.builtIn(ToolSet.BuiltInTools.isolated)

describe("mode empty: what the client requires", () => {
  it.effect("a client without baseDirectory or sessionFs is an InvalidConfig naming both, before any runtime starts", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Effect.scoped(CopilotClient.make({ mode: "empty" })))
      expect(error._tag).toBe("InvalidConfig")
      expect(error.message).toContain(`mode "empty" needs a place for session state`)
      expect(error.message).toContain("baseDirectory")
      expect(error.message).toContain("sessionFs")
    }))

  it.effect("the same over a connection built by hand (the fake runtime's)", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        Layer.build(FakeRuntime.layerClientWith({ client: { mode: "empty" } })).pipe(Effect.scoped)
      )
      expect(error._tag).toBe("InvalidConfig")
    }))

  it.effect("baseDirectory or sessionFs is enough, and a Uri runtime keeps its own state", () =>
    Effect.gen(function*() {
      for (
        const client of [
          { mode: "empty", baseDirectory: "/srv/copilot" },
          { mode: "empty", sessionFs: { initialCwd: "/", sessionStatePath: "/state" } }
        ] as const
      ) {
        yield* Layer.build(FakeRuntime.layerClientWith({
          client,
          fake: { handlers: { "sessionFs.setProvider": FakeRuntime.answer({ success: true }) } }
        })).pipe(Effect.scoped)
      }
      // A Uri client passes the mode check; it then fails only to connect (nothing listens there).
      const uri = yield* Effect.flip(
        Effect.scoped(CopilotClient.make({
          mode: "empty",
          connection: RuntimeConnection.Uri({ url: "127.0.0.1:9" }),
          startTimeout: "5 seconds"
        }))
      )
      expect(uri._tag).toBe("ConnectionFailed")
    }))

  it.effect("a session without availableTools is an InvalidConfig saying so; nothing is sent", () =>
    Effect.gen(function*() {
      const fake = yield* sessions
      const create = yield* Effect.flip(CopilotSession.withSession({}, () => Effect.void))
      expect(create._tag).toBe("InvalidConfig")
      expect(create.message).toContain(`the client is in mode "empty", so the session must name its tools: set "availableTools"`)
      const resume = yield* Effect.flip(CopilotSession.withResumedSession("s-old", {}, () => Effect.void))
      expect(resume.message).toContain(`set "availableTools"`)
      const cloud = yield* Effect.flip(CopilotSession.withCloudSession({ cloud: {} }, () => Effect.void))
      expect(cloud.message).toContain(`set "availableTools"`)
      expect(yield* fake.requests("session.create")).toEqual([])
      expect(yield* fake.requests("session.resume")).toEqual([])
    }).pipe(Effect.provide(EmptyClient)))
})

describe("mode empty: a session's defaults on the wire", () => {
  it.effect("environment context removed, custom agents local only, the tools as named, exclusions winning", () =>
    Effect.gen(function*() {
      const fake = yield* sessions
      yield* CopilotSession.withSession({ availableTools: isolated, excludedTools: ["task"] }, () => Effect.void)
      const params = yield* lastParams(fake, "session.create")
      expect(params["systemMessage"]).toEqual({ mode: "customize", sections: { environment_context: { action: "remove" } } })
      expect(params["customAgentsLocalOnly"]).toBe(true)
      expect(params["availableTools"]).toEqual(ToolSet.toFilters(isolated).available)
      expect(params["excludedTools"]).toEqual(["task"])
      expect(params["toolFilterPrecedence"]).toBe("excluded")
      // Nothing else of the CLI's defaults is changed.
      for (const key of ["enableSkills", "enableSessionTelemetry", "memory", "isExperimentalMode", "enableFileHooks"]) {
        expect(params, key).not.toHaveProperty(key)
      }
    }).pipe(Effect.provide(EmptyClient)))

  it.effect("the session's own choices win", () =>
    Effect.gen(function*() {
      const fake = yield* sessions
      const cases: ReadonlyArray<readonly [SessionConfig.SessionConfig<never>, Record<string, unknown>]> = [
        [
          { availableTools: [], customAgentsLocalOnly: false, systemMessage: { content: "Be brief." } },
          {
            customAgentsLocalOnly: false,
            systemMessage: { mode: "customize", sections: { environment_context: { action: "remove" } }, content: "Be brief." }
          }
        ],
        [
          { availableTools: [], systemMessage: { mode: "replace", content: "You are a SQL expert." } },
          { systemMessage: { mode: "replace", content: "You are a SQL expert." } }
        ],
        [
          {
            availableTools: [],
            systemMessage: { mode: "customize", sections: { environment_context: { action: "preserve" }, tone: { action: "remove" } } }
          },
          {
            systemMessage: {
              mode: "customize",
              sections: { environment_context: { action: "preserve" }, tone: { action: "remove" } }
            }
          }
        ],
        [
          { availableTools: [], systemMessage: { mode: "customize", sections: { tone: { action: "remove" } } } },
          {
            systemMessage: {
              mode: "customize",
              sections: { tone: { action: "remove" }, environment_context: { action: "remove" } }
            }
          }
        ],
        [
          { availableTools: [], systemMessageTransforms: { environment_context: (content) => Effect.succeed(content) } },
          { systemMessage: { mode: "customize", sections: { environment_context: { action: "transform" } } } }
        ]
      ]
      for (const [config, expected] of cases) {
        yield* CopilotSession.withSession(config, () => Effect.void)
        expect(yield* lastParams(fake, "session.create"), JSON.stringify(config)).toMatchObject(expected)
      }
    }).pipe(Effect.provide(EmptyClient)))

  it.effect("resume gets the same defaults", () =>
    Effect.gen(function*() {
      const fake = yield* sessions
      yield* CopilotSession.withResumedSession("s-old", { availableTools: isolated }, () => Effect.void)
      const params = yield* lastParams(fake, "session.resume")
      expect(params["systemMessage"]).toEqual({ mode: "customize", sections: { environment_context: { action: "remove" } } })
      expect(params["customAgentsLocalOnly"]).toBe(true)
    }).pipe(Effect.provide(EmptyClient)))
})

describe("mode copilot-cli (the default)", () => {
  it.effect("needs no availableTools and sends the config as it is", () =>
    Effect.gen(function*() {
      const fake = yield* sessions
      yield* CopilotSession.withSession({}, () => Effect.void)
      const params = yield* lastParams(fake, "session.create")
      for (const key of ["systemMessage", "customAgentsLocalOnly", "availableTools", "toolFilterPrecedence"]) {
        expect(params, key).not.toHaveProperty(key)
      }
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it("withModeDefaults leaves the config alone", () => {
    const config = { systemMessage: { content: "x" } }
    expect(SessionConfig.withModeDefaults(config, "copilot-cli")).toBe(config)
  })
})
