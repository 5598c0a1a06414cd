import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Either, FastCheck, Stream } from "effect"
import * as Frame from "../src/internal/jsonrpc/Frame.js"

/** JSON texts with multi-byte UTF-8 strings (emoji, CJK, combining marks) mixed in. */
const MultiByte = FastCheck.constantFrom("😀", "漢字かな", "👩‍👩‍👧‍👦", "e\u0301", "ü", "𝄞", "\u0000", "\r\n\r\n")
const JsonText = FastCheck.oneof(
  FastCheck.jsonValue({ stringUnit: "grapheme", maxDepth: 3 }),
  FastCheck.record({ jsonrpc: FastCheck.constant("2.0"), method: MultiByte, params: FastCheck.array(MultiByte) }),
  FastCheck.array(FastCheck.oneof(MultiByte, FastCheck.string({ unit: "grapheme" })), { maxLength: 6 })
).map((value) => JSON.stringify(value))

const Messages = FastCheck.array(JsonText, { minLength: 1, maxLength: 8 })
/** Split points as fractions of the total length. */
const Cuts = FastCheck.array(FastCheck.double({ min: 0, max: 1, noNaN: true }), { maxLength: 24 })

const concat = (texts: ReadonlyArray<string>): Buffer => Buffer.concat(texts.map(Frame.encode))

const splitAt = (bytes: Buffer, cuts: ReadonlyArray<number>): Array<Buffer> => {
  const points = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b)
  const chunks: Array<Buffer> = []
  let start = 0
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point))
    start = point
  }
  return chunks
}

/** Runs chunks through a fresh decoder; bodies as text, errors as `Error: <message>`. */
const decodeAll = (chunks: ReadonlyArray<Uint8Array>, maxFrameBytes?: number): Array<string> => {
  const decoder = new Frame.FrameDecoder(maxFrameBytes)
  return chunks.flatMap((chunk) => decoder.push(chunk)).map(Either.match({
    onLeft: (error) => `Error: ${error.message}`,
    onRight: (body) => body.toString("utf8")
  }))
}

const bytesOf = (text: string) => Buffer.from(text, "utf8")

describe("Frame codec", () => {
  it("counts bytes, not characters, in Content-Length", () => {
    const framed = Frame.encode(JSON.stringify("😀漢"))
    expect(framed.toString("latin1").startsWith("Content-Length: 9\r\n\r\n")).toBe(true)
  })

  it.prop("decodes messages split at arbitrary points", [Messages, Cuts], ([texts, cuts]) => {
    expect(decodeAll(splitAt(concat(texts), cuts))).toEqual(texts)
  })

  it.prop("decodes several messages arriving in one chunk", [Messages], ([texts]) => {
    expect(decodeAll([concat(texts)])).toEqual(texts)
  })

  it.prop("decodes messages arriving one byte at a time", [Messages], ([texts]) => {
    const bytes = concat(texts)
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1))
    expect(decodeAll(chunks)).toEqual(texts)
  }, { fastCheck: { numRuns: 30 } })

  it.effect.prop("the decode stream combinator yields the same bodies", [Messages, Cuts], ([texts, cuts]) =>
    Effect.gen(function*() {
      const out = yield* Stream.fromIterable(splitAt(concat(texts), cuts)).pipe(
        Frame.decode(),
        Stream.map(Either.map((body) => body.toString("utf8"))),
        Stream.runCollect
      )
      expect(Chunk.toReadonlyArray(out)).toEqual(texts.map(Either.right))
    }), { fastCheck: { numRuns: 30 } })

  it("accepts a header in any case, with other header lines", () => {
    const body = `{"id":1}`
    const framed = bytesOf(`content-type: application/json\r\nCONTENT-LENGTH:  ${Buffer.byteLength(body)} \r\n\r\n${body}`)
    expect(decodeAll([framed])).toEqual([body])
  })
})

describe("Frame codec: bad input", () => {
  const next = JSON.stringify({ jsonrpc: "2.0", method: "après", params: ["🎉"] })

  it.prop(
    "reports a header without Content-Length and decodes the next frame",
    [Cuts],
    ([cuts]) => {
      const bytes = Buffer.concat([bytesOf("Content-Type: text/plain\r\n\r\n"), Frame.encode(next)])
      const out = decodeAll(splitAt(bytes, cuts))
      expect(out).toHaveLength(2)
      expect(out[0]).toMatch(/^Error: .*no Content-Length/)
      expect(out[1]).toBe(next)
    }
  )

  it.prop("reports a non-numeric Content-Length and decodes the next frame", [Cuts], ([cuts]) => {
    const bytes = Buffer.concat([bytesOf("Content-Length: 12abc\r\n\r\n"), Frame.encode(next)])
    const out = decodeAll(splitAt(bytes, cuts))
    expect(out).toHaveLength(2)
    expect(out[0]).toMatch(/^Error: invalid Content-Length header: "12abc"/)
    expect(out[1]).toBe(next)
  })

  it("reports an oversized frame in one chunk and decodes the next frame", () => {
    const big = JSON.stringify("x".repeat(200))
    const out = decodeAll([Buffer.concat([Frame.encode(big), Frame.encode(next)])], 64)
    expect(out).toEqual([`Error: frame of 202 bytes exceeds the maximum of 64 bytes; skipped it`, next])
  })

  it.prop(
    "skips an oversized body spread over several chunks and decodes the next frames",
    [
      FastCheck.integer({ min: 171, max: 3000 }),
      Cuts,
      Messages.filter((texts) => texts.every((text) => Buffer.byteLength(text) <= 512))
    ],
    ([size, cuts, after]) => {
      const big = JSON.stringify("漢".repeat(size)) // 3 * size + 2 > 512 bytes
      const bytes = Buffer.concat([Frame.encode(big), concat(after)])
      const out = decodeAll(splitAt(bytes, cuts), 512)
      expect(out[0]).toBe(`Error: frame of ${3 * size + 2} bytes exceeds the maximum of 512 bytes; skipped it`)
      expect(out.slice(1)).toEqual(after)
    }
  )

  it("a frame exactly at the maximum is accepted", () => {
    const body = JSON.stringify("y".repeat(62))
    expect(decodeAll([Frame.encode(body)], 64)).toEqual([body])
  })

  it("reports bytes that never form a header end and recovers on later frames", () => {
    const noise = Buffer.alloc(9 * 1024, "z")
    const out = decodeAll([noise, Frame.encode(next)])
    expect(out).toHaveLength(2)
    expect(out[0]).toMatch(/^Error: no frame header end/)
    expect(out[1]).toBe(next)
  })
})
