/**
 * Canvases: panels a session offers the agent and the host, declared with
 * the session (`SessionConfig.canvases`) and served by Effect handlers.
 * The runtime lists the declared canvases (`session.canvas.list`), and when
 * one is opened — by the agent's `open_canvas` tool (with
 * `requestCanvasRenderer`) or by `session.canvas.open` — it asks this client
 * with `canvas.open`; the canvas's actions arrive as `canvas.action.invoke`
 * and the end as `canvas.close`. Every one of those requests gets an answer,
 * whatever the handler does.
 *
 * @example
 * ```ts
 * import { Effect, Schema } from "effect"
 * import { Canvas } from "effect-copilot"
 *
 * const counter = Canvas.make("counter", {
 *   displayName: "Counter",
 *   description: "A counter the agent can bump",
 *   input: Schema.Struct({ start: Schema.Number }),
 *   open: ({ start }, ctx) => Effect.succeed({ title: `Counter at ${start}`, url: `https://example.test/${ctx.instanceId}` }),
 *   actions: [
 *     Canvas.action("increment", {
 *       description: "Add to the counter",
 *       input: Schema.Struct({ by: Schema.Number }),
 *       output: Schema.Struct({ count: Schema.Number }),
 *       handler: ({ by }) => Effect.succeed({ count: by })
 *     })
 *   ]
 * })
 * ```
 *
 * @since 0.2.0
 */
import * as internal from "./internal/canvas.js"

/**
 * What a canvas handler receives beside its input: the session, the canvas
 * and the instance the request is about, and what the runtime says of the
 * host and the session.
 *
 * @example
 * ```ts
 * import { Canvas } from "effect-copilot"
 *
 * const ctx: Canvas.CanvasContext = { sessionId: "s1", extensionId: "connection:1", canvasId: "board", instanceId: "b1" }
 * ```
 *
 * @since 0.2.0
 */
export type CanvasContext = internal.CanvasContext

/**
 * What an action's handler receives beside its input: the {@link CanvasContext}
 * with the name of the action it runs, so one handler can serve several actions.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Canvas } from "effect-copilot"
 *
 * const log = (_input: unknown, ctx: Canvas.ActionContext) => Effect.log(`${ctx.canvasId}: ${ctx.actionName}`)
 * const actions = [Canvas.action("undo", { handler: log }), Canvas.action("redo", { handler: log })]
 * ```
 *
 * @since 0.2.0
 */
export type ActionContext = internal.ActionContext

/**
 * What opening a canvas answers: where it renders and what to show in its
 * chrome (all optional).
 *
 * @example
 * ```ts
 * import { Canvas } from "effect-copilot"
 *
 * const opened: Canvas.OpenResult = { url: "https://example.test/board/b1", title: "Board", status: "ready" }
 * ```
 *
 * @since 0.2.0
 */
export const OpenResult = internal.OpenResult

/**
 * @see {@link OpenResult}
 *
 * @since 0.2.0
 */
export type OpenResult = internal.OpenResult

export {
  /**
   * A failure a canvas handler can fail with to answer the runtime with its
   * own error code (the answer's `data` is `{ code, message }`). Any other
   * failure is answered with the code `canvas_handler_error`.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Canvas } from "effect-copilot"
   *
   * const busy = Effect.fail(new Canvas.CanvasError({ code: "busy", message: "the board is being saved" }))
   * ```
   *
   * @since 0.2.0
   */
  CanvasError
} from "./internal/canvas.js"

/**
 * The declaration of one action as the runtime receives it.
 *
 * @example
 * ```ts
 * import { Canvas } from "effect-copilot"
 *
 * const wire: Canvas.ActionDeclaration = { name: "increment", description: "Add one", inputSchema: { type: "object", properties: {} } }
 * ```
 *
 * @since 0.2.0
 */
export const ActionDeclaration = internal.ActionDeclaration

/**
 * @see {@link ActionDeclaration}
 *
 * @since 0.2.0
 */
export type ActionDeclaration = internal.ActionDeclaration

/**
 * The declaration of a canvas as `session.create` / `session.resume` carry it
 * (the handlers stay in this process).
 *
 * @example
 * ```ts
 * import { Canvas } from "effect-copilot"
 *
 * const wire: Canvas.CanvasDeclaration = { id: "board", displayName: "Board", description: "A kanban board" }
 * ```
 *
 * @since 0.2.0
 */
export const CanvasDeclaration = internal.CanvasDeclaration

/**
 * @see {@link CanvasDeclaration}
 *
 * @since 0.2.0
 */
export type CanvasDeclaration = internal.CanvasDeclaration

/**
 * @internal
 *
 * @since 0.2.0
 */
export const TypeId = internal.TypeId

/**
 * @internal
 *
 * @since 0.2.0
 */
export type TypeId = internal.TypeId

/**
 * One action of a canvas, with its handler. Build one with {@link action}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Canvas } from "effect-copilot"
 *
 * const reset: Canvas.Action<never> = Canvas.action("reset", { handler: () => Effect.succeed({ count: 0 }) })
 * ```
 *
 * @since 0.2.0
 */
export type Action<R> = internal.Action<R>

/**
 * Declares an action of a canvas. With `input`, the handler gets the input
 * decoded by it (an input that does not match is answered as invalid params,
 * naming the field); without, the raw input. With `output`, the handler's
 * value is encoded by it; without, it must already be JSON data.
 *
 * @example
 * ```ts
 * import { Effect, Schema } from "effect"
 * import { Canvas } from "effect-copilot"
 *
 * const increment = Canvas.action("increment", {
 *   description: "Add to the counter",
 *   input: Schema.Struct({ by: Schema.Number }),
 *   handler: ({ by }, ctx) => Effect.succeed({ instance: ctx.instanceId, added: by })
 * })
 * ```
 *
 * @since 0.2.0
 */
export const action = internal.action

/**
 * A canvas and its handlers; `R` is what they need from the context. Build
 * one with {@link make}.
 *
 * @example
 * ```ts
 * import { Canvas } from "effect-copilot"
 *
 * declare const counter: Canvas.Canvas<never>
 *
 * const canvases: ReadonlyArray<Canvas.Canvas<never>> = [counter]
 * ```
 *
 * @since 0.2.0
 */
export type Canvas<R> = internal.Canvas<R>

/**
 * Whether a value is a {@link Canvas}.
 *
 * @example
 * ```ts
 * import { Canvas } from "effect-copilot"
 *
 * declare const counter: Canvas.Canvas<never>
 *
 * Canvas.isCanvas(counter) // true
 * ```
 *
 * @since 0.2.0
 */
export const isCanvas = internal.isCanvas

/**
 * Declares a canvas. `open` is called for each instance opened (`canvas.open`;
 * opening an instance id that is already open is how a host focuses it) with
 * the input decoded by `input` when given; `onClose` when an instance closes.
 * The canvas's `actions` are what the agent and the host can invoke on an
 * open instance.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Canvas } from "effect-copilot"
 *
 * const notes = Canvas.make("notes", {
 *   displayName: "Notes",
 *   description: "A scratch pad",
 *   open: (_input, ctx) => Effect.succeed({ title: `Notes ${ctx.instanceId}` }),
 *   onClose: (ctx) => Effect.log(`closed ${ctx.instanceId}`)
 * })
 * ```
 *
 * @since 0.2.0
 */
export const make = internal.make

/**
 * The declaration sent to the runtime for a canvas, or why it cannot be sent.
 *
 * @example
 * ```ts
 * import { Canvas } from "effect-copilot"
 *
 * declare const counter: Canvas.Canvas<never>
 *
 * Canvas.toDeclaration(counter)
 * // Either.right({ id: "counter", displayName: "Counter", description: "...", inputSchema: {...}, actions: [...] })
 * ```
 *
 * @since 0.2.0
 */
export const toDeclaration = internal.toDeclaration

/**
 * The problems of a session's canvases, one sentence each: names that must
 * be unique and well-formed, inputs that must be expressible as JSON Schema.
 *
 * @internal
 *
 * @since 0.2.0
 */
export const problems = internal.problems

/**
 * The inbound methods a session's canvases serve.
 *
 * @since 0.2.0
 */
export const methods = internal.methods

/**
 * Serves one inbound canvas request with the session's canvases: routes it by
 * `canvasId` (and `actionName`), and turns an input that does not decode into
 * an invalid-params answer and a {@link CanvasError} into an error answer with
 * its code. Other failures are left to the caller, which answers them.
 *
 * @internal
 *
 * @since 0.2.0
 */
export const serve = internal.serve
