/**
 * A pool of runtimes keyed by what the app chooses (a user, a token): one
 * runtime process per key, started on first use, shared by every session of
 * that key, and stopped once it has been idle for a while. For a server that
 * acts for many users, each with their own token, home and sessions.
 *
 * - One runtime per key. A runtime serves many sessions at once, and a key's
 *   sessions share its home (persisted sessions, `listSessions`, `resume`),
 *   which two processes on one home would split. To spread one heavy key
 *   over several processes, make the shard part of the key
 *   (`Data.tuple(user, shard)`): keys are compared with `Equal`.
 * - `maxRuntimes` bounds the runtime processes alive at once. A key whose
 *   runtime is not running waits in line for one; while it waits, idle
 *   runtimes of other keys are stopped at once (the least recently used
 *   first) rather than at the end of their idle time.
 * - `maxSessionsPerRuntime` bounds the sessions open at once on one runtime,
 *   so on one key; further sessions wait in line.
 * - Every wait is bounded by `acquireTimeout` and fails with a
 *   {@link PoolTimeout}.
 * - A runtime whose connection ends (it crashed, or was killed) leaves the
 *   pool: sessions open on it fail with `ConnectionClosed`, and the next use
 *   of its key starts a new one.
 *
 * Keys are never written to logs, spans or errors (they may be tokens).
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { RuntimePool } from "effect-copilot"
 *
 * declare const hash: (text: string) => string
 * declare const userToken: string
 *
 * const program = Effect.gen(function*() {
 *   const pool = yield* RuntimePool.make({
 *     client: (token: string) => ({ githubToken: Redacted.make(token), baseDirectory: `/srv/copilot/${hash(token)}` }),
 *     idleTimeToLive: "10 minutes",
 *     maxRuntimes: 50
 *   })
 *   return yield* pool.withSession(userToken, {}, (session) => session.sendAndWait("Hi"))
 * }).pipe(Effect.scoped)
 * ```
 *
 * @since 0.2.0
 */
import {
  Cause,
  Clock,
  Context,
  Data,
  Duration,
  Effect,
  ExecutionStrategy,
  Exit,
  HashMap,
  Layer,
  Metric,
  MetricBoundaries,
  Option,
  RcMap,
  Ref,
  Scope
} from "effect"
import * as CopilotClient from "./CopilotClient.js"
import { InvalidConfig } from "./CopilotError.js"
import * as CopilotSession from "./CopilotSession.js"
import * as Connection from "./internal/connection.js"
import * as Permits from "./internal/permits.js"
import type * as SessionConfig from "./SessionConfig.js"

/**
 * A wait for capacity ran out: no runtime became free (`maxRuntimes`), or no
 * session slot on the key's runtime (`maxSessionsPerRuntime`), within
 * `acquireTimeout`. The key is not named: it may be a token.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { RuntimePool } from "effect-copilot"
 *
 * declare const pool: RuntimePool.RuntimePoolService<string>
 * declare const user: string
 *
 * const answer = pool.withSession(user, {}, (session) => session.sendAndWait("Hi")).pipe(
 *   Effect.catchTag("PoolTimeout", (error) => Effect.logWarning(`busy (${error.waitingFor}), try again later`))
 * )
 * ```
 *
 * @since 0.2.0
 */
export class PoolTimeout extends Data.TaggedError("PoolTimeout")<{
  /** What the wait was for: a runtime process, or a session slot on a runtime. */
  readonly waitingFor: "runtime" | "session"
  /** The `acquireTimeout` that ran out. */
  readonly timeout: Duration.Duration
}> {
  override get message(): string {
    const within = Duration.format(this.timeout)
    return this.waitingFor === "runtime"
      ? `no runtime of the pool became free within ${within}: all maxRuntimes runtimes are in use; ` +
        "raise maxRuntimes or acquireTimeout, or end sessions sooner"
      : `no session slot on the key's runtime became free within ${within}: it has maxSessionsPerRuntime sessions open; ` +
        "raise maxSessionsPerRuntime or acquireTimeout, or end sessions sooner"
  }
}

/**
 * What getting a runtime from the pool can fail with: its start-up, the
 * client options of its key (`E`), or a wait that ran out.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { RuntimePool } from "effect-copilot"
 *
 * const report = (error: RuntimePool.AcquireError) => Effect.logError(`${error._tag}: ${error.message}`)
 * ```
 *
 * @since 0.2.0
 */
export type AcquireError<E = never> = CopilotClient.StartError | PoolTimeout | E

/**
 * Options of {@link make}.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { RuntimePool } from "effect-copilot"
 *
 * const options: RuntimePool.Options<string> = {
 *   client: (token) => ({ githubToken: Redacted.make(token) }),
 *   idleTimeToLive: "5 minutes",
 *   maxRuntimes: 20,
 *   maxSessionsPerRuntime: 50,
 *   acquireTimeout: "30 seconds"
 * }
 * ```
 *
 * @since 0.2.0
 */
export interface Options<K, E = never, R = never> {
  /**
   * The client options of a key's runtime: its token, home, environment,
   * connection. An Effect runs when the runtime starts, in the runtime's
   * scope: what it acquires there (a temporary home, say) lasts as long as
   * that runtime.
   */
  readonly client: (key: K) => CopilotClient.ClientOptions | Effect.Effect<CopilotClient.ClientOptions, E, R>
  /** How long a runtime nobody uses stays up; default 5 minutes. `Duration.infinity` keeps it until the pool closes or needs the room. */
  readonly idleTimeToLive?: Duration.DurationInput | undefined
  /** Runtime processes alive at once, over all keys; default unbounded. */
  readonly maxRuntimes?: number | undefined
  /** Sessions open at once on one runtime (so on one key); default unbounded. */
  readonly maxSessionsPerRuntime?: number | undefined
  /** Bound on each wait for a runtime or a session slot; default 30 seconds. */
  readonly acquireTimeout?: Duration.DurationInput | undefined
  /** The `pool` tag of the pool's metrics; default `"default"`. */
  readonly name?: string | undefined
}

/**
 * A runtime of the pool, as {@link RuntimePoolService.runtimes} lists it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { RuntimePool } from "effect-copilot"
 *
 * declare const pool: RuntimePool.RuntimePoolService<string>
 *
 * Effect.gen(function*() {
 *   const busy = (yield* pool.runtimes).filter((runtime) => runtime.sessions > 0).map((runtime) => runtime.key)
 * })
 * ```
 *
 * @since 0.2.0
 */
export interface RuntimeInfo<K> {
  readonly key: K
  /** The runtime process's id, when the pool spawned it. */
  readonly pid: Option.Option<number>
  /** Sessions open on it through the pool. */
  readonly sessions: number
  /** Uses of the key in progress: open sessions, `get`s, and acquisitions still waiting. */
  readonly users: number
}

/**
 * The pool's metrics, each tagged `pool` with the pool's name. Gauges:
 * `runtimes` (processes alive), `sessions` (open through the pool),
 * `waiting` (acquisitions in line). Counters: `starts`, `crashes` (runtimes
 * whose connection ended while pooled), `timeouts`. Histogram: `waitMillis`,
 * the time spent in line, tagged `waiting_for` (`runtime` or `session`).
 *
 * @example
 * ```ts
 * import { Effect, Metric } from "effect"
 * import { RuntimePool } from "effect-copilot"
 *
 * declare const pool: RuntimePool.RuntimePoolService<string>
 *
 * Effect.gen(function*() {
 *   const alive = yield* Metric.value(pool.metrics.runtimes) // MetricState.Gauge
 *   yield* Effect.log(`runtimes alive: ${alive.value}`)
 * })
 * ```
 *
 * @since 0.2.0
 */
export interface PoolMetrics {
  readonly runtimes: Metric.Metric.Gauge<number>
  readonly sessions: Metric.Metric.Gauge<number>
  readonly waiting: Metric.Metric.Gauge<number>
  readonly starts: Metric.Metric.Counter<number>
  readonly crashes: Metric.Metric.Counter<number>
  readonly timeouts: Metric.Metric.Counter<number>
  readonly waitMillis: Metric.Metric.Histogram<number>
}

/**
 * The pool's metrics before tagging, as a metrics exporter sees them (each
 * pool's under its `pool` tag).
 *
 * @example
 * ```ts
 * import { RuntimePool } from "effect-copilot"
 *
 * const all = RuntimePool.metrics.runtimes // every pool's, by tag
 * ```
 *
 * @since 0.2.0
 */
export const metrics: PoolMetrics = {
  runtimes: Metric.gauge("effect_copilot_pool_runtimes", { description: "Runtime processes alive in the pool" }),
  sessions: Metric.gauge("effect_copilot_pool_sessions", { description: "Sessions open through the pool" }),
  waiting: Metric.gauge("effect_copilot_pool_waiting", { description: "Acquisitions waiting for a runtime or a session slot" }),
  starts: Metric.counter("effect_copilot_pool_runtime_starts", { description: "Runtimes the pool started" }),
  crashes: Metric.counter("effect_copilot_pool_runtime_crashes", {
    description: "Pooled runtimes whose connection ended while in the pool"
  }),
  timeouts: Metric.counter("effect_copilot_pool_acquire_timeouts", { description: "Acquisitions that ran out of acquireTimeout" }),
  waitMillis: Metric.histogram(
    "effect_copilot_pool_wait_millis",
    MetricBoundaries.exponential({ start: 1, factor: 2, count: 18 }),
    "Time acquisitions spent waiting in line, in milliseconds"
  )
}

/**
 * The pool: runtimes by key, and sessions opened on them.
 *
 * @example
 * ```ts
 * import { RuntimePool } from "effect-copilot"
 *
 * const ask = (pool: RuntimePool.RuntimePoolService<string>, user: string, prompt: string) =>
 *   pool.withSession(user, {}, (session) => session.sendAndWait(prompt))
 * ```
 *
 * @since 0.2.0
 */
export interface RuntimePoolService<K, E = never> {
  /**
   * The key's client, its runtime started if it is not running; the runtime
   * stays up (at least) until the scope closes. Counts as a use of the key,
   * not as a session: sessions opened on it directly are not bounded by
   * `maxSessionsPerRuntime`.
   */
  readonly get: (key: K) => Effect.Effect<CopilotClient.CopilotClientService, AcquireError<E>, Scope.Scope>
  /** Creates a session on the key's runtime (`CopilotSession.make`), ended when the scope closes. */
  readonly session: <RH = never>(
    key: K,
    config?: SessionConfig.SessionConfig<RH> & CopilotSession.LifecycleOptions
  ) => Effect.Effect<CopilotSession.CopilotSessionService, AcquireError<E> | CopilotSession.OpenError, Scope.Scope | RH>
  /** Resumes a session of the key (`CopilotSession.makeResumed`), ended when the scope closes. */
  readonly resume: <RH = never>(
    key: K,
    sessionId: string,
    config?: SessionConfig.ResumeSessionConfig<RH> & CopilotSession.LifecycleOptions
  ) => Effect.Effect<CopilotSession.CopilotSessionService, AcquireError<E> | CopilotSession.OpenError, Scope.Scope | RH>
  /**
   * Runs `f` with a new session on the key's runtime, given as its argument
   * and as the `CopilotSession` service (the key's client as the
   * `CopilotClient` service); the session ends when `f` does.
   */
  readonly withSession: <A, E2, R2, RH = never>(
    key: K,
    config: SessionConfig.SessionConfig<RH> & CopilotSession.LifecycleOptions,
    f: (session: CopilotSession.CopilotSessionService) => Effect.Effect<A, E2, R2>
  ) => Effect.Effect<
    A,
    E2 | AcquireError<E> | CopilotSession.OpenError,
    Exclude<RH, Scope.Scope> | Exclude<R2, CopilotSession.CopilotSession | CopilotClient.CopilotClient | Scope.Scope>
  >
  /** {@link withSession} for a resumed session. */
  readonly withResumedSession: <A, E2, R2, RH = never>(
    key: K,
    sessionId: string,
    config: SessionConfig.ResumeSessionConfig<RH> & CopilotSession.LifecycleOptions,
    f: (session: CopilotSession.CopilotSessionService) => Effect.Effect<A, E2, R2>
  ) => Effect.Effect<
    A,
    E2 | AcquireError<E> | CopilotSession.OpenError,
    Exclude<RH, Scope.Scope> | Exclude<R2, CopilotSession.CopilotSession | CopilotClient.CopilotClient | Scope.Scope>
  >
  /**
   * Takes the key's runtime out of the pool: the next use starts a new one.
   * Stopped now if nothing uses it, otherwise once its last session or `get`
   * ends.
   */
  readonly invalidate: (key: K) => Effect.Effect<void>
  /** The keys with a runtime in the pool. */
  readonly keys: Effect.Effect<ReadonlyArray<K>>
  /** The runtimes in the pool. */
  readonly runtimes: Effect.Effect<ReadonlyArray<RuntimeInfo<K>>>
  /** Acquisitions waiting in line now, for a runtime or a session slot. */
  readonly waiting: Effect.Effect<number>
  /** This pool's metrics (tagged with its name). */
  readonly metrics: PoolMetrics
}

/**
 * The pool service for string keys, for {@link layer}. For other keys, or a
 * `client` that can fail, make a tag of your own and use {@link layerFor}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { RuntimePool } from "effect-copilot"
 *
 * const program = Effect.gen(function*() {
 *   const pool = yield* RuntimePool.RuntimePool
 *   return yield* pool.withSession("alice", {}, (session) => session.sendAndWait("Hi"))
 * })
 * ```
 *
 * @since 0.2.0
 */
export class RuntimePool extends Context.Tag("effect-copilot/RuntimePool")<RuntimePool, RuntimePoolService<string>>() {}

/** A runtime of the pool: what the RcMap holds per key. */
interface Entry {
  readonly client: CopilotClient.CopilotClientService
  readonly sessionSlots: Option.Option<Permits.Permits>
}

interface Slot {
  readonly entry: Entry
  readonly sessions: number
  readonly lastUsed: number
}

interface State<K> {
  /** The runtimes in the pool, by key. A runtime taken out (idle, crashed, invalidated) is no longer here. */
  readonly runtimes: HashMap.HashMap<K, Slot>
  /** Uses in progress per key, counted from before the runtime is looked up, so a key being acquired is never idle. */
  readonly users: HashMap.HashMap<K, number>
}

const isLimit = (value: number | undefined) =>
  value === undefined || value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && value >= 1)

const validate = <K, E, R>(options: Options<K, E, R>): Effect.Effect<void, InvalidConfig> => {
  if (!isLimit(options.maxRuntimes)) {
    return Effect.fail(new InvalidConfig({ message: `maxRuntimes must be a whole number of at least 1 (or Infinity), not ${options.maxRuntimes}` }))
  }
  if (!isLimit(options.maxSessionsPerRuntime)) {
    return Effect.fail(
      new InvalidConfig({
        message: `maxSessionsPerRuntime must be a whole number of at least 1 (or Infinity), not ${options.maxSessionsPerRuntime}`
      })
    )
  }
  return Effect.void
}

const finite = (value: number | undefined): Option.Option<number> =>
  value === undefined || value === Number.POSITIVE_INFINITY ? Option.none() : Option.some(value)

/**
 * Makes a pool in the current scope; closing the scope stops every runtime
 * of the pool (their sessions first, by their own scopes).
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { RuntimePool } from "effect-copilot"
 *
 * declare const tokenOf: (user: string) => Redacted.Redacted<string>
 * declare const homeOf: (user: string) => string
 *
 * Effect.gen(function*() {
 *   const pool = yield* RuntimePool.make({
 *     client: (user: string) => ({ githubToken: tokenOf(user), baseDirectory: homeOf(user) }),
 *     maxRuntimes: 10
 *   })
 *   const client = yield* pool.get("alice") // scoped
 * })
 * ```
 *
 * @since 0.2.0
 */
export const make = <K, E = never, R = never>(
  options: Options<K, E, R>
): Effect.Effect<RuntimePoolService<K, E>, InvalidConfig, Scope.Scope | Exclude<R, Scope.Scope>> =>
  Effect.gen(function*() {
    yield* validate(options)
    const poolScope = yield* Effect.scope
    const name = options.name ?? "default"
    const tag = <Type, In, Out>(metric: Metric.Metric<Type, In, Out>) => Metric.tagged(metric, "pool", name)
    const poolMetrics: PoolMetrics = {
      runtimes: tag(metrics.runtimes),
      sessions: tag(metrics.sessions),
      waiting: tag(metrics.waiting),
      starts: tag(metrics.starts),
      crashes: tag(metrics.crashes),
      timeouts: tag(metrics.timeouts),
      waitMillis: tag(metrics.waitMillis)
    }
    const acquireTimeout = Duration.decode(options.acquireTimeout ?? "30 seconds")
    const maxSessions = finite(options.maxSessionsPerRuntime)
    const runtimePermits = yield* Effect.transposeOption(Option.map(finite(options.maxRuntimes), Permits.make))
    const state = yield* Ref.make<State<K>>({ runtimes: HashMap.empty(), users: HashMap.empty() })

    /** Takes the key's runtime out of the pool if it is still this entry, and out of the RcMap. */
    const drop = (key: K, entry: Entry) =>
      Effect.flatMap(
        Ref.modify(state, (s): [boolean, State<K>] => {
          const slot = HashMap.get(s.runtimes, key)
          return Option.isSome(slot) && slot.value.entry === entry
            ? [true, { ...s, runtimes: HashMap.remove(s.runtimes, key) }]
            : [false, s]
        }),
        (mine) => (mine ? RcMap.invalidate(map, key) : Effect.void)
      )
    // Stopping a runtime takes a while; it happens in the pool's scope, not
    // in the fiber that asked for it.
    const background = (effect: Effect.Effect<void>) => Effect.asVoid(Effect.forkIn(effect, poolScope))

    /** Stops the least recently used runtime nobody uses, to make room for a waiter. */
    const evictIdle = Effect.flatMap(
      Ref.modify(state, (s): [Option.Option<readonly [K, Slot]>, State<K>] => {
        let oldest: readonly [K, Slot] | undefined
        for (const [key, slot] of s.runtimes) {
          if (HashMap.has(s.users, key)) continue
          if (oldest === undefined || slot.lastUsed < oldest[1].lastUsed) oldest = [key, slot]
        }
        return oldest === undefined ? [Option.none(), s] : [Option.some(oldest), { ...s, runtimes: HashMap.remove(s.runtimes, oldest[0]) }]
      }),
      Option.match({ onNone: () => Effect.void, onSome: ([key]) => background(RcMap.invalidate(map, key)) })
    )

    const waiting = yield* Ref.make(0)
    const waitHooks = (onWait: Effect.Effect<void>): Permits.WaitHooks => ({
      onWait: Ref.update(waiting, (n) => n + 1).pipe(Effect.zipRight(Metric.increment(poolMetrics.waiting)), Effect.zipRight(onWait)),
      onDone: Effect.zipRight(Ref.update(waiting, (n) => n - 1), Metric.incrementBy(poolMetrics.waiting, -1))
    })
    const waitIn = (permits: Permits.Permits, waitingFor: "runtime" | "session", onWait: Effect.Effect<void>) =>
      permits.take(acquireTimeout, waitHooks(onWait)).pipe(
        Effect.tap(Option.match({
          onNone: () => Effect.void,
          onSome: (waited) => Metric.update(Metric.tagged(poolMetrics.waitMillis, "waiting_for", waitingFor), waited)
        })),
        Effect.catchTag("PermitTimeout", () =>
          Effect.zipRight(Metric.increment(poolMetrics.timeouts), Effect.fail(new PoolTimeout({ waitingFor, timeout: acquireTimeout }))))
      )

    const resolveOptions = (key: K): Effect.Effect<CopilotClient.ClientOptions, E, R> => {
      const options_ = options.client(key)
      return Effect.isEffect(options_) ? options_ : Effect.succeed(options_)
    }

    /** Starts a key's runtime, in the RcMap entry's scope. */
    const lookup = (key: K): Effect.Effect<Entry, AcquireError<E>, R | Scope.Scope> =>
      Effect.gen(function*() {
        const scope = yield* Effect.scope
        // Held until the runtime has stopped (the first finalizer runs last).
        if (Option.isSome(runtimePermits)) yield* waitIn(runtimePermits.value, "runtime", evictIdle)
        const clientOptions = yield* resolveOptions(key)
        // Runs once the runtime has stopped (before what the key's options acquired is released).
        const alive = yield* Ref.make(false)
        yield* Effect.addFinalizer(() =>
          Effect.flatMap(Ref.get(alive), (wasAlive) => (wasAlive ? Metric.incrementBy(poolMetrics.runtimes, -1) : Effect.void))
        )
        const client = yield* CopilotClient.make(clientOptions)
        yield* Ref.set(alive, true)
        yield* Metric.increment(poolMetrics.runtimes)
        yield* Metric.increment(poolMetrics.starts)
        const entry: Entry = {
          client,
          sessionSlots: yield* Effect.transposeOption(Option.map(maxSessions, Permits.make))
        }
        const now = yield* Clock.currentTimeMillis
        yield* Ref.update(state, (s) => ({ ...s, runtimes: HashMap.set(s.runtimes, key, { entry, sessions: 0, lastUsed: now }) }))
        // These run before the client stops: out of the pool first, and the
        // watcher below gone, so a planned stop is no crash.
        yield* Effect.addFinalizer(() =>
          Ref.update(state, (s) => {
            const slot = HashMap.get(s.runtimes, key)
            return Option.isSome(slot) && slot.value.entry === entry ? { ...s, runtimes: HashMap.remove(s.runtimes, key) } : s
          })
        )
        yield* client.closed.pipe(
          Effect.flatMap((closed) =>
            Effect.logWarning("a pooled Copilot runtime's connection ended; the next use of its key starts a new runtime").pipe(
              Effect.annotateLogs({ pid: Option.getOrUndefined(client.runtimePid), reason: closed.reason }),
              Effect.zipRight(Metric.increment(poolMetrics.crashes)),
              Effect.zipRight(background(drop(key, entry)))
            )
          ),
          Effect.forkIn(scope)
        )
        return entry
      }).pipe(Effect.withSpan("RuntimePool.start"))

    const map = yield* RcMap.make({ lookup, idleTimeToLive: options.idleTimeToLive ?? "5 minutes" })

    /** One use of the key ends: when its last and someone waits for a runtime, its runtime makes room. */
    const endUse = (key: K) =>
      Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        const idle = yield* Ref.modify(state, (s): [boolean, State<K>] => {
          const users = Option.getOrElse(HashMap.get(s.users, key), () => 1) - 1
          const runtimes = HashMap.modify(s.runtimes, key, (slot) => ({ ...slot, lastUsed: now }))
          return [users <= 0, { runtimes, users: users <= 0 ? HashMap.remove(s.users, key) : HashMap.set(s.users, key, users) }]
        })
        if (idle && Option.isSome(runtimePermits) && (yield* runtimePermits.value.waiting) > 0) {
          const slot = yield* Ref.modify(state, (s): [Option.Option<Slot>, State<K>] => {
            const found = HashMap.get(s.runtimes, key)
            return Option.isSome(found) && !HashMap.has(s.users, key)
              ? [found, { ...s, runtimes: HashMap.remove(s.runtimes, key) }]
              : [Option.none(), s]
          })
          if (Option.isSome(slot)) yield* background(RcMap.invalidate(map, key))
        }
      })

    /** Gets the key's runtime in the current scope: a use of it, and a session slot on it when `forSession`. */
    const use = (key: K, forSession: boolean): Effect.Effect<Entry, AcquireError<E>, Scope.Scope> =>
      Effect.gen(function*() {
        const outer = yield* Effect.scope
        for (let attempt = 1;; attempt++) {
          const scope = yield* Scope.fork(outer, ExecutionStrategy.sequential)
          const exit = yield* Effect.exit(Scope.extend(useOnce(key), scope))
          if (Exit.isFailure(exit)) {
            yield* Scope.close(scope, exit)
            return yield* exit
          }
          const entry = exit.value
          // A runtime that died before the pool saw it go is replaced here.
          const connection = yield* Connection.of(entry.client)
          if (attempt < 3 && Option.isSome(yield* connection.protocol.isClosed)) {
            yield* drop(key, entry)
            yield* Scope.close(scope, Exit.void)
            continue
          }
          if (forSession && Option.isSome(entry.sessionSlots)) {
            yield* Scope.extend(waitIn(entry.sessionSlots.value, "session", Effect.void), scope).pipe(
              Effect.tapError((error) => Scope.close(scope, Exit.fail(error)))
            )
          }
          return entry
        }
      })

    const useOnce = (key: K): Effect.Effect<Entry, AcquireError<E>, Scope.Scope> =>
      Effect.gen(function*() {
        yield* Effect.acquireRelease(
          Ref.update(state, (s) => ({ ...s, users: HashMap.set(s.users, key, Option.getOrElse(HashMap.get(s.users, key), () => 0) + 1) })),
          () => endUse(key)
        )
        return yield* RcMap.get(map, key).pipe(
          // A failed start stays in the map until taken out: the next use tries again.
          Effect.tapErrorCause((cause) => (Cause.isInterruptedOnly(cause) ? Effect.void : RcMap.invalidate(map, key)))
        )
      })

    /** Counts a session open on an entry from the moment it is open until it is closed. */
    const counted = <A extends CopilotSession.CopilotSessionService, E1, R1>(
      key: K,
      entry: Entry,
      open: Effect.Effect<A, E1, R1>
    ): Effect.Effect<A, E1, R1 | Scope.Scope> =>
      Effect.gen(function*() {
        const adjust = (delta: number) =>
          Effect.zipRight(
            Ref.update(state, (s) => ({
              ...s,
              runtimes: HashMap.modify(s.runtimes, key, (slot) => (slot.entry === entry ? { ...slot, sessions: slot.sessions + delta } : slot))
            })),
            Metric.incrementBy(poolMetrics.sessions, delta)
          )
        const opened = yield* Ref.make(false)
        // Added before the session's own finalizers, so it runs after the end-session handshake.
        yield* Effect.addFinalizer(() => Effect.flatMap(Ref.get(opened), (isOpen) => (isOpen ? adjust(-1) : Effect.void)))
        const session = yield* open
        yield* Ref.set(opened, true)
        yield* adjust(1)
        return session
      })

    const session: RuntimePoolService<K, E>["session"] = (key, config = {}) =>
      Effect.flatMap(use(key, true), (entry) => counted(key, entry, CopilotSession.make(entry.client, config))).pipe(
        Effect.withSpan("RuntimePool.session")
      )
    const resume: RuntimePoolService<K, E>["resume"] = (key, sessionId, config = {}) =>
      Effect.flatMap(use(key, true), (entry) => counted(key, entry, CopilotSession.makeResumed(entry.client, sessionId, config))).pipe(
        Effect.withSpan("RuntimePool.resume")
      )

    /** Runs `f` with a session from `open` and the client it is on, both also as services. */
    const within = <A, E2, R2, E1, R1>(
      open: Effect.Effect<readonly [CopilotSession.CopilotSessionService, CopilotClient.CopilotClientService], E1, R1>,
      f: (session: CopilotSession.CopilotSessionService) => Effect.Effect<A, E2, R2>
    ): Effect.Effect<
      A,
      E1 | E2,
      Exclude<R1, Scope.Scope> | Exclude<R2, CopilotSession.CopilotSession | CopilotClient.CopilotClient | Scope.Scope>
    > =>
      Effect.scoped(
        Effect.flatMap(open, ([session, client]) =>
          f(session).pipe(
            Effect.provideService(CopilotSession.CopilotSession, session),
            Effect.provideService(CopilotClient.CopilotClient, client)
          ))
      ) as Effect.Effect<
        A,
        E1 | E2,
        Exclude<R1, Scope.Scope> | Exclude<R2, CopilotSession.CopilotSession | CopilotClient.CopilotClient | Scope.Scope>
      >

    const service: RuntimePoolService<K, E> = {
      get: (key) => Effect.map(use(key, false), (entry) => entry.client).pipe(Effect.withSpan("RuntimePool.get")),
      session,
      resume,
      withSession: (key, config, f) =>
        within(
          Effect.flatMap(use(key, true), (entry) =>
            Effect.map(counted(key, entry, CopilotSession.make(entry.client, config)), (s) => [s, entry.client] as const)).pipe(
              Effect.withSpan("RuntimePool.session")
            ),
          f
        ),
      withResumedSession: (key, sessionId, config, f) =>
        within(
          Effect.flatMap(use(key, true), (entry) =>
            Effect.map(
              counted(key, entry, CopilotSession.makeResumed(entry.client, sessionId, config)),
              (s) => [s, entry.client] as const
            )).pipe(Effect.withSpan("RuntimePool.resume")),
          f
        ),
      invalidate: (key) =>
        Effect.flatMap(Ref.get(state), (s) =>
          Option.match(HashMap.get(s.runtimes, key), {
            onNone: () => RcMap.invalidate(map, key),
            onSome: (slot) => drop(key, slot.entry)
          })),
      keys: Effect.map(Ref.get(state), (s) => Array.from(HashMap.keys(s.runtimes))),
      runtimes: Effect.map(Ref.get(state), (s) =>
        Array.from(s.runtimes, ([key, slot]): RuntimeInfo<K> => ({
          key,
          pid: slot.entry.client.runtimePid,
          sessions: slot.sessions,
          users: Option.getOrElse(HashMap.get(s.users, key), () => 0)
        }))),
      waiting: Ref.get(waiting),
      metrics: poolMetrics
    }
    return service
    // The lookup's Scope is the RcMap entry's, not the caller's.
  }) as Effect.Effect<RuntimePoolService<K, E>, InvalidConfig, Scope.Scope | Exclude<R, Scope.Scope>>

/**
 * A pool of string keys as a Layer ({@link RuntimePool}); the runtimes stop
 * when the Layer is released.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { RuntimePool } from "effect-copilot"
 *
 * declare const tokenOf: (user: string) => Redacted.Redacted<string>
 *
 * const PoolLive = RuntimePool.layer({
 *   client: (user) => ({ githubToken: tokenOf(user), baseDirectory: `/srv/copilot/${user}` }),
 *   maxRuntimes: 20
 * })
 * ```
 *
 * @since 0.2.0
 */
export const layer = <R = never>(
  options: Options<string, never, R>
): Layer.Layer<RuntimePool, InvalidConfig, Exclude<R, Scope.Scope>> => Layer.scoped(RuntimePool, make(options))

/**
 * A pool as a Layer under a tag of your own: keys of any type, and a
 * `client` that can fail.
 *
 * @example
 * ```ts
 * import { Context, Data, Effect } from "effect"
 * import { CopilotClient, RuntimePool } from "effect-copilot"
 *
 * declare const loadClientOptions: (user: string) => Effect.Effect<CopilotClient.ClientOptions, DbError>
 *
 * type UserId = string & { readonly UserId: unique symbol }
 * class DbError extends Data.TaggedError("DbError")<{ readonly cause: unknown }> {}
 *
 * class UserPool extends Context.Tag("app/UserPool")<UserPool, RuntimePool.RuntimePoolService<UserId, DbError>>() {}
 * const UserPoolLive = RuntimePool.layerFor(UserPool, { client: (user) => loadClientOptions(user) })
 * ```
 *
 * @since 0.2.0
 */
export const layerFor = <I, K, E = never, R = never>(
  tag: Context.Tag<I, RuntimePoolService<K, E>>,
  options: Options<K, E, R>
): Layer.Layer<I, InvalidConfig, Exclude<R, Scope.Scope>> => Layer.scoped(tag, make(options))
