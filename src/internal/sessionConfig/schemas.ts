/**
 * The Schemas that check a session's options (`./options.ts`): an
 * implementation detail of the shape check and the wire encoding. Their
 * types agree with the option interfaces, in both directions
 * (test/SessionConfigTypes.test.ts), and they are built when first used,
 * not at import.
 *
 * An option forwarded on create and resume goes into `commonDataFields`
 * (and its field into `CommonSessionOptions` in `./options.ts`).
 *
 * @internal
 */
import { Effect, Schema } from "effect"
import { Api } from "../../generated/Api.js"
import * as ToolSet from "../toolSet.js"
import type * as Options from "./options.js"

const opt = Schema.optional

const build = () => {
  const Strings = Schema.Array(Schema.String)
  const StringMap = Schema.Record({ key: Schema.String, value: Schema.String })

  const ReasoningEffort = Schema.Literal("low", "medium", "high", "xhigh", "max")
  const ReasoningSummary = Schema.Literal("none", "concise", "detailed")

  const TokenProviderShape = Schema.declare(
    (u: unknown): u is Options.TokenProvider => Effect.isEffect(u),
    { title: "an Effect that yields a Redacted token" }
  )

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

  const ProviderConfig = Schema.Struct({
    ...providerConnectionFields,
    ...providerModelFields,
    bearerTokenProvider: opt(TokenProviderShape)
  })

  const NamedProviderConfig = Schema.Struct({
    name: Schema.String,
    ...providerConnectionFields,
    bearerTokenProvider: opt(TokenProviderShape)
  })

  const mcpCommon = {
    tools: opt(Strings),
    excludeTools: opt(Strings),
    timeout: opt(Schema.Number),
    displayName: opt(Schema.String),
    deferTools: opt(Schema.Literal("auto", "never"))
  }

  const McpStdioServerConfig = Schema.Struct({
    type: opt(Schema.Literal("local", "stdio")),
    command: Schema.String,
    args: opt(Strings),
    env: opt(StringMap),
    workingDirectory: opt(Schema.String).pipe(Schema.fromKey("cwd")),
    ...mcpCommon
  })

  const McpHttpServerConfig = Schema.Struct({
    type: Schema.Literal("http", "sse"),
    url: Schema.String,
    headers: opt(StringMap),
    oauthClientId: opt(Schema.String),
    oauthPublicClient: opt(Schema.Boolean),
    oauthGrantType: opt(Schema.Literal("authorization_code", "client_credentials")),
    ...mcpCommon
  })

  const McpServerConfig = Schema.Union(McpStdioServerConfig, McpHttpServerConfig)
  const McpServers = Schema.Record({ key: Schema.String, value: McpServerConfig })

  const CustomAgentConfig = Schema.Struct({
    name: Schema.String,
    prompt: Schema.String,
    displayName: opt(Schema.String),
    description: opt(Schema.String),
    tools: opt(Schema.NullOr(Strings)),
    mcpServers: opt(McpServers),
    infer: opt(Schema.Boolean),
    skills: opt(Strings),
    model: opt(Schema.String),
    reasoningEffort: opt(ReasoningEffort)
  })

  const DefaultAgentConfig = Schema.Struct({ excludedTools: opt(Strings) })

  const SectionOverride = Schema.Struct({
    action: Schema.Literal("replace", "remove", "append", "prepend", "preserve"),
    content: opt(Schema.String)
  })

  const SystemMessageSections = Schema.Struct({
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

  const SystemMessageConfig = Schema.Union(
    Schema.Struct({ mode: opt(Schema.Literal("append")), content: opt(Schema.String) }),
    Schema.Struct({ mode: Schema.Literal("replace"), content: Schema.String }),
    Schema.Struct({ mode: Schema.Literal("customize"), sections: opt(SystemMessageSections), content: opt(Schema.String) })
  )

  const WireSystemMessageConfig = Schema.Union(
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

  const InfiniteSessionConfig = Schema.Struct({
    enabled: opt(Schema.Boolean),
    backgroundCompactionThreshold: opt(Schema.Number),
    bufferExhaustionThreshold: opt(Schema.Number)
  })

  const LargeOutputConfig = Schema.Struct({
    enabled: opt(Schema.Boolean),
    maxSizeBytes: opt(Schema.Number),
    outputDirectory: opt(Schema.String).pipe(Schema.fromKey("outputDir"))
  })

  const ToolSearchConfig = Schema.Struct({ enabled: opt(Schema.Boolean), deferThreshold: opt(Schema.Number) })

  const CloudSessionOptions = Schema.Struct({
    repository: opt(Schema.Struct({ owner: Schema.String, name: Schema.String, branch: opt(Schema.String) }))
  })

  const GitHubMcpToolConfig = Schema.Struct({
    enableAllTools: opt(Schema.Boolean),
    additionalToolsets: opt(Strings),
    additionalTools: opt(Strings),
    enableInsidersMode: opt(Schema.Boolean),
    disableFormDeferral: opt(Schema.Boolean)
  })

  /**
   * The data fields of create and resume, forwarded as they are (`fromKey`
   * where the wire spells a field otherwise). The tool filters here are the
   * wire's string lists; the config's, which also take a ToolSet, are
   * `configToolFilterFields`.
   */
  const commonDataFields = {
    clientName: opt(Schema.String),
    model: opt(Schema.String),
    reasoningEffort: opt(ReasoningEffort),
    reasoningSummary: opt(ReasoningSummary),
    contextTier: opt(Schema.Literal("default", "long_context")),
    enableExperimentalMode: opt(Schema.Boolean).pipe(Schema.fromKey("isExperimentalMode")),
    availableTools: opt(Strings),
    excludedTools: opt(Strings),
    excludedBuiltinAgents: opt(Strings),
    toolSearch: opt(ToolSearchConfig),
    provider: opt(ProviderConfig),
    providers: opt(Schema.Array(NamedProviderConfig)),
    models: opt(Schema.Array(Api.ProviderModelConfig)),
    workingDirectory: opt(Schema.String),
    additionalDirectories: opt(Strings),
    streaming: opt(Schema.Boolean),
    includeSubAgentStreamingEvents: opt(Schema.Boolean),
    mcpServers: opt(McpServers),
    disabledMcpServers: opt(Strings),
    mcpOAuthTokenStorage: opt(Schema.Literal("persistent", "in-memory")),
    customAgents: opt(Schema.Array(CustomAgentConfig)),
    defaultAgent: opt(DefaultAgentConfig),
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
    modelCapabilities: opt(Api.ModelCapabilitiesOverride),
    sessionLimits: opt(Api.SessionLimitsConfig),
    enableCitations: opt(Schema.Boolean),
    enableMcpApps: opt(Schema.Boolean).pipe(Schema.fromKey("requestMcpApps")),
    githubMcpToolConfig: opt(GitHubMcpToolConfig),
    customAgentsLocalOnly: opt(Schema.Boolean),
    includedBuiltinSkills: opt(Strings),
    authClientIdMetadataUrl: opt(Schema.String),
    capi: opt(Api.CapiSessionOptions),
    enableManagedSettings: opt(Schema.Boolean),
    managedSettings: opt(Api.SessionManagedSettings),
    requestCanvasRenderer: opt(Schema.Boolean),
    canvasProvider: opt(Schema.Struct({ id: Schema.String, name: opt(Schema.String) })),
    requestExtensions: opt(Schema.Boolean),
    extensionSdkPath: opt(Schema.String),
    extensionInfo: opt(Schema.Struct({ source: Schema.String, name: Schema.String }))
  }

  const ToolFilter = Schema.Union(
    Strings,
    Schema.declare(ToolSet.isToolSet, { title: "a ToolSet (made with ToolSet.builtIn, ToolSet.mcp, ...)" })
  )

  const configToolFilterFields = {
    availableTools: opt(ToolFilter),
    excludedTools: opt(ToolFilter)
  }

  const createOnlyFields = {
    sessionId: opt(Schema.String),
    cloud: opt(CloudSessionOptions)
  }

  const resumeOnlyFields = {
    suppressResumeEvent: opt(Schema.Boolean).pipe(Schema.fromKey("disableResume")),
    continuePendingWork: opt(Schema.Boolean),
    openCanvases: opt(Schema.Array(Api.OpenCanvasInstance))
  }

  const SessionOptions = Schema.Struct({
    ...commonDataFields,
    ...configToolFilterFields,
    systemMessage: opt(SystemMessageConfig),
    ...createOnlyFields
  })

  const ResumeSessionOptions = Schema.Struct({
    ...commonDataFields,
    ...configToolFilterFields,
    systemMessage: opt(SystemMessageConfig),
    ...resumeOnlyFields
  })

  return {
    Strings,
    ReasoningEffort,
    ReasoningSummary,
    providerConnectionFields,
    providerModelFields,
    ProviderConfig,
    NamedProviderConfig,
    McpStdioServerConfig,
    McpHttpServerConfig,
    McpServerConfig,
    CustomAgentConfig,
    DefaultAgentConfig,
    SectionOverride,
    SystemMessageSections,
    SystemMessageConfig,
    WireSystemMessageConfig,
    InfiniteSessionConfig,
    LargeOutputConfig,
    ToolSearchConfig,
    CloudSessionOptions,
    GitHubMcpToolConfig,
    ToolFilter,
    commonDataFields,
    createOnlyFields,
    resumeOnlyFields,
    SessionOptions,
    ResumeSessionOptions
  }
}

/** The option Schemas, by name. */
export type Schemas = ReturnType<typeof build>

let built: Schemas | undefined

/** The option Schemas, built on the first call. */
export const schemas = (): Schemas => built ??= build()

