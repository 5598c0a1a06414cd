/**
 * Session events: every event type the protocol's schema knows, decoded by
 * its own Schema (times as `Date`), plus {@link UnknownEvent} for everything
 * else, which keeps the raw data. A newer runtime's new event types, and
 * known types whose data this SDK cannot read, arrive as `UnknownEvent`s
 * rather than errors. Known events are decoded tolerantly: members this SDK
 * does not know are dropped, an optional member sent as `null` is absent, and
 * an enum value the schema does not list is kept as the string it is (typed
 * as the listed values or any string).
 *
 * @example
 * ```ts
 * import { Stream } from "effect"
 * import { SessionEvent } from "effect-copilot"
 *
 * const texts = (events: Stream.Stream<SessionEvent.SessionEvent>) =>
 *   events.pipe(
 *     Stream.filter(SessionEvent.is("assistant.message_delta")),
 *     Stream.map((event) => event.data.deltaContent)
 *   )
 * ```
 *
 * @since 0.1.0
 */
import * as internal from "./internal/sessionEvent.js"

/**
 * A type of event the protocol's schema describes.
 *
 * @example
 * ```ts
 * import { SessionEvent } from "effect-copilot"
 *
 * const type: SessionEvent.KnownType = "assistant.message"
 * ```
 *
 * @since 0.1.0
 */
export type KnownType = internal.KnownType

/**
 * Any event the protocol's schema describes.
 *
 * @example
 * ```ts
 * import { SessionEvent } from "effect-copilot"
 *
 * const line = (event: SessionEvent.KnownEvent) => `${event.timestamp.toISOString()} ${event.type}`
 * ```
 *
 * @since 0.1.0
 */
export type KnownEvent = internal.KnownEvent

/**
 * The event of one known type.
 *
 * @example
 * ```ts
 * import { SessionEvent } from "effect-copilot"
 *
 * const text = (event: SessionEvent.EventOf<"assistant.message">) => event.data.content
 * ```
 *
 * @since 0.1.0
 */
export type EventOf<T extends KnownType> = internal.EventOf<T>

/**
 * An event this SDK could not decode: a type it does not know, or a known
 * type whose data did not match its Schema. `raw` is the event as received.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SessionEvent } from "effect-copilot"
 *
 * declare const event: SessionEvent.SessionEvent
 *
 * Effect.gen(function*() {
 *   if (event.type === "unknown") yield* Effect.logDebug(`${event.originalType}: ${event.reason}`)
 * })
 * ```
 *
 * @since 0.1.0
 */
export type UnknownEvent = internal.UnknownEvent

/**
 * A session event: a known one, or an {@link UnknownEvent}.
 *
 * @example
 * ```ts
 * import { SessionEvent } from "effect-copilot"
 *
 * const describe = (event: SessionEvent.SessionEvent) =>
 *   event.type === "assistant.message" ? event.data.content : event.type
 * ```
 *
 * @since 0.1.0
 */
export type SessionEvent = internal.SessionEvent

/**
 * Decodes a raw event; never fails (see {@link UnknownEvent}).
 *
 * @example
 * ```ts
 * import { SessionEvent } from "effect-copilot"
 *
 * SessionEvent.decode({ type: "brand.new", id: "e1" }) // { type: "unknown", originalType: "brand.new", ... }
 * ```
 *
 * @since 0.1.0
 */
export const decode = internal.decode

/**
 * A type guard for one known event type, for `Stream.filter` and friends.
 *
 * @example
 * ```ts
 * import { Stream } from "effect"
 * import { SessionEvent } from "effect-copilot"
 *
 * declare const events: Stream.Stream<SessionEvent.SessionEvent>
 *
 * const messages = events.pipe(Stream.filter(SessionEvent.is("assistant.message")), Stream.map((e) => e.data.content))
 * ```
 *
 * @since 0.1.0
 */
export const is = internal.is

/**
 * Whether the event could not be decoded.
 *
 * @example
 * ```ts
 * import { Stream } from "effect"
 * import { SessionEvent } from "effect-copilot"
 *
 * declare const events: Stream.Stream<SessionEvent.SessionEvent>
 *
 * const undecoded = events.pipe(Stream.filter(SessionEvent.isUnknown), Stream.map((e) => e.reason))
 * ```
 *
 * @since 0.1.0
 */
export const isUnknown = internal.isUnknown

/**
 * The known event types.
 *
 * @example
 * ```ts
 * import { SessionEvent } from "effect-copilot"
 *
 * SessionEvent.knownTypes.includes("session.idle") // true
 * ```
 *
 * @since 0.1.0
 */
export const knownTypes = internal.knownTypes
