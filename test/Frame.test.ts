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

  it.prop(
    "after a bad header with a body, resynchronises on the next Content-Length and decodes every later frame",
    [FastCheck.constantFrom("abc", "-1", "", "0x10", "1.5", "twelve"), Messages, Cuts],
    ([value, after, cuts]) => {
      // The bad frame's body is read as noise: no frame is lost but that one.
      const bad = bytesOf(`Content-Length: ${value}\r\n\r\n{"jsonrpc":"2.0","method":"lost","params":{}}`)
      const out = decodeAll(splitAt(Buffer.concat([Frame.encode(next), bad, concat(after)]), cuts))
      expect(out[0]).toBe(next)
      expect(out[1]).toMatch(/^Error: invalid Content-Length header/)
      expect(out.slice(2)).toEqual(after)
    }
  )

  /** Bytes that hold no header start: noise a broken runtime might print. */
  const Noise = FastCheck.uint8Array({ minLength: 1, maxLength: 600 }).map((bytes) => Buffer.from(bytes)).filter(
    (bytes) => !/content-length/i.test(bytes.toString("latin1"))
  )

  it.prop(
    "noise between frames costs no frame: every frame after it is decoded",
    [Messages, FastCheck.nat(), Noise, Cuts],
    ([texts, at, noise, cuts]) => {
      const i = at % texts.length
      const bytes = Buffer.concat([concat(texts.slice(0, i)), noise, concat(texts.slice(i))])
      const out = decodeAll(splitAt(bytes, cuts))
      const bodies = out.filter((line) => !line.startsWith("Error: "))
      expect(bodies).toEqual(texts)
      for (const line of out.filter((line) => line.startsWith("Error: "))) {
        expect(line).toMatch(/looking for the next Content-Length header$/)
      }
    }
  )

  it("a frame exactly at the maximum is accepted", () => {
    const body = JSON.stringify("y".repeat(62))
    expect(decodeAll([Frame.encode(body)], 64)).toEqual([body])
  })

  it.prop(
    "a declared length over the maximum is fatal at once, body or not; nothing after it is read",
    [FastCheck.oneof(FastCheck.integer({ min: 65, max: 1 << 30 }).map(String), FastCheck.constantFrom("1e30", "99999999999999999999999")), FastCheck.boolean(), Cuts],
    ([length, withBody, cuts]) => {
      const header = bytesOf(`Content-Length: ${length}\r\n\r\n`)
      const bytes = Buffer.concat([header, withBody ? bytesOf("x".repeat(100)) : Buffer.alloc(0), Frame.encode(next)])
      const decoder = new Frame.FrameDecoder(64)
      const out = splitAt(bytes, cuts).flatMap((chunk) => decoder.push(chunk))
      expect(out).toHaveLength(1)
      const [error] = out
      expect(error !== undefined && Either.isLeft(error) && error.left.fatal).toBe(true)
      expect(error !== undefined && Either.isLeft(error) ? error.left.message : "").toContain(`frame of ${length} bytes, over the maximum of 64 bytes`)
      expect(decoder.stopped).toBe(true)
      expect(decoder.push(Frame.encode(next))).toEqual([])
    }
  )

  it("bytes that never form a header end are dropped, and a frame after them is decoded", () => {
    const noise = Buffer.alloc(9 * 1024, "z")
    const out = decodeAll([noise, Frame.encode(next)])
    expect(out).toHaveLength(2)
    expect(out[0]).toMatch(/^Error: no frame header end within 8192 bytes/)
    expect(out[1]).toBe(next)
  })

  it("noise with no header beyond the resync bound is fatal", () => {
    const decoder = new Frame.FrameDecoder({ maxResyncBytes: 4096 })
    const first = decoder.push(bytesOf("Content-Length: what\r\n\r\n"))
    expect(first.map((e) => Either.isLeft(e) && !e.left.fatal)).toEqual([true])
    const out = Array.from({ length: 10 }, () => decoder.push(Buffer.alloc(1000, "q"))).flat()
    expect(out).toHaveLength(1)
    expect(out[0] !== undefined && Either.isLeft(out[0]) ? out[0].left : undefined).toMatchObject({
      fatal: true,
      message: expect.stringContaining("cannot be resynchronised")
    })
    expect(decoder.push(Frame.encode(next))).toEqual([])
  })
})
