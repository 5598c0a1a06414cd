/**
 * What the scripted model answers on the GitHub API besides model turns:
 * its users (token, login, quotas) and models, as the runtime reads them
 * (`/copilot_internal/user`, `/models`). Answers for further GitHub API
 * paths the runtime calls (e.g. its `/mcp` traffic) go here, beside these,
 * with their route in `../ScriptedModel.ts`.
 *
 * @internal
 *
 * @since 0.2.0
 */
import { Schema } from "effect"

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

/**
 * @since 0.2.0
 */
export const toSpec = (model: string | ModelSpec): ModelSpec => (typeof model === "string" ? { id: model } : model)

/**
 * Models by id, later entries replacing earlier ones with the same id, order kept.
 *
 * @since 0.2.0
 */
export const mergeModels = (...lists: ReadonlyArray<ReadonlyArray<string | ModelSpec>>): ReadonlyArray<ModelSpec> => {
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

/**
 * @since 0.2.0
 */
export const quotaSnapshot = (id: string, quota: Quota, timestamp: string): QuotaSnapshotAnswer => {
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

/**
 * The first day of the month after `now`, as `YYYY-MM-DD`.
 *
 * @since 0.2.0
 */
export const nextMonth = (now: Date): string =>
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
