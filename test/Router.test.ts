import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Exit, Fiber, Option, Queue, Scope } from "effect"
import * as CopilotClient from "../src/CopilotClient.js"
import { RpcError } from "../src/CopilotError.js"
import { ErrorCode } from "../src/internal/jsonrpc/Message.js"
import * as Router from "../src/internal/router.js"
import * as FakeRuntime from "../src/testing/FakeRuntime.js"
import * as Connection from "../src/internal/connection.js"

/** A session sink that queues its events and answers requests by naming itself. */
const makeSink = (name: string) =>
  Effect.map(Queue.unbounded<unknown>(), (events) => ({
    events,
    drain: Effect.map(Queue.takeAll(events), Chunk.toReadonlyArray),
    sink: {
      deliver: (event: unknown) => {
        events.unsafeOffer(event)
      },
      request: (method: string, params: unknown) => Effect.succeed({ answeredBy: name, method, params })
    } satisfies Router.SessionSink
  }))

const event = (router: Router.Router, params: unknown) => router.handlers.notifications["session.event"]!(params, "session.event")
const request = (router: Router.Router, method: string, params: unknown) =>
  router.handlers.requests[method]!(params, { method, id: 1 })

describe("SessionRouter (no pending guard)", () => {
  it.scoped("routes events by session id, in order, only to their session", () =>
    Effect.gen(function*() {
      const router = yield* Router.make()
      const a = yield* makeSink("a")
      const b = yield* makeSink("b")
      yield* router.register("a", a.sink)
      yield* router.register("b", b.sink)
      yield* event(router, { sessionId: "a", event: { type: "user.message", n: 1 } })
      yield* event(router, { sessionId: "b", event: { type: "user.message", n: 2 } })
      yield* event(router, { sessionId: "a", event: { type: "session.idle", n: 3 } })
      expect(yield* a.drain).toEqual([{ type: "user.message", n: 1 }, { type: "session.idle", n: 3 }])
      expect(yield* b.drain).toEqual([{ type: "user.message", n: 2 }])
    }))

  it.scoped("drops events for an unknown session instead of holding them for a later registration", () =>
    Effect.gen(function*() {
      const router = yield* Router.make()
      yield* event(router, { sessionId: "late", event: { type: "session.start" } })
      expect(yield* router.pendingCount("late")).toBe(0)
      const late = yield* makeSink("late")
      yield* router.register("late", late.sink)
      yield* event(router, { sessionId: "late", event: { type: "session.idle" } })
      expect(yield* late.drain).toEqual([{ type: "session.idle" }])
    }))

  it.scoped("routes requests to their session; unknown, missing or unregistered sessions get -32602", () =>
    Effect.gen(function*() {
      const router = yield* Router.make()
      const s1 = yield* makeSink("s1")
      yield* router.register("s1", s1.sink)
      const params = { sessionId: "s1", question: "Proceed?" }
      expect(yield* request(router, "userInput.request", params)).toEqual({
        answeredBy: "s1",
        method: "userInput.request",
        params
      })

      const unknown = yield* Effect.flip(request(router, "sessionFs.readFile", { sessionId: "ghost", path: "a.txt" }))
      expect(unknown).toEqual(
        new RpcError({ method: "sessionFs.readFile", code: ErrorCode.InvalidParams, message: "unknown session ghost" })
      )
      const missing = yield* Effect.flip(request(router, "hooks.invoke", { hookType: "preToolUse" }))
      expect(missing).toMatchObject({ code: ErrorCode.InvalidParams, message: "hooks.invoke needs a sessionId" })

      yield* router.unregister("s1")
      expect(yield* router.isRegistered("s1")).toBe(false)
      const gone = yield* Effect.flip(request(router, "userInput.request", params))
      expect(gone).toMatchObject({ code: ErrorCode.InvalidParams, message: "unknown session s1" })
    }))

  it.effect("over the wire: the runtime's requests and events reach a registered session", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const fake = yield* FakeRuntime.FakeRuntime
      const s1 = yield* makeSink("s1")
      yield* (yield* Connection.of(client)).router.register("s1", s1.sink)

      const unknown = yield* fake.request("userInput.request", { sessionId: "ghost", question: "?" })
      expect(unknown).toMatchObject({
        _tag: "ErrorResponse",
        message: { error: { code: ErrorCode.InvalidParams, message: "unknown session ghost" } }
      })
      const known = yield* fake.request("userInput.request", { sessionId: "s1", question: "?" })
      expect(known).toMatchObject({ _tag: "SuccessResponse", message: { result: { answeredBy: "s1" } } })

      yield* fake.sessionEvent("ghost", { type: "assistant.message", data: { content: "not yours" } })
      yield* fake.sessionEvent("s1", { type: "assistant.message", data: { content: "hi" } })
      const delivered = yield* Queue.take(s1.events)
      expect(delivered).toMatchObject({ type: "assistant.message", data: { content: "hi" }, parentId: null })
      expect(yield* s1.drain).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)), 5_000)
})

describe("SessionRouter (pending guard)", () => {
  it.scoped("guards are reference counted: held traffic waits for the last one, whose release answers the held requests", () =>
    Effect.gen(function*() {
      const router = yield* Router.make()
      const first = yield* Scope.make()
      const second = yield* Scope.make()
      yield* router.pendingGuard.pipe(Scope.extend(first))
      yield* router.pendingGuard.pipe(Scope.extend(second))
      yield* event(router, { sessionId: "cloud", event: { type: "session.info" } })
      const parked = yield* Effect.fork(request(router, "userInput.request", { sessionId: "cloud", question: "?" }))
      yield* Effect.yieldNow()
      expect(yield* router.pendingCount("cloud")).toBe(2)
      yield* Scope.close(first, Exit.void)
      // One guard is still open: nothing was answered or dropped.
      expect(yield* router.pendingCount("cloud")).toBe(2)
      expect(yield* Fiber.poll(parked)).toEqual(Option.none())
      yield* Scope.close(second, Exit.void)
      const answer = yield* Effect.flip(Fiber.join(parked))
      expect(answer).toMatchObject({ code: ErrorCode.InternalError, message: Router.ENDED_MESSAGE })
      expect(yield* router.pendingCount("cloud")).toBe(0)
      // With no guard open, an unknown id is an error again rather than held.
      const late = yield* Effect.flip(request(router, "userInput.request", { sessionId: "cloud", question: "?" }))
      expect(late).toMatchObject({ code: ErrorCode.InvalidParams })
    }))

  it.scoped("registration hands the held traffic over in arrival order, then routes live traffic after it", () =>
    Effect.gen(function*() {
      const router = yield* Router.make()
      yield* router.pendingGuard
      for (let n = 1; n <= 3; n++) yield* event(router, { sessionId: "cloud", event: { n } })
      const parked = yield* Effect.fork(request(router, "userInput.request", { sessionId: "cloud", question: "held" }))
      yield* Effect.yieldNow()
      const sink = yield* makeSink("cloud")
      yield* router.register("cloud", sink.sink)
      yield* event(router, { sessionId: "cloud", event: { n: 4 } })
      expect(yield* sink.drain).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }])
      expect(yield* Fiber.join(parked)).toMatchObject({ answeredBy: "cloud", params: { question: "held" } })
      expect(yield* router.pendingCount("cloud")).toBe(0)
    }))

  it.scoped(`past ${Router.PENDING_LIMIT} held items per id the oldest is evicted, and an evicted request is answered`, () =>
    Effect.gen(function*() {
      const router = yield* Router.make()
      yield* router.pendingGuard
      const oldest = yield* Effect.fork(request(router, "userInput.request", { sessionId: "cloud", question: "oldest" }))
      yield* Effect.yieldNow()
      for (let n = 0; n < Router.PENDING_LIMIT; n++) yield* event(router, { sessionId: "cloud", event: { n } })
      expect(yield* Effect.flip(Fiber.join(oldest))).toMatchObject({ code: ErrorCode.InternalError, message: Router.OVERFLOW_MESSAGE })
      expect(yield* router.pendingCount("cloud")).toBe(Router.PENDING_LIMIT)
      yield* event(router, { sessionId: "cloud", event: { n: "newest" } })
      const sink = yield* makeSink("cloud")
      yield* router.register("cloud", sink.sink)
      const delivered = yield* sink.drain
      expect(delivered).toHaveLength(Router.PENDING_LIMIT)
      expect(delivered[0]).toEqual({ n: 1 })
      expect(delivered.at(-1)).toEqual({ n: "newest" })
    }))
})
