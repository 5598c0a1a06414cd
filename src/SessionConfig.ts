/**
 * The configuration of a Copilot session: the data a user sets, the tools
 * and handlers the session serves, validation with messages that say what to
 * change, and the translation to wire params.
 *
 * The options are plain interfaces (`internal/sessionConfig/options.ts`);
 * the Schemas that check them (whose encoded side is what `session.create` /
 * `session.resume` carry) are exported for configs from untyped sources and
 * built when first used. The rules live in `internal/sessionConfig/rules.ts`,
 * the encoding to wire params in `internal/sessionConfig/wire.ts`.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { Handlers, SessionConfig } from "effect-copilot"
 *
 * const config: SessionConfig.SessionConfig<never> = {
 *   model: "gpt-5",
 *   streaming: true,
 *   provider: { type: "openai", baseUrl: "https://api.openai.com/v1", apiKey: Redacted.make("sk-...") },
 *   mcpServers: { files: { command: "mcp-files", args: ["--root", "."], tools: ["read"] } },
 *   onPermissionRequest: Handlers.approveAll
 * }
 *
 * const params = SessionConfig.validate(config).pipe(
 *   Effect.zipRight(SessionConfig.toCreateParams(config, "my-session"))
 * )
 * ```
 *
 * @since 0.1.0
 */
import type { Effect, Schema } from "effect"
import type { InvalidConfig } from "./CopilotError.js"
import { Api } from "./generated/Api.js"
import { lazy } from "./internal/generatedSchema.js"
import type * as Options from "./internal/sessionConfig/options.js"
import * as Rules from "./internal/sessionConfig/rules.js"
import { type Schemas, schemas } from "./internal/sessionConfig/schemas.js"
import * as Wire from "./internal/sessionConfig/wire.js"

type Encoded<K extends keyof Schemas> = Schema.Schema.Encoded<Schemas[K]>

// ---------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------

/**
 * How hard a reasoning model thinks.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const effort: SessionConfig.ReasoningEffort = "high"
 * ```
 *
 * @since 0.1.0
 */
export const ReasoningEffort: Schema.Schema<ReasoningEffort> = lazy(() => schemas().ReasoningEffort)
/**
 * @see {@link ReasoningEffort}
 *
 * @since 0.1.0
 */
export type ReasoningEffort = Options.ReasoningEffort

/**
 * Whether and how the model summarizes its reasoning.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const summary: SessionConfig.ReasoningSummary = "concise"
 * ```
 *
 * @since 0.1.0
 */
export const ReasoningSummary: Schema.Schema<ReasoningSummary> = lazy(() => schemas().ReasoningSummary)
/**
 * @see {@link ReasoningSummary}
 *
 * @since 0.1.0
 */
export type ReasoningSummary = Options.ReasoningSummary

// ---------------------------------------------------------------------------
// Provider (bring your own key)
// ---------------------------------------------------------------------------

/**
 * Yields the bearer token for one model request to a provider of your own.
 * The runtime asks for it before every model request it sends to that
 * provider (there is no caching unless you add it, e.g. with
 * `Effect.cached` / `Effect.cachedWithTTL`); the token goes out as
 * `Authorization: Bearer <token>`, in place of any `apiKey` / `bearerToken`.
 * A provider that fails fails that model request (the turn ends with a
 * `session.error` naming the provider); the session stays usable.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { SessionConfig } from "effect-copilot"
 *
 * declare const readTokenFromVault: () => string
 *
 * const fromVault: SessionConfig.TokenProvider = Effect.sync(() => Redacted.make(readTokenFromVault()))
 * const cached = Effect.runSync(Effect.cachedWithTTL(fromVault, "10 minutes"))
 * ```
 *
 * @since 0.2.0
 */
export type TokenProvider<R = never> = Options.TokenProvider<R>

/**
 * The name the runtime gives the one whole-session `provider`.
 *
 * @since 0.2.0
 */
export const DEFAULT_PROVIDER_NAME: typeof Wire.DEFAULT_PROVIDER_NAME = Wire.DEFAULT_PROVIDER_NAME

/**
 * A model provider of your own (BYOK) for the whole session. Secrets are
 * `Redacted`: they are revealed only when the wire params are built.
 * `bearerTokenProvider` (an Effect, see {@link TokenProvider}) stays in this
 * process: the runtime only learns that one exists and asks it for a token
 * before each model request.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { SessionConfig } from "effect-copilot"
 *
 * const provider: SessionConfig.ProviderConfig = {
 *   type: "azure",
 *   baseUrl: "https://my-resource.openai.azure.com",
 *   apiKey: Redacted.make("..."),
 *   azure: { apiVersion: "2024-10-21" },
 *   maxPromptTokens: 100_000
 * }
 * ```
 *
 * @since 0.1.0
 */
export const ProviderConfig: Schema.Schema<ProviderConfig, Encoded<"ProviderConfig">> = lazy(() => schemas().ProviderConfig)
/**
 * @see {@link ProviderConfig}
 *
 * @since 0.1.0
 */
export type ProviderConfig<R = never> = Options.ProviderConfig<R>

/**
 * One named provider of a session's provider registry (`providers`): a
 * connection (type, base URL, headers, key or token provider) that entries
 * of `models` refer to by `name`. Unlike `provider`, named providers add to
 * the Copilot API's models instead of replacing them, so one session can mix
 * Copilot models with models of several providers of your own.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { SessionConfig } from "effect-copilot"
 *
 * const local: SessionConfig.NamedProviderConfig = {
 *   name: "local",
 *   type: "openai",
 *   baseUrl: "http://127.0.0.1:11434/v1",
 *   bearerTokenProvider: Effect.succeed(Redacted.make("token"))
 * }
 * ```
 *
 * @since 0.2.0
 */
export const NamedProviderConfig: Schema.Schema<NamedProviderConfig, Encoded<"NamedProviderConfig">> = lazy(() => schemas().NamedProviderConfig)
/**
 * @see {@link NamedProviderConfig}
 *
 * @since 0.2.0
 */
export type NamedProviderConfig<R = never> = Options.NamedProviderConfig<R>

/**
 * A model of a named provider (the protocol's `ProviderModelConfig`): `id`
 * is its id within the provider, and the session selects it as
 * `"<provider>/<id>"` (in `model`, `setModel`, or a custom agent's `model`).
 * `wireModel` is the model name sent to the provider (default `id`),
 * `modelId` the well-known model whose behaviour it gets (default `id`).
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const model: SessionConfig.ProviderModelConfig = { id: "fast", provider: "local", wireModel: "llama-3.1-8b", modelId: "gpt-4.1" }
 * // selected as "local/fast"
 * ```
 *
 * @since 0.2.0
 */
export const ProviderModelConfig: Schema.Schema<ProviderModelConfig> = Api.ProviderModelConfig
/**
 * @see {@link ProviderModelConfig}
 *
 * @since 0.2.0
 */
export type ProviderModelConfig = Options.ProviderModelConfig

/**
 * The token providers of a config by the provider name the runtime asks
 * with: `"default"` for `provider`, the `name` of each of `providers`.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * declare const config: SessionConfig.SessionConfig
 *
 * const providers = SessionConfig.bearerTokenProviders(config)
 * providers.get("default") // the Effect of config.provider.bearerTokenProvider
 * ```
 *
 * @since 0.2.0
 */
export const bearerTokenProviders: <R>(config: TokenSources<R>) => ReadonlyMap<string, TokenProvider<R>> =
  Wire.bearerTokenProviders

/**
 * The parts of a config that can hold token providers.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const sources: SessionConfig.TokenSources<never> = { providers: [{ name: "local", baseUrl: "http://127.0.0.1:11434/v1" }] }
 * ```
 *
 * @since 0.2.0
 */
export type TokenSources<R> = Options.TokenSources<R>

// ---------------------------------------------------------------------------
// MCP servers
// ---------------------------------------------------------------------------

/**
 * An MCP server the runtime starts as a child process. `workingDirectory` is
 * sent as `cwd`.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const git: SessionConfig.McpStdioServerConfig = { command: "mcp-git", args: ["--repo", "."], tools: [] }
 * ```
 *
 * @since 0.1.0
 */
export const McpStdioServerConfig: Schema.Schema<McpStdioServerConfig, Encoded<"McpStdioServerConfig">> = lazy(() => schemas().McpStdioServerConfig)
/**
 * @see {@link McpStdioServerConfig}
 *
 * @since 0.1.0
 */
export type McpStdioServerConfig = Options.McpStdioServerConfig

/**
 * A remote MCP server reached over streamable HTTP or SSE.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const docs: SessionConfig.McpHttpServerConfig = { type: "http", url: "https://mcp.example.com", tools: ["search"] }
 * ```
 *
 * @since 0.1.0
 */
export const McpHttpServerConfig: Schema.Schema<McpHttpServerConfig> = lazy(() => schemas().McpHttpServerConfig)
/**
 * @see {@link McpHttpServerConfig}
 *
 * @since 0.1.0
 */
export type McpHttpServerConfig = Options.McpHttpServerConfig

/**
 * Any MCP server configuration.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const servers: Record<string, SessionConfig.McpServerConfig> = { git: { command: "mcp-git" } }
 * ```
 *
 * @since 0.1.0
 */
export const McpServerConfig: Schema.Schema<McpServerConfig, Encoded<"McpServerConfig">> = lazy(() => schemas().McpServerConfig)
/**
 * @see {@link McpServerConfig}
 *
 * @since 0.1.0
 */
export type McpServerConfig = Options.McpServerConfig

// ---------------------------------------------------------------------------
// Agents
// ---------------------------------------------------------------------------

/**
 * A custom agent (sub-agent) available in the session.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const reviewer: SessionConfig.CustomAgentConfig = {
 *   name: "reviewer",
 *   prompt: "You review diffs for bugs.",
 *   tools: ["view", "grep"]
 * }
 * ```
 *
 * @since 0.1.0
 */
export const CustomAgentConfig: Schema.Schema<CustomAgentConfig, Encoded<"CustomAgentConfig">> = lazy(() => schemas().CustomAgentConfig)
/**
 * @see {@link CustomAgentConfig}
 *
 * @since 0.1.0
 */
export type CustomAgentConfig = Options.CustomAgentConfig

/**
 * Settings of the built-in agent that handles turns when no custom agent is
 * selected.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const defaultAgent: SessionConfig.DefaultAgentConfig = { excludedTools: ["deploy"] }
 * ```
 *
 * @since 0.1.0
 */
export const DefaultAgentConfig: Schema.Schema<DefaultAgentConfig> = lazy(() => schemas().DefaultAgentConfig)
/**
 * @see {@link DefaultAgentConfig}
 *
 * @since 0.1.0
 */
export type DefaultAgentConfig = Options.DefaultAgentConfig

// ---------------------------------------------------------------------------
// System message
// ---------------------------------------------------------------------------

/**
 * A static change to one system-prompt section. (Dynamic rewrites are
 * handlers: see `systemMessageTransforms`.)
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const o: SessionConfig.SectionOverride = { action: "append", content: "Answer in French." }
 * ```
 *
 * @since 0.1.0
 */
export const SectionOverride: Schema.Schema<SectionOverride> = lazy(() => schemas().SectionOverride)
/**
 * @see {@link SectionOverride}
 *
 * @since 0.1.0
 */
export type SectionOverride = Options.SectionOverride

/**
 * Overrides by section name (the sections the runtime knows).
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const s: SessionConfig.SystemMessageSections = { tone: { action: "replace", content: "Be terse." } }
 * ```
 *
 * @since 0.1.0
 */
export const SystemMessageSections: Schema.Schema<SystemMessageSections> = lazy(() => schemas().SystemMessageSections)
/**
 * @see {@link SystemMessageSections}
 *
 * @since 0.1.0
 */
export type SystemMessageSections = Options.SystemMessageSections

/**
 * The system prompt: the runtime's prompt plus appended content (default),
 * a complete replacement, or section-level customization.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const append: SessionConfig.SystemMessageConfig = { content: "Prefer TypeScript." }
 * const replace: SessionConfig.SystemMessageConfig = { mode: "replace", content: "You are a SQL expert." }
 * const customize: SessionConfig.SystemMessageConfig = { mode: "customize", sections: { safety: { action: "preserve" } } }
 * ```
 *
 * @since 0.1.0
 */
export const SystemMessageConfig: Schema.Schema<SystemMessageConfig> = lazy(() => schemas().SystemMessageConfig)
/**
 * @see {@link SystemMessageConfig}
 *
 * @since 0.1.0
 */
export type SystemMessageConfig = Options.SystemMessageConfig

/**
 * The system message as sent: customize-mode sections may carry the marker
 * `{ action: "transform" }`, which makes the runtime call
 * `systemMessage.transform` for them.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const wire: SessionConfig.WireSystemMessageConfig = { mode: "customize", sections: { tone: { action: "transform" } } }
 * ```
 *
 * @since 0.1.0
 */
export const WireSystemMessageConfig: Schema.Schema<WireSystemMessageConfig> = lazy(() => schemas().WireSystemMessageConfig)
/**
 * @see {@link WireSystemMessageConfig}
 *
 * @since 0.1.0
 */
export type WireSystemMessageConfig = Options.WireSystemMessageConfig

// ---------------------------------------------------------------------------
// Other settings
// ---------------------------------------------------------------------------

/**
 * Background compaction that keeps long sessions within the context window.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const infinite: SessionConfig.InfiniteSessionConfig = { enabled: true, backgroundCompactionThreshold: 0.7 }
 * ```
 *
 * @since 0.1.0
 */
export const InfiniteSessionConfig: Schema.Schema<InfiniteSessionConfig> = lazy(() => schemas().InfiniteSessionConfig)
/**
 * @see {@link InfiniteSessionConfig}
 *
 * @since 0.1.0
 */
export type InfiniteSessionConfig = Options.InfiniteSessionConfig

/**
 * Large tool outputs go to a file and the model gets a reference.
 * `outputDirectory` is sent as `outputDir`.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const largeOutput: SessionConfig.LargeOutputConfig = { maxSizeBytes: 100_000, outputDirectory: "/tmp/out" }
 * ```
 *
 * @since 0.1.0
 */
export const LargeOutputConfig: Schema.Schema<LargeOutputConfig, Encoded<"LargeOutputConfig">> = lazy(() => schemas().LargeOutputConfig)
/**
 * @see {@link LargeOutputConfig}
 *
 * @since 0.1.0
 */
export type LargeOutputConfig = Options.LargeOutputConfig

/**
 * Tool search: defer rarely used tools behind a search tool.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const toolSearch: SessionConfig.ToolSearchConfig = { enabled: true, deferThreshold: 40 }
 * ```
 *
 * @since 0.1.0
 */
export const ToolSearchConfig: Schema.Schema<ToolSearchConfig> = lazy(() => schemas().ToolSearchConfig)
/**
 * @see {@link ToolSearchConfig}
 *
 * @since 0.1.0
 */
export type ToolSearchConfig = Options.ToolSearchConfig

/**
 * Options of a cloud session: the repository it works on.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const cloud: SessionConfig.CloudSessionOptions = { repository: { owner: "octo", name: "app", branch: "main" } }
 * ```
 *
 * @since 0.1.0
 */
export const CloudSessionOptions: Schema.Schema<CloudSessionOptions> = lazy(() => schemas().CloudSessionOptions)
/**
 * @see {@link CloudSessionOptions}
 *
 * @since 0.1.0
 */
export type CloudSessionOptions = Options.CloudSessionOptions

/**
 * Settings of the runtime's built-in GitHub MCP server: which toolsets and
 * tools it offers beyond its read-only default.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const github: SessionConfig.GitHubMcpToolConfig = { enableAllTools: true }
 * ```
 *
 * @since 0.2.0
 */
export const GitHubMcpToolConfig: Schema.Schema<GitHubMcpToolConfig> = lazy(() => schemas().GitHubMcpToolConfig)
/**
 * @see {@link GitHubMcpToolConfig}
 *
 * @since 0.2.0
 */
export type GitHubMcpToolConfig = Options.GitHubMcpToolConfig

/**
 * Per-property overrides of the model's capabilities (the protocol's
 * `ModelCapabilitiesOverride`), deep-merged over what the runtime knows of the
 * model.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const caps: SessionConfig.ModelCapabilitiesOverride = {
 *   supports: { vision: false },
 *   limits: { max_context_window_tokens: 64_000 }
 * }
 * ```
 *
 * @since 0.2.0
 */
export const ModelCapabilitiesOverride: Schema.Schema<ModelCapabilitiesOverride> = Api.ModelCapabilitiesOverride
/**
 * @see {@link ModelCapabilitiesOverride}
 *
 * @since 0.2.0
 */
export type ModelCapabilitiesOverride = Options.ModelCapabilitiesOverride

/**
 * Limits of the session's current accounting window (the protocol's
 * `SessionLimitsConfig`). The runtime refuses a `maxAiCredits` below its
 * minimum (30 in runtime 1.0.102) when the session is created.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const limits: SessionConfig.SessionLimitsConfig = { maxAiCredits: 50 }
 * ```
 *
 * @since 0.2.0
 */
export const SessionLimitsConfig: Schema.Schema<SessionLimitsConfig> = Api.SessionLimitsConfig
/**
 * @see {@link SessionLimitsConfig}
 *
 * @since 0.2.0
 */
export type SessionLimitsConfig = Options.SessionLimitsConfig

/**
 * A canvas that was open when the session was suspended (the protocol's
 * `OpenCanvasInstance`); given on resume, the runtime restores it.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * const canvas: SessionConfig.OpenCanvasInstance = { instanceId: "i1", extensionId: "ext", canvasId: "board" }
 * ```
 *
 * @since 0.2.0
 */
export const OpenCanvasInstance: Schema.Schema<OpenCanvasInstance> = Api.OpenCanvasInstance
/**
 * @see {@link OpenCanvasInstance}
 *
 * @since 0.2.0
 */
export type OpenCanvasInstance = Options.OpenCanvasInstance

// ---------------------------------------------------------------------------
// The session's data
// ---------------------------------------------------------------------------

/**
 * A tool filter as a session config takes it: the runtime's names and
 * patterns as strings (`"view"`, `"builtin:*"`, `"mcp:github-list_issues"`),
 * or a {@link ToolSet.ToolSet}.
 *
 * @example
 * ```ts
 * import { SessionConfig, ToolSet } from "effect-copilot"
 *
 * const filter: SessionConfig.ToolFilter = ToolSet.builtIn(ToolSet.BuiltInTools.isolated)
 * const plain: SessionConfig.ToolFilter = ["view", "grep"]
 * ```
 *
 * @since 0.2.0
 */
export const ToolFilter: Schema.Schema<ToolFilter> = lazy(() => schemas().ToolFilter)
/**
 * @see {@link ToolFilter}
 *
 * @since 0.2.0
 */
export type ToolFilter = Options.ToolFilter

/**
 * The data of a new session (everything but tools and handlers).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SessionConfig } from "effect-copilot"
 *
 * Schema.decodeUnknownSync(SessionConfig.SessionOptions)({ model: "gpt-5", streaming: true })
 * ```
 *
 * @since 0.1.0
 */
export const SessionOptions: Schema.Schema<SessionOptions, Encoded<"SessionOptions">> = lazy(() => schemas().SessionOptions)
/**
 * @see {@link SessionOptions}
 *
 * @since 0.1.0
 */
export type SessionOptions = Options.SessionOptions

/**
 * The data of a resumed session.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SessionConfig } from "effect-copilot"
 *
 * Schema.decodeUnknownSync(SessionConfig.ResumeSessionOptions)({ suppressResumeEvent: true })
 * ```
 *
 * @since 0.1.0
 */
export const ResumeSessionOptions: Schema.Schema<ResumeSessionOptions, Encoded<"ResumeSessionOptions">> = lazy(() => schemas().ResumeSessionOptions)
/**
 * @see {@link ResumeSessionOptions}
 *
 * @since 0.1.0
 */
export type ResumeSessionOptions = Options.ResumeSessionOptions

/**
 * The tools and handlers of a session; `R` is what they need from the context.
 *
 * @example
 * ```ts
 * import { Handlers, SessionConfig } from "effect-copilot"
 *
 * const handlers: SessionConfig.SessionHandlers<never> = { onPermissionRequest: Handlers.approveAll }
 * ```
 *
 * @since 0.1.0
 */
export type SessionHandlers<R> = Options.SessionHandlers<R>

/**
 * What a new session takes: its data, tools and handlers.
 *
 * @example
 * ```ts
 * import { Handlers, SessionConfig, Tool } from "effect-copilot"
 *
 * declare const weather: Tool.Tool<never>
 *
 * const config: SessionConfig.SessionConfig<never> = {
 *   model: "gpt-5",
 *   tools: [weather],
 *   onPermissionRequest: Handlers.approveAll
 * }
 * ```
 *
 * @since 0.1.0
 */
export type SessionConfig<R = never> = Options.SessionConfig<R>

/**
 * What resuming a session takes: the same minus `sessionId` and `cloud`, plus
 * `suppressResumeEvent`, `continuePendingWork` and `openCanvases`.
 *
 * @example
 * ```ts
 * import { Handlers, SessionConfig } from "effect-copilot"
 *
 * const config: SessionConfig.ResumeSessionConfig<never> = { suppressResumeEvent: true, onPermissionRequest: Handlers.approveAll }
 * ```
 *
 * @since 0.1.0
 */
export type ResumeSessionConfig<R = never> = Options.ResumeSessionConfig<R>

// ---------------------------------------------------------------------------
// Wire params
// ---------------------------------------------------------------------------

/**
 * The params of `session.create`, JSON-ready.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SessionConfig } from "effect-copilot"
 *
 * declare const config: SessionConfig.SessionConfig
 *
 * Effect.gen(function*() {
 *   const params: SessionConfig.SessionCreateParams = yield* SessionConfig.toCreateParams(config, "s1")
 * })
 * ```
 *
 * @since 0.1.0
 */
export const SessionCreateParams: Schema.Schema<SessionCreateParams, Schema.Schema.Encoded<Wire.WireSchemas["SessionCreateParams"]>> = lazy(() =>
  Wire.wireSchemas().SessionCreateParams
)
/**
 * @see {@link SessionCreateParams}
 *
 * @since 0.1.0
 */
export type SessionCreateParams = Wire.SessionCreateParams

/**
 * The params of `session.resume`, JSON-ready.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SessionConfig } from "effect-copilot"
 *
 * declare const config: SessionConfig.SessionConfig
 *
 * Effect.gen(function*() {
 *   const params: SessionConfig.SessionResumeParams = yield* SessionConfig.toResumeParams(config, "s1")
 * })
 * ```
 *
 * @since 0.1.0
 */
export const SessionResumeParams: Schema.Schema<SessionResumeParams, Schema.Schema.Encoded<Wire.WireSchemas["SessionResumeParams"]>> = lazy(() =>
  Wire.wireSchemas().SessionResumeParams
)
/**
 * @see {@link SessionResumeParams}
 *
 * @since 0.1.0
 */
export type SessionResumeParams = Wire.SessionResumeParams

/**
 * What the wire params take besides the config: the id under which this
 * client registered the session's GitHub token provider.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SessionConfig } from "effect-copilot"
 *
 * declare const config: SessionConfig.SessionConfig
 *
 * Effect.gen(function*() {
 *   const params = yield* SessionConfig.toCreateParams(config, "s1", { gitHubTokenProviderRegistrationId: "r1" })
 * })
 * ```
 *
 * @since 0.2.0
 */
export type WireOptions = Wire.WireOptions

/**
 * Builds the params of `session.create`: the encoded data (secrets revealed,
 * renamed fields), tool definitions with JSON Schema parameters, the
 * capability flags telling the runtime which handlers exist, and `sessionId`
 * only when given (cloud sessions omit it). Fields the config leaves absent
 * stay absent. Fails when a value does not match its Schema or a tool cannot
 * be declared; run {@link validate} first for the full checks.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SessionConfig } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const params = yield* SessionConfig.toCreateParams({ model: "gpt-5" }, "s1")
 *   // { model: "gpt-5", sessionId: "s1", requestPermission: false, ..., hooks: false, envValueMode: "direct" }
 * })
 * ```
 *
 * @since 0.1.0
 */
export const toCreateParams: <R>(
  config: SessionConfig<R>,
  sessionId: string | undefined,
  options?: WireOptions
) => Effect.Effect<SessionCreateParams, InvalidConfig> = Wire.toCreateParams

/**
 * Builds the params of `session.resume` for the session `sessionId`
 * (`suppressResumeEvent` travels as `disableResume`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SessionConfig } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const params = yield* SessionConfig.toResumeParams({ suppressResumeEvent: true }, "s1")
 *   // { sessionId: "s1", disableResume: true, ... }
 * })
 * ```
 *
 * @since 0.1.0
 */
export const toResumeParams: <R>(
  config: ResumeSessionConfig<R>,
  sessionId: string,
  options?: WireOptions
) => Effect.Effect<SessionResumeParams, InvalidConfig> = Wire.toResumeParams

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

/**
 * Checks that every key of a config is an option and every value has its
 * option's type, before anything reads the config. Fails with one
 * `InvalidConfig` naming each field (and, for a misspelt key, the option it
 * is likely meant to be). {@link validate} and {@link toCreateParams} run it
 * first; use it alone for configs from untyped sources (JSON, YAML).
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * SessionConfig.checkShape(JSON.parse(`{"modle":"gpt-5"}`))
 * // fails: invalid session config: "modle" is not a session config option: did you mean "model"?
 * ```
 *
 * @since 0.2.0
 */
export const checkShape: (config: unknown) => Effect.Effect<void, InvalidConfig> = Rules.checkShape

/**
 * {@link checkShape} for the config of `CopilotSession.resume`.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * SessionConfig.checkResumeShape(JSON.parse(`{"openCanvases":"none"}`))
 * // fails: invalid session config: "openCanvases" is the string "none"; expected an array.
 * ```
 *
 * @since 0.2.0
 */
export const checkResumeShape: (config: unknown) => Effect.Effect<void, InvalidConfig> = Rules.checkResumeShape

/**
 * Checks a config for `CopilotSession.create` before anything is sent. Fails with one
 * `InvalidConfig` listing every problem and what to change.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * SessionConfig.validate({ mcpServers: { git: { command: "" } } })
 * // fails: invalid session config: MCP server "git" has an empty "command": set the executable that starts the server.
 * ```
 *
 * @since 0.1.0
 */
export const validate: <R>(config: SessionConfig<R>) => Effect.Effect<void, InvalidConfig> = Rules.validate

/**
 * Checks a config for `CopilotSession.createCloud`: `cloud` is required, the runtime
 * assigns the session id, and bring-your-own-key providers are not available.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * SessionConfig.validateCloud({ cloud: { repository: { owner: "octo", name: "app" } } }) // succeeds
 * ```
 *
 * @since 0.1.0
 */
export const validateCloud: <R>(config: SessionConfig<R>) => Effect.Effect<void, InvalidConfig> = Rules.validateCloud

/**
 * Checks a config for `CopilotSession.resume`.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * SessionConfig.validateResume({ suppressResumeEvent: true }) // succeeds
 * ```
 *
 * @since 0.1.0
 */
export const validateResume: <R>(config: ResumeSessionConfig<R>) => Effect.Effect<void, InvalidConfig> =
  Rules.validateResume

// ---------------------------------------------------------------------------
// The client's mode
// ---------------------------------------------------------------------------

/**
 * Checks a config against the mode of the client it opens on: a client in
 * mode `"empty"` offers no tool a session does not name, so every session
 * (created, cloud or resumed) must set `availableTools`.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * SessionConfig.validateForMode({}, "empty")
 * // fails: invalid session config: the client is in mode "empty", so the session must name its tools: set "availableTools" ...
 * ```
 *
 * @since 0.2.0
 */
export const validateForMode: <R>(
  config: SessionConfig<R> | ResumeSessionConfig<R>,
  mode: "copilot-cli" | "empty"
) => Effect.Effect<void, InvalidConfig> = Rules.validateForMode

/**
 * The config with the defaults of the client's mode under it (the config's
 * own values win). Mode `"empty"`: the system prompt's
 * `environment_context` section is removed (an append-mode message becomes
 * customize mode with the same content; a replaced prompt, or one whose
 * config overrides or transforms that section, is left as it is), and
 * `customAgentsLocalOnly` is true. Mode `"copilot-cli"`: the config as it is.
 *
 * @example
 * ```ts
 * import { SessionConfig } from "effect-copilot"
 *
 * SessionConfig.withModeDefaults({ systemMessage: { content: "Be brief." } }, "empty")
 * // { systemMessage: { mode: "customize", sections: { environment_context: { action: "remove" } }, content: "Be brief." },
 * //   customAgentsLocalOnly: true }
 * ```
 *
 * @since 0.2.0
 */
export const withModeDefaults: <C extends SessionConfig<unknown> | ResumeSessionConfig<unknown>>(
  config: C,
  mode: "copilot-cli" | "empty"
) => C = Rules.withModeDefaults
