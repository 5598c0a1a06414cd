/**
 * The declarations of the public `Canvas` module (canvases declared with a
 * session and served by Effect handlers), as internal code imports them; the
 * public module re-exports them with their docs.
 *
 * @internal
 */
import { Data, Effect, Either, ParseResult, Pipeable, Predicate, Schema } from "effect"
import { Api } from "../generated/Api.js"
import { RpcError } from "./errors.js"
import { ErrorCode } from "./jsonrpc/Message.js"
import * as Protocol from "./jsonrpc/Protocol.js"
import * as Tool from "./tool.js"

/**
 * What a canvas handler receives beside its input: the session, the canvas
 * and the instance the request is about, and what the runtime says of the
 * host and the session.
 */
export interface CanvasContext {
  readonly sessionId: string
  /** The provider id the runtime gave this client's canvases (e.g. `connection:1`). */
  readonly extensionId: string
  readonly canvasId: string
  /** The open instance, chosen by whoever opened it. */
  readonly instanceId: string
  readonly host?: Api.CanvasHostContext | undefined
  readonly session?: Api.CanvasSessionContext | undefined
  /**
   * The action being invoked, on `canvas.action.invoke` (absent on open and
   * close); an action's handler gets it always, see {@link ActionContext}.
   */
  readonly actionName?: string | undefined
}

/**
 * What an action's handler receives beside its input: the {@link CanvasContext}
 * with the name of the action it runs, so one handler can serve several actions.
 */
export interface ActionContext extends CanvasContext {
  readonly actionName: string
}

/**
 * What opening a canvas answers: where it renders and what to show in its
 * chrome (all optional).
 */
export const OpenResult: Schema.Schema<Api.CanvasProviderOpenResult> = Api.CanvasProviderOpenResult

export type OpenResult = Api.CanvasProviderOpenResult

/**
 * A failure a canvas handler can fail with to answer the runtime with its
 * own error code (the answer's `data` is `{ code, message }`). Any other
 * failure is answered with the code `canvas_handler_error`.
 */
export class CanvasError extends Data.TaggedError("CanvasError")<{
  readonly code: string
  readonly message: string
}> {}

/**
 * The declaration of one action as the runtime receives it.
 */
export const ActionDeclaration = Schema.Struct({
  name: Schema.String,
  description: Schema.optional(Schema.String),
  inputSchema: Schema.optional(Schema.Unknown)
})

export type ActionDeclaration = typeof ActionDeclaration.Type

/**
 * The declaration of a canvas as `session.create` / `session.resume` carry it
 * (the handlers stay in this process).
 */
export const CanvasDeclaration = Schema.Struct({
  id: Schema.String,
  displayName: Schema.String,
  description: Schema.String,
  inputSchema: Schema.optional(Schema.Unknown),
  actions: Schema.optional(Schema.Array(ActionDeclaration))
})

export type CanvasDeclaration = typeof CanvasDeclaration.Type

export const TypeId: unique symbol = Symbol.for("effect-copilot/Canvas")

export type TypeId = typeof TypeId

/**
 * One action of a canvas, with its handler. Build one with {@link action}.
 */
export interface Action<out R> {
  readonly name: string
  readonly description: string | undefined
  /** The input as JSON Schema, or why it cannot be expressed so; absent when the action takes no declared input. */
  readonly inputJsonSchema: Either.Either<Tool.JsonObject, string> | undefined
  /** @internal decodes the raw input, runs the handler, encodes its value */
  readonly run: (rawInput: unknown, ctx: ActionContext) => Effect.Effect<unknown, unknown, R>
}

/**
 * Declares an action of a canvas. With `input`, the handler gets the input
 * decoded by it (an input that does not match is answered as invalid params,
 * naming the field); without, the raw input. With `output`, the handler's
 * value is encoded by it; without, it must already be JSON data.
 */
export const action = <I = unknown, IE extends Tool.JsonObject = Tool.JsonObject, O = unknown, OE = unknown, R = never>(
  name: string,
  options: {
    readonly description?: string | undefined
    readonly input?: Schema.Schema<I, IE, never> | undefined
    readonly output?: Schema.Schema<O, OE, never> | undefined
    readonly handler: (input: I, ctx: ActionContext) => Effect.Effect<O, unknown, R>
  }
): Action<R> => {
  const what = `the input of action "${name}"`
  const decode = decoder(options.input, what)
  const output = options.output
  const encode = output === undefined
    ? (value: O): Effect.Effect<unknown, unknown> => Effect.succeed(value)
    : (value: O): Effect.Effect<unknown, unknown> =>
      Schema.encode(output)(value).pipe(
        Effect.mapError((error) =>
          new CanvasError({
            code: "canvas_action_output_invalid",
            message: `action "${name}" produced a value that does not match its output schema: ${
              ParseResult.TreeFormatter.formatErrorSync(error)
            }`
          })
        )
      )
  return {
    name,
    description: options.description,
    inputJsonSchema: options.input === undefined ? undefined : Tool.parametersToJsonSchema(options.input),
    run: (rawInput, ctx) =>
      decode(rawInput).pipe(
        Effect.flatMap((input) => Effect.suspend(() => options.handler(input as I, ctx))),
        Effect.flatMap(encode)
      )
  }
}

/**
 * A canvas and its handlers; `R` is what they need from the context. Build
 * one with {@link make}.
 */
export interface Canvas<out R> extends Pipeable.Pipeable {
  readonly [TypeId]: TypeId
  readonly id: string
  readonly displayName: string
  readonly description: string
  /** The open input as JSON Schema, or why it cannot be expressed so; absent when the canvas declares none. */
  readonly inputJsonSchema: Either.Either<Tool.JsonObject, string> | undefined
  readonly actions: ReadonlyArray<Action<R>>
  /** @internal decodes the raw input and opens the instance */
  readonly open: (rawInput: unknown, ctx: CanvasContext) => Effect.Effect<OpenResult, unknown, R>
  /** @internal tells the handler the instance closed */
  readonly close: (ctx: CanvasContext) => Effect.Effect<void, unknown, R>
}

/**
 * Whether a value is a {@link Canvas}.
 */
export const isCanvas = (u: unknown): u is Canvas<unknown> => Predicate.hasProperty(u, TypeId)

/**
 * Declares a canvas. `open` is called for each instance opened (`canvas.open`;
 * opening an instance id that is already open is how a host focuses it) with
 * the input decoded by `input` when given; `onClose` when an instance closes.
 * The canvas's `actions` are what the agent and the host can invoke on an
 * open instance.
 */
export const make = <I = unknown, IE extends Tool.JsonObject = Tool.JsonObject, R = never>(
  id: string,
  options: {
    readonly displayName: string
    readonly description: string
    readonly input?: Schema.Schema<I, IE, never> | undefined
    readonly actions?: ReadonlyArray<Action<R>> | undefined
    readonly open: (input: I, ctx: CanvasContext) => Effect.Effect<OpenResult, unknown, R>
    readonly onClose?: ((ctx: CanvasContext) => Effect.Effect<void, unknown, R>) | undefined
  }
): Canvas<R> => {
  const decode = decoder(options.input, `the open input of canvas "${id}"`)
  const encodeOpen = Schema.encode(OpenResult)
  const onClose = options.onClose
  return {
    [TypeId]: TypeId,
    id,
    displayName: options.displayName,
    description: options.description,
    inputJsonSchema: options.input === undefined ? undefined : Tool.parametersToJsonSchema(options.input),
    actions: options.actions ?? [],
    open: (rawInput, ctx) =>
      decode(rawInput).pipe(
        Effect.flatMap((input) => Effect.suspend(() => options.open(input as I, ctx))),
        Effect.flatMap((result) =>
          encodeOpen(result).pipe(
            Effect.mapError((error) =>
              new CanvasError({
                code: "canvas_open_result_invalid",
                message: `canvas "${id}" opened with a result that is not { url?, title?, status? } strings: ${
                  ParseResult.TreeFormatter.formatErrorSync(error)
                }`
              })
            )
          )
        )
      ),
    close: (ctx) => onClose === undefined ? Effect.void : Effect.suspend(() => onClose(ctx)),
    pipe() {
      return Pipeable.pipeArguments(this, arguments)
    }
  }
}

/** Input that does not match its Schema: answered as invalid params, with what is wrong. */
class InvalidInput extends Data.TaggedError("InvalidInput")<{ readonly message: string }> {}

const decoder = <I, IE>(schema: Schema.Schema<I, IE, never> | undefined, what: string) => {
  if (schema === undefined) return (raw: unknown): Effect.Effect<unknown, InvalidInput> => Effect.succeed(raw)
  const decode = Schema.decodeUnknown(schema, { errors: "all", onExcessProperty: "ignore" })
  return (raw: unknown): Effect.Effect<unknown, InvalidInput> =>
    decode(raw ?? {}).pipe(
      Effect.mapError((error) =>
        new InvalidInput({ message: `${what} does not match its schema:\n${ParseResult.TreeFormatter.formatErrorSync(error)}` })
      )
    )
}

/**
 * The declaration sent to the runtime for a canvas, or why it cannot be sent.
 */
export const toDeclaration = <R>(canvas: Canvas<R>): Either.Either<CanvasDeclaration, string> =>
  Either.gen(function*() {
    const inputSchema = canvas.inputJsonSchema === undefined
      ? undefined
      : yield* Either.mapLeft(canvas.inputJsonSchema, (reason) => `its input ${reason}`)
    const actions: Array<ActionDeclaration> = []
    for (const action of canvas.actions) {
      const actionSchema = action.inputJsonSchema === undefined
        ? undefined
        : yield* Either.mapLeft(action.inputJsonSchema, (reason) => `the input of its action "${action.name}": ${reason}`)
      actions.push({
        name: action.name,
        ...(action.description === undefined ? {} : { description: action.description }),
        ...(actionSchema === undefined ? {} : { inputSchema: actionSchema })
      })
    }
    return {
      id: canvas.id,
      displayName: canvas.displayName,
      description: canvas.description,
      ...(inputSchema === undefined ? {} : { inputSchema }),
      ...(actions.length === 0 ? {} : { actions })
    }
  })

/**
 * The problems of a session's canvases, one sentence each: names that must
 * be unique and well-formed, inputs that must be expressible as JSON Schema.
 */
export const problems = <R>(canvases: ReadonlyArray<Canvas<R>>): ReadonlyArray<string> => {
  const out: Array<string> = []
  const ids = new Map<string, number>()
  for (const canvas of canvases) {
    ids.set(canvas.id, (ids.get(canvas.id) ?? 0) + 1)
    if (canvas.id.trim() === "") out.push(`a canvas has an empty id: give every canvas an id (e.g. "board").`)
    if (canvas.displayName.trim() === "") out.push(`canvas "${canvas.id}" has an empty "displayName": name it for the host's UI.`)
    const declared = toDeclaration(canvas)
    if (Either.isLeft(declared)) out.push(`canvas "${canvas.id}" cannot be declared: ${declared.left}.`)
    const names = new Set<string>()
    for (const action of canvas.actions) {
      if (action.name.trim() === "") out.push(`canvas "${canvas.id}" has an action with an empty name.`)
      else if (action.name.startsWith("canvas.")) {
        out.push(`canvas "${canvas.id}" has action "${action.name}": the prefix "canvas." is reserved; rename it.`)
      }
      if (names.has(action.name)) out.push(`canvas "${canvas.id}" has two actions named "${action.name}": action names must be unique.`)
      names.add(action.name)
    }
  }
  for (const [id, count] of ids) {
    if (count > 1) out.push(`canvas id "${id}" is used by ${count} canvases: canvas ids must be unique in a session.`)
  }
  return out
}

/**
 * The inbound methods a session's canvases serve.
 */
export const methods: ReadonlyArray<string> = ["canvas.open", "canvas.close", "canvas.action.invoke"]

const failWith = (method: string, code: number, message: string, data?: unknown) =>
  Effect.fail(new RpcError({ method, code, message, ...(data === undefined ? {} : { data }) }))

/**
 * Serves one inbound canvas request with the session's canvases: routes it by
 * `canvasId` (and `actionName`), and turns an input that does not decode into
 * an invalid-params answer and a {@link CanvasError} into an error answer with
 * its code. Other failures are left to the caller, which answers them.
 */
export const serve = <R>(
  canvases: ReadonlyArray<Canvas<R>>,
  method: string,
  params: unknown
): Effect.Effect<unknown, unknown, R> => {
  const find = (ctx: CanvasContext) => {
    const canvas = canvases.find((c) => c.id === ctx.canvasId)
    return canvas === undefined
      ? failWith(
        method,
        ErrorCode.InvalidParams,
        `session ${ctx.sessionId} has no canvas "${ctx.canvasId}"; declare it in the session's canvases`
      )
      : Effect.succeed(canvas)
  }
  const answered = <A>(effect: Effect.Effect<A, unknown, R>) =>
    effect.pipe(
      Effect.catchIf(
        (error): error is InvalidInput => error instanceof InvalidInput,
        (error) => failWith(method, ErrorCode.InvalidParams, error.message)
      ),
      Effect.catchIf(
        (error): error is CanvasError => error instanceof CanvasError,
        (error) => failWith(method, ErrorCode.InternalError, error.message, { code: error.code, message: error.message })
      )
    )
  const contextOf = (p: Api.CanvasCloseParams): CanvasContext => ({
    sessionId: p.sessionId,
    extensionId: p.extensionId,
    canvasId: p.canvasId,
    instanceId: p.instanceId,
    ...(p.host === undefined ? {} : { host: p.host }),
    ...(p.session === undefined ? {} : { session: p.session })
  })
  switch (method) {
    case "canvas.open":
      return Effect.flatMap(Protocol.decodeParams(method, Api.CanvasOpenParams, params), (p) => {
        const ctx = contextOf(p)
        return Effect.flatMap(find(ctx), (canvas) => answered(canvas.open(p.input, ctx)))
      })
    case "canvas.close":
      return Effect.flatMap(Protocol.decodeParams(method, Api.CanvasCloseParams, params), (p) => {
        const ctx = contextOf(p)
        return Effect.flatMap(find(ctx), (canvas) => answered(Effect.as(canvas.close(ctx), null)))
      })
    case "canvas.action.invoke":
      return Effect.flatMap(Protocol.decodeParams(method, Api.CanvasActionInvokeParams, params), (p) => {
        const ctx = contextOf(p)
        return Effect.flatMap(find(ctx), (canvas) => {
          const action = canvas.actions.find((a) => a.name === p.actionName)
          return action === undefined
            ? failWith(method, ErrorCode.InternalError, `canvas "${canvas.id}" has no action "${p.actionName}"`, {
              code: "canvas_action_no_handler",
              message: `canvas "${canvas.id}" has no action "${p.actionName}"`
            })
            : answered(action.run(p.input, { ...ctx, actionName: p.actionName }))
        })
      })
    default:
      return failWith(method, ErrorCode.MethodNotFound, `${method} is not a canvas method`)
  }
}
