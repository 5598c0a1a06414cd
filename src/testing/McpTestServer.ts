/**
 * A small stdio MCP server for tests, built on `@effect/ai`'s `McpServer`, and
 * the session configuration that makes the real runtime start it as a child
 * process.
 *
 * The kit ships a demo server with two tools, `echo` and `add`
 * ({@link demo}). A test that needs tools of its own writes a module that
 * calls {@link serve} with an `@effect/ai` `Toolkit` and its handlers, and
 * points the session at that module with {@link command}. Both run with plain
 * `node` from the built package and, for a TypeScript module, with the `tsx`
 * loader the caller has installed.
 *
 * It is an entry of its own, `effect-copilot/testing/mcp`, because it needs
 * `@effect/ai`, an optional peer dependency of `effect-copilot` (with effect
 * 3.22 or later): install it next to the package to use this module.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * const program = Effect.gen(function*() {
 *   const demo = yield* McpTestServer.demo()
 *   return yield* CopilotSession.withSession({ mcpServers: { demo } }, (session) =>
 *     session.sendAndWait("Use the demo-add tool to add 2 and 3"))
 * })
 * ```
 *
 * @since 0.2.0
 */
import { McpServer, Tool, Toolkit } from "@effect/ai"
import { NodeRuntime, NodeSink, NodeStream } from "@effect/platform-node"
import { Data, Effect, Layer, Schema } from "effect"
import * as Fs from "node:fs"
import { createRequire } from "node:module"
import * as Path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { moduleUrl } from "../internal/moduleUrl.js"
import type { McpStdioServerConfig } from "../SessionConfig.js"

// ---------------------------------------------------------------------------
// The demo server's tools
// ---------------------------------------------------------------------------

/**
 * `echo`: answers the text it is given (as a JSON string, quotes included:
 * `@effect/ai` encodes a tool's result as JSON text).
 *
 * @example
 * ```ts
 * import { Toolkit } from "@effect/ai"
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * const tools = Toolkit.make(McpTestServer.Echo)
 * ```
 *
 * @since 0.2.0
 */
export const Echo = Tool.make("echo", {
  description: "Echoes the given text back unchanged.",
  parameters: { text: Schema.String.annotations({ description: "The text to echo" }) },
  success: Schema.String
}).annotate(Tool.Readonly, true).annotate(Tool.Destructive, false).annotate(Tool.Idempotent, true).annotate(Tool.OpenWorld, false)

/**
 * `add`: answers the sum of two numbers.
 *
 * @example
 * ```ts
 * import { Toolkit } from "@effect/ai"
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * const tools = Toolkit.make(McpTestServer.Add)
 * ```
 *
 * @since 0.2.0
 */
export const Add = Tool.make("add", {
  description: "Adds two numbers and answers their sum.",
  parameters: {
    a: Schema.Number.annotations({ description: "The first number" }),
    b: Schema.Number.annotations({ description: "The second number" })
  },
  success: Schema.Number
}).annotate(Tool.Readonly, true).annotate(Tool.Destructive, false).annotate(Tool.Idempotent, true).annotate(Tool.OpenWorld, false)

/**
 * The demo server's tools: {@link Echo} and {@link Add}.
 *
 * @example
 * ```ts
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * McpTestServer.serve({ name: "demo", toolkit: McpTestServer.DemoToolkit, handlers: McpTestServer.DemoHandlers })
 * ```
 *
 * @since 0.2.0
 */
export const DemoToolkit = Toolkit.make(Echo, Add)

/**
 * The demo tools' handlers.
 *
 * @example
 * ```ts
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * const Live = McpTestServer.layer({ name: "demo", toolkit: McpTestServer.DemoToolkit, handlers: McpTestServer.DemoHandlers })
 * ```
 *
 * @since 0.2.0
 */
export const DemoHandlers = DemoToolkit.toLayer({
  echo: ({ text }) => Effect.succeed(text),
  add: ({ a, b }) => Effect.succeed(a + b)
})

// ---------------------------------------------------------------------------
// Serving
// ---------------------------------------------------------------------------

/**
 * What a server module declares: its name and version (as it answers MCP's
 * `initialize`), its tools and their handlers.
 *
 * @example
 * ```ts
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * const options: McpTestServer.ServeOptions<typeof McpTestServer.DemoToolkit.tools> = {
 *   name: "demo",
 *   toolkit: McpTestServer.DemoToolkit,
 *   handlers: McpTestServer.DemoHandlers
 * }
 * ```
 *
 * @since 0.2.0
 */
export interface ServeOptions<Tools extends Record<string, Tool.Any>> {
  readonly name: string
  readonly version?: string | undefined
  readonly toolkit: Toolkit.Toolkit<Tools>
  readonly handlers: Layer.Layer<Tool.HandlersFor<Tools>>
}

/**
 * The MCP server on this process's stdin and stdout, as a Layer: MCP's
 * newline-delimited JSON-RPC in, answers out; logs go nowhere near stdout.
 *
 * @example
 * ```ts
 * import { Layer } from "effect"
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * Layer.launch(McpTestServer.layer({ name: "demo", toolkit: McpTestServer.DemoToolkit, handlers: McpTestServer.DemoHandlers }))
 * ```
 *
 * @since 0.2.0
 */
export const layer = <Tools extends Record<string, Tool.Any>>(
  options: ServeOptions<Tools>
): Layer.Layer<never> =>
  McpServer.toolkit(options.toolkit).pipe(
    Layer.provide(options.handlers),
    Layer.provide(McpServer.layerStdio({
      name: options.name,
      version: options.version ?? "0.0.0",
      stdin: NodeStream.stdin,
      stdout: NodeSink.stdout
    }))
  )

/**
 * Runs the MCP server until its client closes stdin or the process is
 * signalled: the body of a server module.
 *
 * @example
 * ```ts
 * import { Tool, Toolkit } from "@effect/ai"
 * import { Effect, Schema } from "effect"
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * // test/fixtures/weather-server.ts
 *
 * const Forecast = Tool.make("forecast", { parameters: { city: Schema.String }, success: Schema.String })
 * const Weather = Toolkit.make(Forecast)
 * McpTestServer.serve({
 *   name: "weather",
 *   toolkit: Weather,
 *   handlers: Weather.toLayer({ forecast: ({ city }) => Effect.succeed(`Sunny in ${city}`) })
 * })
 * ```
 *
 * @since 0.2.0
 */
export const serve = <Tools extends Record<string, Tool.Any>>(options: ServeOptions<Tools>): void =>
  Layer.launch(layer(options)).pipe(NodeRuntime.runMain({ disableErrorReporting: false, disablePrettyLogger: true }))

// ---------------------------------------------------------------------------
// Session configuration
// ---------------------------------------------------------------------------

/**
 * A server module could not be prepared for the runtime to start: the file
 * is missing, or it is TypeScript and `tsx` cannot be found next to it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * McpTestServer.command("missing.ts").pipe(Effect.catchTag("McpTestServerError", (e) => Effect.logError(e.message)))
 * ```
 *
 * @since 0.2.0
 */
export class McpTestServerError extends Data.TaggedError("McpTestServerError")<{
  readonly module: string
  readonly reason: string
}> {
  override get message(): string {
    return `cannot start the MCP server module ${this.module}: ${this.reason}`
  }
}

/**
 * Options of {@link command} and {@link demo}.
 *
 * @example
 * ```ts
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * McpTestServer.demo({ env: { LOG: "1" }, timeout: 10_000 })
 * ```
 *
 * @since 0.2.0
 */
export interface CommandOptions {
  /** More arguments after the module's path. */
  readonly args?: ReadonlyArray<string> | undefined
  /** Environment variables of the server process. */
  readonly env?: Readonly<Record<string, string>> | undefined
  /** Tools to take from the server (default all). */
  readonly tools?: ReadonlyArray<string> | undefined
  /** Tool-call timeout in milliseconds. */
  readonly timeout?: number | undefined
}

const typeScript = /\.(?:ts|mts|cts|tsx)$/

const toPath = (module: string | URL): string =>
  module instanceof URL
    ? fileURLToPath(module)
    : module.startsWith("file:")
    ? fileURLToPath(module)
    : Path.resolve(module)

/**
 * The stdio MCP server configuration that starts a server module with the
 * current Node executable: `node <module>` for JavaScript, `node --import
 * <tsx> <module>` for TypeScript (`tsx` resolved from the module's own
 * directory, so the runtime can start it from any working directory).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * Effect.gen(function*() {
 *   const weather = yield* McpTestServer.command("fixtures/weather-server.ts") // relative to the working directory, or a file URL
 *   yield* CopilotSession.withSession({ mcpServers: { weather } }, (session) => session.sendAndWait("Forecast for Oslo?"))
 * })
 * ```
 *
 * @since 0.2.0
 */
export const command = (
  module: string | URL,
  options: CommandOptions = {}
): Effect.Effect<McpStdioServerConfig, McpTestServerError> =>
  Effect.gen(function*() {
    const file = toPath(module)
    if (!Fs.existsSync(file)) {
      return yield* new McpTestServerError({ module: file, reason: "the file does not exist" })
    }
    const loader = typeScript.test(file)
      ? yield* Effect.try({
        try: () => ["--import", pathToFileURL(createRequire(file).resolve("tsx")).href],
        catch: () =>
          new McpTestServerError({
            module: file,
            reason: "it is TypeScript and the tsx package cannot be resolved from its directory: install tsx, or build the module to JavaScript"
          })
      })
      : []
    const config: McpStdioServerConfig = {
      type: "stdio",
      command: process.execPath,
      args: [...loader, file, ...(options.args ?? [])],
      tools: options.tools ?? ["*"],
      ...(options.env === undefined ? {} : { env: options.env }),
      ...(options.timeout === undefined ? {} : { timeout: options.timeout })
    }
    return config
  })

/**
 * The path of the demo server module shipped with the kit: `mcpDemoServer.js`
 * in the built package, `mcpDemoServer.ts` when the kit itself runs from
 * source.
 *
 * @example
 * ```ts
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * const path = McpTestServer.demoModulePath() // ".../testing/mcpDemoServer.js"
 * ```
 *
 * @since 0.2.0
 */
export const demoModulePath = (): string => {
  // moduleUrl is that of src/internal/moduleUrl (or its CommonJS twin), a sibling folder of this one.
  const internal = fileURLToPath(moduleUrl)
  return Path.join(Path.dirname(internal), "..", "testing", `mcpDemoServer${Path.extname(internal)}`)
}

/**
 * The configuration of the kit's demo server (tools `echo` and `add`).
 * Name it in `mcpServers` under any key; the model then sees its tools as
 * `<key>-echo` and `<key>-add`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * Effect.gen(function*() {
 *   const demo = yield* McpTestServer.demo()
 *   yield* CopilotSession.withSession({ mcpServers: { demo } }, (session) => session.sendAndWait("Echo hi"))
 * })
 * ```
 *
 * @since 0.2.0
 */
export const demo = (options: CommandOptions = {}): Effect.Effect<McpStdioServerConfig, McpTestServerError> =>
  command(demoModulePath(), options)
