/**
 * The three clients the bench measures, each written the way its users would
 * write it:
 *
 * - `raw`: a plain `net` socket, the bench's framing and `JSON.parse` /
 *   `JSON.stringify`: the floor any SDK builds on.
 * - `ours`: effect-copilot, a `CopilotClient.layer` in a `ManagedRuntime`,
 *   loops written as Effects, lifecycle events from the `client.lifecycle` Stream.
 * - `official`: `@github/copilot-sdk`, `CopilotClient` over `RuntimeConnection.forUri`,
 *   `async` loops, lifecycle events from `client.onLifecycle`.
 * - `officialNoDelay`: the same with TCP_NODELAY set on its socket after
 *   `start()`. Out of the box the official SDK leaves Nagle's algorithm on and
 *   writes each message's header and body separately, so over TCP the body
 *   waits for the peer's delayed ACK (about 40 ms on Linux) whenever nothing
 *   else is in flight. This variant shows its speed without that stall; it
 *   reaches a private field, so it is a measurement aid, not a usage pattern.
 *
 * Each library is imported lazily by {@link load}, so the harness can
 * measure what loading it costs apart from what connecting costs.
 */
import * as net from "node:net"
import { FrameReader, frame } from "./wire.js"

export type Kind = "raw" | "ours" | "official" | "officialNoDelay"
export const kinds: ReadonlyArray<Kind> = ["raw", "ours", "official", "officialNoDelay"]

export interface Subject {
  /** Pings one at a time until `until` (epoch ms); returns how many completed. */
  readonly sequential: (until: number) => Promise<number>
  /** Keeps `inFlight` pings outstanding until `until`; returns how many completed. */
  readonly concurrent: (until: number, inFlight: number) => Promise<number>
  /** Delivers every lifecycle event's session id to `onEvent` until the returned function is called. */
  readonly subscribe: (onEvent: (sessionId: string) => void) => Promise<() => Promise<void>>
  readonly close: () => Promise<void>
}

const MESSAGE = "bench"

type Connect = (port: number) => Promise<Subject>

const raw = async (port: number): Promise<Subject> => {
  const socket = net.connect({ host: "127.0.0.1", port, noDelay: true })
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve)
    socket.once("error", reject)
  })
  const pending = new Map<number, (result: unknown) => void>()
  let listener: ((sessionId: string) => void) | undefined
  let nextId = 0
  const reader = new FrameReader()
  socket.on("data", (chunk) => {
    reader.push(chunk, (body) => {
      const message = JSON.parse(body)
      if (typeof message.method === "string") {
        if (message.method === "session.lifecycle") listener?.(message.params.sessionId)
        return
      }
      const resolve = pending.get(message.id)
      if (resolve === undefined) return
      pending.delete(message.id)
      resolve(message.result)
    })
  })
  const call = (method: string, params: unknown) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++
      pending.set(id, resolve)
      socket.write(frame(JSON.stringify({ jsonrpc: "2.0", id, method, params })))
    })
  await call("connect", { supportedTaskKinds: ["agent", "client", "shell"] })
  const worker = async (until: number) => {
    let n = 0
    while (Date.now() < until) {
      await call("ping", { message: MESSAGE })
      n++
    }
    return n
  }
  return {
    sequential: worker,
    concurrent: async (until, inFlight) =>
      (await Promise.all(Array.from({ length: inFlight }, () => worker(until)))).reduce((a, b) => a + b, 0),
    subscribe: async (onEvent) => {
      listener = onEvent
      return async () => {
        listener = undefined
      }
    },
    close: async () => {
      socket.destroy()
    }
  }
}

const ours = async (): Promise<Connect> => {
  const { Effect, Fiber, ManagedRuntime, Stream } = await import("effect")
  const CopilotClient = await import("../src/CopilotClient.js")
  const RuntimeConnection = await import("../src/RuntimeConnection.js")
  return async (port) => {
    const runtime = ManagedRuntime.make(
      CopilotClient.layer({ connection: RuntimeConnection.Uri({ url: `127.0.0.1:${port}` }) })
    )
    const client = await runtime.runPromise(CopilotClient.CopilotClient)
    const worker = (until: number) =>
      Effect.gen(function*() {
        let n = 0
        while (Date.now() < until) {
          yield* client.ping(MESSAGE)
          n++
        }
        return n
      })
    return {
      sequential: (until) => runtime.runPromise(worker(until)),
      concurrent: (until, inFlight) =>
        runtime.runPromise(
          Effect.forEach(Array.from({ length: inFlight }), () => worker(until), { concurrency: inFlight }).pipe(
            Effect.map((counts) => counts.reduce((a, b) => a + b, 0))
          )
        ),
      subscribe: async (onEvent) => {
        const fiber = runtime.runFork(
          Stream.runForEach(client.lifecycle, (event) => Effect.sync(() => onEvent(event.sessionId)))
        )
        return () => runtime.runPromise(Fiber.interrupt(fiber)).then(() => undefined)
      },
      close: () => runtime.dispose()
    }
  }
}

const official = async (noDelay: boolean): Promise<Connect> => {
  const { CopilotClient, RuntimeConnection } = await import("@github/copilot-sdk")
  return async (port) => {
    const client = new CopilotClient({ connection: RuntimeConnection.forUri(`127.0.0.1:${port}`) })
    await client.start()
    if (noDelay) {
      const socket: unknown = Reflect.get(client, "socket")
      if (!(socket instanceof net.Socket)) throw new Error("officialNoDelay: the official client's socket was not found")
      socket.setNoDelay(true)
    }
    const worker = async (until: number) => {
      let n = 0
      while (Date.now() < until) {
        await client.ping(MESSAGE)
        n++
      }
      return n
    }
    return {
      sequential: worker,
      concurrent: async (until, inFlight) =>
        (await Promise.all(Array.from({ length: inFlight }, () => worker(until)))).reduce((a, b) => a + b, 0),
      subscribe: async (onEvent) => {
        const unsubscribe = client.onLifecycle((event) => onEvent(event.sessionId))
        return async () => unsubscribe()
      },
      close: async () => {
        const errors = await client.stop()
        if (errors.length > 0) throw errors[0]
      }
    }
  }
}

/** Imports the client library of `kind`; the function it returns connects a client to the fake runtime at a port. */
export const load = (kind: Kind): Promise<Connect> => {
  switch (kind) {
    case "raw":
      return Promise.resolve(raw)
    case "ours":
      return ours()
    case "official":
      return official(false)
    case "officialNoDelay":
      return official(true)
  }
}
