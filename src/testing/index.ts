/**
 * The test kit: a scripted fake of the Copilot API that the real runtime can
 * talk to, the isolated environment to run that runtime in, and an in-memory
 * fake runtime for protocol tests.
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
 */
export * as IsolatedRuntime from "./IsolatedRuntime.js"
export * as ScriptedModel from "./ScriptedModel.js"
export * as Snapshots from "./Snapshots.js"
export * as TestRuntime from "./TestRuntime.js"
export * as FakeRuntime from "./FakeRuntime.js"
