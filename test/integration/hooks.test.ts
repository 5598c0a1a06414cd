/**
 * Hooks end to end through the real runtime: the pre- and post-tool-use
 * scenarios of the recordings `hooks/*`, and the kinds that change what
 * the model sees (the transformed prompt, a blocked stop, guidance after a
 * failed tool, a fail-closed policy).
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Predicate, Ref, Schedule, Schema } from "effect"
import { CopilotSession, Handlers, Hooks, Methods, Tool } from "effect-copilot"
import { IsolatedRuntime, ScriptedModel, Snapshots } from "effect-copilot/testing"
import * as McpTestServer from "effect-copilot/testing/mcp"
import * as Fs from "node:fs/promises"
import * as Path from "node:path"
import { chatRequests, checkpoint, eventsOf, expectModelDone, lastChatRequest, runTurn } from "./modelRequests.js"
import { RealRuntime, useRecording } from "./support.js"

const writeWorkFile = (name: string, content: string) =>
  Effect.flatMap(IsolatedRuntime.IsolatedRuntime, (runtime) =>
    Effect.promise(() => Fs.writeFile(Path.join(runtime.cwd, name), content)).pipe(
      Effect.as({ file: Path.join(runtime.cwd, name), cwd: runtime.cwd })
    ))

const record = <A>() => Ref.make<ReadonlyArray<A>>([])

layer(RealRuntime, { excludeTestServices: true })("hooks on the real runtime", (it) => {
  it.effect("calls the pre-tool-use hook with the decoded input before a tool runs", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("hooks/invoke_pre_tool_use_hook_when_model_runs_a_tool.yaml")
      const { file, cwd } = yield* writeWorkFile("hello.txt", "Hello from the test!")
      const inputs = yield* record<Hooks.PreToolUseHookInput & { readonly ctxSessionId: string }>()
      const before = Date.now()
      const prompt = "Read the contents of hello.txt and tell me what it says"
      const [sessionId, turn] = yield* CopilotSession.withSession(
        {
          onPermissionRequest: Handlers.approveAll,
          hooks: {
            onPreToolUse: (input, ctx) =>
              Ref.update(inputs, (all) => [...all, { ...input, ctxSessionId: ctx.sessionId }]).pipe(
                Effect.as({ permissionDecision: "allow" as const })
              )
          }
        },
        (session) => Effect.map(runTurn(session, prompt), (turn) => [session.sessionId, turn] as const)
      )
      const view = (yield* Ref.get(inputs)).filter((input) => input.toolName === "view")
      expect(view).toHaveLength(1)
      const [input] = view
      expect(input?.toolArgs).toEqual({ path: file })
      expect(input?.sessionId).toBe(sessionId)
      expect(input?.ctxSessionId).toBe(sessionId)
      expect(input?.workingDirectory).toBe(cwd)
      expect(input?.timestamp).toBeInstanceOf(Date)
      expect(input?.timestamp.getTime()).toBeGreaterThanOrEqual(before - 1000)
      expect(input?.timestamp.getTime()).toBeLessThanOrEqual(Date.now() + 1000)
      expect((yield* lastChatRequest(prompt)).toolResults["toolcall_1"]).toMatch(/^(1\. )?Hello from the test!$/)
      expect(turn.answer).toContain("Hello from the test!")
      yield* expectModelDone(mark)
    }))

  it.effect("calls the post-tool-use hook with the tool's result", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("hooks/invoke_post_tool_use_hook_after_model_runs_a_tool.yaml")
      const { file } = yield* writeWorkFile("world.txt", "World from the test!")
      const inputs = yield* record<Hooks.PostToolUseHookInput>()
      const prompt = "Read the contents of world.txt and tell me what it says"
      const turn = yield* CopilotSession.withSession(
        {
          onPermissionRequest: Handlers.approveAll,
          hooks: { onPostToolUse: (input) => Ref.update(inputs, (all) => [...all, input]) }
        },
        (session) => runTurn(session, prompt)
      )
      const view = (yield* Ref.get(inputs)).filter((input) => input.toolName === "view")
      expect(view).toHaveLength(1)
      expect(view[0]?.toolArgs).toEqual({ path: file })
      expect(view[0]?.timestamp).toBeInstanceOf(Date)
      expect(view[0]?.toolResult.resultType).toBe("success")
      expect(view[0]?.toolResult.textResultForLlm).toContain("World from the test!")
      expect(turn.answer).toContain("World from the test!")
      yield* expectModelDone(mark)
    }))

  it.effect("calls both hooks for one tool call, pre before post", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("hooks/invoke_both_hooks_for_single_tool_call.yaml")
      yield* writeWorkFile("both.txt", "Testing both hooks!")
      const calls = yield* record<string>()
      const prompt = "Read the contents of both.txt"
      yield* CopilotSession.withSession(
        {
          onPermissionRequest: Handlers.approveAll,
          hooks: {
            onPreToolUse: (input) => Ref.update(calls, (all) => [...all, `pre:${input.toolName}`]),
            onPostToolUse: (input) => Ref.update(calls, (all) => [...all, `post:${input.toolName}`])
          }
        },
        (session) => runTurn(session, prompt)
      )
      expect((yield* Ref.get(calls)).filter((call) => call.endsWith(":view"))).toEqual(["pre:view", "post:view"])
      expect((yield* lastChatRequest(prompt)).toolResults["toolcall_1"]).toMatch(/^(1\. )?Testing both hooks!$/)
      yield* expectModelDone(mark)
    }))

  it.effect("blocks a built-in tool the pre-tool-use hook denies; the model sees the reason", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("hooks/should_deny_tool_execution_when_pretooluse_returns_deny.yaml")
      yield* writeWorkFile("protected.txt", "Original secret content")
      const prompt = "Edit protected.txt and replace 'Original' with 'Modified'"
      const turn = yield* CopilotSession.withSession(
        {
          onPermissionRequest: Handlers.approveAll,
          hooks: {
            onPreToolUse: () =>
              Effect.succeed({ permissionDecision: "deny" as const, permissionDecisionReason: "protected files are off limits" })
          }
        },
        (session) => runTurn(session, prompt)
      )
      const [, afterTools] = yield* chatRequests(prompt)
      const viewResult = afterTools?.toolResults["toolcall_1"] ?? ""
      expect(viewResult).not.toContain("Original secret content")
      expect(viewResult).toContain("protected files are off limits")
      expect(turn.answer).toContain("access to protected.txt is being denied")
      yield* expectModelDone(mark)
    }))

  it.effect("keeps a denied custom tool's handler from running", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const runs = yield* Ref.make(0)
      const launch = Tool.make("launch_rocket", {
        description: "Launches a rocket",
        parameters: Schema.Struct({ target: Schema.String }),
        handler: ({ target }) => Ref.update(runs, (n) => n + 1).pipe(Effect.as(`launched at ${target}`))
      })
      yield* model.toolCall("launch_rocket", { target: "moon" }, "call_launch")
      yield* model.reply("The launch was blocked.")
      const prompt = "Launch the rocket at the moon"
      const seen = yield* record<Hooks.PreToolUseHookInput>()
      const turn = yield* CopilotSession.withSession(
        {
          tools: [launch],
          onPermissionRequest: Handlers.approveAll,
          hooks: {
            onPreToolUse: (input) =>
              Ref.update(seen, (all) => [...all, input]).pipe(
                Effect.as({ permissionDecision: "deny" as const, permissionDecisionReason: "no launches today" })
              )
          }
        },
        (session) => runTurn(session, prompt)
      )
      expect((yield* Ref.get(seen)).map((input) => [input.toolName, input.toolArgs])).toEqual([
        ["launch_rocket", { target: "moon" }]
      ])
      expect(yield* Ref.get(runs)).toBe(0)
      expect(eventsOf(turn, "external_tool.requested")).toEqual([])
      const toolMessage = (yield* lastChatRequest(prompt)).toolResults["call_launch"] ?? ""
      expect(toolMessage).toContain("no launches today")
      expect(toolMessage).not.toContain("launched at")
      expect(turn.answer).toBe("The launch was blocked.")
      yield* expectModelDone(mark)
    }))

  it.effect("runs the tool anyway when the pre-tool-use hook fails, and the session keeps working", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const echo = Tool.make("echo_text", {
        description: "Echoes text",
        parameters: Schema.Struct({ text: Schema.String }),
        handler: ({ text }) => Effect.succeed(`ECHO: ${text}`)
      })
      yield* model.toolCall("echo_text", { text: "hi" }, "call_echo")
      yield* model.reply("Echoed.")
      yield* model.reply("Still here.")
      const prompt = "Echo hi with echo_text"
      const [turn, next] = yield* CopilotSession.withSession(
        {
          tools: [echo],
          onPermissionRequest: Handlers.approveAll,
          hooks: { onPreToolUse: () => Effect.fail(new Error("the hook broke")) }
        },
        (session) => Effect.zip(runTurn(session, prompt), runTurn(session, "Are you still there?"))
      )
      expect((yield* lastChatRequest(prompt)).toolResults["call_echo"]).toBe("ECHO: hi")
      expect(turn.answer).toBe("Echoed.")
      expect(next.answer).toBe("Still here.")
      yield* expectModelDone(mark)
    }))

  it.effect("lets the post-tool-use hook replace the result the model sees", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const lookup = Tool.make("lookup_population", {
        description: "Looks up the population of a city",
        parameters: Schema.Struct({ city: Schema.String }),
        handler: ({ city }) => Effect.succeed(`${city}: 2100000 (census of 1999)`)
      })
      yield* model.toolCall("lookup_population", { city: "Paris" }, "call_population")
      yield* model.reply("Paris has about two million inhabitants.")
      const prompt = "How many people live in Paris?"
      yield* CopilotSession.withSession(
        {
          tools: [lookup],
          onPermissionRequest: Handlers.approveAll,
          hooks: {
            onPostToolUse: (input) =>
              Effect.succeed({
                modifiedResult: {
                  ...input.toolResult,
                  textResultForLlm: input.toolResult.textResultForLlm.replace("census of 1999", "outdated figure")
                }
              })
          }
        },
        (session) => runTurn(session, prompt)
      )
      expect((yield* lastChatRequest(prompt)).toolResults["call_population"]).toBe("Paris: 2100000 (outdated figure)")
      yield* expectModelDone(mark)
    }))

  it.effect("calls the session start, prompt submitted and session end hooks with decoded inputs, in that order", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Hello back.")
      const seen = yield* record<string>()
      const note = (entry: string) => Ref.update(seen, (all) => [...all, entry])
      const prompt = "Say hello to the hooks"
      const sessionId = yield* CopilotSession.withSession(
        {
          hooks: {
            onSessionStart: (input) =>
              note(`start ${input.source} ${input.initialPrompt} ${input.timestamp instanceof Date}`),
            onUserPromptSubmitted: (input) => note(`prompt ${input.prompt} ${input.timestamp instanceof Date}`),
            onSessionEnd: (input) => note(`end ${input.reason} ${input.sessionId.length > 0}`)
          }
        },
        (session) => Effect.as(runTurn(session, prompt), session.sessionId)
      )
      expect(sessionId).not.toBe("")
      expect(yield* Ref.get(seen)).toEqual([
        `start new ${prompt} true`,
        `prompt ${prompt} true`,
        "end user_exit true"
      ])
      yield* expectModelDone(mark)
    }))

  it.effect("lets the prompt-transformed hook replace the prompt the model gets", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Bonjour.")
      const prompt = "Greet me in the language of the transformed prompt"
      const seen = yield* record<Hooks.UserPromptTransformedHookInput>()
      const replaced = yield* Ref.make("")
      yield* CopilotSession.withSession(
        {
          hooks: {
            onUserPromptTransformed: (input) =>
              Effect.gen(function*() {
                yield* Ref.update(seen, (all) => [...all, input])
                const modifiedTransformedPrompt = `${input.transformedPrompt}\n\nAnswer in French.`
                yield* Ref.set(replaced, modifiedTransformedPrompt)
                return { modifiedTransformedPrompt }
              })
          }
        },
        (session) => runTurn(session, prompt)
      )
      const [input] = yield* Ref.get(seen)
      expect(input?.prompt).toBe(prompt)
      expect(input?.transformedPrompt).toContain(prompt)
      expect(input?.timestamp).toBeInstanceOf(Date)
      const request = yield* lastChatRequest(prompt)
      const users = request.messages.filter((m) => m.role === "user").map((m) => Snapshots.contentText(m.content))
      expect(users).toEqual([yield* Ref.get(replaced)])
      expect(users[0]).toContain("Answer in French.")
      yield* expectModelDone(mark)
    }))

  it.effect("lets the agent-stop hook block the stop once: the model gets the reason and works on", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("I am done.")
      yield* model.reply("Tests pass; now I am done.")
      const prompt = "Fix the bug and stop when done"
      const seen = yield* record<Hooks.AgentStopHookInput>()
      const turn = yield* CopilotSession.withSession(
        {
          hooks: {
            onAgentStop: (input) =>
              Ref.update(seen, (all) => [...all, input]).pipe(
                Effect.as(input.stopHookActive === true ? {} : { decision: "block" as const, reason: "Run the tests before you stop." })
              )
          }
        },
        (session) => runTurn(session, prompt)
      )
      const stops = yield* Ref.get(seen)
      expect(stops.map((input) => [input.stopReason, input.stopHookActive])).toEqual([["end_turn", false], ["end_turn", true]])
      expect(stops[0]?.transcriptPath).toMatch(/events\.jsonl$/)
      const requests = yield* chatRequests(prompt)
      expect(requests).toHaveLength(2)
      const lastUser = requests[1]?.messages.filter((m) => m.role === "user").map((m) => Snapshots.contentText(m.content)).pop()
      expect(lastUser).toContain("Run the tests before you stop.")
      expect(turn.answer).toBe("Tests pass; now I am done.")
      yield* expectModelDone(mark)
    }))

  it.effect("calls the post-tool-use-failure hook for a failed tool; its guidance reaches the model", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const deploy = Tool.make("deploy_app", {
        description: "Deploys the app",
        parameters: Schema.Struct({ env: Schema.String }),
        handler: ({ env }) => Effect.fail(new Error(`no credentials for ${env}`))
      })
      yield* model.toolCall("deploy_app", { env: "prod" }, "call_deploy")
      yield* model.reply("The deploy failed; I will ask for credentials.")
      const prompt = "Deploy the app to prod"
      const failures = yield* record<Hooks.PostToolUseFailureHookInput>()
      const successes = yield* record<string>()
      yield* CopilotSession.withSession(
        {
          tools: [deploy],
          onPermissionRequest: Handlers.approveAll,
          hooks: {
            onPostToolUse: (input) => Ref.update(successes, (all) => [...all, input.toolName]),
            onPostToolUseFailure: (input) =>
              Ref.update(failures, (all) => [...all, input]).pipe(
                Effect.as({ additionalContext: "Ask the user for deploy credentials; do not retry." })
              )
          }
        },
        (session) => runTurn(session, prompt)
      )
      const [failure] = yield* Ref.get(failures)
      expect(failure?.toolName).toBe("deploy_app")
      expect(failure?.toolArgs).toEqual({ env: "prod" })
      expect(failure?.error).toContain("no credentials for prod")
      expect(yield* Ref.get(successes)).not.toContain("deploy_app")
      const request = yield* lastChatRequest(prompt)
      expect(JSON.stringify(request.messages)).toContain("Ask the user for deploy credentials; do not retry.")
      yield* expectModelDone(mark)
    }))

  it.effect("denies the tool when a fail-closed policy hook fails; the handler never runs and the model sees the deny", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const runs = yield* Ref.make(0)
      const wipe = Tool.make("wipe_disk", {
        description: "Wipes a disk",
        parameters: Schema.Struct({ disk: Schema.String }),
        handler: () => Effect.as(Ref.update(runs, (n) => n + 1), "wiped")
      })
      yield* model.toolCall("wipe_disk", { disk: "sda" }, "call_wipe")
      yield* model.reply("The wipe was denied.")
      const prompt = "Wipe disk sda"
      yield* CopilotSession.withSession(
        {
          tools: [wipe],
          onPermissionRequest: Handlers.approveAll,
          hooks: { onPreToolUse: Hooks.failClosed(() => Effect.fail(new Error("the policy service is unreachable"))) }
        },
        (session) => runTurn(session, prompt)
      )
      expect(yield* Ref.get(runs)).toBe(0)
      const toolMessage = (yield* lastChatRequest(prompt)).toolResults["call_wipe"] ?? ""
      expect(toolMessage).toContain("The policy hook for this tool call failed, so the call is denied.")
      expect(toolMessage).not.toContain("wiped")
      yield* expectModelDone(mark)
    }))

  it.effect("lets the pre-MCP-tool-call hook set, remove or keep the _meta the MCP server gets", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const meta = yield* McpTestServer.command(metaServerModule)
      yield* model.toolCall("meta-show_meta", { label: "set" }, "call_set")
      yield* model.toolCall("meta-show_meta", { label: "remove" }, "call_remove")
      yield* model.toolCall("meta-show_meta", { label: "keep" }, "call_keep")
      yield* model.reply("Seen the metadata.")
      const prompt = "Show the metadata of three calls"
      const seen = yield* record<Hooks.PreMcpToolCallHookInput>()
      yield* CopilotSession.withSession(
        {
          mcpServers: { meta },
          onPermissionRequest: Handlers.approveAll,
          hooks: {
            onPreMcpToolCall: (input) =>
              Effect.as(
                Ref.update(seen, (all) => [...all, input]),
                Predicate.isRecord(input.arguments) && input.arguments["label"] === "set"
                  ? { metaToUse: { traceId: "trace-1", ...input._meta } }
                  : Predicate.isRecord(input.arguments) && input.arguments["label"] === "remove"
                  ? { metaToUse: null }
                  : undefined
              )
          }
        },
        (session) => Effect.zipRight(mcpConnected(session, "meta"), runTurn(session, prompt))
      )
      const inputs = yield* Ref.get(seen)
      expect(inputs.map((input) => [input.serverName, input.toolName])).toEqual([
        ["meta", "show_meta"],
        ["meta", "show_meta"],
        ["meta", "show_meta"]
      ])
      expect(inputs[0]?.arguments).toEqual({ label: "set" })
      expect(inputs[0]?.timestamp).toBeInstanceOf(Date)
      const results = (yield* chatRequests(prompt)).reduce<Record<string, string>>(
        (all, request) => ({ ...all, ...request.toolResults }),
        {}
      )
      const shown = (id: string) => JSON.parse(results[id] ?? "null") as { readonly meta: unknown }
      // Runtime 1.0.102 gives these calls no _meta of their own (the hook's
      // input has none) and adds its progress token after the hook: the server
      // sees the hook's metadata beside it, and only it when the hook removes
      // or keeps the (empty) metadata.
      expect(inputs.map((input) => input._meta)).toEqual([undefined, undefined, undefined])
      expect(shown("call_set").meta).toEqual({ traceId: "trace-1", progressToken: expect.anything() })
      expect(shown("call_remove").meta).toEqual({ progressToken: expect.anything() })
      expect(shown("call_keep").meta).toEqual({ progressToken: expect.anything() })
      yield* expectModelDone(mark)
    }), 120_000)
})

const metaServerModule = new URL("../fixtures/metaMcpServer.mjs", import.meta.url)

/** Waits until the session lists the MCP server connected (its start takes a moment). */
const mcpConnected = (session: CopilotSession.CopilotSessionService, name: string) =>
  session.call(Methods.SessionMcpList, {}).pipe(
    Effect.filterOrFail(
      (list) => list.servers.some((server) => server.name === name && server.status === "connected"),
      (list) => JSON.stringify(list)
    ),
    Effect.retry({ schedule: Schedule.spaced("200 millis"), times: 200 })
  )
