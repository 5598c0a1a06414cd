/**
 * Tools the model can call, declared with a Schema for their parameters and an
 * Effect for their handler. Named after `@effect/ai`'s `Tool` where the
 * concepts match.
 *
 * @example
 * ```ts
 * import { Effect, Schema } from "effect"
 * import { Tool } from "effect-copilot"
 *
 * const weather = Tool.make("get_weather", {
 *   description: "Current weather for a city",
 *   parameters: Schema.Struct({ city: Schema.String }),
 *   handler: ({ city }) => Effect.succeed(`Sunny in ${city}`)
 * })
 * ```
 *
 * @since 0.1.0
 */
import * as internal from "./internal/tool.js"

/**
 * How a tool call ended, as the runtime classifies it.
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * const kind: Tool.ToolResultType = "failure"
 * ```
 *
 * @since 0.1.0
 */
export const ToolResultType = internal.ToolResultType

/**
 * @see {@link ToolResultType}
 *
 * @since 0.1.0
 */
export type ToolResultType = internal.ToolResultType

/**
 * A binary payload (base64) handed to the model beside the text result.
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * const image: Tool.BinaryResult = { type: "image", data: "iVBORw0...", mimeType: "image/png" }
 * ```
 *
 * @since 0.1.0
 */
export const BinaryResult = internal.BinaryResult

/**
 * @see {@link BinaryResult}
 *
 * @since 0.1.0
 */
export type BinaryResult = internal.BinaryResult

export {
  /**
   * A structured tool result: the text the model reads, how the call ended, and
   * optional binary results, log and telemetry. Return one from a handler when a
   * plain string is not enough.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Tool } from "effect-copilot"
   *
   * const denied = Effect.succeed(Tool.ToolResult.denied("the path is outside the workspace"))
   * const rich = Effect.succeed(new Tool.ToolResult({ textResultForLlm: "done", resultType: "success", sessionLog: "wrote 3 files" }))
   * ```
   *
   * @since 0.1.0
   */
  ToolResult
} from "./internal/tool.js"

/**
 * The fields of a {@link ToolResult} as a plain struct (accepts plain objects).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Tool } from "effect-copilot"
 *
 * Schema.is(Tool.ToolResultObject)({ textResultForLlm: "ok", resultType: "success" }) // true
 * ```
 *
 * @since 0.1.0
 */
export const ToolResultObject = internal.ToolResultObject

/**
 * The result object as it travels on the wire (`ExternalToolTextResultForLlm`).
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * const wire: Tool.WireToolResultObject = { textResultForLlm: "ok", resultType: "success" }
 * ```
 *
 * @since 0.1.0
 */
export const WireToolResultObject = internal.WireToolResultObject

/**
 * @see {@link WireToolResultObject}
 *
 * @since 0.1.0
 */
export type WireToolResultObject = internal.WireToolResultObject

/**
 * What a tool call produced, exactly as it goes into
 * `session.tools.handlePendingToolCall` beside `requestId`: either `{ result }`
 * (a string or a result object) or `{ error }`.
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * const ok: Tool.WireToolOutcome = { result: "42" }
 * const bad: Tool.WireToolOutcome = { error: "network unreachable" }
 * ```
 *
 * @since 0.1.0
 */
export const WireToolOutcome = internal.WireToolOutcome

/**
 * @see {@link WireToolOutcome}
 *
 * @since 0.1.0
 */
export type WireToolOutcome = internal.WireToolOutcome

/**
 * A JSON object (a JSON Schema document, metadata...).
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * const schema: Tool.JsonObject = { type: "object", properties: {} }
 * ```
 *
 * @since 0.1.0
 */
export type JsonObject = internal.JsonObject

/**
 * A tool as it is declared to the runtime in `session.create` / `session.resume`.
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * const def: Tool.ToolDefinition = { name: "ping", description: "Ping", parameters: { type: "object", properties: {} } }
 * ```
 *
 * @since 0.1.0
 */
export const ToolDefinition = internal.ToolDefinition

/**
 * @see {@link ToolDefinition}
 *
 * @since 0.1.0
 */
export type ToolDefinition = internal.ToolDefinition

/**
 * Who is calling: the session, the model's tool-call id and the tool name.
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * const invocation: Tool.ToolInvocation = { sessionId: "s1", toolCallId: "call_1", toolName: "get_weather" }
 * ```
 *
 * @since 0.1.0
 */
export type ToolInvocation = internal.ToolInvocation

/**
 * @internal
 *
 * @since 0.1.0
 */
export const TypeId = internal.TypeId

/**
 * @internal
 *
 * @since 0.1.0
 */
export type TypeId = internal.TypeId

/**
 * A tool whose handler needs the context `R`. Build one with {@link make}.
 *
 * @example
 * ```ts
 * import { Effect, Schema } from "effect"
 * import { Tool } from "effect-copilot"
 *
 * const echo: Tool.Tool<never> = Tool.make("echo", {
 *   description: "Echo the text back",
 *   parameters: Schema.Struct({ text: Schema.String }),
 *   handler: ({ text }) => Effect.succeed(text)
 * })
 * ```
 *
 * @since 0.1.0
 */
export type Tool<R> = internal.Tool<R>

/**
 * A tool with any requirements.
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * const tools: ReadonlyArray<Tool.Any> = []
 * ```
 *
 * @since 0.1.0
 */
export type Any = internal.Any

/**
 * The requirements of a tool.
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * declare const myTool: Tool.Tool<never>
 *
 * type R = Tool.Requirements<typeof myTool>
 * ```
 *
 * @since 0.1.0
 */
export type Requirements<T> = internal.Requirements<T>

/**
 * Whether a value is a {@link Tool}.
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * declare const myTool: Tool.Tool<never>
 *
 * Tool.isTool(myTool) // true
 * ```
 *
 * @since 0.1.0
 */
export const isTool = internal.isTool

/**
 * Declares a tool. The handler receives the decoded parameters and the
 * invocation; it returns a string (text for the model), a {@link ToolResult},
 * or — when a `success` Schema is given — a value encoded with it and sent as
 * JSON text. Its failures and defects become failure results for the model.
 *
 * @example
 * ```ts
 * import { Effect, Schema } from "effect"
 * import { Tool } from "effect-copilot"
 *
 * const add = Tool.make("add", {
 *   description: "Add two numbers",
 *   parameters: Schema.Struct({ a: Schema.Number, b: Schema.Number }),
 *   success: Schema.Struct({ sum: Schema.Number }),
 *   handler: ({ a, b }) => Effect.succeed({ sum: a + b })
 * })
 * ```
 *
 * @since 0.1.0
 */
export const make = internal.make

/**
 * Turns any failure value into a short readable message.
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * Tool.describeError(new Error("boom")) // "boom"
 * ```
 *
 * @since 0.1.0
 */
export const describeError = internal.describeError

/**
 * The JSON Schema the runtime receives for a parameters Schema: `$schema`
 * dropped, `$ref`s into `$defs` inlined (kept only for recursive schemas), and
 * the top level required to be an object.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Tool } from "effect-copilot"
 *
 * Tool.parametersToJsonSchema(Schema.Struct({ city: Schema.String }))
 * // Either.right({ type: "object", required: ["city"], properties: { city: { type: "string" } }, additionalProperties: false })
 * ```
 *
 * @since 0.1.0
 */
export const parametersToJsonSchema = internal.parametersToJsonSchema

/**
 * Runs a tool on the raw arguments the runtime sent. Arguments that fail the
 * parameters Schema, handler failures and handler defects all become failure
 * results that tell the model what went wrong; this Effect itself never fails.
 * Interruption is propagated.
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * declare const weather: Tool.Tool<never>
 *
 * const outcome = Tool.run(weather, { city: "Oslo" }, { sessionId: "s1", toolCallId: "c1", toolName: "get_weather" })
 * // Effect<{ result: "Sunny in Oslo" }>
 * ```
 *
 * @since 0.1.0
 */
export const run = internal.run

/**
 * The definition sent to the runtime for a tool, or why it cannot be sent.
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * declare const weather: Tool.Tool<never>
 *
 * Tool.toDefinition(weather)
 * // Either.right({ name: "get_weather", description: "...", parameters: { type: "object", ... } })
 * ```
 *
 * @since 0.1.0
 */
export const toDefinition = internal.toDefinition

/**
 * Names the runtime accepts for a tool: letters, digits, `_` and `-`, 1 to 64
 * characters (the model providers' function-name limit).
 *
 * @example
 * ```ts
 * import { Tool } from "effect-copilot"
 *
 * Tool.isValidName("get_weather") // true
 * Tool.isValidName("get weather") // false
 * ```
 *
 * @since 0.1.0
 */
export const isValidName = internal.isValidName
