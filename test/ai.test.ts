/**
 * The pieces of `effect-copilot/ai` that need no runtime: how a Prompt becomes
 * a Copilot message, how a turn's events become response parts, and how a
 * toolkit tool runs as this SDK's tool.
 */
import { Prompt, Tool as AiTool, Toolkit } from "@effect/ai"
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Either, HashMap, Option, Schema } from "effect"
import { SessionEvent, Tool } from "effect-copilot"
import * as Render from "../src/internal/ai/prompt.js"
import { resolveHandlers, toCopilotTool, type ToolOutcome } from "../src/internal/ai/toolkit.js"
import * as Turn from "../src/internal/ai/turn.js"

describe("Prompt rendering", () => {
  it("sends a plain prompt as it is", () => {
    expect(Render.render(Prompt.make("Hello"))).toEqual(Either.right({ system: undefined, prompt: "Hello", attachments: [] }))
  })

  it("joins system messages and renders earlier messages as a transcript before the last user message", () => {
    const prompt = Prompt.make([
      { role: "system", content: "Be brief." },
      { role: "user", content: "Weather in Oslo?" },
      {
        role: "assistant",
        content: [
          { type: "text", text: "Let me check." },
          { type: "tool-call", id: "c1", name: "get_weather", params: { city: "Oslo" }, providerExecuted: false }
        ]
      },
      {
        role: "tool",
        content: [{ type: "tool-result", id: "c1", name: "get_weather", result: "sunny", isFailure: false, providerExecuted: false }]
      },
      { role: "system", content: "Answer in English." },
      { role: "user", content: "And tomorrow?" }
    ])
    const rendered = Either.getOrThrow(Render.render(prompt))
    expect(rendered.system).toBe("Be brief.\n\nAnswer in English.")
    expect(rendered.prompt).toBe(
      [
        "The conversation so far:",
        "<conversation>",
        "user: Weather in Oslo?",
        "assistant: Let me check.",
        `assistant called tool get_weather (call c1) with {"city":"Oslo"}`,
        `tool get_weather (call c1) returned "sunny"`,
        "</conversation>",
        "",
        "And tomorrow?"
      ].join("\n")
    )
  })

  it("attaches files: bytes and base64 inline, file: URLs by path; other URLs are refused", () => {
    const withFiles = (data: Uint8Array | string | URL) =>
      Render.render(Prompt.make([{
        role: "user",
        content: [{ type: "text", text: "Look" }, { type: "file", mediaType: "image/png", fileName: "dot.png", data }]
      }]))
    expect(Either.getOrThrow(withFiles(new Uint8Array([1, 2, 3]))).attachments).toEqual([
      { type: "blob", data: "AQID", mimeType: "image/png", displayName: "dot.png" }
    ])
    expect(Either.getOrThrow(withFiles("AQID")).attachments).toEqual([
      { type: "blob", data: "AQID", mimeType: "image/png", displayName: "dot.png" }
    ])
    expect(Either.getOrThrow(withFiles(new URL("file:///srv/images/dot.png"))).attachments).toEqual([
      { type: "file", path: "/srv/images/dot.png", displayName: "dot.png" }
    ])
    const refused = withFiles(new URL("https://example.com/dot.png"))
    expect(Either.isLeft(refused) && refused.left).toContain("https:")
  })

  it("refuses prompts that do not end with a user message, and empty ones", () => {
    const endsWithAssistant = Render.render(Prompt.make([
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Hello" }
    ]))
    expect(Either.isLeft(endsWithAssistant) && endsWithAssistant.left).toContain("assistant message")
    const onlySystem = Render.render(Prompt.make([{ role: "system", content: "Be brief." }]))
    expect(Either.isLeft(onlySystem) && onlySystem.left).toContain("no user message")
  })

  it("appends the JSON instruction of generateObject", () => {
    const rendered = Either.getOrThrow(Render.render(Prompt.make("Describe Ada"), "Answer with JSON."))
    expect(rendered.prompt).toBe("Describe Ada\n\nAnswer with JSON.")
  })
})

// ---------------------------------------------------------------------------

let sequence = 0
/** An event as the runtime sends it, decoded as the session decodes it. */
const event = (type: string, data: Record<string, unknown>): SessionEvent.SessionEvent => {
  const raw = { id: `e${sequence++}`, timestamp: "2026-01-01T00:00:00.000Z", parentId: null, type, data }
  // some event types are ephemeral-only (session.idle, deltas)
  const persisted = SessionEvent.decode(raw)
  const decoded = SessionEvent.isUnknown(persisted) ? SessionEvent.decode({ ...raw, ephemeral: true }) : persisted
  if (SessionEvent.isUnknown(decoded)) throw new Error(`the test event ${type} does not decode: ${JSON.stringify(data)}`)
  return decoded
}

const GetWeather = AiTool.make("get_weather", {
  description: "Current weather for a city",
  parameters: { city: Schema.String },
  success: Schema.Struct({ forecast: Schema.String, at: Schema.DateFromString }),
  failure: Schema.Struct({ reason: Schema.String }),
  failureMode: "return"
})

const mapTurn = (
  mode: Turn.Mode,
  events: ReadonlyArray<SessionEvent.SessionEvent>,
  outcomes: Record<string, ToolOutcome> = {}
) => {
  const context: Turn.Context = {
    mode,
    tools: HashMap.make(["get_weather", GetWeather]),
    outcome: (id) => Option.fromNullable(outcomes[id]),
    unfenceJson: false
  }
  let state = Turn.initial
  const steps: Array<Turn.Step> = []
  for (const e of events) {
    const [next, out] = Turn.step(context, state, e)
    state = next
    steps.push(out)
  }
  return steps
}
const partsOf = (steps: ReadonlyArray<Turn.Step>) => steps.flatMap((s) => s._tag === "Failed" ? [] : s.parts)

describe("Turn events as response parts", () => {
  it("streams deltas between a text-start and a text-end, and finishes at the turn's session.idle", () => {
    const steps = mapTurn("stream", [
      event("session.idle", {}),
      event("user.message", { content: "Hi" }),
      event("assistant.message_delta", { messageId: "m1", deltaContent: "Hel" }),
      event("assistant.message_delta", { messageId: "m1", deltaContent: "lo" }),
      event("assistant.message", { messageId: "m1", content: "Hello" }),
      event("assistant.usage", { model: "m", inputTokens: 10, outputTokens: 2, finishReason: "stop" }),
      event("session.idle", {})
    ])
    // the idle before the turn's user message is not its end
    expect(steps[0]?._tag).toBe("Parts")
    expect(steps[steps.length - 1]?._tag).toBe("Done")
    expect(partsOf(steps)).toEqual([
      { type: "text-start", id: "m1" },
      { type: "text-delta", id: "m1", delta: "Hel" },
      { type: "text-delta", id: "m1", delta: "lo" },
      { type: "text-end", id: "m1" },
      { type: "finish", reason: "stop", usage: { inputTokens: 10, outputTokens: 2, totalTokens: 12 } }
    ])
  })

  it("gives whole messages when generating, and sums the usage of every model call", () => {
    const parts = partsOf(mapTurn("generate", [
      event("user.message", { content: "Hi" }),
      event("assistant.message_delta", { messageId: "m1", deltaContent: "ignored" }),
      event("assistant.message", { messageId: "m1", content: "First." }),
      event("assistant.usage", { model: "m", inputTokens: 10, outputTokens: 2, cacheReadTokens: 4, finishReason: "tool_calls" }),
      event("assistant.message", { messageId: "m2", content: "Second." }),
      event("assistant.usage", { model: "m", inputTokens: 20, outputTokens: 5, finishReason: "length" }),
      event("session.idle", {})
    ]))
    expect(parts).toEqual([
      { type: "text", text: "First." },
      { type: "text", text: "Second." },
      {
        type: "finish",
        reason: "length",
        usage: { inputTokens: 30, outputTokens: 7, totalTokens: 37, cachedInputTokens: 4 }
      }
    ])
  })

  it("maps toolkit tool calls to provider-executed tool-call and tool-result parts", () => {
    const outcome: ToolOutcome = {
      toolCallId: "c1",
      name: "get_weather",
      encodedResult: { forecast: "sunny", at: "2026-01-01T00:00:00.000Z" },
      isFailure: false
    }
    const parts = partsOf(mapTurn("stream", [
      event("user.message", { content: "Hi" }),
      event("tool.execution_start", { toolCallId: "c1", toolName: "get_weather", arguments: { city: "Oslo" } }),
      // a built-in tool, and a toolkit call whose arguments do not decode: no parts
      event("tool.execution_start", { toolCallId: "c2", toolName: "bash", arguments: { command: "ls" } }),
      event("tool.execution_start", { toolCallId: "c3", toolName: "get_weather", arguments: { town: 1 } }),
      event("tool.execution_complete", { toolCallId: "c2", success: true }),
      event("tool.execution_complete", { toolCallId: "c3", success: false }),
      event("tool.execution_complete", { toolCallId: "c1", success: true })
    ], { c1: outcome }))
    expect(parts).toEqual([
      { type: "tool-call", id: "c1", name: "get_weather", params: { city: "Oslo" }, providerExecuted: true },
      { type: "tool-result", id: "c1", name: "get_weather", result: outcome.encodedResult, isFailure: false, providerExecuted: true }
    ])
  })

  it("ends with Failed at session.error, and reports an aborted turn as finish reason other", () => {
    const failed = mapTurn("generate", [
      event("user.message", { content: "Hi" }),
      event("session.error", { errorType: "model_call", message: "boom" })
    ])
    expect(failed[1]?._tag).toBe("Failed")
    const aborted = partsOf(mapTurn("generate", [event("user.message", { content: "Hi" }), event("session.idle", { aborted: true })]))
    expect(aborted).toEqual([{ type: "finish", reason: "other", usage: { inputTokens: undefined, outputTokens: undefined, totalTokens: undefined } }])
  })

  it("maps the runtime's finish reasons", () => {
    expect(Turn.finishReason(undefined, false)).toBe("stop")
    expect(Turn.finishReason("stop", false)).toBe("stop")
    expect(Turn.finishReason("length", false)).toBe("length")
    expect(Turn.finishReason("content_filter", false)).toBe("content-filter")
    expect(Turn.finishReason("tool_calls", false)).toBe("tool-calls")
    expect(Turn.finishReason("something_new", false)).toBe("other")
  })
})

// ---------------------------------------------------------------------------

/** A service the handler Layer's construction reads: the handler runs with it. */
class Forecasts extends Context.Tag("test/Forecasts")<Forecasts, { readonly of: (city: string) => string }>() {}

const Weather = Toolkit.make(GetWeather)
const WeatherLive = Weather.toLayer(Effect.gen(function*() {
  const forecasts = yield* Forecasts
  return {
    get_weather: ({ city }) =>
      city === "Atlantis"
        ? Effect.fail({ reason: "no such city" })
        : Effect.succeed({ forecast: forecasts.of(city), at: new Date("2026-01-01T00:00:00.000Z") })
  }
}))

const invocation = (toolCallId: string): Tool.ToolInvocation => ({ sessionId: "s1", toolCallId, toolName: "get_weather" })

describe("Toolkit tools as this SDK's tools", () => {
  const copilotTool = (onOutcome: (outcome: ToolOutcome) => Effect.Effect<void> = () => Effect.void) =>
    Effect.gen(function*() {
      const resolved = Either.getOrThrow(resolveHandlers([GetWeather], yield* Effect.context<never>()))
      const [tool] = resolved.map((r) => toCopilotTool(r, { onOutcome }))
      return tool!
    }).pipe(Effect.provide(WeatherLive), Effect.provideService(Forecasts, { of: (city) => `sunny in ${city}` }))

  it.effect("offers the tool's parameters as JSON Schema and skips the permission prompt", () =>
    Effect.gen(function*() {
      const tool = yield* copilotTool()
      expect(Tool.toDefinition(tool)).toEqual(Either.right({
        name: "get_weather",
        description: "Current weather for a city",
        parameters: { type: "object", required: ["city"], properties: { city: { type: "string" } }, additionalProperties: false },
        skipPermission: true
      }))
    }))

  it.effect("runs the handler of the toolkit's Layer and hands the model the result its success Schema encodes", () =>
    Effect.gen(function*() {
      const seen: Array<ToolOutcome> = []
      const tool = yield* copilotTool((outcome) => Effect.sync(() => seen.push(outcome)))
      const outcome = yield* Tool.run(tool, { city: "Oslo" }, invocation("c1"))
      expect(outcome).toEqual({ result: `{"forecast":"sunny in Oslo","at":"2026-01-01T00:00:00.000Z"}` })
      expect(seen).toEqual([{
        toolCallId: "c1",
        name: "get_weather",
        encodedResult: { forecast: "sunny in Oslo", at: "2026-01-01T00:00:00.000Z" },
        isFailure: false
      }])
    }))

  it.effect("hands a handler failure to the model as a failed result with the encoded failure", () =>
    Effect.gen(function*() {
      const seen: Array<ToolOutcome> = []
      const tool = yield* copilotTool((outcome) => Effect.sync(() => seen.push(outcome)))
      const outcome = yield* Tool.run(tool, { city: "Atlantis" }, invocation("c2"))
      expect(outcome).toMatchObject({ result: { resultType: "failure", textResultForLlm: `{"reason":"no such city"}` } })
      expect(seen.map((o) => o.isFailure)).toEqual([true])
    }))

  it.effect("tells the model about arguments that do not match, without running the handler", () =>
    Effect.gen(function*() {
      const seen: Array<ToolOutcome> = []
      const tool = yield* copilotTool((outcome) => Effect.sync(() => seen.push(outcome)))
      const outcome = yield* Tool.run(tool, { town: "Oslo" }, invocation("c3"))
      expect(outcome).toMatchObject({ result: { resultType: "failure" } })
      expect(JSON.stringify(outcome)).toContain(`Invalid arguments for tool \\"get_weather\\"`)
      expect(seen).toEqual([])
    }))

  it("names the tools that have no handler in the context", () => {
    expect(resolveHandlers([GetWeather], Context.empty())).toEqual(Either.left(["get_weather"]))
  })
})
