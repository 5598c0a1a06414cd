/**
 * A loopback TCP proxy in front of a server (the tests' database), to take
 * it away and bring it back: `down` drops every connection and refuses new
 * ones, `hang` accepts them and forwards nothing (a server that stopped
 * answering), `up` forwards again; `failNext` drops the connection that
 * next sends a request matching a pattern (a database lost in the middle of
 * one given query). Closed, with every connection, with its scope.
 */
import { Effect, type Scope } from "effect"
import * as Net from "node:net"

export type State = "up" | "down" | "hang"

export interface TcpProxy {
  readonly port: number
  readonly set: (state: State) => Effect.Effect<void>
  /** The next connection to send data matching `pattern` is dropped, that data not forwarded (once). */
  readonly failNext: (pattern: RegExp) => Effect.Effect<void>
  /** How many connections `failNext` dropped. */
  readonly dropped: Effect.Effect<number>
}

export const make = (target: { readonly host: string; readonly port: number }): Effect.Effect<TcpProxy, never, Scope.Scope> =>
  Effect.gen(function*() {
    let state: State = "up"
    let trap: RegExp | undefined
    let dropped = 0
    const sockets = new Set<Net.Socket>()
    const track = (socket: Net.Socket) => {
      sockets.add(socket)
      socket.on("close", () => sockets.delete(socket))
      socket.on("error", () => socket.destroy())
    }
    const server = yield* Effect.acquireRelease(
      Effect.async<Net.Server>((resume) => {
        const server = Net.createServer((client) => {
          track(client)
          if (state === "down") return client.destroy()
          if (state === "hang") return
          const upstream = Net.connect(target.port, target.host)
          track(upstream)
          client.on("data", (chunk: Buffer) => {
            if (trap !== undefined && trap.test(chunk.toString("latin1"))) {
              trap = undefined
              dropped++
              client.destroy()
              upstream.destroy()
              return
            }
            if (!upstream.write(chunk)) {
              client.pause()
              upstream.once("drain", () => client.resume())
            }
          })
          upstream.pipe(client)
          client.on("close", () => upstream.destroy())
          upstream.on("close", () => client.destroy())
        })
        server.listen(0, "127.0.0.1", () => resume(Effect.succeed(server)))
      }),
      (server) =>
        Effect.async<void>((resume) => {
          for (const socket of sockets) socket.destroy()
          server.close(() => resume(Effect.void))
        })
    )
    const address = server.address()
    return {
      port: typeof address === "object" && address !== null ? address.port : 0,
      set: (next) =>
        Effect.sync(() => {
          state = next
          if (next !== "up") for (const socket of sockets) socket.destroy()
        }),
      failNext: (pattern) =>
        Effect.sync(() => {
          trap = pattern
        }),
      dropped: Effect.sync(() => dropped)
    }
  })
