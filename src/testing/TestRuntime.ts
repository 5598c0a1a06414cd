/**
 * The real bundled runtime, offline: a {@link ScriptedModel.ScriptedModel}
 * serving the Copilot API on loopback, an isolated environment of temporary
 * directories, and a {@link CopilotClient.CopilotClient} whose runtime talks
 * only to that fake. Everything stops and is removed when the Layer is
 * released.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 * import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
 *
 * const program = Effect.gen(function*() {
 *   const model = yield* ScriptedModel.ScriptedModel
 *   yield* model.reply("Hello from the scripted model")
 *   return yield* CopilotSession.withSession({}, (session) => session.sendAndWait("Hi"))
 * }).pipe(Effect.provide(TestRuntime.layer()))
 * ```
 *
 * @since 0.1.0
 */
import type { PlatformError } from "@effect/platform/Error"
import { Effect, Layer } from "effect"
import * as CopilotClient from "../CopilotClient.js"
import * as IsolatedRuntime from "./IsolatedRuntime.js"
import * as ScriptedModel from "./ScriptedModel.js"

/**
 * Options of {@link layer}: the scripted model's, and the client's.
 *
 * @example
 * ```ts
 * import { TestRuntime } from "effect-copilot/testing"
 *
 * const TestLive = TestRuntime.layer({ model: { models: ["gpt-5"] }, client: { logLevel: "debug" } })
 * ```
 *
 * @since 0.1.0
 */
export interface Options {
  /** Options of the scripted model (token, models, an initial script or snapshot). */
  readonly model?: ScriptedModel.Options | undefined
  /** Client options on top of the isolated environment (connection, log level, timeouts). */
  readonly client?: Omit<CopilotClient.ClientOptions, "githubToken" | "baseDirectory" | "cwd"> | undefined
}

/**
 * A client on the real runtime, isolated, using a scripted model that is already provided.
 *
 * @example
 * ```ts
 * import { Layer } from "effect"
 * import { RuntimeConnection } from "effect-copilot"
 * import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
 *
 * const TestLive = TestRuntime.layerClient({ connection: RuntimeConnection.Tcp() }).pipe(
 *   Layer.provideMerge(ScriptedModel.layer({ script: [ScriptedModel.Answer.reply("Hi")] }))
 * )
 * ```
 *
 * @since 0.1.0
 */
export const layerClient = (
  options: CopilotClient.ClientOptions = {}
): Layer.Layer<CopilotClient.CopilotClient | IsolatedRuntime.IsolatedRuntime, CopilotClient.StartError | PlatformError, ScriptedModel.ScriptedModel> =>
  Layer.scoped(
    CopilotClient.CopilotClient,
    Effect.flatMap(IsolatedRuntime.IsolatedRuntime, (isolated) =>
      CopilotClient.make({
        ...options,
        ...IsolatedRuntime.clientOptions(isolated),
        env: { ...isolated.env, ...options.env }
      }))
  ).pipe(Layer.provideMerge(IsolatedRuntime.layerNode))

/**
 * The scripted model, the isolated environment and a client on the real
 * runtime, in one Layer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotSession } from "effect-copilot"
 * import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
 *
 * const answer = CopilotSession.withSession({}, (session) => session.sendAndWait("Hi")).pipe(
 *   Effect.provide(TestRuntime.layer({ model: { script: [ScriptedModel.Answer.reply("Hello!")] } }))
 * )
 * ```
 *
 * @since 0.1.0
 */
export const layer = (
  options: Options = {}
): Layer.Layer<
  CopilotClient.CopilotClient | IsolatedRuntime.IsolatedRuntime | ScriptedModel.ScriptedModel,
  CopilotClient.StartError | PlatformError | ScriptedModel.ScriptedModelError
> => layerClient(options.client).pipe(Layer.provideMerge(ScriptedModel.layer(options.model)))
