/**
 * A session's event hub: the intake of raw events from the router, their
 * decoding, the reaction of the session to each (answering what the runtime
 * asks), the PubSub subscribers read, and the replay of the events since the
 * session opened for a subscriber that comes before the first send.
 *
 * @internal
 */
import {
  Chunk,
  Context,
  Deferred,
  Effect,
  ExecutionStrategy,
  Exit,
  Option,
  PubSub,
  Queue,
  Ref,
  Scope,
  Stream,
  Tracer
} from "effect"
import * as SessionEvent from "../../SessionEvent.js"

/** How many early events a session keeps for replay before its first send. */
export const STARTUP_EVENTS_LIMIT = 1024

/** The most raw events the dispatcher takes from the intake at a time. */
const BATCH_LIMIT = 1024

/** Marks the end of the intake queue and of every subscription. */
const END: unique symbol = Symbol("effect-copilot/CopilotSession/END")

const keepStartup = (
  events: Chunk.Chunk<SessionEvent.SessionEvent>,
  event: SessionEvent.SessionEvent
): Chunk.Chunk<SessionEvent.SessionEvent> =>
  Chunk.append(Chunk.size(events) < STARTUP_EVENTS_LIMIT ? events : Chunk.drop(events, 1), event)

export interface EventHub {
  /** Takes one raw event from the router; synchronous and never blocking. */
  readonly deliver: (event: unknown) => void
  /** No more events will come: subscribers end after the ones already taken in. */
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
 * tool calls and requests from there. Subscriptions live in a scope of their own
 * under the current one, so closing the scope of the code that subscribed
 * does not cut a subscriber off before the session's last events.
 */
export const make = (
  react: (event: SessionEvent.SessionEvent) => Effect.Effect<void>,
  observe: (event: SessionEvent.SessionEvent) => Effect.Effect<void> = () => Effect.void
): Effect.Effect<EventHub, never, Scope.Scope> =>
  Effect.gen(function*() {
    const intake = yield* Queue.unbounded<unknown>()
    // Subscribers see END as the last item: a stream ends only after it has
    // taken every event published before it (shutting the hub down instead
    // would drop what a slow subscriber has not taken yet).
    const hub = yield* PubSub.unbounded<SessionEvent.SessionEvent | typeof END>()
    const subscriptions = yield* Effect.flatMap(Effect.scope, (scope) => Scope.fork(scope, ExecutionStrategy.sequential))
    const ended = yield* Ref.make(false)
    // The events since the session opened, kept until its first send, so a
    // subscriber that comes right after creation also gets the early ones
    // (session.start, and a cloud session's held traffic).
    const startup = yield* Ref.make<Option.Option<Chunk.Chunk<SessionEvent.SessionEvent>>>(Option.some(Chunk.empty()))
    // Publishing, the startup record and subscribing happen under one lock,
    // so a subscriber gets each event exactly once: replayed or live.
    const lock = yield* Effect.makeSemaphore(1)
    const drained = yield* Deferred.make<void>()

    /** Publishes a batch and keeps it for replay, under the lock; at the end, END after it. */
    const publish = (events: ReadonlyArray<SessionEvent.SessionEvent>, end: boolean) =>
      lock.withPermits(1)(Effect.gen(function*() {
        if (events.length > 0) {
          yield* PubSub.publishAll(hub, events)
          yield* Ref.update(startup, Option.map((kept) => events.reduce(keepStartup, kept)))
        }
        if (end) {
          yield* PubSub.publish(hub, END)
          yield* Ref.set(ended, true)
        }
      }))

    // Takes what has arrived in one go (up to a bound), so a burst of events
    // costs one lock, one publish and one wake-up of each subscriber per
    // batch rather than per event; order is kept within and across batches.
    yield* Effect.gen(function*() {
      for (;;) {
        const batch = yield* Queue.takeBetween(intake, 1, BATCH_LIMIT)
        const events: Array<SessionEvent.SessionEvent> = []
        let end = false
        for (const raw of batch) {
          if (raw === END) {
            end = true
            break
          }
          const event = SessionEvent.decode(raw)
          if (event.type === "unknown") yield* Effect.logDebug(`session event not decoded: ${event.reason}`)
          yield* observe(event)
          events.push(event)
        }
        yield* publish(events, end)
        for (const event of events) yield* react(event)
        if (end) return
      }
    }).pipe(
      Effect.ensuring(Deferred.succeed(drained, undefined)),
      Effect.forkScoped,
      // The loop runs for the session's life: it does not keep the span it
      // was forked in (the session's opening) alive.
      Effect.mapInputContext((context: Context.Context<Scope.Scope>) => Context.omit(Tracer.ParentSpan)(context))
    )

    const subscribe: Effect.Effect<Stream.Stream<SessionEvent.SessionEvent>> = lock.withPermits(1)(
      Effect.flatMap(Ref.get(ended), (isEnded) => {
        if (isEnded) return Effect.succeed(Stream.empty)
        return Effect.gen(function*() {
          const scope = yield* Scope.fork(subscriptions, ExecutionStrategy.sequential)
          const queue = yield* PubSub.subscribe(hub).pipe(Scope.extend(scope))
          const replay = Option.getOrElse(yield* Ref.get(startup), () => Chunk.empty<SessionEvent.SessionEvent>())
          return Stream.concat(Stream.fromChunk(replay), Stream.fromQueue(queue)).pipe(
            Stream.takeWhile((item): item is SessionEvent.SessionEvent => item !== END),
            Stream.ensuring(Scope.close(scope, Exit.void))
          )
        })
      })
    )

    return {
      deliver: (event) => {
        intake.unsafeOffer(event)
      },
      end: Effect.asVoid(Queue.offer(intake, END)),
      drained: Deferred.await(drained),
      subscribe,
      stopReplay: Ref.set(startup, Option.none())
    }
  })
