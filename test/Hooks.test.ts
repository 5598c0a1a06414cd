/**
 * Hooks against the fake runtime, at the protocol's level: what each kind
 * answers to `hooks.invoke` (the output encoded as the runtime reads it), a
 * hook type this SDK does not know (answered as if no hook were set, logged
 * once), hooks that fail or die (answered the same way, logged) and policy
 * hooks that fail closed (a deny).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Logger, Ref } from "effect"
import { type CopilotClient, CopilotSession, Hooks, SessionConfig } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const SESSION = "s-hooks"

const withSessions = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", FakeRuntime.sessionStarted)
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  return fake
})

const base = { sessionId: SESSION, timestamp: 1_700_000_000_000, cwd: "/work" }

/** The result of one `hooks.invoke`, or the error answer's message. */
const invoke = (fake: FakeRuntime.FakeRuntimeService, hookType: string, input: unknown) =>
  Effect.map(fake.request("hooks.invoke", { sessionId: SESSION, hookType, input }), (answer) =>
    answer._tag === "SuccessResponse" ? { result: answer.message.result } : { error: answer.message.error.message })

/** A logger that keeps every message, with its level, to read after the test's effect. */
const capturingLogs = Effect.gen(function*() {
  const lines = yield* Ref.make<ReadonlyArray<string>>([])
  const logger = Logger.make(({ logLevel, message }) => {
    const text = Array.isArray(message) ? message.map(String).join(" ") : String(message)
    Effect.runSync(Ref.update(lines, (all) => [...all, `${logLevel.label} ${text}`]))
  })
  return { lines: Ref.get(lines), layer: Logger.replace(Logger.defaultLogger, logger) }
})

/**
 * Runs a test on a fake runtime whose client logs into a capture: handlers
 * run in the client's fibers, so the logger is set before the client starts.
 */
const withLogs = <A, E>(
  test: (lines: Effect.Effect<ReadonlyArray<string>>) => Effect.Effect<A, E, FakeRuntime.FakeRuntime | CopilotClient.CopilotClient>
) =>
  Effect.flatMap(capturingLogs, (logs) =>
    test(logs.lines).pipe(Effect.provide(FakeRuntime.layerClient), Effect.provide(logs.layer)))

describe("the new hook kinds, on the wire", () => {
  it.effect("each kind gets its decoded input and answers its encoded output", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const seen = yield* Ref.make<ReadonlyArray<unknown>>([])
      const note = (input: unknown) => Ref.update(seen, (all) => [...all, input])
      const hooks: Hooks.SessionHooks<never> = {
        onUserPromptTransformed: (input) =>
          Effect.as(note(input), { modifiedTransformedPrompt: `${input.transformedPrompt} (checked)` }),
        onAgentStop: (input) =>
          Effect.as(note(input), input.stopHookActive === true ? {} : { decision: "block" as const, reason: "run the tests" }),
        onPostToolUseFailure: (input) => Effect.as(note(input), { additionalContext: `retry ${input.toolName}` }),
        onPreMcpToolCall: (input) =>
          Effect.as(note(input), input.toolName === "drop" ? { metaToUse: null } : { metaToUse: { trace: "t-1" } })
      }
      yield* CopilotSession.withSession({ sessionId: SESSION, hooks }, () =>
        Effect.gen(function*() {
          expect(yield* invoke(fake, "userPromptTransformed", { ...base, prompt: "hi", transformedPrompt: "<ctx/> hi" }))
            .toEqual({ result: { output: { modifiedTransformedPrompt: "<ctx/> hi (checked)" } } })
          expect(
            yield* invoke(fake, "agentStop", { ...base, stopReason: "end_turn", transcriptPath: "/t.jsonl", stop_hook_active: false })
          ).toEqual({ result: { output: { decision: "block", reason: "run the tests" } } })
          expect(yield* invoke(fake, "agentStop", { ...base, stopReason: "end_turn", stop_hook_active: true }))
            .toEqual({ result: { output: {} } })
          expect(yield* invoke(fake, "postToolUseFailure", { ...base, toolName: "bash", toolArgs: { cmd: "x" }, error: "exit 1" }))
            .toEqual({ result: { output: { additionalContext: "retry bash" } } })
          expect(
            yield* invoke(fake, "preMcpToolCall", {
              ...base,
              toolCallId: "c1",
              serverName: "demo",
              toolName: "echo",
              arguments: { text: "a" },
              _meta: { old: true }
            })
          ).toEqual({ result: { output: { metaToUse: { trace: "t-1" } } } })
          expect(
            yield* invoke(fake, "preMcpToolCall", { ...base, serverName: "demo", toolName: "drop", arguments: {}, _meta: null })
          ).toEqual({ result: { output: { metaToUse: null } } })
        }))
      const inputs = yield* Ref.get(seen)
      expect(inputs[0]).toEqual({
        sessionId: SESSION,
        timestamp: new Date(1_700_000_000_000),
        workingDirectory: "/work",
        prompt: "hi",
        transformedPrompt: "<ctx/> hi"
      })
      expect(inputs[1]).toEqual({
        sessionId: SESSION,
        timestamp: new Date(1_700_000_000_000),
        workingDirectory: "/work",
        stopReason: "end_turn",
        transcriptPath: "/t.jsonl",
        stopHookActive: false
      })
      expect(inputs[3]).toMatchObject({ toolName: "bash", toolArgs: { cmd: "x" }, error: "exit 1" })
      expect(inputs[4]).toMatchObject({ serverName: "demo", toolName: "echo", toolCallId: "c1", _meta: { old: true } })
      // `_meta: null` from the runtime reads as absent.
      expect(inputs[5]).not.toHaveProperty("_meta")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("session.create says hooks: true when only one of the new kinds is set", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      yield* CopilotSession.withSession({ sessionId: SESSION, hooks: { onAgentStop: () => Effect.void } }, () => Effect.void)
      const create = yield* fake.takeRequest("session.create")
      expect(create.params).toMatchObject({ hooks: true })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("hooks that give no answer, and hook types this SDK does not know", () => {
  it.effect("an unknown hook type is answered with no output and logged once, and the session goes on", () =>
    withLogs((logLines) => Effect.gen(function*() {
      const fake = yield* withSessions
      const prompts = yield* Ref.make(0)
      yield* CopilotSession.withSession(
        { sessionId: SESSION, hooks: { onUserPromptSubmitted: () => Ref.update(prompts, (n) => n + 1) } },
        () =>
          Effect.gen(function*() {
            expect(yield* invoke(fake, "subagentStop", { ...base, agentName: "explore" })).toEqual({ result: {} })
            expect(yield* invoke(fake, "subagentStop", { ...base, agentName: "explore" })).toEqual({ result: {} })
            expect(yield* invoke(fake, "preCompact", base)).toEqual({ result: {} })
            expect(yield* invoke(fake, "userPromptSubmitted", { ...base, prompt: "still?" })).toEqual({ result: {} })
          })
      )
      expect(yield* Ref.get(prompts)).toBe(1)
      const lines = yield* logLines
      expect(lines.filter((line) => line.includes(`"subagentStop"`))).toHaveLength(1)
      expect(lines.filter((line) => line.includes(`"preCompact"`))).toHaveLength(1)
      expect(lines.find((line) => line.includes(`"subagentStop"`))).toMatch(/^WARN .*does not know/)
    })))

  const broken = {
    fails: () => Effect.fail(new Error("the policy service is down")),
    dies: () => Effect.die(new Error("a bug in the hook")),
    "has input that does not decode": () => Effect.succeed({ permissionDecision: "allow" as const })
  } as const
  for (const [what, hook] of Object.entries(broken)) {
    const input = what === "has input that does not decode"
      ? { ...base, toolName: 42 }
      : { ...base, toolName: "bash", toolArgs: {} }

    it.effect(`a hook that ${what}: answered as if no hook were set, and logged`, () =>
      withLogs((logLines) => Effect.gen(function*() {
        const fake = yield* withSessions
        yield* CopilotSession.withSession({ sessionId: SESSION, hooks: { onPreToolUse: hook } }, () =>
          Effect.gen(function*() {
            expect(yield* invoke(fake, "preToolUse", input)).toEqual({ result: {} })
          }))
        const line = (yield* logLines).find((l) => l.includes("preToolUse hook"))
        expect(line).toMatch(/^WARN .*gave no answer; answering as if no hook were set/)
      })))

    it.effect(`a fail-closed policy hook that ${what}: answered with a deny, and logged`, () =>
      withLogs((logLines) => Effect.gen(function*() {
        const fake = yield* withSessions
        yield* CopilotSession.withSession({ sessionId: SESSION, hooks: { onPreToolUse: Hooks.failClosed(hook) } }, () =>
          Effect.gen(function*() {
            expect(yield* invoke(fake, "preToolUse", input)).toEqual({
              result: {
                output: {
                  permissionDecision: "deny",
                  permissionDecisionReason: "The policy hook for this tool call failed, so the call is denied."
                }
              }
            })
          }))
        const line = (yield* logLines).find((l) => l.includes("preToolUse hook"))
        expect(line).toMatch(/^WARN .*answering with its refusal/)
      })))
  }

  it.effect("a fail-closed policy hook that answers is answered with its own output", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const hooks = { onPreToolUse: Hooks.failClosed(() => Effect.succeed({ permissionDecision: "allow" as const })) }
      yield* CopilotSession.withSession({ sessionId: SESSION, hooks }, () =>
        Effect.gen(function*() {
          expect(yield* invoke(fake, "preToolUse", { ...base, toolName: "view", toolArgs: {} }))
            .toEqual({ result: { output: { permissionDecision: "allow" } } })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a hook whose output does not encode is answered as if no hook were set", () =>
    Effect.gen(function*() {
      const fake = yield* withSessions
      const hooks: Hooks.SessionHooks<never> = {
        // What a JavaScript caller (or an untyped source) can return: not an AgentStopHookOutput.
        onAgentStop: () => Effect.succeed(JSON.parse(`{"decision":"maybe"}`) as Hooks.AgentStopHookOutput)
      }
      yield* CopilotSession.withSession({ sessionId: SESSION, hooks }, () =>
        Effect.gen(function*() {
          expect(yield* invoke(fake, "agentStop", { ...base, stopReason: "end_turn" })).toEqual({ result: {} })
        }))
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("the config check takes a policy hook for onPreToolUse and names a wrong one", () =>
    Effect.gen(function*() {
      yield* SessionConfig.checkShape({ hooks: { onPreToolUse: Hooks.failClosed(() => Effect.void) } })
      const error = yield* Effect.flip(SessionConfig.checkShape({ hooks: { onAgentStop: { hook: () => Effect.void, failClosed: true } } }))
      expect(error.message).toContain("hooks.onAgentStop")
    }))
})
