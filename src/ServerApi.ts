/**
 * The runtime's server-scoped API on the client: a typed `call` for every
 * server method the protocol declares, and namespaces for the common ones
 * (`client.account`, `client.sessions`, `client.mcp.config`, ...), shaped
 * like the session's `mode` and `plan`. Params and results are the generated
 * Schemas' types; a method's params go to the runtime as given, so a method
 * that names a session (`sessions.fork`, `sessions.close`) acts on the
 * session the caller names.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient, Methods } from "effect-copilot"
 *
 * const program = Effect.gen(function*() {
 *   const client = yield* CopilotClient.CopilotClient
 *   const { skills } = yield* client.skills.discover()
 *   const { tools } = yield* client.call(Methods.ToolsList, {})
 *   const forked = yield* client.sessions.fork({ sessionId: "3f2a9c1e-0000-4000-8000-000000000000" })
 *   return { skills, tools, forked: forked.sessionId }
 * })
 * ```
 *
 * @since 0.2.0
 */
/**
 * @since 0.2.0
 */
export * from "./internal/serverApiTypes.js"
