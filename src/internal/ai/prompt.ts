/**
 * An `@effect/ai` Prompt as one Copilot turn. `LanguageModel` hands the whole
 * conversation to every call, while a Copilot session keeps its own history;
 * each call therefore runs in a fresh session, and the prompt is rendered
 * into it:
 *
 * - system messages → the session's system message (joined in order);
 * - the last message, which must be a user message → the message sent, its
 *   files as attachments;
 * - everything before it (user, assistant, tool messages) → a transcript at
 *   the top of the message sent, so the model sees the conversation as
 *   context.
 *
 * What cannot be rendered is a `Left` with the reason.
 *
 * @internal
 */
import type * as Prompt from "@effect/ai/Prompt"
import { Either, Encoding } from "effect"
import { fileURLToPath } from "node:url"
import type { MessageOptions } from "../sessionMethods.js"

/** An attachment of `session.send`. */
export type Attachment = NonNullable<MessageOptions["attachments"]>[number]

/** What a Prompt becomes. */
export interface RenderedPrompt {
  /** The system message content, if the prompt has system messages. */
  readonly system: string | undefined
  /** The message to send. */
  readonly prompt: string
  readonly attachments: ReadonlyArray<Attachment>
}

const json = (value: unknown): string => JSON.stringify(value) ?? "null"

const fileLabel = (part: Prompt.FilePart): string => part.fileName ?? part.mediaType

/** A file part as an attachment: bytes and base64 text inline, `file:` URLs by path. */
const fileAttachment = (part: Prompt.FilePart): Either.Either<Attachment, string> => {
  const displayName = part.fileName
  if (part.data instanceof Uint8Array) {
    return Either.right({
      type: "blob",
      data: Encoding.encodeBase64(part.data),
      mimeType: part.mediaType,
      ...(displayName === undefined ? {} : { displayName })
    })
  }
  if (part.data instanceof URL) {
    if (part.data.protocol === "file:") {
      const path = fileURLToPath(part.data)
      return Either.right({ type: "file", path, displayName: displayName ?? path })
    }
    return Either.left(
      `file "${fileLabel(part)}" is given by the URL ${part.data.protocol}//…; the Copilot runtime takes files as bytes, base64 or file: URLs`
    )
  }
  return Either.right({
    type: "blob",
    data: part.data,
    mimeType: part.mediaType,
    ...(displayName === undefined ? {} : { displayName })
  })
}

const transcriptLine = (message: Exclude<Prompt.Message, Prompt.SystemMessage>): ReadonlyArray<string> => {
  switch (message.role) {
    case "user":
      return message.content.map((part) =>
        part.type === "text" ? `user: ${part.text}` : `user: [attached file: ${fileLabel(part)}]`
      )
    case "assistant":
      return message.content.flatMap((part): ReadonlyArray<string> => {
        switch (part.type) {
          case "text":
            return [`assistant: ${part.text}`]
          case "reasoning":
            return []
          case "file":
            return [`assistant: [file: ${fileLabel(part)}]`]
          case "tool-call":
            return [`assistant called tool ${part.name} (call ${part.id}) with ${json(part.params)}`]
          case "tool-result":
            return [`tool ${part.name} (call ${part.id}) ${part.isFailure ? "failed with" : "returned"} ${json(part.result)}`]
        }
      })
    case "tool":
      return message.content.map((part) =>
        `tool ${part.name} (call ${part.id}) ${part.isFailure ? "failed with" : "returned"} ${json(part.result)}`
      )
  }
}

/**
 * Renders a prompt; `jsonInstruction` (for `generateObject`) is appended to
 * the message sent.
 */
export const render = (
  prompt: Prompt.Prompt,
  jsonInstruction?: string | undefined
): Either.Either<RenderedPrompt, string> => {
  const system: Array<string> = []
  const conversation: Array<Exclude<Prompt.Message, Prompt.SystemMessage>> = []
  for (const message of prompt.content) {
    if (message.role === "system") system.push(message.content)
    else conversation.push(message)
  }
  const last = conversation[conversation.length - 1]
  if (last === undefined) {
    return Either.left("the prompt has no user message; a Copilot turn answers a user message")
  }
  if (last.role !== "user") {
    return Either.left(
      `the prompt ends with a${last.role === "assistant" ? "n assistant" : " tool"} message; a Copilot turn answers a user message, so the prompt must end with one (Copilot runs tool calls inside its turn)`
    )
  }
  const attachments: Array<Attachment> = []
  for (const message of conversation) {
    if (message.role !== "user") continue
    for (const part of message.content) {
      if (part.type !== "file") continue
      const attachment = fileAttachment(part)
      if (Either.isLeft(attachment)) return Either.left(attachment.left)
      attachments.push(attachment.right)
    }
  }
  const history = conversation.slice(0, -1).flatMap(transcriptLine)
  const question = last.content.filter((part) => part.type === "text").map((part) => part.text).join("\n")
  const sections = [
    ...(history.length > 0
      ? [`The conversation so far:\n<conversation>\n${history.join("\n")}\n</conversation>`]
      : []),
    question,
    ...(jsonInstruction === undefined ? [] : [jsonInstruction])
  ].filter((section) => section !== "")
  if (sections.length === 0 && attachments.length === 0) {
    return Either.left("the last user message is empty")
  }
  return Either.right({
    system: system.length > 0 ? system.join("\n\n") : undefined,
    prompt: sections.join("\n\n"),
    attachments
  })
}
