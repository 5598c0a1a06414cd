/**
 * `@effect/ai` on the real runtime: `LanguageModel` calls as Copilot turns
 * against the scripted model, and toolkits as a session's tools.
 */
import { AiError, Chat, LanguageModel, Tool as AiTool, Toolkit } from "@effect/ai"
import { Command } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it as plainIt, layer } from "@effect/vitest"
import { Chunk, Config, ConfigProvider, Effect, Layer, Option, Ref, Schema, Stream } from "effect"
import { CopilotClient, CopilotSession, SessionEvent } from "effect-copilot"
import { CopilotLanguageModel, CopilotToolkit } from "effect-copilot/ai"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
import { chatRequests, checkpoint, expectModelDone, lastChatRequest } from "./modelRequests.js"

const GetWeather = AiTool.make("get_weather", {
  description: "Current weather for a city",
  parameters: { city: Schema.String.annotations({ description: "The city" }) },
  success: Schema.Struct({ city: Schema.String, forecast: Schema.String })
})
const Weather = Toolkit.make(GetWeather)

/** The handler Layer, recording the cities it was asked about. */
const weatherLive = (asked: Ref.Ref<ReadonlyArray<string>>) =>
  Weather.toLayer({
    get_weather: ({ city }) =>
      Ref.update(asked, (all) => [...all, city]).pipe(Effect.as({ city, forecast: `Sunny in ${city}` }))
  })

const Live = Layer.provideMerge(CopilotLanguageModel.layer(), TestRuntime.layer({ model: { models: ["claude-sonnet-4.5", "gpt-5"] } }))

layer(Live, { excludeTestServices: true })("@effect/ai on the real runtime", (it) => {
  it.effect("generateText returns the model's text, its usage and the finish reason", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Hello from Copilot.")
      const prompt = "Greet me in one sentence"
      const response = yield* LanguageModel.generateText({
        prompt: [
          { role: "system", content: "You are a terse greeter." },
          { role: "user", content: "My name is Ada." },
          { role: "assistant", content: "Noted, Ada." },
          { role: "user", content: prompt }
        ]
      })
      expect(response.text).toBe("Hello from Copilot.")
      expect(response.finishReason).toBe("stop")
      expect(response.usage.inputTokens).toBe(100)
      expect(response.usage.outputTokens).toBeGreaterThan(0)
      expect(response.usage.totalTokens).toBe(100 + (response.usage.outputTokens ?? 0))
      const request = yield* lastChatRequest(prompt)
      expect(request.system).toContain("You are a terse greeter.")
      const user = request.messages.filter((m) => m.role === "user").map((m) => JSON.stringify(m.content)).join("\n")
      expect(user).toContain("user: My name is Ada.")
      expect(user).toContain("assistant: Noted, Ada.")
      // Copilot's built-in tools are not offered to a plain LanguageModel call.
      expect(request.toolNames).toEqual([])
      yield* expectModelDone(mark)
    }))

  it.effect("streamText streams the answer as text deltas and ends with a finish part", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("One two three four five.")
      const parts = Chunk.toArray(yield* LanguageModel.streamText({ prompt: "Count to five" }).pipe(Stream.runCollect))
      const types = parts.map((part) => part.type)
      const deltas = parts.flatMap((part) => part.type === "text-delta" ? [part.delta] : [])
      expect(deltas.length).toBeGreaterThan(1)
      expect(deltas.join("")).toBe("One two three four five.")
      expect(types.indexOf("text-start")).toBeLessThan(types.indexOf("text-delta"))
      expect(types.lastIndexOf("text-delta")).toBeLessThan(types.indexOf("text-end"))
      const last = parts[parts.length - 1]
      expect(last?.type === "finish" && last.reason).toBe("stop")
      expect(last?.type === "finish" && last.usage.inputTokens).toBe(100)
      yield* expectModelDone(mark)
    }))

  it.effect("a toolkit tool is called by the model through Copilot and its result reaches the model", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const asked = yield* Ref.make<ReadonlyArray<string>>([])
      yield* model.toolCall("get_weather", { city: "Oslo" }, "call_weather")
      yield* model.reply("It is sunny in Oslo.")
      const prompt = "What is the weather in Oslo?"
      const response = yield* LanguageModel.generateText({ prompt, toolkit: Weather }).pipe(
        Effect.provide(weatherLive(asked))
      )
      expect(yield* Ref.get(asked)).toEqual(["Oslo"])
      expect(response.text).toBe("It is sunny in Oslo.")
      expect(response.finishReason).toBe("stop")
      expect(response.toolCalls.map((part) => [part.id, part.name, part.params, part.providerExecuted])).toEqual([
        ["call_weather", "get_weather", { city: "Oslo" }, true]
      ])
      expect(response.toolResults.map((part) => [part.id, part.isFailure, part.result])).toEqual([
        ["call_weather", false, { city: "Oslo", forecast: "Sunny in Oslo" }]
      ])
      const requests = yield* chatRequests(prompt)
      expect(requests[0]?.toolNames).toEqual(["get_weather"])
      expect(requests[0]?.tools[0]?.function.parameters).toMatchObject({
        type: "object",
        required: ["city"],
        properties: { city: { type: "string", description: "The city" } }
      })
      const last = yield* lastChatRequest(prompt)
      expect(JSON.parse(last.toolResults["call_weather"] ?? "null")).toEqual({ city: "Oslo", forecast: "Sunny in Oslo" })
      // usage of both model calls of the turn
      expect(response.usage.inputTokens).toBe(200)
      yield* expectModelDone(mark)
    }))

  it.effect("a failing handler's error reaches the model as a failed result and the response as isFailure", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const Lookup = AiTool.make("lookup_city", {
        description: "Looks a city up",
        parameters: { city: Schema.String },
        success: Schema.String,
        failure: Schema.Struct({ reason: Schema.String })
      })
      const Cities = Toolkit.make(Lookup)
      const CitiesLive = Cities.toLayer({ lookup_city: ({ city }) => Effect.fail({ reason: `${city} is not on the map` }) })
      yield* model.toolCall("lookup_city", { city: "Atlantis" }, "call_atlantis")
      yield* model.reply("I could not find Atlantis.")
      const prompt = "Look up Atlantis"
      const response = yield* LanguageModel.generateText({ prompt, toolkit: Cities }).pipe(Effect.provide(CitiesLive))
      expect(response.text).toBe("I could not find Atlantis.")
      expect(response.toolResults.map((part) => [part.id, part.isFailure, part.result])).toEqual([
        ["call_atlantis", true, { reason: "Atlantis is not on the map" }]
      ])
      const last = yield* lastChatRequest(prompt)
      expect(last.toolResults["call_atlantis"]).toContain("Atlantis is not on the map")
      yield* expectModelDone(mark)
    }))

  it.effect("streamText with a toolkit streams the tool call and its result between the texts", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const asked = yield* Ref.make<ReadonlyArray<string>>([])
      yield* model.toolCall("get_weather", { city: "Lima" }, "call_lima")
      yield* model.reply("Lima is sunny.")
      const parts = yield* LanguageModel.streamText({ prompt: "Weather in Lima, streamed", toolkit: Weather }).pipe(
        Stream.runCollect,
        Effect.map(Chunk.toArray),
        Effect.provide(weatherLive(asked))
      )
      const types = parts.map((part) => part.type).filter((type) => type !== "response-metadata")
      expect(types.indexOf("tool-call")).toBeLessThan(types.indexOf("tool-result"))
      expect(types.indexOf("tool-result")).toBeLessThan(types.indexOf("text-delta"))
      const result = parts.find((part) => part.type === "tool-result")
      expect(result?.type === "tool-result" && result.result).toEqual({ city: "Lima", forecast: "Sunny in Lima" })
      expect(yield* Ref.get(asked)).toEqual(["Lima"])
      yield* expectModelDone(mark)
    }))

  it.effect("a model error fails the call with an AiError", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.error(400, "The scripted model refuses this request")
      const error = yield* LanguageModel.generateText({ prompt: "Please fail" }).pipe(Effect.flip)
      expect(AiError.isAiError(error)).toBe(true)
      expect(error._tag).toBe("UnknownError")
      expect(error.message).toContain("The scripted model refuses this request")
      yield* expectModelDone(mark)
    }))

  it.effect("a tool choice that forces a call fails with MalformedInput before any model request", () =>
    Effect.gen(function*() {
      const asked = yield* Ref.make<ReadonlyArray<string>>([])
      const prompt = "Forced weather lookup"
      const error = yield* LanguageModel.generateText({ prompt, toolkit: Weather, toolChoice: "required" }).pipe(
        Effect.provide(weatherLive(asked)),
        Effect.flip
      )
      expect(error._tag).toBe("MalformedInput")
      expect(yield* chatRequests(prompt)).toEqual([])
    }))

  it.effect("generateObject decodes the model's JSON answer with the Schema", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("```json\n{\"name\":\"Ada\",\"age\":36}\n```")
      const Person = Schema.Struct({ name: Schema.String, age: Schema.Number })
      const prompt = "Describe Ada as a person object"
      const response = yield* LanguageModel.generateObject({ prompt, schema: Person, objectName: "person" })
      expect(response.value).toEqual({ name: "Ada", age: 36 })
      const request = yield* lastChatRequest(prompt)
      const user = request.messages.filter((m) => m.role === "user").map((m) => JSON.stringify(m.content)).join("\n")
      expect(user).toContain("JSON Schema")
      yield* expectModelDone(mark)
    }))

  it.effect("a Chat's history reaches the model as context of the next turn", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Nice to meet you, Grace.")
      yield* model.reply("Your name is Grace.")
      const chat = yield* Chat.empty
      yield* chat.generateText({ prompt: "Hello, my name is Grace" })
      const second = yield* chat.generateText({ prompt: "What is my name, from the chat history?" })
      expect(second.text).toBe("Your name is Grace.")
      const request = yield* lastChatRequest("What is my name, from the chat history?")
      const user = request.messages.filter((m) => m.role === "user").map((m) => JSON.stringify(m.content)).join("\n")
      expect(user).toContain("user: Hello, my name is Grace")
      expect(user).toContain("assistant: Nice to meet you, Grace.")
      yield* expectModelDone(mark)
    }))

  it.effect("a resolved toolkit whose handlers are not in context fails with MalformedInput naming the tool", () =>
    Effect.gen(function*() {
      const asked = yield* Ref.make<ReadonlyArray<string>>([])
      const resolved = yield* Effect.provide(Weather, weatherLive(asked))
      const prompt = "Weather without handlers"
      const error = yield* LanguageModel.generateText({ prompt, toolkit: resolved }).pipe(Effect.flip)
      expect(error._tag).toBe("MalformedInput")
      expect(error.message).toContain("get_weather")
      expect(yield* chatRequests(prompt)).toEqual([])
    }))

  it.effect("each call's session is deleted afterwards, so calls leave no sessions behind", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const ids = Effect.map(CopilotClient.listSessions(), (sessions) => sessions.map((s) => s.sessionId))
      const before = yield* ids
      yield* model.reply("Done.")
      const response = yield* LanguageModel.generateText({ prompt: "Leave nothing behind" })
      expect(response.text).toBe("Done.")
      const after = yield* ids
      expect(after.filter((id) => !before.includes(id))).toEqual([])
      yield* expectModelDone(mark)
    }))

  it.effect("config: the system message can replace Copilot's, and named built-in tools are offered", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("SELECT 1;")
      const prompt = "Write the simplest SQL query"
      const response = yield* LanguageModel.generateText({
        prompt: [{ role: "system", content: "You are a SQL expert." }, { role: "user", content: prompt }]
      }).pipe(Effect.provide(CopilotLanguageModel.layer({ systemMessageMode: "replace", builtInTools: ["view"] })))
      expect(response.text).toBe("SELECT 1;")
      const request = yield* lastChatRequest(prompt)
      expect(request.system.trim()).toBe("You are a SQL expert.")
      expect(request.toolNames).toEqual(["view"])
      yield* expectModelDone(mark)
    }))

  it.effect("layerConfig reads the model from Config, and the model's requests name it", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Configured.")
      const prompt = "Which model answers a configured layer?"
      const response = yield* LanguageModel.generateText({ prompt }).pipe(
        Effect.provide(CopilotLanguageModel.layerConfig({ model: Config.string("AI_TEST_MODEL") })),
        Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["AI_TEST_MODEL", "gpt-5"]])))
      )
      expect(response.text).toBe("Configured.")
      const ModelOf = Schema.Struct({ model: Schema.String, messages: Schema.Array(Schema.Unknown) })
      const models = (yield* model.requests).flatMap((request) =>
        request.path === "/chat/completions" && request.text.includes(prompt)
          ? Option.toArray(Option.flatMap(request.body, Schema.decodeUnknownOption(ModelOf))).map((body) => body.model)
          : []
      )
      expect(models).toEqual(["gpt-5"])
      yield* expectModelDone(mark)
    }))

  it.effect("a stream the caller stops early ends its session too", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const ids = Effect.map(CopilotClient.listSessions(), (sessions) => sessions.map((s) => s.sessionId))
      const before = yield* ids
      yield* model.reply("A long answer that the caller stops reading after its first words.")
      const parts = yield* LanguageModel.streamText({ prompt: "Start a long answer" }).pipe(
        Stream.takeUntil((part) => part.type === "text-delta"),
        Stream.runCollect,
        Effect.map(Chunk.toArray)
      )
      expect(parts[parts.length - 1]?.type).toBe("text-delta")
      expect(parts.some((part) => part.type === "finish")).toBe(false)
      const after = yield* ids
      expect(after.filter((id) => !before.includes(id))).toEqual([])
      yield* expectModelDone(mark)
    }))

  it.effect("a toolkit serves as a Copilot session's tools", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const asked = yield* Ref.make<ReadonlyArray<string>>([])
      yield* model.toolCall("get_weather", { city: "Paris" }, "call_paris")
      yield* model.reply("Paris is sunny.")
      const prompt = "Weather in Paris, via a session"
      const answer = yield* Effect.gen(function*() {
        const tools = yield* CopilotToolkit.toTools(Weather)
        return yield* CopilotSession.withSession({ tools }, (session) => session.sendAndWait(prompt))
      }).pipe(Effect.provide(weatherLive(asked)))
      expect(Option.map(answer, (event) => event.data.content)).toEqual(Option.some("Paris is sunny."))
      expect(yield* Ref.get(asked)).toEqual(["Paris"])
      const last = yield* lastChatRequest(prompt)
      expect(JSON.parse(last.toolResults["call_paris"] ?? "null")).toEqual({ city: "Paris", forecast: "Sunny in Paris" })
      expect(SessionEvent.is("assistant.message")(Option.getOrThrow(answer))).toBe(true)
      yield* expectModelDone(mark)
    }))
})

describe("examples/ai.ts", () => {
  plainIt.live("runs offline: the toolkit serves generateText and a session, then an answer streams", () =>
    Effect.gen(function*() {
      const env: Record<string, string> = {}
      for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && key !== "GH_TOKEN" && key !== "GITHUB_TOKEN") env[key] = value
      }
      const output = yield* Command.make("npx", "tsx", "examples/ai.ts").pipe(
        Command.env(env),
        Command.string,
        Effect.provide(NodeContext.layer)
      )
      expect(output).toContain("[tool] get_weather(\"Oslo\")")
      expect(output).toContain("generateText: It is 21°C and sunny in Oslo.")
      expect(output).toContain("tool calls: get_weather({\"city\":\"Oslo\"})")
      expect(output).toContain("session: Lima is sunny too, at 21°C.")
      expect(output).toContain("warm stones under quiet feet")
    }), 60_000)
})
