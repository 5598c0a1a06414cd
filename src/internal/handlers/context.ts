/**
 * Handlers: what every handler receives, the time Schema the runtime's requests use, and the system-message sections with their transforms (`systemMessage.transform`). Re-exported by the public `Handlers` module.
 *
 * @internal
 */
import { Effect, Schema } from "effect"
import { lazy } from "../generatedSchema.js"


/**
 * What every handler receives beside its input.
 *
 * @example
 * ```ts
 * const ctx: Handlers.HandlerContext = { sessionId: "s1" }
 * ```
 */
export interface HandlerContext {
  readonly sessionId: string
}

/**
 * The shape of every handler: input and context in, an Effect out. A failure
 * or defect becomes an error answer to the runtime.
 *
 * @example
 * ```ts
 * const h: Handlers.Handler<string, number, never> = (s) => Effect.succeed(s.length)
 * ```
 */
export type Handler<In, Out, R> = (input: In, ctx: HandlerContext) => Effect.Effect<Out, unknown, R>


// ---------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------

/**
 * A `Date` that travels as Unix milliseconds (how the runtime stamps hooks).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * Schema.decodeSync(Handlers.DateFromUnixMillis)(1700000000000) // Date 2023-11-14T22:13:20.000Z
 * ```
 */
export const DateFromUnixMillis: Schema.Schema<Date, number> = lazy(() =>
  Schema.transform(
    Schema.Number,
    Schema.ValidDateFromSelf,
    { strict: true, decode: (ms) => new Date(ms), encode: (date) => date.getTime() }
  ).annotations({ identifier: "DateFromUnixMillis" })
)

// ---------------------------------------------------------------------------
// System message sections and their transforms (`systemMessage.transform`)
// ---------------------------------------------------------------------------

/**
 * The sections of the runtime's system prompt that can be customized.
 *
 * @example
 * ```ts
 * const s: Handlers.SystemMessageSection = "tone"
 * ```
 */
export const SystemMessageSection: Schema.Schema<SystemMessageSection> = lazy(() =>
  Schema.Literal(
    "preamble",
    "identity",
    "tone",
    "tool_efficiency",
    "environment_context",
    "code_change_rules",
    "guidelines",
    "safety",
    "tool_instructions",
    "custom_instructions",
    "runtime_instructions",
    "last_instructions"
  )
)
/** @see {@link SystemMessageSection} */
export type SystemMessageSection =
  | "preamble"
  | "identity"
  | "tone"
  | "tool_efficiency"
  | "environment_context"
  | "code_change_rules"
  | "guidelines"
  | "safety"
  | "tool_instructions"
  | "custom_instructions"
  | "runtime_instructions"
  | "last_instructions"

/**
 * Rewrites one section of the system prompt: current content in, new content
 * out. A failure becomes a JSON-RPC error answer to `systemMessage.transform`.
 *
 * @example
 * ```ts
 * const shout: Handlers.SectionTransform<never> = (content) => Effect.succeed(content.toUpperCase())
 * ```
 */
export type SectionTransform<R> = (
  content: string,
  ctx: HandlerContext & { readonly section: string }
) => Effect.Effect<string, unknown, R>

/**
 * Section transforms by section name.
 *
 * @example
 * ```ts
 * const transforms: Handlers.SectionTransforms<never> = { tone: (c) => Effect.succeed(c + "\nBe brief.") }
 * ```
 */
export type SectionTransforms<R> = { readonly [S in SystemMessageSection]?: SectionTransform<R> | undefined }

const SectionContents = () => Schema.Record({ key: Schema.String, value: Schema.Struct({ content: Schema.String }) })

/**
 * The params of the inbound `systemMessage.transform`: the current content of
 * each section the session registered a transform for.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Handlers.SystemMessageTransformParams)({ sessionId: "s", sections: { tone: { content: "..." } } })
 * ```
 */
export const SystemMessageTransformParams = lazy(() =>
  Schema.Struct({ sessionId: Schema.String, sections: SectionContents() })
)
/** @see {@link SystemMessageTransformParams} */
export type SystemMessageTransformParams = typeof SystemMessageTransformParams.Type

/**
 * The result of `systemMessage.transform`: the new content of each section.
 *
 * @example
 * ```ts
 * const r: Handlers.SystemMessageTransformResult = { sections: { tone: { content: "Be brief." } } }
 * ```
 */
export const SystemMessageTransformResult = lazy(() =>
  Schema.Struct({ sections: SectionContents() })
)
/** @see {@link SystemMessageTransformResult} */
export type SystemMessageTransformResult = typeof SystemMessageTransformResult.Type

/**
 * Applies the registered transforms to the sections the runtime sent;
 * sections without a transform come back unchanged.
 *
 * @example
 * ```ts
 * Handlers.transformSections({ tone: (c) => Effect.succeed(c + "!") }, params)
 * ```
 */
export const transformSections = <R>(
  transforms: SectionTransforms<R> | undefined,
  params: SystemMessageTransformParams
): Effect.Effect<SystemMessageTransformResult, unknown, R> =>
  Effect.forEach(Object.entries(params.sections), ([section, { content }]) => {
    const transform = transforms === undefined ? undefined : lookupTransform(transforms, section)
    return transform === undefined
      ? Effect.succeed([section, { content }] as const)
      : Effect.map(
        transform(content, { sessionId: params.sessionId, section }),
        (next) => [section, { content: next }] as const
      )
  }).pipe(Effect.map((entries) => ({ sections: Object.fromEntries(entries) })))

const lookupTransform = <R>(transforms: SectionTransforms<R>, section: string): SectionTransform<R> | undefined =>
  Schema.is(SystemMessageSection)(section) ? transforms[section] : undefined
