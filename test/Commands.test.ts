/**
 * Client slash commands against the fake runtime, at the protocol's level:
 * their declaration on `session.create` and `session.resume`, the answer to a
 * `command.execute` event (done, or the handler's error, whatever the handler
 * does), commands of other clients left alone, and the config checks.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Ref } from "effect"
import { type Commands, CopilotSession, SessionConfig } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const SESSION = "s-commands"

const withSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", FakeRuntime.sessionStarted)
  yield* fake.handle("session.resume", FakeRuntime.sessionStarted)
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  yield* fake.handle("session.commands.handlePendingCommand", FakeRuntime.answer({ success: true }))
  return fake
})

const execute = (requestId: string, commandName: string, args: string) => ({
  type: "command.execute",
  ephemeral: true,
  data: { requestId, command: `/${commandName}${args === "" ? "" : ` ${args}`}`, commandName, args }
})

const noop: Commands.Command<never>["handler"] = () => Effect.void

describe("commands on the wire", () => {
  it.effect("session.create and session.resume declare the commands: name, description (empty when none), input hint", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const commands: ReadonlyArray<Commands.Command<never>> = [
        { name: "deploy", description: "Deploy the app", inputHint: "<environment>", handler: noop },
        { name: "rollback", handler: noop }
      ]
      yield* CopilotSession.withSession({ sessionId: SESSION, commands }, () => Effect.void)
      yield* CopilotSession.withResumedSession(SESSION, { commands }, () => Effect.void)
      yield* CopilotSession.withSession({ sessionId: "s-none" }, () => Effect.void)
      const expected = [
        { name: "deploy", description: "Deploy the app", input: { hint: "<environment>" } },
        { name: "rollback", description: "" }
      ]
      const [create, none] = yield* fake.requests("session.create")
      expect((create?.params as { commands: unknown }).commands).toEqual(expected)
      expect(none?.params).not.toHaveProperty("commands")
      const resume = yield* fake.takeRequest("session.resume")
      expect((resume.params as { commands: unknown }).commands).toEqual(expected)
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a command.execute runs the handler with the session and the input, then reports it done", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const seen = yield* Ref.make<ReadonlyArray<string>>([])
      const deploy: Commands.Command<never> = {
        name: "deploy",
        handler: ({ args, command, commandName, session }) =>
          Ref.update(seen, (all) => [...all, `${session.sessionId}|${command}|${commandName}|${args}`])
      }
      yield* CopilotSession.withSession({ sessionId: SESSION, commands: [deploy] }, () =>
        Effect.gen(function*() {
          yield* fake.sessionEvent(SESSION, execute("r1", "deploy", "production --fast"))
          const answer = yield* fake.takeRequest("session.commands.handlePendingCommand")
          expect(answer.params).toEqual({ sessionId: SESSION, requestId: "r1" })
        }))
      expect(yield* Ref.get(seen)).toEqual([`${SESSION}|/deploy production --fast|deploy|production --fast`])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  const misbehaviours = {
    fails: () => Effect.fail(new Error("the deploy key is missing")),
    dies: () => Effect.die(new Error("a bug in the command")),
    throws: (): never => {
      throw new Error("thrown before any Effect")
    },
    interrupts: () => Effect.interrupt
  } as const
  const expectedError = {
    fails: "command /broken failed: the deploy key is missing",
    dies: "command /broken died: a bug in the command",
    throws: "command /broken died: thrown before any Effect",
    interrupts: "command /broken was interrupted"
  } as const
  for (const kind of Object.keys(misbehaviours) as ReadonlyArray<keyof typeof misbehaviours>) {
    it.effect(`a handler that ${kind}: the command is answered with the error, and the next one still runs`, () =>
      Effect.gen(function*() {
        const fake = yield* withSessions
        const commands: ReadonlyArray<Commands.Command<never>> = [
          { name: "broken", handler: misbehaviours[kind] },
          { name: "fine", handler: noop }
        ]
        yield* CopilotSession.withSession({ sessionId: SESSION, commands }, () =>
          Effect.gen(function*() {
            yield* fake.sessionEvent(SESSION, execute("r-broken", "broken", ""))
            const failed = yield* fake.takeRequest("session.commands.handlePendingCommand")
            expect(failed.params).toEqual({ sessionId: SESSION, requestId: "r-broken", error: expectedError[kind] })
            yield* fake.sessionEvent(SESSION, execute("r-fine", "fine", ""))
            const fine = yield* fake.takeRequest("session.commands.handlePendingCommand")
            expect(fine.params).toEqual({ sessionId: SESSION, requestId: "r-fine" })
          }))
      }).pipe(Effect.provide(FakeRuntime.layerClient)))
  }

  it.effect("a command this client did not register is left to the client that did", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({ sessionId: SESSION, commands: [{ name: "mine", handler: noop }] }, () =>
        Effect.gen(function*() {
          yield* fake.sessionEvent(SESSION, execute("r-theirs", "theirs", ""))
          yield* fake.sessionEvent(SESSION, execute("r-mine", "mine", ""))
          const answer = yield* fake.takeRequest("session.commands.handlePendingCommand")
          expect(answer.params).toEqual({ sessionId: SESSION, requestId: "r-mine" })
        }))
      const answers = yield* fake.requests("session.commands.handlePendingCommand")
      expect(answers.map((request) => (request.params as { requestId: string }).requestId)).toEqual(["r-mine"])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("session.commands.list and execute pass the filter and the input through", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* fake.handle("session.commands.list", FakeRuntime.answer({ commands: [] }))
      yield* fake.handle("session.commands.execute", FakeRuntime.answer({ error: "no such command" }))
      const result = yield* CopilotSession.withSession({ sessionId: SESSION }, (session) =>
        Effect.zipRight(
          session.commands.list({ includeBuiltins: false, includeClientCommands: true }),
          session.commands.execute("deploy", "prod")
        ))
      expect(result).toEqual({ error: "no such command" })
      expect((yield* fake.takeRequest("session.commands.list")).params).toEqual({
        sessionId: SESSION,
        includeBuiltins: false,
        includeClientCommands: true
      })
      expect((yield* fake.takeRequest("session.commands.execute")).params).toEqual({
        sessionId: SESSION,
        commandName: "deploy",
        args: "prod"
      })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("the commands in the config check", () => {
  it.effect("names a command with a slash, an empty name, a duplicate and a missing handler", () =>
    Effect.gen(function*() {
      const invalid = yield* Effect.flip(SessionConfig.validate({
        commands: [
          { name: "/deploy", handler: noop },
          { name: "", handler: noop },
          { name: "twice", handler: noop },
          { name: "twice", handler: noop }
        ]
      }))
      expect(invalid.message).toContain(`command name "/deploy" is not valid`)
      expect(invalid.message).toContain(`command name "" is not valid`)
      expect(invalid.message).toContain(`command name "twice" is used by 2 commands`)
      const shape = yield* Effect.flip(SessionConfig.checkResumeShape({ commands: [{ name: "deploy" }] }))
      expect(shape.message).toContain("commands")
      expect(shape.message).toContain("handler")
    }))
})
