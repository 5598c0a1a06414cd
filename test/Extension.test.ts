/**
 * Joining a session as an extension, against the fake runtime: what the
 * join sends, how the environment grant is applied (only what was asked
 * for, a missing or refused variable a typed failure), and that leaving the
 * scope leaves the session running; and the extension options a host sets
 * on the sessions it creates and resumes.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import { CopilotClient, CopilotSession, SessionConfig, Tool } from "effect-copilot"
import { Extension } from "effect-copilot/extension"
import { FakeRuntime } from "effect-copilot/testing"

const SESSION = "5a7e0c1d-93f4-4e0b-8c55-1b2a3c4d5e6f"

const greet = Tool.make("greet", {
  description: "Greets someone",
  parameters: Schema.Struct({ name: Schema.String }),
  handler: ({ name }) => Effect.succeed(`Hello, ${name}!`)
})

/** A fake runtime whose session.resume answers with `granted` (or refuses with `denial`). */
const host = (answer: { readonly granted?: Record<string, string>; readonly denial?: string }) =>
  Effect.gen(function*() {
    const fake = yield* FakeRuntime.FakeRuntime
    yield* fake.handle(
      "session.resume",
      answer.denial !== undefined
        ? FakeRuntime.answerError(-32603, answer.denial)
        : FakeRuntime.answer({
          sessionId: SESSION,
          ...(answer.granted === undefined ? {} : { grantedEnvironmentVariables: answer.granted })
        })
    )
    yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
    const client = yield* CopilotClient.CopilotClient
    return { fake, client }
  })

const failure = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.flatMap(Effect.either(effect), Either.match({
    onLeft: Effect.succeed,
    onRight: () => Effect.dieMessage("expected a failure")
  }))

/** Runs `f` with `names` unset in the environment, restoring them afterwards. */
const withoutEnv = <A, E, R>(names: ReadonlyArray<string>, f: Effect.Effect<A, E, R>) =>
  Effect.acquireUseRelease(
    Effect.sync(() => {
      const saved = names.map((name) => [name, process.env[name]] as const)
      for (const name of names) delete process.env[name]
      return saved
    }),
    () => f,
    (saved) =>
      Effect.sync(() => {
        for (const [name, value] of saved) {
          if (value === undefined) delete process.env[name]
          else process.env[name] = value
        }
      })
  )

describe("Extension.join", () => {
  it.scoped("resumes the session without the resume event, with the extension's tools and its environment request", () =>
    withoutEnv(
      ["EXT_TEST_TOKEN"],
      Effect.gen(function*() {
        const { client, fake } = yield* host({ granted: { EXT_TEST_TOKEN: "t0k3n" } })
        const session = yield* Extension.join(client, SESSION, {
          tools: [greet],
          requestedEnvironmentVariables: ["EXT_TEST_TOKEN", "EXT_TEST_TOKEN"]
        })
        expect(session.sessionId).toBe(SESSION)
        const [resume] = yield* fake.requests("session.resume")
        expect(resume?.params).toMatchObject({
          sessionId: SESSION,
          disableResume: true,
          requestedEnvironmentVariables: ["EXT_TEST_TOKEN"],
          tools: [expect.objectContaining({ name: "greet" })]
        })
        expect(process.env["EXT_TEST_TOKEN"]).toBe("t0k3n")
      })
    ).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.scoped("sends no environment request when it asks for nothing", () =>
    Effect.gen(function*() {
      const { client, fake } = yield* host({})
      yield* Extension.join(client, SESSION, { tools: [greet], requestedEnvironmentVariables: [] })
      const [resume] = yield* fake.requests("session.resume")
      expect(resume?.params).not.toHaveProperty("requestedEnvironmentVariables")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.scoped("applies only the variables it asked for, whatever else the host grants", () =>
    withoutEnv(
      ["EXT_TEST_TOKEN", "EXT_TEST_SMUGGLED"],
      Effect.gen(function*() {
        const { client } = yield* host({ granted: { EXT_TEST_TOKEN: "ok", EXT_TEST_SMUGGLED: "not asked for" } })
        yield* Extension.join(client, SESSION, { requestedEnvironmentVariables: ["EXT_TEST_TOKEN"] })
        expect(process.env["EXT_TEST_TOKEN"]).toBe("ok")
        expect(process.env["EXT_TEST_SMUGGLED"]).toBeUndefined()
      })
    ).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.scoped("fails with EnvironmentNotGranted naming what is neither granted nor set", () =>
    withoutEnv(
      ["EXT_TEST_TOKEN", "EXT_TEST_OTHER"],
      Effect.gen(function*() {
        const { client } = yield* host({ granted: { EXT_TEST_TOKEN: "ok" } })
        process.env["EXT_TEST_OTHER"] = "already set"
        const granted = yield* Extension.join(client, SESSION, {
          requestedEnvironmentVariables: ["EXT_TEST_TOKEN", "EXT_TEST_OTHER"]
        })
        expect(granted.sessionId).toBe(SESSION)
        delete process.env["EXT_TEST_OTHER"]
        const error = yield* failure(Extension.join(client, SESSION, {
          requestedEnvironmentVariables: ["EXT_TEST_OTHER"]
        }))
        expect(error).toMatchObject({ _tag: "EnvironmentNotGranted", names: ["EXT_TEST_OTHER"] })
        expect(error.message).toContain("EXT_TEST_OTHER")
      })
    ).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.scoped("fails with EnvironmentNotGranted when the host refuses the request", () =>
    withoutEnv(
      ["EXT_TEST_TOKEN"],
      Effect.gen(function*() {
        const { client } = yield* host({
          denial: "Extension \"greeter\" was denied access to sensitive environment variables"
        })
        const error = yield* failure(Extension.join(client, SESSION, { requestedEnvironmentVariables: ["EXT_TEST_TOKEN"] }))
        expect(error).toMatchObject({ _tag: "EnvironmentNotGranted", names: ["EXT_TEST_TOKEN"] })
        expect(process.env["EXT_TEST_TOKEN"]).toBeUndefined()
      })
    ).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("leaves the joined session running when its scope closes", () =>
    Effect.gen(function*() {
      const { client, fake } = yield* host({})
      yield* Effect.scoped(Extension.join(client, SESSION, { tools: [greet] }))
      expect(yield* fake.requests("session.destroy")).toEqual([])
      expect(yield* fake.requests("session.abort")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("Extension.joinSession", () => {
  it.scoped("fails with NotAnExtension outside the Copilot CLI", () =>
    withoutEnv(
      ["SESSION_ID"],
      Effect.gen(function*() {
        const error = yield* failure(Extension.joinSession({ tools: [greet] }))
        expect(error._tag).toBe("NotAnExtension")
        expect(error.message).toContain("SESSION_ID")
      })
    ))
})

describe("extension options of a host's session", () => {
  const options = {
    extensionSdkPath: "/opt/host/copilot-sdk",
    extensionInfo: { source: "github-app", name: "board" }
  } as const

  it.effect("session.create and session.resume carry extensionSdkPath and extensionInfo as given", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("session.create", FakeRuntime.sessionStarted)
      yield* fake.handle("session.resume", FakeRuntime.sessionStarted)
      yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
      const client = yield* CopilotClient.CopilotClient
      yield* Effect.scoped(CopilotSession.make(client, { sessionId: SESSION, ...options }))
      yield* Effect.scoped(CopilotSession.makeResumed(client, SESSION, options))
      const [create] = yield* fake.requests("session.create")
      const [resume] = yield* fake.requests("session.resume")
      for (const request of [create, resume]) {
        expect(request?.params).toMatchObject({
          sessionId: SESSION,
          extensionSdkPath: "/opt/host/copilot-sdk",
          extensionInfo: { source: "github-app", name: "board" }
        })
      }
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("are not sent when not set, and an extensionInfo without its name is refused before anything is sent", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("session.create", FakeRuntime.sessionStarted)
      yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
      const client = yield* CopilotClient.CopilotClient
      yield* Effect.scoped(CopilotSession.make(client, { sessionId: SESSION }))
      const [create] = yield* fake.requests("session.create")
      expect(create?.params).not.toHaveProperty("extensionSdkPath")
      expect(create?.params).not.toHaveProperty("extensionInfo")
      const untyped: SessionConfig.SessionConfig<never> = JSON.parse(`{"extensionInfo":{"source":"github-app"}}`)
      const error = yield* failure(Effect.scoped(CopilotSession.make(client, untyped)))
      expect(error._tag).toBe("InvalidConfig")
      expect(error.message).toContain(`"extensionInfo.name" is missing`)
      expect(yield* fake.requests("session.create")).toHaveLength(1)
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
