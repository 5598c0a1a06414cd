/**
 * Minimal Content-Length framing in plain Node, shared by the bench's fake
 * runtime and its raw baseline client. Written for the bench only: it is not
 * the SDK's codec and is never what a measurement is about.
 */
import * as net from "node:net"
import { isObject, type Json } from "./child.js"

const HEADER_END = Buffer.from("\r\n\r\n", "latin1")
const CONTENT_LENGTH = /content-length:\s*(\d+)/i

/** Frames one JSON text. */
export const frame = (json: string): Buffer => {
  const length = Buffer.byteLength(json, "utf8")
  const header = `Content-Length: ${length}\r\n\r\n`
  const out = Buffer.allocUnsafe(header.length + length)
  out.write(header, 0, "latin1")
  out.write(json, header.length, "utf8")
  return out
}

/** `count` messages, each framed, packed into chunks of about `chunkBytes` (64 KiB) to write in bursts. */
export const framedChunks = (count: number, message: (i: number) => unknown, chunkBytes = 64 * 1024): Array<Buffer> => {
  const chunks: Array<Buffer> = []
  let pending: Array<Buffer> = []
  let pendingBytes = 0
  for (let i = 0; i < count; i++) {
    const body = frame(JSON.stringify(message(i)))
    pending.push(body)
    pendingBytes += body.length
    if (pendingBytes >= chunkBytes) {
      chunks.push(Buffer.concat(pending))
      pending = []
      pendingBytes = 0
    }
  }
  if (pending.length > 0) chunks.push(Buffer.concat(pending))
  return chunks
}

/** An incremental reader: feed it chunks, it calls back with each frame's body. */
export class FrameReader {
  private rest: Buffer = Buffer.alloc(0)

  push(chunk: Buffer, onBody: (body: string) => void): void {
    const buffer = this.rest.length === 0 ? chunk : Buffer.concat([this.rest, chunk])
    let offset = 0
    for (;;) {
      const headerEnd = buffer.indexOf(HEADER_END, offset)
      if (headerEnd < 0) break
      const match = CONTENT_LENGTH.exec(buffer.toString("latin1", offset, headerEnd))
      if (match === null) throw new Error("bench wire: frame header without Content-Length")
      const start = headerEnd + HEADER_END.length
      const end = start + Number(match[1])
      if (end > buffer.length) break
      offset = end
      onBody(buffer.toString("utf8", start, end))
    }
    this.rest = offset === buffer.length ? Buffer.alloc(0) : buffer.subarray(offset)
  }
}

/**
 * A loopback JSON-RPC server in plain Node `net`, as the benches' fake
 * runtimes: every request gets `answer(method, params)` (a `result` or an
 * `error` member) under its id; notifications are not answered. `sockets`
 * holds the connected clients, for out-of-band writes.
 */
export const answeringServer = (
  answer: (method: string, params: Json | undefined) => { readonly result: Json } | { readonly error: { readonly code: number; readonly message: string } }
): { readonly server: net.Server; readonly sockets: ReadonlySet<net.Socket> } => {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    socket.setNoDelay(true)
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
    socket.on("error", () => socket.destroy())
    const reader = new FrameReader()
    socket.on("data", (chunk) =>
      reader.push(chunk, (body) => {
        const message: unknown = JSON.parse(body)
        if (!isObject(message) || typeof message.method !== "string") return
        const id = message.id
        if (typeof id !== "number" && typeof id !== "string") return // a notification: nothing to answer
        socket.write(frame(JSON.stringify({ jsonrpc: "2.0", id, ...answer(message.method, message.params) })))
      }))
  })
  return { server, sockets }
}
