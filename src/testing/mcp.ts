/**
 * The `effect-copilot/testing/mcp` entry: a stdio MCP server for tests (see
 * {@link McpTestServer}). An entry of its own because it needs `@effect/ai`,
 * an optional peer dependency.
 *
 * @example
 * ```ts
 * import * as McpTestServer from "effect-copilot/testing/mcp"
 *
 * const demo = McpTestServer.demo()
 * ```
 *
 * @since 0.2.0
 */

/**
 * Everything of {@link McpTestServer}, as the entry's own exports.
 *
 * @since 0.2.0
 */
export * from "./McpTestServer.js"
