// ad-hoc: replays a recorded short turn to a client over TCP; measures client CPU per turn.
import net from "node:net"
import fs from "node:fs"
import { fork } from "node:child_process"
const R = JSON.parse(fs.readFileSync("/tmp/wire/replay.json", "utf8"))
const frame = (s) => { const b = Buffer.from(s, "utf8"); return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`), b]) }
const mode = process.argv[2]
if (mode === "server") {
  const server = net.createServer((socket) => {
    socket.setNoDelay(true)
    let rest = Buffer.alloc(0)
    socket.on("data", (chunk) => {
      rest = Buffer.concat([rest, chunk])
      for (;;) {
        const he = rest.indexOf("\r\n\r\n"); if (he < 0) break
        const len = Number(/Content-Length: (\d+)/i.exec(rest.toString("latin1", 0, he))[1])
        if (rest.length < he + 4 + len) break
        const m = JSON.parse(rest.toString("utf8", he + 4, he + 4 + len)); rest = rest.subarray(he + 4 + len)
        if (m.id === undefined) continue
        const reply = (result) => socket.write(frame(JSON.stringify({ jsonrpc: "2.0", id: m.id, result })))
        const sid = m.params?.sessionId
        const sub = (s) => s.split(R.sid).join(sid)
        if (m.method === "connect") reply({ ok: true, protocolVersion: 3, version: "1.0.102" })
        else if (m.method === "session.create") { reply({ ...R.create, sessionId: sid }); socket.write(Buffer.concat(R.startup.map((f) => frame(sub(f))))) }
        else if (m.method === "session.send") { reply({ messageId: "m" }); const src = process.env.ONLY ? [...Array(42).fill(R.turn.find((f) => f.includes(process.env.ONLY))), R.turn[R.turn.length - 3]] : R.turn; const fs_ = src.map((f) => frame(sub(f))); if (process.env.SPREAD) { let i = 0; const next = () => { if (i < fs_.length) { socket.write(fs_[i++]); setTimeout(next, Number(process.env.SPREAD)) } }; next() } else socket.write(Buffer.concat(fs_)) }
        else if (m.method === "session.destroy" || m.method === "session.detach") reply({ success: true })
        else socket.write(frame(JSON.stringify({ jsonrpc: "2.0", id: m.id, error: { code: -32601, message: "nope " + m.method } })))
      }
    })
  })
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }))
  process.on("message", () => process.exit(0))
} else if (mode === "client") {
  const [kind, port, n] = [process.argv[3], Number(process.argv[4]), Number(process.argv[5])]
  let turn, close
  if (kind === "ours") {
    const { Effect, ManagedRuntime, Stream, Scope, Exit } = await import("effect")
    const { CopilotClient, CopilotSession, RuntimeConnection, Handlers } = await import("../dist/esm/index.js")
    const rt = ManagedRuntime.make(CopilotClient.layer({ connection: RuntimeConnection.Uri({ url: `127.0.0.1:${port}` }) }))
    const client = await rt.runPromise(CopilotClient.CopilotClient)
    const session = await rt.runPromise(CopilotSession.make(client, { onPermissionRequest: Handlers.approveAll, streaming: true }).pipe(Effect.flatMap((s) => Effect.succeed(s)), Scope.extend(await rt.runPromise(Scope.make()))))
    if (process.env.CD) { turn = () => rt.runPromise(Effect.scoped(CopilotSession.make(client, { onPermissionRequest: Handlers.approveAll, streaming: false }))); close = () => rt.dispose(); }
    const V = process.env.V ?? "stream"
    if (!process.env.CD) turn = V === "stream" ? () => rt.runPromise(Effect.scoped(Effect.gen(function*() {
      const events = yield* session.subscribe
      yield* session.send("hi")
      yield* events.pipe(Stream.takeUntil((e) => e.type === "session.idle"), Stream.runDrain)
    }))) : V === "wait" ? () => rt.runPromise(session.sendAndWait("hi")) : async () => { await rt.runPromise(session.send("hi")); await new Promise((ok) => setTimeout(ok, 60)) }; if (process.env.NOOP) turn = async () => { await new Promise((ok) => setTimeout(ok, 60)) }
    close = () => rt.dispose()
  } else if (kind === "raw") {
    const socket = net.connect({ host: "127.0.0.1", port }); await new Promise((ok) => socket.once("connect", ok)); socket.setNoDelay(true)
    let rest = Buffer.alloc(0); let waiter; let id = 0
    socket.on("data", (chunk) => { rest = rest.length ? Buffer.concat([rest, chunk]) : chunk; for (;;) { const he = rest.indexOf("\r\n\r\n"); if (he < 0) break; const len = Number(/Content-Length: (\d+)/i.exec(rest.toString("latin1", 0, he))[1]); if (rest.length < he + 4 + len) break; const m = JSON.parse(rest.toString("utf8", he + 4, he + 4 + len)); rest = rest.subarray(he + 4 + len); if (m.method === "session.event" && m.params.event.type === "session.idle") waiter?.() } })
    turn = () => new Promise((ok) => { waiter = ok; socket.write(frame(JSON.stringify({ jsonrpc: "2.0", id: id++, method: "session.send", params: { sessionId: "s", prompt: "hi" } }))) })
    close = () => socket.destroy()
  } else {
    const { CopilotClient, RuntimeConnection, approveAll } = await import("@github/copilot-sdk")
    const client = new CopilotClient({ connection: RuntimeConnection.forUri(`127.0.0.1:${port}`) })
    await client.start()
    const session = await client.createSession({ onPermissionRequest: approveAll, streaming: true })
    if (process.env.CD) turn = async () => { const s = await client.createSession({ onPermissionRequest: approveAll, streaming: false }); await s.disconnect() }
    else turn = () => new Promise((ok, fail) => { const off = session.on((e) => { if (e.type === "session.idle") { off(); ok() } }); session.send({ prompt: "hi" }).catch(fail) })
    close = () => client.stop()
  }
  for (let i = 0; i < Number(process.env.WARM ?? 100); i++) await turn()
  const c0 = process.cpuUsage(); const t0 = performance.now()
  for (let i = 0; i < n; i++) await turn()
  const c = process.cpuUsage(c0); const t = performance.now() - t0
  console.log(JSON.stringify({ kind, userMs: c.user / 1000 / n, sysMs: c.system / 1000 / n, cpuMsPerTurn: (c.user + c.system) / 1000 / n, wallMsPerTurn: t / n }))
  await close(); process.exit(0)
} else {
  const server = fork(new URL(import.meta.url).pathname, ["server"])
  const { port } = await new Promise((ok) => server.once("message", ok))
  for (const kind of (process.env.KINDS ?? "ours,official").split(",")) {
    const c = fork(new URL(import.meta.url).pathname, ["client", kind, String(port), process.env.N ?? "500"], { execArgv: (process.env.PROF) ? ["--cpu-prof", "--cpu-prof-interval", process.env.PROFINT ?? "37", "--cpu-prof-dir=/tmp/prof2"] : [] })
    await new Promise((ok) => c.on("exit", ok))
  }
  server.send("bye")
}
