/**
 * The session's UI dialogs on the real runtime, offline. A session whose
 * client answers elicitations (`onElicitationRequest`) has the elicitation
 * capability: its own dialogs reach its handler as `elicitation.requested`
 * and come back typed. A headless session with no such client has no
 * capability: the dialogs fail at once.
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Option, Ref } from "effect"
import { CopilotSession, type Handlers } from "effect-copilot"
import { RealRuntime } from "./support.js"

layer(RealRuntime, { excludeTestServices: true })("UI dialogs on the real runtime", (it) => {
  it.effect("a session with an elicitation handler shows its dialogs through it: confirm, select, input, a form", () =>
    Effect.gen(function*() {
      const asked = yield* Ref.make<ReadonlyArray<Handlers.ElicitationRequest>>([])
      const answer = (request: Handlers.ElicitationRequest): Handlers.ElicitationResponse => {
        const fields = Object.keys(request.requestedSchema?.properties ?? {})
        if (fields.includes("confirmed")) return { action: "accept", content: { confirmed: true } }
        if (fields.includes("selection")) return { action: "accept", content: { selection: "staging" } }
        if (fields.includes("value")) return { action: "accept", content: { value: "v1.2.3" } }
        if (fields.includes("replicas")) return { action: "accept", content: { replicas: 3, region: "eu" } }
        return { action: "decline" }
      }
      const result = yield* CopilotSession.withSession(
        {
          onElicitationRequest: (request) => Effect.as(Ref.update(asked, (all) => [...all, request]), answer(request))
        },
        (session) =>
          Effect.gen(function*() {
            const capabilities = yield* session.capabilities
            const confirmed = yield* session.ui.confirm("Deploy now?")
            const target = yield* session.ui.select("Deploy where?", ["staging", "production"])
            const version = yield* session.ui.input("Which version?", { title: "Version", maxLength: 20 })
            const form = yield* session.ui.elicitation(
              {
                type: "object",
                properties: { replicas: { type: "integer", minimum: 1 }, region: { type: "string", enum: ["eu", "us"] } },
                required: ["replicas"]
              },
              "How should it run?"
            )
            return { capabilities, confirmed, target, version, form }
          })
      )
      expect(result.capabilities.ui?.elicitation).toBe(true)
      expect(result.confirmed).toBe(true)
      expect(result.target).toEqual(Option.some("staging"))
      expect(result.version).toEqual(Option.some("v1.2.3"))
      expect(result.form).toEqual({ action: "accept", content: { replicas: 3, region: "eu" } })
      const requests = yield* Ref.get(asked)
      expect(requests.map((request) => request.message)).toEqual([
        "Deploy now?",
        "Deploy where?",
        "Which version?",
        "How should it run?"
      ])
      expect(requests[1]?.requestedSchema?.properties?.["selection"]).toEqual({ type: "string", enum: ["staging", "production"] })
      expect(requests[2]?.requestedSchema?.properties?.["value"]).toEqual({ type: "string", title: "Version", maxLength: 20 })
    }), 120_000)

  it.effect("a declined dialog reads as false or none", () =>
    Effect.gen(function*() {
      const result = yield* CopilotSession.withSession(
        { onElicitationRequest: () => Effect.succeed({ action: "decline" as const }) },
        (session) => Effect.all([session.ui.confirm("Sure?"), session.ui.select("Which?", ["a", "b"]), session.ui.input("Name?")])
      )
      expect(result).toEqual([false, Option.none(), Option.none()])
    }), 120_000)

  it.effect("a headless session with no elicitation handler has no capability: every dialog fails at once, typed", () =>
    Effect.gen(function*() {
      const [capabilities, errors] = yield* CopilotSession.withSession({}, (session) =>
        Effect.all([
          session.capabilities,
          Effect.all([
            Effect.flip(session.ui.confirm("Sure?")),
            Effect.flip(session.ui.select("Which?", ["a"])),
            Effect.flip(session.ui.input("Name?")),
            Effect.flip(session.ui.elicitation({ type: "object", properties: {} }, "Form"))
          ])
        ]))
      expect(capabilities.ui?.elicitation).toBe(false)
      expect(errors.map((error) => error._tag)).toEqual(Array(4).fill("ElicitationUnavailable"))
      expect(errors[0]?.message).toMatch(
        /^Elicitation is not supported by the host\. Check session\.capabilities\.ui\?\.elicitation before calling UI methods\. Session .+ cannot show dialogs \(confirm was asked for\)/
      )
    }), 120_000)
})
