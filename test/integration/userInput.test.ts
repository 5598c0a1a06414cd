/**
 * The runtime asking the user: ask_user → onUserInputRequest, elicitation
 * forms → onElicitationRequest, plan-mode exit and auto-mode switch offers;
 * failing and missing handlers.
 * Scenarios: recordings/ask_user/*, elicitation/*, mode_handlers/*.
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Option, Ref } from "effect"
import type { Handlers, SessionEvent } from "effect-copilot"
import { CopilotSession } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
// session.ui.elicitation has no dedicated method on the session; `session.call`
// takes the generated declaration, which the package does not export yet.
import { Methods } from "effect-copilot"
import { sendAndCollect, useRecording } from "./support.js"

/** The content of the tool message the runtime sent back for a call. */
const toolResult = (toolCallId: string) =>
  Effect.gen(function*() {
    const model = yield* ScriptedModel.ScriptedModel
    const requests = yield* model.chatMessages
    for (const messages of [...requests].reverse()) {
      const found = messages.find((message) => message.role === "tool" && message.tool_call_id === toolCallId)
      if (found !== undefined) return typeof found.content === "string" ? found.content : JSON.stringify(found.content)
    }
    return undefined
  })

const texts = (events: ReadonlyArray<SessionEvent.SessionEvent>) =>
  events.flatMap((event) => (event.type === "assistant.message" && event.data.content !== "" ? [event.data.content] : []))

layer(TestRuntime.layer(), { excludeTestServices: true })("the runtime asks the user", (it) => {
  it.effect("ask_user with choices reaches onUserInputRequest (should_receive_choices_in_user_input_request)", () =>
    Effect.gen(function*() {
      yield* useRecording("ask_user/should_receive_choices_in_user_input_request.yaml")
      const asked = yield* Ref.make<ReadonlyArray<Handlers.UserInputRequest>>([])
      const answer = yield* CopilotSession.withSession({
        onUserInputRequest: (request, ctx) =>
          Effect.gen(function*() {
            expect(ctx.sessionId.length).toBeGreaterThan(0)
            yield* Ref.update(asked, (all) => [...all, request])
            return { answer: request.choices?.[0] ?? "none", wasFreeform: false }
          })
      }, (session) =>
        session.sendAndWait(
          "Use the ask_user tool to ask me to pick between exactly two options: 'Red' and 'Blue'. These should be provided as choices. Wait for my answer."
        ))
      const requests = yield* Ref.get(asked)
      expect(requests).toHaveLength(1)
      expect(requests[0]).toMatchObject({ question: "Please pick one of the following options:", choices: ["Red", "Blue"] })
      expect(Option.map(answer, (event) => event.data.content)).toEqual(Option.some("You selected **Red**."))
      expect(yield* toolResult("toolcall_0")).toBe("User selected: Red")
    }))

  it.effect("a freeform answer travels back to the model (should_handle_freeform_user_input_response)", () =>
    Effect.gen(function*() {
      yield* useRecording("ask_user/should_handle_freeform_user_input_response.yaml")
      const freeform = "This is my custom freeform answer that was not in the choices"
      const asked = yield* Ref.make<Option.Option<Handlers.UserInputRequest>>(Option.none())
      const answer = yield* CopilotSession.withSession({
        onUserInputRequest: (request) => Effect.as(Ref.set(asked, Option.some(request)), { answer: freeform, wasFreeform: true })
      }, (session) =>
        session.sendAndWait(
          "Ask me a question using ask_user and then include my answer in your response. The question should be 'What is your favorite color?'"
        ))
      const request = Option.getOrThrow(yield* Ref.get(asked))
      expect(request.question).toBe("What is your favorite color?")
      expect(request.choices ?? []).toEqual([])
      expect(request.allowFreeform).not.toBe(false)
      expect(yield* toolResult("toolcall_0")).toBe(`User responded: ${freeform}`)
      expect(Option.map(answer, (event) => event.data.content)).toEqual(Option.some(`You answered: "${freeform}"`))
    }))

  it.effect("a failing user input handler gives the runtime an error answer, and the session keeps working", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("ask_user", { question: "Which branch?", choices: ["main", "dev"] }, "ask_failing")
      yield* model.reply("I could not ask you.")
      yield* model.reply("Still here.")
      const calls = yield* Ref.make(0)
      yield* CopilotSession.withSession({
        onUserInputRequest: () => Effect.zipRight(Ref.update(calls, (n) => n + 1), Effect.fail("the user walked away"))
      }, (session) =>
        Effect.gen(function*() {
          const events = yield* sendAndCollect(session, "Ask me which branch")
          expect(events.map((event) => event.type)).not.toContain("session.error")
          expect(texts(events)).toEqual(["I could not ask you."])
          // The runtime turns the error answer into a "could not answer" result for the model.
          const completed = events.find((event) => event.type === "user_input.completed")
          expect(completed?.type === "user_input.completed" && completed.data.answer).toMatch(/unable to respond due to an error/)
          const again = yield* session.sendAndWait("Are you still there?")
          expect(Option.map(again, (event) => event.data.content)).toEqual(Option.some("Still here."))
        }))
      expect(yield* Ref.get(calls)).toBe(1)
      const result = yield* toolResult("ask_failing")
      expect(result).toBeDefined()
      expect(result).toMatch(/unable to respond due to an error/)
    }))

  it.effect("without a user input handler the runtime answers ask_user with an error", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("ask_user", { question: "Anyone?" }, "ask_unhandled")
      yield* model.reply("Nobody to ask.")
      const events = yield* CopilotSession.withSession({}, (session) => sendAndCollect(session, "Ask me something"))
      expect(texts(events)).toEqual(["Nobody to ask."])
      expect(events.map((event) => event.type)).not.toContain("user_input.requested")
      const result = yield* toolResult("ask_unhandled")
      expect(result).toContain("ask_user")
      expect(result).toMatch(/does not exist/)
    }))

  it.effect("the elicitation handler fills a form the session asks for (confirm, select, input, decline)", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<ReadonlyArray<Handlers.ElicitationRequest>>([])
      yield* CopilotSession.withSession({
        onElicitationRequest: (request) =>
          Effect.gen(function*(): Effect.fn.Return<Handlers.ElicitationResponse> {
            yield* Ref.update(seen, (all) => [...all, request])
            const properties = request.requestedSchema?.properties ?? {}
            if ("confirmed" in properties) return { action: "accept" as const, content: { confirmed: true } }
            if ("color" in properties) return { action: "accept" as const, content: { color: "blue" } }
            if ("name" in properties) return { action: "accept" as const, content: { name: "Ada" } }
            return { action: "decline" as const }
          })
      }, (session) =>
        Effect.gen(function*() {
          const confirm = yield* session.call(Methods.SessionUiElicitation, {
            message: "Deploy now?",
            requestedSchema: { type: "object", properties: { confirmed: { type: "boolean" } }, required: ["confirmed"] }
          })
          expect(confirm).toMatchObject({ action: "accept", content: { confirmed: true } })
          const select = yield* session.call(Methods.SessionUiElicitation, {
            message: "Pick a color",
            requestedSchema: {
              type: "object",
              properties: { color: { type: "string", enum: ["red", "blue"] } },
              required: ["color"]
            }
          })
          expect(select).toMatchObject({ action: "accept", content: { color: "blue" } })
          const input = yield* session.call(Methods.SessionUiElicitation, {
            message: "Your name?",
            requestedSchema: { type: "object", properties: { name: { type: "string" } } }
          })
          expect(input).toMatchObject({ action: "accept", content: { name: "Ada" } })
          const declined = yield* session.call(Methods.SessionUiElicitation, {
            message: "Anything else?",
            requestedSchema: { type: "object", properties: { other: { type: "string" } } }
          })
          expect(declined.action).toBe("decline")
        }))
      const requests = yield* Ref.get(seen)
      expect(requests.map((request) => request.message)).toEqual(["Deploy now?", "Pick a color", "Your name?", "Anything else?"])
    }))

  it.effect("the runtime reports the elicitation capability only with a handler (should_report_elicitation_capability_based_on_handler_presence)", () =>
    Effect.gen(function*() {
      const ui = (info: CopilotSession.SessionInfo) => (info.capabilities?.["ui"] ?? {}) as Record<string, unknown>
      const without = yield* CopilotSession.withSession({}, (session) => Effect.succeed(session.info))
      expect(ui(without)["elicitation"]).toBe(false)
      const withHandler = yield* CopilotSession.withSession(
        { onElicitationRequest: () => Effect.succeed({ action: "cancel" as const }) },
        (session) => Effect.succeed(session.info)
      )
      expect(ui(withHandler)["elicitation"]).toBe(true)
    }))

  it.effect("exit_plan_mode in plan mode reaches onExitPlanModeRequest (mode_handlers/should_invoke_exit_plan_mode_handler_when_model_uses_tool)", () =>
    Effect.gen(function*() {
      // The recording's conversation, scripted: in plan mode the runtime prefixes
      // the prompt with a mode notice, so the recorded history does not match it,
      // and outside plan mode exit_plan_mode is not offered to the model.
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("exit_plan_mode", {
        summary: "Greeting file implementation plan",
        actions: ["autopilot", "interactive", "exit_only"],
        recommendedAction: "interactive"
      }, "exit_plan")
      yield* model.reply("Plan approved; I will wait for the next instruction before making changes.")
      const asked = yield* Ref.make<Option.Option<Handlers.ExitPlanModeRequest>>(Option.none())
      const { answer, mode } = yield* CopilotSession.withSession({
        onExitPlanModeRequest: (request) =>
          Effect.as(Ref.set(asked, Option.some(request)), { approved: true, selectedAction: "interactive" })
      }, (session) =>
        Effect.gen(function*() {
          yield* session.mode.set("plan")
          const answer = yield* session.sendAndWait(
            "Create a brief implementation plan for adding a greeting.txt file, then request approval with exit_plan_mode."
          )
          return { answer, mode: yield* session.mode.get }
        }))
      const request = Option.getOrThrow(yield* Ref.get(asked))
      expect(request.summary).toBe("Greeting file implementation plan")
      expect(request.actions).toEqual(["autopilot", "interactive", "exit_only"])
      expect(request.recommendedAction).toBe("interactive")
      expect(mode).toBe("interactive")
      expect(yield* toolResult("exit_plan")).toMatch(/^Plan approved! Exited plan mode\./)
      expect(Option.map(answer, (event) => event.data.content)).toEqual(
        Option.some("Plan approved; I will wait for the next instruction before making changes.")
      )
    }))
})
