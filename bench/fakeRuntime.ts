/**
 * A fake Copilot runtime for the bench, in plain Node `net` (no SDK code): a
 * TCP server on 127.0.0.1 speaking Content-Length framed JSON-RPC. It answers
 * `connect` and `ping`, answers any other request with -32601, and on demand
 * (out of band, from the bench harness) writes a burst of `session.lifecycle`
 * notifications to every connected client.
 *
 * The bench runs it in its own process, so its work never shares a thread
 * with the client being measured.
 */
import { answeringServer, framedChunks } from "./wire.js"
import { isObject, type Json } from "./child.js"

export interface FakeRuntime {
  readonly port: number
  /** Writes `count` lifecycle notifications to every connected client. */
  readonly burst: (count: number) => void
  readonly close: () => Promise<void>
}

export interface FakeRuntimeOptions {
  /** Burst sizes to frame ahead of time, so a burst's clock starts at its first byte. */
  readonly prebuild?: ReadonlyArray<number>
}

/** `count` framed `session.lifecycle` notifications, packed into chunks of about 64 KiB. */
const lifecycleBurst = (count: number): Array<Buffer> => {
  const startTime = new Date(Date.UTC(2025, 0, 1)).toISOString()
  return framedChunks(count, (i) => ({
    jsonrpc: "2.0",
    method: "session.lifecycle",
    params: {
      type: "session.updated",
      sessionId: `bench-session-${i % 64}`,
      metadata: { startTime, modifiedTime: new Date(Date.UTC(2025, 0, 1, 0, 0, 0, i % 1000)).toISOString() }
    }
  }))
}

const answer = (method: string, params: Json | undefined): { result: Json } | { error: { code: number; message: string } } => {
  switch (method) {
    case "connect":
      return { result: { ok: true, protocolVersion: 3, version: "bench" } }
    case "ping": {
      const message = isObject(params) && typeof params.message === "string" ? params.message : ""
      return { result: { message: `pong: ${message}`, timestamp: new Date().toISOString(), protocolVersion: 3 } }
    }
    default:
      return { error: { code: -32601, message: `Unhandled method ${method}` } }
  }
}

/** Starts a fake runtime on an ephemeral loopback port. */
export const startFakeRuntime = (options: FakeRuntimeOptions = {}): Promise<FakeRuntime> => {
  const bursts = new Map<number, Array<Buffer>>()
  for (const count of options.prebuild ?? []) bursts.set(count, lifecycleBurst(count))
  const { server, sockets } = answeringServer(answer)

  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      if (address === null || typeof address === "string") {
        reject(new Error("the fake runtime has no TCP address"))
        return
      }
      resolve({
        port: address.port,
        burst: (count) => {
          let chunks = bursts.get(count)
          if (chunks === undefined) {
            chunks = lifecycleBurst(count)
            bursts.set(count, chunks)
          }
          for (const socket of sockets) {
            for (const chunk of chunks) socket.write(chunk)
          }
        },
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          })
      })
    })
  })
}
