import { describe, expect, it } from "@effect/vitest"
import { Either, ParseResult, Schema } from "effect"
import { SessionEvent } from "effect-copilot"
import { SessionEvents as Generated } from "../src/generated/SessionEvents.js"

const base = { id: "e1", timestamp: "2026-01-02T03:04:05.000Z", parentId: null }

describe("SessionEvent.decode", () => {
  it("decodes a known event by its type, with times as Date and unknown members ignored", () => {
    const event = SessionEvent.decode({
      ...base,
      ephemeral: true,
      type: "assistant.message_delta",
      data: { messageId: "m1", deltaContent: "Hel" },
      extra: 1
    })
    expect(SessionEvent.is("assistant.message_delta")(event)).toBe(true)
    if (event.type !== "assistant.message_delta") throw new Error("not decoded")
    expect(event.data.deltaContent).toBe("Hel")
    expect(event.timestamp).toEqual(new Date("2026-01-02T03:04:05.000Z"))
  })

  it("keeps an event of a type it does not know, with its raw data", () => {
    const raw = { ...base, type: "model.turn_started", data: { turn: 3 } }
    const event = SessionEvent.decode(raw)
    expect(SessionEvent.isUnknown(event)).toBe(true)
    expect(event).toMatchObject({ type: "unknown", originalType: "model.turn_started", id: "e1", raw })
  })

  it("keeps a known type whose data does not match, saying why", () => {
    const raw = { ...base, ephemeral: true, type: "assistant.message_delta", data: { messageId: 7 } }
    const event = SessionEvent.decode(raw)
    if (event.type !== "unknown") throw new Error("decoded a bad event")
    expect(event.originalType).toBe("assistant.message_delta")
    expect(event.reason).toContain("messageId")
    expect(event.reason).toContain("Expected string, actual 7")
    expect(event.raw).toBe(raw)
  })

  it("never throws, whatever it is given", () => {
    for (const raw of [null, 42, "text", [], {}, { type: 5 }]) {
      expect(SessionEvent.decode(raw).type).toBe("unknown")
    }
  })
})

describe("SessionEvent.decode of the streamed-answer events", () => {
  // The Schema decode, as SessionEvent.decode did it for every type before the
  // hand-written decoders of the events a streamed answer is made of.
  const bySchema = (raw: unknown): SessionEvent.SessionEvent => {
    const type = (raw as { readonly type: string }).type
    const schema = (Generated.eventSchemas as unknown as Record<string, Schema.Schema<SessionEvent.KnownEvent, unknown>>)[type]!
    const decoded = Schema.decodeUnknownEither(schema, { onExcessProperty: "ignore" })(raw)
    return Either.isRight(decoded)
      ? decoded.right
      : { type: "unknown", originalType: type, id: (raw as { readonly id?: unknown }).id as string, raw, reason: ParseResult.TreeFormatter.formatErrorSync(decoded.left) }
  }
  const envelope = { id: "e1", timestamp: "2026-01-02T03:04:05.000Z", parentId: "e0", ephemeral: true }
  const variants = (type: string, data: ReadonlyArray<unknown>): ReadonlyArray<unknown> => [
    ...data.map((d) => ({ ...envelope, type, data: d })),
    { ...envelope, type, data: data[0], parentId: null },
    { ...envelope, type, data: data[0], agentId: "a1" },
    { ...envelope, type, data: data[0], agentId: null },
    { ...envelope, type, data: data[0], agentId: 7 },
    { ...envelope, type, data: data[0], extra: { nested: true } },
    { ...envelope, type, data: data[0], ephemeral: false },
    { ...envelope, type, data: data[0], ephemeral: undefined },
    { ...envelope, type, data: data[0], timestamp: "not a date" },
    { ...envelope, type, data: data[0], timestamp: 1767322800000 },
    { ...envelope, type, data: data[0], id: undefined },
    { ...envelope, type, data: data[0], parentId: undefined },
    { type, data: data[0] },
    { ...envelope, type },
    { ...envelope, type, data: null },
    { ...envelope, type, data: [data[0]] }
  ]
  const cases = [
    ...variants("assistant.message_delta", [
      { messageId: "m1", deltaContent: "Hel" },
      { messageId: "m1", deltaContent: "" },
      { messageId: "m1", deltaContent: "lo", parentToolCallId: "t1" },
      { messageId: "m1", deltaContent: "lo", parentToolCallId: null },
      { messageId: "m1", deltaContent: "lo", parentToolCallId: 3 },
      { messageId: "m1", deltaContent: "lo", more: [1, 2] },
      { messageId: "m1" },
      { messageId: 1, deltaContent: "x" },
      { deltaContent: "x" }
    ]),
    ...variants("assistant.streaming_delta", [
      { totalResponseSizeBytes: 120 },
      { totalResponseSizeBytes: 0, more: "x" },
      { totalResponseSizeBytes: "120" },
      { totalResponseSizeBytes: null },
      {}
    ])
  ]

  it("decodes each input exactly as the event's Schema does: the same members in the same order, or unknown with the same reason", () => {
    for (const raw of cases) {
      const fast = SessionEvent.decode(raw)
      const slow = bySchema(raw)
      expect(fast, JSON.stringify(raw)).toStrictEqual(slow)
      expect(JSON.stringify(fast)).toBe(JSON.stringify(slow))
    }
  })

  it("gives the decoded event's members their decoded types", () => {
    const event = SessionEvent.decode({ ...envelope, type: "assistant.message_delta", data: { messageId: "m1", deltaContent: "Hi" } })
    if (event.type !== "assistant.message_delta") throw new Error("not decoded")
    expect(event.timestamp).toBeInstanceOf(Date)
    expect(event).toStrictEqual({
      id: "e1",
      timestamp: new Date("2026-01-02T03:04:05.000Z"),
      parentId: "e0",
      ephemeral: true,
      type: "assistant.message_delta",
      data: { messageId: "m1", deltaContent: "Hi" }
    })
  })
})
