/**
 * The configuration of a Copilot session: the data a user sets (Schemas whose
 * encoded side is exactly what `session.create` / `session.resume` carry), the
 * tools and handlers the session serves, validation with messages that say
 * what to change, and the translation to wire params.
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
import { Duration, Effect, Either, Option, ParseResult, Predicate, Schema } from "effect"
import * as Canvas from "./Canvas.js"
import type { Redacted } from "effect"
import { InvalidConfig } from "./CopilotError.js"
import * as Commands from "./Commands.js"
import * as Api from "./generated/Api.js"
import * as Handlers from "./Handlers.js"
import * as Hooks from "./Hooks.js"
import * as ConfigIssues from "./internal/configIssues.js"
import type * as Auth from "./Auth.js"
import type * as SessionFs from "./SessionFs.js"
import * as Tool from "./Tool.js"
import * as ToolSet from "./ToolSet.js"

const opt = Schema.optional
const Strings = Schema.Array(Schema.String)
const StringMap = Schema.Record({ key: Schema.String, value: Schema.String })

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
export const ReasoningEffort = Schema.Literal("low", "medium", "high", "xhigh", "max")
/**
 * @see {@link ReasoningEffort}
 *
 * @since 0.1.0
 */
export type ReasoningEffort = typeof ReasoningEffort.Type

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
export const ReasoningSummary = Schema.Literal("none", "concise", "detailed")
/**
 * @see {@link ReasoningSummary}
 *
 * @since 0.1.0
 */
export type ReasoningSummary = typeof ReasoningSummary.Type

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
export type TokenProvider<R = never> = Effect.Effect<Redacted.Redacted<string>, unknown, R>

const TokenProviderShape = Schema.declare(
  (u: unknown): u is TokenProvider => Effect.isEffect(u),
  { title: "an Effect that yields a Redacted token" }
)

/**
 * The name the runtime gives the one whole-session `provider`.
 *
 * @since 0.2.0
 */
export const DEFAULT_PROVIDER_NAME = "default"

const providerConnectionFields = {
  type: opt(Schema.Literal("openai", "azure", "anthropic")),
  wireApi: opt(Schema.Literal("completions", "responses")),
  transport: opt(Schema.Literal("http", "websockets")),
  baseUrl: Schema.String,
  apiKey: opt(Schema.Redacted(Schema.String)),
  bearerToken: opt(Schema.Redacted(Schema.String)),
  azure: opt(Schema.Struct({ apiVersion: opt(Schema.String) })),
  headers: opt(StringMap)
}

const providerModelFields = {
  modelId: opt(Schema.String),
  wireModel: opt(Schema.String),
  providerName: opt(Schema.String),
  maxPromptTokens: opt(Schema.Number),
  maxContextWindowTokens: opt(Schema.Number),
  maxOutputTokens: opt(Schema.Number)
}

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
export const ProviderConfig = Schema.Struct({
  ...providerConnectionFields,
  ...providerModelFields,
  bearerTokenProvider: opt(TokenProviderShape)
})
/**
 * @see {@link ProviderConfig}; `R` is what its `bearerTokenProvider` needs.
 *
 * @since 0.1.0
 */
export type ProviderConfig<R = never> = Omit<typeof ProviderConfig.Type, "bearerTokenProvider"> & {
  readonly bearerTokenProvider?: TokenProvider<R> | undefined
}

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
export const NamedProviderConfig = Schema.Struct({
  name: Schema.String,
  ...providerConnectionFields,
  bearerTokenProvider: opt(TokenProviderShape)
})
/**
 * @see {@link NamedProviderConfig}
 *
 * @since 0.2.0
 */
export type NamedProviderConfig<R = never> = Omit<typeof NamedProviderConfig.Type, "bearerTokenProvider"> & {
  readonly bearerTokenProvider?: TokenProvider<R> | undefined
}

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
export const ProviderModelConfig: Schema.Schema<Api.ProviderModelConfig> = Api.ProviderModelConfig
/**
 * @see {@link ProviderModelConfig}
 *
 * @since 0.2.0
 */
export type ProviderModelConfig = Api.ProviderModelConfig

const WireProviderConfig = Schema.Struct({
  ...providerConnectionFields,
  ...providerModelFields,
  hasBearerTokenProvider: opt(Schema.Boolean)
})

const WireNamedProviderConfig = Schema.Struct({
  name: Schema.String,
  ...providerConnectionFields,
  hasBearerTokenProvider: opt(Schema.Boolean)
})

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
export const bearerTokenProviders = <R>(config: TokenSources<R>): ReadonlyMap<string, TokenProvider<R>> => {
  const out = new Map<string, TokenProvider<R>>()
  const single = config.provider?.bearerTokenProvider
  if (single !== undefined) {
    // The runtime names the whole-session provider "default"; its `providerName`, when set, is accepted too.
    out.set(DEFAULT_PROVIDER_NAME, single)
    const name = config.provider?.providerName
    if (name !== undefined) out.set(name, single)
  }
  for (const named of config.providers ?? []) {
    if (named.bearerTokenProvider !== undefined) out.set(named.name, named.bearerTokenProvider)
  }
  return out
}

/**
 * The parts of a config that can hold token providers.
 *
 * @since 0.2.0
 */
export interface TokenSources<R> {
  readonly provider?: ProviderConfig<R> | undefined
  readonly providers?: ReadonlyArray<NamedProviderConfig<R>> | undefined
}

const wireProvider = <R>(provider: ProviderConfig<R>): typeof WireProviderConfig.Type => {
  const { bearerTokenProvider, ...rest } = provider
  return bearerTokenProvider === undefined ? rest : { ...rest, hasBearerTokenProvider: true }
}

const wireNamedProvider = <R>(provider: NamedProviderConfig<R>): typeof WireNamedProviderConfig.Type => {
  const { bearerTokenProvider, ...rest } = provider
  return bearerTokenProvider === undefined ? rest : { ...rest, hasBearerTokenProvider: true }
}

// ---------------------------------------------------------------------------
// MCP servers
// ---------------------------------------------------------------------------

const mcpCommon = {
  /** Tools to take from the server: absent = all, `[]` = none. */
  tools: opt(Strings),
  /** Tools to leave out. */
  excludeTools: opt(Strings),
  /** Tool-call timeout in milliseconds. */
  timeout: opt(Schema.Number),
  displayName: opt(Schema.String),
  deferTools: opt(Schema.Literal("auto", "never"))
}

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
export const McpStdioServerConfig = Schema.Struct({
  type: opt(Schema.Literal("local", "stdio")),
  command: Schema.String,
  args: opt(Strings),
  env: opt(StringMap),
  workingDirectory: opt(Schema.String).pipe(Schema.fromKey("cwd")),
  ...mcpCommon
})
/**
 * @see {@link McpStdioServerConfig}
 *
 * @since 0.1.0
 */
export type McpStdioServerConfig = typeof McpStdioServerConfig.Type

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
export const McpHttpServerConfig = Schema.Struct({
  type: Schema.Literal("http", "sse"),
  url: Schema.String,
  headers: opt(StringMap),
  oauthClientId: opt(Schema.String),
  oauthPublicClient: opt(Schema.Boolean),
  oauthGrantType: opt(Schema.Literal("authorization_code", "client_credentials")),
  ...mcpCommon
})
/**
 * @see {@link McpHttpServerConfig}
 *
 * @since 0.1.0
 */
export type McpHttpServerConfig = typeof McpHttpServerConfig.Type

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
export const McpServerConfig = Schema.Union(McpStdioServerConfig, McpHttpServerConfig)
/**
 * @see {@link McpServerConfig}
 *
 * @since 0.1.0
 */
export type McpServerConfig = typeof McpServerConfig.Type

const McpServers = Schema.Record({ key: Schema.String, value: McpServerConfig })

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
export const CustomAgentConfig = Schema.Struct({
  name: Schema.String,
  prompt: Schema.String,
  displayName: opt(Schema.String),
  description: opt(Schema.String),
  /** Tool names the agent may use; absent or `null` = all. */
  tools: opt(Schema.NullOr(Strings)),
  mcpServers: opt(McpServers),
  infer: opt(Schema.Boolean),
  skills: opt(Strings),
  model: opt(Schema.String),
  reasoningEffort: opt(ReasoningEffort)
})
/**
 * @see {@link CustomAgentConfig}
 *
 * @since 0.1.0
 */
export type CustomAgentConfig = typeof CustomAgentConfig.Type

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
export const DefaultAgentConfig = Schema.Struct({ excludedTools: opt(Strings) })
/**
 * @see {@link DefaultAgentConfig}
 *
 * @since 0.1.0
 */
export type DefaultAgentConfig = typeof DefaultAgentConfig.Type

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
export const SectionOverride = Schema.Struct({
  action: Schema.Literal("replace", "remove", "append", "prepend", "preserve"),
  content: opt(Schema.String)
})
/**
 * @see {@link SectionOverride}
 *
 * @since 0.1.0
 */
export type SectionOverride = typeof SectionOverride.Type

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
export const SystemMessageSections = Schema.Struct({
  preamble: opt(SectionOverride),
  identity: opt(SectionOverride),
  tone: opt(SectionOverride),
  tool_efficiency: opt(SectionOverride),
  environment_context: opt(SectionOverride),
  code_change_rules: opt(SectionOverride),
  guidelines: opt(SectionOverride),
  safety: opt(SectionOverride),
  tool_instructions: opt(SectionOverride),
  custom_instructions: opt(SectionOverride),
  runtime_instructions: opt(SectionOverride),
  last_instructions: opt(SectionOverride)
})
/**
 * @see {@link SystemMessageSections}
 *
 * @since 0.1.0
 */
export type SystemMessageSections = typeof SystemMessageSections.Type

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
export const SystemMessageConfig = Schema.Union(
  Schema.Struct({ mode: opt(Schema.Literal("append")), content: opt(Schema.String) }),
  Schema.Struct({ mode: Schema.Literal("replace"), content: Schema.String }),
  Schema.Struct({ mode: Schema.Literal("customize"), sections: opt(SystemMessageSections), content: opt(Schema.String) })
)
/**
 * @see {@link SystemMessageConfig}
 *
 * @since 0.1.0
 */
export type SystemMessageConfig = typeof SystemMessageConfig.Type

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
export const WireSystemMessageConfig = Schema.Union(
  Schema.Struct({ mode: opt(Schema.Literal("append")), content: opt(Schema.String) }),
  Schema.Struct({ mode: Schema.Literal("replace"), content: Schema.String }),
  Schema.Struct({
    mode: Schema.Literal("customize"),
    sections: opt(Schema.Record({
      key: Schema.String,
      value: Schema.Struct({
        action: Schema.Literal("replace", "remove", "append", "prepend", "preserve", "transform"),
        content: opt(Schema.String)
      })
    })),
    content: opt(Schema.String)
  })
)
/**
 * @see {@link WireSystemMessageConfig}
 *
 * @since 0.1.0
 */
export type WireSystemMessageConfig = typeof WireSystemMessageConfig.Type

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
export const InfiniteSessionConfig = Schema.Struct({
  enabled: opt(Schema.Boolean),
  backgroundCompactionThreshold: opt(Schema.Number),
  bufferExhaustionThreshold: opt(Schema.Number)
})
/**
 * @see {@link InfiniteSessionConfig}
 *
 * @since 0.1.0
 */
export type InfiniteSessionConfig = typeof InfiniteSessionConfig.Type

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
export const LargeOutputConfig = Schema.Struct({
  enabled: opt(Schema.Boolean),
  maxSizeBytes: opt(Schema.Number),
  outputDirectory: opt(Schema.String).pipe(Schema.fromKey("outputDir"))
})
/**
 * @see {@link LargeOutputConfig}
 *
 * @since 0.1.0
 */
export type LargeOutputConfig = typeof LargeOutputConfig.Type

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
export const ToolSearchConfig = Schema.Struct({ enabled: opt(Schema.Boolean), deferThreshold: opt(Schema.Number) })
/**
 * @see {@link ToolSearchConfig}
 *
 * @since 0.1.0
 */
export type ToolSearchConfig = typeof ToolSearchConfig.Type

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
export const CloudSessionOptions = Schema.Struct({
  repository: opt(Schema.Struct({ owner: Schema.String, name: Schema.String, branch: opt(Schema.String) }))
})
/**
 * @see {@link CloudSessionOptions}
 *
 * @since 0.1.0
 */
export type CloudSessionOptions = typeof CloudSessionOptions.Type

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
export const GitHubMcpToolConfig = Schema.Struct({
  enableAllTools: opt(Schema.Boolean),
  additionalToolsets: opt(Strings),
  additionalTools: opt(Strings),
  enableInsidersMode: opt(Schema.Boolean),
  /** Only for the built-in server, with MCP Apps and form-backed GitHub tools enabled. */
  disableFormDeferral: opt(Schema.Boolean)
})
/**
 * @see {@link GitHubMcpToolConfig}
 *
 * @since 0.2.0
 */
export type GitHubMcpToolConfig = typeof GitHubMcpToolConfig.Type

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
export const ModelCapabilitiesOverride: Schema.Schema<Api.ModelCapabilitiesOverride> = Api.ModelCapabilitiesOverride
/**
 * @see {@link ModelCapabilitiesOverride}
 *
 * @since 0.2.0
 */
export type ModelCapabilitiesOverride = Api.ModelCapabilitiesOverride

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
export const SessionLimitsConfig: Schema.Schema<Api.SessionLimitsConfig> = Api.SessionLimitsConfig
/**
 * @see {@link SessionLimitsConfig}
 *
 * @since 0.2.0
 */
export type SessionLimitsConfig = Api.SessionLimitsConfig

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
export const OpenCanvasInstance: Schema.Schema<Api.OpenCanvasInstance> = Api.OpenCanvasInstance
/**
 * @see {@link OpenCanvasInstance}
 *
 * @since 0.2.0
 */
export type OpenCanvasInstance = Api.OpenCanvasInstance

// ---------------------------------------------------------------------------
// The session's data
// ---------------------------------------------------------------------------

/** Data fields shared by create and resume, except `systemMessage`. */
const commonDataFields = {
  clientName: opt(Schema.String),
  model: opt(Schema.String),
  reasoningEffort: opt(ReasoningEffort),
  reasoningSummary: opt(ReasoningSummary),
  contextTier: opt(Schema.Literal("default", "long_context")),
  /** Sent as `isExperimentalMode`. */
  enableExperimentalMode: opt(Schema.Boolean).pipe(Schema.fromKey("isExperimentalMode")),
  /** Only these tools (names or patterns such as `builtin:*`, `mcp:github`). */
  availableTools: opt(Strings),
  /** Never these tools; wins over `availableTools`. */
  excludedTools: opt(Strings),
  excludedBuiltinAgents: opt(Strings),
  toolSearch: opt(ToolSearchConfig),
  provider: opt(ProviderConfig),
  /** Named providers of your own, added to the Copilot API's (see {@link NamedProviderConfig}). */
  providers: opt(Schema.Array(NamedProviderConfig)),
  /** Models of the named providers, selected as `"<provider>/<id>"`. */
  models: opt(Schema.Array(ProviderModelConfig)),
  workingDirectory: opt(Schema.String),
  additionalDirectories: opt(Strings),
  /** Stream `assistant.message_delta` events. Absent = the runtime's default. */
  streaming: opt(Schema.Boolean),
  includeSubAgentStreamingEvents: opt(Schema.Boolean),
  mcpServers: opt(McpServers),
  disabledMcpServers: opt(Strings),
  mcpOAuthTokenStorage: opt(Schema.Literal("persistent", "in-memory")),
  customAgents: opt(Schema.Array(CustomAgentConfig)),
  defaultAgent: opt(DefaultAgentConfig),
  /** Name of the custom agent to start with. */
  agent: opt(Schema.String),
  configDir: opt(Schema.String),
  enableConfigDiscovery: opt(Schema.Boolean),
  skillDirectories: opt(Strings),
  disabledSkills: opt(Strings),
  pluginDirectories: opt(Strings),
  instructionDirectories: opt(Strings),
  infiniteSessions: opt(InfiniteSessionConfig),
  memory: opt(Schema.Struct({ enabled: Schema.Boolean })),
  largeOutput: opt(LargeOutputConfig),
  /** A GitHub token for this session's identity. */
  gitHubToken: opt(Schema.Redacted(Schema.String)),
  remoteSession: opt(Schema.Literal("off", "export", "on")),
  askUserVariant: opt(Schema.Literal("legacy", "elicitation")),
  enableSessionTelemetry: opt(Schema.Boolean),
  enableFileChangeTracking: opt(Schema.Boolean),
  skipEmbeddingRetrieval: opt(Schema.Boolean),
  embeddingCacheStorage: opt(Schema.Literal("persistent", "in-memory")),
  organizationCustomInstructions: opt(Schema.String),
  enableOnDemandInstructionDiscovery: opt(Schema.Boolean),
  enableFileHooks: opt(Schema.Boolean),
  enableHostGitOperations: opt(Schema.Boolean),
  enableSessionStore: opt(Schema.Boolean),
  enableSkills: opt(Schema.Boolean),
  featureFlags: opt(Schema.Record({ key: Schema.String, value: Schema.Boolean })),
  /** Capability overrides for the session's model. */
  modelCapabilities: opt(ModelCapabilitiesOverride),
  /** Limits of the session's accounting window (experimental). */
  sessionLimits: opt(SessionLimitsConfig),
  /** Native model citations on supported models (experimental). */
  enableCitations: opt(Schema.Boolean),
  /**
   * Asks for MCP Apps UI passthrough (experimental; sent as `requestMcpApps`).
   * The runtime grants it only when its MCP Apps gate is on: see
   * `capabilities.ui.mcpApps` in the session's info.
   */
  enableMcpApps: opt(Schema.Boolean).pipe(Schema.fromKey("requestMcpApps")),
  /** Settings of the built-in GitHub MCP server. */
  githubMcpToolConfig: opt(GitHubMcpToolConfig),
  /** Custom agents run locally by default, never on remote workers. */
  customAgentsLocalOnly: opt(Schema.Boolean),
  /** Only these runtime-bundled skills (`[]` = none); skills from other sources stay. */
  includedBuiltinSkills: opt(Strings),
  /** OAuth Client ID Metadata Document URL identifying this host to MCP servers. */
  authClientIdMetadataUrl: opt(Schema.String),
  /** Options of the built-in Copilot API provider (the protocol's `CapiSessionOptions`). */
  capi: opt(Api.CapiSessionOptions),
  /** The runtime fetches and enforces enterprise managed settings (needs `gitHubToken`). */
  enableManagedSettings: opt(Schema.Boolean),
  /** Managed settings injected by the host (the protocol's `SessionManagedSettings`); re-supply on resume. */
  managedSettings: opt(Api.SessionManagedSettings),
  /**
   * Offers the agent the canvas tools (`list_canvas_capabilities`,
   * `open_canvas`, `invoke_canvas_action`): this client renders canvases.
   */
  requestCanvasRenderer: opt(Schema.Boolean),
  /**
   * A stable identity for this client's canvases: the runtime uses `id` as
   * their `extensionId` instead of a per-connection one, so open instances
   * survive a reconnect. Ids starting with `connection:` are reserved.
   */
  canvasProvider: opt(Schema.Struct({ id: Schema.String, name: opt(Schema.String) })),
  /**
   * Starts the extensions the runtime finds for this session (programs in
   * `.github/extensions/<name>/` of the working directory's repository, see
   * `effect-copilot/extension`) as child processes that join it. Needs the
   * runtime's `EXTENSIONS` feature flag (`COPILOT_CLI_ENABLED_FEATURE_FLAGS`).
   */
  requestExtensions: opt(Schema.Boolean),
  /**
   * A `copilot-sdk/` folder the runtime gives this session's extension
   * processes instead of its bundled SDK (it falls back to the bundled one
   * when the folder is missing or incomplete).
   */
  extensionSdkPath: opt(Schema.String),
  /** A stable identity for this client's extension: the runtime names it `<source>:<name>` to the agent. */
  extensionInfo: opt(Schema.Struct({ source: Schema.String, name: Schema.String }))
}

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
export const ToolFilter = Schema.Union(
  Strings,
  Schema.declare(ToolSet.isToolSet, { title: "a ToolSet (made with ToolSet.builtIn, ToolSet.mcp, ...)" })
)
/**
 * @see {@link ToolFilter}
 *
 * @since 0.2.0
 */
export type ToolFilter = typeof ToolFilter.Type

/** The tool filters of a config, which also take a ToolSet (the wire takes strings). */
const configToolFilterFields = {
  /** Only these tools: names or patterns (`builtin:*`, `mcp:*`), or a ToolSet. */
  availableTools: opt(ToolFilter),
  /** Never these tools; wins over `availableTools`. Names or patterns, or a ToolSet. */
  excludedTools: opt(ToolFilter)
}

const createOnlyFields = {
  /** Caller-chosen session id (not for cloud sessions). */
  sessionId: opt(Schema.String),
  /** Makes a cloud session: use `CopilotSession.createCloud` (or `withCloudSession`). */
  cloud: opt(CloudSessionOptions)
}

const resumeOnlyFields = {
  /** Do not emit the `session.resume` event. Sent as `disableResume`. */
  suppressResumeEvent: opt(Schema.Boolean).pipe(Schema.fromKey("disableResume")),
  /** Continue tool calls and permission prompts pending at suspension. */
  continuePendingWork: opt(Schema.Boolean),
  /** Canvases open at suspension, for the runtime to restore. */
  openCanvases: opt(Schema.Array(OpenCanvasInstance))
}

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
export const SessionOptions = Schema.Struct({
  ...commonDataFields,
  ...configToolFilterFields,
  systemMessage: opt(SystemMessageConfig),
  ...createOnlyFields
})
/**
 * @see {@link SessionOptions}
 *
 * @since 0.1.0
 */
export type SessionOptions = typeof SessionOptions.Type

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
export const ResumeSessionOptions = Schema.Struct({
  ...commonDataFields,
  ...configToolFilterFields,
  systemMessage: opt(SystemMessageConfig),
  ...resumeOnlyFields
})
/**
 * @see {@link ResumeSessionOptions}
 *
 * @since 0.1.0
 */
export type ResumeSessionOptions = typeof ResumeSessionOptions.Type

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
export interface SessionHandlers<R> {
  /** Tools the model can call. */
  readonly tools?: ReadonlyArray<Tool.Tool<R>> | undefined
  /** Decides permission requests; absent = requests stay pending for someone else. */
  readonly onPermissionRequest?: Handlers.PermissionHandler<R> | undefined
  /** Answers the agent's questions (enables the `ask_user` tool). */
  readonly onUserInputRequest?: Handlers.UserInputHandler<R> | undefined
  /** Fills elicitation forms (enables the elicitation capability). */
  readonly onElicitationRequest?: Handlers.ElicitationHandler<R> | undefined
  /** Answers plan-mode exits. */
  readonly onExitPlanModeRequest?: Handlers.ExitPlanModeRequestHandler<R> | undefined
  /** Answers auto-mode switch offers. */
  readonly onAutoModeSwitchRequest?: Handlers.AutoModeSwitchRequestHandler<R> | undefined
  /** Lifecycle hooks. */
  readonly hooks?: Hooks.SessionHooks<R> | undefined
  /** Rewrites system-prompt sections when the runtime renders them. */
  readonly systemMessageTransforms?: Handlers.SectionTransforms<R> | undefined
  /** Serves the session's file system (the client must register as provider). */
  readonly sessionFs?: SessionFs.SessionFsProvider<R> | undefined
  /**
   * Canvases this client provides (see `Canvas.make`): declared to the
   * runtime, served when it opens one, invokes an action or closes one.
   * Give them again on resume.
   */
  readonly canvases?: ReadonlyArray<Canvas.Canvas<R>> | undefined
  /**
   * Acquires the GitHub token of this session's identity when the session
   * starts and whenever the runtime refreshes it; instead of `gitHubToken`.
   * Absent = the client's `gitHubTokenProvider`, if it has one.
   */
  readonly gitHubTokenProvider?: Auth.GitHubTokenProvider<R> | undefined
  /** Answers MCP servers' OAuth requests with a token of the host's, or declines them. */
  readonly onMcpAuthRequest?: Auth.McpAuthHandler<R> | undefined
  /** Slash commands this client serves in the session (registered on create and on resume). */
  readonly commands?: ReadonlyArray<Commands.Command<R>> | undefined
}

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
export interface SessionConfig<R = never>
  extends Omit<SessionOptions, "provider" | "providers">, SessionHandlers<R>, TokenSources<R>
{}

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
export interface ResumeSessionConfig<R = never>
  extends Omit<ResumeSessionOptions, "provider" | "providers">, SessionHandlers<R>, TokenSources<R>
{}

// ---------------------------------------------------------------------------
// Wire params
// ---------------------------------------------------------------------------

const wireExtraFields = {
  systemMessage: opt(WireSystemMessageConfig),
  tools: opt(Schema.Array(Tool.ToolDefinition)),
  canvases: opt(Schema.Array(Canvas.CanvasDeclaration)),
  requestPermission: Schema.Boolean,
  requestUserInput: Schema.Boolean,
  requestElicitation: Schema.Boolean,
  requestExitPlanMode: Schema.Boolean,
  requestAutoModeSwitch: Schema.Boolean,
  hooks: Schema.Boolean,
  commands: opt(Schema.Array(Commands.CommandDefinition)),
  envValueMode: Schema.Literal("direct"),
  toolFilterPrecedence: opt(Schema.Literal("excluded"))
}

/** The data fields as they travel: token providers become flags, a GitHub token provider its registration id. */
const wireDataFields = {
  ...commonDataFields,
  provider: opt(WireProviderConfig),
  providers: opt(Schema.Array(WireNamedProviderConfig)),
  gitHubTokenProviderRegistrationId: opt(Schema.String)
}

const CreateWireData = Schema.Struct({ ...wireDataFields, cloud: createOnlyFields.cloud })
const ResumeWireData = Schema.Struct({ ...wireDataFields, ...resumeOnlyFields })

/** What the wire data is built from: the config with its token providers replaced by flags. */
const wireInput = <R>(
  config: SessionConfig<R> | ResumeSessionConfig<R>,
  registrationId: string | undefined
) => ({
  ...config,
  provider: config.provider === undefined ? undefined : wireProvider(config.provider),
  providers: config.providers?.map(wireNamedProvider),
  gitHubTokenProviderRegistrationId: registrationId
})

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
export const SessionCreateParams = Schema.extend(
  Schema.encodedSchema(CreateWireData),
  Schema.Struct({ sessionId: opt(Schema.String), ...wireExtraFields })
)
/**
 * @see {@link SessionCreateParams}
 *
 * @since 0.1.0
 */
export type SessionCreateParams = typeof SessionCreateParams.Type

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
export const SessionResumeParams = Schema.extend(
  Schema.encodedSchema(ResumeWireData),
  Schema.Struct({ sessionId: Schema.String, ...wireExtraFields })
)
/**
 * @see {@link SessionResumeParams}
 *
 * @since 0.1.0
 */
export type SessionResumeParams = typeof SessionResumeParams.Type

// ---------------------------------------------------------------------------
// Rules beyond the Schemas: names that must be unique or well-formed, URLs
// that must be absolute, options that only make sense together. Each broken
// rule is one sentence saying what to change. They run after the shape
// check, so every field read here has its type. (They stay in this module:
// apart, they would import the config types from here and be imported back.)
// ---------------------------------------------------------------------------
/** Why transforms and a replaced system message do not go together. */
const transformsWithReplace =
  `"systemMessageTransforms" cannot be combined with systemMessage mode "replace": a replaced prompt has no sections. ` +
  `Use mode "customize" (or "append"), or drop the transforms.`

const isAbsoluteUrl = (value: string, protocols: ReadonlyArray<string>): boolean => {
  try {
    return protocols.includes(new URL(value).protocol)
  } catch {
    return false
  }
}

const isPositiveInt = (n: number): boolean => Number.isInteger(n) && n > 0

const checkMcpServers = (
  where: string,
  servers: Readonly<Record<string, McpServerConfig>> | undefined,
  problems: Array<string>
): void => {
  if (servers === undefined) return
  for (const [name, server] of Object.entries(servers)) {
    const label = `${where} "${name}"`
    if (name.trim() === "") problems.push(`${where} has a server with an empty name: use a non-empty key.`)
    const hasCommand = Predicate.hasProperty(server, "command")
    const hasUrl = Predicate.hasProperty(server, "url")
    if (!hasCommand && !hasUrl) {
      problems.push(
        `${label} has neither "command" (a stdio server the runtime starts) nor "url" (an http/sse server): set one of them.`
      )
    } else if (hasUrl) {
      const url = Predicate.hasProperty(server, "url") && typeof server.url === "string" ? server.url : ""
      if (url.trim() === "") {
        problems.push(`${label} has an empty "url": set the address of the http/sse server.`)
      } else if (!isAbsoluteUrl(url, ["http:", "https:"])) {
        problems.push(`${label} has "url" ${JSON.stringify(url)}, which is not an absolute http(s) URL: use e.g. "https://host/mcp".`)
      }
    } else {
      const command = Predicate.hasProperty(server, "command") && typeof server.command === "string"
        ? server.command
        : ""
      if (command.trim() === "") {
        problems.push(`${label} has an empty "command": set the executable that starts the server.`)
      }
    }
    if (server.timeout !== undefined && !isPositiveInt(server.timeout)) {
      problems.push(`${label} has "timeout" ${server.timeout}: use a positive whole number of milliseconds.`)
    }
  }
}

const checkToolFilter = (field: string, list: ToolFilter | undefined, problems: Array<string>) => {
  if (list === undefined) return
  if (ToolSet.isToolSet(list)) {
    for (const problem of ToolSet.problems(list)) problems.push(`"${field}": ${problem}.`)
    return
  }
  for (const entry of list) {
    if (entry === "*") {
      problems.push(
        `"${field}" contains "*": there is no bare wildcard. Use a source-qualified pattern such as "builtin:*", "mcp:*" or "custom:*".`
      )
    } else if (entry.trim() === "") {
      problems.push(`"${field}" contains an empty name: remove it.`)
    }
  }
}

/**
 * The tool filters as the wire takes them: string lists as given; a ToolSet
 * as its filters, its wildcards' exceptions joining `excludedTools` (which
 * win). A ToolSet in both is sent as their difference. An `excludedTools`
 * ToolSet next to a string `availableTools` must be a plain set (no
 * wildcard with exceptions), since it can only be sent as exclusions.
 */
const resolveToolFilters = (config: {
  readonly availableTools?: ToolFilter | undefined
  readonly excludedTools?: ToolFilter | undefined
}): Either.Either<
  { readonly availableTools: ReadonlyArray<string> | undefined; readonly excludedTools: ReadonlyArray<string> | undefined },
  string
> => {
  const { availableTools: available, excludedTools: excluded } = config
  const orUndefined = (list: ReadonlyArray<string>) => (list.length === 0 ? undefined : list)
  if (ToolSet.isToolSet(available)) {
    const effective = ToolSet.isToolSet(excluded) ? ToolSet.minus(available, excluded) : available
    const filters = ToolSet.toFilters(effective)
    const extra = ToolSet.isToolSet(excluded) || excluded === undefined ? [] : excluded
    return Either.right({ availableTools: filters.available, excludedTools: orUndefined([...filters.excluded, ...extra]) })
  }
  if (ToolSet.isToolSet(excluded)) {
    const filters = ToolSet.toFilters(excluded)
    if (filters.excluded.length > 0) {
      return Either.left(
        `"excludedTools" is a ToolSet with exceptions of a wildcard (${filters.excluded.join(", ")}), which cannot be sent as exclusions: ` +
          `make "availableTools" a ToolSet too (the session then sends their difference), or exclude plain names.`
      )
    }
    return Either.right({ availableTools: available, excludedTools: filters.available })
  }
  return Either.right({ availableTools: available, excludedTools: excluded })
}

const checkBaseUrl = (label: string, baseUrl: unknown, problems: Array<string>) => {
  if (typeof baseUrl !== "string" || baseUrl.trim() === "") {
    problems.push(`"${label}.baseUrl" is missing: set the endpoint of your provider (e.g. "https://api.openai.com/v1").`)
  } else if (!isAbsoluteUrl(baseUrl, ["http:", "https:"])) {
    problems.push(
      `"${label}.baseUrl" ${JSON.stringify(baseUrl)} is not an absolute http(s) URL: include the scheme, e.g. "https://${baseUrl}".`
    )
  }
}

/** Named providers and their models: names unique and usable in `provider/id`, every model's provider known. */
const checkRegistry = <R>(config: TokenSources<R> & { readonly models?: ReadonlyArray<ProviderModelConfig> | undefined }, problems: Array<string>) => {
  const providers = config.providers ?? []
  const models = config.models ?? []
  if (config.provider !== undefined && (providers.length > 0 || models.length > 0)) {
    problems.push(
      `"provider" (one provider for the whole session) cannot be combined with "providers" / "models": move it into "providers" (with a "name") and add its models to "models".`
    )
  }
  const names = new Set<string>()
  providers.forEach((named, index) => {
    const label = `providers[${index}]`
    if (named.name.trim() === "") problems.push(`"${label}.name" is empty: name every provider (models refer to it by name).`)
    else if (named.name.includes("/")) {
      problems.push(`provider name ${JSON.stringify(named.name)} contains "/": models are selected as "<provider>/<id>", so use a name without "/".`)
    } else if (names.has(named.name)) problems.push(`provider name "${named.name}" is used twice: provider names must be unique.`)
    names.add(named.name)
    checkBaseUrl(label, named.baseUrl, problems)
    if (named.azure !== undefined && named.type !== "azure") {
      problems.push(`"${label}.azure" is only used with provider type "azure": set "type": "azure" or remove "azure".`)
    }
  })
  const selections = new Set<string>()
  models.forEach((model, index) => {
    if (model.id.trim() === "") problems.push(`"models[${index}].id" is empty: give the model the id it has within its provider.`)
    if (!names.has(model.provider)) {
      problems.push(
        `model "${model.id}" names provider "${model.provider}", which is not in "providers": add the provider or fix the name.`
      )
    }
    const selection = `${model.provider}/${model.id}`
    if (selections.has(selection)) problems.push(`model "${selection}" is defined twice: keep one entry.`)
    selections.add(selection)
  })
}

/** The broken rules that apply to every kind of config (create, cloud, resume). */
const commonProblems = <R>(config: ResumeSessionConfig<R> | SessionConfig<R>): Array<string> => {
  const problems: Array<string> = []

  if (config.model !== undefined && config.model.trim() === "") {
    problems.push(`"model" is an empty string: omit it to use the default model, or name one (e.g. "gpt-5").`)
  }

  // tools
  const seen = new Map<string, number>()
  for (const tool of config.tools ?? []) {
    seen.set(tool.name, (seen.get(tool.name) ?? 0) + 1)
    if (!Tool.isValidName(tool.name)) {
      problems.push(
        `tool name ${JSON.stringify(tool.name)} is not valid: use 1 to 64 letters, digits, "_" or "-" (e.g. "get_weather").`
      )
    }
    if (Either.isLeft(tool.parametersJsonSchema)) {
      problems.push(`tool "${tool.name}" cannot be declared: ${tool.parametersJsonSchema.left}.`)
    }
  }
  for (const [name, count] of seen) {
    if (count > 1) problems.push(`tool name "${name}" is used by ${count} tools: tool names must be unique; rename all but one.`)
  }
  // commands
  const commandNames = new Map<string, number>()
  for (const command of config.commands ?? []) {
    commandNames.set(command.name, (commandNames.get(command.name) ?? 0) + 1)
    if (!Commands.isValidName(command.name)) {
      problems.push(
        `command name ${JSON.stringify(command.name)} is not valid: use letters, digits, "-", "_", "." or ":", without the leading "/" (e.g. "deploy").`
      )
    }
  }
  for (const [name, count] of commandNames) {
    if (count > 1) problems.push(`command name "${name}" is used by ${count} commands: command names must be unique; rename all but one.`)
  }
  checkToolFilter("availableTools", config.availableTools, problems)
  checkToolFilter("excludedTools", config.excludedTools, problems)
  const filters = resolveToolFilters(config)
  if (Either.isLeft(filters)) problems.push(filters.left)
  problems.push(...Canvas.problems(config.canvases ?? []))
  const providerId = config.canvasProvider?.id
  if (providerId !== undefined && (providerId.trim() === "" || providerId.startsWith("connection:"))) {
    problems.push(
      `"canvasProvider.id" is ${JSON.stringify(providerId)}: use a stable non-empty id (e.g. "app:builtin:<window>"); ids starting with "connection:" are reserved.`
    )
  }

  // provider
  const provider = config.provider
  if (provider !== undefined) {
    const baseUrl: unknown = provider.baseUrl
    if (typeof baseUrl !== "string" || baseUrl.trim() === "") {
      problems.push(
        `"provider.baseUrl" is missing: set the endpoint of your provider (e.g. "https://api.openai.com/v1").`
      )
    } else if (!isAbsoluteUrl(baseUrl, ["http:", "https:"])) {
      problems.push(`"provider.baseUrl" ${JSON.stringify(baseUrl)} is not an absolute http(s) URL: include the scheme, e.g. "https://${baseUrl}".`)
    }
    if (provider.azure !== undefined && provider.type !== "azure") {
      problems.push(`"provider.azure" is only used with provider type "azure": set "type": "azure" or remove "azure".`)
    }
    if (provider.wireApi !== undefined && provider.type === "anthropic") {
      problems.push(`"provider.wireApi" applies to openai and azure providers only: remove it for type "anthropic".`)
    }
    for (const key of ["maxPromptTokens", "maxContextWindowTokens", "maxOutputTokens"] as const) {
      const value = provider[key]
      if (value !== undefined && !isPositiveInt(value)) {
        problems.push(`"provider.${key}" is ${value}: use a positive whole number of tokens.`)
      }
    }
  }

  // the provider registry
  checkRegistry(config, problems)
  if (config.gitHubTokenProvider !== undefined && config.gitHubToken !== undefined) {
    problems.push(`"gitHubToken" and "gitHubTokenProvider" both give the session's GitHub identity: keep one of them.`)
  }
  if (config.gitHubTokenProvider !== undefined && config.provider !== undefined) {
    problems.push(
      `"gitHubTokenProvider" cannot be combined with "provider": a whole-session provider of your own replaces GitHub sign-in. Use "providers" and "models" to add your provider beside the Copilot API.`
    )
  }

  // MCP servers
  checkMcpServers("MCP server", config.mcpServers, problems)

  // custom agents
  const agentNames = new Set<string>()
  for (const agent of config.customAgents ?? []) {
    if (agent.name.trim() === "") problems.push(`a custom agent has an empty "name": give every custom agent a name.`)
    else if (agentNames.has(agent.name)) {
      problems.push(`custom agent name "${agent.name}" is used twice: custom agent names must be unique.`)
    }
    agentNames.add(agent.name)
    if (agent.prompt.trim() === "") {
      problems.push(`custom agent "${agent.name}" has an empty "prompt": say what the agent is for.`)
    }
    checkMcpServers(`custom agent "${agent.name}": MCP server`, agent.mcpServers, problems)
  }
  if (config.agent !== undefined && !agentNames.has(config.agent)) {
    problems.push(
      `"agent" is "${config.agent}" but no entry of "customAgents" has that name: add the agent to "customAgents" or fix the name.`
    )
  }

  // system message
  const systemMessage = config.systemMessage
  const transformed = transformedSections(config.systemMessageTransforms)
  if (systemMessage !== undefined && systemMessage.mode === "replace") {
    if (Predicate.hasProperty(systemMessage, "sections")) {
      problems.push(
        `systemMessage mode "replace" takes no "sections": use mode "customize" to change individual sections, or drop "sections".`
      )
    }
    if (transformed.length > 0) problems.push(transformsWithReplace)
  }
  if (systemMessage !== undefined && systemMessage.mode === "customize" && systemMessage.sections !== undefined) {
    const sections = systemMessage.sections
    for (const section of transformed) {
      if (Schema.is(Handlers.SystemMessageSection)(section) && sections[section] !== undefined) {
        problems.push(
          `system message section "${section}" has both an override in systemMessage.sections and a transform in systemMessageTransforms: keep one of them.`
        )
      }
    }
  }

  // infinite sessions
  const infinite = config.infiniteSessions
  if (infinite !== undefined) {
    const inRange = (n: number | undefined) => n === undefined || (n > 0 && n <= 1)
    if (!inRange(infinite.backgroundCompactionThreshold)) {
      problems.push(`"infiniteSessions.backgroundCompactionThreshold" must be a fraction of the context window in (0, 1], e.g. 0.8.`)
    }
    if (!inRange(infinite.bufferExhaustionThreshold)) {
      problems.push(`"infiniteSessions.bufferExhaustionThreshold" must be a fraction of the context window in (0, 1], e.g. 0.95.`)
    }
    if (
      infinite.backgroundCompactionThreshold !== undefined && infinite.bufferExhaustionThreshold !== undefined &&
      infinite.backgroundCompactionThreshold > infinite.bufferExhaustionThreshold
    ) {
      problems.push(
        `"infiniteSessions.backgroundCompactionThreshold" (${infinite.backgroundCompactionThreshold}) is above "bufferExhaustionThreshold" (${infinite.bufferExhaustionThreshold}): background compaction must start before the session blocks.`
      )
    }
  }

  // limits (the protocol's schema: credits above 0, token counts whole and not negative)
  const credits = config.sessionLimits?.maxAiCredits
  if (credits !== undefined && !(credits > 0)) {
    problems.push(`"sessionLimits.maxAiCredits" is ${credits}: use a positive number of AI credits (the runtime also has a minimum, 30 today).`)
  }
  const limits = config.modelCapabilities?.limits
  if (limits !== undefined) {
    for (const key of ["max_prompt_tokens", "max_output_tokens", "max_context_window_tokens"] as const) {
      const value = limits[key]
      if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
        problems.push(`"modelCapabilities.limits.${key}" is ${value}: use a whole number of tokens, 0 or more.`)
      }
    }
  }

  // handlers
  if (config.askUserVariant === "elicitation" && config.onElicitationRequest === undefined) {
    problems.push(
      `askUserVariant "elicitation" needs "onElicitationRequest" to answer the forms: add the handler or use askUserVariant "legacy".`
    )
  }
  return problems
}

/** The sections that have a transform function. */
const transformedSections = <R>(transforms: Handlers.SectionTransforms<R> | undefined): ReadonlyArray<string> =>
  transforms === undefined
    ? []
    : Object.entries(transforms).flatMap(([section, f]) => Predicate.isFunction(f) ? [section] : [])

/** The broken rules of a config for `CopilotSession.create`. */
const createProblems = <R>(config: SessionConfig<R>): ReadonlyArray<string> => {
  const problems = commonProblems(config)
  if (config.cloud !== undefined) {
    problems.unshift(`"cloud" is set: cloud sessions get their id from the runtime; remove "cloud", or use CopilotSession.createCloud (or withCloudSession) instead.`)
  }
  if (config.sessionId !== undefined && config.sessionId.trim() === "") {
    problems.push(`"sessionId" is empty: omit it to get a generated id, or pass a non-empty one.`)
  }
  return problems
}

/** The broken rules of a config for `CopilotSession.createCloud`. */
const cloudProblems = <R>(config: SessionConfig<R>): ReadonlyArray<string> => {
  const problems = commonProblems(config)
  if (config.cloud === undefined) {
    problems.unshift(
      `"cloud" is missing: a cloud session needs it (e.g. { cloud: { repository: { owner, name } } }); for a local session use CopilotSession.create.`
    )
  } else {
    const repo = config.cloud.repository
    if (repo !== undefined && (repo.owner.trim() === "" || repo.name.trim() === "")) {
      problems.push(`"cloud.repository" needs a non-empty "owner" and "name".`)
    }
  }
  if (config.sessionId !== undefined) {
    problems.push(`"sessionId" cannot be chosen for a cloud session: the runtime assigns it. Remove "sessionId".`)
  }
  if (config.provider !== undefined) {
    problems.push(`"provider" (bring your own key) is not available for cloud sessions: remove it, or use CopilotSession.create.`)
  }
  return problems
}

const invalid = (message: string) => new InvalidConfig({ message })

const parseProblem = (what: string) => (error: ParseResult.ParseError) =>
  invalid(`${what} does not match its schema:\n${ParseResult.TreeFormatter.formatErrorSync(error)}`)

const toolDefinitions = <R>(
  tools: ReadonlyArray<Tool.Tool<R>> | undefined
): Effect.Effect<ReadonlyArray<Tool.ToolDefinition> | undefined, InvalidConfig> =>
  tools === undefined
    ? Effect.succeed(undefined)
    : Effect.forEach(tools, (tool) =>
      Either.match(Tool.toDefinition(tool), {
        onLeft: (reason) => Effect.fail(invalid(`tool "${tool.name}" cannot be declared: ${reason}`)),
        onRight: Effect.succeed
      }))

const canvasDeclarations = <R>(
  canvases: ReadonlyArray<Canvas.Canvas<R>> | undefined
): Effect.Effect<ReadonlyArray<Canvas.CanvasDeclaration> | undefined, InvalidConfig> =>
  canvases === undefined
    ? Effect.succeed(undefined)
    : Effect.forEach(canvases, (canvas) =>
      Either.match(Canvas.toDeclaration(canvas), {
        onLeft: (reason) => Effect.fail(invalid(`canvas "${canvas.id}" cannot be declared: ${reason}`)),
        onRight: Effect.succeed
      }))

const wireSystemMessage = <R>(
  systemMessage: SystemMessageConfig | undefined,
  transforms: Handlers.SectionTransforms<R> | undefined
): Effect.Effect<WireSystemMessageConfig | undefined, InvalidConfig> => {
  const transformed = transformedSections(transforms)
  return Effect.gen(function*() {
    const encoded = systemMessage === undefined
      ? undefined
      : yield* Schema.encode(SystemMessageConfig)(systemMessage).pipe(
        Effect.mapError(parseProblem("systemMessage"))
      )
    if (transformed.length === 0) return encoded
    if (encoded !== undefined && encoded.mode === "replace") {
      return yield* Effect.fail(invalid(transformsWithReplace))
    }
    const sections: Record<string, { readonly action: "transform" } | SectionOverride> = {
      ...(encoded !== undefined && encoded.mode === "customize" ? encoded.sections : undefined)
    }
    for (const section of transformed) sections[section] = { action: "transform" }
    const content = encoded?.content
    return content === undefined ? { mode: "customize", sections } : { mode: "customize", sections, content }
  })
}

/** Removes `undefined` values so optional fields are absent, not present-and-undefined. */
const dropUndefined = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(dropUndefined)
  if (Predicate.isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) out[k] = dropUndefined(v)
    }
    return out
  }
  return value
}

const capabilityFlags = <R>(config: SessionHandlers<R>) => ({
  requestPermission: config.onPermissionRequest !== undefined,
  requestUserInput: config.onUserInputRequest !== undefined,
  requestElicitation: config.onElicitationRequest !== undefined,
  requestExitPlanMode: config.onExitPlanModeRequest !== undefined,
  requestAutoModeSwitch: config.onAutoModeSwitchRequest !== undefined,
  hooks: Hooks.hasHooks(config.hooks)
})

const wireExtras = <R>(
  config: SessionHandlers<R> & {
    readonly systemMessage?: SystemMessageConfig | undefined
    readonly availableTools?: ToolFilter | undefined
    readonly excludedTools?: ToolFilter | undefined
  }
) =>
  Effect.all({
    tools: toolDefinitions(config.tools),
    canvases: canvasDeclarations(config.canvases),
    systemMessage: wireSystemMessage(config.systemMessage, config.systemMessageTransforms)
  }).pipe(Effect.map(({ canvases, systemMessage, tools }) => ({
    systemMessage,
    tools,
    canvases,
    commands: config.commands?.map(Commands.toDefinition),
    ...capabilityFlags(config),
    envValueMode: "direct" as const,
    toolFilterPrecedence: config.availableTools !== undefined || config.excludedTools !== undefined
      ? "excluded" as const
      : undefined
  })))

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
export interface WireOptions {
  readonly gitHubTokenProviderRegistrationId?: string | undefined
}

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
export const toCreateParams = <R>(
  config: SessionConfig<R>,
  sessionId: string | undefined,
  options: WireOptions = {}
): Effect.Effect<SessionCreateParams, InvalidConfig> =>
  Effect.gen(function*() {
    yield* checkShape(config)
    const filters = yield* Either.mapLeft(resolveToolFilters(config), invalid)
    const data = yield* Schema.encode(CreateWireData)({
      ...wireInput(config, options.gitHubTokenProviderRegistrationId),
      ...filters
    }).pipe(
      Effect.mapError(parseProblem("the session config"))
    )
    const extras = yield* wireExtras(config)
    const raw = dropUndefined({ ...data, ...extras, ...(sessionId === undefined ? {} : { sessionId }) })
    return yield* Schema.decodeUnknown(SessionCreateParams)(raw).pipe(
      Effect.mapError(parseProblem("the session.create params"))
    )
  })

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
export const toResumeParams = <R>(
  config: ResumeSessionConfig<R>,
  sessionId: string,
  options: WireOptions = {}
): Effect.Effect<SessionResumeParams, InvalidConfig> =>
  Effect.gen(function*() {
    yield* checkResumeShape(config)
    const filters = yield* Either.mapLeft(resolveToolFilters(config), invalid)
    const data = yield* Schema.encode(ResumeWireData)({
      ...wireInput(config, options.gitHubTokenProviderRegistrationId),
      ...filters
    }).pipe(
      Effect.mapError(parseProblem("the resume config"))
    )
    const extras = yield* wireExtras(config)
    const raw = dropUndefined({ ...data, ...extras, sessionId })
    return yield* Schema.decodeUnknown(SessionResumeParams)(raw).pipe(
      Effect.mapError(parseProblem("the session.resume params"))
    )
  })

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

// The shape check: every key known, every value of its Schema's type, before
// any field is read. The Schemas are the config's own (their type side), plus
// the handlers' keys, so an option cannot be accepted here and dropped on
// the wire, or the other way round.

const fn = (what: string) =>
  Schema.declare((u: unknown): u is (...args: ReadonlyArray<never>) => unknown => typeof u === "function", {
    title: what
  })

const handlerShapeFields = {
  tools: opt(Schema.Array(Schema.declare(Tool.isTool, { title: "a Tool (made with Tool.make)" }))),
  onPermissionRequest: opt(fn("a permission handler function")),
  onUserInputRequest: opt(fn("a user-input handler function")),
  onElicitationRequest: opt(fn("an elicitation handler function")),
  onExitPlanModeRequest: opt(fn("an exit-plan-mode handler function")),
  onAutoModeSwitchRequest: opt(fn("an auto-mode-switch handler function")),
  hooks: opt(Schema.Struct(
    Object.fromEntries(Object.values(Hooks.hookTypes).map((kind) => [
      kind.key,
      opt(
        "refusal" in kind
          ? Schema.Union(fn("a hook function"), Schema.Struct({ hook: fn("a hook function"), failClosed: Schema.Boolean }))
          : fn("a hook function")
      )
    ]))
  )),
  systemMessageTransforms: opt(Schema.Record({ key: Handlers.SystemMessageSection, value: Schema.UndefinedOr(fn("a transform function")) })),
  commands: opt(Schema.Array(Schema.Struct({
    name: Schema.String,
    description: opt(Schema.String),
    inputHint: opt(Schema.String),
    handler: fn("a command handler function")
  }))),
  sessionFs: opt(Schema.declare(Predicate.isRecord, { title: "a SessionFs provider (an object of file-system functions)" })),
  canvases: opt(Schema.Array(Schema.declare(Canvas.isCanvas, { title: "a Canvas (made with Canvas.make)" }))),
  gitHubTokenProvider: opt(fn("a GitHub token provider function")),
  onMcpAuthRequest: opt(fn("an MCP auth handler function")),
  /** The lifecycle option of `CopilotSession.create` / `resume`, which pass their whole config here. */
  closeTimeout: opt(Schema.declare(
    (u: unknown): u is Duration.DurationInput => Option.isSome(Duration.decodeUnknown(u)),
    { title: "a duration (e.g. \"5 seconds\" or milliseconds)" }
  ))
}

const CreateShape = Schema.Struct({ ...SessionOptions.fields, ...handlerShapeFields })
const ResumeShape = Schema.Struct({ ...ResumeSessionOptions.fields, ...handlerShapeFields })

/** Config names of the fields that travel under another name, by wire name. */
const wireNames = (schema: Schema.Schema.Any): ReadonlyMap<string, string> => {
  const ast = schema.ast
  const names = new Map<string, string>()
  if (ast._tag === "Transformation" && ast.transformation._tag === "TypeLiteralTransformation") {
    for (const t of ast.transformation.propertySignatureTransformations) names.set(String(t.from), String(t.to))
  }
  return names
}

const secretKeys: ReadonlySet<string> = new Set(["apiKey", "bearerToken", "bearerTokenProvider", "gitHubToken", "headers", "env"])

/** Friendlier sentences where the generic one would not say what to do. */
const special = (leaf: ConfigIssues.Leaf, input: unknown): string | undefined => {
  const path = leaf.path
  const last = path[path.length - 1]
  const serverAt = path.length >= 3 && path[path.length - 3] === "mcpServers"
  if (leaf._tag === "Missing" && serverAt && last === "command") {
    const where = `MCP server ${JSON.stringify(String(path[path.length - 2]))}`
    const agent = path[0] === "customAgents" ? `custom agent ${ConfigIssues.pathText(path.slice(0, 2))}: ` : ""
    return `${agent}${where} has neither "command" (a stdio server the runtime starts) nor "url" (an http/sse server): set one of them.`
  }
  if (
    leaf._tag === "Unexpected" && path.length === 2 && path[0] === "systemMessage" && last === "sections" &&
    Predicate.isRecord(input) && Predicate.isRecord(input.systemMessage) && input.systemMessage.mode === "replace"
  ) {
    return `systemMessage mode "replace" takes no "sections": use mode "customize" to change individual sections, or drop "sections".`
  }
  if (leaf._tag === "Unexpected" && path.length === 1 && last === "clientInfo") {
    return `"clientInfo" is declared once per connection, not per session: set it on the client (CopilotClient.layer({ clientInfo })).`
  }
  if (leaf._tag === "Type" && path.length === 0) {
    return `the ${input === null ? "value null" : Array.isArray(input) ? "array" : `${typeof input}`} given is not a session config: pass an object of options (e.g. { model: "gpt-5" }).`
  }
  return undefined
}

/** Keys of the other kind of config: a create-only key in a resume config, and the other way round. */
const elsewhere = (keys: ReadonlyArray<string>, where: string) =>
(leaf: ConfigIssues.Leaf, input: unknown): string | undefined => {
  const key = leaf.path[0]
  return leaf._tag === "Unexpected" && leaf.path.length === 1 && typeof key === "string" && keys.includes(key)
    ? `"${key}" applies to ${where} only: remove it here.`
    : special(leaf, input)
}

const shapeProblems = (
  schema: typeof CreateShape | typeof ResumeShape,
  subject: string,
  otherKeys: ReadonlyArray<string>,
  other: string
) => {
  const validate = Schema.validateEither(schema, { errors: "all", onExcessProperty: "error" })
  const options: ConfigIssues.Options = {
    subject,
    secretKeys,
    wireNames: wireNames(schema),
    special: elsewhere(otherKeys, other)
  }
  return (config: unknown): ReadonlyArray<string> =>
    Either.match(validate(config), {
      onLeft: (error) => ConfigIssues.describeIssues(error, config, options),
      onRight: () => []
    })
}

const createShapeProblems = shapeProblems(CreateShape, "session config", Object.keys(resumeOnlyFields), "CopilotSession.resume")
const resumeShapeProblems = shapeProblems(ResumeShape, "resume config", Object.keys(createOnlyFields), "CopilotSession.create")

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
export const checkShape = (config: unknown): Effect.Effect<void, InvalidConfig> => report(createShapeProblems(config))

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
export const checkResumeShape = (config: unknown): Effect.Effect<void, InvalidConfig> =>
  report(resumeShapeProblems(config))

const report = (problems: ReadonlyArray<string>): Effect.Effect<void, InvalidConfig> =>
  problems.length === 0
    ? Effect.void
    : Effect.fail(invalid(
      problems.length === 1
        ? `invalid session config: ${problems[0]}`
        : `invalid session config:\n${problems.map((p) => `- ${p}`).join("\n")}`
    ))

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
export const validate = <R>(config: SessionConfig<R>): Effect.Effect<void, InvalidConfig> =>
  Effect.suspend(() => {
    const shape = createShapeProblems(config)
    return shape.length > 0 ? report(shape) : report(createProblems(config))
  })

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
export const validateCloud = <R>(config: SessionConfig<R>): Effect.Effect<void, InvalidConfig> =>
  Effect.suspend(() => {
    const shape = createShapeProblems(config)
    return shape.length > 0 ? report(shape) : report(cloudProblems(config))
  })

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
export const validateResume = <R>(config: ResumeSessionConfig<R>): Effect.Effect<void, InvalidConfig> =>
  Effect.suspend(() => {
    const shape = resumeShapeProblems(config)
    return shape.length > 0 ? report(shape) : report(commonProblems(config))
  })

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
export const validateForMode = <R>(
  config: SessionConfig<R> | ResumeSessionConfig<R>,
  mode: "copilot-cli" | "empty"
): Effect.Effect<void, InvalidConfig> =>
  mode === "empty" && config.availableTools === undefined
    ? report([
      `the client is in mode "empty", so the session must name its tools: set "availableTools" ` +
      `(e.g. ToolSet.builtIn(ToolSet.BuiltInTools.isolated), or [] for none).`
    ])
    : Effect.void

/** Whether the app already decided about the environment-context section (an override or a transform). */
const decidesEnvironmentContext = <R>(config: SessionHandlers<R> & { readonly systemMessage?: SystemMessageConfig | undefined }) =>
  (config.systemMessage?.mode === "customize" && config.systemMessage.sections?.environment_context !== undefined) ||
  Predicate.isFunction(config.systemMessageTransforms?.environment_context)

const withoutEnvironmentContext = (systemMessage: SystemMessageConfig | undefined): SystemMessageConfig => {
  const remove = { action: "remove" } as const
  if (systemMessage === undefined) return { mode: "customize", sections: { environment_context: remove } }
  switch (systemMessage.mode) {
    case "replace":
      return systemMessage
    case "customize":
      return { ...systemMessage, sections: { ...systemMessage.sections, environment_context: remove } }
    default:
      // Appended content is appended in customize mode too.
      return systemMessage.content === undefined
        ? { mode: "customize", sections: { environment_context: remove } }
        : { mode: "customize", sections: { environment_context: remove }, content: systemMessage.content }
  }
}

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
export const withModeDefaults = <C extends SessionConfig<unknown> | ResumeSessionConfig<unknown>>(
  config: C,
  mode: "copilot-cli" | "empty"
): C =>
  mode === "copilot-cli"
    ? config
    : {
      ...config,
      customAgentsLocalOnly: config.customAgentsLocalOnly ?? true,
      systemMessage: decidesEnvironmentContext(config) ? config.systemMessage : withoutEnvironmentContext(config.systemMessage)
    }
