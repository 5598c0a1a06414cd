import { Effect, Stream, Fiber } from "effect"
import * as Events from "../dist/esm/internal/session/events.js"
const ev = (type) => ({ type, id: "x", timestamp: "2026-01-01T00:00:00.000Z", parentId: null, ephemeral: true, data: type === "session.idle" ? {} : { deltaContent: "w", messageId: "m" } })
const N = Number(process.env.N ?? 20000)
const gap = () => new Promise((ok) => setImmediate(ok))
const run = async (label, consume) => {
  const hub = Events.make(() => {})
  const stream = await Effect.runPromise(hub.subscribe)
  const fiber = Effect.runFork(consume(stream))
  await gap()
  const c0 = process.cpuUsage()
  for (let i = 0; i < N; i++) { hub.deliver(ev("assistant.message_delta")); await gap() }
  hub.deliver(ev("session.idle")); await Effect.runPromise(Fiber.join(fiber))
  const c = process.cpuUsage(c0)
  const base0 = process.cpuUsage()
  for (let i = 0; i < N; i++) await gap()
  const b = process.cpuUsage(base0)
  console.log(label, ((c.user + c.system - b.user - b.system) / N).toFixed(2), "us/event over a bare setImmediate")
}
for (let k = 0; k < 2; k++) {
  await run("takeUntil+runDrain", (s) => s.pipe(Stream.takeUntil((e) => e.type === "session.idle"), Stream.runDrain))
  await run("runFoldWhile      ", (s) => s.pipe(Stream.runFoldWhile(0, (n) => n >= 0, (n, e) => e.type === "session.idle" ? -1 : n + 1)))
  await run("runForEach+sync   ", (s) => s.pipe(Stream.takeUntil((e) => e.type === "session.idle"), Stream.runForEach(() => Effect.void)))
}
