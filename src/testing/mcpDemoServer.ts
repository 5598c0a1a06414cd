/**
 * The kit's demo MCP server as a runnable module: `node mcpDemoServer.js`
 * serves the tools `echo` and `add` over stdio until stdin closes. Sessions
 * get its configuration from `McpTestServer.demo()`.
 *
 * @example
 * ```ts
 * // node node_modules/effect-copilot/dist/src/testing/mcpDemoServer.js
 * ```
 */
import { DemoHandlers, DemoToolkit, serve } from "./McpTestServer.js"

serve({ name: "effect-copilot-demo", version: "1.0.0", toolkit: DemoToolkit, handlers: DemoHandlers })
