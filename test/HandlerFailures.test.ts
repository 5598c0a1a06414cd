/**
 * Handlers that fail, die, throw and hang, against the fake runtime: every
 * event that asks for an answer and every inbound request gets one, whatever
 * the handler does, and a bystander session on the same client keeps working.
 * A handler still running when the connection ends is interrupted.
 */
import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Schema } from "effect"
import { CopilotSession, Handlers, Tool } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const FAILING = "s-failing"
const BYSTANDER = "s-bystander"

/** A fake runtime that creates sessions under the ids they ask for and accepts every answer. */
const withSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", FakeRuntime.sessionStarted)
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  for (const method of [
    "session.tools.handlePendingToolCall",
    "session.permissions.handlePendingPermissionRequest",
    "session.ui.handlePendingElicitation"
  ]) {
    yield* fake.handle(method, FakeRuntime.answer({ success: true }))
  }
  return fake
})

/** The ways a handler can go wrong. */
const misbehaviours = {
  fails: () => Effect.fail(new Error("the approver is away")),
  dies: () => Effect.die(new Error("a bug in the handler")),
  throws: (): never => {
    throw new Error("thrown before any Effect")
  },
  interrupts: () => Effect.interrupt
} as const
type Misbehaviour = keyof typeof misbehaviours
const kinds = Object.keys(misbehaviours) as ReadonlyArray<Misbehaviour>

const permissionRequested = (sessionId: string, requestId: string) => ({
  type: "permission.requested",
  data: {
    requestId,
    permissionRequest: { kind: "custom-tool", toolCallId: "c1", toolName: "t", toolDescription: "d", args: {} }
  },
  sessionId
})

const elicitationRequested = (requestId: string) => ({
  type: "elicitation.requested",
  ephemeral: true,
  data: { requestId, message: "Your name?", mode: "form", requestedSchema: { type: "object", properties: {} } }
})

const toolRequested = (sessionId: string, requestId: string, toolName: string) => ({
  type: "external_tool.requested",
  data: { requestId, sessionId, toolCallId: `call-${requestId}`, toolName, arguments: {} }
})

/** The bystander: a plain session whose user input handler echoes the question. */
const bystanderConfig = {
  sessionId: BYSTANDER,
  onUserInputRequest: (request: { readonly question: string }) => Effect.succeed({ answer: request.question, wasFreeform: true })
}

/** Checks the bystander still answers, over the same client. */
const bystanderAnswers = (fake: FakeRuntime.FakeRuntimeService) =>
  Effect.gen(function*() {
    const answer = yield* fake.request("userInput.request", { sessionId: BYSTANDER, question: "still there?" })
    expect(answer).toMatchObject({ _tag: "SuccessResponse", message: { result: { answer: "still there?" } } })
  })

describe("events that ask for an answer get one, whatever the handler does", () => {
  for (const kind of kinds) {
    it.effect(`a permission handler that ${kind}: answered user-not-available; the bystander keeps working`, () =>
      Effect.gen(function*() {
        const fake = yield* withSessions
        yield* CopilotSession.withSession(bystanderConfig, () =>
          CopilotSession.withSession({ sessionId: FAILING, onPermissionRequest: misbehaviours[kind] }, () =>
            Effect.gen(function*() {
              yield* fake.sessionEvent(FAILING, permissionRequested(FAILING, `p-${kind}`))
              const answer = yield* fake.takeRequest("session.permissions.handlePendingPermissionRequest")
              expect(answer.params).toEqual({ sessionId: FAILING, requestId: `p-${kind}`, result: { kind: "user-not-available" } })
              yield* bystanderAnswers(fake)
            })))
      }).pipe(Effect.provide(FakeRuntime.layerClient)))

    it.effect(`an elicitation handler that ${kind}: answered cancel; the bystander keeps working`, () =>
      Effect.gen(function*() {
        const fake = yield* withSessions
        yield* CopilotSession.withSession(bystanderConfig, () =>
          CopilotSession.withSession({ sessionId: FAILING, onElicitationRequest: misbehaviours[kind] }, () =>
            Effect.gen(function*() {
              yield* fake.sessionEvent(FAILING, elicitationRequested(`e-${kind}`))
              const answer = yield* fake.takeRequest("session.ui.handlePendingElicitation")
              expect(answer.params).toEqual({ sessionId: FAILING, requestId: `e-${kind}`, result: { action: "cancel" } })
              yield* bystanderAnswers(fake)
            })))
      }).pipe(Effect.provide(FakeRuntime.layerClient)))

    it.effect(`a tool handler that ${kind}: answered with a failure result; the bystander keeps working`, () =>
      Effect.gen(function*() {
        const fake = yield* withSessions
        const broken = Tool.make("broken", {
          description: "Goes wrong",
          parameters: Schema.Struct({}),
          handler: misbehaviours[kind]
        })
        yield* CopilotSession.withSession(bystanderConfig, () =>
          CopilotSession.withSession({ sessionId: FAILING, tools: [broken] }, () =>
            Effect.gen(function*() {
              yield* fake.sessionEvent(FAILING, toolRequested(FAILING, `t-${kind}`, "broken"))
              const answer = yield* fake.takeRequest("session.tools.handlePendingToolCall")
              expect(answer.params).toMatchObject({
                sessionId: FAILING,
                requestId: `t-${kind}`,
                result: { resultType: "failure" }
              })
              yield* bystanderAnswers(fake)
            })))
      }).pipe(Effect.provide(FakeRuntime.layerClient)))
  }

  it.effect("a permission request whose data does not decode is still answered, by its requestId", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({ sessionId: FAILING, onPermissionRequest: Handlers.approveAll }, () =>
        Effect.gen(function*() {
          yield* fake.sessionEvent(FAILING, { type: "permission.requested", data: { requestId: "p-bad", permissionRequest: 42 } })
          const answer = yield* fake.takeRequest("session.permissions.handlePendingPermissionRequest")
          expect(answer.params).toEqual({ sessionId: FAILING, requestId: "p-bad", result: { kind: "user-not-available" } })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("inbound requests get an answer, whatever the handler does", () => {
  for (const kind of kinds) {
    it.effect(`a user input handler that ${kind}: an error answer naming the method; the bystander keeps working`, () =>
      Effect.gen(function*() {
        const fake = yield* withSessions
        yield* CopilotSession.withSession(bystanderConfig, () =>
          CopilotSession.withSession({ sessionId: FAILING, onUserInputRequest: misbehaviours[kind] }, () =>
            Effect.gen(function*() {
              const answer = yield* fake.request("userInput.request", { sessionId: FAILING, question: "?" })
              expect(answer).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: -32603 } } })
              if (answer._tag === "ErrorResponse") expect(answer.message.error.message).toContain("userInput.request failed")
              yield* bystanderAnswers(fake)
            })))
      }).pipe(Effect.provide(FakeRuntime.layerClient)))

    it.effect(`a preToolUse hook that ${kind}: answered as if no hook were set; the bystander keeps working`, () =>
      Effect.gen(function*() {
        const fake = yield* withSessions
        yield* CopilotSession.withSession(bystanderConfig, () =>
          CopilotSession.withSession({ sessionId: FAILING, hooks: { onPreToolUse: misbehaviours[kind] } }, () =>
            Effect.gen(function*() {
              const answer = yield* fake.request("hooks.invoke", {
                sessionId: FAILING,
                hookType: "preToolUse",
                input: { timestamp: 1_700_000_000_000, cwd: "/", toolName: "bash", toolArgs: {} }
              })
              expect(answer).toMatchObject({ _tag: "SuccessResponse", message: { result: {} } })
              if (answer._tag === "SuccessResponse") expect(answer.message.result).toEqual({})
              yield* bystanderAnswers(fake)
            })))
      }).pipe(Effect.provide(FakeRuntime.layerClient)))
  }
})

describe("handlers still running when the connection ends", () => {
  it.effect("a hanging tool handler and a hanging user input handler are interrupted when the runtime goes away", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const toolStarted = yield* Deferred.make<void>()
      const toolInterrupted = yield* Deferred.make<void>()
      const inputStarted = yield* Deferred.make<void>()
      const inputInterrupted = yield* Deferred.make<void>()
      const hang = Tool.make("hang", {
        description: "Never finishes",
        parameters: Schema.Struct({}),
        handler: () =>
          Deferred.succeed(toolStarted, undefined).pipe(
            Effect.zipRight(Effect.never),
            Effect.onInterrupt(() => Deferred.succeed(toolInterrupted, undefined))
          )
      })
      yield* CopilotSession.withSession(
        {
          sessionId: FAILING,
          tools: [hang],
          onUserInputRequest: () =>
            Deferred.succeed(inputStarted, undefined).pipe(
              Effect.zipRight(Effect.never),
              Effect.onInterrupt(() => Deferred.succeed(inputInterrupted, undefined))
            )
        },
        () =>
          Effect.gen(function*() {
            yield* fake.sessionEvent(FAILING, toolRequested(FAILING, "t-hang", "hang"))
            yield* Effect.forkDaemon(fake.request("userInput.request", { sessionId: FAILING, question: "?" }))
            yield* Deferred.await(toolStarted)
            yield* Deferred.await(inputStarted)
            yield* fake.crash()
            // Both stop while the session is still open: the connection's end alone stops them.
            yield* Deferred.await(toolInterrupted)
            yield* Deferred.await(inputInterrupted)
          })
      )
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
