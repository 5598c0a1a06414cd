/**
 * A session's event hub: the intake of raw events from the router, their
 * decoding, the reaction of the session to each (answering what the runtime
 * asks), the publishing to subscribers, and the replay of the events since
 * the session opened for a subscriber that comes before the first send.
 *
 * An event is handled where the router hands it over, in one synchronous
 * step: decoded, observed, published, reacted to. The hub has no fiber and
 * no queue of its own, so an event costs no hop between fibers on its way to
 * the subscribers, and an idle session holds no fiber.
 *
 * Publishing is a fan-out to each subscriber's buffer, and a subscriber
 * waiting for events is resumed once per batch: a subscriber's stream reads
 * its buffer directly, in chunks of what arrived since it last read. (Through
 * a PubSub, each event went through the PubSub's strategy and a Deferred per
 * wait: about 11 µs more per event when events come one at a time, as a
 * streamed answer's deltas do.) A hub nobody subscribes to allocates nothing
 * for subscribers. The state is plain: every change to it happens in one
 * synchronous step (JavaScript runs one at a time), so no lock is needed.
 *
 * @internal
 */
import { Channel, Chunk, Effect, Stream } from "effect"
import * as SessionEvent from "../sessionEvent.js"

/** How many early events a session keeps for replay before its first send. */
export const STARTUP_EVENTS_LIMIT = 1024

export interface EventHub {
  /**
   * Takes one raw event from the router; synchronous and never blocking.
   * What is left to do, if anything (a log line about an event that did not
   * decode), is returned as an Effect for the caller to run.
   */
  readonly deliver: (event: unknown) => Effect.Effect<void> | undefined
  /** No more events will come: subscribers end after the ones already published; later events are dropped. */
  readonly end: Effect.Effect<void>
  /** Subscribes now: the replay (until the first send) and then the live events, up to the end. */
  readonly subscribe: Effect.Effect<Stream.Stream<SessionEvent.SessionEvent>>
  /** Stops keeping events for replay (the first send). */
  readonly stopReplay: Effect.Effect<void>
  /** How many subscriptions are open (for tests of what an idle session holds). */
  readonly subscribers: () => number
}

/**
 * One subscription: the events published since its reader last took them,
 * and the reader's resume while it waits for more.
 */
class Subscriber {
  buffer: Array<SessionEvent.SessionEvent> = []
  ended = false
  wake: (() => void) | undefined = undefined
  push(event: SessionEvent.SessionEvent): void {
    this.buffer.push(event)
    this.notify()
  }
  finish(): void {
    this.ended = true
    this.notify()
  }
  private notify(): void {
    const wake = this.wake
    if (wake !== undefined) {
      this.wake = undefined
      wake()
    }
  }
}

/**
 * The hub. `observe` runs for every decoded event before subscribers can see
 * it (state derived from events, such as the capabilities, is current when a
 * subscriber gets the event); `react` runs after it is published, in the
 * order the events came: the session answers tool calls and requests from
 * there. Both are synchronous and must not throw.
 *
 * A subscription lasts until its stream ends (after the session's last
 * event) or is interrupted, whatever scope the code that subscribed closes
 * meanwhile: a subscriber is not cut off before the session's last events.
 */
export class Hub implements EventHub {
  private ended = false
  /** The events since the session opened, kept until its first send; undefined after it. */
  private startup: Array<SessionEvent.SessionEvent> | undefined = []
  /** Made at the first subscription. */
  private subs: Set<Subscriber> | undefined = undefined

  constructor(
    private readonly react: (event: SessionEvent.SessionEvent) => void,
    private readonly observe: (event: SessionEvent.SessionEvent) => void
  ) {}

  readonly deliver = (raw: unknown): Effect.Effect<void> | undefined => {
    if (this.ended) return undefined
    const event = SessionEvent.decode(raw)
    this.observe(event)
    if (this.subs !== undefined) for (const sub of this.subs) sub.push(event)
    const startup = this.startup
    if (startup !== undefined) {
      if (startup.length >= STARTUP_EVENTS_LIMIT) startup.shift()
      startup.push(event)
    }
    this.react(event)
    return event.type === "unknown" ? Effect.logDebug(`session event not decoded: ${event.reason}`) : undefined
  }

  // The Effects are made when read: a hub holds none.
  get end(): Effect.Effect<void> {
    return Effect.sync(() => {
      if (this.ended) return
      this.ended = true
      if (this.subs !== undefined) for (const sub of this.subs) sub.finish()
    })
  }

  get stopReplay(): Effect.Effect<void> {
    return Effect.sync(() => {
      this.startup = undefined
    })
  }

  subscribers(): number {
    return this.subs?.size ?? 0
  }

  // Subscribing is one synchronous step: the replay is read and the
  // subscriber added together, so an event is either in the replay or
  // published to the subscriber, never both and never neither.
  get subscribe(): Effect.Effect<Stream.Stream<SessionEvent.SessionEvent>> {
    return Effect.sync(() => this.subscribeNow())
  }

  private subscribeNow(): Stream.Stream<SessionEvent.SessionEvent> {
    const replay = this.startup === undefined ? [] : this.startup.slice()
    if (this.ended) return Stream.fromIterable(replay)
    const sub = new Subscriber()
    sub.buffer = replay
    const subs = (this.subs ??= new Set())
    subs.add(sub)
    return Stream.fromChannel(read(sub).pipe(Channel.ensuring(Effect.sync(() => subs.delete(sub)))))
  }
}

/** Waits until the subscriber has events or has ended; then takes what it has. */
const take = (sub: Subscriber): Effect.Effect<Array<SessionEvent.SessionEvent>> =>
  Effect.async<Array<SessionEvent.SessionEvent>>((resume) => {
    const takeAll = () => {
      const taken = sub.buffer
      sub.buffer = []
      resume(Effect.succeed(taken))
    }
    if (sub.buffer.length > 0 || sub.ended) return takeAll()
    sub.wake = takeAll
    return Effect.sync(() => {
      sub.wake = undefined
    })
  })

/** A subscriber's events, a chunk per batch taken, until it has ended and its buffer is empty. */
const read = (sub: Subscriber): Channel.Channel<Chunk.Chunk<SessionEvent.SessionEvent>> =>
  Channel.flatMap(take(sub), (events) => {
    if (events.length === 0) return Channel.void // ended, nothing left
    return Channel.flatMap(Channel.write(Chunk.unsafeFromArray(events)), () => read(sub))
  })

/** Makes the hub of one session. */
export const make = (
  react: (event: SessionEvent.SessionEvent) => void,
  observe: (event: SessionEvent.SessionEvent) => void = () => {}
): EventHub => new Hub(react, observe)
