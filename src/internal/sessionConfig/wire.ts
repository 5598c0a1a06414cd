/**
 * The encoding of a session config to the params of `session.create` and
 * `session.resume`: the data encoded by its Schemas (secrets revealed,
 * renamed fields), token providers replaced by flags, tools, canvases and
 * commands as their declarations, the capability flags of the handlers
 * given, and fields the config leaves absent left absent. The wire Schemas
 * are built when first used.
 *
 * An option forwarded on create and resume needs nothing here: it travels
 * with `commonDataFields` (`./schemas.ts`).
 *
 * @internal
 */
import { Effect, Either, ParseResult, Predicate, Schema } from "effect"
import * as Canvas from "../canvas.js"
import * as Commands from "../commands.js"
import type { InvalidConfig } from "../errors.js"
import type * as Handlers from "../handlers.js"
import * as Hooks from "../hooks.js"
import * as Tool from "../tool.js"
import type {
  NamedProviderConfig,
  ProviderConfig,
  ResumeSessionConfig,
  SectionOverride,
  SessionConfig,
  SessionHandlers,
  SystemMessageConfig,
  TokenProvider,
  TokenSources,
  ToolFilter,
  WireSystemMessageConfig
} from "./options.js"
import { checkResumeShape, checkShape, invalid, resolveToolFilters, transformedSections, transformsWithReplace } from "./rules.js"
import { schemas } from "./schemas.js"

const opt = Schema.optional

/** The name the runtime gives the one whole-session `provider`. */
export const DEFAULT_PROVIDER_NAME = "default"

const build = () => {
  const { commonDataFields, createOnlyFields, providerConnectionFields, providerModelFields, resumeOnlyFields } = schemas()

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

  const wireExtraFields = {
    systemMessage: opt(schemas().WireSystemMessageConfig),
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

  /** The params of `session.create`, JSON-ready. */
  const SessionCreateParams = Schema.extend(
    Schema.encodedSchema(CreateWireData),
    Schema.Struct({ sessionId: opt(Schema.String), ...wireExtraFields })
  )

  /** The params of `session.resume`, JSON-ready. */
  const SessionResumeParams = Schema.extend(
    Schema.encodedSchema(ResumeWireData),
    Schema.Struct({ sessionId: Schema.String, ...wireExtraFields })
  )

  return { WireProviderConfig, WireNamedProviderConfig, CreateWireData, ResumeWireData, SessionCreateParams, SessionResumeParams }
}

/** The wire Schemas, by name. */
export type WireSchemas = ReturnType<typeof build>

let built: WireSchemas | undefined

/** The wire Schemas, built on the first call. */
export const wireSchemas = (): WireSchemas => built ??= build()

/** The params of `session.create`, JSON-ready. */
export type SessionCreateParams = Schema.Schema.Type<WireSchemas["SessionCreateParams"]>

/** The params of `session.resume`, JSON-ready. */
export type SessionResumeParams = Schema.Schema.Type<WireSchemas["SessionResumeParams"]>

type WireProviderConfig = Schema.Schema.Type<WireSchemas["WireProviderConfig"]>
type WireNamedProviderConfig = Schema.Schema.Type<WireSchemas["WireNamedProviderConfig"]>

/**
 * The token providers of a config by the provider name the runtime asks
 * with: `"default"` for `provider`, the `name` of each of `providers`.
 *
 * @example
 * ```ts
 * const providers = SessionConfig.bearerTokenProviders(config)
 * providers.get("default") // the Effect of config.provider.bearerTokenProvider
 * ```
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

const wireProvider = <R>(provider: ProviderConfig<R>): WireProviderConfig => {
  const { bearerTokenProvider, ...rest } = provider
  return bearerTokenProvider === undefined ? rest : { ...rest, hasBearerTokenProvider: true }
}

const wireNamedProvider = <R>(provider: NamedProviderConfig<R>): WireNamedProviderConfig => {
  const { bearerTokenProvider, ...rest } = provider
  return bearerTokenProvider === undefined ? rest : { ...rest, hasBearerTokenProvider: true }
}

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
      : yield* Schema.encode(schemas().SystemMessageConfig)(systemMessage).pipe(
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
 * const params = yield* SessionConfig.toCreateParams(config, "s1", { gitHubTokenProviderRegistrationId: "r1" })
 * ```
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
 * const params = yield* SessionConfig.toCreateParams({ model: "gpt-5" }, "s1")
 * // { model: "gpt-5", sessionId: "s1", requestPermission: false, ..., hooks: false, envValueMode: "direct" }
 * ```
 */
export const toCreateParams = <R>(
  config: SessionConfig<R>,
  sessionId: string | undefined,
  options: WireOptions = {}
): Effect.Effect<SessionCreateParams, InvalidConfig> =>
  Effect.gen(function*() {
    yield* checkShape(config)
    const filters = yield* Either.mapLeft(resolveToolFilters(config), invalid)
    const data = yield* Schema.encode(wireSchemas().CreateWireData)({
      ...wireInput(config, options.gitHubTokenProviderRegistrationId),
      ...filters
    }).pipe(
      Effect.mapError(parseProblem("the session config"))
    )
    const extras = yield* wireExtras(config)
    const raw = dropUndefined({ ...data, ...extras, ...(sessionId === undefined ? {} : { sessionId }) })
    return yield* Schema.decodeUnknown(wireSchemas().SessionCreateParams)(raw).pipe(
      Effect.mapError(parseProblem("the session.create params"))
    )
  })

/**
 * Builds the params of `session.resume` for the session `sessionId`
 * (`suppressResumeEvent` travels as `disableResume`).
 *
 * @example
 * ```ts
 * const params = yield* SessionConfig.toResumeParams({ suppressResumeEvent: true }, "s1")
 * // { sessionId: "s1", disableResume: true, ... }
 * ```
 */
export const toResumeParams = <R>(
  config: ResumeSessionConfig<R>,
  sessionId: string,
  options: WireOptions = {}
): Effect.Effect<SessionResumeParams, InvalidConfig> =>
  Effect.gen(function*() {
    yield* checkResumeShape(config)
    const filters = yield* Either.mapLeft(resolveToolFilters(config), invalid)
    const data = yield* Schema.encode(wireSchemas().ResumeWireData)({
      ...wireInput(config, options.gitHubTokenProviderRegistrationId),
      ...filters
    }).pipe(
      Effect.mapError(parseProblem("the resume config"))
    )
    const extras = yield* wireExtras(config)
    const raw = dropUndefined({ ...data, ...extras, sessionId })
    return yield* Schema.decodeUnknown(wireSchemas().SessionResumeParams)(raw).pipe(
      Effect.mapError(parseProblem("the session.resume params"))
    )
  })
