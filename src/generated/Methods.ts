/**
 * Generated from @github/copilot-sdk-linux-x64@1.0.14 schemas/api.schema.json.
 * Do not edit: regenerate with `npm run generate`.
 */

import { Schema } from "effect"
import { lazy } from "../internal/generatedSchema.js"
import * as Method from "../internal/jsonrpc/Method.js"
import * as Api from "./Api.js"

// ---------------------------------------------------------------------------
// Server methods: the SDK calls these on the runtime
// ---------------------------------------------------------------------------

/** Checks server responsiveness and returns protocol information. */
export const Ping = Method.make("ping", Api.PingRequest, Api.PingResult)

/** Performs the SDK server connection handshake and validates the optional connection token. Marked internal because this is JSON-RPC transport plumbing invoked automatically by an SDK client's own `connect()` wrapper, not a user-facing method. Stays internal as long as the SDK client owns the handshake; would only become public if the SDK ever exposed the raw schema surface to consumers without a connection wrapper. */
export const Connect = Method.make("connect", Api.ConnectRequest, Api.ConnectResult)

/** Discovers hook actions enabled under server-side discovery settings from user, repository, plugin, and managed-policy sources. */
export const HooksDiscover = Method.make("hooks.discover", Api.HooksDiscoverRequest, Api.HooksDiscoverResult)

/** Lists Copilot models available to the authenticated user. */
export const ModelsList = Method.make("models.list", Api.ModelsListRequest, Api.ModelList)

/** Returns the running runtime's complete catalog of well-known built-in model IDs without authentication or network access. */
export const ModelsGetBuiltInCatalog = Method.make("models.getBuiltInCatalog", Schema.Struct({}), Api.BuiltInModelCatalog)

/** Lists built-in tools available for a model. */
export const ToolsList = Method.make("tools.list", Api.ToolsListRequest, Api.ToolList)

/** Gets Copilot quota usage for the current or opaquely selected authenticated user. */
export const AccountGetQuota = Method.make("account.getQuota", Api.AccountGetQuotaRequest, Api.AccountGetQuotaResult)

/** Gets the currently active authentication credentials from the global auth manager. */
export const AccountGetCurrentAuth = Method.make("account.getCurrentAuth", Schema.Struct({}), Api.AccountGetCurrentAuthResult)

/** Gets all authenticated users available for account switching. */
export const AccountGetAllUsers = Method.make("account.getAllUsers", Schema.Struct({}), lazy(() => Schema.Array(Api.AccountAllUsers)))

/** Validates and stores authentication credentials. When login is omitted, resolves the authenticated user from the token before persistence. */
export const AccountLogin = Method.make("account.login", Api.AccountLoginRequest, Api.AccountLoginResult)

/** Removes user authentication from keychain and persisted state. */
export const AccountLogout = Method.make("account.logout", Api.AccountLogoutRequest, Api.AccountLogoutResult)

/** Registers secret values for redaction in session logs and exports. The SDK calls this to inject dynamically generated secret values (e.g., OIDC tokens). */
export const SecretsAddFilterValues = Method.make("secrets.addFilterValues", Api.SecretsAddFilterValuesRequest, Api.SecretsAddFilterValuesResult)

/** Lists MCP servers from user configuration. */
export const McpConfigList = Method.make("mcp.config.list", Schema.Struct({}), Api.McpConfigList)

/** Adds an MCP server to user configuration. */
export const McpConfigAdd = Method.make("mcp.config.add", Api.McpConfigAddRequest, Schema.Void)

/** Updates an MCP server in user configuration. */
export const McpConfigUpdate = Method.make("mcp.config.update", Api.McpConfigUpdateRequest, Schema.Void)

/** Removes an MCP server from user configuration. */
export const McpConfigRemove = Method.make("mcp.config.remove", Api.McpConfigRemoveRequest, Schema.Void)

/** Enables MCP servers in user configuration for new sessions. */
export const McpConfigEnable = Method.make("mcp.config.enable", Api.McpConfigEnableRequest, Schema.Void)

/** Disables MCP servers in user configuration for new sessions. */
export const McpConfigDisable = Method.make("mcp.config.disable", Api.McpConfigDisableRequest, Schema.Void)

/** Drops this runtime process's in-memory MCP server-definition cache so the next MCP config read observes disk. */
export const McpConfigReload = Method.make("mcp.config.reload", Schema.Struct({}), Schema.Void)

/** Discovers MCP servers from user, workspace, plugin, and builtin sources. */
export const McpDiscover = Method.make("mcp.discover", Api.McpDiscoverRequest, Api.McpDiscoverResult)

/** Requests a side-effect-free MCP install plan from a catalog candidate handle or a caller-supplied card. This host-implemented server method is available through SDK/TUI hosts; standalone and C-ABI runtimes whose host does not implement server-method dispatch return JSON-RPC MethodNotFound. A runtime with planning available returns a normalised plan and opaque single-use plan handle; a runtime without it returns the typed planning-unavailable result. A completed plan reports resource identity, provenance, eligible transport choices, the user-scope target, required typed values and secret placeholders, the policy result, the configuration changes installing would make, and whether a reload would be needed. Planning never writes configuration, stores a secret, or reloads MCP servers, so abandoning a plan needs no call and leaves nothing behind. */
export const McpPlanInstall = Method.make("mcp.planInstall", Api.McpPlanInstallRequest, Api.McpPlanInstallResult)

/** Discovers user and enabled installed-plugin extensions from persisted Copilot home state, including enablement preferences. Launch-scoped additional plugins are not included. */
export const ExtensionsDiscover = Method.make("extensions.discover", Schema.Struct({}), Api.DiscoveredExtensions)

/** Persistently enables extension IDs for future sessions. Active sessions are unchanged; use session.extensions.enable to update them. */
export const ExtensionsEnable = Method.make("extensions.enable", Api.DiscoveredExtensionsEnableRequest, Schema.Void)

/** Persistently disables extension IDs for future sessions. Active sessions are unchanged; use session.extensions.disable to update them. */
export const ExtensionsDisable = Method.make("extensions.disable", Api.DiscoveredExtensionsDisableRequest, Schema.Void)

/** Registers the calling SDK client as the per-entrypoint extension launch provider. Call before creating any sessions. When omitted, the runtime uses its built-in extension launcher. */
export const RegisterExtensionLaunchProvider = Method.make("registerExtensionLaunchProvider", Schema.Struct({}), Schema.Void)

/** Requests a bounded catalog search. This host-implemented server method is available through SDK/TUI hosts; standalone and C-ABI runtimes whose host does not implement server-method dispatch return JSON-RPC MethodNotFound. A runtime with search available returns inert candidate summaries, each with an opaque single-use handle scoped to this runtime instance; a runtime without it returns the typed search-unavailable result. Public authorities may be searched anonymously, while an authority that requires credentials yields the typed authentication-required result. All returned text, URLs, and package metadata are untrusted external data and can never trigger instructions, tools, or installation. Read-only: nothing is installed, configured, or persisted. */
export const CatalogSearch = Method.make("catalog.search", Api.CatalogSearchRequest, Api.CatalogSearchResult)

/** Lists plugins installed in user/global state. */
export const PluginsList = Method.make("plugins.list", Schema.Struct({}), Api.PluginListResult)

/** Installs a plugin from a marketplace, GitHub repo, URL, or local path. */
export const PluginsInstall = Method.make("plugins.install", Api.PluginsInstallRequest, Api.PluginInstallResult)

/** Uninstalls an installed plugin. */
export const PluginsUninstall = Method.make("plugins.uninstall", Api.PluginsUninstallRequest, Schema.Void)

/** Updates an installed plugin to its latest published version. */
export const PluginsUpdate = Method.make("plugins.update", Api.PluginsUpdateRequest, Api.PluginUpdateResult)

/** Updates every installed plugin to its latest published version. */
export const PluginsUpdateAll = Method.make("plugins.updateAll", Schema.Struct({}), Api.PluginUpdateAllResult)

/** Enables installed plugins for new sessions. */
export const PluginsEnable = Method.make("plugins.enable", Api.PluginsEnableRequest, Schema.Void)

/** Disables installed plugins for new sessions. */
export const PluginsDisable = Method.make("plugins.disable", Api.PluginsDisableRequest, Schema.Void)

/** Replaces this server's trusted built-in plugin directories while no sessions are active. */
export const PluginsBuiltinSet = Method.make("plugins.builtin.set", Api.PluginsBuiltinSetRequest, Schema.Void)

/** Lists all registered marketplaces (defaults + user-added). */
export const PluginsMarketplacesList = Method.make("plugins.marketplaces.list", Schema.Struct({}), Api.MarketplaceListResult)

/** Registers a new marketplace from a source (owner/repo, URL, or local path). */
export const PluginsMarketplacesAdd = Method.make("plugins.marketplaces.add", Api.PluginsMarketplacesAddRequest, Api.MarketplaceAddResult)

/** Removes a previously-registered marketplace. When the marketplace has dependent plugins and `force` is not set, the marketplace is left intact and the result lists the dependents so the caller can decide whether to retry with `force=true`. */
export const PluginsMarketplacesRemove = Method.make("plugins.marketplaces.remove", Api.PluginsMarketplacesRemoveRequest, Api.MarketplaceRemoveResult)

/** Lists plugins advertised by a registered marketplace. */
export const PluginsMarketplacesBrowse = Method.make("plugins.marketplaces.browse", Api.PluginsMarketplacesBrowseRequest, Api.MarketplaceBrowseResult)

/** Re-fetches one or all registered marketplace catalogs. */
export const PluginsMarketplacesRefresh = Method.make("plugins.marketplaces.refresh", Api.PluginsMarketplacesRefreshRequest, Api.MarketplaceRefreshResult)

/** Replaces the global list of disabled skills. */
export const SkillsConfigSetDisabledSkills = Method.make("skills.config.setDisabledSkills", Api.SkillsConfigSetDisabledSkillsRequest, Schema.Void)

/** Atomically adds or removes one skill from the disabled list. */
export const SkillsConfigSetSkillDisabled = Method.make("skills.config.setSkillDisabled", Api.SkillsConfigSetSkillDisabledRequest, Schema.Void)

/** Discovers skills across global and project sources. */
export const SkillsDiscover = Method.make("skills.discover", Api.SkillsDiscoverRequest, Api.ServerSkillList)

/** Returns the canonical directories where a client may create skills that the runtime will recognize, including ones that do not exist yet. Project directories become active once created. */
export const SkillsGetDiscoveryPaths = Method.make("skills.getDiscoveryPaths", Api.SkillsGetDiscoveryPathsRequest, Api.SkillDiscoveryPathList)

/** Discovers custom agents across user, project, plugin, and remote sources. */
export const AgentsDiscover = Method.make("agents.discover", Api.AgentsDiscoverRequest, Api.ServerAgentList)

/** Returns the canonical directories where a client may create custom agents that the runtime will recognize, including ones that do not exist yet. Project directories become active once created. */
export const AgentsGetDiscoveryPaths = Method.make("agents.getDiscoveryPaths", Api.AgentsGetDiscoveryPathsRequest, Api.AgentDiscoveryPathList)

/** Discovers instruction sources across user, repository, and plugin sources. */
export const InstructionsDiscover = Method.make("instructions.discover", Api.InstructionsDiscoverRequest, Api.ServerInstructionSourceList)

/** Returns the canonical files and directories where a client may create custom instructions that the runtime will recognize, including ones that do not exist yet. Repository targets become active once created. */
export const InstructionsGetDiscoveryPaths = Method.make("instructions.getDiscoveryPaths", Api.InstructionsGetDiscoveryPathsRequest, Api.InstructionDiscoveryPathList)

/** Lists the well-known built-in slash commands that work as the first message in a new session (e.g. /plan, /env), without requiring an active session. Commands that depend on session state, authentication, or a synced session are omitted. */
export const CommandsList = Method.make("commands.list", Schema.Struct({}), Api.CommandList)

/**
 * Drops this runtime process's in-memory user settings cache so the next settings read observes disk.
 *
 * Not served by runtime 1.0.102: a call fails with `MethodNotServed`.
 */
export const UserSettingsReload = Method.make("user.settings.reload", Schema.Struct({}), Schema.Void)

/** Lists every known user setting (settings.json overlaid with the legacy config.json, config.json wins), each with its effective value, its default, and whether it is at the default — so settings the user has never set still appear with their default value. Does not include repository- or enterprise-managed overrides that the runtime layers on top at session time. */
export const UserSettingsGet = Method.make("user.settings.get", Schema.Struct({}), Api.UserSettingsGetResult)

/** Writes one or more user settings to settings.json, replacing each provided top-level key. A key whose value is null is removed. Returns the keys whose new value is shadowed by a legacy config.json entry (config.json wins on read), which the runtime leaves in place — such writes do not take effect until the legacy value is removed. */
export const UserSettingsSet = Method.make("user.settings.set", Api.UserSettingsSetRequest, lazy(() => Schema.NullOr(Api.UserSettingsSetResult)))

/** Discovers device-managed settings from production MDM and managed-file sources, validates them against the runtime-owned managed-settings schema, and returns the canonical JSON without requiring a session. */
export const ManagedSettingsRead = Method.make("managedSettings.read", Schema.Struct({}), Api.ManagedSettingsReadResult)

/** Force-refreshes enterprise managed settings for every account: wipes the persistent server-policy cache (the whole `<cacheHome>/managed-settings` directory) and drops this runtime process's in-memory retained server policy. It does not itself fetch policy — the effect is that the next time a session resolves managed settings for an account, that resolution re-fetches the account's org policy from the network instead of serving a cached response. Note that `managedSettings.read` returns only device/MDM settings and never triggers the account server-policy fetch, so a host implementing "sync account policy" should start a fresh session resolution rather than treat a subsequent `managedSettings.read` as the refreshed org policy. Mirrors the invalidation a sign-out performs, broadened from the one signing-out account to all of them; device/MDM layers describe the machine, not the account, and are left untouched. Rejects if the on-disk cache cannot be removed. */
export const ManagedSettingsClearCache = Method.make("managedSettings.clearCache", Schema.Struct({}), Schema.Void)

/** Gracefully shuts down an SDK-owned runtime. The response is sent only after cleanup completes; callers may then terminate the owned runtime process. */
export const RuntimeShutdown = Method.make("runtime.shutdown", Schema.Struct({}), Schema.Void)

/** Registers an SDK client as the session filesystem provider. */
export const SessionFsSetProvider = Method.make("sessionFs.setProvider", Api.SessionFsSetProviderRequest, Api.SessionFsSetProviderResult)

/** Registers an SDK client as the LLM inference callback provider. */
export const LlmInferenceSetProvider = Method.make("llmInference.setProvider", Schema.Struct({}), Api.LlmInferenceSetProviderResult)

/** Delivers the response head (status + headers) for an in-flight request, correlated by the requestId the runtime supplied in httpRequestStart. Must be called exactly once per request before any httpResponseChunk frames. */
export const LlmInferenceHttpResponseStart = Method.make("llmInference.httpResponseStart", Api.LlmInferenceHttpResponseStartRequest, Api.LlmInferenceHttpResponseStartResult)

/** Delivers a body byte range (or a terminal transport error) for an in-flight response, correlated by requestId. Set `end` true on the last chunk. When `error` is set the response terminates with a transport-level failure and the runtime raises an APIConnectionError. */
export const LlmInferenceHttpResponseChunk = Method.make("llmInference.httpResponseChunk", Api.LlmInferenceHttpResponseChunkRequest, Api.LlmInferenceHttpResponseChunkResult)

/** Creates or resumes a local session and returns the opened session ID. */
export const SessionsOpen = Method.make("sessions.open", Api.SessionOpenParams, Api.SessionOpenResult)

/** Creates a new session by forking persisted history from an existing session. */
export const SessionsFork = Method.make("sessions.fork", Api.SessionsForkRequest, Api.SessionsForkResult)

/** Connects to an existing remote session and exposes it as an SDK session. */
export const SessionsConnect = Method.make("sessions.connect", Api.ConnectRemoteSessionParams, Api.RemoteSessionConnectionResult)

/** Lists sessions, optionally filtered by source and working-directory context. Returned entries are discriminated by `isRemote`: local entries carry only the lightweight `LocalSessionMetadataValue` shape; remote entries carry the full `RemoteSessionMetadataValue` shape (repository, PR number, taskType, etc.). */
export const SessionsList = Method.make("sessions.list", Api.SessionsListRequest, Api.SessionList)

/** Reads lightweight persisted metadata for one local session without opening it. */
export const SessionsGetMetadata = Method.make("sessions.getMetadata", Api.SessionsGetMetadataRequest, Api.SessionsGetMetadataResult)

/** Reads client-owned metadata for multiple persisted local sessions without opening them. Results preserve request order and report missing, corrupt, unsupported, or temporarily unavailable sessions independently. */
export const SessionsGetClientMetadata = Method.make("sessions.getClientMetadata", Api.SessionsGetClientMetadataRequest, Api.SessionsGetClientMetadataResult)

/** Reads a page of durable events directly from a local session's persisted journal without creating, resuming, or activating the session. The first read pins the currently opened journal generation and its byte-length boundary; opaque cursor continuations remain on that generation across runtime-owned compaction, truncation, and rewrite operations, which replace the live path atomically, and events appended after the boundary are excluded. For cold hydration, await the first successful page before activation and establish lossless live-event buffering before resume; merge subsequent live events by ID, preserving persisted order and letting live payloads win. Continuations are process-local, single-use capabilities bound to the originating session and storage context and must be paged sequentially; concurrent or repeated use of the same cursor expires that duplicate read rather than reading the generation twice. A complete snapshot has cursorStatus 'ok' and hasMore false. Snapshots expire after five idle minutes, with at most eight retained per process and idle-only eviction under pressure; completion and cancelled-worker exit release their handles. No transcript copy is created, but retained handles may keep replaced files' disk blocks alive until release. Pages have a soft 1 MiB serialized event-array budget including resolved binary assets; one oversized event is returned alone to guarantee progress. Working memory also includes a record/lookahead and asset resolution; resolving the first binary reference may scan the full pinned generation to build a bounded offset index. If the snapshot expires, is evicted, is cancelled before a continuation is established, or becomes unreadable after an observable unsupported in-place shortening, the continuation returns cursorStatus 'expired' with an empty terminal page and never falls back to a different generation. A missing or initially unreadable journal is an RPC error. Persisted history excludes ephemeral events and may omit payloads that are reconstructed only for an active session; use the active session event stream for post-resume live events. */
export const SessionsReadPersistedEvents = Method.make("sessions.readPersistedEvents", Api.SessionsReadPersistedEventsRequest, Api.EventsReadResult)

/** Lists recent local session IDs that contain user-visible history, omitting housekeeping-only sessions. */
export const SessionsListNonEmptySessionIds = Method.make("sessions.listNonEmptySessionIds", Api.SessionsListNonEmptySessionIdsRequest, Api.SessionsListNonEmptySessionIdsResult)

/** Finds the local session bound to a GitHub task ID, if any. */
export const SessionsFindByTaskId = Method.make("sessions.findByTaskId", Api.SessionsFindByTaskIDRequest, Api.SessionsFindByTaskIDResult)

/** Resolves a UUID prefix to a unique session ID, if exactly one session matches. */
export const SessionsFindByPrefix = Method.make("sessions.findByPrefix", Api.SessionsFindByPrefixRequest, Api.SessionsFindByPrefixResult)

/** Returns the most-relevant prior session for a given working-directory context. */
export const SessionsGetLastForContext = Method.make("sessions.getLastForContext", Api.SessionsGetLastForContextRequest, Api.SessionsGetLastForContextResult)

/** Computes the absolute path to a session's persisted events.jsonl file. Internal: filesystem paths are only meaningful in-process (CLI and runtime share a filesystem). Currently used by the CLI's contribution-graph feature to read historical events directly. Remote SDK consumers must not depend on this; a proper event-query API would replace it if the contribution graph ever needed to work over the wire. */
export const SessionsGetEventFilePath = Method.make("sessions.getEventFilePath", Api.SessionsGetEventFilePathRequest, Api.SessionsGetEventFilePathResult)

/** Returns the on-disk byte size of each session's workspace directory. */
export const SessionsGetSizes = Method.make("sessions.getSizes", Schema.Struct({}), Api.SessionSizes)

/** Returns the subset of the supplied session IDs that are currently held by another running process. */
export const SessionsCheckInUse = Method.make("sessions.checkInUse", Api.SessionsCheckInUseRequest, Api.SessionsCheckInUseResult)

/** Returns a session's persisted remote-steerable flag, if any has been recorded. Internal: this is CLI-specific book-keeping used by `--continue` / `--resume` to inherit the prior session's remote-steerable preference. SDK consumers that want similar behavior should manage their own persistence around start/stop calls rather than relying on this runtime-side flag. */
export const SessionsGetPersistedRemoteSteerable = Method.make("sessions.getPersistedRemoteSteerable", Api.SessionsGetPersistedRemoteSteerableRequest, Api.SessionsGetPersistedRemoteSteerableResult)

/** Closes a session: emits shutdown, flushes pending events, releases the in-use lock, and disposes the active session. */
export const SessionsClose = Method.make("sessions.close", Api.SessionsCloseRequest, Api.SessionsCloseResult)

/** Closes, deactivates, and deletes a set of sessions, returning the bytes freed per session. */
export const SessionsBulkDelete = Method.make("sessions.bulkDelete", Api.SessionsBulkDeleteRequest, Api.SessionBulkDeleteResult)

/** Deletes one local session from disk after running the same lifecycle hooks as the session manager. */
export const SessionsDelete = Method.make("sessions.delete", Api.SessionsDeleteRequest, Schema.Void)

/** Deletes sessions older than the given threshold, with optional dry-run and exclusion list. */
export const SessionsPruneOld = Method.make("sessions.pruneOld", Api.SessionsPruneOldRequest, Api.SessionPruneResult)

/** Flushes a session's pending events to disk. */
export const SessionsSave = Method.make("sessions.save", Api.SessionsSaveRequest, Api.SessionsSaveResult)

/** Releases the in-use lock held by this process for a session. */
export const SessionsReleaseLock = Method.make("sessions.releaseLock", Api.SessionsReleaseLockRequest, Api.SessionsReleaseLockResult)

/** Backfills missing summary and context fields on the supplied session metadata records. */
export const SessionsEnrichMetadata = Method.make("sessions.enrichMetadata", Api.SessionsEnrichMetadataRequest, Api.SessionEnrichMetadataResult)

/** Reloads user, plugin, and (optionally) repo hooks on the active session. */
export const SessionsReloadPluginHooks = Method.make("sessions.reloadPluginHooks", Api.SessionsReloadPluginHooksRequest, Api.SessionsReloadPluginHooksResult)

/** Loads previously-deferred repo-level hooks on the active session, returning queued startup prompts. */
export const SessionsLoadDeferredRepoHooks = Method.make("sessions.loadDeferredRepoHooks", Api.SessionsLoadDeferredRepoHooksRequest, Api.SessionLoadDeferredRepoHooksResult)

/** Replaces the manager-wide additional plugins registered with the session manager. */
export const SessionsSetAdditionalPlugins = Method.make("sessions.setAdditionalPlugins", Api.SessionsSetAdditionalPluginsRequest, Api.SessionsSetAdditionalPluginsResult)

/** Gets the dynamic-context board entry count associated with a session, when available. Internal: this exists solely so CLI telemetry events (`rem_spawn_gate`, `rem_consolidation_complete`) can pair START / END board counts around the detached rem-agent spawn. "Dynamic context board" is a runtime-internal concept that is not part of the public SDK contract; the long-term plan is to relocate the telemetry emission into the runtime so this method can be deleted entirely. */
export const SessionsGetBoardEntryCount = Method.make("sessions.getBoardEntryCount", Api.SessionsGetBoardEntryCountRequest, Api.SessionsGetBoardEntryCountResult)

/** Attaches the runtime-managed remote-control singleton to a session, awaiting initial setup. If remote control is already attached to a different session, the singleton is transferred (preserving the underlying Mission Control connection). Returns the final status. */
export const SessionsStartRemoteControl = Method.make("sessions.startRemoteControl", Api.SessionsStartRemoteControlRequest, Api.RemoteControlStatusResult)

/** Atomically rebinds the remote-control singleton to a different session, preserving the underlying Mission Control connection. When `expectedFromSessionId` is provided and does not match the singleton's current `attachedSessionId`, the transfer is rejected with `transferred: false` and the current status is returned unchanged. */
export const SessionsTransferRemoteControl = Method.make("sessions.transferRemoteControl", Api.SessionsTransferRemoteControlRequest, Api.RemoteControlTransferResult)

/** Patches the steering state of the active remote-control singleton. When remote control is off, this is a no-op and the off status is returned. Today only `enabled: true` is actionable on the underlying exporter; passing `false` is reserved for future use. */
export const SessionsSetRemoteControlSteering = Method.make("sessions.setRemoteControlSteering", Api.SessionsSetRemoteControlSteeringRequest, Api.RemoteControlStatusResult)

/** Stops the remote-control singleton. When `expectedSessionId` is provided and does not match the singleton's current `attachedSessionId`, the stop is rejected with `stopped: false` and the current status is returned unchanged (unless `force` is set, in which case the singleton is unconditionally torn down). */
export const SessionsStopRemoteControl = Method.make("sessions.stopRemoteControl", Api.SessionsStopRemoteControlRequest, Api.RemoteControlStopResult)

/** Returns the current state of the remote-control singleton, including the attached session id and frontend URL when active. */
export const SessionsGetRemoteControlStatus = Method.make("sessions.getRemoteControlStatus", Schema.Struct({}), Api.RemoteControlStatusResult)

/** Attaches (or detaches) an in-process ExtensionController delegate for the given session in a local host adapter. Pass `controller: undefined` to detach. Internal because the controller cannot cross the JSON-RPC boundary; the runtime manages its own session extension service. */
export const SessionsConfigureSessionExtensions = Method.make("sessions.configureSessionExtensions", Api.ConfigureSessionExtensionsParams, Schema.Void)

/** Spawns a managed-server child with the supplied configuration and returns a discriminated-union result. The caller (typically the CLI controller) is responsible for attaching to the spawned child and sending any follow-up prompt. When the controller-local spawn gate is closed the server returns JSON-RPC MethodNotFound. */
export const AgentRegistrySpawn = Method.make("agentRegistry.spawn", Api.AgentRegistrySpawnRequest, Api.AgentRegistrySpawnResult)

// ---------------------------------------------------------------------------
// Session methods: the SDK calls these on the runtime, for one session
// ---------------------------------------------------------------------------

/** Suspends the session while preserving persisted state for later resume. */
export const SessionSuspend = Method.make("session.suspend", Api.SessionSuspendParams, Schema.Void)

/** Sends a user message to the session and returns its message ID. */
export const SessionSend = Method.make("session.send", Api.SessionSendParams, Api.SendResult)

/** Sends zero or more user messages to the session in a single turn and returns their message IDs. All provided messages are appended to the conversation in order, then exactly one agent turn runs over the resulting history. When the list is empty, one turn runs over the existing history with no new user message. Remote-backed (Mission Control) sessions do not support this method and will return an error. */
export const SessionSendMessages = Method.make("session.sendMessages", Api.SessionSendMessagesParams, Api.SendMessagesResult)

/** Returns whether managed policy requires sandbox enforcement and whether an enforcement failure has permanently blocked the session. */
export const SessionSandboxGetEnforcementStatus = Method.make("session.sandbox.getEnforcementStatus", Api.SessionSandboxGetEnforcementStatusParams, Api.SandboxEnforcementStatus)

/** Disables sandboxing for the remainder of the current session and approves the referenced pending sandbox-bypass permission request. The request is rejected unless the exact request is still pending and the effective sandbox policy permits bypass. */
export const SessionSandboxDisableForSession = Method.make("session.sandbox.disableForSession", Api.SessionSandboxDisableForSessionParams, Api.SandboxDisableForSessionResult)

/** Queues or sends an internal system notification to the session according to its passive policy. */
export const SessionSendSystemNotification = Method.make("session.sendSystemNotification", Api.SessionSendSystemNotificationParams, Schema.Void)

/** Aborts the current agent turn. */
export const SessionAbort = Method.make("session.abort", Api.SessionAbortParams, Api.AbortResult)

/** Interrupts the current main agent turn while leaving running background work (subagents, sidekicks, and promoted attached shells) alive. No-op when the main loop is not processing. */
export const SessionInterruptMainTurn = Method.make("session.interruptMainTurn", Api.SessionInterruptMainTurnParams, Api.InterruptMainTurnResult)

/** Cancels every running background agent (task-registry subagents plus sidekick agents) without interrupting the main agent loop. Promoted attached shells are left running. */
export const SessionCancelAllBackgroundAgents = Method.make("session.cancelAllBackgroundAgents", Api.SessionCancelAllBackgroundAgentsParams, Schema.Number)

/** Shuts down the session and persists its final state. Awaits any deferred sessionEnd hooks before resolving so user-supplied hook scripts complete before the runtime tears down. */
export const SessionShutdown = Method.make("session.shutdown", Api.SessionShutdownParams, Schema.Void)

/** Gets authentication status and account metadata for the session. */
export const SessionGitHubAuthGetStatus = Method.make("session.gitHubAuth.getStatus", Api.SessionGitHubAuthGetStatusParams, Api.SessionAuthStatus)

/** Updates the session's auth credentials used for outbound model and API requests. */
export const SessionGitHubAuthSetCredentials = Method.make("session.gitHubAuth.setCredentials", Api.SessionGitHubAuthSetCredentialsParams, Api.SessionSetCredentialsResult)

/** Gets the current authentication information for internal session hosts. */
export const SessionGitHubAuthGetCurrentAuthInfo = Method.make("session.gitHubAuth.getCurrentAuthInfo", Api.SessionGitHubAuthGetCurrentAuthInfoParams, Api.SessionAuthInfoResult)

/** Gets all authentication accounts available to the internal session host. */
export const SessionGitHubAuthGetAllAuthAvailable = Method.make("session.gitHubAuth.getAllAuthAvailable", Api.SessionGitHubAuthGetAllAuthAvailableParams, lazy(() => Schema.Array(Api.SessionAuthStatus)))

/** Refreshes Copilot account metadata for the current authentication. */
export const SessionGitHubAuthRefreshCopilotUser = Method.make("session.gitHubAuth.refreshCopilotUser", Api.SessionGitHubAuthRefreshCopilotUserParams, Api.SessionAuthInfoResult)

/** Logs in a GitHub user through the internal session host. */
export const SessionGitHubAuthLogin = Method.make("session.gitHubAuth.login", Api.SessionGitHubAuthLoginParams, Api.AuthInfo)

/** Switches the session to another available authentication. */
export const SessionGitHubAuthSwitchToAuth = Method.make("session.gitHubAuth.switchToAuth", Api.SessionGitHubAuthSwitchToAuthParams, Schema.Void)

/** Logs out the session's current GitHub authentication. */
export const SessionGitHubAuthLogout = Method.make("session.gitHubAuth.logout", Api.SessionGitHubAuthLogoutParams, Schema.Boolean)

/** Logs out a specific GitHub authentication. */
export const SessionGitHubAuthLogoutUser = Method.make("session.gitHubAuth.logoutUser", Api.SessionGitHubAuthLogoutUserParams, Schema.Boolean)

/** Gets validation errors from the most recent authentication attempt. */
export const SessionGitHubAuthLastAuthErrors = Method.make("session.gitHubAuth.lastAuthErrors", Api.SessionGitHubAuthLastAuthErrorsParams, Api.AuthValidationErrors)

/** Collects a session debug log bundle into a local archive or staging directory. Logs are redacted by default; redaction can be configured per caller-provided diagnostic entry. The runtime includes session-owned logs by default and accepts caller-provided diagnostic entries so host applications can add their own files without changing this API shape. */
export const SessionDebugCollectLogs = Method.make("session.debug.collectLogs", Api.SessionDebugCollectLogsParams, Api.DebugCollectLogsResult)

/** Lists canvases declared for the session. */
export const SessionCanvasList = Method.make("session.canvas.list", Api.SessionCanvasListParams, Api.CanvasList)

/** Lists currently open canvas instances for the live session. */
export const SessionCanvasListOpen = Method.make("session.canvas.listOpen", Api.SessionCanvasListOpenParams, Api.CanvasListOpenResult)

/** Opens or focuses a canvas instance. */
export const SessionCanvasOpen = Method.make("session.canvas.open", Api.SessionCanvasOpenParams, Api.OpenCanvasInstance)

/** Closes an open canvas instance. */
export const SessionCanvasClose = Method.make("session.canvas.close", Api.SessionCanvasCloseParams, Schema.Void)

/** Invokes an action on an open canvas instance. */
export const SessionCanvasActionInvoke = Method.make("session.canvas.action.invoke", Api.SessionCanvasActionInvokeParams, Api.CanvasActionInvokeResult)

/** Registers an internal canvas provider connection and its contributions. */
export const SessionCanvasProviderRegister = Method.make("session.canvas.provider.register", Api.SessionCanvasProviderRegisterParams, Schema.Void)

/** Unregisters an internal canvas provider connection. */
export const SessionCanvasProviderUnregister = Method.make("session.canvas.provider.unregister", Api.SessionCanvasProviderUnregisterParams, Schema.Void)

/** Runs a registered factory by name at the top level. */
export const SessionFactoryRun = Method.make("session.factory.run", Api.SessionFactoryRunParams, Api.FactoryRunResult)

/** Resumes a factory run using its persisted name, arguments, journal, and accounting. */
export const SessionFactoryResume = Method.make("session.factory.resume", Api.SessionFactoryResumeParams, Api.FactoryResumeResult)

/** Internal tool-originated factory invocation. */
export const SessionFactoryRunFromTool = Method.make("session.factory.runFromTool", Api.SessionFactoryRunFromToolParams, Api.FactoryRunResult)

/** Internal tool-originated factory resume. */
export const SessionFactoryResumeFromTool = Method.make("session.factory.resumeFromTool", Api.SessionFactoryResumeFromToolParams, Api.FactoryResumeResult)

/** Gets the current or settled envelope for a factory run. */
export const SessionFactoryGetRun = Method.make("session.factory.getRun", Api.SessionFactoryGetRunParams, Api.FactoryRunResult)

/** Lists durable factory runs for this session in creation order. */
export const SessionFactoryListRuns = Method.make("session.factory.listRuns", Api.SessionFactoryListRunsParams, Api.FactoryListRunsResult)

/** Gets durable and live observability detail for one factory run. */
export const SessionFactoryGetRunDetail = Method.make("session.factory.getRunDetail", Api.SessionFactoryGetRunDetailParams, Api.FactoryRunDetail)

/** Pages durable progress for one factory run. */
export const SessionFactoryGetRunProgress = Method.make("session.factory.getRunProgress", Api.SessionFactoryGetRunProgressParams, Api.FactoryProgressPage)

/** Requests cancellation of a factory run and returns its run envelope. */
export const SessionFactoryCancel = Method.make("session.factory.cancel", Api.SessionFactoryCancelParams, Api.FactoryRunResult)

/** Pauses a running factory and returns its settled run envelope. */
export const SessionFactoryPause = Method.make("session.factory.pause", Api.SessionFactoryPauseParams, Api.FactoryRunResult)

/** Atomically pauses an owned factory attempt at a durable checkpoint. */
export const SessionFactoryPauseAtCheckpoint = Method.make("session.factory.pauseAtCheckpoint", Api.SessionFactoryPauseAtCheckpointParams, Api.FactoryPauseCheckpointResult)

/** Records a batch of ordered factory progress lines. */
export const SessionFactoryLog = Method.make("session.factory.log", Api.SessionFactoryLogParams, Api.FactoryAckResult)

/** Runs one factory-scoped subagent and returns its result. */
export const SessionFactoryAgent = Method.make("session.factory.agent", Api.SessionFactoryAgentParams, Api.FactoryAgentResult)

/** Reads a memoized factory journal entry. */
export const SessionFactoryJournalGet = Method.make("session.factory.journal.get", Api.SessionFactoryJournalGetParams, Api.FactoryJournalGetResult)

/** Stores a memoized factory journal entry. */
export const SessionFactoryJournalPut = Method.make("session.factory.journal.put", Api.SessionFactoryJournalPutParams, Api.FactoryAckResult)

/** Gets the session's authoritative model snapshot, including the committed Auto preference and any newer unclaimed Auto preference waiting for a future user turn. */
export const SessionModelGetCurrent = Method.make("session.model.getCurrent", Api.SessionModelGetCurrentParams, Api.CurrentModel)

/** Switches the session to a model and optional reasoning configuration. */
export const SessionModelSwitchTo = Method.make("session.model.switchTo", Api.SessionModelSwitchToParams, Api.ModelSwitchToResult)

/** Requests an Auto preference change without changing the session's selected model. The latest unclaimed request wins; the runtime commits it only after a later prompt using the `auto` model mints a usable model and token pair. A `pending` response confirms that the request was accepted, not that it committed. Observe eventual success through `session.model_change`, failure through the ephemeral `session.auto_tier_switch_failed` event, or current unclaimed state through `session.model.getCurrent`. */
export const SessionModelSwitchAutoTier = Method.make("session.model.switchAutoTier", Api.SessionModelSwitchAutoTierParams, Api.ModelSwitchAutoTierResult)

/** Resolves and applies organization-managed and repository model overlays. */
export const SessionModelApplyStartupOverlay = Method.make("session.model.applyStartupOverlay", Api.SessionModelApplyStartupOverlayParams, Api.ModelSwitchToResult)

/** Replaces or clears the host-supplied model allowlist for a running session. */
export const SessionModelSetAllowedModels = Method.make("session.model.setAllowedModels", Api.SessionModelSetAllowedModelsParams, Api.ModelSetAllowedModelsResult)

/** Updates the session's reasoning effort without changing the selected model. */
export const SessionModelSetReasoningEffort = Method.make("session.model.setReasoningEffort", Api.SessionModelSetReasoningEffortParams, Api.ModelSetReasoningEffortResult)

/** Lists models available to this session using its own auth and integration context. Connected hosts (CLI TUI, GitHub App) should call this through the session client so remote sessions return the remote CLI's available models rather than the caller's. */
export const SessionModelList = Method.make("session.model.list", Api.SessionModelListParams, Api.SessionModelList)

/** Gets the current agent interaction mode. */
export const SessionModeGet = Method.make("session.mode.get", Api.SessionModeGetParams, Api.SessionMode)

/** Sets the current agent interaction mode. */
export const SessionModeSet = Method.make("session.mode.set", Api.SessionModeSetParams, Api.ModeSetResult)

/** Gets the session's friendly name. */
export const SessionNameGet = Method.make("session.name.get", Api.SessionNameGetParams, Api.NameGetResult)

/** Sets the session's friendly name. */
export const SessionNameSet = Method.make("session.name.set", Api.SessionNameSetParams, Schema.Void)

/** Persists an auto-generated session summary as the session's name when no user-set name exists. */
export const SessionNameSetAuto = Method.make("session.name.setAuto", Api.SessionNameSetAutoParams, Api.NameSetAutoResult)

/** Reads the session plan file from the workspace. */
export const SessionPlanRead = Method.make("session.plan.read", Api.SessionPlanReadParams, Api.PlanReadResult)

/** Writes new content to the session plan file. */
export const SessionPlanUpdate = Method.make("session.plan.update", Api.SessionPlanUpdateParams, Schema.Void)

/** Deletes the session plan file from the workspace. */
export const SessionPlanDelete = Method.make("session.plan.delete", Api.SessionPlanDeleteParams, Schema.Void)

/** Reads todo rows from the session SQL database for plan rendering. */
export const SessionPlanReadSqlTodos = Method.make("session.plan.readSqlTodos", Api.SessionPlanReadSqlTodosParams, Api.PlanReadSqlTodosResult)

/** Reads todo rows AND dependency edges from the session SQL database for structured progress UI. Same defensive behavior as readSqlTodos — returns empty arrays when the database, tables, or columns aren't available. Clients should call this on session start and after every `session.todos_changed` event to refresh structured-UI rendering. */
export const SessionPlanReadSqlTodosWithDependencies = Method.make("session.plan.readSqlTodosWithDependencies", Api.SessionPlanReadSqlTodosWithDependenciesParams, Api.PlanReadSqlTodosWithDependenciesResult)

/** Gets current workspace metadata for the session. */
export const SessionWorkspacesGetWorkspace = Method.make("session.workspaces.getWorkspace", Api.SessionWorkspacesGetWorkspaceParams, Api.WorkspacesGetWorkspaceResult)

/** Updates workspace metadata for a local session and returns the refreshed workspace. */
export const SessionWorkspacesUpdateMetadata = Method.make("session.workspaces.updateMetadata", Api.SessionWorkspacesUpdateMetadataParams, Api.WorkspacesGetWorkspaceResult)

/** Ensures a local session workspace exists and returns it. */
export const SessionWorkspacesEnsure = Method.make("session.workspaces.ensure", Api.SessionWorkspacesEnsureParams, Api.WorkspacesGetWorkspaceResult)

/** Lists files stored in the session workspace files directory. */
export const SessionWorkspacesListFiles = Method.make("session.workspaces.listFiles", Api.SessionWorkspacesListFilesParams, Api.WorkspacesListFilesResult)

/** Reads a file from the session workspace files directory. */
export const SessionWorkspacesReadFile = Method.make("session.workspaces.readFile", Api.SessionWorkspacesReadFileParams, Api.WorkspacesReadFileResult)

/** Creates or overwrites a file in the session workspace files directory. */
export const SessionWorkspacesCreateFile = Method.make("session.workspaces.createFile", Api.SessionWorkspacesCreateFileParams, Schema.Void)

/** Returns metadata for a file or directory in the session workspace files directory. */
export const SessionWorkspacesStatFile = Method.make("session.workspaces.statFile", Api.SessionWorkspacesStatFileParams, Api.WorkspacesStatFileResult)

/** Creates a directory in the session workspace files directory. */
export const SessionWorkspacesCreateDirectory = Method.make("session.workspaces.createDirectory", Api.SessionWorkspacesCreateDirectoryParams, Schema.Void)

/** Removes a file or directory from the session workspace files directory. */
export const SessionWorkspacesRemovePath = Method.make("session.workspaces.removePath", Api.SessionWorkspacesRemovePathParams, Schema.Void)

/** Renames a file or directory within the session workspace files directory. */
export const SessionWorkspacesRenamePath = Method.make("session.workspaces.renamePath", Api.SessionWorkspacesRenamePathParams, Schema.Void)

/** Lists workspace checkpoints in chronological order. */
export const SessionWorkspacesListCheckpoints = Method.make("session.workspaces.listCheckpoints", Api.SessionWorkspacesListCheckpointsParams, Api.WorkspacesListCheckpointsResult)

/** Reads the content of a workspace checkpoint by number. */
export const SessionWorkspacesReadCheckpoint = Method.make("session.workspaces.readCheckpoint", Api.SessionWorkspacesReadCheckpointParams, Api.WorkspacesReadCheckpointResult)

/** Adds a compaction summary checkpoint to the local session workspace. */
export const SessionWorkspacesAddSummary = Method.make("session.workspaces.addSummary", Api.SessionWorkspacesAddSummaryParams, Api.WorkspacesAddSummaryResult)

/** Truncates local workspace compaction summaries after a rollback. */
export const SessionWorkspacesTruncateSummaries = Method.make("session.workspaces.truncateSummaries", Api.SessionWorkspacesTruncateSummariesParams, Api.WorkspacesGetWorkspaceResult)

/** Reads the autopilot objective state file from the local session workspace. */
export const SessionWorkspacesReadAutopilotObjective = Method.make("session.workspaces.readAutopilotObjective", Api.SessionWorkspacesReadAutopilotObjectiveParams, Api.WorkspacesReadAutopilotObjectiveResult)

/** Writes the autopilot objective state file in the local session workspace. */
export const SessionWorkspacesWriteAutopilotObjective = Method.make("session.workspaces.writeAutopilotObjective", Api.SessionWorkspacesWriteAutopilotObjectiveParams, Api.WorkspacesWriteAutopilotObjectiveResult)

/** Deletes the autopilot objective state file from the local session workspace. */
export const SessionWorkspacesDeleteAutopilotObjective = Method.make("session.workspaces.deleteAutopilotObjective", Api.SessionWorkspacesDeleteAutopilotObjectiveParams, Api.WorkspacesDeleteAutopilotObjectiveResult)

/** Checks whether the local session workspace has an autopilot objective state file. */
export const SessionWorkspacesAutopilotObjectiveExists = Method.make("session.workspaces.autopilotObjectiveExists", Api.SessionWorkspacesAutopilotObjectiveExistsParams, Api.WorkspacesAutopilotObjectiveExistsResult)

/** Saves pasted content as a UTF-8 file in the session workspace. */
export const SessionWorkspacesSaveLargePaste = Method.make("session.workspaces.saveLargePaste", Api.SessionWorkspacesSaveLargePasteParams, Api.WorkspacesSaveLargePasteResult)

/** Computes a diff for the session workspace. Never rejects for a busy session: a `session`-mode diff that cannot read the session's file-change captures falls back to an unstaged git diff with `isFallback: true` and reports why in `unavailableReason`. */
export const SessionWorkspacesDiff = Method.make("session.workspaces.diff", Api.SessionWorkspacesDiffParams, Api.WorkspaceDiffResult)

/** Reads the current canonical autopilot objective state for this session. */
export const SessionAutopilotObjectiveGetState = Method.make("session.autopilotObjective.getState", Api.SessionAutopilotObjectiveGetStateParams, Api.AutopilotObjectiveGetStateResult)

/** Gets the characters that should trigger host-driven completions for the session. Empty disables host-driven completions (e.g. local sessions, or a relay host that does not advertise them). */
export const SessionCompletionsGetTriggerCharacters = Method.make("session.completions.getTriggerCharacters", Api.SessionCompletionsGetTriggerCharactersParams, Api.CompletionsGetTriggerCharactersResult)

/** Requests host-driven completion items for the current composer input. Returns an empty list when the host has no items or does not support completions. */
export const SessionCompletionsRequest = Method.make("session.completions.request", Api.SessionCompletionsRequestParams, Api.CompletionsRequestResult)

/** Gets instruction sources loaded for the session. */
export const SessionInstructionsGetSources = Method.make("session.instructions.getSources", Api.SessionInstructionsGetSourcesParams, Api.InstructionsGetSourcesResult)

/** Starts fleet mode by submitting the fleet orchestration prompt to the session. */
export const SessionFleetStart = Method.make("session.fleet.start", Api.SessionFleetStartParams, Api.FleetStartResult)

/** Lists agents available to the session. Defaults to custom agents only; pass includeBuiltInAgents to include the effective built-in agents. */
export const SessionAgentList = Method.make("session.agent.list", Api.SessionAgentListParams, Api.AgentList)

/** Sets an in-memory authored prompt override for an available agent. For built-in agents, this replaces only the static base prompt while preserving runtime-owned dynamic prompt composition and behavior. The special `general-purpose` agent is not overrideable. Overrides are not persisted; resumed and forked sessions start without them, so the host must re-apply them. */
export const SessionAgentSetPrompt = Method.make("session.agent.setPrompt", Api.SessionAgentSetPromptParams, Schema.Void)

/** Gets the currently selected custom agent for the session. */
export const SessionAgentGetCurrent = Method.make("session.agent.getCurrent", Api.SessionAgentGetCurrentParams, Api.AgentGetCurrentResult)

/** Selects a custom agent for subsequent turns in the session. */
export const SessionAgentSelect = Method.make("session.agent.select", Api.SessionAgentSelectParams, Api.AgentSelectResult)

/** Clears the selected custom agent and returns the session to the default agent. */
export const SessionAgentDeselect = Method.make("session.agent.deselect", Api.SessionAgentDeselectParams, Schema.Void)

/** Reloads custom agent definitions and returns the refreshed list. */
export const SessionAgentReload = Method.make("session.agent.reload", Api.SessionAgentReloadParams, Api.AgentReloadResult)

/** Starts a background agent task in the session. */
export const SessionTasksStartAgent = Method.make("session.tasks.startAgent", Api.SessionTasksStartAgentParams, Api.TasksStartAgentResult)

/** Lists background tasks tracked by the session. */
export const SessionTasksList = Method.make("session.tasks.list", Api.SessionTasksListParams, Api.TaskList)

/** Registers a client-owned task, or reclaims an orphaned task belonging to the same extension principal. */
export const SessionTasksRegister = Method.make("session.tasks.register", Api.SessionTasksRegisterParams, Api.TasksRegisterResult)

/** Publishes generic progress or a terminal outcome for a client-owned task. */
export const SessionTasksUpdate = Method.make("session.tasks.update", Api.SessionTasksUpdateParams, Api.TasksUpdateResult)

/** Refreshes metadata for any detached background shells the runtime knows about. */
export const SessionTasksRefresh = Method.make("session.tasks.refresh", Api.SessionTasksRefreshParams, Api.TasksRefreshResult)

/** Waits for all in-flight background tasks and any follow-up turns to settle. */
export const SessionTasksWaitForPending = Method.make("session.tasks.waitForPending", Api.SessionTasksWaitForPendingParams, Api.TasksWaitForPendingResult)

/** Returns progress information for a background task by ID. */
export const SessionTasksGetProgress = Method.make("session.tasks.getProgress", Api.SessionTasksGetProgressParams, Api.TasksGetProgressResult)

/** Returns the first sync-waiting task that can currently be promoted to background mode. */
export const SessionTasksGetCurrentPromotable = Method.make("session.tasks.getCurrentPromotable", Api.SessionTasksGetCurrentPromotableParams, Api.TasksGetCurrentPromotableResult)

/** Promotes an eligible synchronously-waited task so it continues running in the background. */
export const SessionTasksPromoteToBackground = Method.make("session.tasks.promoteToBackground", Api.SessionTasksPromoteToBackgroundParams, Api.TasksPromoteToBackgroundResult)

/** Atomically promotes the first promotable sync-waiting task to background mode and returns it. */
export const SessionTasksPromoteCurrentToBackground = Method.make("session.tasks.promoteCurrentToBackground", Api.SessionTasksPromoteCurrentToBackgroundParams, Api.TasksPromoteCurrentToBackgroundResult)

/** Cancels a background task. */
export const SessionTasksCancel = Method.make("session.tasks.cancel", Api.SessionTasksCancelParams, Api.TasksCancelResult)

/** Removes a completed or cancelled background task from tracking. */
export const SessionTasksRemove = Method.make("session.tasks.remove", Api.SessionTasksRemoveParams, Api.TasksRemoveResult)

/** Sends a message to a background agent task. */
export const SessionTasksSendMessage = Method.make("session.tasks.sendMessage", Api.SessionTasksSendMessageParams, Api.TasksSendMessageResult)

/** Lists skills available to the session. */
export const SessionSkillsList = Method.make("session.skills.list", Api.SessionSkillsListParams, Api.SkillList)

/** Returns the skills that have been invoked during this session. */
export const SessionSkillsGetInvoked = Method.make("session.skills.getInvoked", Api.SessionSkillsGetInvokedParams, Api.SkillsGetInvokedResult)

/** Enables a skill for the session. */
export const SessionSkillsEnable = Method.make("session.skills.enable", Api.SessionSkillsEnableParams, Schema.Void)

/** Disables a skill for the session. */
export const SessionSkillsDisable = Method.make("session.skills.disable", Api.SessionSkillsDisableParams, Schema.Void)

/** Reloads skill definitions for the session. */
export const SessionSkillsReload = Method.make("session.skills.reload", Api.SessionSkillsReloadParams, Api.SkillsLoadDiagnostics)

/** Ensures the session's skill definitions have been loaded from disk. */
export const SessionSkillsEnsureLoaded = Method.make("session.skills.ensureLoaded", Api.SessionSkillsEnsureLoadedParams, Schema.Void)

/** Lists MCP servers configured for the session, their connection status, and host-level state. The host-level state (disabled/filtered servers, failed/needs-auth/pending connections, mcp3p policy, full config) is empty/zero when no MCP host has been initialized for the session. */
export const SessionMcpList = Method.make("session.mcp.list", Api.SessionMcpListParams, Api.McpServerList)

/** Lists the tools exposed by a connected MCP server on this session's host. This performs a live `tools/list` request. Tool UI metadata is returned independently of whether MCP Apps rendering is enabled for the session. */
export const SessionMcpListTools = Method.make("session.mcp.listTools", Api.SessionMcpListToolsParams, Api.McpListToolsResult)

/** Enables an MCP server for the session. */
export const SessionMcpEnable = Method.make("session.mcp.enable", Api.SessionMcpEnableParams, Schema.Void)

/** Disables an MCP server for the session. */
export const SessionMcpDisable = Method.make("session.mcp.disable", Api.SessionMcpDisableParams, Schema.Void)

/** Reloads MCP server connections for the session. */
export const SessionMcpReload = Method.make("session.mcp.reload", Api.SessionMcpReloadParams, Schema.Void)

/** Releases any turns waiting on an in-flight MCP load without cancelling the load, letting the agent proceed while MCP servers finish connecting in the background. No-op when no MCP load is in flight or waiting turns were already released. */
export const SessionMcpMoveLoadingToBackground = Method.make("session.mcp.moveLoadingToBackground", Api.SessionMcpMoveLoadingToBackgroundParams, Api.MoveMcpLoadingToBackgroundResult)

/** Reloads MCP server connections for the session with an explicit host-provided configuration. */
export const SessionMcpReloadWithConfig = Method.make("session.mcp.reloadWithConfig", Api.SessionMcpReloadWithConfigParams, Api.McpStartServersResult)

/** Runs an MCP sampling inference on behalf of an MCP server. */
export const SessionMcpExecuteSampling = Method.make("session.mcp.executeSampling", Api.SessionMcpExecuteSamplingParams, Api.McpSamplingExecutionResult)

/** Cancels an in-flight MCP sampling execution by request ID. */
export const SessionMcpCancelSamplingExecution = Method.make("session.mcp.cancelSamplingExecution", Api.SessionMcpCancelSamplingExecutionParams, Api.McpCancelSamplingExecutionResult)

/** Sets how environment-variable values supplied to MCP servers are resolved (direct or indirect). */
export const SessionMcpSetEnvValueMode = Method.make("session.mcp.setEnvValueMode", Api.SessionMcpSetEnvValueModeParams, Api.McpSetEnvValueModeResult)

/** Removes the auto-managed `github` MCP server when present. */
export const SessionMcpRemoveGitHub = Method.make("session.mcp.removeGitHub", Api.SessionMcpRemoveGitHubParams, Api.McpRemoveGitHubResult)

/** Configures the built-in GitHub MCP server for the session's current auth context. */
export const SessionMcpConfigureGitHub = Method.make("session.mcp.configureGitHub", Api.SessionMcpConfigureGitHubParams, Api.McpConfigureGitHubResult)

/** Starts an individual MCP server on the live session. Omit `config` for a config-free start-by-name of an already-configured server (reuses the server's already-registered configuration); supply `config` to start from a caller-supplied configuration. Session-scoped and ephemeral: the server is added to this session's running set only and is reaped when the session ends. Does NOT modify persistent user configuration (`mcp.config.*`), so it does not affect future sessions. The server surfaces through `session.mcp.list` and the `session.mcp_servers_loaded` / `session.mcp_server_status_changed` events like any other server. */
export const SessionMcpStartServer = Method.make("session.mcp.startServer", Api.SessionMcpStartServerParams, Schema.Void)

/** Restarts an individual MCP server on the live session (stops then starts). Omit `config` for a config-free restart-by-name of an already-configured server; supply `config` to restart with a replacement configuration. Session-scoped and ephemeral: does NOT modify persistent user configuration (`mcp.config.*`). */
export const SessionMcpRestartServer = Method.make("session.mcp.restartServer", Api.SessionMcpRestartServerParams, Schema.Void)

/** Stops an individual MCP server on the session's host. */
export const SessionMcpStopServer = Method.make("session.mcp.stopServer", Api.SessionMcpStopServerParams, Schema.Void)

/** Registers a pre-connected external MCP client (e.g. IDE) on the session's host. The caller retains lifecycle ownership of the client and transport. Marked internal because the `client` and `transport` arguments are in-process MCP SDK instances that cannot be serialized across the JSON-RPC boundary; once the CLI moves on top of the SDK, external clients will be expressed as transport configs the runtime can construct itself. */
export const SessionMcpRegisterExternalClient = Method.make("session.mcp.registerExternalClient", Api.SessionMcpRegisterExternalClientParams, Schema.Void)

/** Unregisters a previously registered external MCP client by server name. Marked internal as the paired companion of `registerExternalClient`: only in-process callers that registered a client this way can meaningfully unregister it. Disappears alongside `registerExternalClient`: once external clients are described to the runtime as config rather than handed in as instances, lifecycle (including deregistration) is owned entirely by the runtime. */
export const SessionMcpUnregisterExternalClient = Method.make("session.mcp.unregisterExternalClient", Api.SessionMcpUnregisterExternalClientParams, Schema.Void)

/** Checks whether a named MCP server is currently running on the session's host. */
export const SessionMcpIsServerRunning = Method.make("session.mcp.isServerRunning", Api.SessionMcpIsServerRunningParams, Api.McpIsServerRunningResult)

/** Resolves a pending MCP OAuth request with a host-provided token or cancellation. The pending request is emitted as mcp.oauth_required with the data necessary to authorize the request. */
export const SessionMcpOauthHandlePendingRequest = Method.make("session.mcp.oauth.handlePendingRequest", Api.SessionMcpOauthHandlePendingRequestParams, Api.McpOauthHandlePendingResult)

/** Notifies the session that MCP OAuth authentication succeeded and updated credentials were persisted, so cached tool definitions can be refreshed. */
export const SessionMcpOauthAuthenticationStateChanged = Method.make("session.mcp.oauth.authenticationStateChanged", Api.SessionMcpOauthAuthenticationStateChangedParams, Schema.Void)

/** Starts OAuth authentication for a remote MCP server. */
export const SessionMcpOauthLogin = Method.make("session.mcp.oauth.login", Api.SessionMcpOauthLoginParams, Api.McpOauthLoginResult)

/** Passively probes a configured remote MCP server to classify whether OAuth is required or a cached/override token is accepted. Does not start OAuth, emit pending OAuth requests, or mutate MCP connection state. */
export const SessionMcpOauthProbe = Method.make("session.mcp.oauth.probe", Api.SessionMcpOauthProbeParams, Api.McpOauthProbeResult)

/** Responds to a pending MCP OAuth authorization request by its request id. */
export const SessionMcpOauthRespond = Method.make("session.mcp.oauth.respond", Api.SessionMcpOauthRespondParams, Api.McpOauthRespondResult)

/** Responds to a pending MCP dynamic headers refresh request. Hosts that subscribe to `mcp.headers_refresh_required` use this to provide short-lived per-server headers or to indicate that no dynamic headers are available for this refresh. */
export const SessionMcpHeadersHandlePendingHeadersRefreshRequest = Method.make("session.mcp.headers.handlePendingHeadersRefreshRequest", Api.SessionMcpHeadersHandlePendingHeadersRefreshRequestParams, Api.McpHeadersHandlePendingHeadersRefreshRequestResult)

/** Fetch an MCP resource (typically a `ui://` MCP App bundle, per SEP-1865) from a connected server. Requires the `mcp-apps` session capability. */
export const SessionMcpAppsReadResource = Method.make("session.mcp.apps.readResource", Api.SessionMcpAppsReadResourceParams, Api.McpAppsReadResourceResult)

/** List tools that an MCP App view is allowed to call (SEP-1865 visibility filter). Returns tools whose `_meta.ui.visibility` is unset (default `["model","app"]`) or includes `"app"`. */
export const SessionMcpAppsListTools = Method.make("session.mcp.apps.listTools", Api.SessionMcpAppsListToolsParams, Api.McpAppsListToolsResult)

/** Call an MCP tool from an MCP App view (SEP-1865). Enforces the visibility check that prevents an app iframe from invoking model-only tools. Returns the standard MCP `CallToolResult`. */
export const SessionMcpAppsCallTool = Method.make("session.mcp.apps.callTool", Api.SessionMcpAppsCallToolParams, lazy(() => Schema.Record({ key: Schema.String, value: Schema.Unknown })))

/** Replace the host context returned to MCP App guests on `ui/initialize`. Hosts use this to advertise theme, locale, or other metadata to the guest UI. */
export const SessionMcpAppsSetHostContext = Method.make("session.mcp.apps.setHostContext", Api.SessionMcpAppsSetHostContextParams, Schema.Void)

/** Read the current host context advertised to MCP App guests. */
export const SessionMcpAppsGetHostContext = Method.make("session.mcp.apps.getHostContext", Api.SessionMcpAppsGetHostContextParams, Api.McpAppsHostContext)

/** Diagnose MCP Apps wiring for a specific MCP server. Reports the session capability, feature-flag state, advertised extension, and how many tools have `_meta.ui` populated. */
export const SessionMcpAppsDiagnose = Method.make("session.mcp.apps.diagnose", Api.SessionMcpAppsDiagnoseParams, Api.McpAppsDiagnoseResult)

/** Fetch an MCP resource from a connected server by URI (proxies MCP `resources/read`). */
export const SessionMcpResourcesRead = Method.make("session.mcp.resources.read", Api.SessionMcpResourcesReadParams, Api.McpResourcesReadResult)

/** Enumerate one page of resources a connected MCP server exposes (proxies MCP `resources/list`). Pass `cursor` to continue from a prior result's `nextCursor`. */
export const SessionMcpResourcesList = Method.make("session.mcp.resources.list", Api.SessionMcpResourcesListParams, Api.McpResourcesListResult)

/** Enumerate one page of resource templates a connected MCP server exposes (proxies MCP `resources/templates/list`). Pass `cursor` to continue from a prior result's `nextCursor`. */
export const SessionMcpResourcesListTemplates = Method.make("session.mcp.resources.listTemplates", Api.SessionMcpResourcesListTemplatesParams, Api.McpResourcesListTemplatesResult)

/** Lists plugins installed for the session. */
export const SessionPluginsList = Method.make("session.plugins.list", Api.SessionPluginsListParams, Api.PluginList)

/** Reloads the session's plugin set, refreshing MCP servers, custom agents, hooks, and skills cache so SDK-driven changes via `server.plugins.*` take effect immediately. */
export const SessionPluginsReload = Method.make("session.plugins.reload", Api.SessionPluginsReloadParams, Schema.Void)

/** Returns the provider endpoint and credentials the session is currently configured to talk to, so the caller can make inference calls directly against the same backend the session uses. */
export const SessionProviderGetEndpoint = Method.make("session.provider.getEndpoint", Api.SessionProviderGetEndpointParams, Api.ProviderEndpoint)

/** Adds BYOK providers and/or models to the session's registry at runtime, extending the additive registry built from the session's `providers`/`models` options. Both fields are optional, so a call may add providers only, models only, or both. Within a single call providers are registered before models, so a model may reference a provider added in the same call; across calls a model may reference any provider already registered (from session creation or a prior add). A model whose referenced provider is not registered by the end of the call is rejected. Newly added models become selectable via `model.list` / `model.switchTo` and are inherited by sub-agents spawned afterwards. */
export const SessionProviderAdd = Method.make("session.provider.add", Api.SessionProviderAddParams, Api.ProviderAddResult)

/** Patches the genuinely-mutable subset of session options. */
export const SessionOptionsUpdate = Method.make("session.options.update", Api.SessionOptionsUpdateParams, Api.SessionUpdateOptionsResult)

/** Loads the merged LSP configuration set for the session's working directory. */
export const SessionLspInitialize = Method.make("session.lsp.initialize", Api.SessionLspInitializeParams, Schema.Void)

/** Lists extensions discovered for the session and their current status. */
export const SessionExtensionsList = Method.make("session.extensions.list", Api.SessionExtensionsListParams, Api.ExtensionList)

/** Enables an extension for the session. */
export const SessionExtensionsEnable = Method.make("session.extensions.enable", Api.SessionExtensionsEnableParams, Schema.Void)

/** Disables an extension for the session. */
export const SessionExtensionsDisable = Method.make("session.extensions.disable", Api.SessionExtensionsDisableParams, Schema.Void)

/** Reloads extension definitions and processes for the session. */
export const SessionExtensionsReload = Method.make("session.extensions.reload", Api.SessionExtensionsReloadParams, Schema.Void)

/** Push attachments into the next user-message turn from an extension. The host should surface them as composer pills and forward them via the next session.send call. Callable only by extension-owned connections. */
export const SessionExtensionsSendAttachmentsToMessage = Method.make("session.extensions.sendAttachmentsToMessage", Api.SessionExtensionsSendAttachmentsToMessageParams, Schema.Void)

/** Executes one tool from the session's currently offered tool set through the native invocation pipeline. */
export const SessionToolsExecute = Method.make("session.tools.execute", Api.SessionToolsExecuteParams, Api.ToolResult)

/** Returns the Rust-owned built-in tool descriptors used to construct the session's offered tool set. */
export const SessionToolsGetBuiltinDescriptors = Method.make("session.tools.getBuiltinDescriptors", Api.SessionToolsGetBuiltinDescriptorsParams, Api.ToolsGetBuiltinDescriptorsResult)

/** Projects a completed task_complete tool call into its label-safe session event payload. */
export const SessionToolsTaskCompleteEventData = Method.make("session.tools.taskCompleteEventData", Api.SessionToolsTaskCompleteEventDataParams, Api.TaskCompleteData)

/** Provides the result for a pending external tool call. */
export const SessionToolsHandlePendingToolCall = Method.make("session.tools.handlePendingToolCall", Api.SessionToolsHandlePendingToolCallParams, Api.HandlePendingToolCallResult)

/** Resolves, builds, and validates the runtime tool list for the session. */
export const SessionToolsInitializeAndValidate = Method.make("session.tools.initializeAndValidate", Api.SessionToolsInitializeAndValidateParams, Api.ToolsInitializeAndValidateResult)

/** Returns lightweight metadata for the session's currently initialized tools. */
export const SessionToolsGetCurrentMetadata = Method.make("session.tools.getCurrentMetadata", Api.SessionToolsGetCurrentMetadataParams, Api.ToolsGetCurrentMetadataResult)

/** Atomically replaces the complete externally implemented tool list supplied by the calling connection. Built-in, MCP/plugin, extension-discovered, subagent, and tools supplied by other connections remain unchanged. */
export const SessionToolsSet = Method.make("session.tools.set", Api.SessionToolsSetParams, Api.ToolsSetResult)

/** Sets the current session's live subagent settings override, which takes precedence over persisted user settings until cleared. Persisted user settings remain the source of truth for future sessions. */
export const SessionToolsUpdateSubagentSettings = Method.make("session.tools.updateSubagentSettings", Api.SessionToolsUpdateSubagentSettingsParams, Api.ToolsUpdateSubagentSettingsResult)

/** Lists slash commands available in the session. */
export const SessionCommandsList = Method.make("session.commands.list", Api.SessionCommandsListParams, Api.CommandList)

/** Invokes a slash command in the session. */
export const SessionCommandsInvoke = Method.make("session.commands.invoke", Api.SessionCommandsInvokeParams, Api.SlashCommandInvocationResult)

/** Finalizes persistence associated with a client-applied slash-command effect. */
export const SessionCommandsFinalizeInvocationEffect = Method.make("session.commands.finalizeInvocationEffect", Api.SessionCommandsFinalizeInvocationEffectParams, Api.CommandsFinalizeInvocationEffectResult)

/** Reports completion of a pending client-handled slash command. */
export const SessionCommandsHandlePendingCommand = Method.make("session.commands.handlePendingCommand", Api.SessionCommandsHandlePendingCommandParams, Api.CommandsHandlePendingCommandResult)

/** Executes a slash command synchronously and returns any error. */
export const SessionCommandsExecute = Method.make("session.commands.execute", Api.SessionCommandsExecuteParams, Api.ExecuteCommandResult)

/** Enqueues a slash command for FIFO processing on the local session. */
export const SessionCommandsEnqueue = Method.make("session.commands.enqueue", Api.SessionCommandsEnqueueParams, Api.EnqueueCommandResult)

/** Reports whether the host actually executed a queued command and whether to continue processing. */
export const SessionCommandsRespondToQueuedCommand = Method.make("session.commands.respondToQueuedCommand", Api.SessionCommandsRespondToQueuedCommandParams, Api.CommandsRespondToQueuedCommandResult)

/** Gets the telemetry engagement ID currently associated with the session, when available. */
export const SessionTelemetryGetEngagementId = Method.make("session.telemetry.getEngagementId", Api.SessionTelemetryGetEngagementIdParams, Api.SessionTelemetryEngagement)

/** Sets feature override key/value pairs to attach to subsequent telemetry events for the session. */
export const SessionTelemetrySetFeatureOverrides = Method.make("session.telemetry.setFeatureOverrides", Api.SessionTelemetrySetFeatureOverridesParams, Schema.Void)

/** Runs a transient no-tools model query against the current conversation context. */
export const SessionUiEphemeralQuery = Method.make("session.ui.ephemeralQuery", Api.SessionUiEphemeralQueryParams, Api.UIEphemeralQueryResult)

/** Requests structured input from a UI-capable client. */
export const SessionUiElicitation = Method.make("session.ui.elicitation", Api.SessionUiElicitationParams, Api.UIElicitationResponse)

/** Provides the user response for a pending elicitation request. */
export const SessionUiHandlePendingElicitation = Method.make("session.ui.handlePendingElicitation", Api.SessionUiHandlePendingElicitationParams, Api.UIElicitationResult)

/** Resolves a pending `user_input.requested` event with the user's response. */
export const SessionUiHandlePendingUserInput = Method.make("session.ui.handlePendingUserInput", Api.SessionUiHandlePendingUserInputParams, Api.UIHandlePendingResult)

/** Resolves a pending `sampling.requested` event with a sampling result, or rejects it. */
export const SessionUiHandlePendingSampling = Method.make("session.ui.handlePendingSampling", Api.SessionUiHandlePendingSamplingParams, Api.UIHandlePendingResult)

/** Resolves a pending `auto_mode_switch.requested` event with the user's accept/decline decision. */
export const SessionUiHandlePendingAutoModeSwitch = Method.make("session.ui.handlePendingAutoModeSwitch", Api.SessionUiHandlePendingAutoModeSwitchParams, Api.UIHandlePendingResult)

/** Resolves a pending `session_limits_exhausted.requested` event with the user's selected limit action. */
export const SessionUiHandlePendingSessionLimitsExhausted = Method.make("session.ui.handlePendingSessionLimitsExhausted", Api.SessionUiHandlePendingSessionLimitsExhaustedParams, Api.UIHandlePendingResult)

/** Resolves a pending `exit_plan_mode.requested` event with the user's response. */
export const SessionUiHandlePendingExitPlanMode = Method.make("session.ui.handlePendingExitPlanMode", Api.SessionUiHandlePendingExitPlanModeParams, Api.UIHandlePendingResult)

/** Registers an in-process handler for auto-mode-switch requests so the server bridge skips dispatch. */
export const SessionUiRegisterDirectAutoModeSwitchHandler = Method.make("session.ui.registerDirectAutoModeSwitchHandler", Api.SessionUiRegisterDirectAutoModeSwitchHandlerParams, Api.UIRegisterDirectAutoModeSwitchHandlerResult)

/** Unregisters a previously-registered in-process auto-mode-switch handler by its opaque handle. */
export const SessionUiUnregisterDirectAutoModeSwitchHandler = Method.make("session.ui.unregisterDirectAutoModeSwitchHandler", Api.SessionUiUnregisterDirectAutoModeSwitchHandlerParams, Api.UIUnregisterDirectAutoModeSwitchHandlerResult)

/** Replaces selected permission policy fields (rules, paths, URLs, exclusions, allow-all flags) on the session. */
export const SessionPermissionsConfigure = Method.make("session.permissions.configure", Api.SessionPermissionsConfigureParams, Api.PermissionsConfigureResult)

/** Provides a decision for a pending tool permission request. */
export const SessionPermissionsHandlePendingPermissionRequest = Method.make("session.permissions.handlePendingPermissionRequest", Api.SessionPermissionsHandlePendingPermissionRequestParams, Api.PermissionRequestResult)

/** Reconstructs the set of pending tool permission requests from the session's event history. */
export const SessionPermissionsPendingRequests = Method.make("session.permissions.pendingRequests", Api.SessionPermissionsPendingRequestsParams, Api.PendingPermissionRequestList)

/** Enables or disables automatic approval of tool permission requests for the session. */
export const SessionPermissionsSetApproveAll = Method.make("session.permissions.setApproveAll", Api.SessionPermissionsSetApproveAllParams, Api.PermissionsSetApproveAllResult)

/** Sets the permission mode for the session. `manual` follows the normal approval flow, `assisted` attaches LLM safety recommendations, and `allow-all` automatically approves permission requests. The result returns the authoritative post-mutation mode so callers can update local state without racing the `session.permissions_changed` notification. */
export const SessionPermissionsSetMode = Method.make("session.permissions.setMode", Api.SessionPermissionsSetModeParams, Api.PermissionsSetModeResult)

/** Returns the current permission mode for the session. */
export const SessionPermissionsGetMode = Method.make("session.permissions.getMode", Api.SessionPermissionsGetModeParams, Api.PermissionsGetModeResult)

/** Adds or removes session-scoped or location-scoped permission rules. */
export const SessionPermissionsModifyRules = Method.make("session.permissions.modifyRules", Api.SessionPermissionsModifyRulesParams, Api.PermissionsModifyRulesResult)

/** Sets whether the client wants permission prompts bridged into session events. */
export const SessionPermissionsSetRequired = Method.make("session.permissions.setRequired", Api.SessionPermissionsSetRequiredParams, Api.PermissionsSetRequiredResult)

/** Clears session-scoped tool permission approvals. */
export const SessionPermissionsResetSessionApprovals = Method.make("session.permissions.resetSessionApprovals", Api.SessionPermissionsResetSessionApprovalsParams, Api.PermissionsResetSessionApprovalsResult)

/** Notifies the runtime that a permission prompt UI has been shown to the user. */
export const SessionPermissionsNotifyPromptShown = Method.make("session.permissions.notifyPromptShown", Api.SessionPermissionsNotifyPromptShownParams, Api.PermissionsNotifyPromptShownResult)

/** Returns the session's allowed directories and primary working directory. */
export const SessionPermissionsPathsList = Method.make("session.permissions.paths.list", Api.SessionPermissionsPathsListParams, Api.PermissionPathsList)

/** Adds a directory to the session's allow-list and activates conventional skill and agent definitions under it. */
export const SessionPermissionsPathsAdd = Method.make("session.permissions.paths.add", Api.SessionPermissionsPathsAddParams, Api.PermissionsPathsAddResult)

/** Updates the session's primary working directory used by the permission policy. */
export const SessionPermissionsPathsUpdatePrimary = Method.make("session.permissions.paths.updatePrimary", Api.SessionPermissionsPathsUpdatePrimaryParams, Api.PermissionsPathsUpdatePrimaryResult)

/** Reports whether a path falls within any of the session's allowed directories. */
export const SessionPermissionsPathsIsPathWithinAllowedDirectories = Method.make("session.permissions.paths.isPathWithinAllowedDirectories", Api.SessionPermissionsPathsIsPathWithinAllowedDirectoriesParams, Api.PermissionPathsAllowedCheckResult)

/** Reports whether a path falls within the session's workspace (primary) directory. */
export const SessionPermissionsPathsIsPathWithinWorkspace = Method.make("session.permissions.paths.isPathWithinWorkspace", Api.SessionPermissionsPathsIsPathWithinWorkspaceParams, Api.PermissionPathsWorkspaceCheckResult)

/** Resolves the permission location key and type for a working directory. */
export const SessionPermissionsLocationsResolve = Method.make("session.permissions.locations.resolve", Api.SessionPermissionsLocationsResolveParams, Api.PermissionLocationResolveResult)

/** Applies persisted location-scoped tool approvals and allowed directories for a working directory to this session's permission service. */
export const SessionPermissionsLocationsApply = Method.make("session.permissions.locations.apply", Api.SessionPermissionsLocationsApplyParams, Api.PermissionLocationApplyResult)

/** Persists a tool approval for a permission location and applies its rules to this session's live permission service. */
export const SessionPermissionsLocationsAddToolApproval = Method.make("session.permissions.locations.addToolApproval", Api.SessionPermissionsLocationsAddToolApprovalParams, Api.PermissionsLocationsAddToolApprovalResult)

/** Reports whether a folder is trusted according to the user's folder trust state. */
export const SessionPermissionsFolderTrustIsTrusted = Method.make("session.permissions.folderTrust.isTrusted", Api.SessionPermissionsFolderTrustIsTrustedParams, Api.FolderTrustCheckResult)

/** Adds a folder to the user's trusted folders list. */
export const SessionPermissionsFolderTrustAddTrusted = Method.make("session.permissions.folderTrust.addTrusted", Api.SessionPermissionsFolderTrustAddTrustedParams, Api.PermissionsFolderTrustAddTrustedResult)

/** Toggles the runtime's URL-permission policy between unrestricted and restricted modes. */
export const SessionPermissionsUrlsSetUnrestrictedMode = Method.make("session.permissions.urls.setUnrestrictedMode", Api.SessionPermissionsUrlsSetUnrestrictedModeParams, Api.PermissionsUrlsSetUnrestrictedModeResult)

/** Emits a user-visible session log event. */
export const SessionLog = Method.make("session.log", Api.SessionLogParams, Api.LogResult)

/** Returns a snapshot of the session's identifying metadata, mode, agent, and remote info. */
export const SessionMetadataSnapshot = Method.make("session.metadata.snapshot", Api.SessionMetadataSnapshotParams, Api.SessionMetadataSnapshot)

/** Returns the client-owned string metadata persisted with this local session. The metadata is not included in model context, events, telemetry, snapshots, or remote exports. */
export const SessionMetadataGetClientMetadata = Method.make("session.metadata.getClientMetadata", Api.SessionMetadataGetClientMetadataParams, Api.ClientMetadata)

/** Atomically patches the client-owned string metadata persisted with this local session and returns the committed bag. */
export const SessionMetadataUpdateClientMetadata = Method.make("session.metadata.updateClientMetadata", Api.SessionMetadataUpdateClientMetadataParams, Api.ClientMetadata)

/** Reports whether the local session is currently processing user/agent messages. */
export const SessionMetadataIsProcessing = Method.make("session.metadata.isProcessing", Api.SessionMetadataIsProcessingParams, Api.MetadataIsProcessingResult)

/** Returns a snapshot of activity flags for the session. */
export const SessionMetadataActivity = Method.make("session.metadata.activity", Api.SessionMetadataActivityParams, Api.SessionActivity)

/** Returns the token breakdown for the session's current context window for a given model. */
export const SessionMetadataContextInfo = Method.make("session.metadata.contextInfo", Api.SessionMetadataContextInfoParams, Api.MetadataContextInfoResult)

/** Returns the experimental per-source attribution breakdown of the session's current context window as a flat list of entries (skills, subagents, MCP servers, built-in tools, plugin rollups, system/tool-definition costs, with nesting via parentId), plus the successful compaction count. The heaviest individual messages are available separately via `metadata.getContextHeaviestMessages`. Returns null until the session has initialized its system prompt and tool metadata. */
export const SessionMetadataGetContextAttribution = Method.make("session.metadata.getContextAttribution", Api.SessionMetadataGetContextAttributionParams, Api.MetadataContextAttributionResult)

/** Returns the largest individual messages currently in the session's context window, most-expensive first. Companion to `metadata.getContextAttribution`. Returns an empty list until the session has initialized. */
export const SessionMetadataGetContextHeaviestMessages = Method.make("session.metadata.getContextHeaviestMessages", Api.SessionMetadataGetContextHeaviestMessagesParams, Api.MetadataContextHeaviestMessagesResult)

/** Records a working-directory/git context change and emits a `session.context_changed` event. For a local session, a report whose `cwd` diverges from the session's current working directory is ignored (the call still succeeds but records nothing and emits no event): a local session's working directory is authoritative and is moved via `metadata.setWorkingDirectory` (or an SDK `session.resume` that supplies a `workingDirectory`), not by this method. */
export const SessionMetadataRecordContextChange = Method.make("session.metadata.recordContextChange", Api.SessionMetadataRecordContextChangeParams, Api.MetadataRecordContextChangeResult)

/** Updates the session's working directory. For local sessions the target is validated first (an absolute path that exists on disk) and the permission primary directory is re-based; a rejected validation fails the call before any session state changes. */
export const SessionMetadataSetWorkingDirectory = Method.make("session.metadata.setWorkingDirectory", Api.SessionMetadataSetWorkingDirectoryParams, Api.MetadataSetWorkingDirectoryResult)

/** Re-tokenizes the session's existing messages against a model and returns aggregate token totals. */
export const SessionMetadataRecomputeContextTokens = Method.make("session.metadata.recomputeContextTokens", Api.SessionMetadataRecomputeContextTokensParams, Api.MetadataRecomputeContextTokensResult)

/** Returns a redacted snapshot of session runtime settings, with secrets and raw feature flags excluded. Internal: the runtime settings shape is a runtime-internal surface and is deliberately kept out of the public SDK, because consumers should not depend on the runtime's internal settings layout. It remains callable in-process and is expected to be reworked as the runtime internals are consolidated. */
export const SessionSettingsSnapshot = Method.make("session.settings.snapshot", Api.SessionSettingsSnapshotParams, Api.SessionSettingsSnapshot)

/** Evaluates a named Rust-owned settings predicate without exposing raw feature flags. Internal: the raw feature-flag names and composition are runtime-internal, so this predicate-evaluation helper is kept out of the public SDK surface and is callable in-process only. */
export const SessionSettingsEvaluatePredicate = Method.make("session.settings.evaluatePredicate", Api.SessionSettingsEvaluatePredicateParams, Api.SessionSettingsEvaluatePredicateResult)

/** Checks local file system absolute paths within the session working directory against its content-exclusion policy. Results preserve input order. Unsupported paths/filesystems and unavailable policy evaluation return available false, and callers must treat every requested path as excluded. */
export const SessionContentExclusionCheckPaths = Method.make("session.contentExclusion.checkPaths", Api.SessionContentExclusionCheckPathsParams, Api.ContentExclusionCheckPathsResult)

/** Starts a shell command and streams output through session notifications. The command runs as the leader of its own process group (POSIX) or in a dedicated job object (Windows), so a forced termination — via "shell.kill", the request timeout, or session disposal — signals that whole group/job rather than only the direct child. Two gaps are worth planning for: a command that exits on its own does not trigger that teardown, and on POSIX a descendant that moves itself into a new session or process group (for example via "setsid") leaves the signalled group, so either can leave a background process running. */
export const SessionShellExec = Method.make("session.shell.exec", Api.SessionShellExecParams, Api.ShellExecResult)

/** Sends a signal to a shell process previously started via "shell.exec". The signal targets the command's whole process group (POSIX) or job object (Windows), so descendants still in that group are signalled too, not just the direct child. On POSIX a descendant that moved itself into a new session or process group (for example via "setsid") is no longer in the signalled group and survives. */
export const SessionShellKill = Method.make("session.shell.kill", Api.SessionShellKillParams, Api.ShellKillResult)

/** Executes a user-requested shell command through the session runtime. */
export const SessionShellExecuteUserRequested = Method.make("session.shell.executeUserRequested", Api.SessionShellExecuteUserRequestedParams, Api.UserRequestedShellCommandResult)

/** Cancels a user-requested shell command by request ID. */
export const SessionShellCancelUserRequested = Method.make("session.shell.cancelUserRequested", Api.SessionShellCancelUserRequestedParams, Api.CancelUserRequestedShellCommandResult)

/** Compacts the session history to reduce context usage. */
export const SessionHistoryCompact = Method.make("session.history.compact", Api.SessionHistoryCompactParams, Api.HistoryCompactResult)

/** Truncates persisted session history to a specific event. */
export const SessionHistoryTruncate = Method.make("session.history.truncate", Api.SessionHistoryTruncateParams, Api.HistoryTruncateResult)

/** Lists the user turns that the session can rewind to. Never rejects for a busy session: rewind reads need the session's file-change captures to be settled, so a session that still holds active work answers with `unavailableReason: "session-busy"` and no points, which the caller can retry. */
export const SessionHistoryListRewindPoints = Method.make("session.history.listRewindPoints", Api.SessionHistoryListRewindPointsParams, Api.HistoryListRewindPointsResult)

/** Previews the files that a conversation-and-files rewind would restore. */
export const SessionHistoryPreviewRewind = Method.make("session.history.previewRewind", Api.SessionHistoryPreviewRewindParams, Api.HistoryPreviewRewindResult)

/** Rewinds the session conversation, optionally restoring files changed by the discarded turns. Not crash-atomic: file restore and conversation truncation are separate stores, applied in that order, so a process crash between them can leave the workspace rewound while the conversation still contains the discarded turns. There is no recovery journal; re-running the same rewind is the recovery path for a crash before truncation lands, since file restore is idempotent (already-restored files are reported as skipped) and truncation is re-derived from the still-retained boundary event. After truncation lands that boundary no longer exists, so the same request is rejected; the only stage that can still be outstanding is snapshot pruning, whose failure leaves orphan snapshots the capture store tolerates. The reverse inconsistency cannot occur, because truncation is never applied before file restore succeeds. */
export const SessionHistoryRewind = Method.make("session.history.rewind", Api.SessionHistoryRewindParams, Api.HistoryRewindResult)

/** Cancels any in-progress background compaction on a local session. */
export const SessionHistoryCancelBackgroundCompaction = Method.make("session.history.cancelBackgroundCompaction", Api.SessionHistoryCancelBackgroundCompactionParams, Api.HistoryCancelBackgroundCompactionResult)

/** Aborts any in-progress manual compaction on a local session. */
export const SessionHistoryAbortManualCompaction = Method.make("session.history.abortManualCompaction", Api.SessionHistoryAbortManualCompactionParams, Api.HistoryAbortManualCompactionResult)

/** Produces a markdown summary of the session's conversation context for hand-off scenarios. */
export const SessionHistorySummarizeForHandoff = Method.make("session.history.summarizeForHandoff", Api.SessionHistorySummarizeForHandoffParams, Api.HistorySummarizeForHandoffResult)

/** Clears the session's conversation history, keeping only system and developer messages, and seeds the fresh context window with a first user message. Must be called from inside a tool handler: the clear has to drop the results of the tool calls its wipe orphans, and it rejects when no tool call is in flight. */
export const SessionHistoryClearContext = Method.make("session.history.clearContext", Api.SessionHistoryClearContextParams, Api.HistoryClearContextResult)

/** Returns the local session's pending user-facing queued items and steering messages. */
export const SessionQueuePendingItems = Method.make("session.queue.pendingItems", Api.SessionQueuePendingItemsParams, Api.QueuePendingItemsResult)

/** Returns the internal native queue snapshot for in-process session orchestration. */
export const SessionQueueSnapshot = Method.make("session.queue.snapshot", Api.SessionQueueSnapshotParams, Api.QueueSnapshotResult)

/** Moves an addressable queued item to a public visible position. */
export const SessionQueueMoveItem = Method.make("session.queue.moveItem", Api.SessionQueueMoveItemParams, Api.QueueMoveItemResult)

/** Inserts a new queued message at a public visible position. */
export const SessionQueueInsertAt = Method.make("session.queue.insertAt", Api.SessionQueueInsertAtParams, Api.QueueInsertAtResult)

/** Removes an addressable queued item by its stable id. */
export const SessionQueueRemoveAt = Method.make("session.queue.removeAt", Api.SessionQueueRemoveAtParams, Api.QueueRemoveAtResult)

/** Updates the text of an addressable single-message queue item. */
export const SessionQueueUpdateText = Method.make("session.queue.updateText", Api.SessionQueueUpdateTextParams, Api.QueueUpdateTextResult)

/** Duplicates an addressable queued item immediately after its source. */
export const SessionQueueDuplicateAt = Method.make("session.queue.duplicateAt", Api.SessionQueueDuplicateAtParams, Api.QueueDuplicateAtResult)

/** Acquires or releases the queued-lane drain pause. */
export const SessionQueueSetDrainPaused = Method.make("session.queue.setDrainPaused", Api.SessionQueueSetDrainPausedParams, Schema.Void)

/** Moves an addressable queued message into the live turn's steering lane. */
export const SessionQueueSendNow = Method.make("session.queue.sendNow", Api.SessionQueueSendNowParams, Api.QueueSendNowResult)

/** Reports whether the local session has native queued work pending. */
export const SessionQueueHasPending = Method.make("session.queue.hasPending", Api.SessionQueueHasPendingParams, Api.QueueHasPendingResult)

/** Begins a native deferred-idle drain when background work has quiesced. */
export const SessionQueueBeginDeferredIdleDrain = Method.make("session.queue.beginDeferredIdleDrain", Api.SessionQueueBeginDeferredIdleDrainParams, Api.QueueBeginDeferredIdleDrainResult)

/** Finishes a native deferred-idle drain and reports whether to drain queue work or emit idle. */
export const SessionQueueFinishDeferredIdleDrain = Method.make("session.queue.finishDeferredIdleDrain", Api.SessionQueueFinishDeferredIdleDrainParams, Api.QueueFinishDeferredIdleDrainResult)

/** Marks session.idle as deferred by native background work state. */
export const SessionQueueDeferSessionIdle = Method.make("session.queue.deferSessionIdle", Api.SessionQueueDeferSessionIdleParams, Schema.Void)

/** Removes the most recently queued user-facing item (LIFO). */
export const SessionQueueRemoveMostRecent = Method.make("session.queue.removeMostRecent", Api.SessionQueueRemoveMostRecentParams, Api.QueueRemoveMostRecentResult)

/** Clears all pending queued items on the local session. */
export const SessionQueueClear = Method.make("session.queue.clear", Api.SessionQueueClearParams, Schema.Void)

/** Consumes queued native system notifications matching an internal filter. */
export const SessionQueueConsumeSystemNotifications = Method.make("session.queue.consumeSystemNotifications", Api.SessionQueueConsumeSystemNotificationsParams, Api.QueueRemoveMostRecentResult)

/** Enqueues the internal resume-pending wake item when orphan handling needs a follow-up turn. */
export const SessionQueueEnqueueResumePending = Method.make("session.queue.enqueueResumePending", Api.SessionQueueEnqueueResumePendingParams, Api.QueueEnqueueResumePendingResult)

/** Drains the native local-session work queue for in-process session orchestration. */
export const SessionQueueProcess = Method.make("session.queue.process", Api.SessionQueueProcessParams, Schema.Void)

/** Reads a batch of session events from a cursor, optionally waiting for new events. Supports tail-first reads via `direction: backward`. */
export const SessionEventLogRead = Method.make("session.eventLog.read", Api.SessionEventLogReadParams, Api.EventsReadResult)

/** Returns a snapshot of the current tail cursor without consuming events. */
export const SessionEventLogTail = Method.make("session.eventLog.tail", Api.SessionEventLogTailParams, Api.EventLogTailResult)

/** Registers consumer interest in an event type for runtime gating purposes. */
export const SessionEventLogRegisterInterest = Method.make("session.eventLog.registerInterest", Api.SessionEventLogRegisterInterestParams, Api.RegisterEventInterestResult)

/** Releases a consumer's previously-registered interest in an event type. */
export const SessionEventLogReleaseInterest = Method.make("session.eventLog.releaseInterest", Api.SessionEventLogReleaseInterestParams, Api.EventLogReleaseInterestResult)

/** Gets accumulated usage metrics for the session. */
export const SessionUsageGetMetrics = Method.make("session.usage.getMetrics", Api.SessionUsageGetMetricsParams, Api.UsageGetMetricsResult)

/** Predicts an AI-credit session limit for the session's resolved model. Returns an unavailable result instead of falling back when the current model is unresolved auto. */
export const SessionLimitPredictionPredict = Method.make("session.limitPrediction.predict", Api.SessionLimitPredictionPredictParams, Api.SessionLimitPredictionResult)

/** Enables remote session export or steering. */
export const SessionRemoteEnable = Method.make("session.remote.enable", Api.SessionRemoteEnableParams, Api.RemoteEnableResult)

/** Disables remote session export and steering. */
export const SessionRemoteDisable = Method.make("session.remote.disable", Api.SessionRemoteDisableParams, Schema.Void)

/** Persists a remote-steerability change emitted by the host as a session event. */
export const SessionRemoteNotifySteerableChanged = Method.make("session.remote.notifySteerableChanged", Api.SessionRemoteNotifySteerableChangedParams, Api.RemoteNotifySteerableChangedResult)

/** Returns the session's current Mission Control sharing status and shareable GitHub URL. Reflects whether the synced session is visible to repository readers ("repo") or restricted to its creator and collaborators ("unshared"). */
export const SessionVisibilityGet = Method.make("session.visibility.get", Api.SessionVisibilityGetParams, Api.VisibilityGetResult)

/** Sets the session's Mission Control sharing status, controlling whether the synced session is visible to repository readers. Returns the effective status and shareable GitHub URL after the change. */
export const SessionVisibilitySet = Method.make("session.visibility.set", Api.SessionVisibilitySetParams, Api.VisibilitySetResult)

/** Lists the session's currently active scheduled prompts. */
export const SessionScheduleList = Method.make("session.schedule.list", Api.SessionScheduleListParams, Api.ScheduleList)

/** Hydrates the native schedule registry from persisted session events. */
export const SessionScheduleHydrate = Method.make("session.schedule.hydrate", Api.SessionScheduleHydrateParams, Schema.Void)

/** Reports whether the session has an active self-paced scheduled prompt. */
export const SessionScheduleHasSelfPaced = Method.make("session.schedule.hasSelfPaced", Api.SessionScheduleHasSelfPacedParams, Api.ScheduleHasSelfPacedResult)

/** Registers a relative-interval scheduled prompt. */
export const SessionScheduleAdd = Method.make("session.schedule.add", Api.SessionScheduleAddParams, Api.ScheduleAddResult)

/** Registers a recurring cron scheduled prompt. */
export const SessionScheduleAddCron = Method.make("session.schedule.addCron", Api.SessionScheduleAddCronParams, Api.ScheduleAddResult)

/** Registers an absolute-time scheduled prompt. */
export const SessionScheduleAddAt = Method.make("session.schedule.addAt", Api.SessionScheduleAddAtParams, Api.ScheduleAddResult)

/** Registers a self-paced scheduled prompt. */
export const SessionScheduleAddSelfPaced = Method.make("session.schedule.addSelfPaced", Api.SessionScheduleAddSelfPacedParams, Api.ScheduleAddResult)

/** Re-arms an active self-paced scheduled prompt. */
export const SessionScheduleRearmSelfPaced = Method.make("session.schedule.rearmSelfPaced", Api.SessionScheduleRearmSelfPacedParams, Api.ScheduleAddResult)

/** Removes a scheduled prompt by id. */
export const SessionScheduleStop = Method.make("session.schedule.stop", Api.SessionScheduleStopParams, Api.ScheduleStopResult)

// ---------------------------------------------------------------------------
// Client session methods: the runtime calls these on the SDK, for one session
// ---------------------------------------------------------------------------

/** Lists metadata for the skills supplied by this SDK session's provider. Internal transport plumbing behind the public session skill-provider API. */
export const SkillProviderList = Method.make("skillProvider.list", Api.SkillProviderListParams, Api.SkillProviderListResult)

/** Reads the current SKILL.md text for one skill supplied by this SDK session's provider. Internal transport plumbing behind the public session skill-provider API. */
export const SkillProviderRead = Method.make("skillProvider.read", Api.SkillProviderReadParams, Api.SkillProviderReadResult)

/** Asks the SDK client to get a bearer token for a BYOK provider whose config set `hasBearerTokenProvider: true`. Session-scoped: the runtime calls it back on the connection that most recently supplied that provider's config for the session (the creating connection, or a resuming connection if the session was resumed — distinct providers may be owned by different connections), passing the provider name, and uses the returned token as the Authorization header for the outbound model request. The runtime does no caching — it calls this once per outbound request; the SDK consumer owns token acquisition, caching, and refresh. */
export const ProviderTokenGetToken = Method.make("providerToken.getToken", Api.ProviderTokenGetTokenParams, Api.ProviderTokenAcquireResult)

/** Asks the owning extension connection to execute a registered factory closure. */
export const FactoryExecute = Method.make("factory.execute", Api.FactoryExecuteParams, Api.FactoryExecuteResult)

/** Asks the owning extension connection to abort a running factory cooperatively. */
export const FactoryAbort = Method.make("factory.abort", Api.FactoryAbortParams, Api.FactoryAckResult)

/** Asks the client currently bound to a client-owned session task to confirm that its external work stopped. */
export const TasksCancel = Method.make("tasks.cancel", Api.TasksCancelParams, Api.ClientTaskCancelResult)

/** Reads a file from the client-provided session filesystem. */
export const SessionFsReadFile = Method.make("sessionFs.readFile", Api.SessionFsReadFileParams, Api.SessionFsReadFileResult)

/** Writes a file in the client-provided session filesystem. */
export const SessionFsWriteFile = Method.make("sessionFs.writeFile", Api.SessionFsWriteFileParams, lazy(() => Schema.Union(Schema.Undefined, Api.SessionFsError, Schema.Null)))

/** Appends content to a file in the client-provided session filesystem, creating parent directories as needed. */
export const SessionFsAppendFile = Method.make("sessionFs.appendFile", Api.SessionFsAppendFileParams, lazy(() => Schema.Union(Schema.Undefined, Api.SessionFsError, Schema.Null)))

/** Checks whether a path exists in the client-provided session filesystem. */
export const SessionFsExists = Method.make("sessionFs.exists", Api.SessionFsExistsParams, Api.SessionFsExistsResult)

/** Gets metadata for a path in the client-provided session filesystem. */
export const SessionFsStat = Method.make("sessionFs.stat", Api.SessionFsStatParams, Api.SessionFsStatResult)

/** Creates a directory in the client-provided session filesystem. */
export const SessionFsMkdir = Method.make("sessionFs.mkdir", Api.SessionFsMkdirParams, lazy(() => Schema.Union(Schema.Undefined, Api.SessionFsError, Schema.Null)))

/** Lists entry names in a directory from the client-provided session filesystem. */
export const SessionFsReaddir = Method.make("sessionFs.readdir", Api.SessionFsReaddirParams, Api.SessionFsReaddirResult)

/** Lists directory entries with type information from the client-provided session filesystem. */
export const SessionFsReaddirWithTypes = Method.make("sessionFs.readdirWithTypes", Api.SessionFsReaddirWithTypesParams, Api.SessionFsReaddirWithTypesResult)

/** Removes a file or directory from the client-provided session filesystem. */
export const SessionFsRm = Method.make("sessionFs.rm", Api.SessionFsRmParams, lazy(() => Schema.Union(Schema.Undefined, Api.SessionFsError, Schema.Null)))

/** Renames or moves a path in the client-provided session filesystem. */
export const SessionFsRename = Method.make("sessionFs.rename", Api.SessionFsRenameParams, lazy(() => Schema.Union(Schema.Undefined, Api.SessionFsError, Schema.Null)))

/** Executes a SQLite query against the per-session database. Providers apply busy handling for every call. */
export const SessionFsSqliteQuery = Method.make("sessionFs.sqliteQuery", Api.SessionFsSqliteQueryParams, Api.SessionFsSqliteQueryResult)

/** Executes SQLite statements atomically on the provider-owned connection. */
export const SessionFsSqliteTransaction = Method.make("sessionFs.sqliteTransaction", Api.SessionFsSqliteTransactionParams, Api.SessionFsSqliteTransactionResult)

/** Checks whether the per-session SQLite database already exists, without creating it. */
export const SessionFsSqliteExists = Method.make("sessionFs.sqliteExists", Api.SessionFsSqliteExistsParams, Api.SessionFsSqliteExistsResult)

/** Opens a canvas instance on the provider. */
export const CanvasOpen = Method.make("canvas.open", Api.CanvasOpenParams, Api.CanvasProviderOpenResult)

/** Closes a canvas instance on the provider. */
export const CanvasClose = Method.make("canvas.close", Api.CanvasCloseParams, Schema.Void)

/** Invokes an action on an open canvas instance via the provider. */
export const CanvasActionInvoke = Method.make("canvas.action.invoke", Api.CanvasActionInvokeParams, Schema.Unknown)

// ---------------------------------------------------------------------------
// Client methods: the runtime calls these on the SDK
// ---------------------------------------------------------------------------

/** Dispatches one SDK callback hook from the runtime to the connection that registered it. Internal transport plumbing: clients opt in through session initialization and the Rust hook processor owns ordering, policy, timeout, and callback routing. */
export const HooksInvoke = Method.make("hooks.invoke", Api.HookInvokeRequest, Api.HookInvokeResponse)

/** Asks the registered SDK client to resolve an opaque process launch profile for one discovered extension entrypoint immediately before launch or reload. The provider must respond within 15 seconds. */
export const ExtensionLaunchProviderResolve = Method.make("extensionLaunchProvider.resolve", Api.ExtensionLaunchProviderResolveRequest, Api.ExtensionLaunchProviderResolveResult)

/** Announces an outbound model-layer HTTP request the runtime wants the SDK client to service. Carries the request head only; the body always follows as one or more httpRequestChunk frames keyed by the same requestId, even when the body is empty (a single chunk with end=true). */
export const LlmInferenceHttpRequestStart = Method.make("llmInference.httpRequestStart", Api.LlmInferenceHttpRequestStartRequest, Api.LlmInferenceHttpRequestStartResult)

/** Delivers a body byte range (or a cancellation signal) for a request previously announced via httpRequestStart, correlated by requestId. The runtime fires at least one chunk per request — when there is no body, a single chunk with empty data and end=true. Mid-stream the runtime may send a chunk with cancel=true to abort the request; the SDK then stops issuing httpResponseChunk frames and may emit a terminal httpResponseChunk with error set. */
export const LlmInferenceHttpRequestChunk = Method.make("llmInference.httpRequestChunk", Api.LlmInferenceHttpRequestChunkRequest, Api.LlmInferenceHttpRequestChunkResult)

/** Forwards a single GitHub telemetry event to a host connection that opted into telemetry forwarding during the `server.connect` handshake. Opted-in connections receive every event the runtime emits after the handshake — across all sessions, plus sessionless events (for example, `server.sendTelemetry` calls with no session id). */
export const GitHubTelemetryEvent = Method.notification("gitHubTelemetry.event", Api.GitHubTelemetryNotification)

/** Asks the SDK client to mint a GitHub access token for a session whose configuration supplied a GitHub token provider. The runtime acquires the initial token during bootstrap and refreshes it during expiry preflight when one hour or less remains. */
export const GitHubTokenGetToken = Method.make("gitHubToken.getToken", Api.GitHubTokenAcquireRequest, Api.GitHubTokenAcquireResult)

// ---------------------------------------------------------------------------
// Method tables: every method the SDK calls, by group and wire name
// ---------------------------------------------------------------------------

/** Every server method by its wire name. */
export const serverMethods = {
  "ping": Ping,
  "connect": Connect,
  "hooks.discover": HooksDiscover,
  "models.list": ModelsList,
  "models.getBuiltInCatalog": ModelsGetBuiltInCatalog,
  "tools.list": ToolsList,
  "account.getQuota": AccountGetQuota,
  "account.getCurrentAuth": AccountGetCurrentAuth,
  "account.getAllUsers": AccountGetAllUsers,
  "account.login": AccountLogin,
  "account.logout": AccountLogout,
  "secrets.addFilterValues": SecretsAddFilterValues,
  "mcp.config.list": McpConfigList,
  "mcp.config.add": McpConfigAdd,
  "mcp.config.update": McpConfigUpdate,
  "mcp.config.remove": McpConfigRemove,
  "mcp.config.enable": McpConfigEnable,
  "mcp.config.disable": McpConfigDisable,
  "mcp.config.reload": McpConfigReload,
  "mcp.discover": McpDiscover,
  "mcp.planInstall": McpPlanInstall,
  "extensions.discover": ExtensionsDiscover,
  "extensions.enable": ExtensionsEnable,
  "extensions.disable": ExtensionsDisable,
  "registerExtensionLaunchProvider": RegisterExtensionLaunchProvider,
  "catalog.search": CatalogSearch,
  "plugins.list": PluginsList,
  "plugins.install": PluginsInstall,
  "plugins.uninstall": PluginsUninstall,
  "plugins.update": PluginsUpdate,
  "plugins.updateAll": PluginsUpdateAll,
  "plugins.enable": PluginsEnable,
  "plugins.disable": PluginsDisable,
  "plugins.builtin.set": PluginsBuiltinSet,
  "plugins.marketplaces.list": PluginsMarketplacesList,
  "plugins.marketplaces.add": PluginsMarketplacesAdd,
  "plugins.marketplaces.remove": PluginsMarketplacesRemove,
  "plugins.marketplaces.browse": PluginsMarketplacesBrowse,
  "plugins.marketplaces.refresh": PluginsMarketplacesRefresh,
  "skills.config.setDisabledSkills": SkillsConfigSetDisabledSkills,
  "skills.config.setSkillDisabled": SkillsConfigSetSkillDisabled,
  "skills.discover": SkillsDiscover,
  "skills.getDiscoveryPaths": SkillsGetDiscoveryPaths,
  "agents.discover": AgentsDiscover,
  "agents.getDiscoveryPaths": AgentsGetDiscoveryPaths,
  "instructions.discover": InstructionsDiscover,
  "instructions.getDiscoveryPaths": InstructionsGetDiscoveryPaths,
  "commands.list": CommandsList,
  "user.settings.reload": UserSettingsReload,
  "user.settings.get": UserSettingsGet,
  "user.settings.set": UserSettingsSet,
  "managedSettings.read": ManagedSettingsRead,
  "managedSettings.clearCache": ManagedSettingsClearCache,
  "runtime.shutdown": RuntimeShutdown,
  "sessionFs.setProvider": SessionFsSetProvider,
  "llmInference.setProvider": LlmInferenceSetProvider,
  "llmInference.httpResponseStart": LlmInferenceHttpResponseStart,
  "llmInference.httpResponseChunk": LlmInferenceHttpResponseChunk,
  "sessions.open": SessionsOpen,
  "sessions.fork": SessionsFork,
  "sessions.connect": SessionsConnect,
  "sessions.list": SessionsList,
  "sessions.getMetadata": SessionsGetMetadata,
  "sessions.getClientMetadata": SessionsGetClientMetadata,
  "sessions.readPersistedEvents": SessionsReadPersistedEvents,
  "sessions.listNonEmptySessionIds": SessionsListNonEmptySessionIds,
  "sessions.findByTaskId": SessionsFindByTaskId,
  "sessions.findByPrefix": SessionsFindByPrefix,
  "sessions.getLastForContext": SessionsGetLastForContext,
  "sessions.getEventFilePath": SessionsGetEventFilePath,
  "sessions.getSizes": SessionsGetSizes,
  "sessions.checkInUse": SessionsCheckInUse,
  "sessions.getPersistedRemoteSteerable": SessionsGetPersistedRemoteSteerable,
  "sessions.close": SessionsClose,
  "sessions.bulkDelete": SessionsBulkDelete,
  "sessions.delete": SessionsDelete,
  "sessions.pruneOld": SessionsPruneOld,
  "sessions.save": SessionsSave,
  "sessions.releaseLock": SessionsReleaseLock,
  "sessions.enrichMetadata": SessionsEnrichMetadata,
  "sessions.reloadPluginHooks": SessionsReloadPluginHooks,
  "sessions.loadDeferredRepoHooks": SessionsLoadDeferredRepoHooks,
  "sessions.setAdditionalPlugins": SessionsSetAdditionalPlugins,
  "sessions.getBoardEntryCount": SessionsGetBoardEntryCount,
  "sessions.startRemoteControl": SessionsStartRemoteControl,
  "sessions.transferRemoteControl": SessionsTransferRemoteControl,
  "sessions.setRemoteControlSteering": SessionsSetRemoteControlSteering,
  "sessions.stopRemoteControl": SessionsStopRemoteControl,
  "sessions.getRemoteControlStatus": SessionsGetRemoteControlStatus,
  "sessions.configureSessionExtensions": SessionsConfigureSessionExtensions,
  "agentRegistry.spawn": AgentRegistrySpawn
} as const

/** A server method: the SDK calls it on the runtime, for no session in particular. */
export type ServerMethod = typeof serverMethods[keyof typeof serverMethods]

/** Every session method by its wire name. */
export const sessionMethods = {
  "session.suspend": SessionSuspend,
  "session.send": SessionSend,
  "session.sendMessages": SessionSendMessages,
  "session.sandbox.getEnforcementStatus": SessionSandboxGetEnforcementStatus,
  "session.sandbox.disableForSession": SessionSandboxDisableForSession,
  "session.sendSystemNotification": SessionSendSystemNotification,
  "session.abort": SessionAbort,
  "session.interruptMainTurn": SessionInterruptMainTurn,
  "session.cancelAllBackgroundAgents": SessionCancelAllBackgroundAgents,
  "session.shutdown": SessionShutdown,
  "session.gitHubAuth.getStatus": SessionGitHubAuthGetStatus,
  "session.gitHubAuth.setCredentials": SessionGitHubAuthSetCredentials,
  "session.gitHubAuth.getCurrentAuthInfo": SessionGitHubAuthGetCurrentAuthInfo,
  "session.gitHubAuth.getAllAuthAvailable": SessionGitHubAuthGetAllAuthAvailable,
  "session.gitHubAuth.refreshCopilotUser": SessionGitHubAuthRefreshCopilotUser,
  "session.gitHubAuth.login": SessionGitHubAuthLogin,
  "session.gitHubAuth.switchToAuth": SessionGitHubAuthSwitchToAuth,
  "session.gitHubAuth.logout": SessionGitHubAuthLogout,
  "session.gitHubAuth.logoutUser": SessionGitHubAuthLogoutUser,
  "session.gitHubAuth.lastAuthErrors": SessionGitHubAuthLastAuthErrors,
  "session.debug.collectLogs": SessionDebugCollectLogs,
  "session.canvas.list": SessionCanvasList,
  "session.canvas.listOpen": SessionCanvasListOpen,
  "session.canvas.open": SessionCanvasOpen,
  "session.canvas.close": SessionCanvasClose,
  "session.canvas.action.invoke": SessionCanvasActionInvoke,
  "session.canvas.provider.register": SessionCanvasProviderRegister,
  "session.canvas.provider.unregister": SessionCanvasProviderUnregister,
  "session.factory.run": SessionFactoryRun,
  "session.factory.resume": SessionFactoryResume,
  "session.factory.runFromTool": SessionFactoryRunFromTool,
  "session.factory.resumeFromTool": SessionFactoryResumeFromTool,
  "session.factory.getRun": SessionFactoryGetRun,
  "session.factory.listRuns": SessionFactoryListRuns,
  "session.factory.getRunDetail": SessionFactoryGetRunDetail,
  "session.factory.getRunProgress": SessionFactoryGetRunProgress,
  "session.factory.cancel": SessionFactoryCancel,
  "session.factory.pause": SessionFactoryPause,
  "session.factory.pauseAtCheckpoint": SessionFactoryPauseAtCheckpoint,
  "session.factory.log": SessionFactoryLog,
  "session.factory.agent": SessionFactoryAgent,
  "session.factory.journal.get": SessionFactoryJournalGet,
  "session.factory.journal.put": SessionFactoryJournalPut,
  "session.model.getCurrent": SessionModelGetCurrent,
  "session.model.switchTo": SessionModelSwitchTo,
  "session.model.switchAutoTier": SessionModelSwitchAutoTier,
  "session.model.applyStartupOverlay": SessionModelApplyStartupOverlay,
  "session.model.setAllowedModels": SessionModelSetAllowedModels,
  "session.model.setReasoningEffort": SessionModelSetReasoningEffort,
  "session.model.list": SessionModelList,
  "session.mode.get": SessionModeGet,
  "session.mode.set": SessionModeSet,
  "session.name.get": SessionNameGet,
  "session.name.set": SessionNameSet,
  "session.name.setAuto": SessionNameSetAuto,
  "session.plan.read": SessionPlanRead,
  "session.plan.update": SessionPlanUpdate,
  "session.plan.delete": SessionPlanDelete,
  "session.plan.readSqlTodos": SessionPlanReadSqlTodos,
  "session.plan.readSqlTodosWithDependencies": SessionPlanReadSqlTodosWithDependencies,
  "session.workspaces.getWorkspace": SessionWorkspacesGetWorkspace,
  "session.workspaces.updateMetadata": SessionWorkspacesUpdateMetadata,
  "session.workspaces.ensure": SessionWorkspacesEnsure,
  "session.workspaces.listFiles": SessionWorkspacesListFiles,
  "session.workspaces.readFile": SessionWorkspacesReadFile,
  "session.workspaces.createFile": SessionWorkspacesCreateFile,
  "session.workspaces.statFile": SessionWorkspacesStatFile,
  "session.workspaces.createDirectory": SessionWorkspacesCreateDirectory,
  "session.workspaces.removePath": SessionWorkspacesRemovePath,
  "session.workspaces.renamePath": SessionWorkspacesRenamePath,
  "session.workspaces.listCheckpoints": SessionWorkspacesListCheckpoints,
  "session.workspaces.readCheckpoint": SessionWorkspacesReadCheckpoint,
  "session.workspaces.addSummary": SessionWorkspacesAddSummary,
  "session.workspaces.truncateSummaries": SessionWorkspacesTruncateSummaries,
  "session.workspaces.readAutopilotObjective": SessionWorkspacesReadAutopilotObjective,
  "session.workspaces.writeAutopilotObjective": SessionWorkspacesWriteAutopilotObjective,
  "session.workspaces.deleteAutopilotObjective": SessionWorkspacesDeleteAutopilotObjective,
  "session.workspaces.autopilotObjectiveExists": SessionWorkspacesAutopilotObjectiveExists,
  "session.workspaces.saveLargePaste": SessionWorkspacesSaveLargePaste,
  "session.workspaces.diff": SessionWorkspacesDiff,
  "session.autopilotObjective.getState": SessionAutopilotObjectiveGetState,
  "session.completions.getTriggerCharacters": SessionCompletionsGetTriggerCharacters,
  "session.completions.request": SessionCompletionsRequest,
  "session.instructions.getSources": SessionInstructionsGetSources,
  "session.fleet.start": SessionFleetStart,
  "session.agent.list": SessionAgentList,
  "session.agent.setPrompt": SessionAgentSetPrompt,
  "session.agent.getCurrent": SessionAgentGetCurrent,
  "session.agent.select": SessionAgentSelect,
  "session.agent.deselect": SessionAgentDeselect,
  "session.agent.reload": SessionAgentReload,
  "session.tasks.startAgent": SessionTasksStartAgent,
  "session.tasks.list": SessionTasksList,
  "session.tasks.register": SessionTasksRegister,
  "session.tasks.update": SessionTasksUpdate,
  "session.tasks.refresh": SessionTasksRefresh,
  "session.tasks.waitForPending": SessionTasksWaitForPending,
  "session.tasks.getProgress": SessionTasksGetProgress,
  "session.tasks.getCurrentPromotable": SessionTasksGetCurrentPromotable,
  "session.tasks.promoteToBackground": SessionTasksPromoteToBackground,
  "session.tasks.promoteCurrentToBackground": SessionTasksPromoteCurrentToBackground,
  "session.tasks.cancel": SessionTasksCancel,
  "session.tasks.remove": SessionTasksRemove,
  "session.tasks.sendMessage": SessionTasksSendMessage,
  "session.skills.list": SessionSkillsList,
  "session.skills.getInvoked": SessionSkillsGetInvoked,
  "session.skills.enable": SessionSkillsEnable,
  "session.skills.disable": SessionSkillsDisable,
  "session.skills.reload": SessionSkillsReload,
  "session.skills.ensureLoaded": SessionSkillsEnsureLoaded,
  "session.mcp.list": SessionMcpList,
  "session.mcp.listTools": SessionMcpListTools,
  "session.mcp.enable": SessionMcpEnable,
  "session.mcp.disable": SessionMcpDisable,
  "session.mcp.reload": SessionMcpReload,
  "session.mcp.moveLoadingToBackground": SessionMcpMoveLoadingToBackground,
  "session.mcp.reloadWithConfig": SessionMcpReloadWithConfig,
  "session.mcp.executeSampling": SessionMcpExecuteSampling,
  "session.mcp.cancelSamplingExecution": SessionMcpCancelSamplingExecution,
  "session.mcp.setEnvValueMode": SessionMcpSetEnvValueMode,
  "session.mcp.removeGitHub": SessionMcpRemoveGitHub,
  "session.mcp.configureGitHub": SessionMcpConfigureGitHub,
  "session.mcp.startServer": SessionMcpStartServer,
  "session.mcp.restartServer": SessionMcpRestartServer,
  "session.mcp.stopServer": SessionMcpStopServer,
  "session.mcp.registerExternalClient": SessionMcpRegisterExternalClient,
  "session.mcp.unregisterExternalClient": SessionMcpUnregisterExternalClient,
  "session.mcp.isServerRunning": SessionMcpIsServerRunning,
  "session.mcp.oauth.handlePendingRequest": SessionMcpOauthHandlePendingRequest,
  "session.mcp.oauth.authenticationStateChanged": SessionMcpOauthAuthenticationStateChanged,
  "session.mcp.oauth.login": SessionMcpOauthLogin,
  "session.mcp.oauth.probe": SessionMcpOauthProbe,
  "session.mcp.oauth.respond": SessionMcpOauthRespond,
  "session.mcp.headers.handlePendingHeadersRefreshRequest": SessionMcpHeadersHandlePendingHeadersRefreshRequest,
  "session.mcp.apps.readResource": SessionMcpAppsReadResource,
  "session.mcp.apps.listTools": SessionMcpAppsListTools,
  "session.mcp.apps.callTool": SessionMcpAppsCallTool,
  "session.mcp.apps.setHostContext": SessionMcpAppsSetHostContext,
  "session.mcp.apps.getHostContext": SessionMcpAppsGetHostContext,
  "session.mcp.apps.diagnose": SessionMcpAppsDiagnose,
  "session.mcp.resources.read": SessionMcpResourcesRead,
  "session.mcp.resources.list": SessionMcpResourcesList,
  "session.mcp.resources.listTemplates": SessionMcpResourcesListTemplates,
  "session.plugins.list": SessionPluginsList,
  "session.plugins.reload": SessionPluginsReload,
  "session.provider.getEndpoint": SessionProviderGetEndpoint,
  "session.provider.add": SessionProviderAdd,
  "session.options.update": SessionOptionsUpdate,
  "session.lsp.initialize": SessionLspInitialize,
  "session.extensions.list": SessionExtensionsList,
  "session.extensions.enable": SessionExtensionsEnable,
  "session.extensions.disable": SessionExtensionsDisable,
  "session.extensions.reload": SessionExtensionsReload,
  "session.extensions.sendAttachmentsToMessage": SessionExtensionsSendAttachmentsToMessage,
  "session.tools.execute": SessionToolsExecute,
  "session.tools.getBuiltinDescriptors": SessionToolsGetBuiltinDescriptors,
  "session.tools.taskCompleteEventData": SessionToolsTaskCompleteEventData,
  "session.tools.handlePendingToolCall": SessionToolsHandlePendingToolCall,
  "session.tools.initializeAndValidate": SessionToolsInitializeAndValidate,
  "session.tools.getCurrentMetadata": SessionToolsGetCurrentMetadata,
  "session.tools.set": SessionToolsSet,
  "session.tools.updateSubagentSettings": SessionToolsUpdateSubagentSettings,
  "session.commands.list": SessionCommandsList,
  "session.commands.invoke": SessionCommandsInvoke,
  "session.commands.finalizeInvocationEffect": SessionCommandsFinalizeInvocationEffect,
  "session.commands.handlePendingCommand": SessionCommandsHandlePendingCommand,
  "session.commands.execute": SessionCommandsExecute,
  "session.commands.enqueue": SessionCommandsEnqueue,
  "session.commands.respondToQueuedCommand": SessionCommandsRespondToQueuedCommand,
  "session.telemetry.getEngagementId": SessionTelemetryGetEngagementId,
  "session.telemetry.setFeatureOverrides": SessionTelemetrySetFeatureOverrides,
  "session.ui.ephemeralQuery": SessionUiEphemeralQuery,
  "session.ui.elicitation": SessionUiElicitation,
  "session.ui.handlePendingElicitation": SessionUiHandlePendingElicitation,
  "session.ui.handlePendingUserInput": SessionUiHandlePendingUserInput,
  "session.ui.handlePendingSampling": SessionUiHandlePendingSampling,
  "session.ui.handlePendingAutoModeSwitch": SessionUiHandlePendingAutoModeSwitch,
  "session.ui.handlePendingSessionLimitsExhausted": SessionUiHandlePendingSessionLimitsExhausted,
  "session.ui.handlePendingExitPlanMode": SessionUiHandlePendingExitPlanMode,
  "session.ui.registerDirectAutoModeSwitchHandler": SessionUiRegisterDirectAutoModeSwitchHandler,
  "session.ui.unregisterDirectAutoModeSwitchHandler": SessionUiUnregisterDirectAutoModeSwitchHandler,
  "session.permissions.configure": SessionPermissionsConfigure,
  "session.permissions.handlePendingPermissionRequest": SessionPermissionsHandlePendingPermissionRequest,
  "session.permissions.pendingRequests": SessionPermissionsPendingRequests,
  "session.permissions.setApproveAll": SessionPermissionsSetApproveAll,
  "session.permissions.setMode": SessionPermissionsSetMode,
  "session.permissions.getMode": SessionPermissionsGetMode,
  "session.permissions.modifyRules": SessionPermissionsModifyRules,
  "session.permissions.setRequired": SessionPermissionsSetRequired,
  "session.permissions.resetSessionApprovals": SessionPermissionsResetSessionApprovals,
  "session.permissions.notifyPromptShown": SessionPermissionsNotifyPromptShown,
  "session.permissions.paths.list": SessionPermissionsPathsList,
  "session.permissions.paths.add": SessionPermissionsPathsAdd,
  "session.permissions.paths.updatePrimary": SessionPermissionsPathsUpdatePrimary,
  "session.permissions.paths.isPathWithinAllowedDirectories": SessionPermissionsPathsIsPathWithinAllowedDirectories,
  "session.permissions.paths.isPathWithinWorkspace": SessionPermissionsPathsIsPathWithinWorkspace,
  "session.permissions.locations.resolve": SessionPermissionsLocationsResolve,
  "session.permissions.locations.apply": SessionPermissionsLocationsApply,
  "session.permissions.locations.addToolApproval": SessionPermissionsLocationsAddToolApproval,
  "session.permissions.folderTrust.isTrusted": SessionPermissionsFolderTrustIsTrusted,
  "session.permissions.folderTrust.addTrusted": SessionPermissionsFolderTrustAddTrusted,
  "session.permissions.urls.setUnrestrictedMode": SessionPermissionsUrlsSetUnrestrictedMode,
  "session.log": SessionLog,
  "session.metadata.snapshot": SessionMetadataSnapshot,
  "session.metadata.getClientMetadata": SessionMetadataGetClientMetadata,
  "session.metadata.updateClientMetadata": SessionMetadataUpdateClientMetadata,
  "session.metadata.isProcessing": SessionMetadataIsProcessing,
  "session.metadata.activity": SessionMetadataActivity,
  "session.metadata.contextInfo": SessionMetadataContextInfo,
  "session.metadata.getContextAttribution": SessionMetadataGetContextAttribution,
  "session.metadata.getContextHeaviestMessages": SessionMetadataGetContextHeaviestMessages,
  "session.metadata.recordContextChange": SessionMetadataRecordContextChange,
  "session.metadata.setWorkingDirectory": SessionMetadataSetWorkingDirectory,
  "session.metadata.recomputeContextTokens": SessionMetadataRecomputeContextTokens,
  "session.settings.snapshot": SessionSettingsSnapshot,
  "session.settings.evaluatePredicate": SessionSettingsEvaluatePredicate,
  "session.contentExclusion.checkPaths": SessionContentExclusionCheckPaths,
  "session.shell.exec": SessionShellExec,
  "session.shell.kill": SessionShellKill,
  "session.shell.executeUserRequested": SessionShellExecuteUserRequested,
  "session.shell.cancelUserRequested": SessionShellCancelUserRequested,
  "session.history.compact": SessionHistoryCompact,
  "session.history.truncate": SessionHistoryTruncate,
  "session.history.listRewindPoints": SessionHistoryListRewindPoints,
  "session.history.previewRewind": SessionHistoryPreviewRewind,
  "session.history.rewind": SessionHistoryRewind,
  "session.history.cancelBackgroundCompaction": SessionHistoryCancelBackgroundCompaction,
  "session.history.abortManualCompaction": SessionHistoryAbortManualCompaction,
  "session.history.summarizeForHandoff": SessionHistorySummarizeForHandoff,
  "session.history.clearContext": SessionHistoryClearContext,
  "session.queue.pendingItems": SessionQueuePendingItems,
  "session.queue.snapshot": SessionQueueSnapshot,
  "session.queue.moveItem": SessionQueueMoveItem,
  "session.queue.insertAt": SessionQueueInsertAt,
  "session.queue.removeAt": SessionQueueRemoveAt,
  "session.queue.updateText": SessionQueueUpdateText,
  "session.queue.duplicateAt": SessionQueueDuplicateAt,
  "session.queue.setDrainPaused": SessionQueueSetDrainPaused,
  "session.queue.sendNow": SessionQueueSendNow,
  "session.queue.hasPending": SessionQueueHasPending,
  "session.queue.beginDeferredIdleDrain": SessionQueueBeginDeferredIdleDrain,
  "session.queue.finishDeferredIdleDrain": SessionQueueFinishDeferredIdleDrain,
  "session.queue.deferSessionIdle": SessionQueueDeferSessionIdle,
  "session.queue.removeMostRecent": SessionQueueRemoveMostRecent,
  "session.queue.clear": SessionQueueClear,
  "session.queue.consumeSystemNotifications": SessionQueueConsumeSystemNotifications,
  "session.queue.enqueueResumePending": SessionQueueEnqueueResumePending,
  "session.queue.process": SessionQueueProcess,
  "session.eventLog.read": SessionEventLogRead,
  "session.eventLog.tail": SessionEventLogTail,
  "session.eventLog.registerInterest": SessionEventLogRegisterInterest,
  "session.eventLog.releaseInterest": SessionEventLogReleaseInterest,
  "session.usage.getMetrics": SessionUsageGetMetrics,
  "session.limitPrediction.predict": SessionLimitPredictionPredict,
  "session.remote.enable": SessionRemoteEnable,
  "session.remote.disable": SessionRemoteDisable,
  "session.remote.notifySteerableChanged": SessionRemoteNotifySteerableChanged,
  "session.visibility.get": SessionVisibilityGet,
  "session.visibility.set": SessionVisibilitySet,
  "session.schedule.list": SessionScheduleList,
  "session.schedule.hydrate": SessionScheduleHydrate,
  "session.schedule.hasSelfPaced": SessionScheduleHasSelfPaced,
  "session.schedule.add": SessionScheduleAdd,
  "session.schedule.addCron": SessionScheduleAddCron,
  "session.schedule.addAt": SessionScheduleAddAt,
  "session.schedule.addSelfPaced": SessionScheduleAddSelfPaced,
  "session.schedule.rearmSelfPaced": SessionScheduleRearmSelfPaced,
  "session.schedule.stop": SessionScheduleStop
} as const

/** A session method: the SDK calls it on the runtime for one session, named by its `sessionId`. */
export type SessionMethod = typeof sessionMethods[keyof typeof sessionMethods]
