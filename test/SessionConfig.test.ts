import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Redacted, Schema } from "effect"
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
      expect(message).toContain("use createCloudSession")
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
