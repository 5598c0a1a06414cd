/**
 * Shared pieces of the integration tests: one real runtime per test file,
 * isolated and talking to the scripted model, and helpers to replay the
 * recordings and to read a session's turn.
 */
import { NodeContext } from "@effect/platform-node"
import { Chunk, Effect, Layer, Stream } from "effect"
import { type CopilotSession, RuntimeConnection, type SessionEvent } from "effect-copilot"
import { ScriptedModel, Snapshots, TestRuntime } from "effect-copilot/testing"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

let recordings = 0

/**
 * Client options that record the runtime's conversation, when the
 * environment asks for it: with `COPILOT_RECORD_WIRE` naming a directory,
 * the runtime is started through `test/support/recordingRuntime.mjs`, which
 * logs every message into a new file there; `scripts/corpus.ts` turns the
 * logs into the fixtures `test/corpus.test.ts` decodes. Otherwise nothing.
 */
export const recordingClient = (): TestRuntime.Options["client"] => {
  const directory = process.env["COPILOT_RECORD_WIRE"]
  if (directory === undefined || directory === "") return undefined
  Fs.mkdirSync(directory, { recursive: true })
  const log = Path.join(directory, `${process.pid}-${Date.now()}-${recordings++}.jsonl`)
  return {
    connection: RuntimeConnection.Stdio({ path: fileURLToPath(new URL("../support/recordingRuntime.mjs", import.meta.url)) }),
    env: { EFFECT_COPILOT_WIRE_LOG: log }
  }
}

/**
 * A real runtime against a fresh scripted model; share it across one file's
 * tests with `layer(RealRuntime, { excludeTestServices: true })`: the
 * runtime runs on real time, so the TestClock must not stand in for it.
 * Recorded for the corpus when `COPILOT_RECORD_WIRE` is set (see {@link recordingClient}).
 */
export const RealRuntime = TestRuntime.layer({ client: recordingClient() })

/** The recordings the tests replay, kept in the repository under `test/recordings/`. */
export const Recordings = Snapshots.layerDirectory(fileURLToPath(new URL("../recordings", import.meta.url))).pipe(
  Layer.provide(NodeContext.layer)
)

/** Switches the scripted model to replay a recording of `test/recordings/`, e.g. `"tools/invokes_custom_tool.yaml"`. */
export const useRecording = (relativePath: string) =>
  Effect.gen(function*() {
    const snapshot = yield* Snapshots.loadRecording(relativePath).pipe(Effect.provide(Recordings), Effect.provide(NodeContext.layer))
    const model = yield* ScriptedModel.ScriptedModel
    yield* model.useSnapshot(snapshot)
  })

/** Sends a prompt and collects the session's events until the turn ends. */
export const sendAndCollect = (session: CopilotSession.CopilotSessionService, prompt: string) =>
  Effect.gen(function*() {
    const events = yield* session.subscribe
    yield* session.send(prompt)
    return Chunk.toArray(
      yield* events.pipe(
        Stream.takeUntil((event: SessionEvent.SessionEvent) => event.type === "session.idle" || event.type === "session.error"),
        Stream.runCollect
      )
    )
  })
