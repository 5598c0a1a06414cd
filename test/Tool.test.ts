import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Either, Exit, Schema } from "effect"
import * as Tool from "../src/Tool.js"

const invocation: Tool.ToolInvocation = { sessionId: "s1", toolCallId: "call_1", toolName: "get_weather" }

const weather = Tool.make("get_weather", {
  description: "Current weather for a city",
  parameters: Schema.Struct({
    city: Schema.String.annotations({ description: "City name" }),
    days: Schema.optional(Schema.Int)
  }),
  handler: ({ city, days }) => Effect.succeed(`Sunny in ${city} for ${days ?? 1} day(s)`)
})

const failureText = (outcome: Tool.WireToolOutcome): string => {
  if (!("result" in outcome)) return outcome.error
  const result = outcome.result
  if (typeof result === "string") throw new Error(`expected a failure result, got text ${result}`)
  expect(result.resultType).toBe("failure")
  return result.textResultForLlm
}

describe("Tool JSON Schema", () => {
  it("declares parameters as a clean JSON Schema object", () => {
    const def = Either.getOrThrow(Tool.toDefinition(weather))
    expect(def).toEqual({
      name: "get_weather",
      description: "Current weather for a city",
      parameters: {
        type: "object",
        required: ["city"],
        properties: {
          city: { type: "string", description: "City name" },
          days: { type: "integer", description: "an integer", title: "int" }
        },
        additionalProperties: false
      }
    })
    expect(JSON.stringify(def)).not.toContain("$schema")
    expect(JSON.stringify(def)).not.toContain("$ref")
  })

  it("sends skipPermission and overridesBuiltInTool only when set", () => {
    const grep = Tool.make("grep", {
      description: "Search files",
      parameters: Schema.Struct({ pattern: Schema.String }),
      skipPermission: true,
      overridesBuiltInTool: true,
      handler: () => Effect.succeed("")
    })
    const def = Either.getOrThrow(Tool.toDefinition(grep))
    expect(def.skipPermission).toBe(true)
    expect(def.overridesBuiltInTool).toBe(true)
    expect("skipPermission" in Either.getOrThrow(Tool.toDefinition(weather))).toBe(false)
  })

  it("keeps $defs for recursive parameter schemas", () => {
    interface Node {
      readonly name: string
      readonly children: ReadonlyArray<Node>
    }
    const Node: Schema.Schema<Node> = Schema.Struct({
      name: Schema.String,
      children: Schema.Array(Schema.suspend(() => Node))
    }).annotations({ identifier: "Node" })
    const tree = Tool.make("tree", {
      description: "Takes a tree",
      parameters: Schema.Struct({ root: Node }),
      handler: ({ root }) => Effect.succeed(root.name)
    })
    const schema = Either.getOrThrow(tree.parametersJsonSchema)
    expect(schema["type"]).toBe("object")
    expect(schema["$defs"]).toBeDefined()
    expect(schema["$schema"]).toBeUndefined()
  })

  it("reports parameters that are not a JSON object", () => {
    const bad = Tool.make("bad", {
      description: "Takes a union",
      parameters: Schema.Union(Schema.Struct({ a: Schema.String }), Schema.Struct({ b: Schema.Number })),
      handler: () => Effect.succeed("")
    })
    expect(Either.isLeft(bad.parametersJsonSchema)).toBe(true)
    expect(Either.isLeft(Tool.toDefinition(bad))).toBe(true)
  })

  it("checks tool names", () => {
    expect(Tool.isValidName("get_weather-2")).toBe(true)
    expect(Tool.isValidName("get weather")).toBe(false)
    expect(Tool.isValidName("")).toBe(false)
    expect(Tool.isValidName("x".repeat(65))).toBe(false)
  })
})

describe("Tool.run", () => {
  it.effect("runs the handler with decoded arguments", () =>
    Effect.gen(function*() {
      const outcome = yield* Tool.run(weather, { city: "Oslo", days: 3 }, invocation)
      expect(outcome).toEqual({ result: "Sunny in Oslo for 3 day(s)" })
    }))

  it.effect("is pipeable", () =>
    Effect.gen(function*() {
      const outcome = yield* weather.pipe(Tool.run({ city: "Rome" }, invocation))
      expect(outcome).toEqual({ result: "Sunny in Rome for 1 day(s)" })
    }))

  it.effect("answers arguments that fail the Schema with a failure naming the field", () =>
    Effect.gen(function*() {
      const missing = failureText(yield* Tool.run(weather, { days: 2 }, invocation))
      expect(missing).toContain(`Invalid arguments for tool "get_weather"`)
      expect(missing).toContain(`["city"]`)
      expect(missing).toContain("is missing")

      const wrongType = failureText(yield* Tool.run(weather, { city: 42 }, invocation))
      expect(wrongType).toContain(`["city"]`)
      expect(wrongType).toContain("Expected string")

      const notObject = failureText(yield* Tool.run(weather, "Oslo", invocation))
      expect(notObject).toContain("Invalid arguments")
    }))

  it.effect("turns a failing handler into a failure result", () =>
    Effect.gen(function*() {
      class WeatherDown extends Schema.TaggedError<WeatherDown>()("WeatherDown", { message: Schema.String }) {}
      const flaky = Tool.make("flaky", {
        description: "Fails",
        parameters: Schema.Struct({}),
        handler: () => Effect.fail(new WeatherDown({ message: "service unavailable" }))
      })
      const text = failureText(yield* Tool.run(flaky, {}, invocation))
      expect(text).toBe(`Tool "flaky" failed: WeatherDown: service unavailable`)
    }))

  it.effect("turns a dying handler into a failure result instead of crashing", () =>
    Effect.gen(function*() {
      const broken = Tool.make("broken", {
        description: "Dies",
        parameters: Schema.Struct({}),
        handler: () => Effect.sync((): string => { throw new Error("boom") })
      })
      const exit = yield* Effect.exit(Tool.run(broken, undefined, invocation))
      expect(Exit.isSuccess(exit)).toBe(true)
      if (Exit.isSuccess(exit)) {
        expect(failureText(exit.value)).toBe(`Tool "broken" failed unexpectedly: boom`)
      }
    }))

  it.effect("passes structured results through", () =>
    Effect.gen(function*() {
      const structured = Tool.make("structured", {
        description: "Structured",
        parameters: Schema.Struct({ deny: Schema.Boolean }),
        handler: ({ deny }) =>
          Effect.succeed(
            deny
              ? Tool.ToolResult.denied("not allowed here")
              : new Tool.ToolResult({
                textResultForLlm: "done",
                resultType: "success",
                sessionLog: "wrote 3 files",
                binaryResultsForLlm: [{ type: "image", data: "aGk=", mimeType: "image/png" }]
              })
          )
      })
      expect(yield* Tool.run(structured, { deny: true }, invocation)).toEqual({
        result: { textResultForLlm: "not allowed here", resultType: "denied" }
      })
      expect(yield* Tool.run(structured, { deny: false }, invocation)).toEqual({
        result: {
          textResultForLlm: "done",
          resultType: "success",
          sessionLog: "wrote 3 files",
          binaryResultsForLlm: [{ type: "image", data: "aGk=", mimeType: "image/png" }]
        }
      })
    }))

  it.effect("accepts plain result objects", () =>
    Effect.gen(function*() {
      const plain = Tool.make("plain", {
        description: "Plain",
        parameters: Schema.Struct({}),
        handler: () => Effect.succeed({ textResultForLlm: "nope", resultType: "rejected" as const })
      })
      expect(yield* Tool.run(plain, {}, invocation)).toEqual({
        result: { textResultForLlm: "nope", resultType: "rejected" }
      })
    }))

  it.effect("encodes values with the success Schema as JSON text", () =>
    Effect.gen(function*() {
      const add = Tool.make("add", {
        description: "Add",
        parameters: Schema.Struct({ a: Schema.Number, b: Schema.Number }),
        success: Schema.Struct({ sum: Schema.Number, at: Schema.DateFromString }),
        handler: ({ a, b }) => Effect.succeed({ sum: a + b, at: new Date("2024-01-02T03:04:05.000Z") })
      })
      expect(yield* Tool.run(add, { a: 1, b: 2 }, invocation)).toEqual({
        result: JSON.stringify({ sum: 3, at: "2024-01-02T03:04:05.000Z" })
      })
    }))

  it.effect("provides the handler's requirements from the context", () =>
    Effect.gen(function*() {
      class Units extends Context.Tag("Units")<Units, { readonly symbol: string }>() {}
      const temp = Tool.make("temp", {
        description: "Temperature",
        parameters: Schema.Struct({ value: Schema.Number }),
        handler: ({ value }, { toolCallId }) => Effect.map(Units, (u) => `${value}${u.symbol} (${toolCallId})`)
      })
      const outcome = yield* Tool.run(temp, { value: 21 }, invocation).pipe(
        Effect.provideService(Units, { symbol: "°C" })
      )
      expect(outcome).toEqual({ result: "21°C (call_1)" })
    }))

  it.effect("propagates interruption", () =>
    Effect.gen(function*() {
      const slow = Tool.make("slow", {
        description: "Never ends",
        parameters: Schema.Struct({}),
        handler: () => Effect.interrupt
      })
      const exit = yield* Effect.exit(Tool.run(slow, {}, invocation))
      expect(Exit.isInterrupted(exit)).toBe(true)
    }))
})
