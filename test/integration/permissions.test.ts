/**
 * Permission requests answered by the session's handler, end to end through
 * the real runtime: the scenarios of the recordings `permissions/*` and
 * the permission-related ones of `tools/*`.
 */
import { expect, layer } from "@effect/vitest"
import { Deferred, Effect, Option, Ref, Schema } from "effect"
import { CopilotSession, Handlers, Tool } from "effect-copilot"
import { IsolatedRuntime, ScriptedModel } from "effect-copilot/testing"
import * as Fs from "node:fs/promises"
import * as Path from "node:path"
import { chatRequests, checkpoint, eventsOf, expectModelDone, lastChatRequest, runTurn } from "./modelRequests.js"
import { RealRuntime, useRecording } from "./support.js"

/** A permission handler that records every request and answers with `decide`. */
const recordingHandler = (decide: (request: Handlers.PermissionRequest) => Effect.Effect<Handlers.PermissionHandlerResult, unknown>) =>
  Effect.map(Ref.make<ReadonlyArray<Handlers.PermissionRequest>>([]), (seen) => ({
    seen: Ref.get(seen),
    handler: (request: Handlers.PermissionRequest) =>
      Ref.update(seen, (all) => [...all, request]).pipe(Effect.zipRight(decide(request)))
  }))

const encryptTool = (calls: Ref.Ref<number>) =>
  Tool.make("encrypt_string", {
    description: "Encrypts a string",
    parameters: Schema.Struct({ input: Schema.String }),
    handler: ({ input }) => Ref.update(calls, (n) => n + 1).pipe(Effect.as(input.toUpperCase()))
  })

const writeWorkFile = (name: string, content: string) =>
  Effect.flatMap(IsolatedRuntime.IsolatedRuntime, (runtime) =>
    Effect.promise(() => Fs.writeFile(Path.join(runtime.cwd, name), content)).pipe(
      Effect.as(Path.join(runtime.cwd, name))
    ))

layer(RealRuntime, { excludeTestServices: true })("permission handlers on the real runtime", (it) => {
  it.effect("asks the handler before a custom tool runs and runs it on approval", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tools/invokes_custom_tool_with_permission_handler.yaml")
      const calls = yield* Ref.make(0)
      const { handler, seen } = yield* recordingHandler(() => Effect.succeed(Handlers.approveOnce))
      const prompt = "Use encrypt_string to encrypt this string: Hello"
      const turn = yield* CopilotSession.withSession(
        { tools: [encryptTool(calls)], onPermissionRequest: handler },
        (session) => runTurn(session, prompt)
      )
      expect(yield* seen).toEqual([
        expect.objectContaining({
          kind: "custom-tool",
          toolCallId: "toolcall_0",
          toolName: "encrypt_string",
          toolDescription: "Encrypts a string",
          args: { input: "Hello" }
        })
      ])
      expect(yield* Ref.get(calls)).toBe(1)
      expect((yield* lastChatRequest(prompt)).toolResults["toolcall_0"]).toBe("HELLO")
      expect(eventsOf(turn, "permission.completed")).toHaveLength(1)
      expect(turn.answer).toBe("The encrypted string is: **HELLO**")
      yield* expectModelDone(mark)
    }))

  it.effect("does not run a custom tool the handler denies; the model sees the denial", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      // tools/denies_custom_tool_when_permission_denied.yaml, scripted: the
      // recording stops at the call, and the denial's follow-up turn needs an answer
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("encrypt_string", { input: "Hello" }, "toolcall_0")
      yield* model.reply("I was not allowed to encrypt it.")
      const calls = yield* Ref.make(0)
      const { handler, seen } = yield* recordingHandler(() => Effect.succeed(Handlers.reject("encryption is off limits")))
      const prompt = "Use encrypt_string to encrypt this string, if you may: Hello"
      const turn = yield* CopilotSession.withSession(
        { tools: [encryptTool(calls)], onPermissionRequest: handler },
        (session) => runTurn(session, prompt)
      )
      expect((yield* seen).map((r) => r.kind)).toEqual(["custom-tool"])
      expect(yield* Ref.get(calls)).toBe(0)
      expect(eventsOf(turn, "external_tool.requested")).toEqual([])
      const toolMessage = (yield* lastChatRequest(prompt)).toolResults["toolcall_0"] ?? ""
      expect(toolMessage).toBe("The user rejected this tool call. User feedback: encryption is off limits")
      expect(eventsOf(turn, "tool.execution_complete").map((e) => e.data.success)).toEqual([false])
      expect(turn.answer).toBe("I was not allowed to encrypt it.")
      yield* expectModelDone(mark)
    }))

  it.effect("waits for a slow handler before running a shell command", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("permissions/should_wait_for_slow_permission_handler.yaml")
      const { handler, seen } = yield* recordingHandler(() =>
        Effect.sleep("1500 millis").pipe(Effect.as(Handlers.approveOnce))
      )
      const prompt = "Run 'echo slow_handler_test'"
      const turn = yield* CopilotSession.withSession({ onPermissionRequest: handler }, (session) => runTurn(session, prompt))
      const [request] = yield* seen
      expect(request?.kind).toBe("shell")
      if (request?.kind === "shell") {
        expect(request.fullCommandText).toBe("echo slow_handler_test")
        expect(request.toolCallId).toBe("toolcall_0")
      }
      expect((yield* lastChatRequest(prompt)).toolResults["toolcall_0"]).toMatch(
        /^slow_handler_test\n<.*exit code 0>$/
      )
      expect(turn.answer).toBe("Done! The command output: `slow_handler_test`")
      yield* expectModelDone(mark)
    }))

  it.effect("answers user-not-available when the handler fails, and the session keeps working", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("permissions/should_handle_permission_handler_errors_gracefully.yaml")
      const model = yield* ScriptedModel.ScriptedModel
      const prompt = "Run 'echo test'. If you can't, say 'failed'."
      const [first, second] = yield* CopilotSession.withSession(
        { onPermissionRequest: () => Effect.fail(new Error("Handler error")) },
        (session) =>
          Effect.gen(function*() {
            const first = yield* runTurn(session, prompt)
            yield* model.reply("Still here.")
            const second = yield* session.sendAndWait("Are you still there?")
            return [first, second] as const
          })
      )
      const [, afterTool] = yield* chatRequests(prompt)
      expect(afterTool?.toolResults["toolcall_1"]).toContain("Permission denied and could not request permission from user")
      expect(first.answer).toBe("failed")
      expect(Option.map(second, (e) => e.data.content)).toEqual(Option.some("Still here."))
      yield* expectModelDone(mark)
    }))

  it.effect("serves the permission requests of parallel tools concurrently", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      // permissions/should_handle_concurrent_permission_requests_from_parallel_tools.yaml, scripted:
      // the recording stops at the calls, and their results need an answer
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCalls([
        { name: "first_permission_tool", arguments: {}, id: "toolcall_0" },
        { name: "second_permission_tool", arguments: {}, id: "toolcall_1" }
      ])
      yield* model.reply("Both tools ran.")
      // The handler answers only once both requests are in: served one at a
      // time, the first would time out and be answered user-not-available.
      const first = yield* Deferred.make<void>()
      const second = yield* Deferred.make<void>()
      const { handler, seen } = yield* recordingHandler((request) =>
        Effect.gen(function*() {
          const name = request.kind === "custom-tool" ? request.toolName : request.kind
          yield* Deferred.succeed(name === "first_permission_tool" ? first : second, undefined)
          yield* Effect.all([Deferred.await(first), Deferred.await(second)]).pipe(
            Effect.timeoutFail({ duration: "10 seconds", onTimeout: () => new Error("the other request never came") })
          )
          return Handlers.approveOnce
        })
      )
      const noArgs = Schema.Struct({})
      const firstTool = Tool.make("first_permission_tool", {
        description: "First tool",
        parameters: noArgs,
        handler: () => Effect.succeed("FIRST_DONE")
      })
      const secondTool = Tool.make("second_permission_tool", {
        description: "Second tool",
        parameters: noArgs,
        handler: () => Effect.succeed("SECOND_DONE")
      })
      const prompt = "Call both first_permission_tool and second_permission_tool in the same turn."
      const turn = yield* CopilotSession.withSession(
        { tools: [firstTool, secondTool], onPermissionRequest: handler },
        (session) => runTurn(session, `${prompt} Do not call any other tools.`)
      )
      expect(
        (yield* seen).map((r) => (r.kind === "custom-tool" ? r.toolName : r.kind)).sort()
      ).toEqual(["first_permission_tool", "second_permission_tool"])
      expect((yield* lastChatRequest(prompt)).toolResults).toEqual({ toolcall_0: "FIRST_DONE", toolcall_1: "SECOND_DONE" })
      expect(turn.answer).toBe("Both tools ran.")
      yield* expectModelDone(mark)
    }))

  it.effect("approveAll lets a shell command run", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("permissions/should_short_circuit_permission_handler_when_set_approve_all_enabled.yaml")
      const prompt = "Run 'echo test' and tell me what happens"
      const turn = yield* CopilotSession.withSession(
        { onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      const requested = eventsOf(turn, "permission.requested")
      expect(requested.length).toBeGreaterThan(0)
      expect(eventsOf(turn, "permission.completed")).toHaveLength(requested.length)
      expect((yield* lastChatRequest(prompt)).toolResults["toolcall_1"]).toMatch(/^test\n<.*exit code 0>$/)
      expect(turn.answer).toContain(`The command executed successfully and output "test"`)
      yield* expectModelDone(mark)
    }))

  it.effect("keeps a rejected shell command from running and stops the turn", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("permissions/should_deny_tool_operations_when_handler_explicitly_denies.yaml")
      const { handler, seen } = yield* recordingHandler(() => Effect.succeed(Handlers.reject()))
      const prompt = "Run 'node --version'"
      const turn = yield* CopilotSession.withSession({ onPermissionRequest: handler }, (session) => runTurn(session, prompt))
      const shell = (yield* seen).flatMap((r) => (r.kind === "shell" ? [r] : []))
      expect(shell.map((r) => [r.fullCommandText, r.toolCallId])).toEqual([["node --version", "toolcall_1"]])
      const completed = eventsOf(turn, "tool.execution_complete").filter((e) => e.data.toolCallId === "toolcall_1")
      expect(completed.map((e) => [e.data.success, e.data.error?.code])).toEqual([[false, "rejected"]])
      // a rejection without feedback ends the turn: the model is not asked again
      expect(eventsOf(turn, "abort")).toHaveLength(1)
      expect(yield* chatRequests(prompt)).toHaveLength(1)
      yield* expectModelDone(mark)
    }))

  it.effect("asks for write permission with the file and diff, and the edit lands on approval", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("permissions/should_invoke_permission_handler_for_write_operations.yaml")
      const file = yield* writeWorkFile("test.txt", "original content")
      const { handler, seen } = yield* recordingHandler(() => Effect.succeed(Handlers.approveOnce))
      const prompt = "Edit test.txt and replace 'original' with 'modified'"
      const turn = yield* CopilotSession.withSession({ onPermissionRequest: handler }, (session) => runTurn(session, prompt))
      const writes = (yield* seen).flatMap((r) => (r.kind === "write" ? [r] : []))
      expect(writes).toHaveLength(1)
      expect(writes[0]?.fileName).toBe(file)
      expect(writes[0]?.diff).toContain("+modified content")
      expect(yield* Effect.promise(() => Fs.readFile(file, "utf8"))).toBe("modified content")
      expect(turn.answer).toContain("Done! I've replaced 'original' with 'modified'")
      yield* expectModelDone(mark)
    }))
})
