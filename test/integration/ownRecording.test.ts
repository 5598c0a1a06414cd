/**
 * The README's "Recording a conversation and replaying it", on the real
 * runtime: a scripted turn with a tool call is saved as a recording, and a
 * second runtime, with nothing scripted, gets the same answers from it.
 */
import { FileSystem } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { expect, it } from "@effect/vitest"
import { Effect, Layer, Option, Schema } from "effect"
import { CopilotSession, Handlers, Tool } from "effect-copilot"
import { ScriptedModel, Snapshots, TestRuntime } from "effect-copilot/testing"

const lookups: Array<string> = []
const weather = Tool.make("lookup_weather", {
  description: "The temperature in a city",
  parameters: Schema.Struct({ city: Schema.String }),
  success: Schema.String,
  handler: ({ city }) => Effect.sync(() => (lookups.push(city), `3 degrees in ${city}`))
})

const turn = CopilotSession.withSession(
  { tools: [weather], onPermissionRequest: Handlers.approveAll },
  (session) => Effect.map(session.sendAndWait("How cold is Oslo?"), Option.map((message) => message.data.content))
)

it.scoped("a conversation recorded on one runtime is replayed on another with nothing scripted", () =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const dir = yield* fs.makeTempDirectoryScoped()

    const recorded = yield* Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("lookup_weather", { city: "Oslo" }, "call_weather")
      yield* model.reply("It is 3 degrees in Oslo.")
      const answer = yield* turn
      yield* Snapshots.save(`${dir}/weather.yaml`, Snapshots.fromExchanges(yield* model.exchanges))
      return answer
    }).pipe(Effect.provide(TestRuntime.layer()))
    expect(recorded).toEqual(Option.some("It is 3 degrees in Oslo."))
    expect(lookups).toEqual(["Oslo"])

    const replayed = yield* Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.useSnapshot(yield* Snapshots.loadRecording("weather.yaml"))
      const answer = yield* turn
      expect(yield* model.unmatched).toEqual([])
      expect(yield* model.pending).toEqual([])
      return answer
    }).pipe(Effect.provide(Layer.merge(TestRuntime.layer(), Snapshots.layerDirectory(dir))))
    expect(replayed).toEqual(Option.some("It is 3 degrees in Oslo."))
    // The replayed tool call ran the tool again, on the new runtime.
    expect(lookups).toEqual(["Oslo", "Oslo"])
  }).pipe(Effect.provide(NodeContext.layer)), 120_000)
