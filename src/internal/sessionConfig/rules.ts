/**
 * The rules of a session config: the shape check (every key an option, every
 * value of its option's type, before anything reads the config), the rules
 * beyond the Schemas (names that must be unique or well-formed, URLs that
 * must be absolute, options that only make sense together; each broken rule
 * is one sentence saying what to change), and the client mode's rules and
 * defaults. The public `SessionConfig` module re-exports the entry points.
 *
 * @internal
 */
import { Duration, Effect, Either, Option, Predicate, Schema } from "effect"
import * as Canvas from "../canvas.js"
import * as Commands from "../commands.js"
import { InvalidConfig } from "../errors.js"
import * as Handlers from "../handlers.js"
import * as Hooks from "../hooks.js"
import * as Tool from "../tool.js"
import * as ToolSet from "../toolSet.js"
import * as ConfigIssues from "../configIssues.js"
import type {
  McpServerConfig,
  ProviderModelConfig,
  ResumeSessionConfig,
  SessionConfig,
  SessionHandlers,
  SystemMessageConfig,
  TokenSources,
  ToolFilter
} from "./options.js"
import { schemas } from "./schemas.js"

const opt = Schema.optional

// ---------------------------------------------------------------------------
// Rules beyond the Schemas. They run after the shape check, so every field
// read here has its type.
// ---------------------------------------------------------------------------
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
export const resolveToolFilters = (config: {
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
export const transformedSections = <R>(transforms: Handlers.SectionTransforms<R> | undefined): ReadonlyArray<string> =>
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

export const invalid = (message: string) => new InvalidConfig({ message })

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

const handlerShapeFields = () => ({
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
})

const buildShapes = () => {
  const { ResumeSessionOptions, SessionOptions, createOnlyFields, resumeOnlyFields } = schemas()
  const fields = handlerShapeFields()
  const CreateShape = Schema.Struct({ ...SessionOptions.fields, ...fields })
  const ResumeShape = Schema.Struct({ ...ResumeSessionOptions.fields, ...fields })
  return {
    create: shapeProblems(CreateShape, "session config", Object.keys(resumeOnlyFields), "CopilotSession.resume"),
    resume: shapeProblems(ResumeShape, "resume config", Object.keys(createOnlyFields), "CopilotSession.create")
  }
}

let shapes: ReturnType<typeof buildShapes> | undefined

/** The problems of a config's shape, for create (and cloud) and for resume; the Schemas are built on first use. */
const createShapeProblems = (config: unknown) => (shapes ??= buildShapes()).create(config)
const resumeShapeProblems = (config: unknown) => (shapes ??= buildShapes()).resume(config)

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
  schema: Schema.Schema.AnyNoContext,
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


/**
 * Checks that every key of a config is an option and every value has its
 * option's type, before anything reads the config. Fails with one
 * `InvalidConfig` naming each field (and, for a misspelt key, the option it
 * is likely meant to be). {@link validate} and {@link toCreateParams} run it
 * first; use it alone for configs from untyped sources (JSON, YAML).
 *
 * @example
 * ```ts
 * SessionConfig.checkShape(JSON.parse(`{"modle":"gpt-5"}`))
 * // fails: invalid session config: "modle" is not a session config option: did you mean "model"?
 * ```
 */
export const checkShape = (config: unknown): Effect.Effect<void, InvalidConfig> => report(createShapeProblems(config))

/**
 * {@link checkShape} for the config of `CopilotSession.resume`.
 *
 * @example
 * ```ts
 * SessionConfig.checkResumeShape(JSON.parse(`{"openCanvases":"none"}`))
 * // fails: invalid session config: "openCanvases" is the string "none"; expected an array.
 * ```
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
 * SessionConfig.validate({ mcpServers: { git: { command: "" } } })
 * // fails: invalid session config: MCP server "git" has an empty "command": set the executable that starts the server.
 * ```
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
 * SessionConfig.validateCloud({ cloud: { repository: { owner: "octo", name: "app" } } }) // succeeds
 * ```
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
 * SessionConfig.validateResume({ suppressResumeEvent: true }) // succeeds
 * ```
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
 * SessionConfig.validateForMode({}, "empty")
 * // fails: invalid session config: the client is in mode "empty", so the session must name its tools: set "availableTools" ...
 * ```
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
 * SessionConfig.withModeDefaults({ systemMessage: { content: "Be brief." } }, "empty")
 * // { systemMessage: { mode: "customize", sections: { environment_context: { action: "remove" } }, content: "Be brief." },
 * //   customAgentsLocalOnly: true }
 * ```
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
