import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Queue } from "effect"
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
  it.effect("routes events by session id, in order, only to their session", () =>
    Effect.gen(function*() {
      const router = Router.make()
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

  it.effect("drops events for an unknown session instead of holding them for a later registration", () =>
    Effect.gen(function*() {
      const router = Router.make()
      yield* event(router, { sessionId: "late", event: { type: "session.start" } })
      expect(yield* router.pendingCount("late")).toBe(0)
      const late = yield* makeSink("late")
      yield* router.register("late", late.sink)
      yield* event(router, { sessionId: "late", event: { type: "session.idle" } })
      expect(yield* late.drain).toEqual([{ type: "session.idle" }])
    }))

  it.effect("routes requests to their session; unknown, missing or unregistered sessions get -32602", () =>
    Effect.gen(function*() {
      const router = Router.make()
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
