/**
 * A fake Copilot API for tests: the HTTP service the real `copilot` runtime
 * talks to, served on an ephemeral loopback port. Chat completions are answered
 * from a script (a queue of answers consumed in order) or by replaying recorded
 * YAML conversations ({@link Snapshots}). Every request is recorded, headers
 * included. It also serves as a provider of your own (BYOK): an `openai`
 * provider with its URL as `baseUrl` gets `POST /chat/completions`, an
 * `anthropic` one `POST /v1/messages` (Anthropic Messages, scripted answers
 * only).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const program = Effect.gen(function*() {
 *   const model = yield* ScriptedModel.ScriptedModel
 *   yield* model.toolCall("lookup", { id: 7 })
 *   yield* model.reply("Item 7 is a teapot.")
 *   // ... run the runtime with COPILOT_API_URL = model.url ...
 * }).pipe(Effect.scoped, Effect.provide(ScriptedModel.layer()))
 * ```
 *
 * @since 0.1.0
 */
import { FileSystem, HttpRouter, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import { Clock, Context, Data, Duration, Effect, Layer, Option, Redacted, Ref, Schema, Stream } from "effect"
import * as Http from "node:http"
import * as GitHubMcp from "../internal/testing/gitHubMcp.js"
import * as Snapshots from "./Snapshots.js"
import {
  anthropicError,
  chunkStream,
  completionJson,
  decodeChatRequest,
  decodeMessagesRequest,
  encoder,
  errorBody,
  lastAnthropicUserText,
  lastUserMessage,
  messageEvents,
  messageJson,
  responseEvents,
  type Turn
} from "./scriptedModel/formats.js"
import {
  defaultModels,
  mergeModels,
  modelAnswer,
  type ModelSpec,
  type User,
  userAnswer
} from "./scriptedModel/github.js"

export {
  /**
   * See the `formats` module of the scripted model.
   *
   * @since 0.1.0
   */
  ChatCompletionRequest,
  /**
   * See the `formats` module of the scripted model.
   *
   * @since 0.1.0
   */
  MessagesRequest
} from "./scriptedModel/formats.js"
export {
  /**
   * See the `github` module of the scripted model.
   *
   * @since 0.1.0
   */
  defaultModels,
  /**
   * See the `github` module of the scripted model.
   *
   * @since 0.1.0
   */
  defaultQuotas,
  /**
   * See the `github` module of the scripted model.
   *
   * @since 0.1.0
   */
  ModelAnswer,
  /**
   * See the `github` module of the scripted model.
   *
   * @since 0.1.0
   */
  modelAnswer,
  /**
   * See the `github` module of the scripted model.
   *
   * @since 0.1.0
   */
  type Quota,
  /**
   * See the `github` module of the scripted model.
   *
   * @since 0.1.0
   */
  QuotaSnapshotAnswer,
  /**
   * See the `github` module of the scripted model.
   *
   * @since 0.1.0
   */
  UserAnswer,
  /**
   * See the `github` module of the scripted model.
   *
   * @since 0.1.0
   */
  userAnswer
} from "./scriptedModel/github.js"
export type {
  /**
   * See the `github` module of the scripted model.
   *
   * @since 0.1.0
   */
  ModelSpec,
  /**
   * See the `github` module of the scripted model.
   *
   * @since 0.1.0
   */
  User
} from "./scriptedModel/github.js"

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

/**
 * A tool call the model makes. `arguments` is the JSON object of arguments.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const call: ScriptedModel.ToolCallSpec = { name: "get_weather", arguments: { city: "Oslo" } }
 * ```
 *
 * @since 0.1.0
 */
export interface ToolCallSpec {
  readonly name: string
  readonly arguments: unknown
  readonly id?: string | undefined
}

/**
 * One scripted answer to a chat completion.
 *
 * - `Message`: assistant text and/or tool calls, streamed.
 * - `Failure`: an HTTP error status with an OpenAI-style error body.
 * - `Delay`: waits before the next answer in the queue is given.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const answers: ReadonlyArray<ScriptedModel.Answer> = [
 *   ScriptedModel.Answer.toolCall("lookup", { id: 1 }),
 *   ScriptedModel.Answer.delay("50 millis"),
 *   ScriptedModel.Answer.reply("done")
 * ]
 * ```
 *
 * @since 0.1.0
 */
export type Answer = Data.TaggedEnum<{
  Message: { readonly content: string; readonly toolCalls: ReadonlyArray<ToolCallSpec> }
  Failure: { readonly status: number; readonly message: string }
  Delay: { readonly duration: Duration.Duration }
}>

const AnswerEnum = Data.taggedEnum<Answer>()

/**
 * Constructors of {@link Answer}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const model: ScriptedModel.ScriptedModel
 *
 * Effect.gen(function*() {
 *   yield* model.script(ScriptedModel.Answer.reply("hi"), ScriptedModel.Answer.error(503, "overloaded"))
 * })
 * ```
 *
 * @since 0.1.0
 */
export const Answer = {
  /** Assistant text, streamed as several deltas. */
  reply: (text: string): Answer => AnswerEnum.Message({ content: text, toolCalls: [] }),
  /** One tool call (finish reason `tool_calls`). */
  toolCall: (name: string, args: unknown, id?: string): Answer =>
    AnswerEnum.Message({ content: "", toolCalls: [{ name, arguments: args, id }] }),
  /** Several parallel tool calls in one answer. */
  toolCalls: (calls: ReadonlyArray<ToolCallSpec>): Answer => AnswerEnum.Message({ content: "", toolCalls: calls }),
  /** Text and tool calls together. */
  message: (options: { readonly content?: string; readonly toolCalls?: ReadonlyArray<ToolCallSpec> }): Answer =>
    AnswerEnum.Message({ content: options.content ?? "", toolCalls: options.toolCalls ?? [] }),
  /** An HTTP error answer. */
  error: (status: number, message: string): Answer => AnswerEnum.Failure({ status, message }),
  /** A pause before the next answer. */
  delay: (duration: Duration.DurationInput): Answer => AnswerEnum.Delay({ duration: Duration.decode(duration) })
}

// ---------------------------------------------------------------------------
// Recorded data and errors
// ---------------------------------------------------------------------------

/**
 * A request the server received.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const model: ScriptedModel.ScriptedModel
 *
 * const paths = Effect.map(model.requests, (requests) => requests.map((r) => `${r.method} ${r.path}`))
 * ```
 *
 * @since 0.1.0
 */
export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  /** The parsed JSON body, if the body was JSON. */
  readonly body: Option.Option<unknown>
  readonly text: string
  readonly receivedAt: number
}

/**
 * A chat completion that had no scripted answer and matched no conversation.
 * The HTTP client got an error naming the same request.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * declare const model: ScriptedModel.ScriptedModel
 *
 * Effect.gen(function*() {
 *   const [first] = yield* model.unmatched
 *   // first.lastUserMessage === "hello"
 * })
 * ```
 *
 * @since 0.1.0
 */
export class UnscriptedRequest extends Data.TaggedError("UnscriptedRequest")<{
  readonly lastUserMessage: string
  readonly messageCount: number
  readonly request: RecordedRequest
}> {
  override get message(): string {
    return `ScriptedModel: no scripted answer or recorded conversation for the chat completion with ${this.messageCount} messages whose last user message is ${
      JSON.stringify(this.lastUserMessage)
    }. Script an answer (reply, toolCall, ...) or load a conversation that matches this history.`
  }
}

/**
 * The scripted model server could not start.
 *
 * @example
 * ```ts
 * import { Layer } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * ScriptedModel.layer().pipe(Layer.catchAll((e) => Layer.die(e)))
 * ```
 *
 * @since 0.1.0
 */
export class ScriptedModelError extends Data.TaggedError("ScriptedModelError")<{
  readonly reason: string
  readonly cause?: unknown
}> {
  override get message(): string {
    return `ScriptedModel: ${this.reason}`
  }
}

const parseJsonOption = Schema.decodeUnknownOption(Schema.parseJson())

// ---------------------------------------------------------------------------
// The service
// ---------------------------------------------------------------------------


/**
 * Options of {@link layer}.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * ScriptedModel.layer({
 *   users: { "alice-token": { login: "alice" }, "bob-token": { login: "bob", isMcpEnabled: false } },
 *   models: ["gpt-5", { id: "tiny", maxPromptTokens: 8000 }]
 * })
 * ```
 *
 * @since 0.1.0
 */
export interface Options {
  /**
   * The token of the default user (default `"scripted-model-token"`, or the
   * first token of {@link users} when only those are given).
   */
  readonly token?: string | undefined
  /** The default user's answer. */
  readonly user?: User | undefined
  /** More users by token: a request with any other token is answered 401. */
  readonly users?: Readonly<Record<string, User>> | undefined
  /** Models `GET /models` lists (default {@link defaultModels}); a string is a model with default capabilities. */
  readonly models?: ReadonlyArray<string | ModelSpec> | undefined
  /** Answers queued from the start. */
  readonly script?: ReadonlyArray<Answer> | undefined
  /** Conversations replayed when the script is empty. */
  readonly snapshot?: Snapshots.Snapshot | undefined
  /** Placeholder values for conversation replay (e.g. `{ workdir }`). */
  readonly placeholders?: Readonly<Record<string, string>> | undefined
  /**
   * Trace the server's requests (`http.server …` spans) with the current
   * tracer. Default `false`: the test kit's own HTTP traffic stays out of the
   * trace of the code under test.
   */
  readonly traced?: boolean | undefined
}

/**
 * The scripted model service.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * Effect.gen(function*() {
 *   const model = yield* ScriptedModel.ScriptedModel
 *   yield* model.reply("Hello there, how can I help?")
 *   const messages = yield* model.chatMessages
 * })
 * ```
 *
 * @since 0.1.0
 */
export interface ScriptedModel {
  /** Base URL, e.g. `http://127.0.0.1:41234`: use for `COPILOT_API_URL`. */
  readonly url: string
  readonly port: number
  /** The default user's token: what the test runtime is started with. */
  readonly token: Redacted.Redacted<string>
  /** Adds or replaces the user a token stands for. */
  readonly setUser: (token: string, user: User) => Effect.Effect<void>
  /** Replaces the models `GET /models` lists. */
  readonly setModels: (models: ReadonlyArray<string | ModelSpec>) => Effect.Effect<void>
  /** Queues answers, consumed in order by chat completions. */
  readonly script: (...answers: ReadonlyArray<Answer>) => Effect.Effect<void>
  /** Queues an assistant text answer. */
  readonly reply: (text: string) => Effect.Effect<void>
  /** Queues an answer with one tool call. */
  readonly toolCall: (name: string, args: unknown, id?: string) => Effect.Effect<void>
  /** Queues an answer with several parallel tool calls. */
  readonly toolCalls: (calls: ReadonlyArray<ToolCallSpec>) => Effect.Effect<void>
  /** Queues an HTTP error answer. */
  readonly error: (status: number, message: string) => Effect.Effect<void>
  /** Queues a pause before the next queued answer. */
  readonly delay: (duration: Duration.DurationInput) => Effect.Effect<void>
  /** Adds recorded conversations to replay when the script is empty. */
  readonly useSnapshot: (snapshot: Snapshots.Snapshot) => Effect.Effect<void>
  /** Sets placeholder values for conversation replay. */
  readonly setPlaceholders: (values: Readonly<Record<string, string>>) => Effect.Effect<void>
  /** Answers still queued. */
  readonly pending: Effect.Effect<ReadonlyArray<Answer>>
  /** Every request received, in order. */
  readonly requests: Effect.Effect<ReadonlyArray<RecordedRequest>>
  /** The `messages` of each chat completion request, in order. */
  readonly chatMessages: Effect.Effect<ReadonlyArray<ReadonlyArray<Snapshots.ChatMessage>>>
  /** Chat completions that got no answer. */
  readonly unmatched: Effect.Effect<ReadonlyArray<UnscriptedRequest>>
  /** Requests to endpoints the fake does not know (answered 404). */
  readonly notFound: Effect.Effect<ReadonlyArray<RecordedRequest>>
  /**
   * The requests of the runtime's built-in GitHub MCP server (`/mcp` and
   * below, e.g. `/mcp/readonly`), in order; also among {@link requests}. They
   * are answered hermetically: `initialize` with the client's protocol
   * version and a tools capability, `tools/list` with no tools, any other
   * request with an empty result, notifications with 202, a GET with 200; so
   * the server reaches `connected` offline.
   */
  readonly gitHubMcpRequests: Effect.Effect<ReadonlyArray<RecordedRequest>>
  /**
   * Every answered chat completion: its messages and the answer given, in
   * order. `Snapshots.fromExchanges` turns them into a recording to replay.
   */
  readonly exchanges: Effect.Effect<ReadonlyArray<Snapshots.Exchange>>
}

/**
 * The service tag.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * const url = Effect.map(ScriptedModel.ScriptedModel, (model) => model.url)
 * ```
 *
 * @since 0.1.0
 */
export const ScriptedModel: Context.Tag<ScriptedModel, ScriptedModel> = Context.GenericTag<ScriptedModel>(
  "effect-copilot/testing/ScriptedModel"
)

interface State {
  readonly queue: ReadonlyArray<Answer>
  readonly conversations: ReadonlyArray<Snapshots.Conversation>
  readonly models: ReadonlyArray<ModelSpec>
  readonly users: ReadonlyMap<string, User>
  readonly placeholders: Readonly<Record<string, string>>
  readonly requests: ReadonlyArray<RecordedRequest>
  readonly unmatched: ReadonlyArray<UnscriptedRequest>
  readonly notFound: ReadonlyArray<RecordedRequest>
  readonly exchanges: ReadonlyArray<Snapshots.Exchange>
}

/** Endpoints the runtime calls that a 404 answers well enough. */
const tolerated404 = new Set(["/copilot_internal/team_customizations"])

type Resolution =
  | { readonly _tag: "Scripted"; readonly answer: Extract<Answer, { _tag: "Message" }>; readonly delay: Duration.Duration }
  | { readonly _tag: "Replayed"; readonly turn: Turn; readonly delay: Duration.Duration }
  | { readonly _tag: "Failure"; readonly status: number; readonly message: string; readonly delay: Duration.Duration }
  | { readonly _tag: "None"; readonly delay: Duration.Duration }

const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const extraUsers = Object.entries(options.users ?? {})
    const token = options.token ?? (extraUsers[0]?.[0] ?? "scripted-model-token")
    const users = new Map<string, User>(extraUsers)
    if (options.token !== undefined || extraUsers.length === 0 || options.user !== undefined) {
      users.set(token, { ...users.get(token), ...options.user })
    }
    const state = yield* Ref.make<State>({
      queue: options.script ?? [],
      conversations: options.snapshot?.conversations ?? [],
      models: mergeModels(options.models ?? defaultModels, options.snapshot?.models ?? []),
      users,
      placeholders: options.placeholders ?? {},
      requests: [],
      unmatched: [],
      notFound: [],
      exchanges: []
    })
    const counter = yield* Ref.make(0)
    const nextId = (prefix: string) => Ref.modify(counter, (n) => [`${prefix}_${n}`, n + 1])

    const nodeServer = Http.createServer()
    const server = yield* NodeHttpServer.make(() => nodeServer, { port: 0, host: "127.0.0.1" }).pipe(
      Effect.mapError((cause) => new ScriptedModelError({ reason: "cannot listen on 127.0.0.1", cause }))
    )
    // Runs before the server's own close: drop kept-alive and still-streaming
    // connections so that closing the scope never waits for a client.
    yield* Effect.addFinalizer(() => Effect.sync(() => nodeServer.closeAllConnections()))
    if (server.address._tag !== "TcpAddress") {
      return yield* new ScriptedModelError({ reason: "the server did not bind a TCP address" })
    }
    const port = server.address.port
    const url = `http://127.0.0.1:${port}`

    const enqueue = (...answers: ReadonlyArray<Answer>) =>
      Ref.update(state, (s) => ({ ...s, queue: [...s.queue, ...answers] }))

    /**
     * Takes the next scripted answer off the queue (queued delays add up);
     * `none` with the delays when the queue holds no answer.
     */
    const takeQueued = (s: State): { readonly taken: Option.Option<[Resolution, State]>; readonly delay: Duration.Duration } => {
      let delay = Duration.zero
      for (const [index, answer] of s.queue.entries()) {
        if (answer._tag === "Delay") {
          delay = Duration.sum(delay, answer.duration)
          continue
        }
        const rest = { ...s, queue: s.queue.slice(index + 1) }
        return {
          delay,
          taken: Option.some(
            answer._tag === "Failure"
              ? [{ _tag: "Failure", status: answer.status, message: answer.message, delay }, rest]
              : [{ _tag: "Scripted", answer, delay }, rest]
          )
        }
      }
      return { delay, taken: Option.none() }
    }

    /** Takes the next answer: the script first, then the conversations. */
    const resolve = (messages: ReadonlyArray<Snapshots.ChatMessage>): Effect.Effect<Resolution> =>
      Ref.modify(state, (s): [Resolution, State] => {
        const { delay, taken } = takeQueued(s)
        if (Option.isSome(taken)) return taken.value
        const consumed = { ...s, queue: [] }
        const found = Snapshots.match(s.conversations, messages, { placeholders: s.placeholders })
        return Option.match(found, {
          onNone: (): [Resolution, State] => [{ _tag: "None", delay }, consumed],
          onSome: (m): [Resolution, State] => [{ _tag: "Replayed", turn: m.answer, delay }, consumed]
        })
      })

    /** Takes the next scripted answer only (no conversation replay): what a Messages or responses request gets. */
    const resolveScripted: Effect.Effect<Resolution> = Ref.modify(state, (s): [Resolution, State] => {
      const { delay, taken } = takeQueued(s)
      return Option.getOrElse(taken, (): [Resolution, State] => [{ _tag: "None", delay }, { ...s, queue: [] }])
    })

    /** A scripted message as a turn: tool calls get ids and JSON arguments. */
    const toTurn = (answer: Extract<Answer, { _tag: "Message" }>): Effect.Effect<Turn> =>
      Effect.map(
        Effect.forEach(answer.toolCalls, (call) =>
          Effect.map(call.id === undefined ? nextId("call") : Effect.succeed(call.id), (id) => ({
            id,
            name: call.name,
            arguments: JSON.stringify(call.arguments ?? {})
          }))),
        (toolCalls) => ({ content: answer.content, toolCalls })
      )

    const record = Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const text = yield* request.text.pipe(Effect.orElseSucceed(() => ""))
      const parsedUrl = new URL(request.url, url)
      const recorded: RecordedRequest = {
        method: request.method,
        path: parsedUrl.pathname,
        url: request.url,
        headers: { ...request.headers },
        body: text === "" ? Option.none() : parseJsonOption(text),
        text,
        receivedAt: yield* Clock.currentTimeMillis
      }
      yield* Ref.update(state, (s) => ({ ...s, requests: [...s.requests, recorded] }))
      return recorded
    })

    const chatCompletions = (recorded: RecordedRequest) =>
      Effect.gen(function*() {
        const decoded = Option.flatMap(recorded.body, decodeChatRequest)
        if (Option.isNone(decoded)) {
          return errorBody(400, "ScriptedModel: the chat completion body is not valid JSON with messages", "invalid_request")
        }
        const body = decoded.value
        const resolution = yield* resolve(body.messages)
        if (Duration.greaterThan(resolution.delay, Duration.zero)) yield* Effect.sleep(resolution.delay)
        switch (resolution._tag) {
          case "None": {
            const failure = new UnscriptedRequest({
              lastUserMessage: lastUserMessage(body.messages),
              messageCount: body.messages.length,
              request: recorded
            })
            yield* Ref.update(state, (s) => ({ ...s, unmatched: [...s.unmatched, failure] }))
            yield* Effect.logWarning(failure.message)
            return errorBody(400, failure.message, "scripted_model_unmatched")
          }
          case "Failure":
            return errorBody(resolution.status, resolution.message, "scripted_error")
          case "Scripted":
          case "Replayed": {
            const turn = resolution._tag === "Scripted" ? yield* toTurn(resolution.answer) : resolution.turn
            yield* Ref.update(state, (s) => ({ ...s, exchanges: [...s.exchanges, { messages: body.messages, answer: turn }] }))
            const model = body.model ?? "scripted-model"
            const created = Math.floor((yield* Clock.currentTimeMillis) / 1000)
            const id = yield* nextId("chatcmpl")
            return body.stream === true
              ? HttpServerResponse.stream(chunkStream(model, turn, created, id), {
                contentType: "text/event-stream",
                headers: { "cache-control": "no-cache" }
              })
              : completionJson(model, turn, created, id)
          }
        }
      })

    /** The next answer of the responses API (scripted answers only: recordings are chat completions). */
    const nextResponse = (recorded: RecordedRequest, model: string) =>
      Effect.gen(function*() {
        const resolution = yield* resolveScripted
        if (Duration.greaterThan(resolution.delay, Duration.zero)) yield* Effect.sleep(resolution.delay)
        switch (resolution._tag) {
          case "Scripted":
          case "Replayed": {
            const turn = resolution._tag === "Scripted" ? yield* toTurn(resolution.answer) : resolution.turn
            return Option.some(responseEvents(model, turn, yield* nextId("resp")))
          }
          case "Failure":
            return Option.none()
          case "None": {
            const failure = new UnscriptedRequest({ lastUserMessage: "", messageCount: 0, request: recorded })
            yield* Ref.update(state, (s) => ({ ...s, unmatched: [...s.unmatched, failure] }))
            yield* Effect.logWarning(failure.message)
            return Option.none()
          }
        }
      })

    /** `POST /v1/messages`: the scripted answers, in the Anthropic Messages format. */
    const messages = (recorded: RecordedRequest) =>
      Effect.gen(function*() {
        const decoded = Option.flatMap(recorded.body, decodeMessagesRequest)
        if (Option.isNone(decoded)) return anthropicError(400, "ScriptedModel: the Messages body is not valid JSON with messages")
        const body = decoded.value
        const resolution = yield* resolveScripted
        if (Duration.greaterThan(resolution.delay, Duration.zero)) yield* Effect.sleep(resolution.delay)
        switch (resolution._tag) {
          case "None":
          case "Replayed": {
            const failure = new UnscriptedRequest({
              lastUserMessage: lastAnthropicUserText(body.messages),
              messageCount: body.messages.length,
              request: recorded
            })
            yield* Ref.update(state, (s) => ({ ...s, unmatched: [...s.unmatched, failure] }))
            yield* Effect.logWarning(failure.message)
            return anthropicError(400, failure.message)
          }
          case "Failure":
            return anthropicError(resolution.status, resolution.message)
          case "Scripted": {
            const turn = yield* toTurn(resolution.answer)
            const model = body.model ?? "scripted-model"
            const id = yield* nextId("msg")
            return body.stream === true
              ? HttpServerResponse.stream(messageEvents(model, turn, id), {
                contentType: "text/event-stream",
                headers: { "cache-control": "no-cache" }
              })
              : messageJson(model, turn, id)
          }
        }
      })

    const modelOf = (body: Option.Option<unknown>) =>
      Option.getOrElse(
        Option.flatMap(body, (json) =>
          typeof json === "object" && json !== null && "model" in json && typeof json.model === "string"
            ? Option.some(json.model)
            : Option.none()),
        () => "scripted-model"
      )

    const responsesHttp = (recorded: RecordedRequest) =>
      Effect.map(nextResponse(recorded, modelOf(recorded.body)), (events) =>
        Option.match(events, {
          onNone: () => errorBody(400, "ScriptedModel: no scripted answer for this responses request", "scripted_model_unmatched"),
          onSome: (events) =>
            HttpServerResponse.stream(
              Stream.fromIterable(events).pipe(
                Stream.map((event) => encoder.encode(`event: ${String(event["type"])}\ndata: ${JSON.stringify(event)}\n\n`))
              ),
              { contentType: "text/event-stream", headers: { "cache-control": "no-cache" } }
            )
        }))

    /** The responses API over a WebSocket: each `response.create` message is answered with the turn's events, one message each. */
    const responsesSocket = (recorded: RecordedRequest) =>
      Effect.gen(function*() {
        const request = yield* HttpServerRequest.HttpServerRequest
        const socket = yield* request.upgrade
        const write = yield* socket.writer
        yield* socket.runRaw((data) =>
          Effect.gen(function*() {
            const text = typeof data === "string" ? data : new TextDecoder().decode(data)
            const body = parseJsonOption(text)
            const message: RecordedRequest = { ...recorded, method: "WS", body, text, receivedAt: yield* Clock.currentTimeMillis }
            yield* Ref.update(state, (s) => ({ ...s, requests: [...s.requests, message] }))
            const events = yield* nextResponse(message, modelOf(body))
            if (Option.isNone(events)) {
              yield* write(JSON.stringify({ type: "error", error: { message: "ScriptedModel: no scripted answer", code: "scripted_model_unmatched" } }))
              return
            }
            for (const event of events.value) yield* write(JSON.stringify(event))
          })
        )
        return HttpServerResponse.empty()
      })

    const router = (recorded: RecordedRequest) =>
      HttpRouter.empty.pipe(
        HttpRouter.get(
          "/copilot_internal/user",
          Effect.gen(function*() {
            const { users } = yield* Ref.get(state)
            const authorization = recorded.headers["authorization"] ?? ""
            const presented = /^(?:Bearer|token)\s+(.+)$/i.exec(authorization)?.[1]
            const user = presented === undefined ? undefined : users.get(presented)
            if (user === undefined) return HttpServerResponse.unsafeJson({ message: "Bad credentials" }, { status: 401 })
            const now = new Date(yield* Clock.currentTimeMillis)
            return HttpServerResponse.unsafeJson(userAnswer(user, url, now))
          })
        ),
        HttpRouter.get(
          "/models",
          Effect.map(Ref.get(state), (s) => HttpServerResponse.unsafeJson({ data: s.models.map(modelAnswer) }))
        ),
        HttpRouter.post("/chat/completions", chatCompletions(recorded)),
        HttpRouter.post("/responses", responsesHttp(recorded)),
        HttpRouter.get("/responses", responsesSocket(recorded)),
        HttpRouter.post("/v1/messages", messages(recorded))
      )

    const app = Effect.gen(function*() {
      const recorded = yield* record
      if (GitHubMcp.isPath(recorded.path)) return GitHubMcp.respond(recorded.method, recorded.body)
      return yield* router(recorded).pipe(
        Effect.catchTag("RouteNotFound", () =>
          Effect.gen(function*() {
            if (!tolerated404.has(recorded.path)) {
              yield* Ref.update(state, (s) => ({ ...s, notFound: [...s.notFound, recorded] }))
            }
            return HttpServerResponse.unsafeJson(
              { message: `ScriptedModel: no endpoint ${recorded.method} ${recorded.path}` },
              { status: 404 }
            )
          }))
      )
    })

    // The handlers run with the fiber refs of this call, so switching the
    // tracer off here keeps every span of the server out of the trace.
    yield* options.traced === true ? server.serve(app) : server.serve(app).pipe(Effect.withTracerEnabled(false))

    const service: ScriptedModel = {
      url,
      port,
      token: Redacted.make(token),
      setUser: (userToken, user) =>
        Ref.update(state, (s) => ({ ...s, users: new Map([...s.users, [userToken, user]]) })),
      setModels: (models) => Ref.update(state, (s) => ({ ...s, models: mergeModels(models) })),
      script: enqueue,
      reply: (text) => enqueue(Answer.reply(text)),
      toolCall: (name, args, id) => enqueue(Answer.toolCall(name, args, id)),
      toolCalls: (calls) => enqueue(Answer.toolCalls(calls)),
      error: (status, message) => enqueue(Answer.error(status, message)),
      delay: (duration) => enqueue(Answer.delay(duration)),
      useSnapshot: (snapshot) =>
        Ref.update(state, (s) => ({
          ...s,
          conversations: [...s.conversations, ...snapshot.conversations],
          models: mergeModels(s.models, snapshot.models)
        })),
      setPlaceholders: (values) => Ref.update(state, (s) => ({ ...s, placeholders: { ...s.placeholders, ...values } })),
      pending: Effect.map(Ref.get(state), (s) => s.queue),
      requests: Effect.map(Ref.get(state), (s) => s.requests),
      gitHubMcpRequests: Effect.map(Ref.get(state), (s) => s.requests.filter((request) => GitHubMcp.isPath(request.path))),
      chatMessages: Effect.map(Ref.get(state), (s) =>
        s.requests.flatMap((request) =>
          request.path === "/chat/completions"
            ? Option.match(Option.flatMap(request.body, decodeChatRequest), {
              onNone: () => [],
              onSome: (body) => [body.messages]
            })
            : []
        )),
      unmatched: Effect.map(Ref.get(state), (s) => s.unmatched),
      notFound: Effect.map(Ref.get(state), (s) => s.notFound),
      exchanges: Effect.map(Ref.get(state), (s) => s.exchanges)
    }
    return service
  })

/**
 * Serves the scripted model on `127.0.0.1` with an ephemeral port for the
 * lifetime of the layer's scope.
 *
 * @example
 * ```ts
 * import { it } from "@effect/vitest"
 * import { Effect } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * it.scoped("answers", () =>
 *   Effect.gen(function*() {
 *     const model = yield* ScriptedModel.ScriptedModel
 *     yield* model.reply("hi")
 *   }).pipe(Effect.provide(ScriptedModel.layer({ token: "t" }))))
 * ```
 *
 * @since 0.1.0
 */
export const layer = (options: Options = {}): Layer.Layer<ScriptedModel, ScriptedModelError> =>
  Layer.scoped(ScriptedModel, make(options))

/**
 * Like {@link layer}, replaying the conversations of a snapshot file.
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Layer } from "effect"
 * import { ScriptedModel } from "effect-copilot/testing"
 *
 * ScriptedModel.layerSnapshot("/path/to/tools/invokes_custom_tool.yaml").pipe(Layer.provide(NodeContext.layer))
 * ```
 *
 * @since 0.1.0
 */
export const layerSnapshot = (
  path: string,
  options: Omit<Options, "snapshot"> = {}
): Layer.Layer<ScriptedModel, ScriptedModelError | Snapshots.SnapshotError, FileSystem.FileSystem> =>
  Layer.scoped(ScriptedModel, Effect.flatMap(Snapshots.load(path), (snapshot) => make({ ...options, snapshot })))

