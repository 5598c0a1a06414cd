/**
 * The rules a session config must follow beyond its Schemas: names that must
 * be unique or well-formed, URLs that must be absolute, options that only
 * make sense together. Each broken rule is one sentence saying what to
 * change. They run after the shape check, so every field read here has its
 * type.
 *
 * @internal
 */
import { Either, Predicate, Schema } from "effect"
import * as Handlers from "../Handlers.js"
import type { McpServerConfig, ResumeSessionConfig, SessionConfig } from "../SessionConfig.js"
import * as Tool from "../Tool.js"

/** Why transforms and a replaced system message do not go together. */
export const transformsWithReplace =
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

const checkToolFilter = (field: string, list: ReadonlyArray<string> | undefined, problems: Array<string>) => {
  if (list === undefined) return
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

/** The broken rules that apply to every kind of config (create, cloud, resume). */
export const commonProblems = <R>(config: ResumeSessionConfig<R> | SessionConfig<R>): Array<string> => {
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
  checkToolFilter("availableTools", config.availableTools, problems)
  checkToolFilter("excludedTools", config.excludedTools, problems)

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
export const transformedSections = <R>(transforms: Handlers.SectionTransforms<R> | undefined): ReadonlyArray<string> =>
  transforms === undefined
    ? []
    : Object.entries(transforms).flatMap(([section, f]) => Predicate.isFunction(f) ? [section] : [])

/** The broken rules of a config for `createSession`. */
export const createProblems = <R>(config: SessionConfig<R>): ReadonlyArray<string> => {
  const problems = commonProblems(config)
  if (config.cloud !== undefined) {
    problems.unshift(`"cloud" is set: cloud sessions are created with createCloudSession; remove "cloud" or use createCloudSession.`)
  }
  if (config.sessionId !== undefined && config.sessionId.trim() === "") {
    problems.push(`"sessionId" is empty: omit it to get a generated id, or pass a non-empty one.`)
  }
  return problems
}

/** The broken rules of a config for `createCloudSession`. */
export const cloudProblems = <R>(config: SessionConfig<R>): ReadonlyArray<string> => {
  const problems = commonProblems(config)
  if (config.cloud === undefined) {
    problems.unshift(
      `"cloud" is missing: a cloud session needs it (e.g. { cloud: { repository: { owner, name } } }); for a local session use createSession.`
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
    problems.push(`"provider" (bring your own key) is not available for cloud sessions: remove it, or use createSession.`)
  }
  return problems
}
