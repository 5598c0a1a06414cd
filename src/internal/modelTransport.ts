/**
 * Serves the runtime's model requests (`llmInference.*`) with the user's
 * model transport.
 *
 * The runtime opens a request with `llmInference.httpRequestStart` (method,
 * URL, headers, the request's context), then streams its body in
 * `llmInference.httpRequestChunk`s up to one marked `end`, or cancels it with
 * a chunk marked `cancel`. The answer goes back as calls: one
 * `llmInference.httpResponseStart` (status and headers; 101 for a
 * WebSocket), then `llmInference.httpResponseChunk`s, the last marked `end`,
 * or carrying an `error` for a transport failure. A WebSocket request is the
 * same exchange with each chunk one message, each way.
 *
 * Every request the runtime starts gets an answer: the response, or an error
 * chunk when the transport fails, is interrupted (the client closing), or is
 * cancelled by the runtime. Chunks may come before their start (the requests
 * are served concurrently), so an exchange is made by whichever comes first.
 *
 * @internal
 */
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Socket from "@effect/platform/Socket"
import { Cause, Chunk, Deferred, Effect, Exit, FiberSet, Option, Queue, Stream, SynchronizedRef } from "effect"
import type { Scope, Tracer } from "effect"
import type { Api } from "../generated/Api.js"
import { Methods } from "../generated/Methods.js"
import * as ModelTransport from "./modelTransportTypes.js"
import * as Protocol from "./jsonrpc/Protocol.js"

/** A piece of the request's body (or, for a WebSocket, one message), its end, or its cancellation. */
type Piece =
  | { readonly _tag: "Data"; readonly data: string | Uint8Array }
  | { readonly _tag: "End" }

interface Exchange {
  readonly requestId: string
  readonly body: Queue.Queue<Piece>
  /** Completed by the runtime's cancel chunk, with its reason. */
  readonly cancelled: Deferred.Deferred<string | undefined>
}

/** Headers a client sets itself: the runtime's values would be wrong for the request actually sent. */
const HOP_BY_HOP = new Set([
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "keep-alive",
  "upgrade",
  "proxy-connection",
  "te",
  "trailer"
])

const decodeData = (data: string, binary: boolean | undefined): Uint8Array =>
  binary === true ? new Uint8Array(Buffer.from(data, "base64")) : new TextEncoder().encode(data)

const concat = (parts: Chunk.Chunk<Uint8Array>): Uint8Array => {
  const total = Chunk.reduce(parts, 0, (n, part) => n + part.byteLength)
  const out = new Uint8Array(total)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}

const messageOf = (error: unknown): string =>
  error instanceof Error || (typeof error === "object" && error !== null && "message" in error &&
      typeof error.message === "string")
    ? String((error as { readonly message: string }).message)
    : String(error)

/** The request's context, from its start frame. */
export const requestInfo = (start: Api.LlmInferenceHttpRequestStartRequest): ModelTransport.ModelRequestInfo => ({
  requestId: start.requestId,
  sessionId: start.sessionId,
  agentId: start.agentId,
  parentAgentId: start.parentAgentId,
  agentInvocationId: start.agentInvocationId,
  interactionType: start.interactionType,
  transport: start.transport === "websocket" ? "websocket" : "http",
  method: start.method.toUpperCase(),
  url: start.url,
  headers: start.headers
})

/** The runtime's request as an `HttpClientRequest`, its body collected whole. */
export const toHttpRequest = (
  info: ModelTransport.ModelRequestInfo,
  body: Uint8Array
): HttpClientRequest.HttpClientRequest => {
  const headers: Record<string, string> = {}
  for (const [name, values] of Object.entries(info.headers)) {
    if (values.length === 0 || HOP_BY_HOP.has(name.toLowerCase())) continue
    headers[name] = values.join(", ")
  }
  const request = HttpClientRequest.make(info.method as HttpClientRequest.HttpClientRequest["method"])(info.url, {
    headers
  })
  return info.method === "GET" || info.method === "HEAD" || body.byteLength === 0
    ? request
    : HttpClientRequest.bodyUint8Array(request, body, headers["content-type"])
}

export interface ModelRequests {
  readonly handlers: Readonly<Record<string, Protocol.RawRequestHandler>>
  /**
   * Hands the handlers the protocol they answer on, once it exists, and
   * makes the set of request fibers in the current scope: opened after the
   * protocol, it is closed before it, so the requests that closing the
   * client interrupts are still answered.
   */
  readonly attach: (protocol: Protocol.Protocol) => Effect.Effect<void, never, Scope.Scope>
}

/** The runtime answered `accepted: false`: it no longer waits on this request. */
class Forgotten {
  readonly _tag = "Forgotten"
}

/** Bound on answering a request that failed or was interrupted. */
const ANSWER_TIMEOUT = "5 seconds"

/**
 * The `llmInference.httpRequestStart` / `httpRequestChunk` handlers, serving
 * each request in a fiber of its own.
 */
export const make = (
  transport: ModelTransport.ModelTransport,
  /** Where a session's request goes in the trace: under the session's turn. */
  spanParentOf: (sessionId: string) => Effect.Effect<{ readonly parent: Tracer.AnySpan } | { readonly root: true }>
): Effect.Effect<ModelRequests> =>
  Effect.gen(function*() {
    const ready = yield* Deferred.make<{ readonly protocol: Protocol.Protocol; readonly fibers: FiberSet.FiberSet<void, never> }>()
    const exchanges = yield* SynchronizedRef.make<ReadonlyMap<string, Exchange>>(new Map())

    const exchangeOf = (requestId: string) =>
      SynchronizedRef.modifyEffect(exchanges, (map) => {
        const found = map.get(requestId)
        if (found !== undefined) return Effect.succeed([found, map] as const)
        return Effect.map(
          Effect.all([Queue.unbounded<Piece>(), Deferred.make<string | undefined>()]),
          ([body, cancelled]) => {
            const exchange: Exchange = { requestId, body, cancelled }
            return [exchange, new Map([...map, [requestId, exchange]])] as const
          }
        )
      })
    const forget = (requestId: string) =>
      SynchronizedRef.update(exchanges, (map) => {
        const next = new Map(map)
        next.delete(requestId)
        return next
      })

    const withProtocol = <A, E>(f: (protocol: Protocol.Protocol) => Effect.Effect<A, E>) =>
      Effect.flatMap(Deferred.await(ready), ({ protocol }) => f(protocol))
    const accepted = (result: { readonly accepted: boolean }) =>
      result.accepted ? Effect.void : Effect.fail(new Forgotten())

    // The answer, as calls to the runtime. A call the runtime does not take
    // (`accepted: false`: it has forgotten the request) ends the exchange.
    const respondStart = (requestId: string, status: number, headers: Api.LlmInferenceHeaders, statusText?: string) =>
      withProtocol((protocol) =>
        protocol.call(Methods.LlmInferenceHttpResponseStart, {
          requestId,
          status,
          headers,
          ...(statusText === undefined || statusText === "" ? {} : { statusText })
        })
      ).pipe(Effect.flatMap(accepted))
    const respondChunk = (params: Api.LlmInferenceHttpResponseChunkRequest) =>
      withProtocol((protocol) => protocol.call(Methods.LlmInferenceHttpResponseChunk, params)).pipe(
        Effect.flatMap(accepted)
      )
    const dataChunk = (requestId: string, data: string | Uint8Array): Api.LlmInferenceHttpResponseChunkRequest =>
      typeof data === "string"
        ? { requestId, data, end: false }
        : { requestId, data: Buffer.from(data).toString("base64"), binary: true, end: false }

    /** The request body, whole, once the runtime has marked its end. */
    const collectBody = (exchange: Exchange) =>
      Stream.fromQueue(exchange.body).pipe(
        Stream.takeWhile((piece) => piece._tag === "Data"),
        Stream.map((piece) =>
          piece._tag === "Data" ? (typeof piece.data === "string" ? new TextEncoder().encode(piece.data) : piece.data) : new Uint8Array()
        ),
        Stream.runCollect,
        Effect.map(concat)
      )

    const serveHttp = (exchange: Exchange, info: ModelTransport.ModelRequestInfo, started: Deferred.Deferred<void>) =>
      Effect.gen(function*() {
        const body = yield* collectBody(exchange)
        const response = yield* transport.execute(toHttpRequest(info, body))
        const headers: Record<string, ReadonlyArray<string>> = {}
        for (const [name, value] of Object.entries(response.headers)) headers[name] = [value]
        yield* Deferred.succeed(started, undefined)
        yield* respondStart(info.requestId, response.status, headers)
        yield* response.stream.pipe(
          Stream.runForEach((bytes) =>
            bytes.byteLength === 0 ? Effect.void : respondChunk(dataChunk(info.requestId, bytes))
          )
        )
        yield* respondChunk({ requestId: info.requestId, data: "", end: true })
      })

    const serveWebSocket = (exchange: Exchange, info: ModelTransport.ModelRequestInfo, started: Deferred.Deferred<void>) =>
      Effect.scoped(Effect.gen(function*() {
        const open = transport.webSocket
        if (open === undefined) {
          return yield* Effect.fail(
            new Error(
              `the runtime asked for a WebSocket (${info.url}) and the model transport has none: give ModelTransport.make a webSocket`
            )
          )
        }
        const socket = yield* open(info)
        const write = yield* socket.writer
        yield* Deferred.succeed(started, undefined)
        yield* respondStart(info.requestId, 101, {})
        // What the runtime sends goes out until it marks its end; then the
        // socket is closed normally.
        const outbound = Stream.fromQueue(exchange.body).pipe(
          Stream.takeWhile((piece) => piece._tag === "Data"),
          Stream.runForEach((piece) => (piece._tag === "Data" ? write(piece.data) : Effect.void)),
          Effect.zipRight(write(new Socket.CloseEvent(1000)))
        )
        const inbound = socket.runRaw((data) => respondChunk(dataChunk(info.requestId, data)))
        yield* Effect.raceFirst(
          inbound,
          Effect.zipRight(outbound, Effect.never)
        )
        yield* respondChunk({ requestId: info.requestId, data: "", end: true })
      }))

    /**
     * Serves one request and makes sure it is answered: a failure (or an
     * interruption, or the runtime's cancel) before the answer has started
     * gets a 502 head then the error; after it, the error chunk ends it.
     */
    const serve = (
      exchange: Exchange,
      start: Api.LlmInferenceHttpRequestStartRequest,
      parent: { readonly parent: Tracer.AnySpan } | { readonly root: true }
    ) =>
      // Uninterruptible around the work, which alone is interruptible: an
      // interruption (the client closing) ends the work and is answered.
      Effect.uninterruptibleMask((restore) => Effect.gen(function*() {
        const info = requestInfo(start)
        const started = yield* Deferred.make<void>()
        const work = (info.transport === "websocket" ? serveWebSocket : serveHttp)(exchange, info, started).pipe(
          Effect.provideService(ModelTransport.ModelRequest, info)
        )
        const cancel = Effect.flatMap(Deferred.await(exchange.cancelled), (reason) =>
          Effect.fail({ cancelled: reason } as const))
        const exit = yield* Effect.exit(restore(Effect.raceFirst(work, cancel)))
        if (Exit.isSuccess(exit)) return
        const failure = Option.getOrUndefined(Cause.failureOption(exit.cause))
        // The runtime no longer waits on the request: nothing to answer.
        if (failure instanceof Forgotten) return
        const answer = (effect: Effect.Effect<void, unknown>) => Effect.timeout(effect, ANSWER_TIMEOUT)
        // The runtime ends a WebSocket by cancelling it ("runtime closed the
        // websocket"): the socket is closed with the scope, and the exchange
        // ends normally.
        if (info.transport === "websocket" && (yield* Deferred.isDone(exchange.cancelled)) && (yield* Deferred.isDone(started))) {
          return yield* answer(respondChunk({ requestId: info.requestId, data: "", end: true }))
        }
        const cancelled = typeof failure === "object" && failure !== null && "cancelled" in failure ? failure : undefined
        const error: Api.LlmInferenceHttpResponseChunkError = cancelled !== undefined
          ? {
            message: cancelled.cancelled === undefined
              ? "the request was cancelled by the runtime"
              : `the request was cancelled by the runtime: ${cancelled.cancelled}`,
            code: "cancelled"
          }
          : Cause.isInterruptedOnly(exit.cause)
          ? { message: "the model transport was interrupted (the client is closing)", code: "interrupted" }
          : { message: `the model transport failed: ${messageOf(Cause.squash(exit.cause))}` }
        if (cancelled === undefined && !Cause.isInterruptedOnly(exit.cause)) {
          yield* Effect.logWarning(`model request ${info.method} ${info.url} failed: ${error.message}`)
          yield* Effect.logDebug("the model transport's failure", exit.cause)
        }
        yield* answer(Effect.gen(function*() {
          if (!(yield* Deferred.isDone(started))) {
            yield* respondStart(info.requestId, cancelled !== undefined ? 499 : 502, {})
          }
          yield* respondChunk({ requestId: info.requestId, data: "", end: true, error })
        }))
      })).pipe(
        Effect.catchAllCause((cause) =>
          Cause.isInterruptedOnly(cause) || Option.exists(Cause.failureOption(cause), (e) => e instanceof Forgotten)
            ? Effect.void
            : Effect.logWarning(`could not answer model request ${start.requestId}`, cause)
        ),
        Effect.ensuring(forget(start.requestId)),
        Effect.withSpan("CopilotClient.modelRequest", {
          ...parent,
          kind: "client",
          attributes: {
            "http.request.method": start.method,
            "url.full": start.url,
            "model.request.id": start.requestId,
            "model.transport": start.transport ?? "http",
            ...(start.sessionId === undefined ? {} : { "session.id": start.sessionId }),
            ...(start.interactionType === undefined ? {} : { "model.interaction_type": start.interactionType })
          }
        })
      )

    const handlers: Record<string, Protocol.RawRequestHandler> = {
      [Methods.LlmInferenceHttpRequestStart.name]: (raw, _context) =>
        Effect.gen(function*() {
          const start = yield* Protocol.decodeParams(Methods.LlmInferenceHttpRequestStart.name, Methods.LlmInferenceHttpRequestStart.params, raw ?? {})
          const exchange = yield* exchangeOf(start.requestId)
          // Answered at once; the request is served in a fiber of its own.
          const { fibers } = yield* Deferred.await(ready)
          // A session's request is traced under the session's turn (the
          // send that caused it), as its tool calls are; others are roots.
          const parent = start.sessionId === undefined ? { root: true as const } : yield* spanParentOf(start.sessionId)
          yield* FiberSet.run(fibers, serve(exchange, start, parent))
          return {}
        }),
      [Methods.LlmInferenceHttpRequestChunk.name]: (raw, _context) =>
        Effect.gen(function*() {
          const chunk = yield* Protocol.decodeParams(Methods.LlmInferenceHttpRequestChunk.name, Methods.LlmInferenceHttpRequestChunk.params, raw ?? {})
          if (chunk.cancel === true) {
            // A cancel for a request already answered (or never started) has nothing to stop.
            const known = (yield* SynchronizedRef.get(exchanges)).get(chunk.requestId)
            if (known !== undefined) yield* Deferred.succeed(known.cancelled, chunk.cancelReason)
            return {}
          }
          const exchange = yield* exchangeOf(chunk.requestId)
          if (chunk.data.length > 0) {
            yield* Queue.offer(exchange.body, {
              _tag: "Data",
              data: chunk.binary === true ? decodeData(chunk.data, true) : chunk.data
            })
          }
          if (chunk.end === true) yield* Queue.offer(exchange.body, { _tag: "End" })
          return {}
        })
    }
    return {
      handlers,
      attach: (protocol) =>
        Effect.flatMap(FiberSet.make<void, never>(), (fibers) => Deferred.succeed(ready, { protocol, fibers })).pipe(
          Effect.asVoid
        )
    }
  })
