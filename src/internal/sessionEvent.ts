/**
 * The declarations of the public `SessionEvent` module (the session events and
 * their tolerant decoding), as internal code imports them; the public module
 * re-exports them with their docs.
 *
 * @internal
 */
import { Either, ParseResult, Predicate, Schema } from "effect"
import { SessionEvents as Generated } from "../generated/SessionEvents.js"

/**
 * A type of event the protocol's schema describes.
 */
export type KnownType = Generated.SessionEventType

/**
 * Any event the protocol's schema describes.
 */
export type KnownEvent = Generated.SessionEvent

/**
 * The event of one known type.
 */
export type EventOf<T extends KnownType> = Extract<KnownEvent, { readonly type: T }>

/**
 * An event this SDK could not decode: a type it does not know, or a known
 * type whose data did not match its Schema. `raw` is the event as received.
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

// ---------------------------------------------------------------------------
// The events a streamed answer is made of come one or two per delta, so they
// have hand-written decoders: each accepts only input its Schema decodes and
// builds what the Schema would (the same members, in the same order); any
// other input, including what the tolerant Schema forgives (`null` for an
// optional member), is left to the Schema. `test/SessionEvent.test.ts`
// checks the two agree.
// ---------------------------------------------------------------------------
type Plain = Record<string, unknown>

/** An object as `JSON.parse` makes them, the only kind the fast path takes. */
const isPlain = (u: unknown): u is Plain => {
  if (typeof u !== "object" || u === null) return false
  const proto = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

/** An optional string member: absent, or a string. */
const optionalString = (o: Plain, key: string): boolean => !(key in o) || typeof o[key] === "string"

/** The members every event has, decoded, before `type` and `data`; undefined when the Schema must decide. */
const envelope = (raw: Plain): Plain | undefined => {
  const { id, timestamp, parentId } = raw
  if (typeof id !== "string" || typeof timestamp !== "string") return undefined
  if (parentId !== null && typeof parentId !== "string") return undefined
  if (raw.ephemeral !== true || !optionalString(raw, "agentId")) return undefined
  const date = new Date(timestamp)
  if (Number.isNaN(date.getTime())) return undefined
  return "agentId" in raw
    ? { id, timestamp: date, parentId, ephemeral: true, agentId: raw.agentId }
    : { id, timestamp: date, parentId, ephemeral: true }
}

const fastDecoders: ReadonlyMap<string, (raw: Plain) => KnownEvent | undefined> = new Map([
  ["assistant.message_delta", (raw: Plain): KnownEvent | undefined => {
    const data = raw.data
    if (!isPlain(data) || typeof data.messageId !== "string" || typeof data.deltaContent !== "string") return undefined
    if (!optionalString(data, "parentToolCallId")) return undefined
    const head = envelope(raw)
    if (head === undefined) return undefined
    const decoded = "parentToolCallId" in data
      ? { messageId: data.messageId, deltaContent: data.deltaContent, parentToolCallId: data.parentToolCallId }
      : { messageId: data.messageId, deltaContent: data.deltaContent }
    return { ...head, type: "assistant.message_delta", data: decoded } as KnownEvent
  }],
  ["assistant.streaming_delta", (raw: Plain): KnownEvent | undefined => {
    const data = raw.data
    if (!isPlain(data) || typeof data.totalResponseSizeBytes !== "number") return undefined
    const head = envelope(raw)
    if (head === undefined) return undefined
    return { ...head, type: "assistant.streaming_delta", data: { totalResponseSizeBytes: data.totalResponseSizeBytes } } as KnownEvent
  }]
])

/**
 * Decodes a raw event; never fails (see {@link UnknownEvent}).
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
  const fast = fastDecoders.get(type)
  if (fast !== undefined && isPlain(raw)) {
    const decoded = fast(raw)
    if (decoded !== undefined) return decoded
  }
  const decoder = decoderFor(type)
  if (decoder === undefined) return unknown(type, `event type ${type} is not known to this SDK`)
  const decoded = decoder(raw)
  return Either.isRight(decoded)
    ? decoded.right
    : unknown(type, ParseResult.TreeFormatter.formatErrorSync(decoded.left))
}

/**
 * A type guard for one known event type, for `Stream.filter` and friends.
 */
export const is = <T extends KnownType>(type: T) => (event: SessionEvent): event is EventOf<T> => event.type === type

/**
 * Whether the event could not be decoded.
 */
export const isUnknown = (event: SessionEvent): event is UnknownEvent => event.type === "unknown"

/**
 * The known event types.
 */
export const knownTypes: ReadonlyArray<KnownType> = Generated.sessionEventTypes
