/**
 * The declarations of the public `Tool` module (tools declared with Schema
 * parameters and an Effect handler), as internal code imports them; the public
 * module re-exports them with their docs.
 *
 * @internal
 */
import { Cause, Data, Effect, Either, JSONSchema, ParseResult, Pipeable, Predicate, Schema, SchemaAST } from "effect"
import { dual } from "effect/Function"
import { onFirstCall } from "./generatedSchema.js"

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------
/**
 * How a tool call ended, as the runtime classifies it.
 */
export const ToolResultType = Schema.Literal("success", "failure", "rejected", "denied", "timeout")

export type ToolResultType = typeof ToolResultType.Type

/**
 * A binary payload (base64) handed to the model beside the text result.
 */
export const BinaryResult = Schema.Struct({
  type: Schema.Literal("image", "resource"),
  data: Schema.String,
  mimeType: Schema.String,
  metadata: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown }))
})

export type BinaryResult = typeof BinaryResult.Type

/**
 * A structured tool result: the text the model reads, how the call ended, and
 * optional binary results, log and telemetry. Return one from a handler when a
 * plain string is not enough.
 */
export class ToolResult extends Schema.Class<ToolResult>("ToolResult")({
  textResultForLlm: Schema.String,
  resultType: ToolResultType,
  error: Schema.optional(Schema.String),
  sessionLog: Schema.optional(Schema.String),
  binaryResultsForLlm: Schema.optional(Schema.Array(BinaryResult)),
  toolTelemetry: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  toolReferences: Schema.optional(Schema.Array(Schema.String))
}) {
  /**
   * A successful result with this text for the model.
   *
   * @since 0.1.0
   */
  static success(text: string): ToolResult {
    return new ToolResult({ textResultForLlm: text, resultType: "success" })
  }
  /**
   * A failed result: `text` for the model, `error` (defaults to `text`) for logs and hooks.
   *
   * @since 0.1.0
   */
  static failure(text: string, error?: string): ToolResult {
    return new ToolResult({ textResultForLlm: text, resultType: "failure", error: error ?? text })
  }
  /**
   * The tool declined to do what was asked.
   *
   * @since 0.1.0
   */
  static rejected(text: string): ToolResult {
    return new ToolResult({ textResultForLlm: text, resultType: "rejected" })
  }
  /**
   * The call was not permitted.
   *
   * @since 0.1.0
   */
  static denied(text: string): ToolResult {
    return new ToolResult({ textResultForLlm: text, resultType: "denied" })
  }
}

/**
 * The fields of a {@link ToolResult} as a plain struct (accepts plain objects).
 */
export const ToolResultObject = Schema.Struct(ToolResult.fields)

// Made on first use: the guard's compiled parser was about 28 KB of the import.
const isToolResultObject = onFirstCall(() => Schema.is(ToolResultObject))

/**
 * The result object as it travels on the wire (`ExternalToolTextResultForLlm`).
 */
export const WireToolResultObject = Schema.encodedSchema(ToolResult)

export type WireToolResultObject = typeof WireToolResultObject.Type

/**
 * What a tool call produced, exactly as it goes into
 * `session.tools.handlePendingToolCall` beside `requestId`: either `{ result }`
 * (a string or a result object) or `{ error }`.
 */
export const WireToolOutcome = Schema.Union(
  Schema.Struct({ result: Schema.Union(Schema.String, WireToolResultObject) }),
  Schema.Struct({ error: Schema.String })
)

export type WireToolOutcome = typeof WireToolOutcome.Type

// ---------------------------------------------------------------------------
// Definitions
// ---------------------------------------------------------------------------
/**
 * A JSON object (a JSON Schema document, metadata...).
 */
export type JsonObject = { readonly [key: string]: unknown }

/**
 * A tool as it is declared to the runtime in `session.create` / `session.resume`.
 */
export const ToolDefinition = Schema.Struct({
  name: Schema.String,
  description: Schema.String,
  parameters: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  skipPermission: Schema.optional(Schema.Boolean),
  overridesBuiltInTool: Schema.optional(Schema.Boolean)
})

export type ToolDefinition = typeof ToolDefinition.Type

/**
 * Who is calling: the session, the model's tool-call id and the tool name.
 */
export interface ToolInvocation {
  readonly sessionId: string
  readonly toolCallId: string
  readonly toolName: string
}

export const TypeId: unique symbol = Symbol.for("effect-copilot/Tool")

export type TypeId = typeof TypeId

/**
 * A tool whose handler needs the context `R`. Build one with {@link make}.
 */
export interface Tool<out R> extends Pipeable.Pipeable {
  readonly [TypeId]: TypeId
  readonly name: string
  readonly description: string
  readonly skipPermission: boolean | undefined
  readonly overridesBuiltInTool: boolean | undefined
  /** The parameters as JSON Schema for the runtime, or why they cannot be expressed so. */
  readonly parametersJsonSchema: Either.Either<JsonObject, string>
  /** @internal use {@link run} */
  readonly execute: (rawArguments: unknown, invocation: ToolInvocation) => Effect.Effect<WireToolOutcome, never, R>
}

/**
 * A tool with any requirements.
 */
export type Any = Tool<unknown>

/**
 * The requirements of a tool.
 */
export type Requirements<T> = T extends Tool<infer R> ? R : never

/**
 * Whether a value is a {@link Tool}.
 */
export const isTool = (u: unknown): u is Tool<unknown> => Predicate.hasProperty(u, TypeId)

/** Options shared by both forms of {@link make}. */
export interface BaseOptions<Params, ParamsEncoded extends JsonObject> {
  /** What the tool does, for the model. */
  readonly description: string
  /** The arguments the model must pass; its encoded side must be a JSON object. */
  readonly parameters: Schema.Schema<Params, ParamsEncoded, never>
  /** The tool runs without a permission prompt. */
  readonly skipPermission?: boolean | undefined
  /** The tool deliberately replaces a built-in tool of the same name. */
  readonly overridesBuiltInTool?: boolean | undefined
}

/**
 * Declares a tool. The handler receives the decoded parameters and the
 * invocation; it returns a string (text for the model), a {@link ToolResult},
 * or — when a `success` Schema is given — a value encoded with it and sent as
 * JSON text. Its failures and defects become failure results for the model.
 */
export const make: {
  <Params, ParamsEncoded extends JsonObject, Success, SuccessEncoded, R = never>(
    name: string,
    options: BaseOptions<Params, ParamsEncoded> & {
      readonly success: Schema.Schema<Success, SuccessEncoded, never>
      readonly handler: (params: Params, invocation: ToolInvocation) => Effect.Effect<Success | ToolResult, unknown, R>
    }
  ): Tool<R>
  <Params, ParamsEncoded extends JsonObject, R = never>(
    name: string,
    options: BaseOptions<Params, ParamsEncoded> & {
      readonly success?: undefined
      readonly handler: (params: Params, invocation: ToolInvocation) => Effect.Effect<string | ToolResult, unknown, R>
    }
  ): Tool<R>
} = <Params, ParamsEncoded extends JsonObject, Success, SuccessEncoded, R>(
  name: string,
  options: BaseOptions<Params, ParamsEncoded> & {
    readonly success?: Schema.Schema<Success, SuccessEncoded, never> | undefined
    readonly handler: (params: Params, invocation: ToolInvocation) => Effect.Effect<Success | string | ToolResult, unknown, R>
  }
): Tool<R> => {
  const success = options.success
  const encodeValue = (value: Success | string): Effect.Effect<string, string> => {
    if (success !== undefined) {
      return Schema.encodeUnknown(success)(value).pipe(
        Effect.map((encoded) => JSON.stringify(encoded) ?? "null"),
        Effect.mapError((e) =>
          `the tool produced a value that does not match its success schema: ${ParseResult.TreeFormatter.formatErrorSync(e)}`
        )
      )
    }
    return typeof value === "string"
      ? Effect.succeed(value)
      : Effect.fail(`the tool produced a non-text value but declares no success schema`)
  }
  return makeTool(name, options, (params, invocation) =>
    options.handler(params, invocation).pipe(
      Effect.flatMap((value): Effect.Effect<WireToolOutcome, ToolProblem> =>
        value instanceof ToolResult
          ? Effect.succeed({ result: Schema.encodeSync(ToolResult)(value) })
          : success === undefined && isToolResultObject(value)
          ? Effect.succeed({ result: Schema.encodeSync(ToolResultObject)(value) })
          : encodeValue(value).pipe(
            Effect.map((text): WireToolOutcome => ({ result: text })),
            Effect.mapError((message) => new ToolProblem({ message }))
          )
      )
    ))
}

/** The handler's value cannot be handed to the model; the message says why. */
class ToolProblem extends Data.TaggedError("ToolProblem")<{ readonly message: string }> {}

/** The arguments of a call do not match the tool's parameters; the message is what the model is told. */
class InvalidArguments extends Data.TaggedError("InvalidArguments")<{ readonly message: string }> {}

const makeTool = <Params, ParamsEncoded extends JsonObject, R>(
  name: string,
  options: BaseOptions<Params, ParamsEncoded>,
  handle: (params: Params, invocation: ToolInvocation) => Effect.Effect<WireToolOutcome, unknown, R>
): Tool<R> => {
  const decode = Schema.decodeUnknown(options.parameters, { errors: "all", onExcessProperty: "ignore" })
  // The span covers decoding and the handler, so it ends with an error
  // status when either did not succeed; what the model is told is made
  // outside it.
  const execute = (rawArguments: unknown, invocation: ToolInvocation): Effect.Effect<WireToolOutcome, never, R> =>
    decode(rawArguments ?? {}).pipe(
      Effect.mapError((error) =>
        new InvalidArguments({
          message: `Invalid arguments for tool "${name}":\n${ParseResult.TreeFormatter.formatErrorSync(error)}\n` +
            `Call the tool again with arguments that match its parameters schema.`
        })
      ),
      Effect.flatMap((params) => Effect.suspend(() => handle(params, invocation))),
      Effect.withSpan(`Tool.run ${name}`, {
        attributes: { "copilot.tool.name": name, "copilot.tool.call_id": invocation.toolCallId }
      }),
      Effect.catchAllCause((cause) => {
        if (Cause.isInterruptedOnly(cause)) return Effect.interrupt
        const failure = Cause.failureOption(cause)
        if (failure._tag === "Some") {
          const error = failure.value
          const text = error instanceof InvalidArguments
            ? error.message
            : error instanceof ToolProblem
            ? `Tool "${name}" failed: ${error.message}`
            : `Tool "${name}" failed: ${describeError(error)}`
          return Effect.succeed(failureOutcome(text))
        }
        const defect = Cause.dieOption(cause)
        const detail = defect._tag === "Some" ? describeError(defect.value) : Cause.pretty(cause)
        return Effect.logError(`tool "${name}" died`, cause).pipe(
          Effect.as(failureOutcome(`Tool "${name}" failed unexpectedly: ${detail}`))
        )
      })
    )
  return {
    [TypeId]: TypeId,
    name,
    description: options.description,
    skipPermission: options.skipPermission,
    overridesBuiltInTool: options.overridesBuiltInTool,
    parametersJsonSchema: parametersToJsonSchema(options.parameters),
    execute,
    pipe() {
      return Pipeable.pipeArguments(this, arguments)
    }
  }
}

const failureOutcome = (text: string): WireToolOutcome => ({
  result: { textResultForLlm: text, resultType: "failure", error: text }
})

/**
 * Turns any failure value into a short readable message.
 */
export const describeError = (error: unknown): string => {
  if (typeof error === "string") return error
  if (Predicate.hasProperty(error, "message") && typeof error.message === "string" && error.message !== "") {
    return Predicate.hasProperty(error, "_tag") && typeof error._tag === "string" && error._tag !== "Error"
      ? `${error._tag}: ${error.message}`
      : error.message
  }
  if (Predicate.hasProperty(error, "_tag") && typeof error._tag === "string") return error._tag
  try {
    const json = JSON.stringify(error)
    if (json !== undefined) return json
  } catch {
    // fall through
  }
  return String(error)
}

// ---------------------------------------------------------------------------
// JSON Schema
// ---------------------------------------------------------------------------
const isJsonObject = (u: unknown): u is JsonObject => Predicate.isRecord(u)

/**
 * The JSON Schema the runtime receives for a parameters Schema: `$schema`
 * dropped, `$ref`s into `$defs` inlined (kept only for recursive schemas), and
 * the top level required to be an object.
 */
export const parametersToJsonSchema = <A, I>(schema: Schema.Schema<A, I, never>): Either.Either<JsonObject, string> => {
  // A tool without parameters: `Schema.Struct({})` is rendered by JSONSchema as
  // "any object or array", which the runtime cannot offer as function parameters.
  const encoded = SchemaAST.encodedAST(schema.ast)
  if (
    SchemaAST.isTypeLiteral(encoded) && encoded.propertySignatures.length === 0 && encoded.indexSignatures.length === 0
  ) {
    return Either.right({ type: "object", properties: {} })
  }
  let root: unknown
  try {
    root = JSONSchema.make(schema)
  } catch (e) {
    return Either.left(`its parameters Schema cannot be expressed as JSON Schema (${describeError(e)})`)
  }
  if (!isJsonObject(root)) return Either.left("its parameters Schema did not produce a JSON Schema object")
  const defs = isJsonObject(root["$defs"]) ? root["$defs"] : {}
  const inlined = inlineRefs(root, defs, [])
  const cleaned: JsonObject = inlined === undefined
    ? omitKeys(root, ["$schema"])
    : isJsonObject(inlined)
    ? omitKeys(inlined, ["$schema", "$defs"])
    : {}
  if (cleaned["type"] !== "object") {
    return Either.left(
      "its parameters Schema must describe a JSON object (use Schema.Struct); the runtime passes arguments as an object"
    )
  }
  return Either.right(cleaned)
}

const omitKeys = (obj: JsonObject, keys: ReadonlyArray<string>): JsonObject => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) {
    if (!keys.includes(k)) out[k] = v
  }
  return out
}

const refPrefix = "#/$defs/"

/** Inlines local `$ref`s; `undefined` when a reference is recursive or unresolvable. */
const inlineRefs = (node: unknown, defs: JsonObject, stack: ReadonlyArray<string>): unknown => {
  if (Array.isArray(node)) {
    const out: Array<unknown> = []
    for (const item of node) {
      const r = inlineRefs(item, defs, stack)
      if (r === undefined) return undefined
      out.push(r)
    }
    return out
  }
  if (!isJsonObject(node)) return node
  const ref = node["$ref"]
  if (typeof ref === "string" && ref.startsWith(refPrefix)) {
    const name = ref.slice(refPrefix.length)
    const target = defs[name]
    if (stack.includes(name) || target === undefined) return undefined
    const resolved = inlineRefs(target, defs, [...stack, name])
    if (resolved === undefined || !isJsonObject(resolved)) return undefined
    // sibling keywords next to a $ref (e.g. description) win over the target's
    return { ...resolved, ...omitKeys(node, ["$ref"]) }
  }
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(node)) {
    if (k === "$defs") continue
    const r = inlineRefs(v, defs, stack)
    if (r === undefined) return undefined
    out[k] = r
  }
  return out
}

// ---------------------------------------------------------------------------
// Running and declaring
// ---------------------------------------------------------------------------
/**
 * Runs a tool on the raw arguments the runtime sent. Arguments that fail the
 * parameters Schema, handler failures and handler defects all become failure
 * results that tell the model what went wrong; this Effect itself never fails.
 * Interruption is propagated.
 */
export const run: {
  (rawArguments: unknown, invocation: ToolInvocation): <R>(self: Tool<R>) => Effect.Effect<WireToolOutcome, never, R>
  <R>(self: Tool<R>, rawArguments: unknown, invocation: ToolInvocation): Effect.Effect<WireToolOutcome, never, R>
} = dual(
  3,
  <R>(self: Tool<R>, rawArguments: unknown, invocation: ToolInvocation): Effect.Effect<WireToolOutcome, never, R> =>
    self.execute(rawArguments, invocation)
)

/**
 * The definition sent to the runtime for a tool, or why it cannot be sent.
 */
export const toDefinition = <R>(tool: Tool<R>): Either.Either<ToolDefinition, string> =>
  Either.map(tool.parametersJsonSchema, (parameters): ToolDefinition => ({
    name: tool.name,
    description: tool.description,
    parameters,
    ...(tool.skipPermission !== undefined ? { skipPermission: tool.skipPermission } : {}),
    ...(tool.overridesBuiltInTool !== undefined ? { overridesBuiltInTool: tool.overridesBuiltInTool } : {})
  }))

/**
 * Names the runtime accepts for a tool: letters, digits, `_` and `-`, 1 to 64
 * characters (the model providers' function-name limit).
 */
export const isValidName = (name: string): boolean => /^[A-Za-z0-9_-]{1,64}$/.test(name)
