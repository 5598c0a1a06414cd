/**
 * A turn as the user sees it on the real runtime: streamed deltas, send vs
 * sendAndWait, timeouts and model errors, unknown event types, and the
 * fields every event carries.
 * Scenarios: recordings/streaming_fidelity/*, event_fidelity/*, and
 * session/{send_returns_immediately..., sendandwait_*}.
 */
import { expect, layer } from "@effect/vitest"
import { Chunk, Effect, Fiber, Option, Stream } from "effect"
import type { SessionEvent } from "effect-copilot"
import { CopilotSession } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
import { sendAndCollect, useRecording } from "./support.js"

const ofType = <T extends SessionEvent.KnownType>(events: ReadonlyArray<SessionEvent.SessionEvent>, type: T) =>
  events.filter((event): event is SessionEvent.EventOf<T> => event.type === type)

layer(TestRuntime.layer(), { excludeTestServices: true })("a turn on the real runtime", (it) => {
  it.effect("streaming on: deltas follow message_start with its messageId and reassemble to the message", () =>
    Effect.gen(function*() {
      yield* useRecording("streaming_fidelity/should_produce_delta_events_when_streaming_is_enabled.yaml")
      const events = yield* CopilotSession.withSession({ streaming: true }, (session) =>
        sendAndCollect(session, "Count from 1 to 5, separated by commas."))
      const starts = ofType(events, "assistant.message_start")
      const deltas = ofType(events, "assistant.message_delta")
      const messages = ofType(events, "assistant.message")
      expect(messages.map((message) => message.data.content)).toEqual(["1, 2, 3, 4, 5"])
      expect(deltas.length).toBeGreaterThan(1)
      expect(deltas.map((delta) => delta.data.deltaContent).join("")).toBe("1, 2, 3, 4, 5")
      const messageId = messages[0]!.data.messageId
      expect(starts.map((start) => start.data.messageId)).toEqual([messageId])
      for (const delta of deltas) expect(delta.data.messageId).toBe(messageId)
      const index = (event: SessionEvent.SessionEvent) => events.indexOf(event)
      expect(index(starts[0]!)).toBeLessThan(index(deltas[0]!))
      expect(index(deltas[deltas.length - 1]!)).toBeLessThan(index(messages[0]!))
    }))

  it.effect("streaming off: no deltas, one whole message", () =>
    Effect.gen(function*() {
      yield* useRecording("streaming_fidelity/should_not_produce_deltas_when_streaming_is_disabled.yaml")
      const events = yield* CopilotSession.withSession({ streaming: false }, (session) =>
        sendAndCollect(session, "Say 'hello world'."))
      expect(ofType(events, "assistant.message_delta")).toEqual([])
      expect(ofType(events, "assistant.message").map((message) => message.data.content)).toEqual(["Hello world."])
    }))

  it.effect("a session resumed with streaming on produces deltas (should_produce_deltas_after_session_resume)", () =>
    Effect.gen(function*() {
      yield* useRecording("streaming_fidelity/should_produce_deltas_after_session_resume.yaml")
      const { first, sessionId } = yield* CopilotSession.withSession({ streaming: false }, (session) =>
        Effect.map(sendAndCollect(session, "What is 3 + 6?"), (first) => ({ first, sessionId: session.sessionId })))
      expect(ofType(first, "assistant.message_delta")).toEqual([])
      const second = yield* CopilotSession.withResumedSession(sessionId, { streaming: true }, (session) =>
        sendAndCollect(session, "Now if you double that, what do you get?"))
      const deltas = ofType(second, "assistant.message_delta")
      expect(deltas.length).toBeGreaterThan(0)
      expect(deltas.map((delta) => delta.data.deltaContent).join("")).toBe("9 × 2 = 18")
    }))

  it.effect("send returns as soon as the runtime took the message; the turn streams afterwards", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.delay("1500 millis")
      yield* model.reply("Finally done.")
      yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          const events = yield* session.subscribe
          const turn = yield* events.pipe(
            Stream.takeUntil((event) => event.type === "session.idle"),
            Stream.runCollect,
            Effect.fork
          )
          const sentAt = Date.now()
          const messageId = yield* session.send("Work in the background")
          const sendTook = Date.now() - sentAt
          expect(messageId.length).toBeGreaterThan(0)
          expect(sendTook).toBeLessThan(1000)
          const collected = Chunk.toArray(yield* Fiber.join(turn).pipe(Effect.timeout("15 seconds")))
          expect(Date.now() - sentAt).toBeGreaterThanOrEqual(1500)
          expect(ofType(collected, "assistant.message").map((m) => m.data.content)).toEqual(["Finally done."])
        }))
    }))

  it.effect("sendAndWait returns the turn's final assistant message", () =>
    Effect.gen(function*() {
      yield* useRecording("session/sendandwait_blocks_until_session_idle_and_returns_final_assistant_message.yaml")
      const answer = yield* CopilotSession.withSession({}, (session) => session.sendAndWait("What is 2+2?"))
      const message = Option.getOrThrow(answer)
      expect(message.type).toBe("assistant.message")
      expect(message.data.content).toBe("2 + 2 = 4")
    }))

  it.effect("sendAndWait fails with TimeoutError when the turn outlasts its timeout", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.delay("10 seconds")
      yield* model.reply("too slow")
      const started = Date.now()
      const error = yield* CopilotSession.withSession({}, (session) =>
        session.sendAndWait("Be slow", { timeout: "500 millis" })).pipe(Effect.flip)
      expect(error._tag).toBe("TimeoutError")
      if (error._tag === "TimeoutError") {
        expect(error.operation).toBe("sendAndWait")
        expect(error.timeoutMillis).toBe(500)
      }
      expect(Date.now() - started).toBeLessThan(8_000)
    }))

  it.effect("a model HTTP error becomes session.error, and sendAndWait fails with SessionError", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.error(400, "The scripted model refuses this request")
      yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          const events = yield* session.subscribe
          const seen = yield* events.pipe(
            Stream.takeUntil((event) => event.type === "session.error"),
            Stream.runCollect,
            Effect.fork
          )
          const error = yield* session.sendAndWait("Please fail", { timeout: "30 seconds" }).pipe(Effect.flip)
          expect(error._tag).toBe("SessionError")
          if (error._tag === "SessionError") {
            expect(error.sessionId).toBe(session.sessionId)
            expect(error.message).toContain("The scripted model refuses this request")
            expect(error.errorType.length).toBeGreaterThan(0)
          }
          const sessionErrors = ofType(Chunk.toArray(yield* Fiber.join(seen)), "session.error")
          expect(sessionErrors).toHaveLength(1)
          // The session keeps working after the error.
          yield* model.reply("Recovered.")
          const answer = yield* session.sendAndWait("Try again")
          expect(Option.map(answer, (event) => event.data.content)).toEqual(Option.some("Recovered."))
        }))
    }))

  it.effect("event types outside the schema arrive as UnknownEvent with their raw data", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Noted.")
      const events = yield* CopilotSession.withSession({}, (session) => sendAndCollect(session, "Note this"))
      const unknown = events.filter((event): event is SessionEvent.UnknownEvent => event.type === "unknown")
      const turnStarted = unknown.find((event) => event.originalType === "model.turn_started")
      expect(turnStarted).toBeDefined()
      expect(turnStarted!.reason).toContain("model.turn_started")
      expect(turnStarted!.id).toMatch(/[0-9a-f-]{36}/)
      expect(turnStarted!.raw).toMatchObject({ type: "model.turn_started", id: turnStarted!.id, data: { kind: "turn_started" } })
      // Known events around it were still decoded.
      expect(events.map((event) => event.type)).toContain("assistant.message")
    }))

  it.effect("every event has a unique id, a Date timestamp and a parent earlier in the session (should_include_valid_fields_on_all_events)", () =>
    Effect.gen(function*() {
      yield* useRecording("event_fidelity/should_include_valid_fields_on_all_events.yaml")
      const { events, history } = yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          const events = yield* sendAndCollect(session, "What is 5+5? Reply with just the number.")
          return { events, history: yield* session.getEvents }
        }))
      const known = events.filter((event): event is SessionEvent.KnownEvent => event.type !== "unknown")
      const ids = known.map((event) => event.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const event of known) {
        expect(event.id).toMatch(/^[0-9a-f-]{36}$/)
        expect(event.timestamp).toBeInstanceOf(Date)
        expect(Number.isNaN(event.timestamp.getTime())).toBe(false)
      }
      // Timestamps never go backwards.
      for (let i = 1; i < known.length; i++) {
        expect(known[i]!.timestamp.getTime()).toBeGreaterThanOrEqual(known[i - 1]!.timestamp.getTime())
      }
      // Events form a chain: session.start has no parent; every other event
      // names a parent, and a parent this client saw came before its child.
      // (The runtime also chains through events it does not send to clients.)
      const persisted = history.filter((event): event is SessionEvent.KnownEvent => event.type !== "unknown")
      expect(persisted[0]?.type).toBe("session.start")
      expect(persisted[0]?.parentId ?? null).toBeNull()
      const position = new Map(known.map((event, index) => [event.id, index] as const))
      known.forEach((event, index) => {
        if (event.type === "session.start") return
        expect(event.parentId, `${event.type} names its parent`).toMatch(/^[0-9a-f-]{36}$/)
        const parent = position.get(event.parentId!)
        if (parent !== undefined) expect(parent, `${event.type}'s parent came first`).toBeLessThan(index)
      })
      // The user message is chained to what came before it in the history:
      // session.start, and for a session made without `model` the startup
      // session.model_change the runtime records once the service lists its
      // default model (claude-sonnet-5 in the scripted model's defaults).
      const typeOf = (event: SessionEvent.SessionEvent) => (event.type === "unknown" ? event.originalType : event.type)
      const userIndex = history.findIndex((event) => event.type === "user.message")
      expect(history.slice(1, userIndex).map(typeOf).filter((type) => type !== "session.model_change")).toEqual([])
      const userInHistory = persisted.find((event) => event.type === "user.message")!
      expect(userInHistory.parentId).toBe(history[userIndex - 1]?.id)
      const user = ofType(known, "user.message")[0]!
      const message = ofType(known, "assistant.message")[0]!
      expect(message.data.content).toBe("10")
      expect(message.data.messageId.length).toBeGreaterThan(0)
      expect(user.timestamp.getTime()).toBeLessThanOrEqual(message.timestamp.getTime())
    }))
})
