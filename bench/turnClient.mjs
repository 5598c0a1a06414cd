// Run by bench/turn.ts in a fresh plain-Node process (no TypeScript loader,
// so neither SDK's code is transformed): connects one client of the given
// kind to the replaying fake runtime on the given port, opens one streaming
// session, runs warm-up turns, then times `turns` short turns (send, then
// wait for session.idle) and prints the process's CPU per turn as JSON.
//
//   node bench/turnClient.mjs <raw|ours|official> <port> <turns> <warmup> <wait|events>
//
// "wait": each SDK's sendAndWait; "events": the turn read from the session's
// events (a subscription here, a listener in the official SDK) to session.idle.
import * as net from "node:net"

const [kind, portText, turnsText, warmupText, how] = process.argv.slice(2)
const port = Number(portText)
const turns = Number(turnsText)
const warmup = Number(warmupText)

const frame = (json) => {
  const body = Buffer.from(json, "utf8")
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "latin1"), body])
}

/** A client in plain Node: framing, JSON.parse and a callback per message, nothing else. */
const raw = async () => {
  const socket = net.connect({ host: "127.0.0.1", port, noDelay: true })
  await new Promise((ok, fail) => {
    socket.once("connect", ok)
    socket.once("error", fail)
  })
  let rest = Buffer.alloc(0)
  let onIdle
  socket.on("data", (chunk) => {
    rest = rest.length === 0 ? chunk : Buffer.concat([rest, chunk])
    for (;;) {
      const headerEnd = rest.indexOf("\r\n\r\n")
      if (headerEnd < 0) break
      const length = Number(/content-length:\s*(\d+)/i.exec(rest.toString("latin1", 0, headerEnd))[1])
      if (rest.length < headerEnd + 4 + length) break
      const message = JSON.parse(rest.toString("utf8", headerEnd + 4, headerEnd + 4 + length))
      rest = rest.subarray(headerEnd + 4 + length)
      if (message.method === "session.event" && message.params.event.type === "session.idle") onIdle?.()
    }
  })
  let id = 0
  const sessionId = "raw-session"
  return {
    turn: () =>
      new Promise((ok) => {
        onIdle = ok
        socket.write(frame(JSON.stringify({ jsonrpc: "2.0", id: id++, method: "session.send", params: { sessionId, prompt: "hi" } })))
      }),
    close: async () => socket.destroy()
  }
}

const ours = async () => {
  const { Effect, Exit, ManagedRuntime, Scope, Stream } = await import("effect")
  const { CopilotClient, CopilotSession, Handlers, RuntimeConnection } = await import("../dist/esm/index.js")
  const runtime = ManagedRuntime.make(CopilotClient.layer({ connection: RuntimeConnection.Uri({ url: `127.0.0.1:${port}` }) }))
  const client = await runtime.runPromise(CopilotClient.CopilotClient)
  const scope = await runtime.runPromise(Scope.make())
  const session = await runtime.runPromise(
    CopilotSession.make(client, { onPermissionRequest: Handlers.approveAll, streaming: true }).pipe(Scope.extend(scope))
  )
  return {
    turn: how === "wait" ? () => runtime.runPromise(session.sendAndWait("hi")) : () =>
      runtime.runPromise(Effect.scoped(Effect.gen(function*() {
        const events = yield* session.subscribe
        yield* session.send("hi")
        yield* events.pipe(Stream.takeUntil((event) => event.type === "session.idle"), Stream.runDrain)
      }))),
    close: async () => {
      await runtime.runPromise(Scope.close(scope, Exit.void))
      await runtime.dispose()
    }
  }
}

const official = async () => {
  const { CopilotClient, RuntimeConnection, approveAll } = await import("@github/copilot-sdk")
  const client = new CopilotClient({ connection: RuntimeConnection.forUri(`127.0.0.1:${port}`) })
  await client.start()
  const session = await client.createSession({ onPermissionRequest: approveAll, streaming: true })
  return {
    turn: how === "wait" ? () => session.sendAndWait({ prompt: "hi" }) : () =>
      new Promise((ok, fail) => {
        const off = session.on((event) => {
          if (event.type === "session.idle") {
            off()
            ok()
          }
        })
        session.send({ prompt: "hi" }).catch(fail)
      }),
    close: async () => {
      await session.disconnect()
      await client.stop()
    }
  }
}

const subject = await (kind === "raw" ? raw() : kind === "ours" ? ours() : official())
for (let i = 0; i < warmup; i++) await subject.turn()
const cpu = process.cpuUsage()
const start = performance.now()
for (let i = 0; i < turns; i++) await subject.turn()
const wallMs = performance.now() - start
const used = process.cpuUsage(cpu)
await subject.close()
console.log(JSON.stringify({
  userMs: used.user / 1000 / turns,
  systemMs: used.system / 1000 / turns,
  wallMs: wallMs / turns
}))
process.exit(0)
