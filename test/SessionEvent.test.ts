import { describe, expect, it } from "@effect/vitest"
import { SessionEvent } from "effect-copilot"

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
