/**
 * An in-memory, scriptable stand-in for the Copilot runtime: it plays the
 * runtime's side of the JSON-RPC protocol over an in-memory byte channel
 * framed with the real Content-Length codec. No process, no socket.
 *
 * Script answers per method, send notifications and inbound requests to the
 * SDK, record everything the SDK sends, delay or withhold answers, send
 * garbage, and crash with an exit code and stderr text.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * const program = Effect.gen(function*() {
 *   const fake = yield* FakeRuntime.FakeRuntime
 *   yield* fake.handle("status.get", FakeRuntime.answer({ version: "9.9.9", protocolVersion: 3 }))
 *   const status = yield* CopilotClient.getStatus
 *   const request = yield* fake.takeRequest("status.get")
 * }).pipe(Effect.provide(FakeRuntime.layerClient))
 * ```
 *
 * @since 0.1.0
 */
import {
  Cause,
  Chunk,
  Clock,
  Context,
  Data,
  Deferred,
  Duration,
  Effect,
  Either,
  FiberSet,
  HashMap,
  Layer,
  Option,
  ParseResult,
  Queue,
  Ref,
  Schema,
  Stream,
  SubscriptionRef
} from "effect"
import type { Scope } from "effect"
import { type ClientOptions, CopilotClient, makeWithConnection, PROTOCOL_VERSION, type StartError } from "../CopilotClient.js"
import { ConnectionClosed } from "../CopilotError.js"
import * as Frame from "../internal/jsonrpc/Frame.js"
import * as Message from "../internal/jsonrpc/Message.js"
import type { Transport } from "../internal/jsonrpc/Protocol.js"
import type { Connected } from "../internal/runtime.js"

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

/**
 * Fail a {@link Handler} with this to answer the request with a JSON-RPC
 * error.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * declare const fake: FakeRuntime.FakeRuntimeService
 *
 * fake.handle("models.list", () =>
 *   Effect.fail(new FakeRuntime.ErrorAnswer({ code: -32603, message: "Not authenticated" })))
 * ```
 *
 * @since 0.1.0
 */
export class ErrorAnswer extends Data.TaggedError("ErrorAnswer")<{
  readonly code: number
  readonly message: string
  readonly data?: unknown
}> {}

/**
 * Answers one request of the SDK. Its success becomes the `result`, an
 * {@link ErrorAnswer} becomes the `error`; a defect answers -32603; an
 * Effect that never completes never answers. Handlers run concurrently, one
 * fiber per request, so a delayed answer does not hold up others.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * const echo: FakeRuntime.Handler = (params) => Effect.succeed({ echoed: params })
 * ```
 *
 * @since 0.1.0
 */
export type Handler = (params: unknown, request: Message.Request) => Effect.Effect<unknown, ErrorAnswer>

/**
 * A handler that always answers with `result`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * declare const fake: FakeRuntime.FakeRuntimeService
 *
 * Effect.gen(function*() {
 *   yield* fake.handle("status.get", FakeRuntime.answer({ version: "1.0.0", protocolVersion: 3 }))
 * })
 * ```
 *
 * @since 0.1.0
 */
export const answer = (result: unknown): Handler => () => Effect.succeed(result)

/**
 * A handler that always answers with a JSON-RPC error.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * declare const fake: FakeRuntime.FakeRuntimeService
 *
 * Effect.gen(function*() {
 *   yield* fake.handle("models.list", FakeRuntime.answerError(-32603, "Not authenticated"))
 * })
 * ```
 *
 * @since 0.1.0
 */
export const answerError = (code: number, message: string, data?: unknown): Handler => () =>
  Effect.fail(new ErrorAnswer(data === undefined ? { code, message } : { code, message, data }))

/**
 * A `session.create` / `session.resume` handler that starts the session
 * under the id the SDK asked for (`params.sessionId`); params without one
 * are answered -32602.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * declare const fake: FakeRuntime.FakeRuntimeService
 *
 * Effect.gen(function*() {
 *   yield* fake.handle("session.create", FakeRuntime.sessionStarted)
 *   yield* fake.handle("session.resume", FakeRuntime.sessionStarted)
 * })
 * ```
 *
 * @since 0.2.0
 */
export const sessionStarted = (params: unknown): Effect.Effect<{ readonly sessionId: string }, ErrorAnswer> =>
  Effect.mapError(
    Schema.decodeUnknown(Schema.Struct({ sessionId: Schema.String }))(params),
    () => new ErrorAnswer({ code: -32602, message: "the params carry no sessionId to start the session under" })
  ).pipe(Effect.map(({ sessionId }) => ({ sessionId })))

/**
 * A handler that never answers (answer by hand with
 * {@link FakeRuntimeService.respond}, or let the call hang).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * declare const fake: FakeRuntime.FakeRuntimeService
 *
 * Effect.gen(function*() {
 *   yield* fake.handle("ping", FakeRuntime.noAnswer)
 * })
 * ```
 *
 * @since 0.1.0
 */
export const noAnswer: Handler = () => Effect.never

/**
 * Delays a handler's answer with `Effect.sleep`, so `TestClock` can drive it.
 *
 * @example
 * ```ts
 * import { Effect, TestClock } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * declare const fake: FakeRuntime.FakeRuntimeService
 *
 * Effect.gen(function*() {
 *   yield* fake.handle("ping", FakeRuntime.delayed("5 seconds", FakeRuntime.answer({ message: "late" })))
 *   yield* TestClock.adjust("5 seconds")
 * })
 * ```
 *
 * @since 0.1.0
 */
export const delayed = (duration: Duration.DurationInput, handler: Handler): Handler => (params, request) =>
  Effect.delay(handler(params, request), duration)

const formatParseError = (error: ParseResult.ParseError): string => ParseResult.TreeFormatter.formatErrorSync(error)

const PingParams = Schema.Struct({ message: Schema.optional(Schema.String) })
const decodePingParams = Schema.decodeUnknownEither(PingParams)

/**
 * The default `ping` handler: `{message: "pong: <message>", timestamp:
 * <ISO 8601, from Clock>, protocolVersion}`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * declare const fake: FakeRuntime.FakeRuntimeService
 *
 * Effect.gen(function*() {
 *   yield* fake.handle("ping", FakeRuntime.delayed("1 second", FakeRuntime.pingHandler(3)))
 * })
 * ```
 *
 * @since 0.1.0
 */
export const pingHandler = (protocolVersion: number = PROTOCOL_VERSION): Handler => (params) =>
  Either.match(decodePingParams(params ?? {}), {
    onLeft: (error) =>
      Effect.fail(new ErrorAnswer({ code: Message.ErrorCode.InvalidParams, message: formatParseError(error) })),
    onRight: ({ message }) =>
      Effect.map(Clock.currentTimeMillis, (now) => ({
        message: `pong: ${message ?? ""}`,
        timestamp: new Date(now).toISOString(),
        protocolVersion
      }))
  })

/**
 * The default `connect` handler: `{ok: true, protocolVersion, version: "fake"}`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * Effect.gen(function*() {
 *   const fake = yield* FakeRuntime.make({ handlers: { connect: FakeRuntime.connectHandler(2) } })
 * })
 * ```
 *
 * @since 0.1.0
 */
export const connectHandler = (protocolVersion: number = PROTOCOL_VERSION): Handler =>
  answer({ ok: true, protocolVersion, version: "fake" })

// ---------------------------------------------------------------------------
// What the fake sees
// ---------------------------------------------------------------------------

/**
 * One thing the fake received from the SDK: a JSON-RPC message, or bytes
 * that were not one (`Invalid`, with the reason).
 *
 * @example
 * ```ts
 * import { expect } from "@effect/vitest"
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * declare const fake: FakeRuntime.FakeRuntimeService
 *
 * Effect.gen(function*() {
 *   const all = yield* fake.received
 *   expect(all.filter((m) => m._tag === "Notification")).toHaveLength(0)
 * })
 * ```
 *
 * @since 0.1.0
 */
export type Received = Message.Message | { readonly _tag: "Invalid"; readonly reason: string }

/**
 * An answer the SDK sent (to one of the fake's requests or to garbage).
 *
 * @example
 * ```ts
 * import { expect } from "@effect/vitest"
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * declare const fake: FakeRuntime.FakeRuntimeService
 *
 * Effect.gen(function*() {
 *   const response = yield* fake.request("userInput.request", { sessionId: "nope" })
 *   if (response._tag === "ErrorResponse") expect(response.message.error.code).toBe(-32602)
 * })
 * ```
 *
 * @since 0.1.0
 */
export type ResponseMessage = Extract<Message.Message, { readonly _tag: "SuccessResponse" | "ErrorResponse" }>

/**
 * How the fake runtime "exits" in {@link FakeRuntimeService.crash}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * declare const fake: FakeRuntime.FakeRuntimeService
 *
 * Effect.gen(function*() {
 *   yield* fake.crash({ exitCode: 1, stderr: "fatal: out of memory\n" })
 * })
 * ```
 *
 * @since 0.1.0
 */
export interface CrashOptions {
  /** The exit code the SDK reports; defaults to 1. */
  readonly exitCode?: number | undefined
  /** Text the runtime "wrote to stderr"; the SDK reports its tail. */
  readonly stderr?: string | undefined
}

/**
 * The fake runtime's handle.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * Effect.gen(function*() {
 *   const fake = yield* FakeRuntime.FakeRuntime
 *   yield* fake.notify("session.lifecycle", { type: "session.created", sessionId: "s1" })
 * })
 * ```
 *
 * @since 0.1.0
 */
export interface FakeRuntimeService {
  /** The SDK's end of the channel, for `CopilotClient.makeWithConnection` (one client per fake). */
  readonly connected: Connected
  /** The SDK's byte channel (the same as `connected.transport`), for `Protocol.make`. */
  readonly transport: Transport
  /** Answers requests of `method` with `handler` from now on (replacing any earlier one). */
  readonly handle: (method: string, handler: Handler) => Effect.Effect<void>
  /** Stops answering `method`: its requests get -32601 again. */
  readonly unhandle: (method: string) => Effect.Effect<void>
  /** Sends a notification to the SDK. */
  readonly notify: (method: string, params?: unknown) => Effect.Effect<void>
  /**
   * Sends a `session.event` notification; `id`, `timestamp` (from Clock) and
   * `parentId: null` are filled in when the event lacks them.
   */
  readonly sessionEvent: (
    sessionId: string,
    event: { readonly type: string; readonly data?: unknown; readonly [key: string]: unknown }
  ) => Effect.Effect<void>
  /**
   * Sends a request to the SDK and waits for its answer (never fails; waits
   * forever if the SDK never answers).
   */
  readonly request: (method: string, params?: unknown) => Effect.Effect<ResponseMessage>
  /**
   * Sends a request to the SDK now and returns the wait for its answer, for
   * tests that need the request on the wire before they go on.
   */
  readonly startRequest: (method: string, params?: unknown) => Effect.Effect<Effect.Effect<ResponseMessage>>
  /** Sends a success answer for any id, e.g. a late or a second answer. */
  readonly respond: (id: Message.Id, result: unknown) => Effect.Effect<void>
  /** Sends an error answer for any id (`null` too). */
  readonly respondError: (id: Message.Id | null, error: Message.ErrorObject) => Effect.Effect<void>
  /** Sends any JSON value, framed. */
  readonly send: (message: unknown) => Effect.Effect<void>
  /** Sends bytes as they are, unframed (see {@link Garbage}). */
  readonly sendRaw: (bytes: Uint8Array | string) => Effect.Effect<void>
  /** Everything received from the SDK so far, in arrival order. */
  readonly received: Effect.Effect<ReadonlyArray<Received>>
  /** Requests received so far, optionally only those of one method. */
  readonly requests: (method?: string) => Effect.Effect<ReadonlyArray<Message.Request>>
  /** Notifications received so far, optionally only those of one method. */
  readonly notifications: (method?: string) => Effect.Effect<ReadonlyArray<Message.Notification>>
  /** Requests that had no handler (each was answered with -32601). */
  readonly unscripted: Effect.Effect<ReadonlyArray<Message.Request>>
  /**
   * Waits for the oldest request of `method` not taken yet (one received
   * earlier counts), and takes it.
   */
  readonly takeRequest: (method: string) => Effect.Effect<Message.Request>
  /** Like {@link takeRequest}, for notifications. */
  readonly takeNotification: (method: string) => Effect.Effect<Message.Notification>
  /** Waits for the oldest answer with this id not taken yet (`null` for answers to unreadable input). */
  readonly takeResponse: (id: Message.Id | null) => Effect.Effect<ResponseMessage>
  /**
   * Ends the connection as if the runtime exited: the SDK's reader ends and
   * `closeReason` reports the exit code and stderr. Bytes sent either way
   * afterwards are dropped.
   */
  readonly crash: (options?: CrashOptions) => Effect.Effect<void>
}

/**
 * The fake runtime service tag.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * Effect.gen(function*() {
 *   const fake = yield* FakeRuntime.FakeRuntime
 * })
 * ```
 *
 * @since 0.1.0
 */
export class FakeRuntime extends Context.Tag("effect-copilot/testing/FakeRuntime")<FakeRuntime, FakeRuntimeService>() {}

/**
 * Options of {@link make}.
 *
 * @example
 * ```ts
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * const options: FakeRuntime.Options = { handlers: { connect: FakeRuntime.answerError(-32601, "no connect") } }
 * ```
 *
 * @since 0.1.0
 */
export interface Options {
  /** Handlers by method, over the defaults (`connect`, `ping`). */
  readonly handlers?: Readonly<Record<string, Handler>> | undefined
  /** The protocol version the default handlers report; defaults to the SDK's. */
  readonly protocolVersion?: number | undefined
  /** Largest frame the fake accepts from the SDK. */
  readonly maxFrameBytes?: number | undefined
}

// ---------------------------------------------------------------------------
// Garbage
// ---------------------------------------------------------------------------

const bytesOf = (text: string): Uint8Array => Buffer.from(text, "utf8")

/**
 * Byte sequences that are not valid frames or messages, for
 * {@link FakeRuntimeService.sendRaw}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * declare const fake: FakeRuntime.FakeRuntimeService
 *
 * Effect.gen(function*() {
 *   yield* fake.sendRaw(FakeRuntime.Garbage.invalidJson)
 * })
 * ```
 *
 * @since 0.1.0
 */
export const Garbage = {
  /** A header block without a Content-Length. */
  headerWithoutLength: bytesOf("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n"),
  /** A Content-Length that is not a number. */
  nonNumericLength: bytesOf("Content-Length: twelve\r\n\r\n"),
  /** A well-formed frame whose body (a JSON string) has `bodyBytes` bytes. */
  oversizedFrame: (bodyBytes: number): Uint8Array => Frame.encode(`"${"x".repeat(Math.max(0, bodyBytes - 2))}"`),
  /** A frame whose body is not JSON. */
  invalidJson: Frame.encode(`{"jsonrpc": "2.0", "id": 1, "method": `),
  /** A frame of valid JSON that is not JSON-RPC, carrying `id` when given. */
  notJsonRpc: (id?: Message.Id): Uint8Array =>
    Frame.encode(JSON.stringify(id === undefined ? { hello: "world" } : { id, hello: "world" }))
} as const

// ---------------------------------------------------------------------------
// Implementation
// ---------------------------------------------------------------------------

type ToSdk = { readonly _tag: "Bytes"; readonly bytes: Uint8Array } | { readonly _tag: "End" }

interface Ended {
  readonly exitCode: number | undefined
  readonly stderr: string | undefined
}

const STDERR_TAIL_CHARS = 8 * 1024

const decodeJson = Schema.decodeEither(Schema.parseJson())

const isResponse = (r: Received): r is ResponseMessage => r._tag === "SuccessResponse" || r._tag === "ErrorResponse"

const responseKey = (id: Message.Id | null): string => `response:${JSON.stringify(id)}`

/**
 * Starts a fake runtime in the current scope.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * Effect.gen(function*() {
 *   const fake = yield* FakeRuntime.make({ handlers: { connect: FakeRuntime.connectHandler(2) } })
 *   const exit = yield* Effect.exit(CopilotClient.makeWithConnection(fake.connected))
 * })
 * ```
 *
 * @since 0.1.0
 */
export const make = (options: Options = {}): Effect.Effect<FakeRuntimeService, never, Scope.Scope> =>
  Effect.gen(function*() {
    const protocolVersion = options.protocolVersion ?? PROTOCOL_VERSION
    const handlers = yield* Ref.make(HashMap.fromIterable<string, Handler>([
      ["connect", connectHandler(protocolVersion)],
      ["ping", pingHandler(protocolVersion)],
      ...Object.entries(options.handlers ?? {})
    ]))
    const log = yield* SubscriptionRef.make(Chunk.empty<Received>())
    const taken = yield* Ref.make(HashMap.empty<string, number>())
    const unscripted = yield* Ref.make(Chunk.empty<Message.Request>())
    const outstanding = yield* Ref.make(HashMap.empty<Message.Id, Deferred.Deferred<ResponseMessage>>())
    const nextId = yield* Ref.make(1)
    const ended = yield* Ref.make(Option.none<Ended>())
    /** Mirrors `ended` for the transport's synchronous write; set in the same step. */
    let isEnded = false
    const toSdk = yield* Queue.unbounded<ToSdk>()
    const fromSdk = yield* Queue.unbounded<Uint8Array>()
    const answering = yield* FiberSet.make<void, never>()

    // --- the SDK's side of the channel -----------------------------------
    const transport: Transport = {
      run: (onChunk) =>
        Effect.iterate(true, {
          while: (more) => more,
          body: () =>
            Effect.flatMap(Queue.take(toSdk), (item) =>
              item._tag === "End" ? Effect.succeed(false) : Effect.as(Effect.sync(() => onChunk(item.bytes)), true))
        }),
      write: (bytes) => {
        // A dead process reads nothing: like the stdio transport, drop the bytes.
        if (!isEnded) Queue.unsafeOffer(fromSdk, bytes)
      },
      closeReason: (reason) =>
        Effect.map(Ref.get(ended), (end) => {
          if (Option.isNone(end)) return new ConnectionClosed({ reason })
          const tail = end.value.stderr?.trim().slice(-STDERR_TAIL_CHARS)
          return new ConnectionClosed({
            reason,
            exitCode: end.value.exitCode,
            stderrTail: tail === undefined || tail === "" ? undefined : tail
          })
        })
    }

    // --- sending -----------------------------------------------------------
    const sendRaw = (bytes: Uint8Array | string): Effect.Effect<void> =>
      Effect.flatMap(Ref.get(ended), (end) =>
        Option.isSome(end)
          ? Effect.void
          : Queue.offer(toSdk, { _tag: "Bytes", bytes: typeof bytes === "string" ? bytesOf(bytes) : bytes }))

    const send = (message: unknown): Effect.Effect<void> =>
      Effect.suspend(() => sendRaw(Frame.encode(JSON.stringify(message))))

    const respond = (id: Message.Id, result: unknown) =>
      send({ jsonrpc: "2.0", id, result: result === undefined ? null : result })

    const respondError = (id: Message.Id | null, error: Message.ErrorObject) =>
      send({
        jsonrpc: "2.0",
        id,
        error: error.data === undefined
          ? { code: error.code, message: error.message }
          : { code: error.code, message: error.message, data: error.data }
      })

    const notify = (method: string, params?: unknown) => send({ jsonrpc: "2.0", method, params })

    const sessionEvent: FakeRuntimeService["sessionEvent"] = (sessionId, event) =>
      Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        const n = yield* Ref.getAndUpdate(nextId, (i) => i + 1)
        yield* notify("session.event", {
          sessionId,
          event: { id: `fake-event-${n}`, timestamp: new Date(now).toISOString(), parentId: null, ...event }
        })
      })

    const startRequest = (method: string, params?: unknown): Effect.Effect<Effect.Effect<ResponseMessage>> =>
      Effect.gen(function*() {
        const id = yield* Ref.getAndUpdate(nextId, (i) => i + 1)
        const deferred = yield* Deferred.make<ResponseMessage>()
        yield* Ref.update(outstanding, (waiting) => HashMap.set(waiting, id, deferred))
        yield* send({ jsonrpc: "2.0", id, method, params })
        return Deferred.await(deferred).pipe(
          Effect.ensuring(Ref.update(outstanding, (waiting) => HashMap.remove(waiting, id)))
        )
      })
    const request = (method: string, params?: unknown): Effect.Effect<ResponseMessage> =>
      Effect.flatten(startRequest(method, params))

    // --- receiving -----------------------------------------------------------
    const record = (entry: Received) => SubscriptionRef.update(log, Chunk.append(entry))

    const answerRequest = (req: Message.Request): Effect.Effect<void> =>
      Effect.flatMap(Ref.get(handlers), (hs) =>
        Option.match(HashMap.get(hs, req.method), {
          onNone: () =>
            Ref.update(unscripted, Chunk.append(req)).pipe(
              Effect.zipRight(respondError(req.id, {
                code: Message.ErrorCode.MethodNotFound,
                message: `method not found: ${req.method}`
              }))
            ),
          onSome: (handler) =>
            FiberSet.run(
              answering,
              Effect.suspend(() => handler(req.params, req)).pipe(
                Effect.matchCauseEffect({
                  onSuccess: (result) => respond(req.id, result),
                  onFailure: (cause) =>
                    Cause.isInterruptedOnly(cause)
                      ? Effect.void
                      : Option.match(Cause.failureOption(cause), {
                        onSome: (error) =>
                          respondError(req.id, { code: error.code, message: error.message, data: error.data }),
                        onNone: () =>
                          respondError(req.id, {
                            code: Message.ErrorCode.InternalError,
                            message: `fake handler for ${req.method} died: ${String(Cause.squash(cause))}`
                          })
                      })
                })
              )
            ).pipe(Effect.asVoid)
        }))

    const settle = (response: ResponseMessage): Effect.Effect<void> => {
      const id = response.message.id
      if (id === null) return Effect.void
      return Effect.flatMap(Ref.get(outstanding), (waiting): Effect.Effect<void> =>
        Option.match(HashMap.get(waiting, id), {
          onNone: () => Effect.void,
          onSome: (deferred) => Effect.asVoid(Deferred.succeed(deferred, response))
        }))
    }

    const onFrame = (frame: Either.Either<Buffer, Frame.FrameError>): Effect.Effect<void> => {
      if (Either.isLeft(frame)) return record({ _tag: "Invalid", reason: frame.left.message })
      const json = decodeJson(frame.right.toString("utf8"))
      if (Either.isLeft(json)) return record({ _tag: "Invalid", reason: `not JSON: ${formatParseError(json.left)}` })
      const decoded = Message.decode(json.right)
      if (Either.isLeft(decoded)) return record({ _tag: "Invalid", reason: decoded.left.message })
      const message = decoded.right
      return Effect.zipRight(
        record(message),
        message._tag === "Request"
          ? answerRequest(message.message)
          : message._tag === "Notification"
          ? Effect.void
          : settle(message)
      )
    }

    yield* Stream.fromQueue(fromSdk).pipe(
      Frame.decode(options.maxFrameBytes),
      Stream.runForEach(onFrame),
      Effect.forkScoped
    )
    // If the fake goes away first, the SDK sees its connection end.
    yield* Effect.addFinalizer(() => Queue.offer(toSdk, { _tag: "End" }))

    // --- observing -------------------------------------------------------------
    const entries = Effect.map(SubscriptionRef.get(log), Chunk.toReadonlyArray)

    const takeNext = <A>(key: string, select: (entry: Received) => Option.Option<A>): Effect.Effect<A> =>
      log.changes.pipe(
        Stream.mapEffect((all) =>
          Ref.modify(taken, (counts): [Option.Option<A>, HashMap.HashMap<string, number>] => {
            const n = Option.getOrElse(HashMap.get(counts, key), () => 0)
            const found = Chunk.get(Chunk.filterMap(all, select), n)
            return [found, Option.isSome(found) ? HashMap.set(counts, key, n + 1) : counts]
          })
        ),
        Stream.filterMap((found) => found),
        Stream.runHead,
        Effect.flatten,
        Effect.orDie
      )

    const selectRequest = (method: string | undefined) => (entry: Received): Option.Option<Message.Request> =>
      entry._tag === "Request" && (method === undefined || entry.message.method === method)
        ? Option.some(entry.message)
        : Option.none()

    const selectNotification = (method: string | undefined) => (entry: Received): Option.Option<Message.Notification> =>
      entry._tag === "Notification" && (method === undefined || entry.message.method === method)
        ? Option.some(entry.message)
        : Option.none()

    const service: FakeRuntimeService = {
      connected: {
        transport,
        port: Option.none(),
        connectionToken: Option.none(),
        pid: Option.none(),
        // The client's forceStop "kills the process": the connection ends as after SIGKILL.
        kill: Effect.suspend(() => service.crash({ exitCode: 137 }))
      },
      transport,
      handle: (method, handler) => Ref.update(handlers, HashMap.set(method, handler)),
      unhandle: (method) => Ref.update(handlers, HashMap.remove(method)),
      notify,
      sessionEvent,
      request,
      startRequest,
      respond,
      respondError,
      send,
      sendRaw,
      received: entries,
      requests: (method) => Effect.map(entries, (all) => all.flatMap((e) => Option.toArray(selectRequest(method)(e)))),
      notifications: (method) =>
        Effect.map(entries, (all) => all.flatMap((e) => Option.toArray(selectNotification(method)(e)))),
      unscripted: Effect.map(Ref.get(unscripted), Chunk.toReadonlyArray),
      takeRequest: (method) => takeNext(`request:${method}`, selectRequest(method)),
      takeNotification: (method) => takeNext(`notification:${method}`, selectNotification(method)),
      takeResponse: (id) =>
        takeNext(
          responseKey(id),
          (entry) => isResponse(entry) && entry.message.id === id ? Option.some(entry) : Option.none()
        ),
      crash: (crash = {}) =>
        Effect.gen(function*() {
          const already = yield* Ref.getAndSet(ended, Option.some({ exitCode: crash.exitCode ?? 1, stderr: crash.stderr }))
          isEnded = true
          if (Option.isNone(already)) yield* Queue.offer(toSdk, { _tag: "End" })
        })
    }
    return service
  })

/**
 * A Layer of a fake runtime with the default handlers.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * const program = Effect.gen(function*() {
 *   const fake = yield* FakeRuntime.FakeRuntime
 *   yield* fake.handle("session.create", FakeRuntime.sessionStarted)
 * }).pipe(Effect.provide(FakeRuntime.layer))
 * ```
 *
 * @since 0.1.0
 */
export const layer: Layer.Layer<FakeRuntime> = Layer.scoped(FakeRuntime, make())

/**
 * A Layer of a fake runtime with options.
 *
 * @example
 * ```ts
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * const Fake = FakeRuntime.layerWith({ protocolVersion: 2 })
 * ```
 *
 * @since 0.1.0
 */
export const layerWith = (options: Options): Layer.Layer<FakeRuntime> => Layer.scoped(FakeRuntime, make(options))

/**
 * A fake runtime and a `CopilotClient` connected to it (started: the
 * handshake has run), with options for both.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * Effect.gen(function*() {
 *   const exit = yield* CopilotClient.CopilotClient.pipe(
 *     Effect.provide(FakeRuntime.layerClientWith({ fake: { protocolVersion: 2 } })),
 *     Effect.exit
 *   )
 * })
 * ```
 *
 * @since 0.1.0
 */
export const layerClientWith = (
  options: { readonly fake?: Options | undefined; readonly client?: ClientOptions | undefined } = {}
): Layer.Layer<FakeRuntime | CopilotClient, StartError> =>
  Layer.scoped(CopilotClient, Effect.flatMap(FakeRuntime, (fake) => makeWithConnection(fake.connected, options.client))).pipe(
    Layer.provideMerge(layerWith(options.fake ?? {}))
  )

/**
 * A fake runtime with the default handlers and a `CopilotClient` connected
 * to it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 * import { FakeRuntime } from "effect-copilot/testing"
 *
 * Effect.gen(function*() {
 *   const result = yield* CopilotClient.ping("hi").pipe(Effect.provide(FakeRuntime.layerClient))
 *   // result.message === "pong: hi"
 * })
 * ```
 *
 * @since 0.1.0
 */
export const layerClient: Layer.Layer<FakeRuntime | CopilotClient, StartError> = layerClientWith()
