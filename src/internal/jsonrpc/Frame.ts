/**
 * Content-Length framing (the base protocol of LSP and of the Copilot
 * runtime): `Content-Length: N\r\n\r\n` followed by N bytes of UTF-8.
 *
 * The decoder is incremental: any split of the byte stream, several frames in
 * one chunk, a frame over many chunks. A bad header or an oversized frame is
 * reported as a {@link FrameError} in the output and decoding goes on with the
 * next frame, so one bad frame never ends a connection.
 *
 * @internal
 */
import { Data, Either, Stream } from "effect"

/** A frame that could not be read; the stream continues after it. */
export class FrameError extends Data.TaggedError("FrameError")<{
  readonly message: string
}> {}

/** The default bound on one frame's body: 64 MiB. */
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024

const HEADER_END = Buffer.from("\r\n\r\n", "latin1")
/** Headers longer than this with no blank line are garbage, not a header. */
const MAX_HEADER_BYTES = 8 * 1024

/**
 * An incremental frame decoder. One instance belongs to one stream and is
 * only ever touched by the fiber that reads that stream.
 */
export class FrameDecoder {
  private buffer: Buffer = Buffer.alloc(0)
  /** Bytes of an oversized frame still to be skipped. */
  private skip = 0

  constructor(readonly maxFrameBytes: number = DEFAULT_MAX_FRAME_BYTES) {}

  /** Feeds a chunk; returns the frames (and errors) it completed, in order. */
  push(chunk: Uint8Array): Array<Either.Either<Buffer, FrameError>> {
    let data: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    if (this.skip > 0) {
      const skipped = Math.min(this.skip, data.length)
      this.skip -= skipped
      data = data.subarray(skipped)
    }
    this.buffer = this.buffer.length === 0 ? data : Buffer.concat([this.buffer, data])
    const out: Array<Either.Either<Buffer, FrameError>> = []
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END)
      if (headerEnd < 0) {
        if (this.buffer.length > MAX_HEADER_BYTES) {
          out.push(Either.left(new FrameError({ message: `no frame header end within ${MAX_HEADER_BYTES} bytes; discarded them` })))
          this.buffer = Buffer.alloc(0)
        }
        break
      }
      const length = parseContentLength(this.buffer.toString("latin1", 0, headerEnd))
      const bodyStart = headerEnd + HEADER_END.length
      if (typeof length === "string") {
        out.push(Either.left(new FrameError({ message: length })))
        this.buffer = this.buffer.subarray(bodyStart)
        continue
      }
      if (length > this.maxFrameBytes) {
        out.push(Either.left(new FrameError({
          message: `frame of ${length} bytes exceeds the maximum of ${this.maxFrameBytes} bytes; skipped it`
        })))
        const available = this.buffer.length - bodyStart
        if (available >= length) {
          this.buffer = this.buffer.subarray(bodyStart + length)
          continue
        }
        this.skip = length - available
        this.buffer = Buffer.alloc(0)
        break
      }
      if (this.buffer.length - bodyStart < length) break
      out.push(Either.right(this.buffer.subarray(bodyStart, bodyStart + length)))
      this.buffer = this.buffer.subarray(bodyStart + length)
    }
    if (this.buffer.length === 0) this.buffer = Buffer.alloc(0)
    return out
  }
}

/** Returns the Content-Length of a header block, or a message saying why not. */
const parseContentLength = (header: string): number | string => {
  for (const line of header.split("\r\n")) {
    const colon = line.indexOf(":")
    if (colon < 0) continue
    if (line.slice(0, colon).trim().toLowerCase() !== "content-length") continue
    const value = line.slice(colon + 1).trim()
    if (!/^\d+$/.test(value)) return `invalid Content-Length header: ${JSON.stringify(value)}`
    return Number(value)
  }
  return `frame header has no Content-Length: ${JSON.stringify(header.slice(0, 200))}`
}

/**
 * Decodes a byte stream into frame bodies; bad frames appear as `Left`s and
 * the stream continues.
 */
export const decode = (maxFrameBytes: number = DEFAULT_MAX_FRAME_BYTES) =>
<E, R>(self: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Either.Either<Buffer, FrameError>, E, R> =>
  Stream.suspend(() => {
    const decoder = new FrameDecoder(maxFrameBytes)
    return Stream.mapConcat(self, (chunk) => decoder.push(chunk))
  })

/** Frames one message body (a JSON text). */
export const encode = (body: string): Buffer => {
  const length = Buffer.byteLength(body, "utf8")
  const header = `Content-Length: ${length}\r\n\r\n`
  const out = Buffer.allocUnsafe(header.length + length)
  out.write(header, 0, "latin1")
  out.write(body, header.length, "utf8")
  return out
}
