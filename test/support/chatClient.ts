/**
 * Test helpers speaking to the scripted model over HTTP the way the runtime
 * does: chat completions (streamed or not) and decoding of the SSE stream.
 */
import { HttpClient, HttpClientRequest } from "@effect/platform"
import { Effect, Schema } from "effect"
import type { ChatMessage } from "../../src/testing/Snapshots.js"

export const StreamedToolCall = Schema.Struct({
  index: Schema.Number,
  id: Schema.optional(Schema.String),
  type: Schema.optional(Schema.String),
  function: Schema.optional(Schema.Struct({
    name: Schema.optional(Schema.String),
    arguments: Schema.optional(Schema.String)
  }))
})

export const Chunk = Schema.Struct({
  object: Schema.Literal("chat.completion.chunk"),
  model: Schema.String,
  choices: Schema.Array(Schema.Struct({
    index: Schema.Number,
    delta: Schema.Struct({
      role: Schema.optional(Schema.String),
      content: Schema.optional(Schema.String),
      tool_calls: Schema.optional(Schema.Array(StreamedToolCall))
    }),
    finish_reason: Schema.NullOr(Schema.String)
  })),
  usage: Schema.optional(Schema.Struct({
    prompt_tokens: Schema.Number,
    completion_tokens: Schema.Number,
    total_tokens: Schema.Number
  }))
})
export type Chunk = typeof Chunk.Type

export const ErrorBody = Schema.Struct({
  error: Schema.Struct({ message: Schema.String })
})

/** The result of a streamed chat completion, reassembled. */
export interface Streamed {
  readonly status: number
  readonly contentType: string
  readonly chunks: ReadonlyArray<Chunk>
  readonly done: boolean
  readonly text: string
  readonly toolCalls: ReadonlyArray<{ readonly id: string; readonly name: string; readonly arguments: string }>
  readonly finishReason: string | null
}

const decodeChunk = Schema.decodeUnknown(Schema.parseJson(Chunk))

/** Parses a `text/event-stream` body of chat completion chunks. */
export const parseSse = (body: string) =>
  Effect.gen(function*() {
    const chunks: Array<Chunk> = []
    let done = false
    for (const event of body.split("\n\n")) {
      const data = event.split("\n").filter((line) => line.startsWith("data: ")).map((line) => line.slice(6)).join("\n")
      if (data === "") continue
      if (data === "[DONE]") {
        done = true
        continue
      }
      chunks.push(yield* decodeChunk(data))
    }
    let text = ""
    let finishReason: string | null = null
    const calls = new Map<number, { id: string; name: string; arguments: string }>()
    for (const chunk of chunks) {
      for (const choice of chunk.choices) {
        text += choice.delta.content ?? ""
        for (const call of choice.delta.tool_calls ?? []) {
          const current = calls.get(call.index) ?? { id: "", name: "", arguments: "" }
          calls.set(call.index, {
            id: call.id ?? current.id,
            name: current.name + (call.function?.name ?? ""),
            arguments: current.arguments + (call.function?.arguments ?? "")
          })
        }
        if (choice.finish_reason !== null) finishReason = choice.finish_reason
      }
    }
    return { chunks, done, text, finishReason, toolCalls: [...calls.values()] }
  })

/** Posts a streamed chat completion and reassembles the answer. */
export const streamChat = (baseUrl: string, messages: ReadonlyArray<ChatMessage>, model = "claude-sonnet-4.5") =>
  Effect.gen(function*() {
    const client = yield* HttpClient.HttpClient
    const response = yield* client.execute(
      HttpClientRequest.post(`${baseUrl}/chat/completions`).pipe(
        HttpClientRequest.bearerToken("scripted-model-token"),
        HttpClientRequest.bodyUnsafeJson({ model, messages, stream: true, stream_options: { include_usage: true } })
      )
    )
    const body = yield* response.text
    const contentType = response.headers["content-type"] ?? ""
    if (response.status !== 200) {
      return {
        status: response.status,
        contentType,
        chunks: [],
        done: false,
        text: body,
        toolCalls: [],
        finishReason: null
      } satisfies Streamed
    }
    const parsed = yield* parseSse(body)
    return { status: response.status, contentType, ...parsed } satisfies Streamed
  })

/** A user message with the `<current_datetime>` block the runtime adds. */
export const userMessage = (text: string): ChatMessage => ({
  role: "user",
  content: `<current_datetime>2026-01-02T03:04:05.678+00:00</current_datetime>\n\n${text}`
})

export const systemMessage = (workdir = "/tmp/some-workdir"): ChatMessage => ({
  role: "system",
  content:
    `You are GitHub Copilot.\n<environment_context>\n* Current working directory: ${workdir}\n* Operating System: linux\n</environment_context>`
})
