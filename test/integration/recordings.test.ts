/**
 * Peer recordings that depend on what the scripted model says a model can do:
 * an image attachment and a `view` of the image replay only when the model
 * supports vision, because only then does the runtime send the image back to
 * the model in the "Image file at path" message the recording answers.
 * (Runtime 1.0.102 still sends that message, to a model whose `/models` entry
 * says `supports.vision`; its built-in fallback model, claude-sonnet-4, says
 * no vision, which is how a session on an unlisted model loses the image.)
 * Scenario: recordings/session/should_accept_blob_attachments.yaml.
 */
import { FileSystem } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { expect, layer } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import { CopilotSession, Handlers, SessionEvent } from "effect-copilot"
import { IsolatedRuntime, ScriptedModel, Snapshots, TestRuntime } from "effect-copilot/testing"
import * as Zlib from "node:zlib"
import { checkpoint, eventsOf, expectModelDone, lastChatRequest, type Turn } from "./modelRequests.js"
import { useRecording } from "./support.js"

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const pngChunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
/** A valid 1×1 PNG of one yellow pixel. */
const yellowPixel = (): Buffer => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0)
  header.writeUInt32BE(1, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", Zlib.deflateSync(Buffer.from([0, 255, 200, 0]))),
    pngChunk("IEND", Buffer.alloc(0))
  ])
}

const prompt = "Describe this image"

/** Puts the image in the runtime's working directory and sends it as a blob attachment. */
const sendImage = Effect.gen(function*() {
  const isolated = yield* IsolatedRuntime.IsolatedRuntime
  const fs = yield* FileSystem.FileSystem
  const image = yellowPixel()
  yield* fs.writeFile(`${isolated.cwd}/test-pixel.png`, image)
  yield* useRecording("session/should_accept_blob_attachments.yaml")
  const turn = yield* CopilotSession.withSession(
    { model: "claude-sonnet-4.5", onPermissionRequest: Handlers.approveAll },
    (session) =>
      Effect.gen(function*() {
        const events = yield* session.subscribe
        yield* session.send({
          prompt,
          attachments: [{ type: "blob", data: image.toString("base64"), mimeType: "image/png", displayName: "test-pixel.png" }]
        })
        const collected = yield* events.pipe(
          Stream.takeUntil((event) => event.type === "session.idle" || event.type === "session.error"),
          Stream.runCollect,
          Effect.timeout("30 seconds")
        )
        const all = Chunk.toArray(collected)
        const messages = all.filter(SessionEvent.is("assistant.message"))
        const turn: Turn = { events: all, answer: messages[messages.length - 1]?.data.content }
        return turn
      })
  )
  return { turn, path: `${isolated.cwd}/test-pixel.png` }
}).pipe(Effect.provide(NodeContext.layer))

/** The user messages after the tool results: where the runtime hands a viewed image to the model. */
const imageMessages = (request: { readonly messages: ReadonlyArray<Snapshots.ChatMessage> }) =>
  request.messages.filter((message) =>
    message.role === "user" && Snapshots.contentText(message.content).startsWith("Image file at path")
  )

layer(TestRuntime.layer(), { excludeTestServices: true })("an image on a model with vision", (it) => {
  it.effect("replays: the model views the attached image, gets it back, and describes it", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const { path, turn } = yield* sendImage
      const view = eventsOf(turn, "tool.execution_complete").filter((event) => event.data.toolCallId === "toolcall_1")
      expect(view.map((event) => event.data.success)).toEqual([true])
      const last = yield* lastChatRequest(prompt)
      const images = imageMessages(last)
      expect(images.map((message) => Snapshots.contentText(message.content))).toEqual([`Image file at path ${path}\n[image]`])
      expect(turn.answer).toContain("single yellow/gold pixel")
      yield* expectModelDone(mark)
    }))
})

layer(
  TestRuntime.layer({ model: { models: [{ id: "claude-sonnet-4.5", vision: false }] } }),
  { excludeTestServices: true }
)("an image on a model without vision", (it) => {
  it.effect("does not replay past the view: the runtime does not send back the image the recording answers", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const mark = yield* checkpoint
      const { turn } = yield* sendImage
      const view = eventsOf(turn, "tool.execution_complete").filter((event) => event.data.toolCallId === "toolcall_1")
      expect(view).toHaveLength(1)
      const last = yield* lastChatRequest(prompt)
      expect(imageMessages(last)).toEqual([])
      // The recording has no answer for a history without the image: the turn ends in an error.
      const unmatched = (yield* model.unmatched).slice(mark)
      expect(unmatched).toHaveLength(1)
      expect(eventsOf(turn, "session.error")).toHaveLength(1)
    }))
})
