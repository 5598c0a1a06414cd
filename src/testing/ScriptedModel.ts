/**
 * A fake Copilot API for tests: the HTTP service the real `copilot` runtime
 * talks to, served on an ephemeral loopback port. Chat completions are answered
 * from a script (a queue of answers consumed in order) or by replaying recorded
 * YAML conversations ({@link Snapshots}). Every request is recorded, headers
 * included. It also serves as a provider of your own (BYOK): an `openai`
 * provider with its URL as `baseUrl` gets `POST /chat/completions`, an
 * `anthropic` one `POST /v1/messages` (Anthropic Messages, scripted answers
 * only). The runtime's built-in GitHub MCP server gets a hermetic MCP
 * endpoint with no tools on `/mcp` (see `gitHubMcpRequests`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const program = Effect.gen(function*() {
 *   const model = yield* ScriptedModel.ScriptedModel
 *   yield* model.toolCall("lookup", { id: 7 })
 *   yield* model.reply("Item 7 is a teapot.")
 *   // ... run the runtime with COPILOT_API_URL = model.url ...
 * }).pipe(Effect.scoped, Effect.provide(ScriptedModel.layer()))
 * ```
 *
 * @since 0.1.0
 */
import { FileSystem, HttpRouter, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import { Clock, Context, Data, Duration, Effect, Layer, Option, Redacted, Ref, Schema, Stream } from "effect"
import * as Http from "node:http"
import * as GitHubMcp from "../internal/testing/gitHubMcp.js"
import * as Snapshots from "./Snapshots.js"

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

/**
 * A tool call the model makes. `arguments` is the JSON object of arguments.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const call: ScriptedModel.ToolCallSpec = { name: "get_weather", arguments: { city: "Oslo" } }
 * ```
 *
 * @since 0.1.0
 */
export interface ToolCallSpec {
  readonly name: string
  readonly arguments: unknown
  readonly id?: string | undefined
}

/**
 * One scripted answer to a chat completion.
 *
 * - `Message`: assistant text and/or tool calls, streamed.
 * - `Failure`: an HTTP error status with an OpenAI-style error body.
 * - `Delay`: waits before the next answer in the queue is given.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const answers: ReadonlyArray<ScriptedModel.Answer> = [
 *   ScriptedModel.Answer.toolCall("lookup", { id: 1 }),
 *   ScriptedModel.Answer.delay("50 millis"),
 *   ScriptedModel.Answer.reply("done")
 * ]
 * ```
 *
 * @since 0.1.0
 */
export type Answer = Data.TaggedEnum<{
  Message: { readonly content: string; readonly toolCalls: ReadonlyArray<ToolCallSpec> }
  Failure: { readonly status: number; readonly message: string }
  Delay: { readonly duration: Duration.Duration }
}>

const AnswerEnum = Data.taggedEnum<Answer>()

/**
 * Constructors of {@link Answer}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const model: ScriptedModel.ScriptedModel
 *
 * Effect.gen(function*() {
 *   yield* model.script(ScriptedModel.Answer.reply("hi"), ScriptedModel.Answer.error(503, "overloaded"))
 * })
 * ```
 *
 * @since 0.1.0
 */
export const Answer = {
  /** Assistant text, streamed as several deltas. */
  reply: (text: string): Answer => AnswerEnum.Message({ content: text, toolCalls: [] }),
  /** One tool call (finish reason `tool_calls`). */
  toolCall: (name: string, args: unknown, id?: string): Answer =>
    AnswerEnum.Message({ content: "", toolCalls: [{ name, arguments: args, id }] }),
  /** Several parallel tool calls in one answer. */
  toolCalls: (calls: ReadonlyArray<ToolCallSpec>): Answer => AnswerEnum.Message({ content: "", toolCalls: calls }),
  /** Text and tool calls together. */
  message: (options: { readonly content?: string; readonly toolCalls?: ReadonlyArray<ToolCallSpec> }): Answer =>
    AnswerEnum.Message({ content: options.content ?? "", toolCalls: options.toolCalls ?? [] }),
  /** An HTTP error answer. */
  error: (status: number, message: string): Answer => AnswerEnum.Failure({ status, message }),
  /** A pause before the next answer. */
  delay: (duration: Duration.DurationInput): Answer => AnswerEnum.Delay({ duration: Duration.decode(duration) })
}

// ---------------------------------------------------------------------------
// Recorded data and errors
// ---------------------------------------------------------------------------

/**
 * A request the server received.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const model: ScriptedModel.ScriptedModel
 *
 * const paths = Effect.map(model.requests, (requests) => requests.map((r) => `${r.method} ${r.path}`))
 * ```
 *
 * @since 0.1.0
 */
export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  /** The parsed JSON body, if the body was JSON. */
  readonly body: Option.Option<unknown>
  readonly text: string
  readonly receivedAt: number
}

/**
 * A chat completion that had no scripted answer and matched no conversation.
 * The HTTP client got an error naming the same request.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const model: ScriptedModel.ScriptedModel
 *
 * Effect.gen(function*() {
 *   const [first] = yield* model.unmatched
 *   // first.lastUserMessage === "hello"
 * })
 * ```
 *
 * @since 0.1.0
 */
export class UnscriptedRequest extends Data.TaggedError("UnscriptedRequest")<{
  readonly lastUserMessage: string
  readonly messageCount: number
  readonly request: RecordedRequest
}> {
  override get message(): string {
    return `ScriptedModel: no scripted answer or recorded conversation for the chat completion with ${this.messageCount} messages whose last user message is ${
      JSON.stringify(this.lastUserMessage)
    }. Script an answer (reply, toolCall, ...) or load a conversation that matches this history.`
  }
}

/**
 * The scripted model server could not start.
 *
 * @example
 * ```ts
 * import { Layer } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * ScriptedModel.layer().pipe(Layer.catchAll((e) => Layer.die(e)))
 * ```
 *
 * @since 0.1.0
 */
export class ScriptedModelError extends Data.TaggedError("ScriptedModelError")<{
  readonly reason: string
  readonly cause?: unknown
}> {
  override get message(): string {
    return `ScriptedModel: ${this.reason}`
  }
}

// ---------------------------------------------------------------------------
// Wire shapes
// ---------------------------------------------------------------------------

/**
 * The fields of a chat-completions request body that the server uses.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const body: unknown
 *
 * Schema.decodeUnknown(ScriptedModel.ChatCompletionRequest)(body)
 * ```
 *
 * @since 0.1.0
 */
export const ChatCompletionRequest = Schema.Struct({
  model: Schema.optional(Schema.String),
  messages: Schema.Array(Snapshots.ChatMessage),
  stream: Schema.optional(Schema.Boolean)
})
/**
 * @see ChatCompletionRequest
 *
 * @since 0.1.0
 */
export type ChatCompletionRequest = typeof ChatCompletionRequest.Type

const decodeChatRequest = Schema.decodeUnknownOption(ChatCompletionRequest)

/**
 * The fields of an Anthropic Messages request body (`POST /v1/messages`)
 * that the server uses: a provider of type `"anthropic"` pointed at the
 * scripted model sends these.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const body: unknown
 *
 * Schema.decodeUnknown(ScriptedModel.MessagesRequest)(body)
 * ```
 *
 * @since 0.2.0
 */
export const MessagesRequest = Schema.Struct({
  model: Schema.optional(Schema.String),
  messages: Schema.Array(Schema.Struct({ role: Schema.String, content: Schema.Unknown })),
  stream: Schema.optional(Schema.Boolean)
})
/**
 * @see MessagesRequest
 *
 * @since 0.2.0
 */
export type MessagesRequest = typeof MessagesRequest.Type

const decodeMessagesRequest = Schema.decodeUnknownOption(MessagesRequest)

const TextBlock = Schema.Struct({ type: Schema.Literal("text"), text: Schema.String })

/** The text of the last user message of a Messages request (its text blocks, joined). */
const lastAnthropicUserText = (messages: MessagesRequest["messages"]): string => {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]
    if (message === undefined || message.role !== "user") continue
    if (typeof message.content === "string") return Snapshots.stripDatetime(message.content)
    if (Array.isArray(message.content)) {
      const texts = message.content.flatMap((block) => Option.toArray(Schema.decodeUnknownOption(TextBlock)(block)))
      if (texts.length > 0) return Snapshots.stripDatetime(texts.map((block) => block.text).join("\n"))
    }
  }
  return ""
}

/**
 * One entry of `quota_snapshots` in the user answer.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const json: unknown
 *
 * const snapshot: ScriptedModel.QuotaSnapshotAnswer = Schema.decodeUnknownSync(ScriptedModel.QuotaSnapshotAnswer)(json)
 * ```
 *
 * @since 0.2.0
 */
export const QuotaSnapshotAnswer = Schema.Struct({
  quota_id: Schema.String,
  entitlement: Schema.Number,
  remaining: Schema.Number,
  quota_remaining: Schema.Number,
  percent_remaining: Schema.Number,
  unlimited: Schema.Boolean,
  overage_permitted: Schema.Boolean,
  overage_count: Schema.Number,
  timestamp_utc: Schema.String
})
/**
 * @see QuotaSnapshotAnswer
 *
 * @since 0.2.0
 */
export type QuotaSnapshotAnswer = typeof QuotaSnapshotAnswer.Type

/**
 * The answer of `GET /copilot_internal/user`.
 *
 * @example
 * ```ts
 * import { Effect, Schema } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const json: unknown
 *
 * Effect.gen(function*() {
 *   const user = yield* Schema.decodeUnknown(ScriptedModel.UserAnswer)(json)
 *   user.is_mcp_enabled // true
 * })
 * ```
 *
 * @since 0.2.0
 */
export const UserAnswer = Schema.Struct({
  login: Schema.String,
  copilot_plan: Schema.String,
  access_type_sku: Schema.String,
  chat_enabled: Schema.Boolean,
  is_mcp_enabled: Schema.Boolean,
  endpoints: Schema.Struct({ api: Schema.String, telemetry: Schema.String }),
  analytics_tracking_id: Schema.String,
  quota_reset_date: Schema.String,
  quota_reset_date_utc: Schema.String,
  quota_snapshots: Schema.Record({ key: Schema.String, value: QuotaSnapshotAnswer })
})
/**
 * @see UserAnswer
 *
 * @since 0.2.0
 */
export type UserAnswer = typeof UserAnswer.Type

/**
 * One entry of the `GET /models` answer.
 *
 * @example
 * ```ts
 * import { Effect, Schema } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const json: unknown
 *
 * Effect.gen(function*() {
 *   const models = yield* Schema.decodeUnknown(Schema.Struct({ data: Schema.Array(ScriptedModel.ModelAnswer) }))(json)
 * })
 * ```
 *
 * @since 0.2.0
 */
export const ModelAnswer = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  object: Schema.Literal("model"),
  vendor: Schema.String,
  version: Schema.String,
  preview: Schema.Boolean,
  model_picker_enabled: Schema.Boolean,
  model_picker_category: Schema.String,
  is_chat_default: Schema.Boolean,
  is_chat_fallback: Schema.Boolean,
  policy: Schema.Struct({ state: Schema.String, terms: Schema.String }),
  billing: Schema.Struct({ is_premium: Schema.Boolean, multiplier: Schema.Number }),
  supported_endpoints: Schema.Array(Schema.String),
  capabilities: Schema.Struct({
    object: Schema.Literal("model_capabilities"),
    type: Schema.Literal("chat"),
    family: Schema.String,
    tokenizer: Schema.String,
    supports: Schema.Struct({
      streaming: Schema.Boolean,
      tool_calls: Schema.Boolean,
      parallel_tool_calls: Schema.Boolean,
      vision: Schema.Boolean,
      structured_outputs: Schema.Boolean
    }),
    limits: Schema.Struct({
      max_context_window_tokens: Schema.Number,
      max_prompt_tokens: Schema.Number,
      max_output_tokens: Schema.Number,
      vision: Schema.optional(Schema.Struct({
        max_prompt_image_size: Schema.Number,
        max_prompt_images: Schema.Number,
        supported_media_types: Schema.Array(Schema.String)
      }))
    })
  })
})
/**
 * @see ModelAnswer
 *
 * @since 0.2.0
 */
export type ModelAnswer = typeof ModelAnswer.Type

const toSpec = (model: string | ModelSpec): ModelSpec => (typeof model === "string" ? { id: model } : model)

/** Models by id, later entries replacing earlier ones with the same id, order kept. */
const mergeModels = (...lists: ReadonlyArray<ReadonlyArray<string | ModelSpec>>): ReadonlyArray<ModelSpec> => {
  const byId = new Map<string, ModelSpec>()
  for (const list of lists) {
    for (const model of list) {
      const spec = toSpec(model)
      // A bare id (from a recording) does not replace a model declared in full.
      if (typeof model === "string" && byId.has(spec.id)) continue
      byId.set(spec.id, spec)
    }
  }
  return [...byId.values()]
}

/**
 * The `/models` entry of a model: its capabilities and limits as the Copilot
 * service answers them.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * ScriptedModel.modelAnswer({ id: "gpt-5" }).capabilities.limits.max_prompt_tokens // 128000
 * ```
 *
 * @since 0.2.0
 */
export const modelAnswer = (spec: ModelSpec): ModelAnswer => {
  const vision = spec.vision ?? true
  const toolCalls = spec.toolCalls ?? true
  const maxPromptTokens = spec.maxPromptTokens ?? 128000
  const maxOutputTokens = spec.maxOutputTokens ?? 16000
  return {
    id: spec.id,
    name: spec.name ?? spec.id,
    object: "model",
    vendor: spec.vendor ?? "scripted",
    version: spec.id,
    preview: false,
    model_picker_enabled: true,
    model_picker_category: spec.category ?? "versatile",
    is_chat_default: spec.chatDefault ?? false,
    is_chat_fallback: spec.chatDefault ?? false,
    policy: { state: "enabled", terms: "" },
    billing: { is_premium: spec.premiumMultiplier !== undefined, multiplier: spec.premiumMultiplier ?? 0 },
    supported_endpoints: spec.endpoints ?? ["/chat/completions"],
    capabilities: {
      object: "model_capabilities",
      type: "chat",
      family: spec.family ?? spec.id,
      tokenizer: "o200k_base",
      supports: { streaming: true, tool_calls: toolCalls, parallel_tool_calls: toolCalls, vision, structured_outputs: true },
      limits: {
        max_context_window_tokens: spec.contextWindow ?? maxPromptTokens + maxOutputTokens,
        max_prompt_tokens: maxPromptTokens,
        max_output_tokens: maxOutputTokens,
        ...(vision
          ? {
            vision: {
              max_prompt_image_size: 3145728,
              max_prompt_images: 5,
              supported_media_types: ["image/jpeg", "image/png", "image/webp", "image/gif"]
            }
          }
          : {})
      }
    }
  }
}

const quotaSnapshot = (id: string, quota: Quota, timestamp: string): QuotaSnapshotAnswer => {
  const unlimited = quota.unlimited ?? false
  const remaining = unlimited ? 0 : Math.max(0, quota.remaining ?? quota.entitlement)
  const percent = unlimited ? 100 : quota.entitlement > 0 ? (remaining / quota.entitlement) * 100 : 0
  return {
    quota_id: id,
    entitlement: quota.entitlement,
    remaining,
    quota_remaining: remaining,
    percent_remaining: percent,
    unlimited,
    overage_permitted: quota.overagePermitted ?? false,
    overage_count: quota.overageCount ?? 0,
    timestamp_utc: timestamp
  }
}

/** The first day of the month after `now`, as `YYYY-MM-DD`. */
const nextMonth = (now: Date): string =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10)

/**
 * The `/copilot_internal/user` answer of a user, with the API base URL it
 * names and the time its quota snapshots are taken at.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * ScriptedModel.userAnswer({ login: "alice" }, "http://127.0.0.1:4000", new Date()).is_mcp_enabled // true
 * ```
 *
 * @since 0.2.0
 */
export const userAnswer = (user: User, apiUrl: string, now: Date): UserAnswer => {
  const timestamp = now.toISOString()
  const resetDate = user.quotaResetDate ?? nextMonth(now)
  const quotas = user.quotas ?? defaultQuotas
  return {
    login: user.login ?? "scripted-user",
    copilot_plan: user.plan ?? "individual_pro",
    access_type_sku: "copilot_pro",
    chat_enabled: true,
    is_mcp_enabled: user.isMcpEnabled ?? true,
    endpoints: { api: apiUrl, telemetry: "http://127.0.0.1:1/telemetry" },
    analytics_tracking_id: `scripted-${user.login ?? "scripted-user"}`,
    quota_reset_date: resetDate,
    quota_reset_date_utc: resetDate.length === 10 ? `${resetDate}T00:00:00.000Z` : resetDate,
    quota_snapshots: Object.fromEntries(Object.entries(quotas).map(([id, quota]) => [id, quotaSnapshot(id, quota, timestamp)]))
  }
}

const parseJsonOption = Schema.decodeUnknownOption(Schema.parseJson())

// ---------------------------------------------------------------------------
// The service
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Users and models
// ---------------------------------------------------------------------------

/**
 * One quota of a user, as {@link User} declares it. `remaining` defaults to
 * `entitlement`; an `unlimited` quota ignores both.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const premium: ScriptedModel.Quota = { entitlement: 300, remaining: 42 }
 * ```
 *
 * @since 0.2.0
 */
export interface Quota {
  readonly entitlement: number
  readonly remaining?: number | undefined
  readonly unlimited?: boolean | undefined
  /** Whether usage may go on once the quota is used up (default `false`). */
  readonly overagePermitted?: boolean | undefined
  /** Requests made beyond the entitlement this period (default `0`). */
  readonly overageCount?: number | undefined
}

/**
 * What `GET /copilot_internal/user` answers for one token. Every field has a
 * default: login `"scripted-user"`, plan `"individual_pro"`, MCP enabled (as
 * the service answers for a user whose policy allows MCP servers), and the
 * quotas of {@link defaultQuotas}.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const bob: ScriptedModel.User = { login: "bob", isMcpEnabled: false, quotas: { premium_interactions: { entitlement: 50, remaining: 0 } } }
 * ```
 *
 * @since 0.2.0
 */
export interface User {
  readonly login?: string | undefined
  /** `copilot_plan`, e.g. `"individual_pro"`, `"business"`, `"free"`. */
  readonly plan?: string | undefined
  /** `is_mcp_enabled`: without it the runtime starts no third-party MCP server. Default `true`. */
  readonly isMcpEnabled?: boolean | undefined
  /** Quotas by id (`chat`, `completions`, `premium_interactions`); replaces {@link defaultQuotas}. */
  readonly quotas?: Readonly<Record<string, Quota>> | undefined
  /** When the quotas reset, an ISO 8601 date (default: the first day of next month, by the Clock). */
  readonly quotaResetDate?: string | undefined
}

/**
 * The quotas a {@link User} has unless it declares its own: unlimited chat and
 * completions, 300 premium requests of which all remain.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * ScriptedModel.defaultQuotas.premium_interactions // { entitlement: 300, remaining: 300 }
 * ```
 *
 * @since 0.2.0
 */
export const defaultQuotas: Readonly<Record<string, Quota>> = {
  chat: { entitlement: 0, unlimited: true },
  completions: { entitlement: 0, unlimited: true },
  premium_interactions: { entitlement: 300, remaining: 300 }
}

/**
 * A model `GET /models` lists, with the capabilities and limits the runtime
 * reads from the Copilot service. Defaults: a 128,000-token prompt, 16,000
 * output tokens, a context window of both together (144,000, as the service
 * answers for its Claude models: the runtime caps the prompt at the window
 * less the output), vision, tool calls, streaming, the `versatile` picker
 * category, not premium.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const small: ScriptedModel.ModelSpec = { id: "tiny-model", maxPromptTokens: 8000, contextWindow: 8000, vision: false }
 * ```
 *
 * @since 0.2.0
 */
export interface ModelSpec {
  readonly id: string
  readonly name?: string | undefined
  readonly vendor?: string | undefined
  /** `capabilities.family` (default: the id). */
  readonly family?: string | undefined
  /** `limits.max_context_window_tokens` (default `maxPromptTokens + maxOutputTokens`). */
  readonly contextWindow?: number | undefined
  /** `limits.max_prompt_tokens` (default 128,000): the session's prompt token limit. */
  readonly maxPromptTokens?: number | undefined
  /** `limits.max_output_tokens` (default 16,000). */
  readonly maxOutputTokens?: number | undefined
  /** `supports.vision` (default `true`); with it come the image limits the service answers. */
  readonly vision?: boolean | undefined
  /** `supports.tool_calls` and `parallel_tool_calls` (default `true`). */
  readonly toolCalls?: boolean | undefined
  /** `model_picker_category`: the tier the model picker shows (default `"versatile"`). */
  readonly category?: "lightweight" | "versatile" | "powerful" | undefined
  /** Premium request multiplier; a model with one is billed as premium (default none). */
  readonly premiumMultiplier?: number | undefined
  /** `is_chat_default`: the model a session without `model` should prefer. */
  readonly chatDefault?: boolean | undefined
  /**
   * `supported_endpoints` (default `["/chat/completions"]`). With
   * `"/responses"` the runtime uses the responses API, served here over
   * HTTP; with `"ws:/responses"` too, a runtime started with
   * `COPILOT_EXP_COPILOT_CLI_WEBSOCKET_RESPONSES=true` runs its turns over a
   * WebSocket at `/responses`, also served here.
   */
  readonly endpoints?: ReadonlyArray<string> | undefined
}

/**
 * The models listed unless {@link Options.models} says otherwise: the one the
 * recordings use (`claude-sonnet-4.5`), `claude-sonnet-5` (what runtime
 * 1.0.102 picks for a session made without `model`, and what its `task`
 * tool's explore agent asks for), `claude-sonnet-4` (what it falls back to
 * when `claude-sonnet-5` is not listed), and a few more of the service's
 * models.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * ScriptedModel.layer({ models: [...ScriptedModel.defaultModels, { id: "my-model" }] })
 * ```
 *
 * @since 0.2.0
 */
export const defaultModels: ReadonlyArray<ModelSpec> = [
  { id: "claude-sonnet-4.5", vendor: "Anthropic", premiumMultiplier: 1, chatDefault: true },
  { id: "claude-sonnet-4", vendor: "Anthropic", premiumMultiplier: 1 },
  { id: "claude-sonnet-5", vendor: "Anthropic", premiumMultiplier: 1, category: "powerful" },
  { id: "claude-haiku-4.5", vendor: "Anthropic", premiumMultiplier: 0.33, category: "lightweight" },
  { id: "gpt-5", vendor: "OpenAI", premiumMultiplier: 1, category: "powerful" },
  { id: "gpt-5-mini", vendor: "OpenAI", category: "lightweight" },
  { id: "gpt-4.1", vendor: "OpenAI", category: "lightweight" }
]

/**
 * Options of {@link layer}.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * ScriptedModel.layer({
 *   users: { "alice-token": { login: "alice" }, "bob-token": { login: "bob", isMcpEnabled: false } },
 *   models: ["gpt-5", { id: "tiny", maxPromptTokens: 8000 }]
 * })
 * ```
 *
 * @since 0.1.0
 */
export interface Options {
  /**
   * The token of the default user (default `"scripted-model-token"`, or the
   * first token of {@link users} when only those are given).
   */
  readonly token?: string | undefined
  /** The default user's answer. */
  readonly user?: User | undefined
  /** More users by token: a request with any other token is answered 401. */
  readonly users?: Readonly<Record<string, User>> | undefined
  /** Models `GET /models` lists (default {@link defaultModels}); a string is a model with default capabilities. */
  readonly models?: ReadonlyArray<string | ModelSpec> | undefined
  /** Answers queued from the start. */
  readonly script?: ReadonlyArray<Answer> | undefined
  /** Conversations replayed when the script is empty. */
  readonly snapshot?: Snapshots.Snapshot | undefined
  /** Placeholder values for conversation replay (e.g. `{ workdir }`). */
  readonly placeholders?: Readonly<Record<string, string>> | undefined
  /**
   * Trace the server's requests (`http.server …` spans) with the current
   * tracer. Default `false`: the test kit's own HTTP traffic stays out of the
   * trace of the code under test.
   */
  readonly traced?: boolean | undefined
}

/**
 * The scripted model service.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * Effect.gen(function*() {
 *   const model = yield* ScriptedModel.ScriptedModel
 *   yield* model.reply("Hello there, how can I help?")
 *   const messages = yield* model.chatMessages
 * })
 * ```
 *
 * @since 0.1.0
 */
export interface ScriptedModel {
  /** Base URL, e.g. `http://127.0.0.1:41234`: use for `COPILOT_API_URL`. */
  readonly url: string
  readonly port: number
  /** The default user's token: what the test runtime is started with. */
  readonly token: Redacted.Redacted<string>
  /** Adds or replaces the user a token stands for. */
  readonly setUser: (token: string, user: User) => Effect.Effect<void>
  /** Replaces the models `GET /models` lists. */
  readonly setModels: (models: ReadonlyArray<string | ModelSpec>) => Effect.Effect<void>
  /** Queues answers, consumed in order by chat completions. */
  readonly script: (...answers: ReadonlyArray<Answer>) => Effect.Effect<void>
  /** Queues an assistant text answer. */
  readonly reply: (text: string) => Effect.Effect<void>
  /** Queues an answer with one tool call. */
  readonly toolCall: (name: string, args: unknown, id?: string) => Effect.Effect<void>
  /** Queues an answer with several parallel tool calls. */
  readonly toolCalls: (calls: ReadonlyArray<ToolCallSpec>) => Effect.Effect<void>
  /** Queues an HTTP error answer. */
  readonly error: (status: number, message: string) => Effect.Effect<void>
  /** Queues a pause before the next queued answer. */
  readonly delay: (duration: Duration.DurationInput) => Effect.Effect<void>
  /** Adds recorded conversations to replay when the script is empty. */
  readonly useSnapshot: (snapshot: Snapshots.Snapshot) => Effect.Effect<void>
  /** Sets placeholder values for conversation replay. */
  readonly setPlaceholders: (values: Readonly<Record<string, string>>) => Effect.Effect<void>
  /** Answers still queued. */
  readonly pending: Effect.Effect<ReadonlyArray<Answer>>
  /** Every request received, in order. */
  readonly requests: Effect.Effect<ReadonlyArray<RecordedRequest>>
  /**
   * The requests of the runtime's built-in GitHub MCP server (`/mcp` and
   * below, e.g. `/mcp/readonly`), in order; also among {@link requests}. They
   * are answered hermetically: `initialize` with the client's protocol
   * version and a tools capability, `tools/list` with no tools, any other
   * request with an empty result, notifications with 202, a GET with 200; so
   * the server reaches `connected` offline.
   */
  readonly gitHubMcpRequests: Effect.Effect<ReadonlyArray<RecordedRequest>>
  /** The `messages` of each chat completion request, in order. */
  readonly chatMessages: Effect.Effect<ReadonlyArray<ReadonlyArray<Snapshots.ChatMessage>>>
  /** Chat completions that got no answer. */
  readonly unmatched: Effect.Effect<ReadonlyArray<UnscriptedRequest>>
  /** Requests to endpoints the fake does not know (answered 404). */
  readonly notFound: Effect.Effect<ReadonlyArray<RecordedRequest>>
  /**
   * Every answered chat completion: its messages and the answer given, in
   * order. `Snapshots.fromExchanges` turns them into a recording to replay.
   */
  readonly exchanges: Effect.Effect<ReadonlyArray<Snapshots.Exchange>>
}

/**
 * The service tag.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const url = Effect.map(ScriptedModel.ScriptedModel, (model) => model.url)
 * ```
 *
 * @since 0.1.0
 */
export const ScriptedModel: Context.Tag<ScriptedModel, ScriptedModel> = Context.GenericTag<ScriptedModel>(
  "effect-copilot/testing/ScriptedModel"
)

interface State {
  readonly queue: ReadonlyArray<Answer>
  readonly conversations: ReadonlyArray<Snapshots.Conversation>
  readonly models: ReadonlyArray<ModelSpec>
  readonly users: ReadonlyMap<string, User>
  readonly placeholders: Readonly<Record<string, string>>
  readonly requests: ReadonlyArray<RecordedRequest>
  readonly unmatched: ReadonlyArray<UnscriptedRequest>
  readonly notFound: ReadonlyArray<RecordedRequest>
  readonly exchanges: ReadonlyArray<Snapshots.Exchange>
}

/** Endpoints the runtime calls that a 404 answers well enough. */
const tolerated404 = new Set(["/copilot_internal/team_customizations"])

type Turn = Snapshots.AssistantTurn

type Resolution =
  | { readonly _tag: "Scripted"; readonly answer: Extract<Answer, { _tag: "Message" }>; readonly delay: Duration.Duration }
  | { readonly _tag: "Replayed"; readonly turn: Turn; readonly delay: Duration.Duration }
  | { readonly _tag: "Failure"; readonly status: number; readonly message: string; readonly delay: Duration.Duration }
  | { readonly _tag: "None"; readonly delay: Duration.Duration }

/** Splits text into word-sized pieces so streaming deltas are observable. */
const splitText = (text: string): ReadonlyArray<string> => text.match(/\S+\s*|\s+/g) ?? []

const halves = (text: string): ReadonlyArray<string> => {
  const chars = Array.from(text)
  if (chars.length < 2) return [text]
  const middle = Math.ceil(chars.length / 2)
  return [chars.slice(0, middle).join(""), chars.slice(middle).join("")]
}

const estimateTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4))

const encoder = new TextEncoder()

const lastUserMessage = (messages: ReadonlyArray<Snapshots.ChatMessage>): string => {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]
    if (message !== undefined && message.role === "user") {
      return Snapshots.stripDatetime(Snapshots.contentText(message.content))
    }
  }
  return ""
}

const errorBody = (status: number, message: string, type: string) =>
  HttpServerResponse.unsafeJson({ error: { message, type, code: String(status) } }, { status })

const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const extraUsers = Object.entries(options.users ?? {})
    const token = options.token ?? (extraUsers[0]?.[0] ?? "scripted-model-token")
    const users = new Map<string, User>(extraUsers)
    if (options.token !== undefined || extraUsers.length === 0 || options.user !== undefined) {
      users.set(token, { ...users.get(token), ...options.user })
    }
    const state = yield* Ref.make<State>({
      queue: options.script ?? [],
      conversations: options.snapshot?.conversations ?? [],
      models: mergeModels(options.models ?? defaultModels, options.snapshot?.models ?? []),
      users,
      placeholders: options.placeholders ?? {},
      requests: [],
      unmatched: [],
      notFound: [],
      exchanges: []
    })
    const counter = yield* Ref.make(0)
    const nextId = (prefix: string) => Ref.modify(counter, (n) => [`${prefix}_${n}`, n + 1])

    const nodeServer = Http.createServer()
    const server = yield* NodeHttpServer.make(() => nodeServer, { port: 0, host: "127.0.0.1" }).pipe(
      Effect.mapError((cause) => new ScriptedModelError({ reason: "cannot listen on 127.0.0.1", cause }))
    )
    // Runs before the server's own close: drop kept-alive and still-streaming
    // connections so that closing the scope never waits for a client.
    yield* Effect.addFinalizer(() => Effect.sync(() => nodeServer.closeAllConnections()))
    if (server.address._tag !== "TcpAddress") {
      return yield* new ScriptedModelError({ reason: "the server did not bind a TCP address" })
    }
    const port = server.address.port
    const url = `http://127.0.0.1:${port}`

    const enqueue = (...answers: ReadonlyArray<Answer>) =>
      Ref.update(state, (s) => ({ ...s, queue: [...s.queue, ...answers] }))

    /**
     * Takes the next scripted answer off the queue (queued delays add up);
     * `none` with the delays when the queue holds no answer.
     */
    const takeQueued = (s: State): { readonly taken: Option.Option<[Resolution, State]>; readonly delay: Duration.Duration } => {
      let delay = Duration.zero
      for (const [index, answer] of s.queue.entries()) {
        if (answer._tag === "Delay") {
          delay = Duration.sum(delay, answer.duration)
          continue
        }
        const rest = { ...s, queue: s.queue.slice(index + 1) }
        return {
          delay,
          taken: Option.some(
            answer._tag === "Failure"
              ? [{ _tag: "Failure", status: answer.status, message: answer.message, delay }, rest]
              : [{ _tag: "Scripted", answer, delay }, rest]
          )
        }
      }
      return { delay, taken: Option.none() }
    }

    /** Takes the next answer: the script first, then the conversations. */
    const resolve = (messages: ReadonlyArray<Snapshots.ChatMessage>): Effect.Effect<Resolution> =>
      Ref.modify(state, (s): [Resolution, State] => {
        const { delay, taken } = takeQueued(s)
        if (Option.isSome(taken)) return taken.value
        const consumed = { ...s, queue: [] }
        const found = Snapshots.match(s.conversations, messages, { placeholders: s.placeholders })
        return Option.match(found, {
          onNone: (): [Resolution, State] => [{ _tag: "None", delay }, consumed],
          onSome: (m): [Resolution, State] => [{ _tag: "Replayed", turn: m.answer, delay }, consumed]
        })
      })

    /** Takes the next scripted answer only (no conversation replay): what a Messages or responses request gets. */
    const resolveScripted: Effect.Effect<Resolution> = Ref.modify(state, (s): [Resolution, State] => {
      const { delay, taken } = takeQueued(s)
      return Option.getOrElse(taken, (): [Resolution, State] => [{ _tag: "None", delay }, { ...s, queue: [] }])
    })

    /** A scripted message as a turn: tool calls get ids and JSON arguments. */
    const toTurn = (answer: Extract<Answer, { _tag: "Message" }>): Effect.Effect<Turn> =>
      Effect.map(
        Effect.forEach(answer.toolCalls, (call) =>
          Effect.map(call.id === undefined ? nextId("call") : Effect.succeed(call.id), (id) => ({
            id,
            name: call.name,
            arguments: JSON.stringify(call.arguments ?? {})
          }))),
        (toolCalls) => ({ content: answer.content, toolCalls })
      )

    const record = Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const text = yield* request.text.pipe(Effect.orElseSucceed(() => ""))
      const parsedUrl = new URL(request.url, url)
      const recorded: RecordedRequest = {
        method: request.method,
        path: parsedUrl.pathname,
        url: request.url,
        headers: { ...request.headers },
        body: text === "" ? Option.none() : parseJsonOption(text),
        text,
        receivedAt: yield* Clock.currentTimeMillis
      }
      yield* Ref.update(state, (s) => ({ ...s, requests: [...s.requests, recorded] }))
      return recorded
    })

    const chunkStream = (model: string, turn: Turn, created: number, id: string) => {
      const base = { id, object: "chat.completion.chunk", created, model }
      const chunk = (delta: unknown, finish: string | null = null, usage?: unknown) =>
        `data: ${
          JSON.stringify({
            ...base,
            choices: [{ index: 0, delta, finish_reason: finish }],
            ...(usage === undefined ? {} : { usage })
          })
        }\n\n`
      const events: Array<string> = []
      let first = true
      const role = () => {
        const value = first ? { role: "assistant" } : {}
        first = false
        return value
      }
      for (const piece of splitText(turn.content)) events.push(chunk({ ...role(), content: piece }))
      turn.toolCalls.forEach((call, index) => {
        events.push(
          chunk({
            ...role(),
            tool_calls: [{ index, id: call.id, type: "function", function: { name: call.name, arguments: "" } }]
          })
        )
        for (const part of halves(call.arguments)) {
          events.push(chunk({ tool_calls: [{ index, function: { arguments: part } }] }))
        }
      })
      if (first) events.push(chunk({ role: "assistant", content: "" }))
      const completion = estimateTokens(turn.content + turn.toolCalls.map((c) => c.arguments).join(""))
      events.push(
        chunk({}, turn.toolCalls.length > 0 ? "tool_calls" : "stop", {
          prompt_tokens: 100,
          completion_tokens: completion,
          total_tokens: 100 + completion
        })
      )
      events.push("data: [DONE]\n\n")
      return Stream.fromIterable(events).pipe(Stream.map((event) => encoder.encode(event)))
    }

    const completionJson = (model: string, turn: Turn, created: number, id: string) => {
      const completion = estimateTokens(turn.content + turn.toolCalls.map((c) => c.arguments).join(""))
      return HttpServerResponse.unsafeJson({
        id,
        object: "chat.completion",
        created,
        model,
        choices: [{
          index: 0,
          message: {
            role: "assistant",
            content: turn.content === "" ? null : turn.content,
            ...(turn.toolCalls.length > 0
              ? {
                tool_calls: turn.toolCalls.map((call) => ({
                  id: call.id,
                  type: "function",
                  function: { name: call.name, arguments: call.arguments }
                }))
              }
              : {})
          },
          finish_reason: turn.toolCalls.length > 0 ? "tool_calls" : "stop"
        }],
        usage: { prompt_tokens: 100, completion_tokens: completion, total_tokens: 100 + completion }
      })
    }

    const chatCompletions = (recorded: RecordedRequest) =>
      Effect.gen(function*() {
        const decoded = Option.flatMap(recorded.body, decodeChatRequest)
        if (Option.isNone(decoded)) {
          return errorBody(400, "ScriptedModel: the chat completion body is not valid JSON with messages", "invalid_request")
        }
        const body = decoded.value
        const resolution = yield* resolve(body.messages)
        if (Duration.greaterThan(resolution.delay, Duration.zero)) yield* Effect.sleep(resolution.delay)
        switch (resolution._tag) {
          case "None": {
            const failure = new UnscriptedRequest({
              lastUserMessage: lastUserMessage(body.messages),
              messageCount: body.messages.length,
              request: recorded
            })
            yield* Ref.update(state, (s) => ({ ...s, unmatched: [...s.unmatched, failure] }))
            yield* Effect.logWarning(failure.message)
            return errorBody(400, failure.message, "scripted_model_unmatched")
          }
          case "Failure":
            return errorBody(resolution.status, resolution.message, "scripted_error")
          case "Scripted":
          case "Replayed": {
            const turn = resolution._tag === "Scripted" ? yield* toTurn(resolution.answer) : resolution.turn
            yield* Ref.update(state, (s) => ({ ...s, exchanges: [...s.exchanges, { messages: body.messages, answer: turn }] }))
            const model = body.model ?? "scripted-model"
            const created = Math.floor((yield* Clock.currentTimeMillis) / 1000)
            const id = yield* nextId("chatcmpl")
            return body.stream === true
              ? HttpServerResponse.stream(chunkStream(model, turn, created, id), {
                contentType: "text/event-stream",
                headers: { "cache-control": "no-cache" }
              })
              : completionJson(model, turn, created, id)
          }
        }
      })

    /**
     * A turn as the responses API streams it: the event objects, in order
     * (over HTTP each is an SSE event, over a WebSocket each is a message).
     */
    const responseEvents = (model: string, turn: Turn, id: string): ReadonlyArray<Record<string, unknown>> => {
      const messageId = `msg_${id}`
      const output: Array<Record<string, unknown>> = []
      const events: Array<Record<string, unknown>> = [
        { type: "response.created", response: { id, object: "response", model, status: "in_progress", output: [] } }
      ]
      let index = 0
      if (turn.content !== "" || turn.toolCalls.length === 0) {
        const item = { id: messageId, type: "message", role: "assistant", status: "completed", content: [{ type: "output_text", text: turn.content, annotations: [] }] }
        events.push({ type: "response.output_item.added", output_index: index, item: { ...item, status: "in_progress", content: [] } })
        events.push({ type: "response.content_part.added", item_id: messageId, output_index: index, content_index: 0, part: { type: "output_text", text: "", annotations: [] } })
        for (const piece of splitText(turn.content)) {
          events.push({ type: "response.output_text.delta", item_id: messageId, output_index: index, content_index: 0, delta: piece })
        }
        events.push({ type: "response.output_text.done", item_id: messageId, output_index: index, content_index: 0, text: turn.content })
        events.push({ type: "response.output_item.done", output_index: index, item })
        output.push(item)
        index++
      }
      for (const call of turn.toolCalls) {
        const item = { id: `fc_${call.id}`, type: "function_call", status: "completed", call_id: call.id, name: call.name, arguments: call.arguments }
        events.push({ type: "response.output_item.added", output_index: index, item: { ...item, status: "in_progress", arguments: "" } })
        events.push({ type: "response.function_call_arguments.delta", item_id: item.id, output_index: index, delta: call.arguments })
        events.push({ type: "response.function_call_arguments.done", item_id: item.id, output_index: index, arguments: call.arguments })
        events.push({ type: "response.output_item.done", output_index: index, item })
        output.push(item)
        index++
      }
      const completion = estimateTokens(turn.content + turn.toolCalls.map((c) => c.arguments).join(""))
      events.push({
        type: "response.completed",
        response: {
          id,
          object: "response",
          model,
          status: "completed",
          output,
          usage: { input_tokens: 100, output_tokens: completion, total_tokens: 100 + completion }
        }
      })
      return events
    }

    /** The next answer of the responses API (scripted answers only: recordings are chat completions). */
    const nextResponse = (recorded: RecordedRequest, model: string) =>
      Effect.gen(function*() {
        const resolution = yield* resolveScripted
        if (Duration.greaterThan(resolution.delay, Duration.zero)) yield* Effect.sleep(resolution.delay)
        switch (resolution._tag) {
          case "Scripted":
          case "Replayed": {
            const turn = resolution._tag === "Scripted" ? yield* toTurn(resolution.answer) : resolution.turn
            return Option.some(responseEvents(model, turn, yield* nextId("resp")))
          }
          case "Failure":
            return Option.none()
          case "None": {
            const failure = new UnscriptedRequest({ lastUserMessage: "", messageCount: 0, request: recorded })
            yield* Ref.update(state, (s) => ({ ...s, unmatched: [...s.unmatched, failure] }))
            yield* Effect.logWarning(failure.message)
            return Option.none()
          }
        }
      })

    /** An Anthropic Messages stream of a turn: text and tool_use blocks, then the stop reason. */
    const messageEvents = (model: string, turn: Turn, id: string) => {
      const event = (type: string, data: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`
      const completion = estimateTokens(turn.content + turn.toolCalls.map((c) => c.arguments).join(""))
      const events: Array<string> = [
        event("message_start", {
          message: {
            id,
            type: "message",
            role: "assistant",
            model,
            content: [],
            stop_reason: null,
            stop_sequence: null,
            usage: { input_tokens: 100, output_tokens: 1 }
          }
        })
      ]
      let index = 0
      if (turn.content !== "") {
        events.push(event("content_block_start", { index, content_block: { type: "text", text: "" } }))
        for (const piece of splitText(turn.content)) {
          events.push(event("content_block_delta", { index, delta: { type: "text_delta", text: piece } }))
        }
        events.push(event("content_block_stop", { index }))
        index++
      }
      for (const call of turn.toolCalls) {
        events.push(event("content_block_start", { index, content_block: { type: "tool_use", id: call.id, name: call.name, input: {} } }))
        for (const part of halves(call.arguments)) {
          events.push(event("content_block_delta", { index, delta: { type: "input_json_delta", partial_json: part } }))
        }
        events.push(event("content_block_stop", { index }))
        index++
      }
      events.push(event("message_delta", {
        delta: { stop_reason: turn.toolCalls.length > 0 ? "tool_use" : "end_turn", stop_sequence: null },
        usage: { output_tokens: completion }
      }))
      events.push(event("message_stop", {}))
      return Stream.fromIterable(events).pipe(Stream.map((text) => encoder.encode(text)))
    }

    const messageJson = (model: string, turn: Turn, id: string) =>
      HttpServerResponse.unsafeJson({
        id,
        type: "message",
        role: "assistant",
        model,
        content: [
          ...(turn.content === "" ? [] : [{ type: "text", text: turn.content }]),
          ...turn.toolCalls.map((call) => ({ type: "tool_use", id: call.id, name: call.name, input: JSON.parse(call.arguments) }))
        ],
        stop_reason: turn.toolCalls.length > 0 ? "tool_use" : "end_turn",
        stop_sequence: null,
        usage: {
          input_tokens: 100,
          output_tokens: estimateTokens(turn.content + turn.toolCalls.map((c) => c.arguments).join(""))
        }
      })

    const anthropicError = (status: number, message: string) =>
      HttpServerResponse.unsafeJson({ type: "error", error: { type: "api_error", message } }, { status })

    /** `POST /v1/messages`: the scripted answers, in the Anthropic Messages format. */
    const messages = (recorded: RecordedRequest) =>
      Effect.gen(function*() {
        const decoded = Option.flatMap(recorded.body, decodeMessagesRequest)
        if (Option.isNone(decoded)) return anthropicError(400, "ScriptedModel: the Messages body is not valid JSON with messages")
        const body = decoded.value
        const resolution = yield* resolveScripted
        if (Duration.greaterThan(resolution.delay, Duration.zero)) yield* Effect.sleep(resolution.delay)
        switch (resolution._tag) {
          case "None":
          case "Replayed": {
            const failure = new UnscriptedRequest({
              lastUserMessage: lastAnthropicUserText(body.messages),
              messageCount: body.messages.length,
              request: recorded
            })
            yield* Ref.update(state, (s) => ({ ...s, unmatched: [...s.unmatched, failure] }))
            yield* Effect.logWarning(failure.message)
            return anthropicError(400, failure.message)
          }
          case "Failure":
            return anthropicError(resolution.status, resolution.message)
          case "Scripted": {
            const turn = yield* toTurn(resolution.answer)
            const model = body.model ?? "scripted-model"
            const id = yield* nextId("msg")
            return body.stream === true
              ? HttpServerResponse.stream(messageEvents(model, turn, id), {
                contentType: "text/event-stream",
                headers: { "cache-control": "no-cache" }
              })
              : messageJson(model, turn, id)
          }
        }
      })

    const modelOf = (body: Option.Option<unknown>) =>
      Option.getOrElse(
        Option.flatMap(body, (json) =>
          typeof json === "object" && json !== null && "model" in json && typeof json.model === "string"
            ? Option.some(json.model)
            : Option.none()),
        () => "scripted-model"
      )

    const responsesHttp = (recorded: RecordedRequest) =>
      Effect.map(nextResponse(recorded, modelOf(recorded.body)), (events) =>
        Option.match(events, {
          onNone: () => errorBody(400, "ScriptedModel: no scripted answer for this responses request", "scripted_model_unmatched"),
          onSome: (events) =>
            HttpServerResponse.stream(
              Stream.fromIterable(events).pipe(
                Stream.map((event) => encoder.encode(`event: ${String(event["type"])}\ndata: ${JSON.stringify(event)}\n\n`))
              ),
              { contentType: "text/event-stream", headers: { "cache-control": "no-cache" } }
            )
        }))

    /** The responses API over a WebSocket: each `response.create` message is answered with the turn's events, one message each. */
    const responsesSocket = (recorded: RecordedRequest) =>
      Effect.gen(function*() {
        const request = yield* HttpServerRequest.HttpServerRequest
        const socket = yield* request.upgrade
        const write = yield* socket.writer
        yield* socket.runRaw((data) =>
          Effect.gen(function*() {
            const text = typeof data === "string" ? data : new TextDecoder().decode(data)
            const body = parseJsonOption(text)
            const message: RecordedRequest = { ...recorded, method: "WS", body, text, receivedAt: yield* Clock.currentTimeMillis }
            yield* Ref.update(state, (s) => ({ ...s, requests: [...s.requests, message] }))
            const events = yield* nextResponse(message, modelOf(body))
            if (Option.isNone(events)) {
              yield* write(JSON.stringify({ type: "error", error: { message: "ScriptedModel: no scripted answer", code: "scripted_model_unmatched" } }))
              return
            }
            for (const event of events.value) yield* write(JSON.stringify(event))
          })
        )
        return HttpServerResponse.empty()
      })

    const router = (recorded: RecordedRequest) =>
      HttpRouter.empty.pipe(
        HttpRouter.get(
          "/copilot_internal/user",
          Effect.gen(function*() {
            const { users } = yield* Ref.get(state)
            const authorization = recorded.headers["authorization"] ?? ""
            const presented = /^(?:Bearer|token)\s+(.+)$/i.exec(authorization)?.[1]
            const user = presented === undefined ? undefined : users.get(presented)
            if (user === undefined) return HttpServerResponse.unsafeJson({ message: "Bad credentials" }, { status: 401 })
            const now = new Date(yield* Clock.currentTimeMillis)
            return HttpServerResponse.unsafeJson(userAnswer(user, url, now))
          })
        ),
        HttpRouter.get(
          "/models",
          Effect.map(Ref.get(state), (s) => HttpServerResponse.unsafeJson({ data: s.models.map(modelAnswer) }))
        ),
        HttpRouter.post("/chat/completions", chatCompletions(recorded)),
        HttpRouter.post("/responses", responsesHttp(recorded)),
        HttpRouter.get("/responses", responsesSocket(recorded)),
        HttpRouter.post("/v1/messages", messages(recorded))
      )

    const app = Effect.gen(function*() {
      const recorded = yield* record
      if (GitHubMcp.isPath(recorded.path)) return GitHubMcp.respond(recorded.method, recorded.body)
      return yield* router(recorded).pipe(
        Effect.catchTag("RouteNotFound", () =>
          Effect.gen(function*() {
            if (!tolerated404.has(recorded.path)) {
              yield* Ref.update(state, (s) => ({ ...s, notFound: [...s.notFound, recorded] }))
            }
            return HttpServerResponse.unsafeJson(
              { message: `ScriptedModel: no endpoint ${recorded.method} ${recorded.path}` },
              { status: 404 }
            )
          }))
      )
    })

    // The handlers run with the fiber refs of this call, so switching the
    // tracer off here keeps every span of the server out of the trace.
    yield* options.traced === true ? server.serve(app) : server.serve(app).pipe(Effect.withTracerEnabled(false))

    const service: ScriptedModel = {
      url,
      port,
      token: Redacted.make(token),
      setUser: (userToken, user) =>
        Ref.update(state, (s) => ({ ...s, users: new Map([...s.users, [userToken, user]]) })),
      setModels: (models) => Ref.update(state, (s) => ({ ...s, models: mergeModels(models) })),
      script: enqueue,
      reply: (text) => enqueue(Answer.reply(text)),
      toolCall: (name, args, id) => enqueue(Answer.toolCall(name, args, id)),
      toolCalls: (calls) => enqueue(Answer.toolCalls(calls)),
      error: (status, message) => enqueue(Answer.error(status, message)),
      delay: (duration) => enqueue(Answer.delay(duration)),
      useSnapshot: (snapshot) =>
        Ref.update(state, (s) => ({
          ...s,
          conversations: [...s.conversations, ...snapshot.conversations],
          models: mergeModels(s.models, snapshot.models)
        })),
      setPlaceholders: (values) => Ref.update(state, (s) => ({ ...s, placeholders: { ...s.placeholders, ...values } })),
      pending: Effect.map(Ref.get(state), (s) => s.queue),
      requests: Effect.map(Ref.get(state), (s) => s.requests),
      gitHubMcpRequests: Effect.map(Ref.get(state), (s) => s.requests.filter((request) => GitHubMcp.isPath(request.path))),
      chatMessages: Effect.map(Ref.get(state), (s) =>
        s.requests.flatMap((request) =>
          request.path === "/chat/completions"
            ? Option.match(Option.flatMap(request.body, decodeChatRequest), {
              onNone: () => [],
              onSome: (body) => [body.messages]
            })
            : []
        )),
      unmatched: Effect.map(Ref.get(state), (s) => s.unmatched),
      notFound: Effect.map(Ref.get(state), (s) => s.notFound),
      exchanges: Effect.map(Ref.get(state), (s) => s.exchanges)
    }
    return service
  })

/**
 * Serves the scripted model on `127.0.0.1` with an ephemeral port for the
 * lifetime of the layer's scope.
 *
 * @example
 * ```ts
 * import { it } from "@effect/vitest"
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * it.scoped("answers", () =>
 *   Effect.gen(function*() {
 *     const model = yield* ScriptedModel.ScriptedModel
 *     yield* model.reply("hi")
 *   }).pipe(Effect.provide(ScriptedModel.layer({ token: "t" }))))
 * ```
 *
 * @since 0.1.0
 */
export const layer = (options: Options = {}): Layer.Layer<ScriptedModel, ScriptedModelError> =>
  Layer.scoped(ScriptedModel, make(options))

/**
 * Like {@link layer}, replaying the conversations of a snapshot file.
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Layer } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * ScriptedModel.layerSnapshot("/path/to/tools/invokes_custom_tool.yaml").pipe(Layer.provide(NodeContext.layer))
 * ```
 *
 * @since 0.1.0
 */
export const layerSnapshot = (
  path: string,
  options: Omit<Options, "snapshot"> = {}
): Layer.Layer<ScriptedModel, ScriptedModelError | Snapshots.SnapshotError, FileSystem.FileSystem> =>
  Layer.scoped(ScriptedModel, Effect.flatMap(Snapshots.load(path), (snapshot) => make({ ...options, snapshot })))

