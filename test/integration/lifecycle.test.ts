/**
 * Sessions as scoped resources on the real runtime: the end-session
 * handshake, what a failing or interrupted body sees, resume, concurrent
 * sessions, history, multi-turn conversations and the session-scoped calls.
 * Scenarios: recordings/session/*, session_lifecycle/*, multi_turn/*.
 */
import { expect, layer } from "@effect/vitest"
import { Chunk, Data, Deferred, Effect, Exit, Fiber, Option, Stream } from "effect"
import type { SessionEvent } from "effect-copilot"
import { CopilotClient, CopilotSession } from "effect-copilot"
import { IsolatedRuntime, ScriptedModel, TestRuntime } from "effect-copilot/testing"
import { captureLogs } from "../support/logs.js"
import { sendAndCollect, useRecording } from "./support.js"

class BodyFailed extends Data.TaggedError("BodyFailed")<{ readonly reason: string }> {}

const types = (events: ReadonlyArray<SessionEvent.SessionEvent>) =>
  events.map((event) => (event.type === "unknown" ? event.originalType : event.type))

/** Waits until the scripted model has received `count` chat completions. */
const chatRequests = (count: number) =>
  Effect.gen(function*() {
    const model = yield* ScriptedModel.ScriptedModel
    while ((yield* model.chatMessages).length < count) yield* Effect.sleep("25 millis")
  }).pipe(Effect.timeoutFail({ duration: "15 seconds", onTimeout: () => new Error("the model got no chat completion") }))

/** Collects a subscription in the background; the fiber ends with the session's stream. */
const collectAll = (session: CopilotSession.CopilotSessionService) =>
  Effect.flatMap(session.subscribe, (events) => Effect.forkDaemon(Stream.runCollect(events)))

/** What the runtime is told when the turn stops: an abort event, or an idle marked aborted. */
const sawAbort = (events: ReadonlyArray<SessionEvent.SessionEvent>) =>
  events.some((event) =>
    event.type === "abort" || (event.type === "session.idle" && event.data.aborted === true)
  )

layer(TestRuntime.layer(), { excludeTestServices: true })("sessions on the real runtime", (it) => {
  it.effect("the handshake: a subscriber sees session.shutdown as its last event, then its stream ends", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Hello.")
      const { fiber, session } = yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          const fiber = yield* collectAll(session)
          yield* session.sendAndWait("Say hello")
          return { fiber, session }
        }))
      const events = Chunk.toArray(yield* Fiber.join(fiber).pipe(Effect.timeout("5 seconds")))
      const last = events[events.length - 1]
      expect(last?.type).toBe("session.shutdown")
      if (last?.type === "session.shutdown") expect(last.data.shutdownType).toBe("routine")
      expect(types(events)).toContain("assistant.message")
      expect(types(events).filter((type) => type === "session.shutdown")).toHaveLength(1)

      // A closed session takes no more calls, and a new subscription is empty.
      const error = yield* session.send("Anyone there?").pipe(Effect.flip)
      expect(error._tag).toBe("SessionClosed")
      expect((yield* session.sendAndWait("Hello?").pipe(Effect.flip))._tag).toBe("SessionClosed")
      expect((yield* session.mode.get.pipe(Effect.flip))._tag).toBe("SessionClosed")
      expect(Chunk.toArray(yield* Stream.runCollect(session.events).pipe(Effect.timeout("2 seconds")))).toEqual([])
    }))

  it.effect("a failing body: its own error comes out and the running turn was aborted", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const before = (yield* model.chatMessages).length
      yield* model.delay("20 seconds")
      yield* model.reply("far too late")
      const collected = yield* Deferred.make<Fiber.Fiber<Chunk.Chunk<SessionEvent.SessionEvent>>>()
      const started = Date.now()
      const error = yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          yield* Deferred.succeed(collected, yield* collectAll(session))
          yield* session.send("Think about it for a long time")
          yield* chatRequests(before + 1)
          return yield* new BodyFailed({ reason: "the caller gave up" })
        })).pipe(Effect.flip)
      expect(error).toBeInstanceOf(BodyFailed)
      expect(error).toMatchObject({ _tag: "BodyFailed", reason: "the caller gave up" })
      // The release did not wait for the model's 20 s answer.
      expect(Date.now() - started).toBeLessThan(10_000)
      const events = Chunk.toArray(yield* Fiber.join(yield* Deferred.await(collected)).pipe(Effect.timeout("5 seconds")))
      expect(sawAbort(events)).toBe(true)
      expect(types(events)).not.toContain("assistant.message")
      // The stream ended after the runtime's session.shutdown. (After an abort
      // the runtime may still emit a last idle around its shutdown, so the
      // shutdown is not asserted to be the very last event here.)
      expect(types(events).filter((type) => type === "session.shutdown")).toEqual(["session.shutdown"])
      const shutdownIndex = types(events).indexOf("session.shutdown")
      const abortIndex = events.findIndex((event) => event.type === "abort" || event.type === "session.idle")
      expect(abortIndex).toBeGreaterThanOrEqual(0)
      expect(abortIndex).toBeLessThan(shutdownIndex)
    }))

  it.effect("an interrupted body: the interruption comes out and the turn is aborted", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const before = (yield* model.chatMessages).length
      yield* model.delay("20 seconds")
      yield* model.reply("never delivered")
      const collected = yield* Deferred.make<Fiber.Fiber<Chunk.Chunk<SessionEvent.SessionEvent>>>()
      const running = yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          yield* Deferred.succeed(collected, yield* collectAll(session))
          return yield* session.sendAndWait("Take a long time", { timeout: "30 seconds" })
        })).pipe(Effect.fork)
      yield* chatRequests(before + 1)
      const exit = yield* Fiber.interrupt(running).pipe(Effect.timeout("10 seconds"))
      expect(Exit.isInterrupted(exit)).toBe(true)
      const events = Chunk.toArray(yield* Fiber.join(yield* Deferred.await(collected)).pipe(Effect.timeout("5 seconds")))
      expect(sawAbort(events)).toBe(true)
      expect(types(events).filter((type) => type === "session.shutdown")).toEqual(["session.shutdown"])
    }))

  it.effect("a failing release is logged and does not replace the body's error", () => {
    const logs = captureLogs()
    return Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const before = (yield* model.chatMessages).length
      yield* model.delay("20 seconds")
      yield* model.reply("stuck")
      const started = Date.now()
      // A close timeout too short for the runtime to answer abort and destroy.
      const error = yield* CopilotSession.withSession({ closeTimeout: "1 millis" }, (session) =>
        Effect.gen(function*() {
          yield* session.send("Get stuck")
          yield* chatRequests(before + 1)
          return yield* new BodyFailed({ reason: "body error wins" })
        })).pipe(Effect.flip)
      expect(error).toMatchObject({ _tag: "BodyFailed", reason: "body error wins" })
      expect(Date.now() - started).toBeLessThan(10_000)
      const problems = (yield* logs.problems).map((line) => line.text)
      expect(problems.some((text) => /session\.(abort|destroy)/.test(text) && /timed out/.test(text))).toBe(true)
    }).pipe(Effect.provide(logs.layer))
  })

  it.effect("createSession with cloud set fails with InvalidConfig pointing to createCloud", () =>
    Effect.gen(function*() {
      const error = yield* CopilotSession.withSession(
        { cloud: { repository: { owner: "octo", name: "app" } } },
        () => Effect.void
      ).pipe(Effect.flip)
      expect(error._tag).toBe("InvalidConfig")
      expect(error.message).toContain("createCloud")
    }))

  it.effect("a multi-turn conversation keeps its state (should_have_stateful_conversation)", () =>
    Effect.gen(function*() {
      yield* useRecording("session/should_have_stateful_conversation.yaml")
      const model = yield* ScriptedModel.ScriptedModel
      const before = (yield* model.chatMessages).length
      yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          const first = yield* session.sendAndWait("What is 1+1?")
          expect(Option.map(first, (event) => event.data.content)).toEqual(Option.some("1+1 = 2"))
          const second = yield* session.sendAndWait("Now if you double that, what do you get?")
          expect(Option.map(second, (event) => event.data.content)).toEqual(Option.some("2 doubled is 4."))
        }))
      const requests = (yield* model.chatMessages).slice(before)
      expect(requests).toHaveLength(2)
      // The second request carried the first exchange.
      const roles = requests[1]!.filter((message) => message.role !== "system").map((message) => message.role)
      expect(roles).toEqual(["user", "assistant", "user"])
      expect(yield* model.unmatched).toEqual([])
    }))

  it.effect("getEvents returns the conversation's history (should_return_events_via_getmessages_after_conversation)", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("History answer one.")
      yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          yield* session.sendAndWait("First question")
          const history = yield* session.getEvents
          const kinds = types(history)
          expect(kinds[0]).toBe("session.start")
          expect(kinds).toContain("user.message")
          expect(kinds).toContain("assistant.message")
          const user = history.find((event) => event.type === "user.message")
          expect(user?.type === "user.message" && user.data.content).toBe("First question")
          const assistant = history.find((event) => event.type === "assistant.message")
          expect(assistant?.type === "assistant.message" && assistant.data.content).toBe("History answer one.")
          expect(kinds.indexOf("user.message")).toBeLessThan(kinds.indexOf("assistant.message"))
          // Every entry has an id and a decoded timestamp.
          for (const event of history) {
            if (event.type !== "unknown") {
              expect(event.id).toMatch(/[0-9a-f-]{36}/)
              expect(event.timestamp).toBeInstanceOf(Date)
            }
          }
        }))
    }))

  it.effect("two concurrent sessions keep their events apart (should_isolate_events_between_concurrent_sessions)", () =>
    Effect.gen(function*() {
      yield* useRecording("session_lifecycle/should_isolate_events_between_concurrent_sessions.yaml")
      const run = (prompt: string) =>
        CopilotSession.withSession({}, (session) =>
          Effect.gen(function*() {
            const events = yield* sendAndCollect(session, prompt)
            return { id: session.sessionId, events }
          }))
      const [one, two] = yield* Effect.all([run("Say 'session_one_response'."), run("Say 'session_two_response'.")], {
        concurrency: 2
      })
      expect(one.id).not.toBe(two.id)
      const texts = (events: ReadonlyArray<SessionEvent.SessionEvent>) =>
        events.flatMap((event) => (event.type === "assistant.message" ? [event.data.content] : []))
      expect(texts(one.events)).toEqual(["session_one_response"])
      expect(texts(two.events)).toEqual(["session_two_response"])
      const prompts = (events: ReadonlyArray<SessionEvent.SessionEvent>) =>
        events.flatMap((event) => (event.type === "user.message" ? [event.data.content] : []))
      expect(prompts(one.events)).toEqual(["Say 'session_one_response'."])
      expect(prompts(two.events)).toEqual(["Say 'session_two_response'."])
    }))

  it.effect("resumes a session on the same client, with and without the resume event", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Remember: 42.")
      yield* model.reply("It was 42.")
      const sessionId = yield* CopilotSession.withSession({}, (session) =>
        Effect.as(session.sendAndWait("Remember a number"), session.sessionId))

      const resumed = yield* CopilotSession.withResumedSession(sessionId, {}, (session) =>
        Effect.gen(function*() {
          const history = yield* session.getEvents
          const answer = yield* session.sendAndWait("What was the number?")
          return { id: session.sessionId, history, answer }
        }))
      expect(resumed.id).toBe(sessionId)
      expect(types(resumed.history)).toContain("session.resume")
      const previous = resumed.history.find((event) => event.type === "assistant.message")
      expect(previous?.type === "assistant.message" && previous.data.content).toBe("Remember: 42.")
      expect(Option.map(resumed.answer, (event) => event.data.content)).toEqual(Option.some("It was 42."))
      // The model saw the earlier exchange.
      const last = (yield* model.chatMessages).at(-1)!
      expect(last.some((message) => message.role === "assistant")).toBe(true)

      const quiet = yield* CopilotSession.withResumedSession(sessionId, { suppressResumeEvent: true }, (session) =>
        session.getEvents)
      const resumes = types(quiet).filter((type) => type === "session.resume")
      // Only the first (unsuppressed) resume left a session.resume in the history.
      expect(resumes).toHaveLength(1)
    }))

  it.effect("resumes a session from a new client on the same base directory (should_resume_a_session_using_a_new_client)", () =>
    Effect.gen(function*() {
      yield* useRecording("session/should_resume_a_session_using_a_new_client.yaml")
      const isolated = yield* IsolatedRuntime.IsolatedRuntime
      const sessionId = yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          const answer = yield* session.sendAndWait("What is 1+1?")
          // The stateful-conversation recording has the same history; either answer is a replay.
          expect(Option.getOrThrow(answer).data.content).toMatch(/^1 ?\+ ?1 = 2$/)
          return session.sessionId
        }))
      const second = CopilotClient.layer(IsolatedRuntime.clientOptions(isolated))
      const answer = yield* CopilotSession.withResumedSession(sessionId, {}, (session) =>
        Effect.gen(function*() {
          const client = yield* CopilotClient.CopilotClient
          const listed = yield* client.listSessions()
          expect(listed.map((s) => s.sessionId)).toContain(sessionId)
          return yield* session.sendAndWait("Now if you double that, what do you get?")
        })).pipe(Effect.provide(second))
      expect(Option.map(answer, (event) => event.data.content)).toEqual(Option.some("2 doubled is 4."))
    }))

  it.effect("setModel, log, mode, plan and workspace calls work on a live session", () =>
    Effect.gen(function*() {
      yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          const switched = yield* session.setModel("claude-sonnet-4.5")
          expect(switched.modelId).toBe("claude-sonnet-4.5")
          expect((yield* session.getModel).modelId).toBe("claude-sonnet-4.5")

          const logged = yield* session.log("a note from the test", { level: "warning" })
          expect(typeof logged.eventId).toBe("string")

          expect(yield* session.mode.get).toBe("interactive")
          yield* session.mode.set("plan")
          expect(yield* session.mode.get).toBe("plan")

          yield* session.plan.update("# Plan\n- write the test")
          const plan = yield* session.plan.read
          expect(plan.exists).toBe(true)
          expect(plan.content).toBe("# Plan\n- write the test")
          yield* session.plan.delete
          expect((yield* session.plan.read).exists).toBe(false)

          const workspace = yield* session.workspace.get
          expect(workspace.workspace?.id).toBe(session.sessionId)
          yield* session.workspace.createFile("notes.md", "remember the milk")
          expect((yield* session.workspace.listFiles).files).toContain("notes.md")
          expect((yield* session.workspace.readFile("notes.md")).content).toBe("remember the milk")

          const history = types(yield* session.getEvents)
          expect(history).toContain("session.model_change")
          expect(history).toContain("session.mode_changed")
          expect(history).toContain("session.plan_changed")
          const warning = (yield* session.getEvents).find((event) => event.type === "session.warning")
          expect(warning?.type === "session.warning" && warning.data.message).toBe("a note from the test")
        }))
    }))
})

