/**
 * Copilot sessions as cluster entities, embedded: one process,
 * `SingleRunner` over a SQLite file, the real runtime (one per owner) and
 * the scripted model, the sessions' state in a session file system on a
 * directory. The owners are reached through the typed client only.
 */
import { FileSystem, Path } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit, Layer, Option, Scope, Stream } from "effect"
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
      shardingConfig: { entityMessagePollInterval: "200 millis", entityReplyPollInterval: "200 millis" }
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
})
