/**
 * The call path over a real loopback socket (`RuntimeConnection.Uri`), where
 * answers are settled straight from the socket's data event: results are
 * still decoded by their Schemas, a notification sent ahead of an answer is
 * handled before the caller sees the answer, many calls in flight each get
 * their own answer, and a connection refused is a ConnectionFailed.
 */
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect } from "effect"
import { CopilotClient, Methods, RuntimeConnection } from "effect-copilot"
import { ConnectionClosed } from "../src/CopilotError.js"
import * as Protocol from "../src/internal/jsonrpc/Protocol.js"
import type * as net from "node:net"
import { listen } from "./support/loopback.js"

const frame = (message: unknown): Buffer => {
  const body = Buffer.from(JSON.stringify(message), "utf8")
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "latin1"), body])
}

interface Request {
  readonly id: number
  readonly method: string
  readonly params?: { readonly message?: string }
}

/** Reads the client's frames off a socket (frames arrive whole or split, one or many per chunk). */
const onRequests = (socket: net.Socket, handle: (request: Request) => void) => {
  let buffered = Buffer.alloc(0)
  socket.on("data", (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk])
    for (;;) {
      const end = buffered.indexOf("\r\n\r\n")
      if (end < 0) return
      const length = Number(/Content-Length: (\d+)/.exec(buffered.toString("latin1", 0, end))![1])
      if (buffered.length < end + 4 + length) return
      handle(JSON.parse(buffered.toString("utf8", end + 4, end + 4 + length)))
      buffered = buffered.subarray(end + 4 + length)
    }
  })
}

const connectResult = { ok: true, protocolVersion: 3, version: "test" }

/**
 * A runtime at a loopback port: answers `connect`, and `ping` with what
 * `answerPing` writes (several frames in one write, if it likes).
 */
const runtime = (answerPing: (request: Request) => ReadonlyArray<unknown>) =>
  listen((socket) =>
    onRequests(socket, (request) => {
      if (request.method === "connect") socket.write(frame({ jsonrpc: "2.0", id: request.id, result: connectResult }))
      else if (request.method === "ping") socket.write(Buffer.concat(answerPing(request).map(frame)))
    })
  )

const client = (port: number) => CopilotClient.make({ connection: RuntimeConnection.Uri({ url: `127.0.0.1:${port}` }) })

describe("the call path over a socket", () => {
  it.live("a result is decoded by its Schema: the ping's timestamp arrives as a Date", () =>
    Effect.gen(function*() {
      const port = yield* runtime((request) => [{
        jsonrpc: "2.0",
        id: request.id,
        result: { message: `pong: ${request.params?.message}`, timestamp: "2026-01-02T03:04:05.000Z", protocolVersion: 3 }
      }])
      const pong = yield* (yield* client(port)).ping("hi")
      expect(pong.message).toBe("pong: hi")
      expect(pong.timestamp).toBeInstanceOf(Date)
      expect(pong.timestamp.toISOString()).toBe("2026-01-02T03:04:05.000Z")
    }).pipe(Effect.scoped))

  it.live("a result that does not match its Schema is a ResponseDecodeError keeping the raw answer", () =>
    Effect.gen(function*() {
      const port = yield* runtime((request) => [{
        jsonrpc: "2.0",
        id: request.id,
        result: { message: "pong", timestamp: "not a date", protocolVersion: 3 }
      }])
      const error = yield* Effect.flip((yield* client(port)).ping("hi"))
      expect(error._tag).toBe("ResponseDecodeError")
      if (error._tag !== "ResponseDecodeError") return
      expect(error.method).toBe("ping")
      expect(error.raw).toEqual({ message: "pong", timestamp: "not a date", protocolVersion: 3 })
    }).pipe(Effect.scoped))

  it.live("a notification written just before an answer, in the same chunk, is handled before the caller resumes", () =>
    Effect.gen(function*() {
      // A transport that answers each request with a notification and the
      // answer in one chunk; the notification's handler takes a while.
      let deliver: ((chunk: Uint8Array) => void) | undefined
      const transport: Protocol.Transport = {
        run: (onChunk) =>
          Effect.async<void>(() => {
            deliver = onChunk
          }),
        write: (bytes) => {
          const text = Buffer.from(bytes).toString("utf8")
          const request = JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4))
          setTimeout(() =>
            deliver?.(Buffer.concat([
              frame({ jsonrpc: "2.0", method: "test.note", params: { id: request.id } }),
              frame({
                jsonrpc: "2.0",
                id: request.id,
                result: { message: "pong", timestamp: "2026-01-02T03:04:05.000Z", protocolVersion: 3 }
              })
            ])), 0)
        },
        closeReason: (reason) => Effect.succeed(new ConnectionClosed({ reason }))
      }
      const handled: Array<number> = []
      const protocol = yield* Protocol.make(transport, {
        notifications: {
          "test.note": (params) =>
            Effect.sleep("20 millis").pipe(
              Effect.zipRight(Effect.sync(() => handled.push((params as { id: number }).id)))
            )
        }
      })
      for (let i = 0; i < 3; i++) {
        const pong = yield* protocol.call(Methods.Ping, {})
        expect(pong.timestamp).toBeInstanceOf(Date)
        expect(handled.length).toBe(i + 1)
      }
    }).pipe(Effect.scoped))

  it.live("64 calls in flight each get their own answer, however the answers are batched", () =>
    Effect.gen(function*() {
      // Answers in reverse order, held until 64 requests have arrived, then written in one chunk.
      let held: Array<Request> = []
      const port = yield* listen((socket) =>
        onRequests(socket, (request) => {
          if (request.method === "connect") {
            socket.write(frame({ jsonrpc: "2.0", id: request.id, result: connectResult }))
            return
          }
          held.push(request)
          if (held.length < 64) return
          const answers = held.reverse().map((r) =>
            frame({
              jsonrpc: "2.0",
              id: r.id,
              result: { message: `pong: ${r.params?.message}`, timestamp: "2026-01-02T03:04:05.000Z", protocolVersion: 3 }
            })
          )
          held = []
          socket.write(Buffer.concat(answers))
        })
      )
      const copilot = yield* client(port)
      const pongs = yield* Effect.forEach(
        Chunk.range(1, 64),
        (i) => Effect.map(copilot.ping(`call ${i}`), (pong) => pong.message),
        { concurrency: "unbounded" }
      )
      expect(pongs).toEqual(Array.from({ length: 64 }, (_, i) => `pong: call ${i + 1}`))
    }).pipe(Effect.scoped))

  it.live("a refused connection is a ConnectionFailed naming the address", () =>
    Effect.gen(function*() {
      // A port that was listening a moment ago and is closed now.
      const port = yield* Effect.scoped(listen())
      const error = yield* Effect.flip(Effect.scoped(client(port)))
      expect(error._tag).toBe("ConnectionFailed")
      expect(error.message).toContain(`127.0.0.1:${port}`)
    }))
})
