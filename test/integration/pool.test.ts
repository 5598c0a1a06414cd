/**
 * The runtime pool on the real runtime, offline: one runtime process per key,
 * each with its own token and home (so its own sessions); a runtime nobody
 * uses stopped after its idle time; a killed runtime replaced on next use;
 * `maxRuntimes` and `maxSessionsPerRuntime` making acquisitions wait in line
 * or time out with a PoolTimeout; and the pool's metrics following along.
 * Every pool lives in its test's scope, so its runtimes stop even when the
 * test fails.
 */
import { NodeContext } from "@effect/platform-node"
import { expect, layer } from "@effect/vitest"
import { Effect, Exit, Fiber, Layer, Metric, Option, Redacted, Schedule, Scope } from "effect"
import { type CopilotClient, RuntimePool } from "effect-copilot"
import { IsolatedRuntime, ScriptedModel } from "effect-copilot/testing"

const users = { "alice-token": { login: "alice" }, "bob-token": { login: "bob" } }

/** Each key's runtime: the key's token, and an isolated home that lasts as long as that runtime. */
const perKey = (key: string) =>
  Effect.map(IsolatedRuntime.make, (isolated) => IsolatedRuntime.clientOptions(isolated, Redacted.make(`${key}-token`)))

/** Whether a process with this id is still running (a zombie counts as gone only once reaped). */
const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH"
  }
}

/** Retries `check` until it holds (bounded generously: the machine may be busy). */
const eventually = (what: string, check: Effect.Effect<boolean>) =>
  Effect.flatMap(check, (ok) => (ok ? Effect.void : Effect.fail(what))).pipe(
    Effect.retry(Schedule.spaced("50 millis").pipe(Schedule.upTo("30 seconds"))),
    Effect.orDie
  )

const pidOf = (client: CopilotClient.CopilotClientService) => Option.getOrThrow(client.runtimePid)

const gauge = (metric: Metric.Metric.Gauge<number>) => Effect.map(Metric.value(metric), (state) => state.value)
const count = (metric: Metric.Metric.Counter<number>) => Effect.map(Metric.value(metric), (state) => state.count)

const Model = ScriptedModel.layer({ users }).pipe(Layer.provideMerge(NodeContext.layer))

layer(Model, { excludeTestServices: true, timeout: 120_000 })("RuntimePool on the real runtime", (it) => {
  it.scoped("gives each key its own runtime, token and sessions, and shares it between the key's uses", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const pool = yield* RuntimePool.make({ client: perKey, name: "isolation" })
      const alice = yield* pool.get("alice")
      const bob = yield* pool.get("bob")
      expect(pidOf(alice)).not.toBe(pidOf(bob))
      // Each runtime signed in with its key's token.
      const login = (client: CopilotClient.CopilotClientService) =>
        Effect.map(client.account.getCurrentAuth, ({ authInfo }) =>
          authInfo !== undefined && "copilotUser" in authInfo ? authInfo.copilotUser?.login : undefined)
      expect(yield* login(alice)).toBe("alice")
      expect(yield* login(bob)).toBe("bob")
      // A second use of a key gets the same runtime.
      const again = yield* Effect.scoped(Effect.map(pool.get("alice"), pidOf))
      expect(again).toBe(pidOf(alice))

      yield* model.reply("Hello, Alice")
      const { answer, sessionId } = yield* pool.withSession("alice", {}, (session) =>
        Effect.map(session.sendAndWait("Hi"), (answer) => ({ answer, sessionId: session.sessionId })))
      expect(Option.map(answer, (message) => message.data.content)).toEqual(Option.some("Hello, Alice"))
      const aliceSessions = (yield* alice.listSessions()).map((session) => session.sessionId)
      const bobSessions = (yield* bob.listSessions()).map((session) => session.sessionId)
      expect(aliceSessions).toContain(sessionId)
      expect(bobSessions).not.toContain(sessionId)

      expect([...(yield* pool.keys)].sort()).toEqual(["alice", "bob"])
      expect(yield* gauge(pool.metrics.runtimes)).toBe(2)
      expect(yield* count(pool.metrics.starts)).toBe(2)
    }))

  it.scoped("stops a runtime nobody uses once its idle time has passed", () =>
    Effect.gen(function*() {
      const pool = yield* RuntimePool.make({ client: perKey, idleTimeToLive: "1 second", name: "idle" })
      const pid = yield* Effect.scoped(Effect.map(pool.get("alice"), pidOf))
      expect(isRunning(pid)).toBe(true)
      yield* eventually("the idle runtime to be stopped", Effect.sync(() => !isRunning(pid)))
      expect(yield* pool.keys).toEqual([])
      yield* eventually("the runtimes gauge to drop", Effect.map(gauge(pool.metrics.runtimes), (n) => n === 0))
      // The key is served again, by a new runtime.
      const next = yield* pool.get("alice")
      expect(pidOf(next)).not.toBe(pid)
      expect((yield* next.ping("again")).message).toBe("pong: again")
    }))

  it.scoped("replaces a runtime that was killed: its sessions fail with ConnectionClosed, the next use gets a new one", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const pool = yield* RuntimePool.make({ client: perKey, name: "crash" })
      const dead = yield* Effect.scoped(
        Effect.gen(function*() {
          const client = yield* pool.get("alice")
          const session = yield* pool.session("alice")
          const pid = pidOf(client)
          process.kill(pid, "SIGKILL")
          yield* client.closed
          const error = yield* Effect.flip(session.send("Hi"))
          expect(error._tag).toBe("ConnectionClosed")
          return pid
        })
      )
      yield* eventually("the killed runtime to be gone", Effect.sync(() => !isRunning(dead)))
      yield* model.reply("Still here")
      const { answer, pid } = yield* pool.withSession("alice", {}, (session) =>
        Effect.gen(function*() {
          const client = yield* pool.get("alice")
          return { answer: yield* session.sendAndWait("Hi"), pid: pidOf(client) }
        }))
      expect(pid).not.toBe(dead)
      expect(Option.map(answer, (message) => message.data.content)).toEqual(Option.some("Still here"))
      expect(yield* count(pool.metrics.crashes)).toBe(1)
      expect(yield* count(pool.metrics.starts)).toBe(2)
      expect(yield* gauge(pool.metrics.runtimes)).toBe(1)
    }))

  it.scoped("with maxRuntimes reached, a new key waits in line and gets a runtime once one is released", () =>
    Effect.gen(function*() {
      const pool = yield* RuntimePool.make({
        client: perKey,
        maxRuntimes: 1,
        idleTimeToLive: "10 minutes",
        acquireTimeout: "2 minutes",
        name: "limit"
      })
      const held = yield* Scope.make()
      const alice = yield* pool.get("alice").pipe(Scope.extend(held))
      const waiter = yield* Effect.fork(Effect.scoped(Effect.map(pool.get("bob"), pidOf)))
      yield* eventually("bob to wait in line", Effect.map(pool.waiting, (n) => n === 1))
      expect(yield* gauge(pool.metrics.waiting)).toBe(1)
      expect(Option.isNone(yield* Fiber.poll(waiter))).toBe(true)
      expect(yield* pool.keys).toEqual(["alice"])
      // Released, alice's runtime is idle with someone waiting: it is stopped
      // at once, long before its idle time, and bob's starts.
      yield* Scope.close(held, Exit.void)
      const bob = yield* Fiber.join(waiter)
      expect(bob).not.toBe(pidOf(alice))
      expect(isRunning(pidOf(alice))).toBe(false)
      expect(yield* pool.waiting).toBe(0)
      expect((yield* Metric.value(pool.metrics.waitMillis.pipe(Metric.tagged("waiting_for", "runtime")))).count).toBe(1)
    }))

  it.scoped("a wait past acquireTimeout fails with PoolTimeout and leaves the pool working", () =>
    Effect.gen(function*() {
      const pool = yield* RuntimePool.make({ client: perKey, maxRuntimes: 1, acquireTimeout: "300 millis", name: "timeout" })
      const alice = yield* pool.get("alice")
      const error = yield* Effect.flip(Effect.scoped(pool.get("bob")))
      expect(error._tag).toBe("PoolTimeout")
      expect(error).toMatchObject({ waitingFor: "runtime" })
      expect(error.message).not.toContain("bob")
      expect(yield* count(pool.metrics.timeouts)).toBe(1)
      expect(yield* pool.waiting).toBe(0)
      expect((yield* alice.ping("ok")).message).toBe("pong: ok")
      expect(yield* pool.keys).toEqual(["alice"])
    }))

  it.scoped("maxSessionsPerRuntime queues a key's further sessions, or times them out", () =>
    Effect.gen(function*() {
      const pool = yield* RuntimePool.make({
        client: perKey,
        maxSessionsPerRuntime: 1,
        acquireTimeout: "300 millis",
        name: "sessions"
      })
      const first = yield* Scope.make()
      const session = yield* pool.session("alice").pipe(Scope.extend(first))
      expect(yield* gauge(pool.metrics.sessions)).toBe(1)
      expect((yield* pool.runtimes).map((runtime) => runtime.sessions)).toEqual([1])
      const error = yield* Effect.flip(Effect.scoped(pool.session("alice")))
      expect(error).toMatchObject({ _tag: "PoolTimeout", waitingFor: "session" })
      // Another key is not held up by alice's limit.
      yield* Effect.scoped(pool.session("bob"))
      expect(yield* gauge(pool.metrics.sessions)).toBe(1)

      const patient = yield* RuntimePool.make({ client: perKey, maxSessionsPerRuntime: 1, name: "sessions-queued" })
      const holder = yield* Scope.make()
      const held = yield* patient.session("alice").pipe(Scope.extend(holder))
      const second = yield* Effect.fork(Effect.scoped(Effect.map(patient.session("alice"), (s) => s.sessionId)))
      yield* eventually("the second session to wait", Effect.map(patient.waiting, (n) => n === 1))
      expect(Option.isNone(yield* Fiber.poll(second))).toBe(true)
      yield* Scope.close(holder, Exit.void)
      const secondId = yield* Fiber.join(second)
      expect(secondId).not.toBe(held.sessionId)
      expect(yield* gauge(patient.metrics.sessions)).toBe(0)
      expect(session.sessionId).toBeTypeOf("string")
    }))

  it.scoped("invalidate stops an unused runtime at once, and the next use starts a new one", () =>
    Effect.gen(function*() {
      const pool = yield* RuntimePool.make({ client: perKey, idleTimeToLive: "10 minutes", name: "invalidate" })
      const pid = yield* Effect.scoped(Effect.map(pool.get("alice"), pidOf))
      yield* pool.invalidate("alice")
      expect(isRunning(pid)).toBe(false)
      expect(yield* pool.keys).toEqual([])
      const next = yield* Effect.scoped(Effect.map(pool.get("alice"), pidOf))
      expect(next).not.toBe(pid)
    }))

  it.effect("refuses limits that are not whole numbers of at least 1", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Effect.scoped(RuntimePool.make({ client: perKey, maxRuntimes: 0 })))
      expect(error._tag).toBe("InvalidConfig")
      expect(error.message).toContain("maxRuntimes")
    }))
})
