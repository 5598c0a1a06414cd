/**
 * An `@effect/ai` `LanguageModel` backed by Copilot: `LanguageModel.generateText`,
 * `generateObject` and `streamText` each run as one Copilot turn.
 *
 * `LanguageModel` hands the whole conversation to every call, while a Copilot
 * session keeps its own history, so every call opens a fresh session and
 * renders the prompt into it: system messages become the session's system
 * message (appended to Copilot's own, or replacing it), the last message —
 * which must be a user message — is sent with its files as attachments, and
 * the messages before it are given as a transcript at the top of it. The
 * session ends with the call (or, for `streamText`, with the stream) and is
 * then deleted from the runtime's session store, unless
 * {@link Config.keepSessions} says otherwise.
 *
 * Tools of the call's toolkit are offered to the model as this session's
 * tools, and Copilot runs the tool loop inside the turn: a call runs the
 * handler of the toolkit's handler Layer, its result goes back to the model,
 * and the turn goes on until the model answers. The response carries each
 * call as `tool-call` and `tool-result` parts marked `providerExecuted`, so
 * `LanguageModel` does not run them a second time. Copilot's built-in tools
 * are not offered unless named in {@link Config.builtInTools}.
 *
 * Not supported (each fails with `AiError.MalformedInput`): a prompt that
 * does not end with a user message, files given by `http(s):` URL, and
 * `toolChoice` values that force a call (`"required"`, `{ tool }`,
 * `{ mode: "required", oneOf }`). `generateObject` asks for JSON in the
 * message (Copilot has no structured-output mode) and `LanguageModel` checks
 * the answer against the Schema. A handler failure is handed to the model as
 * a failed result (`isFailure: true`) whatever the tool's `failureMode`.
 *
 * @example
 * ```ts
 * import { LanguageModel } from "@effect/ai"
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 * import { CopilotLanguageModel } from "effect-copilot/ai"
 *
 * const program = LanguageModel.generateText({ prompt: "Say hello" }).pipe(
 *   Effect.map((response) => response.text),
 *   Effect.provide(CopilotLanguageModel.layer({ model: "claude-sonnet-4.5" })),
 *   Effect.provide(CopilotClient.layerConfig())
 * )
 * ```
 *
 * @since 0.2.0
 */
import * as AiError from "@effect/ai/AiError"
import * as LanguageModel from "@effect/ai/LanguageModel"
import * as AiModel from "@effect/ai/Model"
import type * as Response from "@effect/ai/Response"
import type * as AiTool from "@effect/ai/Tool"
import { Chunk, Config as EffectConfig, DateTime, Effect, Either, HashMap, JSONSchema, Layer, Option, Ref, Stream } from "effect"
import type { ConfigError } from "effect"
import { CopilotClient } from "../CopilotClient.js"
import { SessionError } from "../CopilotError.js"
import * as CopilotSession from "../CopilotSession.js"
import type * as Handlers from "../Handlers.js"
import * as Prompt from "../internal/ai/prompt.js"
import { resolveHandlers, toCopilotTool, type ToolOutcome } from "../internal/ai/toolkit.js"
import * as Turn from "../internal/ai/turn.js"
import type * as SessionConfig from "../SessionConfig.js"
import type * as SessionEvent from "../SessionEvent.js"
import * as Tool from "../Tool.js"

/**
 * Session options the model leaves to the caller: everything but what each
 * call decides (model, system message, streaming, tools, ids).
 *
 * @example
 * ```ts
 * import { CopilotLanguageModel } from "effect-copilot/ai"
 *
 * const options: CopilotLanguageModel.SessionOptions = { reasoningEffort: "low", workingDirectory: "/srv/app" }
 * ```
 *
 * @since 0.2.0
 */
export type SessionOptions = Omit<
  SessionConfig.SessionOptions,
  "model" | "systemMessage" | "streaming" | "availableTools" | "excludedTools" | "sessionId" | "cloud"
>

/**
 * How the model opens its sessions.
 *
 * @example
 * ```ts
 * import { CopilotLanguageModel } from "effect-copilot/ai"
 * import { Handlers } from "effect-copilot"
 *
 * const config: CopilotLanguageModel.Config = {
 *   model: "claude-sonnet-4.5",
 *   systemMessageMode: "replace",
 *   builtInTools: ["view", "grep"],
 *   onPermissionRequest: Handlers.approveAll
 * }
 * ```
 *
 * @since 0.2.0
 */
export interface Config {
  /** The Copilot model; default: the runtime's. */
  readonly model?: string | undefined
  /**
   * What the prompt's system messages do to Copilot's own system message:
   * `"append"` (default) adds them after it, `"replace"` uses them instead.
   * A prompt without system messages keeps Copilot's either way.
   */
  readonly systemMessageMode?: "append" | "replace" | undefined
  /** Copilot built-in tools to offer besides the toolkit's (default none); their calls make no parts. */
  readonly builtInTools?: ReadonlyArray<string> | undefined
  /** Answers permission requests of built-in tools (toolkit tools never ask). */
  readonly onPermissionRequest?: Handlers.PermissionHandler<never> | undefined
  /** Further session options. */
  readonly session?: SessionOptions | undefined
  /**
   * Keep each call's session in the runtime's session store after the call
   * (default `false`: it is deleted once it has ended, since every call opens
   * a new one).
   */
  readonly keepSessions?: boolean | undefined
}

const MODULE = "CopilotLanguageModel"

type Method = "generateText" | "streamText"

const malformedInput = (method: Method, description: string) =>
  new AiError.MalformedInput({ module: MODULE, method, description })

/** A failure of this SDK as an `AiError`: bad configuration is `MalformedInput`, the rest `UnknownError`. */
const toAiError = (method: Method) => (error: CopilotSession.OpenError | CopilotSession.SendError): AiError.AiError =>
  error._tag === "InvalidConfig"
    ? new AiError.MalformedInput({ module: MODULE, method, description: error.message, cause: error })
    : new AiError.UnknownError({ module: MODULE, method, description: Tool.describeError(error), cause: error })

/** A failed turn (`session.error`) as an `AiError.UnknownError` with the runtime's error as its cause. */
const turnFailed = (method: Method, sessionId: string, event: SessionEvent.EventOf<"session.error">) => {
  const { errorType, message, statusCode } = event.data
  return new AiError.UnknownError({
    module: MODULE,
    method,
    description: `the Copilot turn failed (${errorType}${statusCode === undefined ? "" : `, HTTP ${statusCode}`}): ${message}`,
    cause: new SessionError({ sessionId, errorType, message })
  })
}

/** The tools a tool choice offers; forcing a call is beyond what Copilot can do. */
const offeredTools = (
  method: Method,
  options: LanguageModel.ProviderOptions
): Either.Either<ReadonlyArray<AiTool.Any>, AiError.MalformedInput> => {
  const choice = options.toolChoice
  if (choice === "none") return Either.right([])
  if (choice === "auto") return Either.right(options.tools)
  if (typeof choice === "object" && "oneOf" in choice && choice.mode !== "required") return Either.right(options.tools)
  return Either.left(
    malformedInput(
      method,
      `toolChoice ${JSON.stringify(choice)} is not supported: Copilot cannot force the model to call a tool; use "auto", "none" or { oneOf } instead`
    )
  )
}

const jsonInstruction = (options: LanguageModel.ProviderOptions): string | undefined => {
  if (options.responseFormat.type !== "json") return undefined
  const schema = JSON.stringify(JSONSchema.make(options.responseFormat.schema))
  return `Answer with only a JSON value for "${options.responseFormat.objectName}", without prose or code fences, that matches this JSON Schema:\n${schema}`
}

/**
 * Creates the service on the given client. Prefer {@link layer}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotLanguageModel } from "effect-copilot/ai"
 *
 * Effect.gen(function*() {
 *   const model = yield* CopilotLanguageModel.make({ model: "gpt-5" })
 *   const response = yield* model.generateText({ prompt: "Hi" })
 * })
 * ```
 *
 * @since 0.2.0
 */
export const make = (config: Config = {}): Effect.Effect<LanguageModel.Service, never, CopilotClient> =>
  Effect.gen(function*() {
    const client = yield* CopilotClient

    const turn = (options: LanguageModel.ProviderOptions, mode: Turn.Mode, method: Method) =>
      Stream.unwrapScoped(Effect.gen(function*() {
        const offered = yield* offeredTools(method, options)
        const rendered = yield* Either.mapLeft(
          Prompt.render(options.prompt, jsonInstruction(options)),
          (reason) => malformedInput(method, reason)
        )
        const resolved = yield* Either.mapLeft(
          resolveHandlers(offered, yield* Effect.context<never>()),
          (missing) =>
            malformedInput(
              method,
              `no handler for the tools ${missing.join(", ")}: pass the Toolkit itself as \`toolkit\` and provide its handler Layer (toolkit.toLayer)`
            )
        )
        const outcomes = yield* Ref.make(HashMap.empty<string, ToolOutcome>())
        const tools = resolved.map((tool) =>
          toCopilotTool(tool, {
            onOutcome: (outcome) => Ref.update(outcomes, HashMap.set(outcome.toolCallId, outcome))
          })
        )
        const systemMode = config.systemMessageMode ?? "append"
        const sessionConfig: SessionConfig.SessionConfig = {
          ...config.session,
          ...(config.model === undefined ? {} : { model: config.model }),
          streaming: mode === "stream",
          ...(rendered.system === undefined ? {} : {
            systemMessage: systemMode === "replace"
              ? { mode: "replace", content: rendered.system }
              : { mode: "append", content: rendered.system }
          }),
          tools,
          availableTools: [...tools.map((tool) => tool.name), ...(config.builtInTools ?? [])],
          ...(config.onPermissionRequest === undefined ? {} : { onPermissionRequest: config.onPermissionRequest })
        }
        // Registered before the session, so it runs after the session has ended.
        const created = yield* Ref.make(Option.none<string>())
        if (config.keepSessions !== true) {
          yield* Effect.addFinalizer(() =>
            Effect.flatMap(Ref.get(created), (id) =>
              Option.match(id, {
                onNone: () => Effect.void,
                onSome: (sessionId) =>
                  client.deleteSession(sessionId).pipe(
                    Effect.catchAll((error) =>
                      Effect.logWarning(`could not delete the session ${sessionId} of a LanguageModel call`, error)
                    )
                  )
              }))
          )
        }
        const session = yield* CopilotSession.create(sessionConfig).pipe(
          Effect.provideService(CopilotClient, client),
          Effect.mapError(toAiError(method))
        )
        yield* Ref.set(created, Option.some(session.sessionId))
        options.span.attribute("copilot.session.id", session.sessionId)
        const events = yield* session.subscribe
        const messageId = yield* session.send({
          prompt: rendered.prompt,
          ...(rendered.attachments.length === 0 ? {} : { attachments: rendered.attachments })
        }).pipe(Effect.mapError(toAiError(method)))
        const now = yield* DateTime.now
        const modelId = session.info.modelState?.modelId ?? config.model
        const metadata: Response.ResponseMetadataPartEncoded = {
          type: "response-metadata",
          id: messageId,
          timestamp: DateTime.formatIso(now),
          ...(modelId === undefined ? {} : { modelId })
        }
        const toolsByName = HashMap.fromIterable(resolved.map(({ tool }) => [tool.name, tool] as const))
        type Item = Turn.Step | { readonly _tag: "Ended" }
        const steps: Stream.Stream<Item> = events.pipe(
          Stream.mapAccumEffect(Turn.initial, (state, event) =>
            Effect.map(Ref.get(outcomes), (known) =>
              Turn.step(
                {
                  mode,
                  tools: toolsByName,
                  // a handler records its outcome before the runtime reports the call complete
                  outcome: (id) => HashMap.get(known, id),
                  unfenceJson: options.responseFormat.type === "json"
                },
                state,
                event
              ))),
          Stream.concat(Stream.succeed<Item>({ _tag: "Ended" }))
        )
        return Stream.succeed<ReadonlyArray<Response.AllPartsEncoded>>([metadata]).pipe(
          Stream.concat(
            steps.pipe(
              Stream.takeUntil((item) => item._tag !== "Parts"),
              Stream.mapEffect((item): Effect.Effect<ReadonlyArray<Response.AllPartsEncoded>, AiError.AiError> => {
                switch (item._tag) {
                  case "Parts":
                  case "Done":
                    return Effect.succeed(item.parts)
                  case "Failed":
                    return Effect.fail(turnFailed(method, session.sessionId, item.event))
                  case "Ended":
                    return Effect.fail(
                      new AiError.UnknownError({
                        module: MODULE,
                        method,
                        description: "the Copilot session ended before the turn finished"
                      })
                    )
                }
              })
            )
          ),
          Stream.flattenIterables
        )
      }))

    return yield* LanguageModel.make({
      generateText: (options) =>
        turn(options, "generate", "generateText").pipe(
          Stream.filter(Turn.isGeneratePart),
          Stream.runCollect,
          Effect.map(Chunk.toArray)
        ),
      streamText: (options) => turn(options, "stream", "streamText").pipe(Stream.filter(Turn.isStreamPart))
    })
  })

/**
 * The `LanguageModel` service on the `CopilotClient` in context.
 *
 * @example
 * ```ts
 * import { Layer } from "effect"
 * import { CopilotClient } from "effect-copilot"
 * import { CopilotLanguageModel } from "effect-copilot/ai"
 *
 * const AppLive = CopilotLanguageModel.layer({ model: "claude-sonnet-4.5" }).pipe(
 *   Layer.provide(CopilotClient.layerConfig())
 * )
 * ```
 *
 * @since 0.2.0
 */
export const layer = (config: Config = {}): Layer.Layer<LanguageModel.LanguageModel, never, CopilotClient> =>
  Layer.effect(LanguageModel.LanguageModel, make(config))

/**
 * {@link layer} with its config read from `Config`: each field a value or a
 * `Config` of one.
 *
 * @example
 * ```ts
 * import { Config } from "effect"
 * import { CopilotLanguageModel } from "effect-copilot/ai"
 *
 * const ModelLive = CopilotLanguageModel.layerConfig({ model: Config.string("COPILOT_MODEL") })
 * ```
 *
 * @since 0.2.0
 */
export const layerConfig = (
  config: EffectConfig.Config.Wrap<Config>
): Layer.Layer<LanguageModel.LanguageModel, ConfigError.ConfigError, CopilotClient> =>
  Layer.unwrapEffect(Effect.map(EffectConfig.unwrap(config), layer))

/**
 * The model as an `@effect/ai` `Model` (provider `"copilot"`), for code that
 * picks models as values.
 *
 * @example
 * ```ts
 * import { LanguageModel } from "@effect/ai"
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 * import { CopilotLanguageModel } from "effect-copilot/ai"
 *
 * const Sonnet = CopilotLanguageModel.model("claude-sonnet-4.5")
 * const answer = LanguageModel.generateText({ prompt: "Hi" }).pipe(
 *   Effect.provide(Sonnet),
 *   Effect.provide(CopilotClient.layerConfig())
 * )
 * ```
 *
 * @since 0.2.0
 */
export const model = (
  model: string,
  config: Omit<Config, "model"> = {}
): AiModel.Model<"copilot", LanguageModel.LanguageModel, CopilotClient> =>
  AiModel.make("copilot", layer({ ...config, model }))
