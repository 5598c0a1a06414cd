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
 */
import { Either, ParseResult, Predicate, Schema } from "effect"
import * as Generated from "./generated/SessionEvents.js"

/**
 * A type of event the protocol's schema describes.
 *
 * @example
 * ```ts
 * const type: SessionEvent.KnownType = "assistant.message"
 * ```
 */
export type KnownType = Generated.SessionEventType

/**
 * Any event the protocol's schema describes.
 *
 * @example
 * ```ts
 * const line = (event: SessionEvent.KnownEvent) => `${event.timestamp.toISOString()} ${event.type}`
 * ```
 */
export type KnownEvent = Generated.SessionEvent

/**
 * The event of one known type.
 *
 * @example
 * ```ts
 * const text = (event: SessionEvent.EventOf<"assistant.message">) => event.data.content
 * ```
 */
export type EventOf<T extends KnownType> = Extract<KnownEvent, { readonly type: T }>

/**
 * An event this SDK could not decode: a type it does not know, or a known
 * type whose data did not match its Schema. `raw` is the event as received.
 *
 * @example
 * ```ts
 * if (event.type === "unknown") yield* Effect.logDebug(`${event.originalType}: ${event.reason}`)
 * ```
 */
export interface UnknownEvent {
  readonly type: "unknown"
  /** The event's own `type` member, if it had one. */
  readonly originalType: string
  readonly id: string | undefined
  readonly raw: unknown
  /** Why it is unknown: an unknown type, or the Schema's message. */
  readonly reason: string
}

/**
 * A session event: a known one, or an {@link UnknownEvent}.
 *
 * @example
 * ```ts
 * const describe = (event: SessionEvent.SessionEvent) =>
 *   event.type === "assistant.message" ? event.data.content : event.type
 * ```
 */
export type SessionEvent = KnownEvent | UnknownEvent

// Each generated event Schema has its own exact types, which Schema's
// invariance keeps from fitting one wider type; looked up by a runtime string,
// they are used as decoders of the union, which is what this widening says.
const schemas: Readonly<Record<string, Schema.Schema<KnownEvent, unknown>>> = Generated.eventSchemas as unknown as Readonly<
  Record<string, Schema.Schema<KnownEvent, unknown>>
>
const decoders = new Map<string, (u: unknown) => Either.Either<KnownEvent, ParseResult.ParseError>>()
const decoderFor = (type: string) => {
  let decoder = decoders.get(type)
  if (decoder === undefined) {
    const schema = schemas[type]
    if (schema === undefined) return undefined
    decoder = Schema.decodeUnknownEither(schema, { onExcessProperty: "ignore" })
    decoders.set(type, decoder)
  }
  return decoder
}

const field = (u: unknown, key: string): unknown => (Predicate.hasProperty(u, key) ? u[key] : undefined)

/**
 * Decodes a raw event; never fails (see {@link UnknownEvent}).
 *
 * @example
 * ```ts
 * SessionEvent.decode({ type: "brand.new", id: "e1" }) // { type: "unknown", originalType: "brand.new", ... }
 * ```
 */
export const decode = (raw: unknown): SessionEvent => {
  const type = field(raw, "type")
  const id = field(raw, "id")
  const unknown = (originalType: string, reason: string): UnknownEvent => ({
    type: "unknown",
    originalType,
    id: typeof id === "string" ? id : undefined,
    raw,
    reason
  })
  if (typeof type !== "string") return unknown("", "the event has no type")
  const decoder = decoderFor(type)
  if (decoder === undefined) return unknown(type, `event type ${type} is not known to this SDK`)
  const decoded = decoder(raw)
  return Either.isRight(decoded)
    ? decoded.right
    : unknown(type, ParseResult.TreeFormatter.formatErrorSync(decoded.left))
}

/**
 * A type guard for one known event type, for `Stream.filter` and friends.
 *
 * @example
 * ```ts
 * const messages = events.pipe(Stream.filter(SessionEvent.is("assistant.message")), Stream.map((e) => e.data.content))
 * ```
 */
export const is = <T extends KnownType>(type: T) => (event: SessionEvent): event is EventOf<T> => event.type === type

/**
 * Whether the event could not be decoded.
 *
 * @example
 * ```ts
 * const undecoded = events.pipe(Stream.filter(SessionEvent.isUnknown), Stream.map((e) => e.reason))
 * ```
 */
export const isUnknown = (event: SessionEvent): event is UnknownEvent => event.type === "unknown"

/**
 * The known event types.
 *
 * @example
 * ```ts
 * SessionEvent.knownTypes.includes("session.idle") // true
 * ```
 */
export const knownTypes: ReadonlyArray<KnownType> = Generated.sessionEventTypes
