/**
 * The options of a session as a user writes them: plain interfaces, no
 * runtime code. The Schemas that check them (`./schemas.ts`) are an
 * implementation detail kept in agreement with these by a type-level test
 * (test/SessionConfigTypes.test.ts); an editor checking a program against
 * this SDK reads these interfaces, never the Schemas' derived types.
 *
 * An option forwarded on create and resume as it is: add its field to
 * {@link CommonSessionOptions} here and its Schema to `commonDataFields` in
 * `./schemas.ts` (the type test fails until the two agree); the shape check,
 * the wire encoding and the params Schemas of `session.create` /
 * `session.resume` take it from there. A create-only option goes into
 * {@link CreateOnlyOptions} / `createOnlyFields`, a resume-only one into
 * {@link ResumeOnlyOptions} / `resumeOnlyFields`.
 *
 * @internal
 */
import type { Effect, Redacted } from "effect"
import type * as Auth from "../auth.js"
import type * as Canvas from "../canvas.js"
import type * as Commands from "../commands.js"
import type { Api } from "../../generated/Api.js"
import type * as Handlers from "../handlers.js"
import type * as Hooks from "../hooks.js"
import type * as Tool from "../tool.js"
import type * as ToolSet from "../toolSet.js"
import type { SessionFsProvider } from "../sessionFs.js"

// ---------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------

/** How hard a reasoning model thinks. */
export type ReasoningEffort = "low" | "medium" | "high" | "xhigh" | "max"

/** Whether and how the model summarizes its reasoning. */
export type ReasoningSummary = "none" | "concise" | "detailed"

// ---------------------------------------------------------------------------
// Provider (bring your own key)
// ---------------------------------------------------------------------------

/** Yields the bearer token for one model request to a provider of your own. */
export type TokenProvider<R = never> = Effect.Effect<Redacted.Redacted<string>, unknown, R>

/** How a provider of your own is reached: shared by `provider` and each of `providers`. */
export interface ProviderConnection {
  /** Provider protocol family (default `"openai"`). */
  readonly type?: "openai" | "azure" | "anthropic" | undefined
  /** Wire API of an openai / azure provider. */
  readonly wireApi?: "completions" | "responses" | undefined
  /** Transport to the provider. */
  readonly transport?: "http" | "websockets" | undefined
  /** Base URL of the provider's API (absolute http(s)). */
  readonly baseUrl: string
  /** A static API key. */
  readonly apiKey?: Redacted.Redacted<string> | undefined
  /** A static bearer token. */
  readonly bearerToken?: Redacted.Redacted<string> | undefined
  /** Azure settings (type `"azure"` only). */
  readonly azure?: { readonly apiVersion?: string | undefined } | undefined
  /** Extra HTTP headers sent with every provider request. */
  readonly headers?: { readonly [key: string]: string } | undefined
}

/** The model settings of the whole-session `provider`. */
export interface ProviderModelSettings {
  /** The well-known model whose behaviour the provider's model gets. */
  readonly modelId?: string | undefined
  /** The model name sent to the provider. */
  readonly wireModel?: string | undefined
  /** A name for the provider (the runtime also asks for its token as `"default"`). */
  readonly providerName?: string | undefined
  readonly maxPromptTokens?: number | undefined
  readonly maxContextWindowTokens?: number | undefined
  readonly maxOutputTokens?: number | undefined
}

/** A model provider of your own (BYOK) for the whole session; `R` is what its `bearerTokenProvider` needs. */
export interface ProviderConfig<R = never> extends ProviderConnection, ProviderModelSettings {
  /** Asked for a token before each model request, instead of `apiKey` / `bearerToken`. */
  readonly bearerTokenProvider?: TokenProvider<R> | undefined
}

/** One named provider of a session's provider registry (`providers`). */
export interface NamedProviderConfig<R = never> extends ProviderConnection {
  /** Unique name; models refer to it, and are selected as `"<name>/<id>"`. */
  readonly name: string
  /** Asked for a token before each model request, instead of `apiKey` / `bearerToken`. */
  readonly bearerTokenProvider?: TokenProvider<R> | undefined
}

/** A model of a named provider (the protocol's `ProviderModelConfig`). */
export type ProviderModelConfig = Api.ProviderModelConfig

/** The parts of a config that can hold token providers. */
export interface TokenSources<R> {
  /** A model provider of your own (BYOK) for the whole session. */
  readonly provider?: ProviderConfig<R> | undefined
  /** Named providers of your own, added to the Copilot API's (see {@link NamedProviderConfig}). */
  readonly providers?: ReadonlyArray<NamedProviderConfig<R>> | undefined
}

// ---------------------------------------------------------------------------
// MCP servers
// ---------------------------------------------------------------------------

/** What every MCP server configuration takes. */
export interface McpServerCommon {
  /** Tools to take from the server: absent = all, `[]` = none. */
  readonly tools?: ReadonlyArray<string> | undefined
  /** Tools to leave out. */
  readonly excludeTools?: ReadonlyArray<string> | undefined
  /** Tool-call timeout in milliseconds. */
  readonly timeout?: number | undefined
  readonly displayName?: string | undefined
  readonly deferTools?: "auto" | "never" | undefined
}

/** An MCP server the runtime starts as a child process. `workingDirectory` is sent as `cwd`. */
export interface McpStdioServerConfig extends McpServerCommon {
  readonly type?: "local" | "stdio" | undefined
  /** The executable that starts the server. */
  readonly command: string
  readonly args?: ReadonlyArray<string> | undefined
  readonly env?: { readonly [key: string]: string } | undefined
  /** Sent as `cwd`. */
  readonly workingDirectory?: string | undefined
}

/** A remote MCP server reached over streamable HTTP or SSE. */
export interface McpHttpServerConfig extends McpServerCommon {
  readonly type: "http" | "sse"
  /** The server's absolute http(s) URL. */
  readonly url: string
  readonly headers?: { readonly [key: string]: string } | undefined
  readonly oauthClientId?: string | undefined
  readonly oauthPublicClient?: boolean | undefined
  readonly oauthGrantType?: "authorization_code" | "client_credentials" | undefined
}

/** Any MCP server configuration. */
export type McpServerConfig = McpStdioServerConfig | McpHttpServerConfig

/** MCP servers by name. */
export interface McpServers {
  readonly [name: string]: McpServerConfig
}

// ---------------------------------------------------------------------------
// Agents
// ---------------------------------------------------------------------------

/** A custom agent (sub-agent) available in the session. */
export interface CustomAgentConfig {
  readonly name: string
  readonly prompt: string
  readonly displayName?: string | undefined
  readonly description?: string | undefined
  /** Tool names the agent may use; absent or `null` = all. */
  readonly tools?: ReadonlyArray<string> | null | undefined
  readonly mcpServers?: McpServers | undefined
  readonly infer?: boolean | undefined
  readonly skills?: ReadonlyArray<string> | undefined
  readonly model?: string | undefined
  readonly reasoningEffort?: ReasoningEffort | undefined
}

/** Settings of the built-in agent that handles turns when no custom agent is selected. */
export interface DefaultAgentConfig {
  readonly excludedTools?: ReadonlyArray<string> | undefined
}

// ---------------------------------------------------------------------------
// System message
// ---------------------------------------------------------------------------

/** A static change to one system-prompt section. */
export interface SectionOverride {
  readonly action: "replace" | "remove" | "append" | "prepend" | "preserve"
  readonly content?: string | undefined
}

/** Overrides by section name (the sections the runtime knows). */
export interface SystemMessageSections {
  readonly preamble?: SectionOverride | undefined
  readonly identity?: SectionOverride | undefined
  readonly tone?: SectionOverride | undefined
  readonly tool_efficiency?: SectionOverride | undefined
  readonly environment_context?: SectionOverride | undefined
  readonly code_change_rules?: SectionOverride | undefined
  readonly guidelines?: SectionOverride | undefined
  readonly safety?: SectionOverride | undefined
  readonly tool_instructions?: SectionOverride | undefined
  readonly custom_instructions?: SectionOverride | undefined
  readonly runtime_instructions?: SectionOverride | undefined
  readonly last_instructions?: SectionOverride | undefined
}

/** The runtime's system prompt plus appended content (the default mode). */
export interface SystemMessageAppend {
  readonly mode?: "append" | undefined
  readonly content?: string | undefined
}

/** A complete replacement of the system prompt. */
export interface SystemMessageReplace {
  readonly mode: "replace"
  readonly content: string
}

/** Section-level customization of the system prompt. */
export interface SystemMessageCustomize {
  readonly mode: "customize"
  readonly sections?: SystemMessageSections | undefined
  readonly content?: string | undefined
}

/** The system prompt: appended to, replaced, or customized by section. */
export type SystemMessageConfig = SystemMessageAppend | SystemMessageReplace | SystemMessageCustomize

/** A section's change as sent: an override, or the marker `"transform"`. */
export interface WireSectionOverride {
  readonly action: "replace" | "remove" | "append" | "prepend" | "preserve" | "transform"
  readonly content?: string | undefined
}

/** The system message as sent: customize-mode sections may carry `{ action: "transform" }`. */
export type WireSystemMessageConfig = SystemMessageAppend | SystemMessageReplace | {
  readonly mode: "customize"
  readonly sections?: { readonly [section: string]: WireSectionOverride } | undefined
  readonly content?: string | undefined
}

// ---------------------------------------------------------------------------
// Other settings
// ---------------------------------------------------------------------------

/** Background compaction that keeps long sessions within the context window. */
export interface InfiniteSessionConfig {
  readonly enabled?: boolean | undefined
  /** A fraction of the context window in (0, 1]. */
  readonly backgroundCompactionThreshold?: number | undefined
  /** A fraction of the context window in (0, 1]. */
  readonly bufferExhaustionThreshold?: number | undefined
}

/** Large tool outputs go to a file and the model gets a reference. */
export interface LargeOutputConfig {
  readonly enabled?: boolean | undefined
  readonly maxSizeBytes?: number | undefined
  /** Sent as `outputDir`. */
  readonly outputDirectory?: string | undefined
}

/** Tool search: defer rarely used tools behind a search tool. */
export interface ToolSearchConfig {
  readonly enabled?: boolean | undefined
  readonly deferThreshold?: number | undefined
}

/** Options of a cloud session: the repository it works on. */
export interface CloudSessionOptions {
  readonly repository?: {
    readonly owner: string
    readonly name: string
    readonly branch?: string | undefined
  } | undefined
}

/** Settings of the runtime's built-in GitHub MCP server. */
export interface GitHubMcpToolConfig {
  readonly enableAllTools?: boolean | undefined
  readonly additionalToolsets?: ReadonlyArray<string> | undefined
  readonly additionalTools?: ReadonlyArray<string> | undefined
  readonly enableInsidersMode?: boolean | undefined
  /** Only for the built-in server, with MCP Apps and form-backed GitHub tools enabled. */
  readonly disableFormDeferral?: boolean | undefined
}

/** Per-property overrides of the model's capabilities (the protocol's `ModelCapabilitiesOverride`). */
export type ModelCapabilitiesOverride = Api.ModelCapabilitiesOverride

/** Limits of the session's current accounting window (the protocol's `SessionLimitsConfig`). */
export type SessionLimitsConfig = Api.SessionLimitsConfig

/** A canvas that was open when the session was suspended (the protocol's `OpenCanvasInstance`). */
export type OpenCanvasInstance = Api.OpenCanvasInstance

/** A tool filter: the runtime's names and patterns as strings, or a {@link ToolSet.ToolSet}. */
export type ToolFilter = ReadonlyArray<string> | ToolSet.ToolSet

// ---------------------------------------------------------------------------
// The session's data
// ---------------------------------------------------------------------------

/**
 * The data options of both create and resume, forwarded as they are (apart
 * from the renames noted), except the providers (see {@link TokenSources}).
 */
export interface CommonSessionOptions {
  readonly clientName?: string | undefined
  /** The model to use (e.g. `"gpt-5"`, or `"<provider>/<id>"` for a model of `models`). */
  readonly model?: string | undefined
  readonly reasoningEffort?: ReasoningEffort | undefined
  readonly reasoningSummary?: ReasoningSummary | undefined
  readonly contextTier?: "default" | "long_context" | undefined
  /** Sent as `isExperimentalMode`. */
  readonly enableExperimentalMode?: boolean | undefined
  /** Only these tools: names or patterns (`builtin:*`, `mcp:*`), or a ToolSet. */
  readonly availableTools?: ToolFilter | undefined
  /** Never these tools; wins over `availableTools`. Names or patterns, or a ToolSet. */
  readonly excludedTools?: ToolFilter | undefined
  readonly excludedBuiltinAgents?: ReadonlyArray<string> | undefined
  readonly toolSearch?: ToolSearchConfig | undefined
  /** Models of the named providers, selected as `"<provider>/<id>"`. */
  readonly models?: ReadonlyArray<ProviderModelConfig> | undefined
  readonly workingDirectory?: string | undefined
  readonly additionalDirectories?: ReadonlyArray<string> | undefined
  /** Stream `assistant.message_delta` events. Absent = the runtime's default. */
  readonly streaming?: boolean | undefined
  readonly includeSubAgentStreamingEvents?: boolean | undefined
  /** MCP servers by name. */
  readonly mcpServers?: McpServers | undefined
  readonly disabledMcpServers?: ReadonlyArray<string> | undefined
  readonly mcpOAuthTokenStorage?: "persistent" | "in-memory" | undefined
  readonly customAgents?: ReadonlyArray<CustomAgentConfig> | undefined
  readonly defaultAgent?: DefaultAgentConfig | undefined
  /** Name of the custom agent to start with. */
  readonly agent?: string | undefined
  readonly configDir?: string | undefined
  readonly enableConfigDiscovery?: boolean | undefined
  readonly skillDirectories?: ReadonlyArray<string> | undefined
  readonly disabledSkills?: ReadonlyArray<string> | undefined
  readonly pluginDirectories?: ReadonlyArray<string> | undefined
  readonly instructionDirectories?: ReadonlyArray<string> | undefined
  readonly infiniteSessions?: InfiniteSessionConfig | undefined
  readonly memory?: { readonly enabled: boolean } | undefined
  readonly largeOutput?: LargeOutputConfig | undefined
  /** A GitHub token for this session's identity. */
  readonly gitHubToken?: Redacted.Redacted<string> | undefined
  readonly remoteSession?: "off" | "export" | "on" | undefined
  readonly askUserVariant?: "legacy" | "elicitation" | undefined
  readonly enableSessionTelemetry?: boolean | undefined
  readonly enableFileChangeTracking?: boolean | undefined
  readonly skipEmbeddingRetrieval?: boolean | undefined
  readonly embeddingCacheStorage?: "persistent" | "in-memory" | undefined
  readonly organizationCustomInstructions?: string | undefined
  readonly enableOnDemandInstructionDiscovery?: boolean | undefined
  readonly enableFileHooks?: boolean | undefined
  readonly enableHostGitOperations?: boolean | undefined
  readonly enableSessionStore?: boolean | undefined
  readonly enableSkills?: boolean | undefined
  readonly featureFlags?: { readonly [flag: string]: boolean } | undefined
  /** Capability overrides for the session's model. */
  readonly modelCapabilities?: ModelCapabilitiesOverride | undefined
  /** Limits of the session's accounting window (experimental). */
  readonly sessionLimits?: SessionLimitsConfig | undefined
  /** Native model citations on supported models (experimental). */
  readonly enableCitations?: boolean | undefined
  /**
   * Asks for MCP Apps UI passthrough (experimental; sent as `requestMcpApps`).
   * The runtime grants it only when its MCP Apps gate is on: see
   * `capabilities.ui.mcpApps` in the session's info.
   */
  readonly enableMcpApps?: boolean | undefined
  /** Settings of the built-in GitHub MCP server. */
  readonly githubMcpToolConfig?: GitHubMcpToolConfig | undefined
  /** Custom agents run locally by default, never on remote workers. */
  readonly customAgentsLocalOnly?: boolean | undefined
  /** Only these runtime-bundled skills (`[]` = none); skills from other sources stay. */
  readonly includedBuiltinSkills?: ReadonlyArray<string> | undefined
  /** OAuth Client ID Metadata Document URL identifying this host to MCP servers. */
  readonly authClientIdMetadataUrl?: string | undefined
  /** Options of the built-in Copilot API provider (the protocol's `CapiSessionOptions`). */
  readonly capi?: Api.CapiSessionOptions | undefined
  /** The runtime fetches and enforces enterprise managed settings (needs `gitHubToken`). */
  readonly enableManagedSettings?: boolean | undefined
  /** Managed settings injected by the host (the protocol's `SessionManagedSettings`); re-supply on resume. */
  readonly managedSettings?: Api.SessionManagedSettings | undefined
  /**
   * Offers the agent the canvas tools (`list_canvas_capabilities`,
   * `open_canvas`, `invoke_canvas_action`): this client renders canvases.
   */
  readonly requestCanvasRenderer?: boolean | undefined
  /**
   * A stable identity for this client's canvases: the runtime uses `id` as
   * their `extensionId` instead of a per-connection one, so open instances
   * survive a reconnect. Ids starting with `connection:` are reserved.
   */
  readonly canvasProvider?: { readonly id: string; readonly name?: string | undefined } | undefined
  /**
   * Starts the extensions the runtime finds for this session (programs in
   * `.github/extensions/<name>/` of the working directory's repository, see
   * `effect-copilot/extension`) as child processes that join it. Needs the
   * runtime's `EXTENSIONS` feature flag (`COPILOT_CLI_ENABLED_FEATURE_FLAGS`).
   */
  readonly requestExtensions?: boolean | undefined
  /**
   * A `copilot-sdk/` folder the runtime gives this session's extension
   * processes instead of its bundled SDK (it falls back to the bundled one
   * when the folder is missing or incomplete).
   */
  readonly extensionSdkPath?: string | undefined
  /** A stable identity for this client's extension: the runtime names it `<source>:<name>` to the agent. */
  readonly extensionInfo?: { readonly source: string; readonly name: string } | undefined
  /** The system prompt: appended to (default), replaced, or customized by section. */
  readonly systemMessage?: SystemMessageConfig | undefined
}

/** The options only a new session takes. */
export interface CreateOnlyOptions {
  /** Caller-chosen session id (not for cloud sessions). */
  readonly sessionId?: string | undefined
  /** Makes a cloud session: use `CopilotSession.createCloud` (or `withCloudSession`). */
  readonly cloud?: CloudSessionOptions | undefined
}

/** The options only a resumed session takes. */
export interface ResumeOnlyOptions {
  /** Do not emit the `session.resume` event. Sent as `disableResume`. */
  readonly suppressResumeEvent?: boolean | undefined
  /** Continue tool calls and permission prompts pending at suspension. */
  readonly continuePendingWork?: boolean | undefined
  /** Canvases open at suspension, for the runtime to restore. */
  readonly openCanvases?: ReadonlyArray<OpenCanvasInstance> | undefined
}

/** The data of a new session (everything but tools and handlers). */
export interface SessionOptions extends CommonSessionOptions, TokenSources<never>, CreateOnlyOptions {}

/** The data of a resumed session. */
export interface ResumeSessionOptions extends CommonSessionOptions, TokenSources<never>, ResumeOnlyOptions {}

/** The tools and handlers of a session; `R` is what they need from the context. */
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
  readonly sessionFs?: SessionFsProvider<R> | undefined
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

/** What a new session takes: its data, tools and handlers. */
export interface SessionConfig<R = never>
  extends CommonSessionOptions, CreateOnlyOptions, SessionHandlers<R>, TokenSources<R>
{}

/** What resuming a session takes: the same minus `sessionId` and `cloud`, plus the resume-only options. */
export interface ResumeSessionConfig<R = never>
  extends CommonSessionOptions, ResumeOnlyOptions, SessionHandlers<R>, TokenSources<R>
{}
