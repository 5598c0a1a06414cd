/**
 * System message section transforms, end to end through the real runtime:
 * the scenarios of the recordings `system_message_transform/*`.
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Ref } from "effect"
import { CopilotSession, Handlers } from "effect-copilot"
import { IsolatedRuntime, ScriptedModel } from "effect-copilot/testing"
import * as Fs from "node:fs/promises"
import * as Path from "node:path"
import { checkpoint, expectModelDone, lastChatRequest, runTurn } from "./modelRequests.js"
import { RealRuntime, useRecording } from "./support.js"

const writeWorkFile = (name: string, content: string) =>
  Effect.flatMap(IsolatedRuntime.IsolatedRuntime, (runtime) =>
    Effect.promise(() => Fs.writeFile(Path.join(runtime.cwd, name), content)))

/** A transform that records what it received and returns `f(content)`. */
const recordingTransform = (
  seen: Ref.Ref<ReadonlyArray<readonly [string, string, string]>>,
  f: (content: string) => string
): Handlers.SectionTransform<never> =>
(content, ctx) => Ref.update(seen, (all) => [...all, [ctx.section, content, ctx.sessionId] as const]).pipe(Effect.as(f(content)))

layer(RealRuntime, { excludeTestServices: true })("system message transforms on the real runtime", (it) => {
  it.effect("hands each transform its section's current content, and the unchanged result reaches the model", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("system_message_transform/should_invoke_transform_callbacks_with_section_content.yaml")
      yield* writeWorkFile("test.txt", "Hello transform!")
      const seen = yield* Ref.make<ReadonlyArray<readonly [string, string, string]>>([])
      const prompt = "Read the contents of test.txt and tell me what it says"
      const [sessionId, turn] = yield* CopilotSession.withSession(
        {
          onPermissionRequest: Handlers.approveAll,
          systemMessageTransforms: {
            identity: recordingTransform(seen, (content) => content),
            tone: recordingTransform(seen, (content) => content)
          }
        },
        (session) => Effect.map(runTurn(session, prompt), (turn) => [session.sessionId, turn] as const)
      )
      const calls = yield* Ref.get(seen)
      expect([...new Set(calls.map(([section]) => section))].sort()).toEqual(["identity", "tone"])
      expect(calls.every(([, , id]) => id === sessionId)).toBe(true)
      const system = (yield* lastChatRequest(prompt)).system
      for (const [section, content] of calls) {
        expect(content.trim().length, `the content of section ${section}`).toBeGreaterThan(0)
        expect(system).toContain(content.trim())
      }
      expect(turn.answer).toContain("Hello transform!")
      yield* expectModelDone(mark)
    }))

  it.effect("puts the transformed section content into the model's system prompt", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("system_message_transform/should_apply_transform_modifications_to_section_content.yaml")
      yield* writeWorkFile("hello.txt", "Hello!")
      const seen = yield* Ref.make<ReadonlyArray<readonly [string, string, string]>>([])
      const prompt = "Read the contents of hello.txt"
      const turn = yield* CopilotSession.withSession(
        {
          onPermissionRequest: Handlers.approveAll,
          systemMessageTransforms: {
            identity: recordingTransform(seen, (content) => `${content}\nTRANSFORM_MARKER_IDENTITY: always answer politely.`),
            tone: recordingTransform(seen, () => "TRANSFORM_MARKER_TONE: replaced tone section.")
          }
        },
        (session) => runTurn(session, prompt)
      )
      const system = (yield* lastChatRequest(prompt)).system
      expect(system).toContain("TRANSFORM_MARKER_IDENTITY: always answer politely.")
      expect(system).toContain("TRANSFORM_MARKER_TONE: replaced tone section.")
      const originalTone = (yield* Ref.get(seen)).find(([section]) => section === "tone")?.[1] ?? ""
      expect(originalTone.trim().length).toBeGreaterThan(0)
      expect(system).not.toContain(originalTone.trim())
      expect(turn.answer).toContain("Hello!")
      yield* expectModelDone(mark)
    }))

  it.effect("applies static section overrides and transforms together", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      yield* useRecording("system_message_transform/should_work_with_static_overrides_and_transforms_together.yaml")
      yield* writeWorkFile("combo.txt", "Combo test!")
      const seen = yield* Ref.make<ReadonlyArray<readonly [string, string, string]>>([])
      const prompt = "Read the contents of combo.txt and tell me what it says"
      const turn = yield* CopilotSession.withSession(
        {
          onPermissionRequest: Handlers.approveAll,
          systemMessage: {
            mode: "customize",
            sections: { safety: { action: "append", content: "STATIC_OVERRIDE_MARKER: never delete files." } }
          },
          systemMessageTransforms: {
            identity: recordingTransform(seen, (content) => `${content}\nTRANSFORM_MARKER_COMBO`)
          }
        },
        (session) => runTurn(session, prompt)
      )
      expect((yield* Ref.get(seen)).map(([section]) => section)).toContain("identity")
      const system = (yield* lastChatRequest(prompt)).system
      expect(system).toContain("STATIC_OVERRIDE_MARKER: never delete files.")
      expect(system).toContain("TRANSFORM_MARKER_COMBO")
      expect(turn.answer).toContain("Combo test!")
      yield* expectModelDone(mark)
    }))

  it.effect("keeps a section as it was when its transform fails, and the turn still runs", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Answered with the original tone.")
      const seen = yield* Ref.make<ReadonlyArray<readonly [string, string, string]>>([])
      const prompt = "Say something in your usual tone"
      const turn = yield* CopilotSession.withSession(
        {
          onPermissionRequest: Handlers.approveAll,
          systemMessageTransforms: {
            tone: (content, ctx) =>
              recordingTransform(seen, () => "")(content, ctx).pipe(
                Effect.zipRight(Effect.fail(new Error("the transform broke")))
              )
          }
        },
        (session) => runTurn(session, prompt)
      )
      const originalTone = (yield* Ref.get(seen)).find(([section]) => section === "tone")?.[1] ?? ""
      expect(originalTone.trim().length).toBeGreaterThan(0)
      expect((yield* lastChatRequest(prompt)).system).toContain(originalTone.trim())
      expect(turn.answer).toBe("Answered with the original tone.")
      yield* expectModelDone(mark)
    }))
})
