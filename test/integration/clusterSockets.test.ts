/**
 * Copilot sessions on a cluster of runner processes: 3 runners on
 * loopback (`test/support/clusterRunner.ts`), their storage in a real
 * PostgreSQL, each owner's runtime against the scripted model served by
 * this process, the sessions' state in the same database (`SqlSessionFs`,
 * effect-copilot/sql), which all runners share. This process is a client of the cluster only.
 *
 * One runner is SIGKILLed while turns are running: its owners start again
 * on the other runners, their turns that were running fail with
 * `TurnInterrupted` (never answered twice, never dropped), every session
 * then answers its next message with its history intact, and the killed
 * runner's runtimes are gone.
 */
import { FileSystem } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { PgClient } from "@effect/sql-pg"
import { describe, expect, it } from "@effect/vitest"
import * as SqlClient from "@effect/sql/SqlClient"
import { Cause, Context, Duration, Effect, Exit, Fiber, Layer, Option, Redacted, Schedule } from "effect"
import { SessionFs } from "effect-copilot"
import { ClusterRunner, CopilotOwner } from "effect-copilot/cluster"
import { ScriptedModel } from "effect-copilot/testing"
import { clientSharding, freePort, isAlive, proxy, runnerSharding, startRunner } from "../support/clusterSharding.js"
import * as Postgres from "../support/postgres.js"

const OWNERS = Number(process.env["CLUSTER_TEST_OWNERS"] ?? 10)
const SESSIONS_PER_OWNER = Number(process.env["CLUSTER_TEST_SESSIONS"] ?? 5)
/** Progress lines with CLUSTER_TEST_TRACE set (and smaller runs with CLUSTER_TEST_OWNERS / _SESSIONS), for debugging. */
const step = (text: string) => process.env["CLUSTER_TEST_TRACE"] === undefined ? Effect.void : Effect.sync(() => console.log(`[${new Date().toISOString()}] ${text}`))
const RUNNERS = 3

const failureTag = <A, E extends { readonly _tag: string }>(exit: Exit.Exit<A, E>): string | undefined =>
  Exit.isFailure(exit) ? Option.getOrUndefined(Option.map(Cause.failureOption(exit.cause), (e) => e._tag)) : undefined

describe("owners on 3 runner processes over sockets, PostgreSQL", () => {
  it.live("a runner SIGKILLed mid-turn: its owners move, running turns fail typed, every session answers next with its history", () =>
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const model = yield* ScriptedModel.ScriptedModel
      const dir = yield* fs.makeTempDirectoryScoped({ prefix: "copilot-cluster-sockets-" })
      yield* fs.makeDirectory(`${dir}/homes`)
      const pgUrl = (yield* Postgres.server).url
      yield* step(`postgres ${pgUrl}`)
      const env = {
        CLUSTER_PG_URL: pgUrl,
        CLUSTER_MODEL_URL: model.url,
        CLUSTER_MODEL_TOKEN: Redacted.value(model.token),
        CLUSTER_HOMES_DIR: `${dir}/homes`
      }
      // The first alone (it creates the cluster's tables), then the others together.
      const firstRunner = yield* Effect.flatMap(freePort, (port) => startRunner(env, port))
      const runners = [firstRunner, ...(yield* Effect.forEach(
        Array.from({ length: RUNNERS - 1 }),
        () => Effect.flatMap(freePort, (port) => startRunner(env, port)),
        { concurrency: RUNNERS }
      ))]
      yield* step("runners ready")

      // This process: a client of the cluster only.
      const front = yield* Layer.build(
        ClusterRunner.socket({ clientOnly: true, shardingConfig: clientSharding }).pipe(
          Layer.provideMerge(PgClient.layer({ url: Redacted.make(pgUrl) }))
        )
      )
      const clientFor = yield* Effect.provide(CopilotOwner.client, front)
      // Every runner registered (the cluster's runner table), and a moment for the shards to settle on them.
      const sql = Context.get(front, SqlClient.SqlClient)
      yield* Effect.repeat(sql<{ readonly n: number }>`SELECT count(*)::int AS n FROM cluster_runners WHERE healthy`, {
        until: (rows) => (rows[0]?.n ?? 0) >= RUNNERS,
        schedule: Schedule.spaced("200 millis")
      }).pipe(Effect.timeout("30 seconds"))
      yield* Effect.sleep("3 seconds")
      const owners = Array.from({ length: OWNERS }, (_, i) => clientFor(`owner-${i}`))

      // 10 owners x 5 sessions, one turn each.
      const sessions = yield* Effect.forEach(
        owners,
        (owner) =>
          Effect.forEach(
            Array.from({ length: SESSIONS_PER_OWNER }),
            () => Effect.map(owner.createSession(), (s) => ({ owner, sessionId: s.sessionId })),
            { concurrency: SESSIONS_PER_OWNER }
          ),
        { concurrency: OWNERS }
      ).pipe(Effect.map((all) => all.flat()))
      expect(sessions.length).toBe(OWNERS * SESSIONS_PER_OWNER)
      yield* step("sessions created")

      let answerNo = 0
      const answers = (n: number, delay?: Duration.DurationInput) =>
        Effect.forEach(Array.from({ length: n }), () =>
          Effect.zipRight(
            delay === undefined ? Effect.void : model.delay(delay),
            model.reply(`answer ${++answerNo}`)
          ), { discard: true })

      yield* answers(sessions.length)
      const first = yield* Effect.forEach(
        sessions,
        ({ owner, sessionId }) => owner.sendAndWait(sessionId, `first question of ${sessionId}`),
        { concurrency: 10 }
      )
      expect(first.every((a) => a.content?.startsWith("answer "))).toBe(true)

      yield* step("first turns answered")
      // Where each owner lives, and its runtime's pid.
      const placed = yield* Effect.forEach(owners, (owner) => Effect.map(owner.runtimeInfo, (info) => ({ owner, ...info })))
      const byRunner = new Map<string, Array<(typeof placed)[number]>>()
      for (const p of placed) byRunner.set(p.runner, [...(byRunner.get(p.runner) ?? []), p])
      // The owners are spread over the runners.
      expect(byRunner.size).toBeGreaterThan(1)
      const [victimAddress, victimOwners] = [...byRunner.entries()].sort((a, b) => b[1].length - a[1].length)[0]!
      const victim = runners.find((r) => victimAddress.endsWith(`:${r.port}`))!
      const victimPids = victimOwners.flatMap((p) => (p.pid === undefined ? [] : [p.pid]))
      expect(victimPids.length).toBe(victimOwners.length)
      const victimNames = new Set(victimOwners.map((p) => p.owner.owner))

      // Second turns, all in flight (the model holds each answer 4 s), then the kill.
      const requestsBefore = (yield* model.chatMessages).length
      yield* answers(sessions.length, "4 seconds")
      const second = yield* Effect.forEach(
        sessions,
        ({ owner, sessionId }) => Effect.exit(owner.sendAndWait(sessionId, `second question of ${sessionId}`)),
        { concurrency: "unbounded" }
      ).pipe(Effect.fork)
      yield* Effect.repeat(model.chatMessages, {
        until: (all) => all.length - requestsBefore >= sessions.length,
        schedule: Schedule.spaced("100 millis")
      }).pipe(Effect.timeout("60 seconds"))
      yield* step(`killing ${victimAddress}`)
      yield* victim.kill
      const secondExits = yield* second

      // Running turns on the killed runner failed typed; the others were answered.
      const outcomes = sessions.map((s, i) => ({ ...s, exit: secondExits[i]! }))
      for (const { exit, owner } of outcomes) {
        if (Exit.isSuccess(exit)) expect(exit.value.content).toMatch(/^answer /)
        else {
          expect(failureTag(exit)).toBe("TurnInterrupted")
          expect(victimNames.has(owner.owner)).toBe(true)
        }
      }
      yield* step("second turns done")
      const interrupted = outcomes.filter((o) => Exit.isFailure(o.exit))
      expect(interrupted.length).toBeGreaterThan(0)

      // Every session answers its next message, from a runner that is alive.
      yield* answers(sessions.length)
      const third = yield* Effect.forEach(
        sessions,
        ({ owner, sessionId }) => owner.sendAndWait(sessionId, `third question of ${sessionId}`),
        { concurrency: 10 }
      )
      expect(third.every((a) => a.content?.startsWith("answer "))).toBe(true)
      for (const owner of owners) {
        const info = yield* owner.runtimeInfo
        expect(info.runner).not.toBe(victimAddress)
      }

      yield* step("third turns answered")
      // History intact: each turn's question once, an answer for each answered turn, no answer given twice.
      const seenAnswers: Array<string> = []
      for (const { owner, sessionId, exit } of outcomes) {
        const history = yield* owner.history(sessionId)
        const questions = history.filter((m) => m.role === "user").map((m) => m.content)
        const replies = history.filter((m) => m.role === "assistant" && m.content !== "").map((m) => m.content)
        seenAnswers.push(...replies)
        expect(questions.filter((q) => q === `first question of ${sessionId}`).length).toBe(1)
        expect(questions.filter((q) => q === `third question of ${sessionId}`).length).toBe(1)
        expect(questions.filter((q) => q === `second question of ${sessionId}`).length).toBeLessThanOrEqual(1)
        expect(replies.length).toBe(Exit.isSuccess(exit) ? 3 : 2)
        expect(history[history.length - 1]?.role).toBe("assistant")
      }
      expect(new Set(seenAnswers).size).toBe(seenAnswers.length)

      // The killed runner's runtimes did not outlive it.
      yield* Effect.repeat(Effect.sync(() => victimPids.filter(isAlive)), {
        until: (alive) => alive.length === 0,
        schedule: Schedule.spaced("200 millis")
      }).pipe(Effect.timeout("20 seconds"))
      expect(victimPids.filter(isAlive)).toEqual([])
    }).pipe(Effect.scoped, Effect.provide(Layer.mergeAll(ScriptedModel.layer(), NodeContext.layer))), 600_000)

  // The database taken away while a turn runs: the runner loses its shard locks (its entities stop
  // mid-turn) and takes them again once it is back. Once with every query after it reaching the
  // database, once with the first reset of the shards' messages (which makes the stopped turn's
  // message deliverable again) lost on the way: in one of five full CI runs the turn waited until the
  // test's timeout, which a reset lost under load explains (cluster/internal/messageStorage.ts).
  const outageCase = (options: { readonly loseFirstReset: boolean }) =>
    Effect.gen(function*() {
      const files = yield* FileSystem.FileSystem
      const model = yield* ScriptedModel.ScriptedModel
      const dir = yield* files.makeTempDirectoryScoped({ prefix: "copilot-cluster-outage-" })
      yield* files.makeDirectory(`${dir}/homes`)
      const pg = yield* Postgres.server
      // The runner reaches the database through a proxy that can cut it off; this process reaches it directly.
      const outage = yield* proxy(pg.port)
      const viaProxy = pg.url.replace(`:${pg.port}/`, `:${outage.port}/`)
      yield* startRunner({
        CLUSTER_PG_URL: viaProxy,
        CLUSTER_MODEL_URL: model.url,
        CLUSTER_MODEL_TOKEN: Redacted.value(model.token),
        CLUSTER_HOMES_DIR: `${dir}/homes`
      }, yield* freePort)
      const front = yield* Layer.build(
        ClusterRunner.socket({ clientOnly: true, shardingConfig: clientSharding }).pipe(
          Layer.provide(PgClient.layer({ url: Redacted.make(pg.url) }))
        )
      )
      const clientFor = yield* Effect.provide(CopilotOwner.client, front)
      const alice = clientFor("alice")
      const bob = clientFor("bob")
      const a = yield* alice.createSession()
      const b = yield* bob.createSession()
      yield* model.reply("first for Alice")
      yield* model.reply("first for Bob")
      yield* alice.sendAndWait(a.sessionId, "Alice one")
      yield* bob.sendAndWait(b.sessionId, "Bob one")
      const bobPid = (yield* bob.runtimeInfo).pid
      yield* step("first turns answered")

      // Alice's turn is running (the model answers after 1.5 s) when the database goes away.
      const before = (yield* model.chatMessages).length
      yield* model.delay("1500 millis")
      yield* model.reply("second for Alice")
      const running = yield* Effect.fork(alice.sendAndWait(a.sessionId, "Alice two"))
      yield* Effect.repeat(model.chatMessages, {
        until: (all) => all.length > before,
        schedule: Schedule.spaced("50 millis")
      }).pipe(Effect.timeout("30 seconds"))
      yield* step("cut")
      yield* outage.cut
      // Meanwhile: what needs the database fails typed; what does not is served.
      expect(failureTag(yield* Effect.exit(bob.listSessions))).toBe("StoreUnavailable")
      expect((yield* bob.runtimeInfo).pid).toBe(bobPid)
      yield* Effect.sleep("1500 millis")
      // The runner's query that clears the read marks of the shards' unprocessed messages when it takes
      // them (@effect/cluster's SqlMessageStorage.resetShards): the first one after the outage is lost.
      if (options.loseFirstReset) yield* outage.failNext(/SET last_read = NULL\s+WHERE processed = \S+\s+AND shard_id IN/)
      yield* outage.restore
      yield* step("restored")

      // Back: the running turn's caller gets its answer, or (the runner gave up its shards while it
      // could not hold their locks, which cut the turn short) TurnInterrupted; never nothing (a turn
      // still waiting two minutes on fails here by that name, not by the test's timeout).
      const second = yield* Effect.exit(Fiber.join(running).pipe(
        Effect.timeoutFail({ duration: "2 minutes", onTimeout: () => ({ _tag: "NoEndInTwoMinutes" as const }) })
      ))
      const answered = Exit.isSuccess(second)
      yield* step(`second turn: ${answered ? "answered" : failureTag(second)}`)
      if (answered) expect(second.value.content).toBe("second for Alice")
      else {
        expect(failureTag(second)).toBe("TurnInterrupted")
        // Sent again, it is answered.
        yield* model.reply("second for Alice")
        expect((yield* alice.sendAndWait(a.sessionId, "Alice two")).content).toBe("second for Alice")
      }
      yield* model.reply("third for Alice")
      expect((yield* alice.sendAndWait(a.sessionId, "Alice three")).content).toBe("third for Alice")
      // Nothing lost: the history has every answer, each once.
      yield* step("third turn answered")
      const history = yield* alice.history(a.sessionId)
      const replies = history.filter((m) => m.role === "assistant" && m.content !== "").map((m) => m.content)
      expect(replies).toEqual(["first for Alice", "second for Alice", "third for Alice"])
      expect(history.filter((m) => m.role === "user").map((m) => m.content).filter((q) => q !== "Alice two")).toEqual([
        "Alice one",
        "Alice three"
      ])
      expect((yield* bob.listSessions).map((s) => s.sessionId)).toEqual([b.sessionId])
      if (options.loseFirstReset) expect(yield* outage.dropped).toBe(1)
    }).pipe(Effect.scoped, Effect.provide(Layer.mergeAll(ScriptedModel.layer(), NodeContext.layer)))

  it.live(
    "the database goes away mid-turn and comes back: typed errors meanwhile, the runner serves what it can, the turn answered or TurnInterrupted, no answer lost",
    () => outageCase({ loseFirstReset: false }),
    300_000
  )

  it.live(
    "the same, the first reset of the shards' messages after the outage lost: the turn still ends, answered or TurnInterrupted, no answer lost",
    () => outageCase({ loseFirstReset: true }),
    300_000
  )

  it.live("a runner that cannot reach its database fails to start with a typed error, and starts nothing", () =>
    Effect.gen(function*() {
      // A loopback port nobody listens on.
      const port = yield* freePort
      const runner = CopilotOwner.layer({ client: () => Effect.succeed({}) }).pipe(
        Layer.provide(SessionFs.layer(`${yield* fs.makeTempDirectoryScoped()}/sessions`)),
        Layer.provideMerge(ClusterRunner.socket({ shardingConfig: runnerSharding(yield* freePort) })),
        Layer.provide(PgClient.layer({ url: Redacted.make(`postgres://nobody@127.0.0.1:${port}/none`), connectTimeout: "2 seconds" }))
      )
      const exit = yield* Effect.exit(Effect.scoped(Layer.build(runner)))
      expect(failureTag(exit)).toBe("SqlError")
    }).pipe(Effect.scoped, Effect.provide(NodeContext.layer)), 60_000)
})

const fs = { makeTempDirectoryScoped: () => Effect.flatMap(FileSystem.FileSystem, (fs) => fs.makeTempDirectoryScoped()) }
