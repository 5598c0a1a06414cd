/**
 * The owner entity's protocol, without a cluster: session events cross
 * runners in the runtime's own JSON and arrive as the session decodes them
 * (unknown ones with their raw data), and the Rpcs that change state are
 * persisted and keyed so that a retry is the same message.
 */
import * as ClusterSchema from "@effect/cluster/ClusterSchema"
import { describe, expect, it } from "@effect/vitest"
import { Context, Predicate, PrimaryKey, Schema } from "effect"
import { SessionEvent } from "effect-copilot"
import { CopilotOwner } from "effect-copilot/cluster"

const isKeyed = (u: unknown): u is PrimaryKey.PrimaryKey => Predicate.hasProperty(u, PrimaryKey.symbol)

const wire = {
  id: "e1",
  timestamp: "2026-01-02T03:04:05.000Z",
  parentId: null,
  type: "assistant.message",
  data: { messageId: "m1", content: "Hello" }
}

describe("the owner entity's protocol", () => {
  it("a session event crosses in the runtime's JSON and decodes as the session decodes it", () => {
    const event = SessionEvent.decode(wire)
    expect(event.type).toBe("assistant.message")
    const encoded = Schema.encodeSync(CopilotOwner.SessionEventFromWire)(event)
    // Plain JSON: what msgpack or ndjson carries between runners.
    const carried = JSON.parse(JSON.stringify(encoded))
    expect(carried).toMatchObject({ id: "e1", type: "assistant.message", timestamp: "2026-01-02T03:04:05.000Z" })
    expect(Schema.decodeUnknownSync(CopilotOwner.SessionEventFromWire)(carried)).toEqual(event)
  })

  it("an event this SDK does not know crosses with its raw data", () => {
    const raw = { id: "e2", type: "brand.new", data: { x: 1 } }
    const event = SessionEvent.decode(raw)
    expect(event.type).toBe("unknown")
    const carried = JSON.parse(JSON.stringify(Schema.encodeSync(CopilotOwner.SessionEventFromWire)(event)))
    expect(carried).toEqual(raw)
    const back = Schema.decodeUnknownSync(CopilotOwner.SessionEventFromWire)(carried)
    expect(back.type === "unknown" && back.originalType).toBe("brand.new")
  })

  it("the Rpcs that change state are persisted and keyed by their turn or session; reads are not persisted", () => {
    const persisted = Object.entries(CopilotOwner.Rpcs)
      .filter(([, rpc]) => Context.get(rpc.annotations, ClusterSchema.Persisted))
      .map(([name]) => name)
      .sort()
    expect(persisted).toEqual(["CreateSession", "DeleteSession", "Send", "SendAndWait"])
    const payload = CopilotOwner.Rpcs.SendAndWait.payloadSchema.make({ sessionId: "s1", turnId: "t1", prompt: "Hi" })
    expect(isKeyed(payload) ? PrimaryKey.value(payload) : undefined).toBe("turn/t1")
  })

  it("errors cross as Schemas with their tags and fields", () => {
    const error = new CopilotOwner.TurnInterrupted({ sessionId: "s1", turnId: "t1" })
    const carried = JSON.parse(JSON.stringify(Schema.encodeSync(CopilotOwner.OwnerError)(error)))
    expect(carried).toEqual({ _tag: "TurnInterrupted", sessionId: "s1", turnId: "t1" })
    const back = Schema.decodeUnknownSync(CopilotOwner.OwnerError)(carried)
    expect(back).toBeInstanceOf(CopilotOwner.TurnInterrupted)
    expect(back.message).toContain("send it again")
  })
})
