/**
 * `@effect/ai` tools as this SDK's tools: the tool's parameters Schema gives
 * the JSON Schema the runtime offers the model, and a call runs the handler
 * registered for the tool by its toolkit's handler Layer (`toolkit.toLayer`),
 * found in the context by the tool's id, as `Toolkit`'s own resolution does.
 *
 * @internal
 */
import type * as AiTool from "@effect/ai/Tool"
import { Context, Effect, Either, Option, ParseResult, Predicate, Schema, SchemaAST } from "effect"
import * as Tool from "../tool.js"

/** A tool with the handler its toolkit's Layer registered for it. */
export interface ResolvedTool {
  readonly tool: AiTool.Any
  readonly handler: AiTool.Handler<string>
}

/** What one call of a toolkit tool produced, as `@effect/ai` reports it in a tool-result part. */
export interface ToolOutcome {
  readonly toolCallId: string
  readonly name: string
  /** The result encoded by the tool's success (or failure) Schema. */
  readonly encodedResult: unknown
  readonly isFailure: boolean
}

/** Options of {@link toCopilotTools}. */
export interface ConvertOptions {
  /** Run without a permission prompt (default `true`: handing the tool over is the permission). */
  readonly skipPermission?: boolean | undefined
  /** Told about every call that produced a result. */
  readonly onOutcome?: ((outcome: ToolOutcome) => Effect.Effect<void>) | undefined
}

const isHandler = (u: unknown): u is AiTool.Handler<string> =>
  Predicate.hasProperty(u, "handler") && Predicate.isFunction(u.handler) &&
  Predicate.hasProperty(u, "context") && Context.isContext(u.context)

/**
 * The handlers of `tools` in `context`; `Left` names the tools that have none.
 */
export const resolveHandlers = (
  tools: ReadonlyArray<AiTool.Any>,
  context: Context.Context<never>
): Either.Either<ReadonlyArray<ResolvedTool>, ReadonlyArray<string>> => {
  const resolved: Array<ResolvedTool> = []
  const missing: Array<string> = []
  for (const tool of tools) {
    const handler: unknown = context.unsafeMap.get(tool.id)
    if (isHandler(handler)) resolved.push({ tool, handler })
    else missing.push(tool.name)
  }
  return missing.length > 0 ? Either.left(missing) : Either.right(resolved)
}

/** The parameters Schema of a tool (schemas that need services are not supported). */
const parametersSchema = (tool: AiTool.Any): Schema.Schema<unknown> => Schema.make(tool.parametersSchema.ast)

/** The encoded side of the parameters: what the model sends, a JSON object. */
const encodedParameters = (tool: AiTool.Any): Schema.Schema<Tool.JsonObject> =>
  Schema.make(SchemaAST.encodedAST(tool.parametersSchema.ast))

/** Whether the model's arguments decode with the tool's parameters Schema. */
export const argumentsDecode = (tool: AiTool.Any, args: unknown): boolean =>
  Either.isRight(ParseResult.decodeUnknownEither(parametersSchema(tool))(args ?? {}))

/** Text for the model: strings as they are, other values as JSON. */
const toText = (value: unknown): string => typeof value === "string" ? value : JSON.stringify(value) ?? "null"

/**
 * Runs a toolkit tool on the model's raw arguments: decodes them, runs the
 * handler in its own context, checks and encodes the result. A handler
 * failure becomes a failure result whatever the tool's `failureMode`, since
 * the runtime continues the turn with it; failures that are not the tool's
 * own (bad arguments, a result that does not match its Schema) fail with a
 * message for the model.
 */
export const runTool = (
  resolved: ResolvedTool,
  rawArguments: unknown
): Effect.Effect<{ readonly encodedResult: unknown; readonly isFailure: boolean }, string> => {
  const { handler, tool } = resolved
  const success: Schema.Schema<unknown, unknown> = Schema.make(tool.successSchema.ast)
  const failure: Schema.Schema<unknown, unknown> = Schema.make(tool.failureSchema.ast)
  const problem = (what: string) => (error: ParseResult.ParseError) =>
    `${what}:\n${ParseResult.TreeFormatter.formatErrorSync(error)}`
  return Effect.gen(function*() {
    const params = yield* Schema.decodeUnknown(parametersSchema(tool))(rawArguments ?? {}).pipe(
      Effect.mapError(problem(`the arguments do not match the parameters of tool "${tool.name}"`))
    )
    const ran: Effect.Effect<unknown, unknown> = Effect.suspend(() => handler.handler(params))
    const outcome = yield* ran.pipe(
      Effect.mapInputContext((input: Context.Context<never>) => Context.merge(handler.context, input)),
      Effect.either
    )
    if (Either.isRight(outcome)) {
      const encodedResult = yield* Schema.encodeUnknown(success)(outcome.right).pipe(
        Effect.mapError(problem(`the result of tool "${tool.name}" does not match its success Schema`))
      )
      return { encodedResult, isFailure: false }
    }
    const encodedResult = yield* Schema.encodeUnknown(failure)(outcome.left).pipe(
      Effect.mapError(() => Tool.describeError(outcome.left))
    )
    return { encodedResult, isFailure: true }
  })
}

/**
 * This SDK's tool for a resolved toolkit tool: the model's arguments are
 * checked against the encoded side of the parameters Schema (so the model is
 * told about malformed arguments), then {@link runTool} runs it. A failure
 * result reaches the model as a `failure` tool result with the encoded
 * failure as its text.
 */
export const toCopilotTool = (resolved: ResolvedTool, options: ConvertOptions = {}): Tool.Tool<never> => {
  const { tool } = resolved
  return Tool.make(tool.name, {
    description: tool.description ??
      Option.getOrElse(SchemaAST.getDescriptionAnnotation(tool.parametersSchema.ast), () => tool.name),
    parameters: encodedParameters(tool),
    skipPermission: options.skipPermission ?? true,
    handler: (params, invocation) =>
      runTool(resolved, params).pipe(
        Effect.tap(({ encodedResult, isFailure }) =>
          options.onOutcome === undefined
            ? Effect.void
            : options.onOutcome({ toolCallId: invocation.toolCallId, name: tool.name, encodedResult, isFailure })
        ),
        Effect.map(({ encodedResult, isFailure }) =>
          isFailure ? Tool.ToolResult.failure(toText(encodedResult)) : toText(encodedResult)
        )
      )
  })
}

/** Checks the names of toolkit tools against what the runtime accepts. */
export const invalidNames = (tools: ReadonlyArray<AiTool.Any>): ReadonlyArray<string> =>
  tools.map((tool) => tool.name).filter((name) => !Tool.isValidName(name))
