/**
 * The connection survives what it can read past and ends, loudly, on what it
 * cannot: the SDK's reader over the in-memory fake runtime.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Option } from "effect"
import * as CopilotClient from "../src/CopilotClient.js"
import { ConnectionClosed } from "../src/CopilotError.js"
import * as FakeRuntime from "../src/testing/FakeRuntime.js"
import { captureLogs } from "./support/logs.js"
import * as Connection from "../src/internal/connection.js"

/** A call is waiting on the runtime when the bad bytes arrive. */
const withWaitingCall = Effect.gen(function*() {
  const client = yield* CopilotClient.CopilotClient
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("status.get", FakeRuntime.noAnswer)
  const waiting = yield* Effect.fork(Effect.either(client.getStatus))
  const request = yield* fake.takeRequest("status.get")
  return { client, fake, waiting, request }
})

describe("Wire: a malformed header is read past", () => {
  for (
    const [name, header] of [
      ["a non-numeric Content-Length", "Content-Length: abc"],
      ["a header without Content-Length", "Content-Type: application/json"],
      ["a negative Content-Length", "Content-Length: -5"]
    ] as const
  ) {
    it.live(`${name} followed by a body: later frames are read and calls answered`, () => {
      const logs = captureLogs()
      return Effect.gen(function*() {
        const { client, fake, request, waiting } = yield* withWaitingCall
        const lost = JSON.stringify({ jsonrpc: "2.0", method: "session.lifecycle", params: { type: "x", sessionId: "s" } })
        yield* fake.sendRaw(`${header}\r\n\r\n${lost}`)
        yield* fake.respond(request.id, { version: "1.0.102", protocolVersion: 3 })
        const status = yield* Fiber.join(waiting)
        expect(status).toMatchObject({ _tag: "Right", right: { version: "1.0.102" } })
        const pong = yield* client.ping("after the bad header")
        expect(pong.message).toBe("pong: after the bad header")
        expect(Option.isNone(yield* (yield* Connection.of(client)).protocol.isClosed)).toBe(true)
        const warnings = (yield* logs.problems).map((line) => line.text).join("\n")
        expect(warnings).toContain("looking for the next Content-Length header")
      }).pipe(Effect.provide(FakeRuntime.layerClient), Effect.provide(logs.layer))
    }, 10_000)
  }

  it.live("text printed before a frame does not cost the frame", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.sendRaw("Debugger listening on ws://127.0.0.1:9229\nFor help, see: https://nodejs.org/en/docs/inspector\n")
      expect((yield* client.ping("still")).message).toBe("pong: still")
    }).pipe(Effect.provide(FakeRuntime.layerClient)), 10_000)
})

describe("Wire: what cannot be read ends the connection at once", () => {
  for (
    const [name, bytes, cause] of [
      ["a declared length over maxFrameBytes, with no body", "Content-Length: 4096\r\n\r\n", "frame of 4096 bytes, over the maximum of 1024 bytes"],
      ["a declared length of 1e30", "Content-Length: 1e30\r\n\r\n", "frame of 1e30 bytes"],
      ["a declared length of 10^30 in digits", `Content-Length: 1${"0".repeat(30)}\r\n\r\n`, "over the maximum of 1024 bytes"],
      ["noise with no header for over a MiB", `Content-Length: ?\r\n\r\n${"~".repeat(1100 * 1024)}`, "cannot be resynchronised"]
    ] as const
  ) {
    it.live(`${name}: the waiting call, later calls and closed all see a ConnectionClosed naming the cause`, () =>
      Effect.gen(function*() {
        const { client, fake, waiting } = yield* withWaitingCall
        yield* fake.sendRaw(bytes)
        const outcome = yield* Fiber.join(waiting)
        if (outcome._tag === "Right") expect.fail("the call succeeded")
        const failure = outcome.left
        expect(failure).toBeInstanceOf(ConnectionClosed)
        expect(failure.message).toContain(cause)
        const closed = yield* client.closed
        expect(closed).toEqual(failure)
        expect(yield* Effect.flip(client.ping("after"))).toEqual(closed)
        // A well-formed answer after the end changes nothing.
        yield* fake.send({ jsonrpc: "2.0", id: 0, result: {} })
        expect(yield* Effect.flip(client.ping("later"))).toEqual(closed)
      }).pipe(Effect.provide(FakeRuntime.layerClientWith({ client: { maxFrameBytes: 1024 } }))), 10_000)
  }
})
