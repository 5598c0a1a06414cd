import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Redacted, Schema, SchemaAST } from "effect"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import * as Path from "node:path"
import { InvalidConfig } from "../src/CopilotError.js"
import * as Handlers from "../src/Handlers.js"
import * as Hooks from "../src/Hooks.js"
import * as SessionConfig from "../src/SessionConfig.js"
import * as Tool from "../src/Tool.js"

const echo = Tool.make("echo", {
  description: "Echo text",
  parameters: Schema.Struct({ text: Schema.String }),
  handler: ({ text }) => Effect.succeed(text)
})

const create = (config: SessionConfig.SessionConfig<never>) => SessionConfig.toCreateParams(config, "s1")

/** The InvalidConfig message of a failed validation. */
const failure = (effect: Effect.Effect<void, InvalidConfig>) =>
  Effect.gen(function*() {
    const exit = yield* Effect.exit(effect)
    if (Exit.isSuccess(exit)) throw new Error("expected the config to be rejected")
    const error = yield* Effect.flip(effect)
    expect(error).toBeInstanceOf(InvalidConfig)
    return error.message
  })

describe("SessionConfig wire encoding", () => {
  it.effect("leaves absent fields absent (streaming is not defaulted)", () =>
    Effect.gen(function*() {
      const params = yield* create({ model: "gpt-5" })
      expect("streaming" in params).toBe(false)
      expect(params).toEqual({
        model: "gpt-5",
        sessionId: "s1",
        requestPermission: false,
        requestUserInput: false,
        requestElicitation: false,
        requestExitPlanMode: false,
        requestAutoModeSwitch: false,
        hooks: false,
        envValueMode: "direct"
      })
      expect((yield* create({ streaming: false })).streaming).toBe(false)
      expect((yield* create({ streaming: true })).streaming).toBe(true)
      // explicitly undefined is also absent on the wire
      expect("streaming" in (yield* create({ streaming: undefined }))).toBe(false)
    }))

  it.effect("omits sessionId when none is given (cloud sessions)", () =>
    Effect.gen(function*() {
      const params = yield* SessionConfig.toCreateParams({ cloud: { repository: { owner: "octo", name: "app" } } }, undefined)
      expect("sessionId" in params).toBe(false)
      expect(params.cloud).toEqual({ repository: { owner: "octo", name: "app" } })
      expect(JSON.stringify(params)).not.toContain("sessionId")
    }))

  it.effect("keeps MCP tools absent (all tools) apart from [] (no tools)", () =>
    Effect.gen(function*() {
      const params = yield* create({
        mcpServers: {
          all: { command: "mcp-all", workingDirectory: "/srv" },
          none: { command: "mcp-none", tools: [] },
          some: { type: "http", url: "https://mcp.example.com/mcp", tools: ["search"], headers: { "x-team": "a" } }
        }
      })
      expect(params.mcpServers).toEqual({
        all: { command: "mcp-all", cwd: "/srv" },
        none: { command: "mcp-none", tools: [] },
        some: { type: "http", url: "https://mcp.example.com/mcp", tools: ["search"], headers: { "x-team": "a" } }
      })
      expect(JSON.parse(JSON.stringify(params)).mcpServers.all).not.toHaveProperty("tools")
    }))

  it.effect("encodes the provider with maxPromptTokens and reveals the key only on the wire", () =>
    Effect.gen(function*() {
      const secret = "sk-very-secret-123"
      const config: SessionConfig.SessionConfig<never> = {
        provider: {
          type: "azure",
          baseUrl: "https://my.openai.azure.com",
          apiKey: Redacted.make(secret),
          azure: { apiVersion: "2024-10-21" },
          wireApi: "responses",
          maxPromptTokens: 100_000
        },
        gitHubToken: Redacted.make("ghp_secret_token")
      }
      expect(String(config)).not.toContain(secret)
      expect(JSON.stringify(config)).not.toContain(secret)
      expect(JSON.stringify(config)).not.toContain("ghp_secret_token")
      expect(String(config.provider?.apiKey)).not.toContain(secret)

      const params = yield* create(config)
      expect(params.provider).toEqual({
        type: "azure",
        baseUrl: "https://my.openai.azure.com",
        apiKey: secret,
        azure: { apiVersion: "2024-10-21" },
        wireApi: "responses",
        maxPromptTokens: 100_000
      })
      expect(params.gitHubToken).toBe("ghp_secret_token")
    }))

  it.effect("sends the capability flags for the handlers that exist", () =>
    Effect.gen(function*() {
      const params = yield* create({
        onPermissionRequest: Handlers.approveAll,
        onUserInputRequest: () => Effect.succeed({ answer: "yes", wasFreeform: true }),
        onElicitationRequest: () => Effect.succeed({ action: "cancel" as const }),
        onExitPlanModeRequest: () => Effect.succeed({ approved: true }),
        onAutoModeSwitchRequest: () => Effect.succeed("no" as const),
        hooks: { onPreToolUse: () => Effect.void }
      })
      expect(params).toMatchObject({
        requestPermission: true,
        requestUserInput: true,
        requestElicitation: true,
        requestExitPlanMode: true,
        requestAutoModeSwitch: true,
        hooks: true
      })
      expect((yield* create({ hooks: {} })).hooks).toBe(false)
    }))

  it.effect("declares tools with JSON Schema parameters", () =>
    Effect.gen(function*() {
      const params = yield* create({ tools: [echo] })
      expect(params.tools).toEqual([{
        name: "echo",
        description: "Echo text",
        parameters: {
          type: "object",
          required: ["text"],
          properties: { text: { type: "string" } },
          additionalProperties: false
        }
      }])
    }))

  it.effect("renames fields to their wire names", () =>
    Effect.gen(function*() {
      const params = yield* create({
        configDir: "/cfg",
        enableExperimentalMode: true,
        largeOutput: { maxSizeBytes: 1000, outputDirectory: "/tmp/out" },
        infiniteSessions: { enabled: false },
        skillDirectories: ["/skills"],
        disabledSkills: ["pdf"],
        customAgents: [{ name: "rev", prompt: "Review", mcpServers: { git: { command: "git-mcp", workingDirectory: "/r" } } }],
        availableTools: ["builtin:*"],
        reasoningEffort: "high",
        workingDirectory: "/work"
      })
      expect(params).toMatchObject({
        configDir: "/cfg",
        isExperimentalMode: true,
        largeOutput: { maxSizeBytes: 1000, outputDir: "/tmp/out" },
        infiniteSessions: { enabled: false },
        skillDirectories: ["/skills"],
        disabledSkills: ["pdf"],
        customAgents: [{ name: "rev", prompt: "Review", mcpServers: { git: { command: "git-mcp", cwd: "/r" } } }],
        availableTools: ["builtin:*"],
        toolFilterPrecedence: "excluded",
        reasoningEffort: "high",
        workingDirectory: "/work"
      })
      expect("enableExperimentalMode" in params).toBe(false)
    }))

  it.effect("encodes system messages and marks transformed sections", () =>
    Effect.gen(function*() {
      expect((yield* create({ systemMessage: { mode: "replace", content: "You are terse." } })).systemMessage)
        .toEqual({ mode: "replace", content: "You are terse." })

      const customized = yield* create({
        systemMessage: { mode: "customize", sections: { safety: { action: "preserve" } }, content: "Extra" },
        systemMessageTransforms: { tone: (content) => Effect.succeed(content.toUpperCase()) }
      })
      expect(customized.systemMessage).toEqual({
        mode: "customize",
        sections: { safety: { action: "preserve" }, tone: { action: "transform" } },
        content: "Extra"
      })

      const promoted = yield* create({
        systemMessage: { content: "Appended" },
        systemMessageTransforms: { identity: (c) => Effect.succeed(c) }
      })
      expect(promoted.systemMessage).toEqual({
        mode: "customize",
        sections: { identity: { action: "transform" } },
        content: "Appended"
      })
    }))

  it.effect("builds resume params with disableResume", () =>
    Effect.gen(function*() {
      const params = yield* SessionConfig.toResumeParams(
        { suppressResumeEvent: true, continuePendingWork: true, tools: [echo], onPermissionRequest: Handlers.approveAll },
        "s9"
      )
      expect(params).toMatchObject({
        sessionId: "s9",
        disableResume: true,
        continuePendingWork: true,
        requestPermission: true
      })
      expect("suppressResumeEvent" in params).toBe(false)
      expect(params.tools?.map((t) => t.name)).toEqual(["echo"])
    }))

  it.effect("rejects values that do not match their Schema", () =>
    Effect.gen(function*() {
      // what an untyped caller could pass
      const untyped: SessionConfig.SessionConfig<never> = JSON.parse(`{"model":42}`)
      const error = yield* Effect.flip(create(untyped))
      expect(error.message).toBe(`invalid session config: "model" is the number 42; expected a string.`)
    }))
})

describe("SessionConfig.validate", () => {
  it.effect("accepts a sound config", () =>
    SessionConfig.validate({
      model: "gpt-5",
      tools: [echo],
      provider: { baseUrl: "https://api.openai.com/v1", apiKey: Redacted.make("k") },
      mcpServers: { git: { command: "mcp-git" }, web: { type: "sse", url: "http://localhost:3000/sse" } },
      customAgents: [{ name: "rev", prompt: "Review diffs" }],
      agent: "rev",
      onPermissionRequest: Handlers.approveAll
    }))

  it.effect("rejects cloud on a normal session", () =>
    Effect.gen(function*() {
      const message = yield* failure(SessionConfig.validate({ cloud: {} }))
      expect(message).toContain("use CopilotSession.createCloud")
    }))

  it.effect("rejects duplicate and invalid tool names", () =>
    Effect.gen(function*() {
      const other = Tool.make("echo", {
        description: "Another echo",
        parameters: Schema.Struct({}),
        handler: () => Effect.succeed("")
      })
      expect(yield* failure(SessionConfig.validate({ tools: [echo, other] })))
        .toContain(`tool name "echo" is used by 2 tools`)

      const spaced = Tool.make("get weather", {
        description: "x",
        parameters: Schema.Struct({}),
        handler: () => Effect.succeed("")
      })
      expect(yield* failure(SessionConfig.validate({ tools: [spaced] })))
        .toContain(`tool name "get weather" is not valid`)
    }))

  it.effect("rejects tools whose parameters are not a JSON object", () =>
    Effect.gen(function*() {
      const list = Tool.make("list", {
        description: "x",
        parameters: Schema.Union(Schema.Struct({ a: Schema.String }), Schema.Struct({ b: Schema.String })),
        handler: () => Effect.succeed("")
      })
      expect(yield* failure(SessionConfig.validate({ tools: [list] })))
        .toContain(`tool "list" cannot be declared: its parameters Schema must describe a JSON object`)
      const error = yield* Effect.flip(create({ tools: [list] }))
      expect(error.message).toContain(`tool "list" cannot be declared`)
    }))

  it.effect("rejects MCP servers without a command or url", () =>
    Effect.gen(function*() {
      expect(yield* failure(SessionConfig.validate({ mcpServers: { git: { command: " " } } })))
        .toContain(`MCP server "git" has an empty "command"`)
      expect(yield* failure(SessionConfig.validate({ mcpServers: { web: { type: "http", url: "" } } })))
        .toContain(`MCP server "web" has an empty "url"`)
      expect(yield* failure(SessionConfig.validate({ mcpServers: { web: { type: "http", url: "example.com/mcp" } } })))
        .toContain("not an absolute http(s) URL")
      const neither: Record<string, SessionConfig.McpServerConfig> = JSON.parse(`{"x":{"args":["a"]}}`)
      expect(yield* failure(SessionConfig.validate({ mcpServers: neither })))
        .toContain(`MCP server "x" has neither "command"`)
      expect(yield* failure(SessionConfig.validate({ mcpServers: { git: { command: "g", timeout: -5 } } })))
        .toContain(`"timeout" -5`)
    }))

  it.effect("rejects a provider without a usable baseUrl and mismatched options", () =>
    Effect.gen(function*() {
      expect(yield* failure(SessionConfig.validate({ provider: { baseUrl: "" } })))
        .toContain(`"provider.baseUrl" is missing`)
      expect(yield* failure(SessionConfig.validate({ provider: { baseUrl: "api.openai.com" } })))
        .toContain("not an absolute http(s) URL")
      expect(yield* failure(SessionConfig.validate({ provider: { baseUrl: "https://x", azure: { apiVersion: "1" } } })))
        .toContain(`"provider.azure" is only used with provider type "azure"`)
      expect(yield* failure(SessionConfig.validate({ provider: { baseUrl: "https://x", maxPromptTokens: 0 } })))
        .toContain(`"provider.maxPromptTokens" is 0`)
    }))

  it.effect("rejects transforms on a replaced system message and doubled section changes", () =>
    Effect.gen(function*() {
      const transforms: Handlers.SectionTransforms<never> = { tone: (c) => Effect.succeed(c) }
      expect(
        yield* failure(SessionConfig.validate({
          systemMessage: { mode: "replace", content: "All of it" },
          systemMessageTransforms: transforms
        }))
      ).toContain(`cannot be combined with systemMessage mode "replace"`)
      expect(
        yield* failure(SessionConfig.validate({
          systemMessage: { mode: "customize", sections: { tone: { action: "remove" } } },
          systemMessageTransforms: transforms
        }))
      ).toContain(`section "tone" has both an override`)
      const replaceWithSections: SessionConfig.SystemMessageConfig = JSON.parse(
        `{"mode":"replace","content":"x","sections":{"tone":{"action":"remove"}}}`
      )
      expect(yield* failure(SessionConfig.validate({ systemMessage: replaceWithSections })))
        .toContain(`mode "replace" takes no "sections"`)
      const error = yield* Effect.flip(create({ systemMessage: { mode: "replace", content: "x" }, systemMessageTransforms: transforms }))
      expect(error.message).toContain(`mode "replace"`)
    }))

  it.effect("rejects other impossible combinations", () =>
    Effect.gen(function*() {
      expect(yield* failure(SessionConfig.validate({ availableTools: ["*"] })))
        .toContain(`"availableTools" contains "*"`)
      expect(yield* failure(SessionConfig.validate({ agent: "ghost" })))
        .toContain(`"agent" is "ghost" but no entry of "customAgents" has that name`)
      expect(yield* failure(SessionConfig.validate({ customAgents: [{ name: "a", prompt: "p" }, { name: "a", prompt: "q" }] })))
        .toContain(`custom agent name "a" is used twice`)
      expect(
        yield* failure(SessionConfig.validate({
          infiniteSessions: { backgroundCompactionThreshold: 0.9, bufferExhaustionThreshold: 0.5 }
        }))
      ).toContain("background compaction must start before the session blocks")
      expect(yield* failure(SessionConfig.validate({ askUserVariant: "elicitation" })))
        .toContain(`needs "onElicitationRequest"`)
      expect(yield* failure(SessionConfig.validate({ sessionId: "" })))
        .toContain(`"sessionId" is empty`)
      expect(yield* failure(SessionConfig.validate({ sessionLimits: { maxAiCredits: 0 } })))
        .toContain(`"sessionLimits.maxAiCredits" is 0: use a positive number of AI credits`)
      expect(yield* failure(SessionConfig.validateResume({ modelCapabilities: { limits: { max_prompt_tokens: 1.5 } } })))
        .toContain(`"modelCapabilities.limits.max_prompt_tokens" is 1.5: use a whole number of tokens`)
    }))

  it.effect("lists every problem at once", () =>
    Effect.gen(function*() {
      const message = yield* failure(SessionConfig.validate({ cloud: {}, provider: { baseUrl: "" } }))
      expect(message).toContain("- \"cloud\" is set")
      expect(message).toContain("- \"provider.baseUrl\" is missing")
    }))

  it.effect("validateCloud requires cloud and rejects sessionId and provider", () =>
    Effect.gen(function*() {
      yield* SessionConfig.validateCloud({ cloud: { repository: { owner: "octo", name: "app" } } })
      expect(yield* failure(SessionConfig.validateCloud({ model: "gpt-5" }))).toContain(`"cloud" is missing`)
      expect(yield* failure(SessionConfig.validateCloud({ cloud: {}, sessionId: "mine" })))
        .toContain(`"sessionId" cannot be chosen for a cloud session`)
      expect(yield* failure(SessionConfig.validateCloud({ cloud: {}, provider: { baseUrl: "https://x" } })))
        .toContain(`"provider" (bring your own key) is not available for cloud sessions`)
    }))

  it.effect("validateResume checks the shared rules", () =>
    Effect.gen(function*() {
      yield* SessionConfig.validateResume({ suppressResumeEvent: true })
      expect(yield* failure(SessionConfig.validateResume({ tools: [echo, echo] }))).toContain("is used by 2 tools")
    }))
})

describe("Handlers", () => {
  const hookWire = { sessionId: "s1", timestamp: 1_700_000_000_000, cwd: "/work" }

  it("decodes hook timestamps (Unix milliseconds) to Date and cwd to workingDirectory", () => {
    const input = Schema.decodeUnknownSync(Hooks.PreToolUseHookInput)({
      ...hookWire,
      toolName: "bash",
      toolArgs: { command: "ls" }
    })
    expect(input.timestamp).toBeInstanceOf(Date)
    expect(input.timestamp.toISOString()).toBe("2023-11-14T22:13:20.000Z")
    expect(input.workingDirectory).toBe("/work")
    expect(Schema.encodeSync(Hooks.PreToolUseHookInput)(input)).toEqual({
      ...hookWire,
      toolName: "bash",
      toolArgs: { command: "ls" }
    })
    expect(() => Schema.decodeUnknownSync(Hooks.SessionEndHookInput)({ ...hookWire, timestamp: "yesterday", reason: "complete" }))
      .toThrow()
  })

  it("keeps a session-end reason or error context this SDK does not know, so newer runtimes' hooks still run", () => {
    const end = Schema.decodeUnknownSync(Hooks.SessionEndHookInput)({ ...hookWire, reason: "quota_exceeded" })
    expect(end.reason).toBe("quota_exceeded")
    const known = Schema.decodeUnknownSync(Hooks.SessionEndHookInput)({ ...hookWire, reason: "user_exit" })
    expect(known.reason).toBe("user_exit")
    const error = Schema.decodeUnknownSync(Hooks.ErrorOccurredHookInput)({
      ...hookWire,
      error: "boom",
      errorContext: "mcp_server",
      recoverable: false
    })
    expect(error.errorContext).toBe("mcp_server")
    expect(() => Schema.decodeUnknownSync(Hooks.SessionEndHookInput)({ ...hookWire, reason: 42 })).toThrow()
  })

  it.effect("invokes hooks with decoded input and encodes their output", () =>
    Effect.gen(function*() {
      const seen: Array<Date> = []
      const hooks: Hooks.SessionHooks<never> = {
        onPreToolUse: (input) =>
          Effect.sync(() => {
            seen.push(input.timestamp)
            return { permissionDecision: "deny" as const, permissionDecisionReason: `no ${input.toolName}` }
          }),
        onSessionStart: () => Effect.void
      }
      const ctx = { sessionId: "s1" }
      const pre = yield* Hooks.invokeHook(hooks, {
        sessionId: "s1",
        hookType: "preToolUse",
        input: { ...hookWire, toolName: "rm", toolArgs: {} }
      }, ctx)
      expect(pre).toEqual({ output: { permissionDecision: "deny", permissionDecisionReason: "no rm" } })
      expect(seen[0]?.getTime()).toBe(1_700_000_000_000)

      const start = yield* Hooks.invokeHook(hooks, {
        sessionId: "s1",
        hookType: "sessionStart",
        input: { ...hookWire, source: "new" }
      }, ctx)
      expect(start).toEqual({})
      expect(yield* Hooks.invokeHook(hooks, { sessionId: "s1", hookType: "agentStop", input: {} }, ctx)).toEqual({})
      const bad = yield* Effect.exit(
        Hooks.invokeHook(hooks, { sessionId: "s1", hookType: "preToolUse", input: { toolName: "x" } }, ctx)
      )
      expect(Exit.isFailure(bad)).toBe(true)
    }))

  it.effect("decodes permission requests, keeping unknown kinds, and approveAll defers managed ones", () =>
    Effect.gen(function*() {
      const decode = Schema.decodeUnknownSync(Handlers.PermissionRequestedData)
      const read = decode({ requestId: "r1", permissionRequest: { kind: "read", intention: "look", path: "/a" } })
      expect(read.permissionRequest.kind).toBe("read")
      const future = decode({
        requestId: "r2",
        permissionRequest: { kind: "teleport", destination: "mars", managedApprovalRequired: true }
      })
      expect(future.permissionRequest).toEqual({
        kind: "unknown",
        rawKind: "teleport",
        data: { kind: "teleport", destination: "mars", managedApprovalRequired: true },
        managedApprovalRequired: true
      })
      const ctx = { sessionId: "s1" }
      expect(yield* Handlers.approveAll(read.permissionRequest, ctx)).toEqual({ kind: "approve-once" })
      expect(yield* Handlers.approveAll(future.permissionRequest, ctx)).toEqual({ kind: "no-result" })
      expect(Schema.encodeSync(Handlers.PermissionDecision)(Handlers.reject("not here")))
        .toEqual({ kind: "reject", feedback: "not here" })
    }))

  it.effect("transforms system message sections", () =>
    Effect.gen(function*() {
      const result = yield* Handlers.transformSections(
        { tone: (content, { section }) => Effect.succeed(`${section}: ${content.toUpperCase()}`) },
        { sessionId: "s1", sections: { tone: { content: "be kind" }, safety: { content: "stay safe" } } }
      )
      expect(result).toEqual({
        sections: { tone: { content: "tone: BE KIND" }, safety: { content: "stay safe" } }
      })
    }))
})

describe("every session option, nothing silently dropped", () => {
  const resume = (config: SessionConfig.ResumeSessionConfig<never>) => SessionConfig.toResumeParams(config, "s1")

  it.effect("sends the newer options under the names the runtime reads", () =>
    Effect.gen(function*() {
      const options = {
        modelCapabilities: { supports: { vision: false }, limits: { max_context_window_tokens: 64_000 } },
        sessionLimits: { maxAiCredits: 50 },
        enableCitations: true,
        githubMcpToolConfig: { enableAllTools: true, additionalToolsets: ["actions"] },
        customAgentsLocalOnly: true,
        includedBuiltinSkills: [],
        authClientIdMetadataUrl: "https://host.example/oauth-client.json",
        capi: { enableWebSocketResponses: false },
        enableManagedSettings: false,
        managedSettings: { permissions: { deny: ["Shell(rm *)"] } }
      } as const
      const params = yield* create({ ...options, enableMcpApps: true })
      expect(params).toMatchObject({ ...options, requestMcpApps: true })
      expect("enableMcpApps" in params).toBe(false)
      // The same options on resume, plus the canvases to restore.
      const canvas = { instanceId: "i1", extensionId: "ext", canvasId: "board", input: { page: 2 } }
      const resumed = yield* resume({ ...options, enableMcpApps: false, openCanvases: [canvas] })
      expect(resumed).toMatchObject({ ...options, requestMcpApps: false, openCanvases: [canvas] })
      expect((yield* resume({ openCanvases: [] })).openCanvases).toEqual([])
    }))

  it.effect("names an unknown key, with the option it probably means", () =>
    Effect.gen(function*() {
      const typo: SessionConfig.SessionConfig<never> = JSON.parse(`{"modle":"gpt-5"}`)
      expect(yield* failure(SessionConfig.validate(typo)))
        .toBe(`invalid session config: "modle" is not a session config option: did you mean "model"?`)
      // toCreateParams checks too: the key is not dropped on the way to the wire.
      expect((yield* Effect.flip(create(typo))).message).toContain(`"modle"`)
      const unknown: SessionConfig.SessionConfig<never> = JSON.parse(`{"temperature":0.2}`)
      expect(yield* failure(SessionConfig.validate(unknown))).toContain(`"temperature" is not a session config option: remove it`)
      const wire: SessionConfig.SessionConfig<never> = JSON.parse(`{"isExperimentalMode":true,"requestMcpApps":true}`)
      const wireMessage = yield* failure(SessionConfig.validate(wire))
      expect(wireMessage).toContain(`"isExperimentalMode" is the wire name of an option: use "enableExperimentalMode" instead`)
      expect(wireMessage).toContain(`use "enableMcpApps" instead`)
      const nested: SessionConfig.SessionConfig<never> = JSON.parse(
        `{"sessionLimits":{"maxAICredits":50},"mcpServers":{"git":{"command":"mcp-git","argz":["-v"]}}}`
      )
      const nestedMessage = yield* failure(SessionConfig.validate(nested))
      expect(nestedMessage).toContain(`"sessionLimits.maxAICredits" is not a known key of "sessionLimits": did you mean "maxAiCredits"?`)
      expect(nestedMessage).toContain(`"mcpServers.git.argz" is not a known key of "mcpServers.git": did you mean "args"?`)
      const hooks: Hooks.SessionHooks<never> = Object.assign({ onPreToolUse: () => Effect.void }, { onPreTool: () => Effect.void })
      expect(yield* failure(SessionConfig.validate({ hooks })))
        .toContain(`"hooks.onPreTool" is not a known key of "hooks": did you mean "onPreToolUse"?`)
    }))

  it.effect("says which options belong to the other kind of config, or to the client", () =>
    Effect.gen(function*() {
      const onCreate: SessionConfig.SessionConfig<never> = JSON.parse(`{"openCanvases":[],"suppressResumeEvent":true}`)
      const message = yield* failure(SessionConfig.validate(onCreate))
      expect(message).toContain(`"openCanvases" applies to CopilotSession.resume only`)
      expect(message).toContain(`"suppressResumeEvent" applies to CopilotSession.resume only`)
      const clientInfo: SessionConfig.SessionConfig<never> = JSON.parse(`{"clientInfo":{"applicationName":"acme"}}`)
      expect(yield* failure(SessionConfig.validate(clientInfo)))
        .toContain(`"clientInfo" is declared once per connection, not per session: set it on the client`)
      const onResume: SessionConfig.ResumeSessionConfig<never> = JSON.parse(`{"sessionId":"s2"}`)
      expect(yield* failure(SessionConfig.validateResume(onResume))).toContain(`"sessionId" applies to CopilotSession.create only`)
    }))

  it.effect("rejects a value of the wrong JavaScript type with an InvalidConfig naming the field, not a defect", () =>
    Effect.gen(function*() {
      const cases: ReadonlyArray<readonly [string, string]> = [
        [`{"model":42}`, `"model" is the number 42; expected a string.`],
        [`{"tools":"x"}`, `"tools" is the string "x"; expected an array.`],
        [`{"tools":[null]}`, `"tools[0]" is null; expected a Tool (made with Tool.make).`],
        [`{"onPermissionRequest":3}`, `"onPermissionRequest" is the number 3; expected a permission handler function.`],
        [`{"hooks":{"onSessionStart":true}}`, `"hooks.onSessionStart" is the boolean true; expected a hook function.`],
        [`{"sessionLimits":{"maxAiCredits":"many"}}`, `"sessionLimits.maxAiCredits" is the string "many"; expected a number.`],
        [`{"includedBuiltinSkills":"none"}`, `"includedBuiltinSkills" is the string "none"; expected an array.`],
        [`{"enableCitations":"yes"}`, `"enableCitations" is the string "yes"; expected a boolean.`],
        [`{"mcpServers":{"git":{"command":"mcp-git","timeout":"5"}}}`, `"mcpServers.git.timeout" is the string "5"; expected a number.`],
        [`{"reasoningEffort":"hgh"}`, `"reasoningEffort" is the string "hgh"; expected "low" or "medium" or "high" or "xhigh" or "max".`],
        [`{"systemMessage":{"mode":"rewrite","content":"x"}}`, `"systemMessage.mode" is the string "rewrite"; expected "replace" or "customize" or "append".`],
        [`{"closeTimeout":"soon"}`, `"closeTimeout" is the string "soon"; expected a duration`],
        [`null`, `not a session config: pass an object of options`]
      ]
      for (const [json, expected] of cases) {
        const config: SessionConfig.SessionConfig<never> = JSON.parse(json)
        // Each entry point fails with InvalidConfig; none throws.
        expect(yield* failure(SessionConfig.validate(config))).toContain(expected)
        expect(yield* failure(SessionConfig.validateCloud(config))).toContain(expected)
        expect(yield* failure(Effect.asVoid(create(config)))).toContain(expected)
      }
      const resumeConfig: SessionConfig.ResumeSessionConfig<never> = JSON.parse(`{"openCanvases":[{"instanceId":"i1"}]}`)
      const resumeMessage = yield* failure(SessionConfig.validateResume(resumeConfig))
      expect(resumeMessage).toContain(`"openCanvases[0].extensionId" is missing`)
      expect(resumeMessage).toContain(`"openCanvases[0].canvasId" is missing`)
      expect(yield* failure(Effect.asVoid(resume(resumeConfig)))).toContain(`"openCanvases[0].canvasId" is missing`)
    }))

  it.effect("never quotes a secret given in the wrong form", () =>
    Effect.gen(function*() {
      const config: SessionConfig.SessionConfig<never> = JSON.parse(
        `{"provider":{"baseUrl":"https://api.example.com","apiKey":"sk-leak-me"},"gitHubToken":"ghp_leak_me"}`
      )
      const message = yield* failure(SessionConfig.validate(config))
      expect(message).toContain(`"provider.apiKey" is a plain string; expected a Redacted value (wrap the secret with Redacted.make)`)
      expect(message).toContain(`"gitHubToken" is a plain string`)
      expect(message).not.toContain("leak")
    }))

  it("accepts every field the official SDK sends in session.create and session.resume", () => {
    const source = readFileSync(Path.join(Path.dirname(createRequire(import.meta.url).resolve("@github/copilot-sdk")), "client.js"), "utf8")
    const ours = (schema: Schema.Schema.Any) => new Set(SchemaAST.getPropertySignatures(schema.ast).map((p) => String(p.name)))
    for (const [method, schema] of [["session.create", SessionConfig.SessionCreateParams], ["session.resume", SessionConfig.SessionResumeParams]] as const) {
      const theirs = requestKeys(source, method)
      // The scan found the request: it names the basics.
      expect(theirs).toEqual(expect.arrayContaining(["sessionId", "model", "tools", "systemMessage", "requestPermission"]))
      const wire = ours(schema)
      const missing = theirs.filter((key) => !wire.has(key) && notSupported[key] === undefined)
      expect(missing, `${method} fields of the official SDK this SDK neither sends nor lists as unsupported`).toEqual([])
      // The list of unsupported fields holds no field that is in fact supported.
      expect(Object.keys(notSupported).filter((key) => wire.has(key))).toEqual([])
    }
  })
})

/**
 * Fields the official SDK sends that this SDK deliberately does not, and why.
 * Each needs a handler or a client-side feature this SDK does not have; a
 * config naming one fails as an unknown key instead of dropping it.
 */
const notSupported: Readonly<Record<string, string>> = {
  factories: "extension hosts only (resume)",
  requestedEnvironmentVariables: "extension hosts only (resume)",
  enableGitHubTelemetryForwarding: "GitHub telemetry forwarding is a client feature, not implemented",
  expAssignments: "experimentation flight data injected by first-party integrators"
}

/**
 * The keys of the object literal the official SDK sends as `method`'s params,
 * read from its installed build (own keys and keys of objects spread in
 * conditionally, e.g. `...(x ? { requestMcpApps: true } : {})`).
 */
const requestKeys = (source: string, method: string): ReadonlyArray<string> => {
  const start = source.indexOf(`sendRequest("${method}", {`)
  if (start < 0) return []
  const keys: Array<string> = []
  // One entry per open bracket: whether keys directly inside it are the request's.
  const own: Array<boolean> = []
  let quote: string | undefined
  const previous = (i: number) => source.slice(Math.max(0, i - 200), i).trimEnd().slice(-1)
  for (let i = source.indexOf("{", start); i < source.length; i++) {
    const c = source[i]!
    if (quote !== undefined) {
      if (c === "\\") i++
      else if (c === quote) quote = undefined
      continue
    }
    if (c === "\"" || c === "'" || c === "`") quote = c
    else if (c === "{" || c === "(" || c === "[") {
      own.push(c === "{" && (own.length === 0 || (own.at(-1)! && previous(i) === "?")))
    } else if (c === "}" || c === ")" || c === "]") {
      own.pop()
      if (own.length === 0) break
    } else if (own.at(-1) && /[A-Za-z_$]/.test(c) && ["{", ","].includes(previous(i))) {
      const key = /^([A-Za-z_$][\w$]*)\s*(?::|,|(?=\}))/.exec(source.slice(i))
      if (key !== null) keys.push(key[1]!)
      i += (key?.[1]!.length ?? 1) - 1
    }
  }
  return keys
}
