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
import { Channel, Chunk, Effect, Option, type Scope, Stream } from "effect"
import * as SessionEvent from "../sessionEvent.js"

/** How many early events a session keeps for replay before its first send. */
export const STARTUP_EVENTS_LIMIT = 1024

/** How many distinct reasons {@link logUndecoded} remembers. */
const LOGGED_REASONS_LIMIT = 256
const loggedReasons = new Set<string>()

/**
 * The debug log line of an event that did not decode, once per reason in a
 * process: the runtime writes a dozen event types of its own in every turn
 * that this SDK does not know (model.turn_started, model.messages_snapshot,
 * ...), and a log Effect for each, run by the connection's worker fiber,
 * was about a fifth of a short turn's client CPU. Past the limit a reason is
 * not remembered, and logged each time.
 */
const logUndecoded = (reason: string): Effect.Effect<void> | undefined => {
  if (loggedReasons.has(reason)) return undefined
  if (loggedReasons.size < LOGGED_REASONS_LIMIT) loggedReasons.add(reason)
  return Effect.logDebug(`session event not decoded: ${reason} (logged once a reason)`)
}

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
  /**
   * Folds the events from now on (the replay first) in the hub itself, with
   * no stream and no fiber woken per event: the Effect it returns waits
   * until `done` holds of the state (`Some`), or the events end first
   * (`None`). The fold is registered now and removed when the scope closes.
   * `step` and `done` run where events are delivered: synchronous, and they
   * must not throw.
   */
  readonly fold: <S>(
    initial: S,
    step: (state: S, event: SessionEvent.SessionEvent) => S,
    done: (state: S) => boolean
  ) => Effect.Effect<Effect.Effect<Option.Option<S>>, never, Scope.Scope>
  /** How many subscriptions and folds are open (for tests of what an idle session holds). */
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

/** What the hub does with a fold, whatever its state's type. */
interface Fold {
  push(event: SessionEvent.SessionEvent): void
  settle(): void
}

/** One fold: its state, whether it is done or the events ended, and the waiter's resume. */
class Folder<S> implements Fold {
  /** Done: `done` holds of the state (it is folded no further). */
  reached: boolean
  /** Done, or the events ended first. */
  finished: boolean
  wake: (() => void) | undefined = undefined
  constructor(
    public state: S,
    private readonly step: (state: S, event: SessionEvent.SessionEvent) => S,
    private readonly done: (state: S) => boolean
  ) {
    this.reached = done(state)
    this.finished = this.reached
  }
  push(event: SessionEvent.SessionEvent): void {
    if (this.finished) return
    this.state = this.step(this.state, event)
    if (this.done(this.state)) {
      this.reached = true
      this.settle()
    }
  }
  /** The events ended (or the fold is done): the waiter, if any, is resumed. */
  settle(): void {
    this.finished = true
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
  /** Made at the first fold. */
  private folds: Set<Fold> | undefined = undefined

  constructor(
    private readonly react: (event: SessionEvent.SessionEvent) => void,
    private readonly observe: (event: SessionEvent.SessionEvent) => void
  ) {}

  readonly deliver = (raw: unknown): Effect.Effect<void> | undefined => {
    if (this.ended) return undefined
    const event = SessionEvent.decode(raw)
    this.observe(event)
    if (this.subs !== undefined) for (const sub of this.subs) sub.push(event)
    if (this.folds !== undefined) for (const fold of this.folds) fold.push(event)
    const startup = this.startup
    if (startup !== undefined) {
      if (startup.length >= STARTUP_EVENTS_LIMIT) startup.shift()
      startup.push(event)
    }
    this.react(event)
    return event.type === "unknown" ? logUndecoded(event.reason) : undefined
  }

  // The Effects are made when read: a hub holds none.
  get end(): Effect.Effect<void> {
    return Effect.sync(() => {
      if (this.ended) return
      this.ended = true
      if (this.subs !== undefined) for (const sub of this.subs) sub.finish()
      if (this.folds !== undefined) for (const fold of this.folds) fold.settle()
    })
  }

  get stopReplay(): Effect.Effect<void> {
    return Effect.sync(() => {
      this.startup = undefined
    })
  }

  subscribers(): number {
    return (this.subs?.size ?? 0) + (this.folds?.size ?? 0)
  }

  // Registering is one synchronous step, as subscribing is: the replay is
  // folded and the fold added together.
  fold<S>(
    initial: S,
    step: (state: S, event: SessionEvent.SessionEvent) => S,
    done: (state: S) => boolean
  ): Effect.Effect<Effect.Effect<Option.Option<S>>, never, Scope.Scope> {
    return Effect.acquireRelease(
      Effect.sync(() => {
        const folder = new Folder(initial, step, done)
        if (this.startup !== undefined) for (const event of this.startup) folder.push(event)
        if (this.ended) folder.settle()
        else (this.folds ??= new Set()).add(folder)
        return folder
      }),
      (folder) => Effect.sync(() => this.folds?.delete(folder))
    ).pipe(Effect.map(awaitFold))
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

/** Waits until the fold is done (its state) or the events ended before (none). */
const awaitFold = <S>(folder: Folder<S>): Effect.Effect<Option.Option<S>> =>
  Effect.async<Option.Option<S>>((resume) => {
    const settled = () => resume(Effect.succeed(folder.reached ? Option.some(folder.state) : Option.none()))
    if (folder.finished) return settled()
    folder.wake = settled
    return Effect.sync(() => {
      folder.wake = undefined
    })
  })

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
