import { describe, expect, expectTypeOf, it, vi } from "@effect/vitest"
import { Schema } from "effect"
import * as Fs from "node:fs"
import * as Util from "node:util"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { generate, type Inputs, OVERLAY, readInputs } from "../scripts/generate.js"
import { table } from "../src/internal/generatedSchema.js"
import { Api } from "../src/generated/Api.js"
import { Methods } from "../src/generated/Methods.js"
import { SessionEvents } from "../src/generated/SessionEvents.js"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")

describe("generated code", () => {
  it("matches what the generator produces from the installed schemas", () => {
    const expected = generate()
    const committed = Fs.readdirSync(Path.join(root, "src/generated")).map((file) => `src/generated/${file}`)
    for (const [file, contents] of Object.entries(expected)) {
      const actual = Fs.existsSync(Path.join(root, file)) ? Fs.readFileSync(Path.join(root, file), "utf8") : undefined
      expect(actual === contents, `${file} is stale: run \`npm run generate\``).toBe(true)
    }
    const leftovers = committed.filter((file) => !(file in expected))
    expect(leftovers, "src/generated has files the generator no longer writes: run `npm run generate`").toEqual([])
  })

  it("declares methods under their wire names", () => {
    expect(Methods.Ping.name).toBe("ping")
    expect(Methods.SessionSend.name).toBe("session.send")
    expect(Methods.SessionFsReadFile.name).toBe("sessionFs.readFile")
    expect(Methods.SessionToolsHandlePendingToolCall.name).toBe("session.tools.handlePendingToolCall")
    expect(Methods.GitHubTelemetryEvent._tag).toBe("NotificationMethod")
  })

  it("tables the server and session methods by wire name, each method in one group", () => {
    const api = readInputs().api
    const count = (group: unknown): number =>
      typeof group !== "object" || group === null
        ? 0
        : "rpcMethod" in group
        ? 1
        : Object.values(group).reduce((sum: number, member) => sum + count(member), 0)
    expect(Object.keys(Methods.serverMethods)).toHaveLength(count(api["server"]))
    expect(Object.keys(Methods.sessionMethods)).toHaveLength(count(api["session"]))
    expect(Methods.serverMethods["sessions.fork"]).toBe(Methods.SessionsFork)
    expect(Methods.sessionMethods["session.mode.set"]).toBe(Methods.SessionModeSet)
    for (const [name, method] of [...Object.entries(Methods.serverMethods), ...Object.entries(Methods.sessionMethods)]) {
      expect(method.name).toBe(name)
    }
    expect(Object.keys(Methods.serverMethods).filter((name) => name in Methods.sessionMethods)).toEqual([])
  })
})

describe("generated schemas are built on first use", () => {
  it("builds no Struct at import, and only those a decode needs", async () => {
    let structs = 0
    vi.resetModules()
    vi.doMock("effect", async (importOriginal) => {
      const effect = await importOriginal<typeof import("effect")>()
      const Struct = (...args: Parameters<typeof Schema.Struct>) => {
        structs++
        return effect.Schema.Struct(...args)
      }
      return { ...effect, Schema: { ...effect.Schema, Struct } }
    })
    try {
      const { SessionEvents: Events } = await import("../src/generated/SessionEvents.js")
      await import("../src/generated/Api.js")
      expect(structs).toBe(0)
      const decode = Schema.decodeUnknownSync(Events.eventSchemas["assistant.message_delta"])
      const delta = (deltaContent: string) => ({
        id: "e",
        timestamp: "2026-01-01T00:00:00Z",
        parentId: null,
        ephemeral: true,
        type: "assistant.message_delta",
        data: { messageId: "m", deltaContent }
      })
      expect(decode(delta("Hi")).data.deltaContent).toBe("Hi")
      expect(structs).toBeGreaterThan(0)
      expect(structs).toBeLessThan(10)
      const built = structs
      Schema.decodeUnknownSync(Events.eventSchemas["assistant.message_delta"])(delta("!"))
      expect(structs, "a Schema is built once").toBe(built)
    } finally {
      vi.doUnmock("effect")
      vi.resetModules()
    }
  })

  it("keeps the AST it built", () => {
    expect(Api.PingResult.ast).toBe(Api.PingResult.ast)
    expect(Methods.AccountGetAllUsers.result.ast).toBe(Methods.AccountGetAllUsers.result.ast)
  })
})

describe("the generated values", () => {
  it("build every definition and method Schema they describe", () => {
    const definitions = [...Object.entries(Api), ...Object.entries(SessionEvents)]
      .filter(([name]) => name !== "eventSchemas" && name !== "sessionEventTypes")
    expect(definitions.length).toBeGreaterThan(1500)
    for (const [name, schema] of definitions) {
      expect(Schema.isSchema(schema), name).toBe(true)
      expect((schema as Schema.Schema.Any).ast, name).toBeDefined()
    }
    const methods = Object.entries(Methods).filter(([name]) => name !== "serverMethods" && name !== "sessionMethods")
    expect(methods.length).toBeGreaterThan(300)
    for (const [name, method] of methods) {
      expect(method.params.ast, name).toBeDefined()
      if (method._tag === "Method") expect(method.result.ast, name).toBeDefined()
    }
  })

  it("behave as read-only objects of their definitions and tables", () => {
    expect("PingRequest" in Api).toBe(true)
    expect("NoSuchDefinition" in Api).toBe(false)
    expect((Api as unknown as Record<string, unknown>)["NoSuchDefinition"]).toBeUndefined()
    expect(Object.keys(Api)).toContain("PingResult")
    expect(Object.hasOwn(Methods, "SessionSend")).toBe(true)
    expect(Object.keys(Methods)).toEqual(expect.arrayContaining(["Ping", "SessionSend", "serverMethods", "sessionMethods"]))
    expect({ ...Methods }.SessionSend).toBe(Methods.SessionSend)
    expect(Object.keys(SessionEvents)).toEqual(expect.arrayContaining(["AssistantMessageEvent", "eventSchemas", "sessionEventTypes"]))
    expect(SessionEvents.eventSchemas["assistant.message"]).toBe(SessionEvents.AssistantMessageEvent)
    expect(Api.PingRequest).toBe(Api.PingRequest)
    expect(() => {
      ;(Api as unknown as Record<string, unknown>)["PingRequest"] = null
    }).toThrow(TypeError)
    expect(() => {
      delete (Methods as unknown as Record<string, unknown>)["SessionSend"]
    }).toThrow(TypeError)
    expect(Methods.SessionSend.name).toBe("session.send")
    expect(Util.inspect(Methods, { depth: 0 })).toContain("SessionSend")
  })

  it("are typed as the exports they replace", () => {
    expectTypeOf(Api.PingResult).toEqualTypeOf<Schema.Schema<Api.PingResult, Api.PingResultEncoded>>()
    expectTypeOf(Methods.Ping.name).toEqualTypeOf<"ping">()
    expectTypeOf(Methods.Ping.result).toEqualTypeOf<Schema.Schema<Api.PingResult, Api.PingResultEncoded>>()
    expectTypeOf(Methods.Ping).toMatchTypeOf<Methods.ServerMethod>()
    // @ts-expect-error: a server method is no session method
    expectTypeOf(Methods.Ping).toMatchTypeOf<Methods.SessionMethod>()
    expectTypeOf(Methods.SessionSend).toMatchTypeOf<Methods.SessionMethod>()
    expectTypeOf(Methods.serverMethods["sessions.fork"]).toEqualTypeOf<typeof Methods.SessionsFork>()
    expectTypeOf(SessionEvents.eventSchemas["assistant.message"]).toEqualTypeOf<typeof SessionEvents.AssistantMessageEvent>()
    expectTypeOf<SessionEvents.SessionEventType>().toEqualTypeOf<(typeof SessionEvents.sessionEventTypes)[number]>()
    expect(Methods.Ping.name).toBe("ping")
  })

  it("name a definition in its decode errors", () => {
    const result = Schema.decodeUnknownEither(Api.PingResult)({ message: "pong" })
    expect(result._tag).toBe("Left")
    expect(String(result._tag === "Left" ? result.left : "")).toContain("PingResult")
  })
})

describe("generated schemas decode the wire", () => {
  it("gives ping's timestamp as a Date", () => {
    const result = Schema.decodeUnknownSync(Methods.Ping.result)({
      message: "pong: hi",
      timestamp: "2026-01-01T00:00:00.000Z",
      protocolVersion: 3
    })
    expect(result.timestamp).toBeInstanceOf(Date)
    expect(result.timestamp.toISOString()).toBe("2026-01-01T00:00:00.000Z")
    expect(result).toMatchObject({ message: "pong: hi", protocolVersion: 3 })
  })

  it("encodes Dates back to ISO strings", () => {
    const wire = Schema.encodeSync(Api.PingResult)({
      message: "pong",
      timestamp: new Date("2026-01-01T00:00:00.000Z"),
      protocolVersion: 3
    })
    expect(wire.timestamp).toBe("2026-01-01T00:00:00.000Z")
  })

  it("decodes an assistant.message event looked up by its type, ignoring fields it does not know", () => {
    const wire = {
      id: "7c6f5a2e-0d3b-4c1e-9f7a-1b2c3d4e5f60",
      timestamp: "2026-01-01T00:00:01.000Z",
      parentId: null,
      type: "assistant.message",
      data: { messageId: "m-1", content: "Hello!", addedInSomeNewerRuntime: { x: 1 } },
      alsoNew: true
    }
    const event = Schema.decodeUnknownSync(SessionEvents.eventSchemas[wire.type as "assistant.message"])(wire)
    expect(event.type).toBe("assistant.message")
    expect(event.data.content).toBe("Hello!")
    expect(event.timestamp).toBeInstanceOf(Date)
    expect(event).not.toHaveProperty("alsoNew")
    expect(event.data).not.toHaveProperty("addedInSomeNewerRuntime")
  })

  it("rejects an event whose required data is missing", () => {
    const decode = Schema.decodeUnknownEither(SessionEvents.eventSchemas["assistant.message"])
    const result = decode({ id: "e", timestamp: "2026-01-01T00:00:00Z", parentId: null, type: "assistant.message", data: {} })
    expect(result._tag).toBe("Left")
  })

  it("knows every event type it has a Schema for", () => {
    expect(SessionEvents.sessionEventTypes).toContain("session.idle")
    expect(Object.keys(SessionEvents.eventSchemas).sort()).toEqual([...SessionEvents.sessionEventTypes].sort())
  })

  it("accepts null, {} or nothing as an empty result", () => {
    const decode = Schema.decodeUnknownSync(Methods.SessionPlanDelete.result)
    expect(() => decode(null)).not.toThrow()
    expect(() => decode({})).not.toThrow()
    expect(() => decode(undefined)).not.toThrow()
  })

  it("lets a sessionFs handler answer a write with nothing or with an error", () => {
    const decode = Schema.decodeUnknownSync(Methods.SessionFsWriteFile.result)
    expect(decode(null)).toBeNull()
    expect(decode(undefined)).toBeUndefined()
    expect(decode({ code: "ENOENT", message: "no such file" })).toEqual({ code: "ENOENT", message: "no such file" })
  })

  it("checks the params the SDK sends", () => {
    const encode = Schema.encodeUnknownEither(Methods.SessionToolsHandlePendingToolCall.params)
    expect(encode({ sessionId: "s", requestId: "r", result: "42" })._tag).toBe("Right")
    expect(encode({ sessionId: "s" })._tag).toBe("Left")
  })
})

describe("generator", () => {
  const inputs = readInputs()
  const object = (properties: Record<string, object>, required: ReadonlyArray<string>) => ({ type: "object", properties, required })
  const withDefinitions = (definitions: Inputs["api"]["definitions"], method: object): Inputs => ({
    ...inputs,
    api: { definitions, server: { method }, session: {}, clientSession: {}, clientGlobal: {} }
  })

  it("declares recursive definitions lazily", () => {
    const files = generate(withDefinitions(
      {
        Tree: {
          type: "object",
          properties: { children: { type: "array", items: { $ref: "#/definitions/Tree" } } },
          required: ["children"]
        }
      },
      { rpcMethod: "tree.get", params: null, result: { $ref: "#/definitions/Tree" } }
    ), [])
    expect(files["src/generated/Api.ts"]).toContain("readonly Tree: Schema.Schema<Tree>")
    expect(files["src/generated/Api.ts"]).toContain("\nTree={children:[~Tree]}\n")
    expect(files["src/generated/Methods.ts"]).toContain("readonly TreeGet: Method.Method<\"tree.get\", {}, {}, Api.Tree, Api.Tree>")
    expect(files["src/generated/Methods.ts"]).toContain("\nTreeGet=!mtree.get {} @Api.Tree\n")
    // What that description builds: a Tree of Trees, decoded through the suspended reference.
    const Trees = table<{ readonly Tree: Schema.Schema<Tree> }>(() => "Tree={children:[~Tree]}")
    interface Tree {
      readonly children: ReadonlyArray<Tree>
    }
    const tree = { children: [{ children: [] }, { children: [{ children: [] }] }] }
    expect(Schema.decodeUnknownSync(Trees.Tree)(tree)).toEqual(tree)
    expect(Schema.decodeUnknownEither(Trees.Tree)({ children: [{ children: [1] }] })._tag).toBe("Left")
  })

  it("decodes tolerantly only where the SDK decodes: results are tolerant, params strict", () => {
    const fields = { mode: { enum: ["fast", "slow"] }, note: { type: "string" } }
    const files = generate(withDefinitions(
      { SetRequest: object(fields, ["mode"]), SetResult: object(fields, ["mode"]) },
      { rpcMethod: "speed.set", params: { $ref: "#/definitions/SetRequest" }, result: { $ref: "#/definitions/SetResult" } }
    ), [])
    const api = files["src/generated/Api.ts"]
    expect(api).toContain(`\nSetRequest={mode:L["fast","slow"],note?:s}\n`)
    expect(api).toContain(`\nSetResult=t{mode:O["fast","slow"],note?:s}\n`)
    expect(api).toContain(`readonly mode: "fast" | "slow" | (string & {})`)
  })

  it("applies the overlay, and fails when an entry no longer matches the schemas", () => {
    const definitions = { Current: object({ agent: { type: "string" } }, ["agent"]) }
    const method = { rpcMethod: "agent.current", params: null, result: { $ref: "#/definitions/Current" } }
    const files = generate(withDefinitions(definitions, method), [
      { _tag: "NullableField", file: "api.schema.json", definition: "Current", field: "agent" },
      { _tag: "NullableResult", method: "agent.current" }
    ])
    expect(files["src/generated/Api.ts"]).toContain("\nCurrent={agent:?s}\n")
    expect(files["src/generated/Methods.ts"]).toContain("\nAgentCurrent=!magent.current {} ?@Api.Current\n")
    expect(files["src/generated/Methods.ts"]).toContain("Api.Current | null, Api.Current | null>")
    expect(() => generate(withDefinitions(definitions, method), OVERLAY)).toThrow(/no longer matches the schemas/)
  })
})
