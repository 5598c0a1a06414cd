/**
 * A plain `net` server on a loopback port for the tests that play a runtime
 * reached by `RuntimeConnection.Uri`. Closing the scope destroys every socket
 * it accepted and closes the server.
 */
import { Effect } from "effect"
import type { Scope } from "effect"
import * as net from "node:net"

/** Listens on 127.0.0.1 on a free port; `onSocket` gets each accepted socket (errors already end it). */
export const listen = (onSocket: (socket: net.Socket) => void = () => {}): Effect.Effect<number, never, Scope.Scope> =>
  Effect.gen(function*() {
    const sockets = new Set<net.Socket>()
    const server = yield* Effect.acquireRelease(
      Effect.async<net.Server>((resume) => {
        const server = net.createServer((socket) => {
          sockets.add(socket)
          socket.on("close", () => sockets.delete(socket))
          socket.on("error", () => socket.destroy())
          onSocket(socket)
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
    return typeof address === "object" && address !== null ? address.port : 0
  })
