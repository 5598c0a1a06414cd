/**
 * The test kit: a scripted fake of the Copilot API that the real runtime can
 * talk to, the isolated environment to run that runtime in, a stdio MCP
 * server for sessions to use, and an in-memory fake runtime for protocol
 * tests. The MCP server needs the optional peer dependency `@effect/ai`,
 * which this entry imports: install it with the kit.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
 *
 * const program = Effect.gen(function*() {
 *   const model = yield* ScriptedModel.ScriptedModel
 *   yield* model.reply("Hello from the scripted model")
 * }).pipe(Effect.provide(TestRuntime.layer()))
 * ```
 *
 * @since 0.1.0
 */
/**
 * An isolated environment (temporary home and working directory) to run the real runtime in.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { IsolatedRuntime } from "effect-copilot/testing"
 *
 * const cwd = Effect.map(IsolatedRuntime.IsolatedRuntime, (isolated) => isolated.cwd)
 * ```
 *
 * @since 0.1.0
 */
export * as IsolatedRuntime from "./IsolatedRuntime.js"
/**
 * A scripted fake of the Copilot API, served on loopback for the real runtime.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const script = Effect.flatMap(ScriptedModel.ScriptedModel, (model) => model.reply("Hi"))
 * ```
 *
 * @since 0.1.0
 */
export * as ScriptedModel from "./ScriptedModel.js"
/**
 * Recorded conversations the scripted model can replay.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * declare const yamlText: string
 *
 * const snapshot = Snapshots.parse(yamlText) // Effect<Snapshot, SnapshotError>
 * ```
 *
 * @since 0.1.0
 */
export * as Snapshots from "./Snapshots.js"
/**
 * The real bundled runtime, offline, against the scripted model, in one Layer.
 *
 * @example
 * ```ts
 * import { TestRuntime } from "effect-copilot/testing"
 *
 * const TestLive = TestRuntime.layer()
 * ```
 *
 * @since 0.1.0
 */
export * as TestRuntime from "./TestRuntime.js"
/**
 * An in-memory fake runtime for protocol-level tests.
 *
 * @example
 * ```ts
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * const ClientLive = FakeRuntime.layerClient // a client on the fake, and the fake itself
 * ```
 *
 * @since 0.1.0
 */
export * as FakeRuntime from "./FakeRuntime.js"
