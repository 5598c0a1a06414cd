/**
 * The server-scoped API over a protocol peer: `call` for any server method
 * and the namespaces of {@link ServerApi.ServerApi}. Each entry is one call
 * of one generated method; the params go to the runtime as given.
 *
 * @internal
 */
import { Methods } from "../generated/Methods.js"
import type * as ServerApi from "./serverApiTypes.js"
import type * as Method from "./jsonrpc/Method.js"
import type * as Protocol from "./jsonrpc/Protocol.js"

/** Whether the session group declares a method of this name (the session fills in its own id). */
export const isSessionMethod = (method: Method.AnyMethod): boolean => Object.hasOwn(Methods.sessionMethods, method.name)

/**
 * The params a session's `call` sends: a session method's params with the
 * session's id, any other method's params as the caller gave them.
 */
export const sessionCallParams = <M extends Method.AnyMethod>(
  method: M,
  params: ServerApi.SessionCallParams<M>,
  sessionId: string
): Method.Params<M> =>
  // Both branches are what the conditional type says they are; TypeScript
  // cannot narrow a conditional type on a value it checks at run time.
  (isSessionMethod(method) ? { ...params, sessionId } : params) as Method.Params<M>

/** The server-scoped API on one protocol peer. */
export const make = (protocol: Protocol.Protocol): ServerApi.ServerApi => {
  // A method the runtime does not serve fails with MethodNotServed, from the protocol.
  const run = <M extends Methods.ServerMethod>(method: M, params: Method.Params<M>) => protocol.call(method, params)
  const M = Methods
  return {
    call: run,
    account: {
      getQuota: (params = {}) => run(M.AccountGetQuota, params),
      getCurrentAuth: run(M.AccountGetCurrentAuth, {}),
      getAllUsers: run(M.AccountGetAllUsers, {}),
      login: (params) => run(M.AccountLogin, params),
      logout: (params = {}) => run(M.AccountLogout, params)
    },
    sessions: {
      fork: (params) => run(M.SessionsFork, params),
      connect: (params) => run(M.SessionsConnect, params),
      open: (params) => run(M.SessionsOpen, params),
      list: (params = {}) => run(M.SessionsList, params),
      getMetadata: (params) => run(M.SessionsGetMetadata, params),
      getClientMetadata: (params) => run(M.SessionsGetClientMetadata, params),
      readPersistedEvents: (params) => run(M.SessionsReadPersistedEvents, params),
      listNonEmptySessionIds: (params = {}) => run(M.SessionsListNonEmptySessionIds, params),
      findByTaskId: (params) => run(M.SessionsFindByTaskId, params),
      findByPrefix: (params) => run(M.SessionsFindByPrefix, params),
      getLastForContext: (params = {}) => run(M.SessionsGetLastForContext, params),
      getSizes: run(M.SessionsGetSizes, {}),
      checkInUse: (params) => run(M.SessionsCheckInUse, params),
      close: (params) => run(M.SessionsClose, params),
      bulkDelete: (params) => run(M.SessionsBulkDelete, params),
      delete: (params) => run(M.SessionsDelete, params),
      pruneOld: (params) => run(M.SessionsPruneOld, params),
      save: (params) => run(M.SessionsSave, params),
      releaseLock: (params) => run(M.SessionsReleaseLock, params),
      enrichMetadata: (params) => run(M.SessionsEnrichMetadata, params),
      reloadPluginHooks: (params) => run(M.SessionsReloadPluginHooks, params),
      loadDeferredRepoHooks: (params) => run(M.SessionsLoadDeferredRepoHooks, params),
      setAdditionalPlugins: (params) => run(M.SessionsSetAdditionalPlugins, params),
      remoteControl: {
        start: (params) => run(M.SessionsStartRemoteControl, params),
        transfer: (params) => run(M.SessionsTransferRemoteControl, params),
        setSteering: (params) => run(M.SessionsSetRemoteControlSteering, params),
        stop: (params = {}) => run(M.SessionsStopRemoteControl, params),
        status: run(M.SessionsGetRemoteControlStatus, {})
      }
    },
    mcp: {
      discover: (params = {}) => run(M.McpDiscover, params),
      config: {
        list: run(M.McpConfigList, {}),
        add: (params) => run(M.McpConfigAdd, params),
        update: (params) => run(M.McpConfigUpdate, params),
        remove: (params) => run(M.McpConfigRemove, params),
        enable: (params) => run(M.McpConfigEnable, params),
        disable: (params) => run(M.McpConfigDisable, params),
        reload: run(M.McpConfigReload, {})
      }
    },
    skills: {
      discover: (params = {}) => run(M.SkillsDiscover, params),
      getDiscoveryPaths: (params = {}) => run(M.SkillsGetDiscoveryPaths, params),
      config: {
        setDisabledSkills: (params) => run(M.SkillsConfigSetDisabledSkills, params),
        setSkillDisabled: (params) => run(M.SkillsConfigSetSkillDisabled, params)
      }
    },
    agents: {
      discover: (params = {}) => run(M.AgentsDiscover, params),
      getDiscoveryPaths: (params = {}) => run(M.AgentsGetDiscoveryPaths, params)
    },
    instructions: {
      discover: (params = {}) => run(M.InstructionsDiscover, params),
      getDiscoveryPaths: (params = {}) => run(M.InstructionsGetDiscoveryPaths, params)
    },
    plugins: {
      list: run(M.PluginsList, {}),
      install: (params) => run(M.PluginsInstall, params),
      uninstall: (params) => run(M.PluginsUninstall, params),
      update: (params) => run(M.PluginsUpdate, params),
      updateAll: run(M.PluginsUpdateAll, {}),
      enable: (params) => run(M.PluginsEnable, params),
      disable: (params) => run(M.PluginsDisable, params),
      builtin: { set: (params) => run(M.PluginsBuiltinSet, params) },
      marketplaces: {
        list: run(M.PluginsMarketplacesList, {}),
        add: (params) => run(M.PluginsMarketplacesAdd, params),
        remove: (params) => run(M.PluginsMarketplacesRemove, params),
        browse: (params) => run(M.PluginsMarketplacesBrowse, params),
        refresh: (params = {}) => run(M.PluginsMarketplacesRefresh, params)
      }
    },
    extensions: {
      discover: run(M.ExtensionsDiscover, {}),
      enable: (params) => run(M.ExtensionsEnable, params),
      disable: (params) => run(M.ExtensionsDisable, params)
    },
    user: {
      settings: {
        get: run(M.UserSettingsGet, {}),
        set: (params) => run(M.UserSettingsSet, params),
        reload: run(M.UserSettingsReload, {})
      }
    },
    tools: { list: (params = {}) => run(M.ToolsList, params) },
    models: { getBuiltInCatalog: run(M.ModelsGetBuiltInCatalog, {}) },
    commands: { list: run(M.CommandsList, {}) },
    hooks: { discover: (params = {}) => run(M.HooksDiscover, params) },
    managedSettings: {
      read: run(M.ManagedSettingsRead, {}),
      clearCache: run(M.ManagedSettingsClearCache, {})
    },
    secrets: { addFilterValues: (params) => run(M.SecretsAddFilterValues, params) },
    runtime: { shutdown: run(M.RuntimeShutdown, {}) }
  }
}
