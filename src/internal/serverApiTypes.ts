/**
 * The types of the runtime's server-scoped API (see the public `ServerApi`
 * module, which re-exports them): the calls, their errors, and the
 * namespaces of the client (`account`, `sessions`, `mcp`, ...).
 *
 * @internal
 */
import type { Effect } from "effect"
import type { CallError } from "./errors.js"
import type { Methods } from "../generated/Methods.js"
import type * as Method from "./jsonrpc/Method.js"

/**
 * The errors a server call can fail with: those of any call (`MethodNotServed`
 * among them, when the runtime does not serve the method).
 *
 * @example
 * ```ts
 * const settings = client.user.settings.reload.pipe(
 *   Effect.catchTag("MethodNotServed", (error) => Effect.logWarning(error.message))
 * )
 * ```
 */
export type ServerCallError = CallError

/**
 * A call of method `M`: its decoded result, or why there is none.
 *
 * @example
 * ```ts
 * const quota: ServerApi.Call<typeof Methods.AccountGetQuota> = client.account.getQuota()
 * ```
 */
export type Call<M extends Method.AnyMethod> = Effect.Effect<Method.Result<M>, ServerCallError>

/**
 * The params of method `M`, as the generated Schema types them.
 *
 * @example
 * ```ts
 * const params: ServerApi.Params<typeof Methods.SessionsFork> = { sessionId, name: "experiment" }
 * ```
 */
export type Params<M extends Method.AnyMethod> = Method.Params<M>

/**
 * The params `session.call` takes for method `M`: a session method's params
 * without its `sessionId` (the session fills in its own), any other method's
 * params in full (a `sessionId` among them is the caller's).
 *
 * @example
 * ```ts
 * const own: ServerApi.SessionCallParams<typeof Methods.SessionModeSet> = { mode: "plan" }
 * const other: ServerApi.SessionCallParams<typeof Methods.SessionsFork> = { sessionId: "another" }
 * ```
 */
// Told by the wire name: checking a method type against the union of 268
// session method types costs the type checker several times more.
export type SessionCallParams<M extends Method.AnyMethod> = M["name"] extends keyof typeof Methods.sessionMethods
  ? Omit<Method.Params<M>, "sessionId">
  : Method.Params<M>

type M = typeof Methods

/**
 * `account.*`: the runtime's signed-in users and their quota.
 *
 * @example
 * ```ts
 * const { quotaSnapshots } = yield* client.account.getQuota()
 * ```
 */
export interface AccountApi {
  /** Copilot quota usage of the current (or a selected) user. */
  readonly getQuota: (params?: Params<M["AccountGetQuota"]>) => Call<M["AccountGetQuota"]>
  /** The credentials currently in use. */
  readonly getCurrentAuth: Call<M["AccountGetCurrentAuth"]>
  /** Every signed-in user the runtime can switch to. */
  readonly getAllUsers: Call<M["AccountGetAllUsers"]>
  /** Validates and stores credentials. */
  readonly login: (params: Params<M["AccountLogin"]>) => Call<M["AccountLogin"]>
  /** Removes a user's stored credentials. */
  readonly logout: (params?: Params<M["AccountLogout"]>) => Call<M["AccountLogout"]>
}

/**
 * `sessions.*`: the runtime's persisted and active sessions, by id. Methods
 * that name a session act on the `sessionId` given. They do not open a
 * `CopilotSessionService`: to talk to a session one of
 * them returns (`fork`, `connect`), resume it with `CopilotSession.resume`.
 *
 * @example
 * ```ts
 * const { sessionId } = yield* client.sessions.fork({ sessionId: original })
 * const copy = yield* CopilotSession.resume(sessionId)
 * ```
 */
export interface SessionsApi {
  /** Creates a session by forking an existing session's persisted history. */
  readonly fork: (params: Params<M["SessionsFork"]>) => Call<M["SessionsFork"]>
  /** Connects to an existing remote session. */
  readonly connect: (params: Params<M["SessionsConnect"]>) => Call<M["SessionsConnect"]>
  /** Creates or resumes a local session and returns its id. */
  readonly open: (params: Params<M["SessionsOpen"]>) => Call<M["SessionsOpen"]>
  /** Sessions, optionally filtered by source and working-directory context. */
  readonly list: (params?: Params<M["SessionsList"]>) => Call<M["SessionsList"]>
  /** A local session's persisted metadata, without opening it. */
  readonly getMetadata: (params: Params<M["SessionsGetMetadata"]>) => Call<M["SessionsGetMetadata"]>
  /** Client-owned metadata of several persisted sessions. */
  readonly getClientMetadata: (params: Params<M["SessionsGetClientMetadata"]>) => Call<M["SessionsGetClientMetadata"]>
  /** A page of a session's persisted events, without opening it. */
  readonly readPersistedEvents: (params: Params<M["SessionsReadPersistedEvents"]>) => Call<M["SessionsReadPersistedEvents"]>
  /** Recent session ids that have user-visible history. */
  readonly listNonEmptySessionIds: (
    params?: Params<M["SessionsListNonEmptySessionIds"]>
  ) => Call<M["SessionsListNonEmptySessionIds"]>
  /** The session bound to a GitHub task id, if any. */
  readonly findByTaskId: (params: Params<M["SessionsFindByTaskId"]>) => Call<M["SessionsFindByTaskId"]>
  /** The one session whose id starts with a prefix, if exactly one does. */
  readonly findByPrefix: (params: Params<M["SessionsFindByPrefix"]>) => Call<M["SessionsFindByPrefix"]>
  /** The most relevant earlier session for a working-directory context. */
  readonly getLastForContext: (params?: Params<M["SessionsGetLastForContext"]>) => Call<M["SessionsGetLastForContext"]>
  /** Each session's workspace size on disk. */
  readonly getSizes: Call<M["SessionsGetSizes"]>
  /** Which of the given sessions another running process holds. */
  readonly checkInUse: (params: Params<M["SessionsCheckInUse"]>) => Call<M["SessionsCheckInUse"]>
  /** Closes a session on the runtime (shutdown, flush, unlock, dispose). */
  readonly close: (params: Params<M["SessionsClose"]>) => Call<M["SessionsClose"]>
  /** Closes and deletes several sessions. */
  readonly bulkDelete: (params: Params<M["SessionsBulkDelete"]>) => Call<M["SessionsBulkDelete"]>
  /** Deletes one local session from disk. */
  readonly delete: (params: Params<M["SessionsDelete"]>) => Call<M["SessionsDelete"]>
  /** Deletes sessions older than a threshold. */
  readonly pruneOld: (params: Params<M["SessionsPruneOld"]>) => Call<M["SessionsPruneOld"]>
  /** Flushes a session's pending events to disk. */
  readonly save: (params: Params<M["SessionsSave"]>) => Call<M["SessionsSave"]>
  /** Releases this runtime's in-use lock on a session. */
  readonly releaseLock: (params: Params<M["SessionsReleaseLock"]>) => Call<M["SessionsReleaseLock"]>
  /** Fills in missing summary and context fields of session metadata records. */
  readonly enrichMetadata: (params: Params<M["SessionsEnrichMetadata"]>) => Call<M["SessionsEnrichMetadata"]>
  /** Reloads user, plugin and (optionally) repository hooks of an active session. */
  readonly reloadPluginHooks: (params: Params<M["SessionsReloadPluginHooks"]>) => Call<M["SessionsReloadPluginHooks"]>
  /** Loads an active session's deferred repository hooks. */
  readonly loadDeferredRepoHooks: (
    params: Params<M["SessionsLoadDeferredRepoHooks"]>
  ) => Call<M["SessionsLoadDeferredRepoHooks"]>
  /** Replaces the plugins added to every session. */
  readonly setAdditionalPlugins: (params: Params<M["SessionsSetAdditionalPlugins"]>) => Call<M["SessionsSetAdditionalPlugins"]>
  /** Remote control (Mission Control) of one session at a time. */
  readonly remoteControl: {
    /** Attaches remote control to a session. */
    readonly start: (params: Params<M["SessionsStartRemoteControl"]>) => Call<M["SessionsStartRemoteControl"]>
    /** Moves remote control to another session. */
    readonly transfer: (params: Params<M["SessionsTransferRemoteControl"]>) => Call<M["SessionsTransferRemoteControl"]>
    /** Turns steering from the remote side on or off. */
    readonly setSteering: (params: Params<M["SessionsSetRemoteControlSteering"]>) => Call<M["SessionsSetRemoteControlSteering"]>
    /** Stops remote control. */
    readonly stop: (params?: Params<M["SessionsStopRemoteControl"]>) => Call<M["SessionsStopRemoteControl"]>
    /** Whether remote control is on, and for which session. */
    readonly status: Call<M["SessionsGetRemoteControlStatus"]>
  }
}

/**
 * `mcp.*`: MCP servers, discovered and configured.
 *
 * @example
 * ```ts
 * yield* client.mcp.config.add({ name: "files", config: { command: "mcp-files", args: [] } })
 * const { servers } = yield* client.mcp.config.list
 * ```
 */
export interface McpApi {
  /** MCP servers from user, workspace, plugin and built-in sources. */
  readonly discover: (params?: Params<M["McpDiscover"]>) => Call<M["McpDiscover"]>
  /** The MCP servers of the user configuration (`mcp.config.*`). */
  readonly config: {
    /** The configured servers. */
    readonly list: Call<M["McpConfigList"]>
    /** Adds a server. */
    readonly add: (params: Params<M["McpConfigAdd"]>) => Call<M["McpConfigAdd"]>
    /** Replaces a server's configuration. */
    readonly update: (params: Params<M["McpConfigUpdate"]>) => Call<M["McpConfigUpdate"]>
    /** Removes a server. */
    readonly remove: (params: Params<M["McpConfigRemove"]>) => Call<M["McpConfigRemove"]>
    /** Enables servers for new sessions. */
    readonly enable: (params: Params<M["McpConfigEnable"]>) => Call<M["McpConfigEnable"]>
    /** Disables servers for new sessions. */
    readonly disable: (params: Params<M["McpConfigDisable"]>) => Call<M["McpConfigDisable"]>
    /** Drops the runtime's cached configuration, so the next read sees the disk. */
    readonly reload: Call<M["McpConfigReload"]>
  }
}

/**
 * `skills.*`: skills the runtime finds, and which are disabled.
 *
 * @example
 * ```ts
 * const { skills } = yield* client.skills.discover({ projectPaths: [process.cwd()] })
 * ```
 */
export interface SkillsApi {
  /** Skills found in the user's, the projects' and the given directories. */
  readonly discover: (params?: Params<M["SkillsDiscover"]>) => Call<M["SkillsDiscover"]>
  /** Where skills are looked for. */
  readonly getDiscoveryPaths: (params?: Params<M["SkillsGetDiscoveryPaths"]>) => Call<M["SkillsGetDiscoveryPaths"]>
  /** Which skills are disabled (`skills.config.*`). */
  readonly config: {
    /** Replaces the set of disabled skills. */
    readonly setDisabledSkills: (params: Params<M["SkillsConfigSetDisabledSkills"]>) => Call<M["SkillsConfigSetDisabledSkills"]>
    /** Disables or enables one skill. */
    readonly setSkillDisabled: (params: Params<M["SkillsConfigSetSkillDisabled"]>) => Call<M["SkillsConfigSetSkillDisabled"]>
  }
}

/**
 * `agents.*`: custom agents the runtime finds.
 *
 * @example
 * ```ts
 * const { agents } = yield* client.agents.discover()
 * ```
 */
export interface AgentsApi {
  /** Custom agents found in the user's and the projects' directories. */
  readonly discover: (params?: Params<M["AgentsDiscover"]>) => Call<M["AgentsDiscover"]>
  /** Where agents are looked for. */
  readonly getDiscoveryPaths: (params?: Params<M["AgentsGetDiscoveryPaths"]>) => Call<M["AgentsGetDiscoveryPaths"]>
}

/**
 * `instructions.*`: instruction files the runtime finds.
 *
 * @example
 * ```ts
 * const { paths } = yield* client.instructions.getDiscoveryPaths()
 * ```
 */
export interface InstructionsApi {
  /** Instruction sources found in the user's and the projects' directories. */
  readonly discover: (params?: Params<M["InstructionsDiscover"]>) => Call<M["InstructionsDiscover"]>
  /** Where instructions are looked for. */
  readonly getDiscoveryPaths: (params?: Params<M["InstructionsGetDiscoveryPaths"]>) => Call<M["InstructionsGetDiscoveryPaths"]>
}

/**
 * `plugins.*`: installed plugins and the marketplaces they come from.
 *
 * @example
 * ```ts
 * const { plugins } = yield* client.plugins.list
 * const { marketplaces } = yield* client.plugins.marketplaces.list
 * ```
 */
export interface PluginsApi {
  /** Installed plugins. */
  readonly list: Call<M["PluginsList"]>
  /** Installs a plugin from a marketplace, a GitHub repository, a URL or a local path. */
  readonly install: (params: Params<M["PluginsInstall"]>) => Call<M["PluginsInstall"]>
  /** Uninstalls a plugin. */
  readonly uninstall: (params: Params<M["PluginsUninstall"]>) => Call<M["PluginsUninstall"]>
  /** Updates a plugin to its latest version. */
  readonly update: (params: Params<M["PluginsUpdate"]>) => Call<M["PluginsUpdate"]>
  /** Updates every installed plugin. */
  readonly updateAll: Call<M["PluginsUpdateAll"]>
  /** Enables plugins for new sessions. */
  readonly enable: (params: Params<M["PluginsEnable"]>) => Call<M["PluginsEnable"]>
  /** Disables plugins for new sessions. */
  readonly disable: (params: Params<M["PluginsDisable"]>) => Call<M["PluginsDisable"]>
  /** The trusted built-in plugin directories (see the `builtinPluginDirectories` client option). */
  readonly builtin: {
    /** Replaces them; refused while sessions are active. */
    readonly set: (params: Params<M["PluginsBuiltinSet"]>) => Call<M["PluginsBuiltinSet"]>
  }
  /** Plugin marketplaces. */
  readonly marketplaces: {
    /** Registered marketplaces, the defaults included. */
    readonly list: Call<M["PluginsMarketplacesList"]>
    /** Registers a marketplace. */
    readonly add: (params: Params<M["PluginsMarketplacesAdd"]>) => Call<M["PluginsMarketplacesAdd"]>
    /** Removes a marketplace. */
    readonly remove: (params: Params<M["PluginsMarketplacesRemove"]>) => Call<M["PluginsMarketplacesRemove"]>
    /** The plugins a marketplace offers. */
    readonly browse: (params: Params<M["PluginsMarketplacesBrowse"]>) => Call<M["PluginsMarketplacesBrowse"]>
    /** Refreshes one or every marketplace's catalog. */
    readonly refresh: (params?: Params<M["PluginsMarketplacesRefresh"]>) => Call<M["PluginsMarketplacesRefresh"]>
  }
}

/**
 * `extensions.*`: extensions found in the runtime's home, and which are enabled.
 *
 * @example
 * ```ts
 * const { extensions } = yield* client.extensions.discover
 * ```
 */
export interface ExtensionsApi {
  /** Extensions of the user and of enabled plugins. */
  readonly discover: Call<M["ExtensionsDiscover"]>
  /** Enables extensions for future sessions. */
  readonly enable: (params: Params<M["ExtensionsEnable"]>) => Call<M["ExtensionsEnable"]>
  /** Disables extensions for future sessions. */
  readonly disable: (params: Params<M["ExtensionsDisable"]>) => Call<M["ExtensionsDisable"]>
}

/**
 * `user.*`: the user's settings (`user.settings.*`).
 *
 * @example
 * ```ts
 * const { settings } = yield* client.user.settings.get
 * ```
 */
export interface UserApi {
  /** The user's settings. */
  readonly settings: {
    /** Every setting with its value and default. */
    readonly get: Call<M["UserSettingsGet"]>
    /** Changes settings. */
    readonly set: (params: Params<M["UserSettingsSet"]>) => Call<M["UserSettingsSet"]>
    /** Rereads the settings from disk (runtime 1.0.102 does not serve it: `MethodNotServed`). */
    readonly reload: Call<M["UserSettingsReload"]>
  }
}

/**
 * The server-scoped API: `call` for any server method, and the namespaces.
 * Part of {@link CopilotClient.CopilotClientService}.
 *
 * @example
 * ```ts
 * const inventory = (api: ServerApi.ServerApi) =>
 *   Effect.all({ tools: api.tools.list(), plugins: api.plugins.list, mcp: api.mcp.config.list })
 * ```
 */
export interface ServerApi {
  /**
   * Calls any server method of the protocol, typed by its generated Schemas;
   * the params go as given (a `sessionId` among them names the session the
   * method acts on).
   *
   * @example
   * ```ts
   * const { sessionId } = yield* client.call(Methods.SessionsFindByPrefix, { prefix: "3f2a" })
   * ```
   */
  readonly call: <Method extends Methods.ServerMethod>(method: Method, params: Params<Method>) => Call<Method>
  /** `account.*`. */
  readonly account: AccountApi
  /** `sessions.*`. */
  readonly sessions: SessionsApi
  /** `mcp.*` and `mcp.config.*`. */
  readonly mcp: McpApi
  /** `skills.*`. */
  readonly skills: SkillsApi
  /** `agents.*`. */
  readonly agents: AgentsApi
  /** `instructions.*`. */
  readonly instructions: InstructionsApi
  /** `plugins.*`. */
  readonly plugins: PluginsApi
  /** `extensions.*`. */
  readonly extensions: ExtensionsApi
  /** `user.settings.*`. */
  readonly user: UserApi
  /** `tools.*`. */
  readonly tools: {
    /** The built-in tools, for a model if given. */
    readonly list: (params?: Params<M["ToolsList"]>) => Call<M["ToolsList"]>
  }
  /** `models.*` besides `listModels`. */
  readonly models: {
    /** Every built-in model id the runtime knows, without signing in. */
    readonly getBuiltInCatalog: Call<M["ModelsGetBuiltInCatalog"]>
  }
  /** `commands.*`. */
  readonly commands: {
    /** The slash commands the runtime offers. */
    readonly list: Call<M["CommandsList"]>
  }
  /** `hooks.*`. */
  readonly hooks: {
    /** Hooks enabled by user, repository, plugin and policy sources. */
    readonly discover: (params?: Params<M["HooksDiscover"]>) => Call<M["HooksDiscover"]>
  }
  /** `managedSettings.*`. */
  readonly managedSettings: {
    /** The settings an organization's policy imposes. */
    readonly read: Call<M["ManagedSettingsRead"]>
    /** Drops the cached managed settings. */
    readonly clearCache: Call<M["ManagedSettingsClearCache"]>
  }
  /** `secrets.*`. */
  readonly secrets: {
    /** Values to redact from session logs and exports. */
    readonly addFilterValues: (params: Params<M["SecretsAddFilterValues"]>) => Call<M["SecretsAddFilterValues"]>
  }
  /** `runtime.*`. */
  readonly runtime: {
    /** Asks the runtime process to shut down. */
    readonly shutdown: Call<M["RuntimeShutdown"]>
  }
}
