/**
 * A session's event hub: the intake of raw events from the router, their
 * decoding, the reaction of the session to each (answering what the runtime
 * asks), the PubSub subscribers read, and the replay of the events since the
 * session opened for a subscriber that comes before the first send.
 *
 * An event is handled where the router hands it over, in one synchronous
 * step: decoded, observed, published, reacted to. The hub has no fiber and
 * no queue of its own, so an event costs no hop between fibers on its way to
 * the subscribers, and an idle session holds no fiber. What a reaction starts
 * (a handler) runs in fibers of the session (see answers.ts).
 *
 * @internal
 */
import { Chunk, Context, Deferred, Effect, ExecutionStrategy, Exit, PubSub, Queue, Runtime, Scope, Stream, Tracer } from "effect"
import * as SessionEvent from "../../SessionEvent.js"

/** How many early events a session keeps for replay before its first send. */
export const STARTUP_EVENTS_LIMIT = 1024

/** Marks the end of every subscription. */
const END: unique symbol = Symbol("effect-copilot/CopilotSession/END")

type Item = SessionEvent.SessionEvent | typeof END

export interface EventHub {
  /** Takes one raw event from the router; synchronous and never blocking. */
  readonly deliver: (event: unknown) => void
  /** No more events will come: subscribers end after the ones already published; later events are dropped. */
  readonly end: Effect.Effect<void>
  /** Completes when the last event before the end has been published. */
  readonly drained: Effect.Effect<void>
  /** Subscribes now: the replay (until the first send) and then the live events, up to the end. */
  readonly subscribe: Effect.Effect<Stream.Stream<SessionEvent.SessionEvent>>
  /** Stops keeping events for replay (the first send). */
  readonly stopReplay: Effect.Effect<void>
}

/**
 * Makes the hub of one session. `observe` runs for every decoded event
 * before subscribers can see it (state derived from events, such as the
 * capabilities, is current when a subscriber gets the event); `react` runs
 * after it is published, in the order the events came: the session answers
 * tool calls and requests from there. Both are synchronous and must not
 * throw. Subscriptions live in a scope of their own under the current one, so
 * closing the scope of the code that subscribed does not cut a subscriber
 * off before the session's last events.
 */
export const make = (
  react: (event: SessionEvent.SessionEvent) => void,
  observe: (event: SessionEvent.SessionEvent) => void = () => {}
): Effect.Effect<EventHub, never, Scope.Scope> =>
  Effect.gen(function*() {
    // Subscribers see END as the last item: a stream ends only after it has
    // taken every event published before it (shutting the hub down instead
    // would drop what a slow subscriber has not taken yet).
    const hub = yield* PubSub.unbounded<Item>()
    const subscriptions = yield* Effect.flatMap(Effect.scope, (scope) => Scope.fork(scope, ExecutionStrategy.sequential))
    const drained = yield* Deferred.make<void>()
    // Runs the debug log of an undecoded event with the session's logger
    // (and without the span of the opening, which it would keep alive).
    const runtime = yield* Effect.runtime<never>().pipe(
      Effect.mapInputContext((context: Context.Context<never>) => Context.omit(Tracer.ParentSpan)(context))
    )
    // The state is plain: every change to it happens in one synchronous step
    // (JavaScript runs one at a time), so no lock is needed.
    let ended = false
    // The events since the session opened, kept until its first send, so a
    // subscriber that comes right after creation also gets the early ones
    // (session.start, and a cloud session's held traffic).
    let startup: Array<SessionEvent.SessionEvent> | undefined = []

    const deliver = (raw: unknown) => {
      if (ended) return
      const event = SessionEvent.decode(raw)
      if (event.type === "unknown") {
        Runtime.runFork(runtime)(Effect.logDebug(`session event not decoded: ${event.reason}`))
      }
      observe(event)
      hub.unsafeOffer(event)
      if (startup !== undefined) {
        if (startup.length >= STARTUP_EVENTS_LIMIT) startup.shift()
        startup.push(event)
      }
      react(event)
    }

    const end = Effect.sync(() => {
      if (ended) return
      ended = true
      hub.unsafeOffer(END)
      Deferred.unsafeDone(drained, Effect.void)
    })

    // Subscribing takes several steps, and events may be published between
    // the moment the subscription starts taking them and the moment the
    // replay is read: those are in both, and the live side skips them (by
    // identity: each decoded event is an object of its own).
    const subscribe: Effect.Effect<Stream.Stream<SessionEvent.SessionEvent>> = Effect.suspend(() => {
      if (ended) return Effect.succeed(Stream.empty)
      return Effect.gen(function*() {
        const scope = yield* Scope.fork(subscriptions, ExecutionStrategy.sequential)
        const queue = yield* PubSub.subscribe(hub).pipe(Scope.extend(scope))
        const replay = startup === undefined ? [] : startup.slice()
        const close = Scope.close(scope, Exit.void)
        if (ended) {
          // The end came while subscribing: what was published is all there
          // will be, and the queue may or may not have the END itself.
          const taken = Chunk.toReadonlyArray(yield* Queue.takeAll(queue))
          yield* close
          return Stream.fromIterable(dedupe(replay, taken))
        }
        const live = Stream.fromQueue(queue).pipe(
          Stream.takeWhile((item): item is SessionEvent.SessionEvent => item !== END),
          Stream.ensuring(close)
        )
        if (replay.length === 0) return live
        const seen = new Set<SessionEvent.SessionEvent>(replay)
        let catchingUp = true
        return Stream.concat(
          Stream.fromIterable(replay),
          Stream.filter(live, (event) => {
            if (!catchingUp) return true
            if (seen.has(event)) return false
            catchingUp = false
            return true
          })
        )
      })
    })

    return {
      deliver,
      end,
      drained: Deferred.await(drained),
      subscribe,
      stopReplay: Effect.sync(() => {
        startup = undefined
      })
    }
  })

/** The replay, then what the queue took that the replay does not have, up to the END. */
const dedupe = (
  replay: ReadonlyArray<SessionEvent.SessionEvent>,
  taken: ReadonlyArray<Item>
): ReadonlyArray<SessionEvent.SessionEvent> => {
  const seen = new Set<Item>(replay)
  const out = [...replay]
  for (const item of taken) {
    if (item === END) break
    if (!seen.has(item)) out.push(item)
  }
  return out
}
