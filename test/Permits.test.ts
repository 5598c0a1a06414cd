/**
 * The permits the runtime pool bounds runtimes and sessions with: handed out
 * in arrival order, a wait bounded by its timeout (on the Clock), and no
 * permit lost when a waiter gives up or is interrupted.
 */
import { expect, it } from "@effect/vitest"
import { Deferred, Duration, Effect, Exit, Fiber, Option, Ref, Scope, TestClock } from "effect"
import * as Permits from "../src/internal/permits.js"

const noHooks: Permits.WaitHooks = { onWait: Effect.void, onDone: Effect.void }
const forever = Duration.infinity

/** Takes a permit in a scope of its own, which the caller closes. */
const hold = (permits: Permits.Permits, timeout: Duration.Duration = forever, hooks = noHooks) =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    const waited = yield* permits.take(timeout, hooks).pipe(Scope.extend(scope))
    return { scope, waited }
  })

const release = (held: { readonly scope: Scope.CloseableScope }) => Scope.close(held.scope, Exit.void)

it.effect("hands permits to waiters in the order they came", () =>
  Effect.gen(function*() {
    const permits = yield* Permits.make(1)
    const first = yield* hold(permits)
    expect(Option.isNone(first.waited)).toBe(true)
    const order = yield* Ref.make<ReadonlyArray<string>>([])
    const waiter = (name: string) =>
      Effect.fork(Effect.tap(hold(permits), () => Ref.update(order, (names) => [...names, name])))
    const a = yield* waiter("a")
    yield* Effect.yieldNow()
    const b = yield* waiter("b")
    yield* Effect.yieldNow()
    expect(yield* permits.waiting).toBe(2)
    yield* release(first)
    const heldA = yield* Fiber.join(a)
    expect(yield* Ref.get(order)).toEqual(["a"])
    expect(Option.isSome(heldA.waited)).toBe(true)
    // A newcomer does not overtake b.
    const c = yield* Effect.fork(hold(permits))
    yield* Effect.yieldNow()
    yield* release(heldA)
    const heldB = yield* Fiber.join(b)
    expect(yield* Ref.get(order)).toEqual(["a", "b"])
    expect(Option.isNone(yield* Fiber.poll(c))).toBe(true)
    yield* release(heldB)
    yield* release(yield* Fiber.join(c))
  }))

it.effect("a wait past its timeout fails with PermitTimeout, leaves the line and loses no permit", () =>
  Effect.gen(function*() {
    const permits = yield* Permits.make(1)
    const calls = yield* Ref.make<ReadonlyArray<string>>([])
    const hooks: Permits.WaitHooks = {
      onWait: Ref.update(calls, (c) => [...c, "wait"]),
      onDone: Ref.update(calls, (c) => [...c, "done"])
    }
    const held = yield* hold(permits)
    const waiter = yield* Effect.fork(hold(permits, Duration.seconds(1), hooks))
    yield* TestClock.adjust("999 millis")
    expect(Option.isNone(yield* Fiber.poll(waiter))).toBe(true)
    yield* TestClock.adjust("1 millis")
    const exit = yield* Fiber.await(waiter)
    expect(Exit.isFailure(exit) && exit.cause._tag === "Fail" && exit.cause.error._tag).toBe("PermitTimeout")
    expect(yield* Ref.get(calls)).toEqual(["wait", "done"])
    expect(yield* permits.waiting).toBe(0)
    yield* release(held)
    // The permit came back: the next take gets it at once.
    const next = yield* hold(permits, Duration.zero)
    expect(Option.isNone(next.waited)).toBe(true)
    yield* release(next)
  }))

it.effect("an interrupted waiter leaves the line, and the permit goes to the next", () =>
  Effect.gen(function*() {
    const permits = yield* Permits.make(1)
    const held = yield* hold(permits)
    const gaveUp = yield* Effect.fork(hold(permits))
    yield* Effect.yieldNow()
    const patient = yield* Effect.fork(hold(permits))
    yield* Effect.yieldNow()
    yield* Fiber.interrupt(gaveUp)
    expect(yield* permits.waiting).toBe(1)
    yield* release(held)
    yield* release(yield* Fiber.join(patient))
    expect(yield* permits.waiting).toBe(0)
  }))

it.effect("bounds how many are held at once", () =>
  Effect.gen(function*() {
    const permits = yield* Permits.make(3)
    const inside = yield* Ref.make(0)
    const most = yield* Ref.make(0)
    const gate = yield* Deferred.make<void>()
    const work = Effect.scoped(Effect.gen(function*() {
      yield* permits.take(forever, noHooks)
      const now = yield* Ref.updateAndGet(inside, (n) => n + 1)
      yield* Ref.update(most, (m) => Math.max(m, now))
      yield* Deferred.await(gate)
      yield* Ref.update(inside, (n) => n - 1)
    }))
    const fibers = yield* Effect.forEach(Array.from({ length: 10 }), () => Effect.fork(work))
    yield* Effect.yieldNow()
    expect(yield* Ref.get(inside)).toBe(3)
    expect(yield* permits.waiting).toBe(7)
    yield* Deferred.succeed(gate, undefined)
    yield* Effect.forEach(fibers, Fiber.join)
    expect(yield* Ref.get(most)).toBe(3)
    expect(yield* Ref.get(inside)).toBe(0)
  }))
