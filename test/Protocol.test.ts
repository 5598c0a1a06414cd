import { describe, expect, it } from "@effect/vitest"
import { Array, Deferred, Effect, Either, Fiber, Option, ParseResult, Ref, Schema, TestClock } from "effect"
import type { Scope } from "effect"
import * as CopilotClient from "../src/CopilotClient.js"
import { ConnectionClosed, ProtocolVersionMismatch, ResponseDecodeError, RpcError } from "../src/CopilotError.js"
import { ErrorCode } from "../src/internal/jsonrpc/Message.js"
import * as Frame from "../src/internal/jsonrpc/Frame.js"
import * as Method from "../src/internal/jsonrpc/Method.js"
import * as Protocol from "../src/internal/jsonrpc/Protocol.js"
import * as FakeRuntime from "../src/testing/FakeRuntime.js"
import { captureLogs } from "./support/logs.js"

const MessageParams = Schema.Struct({ message: Schema.String })
const messageOf = Schema.decodeUnknownSync(MessageParams)

const pong = (message: string) => ({ message, timestamp: "2025-01-01T00:00:00.000Z", protocolVersion: 3 })

/** Both directions still work: the SDK's calls are answered and it answers the runtime's requests. */
const stillServes = Effect.gen(function*() {
  const client = yield* CopilotClient.CopilotClient
  const fake = yield* FakeRuntime.FakeRuntime
  const result = yield* client.ping("still there?")
  expect(result.message).toBe("pong: still there?")
  const answer = yield* fake.request("no.such.method", {})
  expect(answer).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: ErrorCode.MethodNotFound } } })
})

describe("Protocol: calls from the SDK", () => {
  it.effect("correlates 100 concurrent calls answered in reverse order", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("ping", FakeRuntime.noAnswer)
      const indexes = Array.range(0, 99)
      const calls = yield* Effect.fork(
        Effect.forEach(indexes, (i) => client.ping(`m${i}`), { concurrency: "unbounded" })
      )
      const requests = yield* Effect.forEach(indexes, () => fake.takeRequest("ping"))
      yield* Effect.forEach(
        Array.reverse(requests),
        (request) => fake.respond(request.id, pong(`pong: ${messageOf(request.params).message}`))
      )
      const results = yield* Fiber.join(calls)
      expect(results.map((r) => r.message)).toEqual(indexes.map((i) => `pong: m${i}`))
      yield* fake.handle("ping", FakeRuntime.pingHandler())
      yield* stillServes
    }).pipe(Effect.provide(FakeRuntime.layerClient)), 10_000)

  it.effect("an interrupted call is forgotten and its late answer dropped quietly", () => {
    const logs = captureLogs()
    return Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("ping", FakeRuntime.noAnswer)
      const call = yield* Effect.fork(client.ping("first"))
      const request = yield* fake.takeRequest("ping")
      yield* Fiber.interrupt(call)
      yield* fake.respond(request.id, pong("pong: late"))
      yield* fake.handle("ping", FakeRuntime.pingHandler())
      const next = yield* client.ping("second")
      expect(next.message).toBe("pong: second")
      yield* stillServes
      expect(yield* logs.problems).toEqual([])
      // The SDK did not answer the late answer: its only error answer is stillServes' -32601.
      const fromSdk = yield* fake.received
      expect(fromSdk.filter((m) => m._tag === "ErrorResponse")).toHaveLength(1)
    }).pipe(Effect.provide(FakeRuntime.layerClient), Effect.provide(logs.layer))
  }, 10_000)

  it.effect("a JSON-RPC error answer is an RpcError with code, message and data", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("status.get", FakeRuntime.answerError(-32000, "runtime is busy", { retryAfter: 5 }))
      const error = yield* Effect.flip(CopilotClient.getStatus)
      expect(error).toBeInstanceOf(RpcError)
      expect(error).toMatchObject({ method: "status.get", code: -32000, message: "runtime is busy", data: { retryAfter: 5 } })
      yield* stillServes
    }).pipe(Effect.provide(FakeRuntime.layerClient)), 10_000)

  it.effect("a call the runtime does not know (-32601) fails with MethodNotServed, and the fake records it", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const error = yield* Effect.flip(CopilotClient.listModels)
      expect(error).toMatchObject({ _tag: "MethodNotServed", method: "models.list" })
      expect((yield* fake.unscripted).map((r) => r.method)).toEqual(["models.list"])
      yield* stillServes
    }).pipe(Effect.provide(FakeRuntime.layerClient)), 10_000)

  it.effect("a result that fails its Schema is a ResponseDecodeError", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("status.get", FakeRuntime.answer({ version: 1.5 }))
      const error = yield* Effect.flip(CopilotClient.getStatus)
      expect(error).toBeInstanceOf(ResponseDecodeError)
      expect(error).toMatchObject({ method: "status.get" })
      expect(error.message).toContain("protocolVersion")
      yield* stillServes
    }).pipe(Effect.provide(FakeRuntime.layerClient)), 10_000)

  it.effect("a delayed answer arrives when the clock reaches it", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("ping", FakeRuntime.delayed("30 seconds", FakeRuntime.pingHandler()))
      const call = yield* Effect.fork(CopilotClient.ping("slow"))
      yield* fake.takeRequest("ping")
      yield* TestClock.adjust("29 seconds")
      expect(Option.isNone(yield* Fiber.poll(call))).toBe(true)
      yield* TestClock.adjust("1 second")
      expect((yield* Fiber.join(call)).message).toBe("pong: slow")
    }).pipe(Effect.provide(FakeRuntime.layerClient)), 10_000)

  it.effect("a malformed answer fails the waiting call instead of leaving it hanging", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("status.get", (_, request) =>
        Effect.zipRight(fake.send({ jsonrpc: "2.0", id: request.id, error: "boom" }), Effect.never))
      const error = yield* Effect.flip(CopilotClient.getStatus)
      expect(error).toMatchObject({ _tag: "RpcError", method: "status.get", code: ErrorCode.InvalidRequest })
      yield* stillServes
      // An answer is never answered: the only error answer is stillServes' -32601.
      const fromSdk = yield* fake.received
      expect(fromSdk.filter((m) => m._tag === "ErrorResponse")).toHaveLength(1)
    }).pipe(Effect.provide(FakeRuntime.layerClient)), 5_000)
})

describe("Protocol: the runtime ends", () => {
  it.effect("a crash fails waiting calls at once with the exit code and stderr; later calls fail immediately", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      yield* fake.handle("ping", FakeRuntime.noAnswer)
      yield* fake.handle("status.get", FakeRuntime.noAnswer)
      const calls = yield* Effect.fork(
        Effect.all([Effect.flip(client.ping("a")), Effect.flip(client.getStatus)], { concurrency: "unbounded" })
      )
      yield* fake.takeRequest("ping")
      yield* fake.takeRequest("status.get")
      yield* fake.crash({ exitCode: 134, stderr: "loading...\n<--- Last few GCs --->\nFATAL ERROR: heap out of memory\n" })
      const failures = yield* Fiber.join(calls)
      for (const failure of failures) {
        expect(failure).toBeInstanceOf(ConnectionClosed)
        expect(failure).toMatchObject({ exitCode: 134 })
        expect(failure.message).toContain("exit code 134")
        expect(failure.message).toContain("FATAL ERROR: heap out of memory")
      }
      const closed = yield* client.closed
      expect(closed.stderrTail?.endsWith("FATAL ERROR: heap out of memory")).toBe(true)
      const later = yield* Effect.flip(client.ping("after the crash"))
      expect(later).toEqual(closed)
      expect(yield* fake.requests("ping")).toHaveLength(1)
    }).pipe(Effect.provide(FakeRuntime.layerClient)), 5_000)

  it.effect("the transport reports the exit code and stderr as the close reason", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.make()
      expect(yield* fake.transport.closeReason("before")).toEqual(new ConnectionClosed({ reason: "before" }))
      yield* fake.crash({ exitCode: 2, stderr: "  bad flag --frobnicate\n" })
      expect(yield* fake.transport.closeReason("after")).toEqual(
        new ConnectionClosed({ reason: "after", exitCode: 2, stderrTail: "bad flag --frobnicate" })
      )
    }).pipe(Effect.scoped))
})

describe("Protocol: start-up handshake", () => {
  it.effect("a runtime of another protocol version is refused, naming both versions", () =>
    Effect.gen(function*() {
      const error = yield* CopilotClient.CopilotClient.pipe(
        Effect.provide(FakeRuntime.layerClientWith({ fake: { protocolVersion: 2 } })),
        Effect.flip
      )
      expect(error).toEqual(new ProtocolVersionMismatch({ expected: 3, actual: 2 }))
      expect(error.message).toMatch(/version 2.*version 3/)
    }))

  it.effect("falls back to ping when the runtime does not know connect", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      expect(client.protocolVersion).toBe(3)
      expect((yield* fake.requests()).map((r) => r.method)).toEqual(["connect", "ping"])
      yield* stillServes
    }).pipe(Effect.provide(FakeRuntime.layerClientWith({
      fake: { handlers: { connect: FakeRuntime.answerError(ErrorCode.MethodNotFound, "method not found: connect") } }
    }))))

  it.effect("the ping fallback checks the version too", () =>
    Effect.gen(function*() {
      const noConnect = { connect: FakeRuntime.answerError(ErrorCode.MethodNotFound, "method not found: connect") }
      const old = yield* CopilotClient.CopilotClient.pipe(
        Effect.provide(FakeRuntime.layerClientWith({ fake: { protocolVersion: 2, handlers: noConnect } })),
        Effect.flip
      )
      expect(old).toEqual(new ProtocolVersionMismatch({ expected: 3, actual: 2 }))
      const silent = yield* CopilotClient.CopilotClient.pipe(
        Effect.provide(FakeRuntime.layerClientWith({
          fake: { handlers: { ...noConnect, ping: FakeRuntime.answer({ message: "pong", timestamp: "2025-01-01T00:00:00Z" }) } }
        })),
        Effect.flip
      )
      expect(silent).toEqual(new ProtocolVersionMismatch({ expected: 3, actual: undefined }))
      expect(silent.message).toContain("reported no protocol version")
    }))

  it.effect("another connect failure fails start-up without falling back", () =>
    Effect.gen(function*() {
      const error = yield* CopilotClient.CopilotClient.pipe(
        Effect.provide(FakeRuntime.layerClientWith({
          fake: { handlers: { connect: FakeRuntime.answerError(ErrorCode.InternalError, "Not authenticated") } }
        })),
        Effect.flip
      )
      expect(error).toBeInstanceOf(RpcError)
      expect(error).toMatchObject({ method: "connect", code: ErrorCode.InternalError, message: "Not authenticated" })
    }))
})

// ---------------------------------------------------------------------------
// Inbound: the runtime calls the SDK. Protocol.make directly, with handlers
// that have Schemas, fail and die.
// ---------------------------------------------------------------------------

const EchoParams = Schema.Struct({ text: Schema.String })
const Echo = Method.make("test.echo", EchoParams, Schema.Struct({ text: Schema.String }))
const Fails = Method.make("test.fail", EchoParams, Schema.Struct({}))
const Dies = Method.make("test.die", EchoParams, Schema.Struct({}))

const peer = Effect.gen(function*() {
  const fake = yield* FakeRuntime.make()
  const notes = yield* Ref.make<ReadonlyArray<unknown>>([])
  const protocol = yield* Protocol.make(fake.transport, {
    requests: {
      [Echo.name]: Protocol.handler(Echo, ({ text }) => Effect.succeed({ text })),
      [Fails.name]: Protocol.handler(Fails, () => Effect.fail(new Error("disk full"))),
      [Dies.name]: Protocol.handler(Dies, () => Effect.die(new Error("bug in the handler")))
    },
    notifications: { "test.note": (params) => Ref.update(notes, (all) => [...all, params]) }
  }, { maxFrameBytes: 1024 })
  /** Both directions still work after whatever came before. */
  const serves = Effect.gen(function*() {
    const echoed = yield* fake.request(Echo.name, { text: "still here" })
    expect(echoed).toMatchObject({ _tag: "SuccessResponse", message: { result: { text: "still here" } } })
    const result = yield* protocol.callRaw("ping", { message: "after" })
    expect(messageOf(result).message).toBe("pong: after")
  })
  /** Answers the SDK sent, other than to `serves`' echo. */
  const answers = Effect.map(
    fake.received,
    (all) =>
      all.filter((m) =>
        m._tag === "ErrorResponse" || (m._tag === "SuccessResponse" && !isEchoAnswer(m.message.result))
      )
  )
  return { fake, protocol, notes, serves, answers }
})

const isEchoAnswer = (result: unknown) => Schema.is(Schema.Struct({ text: Schema.Literal("still here") }))(result)

const withPeer = <A, E>(
  f: (p: Effect.Effect.Success<typeof peer>) => Effect.Effect<A, E, Scope.Scope>
) => Effect.scoped(Effect.flatMap(peer, f))

describe("Protocol: requests and garbage from the runtime", () => {
  it.effect("a slow handler does not hold up the reader: later requests, answers and notifications go on", () =>
    Effect.scoped(Effect.gen(function*() {
      const fake = yield* FakeRuntime.make()
      const release = yield* Deferred.make<void>()
      const Slow = Method.make("test.slow", EchoParams, EchoParams)
      const protocol = yield* Protocol.make(fake.transport, {
        requests: {
          [Slow.name]: Protocol.handler(Slow, (params) => Effect.as(Deferred.await(release), params)),
          [Echo.name]: Protocol.handler(Echo, ({ text }) => Effect.succeed({ text }))
        }
      })
      const slow = yield* Effect.flatMap(fake.startRequest(Slow.name, { text: "slow" }), Effect.fork)
      // While the slow one waits, a second request and a call round trip both complete.
      const echoed = yield* fake.request(Echo.name, { text: "fast" })
      expect(echoed).toMatchObject({ _tag: "SuccessResponse", message: { result: { text: "fast" } } })
      expect(messageOf(yield* protocol.callRaw("ping", { message: "meanwhile" })).message).toBe("pong: meanwhile")
      yield* Deferred.succeed(release, undefined)
      expect(yield* Fiber.join(slow)).toMatchObject({ _tag: "SuccessResponse", message: { result: { text: "slow" } } })
    })))

  it.effect("an unknown method is answered -32601", () =>
    withPeer(({ fake, serves }) =>
      Effect.gen(function*() {
        const answer = yield* fake.request("sessionFs.teleport", { sessionId: "s1" })
        expect(answer).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: ErrorCode.MethodNotFound } } })
        expect(JSON.stringify(answer)).toContain("sessionFs.teleport")
        yield* serves
      })
    ))

  it.effect("params failing the handler's Schema are answered -32602 with the Schema's message", () =>
    withPeer(({ fake, serves }) =>
      Effect.gen(function*() {
        const bad = { text: 42 }
        const expected = Either.match(Schema.decodeUnknownEither(EchoParams)(bad), {
          onLeft: ParseResult.TreeFormatter.formatErrorSync,
          onRight: () => "decoded"
        })
        expect(expected).toContain("text")
        const answer = yield* fake.request(Echo.name, bad)
        expect(answer).toMatchObject({
          _tag: "ErrorResponse",
          message: { error: { code: ErrorCode.InvalidParams, message: expected } }
        })
        yield* serves
      })
    ))

  it.effect("a failing handler is answered -32603 with its message", () =>
    withPeer(({ fake, serves }) =>
      Effect.gen(function*() {
        const answer = yield* fake.request(Fails.name, { text: "x" })
        expect(answer).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: ErrorCode.InternalError } } })
        expect(JSON.stringify(answer)).toContain("disk full")
        yield* serves
      })
    ))

  it.effect("a dying handler is answered -32603 and logged as an error", () => {
    const logs = captureLogs()
    return withPeer(({ fake, serves }) =>
      Effect.gen(function*() {
        const answer = yield* fake.request(Dies.name, { text: "x" })
        expect(answer).toMatchObject({ _tag: "ErrorResponse", message: { error: { code: ErrorCode.InternalError } } })
        yield* serves
        const errors = (yield* logs.problems).filter((line) => line.level._tag === "Error")
        expect(errors.map((line) => line.text).join("\n")).toContain("bug in the handler")
      })
    ).pipe(Effect.provide(logs.layer))
  })

  it.effect("unparseable JSON is answered -32700 with a null id", () =>
    withPeer(({ answers, fake, serves }) =>
      Effect.gen(function*() {
        yield* fake.sendRaw(FakeRuntime.Garbage.invalidJson)
        const answer = yield* fake.takeResponse(null)
        expect(answer).toMatchObject({ _tag: "ErrorResponse", message: { id: null, error: { code: ErrorCode.ParseError } } })
        yield* serves
        expect(yield* answers).toHaveLength(1)
      })
    ))

  it.effect("valid JSON that is not JSON-RPC is answered -32600 when it has an id", () =>
    withPeer(({ fake, serves }) =>
      Effect.gen(function*() {
        yield* fake.sendRaw(FakeRuntime.Garbage.notJsonRpc(42))
        yield* fake.send({ jsonrpc: "2.0", id: "req-7", method: 12 })
        expect(yield* fake.takeResponse(42)).toMatchObject({
          _tag: "ErrorResponse",
          message: { error: { code: ErrorCode.InvalidRequest } }
        })
        expect(yield* fake.takeResponse("req-7")).toMatchObject({
          _tag: "ErrorResponse",
          message: { error: { code: ErrorCode.InvalidRequest } }
        })
        yield* serves
      })
    ))

  it.effect("valid JSON that is not JSON-RPC and has no id is only logged", () => {
    const logs = captureLogs()
    return withPeer(({ answers, fake, serves }) =>
      Effect.gen(function*() {
        yield* fake.sendRaw(FakeRuntime.Garbage.notJsonRpc())
        yield* fake.send([1, 2, 3])
        yield* serves
        expect(yield* answers).toEqual([])
        const warnings = (yield* logs.problems).map((line) => line.text).join("\n")
        expect(warnings).toContain("not JSON-RPC")
      })
    ).pipe(Effect.provide(logs.layer))
  })

  it.effect("unknown notifications are ignored; known ones are delivered", () =>
    withPeer(({ answers, fake, notes, serves }) =>
      Effect.gen(function*() {
        yield* fake.notify("host.event", { kind: "something new" })
        yield* fake.notify("test.note", { n: 1 })
        yield* serves
        expect(yield* Ref.get(notes)).toEqual([{ n: 1 }])
        expect(yield* answers).toEqual([])
      })
    ))

  it.effect("bad frame headers are skipped and logged: no Content-Length, a non-numeric one", () => {
    const logs = captureLogs()
    return withPeer(({ answers, fake, serves }) =>
      Effect.gen(function*() {
        yield* fake.sendRaw(FakeRuntime.Garbage.headerWithoutLength)
        yield* serves
        yield* fake.sendRaw(FakeRuntime.Garbage.nonNumericLength)
        yield* serves
        expect(yield* answers).toEqual([])
        const warnings = (yield* logs.problems).map((line) => line.text).join("\n")
        expect(warnings).toContain("no Content-Length")
        expect(warnings).toContain("invalid Content-Length")
      })
    ).pipe(Effect.provide(logs.layer))
  })

  it.effect("an answer arriving one byte at a time completes the call", () =>
    withPeer(({ fake, protocol }) =>
      Effect.gen(function*() {
        yield* fake.handle("ping", FakeRuntime.noAnswer)
        const call = yield* Effect.fork(protocol.callRaw("ping", {}))
        const request = yield* fake.takeRequest("ping")
        const answer = Frame.encode(JSON.stringify({ jsonrpc: "2.0", id: request.id, result: { s: "漢字😀" } }))
        for (const byte of answer) yield* fake.sendRaw(Uint8Array.of(byte))
        expect(yield* Fiber.join(call)).toEqual({ s: "漢字😀" })
      })
    ), 5_000)
})
