/**
 * The scripted model's model APIs on the wire: the request bodies it reads
 * (chat completions, Anthropic Messages) and how a turn is written in each
 * API's format (chat-completion chunks and JSON, the responses API's events,
 * Anthropic Messages events and JSON). Pure functions of a turn; the server
 * in `../ScriptedModel.ts` decides which turn. A new model API's format goes
 * here.
 *
 * @internal
 *
 * @since 0.2.0
 */
import { HttpServerResponse } from "@effect/platform"
import { Option, Schema, Stream } from "effect"
import * as Snapshots from "../Snapshots.js"

/**
 * A turn the scripted model answers with.
 *
 * @since 0.2.0
 */
export type Turn = Snapshots.AssistantTurn

// ---------------------------------------------------------------------------
// Wire shapes
// ---------------------------------------------------------------------------

/**
 * The fields of a chat-completions request body that the server uses.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const body: unknown
 *
 * Schema.decodeUnknown(ScriptedModel.ChatCompletionRequest)(body)
 * ```
 *
 * @since 0.1.0
 */
export const ChatCompletionRequest = Schema.Struct({
  model: Schema.optional(Schema.String),
  messages: Schema.Array(Snapshots.ChatMessage),
  stream: Schema.optional(Schema.Boolean)
})
/**
 * @see ChatCompletionRequest
 *
 * @since 0.1.0
 */
export type ChatCompletionRequest = typeof ChatCompletionRequest.Type

/**
 * @since 0.2.0
 */
export const decodeChatRequest = Schema.decodeUnknownOption(ChatCompletionRequest)

/**
 * The fields of an Anthropic Messages request body (`POST /v1/messages`)
 * that the server uses: a provider of type `"anthropic"` pointed at the
 * scripted model sends these.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const body: unknown
 *
 * Schema.decodeUnknown(ScriptedModel.MessagesRequest)(body)
 * ```
 *
 * @since 0.2.0
 */
export const MessagesRequest = Schema.Struct({
  model: Schema.optional(Schema.String),
  messages: Schema.Array(Schema.Struct({ role: Schema.String, content: Schema.Unknown })),
  stream: Schema.optional(Schema.Boolean)
})
/**
 * @see MessagesRequest
 *
 * @since 0.2.0
 */
export type MessagesRequest = typeof MessagesRequest.Type

/**
 * @since 0.2.0
 */
export const decodeMessagesRequest = Schema.decodeUnknownOption(MessagesRequest)

/**
 * @since 0.2.0
 */
export const TextBlock = Schema.Struct({ type: Schema.Literal("text"), text: Schema.String })

/**
 * The text of the last user message of a Messages request (its text blocks, joined).
 *
 * @since 0.2.0
 */
export const lastAnthropicUserText = (messages: MessagesRequest["messages"]): string => {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]
    if (message === undefined || message.role !== "user") continue
    if (typeof message.content === "string") return Snapshots.stripDatetime(message.content)
    if (Array.isArray(message.content)) {
      const texts = message.content.flatMap((block) => Option.toArray(Schema.decodeUnknownOption(TextBlock)(block)))
      if (texts.length > 0) return Snapshots.stripDatetime(texts.map((block) => block.text).join("\n"))
    }
  }
  return ""
}


// ---------------------------------------------------------------------------
// A turn in each format
// ---------------------------------------------------------------------------

/**
 * Splits text into word-sized pieces so streaming deltas are observable.
 *
 * @since 0.2.0
 */
export const splitText = (text: string): ReadonlyArray<string> => text.match(/\S+\s*|\s+/g) ?? []

/**
 * @since 0.2.0
 */
export const halves = (text: string): ReadonlyArray<string> => {
  const chars = Array.from(text)
  if (chars.length < 2) return [text]
  const middle = Math.ceil(chars.length / 2)
  return [chars.slice(0, middle).join(""), chars.slice(middle).join("")]
}

/**
 * @since 0.2.0
 */
export const estimateTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4))

/**
 * @since 0.2.0
 */
export const encoder = new TextEncoder()

/**
 * @since 0.2.0
 */
export const lastUserMessage = (messages: ReadonlyArray<Snapshots.ChatMessage>): string => {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]
    if (message !== undefined && message.role === "user") {
      return Snapshots.stripDatetime(Snapshots.contentText(message.content))
    }
  }
  return ""
}

/**
 * @since 0.2.0
 */
export const errorBody = (status: number, message: string, type: string) =>
  HttpServerResponse.unsafeJson({ error: { message, type, code: String(status) } }, { status })

/**
 * @since 0.2.0
 */
export const chunkStream = (model: string, turn: Turn, created: number, id: string) => {
  const base = { id, object: "chat.completion.chunk", created, model }
  const chunk = (delta: unknown, finish: string | null = null, usage?: unknown) =>
    `data: ${
      JSON.stringify({
        ...base,
        choices: [{ index: 0, delta, finish_reason: finish }],
        ...(usage === undefined ? {} : { usage })
      })
    }\n\n`
  const events: Array<string> = []
  let first = true
  const role = () => {
    const value = first ? { role: "assistant" } : {}
    first = false
    return value
  }
  for (const piece of splitText(turn.content)) events.push(chunk({ ...role(), content: piece }))
  turn.toolCalls.forEach((call, index) => {
    events.push(
      chunk({
        ...role(),
        tool_calls: [{ index, id: call.id, type: "function", function: { name: call.name, arguments: "" } }]
      })
    )
    for (const part of halves(call.arguments)) {
      events.push(chunk({ tool_calls: [{ index, function: { arguments: part } }] }))
    }
  })
  if (first) events.push(chunk({ role: "assistant", content: "" }))
  const completion = estimateTokens(turn.content + turn.toolCalls.map((c) => c.arguments).join(""))
  events.push(
    chunk({}, turn.toolCalls.length > 0 ? "tool_calls" : "stop", {
      prompt_tokens: 100,
      completion_tokens: completion,
      total_tokens: 100 + completion
    })
  )
  events.push("data: [DONE]\n\n")
  return Stream.fromIterable(events).pipe(Stream.map((event) => encoder.encode(event)))
}

/**
 * @since 0.2.0
 */
export const completionJson = (model: string, turn: Turn, created: number, id: string) => {
  const completion = estimateTokens(turn.content + turn.toolCalls.map((c) => c.arguments).join(""))
  return HttpServerResponse.unsafeJson({
    id,
    object: "chat.completion",
    created,
    model,
    choices: [{
      index: 0,
      message: {
        role: "assistant",
        content: turn.content === "" ? null : turn.content,
        ...(turn.toolCalls.length > 0
          ? {
            tool_calls: turn.toolCalls.map((call) => ({
              id: call.id,
              type: "function",
              function: { name: call.name, arguments: call.arguments }
            }))
          }
          : {})
      },
      finish_reason: turn.toolCalls.length > 0 ? "tool_calls" : "stop"
    }],
    usage: { prompt_tokens: 100, completion_tokens: completion, total_tokens: 100 + completion }
  })
}

/**
 * A turn as the responses API streams it: the event objects, in order
 * (over HTTP each is an SSE event, over a WebSocket each is a message).
 *
 * @since 0.2.0
 */
export const responseEvents = (model: string, turn: Turn, id: string): ReadonlyArray<Record<string, unknown>> => {
  const messageId = `msg_${id}`
  const output: Array<Record<string, unknown>> = []
  const events: Array<Record<string, unknown>> = [
    { type: "response.created", response: { id, object: "response", model, status: "in_progress", output: [] } }
  ]
  let index = 0
  if (turn.content !== "" || turn.toolCalls.length === 0) {
    const item = { id: messageId, type: "message", role: "assistant", status: "completed", content: [{ type: "output_text", text: turn.content, annotations: [] }] }
    events.push({ type: "response.output_item.added", output_index: index, item: { ...item, status: "in_progress", content: [] } })
    events.push({ type: "response.content_part.added", item_id: messageId, output_index: index, content_index: 0, part: { type: "output_text", text: "", annotations: [] } })
    for (const piece of splitText(turn.content)) {
      events.push({ type: "response.output_text.delta", item_id: messageId, output_index: index, content_index: 0, delta: piece })
    }
    events.push({ type: "response.output_text.done", item_id: messageId, output_index: index, content_index: 0, text: turn.content })
    events.push({ type: "response.output_item.done", output_index: index, item })
    output.push(item)
    index++
  }
  for (const call of turn.toolCalls) {
    const item = { id: `fc_${call.id}`, type: "function_call", status: "completed", call_id: call.id, name: call.name, arguments: call.arguments }
    events.push({ type: "response.output_item.added", output_index: index, item: { ...item, status: "in_progress", arguments: "" } })
    events.push({ type: "response.function_call_arguments.delta", item_id: item.id, output_index: index, delta: call.arguments })
    events.push({ type: "response.function_call_arguments.done", item_id: item.id, output_index: index, arguments: call.arguments })
    events.push({ type: "response.output_item.done", output_index: index, item })
    output.push(item)
    index++
  }
  const completion = estimateTokens(turn.content + turn.toolCalls.map((c) => c.arguments).join(""))
  events.push({
    type: "response.completed",
    response: {
      id,
      object: "response",
      model,
      status: "completed",
      output,
      usage: { input_tokens: 100, output_tokens: completion, total_tokens: 100 + completion }
    }
  })
  return events
}

/**
 * An Anthropic Messages stream of a turn: text and tool_use blocks, then the stop reason.
 *
 * @since 0.2.0
 */
export const messageEvents = (model: string, turn: Turn, id: string) => {
  const event = (type: string, data: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`
  const completion = estimateTokens(turn.content + turn.toolCalls.map((c) => c.arguments).join(""))
  const events: Array<string> = [
    event("message_start", {
      message: {
        id,
        type: "message",
        role: "assistant",
        model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: 100, output_tokens: 1 }
      }
    })
  ]
  let index = 0
  if (turn.content !== "") {
    events.push(event("content_block_start", { index, content_block: { type: "text", text: "" } }))
    for (const piece of splitText(turn.content)) {
      events.push(event("content_block_delta", { index, delta: { type: "text_delta", text: piece } }))
    }
    events.push(event("content_block_stop", { index }))
    index++
  }
  for (const call of turn.toolCalls) {
    events.push(event("content_block_start", { index, content_block: { type: "tool_use", id: call.id, name: call.name, input: {} } }))
    for (const part of halves(call.arguments)) {
      events.push(event("content_block_delta", { index, delta: { type: "input_json_delta", partial_json: part } }))
    }
    events.push(event("content_block_stop", { index }))
    index++
  }
  events.push(event("message_delta", {
    delta: { stop_reason: turn.toolCalls.length > 0 ? "tool_use" : "end_turn", stop_sequence: null },
    usage: { output_tokens: completion }
  }))
  events.push(event("message_stop", {}))
  return Stream.fromIterable(events).pipe(Stream.map((text) => encoder.encode(text)))
}

/**
 * @since 0.2.0
 */
export const messageJson = (model: string, turn: Turn, id: string) =>
  HttpServerResponse.unsafeJson({
    id,
    type: "message",
    role: "assistant",
    model,
    content: [
      ...(turn.content === "" ? [] : [{ type: "text", text: turn.content }]),
      ...turn.toolCalls.map((call) => ({ type: "tool_use", id: call.id, name: call.name, input: JSON.parse(call.arguments) }))
    ],
    stop_reason: turn.toolCalls.length > 0 ? "tool_use" : "end_turn",
    stop_sequence: null,
    usage: {
      input_tokens: 100,
      output_tokens: estimateTokens(turn.content + turn.toolCalls.map((c) => c.arguments).join(""))
    }
  })

/**
 * @since 0.2.0
 */
export const anthropicError = (status: number, message: string) =>
  HttpServerResponse.unsafeJson({ type: "error", error: { type: "api_error", message } }, { status })

