/**
 * Copilot sessions as cluster entities, embedded: one process,
 * `SingleRunner` over a SQLite file, the real runtime (one per owner) and
 * the scripted model, the sessions' state in a session file system on a
 * directory. The owners are reached through the typed client only.
 */
import { FileSystem, Path } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit, Layer, Option, Schedule, Scope, Stream } from "effect"
import { Handlers, SessionEvent, SessionFs } from "effect-copilot"
import { ClusterRunner, CopilotOwner } from "effect-copilot/cluster"
import { IsolatedRuntime, ScriptedModel } from "effect-copilot/testing"

/** Each owner's runtime in an isolated environment of its own, against the scripted model. */
const owners = CopilotOwner.layer({
  client: () => Effect.map(IsolatedRuntime.make, (isolated) => IsolatedRuntime.clientOptions(isolated)),
  handlers: () => ({ onPermissionRequest: Handlers.approveAll }),
  // Short, so that an idle owner's entity and runtime stop within a test.
  maxIdleTime: "1 minute"
})

/** The embedded cluster on `dir`: its SQLite file and the sessions' directory. */
const embedded = (dir: string) =>
  owners.pipe(
    Layer.provide(SessionFs.layer(`${dir}/sessions`)),
    Layer.provideMerge(ClusterRunner.embedded({
      filename: `${dir}/cluster.db`,
      shardingConfig: {
        entityMessagePollInterval: "200 millis",
        entityReplyPollInterval: "200 millis",
        // A stop waits this long for running handlers, then interrupts them (default 15 s).
        entityTerminationTimeout: "1 second"
      }
    }))
  )

/** Builds the cluster in a scope of its own, to stop it (as a process stops) and start it again. */
const start = (dir: string) =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    const context = yield* Layer.buildWithScope(embedded(dir), scope)
    const clientFor = yield* Effect.provide(CopilotOwner.client, context)
    return { clientFor, stop: Scope.close(scope, Exit.void) }
  })

const failureTag = <A, E extends { readonly _tag: string }>(exit: Exit.Exit<A, E>): string | undefined =>
  Exit.isFailure(exit) ? Option.getOrUndefined(Option.map(Cause.failureOption(exit.cause), (e) => e._tag)) : undefined

const Env = Layer.mergeAll(ScriptedModel.layer(), NodeContext.layer)

describe("owners as cluster entities, embedded (SingleRunner, SQLite)", () => {
  it.live("creates, runs, lists and deletes an owner's sessions through the entity, one runtime per owner", () =>
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const dir = yield* fs.makeTempDirectoryScoped({ prefix: "copilot-cluster-" })
      const model = yield* ScriptedModel.ScriptedModel
      const cluster = yield* start(dir)
      yield* Effect.addFinalizer(() => cluster.stop)
      const alice = cluster.clientFor("alice")
      const bob = cluster.clientFor("bob")

      const a1 = yield* alice.createSession()
      const a2 = yield* alice.createSession({ sessionId: "alice-second" })
      const b1 = yield* bob.createSession()
      expect(a2.sessionId).toBe("alice-second")
      expect(a1.open).toBe(true)

      yield* model.reply("Hello Alice")
      expect((yield* alice.sendAndWait(a1.sessionId, "Hi, I am Alice")).content).toBe("Hello Alice")
      yield* model.reply("Hello Bob")
      expect((yield* bob.sendAndWait(b1.sessionId, "Hi, I am Bob")).content).toBe("Hello Bob")

      // The session's events, streamed from the entity while a turn runs.
      yield* model.reply("Streaming along")
      const events = yield* alice.events(a2.sessionId).pipe(
        Stream.takeUntil(SessionEvent.is("session.idle")),
        Stream.runCollect,
        Effect.fork
      )
      yield* Effect.sleep("300 millis")
      yield* alice.send(a2.sessionId, "Stream this")
      const seen = [...(yield* events)]
      expect(seen.flatMap((e) => (e.type === "assistant.message" ? [e.data.content] : []))).toEqual(["Streaming along"])

      expect((yield* alice.history(a1.sessionId)).map((m) => `${m.role}: ${m.content}`)).toEqual([
        "user: Hi, I am Alice",
        "assistant: Hello Alice"
      ])
      // A turn streamed: its events from its own message to its end.
      yield* model.reply("Streamed answer")
      const streamed = [...(yield* Stream.runCollect(alice.sendAndStream(a1.sessionId, "Stream the answer")))]
      expect(streamed.flatMap((e) => (e.type === "assistant.message" ? [e.data.content] : []))).toEqual(["Streamed answer"])
      expect(streamed.map((e) => e.type)).toContain("user.message")
      expect(streamed[streamed.length - 1]?.type).toBe("session.idle")

      expect((yield* alice.listSessions).map((s) => s.sessionId).sort()).toEqual([a1.sessionId, "alice-second"].sort())
      expect((yield* bob.listSessions).map((s) => s.sessionId)).toEqual([b1.sessionId])

      // One runtime per owner.
      const alicePid = (yield* alice.runtimeInfo).pid
      const bobPid = (yield* bob.runtimeInfo).pid
      expect(alicePid).toBeTypeOf("number")
      expect(bobPid).toBeTypeOf("number")
      expect(alicePid).not.toBe(bobPid)

      // Bad input: another owner's session, or one that does not exist, is not found.
      expect(failureTag(yield* Effect.exit(bob.sendAndWait(a1.sessionId, "Whose is this?")))).toBe("SessionNotFound")
      expect(failureTag(yield* Effect.exit(alice.sendAndWait("no-such-session", "Hi")))).toBe("SessionNotFound")
      expect(failureTag(yield* Effect.exit(alice.history("no-such-session")))).toBe("SessionNotFound")
      // ...and the owner goes on serving its sessions.
      yield* model.reply("Still here")
      expect((yield* alice.sendAndWait(a1.sessionId, "Still there?")).content).toBe("Still here")

      yield* alice.deleteSession(a2.sessionId)
      expect((yield* alice.listSessions).map((s) => s.sessionId)).toEqual([a1.sessionId])
      expect(failureTag(yield* Effect.exit(alice.sendAndWait(a2.sessionId, "Hi")))).toBe("SessionNotFound")
      const path = yield* Path.Path
      expect(yield* fs.exists(path.join(dir, "sessions", a2.sessionId, "session-state"))).toBe(false)
    }).pipe(Effect.scoped, Effect.provide(Env)), 180_000)

  it.live("10 owners x 5 sessions, stopped with turns running and started again: the sessions resume, nothing runs twice", () =>
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const dir = yield* fs.makeTempDirectoryScoped({ prefix: "copilot-cluster-restart-" })
      const model = yield* ScriptedModel.ScriptedModel
      let answerNo = 0
      const answers = (n: number, delay?: "4 seconds") =>
        Effect.forEach(Array.from({ length: n }), () =>
          Effect.zipRight(delay === undefined ? Effect.void : model.delay(delay), model.reply(`answer ${++answerNo}`)), {
          discard: true
        })

      const first = yield* start(dir)
      const ownerIds = Array.from({ length: 10 }, (_, i) => `owner-${i}`)
      const sessions = (yield* Effect.forEach(ownerIds, (owner) =>
        Effect.forEach(
          Array.from({ length: 5 }, (_, j) => `${owner}-session-${j}`),
          (sessionId) => Effect.as(first.clientFor(owner).createSession({ sessionId }), { owner, sessionId }),
          { concurrency: 5 }
        ), { concurrency: 10 })).flat()
      yield* answers(sessions.length)
      yield* Effect.forEach(
        sessions,
        ({ owner, sessionId }) => first.clientFor(owner).sendAndWait(sessionId, `first question of ${sessionId}`),
        { concurrency: 10, discard: true }
      )
      const pids = yield* Effect.forEach(ownerIds, (owner) => Effect.map(first.clientFor(owner).runtimeInfo, (i) => i.pid))

      // Second turns running (the model holds each answer), then the process stops.
      const before = (yield* model.chatMessages).length
      yield* answers(sessions.length, "4 seconds")
      const running = yield* Effect.forEach(
        sessions,
        ({ owner, sessionId }) =>
          Effect.exit(first.clientFor(owner).sendAndWait(sessionId, `second question of ${sessionId}`, { turnId: `${sessionId}/2` })),
        { concurrency: "unbounded" }
      ).pipe(Effect.fork)
      yield* Effect.repeat(model.chatMessages, {
        until: (all) => all.length - before >= sessions.length,
        schedule: Schedule.spaced("100 millis")
      }).pipe(Effect.timeout("60 seconds"))
      yield* first.stop
      yield* running.await
      // Its runtimes stopped with it.
      for (const pid of pids) expect(pid !== undefined && isAlive(pid)).toBe(false)

      // Started again on the same database and session store.
      const second = yield* start(dir)
      yield* Effect.addFinalizer(() => second.stop)
      // The running turns were not run again: asked again under their turn id, each says it was interrupted.
      const outcomes = yield* Effect.forEach(
        sessions,
        ({ owner, sessionId }) =>
          Effect.exit(second.clientFor(owner).sendAndWait(sessionId, `second question of ${sessionId}`, { turnId: `${sessionId}/2` })),
        { concurrency: 10 }
      )
      // A turn the stop let finish (the runner drains its entities for a while) keeps its answer;
      // one it cut short is interrupted. Either way it is answered once, the same way to every ask.
      for (const exit of outcomes) {
        if (Exit.isSuccess(exit)) expect(exit.value.content).toMatch(/^answer /)
        else expect(failureTag(exit)).toBe("TurnInterrupted")
      }
      const firstAsk = yield* running
      firstAsk.forEach((exit, i) => {
        if (Exit.isSuccess(exit)) expect(outcomes[i]).toEqual(exit)
      })

      // Every session resumes and answers, its history intact.
      yield* answers(sessions.length)
      const third = yield* Effect.forEach(
        sessions,
        ({ owner, sessionId }) => second.clientFor(owner).sendAndWait(sessionId, `third question of ${sessionId}`),
        { concurrency: 10 }
      )
      expect(third.every((answer) => answer.content?.startsWith("answer "))).toBe(true)
      const seen: Array<string> = []
      for (const [i, { owner, sessionId }] of sessions.entries()) {
        const history = yield* second.clientFor(owner).history(sessionId)
        const questions = history.filter((m) => m.role === "user").map((m) => m.content)
        const replies = history.filter((m) => m.role === "assistant" && m.content !== "").map((m) => m.content)
        seen.push(...replies)
        expect(questions.filter((q) => q === `first question of ${sessionId}`).length).toBe(1)
        expect(questions.filter((q) => q === `second question of ${sessionId}`).length).toBeLessThanOrEqual(1)
        expect(questions.filter((q) => q === `third question of ${sessionId}`).length).toBe(1)
        expect(replies.length).toBe(Exit.isSuccess(outcomes[i]!) ? 3 : 2)
      }
      // The stop cut turns short (it waits 1 s, the model answers after 4 s).
      expect(outcomes.filter(Exit.isFailure).length).toBeGreaterThan(0)
      expect(new Set(seen).size).toBe(seen.length)
      expect((yield* second.clientFor("owner-3").listSessions).length).toBe(5)
    }).pipe(Effect.scoped, Effect.provide(Env)), 600_000)
})

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
