/**
 * A fixed number of permits handed out in arrival order: a release gives its
 * permit straight to the longest waiter, so a newcomer cannot overtake the
 * queue. The runtime pool bounds its runtimes and each runtime's sessions
 * with it.
 *
 * @internal
 */
import { Clock, Data, Deferred, Duration, Effect, Option, Ref } from "effect"
import type { Scope } from "effect"

/** No permit became free within the timeout. */
export class PermitTimeout extends Data.TaggedError("PermitTimeout")<{}> {}

/** What a waiter does around its wait. */
export interface WaitHooks {
  /** Runs once the waiter is queued, not interruptibly (the pool makes room here). */
  readonly onWait: Effect.Effect<void>
  /** Runs when the wait ends, however it ends. */
  readonly onDone: Effect.Effect<void>
}

export interface Permits {
  /**
   * Takes a permit, waiting in line for at most `timeout`; the permit is
   * released when the scope closes. Succeeds with how long it waited, in
   * milliseconds, or none when a permit was free at once.
   */
  readonly take: (
    timeout: Duration.Duration,
    hooks: WaitHooks
  ) => Effect.Effect<Option.Option<number>, PermitTimeout, Scope.Scope>
  /** How many are waiting now. */
  readonly waiting: Effect.Effect<number>
}

interface State {
  readonly taken: number
  readonly queue: ReadonlyArray<Deferred.Deferred<void>>
}

export const make = (max: number): Effect.Effect<Permits> =>
  Effect.map(Ref.make<State>({ taken: 0, queue: [] }), (state) => {
    // Hands the permit to the first waiter, or returns it.
    const release = Effect.flatMap(
      Ref.modify(state, (s): [Option.Option<Deferred.Deferred<void>>, State] => {
        const [first, ...rest] = s.queue
        return first === undefined
          ? [Option.none(), { ...s, taken: s.taken - 1 }]
          : [Option.some(first), { ...s, queue: rest }]
      }),
      Option.match({ onNone: () => Effect.void, onSome: (next) => Deferred.succeed(next, undefined) })
    )
    // Leaves the queue; false when the permit was handed over meanwhile (the ticket is no longer queued).
    const leave = (ticket: Deferred.Deferred<void>) =>
      Ref.modify(state, (s): [boolean, State] =>
        s.queue.includes(ticket) ? [true, { ...s, queue: s.queue.filter((t) => t !== ticket)
        }] : [false, s])

    const take: Permits["take"] = (timeout, hooks) =>
      Effect.uninterruptibleMask((restore) =>
        Effect.gen(function*() {
          const ticket = yield* Deferred.make<void>()
          const free = yield* Ref.modify(state, (s): [boolean, State] =>
            s.taken < max ? [true, { ...s, taken: s.taken + 1 }] : [false, { ...s, queue: [...s.queue, ticket] }])
          if (free) {
            yield* Effect.addFinalizer(() => release)
            return Option.none()
          }
          const started = yield* Clock.currentTimeMillis
          yield* hooks.onWait
          const wait = Deferred.await(ticket)
          const granted = yield* restore(Duration.isFinite(timeout) ? Effect.timeoutOption(wait, timeout) : Effect.asSome(wait)).pipe(
            // Interrupted while queued: leave the line, or pass on a permit handed over meanwhile.
            Effect.onInterrupt(() => Effect.flatMap(leave(ticket), (wasQueued) => (wasQueued ? Effect.void : release))),
            Effect.ensuring(hooks.onDone)
          )
          // Timed out, unless the permit arrived just as the time ran out.
          if (Option.isNone(granted) && (yield* leave(ticket))) return yield* new PermitTimeout()
          yield* Effect.addFinalizer(() => release)
          return Option.some((yield* Clock.currentTimeMillis) - started)
        })
      )

    return { take, waiting: Effect.map(Ref.get(state), (s) => s.queue.length) }
  })
