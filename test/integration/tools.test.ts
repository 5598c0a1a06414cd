/**
 * Custom tools and their results, end to end through the real runtime: the
 * scenarios of the recordings `tools/*` and `tool_results/*`.
 */
import { expect, layer } from "@effect/vitest"
import { Deferred, Effect, Either, Option, Ref, Schema } from "effect"
import { CopilotSession, Handlers, SessionConfig, Tool } from "effect-copilot"
import { ScriptedModel } from "effect-copilot/testing"
import { chatRequests, checkpoint, eventsOf, expectModelDone, lastChatRequest, runTurn } from "./modelRequests.js"
import { RealRuntime, useRecording } from "./support.js"

/** Records what a handler received. */
const recorder = <A>() => Ref.make<ReadonlyArray<A>>([])

layer(RealRuntime, { excludeTestServices: true })("custom tools on the real runtime", (it) => {
  it.effect("runs a custom tool with Schema-decoded params and hands its output to the model", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tools/invokes_custom_tool.yaml")
      const received = yield* recorder<{ readonly input: string }>()
      const encrypt = Tool.make("encrypt_string", {
        description: "Encrypts a string",
        parameters: Schema.Struct({ input: Schema.String.annotations({ description: "String to encrypt" }) }),
        handler: (params) => Ref.update(received, (all) => [...all, params]).pipe(Effect.as(params.input.toUpperCase()))
      })
      const prompt = "Use encrypt_string to encrypt this string: Hello"
      const turn = yield* CopilotSession.withSession(
        { tools: [encrypt], onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      expect(yield* Ref.get(received)).toEqual([{ input: "Hello" }])
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["toolcall_0"]).toBe("HELLO")
      expect(request.tools.find((t) => t.function.name === "encrypt_string")?.function.parameters).toMatchObject({
        type: "object",
        required: ["input"],
        properties: { input: { type: "string", description: "String to encrypt" } }
      })
      const completed = eventsOf(turn, "tool.execution_complete")
      expect(completed.map((e) => [e.data.toolCallId, e.data.success])).toEqual([["toolcall_0", true]])
      expect(turn.answer).toContain("The encrypted string is: **HELLO**")
      yield* expectModelDone(mark)
    }))

  it.effect("receives nested params and returns a value encoded by its success Schema", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tools/can_receive_and_return_complex_types.yaml")
      const City = Schema.Struct({ cityName: Schema.String, countryId: Schema.Number, population: Schema.Number })
      const cities: ReadonlyArray<typeof City.Type> = [
        { cityName: "Passos", countryId: 19, population: 135460 },
        { cityName: "San Lorenzo", countryId: 12, population: 204356 },
        { cityName: "Nowhere", countryId: 7, population: 1 }
      ]
      const dbQuery = Tool.make("db_query", {
        description: "Performs a database query",
        parameters: Schema.Struct({
          query: Schema.Struct({
            table: Schema.String,
            ids: Schema.Array(Schema.Number),
            sortAscending: Schema.Boolean
          })
        }),
        success: Schema.Array(City),
        handler: ({ query }) =>
          Effect.succeed(
            cities
              .filter((city) => query.table === "cities" && query.ids.includes(city.countryId))
              .sort((a, b) => (query.sortAscending ? 1 : -1) * (a.population - b.population))
          )
      })
      const prompt = "Perform a DB query for the 'cities' table using IDs 12 and 19"
      const turn = yield* CopilotSession.withSession(
        { tools: [dbQuery], onPermissionRequest: Handlers.approveAll },
        (session) =>
          runTurn(
            session,
            "Perform a DB query for the 'cities' table using IDs 12 and 19, sorting ascending. Reply only with lines of the form: [cityname] [population]"
          )
      )
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["toolcall_0"]).toBe(
        `[{"cityName":"Passos","countryId":19,"population":135460},{"cityName":"San Lorenzo","countryId":12,"population":204356}]`
      )
      expect(turn.answer).toBe("Passos 135460\nSan Lorenzo 204356")
      yield* expectModelDone(mark)
    }))

  it.effect("runs several tools of one turn in parallel and returns every result", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tools/should_execute_multiple_custom_tools_in_parallel_single_turn.yaml")
      // Each handler waits until both have started: run one after the other,
      // the first would time out and report a failure instead of its result.
      const cityStarted = yield* Deferred.make<void>()
      const countryStarted = yield* Deferred.make<void>()
      const meet = (mine: Deferred.Deferred<void>, other: Deferred.Deferred<void>, result: string) =>
        Deferred.succeed(mine, undefined).pipe(
          Effect.zipRight(Deferred.await(other)),
          Effect.timeoutFail({ duration: "10 seconds", onTimeout: () => "the other tool never started" }),
          Effect.as(result)
        )
      const lookupCity = Tool.make("lookup_city", {
        description: "Looks up a city",
        parameters: Schema.Struct({ city: Schema.String }),
        handler: ({ city }) => meet(cityStarted, countryStarted, `CITY_${city.toUpperCase()}`)
      })
      const lookupCountry = Tool.make("lookup_country", {
        description: "Looks up a country",
        parameters: Schema.Struct({ country: Schema.String }),
        handler: ({ country }) => meet(countryStarted, cityStarted, `COUNTRY_${country.toUpperCase()}`)
      })
      const prompt = "Use lookup_city with 'Paris' and lookup_country with 'France' at the same time"
      const turn = yield* CopilotSession.withSession(
        { tools: [lookupCity, lookupCountry], onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, `${prompt}, then combine both results in your reply.`)
      )
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults).toEqual({ toolcall_0: "CITY_PARIS", toolcall_1: "COUNTRY_FRANCE" })
      expect(turn.answer).toContain("**City Information:** CITY_PARIS")
      yield* expectModelDone(mark)
    }))

  it.effect("reports a failing handler to the model as a failure and keeps the session working", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tools/handles_tool_calling_errors.yaml")
      const model = yield* ScriptedModel.ScriptedModel
      const getLocation = Tool.make("get_user_location", {
        description: "Gets the user's location",
        parameters: Schema.Struct({}),
        handler: () => Effect.fail(new Error("Tool execution failed"))
      })
      const prompt = "What is my location? If you can't find out, just say 'unknown'."
      const [first, second] = yield* CopilotSession.withSession(
        { tools: [getLocation], onPermissionRequest: Handlers.approveAll },
        (session) =>
          Effect.gen(function*() {
            const first = yield* runTurn(session, prompt)
            yield* model.reply("Still here.")
            const second = yield* session.sendAndWait("Are you still there?")
            return [first, second] as const
          })
      )
      const [, afterTool, nextTurn] = yield* chatRequests(prompt)
      // a tool without parameters is offered as taking an empty object
      expect(afterTool?.tools.find((t) => t.function.name === "get_user_location")?.function.parameters).toEqual({
        type: "object",
        properties: {}
      })
      expect(afterTool?.toolResults["toolcall_0"]).toBe(`Tool "get_user_location" failed: Tool execution failed`)
      expect(eventsOf(first, "tool.execution_complete").map((e) => e.data.success)).toEqual([false])
      expect(first.answer).toBe("Your location is unknown.")
      expect(Option.map(second, (e) => e.data.content)).toEqual(Option.some("Still here."))
      expect(nextTurn?.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "tool", "assistant", "user"])
      yield* expectModelDone(mark)
    }))

  it.effect("answers arguments that fail the parameters Schema with a failure naming the problem", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const calls = yield* Ref.make(0)
      const encrypt = Tool.make("encrypt_string", {
        description: "Encrypts a string",
        parameters: Schema.Struct({ input: Schema.String }),
        handler: ({ input }) => Ref.update(calls, (n) => n + 1).pipe(Effect.as(input.toUpperCase()))
      })
      yield* model.toolCall("encrypt_string", { input: 42 }, "call_bad_args")
      yield* model.reply("The tool rejected my arguments.")
      const prompt = "Encrypt the number 42 with encrypt_string"
      const turn = yield* CopilotSession.withSession(
        { tools: [encrypt], onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      expect(yield* Ref.get(calls)).toBe(0)
      const request = yield* lastChatRequest(prompt)
      const toolMessage = request.toolResults["call_bad_args"] ?? ""
      expect(toolMessage).toContain(`Invalid arguments for tool "encrypt_string"`)
      expect(toolMessage).toContain("input")
      expect(eventsOf(turn, "tool.execution_complete").map((e) => e.data.success)).toEqual([false])
      expect(turn.answer).toBe("The tool rejected my arguments.")
      yield* expectModelDone(mark)
    }))

  it.effect("hands a structured success result's text to the model", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tool_results/should_handle_structured_toolresultobject_from_custom_tool.yaml")
      const weather = Tool.make("get_weather", {
        description: "Gets weather for a city",
        parameters: Schema.Struct({ city: Schema.String }),
        handler: ({ city }) =>
          Effect.succeed(
            new Tool.ToolResult({
              textResultForLlm: `The weather in ${city} is sunny and 72°F`,
              resultType: "success",
              sessionLog: "looked up the weather"
            })
          )
      })
      const prompt = "What's the weather in Paris?"
      const turn = yield* CopilotSession.withSession(
        { tools: [weather], onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["toolcall_0"]).toBe("The weather in Paris is sunny and 72°F")
      expect(eventsOf(turn, "tool.execution_complete").map((e) => e.data.success)).toEqual([true])
      expect(turn.answer).toBe("The weather in Paris is currently sunny and 72°F.")
      yield* expectModelDone(mark)
    }))

  it.effect("hands a failure result's text to the model and marks the call failed", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tool_results/should_handle_tool_result_with_failure_resulttype.yaml")
      const checkStatus = Tool.make("check_status", {
        description: "Checks the service status",
        parameters: Schema.Struct({}),
        handler: () => Effect.succeed(Tool.ToolResult.failure("Service unavailable", "API timeout after 30s"))
      })
      const prompt = "Check the status of the service using check_status. If it fails, say 'service is down'."
      const turn = yield* CopilotSession.withSession(
        { tools: [checkStatus], onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["toolcall_0"]).toContain("Service unavailable")
      expect(eventsOf(turn, "tool.execution_complete").map((e) => e.data.success)).toEqual([false])
      expect(turn.answer).toBe("service is down")
      yield* expectModelDone(mark)
    }))

  it.effect("hands a denied result's text to the model", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tool_results/should_handle_tool_result_with_denied_resulttype.yaml")
      const accessSecret = Tool.make("access_secret", {
        description: "Reads a secret",
        parameters: Schema.Struct({}),
        handler: () => Effect.succeed(Tool.ToolResult.denied("Access denied: insufficient permissions to read secrets"))
      })
      const prompt = "Use access_secret to get the API key. If access is denied, tell me it was 'access denied'."
      const turn = yield* CopilotSession.withSession(
        { tools: [accessSecret], onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["toolcall_0"]).toContain("Access denied: insufficient permissions to read secrets")
      expect(eventsOf(turn, "tool.execution_complete").map((e) => e.data.success)).toEqual([false])
      expect(turn.answer).toBe("The access to the secret was **access denied**.")
      yield* expectModelDone(mark)
    }))

  it.effect("ends the turn on a rejected result without asking the model again", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tool_results/should_handle_tool_result_with_rejected_resulttype.yaml")
      const calls = yield* Ref.make(0)
      const deploy = Tool.make("deploy_service", {
        description: "Deploys the service",
        parameters: Schema.Struct({}),
        handler: () =>
          Ref.update(calls, (n) => n + 1).pipe(Effect.as(Tool.ToolResult.rejected("Deployment rejected: policy violation")))
      })
      const prompt = "Deploy the service using deploy_service. If it's rejected, tell me it was 'rejected by policy'."
      const turn = yield* CopilotSession.withSession(
        { tools: [deploy], onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      expect(yield* Ref.get(calls)).toBe(1)
      const completed = eventsOf(turn, "tool.execution_complete")
      expect(completed.map((e) => e.data.success)).toEqual([false])
      expect(turn.events.some((e) => e.type === "session.idle")).toBe(true)
      yield* expectModelDone(mark)
    }))

  it.effect("passes Schema-validated params and offers their JSON Schema to the model", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tool_results/should_pass_validated_zod_parameters_to_tool_handler.yaml")
      const received = yield* recorder<unknown>()
      const calculate = Tool.make("calculate", {
        description: "Performs a calculation",
        parameters: Schema.Struct({
          operation: Schema.Literal("add", "subtract", "multiply", "divide"),
          a: Schema.Number,
          b: Schema.Number
        }),
        handler: (params) =>
          Ref.update(received, (all) => [...all, params]).pipe(
            Effect.as(
              String(
                params.operation === "add"
                  ? params.a + params.b
                  : params.operation === "subtract"
                  ? params.a - params.b
                  : params.operation === "multiply"
                  ? params.a * params.b
                  : params.a / params.b
              )
            )
          )
      })
      const prompt = "Use calculate to add 17 and 25"
      const turn = yield* CopilotSession.withSession(
        { tools: [calculate], onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      expect(yield* Ref.get(received)).toEqual([{ operation: "add", a: 17, b: 25 }])
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["toolcall_1"]).toBe("42")
      expect(request.tools.find((t) => t.function.name === "calculate")?.function.parameters).toMatchObject({
        type: "object",
        required: ["operation", "a", "b"],
        properties: { operation: { enum: ["add", "subtract", "multiply", "divide"] }, a: { type: "number" } }
      })
      expect(turn.answer).toBe("The result of 17 + 25 is **42**.")
      yield* expectModelDone(mark)
    }))

  it.effect("keeps tool telemetry out of the model's text and reports it on the completion event", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tool_results/should_preserve_tooltelemetry_and_not_stringify_structured_results_for_llm.yaml")
      const analyze = Tool.make("analyze_code", {
        description: "Analyzes code for issues",
        parameters: Schema.Struct({ file: Schema.String }),
        handler: ({ file }) =>
          Effect.succeed(
            new Tool.ToolResult({
              textResultForLlm: `Analysis of ${file}: no issues found`,
              resultType: "success",
              toolTelemetry: { metrics: { analysisTimeMs: 150 }, properties: { analyzer: "eslint" } }
            })
          )
      })
      const prompt = "Analyze the file main.ts for issues."
      const turn = yield* CopilotSession.withSession(
        { tools: [analyze], onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["toolcall_0"]).toBe("Analysis of main.ts: no issues found")
      const [completed] = eventsOf(turn, "tool.execution_complete")
      expect(completed?.data.toolTelemetry).toMatchObject({
        metrics: { analysisTimeMs: 150 },
        properties: { analyzer: "eslint" }
      })
      expect(turn.answer).toBe("The analysis of main.ts is complete -- no issues were found.")
      yield* expectModelDone(mark)
    }))

  it.effect("runs a skipPermission tool without asking the permission handler", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tools/skippermission_sent_in_tool_definition.yaml")
      const asked = yield* recorder<Handlers.PermissionRequest>()
      const safeLookup = Tool.make("safe_lookup", {
        description: "A safe lookup that skips permission",
        parameters: Schema.Struct({ id: Schema.String }),
        skipPermission: true,
        handler: ({ id }) => Effect.succeed(`RESULT: ${id}`)
      })
      const config: SessionConfig.SessionConfig = {
        tools: [safeLookup],
        // would deny the call if it were asked
        onPermissionRequest: (request) =>
          Ref.update(asked, (all) => [...all, request]).pipe(Effect.as(Handlers.reject("not allowed")))
      }
      const params = yield* SessionConfig.toCreateParams(config, "preview")
      expect(params.tools).toEqual([expect.objectContaining({ name: "safe_lookup", skipPermission: true })])
      const prompt = "Use safe_lookup to look up 'test123'"
      const turn = yield* CopilotSession.withSession(config, (session) => runTurn(session, prompt))
      expect(yield* Ref.get(asked)).toEqual([])
      expect(eventsOf(turn, "permission.requested")).toEqual([])
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["toolcall_0"]).toBe("RESULT: test123")
      expect(turn.answer).toBe(`The lookup for "test123" returned: RESULT: test123`)
      yield* expectModelDone(mark)
    }))

  it.effect("replaces a built-in tool when overridesBuiltInTool is set", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      const grep = Tool.make("grep", {
        description: "A custom grep implementation that overrides the built-in",
        parameters: Schema.Struct({ query: Schema.String }),
        overridesBuiltInTool: true,
        handler: ({ query }) => Effect.succeed(`CUSTOM_GREP_RESULT: ${query}`)
      })
      yield* model.toolCall("grep", { query: "hello" }, "call_grep")
      yield* model.reply("Found it with the custom grep.")
      const prompt = "Use grep to search for the word 'hello'"
      const turn = yield* CopilotSession.withSession(
        { tools: [grep], onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      const request = yield* lastChatRequest(prompt)
      expect(request.toolResults["call_grep"]).toBe("CUSTOM_GREP_RESULT: hello")
      const offered = request.tools.filter((t) => t.function.name === "grep")
      expect(offered.map((t) => t.function.description)).toEqual([
        "A custom grep implementation that overrides the built-in"
      ])
      expect(turn.answer).toBe("Found it with the custom grep.")
      yield* expectModelDone(mark)
    }))

  it.effect("fails the turn with a SessionError when a tool clashes with a built-in it does not override", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const grep = Tool.make("grep", {
        description: "A grep that forgot to say it overrides the built-in",
        parameters: Schema.Struct({ query: Schema.String }),
        handler: ({ query }) => Effect.succeed(`CUSTOM_GREP_RESULT: ${query}`)
      })
      const prompt = "Use the clashing grep to search for 'hello'"
      const result = yield* CopilotSession.withSession(
        { tools: [grep], onPermissionRequest: Handlers.approveAll },
        (session) => Effect.either(session.sendAndWait(prompt, { timeout: "30 seconds" }))
      )
      expect(Either.isLeft(result) && result.left._tag).toBe("SessionError")
      if (Either.isLeft(result) && result.left._tag === "SessionError") {
        expect(result.left.message).toContain("overridesBuiltInTool")
      }
      expect(yield* chatRequests(prompt)).toEqual([])
      yield* expectModelDone(mark)
    }))

  it.effect("offers only availableTools minus excludedTools to the model", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("tools/should_respect_availabletools_and_excludedtools_combined.yaml")
      const excludedCalls = yield* Ref.make(0)
      const allowed = Tool.make("allowed_tool", {
        description: "An allowed tool",
        parameters: Schema.Struct({ input: Schema.String }),
        handler: ({ input }) => Effect.succeed(`ALLOWED_${input.toUpperCase()}`)
      })
      const excluded = Tool.make("excluded_tool", {
        description: "An excluded tool",
        parameters: Schema.Struct({ input: Schema.String }),
        handler: ({ input }) => Ref.update(excludedCalls, (n) => n + 1).pipe(Effect.as(`EXCLUDED_${input}`))
      })
      const prompt = "Use the allowed_tool with input 'test'. Do NOT use excluded_tool."
      const turn = yield* CopilotSession.withSession(
        {
          tools: [allowed, excluded],
          availableTools: ["allowed_tool", "excluded_tool", "view"],
          excludedTools: ["excluded_tool"],
          onPermissionRequest: Handlers.approveAll
        },
        (session) => runTurn(session, prompt)
      )
      const request = yield* lastChatRequest(prompt)
      expect([...request.toolNames].sort()).toEqual(["allowed_tool", "view"])
      expect(request.toolResults["toolcall_0"]).toBe("ALLOWED_TEST")
      expect(yield* Ref.get(excludedCalls)).toBe(0)
      expect(turn.answer).toContain(`The tool returned "ALLOWED_TEST"`)
      yield* expectModelDone(mark)
    }))

  it.effect("leaves excluded built-in tools out of what the model is offered", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Nothing to do.")
      const prompt = "Which tools do you have without bash and view?"
      yield* CopilotSession.withSession(
        { excludedTools: ["bash", "view"], onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      const request = yield* lastChatRequest(prompt)
      expect(request.toolNames).not.toContain("bash")
      expect(request.toolNames).not.toContain("view")
      expect(request.toolNames).toContain("grep")
      yield* expectModelDone(mark)
    }))

  it.effect("declares tools whose parameters cannot be JSON Schema as an InvalidConfig", () =>
    Effect.gen(function*() {
      const bad = Tool.make("not_an_object", {
        description: "Parameters that are not an object",
        parameters: Schema.Struct({ when: Schema.DateFromSelf }),
        handler: () => Effect.succeed("never")
      })
      const result = yield* Effect.either(CopilotSession.withSession({ tools: [bad] }, () => Effect.void))
      expect(Either.isLeft(result) && result.left._tag).toBe("InvalidConfig")
    }))
})
