import { Command } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import * as Fs from "node:fs"
import * as McpTestServer from "../src/testing/McpTestServer.js"

/** One JSON-RPC answer of an MCP server, with the parts these tests read. */
const Answer = Schema.parseJson(Schema.Struct({
  id: Schema.Number,
  result: Schema.Struct({
    serverInfo: Schema.optional(Schema.Struct({ name: Schema.String })),
    tools: Schema.optional(Schema.Array(Schema.Struct({ name: Schema.String, inputSchema: Schema.Unknown }))),
    content: Schema.optional(Schema.Array(Schema.Struct({ type: Schema.String, text: Schema.String }))),
    isError: Schema.optional(Schema.Boolean)
  })
}))

const request = (id: number, method: string, params: unknown) => JSON.stringify({ jsonrpc: "2.0", id, method, params })

describe("McpTestServer", () => {
  it.effect("configures the demo server to start with this Node, under tsx when the kit runs from source", () =>
    Effect.gen(function*() {
      const config = yield* McpTestServer.demo({ env: { DEMO: "1" }, timeout: 5000 })
      expect(config.command).toBe(process.execPath)
      const args = config.args ?? []
      const module = args[args.length - 1] ?? ""
      expect(module).toBe(McpTestServer.demoModulePath())
      expect(Fs.existsSync(module)).toBe(true)
      // The tests run the kit from its TypeScript source: the loader comes first, as a file URL.
      expect(module.endsWith(".ts")).toBe(true)
      expect(args[0]).toBe("--import")
      expect(args[1]).toMatch(/^file:.*tsx/)
      expect(config).toMatchObject({ type: "stdio", tools: ["*"], env: { DEMO: "1" }, timeout: 5000 })
    }))

  it.effect("refuses a module that does not exist, naming it", () =>
    Effect.gen(function*() {
      const error = yield* McpTestServer.command("no/such/server.ts").pipe(Effect.flip)
      expect(error._tag).toBe("McpTestServerError")
      expect(error.message).toContain("server.ts")
      expect(error.message).toContain("does not exist")
    }))

  it.scoped("the demo server started as configured answers MCP over stdio: initialize, tools/list, tools/call", () =>
    Effect.gen(function*() {
      const config = yield* McpTestServer.demo()
      const input = [
        request(1, "initialize", { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "test", version: "1" } }),
        JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
        request(2, "tools/list", {}),
        request(3, "tools/call", { name: "add", arguments: { a: 2, b: 40 } }),
        request(4, "tools/call", { name: "echo", arguments: { text: "hello" } })
      ].join("\n") + "\n"
      const lines = yield* Command.make(config.command, ...(config.args ?? [])).pipe(
        Command.feed(input),
        Command.lines
      )
      const answers = yield* Effect.forEach(lines.filter((line) => line.trim() !== ""), (line) => Schema.decodeUnknown(Answer)(line))
      const byId = new Map(answers.map((answer) => [answer.id, answer.result]))
      expect(byId.get(1)?.serverInfo?.name).toBe("effect-copilot-demo")
      expect(byId.get(2)?.tools?.map((tool) => tool.name)).toEqual(["echo", "add"])
      expect(byId.get(3)).toMatchObject({ isError: false, content: [{ type: "text", text: "42" }] })
      expect(byId.get(4)).toMatchObject({ isError: false, content: [{ type: "text", text: "\"hello\"" }] })
    }).pipe(Effect.provide(NodeContext.layer)), { timeout: 60_000 })
})
