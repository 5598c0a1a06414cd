/**
 * effect-copilot: an Effect-native SDK for the GitHub Copilot agent runtime.
 *
 * Each module is re-exported as a namespace.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * const main = CopilotClient.getStatus.pipe(Effect.provide(CopilotClient.layer()))
 * // Effect.runPromise(main).then(console.log)
 * ```
 *
 * @since 0.1.0
 */
/**
 * The client: one connection to the runtime, as a service acquired in a scoped Layer.
 *
 * @example
 * ```ts
 * import { CopilotClient } from "effect-copilot"
 *
 * const ClientLive = CopilotClient.layer()
 * ```
 *
 * @since 0.1.0
 */
export * as CopilotClient from "./CopilotClient.js"
/**
 * The tagged errors, matched with `Effect.catchTag`.
 *
 * @example
 * ```ts
 * import { CopilotError } from "effect-copilot"
 *
 * const isClosed = (error: CopilotError.CallError) => error._tag === "ConnectionClosed"
 * ```
 *
 * @since 0.1.0
 */
export * as CopilotError from "./CopilotError.js"
/**
 * Client slash commands: registered with a session, run by an Effect handler
 * here when invoked.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import type { Commands } from "effect-copilot"
 *
 * const deploy: Commands.Command<never> = { name: "deploy", description: "Deploy the app", handler: ({ args }) => Effect.log(args) }
 * ```
 *
 * @since 0.2.0
 */
export * as Commands from "./Commands.js"
/**
 * How the client reaches the runtime: stdio, TCP or an address.
 *
 * @example
 * ```ts
 * import { CopilotClient, RuntimeConnection } from "effect-copilot"
 *
 * const ClientLive = CopilotClient.layer({ connection: RuntimeConnection.Tcp() })
 * ```
 *
 * @since 0.1.0
 */
export * as RuntimeConnection from "./RuntimeConnection.js"
/**
 * The runtime's model requests through your own `HttpClient` (and WebSocket):
 * the client option `modelTransport`.
 *
 * @example
 * ```ts
 * import { HttpClient } from "@effect/platform"
 * import { ModelTransport } from "effect-copilot"
 *
 * declare const http: HttpClient.HttpClient
 *
 * const transport = ModelTransport.make({ http })
 * ```
 *
 * @since 0.2.0
 */
export * as ModelTransport from "./ModelTransport.js"
/**
 * Sessions as scoped resources: create, resume, send, subscribe.
 *
 * @example
 * ```ts
 * import { CopilotSession } from "effect-copilot"
 *
 * const answer = CopilotSession.withSession({}, (session) => session.sendAndWait("Hi"))
 * ```
 *
 * @since 0.1.0
 */
export * as CopilotSession from "./CopilotSession.js"
/**
 * Handlers for the runtime's requests: permissions, user input, elicitation, plan mode.
 *
 * @example
 * ```ts
 * import { CopilotSession, Handlers } from "effect-copilot"
 *
 * CopilotSession.withSession({ onPermissionRequest: Handlers.approveAll }, (session) => session.send("Hi"))
 * ```
 *
 * @since 0.1.0
 */
export * as Handlers from "./Handlers.js"
/**
 * Hooks the runtime calls around tool use, prompts, session start and end, and errors.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Hooks } from "effect-copilot"
 *
 * const hooks: Hooks.SessionHooks<never> = {
 *   onPreToolUse: (input) => Effect.log(`running ${input.toolName}`)
 * }
 * ```
 *
 * @since 0.1.0
 */
export * as Hooks from "./Hooks.js"
/**
 * The configuration of a session: model, tools, handlers, MCP servers and more.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const config: SessionConfig.SessionConfig<never> = { model: "claude-sonnet-4.5", streaming: true }
 * ```
 *
 * @since 0.1.0
 */
export * as SessionConfig from "./SessionConfig.js"
/**
 * Credentials handed to the runtime on demand: GitHub token providers and
 * answers to MCP servers' OAuth requests.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { Auth } from "effect-copilot"
 *
 * const onMcpAuthRequest: Auth.McpAuthHandler = () => Effect.succeed(Auth.mcpToken(Redacted.make("token")))
 * ```
 *
 * @since 0.2.0
 */
export * as Auth from "./Auth.js"
/**
 * Session events, decoded by Schema, with a fallback for unknown ones.
 *
 * @example
 * ```ts
 * import { Stream } from "effect"
 * import { SessionEvent } from "effect-copilot"
 *
 * const idle = (events: Stream.Stream<SessionEvent.SessionEvent>) =>
 *   events.pipe(Stream.filter(SessionEvent.is("session.idle")))
 * ```
 *
 * @since 0.1.0
 */
export * as SessionEvent from "./SessionEvent.js"
/**
 * A session file system: the runtime stores session state through this client.
 *
 * @example
 * ```ts
 * import { SessionFs } from "effect-copilot"
 *
 * const SessionFsLive = SessionFs.layer("./copilot-sessions") // needs FileSystem and Path
 * ```
 *
 * @since 0.1.0
 */
export * as SessionFs from "./SessionFs.js"
/**
 * UI dialogs of a session (`session.ui`): a form, a confirmation, a choice,
 * a line of text, shown by a client that can show them.
 *
 * @example
 * ```ts
 * import type { SessionUi } from "effect-copilot"
 *
 * const options: SessionUi.InputOptions = { title: "Email", format: "email" }
 * ```
 *
 * @since 0.2.0
 */
export * as SessionUi from "./SessionUi.js"
/**
 * Tools the model can call: Schema parameters, an Effect handler.
 *
 * @example
 * ```ts
 * import { Effect, Schema } from "effect"
 * import { Tool } from "effect-copilot"
 *
 * const echo = Tool.make("echo", {
 *   description: "Echo the text back",
 *   parameters: Schema.Struct({ text: Schema.String }),
 *   handler: ({ text }) => Effect.succeed(text)
 * })
 * ```
 *
 * @since 0.1.0
 */
export * as Tool from "./Tool.js"
/**
 * The runtime's server-scoped API on the client: `client.call` for any server
 * method, and namespaces such as `client.sessions`, `client.mcp.config`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient, type ServerApi } from "effect-copilot"
 *
 * const skills = Effect.flatMap(CopilotClient.CopilotClient, (client) => client.skills.discover())
 * const report = (error: ServerApi.ServerCallError) => Effect.logError(error.message)
 * ```
 *
 * @since 0.2.0
 */
export * as ServerApi from "./ServerApi.js"
export {
  /**
   * Every method of the protocol, generated from its JSON Schemas; server
   * methods (`Methods.serverMethods`) go with `client.call`, session methods
   * (`Methods.sessionMethods`) with `session.call`.
   *
   * @example
   * ```ts
   * import { CopilotClient, CopilotSession, Methods } from "effect-copilot"
   *
   * declare const client: CopilotClient.CopilotClientService
   * declare const session: CopilotSession.CopilotSessionService
   *
   * const abort = session.call(Methods.SessionAbort, {}) // for a `session` in scope
   * const tools = client.call(Methods.ToolsList, {}) // for a `client` in scope
   * ```
   *
   * @since 0.1.0
   */
  Methods
} from "./generated/Methods.js"
/**
 * A pool of runtimes keyed by user or token: started on demand, shared by the
 * key's sessions, stopped when idle, bounded in number.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { RuntimePool } from "effect-copilot"
 *
 * const answer = (token: string) =>
 *   Effect.flatMap(RuntimePool.RuntimePool, (pool) => pool.withSession(token, {}, (session) => session.sendAndWait("Hi")))
 * const PoolLive = RuntimePool.layer({ client: (token) => ({ githubToken: Redacted.make(token) }), maxRuntimes: 20 })
 * ```
 *
 * @since 0.2.0
 */
export * as RuntimePool from "./RuntimePool.js"
/**
 * Canvases a session provides: declared with JSON Schema'd actions, served by Effect handlers.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Canvas } from "effect-copilot"
 *
 * const notes = Canvas.make("notes", {
 *   displayName: "Notes",
 *   description: "A scratch pad",
 *   open: (_input, ctx) => Effect.succeed({ title: `Notes ${ctx.instanceId}` })
 * })
 * ```
 *
 * @since 0.2.0
 */
export * as Canvas from "./Canvas.js"
/**
 * Sets of tools by source (built-in, MCP, custom) with exact set algebra, for `availableTools` / `excludedTools`.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * const tools = ToolSet.builtIn(ToolSet.BuiltInTools.isolated).pipe(ToolSet.union(ToolSet.custom("*")))
 * ```
 *
 * @since 0.2.0
 */
export * as ToolSet from "./ToolSet.js"
