import { NodeSdk } from "@effect/opentelemetry"
import { FileSystem, HttpClient, HttpClientRequest } from "@effect/platform"
import { NodeContext, NodeHttpClient } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { Clock, ConfigProvider, Context, Effect, Exit, Fiber, Layer, Option, Redacted, Schema, Scope, TestClock } from "effect"
import { fileURLToPath } from "node:url"
import * as IsolatedRuntime from "../src/testing/IsolatedRuntime.js"
import * as ScriptedModel from "../src/testing/ScriptedModel.js"
import * as Snapshots from "../src/testing/Snapshots.js"
import { ErrorBody, streamChat, systemMessage, userMessage } from "./support/chatClient.js"

const TestLayer = (options?: ScriptedModel.Options) =>
  Layer.mergeAll(ScriptedModel.layer(options), NodeHttpClient.layerUndici, NodeContext.layer)

const decodeError = Schema.decodeUnknown(Schema.parseJson(ErrorBody))

/** The recordings the tests replay, kept in the repository. */
const recordingsDir = fileURLToPath(new URL("./recordings", import.meta.url))
const Recordings = Snapshots.layerDirectory(recordingsDir)

/** The names of the server spans the scripted model records while answering one request, traced or not. */
const serverSpans = (traced: boolean | undefined) => {
  const exporter = new InMemorySpanExporter()
  const Tracing = NodeSdk.layer(() => ({ resource: { serviceName: "scripted" }, spanProcessor: new SimpleSpanProcessor(exporter) }))
  return Effect.gen(function*() {
    const model = yield* ScriptedModel.ScriptedModel
    const response = yield* HttpClient.get(`${model.url}/models`)
    expect(response.status).toBe(200)
    return exporter.getFinishedSpans().map((span) => span.name).filter((name) => name.startsWith("http.server"))
  }).pipe(Effect.provide(TestLayer({ traced }).pipe(Layer.provideMerge(Tracing))))
}

describe("ScriptedModel", () => {
  it.scoped("keeps its HTTP server spans out of the trace unless traced is set", () =>
    Effect.gen(function*() {
      expect(yield* serverSpans(undefined)).toEqual([])
      expect(yield* serverSpans(true)).toEqual(["http.server GET"])
    }))

  it.scoped("streams a text answer as several deltas that reassemble to the scripted text", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Hello there, this answer arrives in pieces.")
      const answer = yield* streamChat(model.url, [systemMessage(), userMessage("hello")])
      expect(answer.status).toBe(200)
      expect(answer.contentType).toContain("text/event-stream")
      const deltas = answer.chunks.filter((chunk) => chunk.choices[0]?.delta.content !== undefined)
      expect(deltas.length).toBeGreaterThan(3)
      expect(answer.text).toBe("Hello there, this answer arrives in pieces.")
      expect(answer.finishReason).toBe("stop")
      expect(answer.chunks.at(-1)?.usage?.total_tokens).toBeGreaterThan(0)
      expect(answer.done).toBe(true)
      expect(yield* model.pending).toEqual([])
    }).pipe(Effect.provide(TestLayer())))

  it.scoped("streams tool calls, parallel ones included, with finish_reason tool_calls", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("get_weather", { city: "Oslo" }, "call_oslo")
      yield* model.toolCalls([
        { name: "get_weather", arguments: { city: "Bergen" } },
        { name: "get_time", arguments: { zone: "CET" } }
      ])
      const single = yield* streamChat(model.url, [userMessage("weather?")])
      expect(single.finishReason).toBe("tool_calls")
      expect(single.text).toBe("")
      expect(single.toolCalls).toEqual([{ id: "call_oslo", name: "get_weather", arguments: "{\"city\":\"Oslo\"}" }])

      const parallel = yield* streamChat(model.url, [userMessage("weather and time?")])
      expect(parallel.finishReason).toBe("tool_calls")
      expect(parallel.toolCalls.map((call) => [call.name, JSON.parse(call.arguments)])).toEqual([
        ["get_weather", { city: "Bergen" }],
        ["get_time", { zone: "CET" }]
      ])
      expect(new Set(parallel.toolCalls.map((call) => call.id)).size).toBe(2)
    }).pipe(Effect.provide(TestLayer())))

  it.scoped("answers non-streamed requests with a chat.completion object", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("plain answer")
      const client = yield* HttpClient.HttpClient
      const response = yield* client.execute(
        HttpClientRequest.post(`${model.url}/chat/completions`).pipe(
          HttpClientRequest.bodyUnsafeJson({ model: "m", messages: [userMessage("hi")], stream: false })
        )
      )
      const body = yield* response.json.pipe(
        Effect.flatMap(Schema.decodeUnknown(Schema.Struct({
          object: Schema.Literal("chat.completion"),
          choices: Schema.Tuple(Schema.Struct({
            message: Schema.Struct({ content: Schema.String }),
            finish_reason: Schema.String
          }))
        })))
      )
      expect(body.choices[0].message.content).toBe("plain answer")
      expect(body.choices[0].finish_reason).toBe("stop")
    }).pipe(Effect.provide(TestLayer())))

  it.scoped("checks the bearer token on the user endpoint", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const client = yield* HttpClient.HttpClient
      const user = (token: string) =>
        client.execute(
          HttpClientRequest.get(`${model.url}/copilot_internal/user`).pipe(HttpClientRequest.bearerToken(token))
        )
      const accepted = yield* user(Redacted.value(model.token))
      expect(accepted.status).toBe(200)
      const info = yield* accepted.json.pipe(
        Effect.flatMap(Schema.decodeUnknown(Schema.Struct({ endpoints: Schema.Struct({ api: Schema.String }) })))
      )
      expect(info.endpoints.api).toBe(model.url)
      expect((yield* user("someone-else")).status).toBe(401)
    }).pipe(Effect.provide(TestLayer({ token: "the-right-token" }))))

  it.scoped("answers an unscripted request with an error naming it, and records it", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const answer = yield* streamChat(model.url, [systemMessage(), userMessage("what is the meaning of life?")])
      expect(answer.status).toBe(400)
      const error = yield* decodeError(answer.text)
      expect(error.error.message).toContain("\"what is the meaning of life?\"")
      const unmatched = yield* model.unmatched
      expect(unmatched).toHaveLength(1)
      expect(unmatched[0]?._tag).toBe("UnscriptedRequest")
      expect(unmatched[0]?.lastUserMessage).toBe("what is the meaning of life?")
      expect(unmatched[0]?.request.path).toBe("/chat/completions")
    }).pipe(Effect.provide(TestLayer())))

  it.scoped("answers scripted HTTP errors", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.error(429, "slow down")
      const answer = yield* streamChat(model.url, [userMessage("hi")])
      expect(answer.status).toBe(429)
      expect((yield* decodeError(answer.text)).error.message).toBe("slow down")
      expect(yield* model.unmatched).toEqual([])
    }).pipe(Effect.provide(TestLayer())))

  it.scoped("holds the answer back until a scripted delay has passed on the Clock", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.delay("1 hour")
      yield* model.reply("late")
      const answer = yield* Effect.fork(streamChat(model.url, [userMessage("hi")]))
      // Wait (on real time) until the request has arrived and the delay is pending.
      yield* Effect.gen(function*() {
        while ((yield* model.requests).length === 0 || (yield* model.pending).length > 0) {
          yield* Effect.sleep("10 millis").pipe(Effect.withClock(Clock.make()))
        }
      })
      yield* TestClock.adjust("59 minutes")
      // An answer that did not wait would be here well within this (real) pause.
      yield* Effect.sleep("300 millis").pipe(Effect.withClock(Clock.make()))
      expect(Option.isNone(yield* Fiber.poll(answer))).toBe(true)
      yield* TestClock.adjust("1 minute")
      expect((yield* Fiber.join(answer)).text).toBe("late")
    }).pipe(Effect.provide(TestLayer())))

  it.scoped("answers the built-in GitHub MCP server's traffic on /mcp hermetically, and records it", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const client = yield* HttpClient.HttpClient
      const post = (path: string, body: unknown) =>
        Effect.flatMap(
          client.execute(HttpClientRequest.post(`${model.url}${path}`).pipe(HttpClientRequest.bodyUnsafeJson(body))),
          (response) => Effect.map(response.text, (text) => ({ status: response.status, text }))
        )
      const json = (text: string) => Schema.decodeUnknownSync(Schema.parseJson())(text)
      const initialize = yield* post("/mcp/readonly", {
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "copilot-cli", version: "1" } }
      })
      expect(initialize.status).toBe(200)
      expect(json(initialize.text)).toEqual({
        jsonrpc: "2.0",
        id: 1,
        result: {
          protocolVersion: "2025-11-25",
          capabilities: { tools: {} },
          serverInfo: { name: expect.any(String), version: expect.any(String) }
        }
      })
      const initialized = yield* post("/mcp/readonly", { jsonrpc: "2.0", method: "notifications/initialized" })
      expect(initialized).toEqual({ status: 202, text: "" })
      const tools = yield* post("/mcp", { jsonrpc: "2.0", id: "t", method: "tools/list", params: {} })
      expect(json(tools.text)).toEqual({ jsonrpc: "2.0", id: "t", result: { tools: [] } })
      const other = yield* post("/mcp", { jsonrpc: "2.0", id: 3, method: "server/discover" })
      expect(json(other.text)).toEqual({ jsonrpc: "2.0", id: 3, result: {} })
      const batch = yield* post("/mcp", [
        { jsonrpc: "2.0", method: "notifications/cancelled" },
        { jsonrpc: "2.0", id: 4, method: "ping" }
      ])
      expect(json(batch.text)).toEqual([{ jsonrpc: "2.0", id: 4, result: {} }])
      expect((yield* client.execute(HttpClientRequest.get(`${model.url}/mcp`))).status).toBe(200)
      const garbage = yield* client.execute(HttpClientRequest.post(`${model.url}/mcp`).pipe(HttpClientRequest.bodyText("not json")))
      expect(garbage.status).toBe(400)

      const seen = yield* model.gitHubMcpRequests
      expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual([
        "POST /mcp/readonly",
        "POST /mcp/readonly",
        "POST /mcp",
        "POST /mcp",
        "POST /mcp",
        "GET /mcp",
        "POST /mcp"
      ])
      // Among every request, and none of them unanswered.
      expect((yield* model.requests).filter((request) => request.path.startsWith("/mcp"))).toEqual(seen)
      expect(yield* model.notFound).toEqual([])
    }).pipe(Effect.provide(TestLayer())))

  it.scoped("records every request, and answers unknown endpoints 404", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const client = yield* HttpClient.HttpClient
      yield* model.reply("ok")
      yield* streamChat(model.url, [systemMessage(), userMessage("record me")])
      expect((yield* client.execute(HttpClientRequest.get(`${model.url}/models`))).status).toBe(200)
      const tolerated = yield* client.execute(HttpClientRequest.get(`${model.url}/copilot_internal/team_customizations`))
      expect(tolerated.status).toBe(404)
      const unknown = yield* client.execute(HttpClientRequest.get(`${model.url}/nothing/here?x=1`))
      expect(unknown.status).toBe(404)

      const requests = yield* model.requests
      expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        "POST /chat/completions",
        "GET /models",
        "GET /copilot_internal/team_customizations",
        "GET /nothing/here"
      ])
      expect(requests[0]?.headers["authorization"]).toBe("Bearer scripted-model-token")
      expect(Option.isSome(requests[0]!.body)).toBe(true)
      expect((yield* model.notFound).map((request) => request.url)).toEqual(["/nothing/here?x=1"])
      const messages = yield* model.chatMessages
      expect(messages).toHaveLength(1)
      expect(messages[0]?.map((message) => message.role)).toEqual(["system", "user"])
    }).pipe(Effect.provide(TestLayer())))
})

const UserBody = Schema.parseJson(ScriptedModel.UserAnswer)
const ModelsBody = Schema.parseJson(Schema.Struct({ data: Schema.Array(ScriptedModel.ModelAnswer) }))

/** `GET /copilot_internal/user` with a bearer token: the status and, when 200, the decoded answer. */
const getUser = (url: string, token: string) =>
  Effect.gen(function*() {
    const client = yield* HttpClient.HttpClient
    const response = yield* client.execute(
      HttpClientRequest.get(`${url}/copilot_internal/user`).pipe(HttpClientRequest.bearerToken(token))
    )
    const text = yield* response.text
    return {
      status: response.status,
      user: response.status === 200 ? Option.some(yield* Schema.decodeUnknown(UserBody)(text)) : Option.none()
    }
  })

const getModels = (url: string) =>
  Effect.gen(function*() {
    const client = yield* HttpClient.HttpClient
    const response = yield* client.execute(HttpClientRequest.get(`${url}/models`))
    return (yield* Schema.decodeUnknown(ModelsBody)(yield* response.text)).data
  })

describe("ScriptedModel users", () => {
  it.scoped("answers each token with its own user and an unknown token with 401", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      // Without `token`, the first user's token is the one the test runtime is started with.
      expect(Redacted.value(model.token)).toBe("alice-token")
      const alice = yield* getUser(model.url, "alice-token")
      const bob = yield* getUser(model.url, "bob-token")
      expect(alice.status).toBe(200)
      expect(Option.map(alice.user, (u) => [u.login, u.copilot_plan, u.is_mcp_enabled])).toEqual(
        Option.some(["alice", "individual_pro", true])
      )
      expect(Option.map(bob.user, (u) => [u.login, u.copilot_plan, u.is_mcp_enabled])).toEqual(
        Option.some(["bob", "business", false])
      )
      expect(Option.map(bob.user, (u) => u.endpoints.api)).toEqual(Option.some(model.url))
      expect((yield* getUser(model.url, "mallory-token")).status).toBe(401)
      // The default token is not accepted once users are declared without it.
      expect((yield* getUser(model.url, "scripted-model-token")).status).toBe(401)

      yield* model.setUser("carol-token", { login: "carol" })
      expect(Option.map((yield* getUser(model.url, "carol-token")).user, (u) => u.login)).toEqual(Option.some("carol"))
    }).pipe(Effect.provide(TestLayer({
      users: {
        "alice-token": { login: "alice" },
        "bob-token": { login: "bob", plan: "business", isMcpEnabled: false }
      }
    }))))

  it.scoped("enables MCP for the default user, as the service does for a user with MCP allowed", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const answer = yield* getUser(model.url, Redacted.value(model.token))
      expect(Option.map(answer.user, (u) => [u.login, u.is_mcp_enabled])).toEqual(Option.some(["scripted-user", true]))
    }).pipe(Effect.provide(TestLayer())))

  it.scoped("keeps the default token next to declared users when `token` is given", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      expect(Redacted.value(model.token)).toBe("main-token")
      const main = yield* getUser(model.url, "main-token")
      expect(Option.map(main.user, (u) => [u.login, u.is_mcp_enabled])).toEqual(Option.some(["main", false]))
      expect((yield* getUser(model.url, "other-token")).status).toBe(200)
    }).pipe(Effect.provide(TestLayer({
      token: "main-token",
      user: { login: "main", isMcpEnabled: false },
      users: { "other-token": { login: "other" } }
    }))))

  it.scoped("answers quota snapshots: the defaults, and a user's own with what remains", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const standard = Option.getOrThrow((yield* getUser(model.url, Redacted.value(model.token))).user)
      expect(Object.keys(standard.quota_snapshots).sort()).toEqual(["chat", "completions", "premium_interactions"])
      expect(standard.quota_snapshots["chat"]).toMatchObject({ quota_id: "chat", unlimited: true, percent_remaining: 100 })
      expect(standard.quota_snapshots["premium_interactions"]).toMatchObject({
        entitlement: 300,
        remaining: 300,
        unlimited: false,
        percent_remaining: 100
      })
      expect(standard.quota_reset_date).toMatch(/^\d{4}-\d{2}-01$/)

      const spent = Option.getOrThrow((yield* getUser(model.url, "spent-token")).user)
      expect(Object.keys(spent.quota_snapshots)).toEqual(["premium_interactions"])
      expect(spent.quota_snapshots["premium_interactions"]).toMatchObject({
        entitlement: 50,
        remaining: 10,
        quota_remaining: 10,
        percent_remaining: 20,
        overage_permitted: true,
        overage_count: 0
      })
      expect(spent.quota_reset_date).toBe("2027-01-01")
    }).pipe(Effect.provide(TestLayer({
      token: "scripted-model-token",
      users: {
        "spent-token": {
          quotas: { premium_interactions: { entitlement: 50, remaining: 10, overagePermitted: true } },
          quotaResetDate: "2027-01-01"
        }
      }
    }))))
})

describe("ScriptedModel models", () => {
  it.scoped("lists by default the models the runtime and its sub-agents ask for, each with limits", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const models = yield* getModels(model.url)
      const ids = models.map((m) => m.id)
      // What the recordings use, what a session without `model` gets, what the explore agent asks for.
      expect(ids).toEqual(expect.arrayContaining(["claude-sonnet-4.5", "claude-sonnet-4", "claude-sonnet-5"]))
      for (const entry of models) {
        expect(entry.capabilities.limits.max_prompt_tokens, entry.id).toBe(128000)
        expect(entry.capabilities.limits.max_output_tokens, entry.id).toBe(16000)
        // The runtime caps the prompt at the window less the output: the window holds both.
        expect(entry.capabilities.limits.max_context_window_tokens, entry.id).toBe(144000)
        expect(entry.capabilities.supports.vision, entry.id).toBe(true)
        expect(entry.capabilities.supports.tool_calls, entry.id).toBe(true)
        expect(entry.policy.state, entry.id).toBe("enabled")
      }
      expect(models.filter((m) => m.is_chat_default).map((m) => m.id)).toEqual(["claude-sonnet-4.5"])
      const haiku = models.find((m) => m.id === "claude-haiku-4.5")
      expect([haiku?.model_picker_category, haiku?.billing.is_premium, haiku?.billing.multiplier]).toEqual([
        "lightweight",
        true,
        0.33
      ])
    }).pipe(Effect.provide(TestLayer())))

  it.scoped("lists the configured models with their own capabilities, and adds a recording's models", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const models = yield* getModels(model.url)
      expect(models.map((m) => m.id)).toEqual(["tiny", "gpt-5", "recorded-model"])
      const tiny = models[0]!
      expect(tiny.capabilities.limits).toEqual({ max_context_window_tokens: 8000, max_prompt_tokens: 6000, max_output_tokens: 2000 })
      expect(tiny.capabilities.supports.vision).toBe(false)
      expect(tiny.name).toBe("Tiny")
      expect(models[1]?.capabilities.limits.max_prompt_tokens).toBe(128000)

      yield* model.setModels(["only-this"])
      expect((yield* getModels(model.url)).map((m) => m.id)).toEqual(["only-this"])
      // A recording naming a model already declared in full keeps the declaration.
      yield* model.setModels([{ id: "tiny", maxPromptTokens: 6000 }])
      yield* model.useSnapshot({ models: ["tiny", "other"], conversations: [] })
      const after = yield* getModels(model.url)
      expect(after.map((m) => [m.id, m.capabilities.limits.max_prompt_tokens])).toEqual([["tiny", 6000], ["other", 128000]])
    }).pipe(Effect.provide(TestLayer({
      models: [
        { id: "tiny", name: "Tiny", contextWindow: 8000, maxPromptTokens: 6000, maxOutputTokens: 2000, vision: false },
        "gpt-5"
      ],
      snapshot: { models: ["gpt-5", "recorded-model"], conversations: [] }
    }))))
})

describe("ScriptedModel lifecycle", () => {
  it.scopedLive("stops serving when its scope closes, even with a request in flight", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const model = yield* Layer.buildWithScope(ScriptedModel.layer(), scope).pipe(
        Effect.map((context) => Context.get(context, ScriptedModel.ScriptedModel))
      )
      yield* model.delay("1 hour")
      yield* model.reply("never")
      const inFlight = yield* Effect.fork(streamChat(model.url, [userMessage("hang")]))
      yield* Effect.sleep("50 millis")
      yield* Scope.close(scope, Exit.void).pipe(Effect.timeoutFail({ duration: "5 seconds", onTimeout: () => "scope close hung" }))
      const outcome = yield* Effect.either(streamChat(model.url, [userMessage("after close")]))
      expect(outcome._tag).toBe("Left")
      yield* Fiber.interrupt(inFlight)
    }).pipe(Effect.provide(NodeHttpClient.layerUndici)))
})

describe("Snapshots", () => {
  it.scoped("replays a recorded conversation, ignoring the datetime prefix and the system prompt", () =>
    Effect.gen(function*() {
      const snapshot = yield* Snapshots.loadRecording("tools/invokes_custom_tool.yaml")
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.useSnapshot(snapshot)

      const user = userMessage("Use encrypt_string to encrypt this string: Hello")
      const first = yield* streamChat(model.url, [systemMessage(), user])
      expect(first.finishReason).toBe("tool_calls")
      expect(first.toolCalls).toEqual([{ id: "toolcall_0", name: "encrypt_string", arguments: "{\"input\":\"Hello\"}" }])

      const second = yield* streamChat(model.url, [
        systemMessage(),
        user,
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "toolcall_0", type: "function", function: { name: "encrypt_string", arguments: "{ \"input\": \"Hello\" }" } }]
        },
        { role: "tool", tool_call_id: "toolcall_0", content: "HELLO" }
      ])
      expect(second.finishReason).toBe("stop")
      expect(second.text).toContain("The encrypted string is: **HELLO**")

      const wrongResult = yield* streamChat(model.url, [
        systemMessage(),
        userMessage("Use encrypt_string to encrypt this string: Goodbye")
      ])
      expect(wrongResult.status).toBe(400)
      expect(yield* model.unmatched).toHaveLength(1)
    }).pipe(Effect.provide(Recordings), Effect.provide(TestLayer())))

  it.effect("merges split assistant answers and fills in placeholders", () =>
    Effect.gen(function*() {
      const shell = yield* Snapshots.loadRecording("permissions/permission_handler_for_shell_commands.yaml")
      const answer = Snapshots.match(shell.conversations, [systemMessage(), userMessage("Run 'echo test' and tell me what happens")])
      const turn = Option.getOrThrow(answer).answer
      expect(turn.toolCalls.map((call) => call.name)).toEqual(["report_intent", "bash"])

      const attachment = yield* Snapshots.loadRecording("session/should_send_with_file_attachment.yaml")
      const workdir = "/tmp/work dir"
      const user = userMessage(
        `Read the attached file and reply with its contents.\n\n\n\n<tagged_files>\n* ${workdir}/attached-file.txt (line 1 of 1 lines)\n</tagged_files>`
      )
      const first = Option.getOrThrow(Snapshots.match(attachment.conversations, [systemMessage("/elsewhere"), user]))
      expect(first.answer.toolCalls[1]).toEqual({
        id: "toolcall_1",
        name: "view",
        arguments: `{"path":"${workdir}/attached-file.txt"}`
      })
      const second = Snapshots.match(attachment.conversations, [
        systemMessage(),
        user,
        {
          role: "assistant",
          content: null,
          tool_calls: first.answer.toolCalls.map((call) => ({ id: call.id, type: "function", function: { name: call.name, arguments: call.arguments } }))
        },
        { role: "tool", tool_call_id: "toolcall_0", content: "Tool 'report_intent' does not exist. Available tools that can be called are bash, view." },
        { role: "tool", tool_call_id: "toolcall_1", content: "1. FILE_ATTACHMENT_SENTINEL" }
      ])
      expect(Option.getOrThrow(second).answer.content).toContain("FILE_ATTACHMENT_SENTINEL")

      // Runtime 1.0.102 words the context block differently ("(1 lines)"): the
      // lenient pass ignores such blocks and takes ${workdir} from the system prompt.
      const reworded = Snapshots.match(attachment.conversations, [
        systemMessage(workdir),
        userMessage(
          `Read the attached file and reply with its contents.\n\n\n\n<tagged_files>\n* ${workdir}/attached-file.txt (1 lines)\n</tagged_files>`
        )
      ])
      expect(Option.getOrThrow(reworded).answer.toolCalls[1]?.arguments).toBe(`{"path":"${workdir}/attached-file.txt"}`)
    }).pipe(Effect.provide(Recordings), Effect.provide(NodeContext.layer)))

  it.scoped("records a scripted conversation that a fresh model replays the same way", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("lookup", { city: "Oslo" }, "call_lookup")
      yield* model.reply("It is 3 degrees in Oslo.")
      const user = userMessage("How cold is Oslo?")
      const first = yield* streamChat(model.url, [systemMessage(), user])
      const history = [
        systemMessage(),
        user,
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "call_lookup", type: "function", function: { name: "lookup", arguments: "{\"city\":\"Oslo\"}" } }]
        },
        { role: "tool", tool_call_id: "call_lookup", content: "3 degrees" }
      ]
      const second = yield* streamChat(model.url, history)
      expect(second.text).toBe("It is 3 degrees in Oslo.")

      const snapshot = Snapshots.fromExchanges(yield* model.exchanges, { models: ["claude-sonnet-4.5"] })
      // Both requests belong to one conversation: the first is a step of the second.
      expect(snapshot.conversations).toHaveLength(1)
      expect(snapshot.conversations[0]?.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "tool", "assistant"])
      const fs = yield* FileSystem.FileSystem
      const dir = yield* fs.makeTempDirectoryScoped()
      yield* Snapshots.save(`${dir}/weather/oslo.yaml`, snapshot)
      const loaded = yield* Snapshots.loadRecording("weather/oslo.yaml").pipe(Effect.provide(Snapshots.layerDirectory(dir)))
      expect(loaded).toEqual(snapshot)

      const replay = Context.get(yield* Layer.build(ScriptedModel.layer({ snapshot: loaded })), ScriptedModel.ScriptedModel)
      const again = yield* streamChat(replay.url, [systemMessage("/elsewhere"), userMessage("How cold is Oslo?")])
      expect(again.toolCalls).toEqual(first.toolCalls)
      const end = yield* streamChat(replay.url, history)
      expect(end.text).toBe(second.text)
      expect(yield* replay.unmatched).toEqual([])
    }).pipe(Effect.provide(TestLayer())))

  it.effect("loads every recording the tests replay", () =>
    Effect.gen(function*() {
      const files = yield* Snapshots.listRecordings
      expect(files).toContain("tools/invokes_custom_tool.yaml")
      for (const file of files) {
        const snapshot = yield* Snapshots.loadRecording(file)
        expect(snapshot.conversations.length + snapshot.models.length, file).toBeGreaterThan(0)
      }
    }).pipe(Effect.provide(Recordings), Effect.provide(NodeContext.layer)))

  it.effect("has no default directory: loading without one names the missing setting", () =>
    Effect.gen(function*() {
      const missing = yield* Effect.flip(
        Snapshots.loadRecording("tools/invokes_custom_tool.yaml").pipe(
          Effect.provide(Snapshots.layerConfig()),
          Effect.withConfigProvider(ConfigProvider.fromMap(new Map()))
        )
      )
      expect(String(missing)).toContain("COPILOT_SNAPSHOTS")
      const configured = yield* Snapshots.loadRecording("tools/invokes_custom_tool.yaml").pipe(
        Effect.provide(Snapshots.layerConfig()),
        Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["COPILOT_SNAPSHOTS", recordingsDir]])))
      )
      expect(configured.conversations.length).toBeGreaterThan(0)
    }).pipe(Effect.provide(NodeContext.layer)))
})

describe("IsolatedRuntime", () => {
  it.effect("points the runtime at the scripted model and removes its directories afterwards", () =>
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(
        IsolatedRuntime.layer.pipe(Layer.provideMerge(ScriptedModel.layer())),
        scope
      )
      const model = Context.get(context, ScriptedModel.ScriptedModel)
      const runtime = Context.get(context, IsolatedRuntime.IsolatedRuntime)
      expect(runtime.env["COPILOT_API_URL"]).toBe(model.url)
      expect(runtime.env["COPILOT_DEBUG_GITHUB_API_URL"]).toBe(model.url)
      expect(runtime.env["COPILOT_HOME"]).toBe(runtime.baseDirectory)
      expect(Redacted.value(runtime.githubToken)).toBe(Redacted.value(model.token))
      const directories = [
        runtime.cwd,
        runtime.baseDirectory,
        runtime.env["XDG_CONFIG_HOME"]!,
        runtime.env["XDG_STATE_HOME"]!,
        runtime.env["GH_CONFIG_DIR"]!
      ]
      expect(new Set(directories).size).toBe(5)
      for (const directory of directories) expect(yield* fs.exists(directory)).toBe(true)
      yield* Scope.close(scope, Exit.void)
      for (const directory of directories) expect(yield* fs.exists(directory)).toBe(false)
    }).pipe(Effect.provide(NodeContext.layer)))
})
