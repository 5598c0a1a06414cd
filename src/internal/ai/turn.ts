/**
 * A Copilot turn's events as `@effect/ai` response parts (in their encoded
 * form, which `LanguageModel` decodes against the toolkit):
 *
 * - `assistant.message_delta` → `text-start` / `text-delta`, closed by
 *   `text-end` at the `assistant.message` (streaming); `assistant.message`
 *   → a `text` part (generating);
 * - `assistant.reasoning_delta` / `assistant.reasoning` → reasoning parts;
 * - `tool.execution_start` of a toolkit tool → `tool-call` (executed by the
 *   provider: the runtime called it inside the turn), its
 *   `tool.execution_complete` → `tool-result` with the handler's encoded
 *   result;
 * - `assistant.usage` → summed into the usage of the `finish` part, whose
 *   reason is the last top-level model call's finish reason;
 * - `session.idle` after the turn's `user.message` → `finish`, the end;
 * - `session.error` → the turn failed.
 *
 * Events of sub-agents (with a `parentToolCallId`) do not make parts.
 *
 * @internal
 */
import type * as Response from "@effect/ai/Response"
import type * as AiTool from "@effect/ai/Tool"
import { HashMap, HashSet, Option } from "effect"
import type * as SessionEvent from "../sessionEvent.js"
import { argumentsDecode, type ToolOutcome } from "./toolkit.js"

/** How text reaches the caller: as deltas (`streamText`) or whole (`generateText`). */
export type Mode = "stream" | "generate"

/** The usage of a turn so far. */
export interface Usage {
  readonly inputTokens: number | undefined
  readonly outputTokens: number | undefined
  readonly reasoningTokens: number | undefined
  readonly cachedInputTokens: number | undefined
}

/** What the mapping remembers between events. */
export interface State {
  /** The turn's `user.message` was seen (an earlier `session.idle` is not this turn's end). */
  readonly started: boolean
  /** Text blocks (by message id) and reasoning blocks (by reasoning id) opened by a start part. */
  readonly openText: HashSet.HashSet<string>
  readonly openReasoning: HashSet.HashSet<string>
  /** Tool calls announced with a `tool-call` part. */
  readonly announced: HashSet.HashSet<string>
  readonly usage: Usage
  readonly finishReason: string | undefined
}

/** The state before the first event. */
export const initial: State = {
  started: false,
  openText: HashSet.empty(),
  openReasoning: HashSet.empty(),
  announced: HashSet.empty(),
  usage: { inputTokens: undefined, outputTokens: undefined, reasoningTokens: undefined, cachedInputTokens: undefined },
  finishReason: undefined
}

/** What one event produced. */
export type Step =
  | { readonly _tag: "Parts"; readonly parts: ReadonlyArray<Response.AllPartsEncoded> }
  | { readonly _tag: "Done"; readonly parts: ReadonlyArray<Response.AllPartsEncoded> }
  | { readonly _tag: "Failed"; readonly event: SessionEvent.EventOf<"session.error"> }

/** What the mapping reads besides the event. */
export interface Context {
  readonly mode: Mode
  /** The toolkit tools offered in this turn, by name. */
  readonly tools: HashMap.HashMap<string, AiTool.Any>
  /** The outcome of a tool call, once its handler returned. */
  readonly outcome: (toolCallId: string) => Option.Option<ToolOutcome>
  /** For `generateObject`: strip a Markdown code fence around the answer. */
  readonly unfenceJson: boolean
}

const none: Step = { _tag: "Parts", parts: [] }
const parts = (...list: ReadonlyArray<Response.AllPartsEncoded>): Step => ({ _tag: "Parts", parts: list })

const add = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : a + b

const fence = /^\s*```[A-Za-z0-9_-]*\s*\n([\s\S]*?)\n\s*```\s*$/
const unfence = (text: string): string => {
  const match = fence.exec(text)
  return match?.[1] ?? text
}

/**
 * The `@effect/ai` finish reason for the runtime's (OpenAI-style) one; a turn
 * that ends without one stopped normally.
 */
export const finishReason = (reason: string | undefined, aborted: boolean): Response.FinishReason => {
  if (aborted) return "other"
  switch (reason) {
    case undefined:
    case "stop":
    case "end_turn":
      return "stop"
    case "length":
    case "max_tokens":
      return "length"
    case "tool_calls":
    case "tool_use":
      return "tool-calls"
    case "content_filter":
      return "content-filter"
    default:
      return "other"
  }
}

/** The `finish` part for the state. */
export const finishPart = (state: State, aborted: boolean): Response.FinishPartEncoded => {
  const { cachedInputTokens, inputTokens, outputTokens, reasoningTokens } = state.usage
  return {
    type: "finish",
    reason: finishReason(state.finishReason, aborted),
    usage: {
      inputTokens,
      outputTokens,
      totalTokens: inputTokens === undefined && outputTokens === undefined ? undefined : add(inputTokens, outputTokens),
      ...(reasoningTokens === undefined ? {} : { reasoningTokens }),
      ...(cachedInputTokens === undefined ? {} : { cachedInputTokens })
    }
  }
}

/** Maps one event. */
export const step = (context: Context, state: State, event: SessionEvent.SessionEvent): readonly [State, Step] => {
  switch (event.type) {
    case "user.message":
      return [{ ...state, started: true }, none]
    case "assistant.message_delta": {
      if (context.mode !== "stream" || event.data.parentToolCallId !== undefined) return [state, none]
      const id = event.data.messageId
      const delta: Response.TextDeltaPartEncoded = { type: "text-delta", id, delta: event.data.deltaContent }
      return HashSet.has(state.openText, id)
        ? [state, parts(delta)]
        : [{ ...state, openText: HashSet.add(state.openText, id) }, parts({ type: "text-start", id }, delta)]
    }
    case "assistant.message": {
      if (event.data.parentToolCallId !== undefined) return [state, none]
      const id = event.data.messageId
      if (context.mode === "generate") {
        const text = context.unfenceJson ? unfence(event.data.content) : event.data.content
        return [state, text === "" ? none : parts({ type: "text", text })]
      }
      if (HashSet.has(state.openText, id)) {
        return [{ ...state, openText: HashSet.remove(state.openText, id) }, parts({ type: "text-end", id })]
      }
      // No deltas arrived for this message: stream it as one.
      return event.data.content === ""
        ? [state, none]
        : [state, parts({ type: "text-start", id }, { type: "text-delta", id, delta: event.data.content }, {
          type: "text-end",
          id
        })]
    }
    case "assistant.reasoning_delta": {
      if (context.mode !== "stream") return [state, none]
      const id = event.data.reasoningId
      const delta: Response.ReasoningDeltaPartEncoded = { type: "reasoning-delta", id, delta: event.data.deltaContent }
      return HashSet.has(state.openReasoning, id)
        ? [state, parts(delta)]
        : [{ ...state, openReasoning: HashSet.add(state.openReasoning, id) }, parts({ type: "reasoning-start", id }, delta)]
    }
    case "assistant.reasoning": {
      const id = event.data.reasoningId
      if (context.mode === "generate") {
        return [state, event.data.content === "" ? none : parts({ type: "reasoning", text: event.data.content })]
      }
      if (HashSet.has(state.openReasoning, id)) {
        return [
          { ...state, openReasoning: HashSet.remove(state.openReasoning, id) },
          parts({ type: "reasoning-end", id })
        ]
      }
      return event.data.content === ""
        ? [state, none]
        : [state, parts({ type: "reasoning-start", id }, { type: "reasoning-delta", id, delta: event.data.content }, {
          type: "reasoning-end",
          id
        })]
    }
    case "tool.execution_start": {
      const { arguments: args, parentToolCallId, toolCallId, toolName } = event.data
      if (parentToolCallId !== undefined) return [state, none]
      const tool = HashMap.get(context.tools, toolName)
      // Arguments that do not decode are answered with a failure for the
      // model and make no part: the part would not decode either.
      if (Option.isNone(tool) || !argumentsDecode(tool.value, args)) return [state, none]
      return [
        { ...state, announced: HashSet.add(state.announced, toolCallId) },
        parts({ type: "tool-call", id: toolCallId, name: toolName, params: args ?? {}, providerExecuted: true })
      ]
    }
    case "tool.execution_complete": {
      const id = event.data.toolCallId
      if (!HashSet.has(state.announced, id)) return [state, none]
      const outcome = context.outcome(id)
      if (Option.isNone(outcome)) return [state, none]
      return [state, parts({
        type: "tool-result",
        id,
        name: outcome.value.name,
        result: outcome.value.encodedResult,
        isFailure: outcome.value.isFailure,
        providerExecuted: true
      })]
    }
    case "assistant.usage": {
      const data = event.data
      const usage: Usage = {
        inputTokens: add(state.usage.inputTokens, data.inputTokens),
        outputTokens: add(state.usage.outputTokens, data.outputTokens),
        reasoningTokens: add(state.usage.reasoningTokens, data.reasoningTokens),
        cachedInputTokens: add(state.usage.cachedInputTokens, data.cacheReadTokens)
      }
      const topLevel = data.parentToolCallId === undefined
      return [{ ...state, usage, finishReason: topLevel ? data.finishReason : state.finishReason }, none]
    }
    case "session.idle": {
      if (!state.started) return [state, none]
      const closing: Array<Response.AllPartsEncoded> = []
      for (const id of state.openText) closing.push({ type: "text-end", id })
      for (const id of state.openReasoning) closing.push({ type: "reasoning-end", id })
      return [state, { _tag: "Done", parts: [...closing, finishPart(state, event.data.aborted === true)] }]
    }
    case "session.error":
      return [state, { _tag: "Failed", event }]
    default:
      return [state, none]
  }
}

/** Whether a part belongs in a `generateText` answer. */
export const isGeneratePart = (part: Response.AllPartsEncoded): part is Response.PartEncoded => {
  switch (part.type) {
    case "text":
    case "reasoning":
    case "tool-call":
    case "tool-result":
    case "file":
    case "source":
    case "response-metadata":
    case "finish":
      return true
    default:
      return false
  }
}

/** Whether a part belongs in a `streamText` stream. */
export const isStreamPart = (part: Response.AllPartsEncoded): part is Response.StreamPartEncoded =>
  part.type !== "text" && part.type !== "reasoning"
