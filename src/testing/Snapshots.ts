/**
 * Recorded model conversations (YAML) and the matcher that replays them.
 *
 * A snapshot file lists conversations as chat-completions message histories. A
 * request from the runtime matches a conversation when its messages are a prefix
 * of that conversation's messages and the next message is an assistant message:
 * that message is the answer. System messages are left out of the comparison,
 * the `<current_datetime>` block the runtime puts before user messages is
 * ignored, whitespace runs compare equal, and placeholders such as `${shell}` or
 * `${workdir}` match anything (their values are captured and substituted into
 * the answer).
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { Snapshots } from "effect-copilot/testing"
 *
 * // recordings kept in the project, e.g. under test/recordings/
 * const snapshot = Snapshots.loadRecording("tools/invokes_custom_tool.yaml").pipe(
 *   Effect.provide(Snapshots.layerDirectory("test/recordings")),
 *   Effect.provide(NodeContext.layer)
 * )
 * ```
 *
 * @since 0.1.0
 */
import { FileSystem, Path } from "@effect/platform"
import { Config, type ConfigError, Context, Data, Effect, Layer, Option, Schema } from "effect"
import * as Yaml from "yaml"

// ---------------------------------------------------------------------------
// Wire shapes
// ---------------------------------------------------------------------------

/**
 * A tool call as it appears in chat-completions messages.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const call: Snapshots.ToolCall = { id: "call_1", type: "function", function: { name: "f", arguments: "{}" } }
 * ```
 *
 * @since 0.1.0
 */
export const ToolCall = Schema.Struct({
  id: Schema.optional(Schema.String),
  type: Schema.optional(Schema.String),
  function: Schema.Struct({
    name: Schema.String,
    arguments: Schema.optional(Schema.String)
  })
})
/**
 * @see ToolCall
 *
 * @since 0.1.0
 */
export type ToolCall = typeof ToolCall.Type

/**
 * One part of a multi-part message content (`text`, `image_url`, ...).
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const part: Snapshots.ContentPart = { type: "text", text: "hello" }
 * ```
 *
 * @since 0.1.0
 */
export const ContentPart = Schema.Struct({
  type: Schema.String,
  text: Schema.optional(Schema.String)
})
/**
 * @see ContentPart
 *
 * @since 0.1.0
 */
export type ContentPart = typeof ContentPart.Type

const Scalar = Schema.Union(Schema.String, Schema.Number, Schema.Boolean)

/**
 * A chat-completions message, as the runtime sends it and as snapshot files
 * record it. Unknown fields (`copilot_cache_control`, `refusal`, ...) are dropped.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const message: Snapshots.ChatMessage = { role: "user", content: "hello" }
 * ```
 *
 * @since 0.1.0
 */
export const ChatMessage = Schema.Struct({
  role: Schema.String,
  content: Schema.optional(Schema.NullOr(Schema.Union(Scalar, Schema.Array(ContentPart)))),
  tool_calls: Schema.optional(Schema.NullOr(Schema.Array(ToolCall))),
  tool_call_id: Schema.optional(Schema.String)
})
/**
 * @see ChatMessage
 *
 * @since 0.1.0
 */
export type ChatMessage = typeof ChatMessage.Type

/**
 * One recorded conversation: a message history.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const conversation: Snapshots.Conversation = { messages: [{ role: "user", content: "hi" }, { role: "assistant", content: "hello" }] }
 * ```
 *
 * @since 0.1.0
 */
export const Conversation = Schema.Struct({
  messages: Schema.Array(ChatMessage)
})
/**
 * @see Conversation
 *
 * @since 0.1.0
 */
export type Conversation = typeof Conversation.Type

/**
 * A snapshot file: the models `GET /models` should list and the conversations.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const snapshot: Snapshots.Snapshot = { models: ["claude-sonnet-4.5"], conversations: [] }
 * ```
 *
 * @since 0.1.0
 */
export const Snapshot = Schema.Struct({
  models: Schema.optionalWith(Schema.Array(Schema.String), { default: () => [] }),
  conversations: Schema.optionalWith(Schema.Array(Conversation), { default: () => [] })
})
/**
 * @see Snapshot
 *
 * @since 0.1.0
 */
export type Snapshot = typeof Snapshot.Type

/**
 * A snapshot file could not be read, parsed or decoded.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Snapshots } from "effect-copilot/testing"
 *
 * Snapshots.load("missing.yaml").pipe(Effect.catchTag("SnapshotError", (e) => Effect.logError(e.message)))
 * ```
 *
 * @since 0.1.0
 */
export class SnapshotError extends Data.TaggedError("SnapshotError")<{
  readonly path: string
  readonly reason: string
  readonly cause?: unknown
}> {
  override get message(): string {
    return `cannot load the conversation snapshot ${this.path}: ${this.reason}`
  }
}

// ---------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------

/**
 * Parses the YAML text of a snapshot file. `path` only names it in errors.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const snapshot = Snapshots.parse("conversations: []\n")
 * ```
 *
 * @since 0.1.0
 */
export const parse = (text: string, path = "<inline>"): Effect.Effect<Snapshot, SnapshotError> =>
  Effect.try({
    try: (): unknown => Yaml.parse(text),
    catch: (cause) => new SnapshotError({ path, reason: `invalid YAML: ${String(cause)}`, cause })
  }).pipe(
    Effect.flatMap((data) =>
      Schema.decodeUnknown(Snapshot)(data ?? {}).pipe(
        Effect.mapError((cause) => new SnapshotError({ path, reason: `unexpected shape: ${cause.message}`, cause }))
      )
    )
  )

/**
 * Loads a snapshot file.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const snapshot = Snapshots.load("/path/to/tools/invokes_custom_tool.yaml")
 * ```
 *
 * @since 0.1.0
 */
export const load = (path: string): Effect.Effect<Snapshot, SnapshotError, FileSystem.FileSystem> =>
  Effect.flatMap(FileSystem.FileSystem, (fs) =>
    fs.readFileString(path).pipe(
      Effect.mapError((cause) => new SnapshotError({ path, reason: cause.message, cause })),
      Effect.flatMap((text) => parse(text, path))
    )
  )

/**
 * Where recordings are loaded from by {@link loadRecording}: a directory of
 * the caller's (relative paths were resolved against the working directory
 * when the layer was built). The test kit has no default: a project keeps its
 * recordings where it likes, e.g. `test/recordings/`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const directory = Effect.map(Snapshots.RecordingsDirectory, (recordings) => recordings.directory)
 * ```
 *
 * @since 0.2.0
 */
export class RecordingsDirectory extends Context.Tag("effect-copilot/testing/Snapshots/RecordingsDirectory")<
  RecordingsDirectory,
  { readonly directory: string }
>() {}

/**
 * Recordings from `directory` (resolved against the working directory).
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const Recordings = Snapshots.layerDirectory("test/recordings")
 * ```
 *
 * @since 0.2.0
 */
export const layerDirectory = (directory: string): Layer.Layer<RecordingsDirectory, never, Path.Path> =>
  Layer.effect(RecordingsDirectory, Effect.map(Path.Path, (path) => ({ directory: path.resolve(directory) })))

/**
 * Recordings from the directory a `Config` names; by default the
 * `COPILOT_SNAPSHOTS` variable. Fails with a `ConfigError` when it is not
 * set: there is no default directory.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * // COPILOT_SNAPSHOTS=test/recordings npx vitest
 * const Recordings = Snapshots.layerConfig()
 * ```
 *
 * @since 0.2.0
 */
export const layerConfig = (
  directory: Config.Config<string> = Config.string("COPILOT_SNAPSHOTS")
): Layer.Layer<RecordingsDirectory, ConfigError.ConfigError, Path.Path> =>
  Layer.effect(
    RecordingsDirectory,
    Effect.map(Effect.zip(directory, Path.Path), ([dir, path]) => ({ directory: path.resolve(dir) }))
  )

/**
 * Loads a recording by its path inside the {@link RecordingsDirectory}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const snapshot = Snapshots.loadRecording("tools/invokes_custom_tool.yaml").pipe(
 *   Effect.provide(Snapshots.layerDirectory("test/recordings"))
 * )
 * ```
 *
 * @since 0.2.0
 */
export const loadRecording = (
  relativePath: string
): Effect.Effect<Snapshot, SnapshotError, RecordingsDirectory | FileSystem.FileSystem | Path.Path> =>
  Effect.flatMap(Effect.zip(RecordingsDirectory, Path.Path), ([{ directory }, path]) => load(path.join(directory, relativePath)))

/**
 * The recordings (`.yaml` files) under the {@link RecordingsDirectory}, as
 * paths relative to it, sorted.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const names = Snapshots.listRecordings // Effect<ReadonlyArray<string>, SnapshotError, ...>
 * ```
 *
 * @since 0.2.0
 */
export const listRecordings: Effect.Effect<ReadonlyArray<string>, SnapshotError, RecordingsDirectory | FileSystem.FileSystem> =
  Effect.gen(function*() {
    const { directory } = yield* RecordingsDirectory
    const fs = yield* FileSystem.FileSystem
    const files = yield* fs.readDirectory(directory, { recursive: true }).pipe(
      Effect.mapError((cause) => new SnapshotError({ path: directory, reason: cause.message, cause }))
    )
    return files.filter((file) => file.endsWith(".yaml")).map((file) => file.split("\\").join("/")).sort()
  })

// ---------------------------------------------------------------------------
// Recording
// ---------------------------------------------------------------------------

/**
 * One answered model request: the messages the runtime sent and the answer
 * it got. `ScriptedModel`'s `exchanges` lists them; {@link fromExchanges}
 * turns them into a snapshot.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const exchange: Snapshots.Exchange = { messages: [{ role: "user", content: "hi" }], answer: { content: "hello", toolCalls: [] } }
 * ```
 *
 * @since 0.2.0
 */
export interface Exchange {
  readonly messages: ReadonlyArray<ChatMessage>
  readonly answer: AssistantTurn
}

const assistantMessage = (answer: AssistantTurn): ChatMessage => ({
  role: "assistant",
  ...(answer.content !== "" ? { content: answer.content } : {}),
  ...(answer.toolCalls.length > 0
    ? {
      tool_calls: answer.toolCalls.map((call) => ({
        id: call.id,
        type: "function",
        function: { name: call.name, arguments: call.arguments }
      }))
    }
    : {})
})

/** A message as it is kept in a recording: system prompts become `${system}`, user messages lose the datetime block. */
const recordedMessage = (message: ChatMessage): ChatMessage => {
  if (message.role === "system" || message.role === "developer") return { role: message.role, content: "${system}" }
  if (message.role === "user") return { role: "user", content: stripDatetime(contentText(message.content)) }
  return {
    role: message.role,
    ...(message.content !== undefined && message.content !== null ? { content: contentText(message.content) } : {}),
    ...(message.tool_calls !== undefined && message.tool_calls !== null && message.tool_calls.length > 0
      ? { tool_calls: message.tool_calls }
      : {}),
    ...(message.tool_call_id !== undefined ? { tool_call_id: message.tool_call_id } : {})
  }
}

/**
 * A snapshot of answered requests: one conversation per distinct history.
 * An exchange whose request another exchange's conversation already replays
 * (an earlier step of the same conversation) is left out, so a multi-step
 * turn becomes one conversation. Replaying the result answers the same
 * requests the same way.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel, Snapshots } from "effect-copilot/testing"
 *
 * declare const model: ScriptedModel.ScriptedModel
 *
 * const snapshot = Effect.map(model.exchanges, (exchanges) => Snapshots.fromExchanges(exchanges))
 * ```
 *
 * @since 0.2.0
 */
export const fromExchanges = (
  exchanges: ReadonlyArray<Exchange>,
  options: { readonly models?: ReadonlyArray<string> | undefined } = {}
): Snapshot => {
  const full = exchanges.map((exchange): Conversation => ({
    messages: [...exchange.messages.map(recordedMessage), assistantMessage(exchange.answer)]
  }))
  const kept = full.filter((conversation, index) => {
    const request = conversation.messages.slice(0, -1)
    return !full.some((other, otherIndex) =>
      otherIndex !== index &&
      other.messages.length > conversation.messages.length &&
      Option.isSome(matchWith([other], request, "strict", {}))
    )
  })
  return { models: options.models ?? [], conversations: kept }
}

/**
 * The YAML text of a snapshot, in the format {@link parse} reads.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const text = Snapshots.stringify({ models: [], conversations: [{ messages: [{ role: "user", content: "hi" }] }] })
 * ```
 *
 * @since 0.2.0
 */
export const stringify = (snapshot: Snapshot): string =>
  Yaml.stringify(Schema.encodeSync(Snapshot)(snapshot), { lineWidth: 0 })

/**
 * Writes a snapshot file (creating its directory).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel, Snapshots } from "effect-copilot/testing"
 *
 * declare const model: ScriptedModel.ScriptedModel
 *
 * const saved = Effect.flatMap(model.exchanges, (exchanges) =>
 *   Snapshots.save("test/recordings/my_flow.yaml", Snapshots.fromExchanges(exchanges))
 * )
 * ```
 *
 * @since 0.2.0
 */
export const save = (
  path: string,
  snapshot: Snapshot
): Effect.Effect<void, SnapshotError, FileSystem.FileSystem | Path.Path> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const paths = yield* Path.Path
    yield* fs.makeDirectory(paths.dirname(path), { recursive: true }).pipe(
      Effect.zipRight(fs.writeFileString(path, stringify(snapshot))),
      Effect.mapError((cause) => new SnapshotError({ path, reason: cause.message, cause }))
    )
  })

// ---------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------

const datetimeBlock = /^\s*<current_datetime>[\s\S]*?<\/current_datetime>\s*/

/**
 * The text of a message content: parts are joined by newlines, image parts
 * become `[image]`, `null` becomes `""`.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * Snapshots.contentText([{ type: "text", text: "look" }, { type: "image_url" }]) // "look\n[image]"
 * ```
 *
 * @since 0.1.0
 */
export const contentText = (content: ChatMessage["content"]): string => {
  if (content === undefined || content === null) return ""
  if (typeof content !== "object") return String(content)
  return content
    .map((part) => (part.text !== undefined ? part.text : part.type.startsWith("image") ? "[image]" : ""))
    .filter((text) => text !== "")
    .join("\n")
}

/**
 * Removes the `<current_datetime>…</current_datetime>` block the runtime puts
 * before each user message.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * Snapshots.stripDatetime("<current_datetime>2026-01-01T00:00:00Z</current_datetime>\n\nhello") // "hello"
 * ```
 *
 * @since 0.1.0
 */
export const stripDatetime = (text: string): string => text.replace(datetimeBlock, "")

const collapse = (text: string): string => text.replace(/\s+/g, " ").trim()

/**
 * The assistant answer a conversation gives next: text and/or tool calls.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const turn: Snapshots.AssistantTurn = { content: "done", toolCalls: [] }
 * ```
 *
 * @since 0.1.0
 */
export interface AssistantTurn {
  readonly content: string
  readonly toolCalls: ReadonlyArray<{ readonly id: string; readonly name: string; readonly arguments: string }>
}

interface Normalized {
  readonly role: string
  readonly content: string
  readonly toolCalls: ReadonlyArray<{ readonly id: string; readonly name: string; readonly arguments: string }>
  readonly toolCallId: string | undefined
}

const normalizeOne = (message: ChatMessage): Normalized => {
  const text = contentText(message.content)
  return {
    role: message.role,
    content: message.role === "user" ? stripDatetime(text) : text,
    toolCalls: (message.tool_calls ?? []).map((call, index) => ({
      id: call.id ?? `call_${index}`,
      name: call.function.name,
      arguments: call.function.arguments ?? "{}"
    })),
    toolCallId: message.tool_call_id
  }
}

/**
 * Drops system messages and merges runs of assistant messages: recordings split
 * one answer with several tool calls into consecutive assistant messages, the
 * runtime sends it back as one.
 */
const normalize = (messages: ReadonlyArray<ChatMessage>): Array<Normalized> => {
  const out: Array<Normalized> = []
  for (const message of messages) {
    if (message.role === "system" || message.role === "developer") continue
    const next = normalizeOne(message)
    const last = out[out.length - 1]
    if (next.role === "assistant" && last !== undefined && last.role === "assistant") {
      out[out.length - 1] = {
        ...last,
        content: last.content === "" ? next.content : next.content === "" ? last.content : `${last.content}${next.content}`,
        toolCalls: [...last.toolCalls, ...next.toolCalls]
      }
    } else {
      out.push(next)
    }
  }
  return out
}

// ---------------------------------------------------------------------------
// Placeholder matching
// ---------------------------------------------------------------------------

const placeholder = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** Matches `actual` against `expected` with placeholders; returns new bindings. */
const matchText = (
  expected: string,
  actual: string,
  bindings: Readonly<Record<string, string>>
): Option.Option<Record<string, string>> => {
  const want = collapse(expected)
  const got = collapse(actual)
  const names: Array<string> = []
  let source = "^"
  let last = 0
  for (const found of want.matchAll(placeholder)) {
    source += escapeRegExp(want.slice(last, found.index))
    source += "([\\s\\S]*?)"
    names.push(found[1] ?? "")
    last = (found.index ?? 0) + found[0].length
  }
  source += escapeRegExp(want.slice(last)) + "$"
  if (names.length === 0) return want === got ? Option.some({ ...bindings }) : Option.none()
  const result = new RegExp(source).exec(got)
  if (result === null) return Option.none()
  const next: Record<string, string> = { ...bindings }
  names.forEach((name, index) => {
    const value = result[index + 1]
    if (value !== undefined && next[name] === undefined) next[name] = value
  })
  return Option.some(next)
}

const parseJsonOption = Schema.decodeUnknownOption(Schema.parseJson())

/** Deep comparison of parsed JSON where expected strings may hold placeholders. */
const matchJson = (
  expected: unknown,
  actual: unknown,
  bindings: Record<string, string>
): Option.Option<Record<string, string>> => {
  if (typeof expected === "string") {
    return typeof actual === "string" ? matchText(expected, actual, bindings) : Option.none()
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return Option.none()
    let current = Option.some(bindings)
    expected.forEach((item, index) => {
      current = Option.flatMap(current, (b) => matchJson(item, actual[index], b))
    })
    return current
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return Option.none()
    const wantEntries = Object.entries(expected)
    const gotEntries = new Map(Object.entries(actual))
    if (wantEntries.length !== gotEntries.size) return Option.none()
    let current = Option.some(bindings)
    for (const [key, value] of wantEntries) {
      if (!gotEntries.has(key)) return Option.none()
      current = Option.flatMap(current, (b) => matchJson(value, gotEntries.get(key), b))
    }
    return current
  }
  return expected === actual ? Option.some(bindings) : Option.none()
}

const matchArguments = (
  expected: string,
  actual: string,
  bindings: Record<string, string>
): Option.Option<Record<string, string>> => {
  const want = parseJsonOption(expected)
  const got = parseJsonOption(actual)
  if (Option.isSome(want) && Option.isSome(got)) return matchJson(want.value, got.value, bindings)
  return matchText(expected, actual, bindings)
}

/** Context blocks the runtime adds to user messages (`<tagged_files>…</tagged_files>`, ...). */
const contextBlock = /<([A-Za-z_][\w-]*)>[\s\S]*?<\/\1>/g
const stripContextBlocks = (text: string): string => text.replace(contextBlock, "")

/**
 * How strictly recorded messages are compared with the request's.
 * `"strict"` compares everything; `"lenient"` compares tool messages by
 * `tool_call_id` only (their text, such as a runtime-generated list of tools,
 * changes between runtime versions) and user messages without the
 * `<tag>…</tag>` context blocks the runtime adds (their wording changes too).
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * const strictness: Snapshots.Strictness = "lenient"
 * ```
 *
 * @since 0.1.0
 */
export type Strictness = "strict" | "lenient"

const matchMessage = (
  expected: Normalized,
  actual: Normalized,
  bindings: Record<string, string>,
  strictness: Strictness
): Option.Option<Record<string, string>> => {
  if (expected.role !== actual.role) return Option.none()
  switch (expected.role) {
    case "tool": {
      if (expected.toolCallId !== actual.toolCallId) return Option.none()
      return strictness === "lenient" ? Option.some(bindings) : matchText(expected.content, actual.content, bindings)
    }
    case "assistant": {
      if (expected.toolCalls.length !== actual.toolCalls.length) return Option.none()
      let current: Option.Option<Record<string, string>> = Option.some(bindings)
      if (expected.content !== "") {
        current = matchText(expected.content, actual.content, bindings)
      }
      expected.toolCalls.forEach((call, index) => {
        const other = actual.toolCalls[index]
        current = Option.flatMap(current, (b) =>
          other === undefined
            ? Option.none()
            : Option.flatMap(matchText(call.name, other.name, b), (b2) => matchArguments(call.arguments, other.arguments, b2)))
      })
      return current
    }
    case "user": {
      const strict = matchText(expected.content, actual.content, bindings)
      if (Option.isSome(strict) || strictness === "strict") return strict
      return matchText(stripContextBlocks(expected.content), stripContextBlocks(actual.content), bindings)
    }
    default:
      return matchText(expected.content, actual.content, bindings)
  }
}

/**
 * Placeholder values used for `${…}` in answers when the request did not
 * reveal them: the shell tool names of the runtime on Linux and macOS.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * Snapshots.defaultPlaceholders.shell // "bash"
 * ```
 *
 * @since 0.1.0
 */
export const defaultPlaceholders: Readonly<Record<string, string>> = {
  shell: "bash",
  read_shell: "read_bash",
  stop_shell: "stop_bash",
  list_shell: "list_bash",
  write_shell: "write_bash"
}

const workdirFromSystem = (messages: ReadonlyArray<ChatMessage>): Record<string, string> => {
  for (const message of messages) {
    if (message.role !== "system") continue
    const found = /Current working directory: ([^\n]+)/.exec(contentText(message.content))
    if (found?.[1] !== undefined) return { workdir: found[1].trim() }
  }
  return {}
}

/**
 * Replaces `${name}` placeholders with their values; unknown ones stay.
 * `escape` is applied to each value (e.g. for JSON string contexts).
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * Snapshots.substitute("run ${shell}", { shell: "bash" }) // "run bash"
 * ```
 *
 * @since 0.1.0
 */
export const substitute = (
  text: string,
  values: Readonly<Record<string, string>>,
  escape: (value: string) => string = (value) => value
): string => text.replace(placeholder, (whole, name: string) => (values[name] !== undefined ? escape(values[name]) : whole))

const jsonEscape = (value: string): string => JSON.stringify(value).slice(1, -1)

/**
 * A successful match: which conversation, the answer with placeholders
 * filled in, and the placeholder values seen.
 *
 * @example
 * ```ts
 * import { Option } from "effect"
 * import { Snapshots } from "effect-copilot/testing"
 *
 * declare const conversations: ReadonlyArray<Snapshots.Conversation>
 * declare const messages: ReadonlyArray<Snapshots.ChatMessage>
 *
 * Option.map(Snapshots.match(conversations, messages), (m) => m.answer.toolCalls.map((c) => c.name))
 * ```
 *
 * @since 0.1.0
 */
export interface Match {
  readonly conversationIndex: number
  readonly answer: AssistantTurn
  readonly bindings: Readonly<Record<string, string>>
}

/**
 * Options of {@link match}.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * declare const conversations: ReadonlyArray<Snapshots.Conversation>
 * declare const messages: ReadonlyArray<Snapshots.ChatMessage>
 *
 * Snapshots.match(conversations, messages, { placeholders: { workdir: "/tmp/work" } })
 * ```
 *
 * @since 0.1.0
 */
export interface MatchOptions {
  /** Values for placeholders, overriding what the request reveals. */
  readonly placeholders?: Readonly<Record<string, string>> | undefined
}

const matchWith = (
  conversations: ReadonlyArray<Conversation>,
  request: ReadonlyArray<ChatMessage>,
  strictness: Strictness,
  options: MatchOptions
): Option.Option<Match> => {
  const actual = normalize(request)
  for (const [conversationIndex, conversation] of conversations.entries()) {
    const expected = normalize(conversation.messages)
    const next = expected[actual.length]
    if (next === undefined || next.role !== "assistant") continue
    let bindings: Option.Option<Record<string, string>> = Option.some({})
    for (const [index, message] of actual.entries()) {
      const want = expected[index]
      bindings = Option.flatMap(bindings, (b) => (want === undefined ? Option.none() : matchMessage(want, message, b, strictness)))
      if (Option.isNone(bindings)) break
    }
    if (Option.isNone(bindings)) continue
    const values = {
      ...defaultPlaceholders,
      ...workdirFromSystem(request),
      ...bindings.value,
      ...options.placeholders
    }
    return Option.some({
      conversationIndex,
      bindings: values,
      answer: {
        content: substitute(next.content, values),
        toolCalls: next.toolCalls.map((call) => ({
          id: substitute(call.id, values),
          name: substitute(call.name, values),
          arguments: substitute(call.arguments, values, jsonEscape)
        }))
      }
    })
  }
  return Option.none()
}

/**
 * Finds the answer to a chat-completions request among recorded conversations:
 * the first conversation of which the request's messages are a prefix and whose
 * next message is an assistant message. Tries a strict comparison first, then a
 * lenient one that ignores the text of tool results and the runtime's context
 * blocks in user messages.
 *
 * @example
 * ```ts
 * import { Snapshots } from "effect-copilot/testing"
 *
 * declare const snapshot: Snapshots.Snapshot
 *
 * const answer = Snapshots.match(snapshot.conversations, [
 *   { role: "system", content: "You are…" },
 *   { role: "user", content: "<current_datetime>…</current_datetime>\n\nhello" }
 * ])
 * ```
 *
 * @since 0.1.0
 */
export const match = (
  conversations: ReadonlyArray<Conversation>,
  request: ReadonlyArray<ChatMessage>,
  options: MatchOptions = {}
): Option.Option<Match> =>
  Option.orElse(
    matchWith(conversations, request, "strict", options),
    () => matchWith(conversations, request, "lenient", options)
  )
