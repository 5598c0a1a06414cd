/**
 * What the runtime sent the scripted model, read per test: the model is shared
 * by all the tests of a file, so requests are picked by the test's own prompt.
 */
import { Effect, Option, Schema } from "effect"
import { type CopilotSession, SessionEvent } from "effect-copilot"
import { ScriptedModel, Snapshots } from "effect-copilot/testing"
import { sendAndCollect } from "./support.js"

const ChatTool = Schema.Struct({
  type: Schema.optional(Schema.String),
  function: Schema.Struct({
    name: Schema.String,
    description: Schema.optional(Schema.String),
    parameters: Schema.optional(Schema.Unknown)
  })
})

const ChatBody = Schema.Struct({
  messages: Schema.Array(Snapshots.ChatMessage),
  tools: Schema.optional(Schema.Array(ChatTool))
})
const decodeChatBody = Schema.decodeUnknownOption(ChatBody)

/** One chat completion request, as the model saw it. */
export interface ChatRequest {
  readonly messages: ReadonlyArray<Snapshots.ChatMessage>
  /** The system prompt (all system messages, joined). */
  readonly system: string
  /** Names of the tools offered, in order. */
  readonly toolNames: ReadonlyArray<string>
  readonly tools: ReadonlyArray<typeof ChatTool.Type>
  /** Tool results by `tool_call_id`. */
  readonly toolResults: Readonly<Record<string, string>>
}

const toChatRequest = (body: typeof ChatBody.Type): ChatRequest => {
  const toolResults: Record<string, string> = {}
  for (const message of body.messages) {
    if (message.role === "tool" && message.tool_call_id !== undefined) {
      toolResults[message.tool_call_id] = Snapshots.contentText(message.content)
    }
  }
  return {
    messages: body.messages,
    system: body.messages.filter((m) => m.role === "system").map((m) => Snapshots.contentText(m.content)).join("\n"),
    toolNames: (body.tools ?? []).map((tool) => tool.function.name),
    tools: body.tools ?? [],
    toolResults
  }
}

/** The chat completion requests whose first user message contains `prompt`, in order. */
export const chatRequests = (prompt: string) =>
  Effect.gen(function*() {
    const model = yield* ScriptedModel.ScriptedModel
    const requests = yield* model.requests
    return requests.flatMap((request) => {
      if (request.path !== "/chat/completions") return []
      return Option.match(Option.flatMap(request.body, decodeChatBody), {
        onNone: () => [],
        onSome: (body) => {
          const firstUser = body.messages.find((m) => m.role === "user")
          return firstUser !== undefined && Snapshots.contentText(firstUser.content).includes(prompt)
            ? [toChatRequest(body)]
            : []
        }
      })
    })
  })

/** The last chat completion request of the conversation started by `prompt`. */
export const lastChatRequest = (prompt: string) =>
  Effect.flatMap(chatRequests(prompt), (requests) => {
    const last = requests[requests.length - 1]
    return last === undefined
      ? Effect.dieMessage(`the model received no chat request for the prompt ${JSON.stringify(prompt)}`)
      : Effect.succeed(last)
  })

/** How many chat requests went unanswered so far; pass it to {@link expectModelDone}. */
export const checkpoint = Effect.flatMap(ScriptedModel.ScriptedModel, (model) => Effect.map(model.unmatched, (u) => u.length))

/** Fails the test when scripted answers were left unused, or requests went unanswered since `since`. */
export const expectModelDone = (since: number) =>
  Effect.gen(function*() {
    const model = yield* ScriptedModel.ScriptedModel
    const pending = yield* model.pending
    const unmatched = (yield* model.unmatched).slice(since)
    if (pending.length > 0) return yield* Effect.dieMessage(`${pending.length} scripted answers were never requested`)
    if (unmatched.length > 0) {
      return yield* Effect.dieMessage(`unanswered chat requests: ${unmatched.map((u) => u.message).join("\n")}`)
    }
  })

/** The events of one turn and the text of its last assistant message. */
export interface Turn {
  readonly events: ReadonlyArray<SessionEvent.SessionEvent>
  readonly answer: string | undefined
}

/** Sends `prompt` and collects the turn's events until `session.idle` (or `session.error`), within 30 s. */
export const runTurn = (session: CopilotSession.CopilotSessionService, prompt: string) =>
  sendAndCollect(session, prompt).pipe(
    Effect.timeoutFail({
      duration: "30 seconds",
      onTimeout: () => new Error(`the turn for ${JSON.stringify(prompt)} did not end within 30 s`)
    }),
    Effect.map((events): Turn => {
      const messages = events.filter(SessionEvent.is("assistant.message"))
      return { events, answer: messages[messages.length - 1]?.data.content }
    })
  )

/** The events of one known type. */
export const eventsOf = <T extends SessionEvent.KnownType>(turn: Turn, type: T) =>
  turn.events.filter(SessionEvent.is(type))
