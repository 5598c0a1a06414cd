/**
 * Shared pieces of the integration tests: one real runtime per test file,
 * isolated and talking to the scripted model, and helpers to replay the peer
 * recordings and to read a session's turn.
 */
import { NodeContext } from "@effect/platform-node"
import { Chunk, Effect, Stream } from "effect"
import type { CopilotSession, SessionEvent } from "effect-copilot"
import { ScriptedModel, Snapshots, TestRuntime } from "effect-copilot/testing"

/**
 * A real runtime against a fresh scripted model; share it across one file's
 * tests with `layer(RealRuntime, { excludeTestServices: true })`: the
 * runtime runs on real time, so the TestClock must not stand in for it.
 */
export const RealRuntime = TestRuntime.layer()

/** Switches the scripted model to replay a peer recording, e.g. `"tools/invokes_custom_tool.yaml"`. */
export const usePeerRecording = (relativePath: string) =>
  Effect.gen(function*() {
    const snapshot = yield* Snapshots.loadPeer(relativePath).pipe(Effect.provide(NodeContext.layer))
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
