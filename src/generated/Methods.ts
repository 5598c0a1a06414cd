/**
 * Generated from @github/copilot-sdk-linux-x64@1.0.14 schemas/api.schema.json.
 * Do not edit: regenerate with `npm run generate`.
 */

import { table } from "../internal/generatedSchema.js"
import * as Method from "../internal/jsonrpc/Method.js"
import { Api } from "./Api.js"

// ---------------------------------------------------------------------------
// Methods: their types
// ---------------------------------------------------------------------------

/** The type of every method of the protocol, and of the tables of the methods the SDK calls. */
export declare namespace Methods {
/** Every method by the name of its declaration (`session.tools.handlePendingToolCall` as `SessionToolsHandlePendingToolCall`), and the tables of the methods the SDK calls. */
export interface Table {
  // Server methods: the SDK calls these on the runtime
  /** Checks server responsiveness and returns protocol information. */
  readonly Ping: Method.Method<"ping", Api.PingRequest, Api.PingRequest, Api.PingResult, Api.PingResultEncoded>
  /** Performs the SDK server connection handshake and validates the optional connection token. Marked internal because this is JSON-RPC transport plumbing invoked automatically by an SDK client's own `connect()` wrapper, not a user-facing method. Stays internal as long as the SDK client owns the handshake; would only become public if the SDK ever exposed the raw schema surface to consumers without a connection wrapper. */
  readonly Connect: Method.Method<"connect", Api.ConnectRequest, Api.ConnectRequest, Api.ConnectResult, Api.ConnectResult>
  /** Discovers hook actions enabled under server-side discovery settings from user, repository, plugin, and managed-policy sources. */
  readonly HooksDiscover: Method.Method<"hooks.discover", Api.HooksDiscoverRequest, Api.HooksDiscoverRequest, Api.HooksDiscoverResult, Api.HooksDiscoverResult>
  /** Lists Copilot models available to the authenticated user. */
  readonly ModelsList: Method.Method<"models.list", Api.ModelsListRequest, Api.ModelsListRequest, Api.ModelList, Api.ModelList>
  /** Returns the running runtime's complete catalog of well-known built-in model IDs without authentication or network access. */
  readonly ModelsGetBuiltInCatalog: Method.Method<"models.getBuiltInCatalog", {}, {}, Api.BuiltInModelCatalog, Api.BuiltInModelCatalog>
  /** Lists built-in tools available for a model. */
  readonly ToolsList: Method.Method<"tools.list", Api.ToolsListRequest, Api.ToolsListRequest, Api.ToolList, Api.ToolList>
  /** Gets Copilot quota usage for the current or opaquely selected authenticated user. */
  readonly AccountGetQuota: Method.Method<"account.getQuota", Api.AccountGetQuotaRequest, Api.AccountGetQuotaRequest, Api.AccountGetQuotaResult, Api.AccountGetQuotaResultEncoded>
  /** Gets the currently active authentication credentials from the global auth manager. */
  readonly AccountGetCurrentAuth: Method.Method<"account.getCurrentAuth", {}, {}, Api.AccountGetCurrentAuthResult, Api.AccountGetCurrentAuthResult>
  /** Gets all authenticated users available for account switching. */
  readonly AccountGetAllUsers: Method.Method<"account.getAllUsers", {}, {}, ReadonlyArray<Api.AccountAllUsers>, ReadonlyArray<Api.AccountAllUsers>>
  /** Validates and stores authentication credentials. When login is omitted, resolves the authenticated user from the token before persistence. */
  readonly AccountLogin: Method.Method<"account.login", Api.AccountLoginRequest, Api.AccountLoginRequest, Api.AccountLoginResult, Api.AccountLoginResult>
  /** Removes user authentication from keychain and persisted state. */
  readonly AccountLogout: Method.Method<"account.logout", Api.AccountLogoutRequest, Api.AccountLogoutRequest, Api.AccountLogoutResult, Api.AccountLogoutResult>
  /** Registers secret values for redaction in session logs and exports. The SDK calls this to inject dynamically generated secret values (e.g., OIDC tokens). */
  readonly SecretsAddFilterValues: Method.Method<"secrets.addFilterValues", Api.SecretsAddFilterValuesRequest, Api.SecretsAddFilterValuesRequest, Api.SecretsAddFilterValuesResult, Api.SecretsAddFilterValuesResult>
  /** Lists MCP servers from user configuration. */
  readonly McpConfigList: Method.Method<"mcp.config.list", {}, {}, Api.McpConfigList, Api.McpConfigList>
  /** Adds an MCP server to user configuration. */
  readonly McpConfigAdd: Method.Method<"mcp.config.add", Api.McpConfigAddRequest, Api.McpConfigAddRequest, void, void>
  /** Updates an MCP server in user configuration. */
  readonly McpConfigUpdate: Method.Method<"mcp.config.update", Api.McpConfigUpdateRequest, Api.McpConfigUpdateRequest, void, void>
  /** Removes an MCP server from user configuration. */
  readonly McpConfigRemove: Method.Method<"mcp.config.remove", Api.McpConfigRemoveRequest, Api.McpConfigRemoveRequest, void, void>
  /** Enables MCP servers in user configuration for new sessions. */
  readonly McpConfigEnable: Method.Method<"mcp.config.enable", Api.McpConfigEnableRequest, Api.McpConfigEnableRequest, void, void>
  /** Disables MCP servers in user configuration for new sessions. */
  readonly McpConfigDisable: Method.Method<"mcp.config.disable", Api.McpConfigDisableRequest, Api.McpConfigDisableRequest, void, void>
  /** Drops this runtime process's in-memory MCP server-definition cache so the next MCP config read observes disk. */
  readonly McpConfigReload: Method.Method<"mcp.config.reload", {}, {}, void, void>
  /** Discovers MCP servers from user, workspace, plugin, and builtin sources. */
  readonly McpDiscover: Method.Method<"mcp.discover", Api.McpDiscoverRequest, Api.McpDiscoverRequest, Api.McpDiscoverResult, Api.McpDiscoverResult>
  /** Requests a side-effect-free MCP install plan from a catalog candidate handle or a caller-supplied card. This host-implemented server method is available through SDK/TUI hosts; standalone and C-ABI runtimes whose host does not implement server-method dispatch return JSON-RPC MethodNotFound. A runtime with planning available returns a normalised plan and opaque single-use plan handle; a runtime without it returns the typed planning-unavailable result. A completed plan reports resource identity, provenance, eligible transport choices, the user-scope target, required typed values and secret placeholders, the policy result, the configuration changes installing would make, and whether a reload would be needed. Planning never writes configuration, stores a secret, or reloads MCP servers, so abandoning a plan needs no call and leaves nothing behind. */
  readonly McpPlanInstall: Method.Method<"mcp.planInstall", Api.McpPlanInstallRequest, Api.McpPlanInstallRequest, Api.McpPlanInstallResult, Api.McpPlanInstallResult>
  /** Discovers user and enabled installed-plugin extensions from persisted Copilot home state, including enablement preferences. Launch-scoped additional plugins are not included. */
  readonly ExtensionsDiscover: Method.Method<"extensions.discover", {}, {}, Api.DiscoveredExtensions, Api.DiscoveredExtensions>
  /** Persistently enables extension IDs for future sessions. Active sessions are unchanged; use session.extensions.enable to update them. */
  readonly ExtensionsEnable: Method.Method<"extensions.enable", Api.DiscoveredExtensionsEnableRequest, Api.DiscoveredExtensionsEnableRequest, void, void>
  /** Persistently disables extension IDs for future sessions. Active sessions are unchanged; use session.extensions.disable to update them. */
  readonly ExtensionsDisable: Method.Method<"extensions.disable", Api.DiscoveredExtensionsDisableRequest, Api.DiscoveredExtensionsDisableRequest, void, void>
  /** Registers the calling SDK client as the per-entrypoint extension launch provider. Call before creating any sessions. When omitted, the runtime uses its built-in extension launcher. */
  readonly RegisterExtensionLaunchProvider: Method.Method<"registerExtensionLaunchProvider", {}, {}, void, void>
  /** Requests a bounded catalog search. This host-implemented server method is available through SDK/TUI hosts; standalone and C-ABI runtimes whose host does not implement server-method dispatch return JSON-RPC MethodNotFound. A runtime with search available returns inert candidate summaries, each with an opaque single-use handle scoped to this runtime instance; a runtime without it returns the typed search-unavailable result. Public authorities may be searched anonymously, while an authority that requires credentials yields the typed authentication-required result. All returned text, URLs, and package metadata are untrusted external data and can never trigger instructions, tools, or installation. Read-only: nothing is installed, configured, or persisted. */
  readonly CatalogSearch: Method.Method<"catalog.search", Api.CatalogSearchRequest, Api.CatalogSearchRequest, Api.CatalogSearchResult, Api.CatalogSearchResultEncoded>
  /** Lists plugins installed in user/global state. */
  readonly PluginsList: Method.Method<"plugins.list", {}, {}, Api.PluginListResult, Api.PluginListResult>
  /** Installs a plugin from a marketplace, GitHub repo, URL, or local path. */
  readonly PluginsInstall: Method.Method<"plugins.install", Api.PluginsInstallRequest, Api.PluginsInstallRequest, Api.PluginInstallResult, Api.PluginInstallResult>
  /** Uninstalls an installed plugin. */
  readonly PluginsUninstall: Method.Method<"plugins.uninstall", Api.PluginsUninstallRequest, Api.PluginsUninstallRequest, void, void>
  /** Updates an installed plugin to its latest published version. */
  readonly PluginsUpdate: Method.Method<"plugins.update", Api.PluginsUpdateRequest, Api.PluginsUpdateRequest, Api.PluginUpdateResult, Api.PluginUpdateResult>
  /** Updates every installed plugin to its latest published version. */
  readonly PluginsUpdateAll: Method.Method<"plugins.updateAll", {}, {}, Api.PluginUpdateAllResult, Api.PluginUpdateAllResult>
  /** Enables installed plugins for new sessions. */
  readonly PluginsEnable: Method.Method<"plugins.enable", Api.PluginsEnableRequest, Api.PluginsEnableRequest, void, void>
  /** Disables installed plugins for new sessions. */
  readonly PluginsDisable: Method.Method<"plugins.disable", Api.PluginsDisableRequest, Api.PluginsDisableRequest, void, void>
  /** Replaces this server's trusted built-in plugin directories while no sessions are active. */
  readonly PluginsBuiltinSet: Method.Method<"plugins.builtin.set", Api.PluginsBuiltinSetRequest, Api.PluginsBuiltinSetRequest, void, void>
  /** Lists all registered marketplaces (defaults + user-added). */
  readonly PluginsMarketplacesList: Method.Method<"plugins.marketplaces.list", {}, {}, Api.MarketplaceListResult, Api.MarketplaceListResult>
  /** Registers a new marketplace from a source (owner/repo, URL, or local path). */
  readonly PluginsMarketplacesAdd: Method.Method<"plugins.marketplaces.add", Api.PluginsMarketplacesAddRequest, Api.PluginsMarketplacesAddRequest, Api.MarketplaceAddResult, Api.MarketplaceAddResult>
  /** Removes a previously-registered marketplace. When the marketplace has dependent plugins and `force` is not set, the marketplace is left intact and the result lists the dependents so the caller can decide whether to retry with `force=true`. */
  readonly PluginsMarketplacesRemove: Method.Method<"plugins.marketplaces.remove", Api.PluginsMarketplacesRemoveRequest, Api.PluginsMarketplacesRemoveRequest, Api.MarketplaceRemoveResult, Api.MarketplaceRemoveResult>
  /** Lists plugins advertised by a registered marketplace. */
  readonly PluginsMarketplacesBrowse: Method.Method<"plugins.marketplaces.browse", Api.PluginsMarketplacesBrowseRequest, Api.PluginsMarketplacesBrowseRequest, Api.MarketplaceBrowseResult, Api.MarketplaceBrowseResult>
  /** Re-fetches one or all registered marketplace catalogs. */
  readonly PluginsMarketplacesRefresh: Method.Method<"plugins.marketplaces.refresh", Api.PluginsMarketplacesRefreshRequest, Api.PluginsMarketplacesRefreshRequest, Api.MarketplaceRefreshResult, Api.MarketplaceRefreshResult>
  /** Replaces the global list of disabled skills. */
  readonly SkillsConfigSetDisabledSkills: Method.Method<"skills.config.setDisabledSkills", Api.SkillsConfigSetDisabledSkillsRequest, Api.SkillsConfigSetDisabledSkillsRequest, void, void>
  /** Atomically adds or removes one skill from the disabled list. */
  readonly SkillsConfigSetSkillDisabled: Method.Method<"skills.config.setSkillDisabled", Api.SkillsConfigSetSkillDisabledRequest, Api.SkillsConfigSetSkillDisabledRequest, void, void>
  /** Discovers skills across global and project sources. */
  readonly SkillsDiscover: Method.Method<"skills.discover", Api.SkillsDiscoverRequest, Api.SkillsDiscoverRequest, Api.ServerSkillList, Api.ServerSkillList>
  /** Returns the canonical directories where a client may create skills that the runtime will recognize, including ones that do not exist yet. Project directories become active once created. */
  readonly SkillsGetDiscoveryPaths: Method.Method<"skills.getDiscoveryPaths", Api.SkillsGetDiscoveryPathsRequest, Api.SkillsGetDiscoveryPathsRequest, Api.SkillDiscoveryPathList, Api.SkillDiscoveryPathList>
  /** Discovers custom agents across user, project, plugin, and remote sources. */
  readonly AgentsDiscover: Method.Method<"agents.discover", Api.AgentsDiscoverRequest, Api.AgentsDiscoverRequest, Api.ServerAgentList, Api.ServerAgentList>
  /** Returns the canonical directories where a client may create custom agents that the runtime will recognize, including ones that do not exist yet. Project directories become active once created. */
  readonly AgentsGetDiscoveryPaths: Method.Method<"agents.getDiscoveryPaths", Api.AgentsGetDiscoveryPathsRequest, Api.AgentsGetDiscoveryPathsRequest, Api.AgentDiscoveryPathList, Api.AgentDiscoveryPathList>
  /** Discovers instruction sources across user, repository, and plugin sources. */
  readonly InstructionsDiscover: Method.Method<"instructions.discover", Api.InstructionsDiscoverRequest, Api.InstructionsDiscoverRequest, Api.ServerInstructionSourceList, Api.ServerInstructionSourceList>
  /** Returns the canonical files and directories where a client may create custom instructions that the runtime will recognize, including ones that do not exist yet. Repository targets become active once created. */
  readonly InstructionsGetDiscoveryPaths: Method.Method<"instructions.getDiscoveryPaths", Api.InstructionsGetDiscoveryPathsRequest, Api.InstructionsGetDiscoveryPathsRequest, Api.InstructionDiscoveryPathList, Api.InstructionDiscoveryPathList>
  /** Lists the well-known built-in slash commands that work as the first message in a new session (e.g. /plan, /env), without requiring an active session. Commands that depend on session state, authentication, or a synced session are omitted. */
  readonly CommandsList: Method.Method<"commands.list", {}, {}, Api.CommandList, Api.CommandList>
  /**
   * Drops this runtime process's in-memory user settings cache so the next settings read observes disk.
   *
   * Not served by runtime 1.0.102: a call fails with `MethodNotServed`.
   */
  readonly UserSettingsReload: Method.Method<"user.settings.reload", {}, {}, void, void>
  /** Lists every known user setting (settings.json overlaid with the legacy config.json, config.json wins), each with its effective value, its default, and whether it is at the default — so settings the user has never set still appear with their default value. Does not include repository- or enterprise-managed overrides that the runtime layers on top at session time. */
  readonly UserSettingsGet: Method.Method<"user.settings.get", {}, {}, Api.UserSettingsGetResult, Api.UserSettingsGetResult>
  /** Writes one or more user settings to settings.json, replacing each provided top-level key. A key whose value is null is removed. Returns the keys whose new value is shadowed by a legacy config.json entry (config.json wins on read), which the runtime leaves in place — such writes do not take effect until the legacy value is removed. */
  readonly UserSettingsSet: Method.Method<"user.settings.set", Api.UserSettingsSetRequest, Api.UserSettingsSetRequest, Api.UserSettingsSetResult | null, Api.UserSettingsSetResult | null>
  /** Discovers device-managed settings from production MDM and managed-file sources, validates them against the runtime-owned managed-settings schema, and returns the canonical JSON without requiring a session. */
  readonly ManagedSettingsRead: Method.Method<"managedSettings.read", {}, {}, Api.ManagedSettingsReadResult, Api.ManagedSettingsReadResult>
  /** Force-refreshes enterprise managed settings for every account: wipes the persistent server-policy cache (the whole `<cacheHome>/managed-settings` directory) and drops this runtime process's in-memory retained server policy. It does not itself fetch policy — the effect is that the next time a session resolves managed settings for an account, that resolution re-fetches the account's org policy from the network instead of serving a cached response. Note that `managedSettings.read` returns only device/MDM settings and never triggers the account server-policy fetch, so a host implementing "sync account policy" should start a fresh session resolution rather than treat a subsequent `managedSettings.read` as the refreshed org policy. Mirrors the invalidation a sign-out performs, broadened from the one signing-out account to all of them; device/MDM layers describe the machine, not the account, and are left untouched. Rejects if the on-disk cache cannot be removed. */
  readonly ManagedSettingsClearCache: Method.Method<"managedSettings.clearCache", {}, {}, void, void>
  /** Gracefully shuts down an SDK-owned runtime. The response is sent only after cleanup completes; callers may then terminate the owned runtime process. */
  readonly RuntimeShutdown: Method.Method<"runtime.shutdown", {}, {}, void, void>
  /** Registers an SDK client as the session filesystem provider. */
  readonly SessionFsSetProvider: Method.Method<"sessionFs.setProvider", Api.SessionFsSetProviderRequest, Api.SessionFsSetProviderRequest, Api.SessionFsSetProviderResult, Api.SessionFsSetProviderResult>
  /** Registers an SDK client as the LLM inference callback provider. */
  readonly LlmInferenceSetProvider: Method.Method<"llmInference.setProvider", {}, {}, Api.LlmInferenceSetProviderResult, Api.LlmInferenceSetProviderResult>
  /** Delivers the response head (status + headers) for an in-flight request, correlated by the requestId the runtime supplied in httpRequestStart. Must be called exactly once per request before any httpResponseChunk frames. */
  readonly LlmInferenceHttpResponseStart: Method.Method<"llmInference.httpResponseStart", Api.LlmInferenceHttpResponseStartRequest, Api.LlmInferenceHttpResponseStartRequest, Api.LlmInferenceHttpResponseStartResult, Api.LlmInferenceHttpResponseStartResult>
  /** Delivers a body byte range (or a terminal transport error) for an in-flight response, correlated by requestId. Set `end` true on the last chunk. When `error` is set the response terminates with a transport-level failure and the runtime raises an APIConnectionError. */
  readonly LlmInferenceHttpResponseChunk: Method.Method<"llmInference.httpResponseChunk", Api.LlmInferenceHttpResponseChunkRequest, Api.LlmInferenceHttpResponseChunkRequest, Api.LlmInferenceHttpResponseChunkResult, Api.LlmInferenceHttpResponseChunkResult>
  /** Creates or resumes a local session and returns the opened session ID. */
  readonly SessionsOpen: Method.Method<"sessions.open", Api.SessionOpenParams, Api.SessionOpenParams, Api.SessionOpenResult, Api.SessionOpenResult>
  /** Creates a new session by forking persisted history from an existing session. */
  readonly SessionsFork: Method.Method<"sessions.fork", Api.SessionsForkRequest, Api.SessionsForkRequest, Api.SessionsForkResult, Api.SessionsForkResult>
  /** Connects to an existing remote session and exposes it as an SDK session. */
  readonly SessionsConnect: Method.Method<"sessions.connect", Api.ConnectRemoteSessionParams, Api.ConnectRemoteSessionParams, Api.RemoteSessionConnectionResult, Api.RemoteSessionConnectionResultEncoded>
  /** Lists sessions, optionally filtered by source and working-directory context. Returned entries are discriminated by `isRemote`: local entries carry only the lightweight `LocalSessionMetadataValue` shape; remote entries carry the full `RemoteSessionMetadataValue` shape (repository, PR number, taskType, etc.). */
  readonly SessionsList: Method.Method<"sessions.list", Api.SessionsListRequest, Api.SessionsListRequest, Api.SessionList, Api.SessionList>
  /** Reads lightweight persisted metadata for one local session without opening it. */
  readonly SessionsGetMetadata: Method.Method<"sessions.getMetadata", Api.SessionsGetMetadataRequest, Api.SessionsGetMetadataRequest, Api.SessionsGetMetadataResult, Api.SessionsGetMetadataResult>
  /** Reads client-owned metadata for multiple persisted local sessions without opening them. Results preserve request order and report missing, corrupt, unsupported, or temporarily unavailable sessions independently. */
  readonly SessionsGetClientMetadata: Method.Method<"sessions.getClientMetadata", Api.SessionsGetClientMetadataRequest, Api.SessionsGetClientMetadataRequest, Api.SessionsGetClientMetadataResult, Api.SessionsGetClientMetadataResult>
  /** Reads a page of durable events directly from a local session's persisted journal without creating, resuming, or activating the session. The first read pins the currently opened journal generation and its byte-length boundary; opaque cursor continuations remain on that generation across runtime-owned compaction, truncation, and rewrite operations, which replace the live path atomically, and events appended after the boundary are excluded. For cold hydration, await the first successful page before activation and establish lossless live-event buffering before resume; merge subsequent live events by ID, preserving persisted order and letting live payloads win. Continuations are process-local, single-use capabilities bound to the originating session and storage context and must be paged sequentially; concurrent or repeated use of the same cursor expires that duplicate read rather than reading the generation twice. A complete snapshot has cursorStatus 'ok' and hasMore false. Snapshots expire after five idle minutes, with at most eight retained per process and idle-only eviction under pressure; completion and cancelled-worker exit release their handles. No transcript copy is created, but retained handles may keep replaced files' disk blocks alive until release. Pages have a soft 1 MiB serialized event-array budget including resolved binary assets; one oversized event is returned alone to guarantee progress. Working memory also includes a record/lookahead and asset resolution; resolving the first binary reference may scan the full pinned generation to build a bounded offset index. If the snapshot expires, is evicted, is cancelled before a continuation is established, or becomes unreadable after an observable unsupported in-place shortening, the continuation returns cursorStatus 'expired' with an empty terminal page and never falls back to a different generation. A missing or initially unreadable journal is an RPC error. Persisted history excludes ephemeral events and may omit payloads that are reconstructed only for an active session; use the active session event stream for post-resume live events. */
  readonly SessionsReadPersistedEvents: Method.Method<"sessions.readPersistedEvents", Api.SessionsReadPersistedEventsRequest, Api.SessionsReadPersistedEventsRequest, Api.EventsReadResult, Api.EventsReadResult>
  /** Lists recent local session IDs that contain user-visible history, omitting housekeeping-only sessions. */
  readonly SessionsListNonEmptySessionIds: Method.Method<"sessions.listNonEmptySessionIds", Api.SessionsListNonEmptySessionIdsRequest, Api.SessionsListNonEmptySessionIdsRequest, Api.SessionsListNonEmptySessionIdsResult, Api.SessionsListNonEmptySessionIdsResult>
  /** Finds the local session bound to a GitHub task ID, if any. */
  readonly SessionsFindByTaskId: Method.Method<"sessions.findByTaskId", Api.SessionsFindByTaskIDRequest, Api.SessionsFindByTaskIDRequest, Api.SessionsFindByTaskIDResult, Api.SessionsFindByTaskIDResult>
  /** Resolves a UUID prefix to a unique session ID, if exactly one session matches. */
  readonly SessionsFindByPrefix: Method.Method<"sessions.findByPrefix", Api.SessionsFindByPrefixRequest, Api.SessionsFindByPrefixRequest, Api.SessionsFindByPrefixResult, Api.SessionsFindByPrefixResult>
  /** Returns the most-relevant prior session for a given working-directory context. */
  readonly SessionsGetLastForContext: Method.Method<"sessions.getLastForContext", Api.SessionsGetLastForContextRequest, Api.SessionsGetLastForContextRequest, Api.SessionsGetLastForContextResult, Api.SessionsGetLastForContextResult>
  /** Computes the absolute path to a session's persisted events.jsonl file. Internal: filesystem paths are only meaningful in-process (CLI and runtime share a filesystem). Currently used by the CLI's contribution-graph feature to read historical events directly. Remote SDK consumers must not depend on this; a proper event-query API would replace it if the contribution graph ever needed to work over the wire. */
  readonly SessionsGetEventFilePath: Method.Method<"sessions.getEventFilePath", Api.SessionsGetEventFilePathRequest, Api.SessionsGetEventFilePathRequest, Api.SessionsGetEventFilePathResult, Api.SessionsGetEventFilePathResult>
  /** Returns the on-disk byte size of each session's workspace directory. */
  readonly SessionsGetSizes: Method.Method<"sessions.getSizes", {}, {}, Api.SessionSizes, Api.SessionSizes>
  /** Returns the subset of the supplied session IDs that are currently held by another running process. */
  readonly SessionsCheckInUse: Method.Method<"sessions.checkInUse", Api.SessionsCheckInUseRequest, Api.SessionsCheckInUseRequest, Api.SessionsCheckInUseResult, Api.SessionsCheckInUseResult>
  /** Returns a session's persisted remote-steerable flag, if any has been recorded. Internal: this is CLI-specific book-keeping used by `--continue` / `--resume` to inherit the prior session's remote-steerable preference. SDK consumers that want similar behavior should manage their own persistence around start/stop calls rather than relying on this runtime-side flag. */
  readonly SessionsGetPersistedRemoteSteerable: Method.Method<"sessions.getPersistedRemoteSteerable", Api.SessionsGetPersistedRemoteSteerableRequest, Api.SessionsGetPersistedRemoteSteerableRequest, Api.SessionsGetPersistedRemoteSteerableResult, Api.SessionsGetPersistedRemoteSteerableResult>
  /** Closes a session: emits shutdown, flushes pending events, releases the in-use lock, and disposes the active session. */
  readonly SessionsClose: Method.Method<"sessions.close", Api.SessionsCloseRequest, Api.SessionsCloseRequest, Api.SessionsCloseResult, Api.SessionsCloseResult>
  /** Closes, deactivates, and deletes a set of sessions, returning the bytes freed per session. */
  readonly SessionsBulkDelete: Method.Method<"sessions.bulkDelete", Api.SessionsBulkDeleteRequest, Api.SessionsBulkDeleteRequest, Api.SessionBulkDeleteResult, Api.SessionBulkDeleteResult>
  /** Deletes one local session from disk after running the same lifecycle hooks as the session manager. */
  readonly SessionsDelete: Method.Method<"sessions.delete", Api.SessionsDeleteRequest, Api.SessionsDeleteRequest, void, void>
  /** Deletes sessions older than the given threshold, with optional dry-run and exclusion list. */
  readonly SessionsPruneOld: Method.Method<"sessions.pruneOld", Api.SessionsPruneOldRequest, Api.SessionsPruneOldRequest, Api.SessionPruneResult, Api.SessionPruneResult>
  /** Flushes a session's pending events to disk. */
  readonly SessionsSave: Method.Method<"sessions.save", Api.SessionsSaveRequest, Api.SessionsSaveRequest, Api.SessionsSaveResult, Api.SessionsSaveResult>
  /** Releases the in-use lock held by this process for a session. */
  readonly SessionsReleaseLock: Method.Method<"sessions.releaseLock", Api.SessionsReleaseLockRequest, Api.SessionsReleaseLockRequest, Api.SessionsReleaseLockResult, Api.SessionsReleaseLockResult>
  /** Backfills missing summary and context fields on the supplied session metadata records. */
  readonly SessionsEnrichMetadata: Method.Method<"sessions.enrichMetadata", Api.SessionsEnrichMetadataRequest, Api.SessionsEnrichMetadataRequest, Api.SessionEnrichMetadataResult, Api.SessionEnrichMetadataResult>
  /** Reloads user, plugin, and (optionally) repo hooks on the active session. */
  readonly SessionsReloadPluginHooks: Method.Method<"sessions.reloadPluginHooks", Api.SessionsReloadPluginHooksRequest, Api.SessionsReloadPluginHooksRequest, Api.SessionsReloadPluginHooksResult, Api.SessionsReloadPluginHooksResult>
  /** Loads previously-deferred repo-level hooks on the active session, returning queued startup prompts. */
  readonly SessionsLoadDeferredRepoHooks: Method.Method<"sessions.loadDeferredRepoHooks", Api.SessionsLoadDeferredRepoHooksRequest, Api.SessionsLoadDeferredRepoHooksRequest, Api.SessionLoadDeferredRepoHooksResult, Api.SessionLoadDeferredRepoHooksResult>
  /** Replaces the manager-wide additional plugins registered with the session manager. */
  readonly SessionsSetAdditionalPlugins: Method.Method<"sessions.setAdditionalPlugins", Api.SessionsSetAdditionalPluginsRequest, Api.SessionsSetAdditionalPluginsRequest, Api.SessionsSetAdditionalPluginsResult, Api.SessionsSetAdditionalPluginsResult>
  /** Gets the dynamic-context board entry count associated with a session, when available. Internal: this exists solely so CLI telemetry events (`rem_spawn_gate`, `rem_consolidation_complete`) can pair START / END board counts around the detached rem-agent spawn. "Dynamic context board" is a runtime-internal concept that is not part of the public SDK contract; the long-term plan is to relocate the telemetry emission into the runtime so this method can be deleted entirely. */
  readonly SessionsGetBoardEntryCount: Method.Method<"sessions.getBoardEntryCount", Api.SessionsGetBoardEntryCountRequest, Api.SessionsGetBoardEntryCountRequest, Api.SessionsGetBoardEntryCountResult, Api.SessionsGetBoardEntryCountResult>
  /** Attaches the runtime-managed remote-control singleton to a session, awaiting initial setup. If remote control is already attached to a different session, the singleton is transferred (preserving the underlying Mission Control connection). Returns the final status. */
  readonly SessionsStartRemoteControl: Method.Method<"sessions.startRemoteControl", Api.SessionsStartRemoteControlRequest, Api.SessionsStartRemoteControlRequest, Api.RemoteControlStatusResult, Api.RemoteControlStatusResult>
  /** Atomically rebinds the remote-control singleton to a different session, preserving the underlying Mission Control connection. When `expectedFromSessionId` is provided and does not match the singleton's current `attachedSessionId`, the transfer is rejected with `transferred: false` and the current status is returned unchanged. */
  readonly SessionsTransferRemoteControl: Method.Method<"sessions.transferRemoteControl", Api.SessionsTransferRemoteControlRequest, Api.SessionsTransferRemoteControlRequest, Api.RemoteControlTransferResult, Api.RemoteControlTransferResult>
  /** Patches the steering state of the active remote-control singleton. When remote control is off, this is a no-op and the off status is returned. Today only `enabled: true` is actionable on the underlying exporter; passing `false` is reserved for future use. */
  readonly SessionsSetRemoteControlSteering: Method.Method<"sessions.setRemoteControlSteering", Api.SessionsSetRemoteControlSteeringRequest, Api.SessionsSetRemoteControlSteeringRequest, Api.RemoteControlStatusResult, Api.RemoteControlStatusResult>
  /** Stops the remote-control singleton. When `expectedSessionId` is provided and does not match the singleton's current `attachedSessionId`, the stop is rejected with `stopped: false` and the current status is returned unchanged (unless `force` is set, in which case the singleton is unconditionally torn down). */
  readonly SessionsStopRemoteControl: Method.Method<"sessions.stopRemoteControl", Api.SessionsStopRemoteControlRequest, Api.SessionsStopRemoteControlRequest, Api.RemoteControlStopResult, Api.RemoteControlStopResult>
  /** Returns the current state of the remote-control singleton, including the attached session id and frontend URL when active. */
  readonly SessionsGetRemoteControlStatus: Method.Method<"sessions.getRemoteControlStatus", {}, {}, Api.RemoteControlStatusResult, Api.RemoteControlStatusResult>
  /** Attaches (or detaches) an in-process ExtensionController delegate for the given session in a local host adapter. Pass `controller: undefined` to detach. Internal because the controller cannot cross the JSON-RPC boundary; the runtime manages its own session extension service. */
  readonly SessionsConfigureSessionExtensions: Method.Method<"sessions.configureSessionExtensions", Api.ConfigureSessionExtensionsParams, Api.ConfigureSessionExtensionsParams, void, void>
  /** Spawns a managed-server child with the supplied configuration and returns a discriminated-union result. The caller (typically the CLI controller) is responsible for attaching to the spawned child and sending any follow-up prompt. When the controller-local spawn gate is closed the server returns JSON-RPC MethodNotFound. */
  readonly AgentRegistrySpawn: Method.Method<"agentRegistry.spawn", Api.AgentRegistrySpawnRequest, Api.AgentRegistrySpawnRequest, Api.AgentRegistrySpawnResult, Api.AgentRegistrySpawnResult>
  // Session methods: the SDK calls these on the runtime, for one session
  /** Suspends the session while preserving persisted state for later resume. */
  readonly SessionSuspend: Method.Method<"session.suspend", Api.SessionSuspendParams, Api.SessionSuspendParams, void, void>
  /** Sends a user message to the session and returns its message ID. */
  readonly SessionSend: Method.Method<"session.send", Api.SessionSendParams, Api.SessionSendParamsEncoded, Api.SendResult, Api.SendResult>
  /** Sends zero or more user messages to the session in a single turn and returns their message IDs. All provided messages are appended to the conversation in order, then exactly one agent turn runs over the resulting history. When the list is empty, one turn runs over the existing history with no new user message. Remote-backed (Mission Control) sessions do not support this method and will return an error. */
  readonly SessionSendMessages: Method.Method<"session.sendMessages", Api.SessionSendMessagesParams, Api.SessionSendMessagesParamsEncoded, Api.SendMessagesResult, Api.SendMessagesResult>
  /** Returns whether managed policy requires sandbox enforcement and whether an enforcement failure has permanently blocked the session. */
  readonly SessionSandboxGetEnforcementStatus: Method.Method<"session.sandbox.getEnforcementStatus", Api.SessionSandboxGetEnforcementStatusParams, Api.SessionSandboxGetEnforcementStatusParams, Api.SandboxEnforcementStatus, Api.SandboxEnforcementStatus>
  /** Disables sandboxing for the remainder of the current session and approves the referenced pending sandbox-bypass permission request. The request is rejected unless the exact request is still pending and the effective sandbox policy permits bypass. */
  readonly SessionSandboxDisableForSession: Method.Method<"session.sandbox.disableForSession", Api.SessionSandboxDisableForSessionParams, Api.SessionSandboxDisableForSessionParams, Api.SandboxDisableForSessionResult, Api.SandboxDisableForSessionResult>
  /** Queues or sends an internal system notification to the session according to its passive policy. */
  readonly SessionSendSystemNotification: Method.Method<"session.sendSystemNotification", Api.SessionSendSystemNotificationParams, Api.SessionSendSystemNotificationParams, void, void>
  /** Aborts the current agent turn. */
  readonly SessionAbort: Method.Method<"session.abort", Api.SessionAbortParams, Api.SessionAbortParams, Api.AbortResult, Api.AbortResult>
  /** Interrupts the current main agent turn while leaving running background work (subagents, sidekicks, and promoted attached shells) alive. No-op when the main loop is not processing. */
  readonly SessionInterruptMainTurn: Method.Method<"session.interruptMainTurn", Api.SessionInterruptMainTurnParams, Api.SessionInterruptMainTurnParams, Api.InterruptMainTurnResult, Api.InterruptMainTurnResult>
  /** Cancels every running background agent (task-registry subagents plus sidekick agents) without interrupting the main agent loop. Promoted attached shells are left running. */
  readonly SessionCancelAllBackgroundAgents: Method.Method<"session.cancelAllBackgroundAgents", Api.SessionCancelAllBackgroundAgentsParams, Api.SessionCancelAllBackgroundAgentsParams, number, number>
  /** Shuts down the session and persists its final state. Awaits any deferred sessionEnd hooks before resolving so user-supplied hook scripts complete before the runtime tears down. */
  readonly SessionShutdown: Method.Method<"session.shutdown", Api.SessionShutdownParams, Api.SessionShutdownParams, void, void>
  /** Gets authentication status and account metadata for the session. */
  readonly SessionGitHubAuthGetStatus: Method.Method<"session.gitHubAuth.getStatus", Api.SessionGitHubAuthGetStatusParams, Api.SessionGitHubAuthGetStatusParams, Api.SessionAuthStatus, Api.SessionAuthStatus>
  /** Updates the session's auth credentials used for outbound model and API requests. */
  readonly SessionGitHubAuthSetCredentials: Method.Method<"session.gitHubAuth.setCredentials", Api.SessionGitHubAuthSetCredentialsParams, Api.SessionGitHubAuthSetCredentialsParams, Api.SessionSetCredentialsResult, Api.SessionSetCredentialsResult>
  /** Gets the current authentication information for internal session hosts. */
  readonly SessionGitHubAuthGetCurrentAuthInfo: Method.Method<"session.gitHubAuth.getCurrentAuthInfo", Api.SessionGitHubAuthGetCurrentAuthInfoParams, Api.SessionGitHubAuthGetCurrentAuthInfoParams, Api.SessionAuthInfoResult, Api.SessionAuthInfoResult>
  /** Gets all authentication accounts available to the internal session host. */
  readonly SessionGitHubAuthGetAllAuthAvailable: Method.Method<"session.gitHubAuth.getAllAuthAvailable", Api.SessionGitHubAuthGetAllAuthAvailableParams, Api.SessionGitHubAuthGetAllAuthAvailableParams, ReadonlyArray<Api.SessionAuthStatus>, ReadonlyArray<Api.SessionAuthStatus>>
  /** Refreshes Copilot account metadata for the current authentication. */
  readonly SessionGitHubAuthRefreshCopilotUser: Method.Method<"session.gitHubAuth.refreshCopilotUser", Api.SessionGitHubAuthRefreshCopilotUserParams, Api.SessionGitHubAuthRefreshCopilotUserParams, Api.SessionAuthInfoResult, Api.SessionAuthInfoResult>
  /** Logs in a GitHub user through the internal session host. */
  readonly SessionGitHubAuthLogin: Method.Method<"session.gitHubAuth.login", Api.SessionGitHubAuthLoginParams, Api.SessionGitHubAuthLoginParams, Api.AuthInfo, Api.AuthInfo>
  /** Switches the session to another available authentication. */
  readonly SessionGitHubAuthSwitchToAuth: Method.Method<"session.gitHubAuth.switchToAuth", Api.SessionGitHubAuthSwitchToAuthParams, Api.SessionGitHubAuthSwitchToAuthParams, void, void>
  /** Logs out the session's current GitHub authentication. */
  readonly SessionGitHubAuthLogout: Method.Method<"session.gitHubAuth.logout", Api.SessionGitHubAuthLogoutParams, Api.SessionGitHubAuthLogoutParams, boolean, boolean>
  /** Logs out a specific GitHub authentication. */
  readonly SessionGitHubAuthLogoutUser: Method.Method<"session.gitHubAuth.logoutUser", Api.SessionGitHubAuthLogoutUserParams, Api.SessionGitHubAuthLogoutUserParams, boolean, boolean>
  /** Gets validation errors from the most recent authentication attempt. */
  readonly SessionGitHubAuthLastAuthErrors: Method.Method<"session.gitHubAuth.lastAuthErrors", Api.SessionGitHubAuthLastAuthErrorsParams, Api.SessionGitHubAuthLastAuthErrorsParams, Api.AuthValidationErrors, Api.AuthValidationErrors>
  /** Collects a session debug log bundle into a local archive or staging directory. Logs are redacted by default; redaction can be configured per caller-provided diagnostic entry. The runtime includes session-owned logs by default and accepts caller-provided diagnostic entries so host applications can add their own files without changing this API shape. */
  readonly SessionDebugCollectLogs: Method.Method<"session.debug.collectLogs", Api.SessionDebugCollectLogsParams, Api.SessionDebugCollectLogsParams, Api.DebugCollectLogsResult, Api.DebugCollectLogsResult>
  /** Lists canvases declared for the session. */
  readonly SessionCanvasList: Method.Method<"session.canvas.list", Api.SessionCanvasListParams, Api.SessionCanvasListParams, Api.CanvasList, Api.CanvasList>
  /** Lists currently open canvas instances for the live session. */
  readonly SessionCanvasListOpen: Method.Method<"session.canvas.listOpen", Api.SessionCanvasListOpenParams, Api.SessionCanvasListOpenParams, Api.CanvasListOpenResult, Api.CanvasListOpenResult>
  /** Opens or focuses a canvas instance. */
  readonly SessionCanvasOpen: Method.Method<"session.canvas.open", Api.SessionCanvasOpenParams, Api.SessionCanvasOpenParams, Api.OpenCanvasInstance, Api.OpenCanvasInstance>
  /** Closes an open canvas instance. */
  readonly SessionCanvasClose: Method.Method<"session.canvas.close", Api.SessionCanvasCloseParams, Api.SessionCanvasCloseParams, void, void>
  /** Invokes an action on an open canvas instance. */
  readonly SessionCanvasActionInvoke: Method.Method<"session.canvas.action.invoke", Api.SessionCanvasActionInvokeParams, Api.SessionCanvasActionInvokeParams, Api.CanvasActionInvokeResult, Api.CanvasActionInvokeResult>
  /** Registers an internal canvas provider connection and its contributions. */
  readonly SessionCanvasProviderRegister: Method.Method<"session.canvas.provider.register", Api.SessionCanvasProviderRegisterParams, Api.SessionCanvasProviderRegisterParams, void, void>
  /** Unregisters an internal canvas provider connection. */
  readonly SessionCanvasProviderUnregister: Method.Method<"session.canvas.provider.unregister", Api.SessionCanvasProviderUnregisterParams, Api.SessionCanvasProviderUnregisterParams, void, void>
  /** Runs a registered factory by name at the top level. */
  readonly SessionFactoryRun: Method.Method<"session.factory.run", Api.SessionFactoryRunParams, Api.SessionFactoryRunParams, Api.FactoryRunResult, Api.FactoryRunResult>
  /** Resumes a factory run using its persisted name, arguments, journal, and accounting. */
  readonly SessionFactoryResume: Method.Method<"session.factory.resume", Api.SessionFactoryResumeParams, Api.SessionFactoryResumeParams, Api.FactoryResumeResult, Api.FactoryResumeResult>
  /** Internal tool-originated factory invocation. */
  readonly SessionFactoryRunFromTool: Method.Method<"session.factory.runFromTool", Api.SessionFactoryRunFromToolParams, Api.SessionFactoryRunFromToolParams, Api.FactoryRunResult, Api.FactoryRunResult>
  /** Internal tool-originated factory resume. */
  readonly SessionFactoryResumeFromTool: Method.Method<"session.factory.resumeFromTool", Api.SessionFactoryResumeFromToolParams, Api.SessionFactoryResumeFromToolParams, Api.FactoryResumeResult, Api.FactoryResumeResult>
  /** Gets the current or settled envelope for a factory run. */
  readonly SessionFactoryGetRun: Method.Method<"session.factory.getRun", Api.SessionFactoryGetRunParams, Api.SessionFactoryGetRunParams, Api.FactoryRunResult, Api.FactoryRunResult>
  /** Lists durable factory runs for this session in creation order. */
  readonly SessionFactoryListRuns: Method.Method<"session.factory.listRuns", Api.SessionFactoryListRunsParams, Api.SessionFactoryListRunsParams, Api.FactoryListRunsResult, Api.FactoryListRunsResult>
  /** Gets durable and live observability detail for one factory run. */
  readonly SessionFactoryGetRunDetail: Method.Method<"session.factory.getRunDetail", Api.SessionFactoryGetRunDetailParams, Api.SessionFactoryGetRunDetailParams, Api.FactoryRunDetail, Api.FactoryRunDetail>
  /** Pages durable progress for one factory run. */
  readonly SessionFactoryGetRunProgress: Method.Method<"session.factory.getRunProgress", Api.SessionFactoryGetRunProgressParams, Api.SessionFactoryGetRunProgressParams, Api.FactoryProgressPage, Api.FactoryProgressPage>
  /** Requests cancellation of a factory run and returns its run envelope. */
  readonly SessionFactoryCancel: Method.Method<"session.factory.cancel", Api.SessionFactoryCancelParams, Api.SessionFactoryCancelParams, Api.FactoryRunResult, Api.FactoryRunResult>
  /** Pauses a running factory and returns its settled run envelope. */
  readonly SessionFactoryPause: Method.Method<"session.factory.pause", Api.SessionFactoryPauseParams, Api.SessionFactoryPauseParams, Api.FactoryRunResult, Api.FactoryRunResult>
  /** Atomically pauses an owned factory attempt at a durable checkpoint. */
  readonly SessionFactoryPauseAtCheckpoint: Method.Method<"session.factory.pauseAtCheckpoint", Api.SessionFactoryPauseAtCheckpointParams, Api.SessionFactoryPauseAtCheckpointParams, Api.FactoryPauseCheckpointResult, Api.FactoryPauseCheckpointResult>
  /** Records a batch of ordered factory progress lines. */
  readonly SessionFactoryLog: Method.Method<"session.factory.log", Api.SessionFactoryLogParams, Api.SessionFactoryLogParams, Api.FactoryAckResult, Api.FactoryAckResult>
  /** Runs one factory-scoped subagent and returns its result. */
  readonly SessionFactoryAgent: Method.Method<"session.factory.agent", Api.SessionFactoryAgentParams, Api.SessionFactoryAgentParams, Api.FactoryAgentResult, Api.FactoryAgentResult>
  /** Reads a memoized factory journal entry. */
  readonly SessionFactoryJournalGet: Method.Method<"session.factory.journal.get", Api.SessionFactoryJournalGetParams, Api.SessionFactoryJournalGetParams, Api.FactoryJournalGetResult, Api.FactoryJournalGetResult>
  /** Stores a memoized factory journal entry. */
  readonly SessionFactoryJournalPut: Method.Method<"session.factory.journal.put", Api.SessionFactoryJournalPutParams, Api.SessionFactoryJournalPutParams, Api.FactoryAckResult, Api.FactoryAckResult>
  /** Gets the session's authoritative model snapshot, including the committed Auto preference and any newer unclaimed Auto preference waiting for a future user turn. */
  readonly SessionModelGetCurrent: Method.Method<"session.model.getCurrent", Api.SessionModelGetCurrentParams, Api.SessionModelGetCurrentParams, Api.CurrentModel, Api.CurrentModel>
  /** Switches the session to a model and optional reasoning configuration. */
  readonly SessionModelSwitchTo: Method.Method<"session.model.switchTo", Api.SessionModelSwitchToParams, Api.SessionModelSwitchToParams, Api.ModelSwitchToResult, Api.ModelSwitchToResult>
  /** Requests an Auto preference change without changing the session's selected model. The latest unclaimed request wins; the runtime commits it only after a later prompt using the `auto` model mints a usable model and token pair. A `pending` response confirms that the request was accepted, not that it committed. Observe eventual success through `session.model_change`, failure through the ephemeral `session.auto_tier_switch_failed` event, or current unclaimed state through `session.model.getCurrent`. */
  readonly SessionModelSwitchAutoTier: Method.Method<"session.model.switchAutoTier", Api.SessionModelSwitchAutoTierParams, Api.SessionModelSwitchAutoTierParams, Api.ModelSwitchAutoTierResult, Api.ModelSwitchAutoTierResult>
  /** Resolves and applies organization-managed and repository model overlays. */
  readonly SessionModelApplyStartupOverlay: Method.Method<"session.model.applyStartupOverlay", Api.SessionModelApplyStartupOverlayParams, Api.SessionModelApplyStartupOverlayParams, Api.ModelSwitchToResult, Api.ModelSwitchToResult>
  /** Replaces or clears the host-supplied model allowlist for a running session. */
  readonly SessionModelSetAllowedModels: Method.Method<"session.model.setAllowedModels", Api.SessionModelSetAllowedModelsParams, Api.SessionModelSetAllowedModelsParams, Api.ModelSetAllowedModelsResult, Api.ModelSetAllowedModelsResult>
  /** Updates the session's reasoning effort without changing the selected model. */
  readonly SessionModelSetReasoningEffort: Method.Method<"session.model.setReasoningEffort", Api.SessionModelSetReasoningEffortParams, Api.SessionModelSetReasoningEffortParams, Api.ModelSetReasoningEffortResult, Api.ModelSetReasoningEffortResult>
  /** Lists models available to this session using its own auth and integration context. Connected hosts (CLI TUI, GitHub App) should call this through the session client so remote sessions return the remote CLI's available models rather than the caller's. */
  readonly SessionModelList: Method.Method<"session.model.list", Api.SessionModelListParams, Api.SessionModelListParams, Api.SessionModelList, Api.SessionModelList>
  /** Gets the current agent interaction mode. */
  readonly SessionModeGet: Method.Method<"session.mode.get", Api.SessionModeGetParams, Api.SessionModeGetParams, Api.SessionMode, Api.SessionMode>
  /** Sets the current agent interaction mode. */
  readonly SessionModeSet: Method.Method<"session.mode.set", Api.SessionModeSetParams, Api.SessionModeSetParams, Api.ModeSetResult, Api.ModeSetResult>
  /** Gets the session's friendly name. */
  readonly SessionNameGet: Method.Method<"session.name.get", Api.SessionNameGetParams, Api.SessionNameGetParams, Api.NameGetResult, Api.NameGetResult>
  /** Sets the session's friendly name. */
  readonly SessionNameSet: Method.Method<"session.name.set", Api.SessionNameSetParams, Api.SessionNameSetParams, void, void>
  /** Persists an auto-generated session summary as the session's name when no user-set name exists. */
  readonly SessionNameSetAuto: Method.Method<"session.name.setAuto", Api.SessionNameSetAutoParams, Api.SessionNameSetAutoParams, Api.NameSetAutoResult, Api.NameSetAutoResult>
  /** Reads the session plan file from the workspace. */
  readonly SessionPlanRead: Method.Method<"session.plan.read", Api.SessionPlanReadParams, Api.SessionPlanReadParams, Api.PlanReadResult, Api.PlanReadResult>
  /** Writes new content to the session plan file. */
  readonly SessionPlanUpdate: Method.Method<"session.plan.update", Api.SessionPlanUpdateParams, Api.SessionPlanUpdateParams, void, void>
  /** Deletes the session plan file from the workspace. */
  readonly SessionPlanDelete: Method.Method<"session.plan.delete", Api.SessionPlanDeleteParams, Api.SessionPlanDeleteParams, void, void>
  /** Reads todo rows from the session SQL database for plan rendering. */
  readonly SessionPlanReadSqlTodos: Method.Method<"session.plan.readSqlTodos", Api.SessionPlanReadSqlTodosParams, Api.SessionPlanReadSqlTodosParams, Api.PlanReadSqlTodosResult, Api.PlanReadSqlTodosResult>
  /** Reads todo rows AND dependency edges from the session SQL database for structured progress UI. Same defensive behavior as readSqlTodos — returns empty arrays when the database, tables, or columns aren't available. Clients should call this on session start and after every `session.todos_changed` event to refresh structured-UI rendering. */
  readonly SessionPlanReadSqlTodosWithDependencies: Method.Method<"session.plan.readSqlTodosWithDependencies", Api.SessionPlanReadSqlTodosWithDependenciesParams, Api.SessionPlanReadSqlTodosWithDependenciesParams, Api.PlanReadSqlTodosWithDependenciesResult, Api.PlanReadSqlTodosWithDependenciesResult>
  /** Gets current workspace metadata for the session. */
  readonly SessionWorkspacesGetWorkspace: Method.Method<"session.workspaces.getWorkspace", Api.SessionWorkspacesGetWorkspaceParams, Api.SessionWorkspacesGetWorkspaceParams, Api.WorkspacesGetWorkspaceResult, Api.WorkspacesGetWorkspaceResultEncoded>
  /** Updates workspace metadata for a local session and returns the refreshed workspace. */
  readonly SessionWorkspacesUpdateMetadata: Method.Method<"session.workspaces.updateMetadata", Api.SessionWorkspacesUpdateMetadataParams, Api.SessionWorkspacesUpdateMetadataParams, Api.WorkspacesGetWorkspaceResult, Api.WorkspacesGetWorkspaceResultEncoded>
  /** Ensures a local session workspace exists and returns it. */
  readonly SessionWorkspacesEnsure: Method.Method<"session.workspaces.ensure", Api.SessionWorkspacesEnsureParams, Api.SessionWorkspacesEnsureParams, Api.WorkspacesGetWorkspaceResult, Api.WorkspacesGetWorkspaceResultEncoded>
  /** Lists files stored in the session workspace files directory. */
  readonly SessionWorkspacesListFiles: Method.Method<"session.workspaces.listFiles", Api.SessionWorkspacesListFilesParams, Api.SessionWorkspacesListFilesParams, Api.WorkspacesListFilesResult, Api.WorkspacesListFilesResult>
  /** Reads a file from the session workspace files directory. */
  readonly SessionWorkspacesReadFile: Method.Method<"session.workspaces.readFile", Api.SessionWorkspacesReadFileParams, Api.SessionWorkspacesReadFileParams, Api.WorkspacesReadFileResult, Api.WorkspacesReadFileResult>
  /** Creates or overwrites a file in the session workspace files directory. */
  readonly SessionWorkspacesCreateFile: Method.Method<"session.workspaces.createFile", Api.SessionWorkspacesCreateFileParams, Api.SessionWorkspacesCreateFileParams, void, void>
  /** Returns metadata for a file or directory in the session workspace files directory. */
  readonly SessionWorkspacesStatFile: Method.Method<"session.workspaces.statFile", Api.SessionWorkspacesStatFileParams, Api.SessionWorkspacesStatFileParams, Api.WorkspacesStatFileResult, Api.WorkspacesStatFileResult>
  /** Creates a directory in the session workspace files directory. */
  readonly SessionWorkspacesCreateDirectory: Method.Method<"session.workspaces.createDirectory", Api.SessionWorkspacesCreateDirectoryParams, Api.SessionWorkspacesCreateDirectoryParams, void, void>
  /** Removes a file or directory from the session workspace files directory. */
  readonly SessionWorkspacesRemovePath: Method.Method<"session.workspaces.removePath", Api.SessionWorkspacesRemovePathParams, Api.SessionWorkspacesRemovePathParams, void, void>
  /** Renames a file or directory within the session workspace files directory. */
  readonly SessionWorkspacesRenamePath: Method.Method<"session.workspaces.renamePath", Api.SessionWorkspacesRenamePathParams, Api.SessionWorkspacesRenamePathParams, void, void>
  /** Lists workspace checkpoints in chronological order. */
  readonly SessionWorkspacesListCheckpoints: Method.Method<"session.workspaces.listCheckpoints", Api.SessionWorkspacesListCheckpointsParams, Api.SessionWorkspacesListCheckpointsParams, Api.WorkspacesListCheckpointsResult, Api.WorkspacesListCheckpointsResult>
  /** Reads the content of a workspace checkpoint by number. */
  readonly SessionWorkspacesReadCheckpoint: Method.Method<"session.workspaces.readCheckpoint", Api.SessionWorkspacesReadCheckpointParams, Api.SessionWorkspacesReadCheckpointParams, Api.WorkspacesReadCheckpointResult, Api.WorkspacesReadCheckpointResult>
  /** Adds a compaction summary checkpoint to the local session workspace. */
  readonly SessionWorkspacesAddSummary: Method.Method<"session.workspaces.addSummary", Api.SessionWorkspacesAddSummaryParams, Api.SessionWorkspacesAddSummaryParams, Api.WorkspacesAddSummaryResult, Api.WorkspacesAddSummaryResult>
  /** Truncates local workspace compaction summaries after a rollback. */
  readonly SessionWorkspacesTruncateSummaries: Method.Method<"session.workspaces.truncateSummaries", Api.SessionWorkspacesTruncateSummariesParams, Api.SessionWorkspacesTruncateSummariesParams, Api.WorkspacesGetWorkspaceResult, Api.WorkspacesGetWorkspaceResultEncoded>
  /** Reads the autopilot objective state file from the local session workspace. */
  readonly SessionWorkspacesReadAutopilotObjective: Method.Method<"session.workspaces.readAutopilotObjective", Api.SessionWorkspacesReadAutopilotObjectiveParams, Api.SessionWorkspacesReadAutopilotObjectiveParams, Api.WorkspacesReadAutopilotObjectiveResult, Api.WorkspacesReadAutopilotObjectiveResult>
  /** Writes the autopilot objective state file in the local session workspace. */
  readonly SessionWorkspacesWriteAutopilotObjective: Method.Method<"session.workspaces.writeAutopilotObjective", Api.SessionWorkspacesWriteAutopilotObjectiveParams, Api.SessionWorkspacesWriteAutopilotObjectiveParams, Api.WorkspacesWriteAutopilotObjectiveResult, Api.WorkspacesWriteAutopilotObjectiveResult>
  /** Deletes the autopilot objective state file from the local session workspace. */
  readonly SessionWorkspacesDeleteAutopilotObjective: Method.Method<"session.workspaces.deleteAutopilotObjective", Api.SessionWorkspacesDeleteAutopilotObjectiveParams, Api.SessionWorkspacesDeleteAutopilotObjectiveParams, Api.WorkspacesDeleteAutopilotObjectiveResult, Api.WorkspacesDeleteAutopilotObjectiveResult>
  /** Checks whether the local session workspace has an autopilot objective state file. */
  readonly SessionWorkspacesAutopilotObjectiveExists: Method.Method<"session.workspaces.autopilotObjectiveExists", Api.SessionWorkspacesAutopilotObjectiveExistsParams, Api.SessionWorkspacesAutopilotObjectiveExistsParams, Api.WorkspacesAutopilotObjectiveExistsResult, Api.WorkspacesAutopilotObjectiveExistsResult>
  /** Saves pasted content as a UTF-8 file in the session workspace. */
  readonly SessionWorkspacesSaveLargePaste: Method.Method<"session.workspaces.saveLargePaste", Api.SessionWorkspacesSaveLargePasteParams, Api.SessionWorkspacesSaveLargePasteParams, Api.WorkspacesSaveLargePasteResult, Api.WorkspacesSaveLargePasteResult>
  /** Computes a diff for the session workspace. Never rejects for a busy session: a `session`-mode diff that cannot read the session's file-change captures falls back to an unstaged git diff with `isFallback: true` and reports why in `unavailableReason`. */
  readonly SessionWorkspacesDiff: Method.Method<"session.workspaces.diff", Api.SessionWorkspacesDiffParams, Api.SessionWorkspacesDiffParams, Api.WorkspaceDiffResult, Api.WorkspaceDiffResult>
  /** Reads the current canonical autopilot objective state for this session. */
  readonly SessionAutopilotObjectiveGetState: Method.Method<"session.autopilotObjective.getState", Api.SessionAutopilotObjectiveGetStateParams, Api.SessionAutopilotObjectiveGetStateParams, Api.AutopilotObjectiveGetStateResult, Api.AutopilotObjectiveGetStateResult>
  /** Gets the characters that should trigger host-driven completions for the session. Empty disables host-driven completions (e.g. local sessions, or a relay host that does not advertise them). */
  readonly SessionCompletionsGetTriggerCharacters: Method.Method<"session.completions.getTriggerCharacters", Api.SessionCompletionsGetTriggerCharactersParams, Api.SessionCompletionsGetTriggerCharactersParams, Api.CompletionsGetTriggerCharactersResult, Api.CompletionsGetTriggerCharactersResult>
  /** Requests host-driven completion items for the current composer input. Returns an empty list when the host has no items or does not support completions. */
  readonly SessionCompletionsRequest: Method.Method<"session.completions.request", Api.SessionCompletionsRequestParams, Api.SessionCompletionsRequestParams, Api.CompletionsRequestResult, Api.CompletionsRequestResult>
  /** Gets instruction sources loaded for the session. */
  readonly SessionInstructionsGetSources: Method.Method<"session.instructions.getSources", Api.SessionInstructionsGetSourcesParams, Api.SessionInstructionsGetSourcesParams, Api.InstructionsGetSourcesResult, Api.InstructionsGetSourcesResult>
  /** Starts fleet mode by submitting the fleet orchestration prompt to the session. */
  readonly SessionFleetStart: Method.Method<"session.fleet.start", Api.SessionFleetStartParams, Api.SessionFleetStartParamsEncoded, Api.FleetStartResult, Api.FleetStartResult>
  /** Lists agents available to the session. Defaults to custom agents only; pass includeBuiltInAgents to include the effective built-in agents. */
  readonly SessionAgentList: Method.Method<"session.agent.list", Api.SessionAgentListParams, Api.SessionAgentListParams, Api.AgentList, Api.AgentList>
  /** Sets an in-memory authored prompt override for an available agent. For built-in agents, this replaces only the static base prompt while preserving runtime-owned dynamic prompt composition and behavior. The special `general-purpose` agent is not overrideable. Overrides are not persisted; resumed and forked sessions start without them, so the host must re-apply them. */
  readonly SessionAgentSetPrompt: Method.Method<"session.agent.setPrompt", Api.SessionAgentSetPromptParams, Api.SessionAgentSetPromptParams, void, void>
  /** Gets the currently selected custom agent for the session. */
  readonly SessionAgentGetCurrent: Method.Method<"session.agent.getCurrent", Api.SessionAgentGetCurrentParams, Api.SessionAgentGetCurrentParams, Api.AgentGetCurrentResult, Api.AgentGetCurrentResult>
  /** Selects a custom agent for subsequent turns in the session. */
  readonly SessionAgentSelect: Method.Method<"session.agent.select", Api.SessionAgentSelectParams, Api.SessionAgentSelectParams, Api.AgentSelectResult, Api.AgentSelectResult>
  /** Clears the selected custom agent and returns the session to the default agent. */
  readonly SessionAgentDeselect: Method.Method<"session.agent.deselect", Api.SessionAgentDeselectParams, Api.SessionAgentDeselectParams, void, void>
  /** Reloads custom agent definitions and returns the refreshed list. */
  readonly SessionAgentReload: Method.Method<"session.agent.reload", Api.SessionAgentReloadParams, Api.SessionAgentReloadParams, Api.AgentReloadResult, Api.AgentReloadResult>
  /** Starts a background agent task in the session. */
  readonly SessionTasksStartAgent: Method.Method<"session.tasks.startAgent", Api.SessionTasksStartAgentParams, Api.SessionTasksStartAgentParams, Api.TasksStartAgentResult, Api.TasksStartAgentResult>
  /** Lists background tasks tracked by the session. */
  readonly SessionTasksList: Method.Method<"session.tasks.list", Api.SessionTasksListParams, Api.SessionTasksListParams, Api.TaskList, Api.TaskListEncoded>
  /** Registers a client-owned task, or reclaims an orphaned task belonging to the same extension principal. */
  readonly SessionTasksRegister: Method.Method<"session.tasks.register", Api.SessionTasksRegisterParams, Api.SessionTasksRegisterParams, Api.TasksRegisterResult, Api.TasksRegisterResultEncoded>
  /** Publishes generic progress or a terminal outcome for a client-owned task. */
  readonly SessionTasksUpdate: Method.Method<"session.tasks.update", Api.SessionTasksUpdateParams, Api.SessionTasksUpdateParams, Api.TasksUpdateResult, Api.TasksUpdateResultEncoded>
  /** Refreshes metadata for any detached background shells the runtime knows about. */
  readonly SessionTasksRefresh: Method.Method<"session.tasks.refresh", Api.SessionTasksRefreshParams, Api.SessionTasksRefreshParams, Api.TasksRefreshResult, Api.TasksRefreshResult>
  /** Waits for all in-flight background tasks and any follow-up turns to settle. */
  readonly SessionTasksWaitForPending: Method.Method<"session.tasks.waitForPending", Api.SessionTasksWaitForPendingParams, Api.SessionTasksWaitForPendingParams, Api.TasksWaitForPendingResult, Api.TasksWaitForPendingResult>
  /** Returns progress information for a background task by ID. */
  readonly SessionTasksGetProgress: Method.Method<"session.tasks.getProgress", Api.SessionTasksGetProgressParams, Api.SessionTasksGetProgressParams, Api.TasksGetProgressResult, Api.TasksGetProgressResultEncoded>
  /** Returns the first sync-waiting task that can currently be promoted to background mode. */
  readonly SessionTasksGetCurrentPromotable: Method.Method<"session.tasks.getCurrentPromotable", Api.SessionTasksGetCurrentPromotableParams, Api.SessionTasksGetCurrentPromotableParams, Api.TasksGetCurrentPromotableResult, Api.TasksGetCurrentPromotableResultEncoded>
  /** Promotes an eligible synchronously-waited task so it continues running in the background. */
  readonly SessionTasksPromoteToBackground: Method.Method<"session.tasks.promoteToBackground", Api.SessionTasksPromoteToBackgroundParams, Api.SessionTasksPromoteToBackgroundParams, Api.TasksPromoteToBackgroundResult, Api.TasksPromoteToBackgroundResult>
  /** Atomically promotes the first promotable sync-waiting task to background mode and returns it. */
  readonly SessionTasksPromoteCurrentToBackground: Method.Method<"session.tasks.promoteCurrentToBackground", Api.SessionTasksPromoteCurrentToBackgroundParams, Api.SessionTasksPromoteCurrentToBackgroundParams, Api.TasksPromoteCurrentToBackgroundResult, Api.TasksPromoteCurrentToBackgroundResultEncoded>
  /** Cancels a background task. */
  readonly SessionTasksCancel: Method.Method<"session.tasks.cancel", Api.SessionTasksCancelParams, Api.SessionTasksCancelParams, Api.TasksCancelResult, Api.TasksCancelResult>
  /** Removes a completed or cancelled background task from tracking. */
  readonly SessionTasksRemove: Method.Method<"session.tasks.remove", Api.SessionTasksRemoveParams, Api.SessionTasksRemoveParams, Api.TasksRemoveResult, Api.TasksRemoveResult>
  /** Sends a message to a background agent task. */
  readonly SessionTasksSendMessage: Method.Method<"session.tasks.sendMessage", Api.SessionTasksSendMessageParams, Api.SessionTasksSendMessageParams, Api.TasksSendMessageResult, Api.TasksSendMessageResult>
  /** Lists skills available to the session. */
  readonly SessionSkillsList: Method.Method<"session.skills.list", Api.SessionSkillsListParams, Api.SessionSkillsListParams, Api.SkillList, Api.SkillList>
  /** Returns the skills that have been invoked during this session. */
  readonly SessionSkillsGetInvoked: Method.Method<"session.skills.getInvoked", Api.SessionSkillsGetInvokedParams, Api.SessionSkillsGetInvokedParams, Api.SkillsGetInvokedResult, Api.SkillsGetInvokedResult>
  /** Enables a skill for the session. */
  readonly SessionSkillsEnable: Method.Method<"session.skills.enable", Api.SessionSkillsEnableParams, Api.SessionSkillsEnableParams, void, void>
  /** Disables a skill for the session. */
  readonly SessionSkillsDisable: Method.Method<"session.skills.disable", Api.SessionSkillsDisableParams, Api.SessionSkillsDisableParams, void, void>
  /** Reloads skill definitions for the session. */
  readonly SessionSkillsReload: Method.Method<"session.skills.reload", Api.SessionSkillsReloadParams, Api.SessionSkillsReloadParams, Api.SkillsLoadDiagnostics, Api.SkillsLoadDiagnostics>
  /** Ensures the session's skill definitions have been loaded from disk. */
  readonly SessionSkillsEnsureLoaded: Method.Method<"session.skills.ensureLoaded", Api.SessionSkillsEnsureLoadedParams, Api.SessionSkillsEnsureLoadedParams, void, void>
  /** Lists MCP servers configured for the session, their connection status, and host-level state. The host-level state (disabled/filtered servers, failed/needs-auth/pending connections, mcp3p policy, full config) is empty/zero when no MCP host has been initialized for the session. */
  readonly SessionMcpList: Method.Method<"session.mcp.list", Api.SessionMcpListParams, Api.SessionMcpListParams, Api.McpServerList, Api.McpServerList>
  /** Lists the tools exposed by a connected MCP server on this session's host. This performs a live `tools/list` request. Tool UI metadata is returned independently of whether MCP Apps rendering is enabled for the session. */
  readonly SessionMcpListTools: Method.Method<"session.mcp.listTools", Api.SessionMcpListToolsParams, Api.SessionMcpListToolsParams, Api.McpListToolsResult, Api.McpListToolsResult>
  /** Enables an MCP server for the session. */
  readonly SessionMcpEnable: Method.Method<"session.mcp.enable", Api.SessionMcpEnableParams, Api.SessionMcpEnableParams, void, void>
  /** Disables an MCP server for the session. */
  readonly SessionMcpDisable: Method.Method<"session.mcp.disable", Api.SessionMcpDisableParams, Api.SessionMcpDisableParams, void, void>
  /** Reloads MCP server connections for the session. */
  readonly SessionMcpReload: Method.Method<"session.mcp.reload", Api.SessionMcpReloadParams, Api.SessionMcpReloadParams, void, void>
  /** Releases any turns waiting on an in-flight MCP load without cancelling the load, letting the agent proceed while MCP servers finish connecting in the background. No-op when no MCP load is in flight or waiting turns were already released. */
  readonly SessionMcpMoveLoadingToBackground: Method.Method<"session.mcp.moveLoadingToBackground", Api.SessionMcpMoveLoadingToBackgroundParams, Api.SessionMcpMoveLoadingToBackgroundParams, Api.MoveMcpLoadingToBackgroundResult, Api.MoveMcpLoadingToBackgroundResult>
  /** Reloads MCP server connections for the session with an explicit host-provided configuration. */
  readonly SessionMcpReloadWithConfig: Method.Method<"session.mcp.reloadWithConfig", Api.SessionMcpReloadWithConfigParams, Api.SessionMcpReloadWithConfigParams, Api.McpStartServersResult, Api.McpStartServersResult>
  /** Runs an MCP sampling inference on behalf of an MCP server. */
  readonly SessionMcpExecuteSampling: Method.Method<"session.mcp.executeSampling", Api.SessionMcpExecuteSamplingParams, Api.SessionMcpExecuteSamplingParams, Api.McpSamplingExecutionResult, Api.McpSamplingExecutionResult>
  /** Cancels an in-flight MCP sampling execution by request ID. */
  readonly SessionMcpCancelSamplingExecution: Method.Method<"session.mcp.cancelSamplingExecution", Api.SessionMcpCancelSamplingExecutionParams, Api.SessionMcpCancelSamplingExecutionParams, Api.McpCancelSamplingExecutionResult, Api.McpCancelSamplingExecutionResult>
  /** Sets how environment-variable values supplied to MCP servers are resolved (direct or indirect). */
  readonly SessionMcpSetEnvValueMode: Method.Method<"session.mcp.setEnvValueMode", Api.SessionMcpSetEnvValueModeParams, Api.SessionMcpSetEnvValueModeParams, Api.McpSetEnvValueModeResult, Api.McpSetEnvValueModeResult>
  /** Removes the auto-managed `github` MCP server when present. */
  readonly SessionMcpRemoveGitHub: Method.Method<"session.mcp.removeGitHub", Api.SessionMcpRemoveGitHubParams, Api.SessionMcpRemoveGitHubParams, Api.McpRemoveGitHubResult, Api.McpRemoveGitHubResult>
  /** Configures the built-in GitHub MCP server for the session's current auth context. */
  readonly SessionMcpConfigureGitHub: Method.Method<"session.mcp.configureGitHub", Api.SessionMcpConfigureGitHubParams, Api.SessionMcpConfigureGitHubParams, Api.McpConfigureGitHubResult, Api.McpConfigureGitHubResult>
  /** Starts an individual MCP server on the live session. Omit `config` for a config-free start-by-name of an already-configured server (reuses the server's already-registered configuration); supply `config` to start from a caller-supplied configuration. Session-scoped and ephemeral: the server is added to this session's running set only and is reaped when the session ends. Does NOT modify persistent user configuration (`mcp.config.*`), so it does not affect future sessions. The server surfaces through `session.mcp.list` and the `session.mcp_servers_loaded` / `session.mcp_server_status_changed` events like any other server. */
  readonly SessionMcpStartServer: Method.Method<"session.mcp.startServer", Api.SessionMcpStartServerParams, Api.SessionMcpStartServerParams, void, void>
  /** Restarts an individual MCP server on the live session (stops then starts). Omit `config` for a config-free restart-by-name of an already-configured server; supply `config` to restart with a replacement configuration. Session-scoped and ephemeral: does NOT modify persistent user configuration (`mcp.config.*`). */
  readonly SessionMcpRestartServer: Method.Method<"session.mcp.restartServer", Api.SessionMcpRestartServerParams, Api.SessionMcpRestartServerParams, void, void>
  /** Stops an individual MCP server on the session's host. */
  readonly SessionMcpStopServer: Method.Method<"session.mcp.stopServer", Api.SessionMcpStopServerParams, Api.SessionMcpStopServerParams, void, void>
  /** Registers a pre-connected external MCP client (e.g. IDE) on the session's host. The caller retains lifecycle ownership of the client and transport. Marked internal because the `client` and `transport` arguments are in-process MCP SDK instances that cannot be serialized across the JSON-RPC boundary; once the CLI moves on top of the SDK, external clients will be expressed as transport configs the runtime can construct itself. */
  readonly SessionMcpRegisterExternalClient: Method.Method<"session.mcp.registerExternalClient", Api.SessionMcpRegisterExternalClientParams, Api.SessionMcpRegisterExternalClientParams, void, void>
  /** Unregisters a previously registered external MCP client by server name. Marked internal as the paired companion of `registerExternalClient`: only in-process callers that registered a client this way can meaningfully unregister it. Disappears alongside `registerExternalClient`: once external clients are described to the runtime as config rather than handed in as instances, lifecycle (including deregistration) is owned entirely by the runtime. */
  readonly SessionMcpUnregisterExternalClient: Method.Method<"session.mcp.unregisterExternalClient", Api.SessionMcpUnregisterExternalClientParams, Api.SessionMcpUnregisterExternalClientParams, void, void>
  /** Checks whether a named MCP server is currently running on the session's host. */
  readonly SessionMcpIsServerRunning: Method.Method<"session.mcp.isServerRunning", Api.SessionMcpIsServerRunningParams, Api.SessionMcpIsServerRunningParams, Api.McpIsServerRunningResult, Api.McpIsServerRunningResult>
  /** Resolves a pending MCP OAuth request with a host-provided token or cancellation. The pending request is emitted as mcp.oauth_required with the data necessary to authorize the request. */
  readonly SessionMcpOauthHandlePendingRequest: Method.Method<"session.mcp.oauth.handlePendingRequest", Api.SessionMcpOauthHandlePendingRequestParams, Api.SessionMcpOauthHandlePendingRequestParams, Api.McpOauthHandlePendingResult, Api.McpOauthHandlePendingResult>
  /** Notifies the session that MCP OAuth authentication succeeded and updated credentials were persisted, so cached tool definitions can be refreshed. */
  readonly SessionMcpOauthAuthenticationStateChanged: Method.Method<"session.mcp.oauth.authenticationStateChanged", Api.SessionMcpOauthAuthenticationStateChangedParams, Api.SessionMcpOauthAuthenticationStateChangedParams, void, void>
  /** Starts OAuth authentication for a remote MCP server. */
  readonly SessionMcpOauthLogin: Method.Method<"session.mcp.oauth.login", Api.SessionMcpOauthLoginParams, Api.SessionMcpOauthLoginParams, Api.McpOauthLoginResult, Api.McpOauthLoginResult>
  /** Passively probes a configured remote MCP server to classify whether OAuth is required or a cached/override token is accepted. Does not start OAuth, emit pending OAuth requests, or mutate MCP connection state. */
  readonly SessionMcpOauthProbe: Method.Method<"session.mcp.oauth.probe", Api.SessionMcpOauthProbeParams, Api.SessionMcpOauthProbeParams, Api.McpOauthProbeResult, Api.McpOauthProbeResult>
  /** Responds to a pending MCP OAuth authorization request by its request id. */
  readonly SessionMcpOauthRespond: Method.Method<"session.mcp.oauth.respond", Api.SessionMcpOauthRespondParams, Api.SessionMcpOauthRespondParams, Api.McpOauthRespondResult, Api.McpOauthRespondResult>
  /** Responds to a pending MCP dynamic headers refresh request. Hosts that subscribe to `mcp.headers_refresh_required` use this to provide short-lived per-server headers or to indicate that no dynamic headers are available for this refresh. */
  readonly SessionMcpHeadersHandlePendingHeadersRefreshRequest: Method.Method<"session.mcp.headers.handlePendingHeadersRefreshRequest", Api.SessionMcpHeadersHandlePendingHeadersRefreshRequestParams, Api.SessionMcpHeadersHandlePendingHeadersRefreshRequestParams, Api.McpHeadersHandlePendingHeadersRefreshRequestResult, Api.McpHeadersHandlePendingHeadersRefreshRequestResult>
  /** Fetch an MCP resource (typically a `ui://` MCP App bundle, per SEP-1865) from a connected server. Requires the `mcp-apps` session capability. */
  readonly SessionMcpAppsReadResource: Method.Method<"session.mcp.apps.readResource", Api.SessionMcpAppsReadResourceParams, Api.SessionMcpAppsReadResourceParams, Api.McpAppsReadResourceResult, Api.McpAppsReadResourceResult>
  /** List tools that an MCP App view is allowed to call (SEP-1865 visibility filter). Returns tools whose `_meta.ui.visibility` is unset (default `["model","app"]`) or includes `"app"`. */
  readonly SessionMcpAppsListTools: Method.Method<"session.mcp.apps.listTools", Api.SessionMcpAppsListToolsParams, Api.SessionMcpAppsListToolsParams, Api.McpAppsListToolsResult, Api.McpAppsListToolsResult>
  /** Call an MCP tool from an MCP App view (SEP-1865). Enforces the visibility check that prevents an app iframe from invoking model-only tools. Returns the standard MCP `CallToolResult`. */
  readonly SessionMcpAppsCallTool: Method.Method<"session.mcp.apps.callTool", Api.SessionMcpAppsCallToolParams, Api.SessionMcpAppsCallToolParams, { readonly [key: string]: unknown }, { readonly [key: string]: unknown }>
  /** Replace the host context returned to MCP App guests on `ui/initialize`. Hosts use this to advertise theme, locale, or other metadata to the guest UI. */
  readonly SessionMcpAppsSetHostContext: Method.Method<"session.mcp.apps.setHostContext", Api.SessionMcpAppsSetHostContextParams, Api.SessionMcpAppsSetHostContextParams, void, void>
  /** Read the current host context advertised to MCP App guests. */
  readonly SessionMcpAppsGetHostContext: Method.Method<"session.mcp.apps.getHostContext", Api.SessionMcpAppsGetHostContextParams, Api.SessionMcpAppsGetHostContextParams, Api.McpAppsHostContext, Api.McpAppsHostContext>
  /** Diagnose MCP Apps wiring for a specific MCP server. Reports the session capability, feature-flag state, advertised extension, and how many tools have `_meta.ui` populated. */
  readonly SessionMcpAppsDiagnose: Method.Method<"session.mcp.apps.diagnose", Api.SessionMcpAppsDiagnoseParams, Api.SessionMcpAppsDiagnoseParams, Api.McpAppsDiagnoseResult, Api.McpAppsDiagnoseResult>
  /** Fetch an MCP resource from a connected server by URI (proxies MCP `resources/read`). */
  readonly SessionMcpResourcesRead: Method.Method<"session.mcp.resources.read", Api.SessionMcpResourcesReadParams, Api.SessionMcpResourcesReadParams, Api.McpResourcesReadResult, Api.McpResourcesReadResult>
  /** Enumerate one page of resources a connected MCP server exposes (proxies MCP `resources/list`). Pass `cursor` to continue from a prior result's `nextCursor`. */
  readonly SessionMcpResourcesList: Method.Method<"session.mcp.resources.list", Api.SessionMcpResourcesListParams, Api.SessionMcpResourcesListParams, Api.McpResourcesListResult, Api.McpResourcesListResult>
  /** Enumerate one page of resource templates a connected MCP server exposes (proxies MCP `resources/templates/list`). Pass `cursor` to continue from a prior result's `nextCursor`. */
  readonly SessionMcpResourcesListTemplates: Method.Method<"session.mcp.resources.listTemplates", Api.SessionMcpResourcesListTemplatesParams, Api.SessionMcpResourcesListTemplatesParams, Api.McpResourcesListTemplatesResult, Api.McpResourcesListTemplatesResult>
  /** Lists plugins installed for the session. */
  readonly SessionPluginsList: Method.Method<"session.plugins.list", Api.SessionPluginsListParams, Api.SessionPluginsListParams, Api.PluginList, Api.PluginList>
  /** Reloads the session's plugin set, refreshing MCP servers, custom agents, hooks, and skills cache so SDK-driven changes via `server.plugins.*` take effect immediately. */
  readonly SessionPluginsReload: Method.Method<"session.plugins.reload", Api.SessionPluginsReloadParams, Api.SessionPluginsReloadParams, void, void>
  /** Returns the provider endpoint and credentials the session is currently configured to talk to, so the caller can make inference calls directly against the same backend the session uses. */
  readonly SessionProviderGetEndpoint: Method.Method<"session.provider.getEndpoint", Api.SessionProviderGetEndpointParams, Api.SessionProviderGetEndpointParams, Api.ProviderEndpoint, Api.ProviderEndpointEncoded>
  /** Adds BYOK providers and/or models to the session's registry at runtime, extending the additive registry built from the session's `providers`/`models` options. Both fields are optional, so a call may add providers only, models only, or both. Within a single call providers are registered before models, so a model may reference a provider added in the same call; across calls a model may reference any provider already registered (from session creation or a prior add). A model whose referenced provider is not registered by the end of the call is rejected. Newly added models become selectable via `model.list` / `model.switchTo` and are inherited by sub-agents spawned afterwards. */
  readonly SessionProviderAdd: Method.Method<"session.provider.add", Api.SessionProviderAddParams, Api.SessionProviderAddParams, Api.ProviderAddResult, Api.ProviderAddResult>
  /** Patches the genuinely-mutable subset of session options. */
  readonly SessionOptionsUpdate: Method.Method<"session.options.update", Api.SessionOptionsUpdateParams, Api.SessionOptionsUpdateParams, Api.SessionUpdateOptionsResult, Api.SessionUpdateOptionsResult>
  /** Loads the merged LSP configuration set for the session's working directory. */
  readonly SessionLspInitialize: Method.Method<"session.lsp.initialize", Api.SessionLspInitializeParams, Api.SessionLspInitializeParams, void, void>
  /** Lists extensions discovered for the session and their current status. */
  readonly SessionExtensionsList: Method.Method<"session.extensions.list", Api.SessionExtensionsListParams, Api.SessionExtensionsListParams, Api.ExtensionList, Api.ExtensionList>
  /** Enables an extension for the session. */
  readonly SessionExtensionsEnable: Method.Method<"session.extensions.enable", Api.SessionExtensionsEnableParams, Api.SessionExtensionsEnableParams, void, void>
  /** Disables an extension for the session. */
  readonly SessionExtensionsDisable: Method.Method<"session.extensions.disable", Api.SessionExtensionsDisableParams, Api.SessionExtensionsDisableParams, void, void>
  /** Reloads extension definitions and processes for the session. */
  readonly SessionExtensionsReload: Method.Method<"session.extensions.reload", Api.SessionExtensionsReloadParams, Api.SessionExtensionsReloadParams, void, void>
  /** Push attachments into the next user-message turn from an extension. The host should surface them as composer pills and forward them via the next session.send call. Callable only by extension-owned connections. */
  readonly SessionExtensionsSendAttachmentsToMessage: Method.Method<"session.extensions.sendAttachmentsToMessage", Api.SessionExtensionsSendAttachmentsToMessageParams, Api.SessionExtensionsSendAttachmentsToMessageParams, void, void>
  /** Executes one tool from the session's currently offered tool set through the native invocation pipeline. */
  readonly SessionToolsExecute: Method.Method<"session.tools.execute", Api.SessionToolsExecuteParams, Api.SessionToolsExecuteParams, Api.ToolResult, Api.ToolResult>
  /** Returns the Rust-owned built-in tool descriptors used to construct the session's offered tool set. */
  readonly SessionToolsGetBuiltinDescriptors: Method.Method<"session.tools.getBuiltinDescriptors", Api.SessionToolsGetBuiltinDescriptorsParams, Api.SessionToolsGetBuiltinDescriptorsParams, Api.ToolsGetBuiltinDescriptorsResult, Api.ToolsGetBuiltinDescriptorsResult>
  /** Projects a completed task_complete tool call into its label-safe session event payload. */
  readonly SessionToolsTaskCompleteEventData: Method.Method<"session.tools.taskCompleteEventData", Api.SessionToolsTaskCompleteEventDataParams, Api.SessionToolsTaskCompleteEventDataParams, Api.TaskCompleteData, Api.TaskCompleteData>
  /** Provides the result for a pending external tool call. */
  readonly SessionToolsHandlePendingToolCall: Method.Method<"session.tools.handlePendingToolCall", Api.SessionToolsHandlePendingToolCallParams, Api.SessionToolsHandlePendingToolCallParams, Api.HandlePendingToolCallResult, Api.HandlePendingToolCallResult>
  /** Resolves, builds, and validates the runtime tool list for the session. */
  readonly SessionToolsInitializeAndValidate: Method.Method<"session.tools.initializeAndValidate", Api.SessionToolsInitializeAndValidateParams, Api.SessionToolsInitializeAndValidateParams, Api.ToolsInitializeAndValidateResult, Api.ToolsInitializeAndValidateResult>
  /** Returns lightweight metadata for the session's currently initialized tools. */
  readonly SessionToolsGetCurrentMetadata: Method.Method<"session.tools.getCurrentMetadata", Api.SessionToolsGetCurrentMetadataParams, Api.SessionToolsGetCurrentMetadataParams, Api.ToolsGetCurrentMetadataResult, Api.ToolsGetCurrentMetadataResult>
  /** Atomically replaces the complete externally implemented tool list supplied by the calling connection. Built-in, MCP/plugin, extension-discovered, subagent, and tools supplied by other connections remain unchanged. */
  readonly SessionToolsSet: Method.Method<"session.tools.set", Api.SessionToolsSetParams, Api.SessionToolsSetParams, Api.ToolsSetResult, Api.ToolsSetResult>
  /** Sets the current session's live subagent settings override, which takes precedence over persisted user settings until cleared. Persisted user settings remain the source of truth for future sessions. */
  readonly SessionToolsUpdateSubagentSettings: Method.Method<"session.tools.updateSubagentSettings", Api.SessionToolsUpdateSubagentSettingsParams, Api.SessionToolsUpdateSubagentSettingsParams, Api.ToolsUpdateSubagentSettingsResult, Api.ToolsUpdateSubagentSettingsResult>
  /** Lists slash commands available in the session. */
  readonly SessionCommandsList: Method.Method<"session.commands.list", Api.SessionCommandsListParams, Api.SessionCommandsListParams, Api.CommandList, Api.CommandList>
  /** Invokes a slash command in the session. */
  readonly SessionCommandsInvoke: Method.Method<"session.commands.invoke", Api.SessionCommandsInvokeParams, Api.SessionCommandsInvokeParams, Api.SlashCommandInvocationResult, Api.SlashCommandInvocationResult>
  /** Finalizes persistence associated with a client-applied slash-command effect. */
  readonly SessionCommandsFinalizeInvocationEffect: Method.Method<"session.commands.finalizeInvocationEffect", Api.SessionCommandsFinalizeInvocationEffectParams, Api.SessionCommandsFinalizeInvocationEffectParams, Api.CommandsFinalizeInvocationEffectResult, Api.CommandsFinalizeInvocationEffectResult>
  /** Reports completion of a pending client-handled slash command. */
  readonly SessionCommandsHandlePendingCommand: Method.Method<"session.commands.handlePendingCommand", Api.SessionCommandsHandlePendingCommandParams, Api.SessionCommandsHandlePendingCommandParams, Api.CommandsHandlePendingCommandResult, Api.CommandsHandlePendingCommandResult>
  /** Executes a slash command synchronously and returns any error. */
  readonly SessionCommandsExecute: Method.Method<"session.commands.execute", Api.SessionCommandsExecuteParams, Api.SessionCommandsExecuteParams, Api.ExecuteCommandResult, Api.ExecuteCommandResult>
  /** Enqueues a slash command for FIFO processing on the local session. */
  readonly SessionCommandsEnqueue: Method.Method<"session.commands.enqueue", Api.SessionCommandsEnqueueParams, Api.SessionCommandsEnqueueParams, Api.EnqueueCommandResult, Api.EnqueueCommandResult>
  /** Reports whether the host actually executed a queued command and whether to continue processing. */
  readonly SessionCommandsRespondToQueuedCommand: Method.Method<"session.commands.respondToQueuedCommand", Api.SessionCommandsRespondToQueuedCommandParams, Api.SessionCommandsRespondToQueuedCommandParams, Api.CommandsRespondToQueuedCommandResult, Api.CommandsRespondToQueuedCommandResult>
  /** Gets the telemetry engagement ID currently associated with the session, when available. */
  readonly SessionTelemetryGetEngagementId: Method.Method<"session.telemetry.getEngagementId", Api.SessionTelemetryGetEngagementIdParams, Api.SessionTelemetryGetEngagementIdParams, Api.SessionTelemetryEngagement, Api.SessionTelemetryEngagement>
  /** Sets feature override key/value pairs to attach to subsequent telemetry events for the session. */
  readonly SessionTelemetrySetFeatureOverrides: Method.Method<"session.telemetry.setFeatureOverrides", Api.SessionTelemetrySetFeatureOverridesParams, Api.SessionTelemetrySetFeatureOverridesParams, void, void>
  /** Runs a transient no-tools model query against the current conversation context. */
  readonly SessionUiEphemeralQuery: Method.Method<"session.ui.ephemeralQuery", Api.SessionUiEphemeralQueryParams, Api.SessionUiEphemeralQueryParams, Api.UIEphemeralQueryResult, Api.UIEphemeralQueryResult>
  /** Requests structured input from a UI-capable client. */
  readonly SessionUiElicitation: Method.Method<"session.ui.elicitation", Api.SessionUiElicitationParams, Api.SessionUiElicitationParams, Api.UIElicitationResponse, Api.UIElicitationResponse>
  /** Provides the user response for a pending elicitation request. */
  readonly SessionUiHandlePendingElicitation: Method.Method<"session.ui.handlePendingElicitation", Api.SessionUiHandlePendingElicitationParams, Api.SessionUiHandlePendingElicitationParams, Api.UIElicitationResult, Api.UIElicitationResult>
  /** Resolves a pending `user_input.requested` event with the user's response. */
  readonly SessionUiHandlePendingUserInput: Method.Method<"session.ui.handlePendingUserInput", Api.SessionUiHandlePendingUserInputParams, Api.SessionUiHandlePendingUserInputParams, Api.UIHandlePendingResult, Api.UIHandlePendingResult>
  /** Resolves a pending `sampling.requested` event with a sampling result, or rejects it. */
  readonly SessionUiHandlePendingSampling: Method.Method<"session.ui.handlePendingSampling", Api.SessionUiHandlePendingSamplingParams, Api.SessionUiHandlePendingSamplingParams, Api.UIHandlePendingResult, Api.UIHandlePendingResult>
  /** Resolves a pending `auto_mode_switch.requested` event with the user's accept/decline decision. */
  readonly SessionUiHandlePendingAutoModeSwitch: Method.Method<"session.ui.handlePendingAutoModeSwitch", Api.SessionUiHandlePendingAutoModeSwitchParams, Api.SessionUiHandlePendingAutoModeSwitchParams, Api.UIHandlePendingResult, Api.UIHandlePendingResult>
  /** Resolves a pending `session_limits_exhausted.requested` event with the user's selected limit action. */
  readonly SessionUiHandlePendingSessionLimitsExhausted: Method.Method<"session.ui.handlePendingSessionLimitsExhausted", Api.SessionUiHandlePendingSessionLimitsExhaustedParams, Api.SessionUiHandlePendingSessionLimitsExhaustedParams, Api.UIHandlePendingResult, Api.UIHandlePendingResult>
  /** Resolves a pending `exit_plan_mode.requested` event with the user's response. */
  readonly SessionUiHandlePendingExitPlanMode: Method.Method<"session.ui.handlePendingExitPlanMode", Api.SessionUiHandlePendingExitPlanModeParams, Api.SessionUiHandlePendingExitPlanModeParams, Api.UIHandlePendingResult, Api.UIHandlePendingResult>
  /** Registers an in-process handler for auto-mode-switch requests so the server bridge skips dispatch. */
  readonly SessionUiRegisterDirectAutoModeSwitchHandler: Method.Method<"session.ui.registerDirectAutoModeSwitchHandler", Api.SessionUiRegisterDirectAutoModeSwitchHandlerParams, Api.SessionUiRegisterDirectAutoModeSwitchHandlerParams, Api.UIRegisterDirectAutoModeSwitchHandlerResult, Api.UIRegisterDirectAutoModeSwitchHandlerResult>
  /** Unregisters a previously-registered in-process auto-mode-switch handler by its opaque handle. */
  readonly SessionUiUnregisterDirectAutoModeSwitchHandler: Method.Method<"session.ui.unregisterDirectAutoModeSwitchHandler", Api.SessionUiUnregisterDirectAutoModeSwitchHandlerParams, Api.SessionUiUnregisterDirectAutoModeSwitchHandlerParams, Api.UIUnregisterDirectAutoModeSwitchHandlerResult, Api.UIUnregisterDirectAutoModeSwitchHandlerResult>
  /** Replaces selected permission policy fields (rules, paths, URLs, exclusions, allow-all flags) on the session. */
  readonly SessionPermissionsConfigure: Method.Method<"session.permissions.configure", Api.SessionPermissionsConfigureParams, Api.SessionPermissionsConfigureParams, Api.PermissionsConfigureResult, Api.PermissionsConfigureResult>
  /** Provides a decision for a pending tool permission request. */
  readonly SessionPermissionsHandlePendingPermissionRequest: Method.Method<"session.permissions.handlePendingPermissionRequest", Api.SessionPermissionsHandlePendingPermissionRequestParams, Api.SessionPermissionsHandlePendingPermissionRequestParams, Api.PermissionRequestResult, Api.PermissionRequestResult>
  /** Reconstructs the set of pending tool permission requests from the session's event history. */
  readonly SessionPermissionsPendingRequests: Method.Method<"session.permissions.pendingRequests", Api.SessionPermissionsPendingRequestsParams, Api.SessionPermissionsPendingRequestsParams, Api.PendingPermissionRequestList, Api.PendingPermissionRequestList>
  /** Enables or disables automatic approval of tool permission requests for the session. */
  readonly SessionPermissionsSetApproveAll: Method.Method<"session.permissions.setApproveAll", Api.SessionPermissionsSetApproveAllParams, Api.SessionPermissionsSetApproveAllParams, Api.PermissionsSetApproveAllResult, Api.PermissionsSetApproveAllResult>
  /** Sets the permission mode for the session. `manual` follows the normal approval flow, `assisted` attaches LLM safety recommendations, and `allow-all` automatically approves permission requests. The result returns the authoritative post-mutation mode so callers can update local state without racing the `session.permissions_changed` notification. */
  readonly SessionPermissionsSetMode: Method.Method<"session.permissions.setMode", Api.SessionPermissionsSetModeParams, Api.SessionPermissionsSetModeParams, Api.PermissionsSetModeResult, Api.PermissionsSetModeResult>
  /** Returns the current permission mode for the session. */
  readonly SessionPermissionsGetMode: Method.Method<"session.permissions.getMode", Api.SessionPermissionsGetModeParams, Api.SessionPermissionsGetModeParams, Api.PermissionsGetModeResult, Api.PermissionsGetModeResult>
  /** Adds or removes session-scoped or location-scoped permission rules. */
  readonly SessionPermissionsModifyRules: Method.Method<"session.permissions.modifyRules", Api.SessionPermissionsModifyRulesParams, Api.SessionPermissionsModifyRulesParams, Api.PermissionsModifyRulesResult, Api.PermissionsModifyRulesResult>
  /** Sets whether the client wants permission prompts bridged into session events. */
  readonly SessionPermissionsSetRequired: Method.Method<"session.permissions.setRequired", Api.SessionPermissionsSetRequiredParams, Api.SessionPermissionsSetRequiredParams, Api.PermissionsSetRequiredResult, Api.PermissionsSetRequiredResult>
  /** Clears session-scoped tool permission approvals. */
  readonly SessionPermissionsResetSessionApprovals: Method.Method<"session.permissions.resetSessionApprovals", Api.SessionPermissionsResetSessionApprovalsParams, Api.SessionPermissionsResetSessionApprovalsParams, Api.PermissionsResetSessionApprovalsResult, Api.PermissionsResetSessionApprovalsResult>
  /** Notifies the runtime that a permission prompt UI has been shown to the user. */
  readonly SessionPermissionsNotifyPromptShown: Method.Method<"session.permissions.notifyPromptShown", Api.SessionPermissionsNotifyPromptShownParams, Api.SessionPermissionsNotifyPromptShownParams, Api.PermissionsNotifyPromptShownResult, Api.PermissionsNotifyPromptShownResult>
  /** Returns the session's allowed directories and primary working directory. */
  readonly SessionPermissionsPathsList: Method.Method<"session.permissions.paths.list", Api.SessionPermissionsPathsListParams, Api.SessionPermissionsPathsListParams, Api.PermissionPathsList, Api.PermissionPathsList>
  /** Adds a directory to the session's allow-list and activates conventional skill and agent definitions under it. */
  readonly SessionPermissionsPathsAdd: Method.Method<"session.permissions.paths.add", Api.SessionPermissionsPathsAddParams, Api.SessionPermissionsPathsAddParams, Api.PermissionsPathsAddResult, Api.PermissionsPathsAddResult>
  /** Updates the session's primary working directory used by the permission policy. */
  readonly SessionPermissionsPathsUpdatePrimary: Method.Method<"session.permissions.paths.updatePrimary", Api.SessionPermissionsPathsUpdatePrimaryParams, Api.SessionPermissionsPathsUpdatePrimaryParams, Api.PermissionsPathsUpdatePrimaryResult, Api.PermissionsPathsUpdatePrimaryResult>
  /** Reports whether a path falls within any of the session's allowed directories. */
  readonly SessionPermissionsPathsIsPathWithinAllowedDirectories: Method.Method<"session.permissions.paths.isPathWithinAllowedDirectories", Api.SessionPermissionsPathsIsPathWithinAllowedDirectoriesParams, Api.SessionPermissionsPathsIsPathWithinAllowedDirectoriesParams, Api.PermissionPathsAllowedCheckResult, Api.PermissionPathsAllowedCheckResult>
  /** Reports whether a path falls within the session's workspace (primary) directory. */
  readonly SessionPermissionsPathsIsPathWithinWorkspace: Method.Method<"session.permissions.paths.isPathWithinWorkspace", Api.SessionPermissionsPathsIsPathWithinWorkspaceParams, Api.SessionPermissionsPathsIsPathWithinWorkspaceParams, Api.PermissionPathsWorkspaceCheckResult, Api.PermissionPathsWorkspaceCheckResult>
  /** Resolves the permission location key and type for a working directory. */
  readonly SessionPermissionsLocationsResolve: Method.Method<"session.permissions.locations.resolve", Api.SessionPermissionsLocationsResolveParams, Api.SessionPermissionsLocationsResolveParams, Api.PermissionLocationResolveResult, Api.PermissionLocationResolveResult>
  /** Applies persisted location-scoped tool approvals and allowed directories for a working directory to this session's permission service. */
  readonly SessionPermissionsLocationsApply: Method.Method<"session.permissions.locations.apply", Api.SessionPermissionsLocationsApplyParams, Api.SessionPermissionsLocationsApplyParams, Api.PermissionLocationApplyResult, Api.PermissionLocationApplyResult>
  /** Persists a tool approval for a permission location and applies its rules to this session's live permission service. */
  readonly SessionPermissionsLocationsAddToolApproval: Method.Method<"session.permissions.locations.addToolApproval", Api.SessionPermissionsLocationsAddToolApprovalParams, Api.SessionPermissionsLocationsAddToolApprovalParams, Api.PermissionsLocationsAddToolApprovalResult, Api.PermissionsLocationsAddToolApprovalResult>
  /** Reports whether a folder is trusted according to the user's folder trust state. */
  readonly SessionPermissionsFolderTrustIsTrusted: Method.Method<"session.permissions.folderTrust.isTrusted", Api.SessionPermissionsFolderTrustIsTrustedParams, Api.SessionPermissionsFolderTrustIsTrustedParams, Api.FolderTrustCheckResult, Api.FolderTrustCheckResult>
  /** Adds a folder to the user's trusted folders list. */
  readonly SessionPermissionsFolderTrustAddTrusted: Method.Method<"session.permissions.folderTrust.addTrusted", Api.SessionPermissionsFolderTrustAddTrustedParams, Api.SessionPermissionsFolderTrustAddTrustedParams, Api.PermissionsFolderTrustAddTrustedResult, Api.PermissionsFolderTrustAddTrustedResult>
  /** Toggles the runtime's URL-permission policy between unrestricted and restricted modes. */
  readonly SessionPermissionsUrlsSetUnrestrictedMode: Method.Method<"session.permissions.urls.setUnrestrictedMode", Api.SessionPermissionsUrlsSetUnrestrictedModeParams, Api.SessionPermissionsUrlsSetUnrestrictedModeParams, Api.PermissionsUrlsSetUnrestrictedModeResult, Api.PermissionsUrlsSetUnrestrictedModeResult>
  /** Emits a user-visible session log event. */
  readonly SessionLog: Method.Method<"session.log", Api.SessionLogParams, Api.SessionLogParams, Api.LogResult, Api.LogResult>
  /** Returns a snapshot of the session's identifying metadata, mode, agent, and remote info. */
  readonly SessionMetadataSnapshot: Method.Method<"session.metadata.snapshot", Api.SessionMetadataSnapshotParams, Api.SessionMetadataSnapshotParams, Api.SessionMetadataSnapshot, Api.SessionMetadataSnapshotEncoded>
  /** Returns the client-owned string metadata persisted with this local session. The metadata is not included in model context, events, telemetry, snapshots, or remote exports. */
  readonly SessionMetadataGetClientMetadata: Method.Method<"session.metadata.getClientMetadata", Api.SessionMetadataGetClientMetadataParams, Api.SessionMetadataGetClientMetadataParams, Api.ClientMetadata, Api.ClientMetadata>
  /** Atomically patches the client-owned string metadata persisted with this local session and returns the committed bag. */
  readonly SessionMetadataUpdateClientMetadata: Method.Method<"session.metadata.updateClientMetadata", Api.SessionMetadataUpdateClientMetadataParams, Api.SessionMetadataUpdateClientMetadataParams, Api.ClientMetadata, Api.ClientMetadata>
  /** Reports whether the local session is currently processing user/agent messages. */
  readonly SessionMetadataIsProcessing: Method.Method<"session.metadata.isProcessing", Api.SessionMetadataIsProcessingParams, Api.SessionMetadataIsProcessingParams, Api.MetadataIsProcessingResult, Api.MetadataIsProcessingResult>
  /** Returns a snapshot of activity flags for the session. */
  readonly SessionMetadataActivity: Method.Method<"session.metadata.activity", Api.SessionMetadataActivityParams, Api.SessionMetadataActivityParams, Api.SessionActivity, Api.SessionActivity>
  /** Returns the token breakdown for the session's current context window for a given model. */
  readonly SessionMetadataContextInfo: Method.Method<"session.metadata.contextInfo", Api.SessionMetadataContextInfoParams, Api.SessionMetadataContextInfoParams, Api.MetadataContextInfoResult, Api.MetadataContextInfoResult>
  /** Returns the experimental per-source attribution breakdown of the session's current context window as a flat list of entries (skills, subagents, MCP servers, built-in tools, plugin rollups, system/tool-definition costs, with nesting via parentId), plus the successful compaction count. The heaviest individual messages are available separately via `metadata.getContextHeaviestMessages`. Returns null until the session has initialized its system prompt and tool metadata. */
  readonly SessionMetadataGetContextAttribution: Method.Method<"session.metadata.getContextAttribution", Api.SessionMetadataGetContextAttributionParams, Api.SessionMetadataGetContextAttributionParams, Api.MetadataContextAttributionResult, Api.MetadataContextAttributionResult>
  /** Returns the largest individual messages currently in the session's context window, most-expensive first. Companion to `metadata.getContextAttribution`. Returns an empty list until the session has initialized. */
  readonly SessionMetadataGetContextHeaviestMessages: Method.Method<"session.metadata.getContextHeaviestMessages", Api.SessionMetadataGetContextHeaviestMessagesParams, Api.SessionMetadataGetContextHeaviestMessagesParams, Api.MetadataContextHeaviestMessagesResult, Api.MetadataContextHeaviestMessagesResult>
  /** Records a working-directory/git context change and emits a `session.context_changed` event. For a local session, a report whose `cwd` diverges from the session's current working directory is ignored (the call still succeeds but records nothing and emits no event): a local session's working directory is authoritative and is moved via `metadata.setWorkingDirectory` (or an SDK `session.resume` that supplies a `workingDirectory`), not by this method. */
  readonly SessionMetadataRecordContextChange: Method.Method<"session.metadata.recordContextChange", Api.SessionMetadataRecordContextChangeParams, Api.SessionMetadataRecordContextChangeParams, Api.MetadataRecordContextChangeResult, Api.MetadataRecordContextChangeResult>
  /** Updates the session's working directory. For local sessions the target is validated first (an absolute path that exists on disk) and the permission primary directory is re-based; a rejected validation fails the call before any session state changes. */
  readonly SessionMetadataSetWorkingDirectory: Method.Method<"session.metadata.setWorkingDirectory", Api.SessionMetadataSetWorkingDirectoryParams, Api.SessionMetadataSetWorkingDirectoryParams, Api.MetadataSetWorkingDirectoryResult, Api.MetadataSetWorkingDirectoryResult>
  /** Re-tokenizes the session's existing messages against a model and returns aggregate token totals. */
  readonly SessionMetadataRecomputeContextTokens: Method.Method<"session.metadata.recomputeContextTokens", Api.SessionMetadataRecomputeContextTokensParams, Api.SessionMetadataRecomputeContextTokensParams, Api.MetadataRecomputeContextTokensResult, Api.MetadataRecomputeContextTokensResult>
  /** Returns a redacted snapshot of session runtime settings, with secrets and raw feature flags excluded. Internal: the runtime settings shape is a runtime-internal surface and is deliberately kept out of the public SDK, because consumers should not depend on the runtime's internal settings layout. It remains callable in-process and is expected to be reworked as the runtime internals are consolidated. */
  readonly SessionSettingsSnapshot: Method.Method<"session.settings.snapshot", Api.SessionSettingsSnapshotParams, Api.SessionSettingsSnapshotParams, Api.SessionSettingsSnapshot, Api.SessionSettingsSnapshot>
  /** Evaluates a named Rust-owned settings predicate without exposing raw feature flags. Internal: the raw feature-flag names and composition are runtime-internal, so this predicate-evaluation helper is kept out of the public SDK surface and is callable in-process only. */
  readonly SessionSettingsEvaluatePredicate: Method.Method<"session.settings.evaluatePredicate", Api.SessionSettingsEvaluatePredicateParams, Api.SessionSettingsEvaluatePredicateParams, Api.SessionSettingsEvaluatePredicateResult, Api.SessionSettingsEvaluatePredicateResult>
  /** Checks local file system absolute paths within the session working directory against its content-exclusion policy. Results preserve input order. Unsupported paths/filesystems and unavailable policy evaluation return available false, and callers must treat every requested path as excluded. */
  readonly SessionContentExclusionCheckPaths: Method.Method<"session.contentExclusion.checkPaths", Api.SessionContentExclusionCheckPathsParams, Api.SessionContentExclusionCheckPathsParams, Api.ContentExclusionCheckPathsResult, Api.ContentExclusionCheckPathsResult>
  /** Starts a shell command and streams output through session notifications. The command runs as the leader of its own process group (POSIX) or in a dedicated job object (Windows), so a forced termination — via "shell.kill", the request timeout, or session disposal — signals that whole group/job rather than only the direct child. Two gaps are worth planning for: a command that exits on its own does not trigger that teardown, and on POSIX a descendant that moves itself into a new session or process group (for example via "setsid") leaves the signalled group, so either can leave a background process running. */
  readonly SessionShellExec: Method.Method<"session.shell.exec", Api.SessionShellExecParams, Api.SessionShellExecParams, Api.ShellExecResult, Api.ShellExecResult>
  /** Sends a signal to a shell process previously started via "shell.exec". The signal targets the command's whole process group (POSIX) or job object (Windows), so descendants still in that group are signalled too, not just the direct child. On POSIX a descendant that moved itself into a new session or process group (for example via "setsid") is no longer in the signalled group and survives. */
  readonly SessionShellKill: Method.Method<"session.shell.kill", Api.SessionShellKillParams, Api.SessionShellKillParams, Api.ShellKillResult, Api.ShellKillResult>
  /** Executes a user-requested shell command through the session runtime. */
  readonly SessionShellExecuteUserRequested: Method.Method<"session.shell.executeUserRequested", Api.SessionShellExecuteUserRequestedParams, Api.SessionShellExecuteUserRequestedParams, Api.UserRequestedShellCommandResult, Api.UserRequestedShellCommandResult>
  /** Cancels a user-requested shell command by request ID. */
  readonly SessionShellCancelUserRequested: Method.Method<"session.shell.cancelUserRequested", Api.SessionShellCancelUserRequestedParams, Api.SessionShellCancelUserRequestedParams, Api.CancelUserRequestedShellCommandResult, Api.CancelUserRequestedShellCommandResult>
  /** Compacts the session history to reduce context usage. */
  readonly SessionHistoryCompact: Method.Method<"session.history.compact", Api.SessionHistoryCompactParams, Api.SessionHistoryCompactParams, Api.HistoryCompactResult, Api.HistoryCompactResult>
  /** Truncates persisted session history to a specific event. */
  readonly SessionHistoryTruncate: Method.Method<"session.history.truncate", Api.SessionHistoryTruncateParams, Api.SessionHistoryTruncateParams, Api.HistoryTruncateResult, Api.HistoryTruncateResult>
  /** Lists the user turns that the session can rewind to. Never rejects for a busy session: rewind reads need the session's file-change captures to be settled, so a session that still holds active work answers with `unavailableReason: "session-busy"` and no points, which the caller can retry. */
  readonly SessionHistoryListRewindPoints: Method.Method<"session.history.listRewindPoints", Api.SessionHistoryListRewindPointsParams, Api.SessionHistoryListRewindPointsParams, Api.HistoryListRewindPointsResult, Api.HistoryListRewindPointsResult>
  /** Previews the files that a conversation-and-files rewind would restore. */
  readonly SessionHistoryPreviewRewind: Method.Method<"session.history.previewRewind", Api.SessionHistoryPreviewRewindParams, Api.SessionHistoryPreviewRewindParams, Api.HistoryPreviewRewindResult, Api.HistoryPreviewRewindResult>
  /** Rewinds the session conversation, optionally restoring files changed by the discarded turns. Not crash-atomic: file restore and conversation truncation are separate stores, applied in that order, so a process crash between them can leave the workspace rewound while the conversation still contains the discarded turns. There is no recovery journal; re-running the same rewind is the recovery path for a crash before truncation lands, since file restore is idempotent (already-restored files are reported as skipped) and truncation is re-derived from the still-retained boundary event. After truncation lands that boundary no longer exists, so the same request is rejected; the only stage that can still be outstanding is snapshot pruning, whose failure leaves orphan snapshots the capture store tolerates. The reverse inconsistency cannot occur, because truncation is never applied before file restore succeeds. */
  readonly SessionHistoryRewind: Method.Method<"session.history.rewind", Api.SessionHistoryRewindParams, Api.SessionHistoryRewindParams, Api.HistoryRewindResult, Api.HistoryRewindResult>
  /** Cancels any in-progress background compaction on a local session. */
  readonly SessionHistoryCancelBackgroundCompaction: Method.Method<"session.history.cancelBackgroundCompaction", Api.SessionHistoryCancelBackgroundCompactionParams, Api.SessionHistoryCancelBackgroundCompactionParams, Api.HistoryCancelBackgroundCompactionResult, Api.HistoryCancelBackgroundCompactionResult>
  /** Aborts any in-progress manual compaction on a local session. */
  readonly SessionHistoryAbortManualCompaction: Method.Method<"session.history.abortManualCompaction", Api.SessionHistoryAbortManualCompactionParams, Api.SessionHistoryAbortManualCompactionParams, Api.HistoryAbortManualCompactionResult, Api.HistoryAbortManualCompactionResult>
  /** Produces a markdown summary of the session's conversation context for hand-off scenarios. */
  readonly SessionHistorySummarizeForHandoff: Method.Method<"session.history.summarizeForHandoff", Api.SessionHistorySummarizeForHandoffParams, Api.SessionHistorySummarizeForHandoffParams, Api.HistorySummarizeForHandoffResult, Api.HistorySummarizeForHandoffResult>
  /** Clears the session's conversation history, keeping only system and developer messages, and seeds the fresh context window with a first user message. Must be called from inside a tool handler: the clear has to drop the results of the tool calls its wipe orphans, and it rejects when no tool call is in flight. */
  readonly SessionHistoryClearContext: Method.Method<"session.history.clearContext", Api.SessionHistoryClearContextParams, Api.SessionHistoryClearContextParams, Api.HistoryClearContextResult, Api.HistoryClearContextResult>
  /** Returns the local session's pending user-facing queued items and steering messages. */
  readonly SessionQueuePendingItems: Method.Method<"session.queue.pendingItems", Api.SessionQueuePendingItemsParams, Api.SessionQueuePendingItemsParams, Api.QueuePendingItemsResult, Api.QueuePendingItemsResult>
  /** Returns the internal native queue snapshot for in-process session orchestration. */
  readonly SessionQueueSnapshot: Method.Method<"session.queue.snapshot", Api.SessionQueueSnapshotParams, Api.SessionQueueSnapshotParams, Api.QueueSnapshotResult, Api.QueueSnapshotResult>
  /** Moves an addressable queued item to a public visible position. */
  readonly SessionQueueMoveItem: Method.Method<"session.queue.moveItem", Api.SessionQueueMoveItemParams, Api.SessionQueueMoveItemParams, Api.QueueMoveItemResult, Api.QueueMoveItemResult>
  /** Inserts a new queued message at a public visible position. */
  readonly SessionQueueInsertAt: Method.Method<"session.queue.insertAt", Api.SessionQueueInsertAtParams, Api.SessionQueueInsertAtParamsEncoded, Api.QueueInsertAtResult, Api.QueueInsertAtResult>
  /** Removes an addressable queued item by its stable id. */
  readonly SessionQueueRemoveAt: Method.Method<"session.queue.removeAt", Api.SessionQueueRemoveAtParams, Api.SessionQueueRemoveAtParams, Api.QueueRemoveAtResult, Api.QueueRemoveAtResult>
  /** Updates the text of an addressable single-message queue item. */
  readonly SessionQueueUpdateText: Method.Method<"session.queue.updateText", Api.SessionQueueUpdateTextParams, Api.SessionQueueUpdateTextParams, Api.QueueUpdateTextResult, Api.QueueUpdateTextResult>
  /** Duplicates an addressable queued item immediately after its source. */
  readonly SessionQueueDuplicateAt: Method.Method<"session.queue.duplicateAt", Api.SessionQueueDuplicateAtParams, Api.SessionQueueDuplicateAtParams, Api.QueueDuplicateAtResult, Api.QueueDuplicateAtResult>
  /** Acquires or releases the queued-lane drain pause. */
  readonly SessionQueueSetDrainPaused: Method.Method<"session.queue.setDrainPaused", Api.SessionQueueSetDrainPausedParams, Api.SessionQueueSetDrainPausedParams, void, void>
  /** Moves an addressable queued message into the live turn's steering lane. */
  readonly SessionQueueSendNow: Method.Method<"session.queue.sendNow", Api.SessionQueueSendNowParams, Api.SessionQueueSendNowParams, Api.QueueSendNowResult, Api.QueueSendNowResult>
  /** Reports whether the local session has native queued work pending. */
  readonly SessionQueueHasPending: Method.Method<"session.queue.hasPending", Api.SessionQueueHasPendingParams, Api.SessionQueueHasPendingParams, Api.QueueHasPendingResult, Api.QueueHasPendingResult>
  /** Begins a native deferred-idle drain when background work has quiesced. */
  readonly SessionQueueBeginDeferredIdleDrain: Method.Method<"session.queue.beginDeferredIdleDrain", Api.SessionQueueBeginDeferredIdleDrainParams, Api.SessionQueueBeginDeferredIdleDrainParams, Api.QueueBeginDeferredIdleDrainResult, Api.QueueBeginDeferredIdleDrainResult>
  /** Finishes a native deferred-idle drain and reports whether to drain queue work or emit idle. */
  readonly SessionQueueFinishDeferredIdleDrain: Method.Method<"session.queue.finishDeferredIdleDrain", Api.SessionQueueFinishDeferredIdleDrainParams, Api.SessionQueueFinishDeferredIdleDrainParams, Api.QueueFinishDeferredIdleDrainResult, Api.QueueFinishDeferredIdleDrainResult>
  /** Marks session.idle as deferred by native background work state. */
  readonly SessionQueueDeferSessionIdle: Method.Method<"session.queue.deferSessionIdle", Api.SessionQueueDeferSessionIdleParams, Api.SessionQueueDeferSessionIdleParams, void, void>
  /** Removes the most recently queued user-facing item (LIFO). */
  readonly SessionQueueRemoveMostRecent: Method.Method<"session.queue.removeMostRecent", Api.SessionQueueRemoveMostRecentParams, Api.SessionQueueRemoveMostRecentParams, Api.QueueRemoveMostRecentResult, Api.QueueRemoveMostRecentResult>
  /** Clears all pending queued items on the local session. */
  readonly SessionQueueClear: Method.Method<"session.queue.clear", Api.SessionQueueClearParams, Api.SessionQueueClearParams, void, void>
  /** Consumes queued native system notifications matching an internal filter. */
  readonly SessionQueueConsumeSystemNotifications: Method.Method<"session.queue.consumeSystemNotifications", Api.SessionQueueConsumeSystemNotificationsParams, Api.SessionQueueConsumeSystemNotificationsParams, Api.QueueRemoveMostRecentResult, Api.QueueRemoveMostRecentResult>
  /** Enqueues the internal resume-pending wake item when orphan handling needs a follow-up turn. */
  readonly SessionQueueEnqueueResumePending: Method.Method<"session.queue.enqueueResumePending", Api.SessionQueueEnqueueResumePendingParams, Api.SessionQueueEnqueueResumePendingParams, Api.QueueEnqueueResumePendingResult, Api.QueueEnqueueResumePendingResult>
  /** Drains the native local-session work queue for in-process session orchestration. */
  readonly SessionQueueProcess: Method.Method<"session.queue.process", Api.SessionQueueProcessParams, Api.SessionQueueProcessParams, void, void>
  /** Reads a batch of session events from a cursor, optionally waiting for new events. Supports tail-first reads via `direction: backward`. */
  readonly SessionEventLogRead: Method.Method<"session.eventLog.read", Api.SessionEventLogReadParams, Api.SessionEventLogReadParams, Api.EventsReadResult, Api.EventsReadResult>
  /** Returns a snapshot of the current tail cursor without consuming events. */
  readonly SessionEventLogTail: Method.Method<"session.eventLog.tail", Api.SessionEventLogTailParams, Api.SessionEventLogTailParams, Api.EventLogTailResult, Api.EventLogTailResult>
  /** Registers consumer interest in an event type for runtime gating purposes. */
  readonly SessionEventLogRegisterInterest: Method.Method<"session.eventLog.registerInterest", Api.SessionEventLogRegisterInterestParams, Api.SessionEventLogRegisterInterestParams, Api.RegisterEventInterestResult, Api.RegisterEventInterestResult>
  /** Releases a consumer's previously-registered interest in an event type. */
  readonly SessionEventLogReleaseInterest: Method.Method<"session.eventLog.releaseInterest", Api.SessionEventLogReleaseInterestParams, Api.SessionEventLogReleaseInterestParams, Api.EventLogReleaseInterestResult, Api.EventLogReleaseInterestResult>
  /** Gets accumulated usage metrics for the session. */
  readonly SessionUsageGetMetrics: Method.Method<"session.usage.getMetrics", Api.SessionUsageGetMetricsParams, Api.SessionUsageGetMetricsParams, Api.UsageGetMetricsResult, Api.UsageGetMetricsResultEncoded>
  /** Predicts an AI-credit session limit for the session's resolved model. Returns an unavailable result instead of falling back when the current model is unresolved auto. */
  readonly SessionLimitPredictionPredict: Method.Method<"session.limitPrediction.predict", Api.SessionLimitPredictionPredictParams, Api.SessionLimitPredictionPredictParams, Api.SessionLimitPredictionResult, Api.SessionLimitPredictionResult>
  /** Enables remote session export or steering. */
  readonly SessionRemoteEnable: Method.Method<"session.remote.enable", Api.SessionRemoteEnableParams, Api.SessionRemoteEnableParams, Api.RemoteEnableResult, Api.RemoteEnableResult>
  /** Disables remote session export and steering. */
  readonly SessionRemoteDisable: Method.Method<"session.remote.disable", Api.SessionRemoteDisableParams, Api.SessionRemoteDisableParams, void, void>
  /** Persists a remote-steerability change emitted by the host as a session event. */
  readonly SessionRemoteNotifySteerableChanged: Method.Method<"session.remote.notifySteerableChanged", Api.SessionRemoteNotifySteerableChangedParams, Api.SessionRemoteNotifySteerableChangedParams, Api.RemoteNotifySteerableChangedResult, Api.RemoteNotifySteerableChangedResult>
  /** Returns the session's current Mission Control sharing status and shareable GitHub URL. Reflects whether the synced session is visible to repository readers ("repo") or restricted to its creator and collaborators ("unshared"). */
  readonly SessionVisibilityGet: Method.Method<"session.visibility.get", Api.SessionVisibilityGetParams, Api.SessionVisibilityGetParams, Api.VisibilityGetResult, Api.VisibilityGetResult>
  /** Sets the session's Mission Control sharing status, controlling whether the synced session is visible to repository readers. Returns the effective status and shareable GitHub URL after the change. */
  readonly SessionVisibilitySet: Method.Method<"session.visibility.set", Api.SessionVisibilitySetParams, Api.SessionVisibilitySetParams, Api.VisibilitySetResult, Api.VisibilitySetResult>
  /** Lists the session's currently active scheduled prompts. */
  readonly SessionScheduleList: Method.Method<"session.schedule.list", Api.SessionScheduleListParams, Api.SessionScheduleListParams, Api.ScheduleList, Api.ScheduleListEncoded>
  /** Hydrates the native schedule registry from persisted session events. */
  readonly SessionScheduleHydrate: Method.Method<"session.schedule.hydrate", Api.SessionScheduleHydrateParams, Api.SessionScheduleHydrateParams, void, void>
  /** Reports whether the session has an active self-paced scheduled prompt. */
  readonly SessionScheduleHasSelfPaced: Method.Method<"session.schedule.hasSelfPaced", Api.SessionScheduleHasSelfPacedParams, Api.SessionScheduleHasSelfPacedParams, Api.ScheduleHasSelfPacedResult, Api.ScheduleHasSelfPacedResult>
  /** Registers a relative-interval scheduled prompt. */
  readonly SessionScheduleAdd: Method.Method<"session.schedule.add", Api.SessionScheduleAddParams, Api.SessionScheduleAddParams, Api.ScheduleAddResult, Api.ScheduleAddResultEncoded>
  /** Registers a recurring cron scheduled prompt. */
  readonly SessionScheduleAddCron: Method.Method<"session.schedule.addCron", Api.SessionScheduleAddCronParams, Api.SessionScheduleAddCronParams, Api.ScheduleAddResult, Api.ScheduleAddResultEncoded>
  /** Registers an absolute-time scheduled prompt. */
  readonly SessionScheduleAddAt: Method.Method<"session.schedule.addAt", Api.SessionScheduleAddAtParams, Api.SessionScheduleAddAtParams, Api.ScheduleAddResult, Api.ScheduleAddResultEncoded>
  /** Registers a self-paced scheduled prompt. */
  readonly SessionScheduleAddSelfPaced: Method.Method<"session.schedule.addSelfPaced", Api.SessionScheduleAddSelfPacedParams, Api.SessionScheduleAddSelfPacedParams, Api.ScheduleAddResult, Api.ScheduleAddResultEncoded>
  /** Re-arms an active self-paced scheduled prompt. */
  readonly SessionScheduleRearmSelfPaced: Method.Method<"session.schedule.rearmSelfPaced", Api.SessionScheduleRearmSelfPacedParams, Api.SessionScheduleRearmSelfPacedParams, Api.ScheduleAddResult, Api.ScheduleAddResultEncoded>
  /** Removes a scheduled prompt by id. */
  readonly SessionScheduleStop: Method.Method<"session.schedule.stop", Api.SessionScheduleStopParams, Api.SessionScheduleStopParams, Api.ScheduleStopResult, Api.ScheduleStopResultEncoded>
  // Client session methods: the runtime calls these on the SDK, for one session
  /** Lists metadata for the skills supplied by this SDK session's provider. Internal transport plumbing behind the public session skill-provider API. */
  readonly SkillProviderList: Method.Method<"skillProvider.list", Api.SkillProviderListParams, Api.SkillProviderListParams, Api.SkillProviderListResult, Api.SkillProviderListResult>
  /** Reads the current SKILL.md text for one skill supplied by this SDK session's provider. Internal transport plumbing behind the public session skill-provider API. */
  readonly SkillProviderRead: Method.Method<"skillProvider.read", Api.SkillProviderReadParams, Api.SkillProviderReadParams, Api.SkillProviderReadResult, Api.SkillProviderReadResult>
  /** Asks the SDK client to get a bearer token for a BYOK provider whose config set `hasBearerTokenProvider: true`. Session-scoped: the runtime calls it back on the connection that most recently supplied that provider's config for the session (the creating connection, or a resuming connection if the session was resumed — distinct providers may be owned by different connections), passing the provider name, and uses the returned token as the Authorization header for the outbound model request. The runtime does no caching — it calls this once per outbound request; the SDK consumer owns token acquisition, caching, and refresh. */
  readonly ProviderTokenGetToken: Method.Method<"providerToken.getToken", Api.ProviderTokenGetTokenParams, Api.ProviderTokenGetTokenParams, Api.ProviderTokenAcquireResult, Api.ProviderTokenAcquireResult>
  /** Asks the owning extension connection to execute a registered factory closure. */
  readonly FactoryExecute: Method.Method<"factory.execute", Api.FactoryExecuteParams, Api.FactoryExecuteParams, Api.FactoryExecuteResult, Api.FactoryExecuteResult>
  /** Asks the owning extension connection to abort a running factory cooperatively. */
  readonly FactoryAbort: Method.Method<"factory.abort", Api.FactoryAbortParams, Api.FactoryAbortParams, Api.FactoryAckResult, Api.FactoryAckResult>
  /** Asks the client currently bound to a client-owned session task to confirm that its external work stopped. */
  readonly TasksCancel: Method.Method<"tasks.cancel", Api.TasksCancelParams, Api.TasksCancelParams, Api.ClientTaskCancelResult, Api.ClientTaskCancelResult>
  /** Reads a file from the client-provided session filesystem. */
  readonly SessionFsReadFile: Method.Method<"sessionFs.readFile", Api.SessionFsReadFileParams, Api.SessionFsReadFileParams, Api.SessionFsReadFileResult, Api.SessionFsReadFileResult>
  /** Writes a file in the client-provided session filesystem. */
  readonly SessionFsWriteFile: Method.Method<"sessionFs.writeFile", Api.SessionFsWriteFileParams, Api.SessionFsWriteFileParams, undefined | Api.SessionFsError | null, undefined | Api.SessionFsError | null>
  /** Appends content to a file in the client-provided session filesystem, creating parent directories as needed. */
  readonly SessionFsAppendFile: Method.Method<"sessionFs.appendFile", Api.SessionFsAppendFileParams, Api.SessionFsAppendFileParams, undefined | Api.SessionFsError | null, undefined | Api.SessionFsError | null>
  /** Checks whether a path exists in the client-provided session filesystem. */
  readonly SessionFsExists: Method.Method<"sessionFs.exists", Api.SessionFsExistsParams, Api.SessionFsExistsParams, Api.SessionFsExistsResult, Api.SessionFsExistsResult>
  /** Gets metadata for a path in the client-provided session filesystem. */
  readonly SessionFsStat: Method.Method<"sessionFs.stat", Api.SessionFsStatParams, Api.SessionFsStatParams, Api.SessionFsStatResult, Api.SessionFsStatResultEncoded>
  /** Creates a directory in the client-provided session filesystem. */
  readonly SessionFsMkdir: Method.Method<"sessionFs.mkdir", Api.SessionFsMkdirParams, Api.SessionFsMkdirParams, undefined | Api.SessionFsError | null, undefined | Api.SessionFsError | null>
  /** Lists entry names in a directory from the client-provided session filesystem. */
  readonly SessionFsReaddir: Method.Method<"sessionFs.readdir", Api.SessionFsReaddirParams, Api.SessionFsReaddirParams, Api.SessionFsReaddirResult, Api.SessionFsReaddirResult>
  /** Lists directory entries with type information from the client-provided session filesystem. */
  readonly SessionFsReaddirWithTypes: Method.Method<"sessionFs.readdirWithTypes", Api.SessionFsReaddirWithTypesParams, Api.SessionFsReaddirWithTypesParams, Api.SessionFsReaddirWithTypesResult, Api.SessionFsReaddirWithTypesResult>
  /** Removes a file or directory from the client-provided session filesystem. */
  readonly SessionFsRm: Method.Method<"sessionFs.rm", Api.SessionFsRmParams, Api.SessionFsRmParams, undefined | Api.SessionFsError | null, undefined | Api.SessionFsError | null>
  /** Renames or moves a path in the client-provided session filesystem. */
  readonly SessionFsRename: Method.Method<"sessionFs.rename", Api.SessionFsRenameParams, Api.SessionFsRenameParams, undefined | Api.SessionFsError | null, undefined | Api.SessionFsError | null>
  /** Executes a SQLite query against the per-session database. Providers apply busy handling for every call. */
  readonly SessionFsSqliteQuery: Method.Method<"sessionFs.sqliteQuery", Api.SessionFsSqliteQueryParams, Api.SessionFsSqliteQueryParams, Api.SessionFsSqliteQueryResult, Api.SessionFsSqliteQueryResult>
  /** Executes SQLite statements atomically on the provider-owned connection. */
  readonly SessionFsSqliteTransaction: Method.Method<"sessionFs.sqliteTransaction", Api.SessionFsSqliteTransactionParams, Api.SessionFsSqliteTransactionParams, Api.SessionFsSqliteTransactionResult, Api.SessionFsSqliteTransactionResult>
  /** Checks whether the per-session SQLite database already exists, without creating it. */
  readonly SessionFsSqliteExists: Method.Method<"sessionFs.sqliteExists", Api.SessionFsSqliteExistsParams, Api.SessionFsSqliteExistsParams, Api.SessionFsSqliteExistsResult, Api.SessionFsSqliteExistsResult>
  /** Opens a canvas instance on the provider. */
  readonly CanvasOpen: Method.Method<"canvas.open", Api.CanvasOpenParams, Api.CanvasOpenParams, Api.CanvasProviderOpenResult, Api.CanvasProviderOpenResult>
  /** Closes a canvas instance on the provider. */
  readonly CanvasClose: Method.Method<"canvas.close", Api.CanvasCloseParams, Api.CanvasCloseParams, void, void>
  /** Invokes an action on an open canvas instance via the provider. */
  readonly CanvasActionInvoke: Method.Method<"canvas.action.invoke", Api.CanvasActionInvokeParams, Api.CanvasActionInvokeParams, unknown, unknown>
  // Client methods: the runtime calls these on the SDK
  /** Dispatches one SDK callback hook from the runtime to the connection that registered it. Internal transport plumbing: clients opt in through session initialization and the Rust hook processor owns ordering, policy, timeout, and callback routing. */
  readonly HooksInvoke: Method.Method<"hooks.invoke", Api.HookInvokeRequest, Api.HookInvokeRequest, Api.HookInvokeResponse, Api.HookInvokeResponse>
  /** Asks the registered SDK client to resolve an opaque process launch profile for one discovered extension entrypoint immediately before launch or reload. The provider must respond within 15 seconds. */
  readonly ExtensionLaunchProviderResolve: Method.Method<"extensionLaunchProvider.resolve", Api.ExtensionLaunchProviderResolveRequest, Api.ExtensionLaunchProviderResolveRequest, Api.ExtensionLaunchProviderResolveResult, Api.ExtensionLaunchProviderResolveResult>
  /** Announces an outbound model-layer HTTP request the runtime wants the SDK client to service. Carries the request head only; the body always follows as one or more httpRequestChunk frames keyed by the same requestId, even when the body is empty (a single chunk with end=true). */
  readonly LlmInferenceHttpRequestStart: Method.Method<"llmInference.httpRequestStart", Api.LlmInferenceHttpRequestStartRequest, Api.LlmInferenceHttpRequestStartRequest, Api.LlmInferenceHttpRequestStartResult, Api.LlmInferenceHttpRequestStartResult>
  /** Delivers a body byte range (or a cancellation signal) for a request previously announced via httpRequestStart, correlated by requestId. The runtime fires at least one chunk per request — when there is no body, a single chunk with empty data and end=true. Mid-stream the runtime may send a chunk with cancel=true to abort the request; the SDK then stops issuing httpResponseChunk frames and may emit a terminal httpResponseChunk with error set. */
  readonly LlmInferenceHttpRequestChunk: Method.Method<"llmInference.httpRequestChunk", Api.LlmInferenceHttpRequestChunkRequest, Api.LlmInferenceHttpRequestChunkRequest, Api.LlmInferenceHttpRequestChunkResult, Api.LlmInferenceHttpRequestChunkResult>
  /** Forwards a single GitHub telemetry event to a host connection that opted into telemetry forwarding during the `server.connect` handshake. Opted-in connections receive every event the runtime emits after the handshake — across all sessions, plus sessionless events (for example, `server.sendTelemetry` calls with no session id). */
  readonly GitHubTelemetryEvent: Method.NotificationMethod<"gitHubTelemetry.event", Api.GitHubTelemetryNotification, Api.GitHubTelemetryNotification>
  /** Asks the SDK client to mint a GitHub access token for a session whose configuration supplied a GitHub token provider. The runtime acquires the initial token during bootstrap and refreshes it during expiry preflight when one hour or less remains. */
  readonly GitHubTokenGetToken: Method.Method<"gitHubToken.getToken", Api.GitHubTokenAcquireRequest, Api.GitHubTokenAcquireRequest, Api.GitHubTokenAcquireResult, Api.GitHubTokenAcquireResult>
  /** Every server method by its wire name. */
  readonly serverMethods: {
    readonly "ping": Table["Ping"]
    readonly "connect": Table["Connect"]
    readonly "hooks.discover": Table["HooksDiscover"]
    readonly "models.list": Table["ModelsList"]
    readonly "models.getBuiltInCatalog": Table["ModelsGetBuiltInCatalog"]
    readonly "tools.list": Table["ToolsList"]
    readonly "account.getQuota": Table["AccountGetQuota"]
    readonly "account.getCurrentAuth": Table["AccountGetCurrentAuth"]
    readonly "account.getAllUsers": Table["AccountGetAllUsers"]
    readonly "account.login": Table["AccountLogin"]
    readonly "account.logout": Table["AccountLogout"]
    readonly "secrets.addFilterValues": Table["SecretsAddFilterValues"]
    readonly "mcp.config.list": Table["McpConfigList"]
    readonly "mcp.config.add": Table["McpConfigAdd"]
    readonly "mcp.config.update": Table["McpConfigUpdate"]
    readonly "mcp.config.remove": Table["McpConfigRemove"]
    readonly "mcp.config.enable": Table["McpConfigEnable"]
    readonly "mcp.config.disable": Table["McpConfigDisable"]
    readonly "mcp.config.reload": Table["McpConfigReload"]
    readonly "mcp.discover": Table["McpDiscover"]
    readonly "mcp.planInstall": Table["McpPlanInstall"]
    readonly "extensions.discover": Table["ExtensionsDiscover"]
    readonly "extensions.enable": Table["ExtensionsEnable"]
    readonly "extensions.disable": Table["ExtensionsDisable"]
    readonly "registerExtensionLaunchProvider": Table["RegisterExtensionLaunchProvider"]
    readonly "catalog.search": Table["CatalogSearch"]
    readonly "plugins.list": Table["PluginsList"]
    readonly "plugins.install": Table["PluginsInstall"]
    readonly "plugins.uninstall": Table["PluginsUninstall"]
    readonly "plugins.update": Table["PluginsUpdate"]
    readonly "plugins.updateAll": Table["PluginsUpdateAll"]
    readonly "plugins.enable": Table["PluginsEnable"]
    readonly "plugins.disable": Table["PluginsDisable"]
    readonly "plugins.builtin.set": Table["PluginsBuiltinSet"]
    readonly "plugins.marketplaces.list": Table["PluginsMarketplacesList"]
    readonly "plugins.marketplaces.add": Table["PluginsMarketplacesAdd"]
    readonly "plugins.marketplaces.remove": Table["PluginsMarketplacesRemove"]
    readonly "plugins.marketplaces.browse": Table["PluginsMarketplacesBrowse"]
    readonly "plugins.marketplaces.refresh": Table["PluginsMarketplacesRefresh"]
    readonly "skills.config.setDisabledSkills": Table["SkillsConfigSetDisabledSkills"]
    readonly "skills.config.setSkillDisabled": Table["SkillsConfigSetSkillDisabled"]
    readonly "skills.discover": Table["SkillsDiscover"]
    readonly "skills.getDiscoveryPaths": Table["SkillsGetDiscoveryPaths"]
    readonly "agents.discover": Table["AgentsDiscover"]
    readonly "agents.getDiscoveryPaths": Table["AgentsGetDiscoveryPaths"]
    readonly "instructions.discover": Table["InstructionsDiscover"]
    readonly "instructions.getDiscoveryPaths": Table["InstructionsGetDiscoveryPaths"]
    readonly "commands.list": Table["CommandsList"]
    readonly "user.settings.reload": Table["UserSettingsReload"]
    readonly "user.settings.get": Table["UserSettingsGet"]
    readonly "user.settings.set": Table["UserSettingsSet"]
    readonly "managedSettings.read": Table["ManagedSettingsRead"]
    readonly "managedSettings.clearCache": Table["ManagedSettingsClearCache"]
    readonly "runtime.shutdown": Table["RuntimeShutdown"]
    readonly "sessionFs.setProvider": Table["SessionFsSetProvider"]
    readonly "llmInference.setProvider": Table["LlmInferenceSetProvider"]
    readonly "llmInference.httpResponseStart": Table["LlmInferenceHttpResponseStart"]
    readonly "llmInference.httpResponseChunk": Table["LlmInferenceHttpResponseChunk"]
    readonly "sessions.open": Table["SessionsOpen"]
    readonly "sessions.fork": Table["SessionsFork"]
    readonly "sessions.connect": Table["SessionsConnect"]
    readonly "sessions.list": Table["SessionsList"]
    readonly "sessions.getMetadata": Table["SessionsGetMetadata"]
    readonly "sessions.getClientMetadata": Table["SessionsGetClientMetadata"]
    readonly "sessions.readPersistedEvents": Table["SessionsReadPersistedEvents"]
    readonly "sessions.listNonEmptySessionIds": Table["SessionsListNonEmptySessionIds"]
    readonly "sessions.findByTaskId": Table["SessionsFindByTaskId"]
    readonly "sessions.findByPrefix": Table["SessionsFindByPrefix"]
    readonly "sessions.getLastForContext": Table["SessionsGetLastForContext"]
    readonly "sessions.getEventFilePath": Table["SessionsGetEventFilePath"]
    readonly "sessions.getSizes": Table["SessionsGetSizes"]
    readonly "sessions.checkInUse": Table["SessionsCheckInUse"]
    readonly "sessions.getPersistedRemoteSteerable": Table["SessionsGetPersistedRemoteSteerable"]
    readonly "sessions.close": Table["SessionsClose"]
    readonly "sessions.bulkDelete": Table["SessionsBulkDelete"]
    readonly "sessions.delete": Table["SessionsDelete"]
    readonly "sessions.pruneOld": Table["SessionsPruneOld"]
    readonly "sessions.save": Table["SessionsSave"]
    readonly "sessions.releaseLock": Table["SessionsReleaseLock"]
    readonly "sessions.enrichMetadata": Table["SessionsEnrichMetadata"]
    readonly "sessions.reloadPluginHooks": Table["SessionsReloadPluginHooks"]
    readonly "sessions.loadDeferredRepoHooks": Table["SessionsLoadDeferredRepoHooks"]
    readonly "sessions.setAdditionalPlugins": Table["SessionsSetAdditionalPlugins"]
    readonly "sessions.getBoardEntryCount": Table["SessionsGetBoardEntryCount"]
    readonly "sessions.startRemoteControl": Table["SessionsStartRemoteControl"]
    readonly "sessions.transferRemoteControl": Table["SessionsTransferRemoteControl"]
    readonly "sessions.setRemoteControlSteering": Table["SessionsSetRemoteControlSteering"]
    readonly "sessions.stopRemoteControl": Table["SessionsStopRemoteControl"]
    readonly "sessions.getRemoteControlStatus": Table["SessionsGetRemoteControlStatus"]
    readonly "sessions.configureSessionExtensions": Table["SessionsConfigureSessionExtensions"]
    readonly "agentRegistry.spawn": Table["AgentRegistrySpawn"]
  }
  /** Every session method by its wire name. */
  readonly sessionMethods: {
    readonly "session.suspend": Table["SessionSuspend"]
    readonly "session.send": Table["SessionSend"]
    readonly "session.sendMessages": Table["SessionSendMessages"]
    readonly "session.sandbox.getEnforcementStatus": Table["SessionSandboxGetEnforcementStatus"]
    readonly "session.sandbox.disableForSession": Table["SessionSandboxDisableForSession"]
    readonly "session.sendSystemNotification": Table["SessionSendSystemNotification"]
    readonly "session.abort": Table["SessionAbort"]
    readonly "session.interruptMainTurn": Table["SessionInterruptMainTurn"]
    readonly "session.cancelAllBackgroundAgents": Table["SessionCancelAllBackgroundAgents"]
    readonly "session.shutdown": Table["SessionShutdown"]
    readonly "session.gitHubAuth.getStatus": Table["SessionGitHubAuthGetStatus"]
    readonly "session.gitHubAuth.setCredentials": Table["SessionGitHubAuthSetCredentials"]
    readonly "session.gitHubAuth.getCurrentAuthInfo": Table["SessionGitHubAuthGetCurrentAuthInfo"]
    readonly "session.gitHubAuth.getAllAuthAvailable": Table["SessionGitHubAuthGetAllAuthAvailable"]
    readonly "session.gitHubAuth.refreshCopilotUser": Table["SessionGitHubAuthRefreshCopilotUser"]
    readonly "session.gitHubAuth.login": Table["SessionGitHubAuthLogin"]
    readonly "session.gitHubAuth.switchToAuth": Table["SessionGitHubAuthSwitchToAuth"]
    readonly "session.gitHubAuth.logout": Table["SessionGitHubAuthLogout"]
    readonly "session.gitHubAuth.logoutUser": Table["SessionGitHubAuthLogoutUser"]
    readonly "session.gitHubAuth.lastAuthErrors": Table["SessionGitHubAuthLastAuthErrors"]
    readonly "session.debug.collectLogs": Table["SessionDebugCollectLogs"]
    readonly "session.canvas.list": Table["SessionCanvasList"]
    readonly "session.canvas.listOpen": Table["SessionCanvasListOpen"]
    readonly "session.canvas.open": Table["SessionCanvasOpen"]
    readonly "session.canvas.close": Table["SessionCanvasClose"]
    readonly "session.canvas.action.invoke": Table["SessionCanvasActionInvoke"]
    readonly "session.canvas.provider.register": Table["SessionCanvasProviderRegister"]
    readonly "session.canvas.provider.unregister": Table["SessionCanvasProviderUnregister"]
    readonly "session.factory.run": Table["SessionFactoryRun"]
    readonly "session.factory.resume": Table["SessionFactoryResume"]
    readonly "session.factory.runFromTool": Table["SessionFactoryRunFromTool"]
    readonly "session.factory.resumeFromTool": Table["SessionFactoryResumeFromTool"]
    readonly "session.factory.getRun": Table["SessionFactoryGetRun"]
    readonly "session.factory.listRuns": Table["SessionFactoryListRuns"]
    readonly "session.factory.getRunDetail": Table["SessionFactoryGetRunDetail"]
    readonly "session.factory.getRunProgress": Table["SessionFactoryGetRunProgress"]
    readonly "session.factory.cancel": Table["SessionFactoryCancel"]
    readonly "session.factory.pause": Table["SessionFactoryPause"]
    readonly "session.factory.pauseAtCheckpoint": Table["SessionFactoryPauseAtCheckpoint"]
    readonly "session.factory.log": Table["SessionFactoryLog"]
    readonly "session.factory.agent": Table["SessionFactoryAgent"]
    readonly "session.factory.journal.get": Table["SessionFactoryJournalGet"]
    readonly "session.factory.journal.put": Table["SessionFactoryJournalPut"]
    readonly "session.model.getCurrent": Table["SessionModelGetCurrent"]
    readonly "session.model.switchTo": Table["SessionModelSwitchTo"]
    readonly "session.model.switchAutoTier": Table["SessionModelSwitchAutoTier"]
    readonly "session.model.applyStartupOverlay": Table["SessionModelApplyStartupOverlay"]
    readonly "session.model.setAllowedModels": Table["SessionModelSetAllowedModels"]
    readonly "session.model.setReasoningEffort": Table["SessionModelSetReasoningEffort"]
    readonly "session.model.list": Table["SessionModelList"]
    readonly "session.mode.get": Table["SessionModeGet"]
    readonly "session.mode.set": Table["SessionModeSet"]
    readonly "session.name.get": Table["SessionNameGet"]
    readonly "session.name.set": Table["SessionNameSet"]
    readonly "session.name.setAuto": Table["SessionNameSetAuto"]
    readonly "session.plan.read": Table["SessionPlanRead"]
    readonly "session.plan.update": Table["SessionPlanUpdate"]
    readonly "session.plan.delete": Table["SessionPlanDelete"]
    readonly "session.plan.readSqlTodos": Table["SessionPlanReadSqlTodos"]
    readonly "session.plan.readSqlTodosWithDependencies": Table["SessionPlanReadSqlTodosWithDependencies"]
    readonly "session.workspaces.getWorkspace": Table["SessionWorkspacesGetWorkspace"]
    readonly "session.workspaces.updateMetadata": Table["SessionWorkspacesUpdateMetadata"]
    readonly "session.workspaces.ensure": Table["SessionWorkspacesEnsure"]
    readonly "session.workspaces.listFiles": Table["SessionWorkspacesListFiles"]
    readonly "session.workspaces.readFile": Table["SessionWorkspacesReadFile"]
    readonly "session.workspaces.createFile": Table["SessionWorkspacesCreateFile"]
    readonly "session.workspaces.statFile": Table["SessionWorkspacesStatFile"]
    readonly "session.workspaces.createDirectory": Table["SessionWorkspacesCreateDirectory"]
    readonly "session.workspaces.removePath": Table["SessionWorkspacesRemovePath"]
    readonly "session.workspaces.renamePath": Table["SessionWorkspacesRenamePath"]
    readonly "session.workspaces.listCheckpoints": Table["SessionWorkspacesListCheckpoints"]
    readonly "session.workspaces.readCheckpoint": Table["SessionWorkspacesReadCheckpoint"]
    readonly "session.workspaces.addSummary": Table["SessionWorkspacesAddSummary"]
    readonly "session.workspaces.truncateSummaries": Table["SessionWorkspacesTruncateSummaries"]
    readonly "session.workspaces.readAutopilotObjective": Table["SessionWorkspacesReadAutopilotObjective"]
    readonly "session.workspaces.writeAutopilotObjective": Table["SessionWorkspacesWriteAutopilotObjective"]
    readonly "session.workspaces.deleteAutopilotObjective": Table["SessionWorkspacesDeleteAutopilotObjective"]
    readonly "session.workspaces.autopilotObjectiveExists": Table["SessionWorkspacesAutopilotObjectiveExists"]
    readonly "session.workspaces.saveLargePaste": Table["SessionWorkspacesSaveLargePaste"]
    readonly "session.workspaces.diff": Table["SessionWorkspacesDiff"]
    readonly "session.autopilotObjective.getState": Table["SessionAutopilotObjectiveGetState"]
    readonly "session.completions.getTriggerCharacters": Table["SessionCompletionsGetTriggerCharacters"]
    readonly "session.completions.request": Table["SessionCompletionsRequest"]
    readonly "session.instructions.getSources": Table["SessionInstructionsGetSources"]
    readonly "session.fleet.start": Table["SessionFleetStart"]
    readonly "session.agent.list": Table["SessionAgentList"]
    readonly "session.agent.setPrompt": Table["SessionAgentSetPrompt"]
    readonly "session.agent.getCurrent": Table["SessionAgentGetCurrent"]
    readonly "session.agent.select": Table["SessionAgentSelect"]
    readonly "session.agent.deselect": Table["SessionAgentDeselect"]
    readonly "session.agent.reload": Table["SessionAgentReload"]
    readonly "session.tasks.startAgent": Table["SessionTasksStartAgent"]
    readonly "session.tasks.list": Table["SessionTasksList"]
    readonly "session.tasks.register": Table["SessionTasksRegister"]
    readonly "session.tasks.update": Table["SessionTasksUpdate"]
    readonly "session.tasks.refresh": Table["SessionTasksRefresh"]
    readonly "session.tasks.waitForPending": Table["SessionTasksWaitForPending"]
    readonly "session.tasks.getProgress": Table["SessionTasksGetProgress"]
    readonly "session.tasks.getCurrentPromotable": Table["SessionTasksGetCurrentPromotable"]
    readonly "session.tasks.promoteToBackground": Table["SessionTasksPromoteToBackground"]
    readonly "session.tasks.promoteCurrentToBackground": Table["SessionTasksPromoteCurrentToBackground"]
    readonly "session.tasks.cancel": Table["SessionTasksCancel"]
    readonly "session.tasks.remove": Table["SessionTasksRemove"]
    readonly "session.tasks.sendMessage": Table["SessionTasksSendMessage"]
    readonly "session.skills.list": Table["SessionSkillsList"]
    readonly "session.skills.getInvoked": Table["SessionSkillsGetInvoked"]
    readonly "session.skills.enable": Table["SessionSkillsEnable"]
    readonly "session.skills.disable": Table["SessionSkillsDisable"]
    readonly "session.skills.reload": Table["SessionSkillsReload"]
    readonly "session.skills.ensureLoaded": Table["SessionSkillsEnsureLoaded"]
    readonly "session.mcp.list": Table["SessionMcpList"]
    readonly "session.mcp.listTools": Table["SessionMcpListTools"]
    readonly "session.mcp.enable": Table["SessionMcpEnable"]
    readonly "session.mcp.disable": Table["SessionMcpDisable"]
    readonly "session.mcp.reload": Table["SessionMcpReload"]
    readonly "session.mcp.moveLoadingToBackground": Table["SessionMcpMoveLoadingToBackground"]
    readonly "session.mcp.reloadWithConfig": Table["SessionMcpReloadWithConfig"]
    readonly "session.mcp.executeSampling": Table["SessionMcpExecuteSampling"]
    readonly "session.mcp.cancelSamplingExecution": Table["SessionMcpCancelSamplingExecution"]
    readonly "session.mcp.setEnvValueMode": Table["SessionMcpSetEnvValueMode"]
    readonly "session.mcp.removeGitHub": Table["SessionMcpRemoveGitHub"]
    readonly "session.mcp.configureGitHub": Table["SessionMcpConfigureGitHub"]
    readonly "session.mcp.startServer": Table["SessionMcpStartServer"]
    readonly "session.mcp.restartServer": Table["SessionMcpRestartServer"]
    readonly "session.mcp.stopServer": Table["SessionMcpStopServer"]
    readonly "session.mcp.registerExternalClient": Table["SessionMcpRegisterExternalClient"]
    readonly "session.mcp.unregisterExternalClient": Table["SessionMcpUnregisterExternalClient"]
    readonly "session.mcp.isServerRunning": Table["SessionMcpIsServerRunning"]
    readonly "session.mcp.oauth.handlePendingRequest": Table["SessionMcpOauthHandlePendingRequest"]
    readonly "session.mcp.oauth.authenticationStateChanged": Table["SessionMcpOauthAuthenticationStateChanged"]
    readonly "session.mcp.oauth.login": Table["SessionMcpOauthLogin"]
    readonly "session.mcp.oauth.probe": Table["SessionMcpOauthProbe"]
    readonly "session.mcp.oauth.respond": Table["SessionMcpOauthRespond"]
    readonly "session.mcp.headers.handlePendingHeadersRefreshRequest": Table["SessionMcpHeadersHandlePendingHeadersRefreshRequest"]
    readonly "session.mcp.apps.readResource": Table["SessionMcpAppsReadResource"]
    readonly "session.mcp.apps.listTools": Table["SessionMcpAppsListTools"]
    readonly "session.mcp.apps.callTool": Table["SessionMcpAppsCallTool"]
    readonly "session.mcp.apps.setHostContext": Table["SessionMcpAppsSetHostContext"]
    readonly "session.mcp.apps.getHostContext": Table["SessionMcpAppsGetHostContext"]
    readonly "session.mcp.apps.diagnose": Table["SessionMcpAppsDiagnose"]
    readonly "session.mcp.resources.read": Table["SessionMcpResourcesRead"]
    readonly "session.mcp.resources.list": Table["SessionMcpResourcesList"]
    readonly "session.mcp.resources.listTemplates": Table["SessionMcpResourcesListTemplates"]
    readonly "session.plugins.list": Table["SessionPluginsList"]
    readonly "session.plugins.reload": Table["SessionPluginsReload"]
    readonly "session.provider.getEndpoint": Table["SessionProviderGetEndpoint"]
    readonly "session.provider.add": Table["SessionProviderAdd"]
    readonly "session.options.update": Table["SessionOptionsUpdate"]
    readonly "session.lsp.initialize": Table["SessionLspInitialize"]
    readonly "session.extensions.list": Table["SessionExtensionsList"]
    readonly "session.extensions.enable": Table["SessionExtensionsEnable"]
    readonly "session.extensions.disable": Table["SessionExtensionsDisable"]
    readonly "session.extensions.reload": Table["SessionExtensionsReload"]
    readonly "session.extensions.sendAttachmentsToMessage": Table["SessionExtensionsSendAttachmentsToMessage"]
    readonly "session.tools.execute": Table["SessionToolsExecute"]
    readonly "session.tools.getBuiltinDescriptors": Table["SessionToolsGetBuiltinDescriptors"]
    readonly "session.tools.taskCompleteEventData": Table["SessionToolsTaskCompleteEventData"]
    readonly "session.tools.handlePendingToolCall": Table["SessionToolsHandlePendingToolCall"]
    readonly "session.tools.initializeAndValidate": Table["SessionToolsInitializeAndValidate"]
    readonly "session.tools.getCurrentMetadata": Table["SessionToolsGetCurrentMetadata"]
    readonly "session.tools.set": Table["SessionToolsSet"]
    readonly "session.tools.updateSubagentSettings": Table["SessionToolsUpdateSubagentSettings"]
    readonly "session.commands.list": Table["SessionCommandsList"]
    readonly "session.commands.invoke": Table["SessionCommandsInvoke"]
    readonly "session.commands.finalizeInvocationEffect": Table["SessionCommandsFinalizeInvocationEffect"]
    readonly "session.commands.handlePendingCommand": Table["SessionCommandsHandlePendingCommand"]
    readonly "session.commands.execute": Table["SessionCommandsExecute"]
    readonly "session.commands.enqueue": Table["SessionCommandsEnqueue"]
    readonly "session.commands.respondToQueuedCommand": Table["SessionCommandsRespondToQueuedCommand"]
    readonly "session.telemetry.getEngagementId": Table["SessionTelemetryGetEngagementId"]
    readonly "session.telemetry.setFeatureOverrides": Table["SessionTelemetrySetFeatureOverrides"]
    readonly "session.ui.ephemeralQuery": Table["SessionUiEphemeralQuery"]
    readonly "session.ui.elicitation": Table["SessionUiElicitation"]
    readonly "session.ui.handlePendingElicitation": Table["SessionUiHandlePendingElicitation"]
    readonly "session.ui.handlePendingUserInput": Table["SessionUiHandlePendingUserInput"]
    readonly "session.ui.handlePendingSampling": Table["SessionUiHandlePendingSampling"]
    readonly "session.ui.handlePendingAutoModeSwitch": Table["SessionUiHandlePendingAutoModeSwitch"]
    readonly "session.ui.handlePendingSessionLimitsExhausted": Table["SessionUiHandlePendingSessionLimitsExhausted"]
    readonly "session.ui.handlePendingExitPlanMode": Table["SessionUiHandlePendingExitPlanMode"]
    readonly "session.ui.registerDirectAutoModeSwitchHandler": Table["SessionUiRegisterDirectAutoModeSwitchHandler"]
    readonly "session.ui.unregisterDirectAutoModeSwitchHandler": Table["SessionUiUnregisterDirectAutoModeSwitchHandler"]
    readonly "session.permissions.configure": Table["SessionPermissionsConfigure"]
    readonly "session.permissions.handlePendingPermissionRequest": Table["SessionPermissionsHandlePendingPermissionRequest"]
    readonly "session.permissions.pendingRequests": Table["SessionPermissionsPendingRequests"]
    readonly "session.permissions.setApproveAll": Table["SessionPermissionsSetApproveAll"]
    readonly "session.permissions.setMode": Table["SessionPermissionsSetMode"]
    readonly "session.permissions.getMode": Table["SessionPermissionsGetMode"]
    readonly "session.permissions.modifyRules": Table["SessionPermissionsModifyRules"]
    readonly "session.permissions.setRequired": Table["SessionPermissionsSetRequired"]
    readonly "session.permissions.resetSessionApprovals": Table["SessionPermissionsResetSessionApprovals"]
    readonly "session.permissions.notifyPromptShown": Table["SessionPermissionsNotifyPromptShown"]
    readonly "session.permissions.paths.list": Table["SessionPermissionsPathsList"]
    readonly "session.permissions.paths.add": Table["SessionPermissionsPathsAdd"]
    readonly "session.permissions.paths.updatePrimary": Table["SessionPermissionsPathsUpdatePrimary"]
    readonly "session.permissions.paths.isPathWithinAllowedDirectories": Table["SessionPermissionsPathsIsPathWithinAllowedDirectories"]
    readonly "session.permissions.paths.isPathWithinWorkspace": Table["SessionPermissionsPathsIsPathWithinWorkspace"]
    readonly "session.permissions.locations.resolve": Table["SessionPermissionsLocationsResolve"]
    readonly "session.permissions.locations.apply": Table["SessionPermissionsLocationsApply"]
    readonly "session.permissions.locations.addToolApproval": Table["SessionPermissionsLocationsAddToolApproval"]
    readonly "session.permissions.folderTrust.isTrusted": Table["SessionPermissionsFolderTrustIsTrusted"]
    readonly "session.permissions.folderTrust.addTrusted": Table["SessionPermissionsFolderTrustAddTrusted"]
    readonly "session.permissions.urls.setUnrestrictedMode": Table["SessionPermissionsUrlsSetUnrestrictedMode"]
    readonly "session.log": Table["SessionLog"]
    readonly "session.metadata.snapshot": Table["SessionMetadataSnapshot"]
    readonly "session.metadata.getClientMetadata": Table["SessionMetadataGetClientMetadata"]
    readonly "session.metadata.updateClientMetadata": Table["SessionMetadataUpdateClientMetadata"]
    readonly "session.metadata.isProcessing": Table["SessionMetadataIsProcessing"]
    readonly "session.metadata.activity": Table["SessionMetadataActivity"]
    readonly "session.metadata.contextInfo": Table["SessionMetadataContextInfo"]
    readonly "session.metadata.getContextAttribution": Table["SessionMetadataGetContextAttribution"]
    readonly "session.metadata.getContextHeaviestMessages": Table["SessionMetadataGetContextHeaviestMessages"]
    readonly "session.metadata.recordContextChange": Table["SessionMetadataRecordContextChange"]
    readonly "session.metadata.setWorkingDirectory": Table["SessionMetadataSetWorkingDirectory"]
    readonly "session.metadata.recomputeContextTokens": Table["SessionMetadataRecomputeContextTokens"]
    readonly "session.settings.snapshot": Table["SessionSettingsSnapshot"]
    readonly "session.settings.evaluatePredicate": Table["SessionSettingsEvaluatePredicate"]
    readonly "session.contentExclusion.checkPaths": Table["SessionContentExclusionCheckPaths"]
    readonly "session.shell.exec": Table["SessionShellExec"]
    readonly "session.shell.kill": Table["SessionShellKill"]
    readonly "session.shell.executeUserRequested": Table["SessionShellExecuteUserRequested"]
    readonly "session.shell.cancelUserRequested": Table["SessionShellCancelUserRequested"]
    readonly "session.history.compact": Table["SessionHistoryCompact"]
    readonly "session.history.truncate": Table["SessionHistoryTruncate"]
    readonly "session.history.listRewindPoints": Table["SessionHistoryListRewindPoints"]
    readonly "session.history.previewRewind": Table["SessionHistoryPreviewRewind"]
    readonly "session.history.rewind": Table["SessionHistoryRewind"]
    readonly "session.history.cancelBackgroundCompaction": Table["SessionHistoryCancelBackgroundCompaction"]
    readonly "session.history.abortManualCompaction": Table["SessionHistoryAbortManualCompaction"]
    readonly "session.history.summarizeForHandoff": Table["SessionHistorySummarizeForHandoff"]
    readonly "session.history.clearContext": Table["SessionHistoryClearContext"]
    readonly "session.queue.pendingItems": Table["SessionQueuePendingItems"]
    readonly "session.queue.snapshot": Table["SessionQueueSnapshot"]
    readonly "session.queue.moveItem": Table["SessionQueueMoveItem"]
    readonly "session.queue.insertAt": Table["SessionQueueInsertAt"]
    readonly "session.queue.removeAt": Table["SessionQueueRemoveAt"]
    readonly "session.queue.updateText": Table["SessionQueueUpdateText"]
    readonly "session.queue.duplicateAt": Table["SessionQueueDuplicateAt"]
    readonly "session.queue.setDrainPaused": Table["SessionQueueSetDrainPaused"]
    readonly "session.queue.sendNow": Table["SessionQueueSendNow"]
    readonly "session.queue.hasPending": Table["SessionQueueHasPending"]
    readonly "session.queue.beginDeferredIdleDrain": Table["SessionQueueBeginDeferredIdleDrain"]
    readonly "session.queue.finishDeferredIdleDrain": Table["SessionQueueFinishDeferredIdleDrain"]
    readonly "session.queue.deferSessionIdle": Table["SessionQueueDeferSessionIdle"]
    readonly "session.queue.removeMostRecent": Table["SessionQueueRemoveMostRecent"]
    readonly "session.queue.clear": Table["SessionQueueClear"]
    readonly "session.queue.consumeSystemNotifications": Table["SessionQueueConsumeSystemNotifications"]
    readonly "session.queue.enqueueResumePending": Table["SessionQueueEnqueueResumePending"]
    readonly "session.queue.process": Table["SessionQueueProcess"]
    readonly "session.eventLog.read": Table["SessionEventLogRead"]
    readonly "session.eventLog.tail": Table["SessionEventLogTail"]
    readonly "session.eventLog.registerInterest": Table["SessionEventLogRegisterInterest"]
    readonly "session.eventLog.releaseInterest": Table["SessionEventLogReleaseInterest"]
    readonly "session.usage.getMetrics": Table["SessionUsageGetMetrics"]
    readonly "session.limitPrediction.predict": Table["SessionLimitPredictionPredict"]
    readonly "session.remote.enable": Table["SessionRemoteEnable"]
    readonly "session.remote.disable": Table["SessionRemoteDisable"]
    readonly "session.remote.notifySteerableChanged": Table["SessionRemoteNotifySteerableChanged"]
    readonly "session.visibility.get": Table["SessionVisibilityGet"]
    readonly "session.visibility.set": Table["SessionVisibilitySet"]
    readonly "session.schedule.list": Table["SessionScheduleList"]
    readonly "session.schedule.hydrate": Table["SessionScheduleHydrate"]
    readonly "session.schedule.hasSelfPaced": Table["SessionScheduleHasSelfPaced"]
    readonly "session.schedule.add": Table["SessionScheduleAdd"]
    readonly "session.schedule.addCron": Table["SessionScheduleAddCron"]
    readonly "session.schedule.addAt": Table["SessionScheduleAddAt"]
    readonly "session.schedule.addSelfPaced": Table["SessionScheduleAddSelfPaced"]
    readonly "session.schedule.rearmSelfPaced": Table["SessionScheduleRearmSelfPaced"]
    readonly "session.schedule.stop": Table["SessionScheduleStop"]
  }
}

/** A server method: the SDK calls it on the runtime, for no session in particular. */
export type ServerMethod = Table["serverMethods"][keyof Table["serverMethods"]]

/** A session method: the SDK calls it on the runtime for one session, named by its `sessionId`. */
export type SessionMethod = Table["sessionMethods"][keyof Table["sessionMethods"]]

}

// ---------------------------------------------------------------------------
// Methods: each a small object, its Schemas made when first read
// ---------------------------------------------------------------------------

/** Every method of the protocol, by the name of its declaration, and the tables of the methods the SDK calls. */
export const Methods: Methods.Table = table<Methods.Table>(() => `
Ping=!mping @Api.PingRequest @Api.PingResult
Connect=!mconnect @Api.ConnectRequest @Api.ConnectResult
HooksDiscover=!mhooks.discover @Api.HooksDiscoverRequest @Api.HooksDiscoverResult
ModelsList=!mmodels.list @Api.ModelsListRequest @Api.ModelList
ModelsGetBuiltInCatalog=!mmodels.getBuiltInCatalog {} @Api.BuiltInModelCatalog
ToolsList=!mtools.list @Api.ToolsListRequest @Api.ToolList
AccountGetQuota=!maccount.getQuota @Api.AccountGetQuotaRequest @Api.AccountGetQuotaResult
AccountGetCurrentAuth=!maccount.getCurrentAuth {} @Api.AccountGetCurrentAuthResult
AccountGetAllUsers=!maccount.getAllUsers {} [@Api.AccountAllUsers]
AccountLogin=!maccount.login @Api.AccountLoginRequest @Api.AccountLoginResult
AccountLogout=!maccount.logout @Api.AccountLogoutRequest @Api.AccountLogoutResult
SecretsAddFilterValues=!msecrets.addFilterValues @Api.SecretsAddFilterValuesRequest @Api.SecretsAddFilterValuesResult
McpConfigList=!mmcp.config.list {} @Api.McpConfigList
McpConfigAdd=!mmcp.config.add @Api.McpConfigAddRequest V
McpConfigUpdate=!mmcp.config.update @Api.McpConfigUpdateRequest V
McpConfigRemove=!mmcp.config.remove @Api.McpConfigRemoveRequest V
McpConfigEnable=!mmcp.config.enable @Api.McpConfigEnableRequest V
McpConfigDisable=!mmcp.config.disable @Api.McpConfigDisableRequest V
McpConfigReload=!mmcp.config.reload {} V
McpDiscover=!mmcp.discover @Api.McpDiscoverRequest @Api.McpDiscoverResult
McpPlanInstall=!mmcp.planInstall @Api.McpPlanInstallRequest @Api.McpPlanInstallResult
ExtensionsDiscover=!mextensions.discover {} @Api.DiscoveredExtensions
ExtensionsEnable=!mextensions.enable @Api.DiscoveredExtensionsEnableRequest V
ExtensionsDisable=!mextensions.disable @Api.DiscoveredExtensionsDisableRequest V
RegisterExtensionLaunchProvider=!mregisterExtensionLaunchProvider {} V
CatalogSearch=!mcatalog.search @Api.CatalogSearchRequest @Api.CatalogSearchResult
PluginsList=!mplugins.list {} @Api.PluginListResult
PluginsInstall=!mplugins.install @Api.PluginsInstallRequest @Api.PluginInstallResult
PluginsUninstall=!mplugins.uninstall @Api.PluginsUninstallRequest V
PluginsUpdate=!mplugins.update @Api.PluginsUpdateRequest @Api.PluginUpdateResult
PluginsUpdateAll=!mplugins.updateAll {} @Api.PluginUpdateAllResult
PluginsEnable=!mplugins.enable @Api.PluginsEnableRequest V
PluginsDisable=!mplugins.disable @Api.PluginsDisableRequest V
PluginsBuiltinSet=!mplugins.builtin.set @Api.PluginsBuiltinSetRequest V
PluginsMarketplacesList=!mplugins.marketplaces.list {} @Api.MarketplaceListResult
PluginsMarketplacesAdd=!mplugins.marketplaces.add @Api.PluginsMarketplacesAddRequest @Api.MarketplaceAddResult
PluginsMarketplacesRemove=!mplugins.marketplaces.remove @Api.PluginsMarketplacesRemoveRequest @Api.MarketplaceRemoveResult
PluginsMarketplacesBrowse=!mplugins.marketplaces.browse @Api.PluginsMarketplacesBrowseRequest @Api.MarketplaceBrowseResult
PluginsMarketplacesRefresh=!mplugins.marketplaces.refresh @Api.PluginsMarketplacesRefreshRequest @Api.MarketplaceRefreshResult
SkillsConfigSetDisabledSkills=!mskills.config.setDisabledSkills @Api.SkillsConfigSetDisabledSkillsRequest V
SkillsConfigSetSkillDisabled=!mskills.config.setSkillDisabled @Api.SkillsConfigSetSkillDisabledRequest V
SkillsDiscover=!mskills.discover @Api.SkillsDiscoverRequest @Api.ServerSkillList
SkillsGetDiscoveryPaths=!mskills.getDiscoveryPaths @Api.SkillsGetDiscoveryPathsRequest @Api.SkillDiscoveryPathList
AgentsDiscover=!magents.discover @Api.AgentsDiscoverRequest @Api.ServerAgentList
AgentsGetDiscoveryPaths=!magents.getDiscoveryPaths @Api.AgentsGetDiscoveryPathsRequest @Api.AgentDiscoveryPathList
InstructionsDiscover=!minstructions.discover @Api.InstructionsDiscoverRequest @Api.ServerInstructionSourceList
InstructionsGetDiscoveryPaths=!minstructions.getDiscoveryPaths @Api.InstructionsGetDiscoveryPathsRequest @Api.InstructionDiscoveryPathList
CommandsList=!mcommands.list {} @Api.CommandList
UserSettingsReload=!muser.settings.reload {} V
UserSettingsGet=!muser.settings.get {} @Api.UserSettingsGetResult
UserSettingsSet=!muser.settings.set @Api.UserSettingsSetRequest ?@Api.UserSettingsSetResult
ManagedSettingsRead=!mmanagedSettings.read {} @Api.ManagedSettingsReadResult
ManagedSettingsClearCache=!mmanagedSettings.clearCache {} V
RuntimeShutdown=!mruntime.shutdown {} V
SessionFsSetProvider=!msessionFs.setProvider @Api.SessionFsSetProviderRequest @Api.SessionFsSetProviderResult
LlmInferenceSetProvider=!mllmInference.setProvider {} @Api.LlmInferenceSetProviderResult
LlmInferenceHttpResponseStart=!mllmInference.httpResponseStart @Api.LlmInferenceHttpResponseStartRequest @Api.LlmInferenceHttpResponseStartResult
LlmInferenceHttpResponseChunk=!mllmInference.httpResponseChunk @Api.LlmInferenceHttpResponseChunkRequest @Api.LlmInferenceHttpResponseChunkResult
SessionsOpen=!msessions.open @Api.SessionOpenParams @Api.SessionOpenResult
SessionsFork=!msessions.fork @Api.SessionsForkRequest @Api.SessionsForkResult
SessionsConnect=!msessions.connect @Api.ConnectRemoteSessionParams @Api.RemoteSessionConnectionResult
SessionsList=!msessions.list @Api.SessionsListRequest @Api.SessionList
SessionsGetMetadata=!msessions.getMetadata @Api.SessionsGetMetadataRequest @Api.SessionsGetMetadataResult
SessionsGetClientMetadata=!msessions.getClientMetadata @Api.SessionsGetClientMetadataRequest @Api.SessionsGetClientMetadataResult
SessionsReadPersistedEvents=!msessions.readPersistedEvents @Api.SessionsReadPersistedEventsRequest @Api.EventsReadResult
SessionsListNonEmptySessionIds=!msessions.listNonEmptySessionIds @Api.SessionsListNonEmptySessionIdsRequest @Api.SessionsListNonEmptySessionIdsResult
SessionsFindByTaskId=!msessions.findByTaskId @Api.SessionsFindByTaskIDRequest @Api.SessionsFindByTaskIDResult
SessionsFindByPrefix=!msessions.findByPrefix @Api.SessionsFindByPrefixRequest @Api.SessionsFindByPrefixResult
SessionsGetLastForContext=!msessions.getLastForContext @Api.SessionsGetLastForContextRequest @Api.SessionsGetLastForContextResult
SessionsGetEventFilePath=!msessions.getEventFilePath @Api.SessionsGetEventFilePathRequest @Api.SessionsGetEventFilePathResult
SessionsGetSizes=!msessions.getSizes {} @Api.SessionSizes
SessionsCheckInUse=!msessions.checkInUse @Api.SessionsCheckInUseRequest @Api.SessionsCheckInUseResult
SessionsGetPersistedRemoteSteerable=!msessions.getPersistedRemoteSteerable @Api.SessionsGetPersistedRemoteSteerableRequest @Api.SessionsGetPersistedRemoteSteerableResult
SessionsClose=!msessions.close @Api.SessionsCloseRequest @Api.SessionsCloseResult
SessionsBulkDelete=!msessions.bulkDelete @Api.SessionsBulkDeleteRequest @Api.SessionBulkDeleteResult
SessionsDelete=!msessions.delete @Api.SessionsDeleteRequest V
SessionsPruneOld=!msessions.pruneOld @Api.SessionsPruneOldRequest @Api.SessionPruneResult
SessionsSave=!msessions.save @Api.SessionsSaveRequest @Api.SessionsSaveResult
SessionsReleaseLock=!msessions.releaseLock @Api.SessionsReleaseLockRequest @Api.SessionsReleaseLockResult
SessionsEnrichMetadata=!msessions.enrichMetadata @Api.SessionsEnrichMetadataRequest @Api.SessionEnrichMetadataResult
SessionsReloadPluginHooks=!msessions.reloadPluginHooks @Api.SessionsReloadPluginHooksRequest @Api.SessionsReloadPluginHooksResult
SessionsLoadDeferredRepoHooks=!msessions.loadDeferredRepoHooks @Api.SessionsLoadDeferredRepoHooksRequest @Api.SessionLoadDeferredRepoHooksResult
SessionsSetAdditionalPlugins=!msessions.setAdditionalPlugins @Api.SessionsSetAdditionalPluginsRequest @Api.SessionsSetAdditionalPluginsResult
SessionsGetBoardEntryCount=!msessions.getBoardEntryCount @Api.SessionsGetBoardEntryCountRequest @Api.SessionsGetBoardEntryCountResult
SessionsStartRemoteControl=!msessions.startRemoteControl @Api.SessionsStartRemoteControlRequest @Api.RemoteControlStatusResult
SessionsTransferRemoteControl=!msessions.transferRemoteControl @Api.SessionsTransferRemoteControlRequest @Api.RemoteControlTransferResult
SessionsSetRemoteControlSteering=!msessions.setRemoteControlSteering @Api.SessionsSetRemoteControlSteeringRequest @Api.RemoteControlStatusResult
SessionsStopRemoteControl=!msessions.stopRemoteControl @Api.SessionsStopRemoteControlRequest @Api.RemoteControlStopResult
SessionsGetRemoteControlStatus=!msessions.getRemoteControlStatus {} @Api.RemoteControlStatusResult
SessionsConfigureSessionExtensions=!msessions.configureSessionExtensions @Api.ConfigureSessionExtensionsParams V
AgentRegistrySpawn=!magentRegistry.spawn @Api.AgentRegistrySpawnRequest @Api.AgentRegistrySpawnResult
SessionSuspend=!msession.suspend @Api.SessionSuspendParams V
SessionSend=!msession.send @Api.SessionSendParams @Api.SendResult
SessionSendMessages=!msession.sendMessages @Api.SessionSendMessagesParams @Api.SendMessagesResult
SessionSandboxGetEnforcementStatus=!msession.sandbox.getEnforcementStatus @Api.SessionSandboxGetEnforcementStatusParams @Api.SandboxEnforcementStatus
SessionSandboxDisableForSession=!msession.sandbox.disableForSession @Api.SessionSandboxDisableForSessionParams @Api.SandboxDisableForSessionResult
SessionSendSystemNotification=!msession.sendSystemNotification @Api.SessionSendSystemNotificationParams V
SessionAbort=!msession.abort @Api.SessionAbortParams @Api.AbortResult
SessionInterruptMainTurn=!msession.interruptMainTurn @Api.SessionInterruptMainTurnParams @Api.InterruptMainTurnResult
SessionCancelAllBackgroundAgents=!msession.cancelAllBackgroundAgents @Api.SessionCancelAllBackgroundAgentsParams n
SessionShutdown=!msession.shutdown @Api.SessionShutdownParams V
SessionGitHubAuthGetStatus=!msession.gitHubAuth.getStatus @Api.SessionGitHubAuthGetStatusParams @Api.SessionAuthStatus
SessionGitHubAuthSetCredentials=!msession.gitHubAuth.setCredentials @Api.SessionGitHubAuthSetCredentialsParams @Api.SessionSetCredentialsResult
SessionGitHubAuthGetCurrentAuthInfo=!msession.gitHubAuth.getCurrentAuthInfo @Api.SessionGitHubAuthGetCurrentAuthInfoParams @Api.SessionAuthInfoResult
SessionGitHubAuthGetAllAuthAvailable=!msession.gitHubAuth.getAllAuthAvailable @Api.SessionGitHubAuthGetAllAuthAvailableParams [@Api.SessionAuthStatus]
SessionGitHubAuthRefreshCopilotUser=!msession.gitHubAuth.refreshCopilotUser @Api.SessionGitHubAuthRefreshCopilotUserParams @Api.SessionAuthInfoResult
SessionGitHubAuthLogin=!msession.gitHubAuth.login @Api.SessionGitHubAuthLoginParams @Api.AuthInfo
SessionGitHubAuthSwitchToAuth=!msession.gitHubAuth.switchToAuth @Api.SessionGitHubAuthSwitchToAuthParams V
SessionGitHubAuthLogout=!msession.gitHubAuth.logout @Api.SessionGitHubAuthLogoutParams b
SessionGitHubAuthLogoutUser=!msession.gitHubAuth.logoutUser @Api.SessionGitHubAuthLogoutUserParams b
SessionGitHubAuthLastAuthErrors=!msession.gitHubAuth.lastAuthErrors @Api.SessionGitHubAuthLastAuthErrorsParams @Api.AuthValidationErrors
SessionDebugCollectLogs=!msession.debug.collectLogs @Api.SessionDebugCollectLogsParams @Api.DebugCollectLogsResult
SessionCanvasList=!msession.canvas.list @Api.SessionCanvasListParams @Api.CanvasList
SessionCanvasListOpen=!msession.canvas.listOpen @Api.SessionCanvasListOpenParams @Api.CanvasListOpenResult
SessionCanvasOpen=!msession.canvas.open @Api.SessionCanvasOpenParams @Api.OpenCanvasInstance
SessionCanvasClose=!msession.canvas.close @Api.SessionCanvasCloseParams V
SessionCanvasActionInvoke=!msession.canvas.action.invoke @Api.SessionCanvasActionInvokeParams @Api.CanvasActionInvokeResult
SessionCanvasProviderRegister=!msession.canvas.provider.register @Api.SessionCanvasProviderRegisterParams V
SessionCanvasProviderUnregister=!msession.canvas.provider.unregister @Api.SessionCanvasProviderUnregisterParams V
SessionFactoryRun=!msession.factory.run @Api.SessionFactoryRunParams @Api.FactoryRunResult
SessionFactoryResume=!msession.factory.resume @Api.SessionFactoryResumeParams @Api.FactoryResumeResult
SessionFactoryRunFromTool=!msession.factory.runFromTool @Api.SessionFactoryRunFromToolParams @Api.FactoryRunResult
SessionFactoryResumeFromTool=!msession.factory.resumeFromTool @Api.SessionFactoryResumeFromToolParams @Api.FactoryResumeResult
SessionFactoryGetRun=!msession.factory.getRun @Api.SessionFactoryGetRunParams @Api.FactoryRunResult
SessionFactoryListRuns=!msession.factory.listRuns @Api.SessionFactoryListRunsParams @Api.FactoryListRunsResult
SessionFactoryGetRunDetail=!msession.factory.getRunDetail @Api.SessionFactoryGetRunDetailParams @Api.FactoryRunDetail
SessionFactoryGetRunProgress=!msession.factory.getRunProgress @Api.SessionFactoryGetRunProgressParams @Api.FactoryProgressPage
SessionFactoryCancel=!msession.factory.cancel @Api.SessionFactoryCancelParams @Api.FactoryRunResult
SessionFactoryPause=!msession.factory.pause @Api.SessionFactoryPauseParams @Api.FactoryRunResult
SessionFactoryPauseAtCheckpoint=!msession.factory.pauseAtCheckpoint @Api.SessionFactoryPauseAtCheckpointParams @Api.FactoryPauseCheckpointResult
SessionFactoryLog=!msession.factory.log @Api.SessionFactoryLogParams @Api.FactoryAckResult
SessionFactoryAgent=!msession.factory.agent @Api.SessionFactoryAgentParams @Api.FactoryAgentResult
SessionFactoryJournalGet=!msession.factory.journal.get @Api.SessionFactoryJournalGetParams @Api.FactoryJournalGetResult
SessionFactoryJournalPut=!msession.factory.journal.put @Api.SessionFactoryJournalPutParams @Api.FactoryAckResult
SessionModelGetCurrent=!msession.model.getCurrent @Api.SessionModelGetCurrentParams @Api.CurrentModel
SessionModelSwitchTo=!msession.model.switchTo @Api.SessionModelSwitchToParams @Api.ModelSwitchToResult
SessionModelSwitchAutoTier=!msession.model.switchAutoTier @Api.SessionModelSwitchAutoTierParams @Api.ModelSwitchAutoTierResult
SessionModelApplyStartupOverlay=!msession.model.applyStartupOverlay @Api.SessionModelApplyStartupOverlayParams @Api.ModelSwitchToResult
SessionModelSetAllowedModels=!msession.model.setAllowedModels @Api.SessionModelSetAllowedModelsParams @Api.ModelSetAllowedModelsResult
SessionModelSetReasoningEffort=!msession.model.setReasoningEffort @Api.SessionModelSetReasoningEffortParams @Api.ModelSetReasoningEffortResult
SessionModelList=!msession.model.list @Api.SessionModelListParams @Api.SessionModelList
SessionModeGet=!msession.mode.get @Api.SessionModeGetParams @Api.SessionMode
SessionModeSet=!msession.mode.set @Api.SessionModeSetParams @Api.ModeSetResult
SessionNameGet=!msession.name.get @Api.SessionNameGetParams @Api.NameGetResult
SessionNameSet=!msession.name.set @Api.SessionNameSetParams V
SessionNameSetAuto=!msession.name.setAuto @Api.SessionNameSetAutoParams @Api.NameSetAutoResult
SessionPlanRead=!msession.plan.read @Api.SessionPlanReadParams @Api.PlanReadResult
SessionPlanUpdate=!msession.plan.update @Api.SessionPlanUpdateParams V
SessionPlanDelete=!msession.plan.delete @Api.SessionPlanDeleteParams V
SessionPlanReadSqlTodos=!msession.plan.readSqlTodos @Api.SessionPlanReadSqlTodosParams @Api.PlanReadSqlTodosResult
SessionPlanReadSqlTodosWithDependencies=!msession.plan.readSqlTodosWithDependencies @Api.SessionPlanReadSqlTodosWithDependenciesParams @Api.PlanReadSqlTodosWithDependenciesResult
SessionWorkspacesGetWorkspace=!msession.workspaces.getWorkspace @Api.SessionWorkspacesGetWorkspaceParams @Api.WorkspacesGetWorkspaceResult
SessionWorkspacesUpdateMetadata=!msession.workspaces.updateMetadata @Api.SessionWorkspacesUpdateMetadataParams @Api.WorkspacesGetWorkspaceResult
SessionWorkspacesEnsure=!msession.workspaces.ensure @Api.SessionWorkspacesEnsureParams @Api.WorkspacesGetWorkspaceResult
SessionWorkspacesListFiles=!msession.workspaces.listFiles @Api.SessionWorkspacesListFilesParams @Api.WorkspacesListFilesResult
SessionWorkspacesReadFile=!msession.workspaces.readFile @Api.SessionWorkspacesReadFileParams @Api.WorkspacesReadFileResult
SessionWorkspacesCreateFile=!msession.workspaces.createFile @Api.SessionWorkspacesCreateFileParams V
SessionWorkspacesStatFile=!msession.workspaces.statFile @Api.SessionWorkspacesStatFileParams @Api.WorkspacesStatFileResult
SessionWorkspacesCreateDirectory=!msession.workspaces.createDirectory @Api.SessionWorkspacesCreateDirectoryParams V
SessionWorkspacesRemovePath=!msession.workspaces.removePath @Api.SessionWorkspacesRemovePathParams V
SessionWorkspacesRenamePath=!msession.workspaces.renamePath @Api.SessionWorkspacesRenamePathParams V
SessionWorkspacesListCheckpoints=!msession.workspaces.listCheckpoints @Api.SessionWorkspacesListCheckpointsParams @Api.WorkspacesListCheckpointsResult
SessionWorkspacesReadCheckpoint=!msession.workspaces.readCheckpoint @Api.SessionWorkspacesReadCheckpointParams @Api.WorkspacesReadCheckpointResult
SessionWorkspacesAddSummary=!msession.workspaces.addSummary @Api.SessionWorkspacesAddSummaryParams @Api.WorkspacesAddSummaryResult
SessionWorkspacesTruncateSummaries=!msession.workspaces.truncateSummaries @Api.SessionWorkspacesTruncateSummariesParams @Api.WorkspacesGetWorkspaceResult
SessionWorkspacesReadAutopilotObjective=!msession.workspaces.readAutopilotObjective @Api.SessionWorkspacesReadAutopilotObjectiveParams @Api.WorkspacesReadAutopilotObjectiveResult
SessionWorkspacesWriteAutopilotObjective=!msession.workspaces.writeAutopilotObjective @Api.SessionWorkspacesWriteAutopilotObjectiveParams @Api.WorkspacesWriteAutopilotObjectiveResult
SessionWorkspacesDeleteAutopilotObjective=!msession.workspaces.deleteAutopilotObjective @Api.SessionWorkspacesDeleteAutopilotObjectiveParams @Api.WorkspacesDeleteAutopilotObjectiveResult
SessionWorkspacesAutopilotObjectiveExists=!msession.workspaces.autopilotObjectiveExists @Api.SessionWorkspacesAutopilotObjectiveExistsParams @Api.WorkspacesAutopilotObjectiveExistsResult
SessionWorkspacesSaveLargePaste=!msession.workspaces.saveLargePaste @Api.SessionWorkspacesSaveLargePasteParams @Api.WorkspacesSaveLargePasteResult
SessionWorkspacesDiff=!msession.workspaces.diff @Api.SessionWorkspacesDiffParams @Api.WorkspaceDiffResult
SessionAutopilotObjectiveGetState=!msession.autopilotObjective.getState @Api.SessionAutopilotObjectiveGetStateParams @Api.AutopilotObjectiveGetStateResult
SessionCompletionsGetTriggerCharacters=!msession.completions.getTriggerCharacters @Api.SessionCompletionsGetTriggerCharactersParams @Api.CompletionsGetTriggerCharactersResult
SessionCompletionsRequest=!msession.completions.request @Api.SessionCompletionsRequestParams @Api.CompletionsRequestResult
SessionInstructionsGetSources=!msession.instructions.getSources @Api.SessionInstructionsGetSourcesParams @Api.InstructionsGetSourcesResult
SessionFleetStart=!msession.fleet.start @Api.SessionFleetStartParams @Api.FleetStartResult
SessionAgentList=!msession.agent.list @Api.SessionAgentListParams @Api.AgentList
SessionAgentSetPrompt=!msession.agent.setPrompt @Api.SessionAgentSetPromptParams V
SessionAgentGetCurrent=!msession.agent.getCurrent @Api.SessionAgentGetCurrentParams @Api.AgentGetCurrentResult
SessionAgentSelect=!msession.agent.select @Api.SessionAgentSelectParams @Api.AgentSelectResult
SessionAgentDeselect=!msession.agent.deselect @Api.SessionAgentDeselectParams V
SessionAgentReload=!msession.agent.reload @Api.SessionAgentReloadParams @Api.AgentReloadResult
SessionTasksStartAgent=!msession.tasks.startAgent @Api.SessionTasksStartAgentParams @Api.TasksStartAgentResult
SessionTasksList=!msession.tasks.list @Api.SessionTasksListParams @Api.TaskList
SessionTasksRegister=!msession.tasks.register @Api.SessionTasksRegisterParams @Api.TasksRegisterResult
SessionTasksUpdate=!msession.tasks.update @Api.SessionTasksUpdateParams @Api.TasksUpdateResult
SessionTasksRefresh=!msession.tasks.refresh @Api.SessionTasksRefreshParams @Api.TasksRefreshResult
SessionTasksWaitForPending=!msession.tasks.waitForPending @Api.SessionTasksWaitForPendingParams @Api.TasksWaitForPendingResult
SessionTasksGetProgress=!msession.tasks.getProgress @Api.SessionTasksGetProgressParams @Api.TasksGetProgressResult
SessionTasksGetCurrentPromotable=!msession.tasks.getCurrentPromotable @Api.SessionTasksGetCurrentPromotableParams @Api.TasksGetCurrentPromotableResult
SessionTasksPromoteToBackground=!msession.tasks.promoteToBackground @Api.SessionTasksPromoteToBackgroundParams @Api.TasksPromoteToBackgroundResult
SessionTasksPromoteCurrentToBackground=!msession.tasks.promoteCurrentToBackground @Api.SessionTasksPromoteCurrentToBackgroundParams @Api.TasksPromoteCurrentToBackgroundResult
SessionTasksCancel=!msession.tasks.cancel @Api.SessionTasksCancelParams @Api.TasksCancelResult
SessionTasksRemove=!msession.tasks.remove @Api.SessionTasksRemoveParams @Api.TasksRemoveResult
SessionTasksSendMessage=!msession.tasks.sendMessage @Api.SessionTasksSendMessageParams @Api.TasksSendMessageResult
SessionSkillsList=!msession.skills.list @Api.SessionSkillsListParams @Api.SkillList
SessionSkillsGetInvoked=!msession.skills.getInvoked @Api.SessionSkillsGetInvokedParams @Api.SkillsGetInvokedResult
SessionSkillsEnable=!msession.skills.enable @Api.SessionSkillsEnableParams V
SessionSkillsDisable=!msession.skills.disable @Api.SessionSkillsDisableParams V
SessionSkillsReload=!msession.skills.reload @Api.SessionSkillsReloadParams @Api.SkillsLoadDiagnostics
SessionSkillsEnsureLoaded=!msession.skills.ensureLoaded @Api.SessionSkillsEnsureLoadedParams V
SessionMcpList=!msession.mcp.list @Api.SessionMcpListParams @Api.McpServerList
SessionMcpListTools=!msession.mcp.listTools @Api.SessionMcpListToolsParams @Api.McpListToolsResult
SessionMcpEnable=!msession.mcp.enable @Api.SessionMcpEnableParams V
SessionMcpDisable=!msession.mcp.disable @Api.SessionMcpDisableParams V
SessionMcpReload=!msession.mcp.reload @Api.SessionMcpReloadParams V
SessionMcpMoveLoadingToBackground=!msession.mcp.moveLoadingToBackground @Api.SessionMcpMoveLoadingToBackgroundParams @Api.MoveMcpLoadingToBackgroundResult
SessionMcpReloadWithConfig=!msession.mcp.reloadWithConfig @Api.SessionMcpReloadWithConfigParams @Api.McpStartServersResult
SessionMcpExecuteSampling=!msession.mcp.executeSampling @Api.SessionMcpExecuteSamplingParams @Api.McpSamplingExecutionResult
SessionMcpCancelSamplingExecution=!msession.mcp.cancelSamplingExecution @Api.SessionMcpCancelSamplingExecutionParams @Api.McpCancelSamplingExecutionResult
SessionMcpSetEnvValueMode=!msession.mcp.setEnvValueMode @Api.SessionMcpSetEnvValueModeParams @Api.McpSetEnvValueModeResult
SessionMcpRemoveGitHub=!msession.mcp.removeGitHub @Api.SessionMcpRemoveGitHubParams @Api.McpRemoveGitHubResult
SessionMcpConfigureGitHub=!msession.mcp.configureGitHub @Api.SessionMcpConfigureGitHubParams @Api.McpConfigureGitHubResult
SessionMcpStartServer=!msession.mcp.startServer @Api.SessionMcpStartServerParams V
SessionMcpRestartServer=!msession.mcp.restartServer @Api.SessionMcpRestartServerParams V
SessionMcpStopServer=!msession.mcp.stopServer @Api.SessionMcpStopServerParams V
SessionMcpRegisterExternalClient=!msession.mcp.registerExternalClient @Api.SessionMcpRegisterExternalClientParams V
SessionMcpUnregisterExternalClient=!msession.mcp.unregisterExternalClient @Api.SessionMcpUnregisterExternalClientParams V
SessionMcpIsServerRunning=!msession.mcp.isServerRunning @Api.SessionMcpIsServerRunningParams @Api.McpIsServerRunningResult
SessionMcpOauthHandlePendingRequest=!msession.mcp.oauth.handlePendingRequest @Api.SessionMcpOauthHandlePendingRequestParams @Api.McpOauthHandlePendingResult
SessionMcpOauthAuthenticationStateChanged=!msession.mcp.oauth.authenticationStateChanged @Api.SessionMcpOauthAuthenticationStateChangedParams V
SessionMcpOauthLogin=!msession.mcp.oauth.login @Api.SessionMcpOauthLoginParams @Api.McpOauthLoginResult
SessionMcpOauthProbe=!msession.mcp.oauth.probe @Api.SessionMcpOauthProbeParams @Api.McpOauthProbeResult
SessionMcpOauthRespond=!msession.mcp.oauth.respond @Api.SessionMcpOauthRespondParams @Api.McpOauthRespondResult
SessionMcpHeadersHandlePendingHeadersRefreshRequest=!msession.mcp.headers.handlePendingHeadersRefreshRequest @Api.SessionMcpHeadersHandlePendingHeadersRefreshRequestParams @Api.McpHeadersHandlePendingHeadersRefreshRequestResult
SessionMcpAppsReadResource=!msession.mcp.apps.readResource @Api.SessionMcpAppsReadResourceParams @Api.McpAppsReadResourceResult
SessionMcpAppsListTools=!msession.mcp.apps.listTools @Api.SessionMcpAppsListToolsParams @Api.McpAppsListToolsResult
SessionMcpAppsCallTool=!msession.mcp.apps.callTool @Api.SessionMcpAppsCallToolParams Ru
SessionMcpAppsSetHostContext=!msession.mcp.apps.setHostContext @Api.SessionMcpAppsSetHostContextParams V
SessionMcpAppsGetHostContext=!msession.mcp.apps.getHostContext @Api.SessionMcpAppsGetHostContextParams @Api.McpAppsHostContext
SessionMcpAppsDiagnose=!msession.mcp.apps.diagnose @Api.SessionMcpAppsDiagnoseParams @Api.McpAppsDiagnoseResult
SessionMcpResourcesRead=!msession.mcp.resources.read @Api.SessionMcpResourcesReadParams @Api.McpResourcesReadResult
SessionMcpResourcesList=!msession.mcp.resources.list @Api.SessionMcpResourcesListParams @Api.McpResourcesListResult
SessionMcpResourcesListTemplates=!msession.mcp.resources.listTemplates @Api.SessionMcpResourcesListTemplatesParams @Api.McpResourcesListTemplatesResult
SessionPluginsList=!msession.plugins.list @Api.SessionPluginsListParams @Api.PluginList
SessionPluginsReload=!msession.plugins.reload @Api.SessionPluginsReloadParams V
SessionProviderGetEndpoint=!msession.provider.getEndpoint @Api.SessionProviderGetEndpointParams @Api.ProviderEndpoint
SessionProviderAdd=!msession.provider.add @Api.SessionProviderAddParams @Api.ProviderAddResult
SessionOptionsUpdate=!msession.options.update @Api.SessionOptionsUpdateParams @Api.SessionUpdateOptionsResult
SessionLspInitialize=!msession.lsp.initialize @Api.SessionLspInitializeParams V
SessionExtensionsList=!msession.extensions.list @Api.SessionExtensionsListParams @Api.ExtensionList
SessionExtensionsEnable=!msession.extensions.enable @Api.SessionExtensionsEnableParams V
SessionExtensionsDisable=!msession.extensions.disable @Api.SessionExtensionsDisableParams V
SessionExtensionsReload=!msession.extensions.reload @Api.SessionExtensionsReloadParams V
SessionExtensionsSendAttachmentsToMessage=!msession.extensions.sendAttachmentsToMessage @Api.SessionExtensionsSendAttachmentsToMessageParams V
SessionToolsExecute=!msession.tools.execute @Api.SessionToolsExecuteParams @Api.ToolResult
SessionToolsGetBuiltinDescriptors=!msession.tools.getBuiltinDescriptors @Api.SessionToolsGetBuiltinDescriptorsParams @Api.ToolsGetBuiltinDescriptorsResult
SessionToolsTaskCompleteEventData=!msession.tools.taskCompleteEventData @Api.SessionToolsTaskCompleteEventDataParams @Api.TaskCompleteData
SessionToolsHandlePendingToolCall=!msession.tools.handlePendingToolCall @Api.SessionToolsHandlePendingToolCallParams @Api.HandlePendingToolCallResult
SessionToolsInitializeAndValidate=!msession.tools.initializeAndValidate @Api.SessionToolsInitializeAndValidateParams @Api.ToolsInitializeAndValidateResult
SessionToolsGetCurrentMetadata=!msession.tools.getCurrentMetadata @Api.SessionToolsGetCurrentMetadataParams @Api.ToolsGetCurrentMetadataResult
SessionToolsSet=!msession.tools.set @Api.SessionToolsSetParams @Api.ToolsSetResult
SessionToolsUpdateSubagentSettings=!msession.tools.updateSubagentSettings @Api.SessionToolsUpdateSubagentSettingsParams @Api.ToolsUpdateSubagentSettingsResult
SessionCommandsList=!msession.commands.list @Api.SessionCommandsListParams @Api.CommandList
SessionCommandsInvoke=!msession.commands.invoke @Api.SessionCommandsInvokeParams @Api.SlashCommandInvocationResult
SessionCommandsFinalizeInvocationEffect=!msession.commands.finalizeInvocationEffect @Api.SessionCommandsFinalizeInvocationEffectParams @Api.CommandsFinalizeInvocationEffectResult
SessionCommandsHandlePendingCommand=!msession.commands.handlePendingCommand @Api.SessionCommandsHandlePendingCommandParams @Api.CommandsHandlePendingCommandResult
SessionCommandsExecute=!msession.commands.execute @Api.SessionCommandsExecuteParams @Api.ExecuteCommandResult
SessionCommandsEnqueue=!msession.commands.enqueue @Api.SessionCommandsEnqueueParams @Api.EnqueueCommandResult
SessionCommandsRespondToQueuedCommand=!msession.commands.respondToQueuedCommand @Api.SessionCommandsRespondToQueuedCommandParams @Api.CommandsRespondToQueuedCommandResult
SessionTelemetryGetEngagementId=!msession.telemetry.getEngagementId @Api.SessionTelemetryGetEngagementIdParams @Api.SessionTelemetryEngagement
SessionTelemetrySetFeatureOverrides=!msession.telemetry.setFeatureOverrides @Api.SessionTelemetrySetFeatureOverridesParams V
SessionUiEphemeralQuery=!msession.ui.ephemeralQuery @Api.SessionUiEphemeralQueryParams @Api.UIEphemeralQueryResult
SessionUiElicitation=!msession.ui.elicitation @Api.SessionUiElicitationParams @Api.UIElicitationResponse
SessionUiHandlePendingElicitation=!msession.ui.handlePendingElicitation @Api.SessionUiHandlePendingElicitationParams @Api.UIElicitationResult
SessionUiHandlePendingUserInput=!msession.ui.handlePendingUserInput @Api.SessionUiHandlePendingUserInputParams @Api.UIHandlePendingResult
SessionUiHandlePendingSampling=!msession.ui.handlePendingSampling @Api.SessionUiHandlePendingSamplingParams @Api.UIHandlePendingResult
SessionUiHandlePendingAutoModeSwitch=!msession.ui.handlePendingAutoModeSwitch @Api.SessionUiHandlePendingAutoModeSwitchParams @Api.UIHandlePendingResult
SessionUiHandlePendingSessionLimitsExhausted=!msession.ui.handlePendingSessionLimitsExhausted @Api.SessionUiHandlePendingSessionLimitsExhaustedParams @Api.UIHandlePendingResult
SessionUiHandlePendingExitPlanMode=!msession.ui.handlePendingExitPlanMode @Api.SessionUiHandlePendingExitPlanModeParams @Api.UIHandlePendingResult
SessionUiRegisterDirectAutoModeSwitchHandler=!msession.ui.registerDirectAutoModeSwitchHandler @Api.SessionUiRegisterDirectAutoModeSwitchHandlerParams @Api.UIRegisterDirectAutoModeSwitchHandlerResult
SessionUiUnregisterDirectAutoModeSwitchHandler=!msession.ui.unregisterDirectAutoModeSwitchHandler @Api.SessionUiUnregisterDirectAutoModeSwitchHandlerParams @Api.UIUnregisterDirectAutoModeSwitchHandlerResult
SessionPermissionsConfigure=!msession.permissions.configure @Api.SessionPermissionsConfigureParams @Api.PermissionsConfigureResult
SessionPermissionsHandlePendingPermissionRequest=!msession.permissions.handlePendingPermissionRequest @Api.SessionPermissionsHandlePendingPermissionRequestParams @Api.PermissionRequestResult
SessionPermissionsPendingRequests=!msession.permissions.pendingRequests @Api.SessionPermissionsPendingRequestsParams @Api.PendingPermissionRequestList
SessionPermissionsSetApproveAll=!msession.permissions.setApproveAll @Api.SessionPermissionsSetApproveAllParams @Api.PermissionsSetApproveAllResult
SessionPermissionsSetMode=!msession.permissions.setMode @Api.SessionPermissionsSetModeParams @Api.PermissionsSetModeResult
SessionPermissionsGetMode=!msession.permissions.getMode @Api.SessionPermissionsGetModeParams @Api.PermissionsGetModeResult
SessionPermissionsModifyRules=!msession.permissions.modifyRules @Api.SessionPermissionsModifyRulesParams @Api.PermissionsModifyRulesResult
SessionPermissionsSetRequired=!msession.permissions.setRequired @Api.SessionPermissionsSetRequiredParams @Api.PermissionsSetRequiredResult
SessionPermissionsResetSessionApprovals=!msession.permissions.resetSessionApprovals @Api.SessionPermissionsResetSessionApprovalsParams @Api.PermissionsResetSessionApprovalsResult
SessionPermissionsNotifyPromptShown=!msession.permissions.notifyPromptShown @Api.SessionPermissionsNotifyPromptShownParams @Api.PermissionsNotifyPromptShownResult
SessionPermissionsPathsList=!msession.permissions.paths.list @Api.SessionPermissionsPathsListParams @Api.PermissionPathsList
SessionPermissionsPathsAdd=!msession.permissions.paths.add @Api.SessionPermissionsPathsAddParams @Api.PermissionsPathsAddResult
SessionPermissionsPathsUpdatePrimary=!msession.permissions.paths.updatePrimary @Api.SessionPermissionsPathsUpdatePrimaryParams @Api.PermissionsPathsUpdatePrimaryResult
SessionPermissionsPathsIsPathWithinAllowedDirectories=!msession.permissions.paths.isPathWithinAllowedDirectories @Api.SessionPermissionsPathsIsPathWithinAllowedDirectoriesParams @Api.PermissionPathsAllowedCheckResult
SessionPermissionsPathsIsPathWithinWorkspace=!msession.permissions.paths.isPathWithinWorkspace @Api.SessionPermissionsPathsIsPathWithinWorkspaceParams @Api.PermissionPathsWorkspaceCheckResult
SessionPermissionsLocationsResolve=!msession.permissions.locations.resolve @Api.SessionPermissionsLocationsResolveParams @Api.PermissionLocationResolveResult
SessionPermissionsLocationsApply=!msession.permissions.locations.apply @Api.SessionPermissionsLocationsApplyParams @Api.PermissionLocationApplyResult
SessionPermissionsLocationsAddToolApproval=!msession.permissions.locations.addToolApproval @Api.SessionPermissionsLocationsAddToolApprovalParams @Api.PermissionsLocationsAddToolApprovalResult
SessionPermissionsFolderTrustIsTrusted=!msession.permissions.folderTrust.isTrusted @Api.SessionPermissionsFolderTrustIsTrustedParams @Api.FolderTrustCheckResult
SessionPermissionsFolderTrustAddTrusted=!msession.permissions.folderTrust.addTrusted @Api.SessionPermissionsFolderTrustAddTrustedParams @Api.PermissionsFolderTrustAddTrustedResult
SessionPermissionsUrlsSetUnrestrictedMode=!msession.permissions.urls.setUnrestrictedMode @Api.SessionPermissionsUrlsSetUnrestrictedModeParams @Api.PermissionsUrlsSetUnrestrictedModeResult
SessionLog=!msession.log @Api.SessionLogParams @Api.LogResult
SessionMetadataSnapshot=!msession.metadata.snapshot @Api.SessionMetadataSnapshotParams @Api.SessionMetadataSnapshot
SessionMetadataGetClientMetadata=!msession.metadata.getClientMetadata @Api.SessionMetadataGetClientMetadataParams @Api.ClientMetadata
SessionMetadataUpdateClientMetadata=!msession.metadata.updateClientMetadata @Api.SessionMetadataUpdateClientMetadataParams @Api.ClientMetadata
SessionMetadataIsProcessing=!msession.metadata.isProcessing @Api.SessionMetadataIsProcessingParams @Api.MetadataIsProcessingResult
SessionMetadataActivity=!msession.metadata.activity @Api.SessionMetadataActivityParams @Api.SessionActivity
SessionMetadataContextInfo=!msession.metadata.contextInfo @Api.SessionMetadataContextInfoParams @Api.MetadataContextInfoResult
SessionMetadataGetContextAttribution=!msession.metadata.getContextAttribution @Api.SessionMetadataGetContextAttributionParams @Api.MetadataContextAttributionResult
SessionMetadataGetContextHeaviestMessages=!msession.metadata.getContextHeaviestMessages @Api.SessionMetadataGetContextHeaviestMessagesParams @Api.MetadataContextHeaviestMessagesResult
SessionMetadataRecordContextChange=!msession.metadata.recordContextChange @Api.SessionMetadataRecordContextChangeParams @Api.MetadataRecordContextChangeResult
SessionMetadataSetWorkingDirectory=!msession.metadata.setWorkingDirectory @Api.SessionMetadataSetWorkingDirectoryParams @Api.MetadataSetWorkingDirectoryResult
SessionMetadataRecomputeContextTokens=!msession.metadata.recomputeContextTokens @Api.SessionMetadataRecomputeContextTokensParams @Api.MetadataRecomputeContextTokensResult
SessionSettingsSnapshot=!msession.settings.snapshot @Api.SessionSettingsSnapshotParams @Api.SessionSettingsSnapshot
SessionSettingsEvaluatePredicate=!msession.settings.evaluatePredicate @Api.SessionSettingsEvaluatePredicateParams @Api.SessionSettingsEvaluatePredicateResult
SessionContentExclusionCheckPaths=!msession.contentExclusion.checkPaths @Api.SessionContentExclusionCheckPathsParams @Api.ContentExclusionCheckPathsResult
SessionShellExec=!msession.shell.exec @Api.SessionShellExecParams @Api.ShellExecResult
SessionShellKill=!msession.shell.kill @Api.SessionShellKillParams @Api.ShellKillResult
SessionShellExecuteUserRequested=!msession.shell.executeUserRequested @Api.SessionShellExecuteUserRequestedParams @Api.UserRequestedShellCommandResult
SessionShellCancelUserRequested=!msession.shell.cancelUserRequested @Api.SessionShellCancelUserRequestedParams @Api.CancelUserRequestedShellCommandResult
SessionHistoryCompact=!msession.history.compact @Api.SessionHistoryCompactParams @Api.HistoryCompactResult
SessionHistoryTruncate=!msession.history.truncate @Api.SessionHistoryTruncateParams @Api.HistoryTruncateResult
SessionHistoryListRewindPoints=!msession.history.listRewindPoints @Api.SessionHistoryListRewindPointsParams @Api.HistoryListRewindPointsResult
SessionHistoryPreviewRewind=!msession.history.previewRewind @Api.SessionHistoryPreviewRewindParams @Api.HistoryPreviewRewindResult
SessionHistoryRewind=!msession.history.rewind @Api.SessionHistoryRewindParams @Api.HistoryRewindResult
SessionHistoryCancelBackgroundCompaction=!msession.history.cancelBackgroundCompaction @Api.SessionHistoryCancelBackgroundCompactionParams @Api.HistoryCancelBackgroundCompactionResult
SessionHistoryAbortManualCompaction=!msession.history.abortManualCompaction @Api.SessionHistoryAbortManualCompactionParams @Api.HistoryAbortManualCompactionResult
SessionHistorySummarizeForHandoff=!msession.history.summarizeForHandoff @Api.SessionHistorySummarizeForHandoffParams @Api.HistorySummarizeForHandoffResult
SessionHistoryClearContext=!msession.history.clearContext @Api.SessionHistoryClearContextParams @Api.HistoryClearContextResult
SessionQueuePendingItems=!msession.queue.pendingItems @Api.SessionQueuePendingItemsParams @Api.QueuePendingItemsResult
SessionQueueSnapshot=!msession.queue.snapshot @Api.SessionQueueSnapshotParams @Api.QueueSnapshotResult
SessionQueueMoveItem=!msession.queue.moveItem @Api.SessionQueueMoveItemParams @Api.QueueMoveItemResult
SessionQueueInsertAt=!msession.queue.insertAt @Api.SessionQueueInsertAtParams @Api.QueueInsertAtResult
SessionQueueRemoveAt=!msession.queue.removeAt @Api.SessionQueueRemoveAtParams @Api.QueueRemoveAtResult
SessionQueueUpdateText=!msession.queue.updateText @Api.SessionQueueUpdateTextParams @Api.QueueUpdateTextResult
SessionQueueDuplicateAt=!msession.queue.duplicateAt @Api.SessionQueueDuplicateAtParams @Api.QueueDuplicateAtResult
SessionQueueSetDrainPaused=!msession.queue.setDrainPaused @Api.SessionQueueSetDrainPausedParams V
SessionQueueSendNow=!msession.queue.sendNow @Api.SessionQueueSendNowParams @Api.QueueSendNowResult
SessionQueueHasPending=!msession.queue.hasPending @Api.SessionQueueHasPendingParams @Api.QueueHasPendingResult
SessionQueueBeginDeferredIdleDrain=!msession.queue.beginDeferredIdleDrain @Api.SessionQueueBeginDeferredIdleDrainParams @Api.QueueBeginDeferredIdleDrainResult
SessionQueueFinishDeferredIdleDrain=!msession.queue.finishDeferredIdleDrain @Api.SessionQueueFinishDeferredIdleDrainParams @Api.QueueFinishDeferredIdleDrainResult
SessionQueueDeferSessionIdle=!msession.queue.deferSessionIdle @Api.SessionQueueDeferSessionIdleParams V
SessionQueueRemoveMostRecent=!msession.queue.removeMostRecent @Api.SessionQueueRemoveMostRecentParams @Api.QueueRemoveMostRecentResult
SessionQueueClear=!msession.queue.clear @Api.SessionQueueClearParams V
SessionQueueConsumeSystemNotifications=!msession.queue.consumeSystemNotifications @Api.SessionQueueConsumeSystemNotificationsParams @Api.QueueRemoveMostRecentResult
SessionQueueEnqueueResumePending=!msession.queue.enqueueResumePending @Api.SessionQueueEnqueueResumePendingParams @Api.QueueEnqueueResumePendingResult
SessionQueueProcess=!msession.queue.process @Api.SessionQueueProcessParams V
SessionEventLogRead=!msession.eventLog.read @Api.SessionEventLogReadParams @Api.EventsReadResult
SessionEventLogTail=!msession.eventLog.tail @Api.SessionEventLogTailParams @Api.EventLogTailResult
SessionEventLogRegisterInterest=!msession.eventLog.registerInterest @Api.SessionEventLogRegisterInterestParams @Api.RegisterEventInterestResult
SessionEventLogReleaseInterest=!msession.eventLog.releaseInterest @Api.SessionEventLogReleaseInterestParams @Api.EventLogReleaseInterestResult
SessionUsageGetMetrics=!msession.usage.getMetrics @Api.SessionUsageGetMetricsParams @Api.UsageGetMetricsResult
SessionLimitPredictionPredict=!msession.limitPrediction.predict @Api.SessionLimitPredictionPredictParams @Api.SessionLimitPredictionResult
SessionRemoteEnable=!msession.remote.enable @Api.SessionRemoteEnableParams @Api.RemoteEnableResult
SessionRemoteDisable=!msession.remote.disable @Api.SessionRemoteDisableParams V
SessionRemoteNotifySteerableChanged=!msession.remote.notifySteerableChanged @Api.SessionRemoteNotifySteerableChangedParams @Api.RemoteNotifySteerableChangedResult
SessionVisibilityGet=!msession.visibility.get @Api.SessionVisibilityGetParams @Api.VisibilityGetResult
SessionVisibilitySet=!msession.visibility.set @Api.SessionVisibilitySetParams @Api.VisibilitySetResult
SessionScheduleList=!msession.schedule.list @Api.SessionScheduleListParams @Api.ScheduleList
SessionScheduleHydrate=!msession.schedule.hydrate @Api.SessionScheduleHydrateParams V
SessionScheduleHasSelfPaced=!msession.schedule.hasSelfPaced @Api.SessionScheduleHasSelfPacedParams @Api.ScheduleHasSelfPacedResult
SessionScheduleAdd=!msession.schedule.add @Api.SessionScheduleAddParams @Api.ScheduleAddResult
SessionScheduleAddCron=!msession.schedule.addCron @Api.SessionScheduleAddCronParams @Api.ScheduleAddResult
SessionScheduleAddAt=!msession.schedule.addAt @Api.SessionScheduleAddAtParams @Api.ScheduleAddResult
SessionScheduleAddSelfPaced=!msession.schedule.addSelfPaced @Api.SessionScheduleAddSelfPacedParams @Api.ScheduleAddResult
SessionScheduleRearmSelfPaced=!msession.schedule.rearmSelfPaced @Api.SessionScheduleRearmSelfPacedParams @Api.ScheduleAddResult
SessionScheduleStop=!msession.schedule.stop @Api.SessionScheduleStopParams @Api.ScheduleStopResult
SkillProviderList=!mskillProvider.list @Api.SkillProviderListParams @Api.SkillProviderListResult
SkillProviderRead=!mskillProvider.read @Api.SkillProviderReadParams @Api.SkillProviderReadResult
ProviderTokenGetToken=!mproviderToken.getToken @Api.ProviderTokenGetTokenParams @Api.ProviderTokenAcquireResult
FactoryExecute=!mfactory.execute @Api.FactoryExecuteParams @Api.FactoryExecuteResult
FactoryAbort=!mfactory.abort @Api.FactoryAbortParams @Api.FactoryAckResult
TasksCancel=!mtasks.cancel @Api.TasksCancelParams @Api.ClientTaskCancelResult
SessionFsReadFile=!msessionFs.readFile @Api.SessionFsReadFileParams @Api.SessionFsReadFileResult
SessionFsWriteFile=!msessionFs.writeFile @Api.SessionFsWriteFileParams |(v,@Api.SessionFsError,z)
SessionFsAppendFile=!msessionFs.appendFile @Api.SessionFsAppendFileParams |(v,@Api.SessionFsError,z)
SessionFsExists=!msessionFs.exists @Api.SessionFsExistsParams @Api.SessionFsExistsResult
SessionFsStat=!msessionFs.stat @Api.SessionFsStatParams @Api.SessionFsStatResult
SessionFsMkdir=!msessionFs.mkdir @Api.SessionFsMkdirParams |(v,@Api.SessionFsError,z)
SessionFsReaddir=!msessionFs.readdir @Api.SessionFsReaddirParams @Api.SessionFsReaddirResult
SessionFsReaddirWithTypes=!msessionFs.readdirWithTypes @Api.SessionFsReaddirWithTypesParams @Api.SessionFsReaddirWithTypesResult
SessionFsRm=!msessionFs.rm @Api.SessionFsRmParams |(v,@Api.SessionFsError,z)
SessionFsRename=!msessionFs.rename @Api.SessionFsRenameParams |(v,@Api.SessionFsError,z)
SessionFsSqliteQuery=!msessionFs.sqliteQuery @Api.SessionFsSqliteQueryParams @Api.SessionFsSqliteQueryResult
SessionFsSqliteTransaction=!msessionFs.sqliteTransaction @Api.SessionFsSqliteTransactionParams @Api.SessionFsSqliteTransactionResult
SessionFsSqliteExists=!msessionFs.sqliteExists @Api.SessionFsSqliteExistsParams @Api.SessionFsSqliteExistsResult
CanvasOpen=!mcanvas.open @Api.CanvasOpenParams @Api.CanvasProviderOpenResult
CanvasClose=!mcanvas.close @Api.CanvasCloseParams V
CanvasActionInvoke=!mcanvas.action.invoke @Api.CanvasActionInvokeParams u
HooksInvoke=!mhooks.invoke @Api.HookInvokeRequest @Api.HookInvokeResponse
ExtensionLaunchProviderResolve=!mextensionLaunchProvider.resolve @Api.ExtensionLaunchProviderResolveRequest @Api.ExtensionLaunchProviderResolveResult
LlmInferenceHttpRequestStart=!mllmInference.httpRequestStart @Api.LlmInferenceHttpRequestStartRequest @Api.LlmInferenceHttpRequestStartResult
LlmInferenceHttpRequestChunk=!mllmInference.httpRequestChunk @Api.LlmInferenceHttpRequestChunkRequest @Api.LlmInferenceHttpRequestChunkResult
GitHubTelemetryEvent=!ngitHubTelemetry.event @Api.GitHubTelemetryNotification
GitHubTokenGetToken=!mgitHubToken.getToken @Api.GitHubTokenAcquireRequest @Api.GitHubTokenAcquireResult
*serverMethods
Ping
Connect
HooksDiscover
ModelsList
ModelsGetBuiltInCatalog
ToolsList
AccountGetQuota
AccountGetCurrentAuth
AccountGetAllUsers
AccountLogin
AccountLogout
SecretsAddFilterValues
McpConfigList
McpConfigAdd
McpConfigUpdate
McpConfigRemove
McpConfigEnable
McpConfigDisable
McpConfigReload
McpDiscover
McpPlanInstall
ExtensionsDiscover
ExtensionsEnable
ExtensionsDisable
RegisterExtensionLaunchProvider
CatalogSearch
PluginsList
PluginsInstall
PluginsUninstall
PluginsUpdate
PluginsUpdateAll
PluginsEnable
PluginsDisable
PluginsBuiltinSet
PluginsMarketplacesList
PluginsMarketplacesAdd
PluginsMarketplacesRemove
PluginsMarketplacesBrowse
PluginsMarketplacesRefresh
SkillsConfigSetDisabledSkills
SkillsConfigSetSkillDisabled
SkillsDiscover
SkillsGetDiscoveryPaths
AgentsDiscover
AgentsGetDiscoveryPaths
InstructionsDiscover
InstructionsGetDiscoveryPaths
CommandsList
UserSettingsReload
UserSettingsGet
UserSettingsSet
ManagedSettingsRead
ManagedSettingsClearCache
RuntimeShutdown
SessionFsSetProvider
LlmInferenceSetProvider
LlmInferenceHttpResponseStart
LlmInferenceHttpResponseChunk
SessionsOpen
SessionsFork
SessionsConnect
SessionsList
SessionsGetMetadata
SessionsGetClientMetadata
SessionsReadPersistedEvents
SessionsListNonEmptySessionIds
SessionsFindByTaskId
SessionsFindByPrefix
SessionsGetLastForContext
SessionsGetEventFilePath
SessionsGetSizes
SessionsCheckInUse
SessionsGetPersistedRemoteSteerable
SessionsClose
SessionsBulkDelete
SessionsDelete
SessionsPruneOld
SessionsSave
SessionsReleaseLock
SessionsEnrichMetadata
SessionsReloadPluginHooks
SessionsLoadDeferredRepoHooks
SessionsSetAdditionalPlugins
SessionsGetBoardEntryCount
SessionsStartRemoteControl
SessionsTransferRemoteControl
SessionsSetRemoteControlSteering
SessionsStopRemoteControl
SessionsGetRemoteControlStatus
SessionsConfigureSessionExtensions
AgentRegistrySpawn
*sessionMethods
SessionSuspend
SessionSend
SessionSendMessages
SessionSandboxGetEnforcementStatus
SessionSandboxDisableForSession
SessionSendSystemNotification
SessionAbort
SessionInterruptMainTurn
SessionCancelAllBackgroundAgents
SessionShutdown
SessionGitHubAuthGetStatus
SessionGitHubAuthSetCredentials
SessionGitHubAuthGetCurrentAuthInfo
SessionGitHubAuthGetAllAuthAvailable
SessionGitHubAuthRefreshCopilotUser
SessionGitHubAuthLogin
SessionGitHubAuthSwitchToAuth
SessionGitHubAuthLogout
SessionGitHubAuthLogoutUser
SessionGitHubAuthLastAuthErrors
SessionDebugCollectLogs
SessionCanvasList
SessionCanvasListOpen
SessionCanvasOpen
SessionCanvasClose
SessionCanvasActionInvoke
SessionCanvasProviderRegister
SessionCanvasProviderUnregister
SessionFactoryRun
SessionFactoryResume
SessionFactoryRunFromTool
SessionFactoryResumeFromTool
SessionFactoryGetRun
SessionFactoryListRuns
SessionFactoryGetRunDetail
SessionFactoryGetRunProgress
SessionFactoryCancel
SessionFactoryPause
SessionFactoryPauseAtCheckpoint
SessionFactoryLog
SessionFactoryAgent
SessionFactoryJournalGet
SessionFactoryJournalPut
SessionModelGetCurrent
SessionModelSwitchTo
SessionModelSwitchAutoTier
SessionModelApplyStartupOverlay
SessionModelSetAllowedModels
SessionModelSetReasoningEffort
SessionModelList
SessionModeGet
SessionModeSet
SessionNameGet
SessionNameSet
SessionNameSetAuto
SessionPlanRead
SessionPlanUpdate
SessionPlanDelete
SessionPlanReadSqlTodos
SessionPlanReadSqlTodosWithDependencies
SessionWorkspacesGetWorkspace
SessionWorkspacesUpdateMetadata
SessionWorkspacesEnsure
SessionWorkspacesListFiles
SessionWorkspacesReadFile
SessionWorkspacesCreateFile
SessionWorkspacesStatFile
SessionWorkspacesCreateDirectory
SessionWorkspacesRemovePath
SessionWorkspacesRenamePath
SessionWorkspacesListCheckpoints
SessionWorkspacesReadCheckpoint
SessionWorkspacesAddSummary
SessionWorkspacesTruncateSummaries
SessionWorkspacesReadAutopilotObjective
SessionWorkspacesWriteAutopilotObjective
SessionWorkspacesDeleteAutopilotObjective
SessionWorkspacesAutopilotObjectiveExists
SessionWorkspacesSaveLargePaste
SessionWorkspacesDiff
SessionAutopilotObjectiveGetState
SessionCompletionsGetTriggerCharacters
SessionCompletionsRequest
SessionInstructionsGetSources
SessionFleetStart
SessionAgentList
SessionAgentSetPrompt
SessionAgentGetCurrent
SessionAgentSelect
SessionAgentDeselect
SessionAgentReload
SessionTasksStartAgent
SessionTasksList
SessionTasksRegister
SessionTasksUpdate
SessionTasksRefresh
SessionTasksWaitForPending
SessionTasksGetProgress
SessionTasksGetCurrentPromotable
SessionTasksPromoteToBackground
SessionTasksPromoteCurrentToBackground
SessionTasksCancel
SessionTasksRemove
SessionTasksSendMessage
SessionSkillsList
SessionSkillsGetInvoked
SessionSkillsEnable
SessionSkillsDisable
SessionSkillsReload
SessionSkillsEnsureLoaded
SessionMcpList
SessionMcpListTools
SessionMcpEnable
SessionMcpDisable
SessionMcpReload
SessionMcpMoveLoadingToBackground
SessionMcpReloadWithConfig
SessionMcpExecuteSampling
SessionMcpCancelSamplingExecution
SessionMcpSetEnvValueMode
SessionMcpRemoveGitHub
SessionMcpConfigureGitHub
SessionMcpStartServer
SessionMcpRestartServer
SessionMcpStopServer
SessionMcpRegisterExternalClient
SessionMcpUnregisterExternalClient
SessionMcpIsServerRunning
SessionMcpOauthHandlePendingRequest
SessionMcpOauthAuthenticationStateChanged
SessionMcpOauthLogin
SessionMcpOauthProbe
SessionMcpOauthRespond
SessionMcpHeadersHandlePendingHeadersRefreshRequest
SessionMcpAppsReadResource
SessionMcpAppsListTools
SessionMcpAppsCallTool
SessionMcpAppsSetHostContext
SessionMcpAppsGetHostContext
SessionMcpAppsDiagnose
SessionMcpResourcesRead
SessionMcpResourcesList
SessionMcpResourcesListTemplates
SessionPluginsList
SessionPluginsReload
SessionProviderGetEndpoint
SessionProviderAdd
SessionOptionsUpdate
SessionLspInitialize
SessionExtensionsList
SessionExtensionsEnable
SessionExtensionsDisable
SessionExtensionsReload
SessionExtensionsSendAttachmentsToMessage
SessionToolsExecute
SessionToolsGetBuiltinDescriptors
SessionToolsTaskCompleteEventData
SessionToolsHandlePendingToolCall
SessionToolsInitializeAndValidate
SessionToolsGetCurrentMetadata
SessionToolsSet
SessionToolsUpdateSubagentSettings
SessionCommandsList
SessionCommandsInvoke
SessionCommandsFinalizeInvocationEffect
SessionCommandsHandlePendingCommand
SessionCommandsExecute
SessionCommandsEnqueue
SessionCommandsRespondToQueuedCommand
SessionTelemetryGetEngagementId
SessionTelemetrySetFeatureOverrides
SessionUiEphemeralQuery
SessionUiElicitation
SessionUiHandlePendingElicitation
SessionUiHandlePendingUserInput
SessionUiHandlePendingSampling
SessionUiHandlePendingAutoModeSwitch
SessionUiHandlePendingSessionLimitsExhausted
SessionUiHandlePendingExitPlanMode
SessionUiRegisterDirectAutoModeSwitchHandler
SessionUiUnregisterDirectAutoModeSwitchHandler
SessionPermissionsConfigure
SessionPermissionsHandlePendingPermissionRequest
SessionPermissionsPendingRequests
SessionPermissionsSetApproveAll
SessionPermissionsSetMode
SessionPermissionsGetMode
SessionPermissionsModifyRules
SessionPermissionsSetRequired
SessionPermissionsResetSessionApprovals
SessionPermissionsNotifyPromptShown
SessionPermissionsPathsList
SessionPermissionsPathsAdd
SessionPermissionsPathsUpdatePrimary
SessionPermissionsPathsIsPathWithinAllowedDirectories
SessionPermissionsPathsIsPathWithinWorkspace
SessionPermissionsLocationsResolve
SessionPermissionsLocationsApply
SessionPermissionsLocationsAddToolApproval
SessionPermissionsFolderTrustIsTrusted
SessionPermissionsFolderTrustAddTrusted
SessionPermissionsUrlsSetUnrestrictedMode
SessionLog
SessionMetadataSnapshot
SessionMetadataGetClientMetadata
SessionMetadataUpdateClientMetadata
SessionMetadataIsProcessing
SessionMetadataActivity
SessionMetadataContextInfo
SessionMetadataGetContextAttribution
SessionMetadataGetContextHeaviestMessages
SessionMetadataRecordContextChange
SessionMetadataSetWorkingDirectory
SessionMetadataRecomputeContextTokens
SessionSettingsSnapshot
SessionSettingsEvaluatePredicate
SessionContentExclusionCheckPaths
SessionShellExec
SessionShellKill
SessionShellExecuteUserRequested
SessionShellCancelUserRequested
SessionHistoryCompact
SessionHistoryTruncate
SessionHistoryListRewindPoints
SessionHistoryPreviewRewind
SessionHistoryRewind
SessionHistoryCancelBackgroundCompaction
SessionHistoryAbortManualCompaction
SessionHistorySummarizeForHandoff
SessionHistoryClearContext
SessionQueuePendingItems
SessionQueueSnapshot
SessionQueueMoveItem
SessionQueueInsertAt
SessionQueueRemoveAt
SessionQueueUpdateText
SessionQueueDuplicateAt
SessionQueueSetDrainPaused
SessionQueueSendNow
SessionQueueHasPending
SessionQueueBeginDeferredIdleDrain
SessionQueueFinishDeferredIdleDrain
SessionQueueDeferSessionIdle
SessionQueueRemoveMostRecent
SessionQueueClear
SessionQueueConsumeSystemNotifications
SessionQueueEnqueueResumePending
SessionQueueProcess
SessionEventLogRead
SessionEventLogTail
SessionEventLogRegisterInterest
SessionEventLogReleaseInterest
SessionUsageGetMetrics
SessionLimitPredictionPredict
SessionRemoteEnable
SessionRemoteDisable
SessionRemoteNotifySteerableChanged
SessionVisibilityGet
SessionVisibilitySet
SessionScheduleList
SessionScheduleHydrate
SessionScheduleHasSelfPaced
SessionScheduleAdd
SessionScheduleAddCron
SessionScheduleAddAt
SessionScheduleAddSelfPaced
SessionScheduleRearmSelfPaced
SessionScheduleStop
`, { Api }, Method.deferred)
