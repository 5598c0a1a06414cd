import { describe, expect, it } from "@effect/vitest"
import { Chunk, Deferred, Effect, Exit, Fiber, FastCheck, Option, Redacted, Stream } from "effect"
import { CopilotClient, CopilotSession, SessionConfig, SessionFs } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"
import * as Connection from "../src/internal/connection.js"
import { ENDED_MESSAGE, OVERFLOW_MESSAGE, PENDING_LIMIT } from "../src/internal/router.js"
import { captureLogs } from "./support/logs.js"

const CLOUD_ID = "cloud-7"
const cloud = { cloud: { repository: { owner: "octo", name: "app" } } } as const
const created = (sessionId: string) => ({ sessionId, isRemote: true, mode: "interactive" })

/** Answers every user input request by echoing its question, so a test can see which request got which answer. */
const echoUserInput = {
  onUserInputRequest: (request: { readonly question: string }) => Effect.succeed({ answer: `answer to ${request.question}`, wasFreeform: true })
}

const userInput = (question: string, sessionId = CLOUD_ID) => ({ sessionId, question })

/** The answer a held request got: the result or the error message. */
const outcome = (response: FakeRuntime.ResponseMessage) =>
  response._tag === "SuccessResponse"
    ? { ok: response.message.result }
    : { error: response.message.error.message, code: response.message.error.code }

const withDestroy = Effect.flatMap(FakeRuntime.FakeRuntime, (fake) => fake.handle("session.destroy", FakeRuntime.answer({ success: true })))

/** Script `session.create` to run `before` (the runtime talking first), then answer with the cloud id. */
const scriptCreate = (before: Effect.Effect<void>, answer: unknown = created(CLOUD_ID)) =>
  Effect.flatMap(FakeRuntime.FakeRuntime, (fake) => fake.handle("session.create", () => Effect.as(before, answer)))

describe("cloud sessions", () => {
  it.effect("sends session.create without a sessionId and registers the id the runtime answers with", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* withDestroy
      yield* scriptCreate(Effect.void)
      const sessionId = yield* CopilotSession.withCloudSession(cloud, (session) => Effect.succeed(session.sessionId))
      expect(sessionId).toBe(CLOUD_ID)
      const [request] = yield* fake.requests("session.create")
      expect(request?.params).not.toHaveProperty("sessionId")
      expect(request?.params).toMatchObject({ cloud: { repository: { owner: "octo", name: "app" } } })
      // Release ran the handshake for the assigned id.
      const destroy = yield* fake.takeRequest("session.destroy")
      expect(destroy.params).toEqual({ sessionId: CLOUD_ID })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("rejects configs that cannot make a cloud session, before anything is sent", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const attempt = (config: SessionConfig.SessionConfig) =>
        Effect.scoped(CopilotSession.createCloud(config)).pipe(Effect.flip)
      const missing = yield* attempt({})
      expect(missing._tag).toBe("InvalidConfig")
      expect(missing.message).toContain(`"cloud" is missing`)
      const chosenId = yield* attempt({ ...cloud, sessionId: "mine" })
      expect(chosenId.message).toContain(`"sessionId" cannot be chosen`)
      const provider = yield* attempt({
        ...cloud,
        provider: { type: "openai", baseUrl: "http://127.0.0.1:9/v1", apiKey: Redacted.make("k") }
      })
      expect(provider.message).toContain(`"provider"`)
      const local = yield* Effect.scoped(CopilotSession.create(cloud)).pipe(Effect.flip)
      expect(local._tag).toBe("InvalidConfig")
      expect(local.message).toContain("createCloud")
      expect(yield* fake.requests("session.create")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("replays events the runtime sent before its answer, in order, then the live ones", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* withDestroy
      const early = Effect.forEach([1, 2, 3], (n) => fake.sessionEvent(CLOUD_ID, { type: "session.info", data: { infoType: "early", message: `early ${n}` } }), { discard: true })
      yield* scriptCreate(early)
      const messages = yield* CopilotSession.withCloudSession(cloud, (session) =>
        Effect.gen(function*() {
          const events = yield* session.subscribe
          yield* fake.sessionEvent(CLOUD_ID, { type: "session.info", data: { infoType: "live", message: "live 4" } })
          return yield* events.pipe(
            Stream.take(4),
            Stream.map((event) => event.type === "session.info" ? event.data.message : event.type),
            Stream.runCollect
          )
        }))
      expect(Chunk.toArray(messages)).toEqual(["early 1", "early 2", "early 3", "live 4"])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("parks inbound requests until the session is registered, then serves them", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* withDestroy
      const parked = yield* Deferred.make<Fiber.Fiber<FakeRuntime.ResponseMessage>>()
      yield* scriptCreate(
        Effect.flatMap(Effect.flatMap(fake.startRequest("userInput.request", userInput("early?")), Effect.forkDaemon), (fiber) => Deferred.succeed(parked, fiber))
      )
      const answer = yield* CopilotSession.withCloudSession({ ...cloud, ...echoUserInput }, () =>
        Effect.flatMap(Deferred.await(parked), Fiber.join))
      expect(outcome(answer)).toEqual({ ok: { answer: "answer to early?", wasFreeform: true } })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect(`answers the oldest of ${PENDING_LIMIT + 1} parked requests with an overflow error; the other ${PENDING_LIMIT} succeed`, () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* withDestroy
      const count = PENDING_LIMIT + 1
      const fibers = yield* Deferred.make<ReadonlyArray<Fiber.Fiber<FakeRuntime.ResponseMessage>>>()
      yield* scriptCreate(
        Effect.gen(function*() {
          const started: Array<Fiber.Fiber<FakeRuntime.ResponseMessage>> = []
          for (let i = 0; i < count; i++) started.push(yield* Effect.flatMap(fake.startRequest("userInput.request", userInput(`q${i}`)), Effect.forkDaemon))
          // The overflow answer does not wait for registration.
          const first = yield* Fiber.join(started[0]!)
          expect(outcome(first)).toEqual({ error: OVERFLOW_MESSAGE, code: -32603 })
          yield* Deferred.succeed(fibers, started)
        })
      )
      const answers = yield* CopilotSession.withCloudSession({ ...cloud, ...echoUserInput }, () =>
        Effect.flatMap(Deferred.await(fibers), (all) => Effect.forEach(all, Fiber.join)))
      expect(outcome(answers[0]!)).toEqual({ error: OVERFLOW_MESSAGE, code: -32603 })
      expect(answers.slice(1).map(outcome)).toEqual(
        Array.from({ length: PENDING_LIMIT }, (_, i) => ({ ok: { answer: `answer to q${i + 1}`, wasFreeform: true } }))
      )
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("answers held requests with a distinct error when the create fails, and clears the buffers", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const held = yield* Deferred.make<Fiber.Fiber<FakeRuntime.ResponseMessage>>()
      yield* fake.handle("session.create", () =>
        Effect.gen(function*() {
          yield* Deferred.succeed(held, yield* Effect.flatMap(fake.startRequest("userInput.request", userInput("never?")), Effect.forkDaemon))
          yield* fake.sessionEvent(CLOUD_ID, { type: "session.info", data: { infoType: "x", message: "held" } })
          return yield* new FakeRuntime.ErrorAnswer({ code: -32000, message: "mission control is down" })
        }))
      const error = yield* Effect.scoped(CopilotSession.createCloud(cloud)).pipe(Effect.flip)
      expect(error).toMatchObject({ _tag: "RpcError", code: -32000, message: "mission control is down" })
      const answer = yield* Fiber.join(yield* Deferred.await(held))
      expect(outcome(answer)).toEqual({ error: ENDED_MESSAGE, code: -32603 })
      expect(ENDED_MESSAGE).not.toBe(OVERFLOW_MESSAGE)
      const client = yield* CopilotClient.CopilotClient
      expect(yield* (yield* Connection.of(client)).router.pendingCount(CLOUD_ID)).toBe(0)
      // With no guard open, traffic for the unknown id is an error again.
      const late = yield* fake.request("userInput.request", userInput("late?"))
      expect(outcome(late)).toMatchObject({ code: -32602 })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("answers requests still waiting when the client is disposed mid-create", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const held = yield* Deferred.make<Fiber.Fiber<FakeRuntime.ResponseMessage>>()
      yield* fake.handle("session.create", () =>
        Effect.zipRight(
          Effect.flatMap(Effect.flatMap(fake.startRequest("userInput.request", userInput("dispose?")), Effect.forkDaemon), (f) => Deferred.succeed(held, f)),
          Effect.never
        ))
      const creating = yield* Effect.fork(Effect.scoped(CopilotSession.createCloud(cloud)))
      const request = yield* Deferred.await(held)
      yield* Fiber.interrupt(creating)
      expect(outcome(yield* Fiber.join(request))).toEqual({ error: ENDED_MESSAGE, code: -32603 })
      expect(yield* Fiber.await(creating)).toSatisfy(Exit.isInterrupted)
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("concurrent cloud creates share the guard: traffic for both ids is held until each registers", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* withDestroy
      const order = yield* Deferred.make<void>()
      let n = 0
      yield* fake.handle("session.create", () =>
        Effect.gen(function*() {
          const id = `cloud-${++n}`
          yield* fake.sessionEvent(id, { type: "session.info", data: { infoType: "early", message: `early for ${id}` } })
          // The first create answers only after the second has sent its early event.
          if (id === "cloud-1") yield* Deferred.await(order)
          else yield* Deferred.succeed(order, undefined)
          return created(id)
        }))
      const firstEvent = (session: CopilotSession.CopilotSessionService) =>
        Effect.flatMap(session.subscribe, (events) =>
          events.pipe(Stream.runHead, Effect.map(Option.map((e) => (e.type === "session.info" ? e.data.message : e.type)))))
      const [a, b] = yield* Effect.all([
        CopilotSession.withCloudSession(cloud, firstEvent),
        CopilotSession.withCloudSession(cloud, firstEvent)
      ], { concurrency: 2 })
      expect([a, b].map(Option.getOrThrow).sort()).toEqual(["early for cloud-1", "early for cloud-2"])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("holds sessionFs.* requests like the others and serves them once registered", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* withDestroy
      const parked = yield* Deferred.make<Fiber.Fiber<FakeRuntime.ResponseMessage>>()
      yield* scriptCreate(
        Effect.flatMap(
          Effect.forkDaemon(fake.request("sessionFs.exists", { sessionId: CLOUD_ID, path: "/plan.md" })),
          (fiber) => Deferred.succeed(parked, fiber)
        )
      )
      const unsupported = () => Effect.fail(new SessionFs.SessionFsError({ code: "UNKNOWN", message: "not in this test" }))
      const sessionFs: SessionFs.SessionFsProvider<never> = {
        readFile: unsupported,
        writeFile: unsupported,
        appendFile: unsupported,
        exists: ({ path }) => Effect.succeed(path === "/plan.md"),
        stat: unsupported,
        mkdir: unsupported,
        readdir: unsupported,
        readdirWithTypes: unsupported,
        rm: unsupported,
        rename: unsupported
      }
      const answer = yield* CopilotSession.withCloudSession(
        { ...cloud, sessionFs },
        () => Effect.flatMap(Deferred.await(parked), Fiber.join)
      )
      expect(outcome(answer)).toEqual({ ok: { exists: true } })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("destroys the session named by an answer that does not decode, and fails with a typed error", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* withDestroy
      yield* scriptCreate(Effect.void, { sessionId: CLOUD_ID, startTime: "not a date" })
      const error = yield* Effect.scoped(CopilotSession.createCloud(cloud)).pipe(Effect.flip)
      expect(error._tag).toBe("ResponseDecodeError")
      const destroy = yield* fake.takeRequest("session.destroy")
      expect(destroy.params).toEqual({ sessionId: CLOUD_ID })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})

describe("cloud sessions: an answer without an id", () => {
  it.effect("logs a warning naming the problem when the bad answer names no session, and fails with a typed error", () => {
    const logs = captureLogs()
    return Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* scriptCreate(Effect.void, { isRemote: true })
      const error = yield* Effect.scoped(CopilotSession.createCloud(cloud)).pipe(Effect.flip)
      expect(error._tag).toBe("ResponseDecodeError")
      expect(yield* fake.requests("session.destroy")).toEqual([])
      const warnings = (yield* logs.problems).map((line) => line.text).join("\n")
      expect(warnings).toContain("names no session id")
      expect(warnings).toContain("sessionId")
    }).pipe(Effect.provide(FakeRuntime.layerClient), Effect.provide(logs.layer))
  })
})

describe("pending routing, property", () => {
  it.effect.prop(
    "whatever the interleaving of events, requests and registration, nothing is lost, duplicated or left unanswered",
    [FastCheck.array(FastCheck.constantFrom("event", "request"), { minLength: 1, maxLength: 40 }), FastCheck.nat(40), FastCheck.boolean()],
    ([items, registerAt, fails]) =>
      Effect.gen(function*() {
        const fake = yield* FakeRuntime.FakeRuntime
        yield* withDestroy
        const requests: Array<Fiber.Fiber<FakeRuntime.ResponseMessage>> = []
        const at = Math.min(registerAt, items.length)
        const sendItem = (kind: string, i: number) =>
          kind === "event"
            ? fake.sessionEvent(CLOUD_ID, { type: "session.info", data: { infoType: "p", message: `e${i}` } })
            : Effect.map(Effect.flatMap(fake.startRequest("userInput.request", userInput(`q${i}`)), Effect.forkDaemon), (f) => void requests.push(f))
        yield* fake.handle("session.create", () =>
          Effect.gen(function*() {
            for (let i = 0; i < at; i++) yield* sendItem(items[i]!, i)
            if (fails) return yield* new FakeRuntime.ErrorAnswer({ code: -32000, message: "refused" })
            return created(CLOUD_ID)
          }))
        const run = CopilotSession.withCloudSession({ ...cloud, ...echoUserInput }, (session) =>
          Effect.gen(function*() {
            const events = yield* session.subscribe
            for (let i = at; i < items.length; i++) yield* sendItem(items[i]!, i)
            const expected = items.filter((k) => k === "event").length
            const seen = yield* events.pipe(
              Stream.filter((e) => e.type === "session.info"),
              Stream.take(expected),
              Stream.map((e) => (e.type === "session.info" ? e.data.message : "")),
              Stream.runCollect
            )
            return Chunk.toArray(seen)
          }))
        const result = yield* Effect.either(run)
        const answers = yield* Effect.forEach(requests, Fiber.join)
        if (fails) {
          expect(result._tag).toBe("Left")
          for (const answer of answers) expect(outcome(answer)).toEqual({ error: ENDED_MESSAGE, code: -32603 })
        } else {
          const events = items.flatMap((k, i) => (k === "event" ? [`e${i}`] : []))
          if (result._tag === "Left") throw new Error(String(result.left))
          expect(result.right).toEqual(events)
          const questions = items.flatMap((k, i) => (k === "request" ? [`answer to q${i}`] : []))
          expect(answers.map((a) => a._tag === "SuccessResponse" ? (a.message.result as { answer: string }).answer : "error")).toEqual(questions)
        }
        yield* fake.unhandle("session.create")
      }).pipe(Effect.provide(FakeRuntime.layerClient)),
    { fastCheck: { numRuns: 40 } }
  )
})
