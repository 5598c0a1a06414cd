/**
 * Wire fuzzing over a real socket: a `net` server plays the runtime, answers
 * the handshake, then sends a generated case (bad headers, wrong lengths,
 * truncated and oversized bodies, invalid UTF-8, non-JSON, non-JSON-RPC,
 * answers to unknown ids, duplicate answers, floods), cut into random
 * writes. After every case the client must either answer the next ping or
 * have ended with a ConnectionClosed (for the cases that cannot be read on):
 * no hang, no crash. The figure is printed; `FUZZ_SEED` replays a run.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit, FastCheck, Logger, LogLevel, Option, Queue } from "effect"
import * as net from "node:net"
import * as CopilotClient from "../src/CopilotClient.js"
import * as Frame from "../src/internal/jsonrpc/Frame.js"
import * as RuntimeConnection from "../src/RuntimeConnection.js"
import * as Connection from "../src/internal/connection.js"
import { listen } from "./support/loopback.js"

const MAX_FRAME_BYTES = 64 * 1024
const CASES = Number(process.env.FUZZ_CASES ?? 150)
/** A ping that takes this long is a hang; a healthy one takes milliseconds. */
const HANG_AFTER = "5 seconds"

// ---------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------

interface Segment {
  readonly bytes: Buffer
  /** What the client must do afterwards: read on, or end the connection. */
  readonly fatal: boolean
  /** The runtime closes the connection after it (a truncated stream). */
  readonly closes?: boolean
}

const text = (s: string) => Buffer.from(s, "utf8")
const frame = (body: Buffer | string): Buffer => {
  const bytes = typeof body === "string" ? text(body) : body
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, "latin1"), bytes])
}
const json = (value: unknown) => frame(JSON.stringify(value))
const ok = (bytes: Buffer): Segment => ({ bytes, fatal: false })

/** Bytes holding no header start. */
const Noise = FastCheck.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => Buffer.from(b)).filter((b) =>
  !/content-length/i.test(b.toString("latin1"))
)
const Params = FastCheck.jsonValue({ maxDepth: 3 })
/** Ids the client never uses: its own start at 0 and count up by one per call. */
const ForeignId = FastCheck.oneof(FastCheck.integer({ min: 1000, max: 1e9 }), FastCheck.string({ minLength: 1, maxLength: 8 }).map((s) => `x-${s}`))
const Method = FastCheck.constantFrom(
  "no.such.method",
  "userInput.request",
  "hooks.invoke",
  "sessionFs.readFile",
  "session.event",
  "session.lifecycle",
  "host.event",
  ""
)

const recoverable: FastCheck.Arbitrary<Segment> = FastCheck.oneof(
  // bad headers, each followed by a body that is read as noise
  FastCheck.tuple(FastCheck.constantFrom("abc", "-1", "", "1.5", "0x20", "12 34", "１２", "1e3", "\u00ff"), Noise).map(([value, body]) =>
    ok(Buffer.concat([Buffer.from(`Content-Length: ${value}\r\n\r\n`, "latin1"), body]))
  ),
  FastCheck.tuple(FastCheck.constantFrom("Content-Type", "X-Length", "Content-Lenght", ""), Noise).map(([name, body]) =>
    ok(Buffer.concat([text(`${name}: 12\r\n\r\n`), body]))
  ),
  Noise.map(ok),
  FastCheck.constant(ok(text("Debugger attached.\nWaiting for the debugger to disconnect...\n"))),
  // lengths: shorter than the body, zero
  FastCheck.tuple(Params, FastCheck.nat()).map(([params, n]) => {
    const body = text(JSON.stringify({ jsonrpc: "2.0", method: "host.event", params }))
    const declared = n % body.length
    return ok(Buffer.concat([text(`Content-Length: ${declared}\r\n\r\n`), body]))
  }),
  FastCheck.constant(ok(text("Content-Length: 0\r\n\r\n"))),
  // bodies that are not JSON, not UTF-8, not JSON-RPC
  FastCheck.string({ maxLength: 200 }).map((s) => ok(frame(s))),
  FastCheck.uint8Array({ maxLength: 200 }).map((b) => ok(frame(Buffer.from(b)))),
  FastCheck.constantFrom([0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]).map((bad) =>
    ok(frame(Buffer.concat([text(`{"jsonrpc":"2.0","method":"host.`), Buffer.from(bad), text(`","params":{}}`)])))
  ),
  FastCheck.jsonValue({ maxDepth: 3 }).map((value) => ok(json(value))),
  FastCheck.tuple(ForeignId, Params).map(([id, params]) => ok(json({ jsonrpc: "2.0", id, params }))),
  // answers nobody waits for: unknown ids, a duplicate answer to `connect` (id 0), a null id
  FastCheck.tuple(ForeignId, Params).map(([id, result]) => ok(json({ jsonrpc: "2.0", id, result }))),
  FastCheck.tuple(ForeignId, FastCheck.integer(), FastCheck.string()).map(([id, code, message]) =>
    ok(json({ jsonrpc: "2.0", id, error: { code, message } }))
  ),
  FastCheck.constant(ok(json({ jsonrpc: "2.0", id: 0, result: { ok: true, protocolVersion: 3, version: "again" } }))),
  FastCheck.string().map((message) => ok(json({ jsonrpc: "2.0", id: null, error: { code: -32000, message } }))),
  FastCheck.tuple(ForeignId, FastCheck.jsonValue()).map(([id, error]) => ok(json({ jsonrpc: "2.0", id, error }))),
  // requests and notifications with arbitrary params
  FastCheck.tuple(ForeignId, Method, Params).map(([id, method, params]) => ok(json({ jsonrpc: "2.0", id, method, params }))),
  FastCheck.tuple(Method, Params).map(([method, params]) => ok(json({ jsonrpc: "2.0", method, params }))),
  // a big frame under the limit
  FastCheck.integer({ min: 30_000, max: MAX_FRAME_BYTES - 100 }).map((n) =>
    ok(json({ jsonrpc: "2.0", method: "host.event", params: { blob: "b".repeat(n) } }))
  ),
  // floods
  FastCheck.tuple(FastCheck.constantFrom("notifications", "requests", "garbage", "answers"), FastCheck.integer({ min: 50, max: 400 })).map(
    ([kind, n]) =>
      ok(Buffer.concat(Array.from({ length: n }, (_, i) =>
        kind === "notifications"
          ? json({ jsonrpc: "2.0", method: "host.event", params: { i } })
          : kind === "requests"
          ? json({ jsonrpc: "2.0", id: 10_000 + i, method: "no.such.method", params: {} })
          : kind === "answers"
          ? json({ jsonrpc: "2.0", id: 10_000 + i, result: null })
          : text(`Content-Length: x${i}\r\n\r\n`))))
  )
)

const fatal: FastCheck.Arbitrary<Segment> = FastCheck.oneof(
  // a declared length over the limit, with or without (some of) its body
  FastCheck.tuple(
    FastCheck.oneof(FastCheck.integer({ min: MAX_FRAME_BYTES + 1, max: 2 ** 31 }).map(String), FastCheck.constantFrom("1e30", "9".repeat(40))),
    FastCheck.uint8Array({ maxLength: 100 })
  ).map(([length, body]) => ({ bytes: Buffer.concat([text(`Content-Length: ${length}\r\n\r\n`), Buffer.from(body)]), fatal: true })),
  // a truncated body, then the stream ends
  FastCheck.tuple(FastCheck.integer({ min: 2, max: 5000 }), FastCheck.nat()).map(([length, cut]) => ({
    bytes: Buffer.concat([text(`Content-Length: ${length}\r\n\r\n`), Buffer.alloc(cut % length, "t")]),
    fatal: true,
    closes: true
  })),
  // a stream that ends in the middle of a header
  FastCheck.constantFrom("Content-Len", "Content-Length: 12\r\n", "Content-Length: 12\r\n\r").map((s) => ({
    bytes: text(s),
    fatal: true,
    closes: true
  }))
)

interface Case {
  readonly segments: ReadonlyArray<Segment>
  readonly cuts: ReadonlyArray<number>
}

const Cases: FastCheck.Arbitrary<Case> = FastCheck.record({
  segments: FastCheck.tuple(
    FastCheck.array(recoverable, { minLength: 1, maxLength: 5 }),
    // About one case in three ends with bytes that cannot be read on.
    FastCheck.oneof({ weight: 2, arbitrary: FastCheck.constant(undefined) }, { weight: 1, arbitrary: fatal })
  ).map(([before, end]) => end === undefined ? before : [...before, end]),
  cuts: FastCheck.array(FastCheck.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 })
})

const splitAt = (bytes: Buffer, cuts: ReadonlyArray<number>): Array<Buffer> => {
  const points = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b)
  const chunks: Array<Buffer> = []
  let start = 0
  for (const point of [...points, bytes.length]) {
    if (point > start) chunks.push(bytes.subarray(start, point))
    start = point
  }
  return chunks
}

// ---------------------------------------------------------------------------
// The fake runtime: a net server that answers `connect` and `ping`
// ---------------------------------------------------------------------------

const answerer = (socket: net.Socket) => {
  const decoder = new Frame.FrameDecoder()
  socket.on("data", (chunk) => {
    for (const frame of decoder.push(chunk)) {
      if (frame._tag === "Left") continue
      const message: unknown = JSON.parse(frame.right.toString("utf8"))
      if (typeof message !== "object" || message === null || !("method" in message) || !("id" in message)) continue
      const params = "params" in message && typeof message.params === "object" && message.params !== null ? message.params : {}
      const result = message.method === "connect"
        ? { ok: true, protocolVersion: 3, version: "fuzz" }
        : message.method === "ping"
        ? { message: `pong: ${"message" in params ? String(params.message) : ""}`, timestamp: new Date().toISOString(), protocolVersion: 3 }
        : undefined
      if (result !== undefined && !socket.destroyed) socket.write(json({ jsonrpc: "2.0", id: message.id, result }))
    }
  })
  socket.on("error", () => socket.destroy())
}

const fakeRuntime = Effect.gen(function*() {
  const accepted = yield* Queue.unbounded<net.Socket>()
  const port = yield* listen((socket) => {
    answerer(socket)
    Queue.unsafeOffer(accepted, socket)
  })
  return { port, accepted }
})

// ---------------------------------------------------------------------------
// One case
// ---------------------------------------------------------------------------

type Outcome =
  | { readonly _tag: "Answered" }
  | { readonly _tag: "Closed"; readonly reason: string }
  | { readonly _tag: "Hang" }
  | { readonly _tag: "Crash"; readonly detail: string }

const runCase = (port: number, accepted: Queue.Queue<net.Socket>, fuzz: Case) =>
  Effect.gen(function*() {
    const client = yield* CopilotClient.make({
      connection: RuntimeConnection.Uri({ url: `127.0.0.1:${port}` }),
      maxFrameBytes: MAX_FRAME_BYTES,
      startTimeout: "10 seconds"
    })
    const socket = yield* Queue.take(accepted)
    const bytes = Buffer.concat(fuzz.segments.map((s) => s.bytes))
    for (const chunk of splitAt(bytes, fuzz.cuts)) socket.write(chunk)
    if (fuzz.segments.some((s) => s.closes === true)) socket.end()
    const ping = yield* client.ping("next").pipe(Effect.timeoutOption(HANG_AFTER), Effect.exit)
    const closed = yield* (yield* Connection.of(client)).protocol.isClosed
    if (Exit.isSuccess(ping)) {
      if (Option.isNone(ping.value)) return { _tag: "Hang" } satisfies Outcome
      return ping.value.value.message === "pong: next"
        ? { _tag: "Answered" } satisfies Outcome
        : { _tag: "Crash", detail: `wrong answer ${JSON.stringify(ping.value.value)}` } satisfies Outcome
    }
    const failure = Cause.failureOption(ping.cause)
    if (Option.isSome(failure) && failure.value._tag === "ConnectionClosed" && Option.isSome(closed)) {
      return { _tag: "Closed", reason: failure.value.reason } satisfies Outcome
    }
    return { _tag: "Crash", detail: Cause.pretty(ping.cause) } satisfies Outcome
  }).pipe(
    Effect.scoped,
    Effect.catchAllCause((cause) => Effect.succeed<Outcome>({ _tag: "Crash", detail: Cause.pretty(cause) }))
  )

describe("Wire fuzzing over TCP", () => {
  it.live(`${CASES} generated cases: each ends answered or closed with a typed error; no hang, no crash`, () =>
    Effect.gen(function*() {
      const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)
      const cases = FastCheck.sample(Cases, { numRuns: CASES, seed })
      const { accepted, port } = yield* fakeRuntime
      const errors: Array<string> = []
      const logger = Logger.make<unknown, void>((options) => {
        if (LogLevel.greaterThanEqual(options.logLevel, LogLevel.Error)) errors.push(Logger.logfmtLogger.log(options))
      })
      const counts = { answered: 0, closed: 0, hangs: 0, crashes: 0, unexpected: 0 }
      const problems: Array<string> = []
      for (const [i, fuzz] of cases.entries()) {
        const loggedBefore = errors.length
        const outcome = yield* runCase(port, accepted, fuzz).pipe(
          Effect.provide(Logger.replace(Logger.defaultLogger, logger))
        )
        const expectFatal = fuzz.segments.some((s) => s.fatal)
        const describe = `case ${i} (seed ${seed}): ${JSON.stringify(fuzz.segments.map((s) => s.bytes.toString("latin1").slice(0, 120)))}`
        if (errors.length > loggedBefore) {
          counts.crashes++
          problems.push(`${describe}: logged ${errors.slice(loggedBefore).join("\n")}`)
        }
        switch (outcome._tag) {
          case "Answered":
            counts.answered++
            if (expectFatal) {
              counts.unexpected++
              problems.push(`${describe}: answered after bytes that cannot be read on`)
            }
            break
          case "Closed":
            counts.closed++
            if (!expectFatal) {
              counts.unexpected++
              problems.push(`${describe}: closed (${outcome.reason}) after bytes it should read past`)
            }
            break
          case "Hang":
            counts.hangs++
            problems.push(`${describe}: no answer and no end within ${HANG_AFTER}`)
            break
          case "Crash":
            counts.crashes++
            problems.push(`${describe}: ${outcome.detail}`)
            break
        }
      }
      console.log(
        `wire fuzz (seed ${seed}): ${cases.length} cases, ${counts.answered} answered, ${counts.closed} closed ` +
          `with ConnectionClosed, ${counts.hangs} hangs, ${counts.crashes} crashes, ${counts.unexpected} unexpected outcomes`
      )
      expect(problems.slice(0, 5)).toEqual([])
      expect(counts.answered + counts.closed).toBe(cases.length)
      expect(counts.closed).toBeGreaterThan(0)
      expect(counts.answered).toBeGreaterThan(0)
    }).pipe(Effect.scoped), 120_000)
})
