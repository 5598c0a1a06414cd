/**
 * Content-Length framing (the base protocol of LSP and of the Copilot
 * runtime): `Content-Length: N\r\n\r\n` followed by N bytes of UTF-8.
 *
 * The decoder is incremental: any split of the byte stream, several frames in
 * one chunk, a frame over many chunks. What it cannot read is reported as a
 * {@link FrameError} in the output, of one of two kinds:
 *
 * - recoverable: a malformed header (no `Content-Length`, a value that is not
 *   a byte count, no header end in sight). The decoder then resynchronises:
 *   it drops bytes up to the next `Content-Length:` and reads on from there.
 * - fatal: a declared length over the limit (waiting for, or skipping, that
 *   many bytes would make the connection deaf), or more than
 *   `maxResyncBytes` dropped while looking for a header. The decoder reads
 *   nothing more; the reader is expected to end the connection.
 *
 * @internal
 */
import { Data, Either, Stream } from "effect"

/**
 * Bytes that could not be read as a frame. When `fatal` is false the stream
 * goes on with the next header found; when true the decoder has stopped.
 */
export class FrameError extends Data.TaggedError("FrameError")<{
  readonly message: string
  readonly fatal: boolean
}> {}

/** The default bound on one frame's body: 64 MiB. */
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024

/**
 * The default bound on the bytes dropped while resynchronising, counted from
 * the last frame read: 1 MiB.
 */
export const DEFAULT_MAX_RESYNC_BYTES = 1024 * 1024

const HEADER_END = Buffer.from("\r\n\r\n", "latin1")
/** Headers longer than this with no blank line are garbage, not a header. */
const MAX_HEADER_BYTES = 8 * 1024
/** Where a header starts, when resynchronising (matched on the latin1 text). */
const HEADER_START = /content-length[ \t]*:/i
/** Bytes kept at the end of dropped input, in case a header starts in them. */
const HEADER_START_KEEP = 32

/** Options of a {@link FrameDecoder}. */
export interface DecoderOptions {
  readonly maxFrameBytes?: number | undefined
  readonly maxResyncBytes?: number | undefined
}

/**
 * An incremental frame decoder. One instance belongs to one stream and is
 * only ever touched by the fiber that reads that stream.
 */
export class FrameDecoder {
  readonly maxFrameBytes: number
  readonly maxResyncBytes: number
  private buffer: Buffer = Buffer.alloc(0)
  /** Looking for the next `Content-Length:` after a malformed header. */
  private resyncing = false
  /** Bytes dropped since the last frame read. */
  private dropped = 0
  /** A fatal error was reported: nothing more is read. */
  private dead = false

  constructor(options: number | DecoderOptions = {}) {
    const o: DecoderOptions = typeof options === "number" ? { maxFrameBytes: options } : options
    this.maxFrameBytes = o.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES
    this.maxResyncBytes = o.maxResyncBytes ?? DEFAULT_MAX_RESYNC_BYTES
  }

  /** Whether a fatal error has stopped the decoder. */
  get stopped(): boolean {
    return this.dead
  }

  /** Feeds a chunk; returns the frames (and errors) it completed, in order. */
  push(chunk: Uint8Array): Array<Either.Either<Buffer, FrameError>> {
    const out: Array<Either.Either<Buffer, FrameError>> = []
    if (this.dead) return out
    const data: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    this.buffer = this.buffer.length === 0 ? data : Buffer.concat([this.buffer, data])
    for (;;) {
      if (this.resyncing && !this.resync()) {
        if (this.dropped > this.maxResyncBytes) out.push(Either.left(this.fatal(this.unsynchronisable())))
        break
      }
      const headerEnd = this.buffer.indexOf(HEADER_END)
      if (headerEnd < 0) {
        if (this.buffer.length > MAX_HEADER_BYTES) {
          out.push(Either.left(this.malformed(`no frame header end within ${MAX_HEADER_BYTES} bytes`)))
          continue
        }
        break
      }
      const length = parseContentLength(this.buffer.toString("latin1", 0, headerEnd))
      if (length._tag === "Malformed") {
        out.push(Either.left(this.malformed(length.message)))
        continue
      }
      if (length.bytes > this.maxFrameBytes) {
        out.push(Either.left(this.fatal(
          `the runtime declared a frame of ${length.text} bytes, over the maximum of ${this.maxFrameBytes} bytes ` +
            `(maxFrameBytes)`
        )))
        break
      }
      const bodyStart = headerEnd + HEADER_END.length
      if (this.buffer.length - bodyStart < length.bytes) break
      out.push(Either.right(this.buffer.subarray(bodyStart, bodyStart + length.bytes)))
      this.buffer = this.buffer.subarray(bodyStart + length.bytes)
      this.dropped = 0
    }
    if (this.buffer.length === 0) this.buffer = Buffer.alloc(0)
    return out
  }

  /** Reports a malformed header and starts resynchronising after its first byte. */
  private malformed(message: string): FrameError {
    this.buffer = this.buffer.subarray(1)
    this.dropped += 1
    this.resyncing = true
    return new FrameError({ message: `${message}; looking for the next Content-Length header`, fatal: false })
  }

  private fatal(message: string): FrameError {
    this.dead = true
    this.buffer = Buffer.alloc(0)
    return new FrameError({ message, fatal: true })
  }

  private unsynchronisable(): string {
    return `no Content-Length header within ${this.maxResyncBytes} bytes after a malformed frame header; ` +
      `the stream cannot be resynchronised`
  }

  /**
   * Drops bytes up to the next `Content-Length:`; true when one was found
   * and the buffer now starts with it, false when more input is needed.
   */
  private resync(): boolean {
    const text = this.buffer.toString("latin1")
    const match = HEADER_START.exec(text)
    if (match !== null) {
      this.dropped += match.index
      this.buffer = this.buffer.subarray(match.index)
      this.resyncing = false
      if (this.dropped > this.maxResyncBytes) return false
      return true
    }
    const keep = Math.min(this.buffer.length, HEADER_START_KEEP)
    this.dropped += this.buffer.length - keep
    this.buffer = Buffer.from(this.buffer.subarray(this.buffer.length - keep))
    return false
  }
}

type ContentLength =
  | { readonly _tag: "Length"; readonly bytes: number; readonly text: string }
  | { readonly _tag: "Malformed"; readonly message: string }

/** A byte count written in a way no sender means as one, e.g. `1e30`: still over any limit. */
const NUMERIC = /^\+?\d+(\.\d+)?(e\+?\d+)?$/i

const CANONICAL_HEADER = "Content-Length: "

/** Reads the Content-Length of a header block. */
const parseContentLength = (header: string): ContentLength => {
  // What every sender writes, `Content-Length: N` alone, read without
  // splitting or a regular expression; anything else takes the general path.
  if (header.startsWith(CANONICAL_HEADER) && header.length > CANONICAL_HEADER.length && header.length <= CANONICAL_HEADER.length + 15) {
    let bytes = 0
    let i = CANONICAL_HEADER.length
    for (; i < header.length; i++) {
      const digit = header.charCodeAt(i) - 48
      if (digit < 0 || digit > 9) break
      bytes = bytes * 10 + digit
    }
    if (i === header.length) return { _tag: "Length", bytes, text: header.slice(CANONICAL_HEADER.length) }
  }
  for (const line of header.split("\r\n")) {
    const colon = line.indexOf(":")
    if (colon < 0) continue
    if (line.slice(0, colon).trim().toLowerCase() !== "content-length") continue
    const value = line.slice(colon + 1).trim()
    if (/^\d+$/.test(value)) return { _tag: "Length", bytes: Number(value), text: value }
    // `1e30` names a length over any limit rather than no length at all.
    if (NUMERIC.test(value) && Number(value) > Number.MAX_SAFE_INTEGER) {
      return { _tag: "Length", bytes: Number(value), text: value }
    }
    return { _tag: "Malformed", message: `invalid Content-Length header: ${JSON.stringify(value.slice(0, 40))}` }
  }
  return { _tag: "Malformed", message: `frame header has no Content-Length: ${JSON.stringify(header.slice(0, 80))}` }
}

/**
 * Decodes a byte stream into frame bodies; bad frames appear as `Left`s, and
 * after a fatal one nothing more is emitted.
 */
export const decode = (options: number | DecoderOptions = {}) =>
<E, R>(self: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Either.Either<Buffer, FrameError>, E, R> =>
  Stream.suspend(() => {
    const decoder = new FrameDecoder(options)
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
