/**
 * The JSON-RPC 2.0 peer: correlates outbound requests with their answers,
 * dispatches inbound requests and notifications to handlers, and turns every
 * bad input into an answer or a log line rather than an ended connection,
 * except bytes the frame decoder cannot read on from (a declared length over
 * the limit, a stream it cannot resynchronise): those end the connection with
 * a {@link ConnectionClosed} naming the cause, failing every waiting call.
 *
 * It knows JSON-RPC and nothing of sessions: handlers are given to it as
 * values keyed by method name.
 *
 * @internal
 */
import { Cause, Deferred, Effect, Either, FiberSet, Option, ParseResult, Schema } from "effect"
import type { Scope } from "effect"
import {
  type CallError,
  ConnectionClosed,
  InvalidParams,
  MethodNotServed,
  type ParamsIssue,
  ResponseDecodeError,
  RpcError
} from "../../CopilotError.js"
import { tolerant } from "../generatedSchema.js"
import * as Frame from "./Frame.js"
import * as Message from "./Message.js"
import type * as Method from "./Method.js"

/** A byte channel to the peer. */
export interface Transport {
  /**
   * Reads the peer's bytes, handing each chunk to `onChunk` in order; ends
   * (or fails) when the connection does.
   */
  readonly run: (onChunk: (chunk: Uint8Array) => Effect.Effect<void>) => Effect.Effect<void, unknown>
  /** Writes bytes to the peer. */
  readonly write: (bytes: Uint8Array) => Effect.Effect<void, unknown>
  /**
   * Describes why the connection ended, once `incoming` has ended: for a
   * spawned runtime, its exit code and the tail of its stderr.
   */
  readonly closeReason: (reason: string) => Effect.Effect<ConnectionClosed>
}

/** What a raw request handler gets besides the params. */
export interface RequestContext {
  readonly method: string
  readonly id: Message.Id
}

/**
 * A handler for an inbound request, on undecoded params. Failing with an
 * {@link RpcError} answers with its code; any other failure or a defect
 * answers -32603.
 */
export type RawRequestHandler = (params: unknown, context: RequestContext) => Effect.Effect<unknown, unknown>

/** A handler for an inbound notification, on undecoded params. */
export type RawNotificationHandler = (params: unknown, method: string) => Effect.Effect<void>

export interface Handlers {
  readonly requests?: Readonly<Record<string, RawRequestHandler>>
  readonly notifications?: Readonly<Record<string, RawNotificationHandler>>
}

export interface Options {
  /** Largest frame body accepted; a larger declared length ends the connection. */
  readonly maxFrameBytes?: number | undefined
  /** Bytes dropped looking for a header after a malformed one before the connection is ended. */
  readonly maxResyncBytes?: number | undefined
  /**
   * Removes secrets from text taken from the runtime before it reaches a log
   * line or an error (see `internal/secrets.ts`); identity when absent.
   */
  readonly scrub?: ((text: string) => Effect.Effect<string>) | undefined
}

/** A running JSON-RPC peer. */
export interface Protocol {
  /**
   * Calls a declared method: params encoded, result decoded by its Schemas.
   * Params that do not encode are an {@link InvalidParams} (nothing is
   * sent); a result that does not decode is a {@link ResponseDecodeError}
   * that keeps the raw answer; a method the runtime does not serve is a
   * {@link MethodNotServed}.
   */
  readonly call: <M extends Method.AnyMethod>(
    method: M,
    params: Method.Params<M>
  ) => Effect.Effect<Method.Result<M>, CallError>
  /** Calls a method with already-encoded params and returns the raw result. */
  readonly callRaw: (method: string, params: unknown) => Effect.Effect<unknown, RpcError | ConnectionClosed>
  /** Sends a notification of a declared method; params that do not encode are an {@link InvalidParams}. */
  readonly notify: <M extends Method.AnyNotificationMethod>(
    method: M,
    params: Method.Params<M>
  ) => Effect.Effect<void, ConnectionClosed | InvalidParams>
  /** Completes with the reason once the connection has ended. */
  readonly closed: Effect.Effect<ConnectionClosed>
  /** The reason, if the connection has ended. */
  readonly isClosed: Effect.Effect<Option.Option<ConnectionClosed>>
}

const formatParseError = (error: ParseResult.ParseError): string => ParseResult.TreeFormatter.formatErrorSync(error)

/**
 * Decodes an inbound request's params, tolerantly (an optional member sent as
 * `null` is absent); a mismatch is the -32602 answer, with the Schema's message.
 */
export const decodeParams = <A, I>(method: string, schema: Schema.Schema<A, I>, params: unknown): Effect.Effect<A, RpcError> =>
  Schema.decodeUnknown(tolerant(schema))(params).pipe(
    Effect.mapError((error) => new RpcError({ method, code: Message.ErrorCode.InvalidParams, message: formatParseError(error) }))
  )

/** Builds a raw handler from a declared method and a typed handler. */
export const handler = <M extends Method.AnyMethod, E>(
  method: M,
  f: (params: Method.Params<M>, context: RequestContext) => Effect.Effect<Method.Result<M>, E>
): RawRequestHandler => {
  const params = method.params as Schema.Schema<Method.Params<M>, Method.ParamsEncoded<M>>
  const encode = Schema.encode(method.result as Schema.Schema<Method.Result<M>, Method.ResultEncoded<M>>)
  return (raw, context) =>
    decodeParams(method.name, params, raw ?? {}).pipe(
      Effect.flatMap((decoded) => f(decoded, context)),
      Effect.flatMap((result) =>
        encode(result).pipe(
          Effect.mapError((error) =>
            new RpcError({
              method: method.name,
              code: Message.ErrorCode.InternalError,
              message: `handler result does not match the protocol: ${formatParseError(error)}`
            })
          )
        )
      )
    )
}

/** Builds a raw notification handler from a declared notification method. */
export const notificationHandler = <M extends Method.AnyNotificationMethod>(
  method: M,
  f: (params: Method.Params<M>) => Effect.Effect<void>
): RawNotificationHandler => {
  const decode = Schema.decodeUnknownEither(method.params as Schema.Schema<Method.Params<M>, Method.ParamsEncoded<M>>)
  return (params) => {
    const decoded = decode(params ?? {})
    return Either.isRight(decoded)
      ? f(decoded.right)
      : Effect.logWarning(`ignored a ${method.name} notification that does not match the protocol`).pipe(
        Effect.annotateLogs("error", formatParseError(decoded.left))
      )
  }
}

/** An object with a `result` or an `error` and no `method`: meant as an answer. */
const isAnswerShaped = (json: unknown): boolean =>
  typeof json === "object" && json !== null && !("method" in json) && ("result" in json || "error" in json)

type Answer = Effect.Effect<unknown, RpcError | ConnectionClosed>

/**
 * A call waiting for its answer: a one-shot cell that holds the waiting
 * caller's resume callback or, should the answer come first, the answer.
 * It replaces a Deferred per call, whose making, completing and awaiting cost
 * about 17 µs, a fifth of a call's CPU. Like the table that holds it, it is
 * touched only inside synchronous Effect steps on Node's single thread.
 */
interface Pending {
  readonly method: string
  answer: Answer | undefined
  resume: ((answer: Answer) => void) | undefined
}

const answerPending = (waiting: Pending, answer: Answer): void => {
  if (waiting.resume !== undefined) waiting.resume(answer)
  else waiting.answer = answer
}

/** Waits for a pending call's answer. */
const awaitAnswer = (waiting: Pending): Answer =>
  Effect.async((resume) => {
    if (waiting.answer !== undefined) resume(waiting.answer)
    else waiting.resume = resume
  })

/**
 * A method's codecs, synchronous: every Schema of the protocol is, and the
 * Either forms skip an Effect step each way on every call.
 */
interface Codecs<P, R> {
  readonly encodeParams: (params: P) => Either.Either<unknown, ParseResult.ParseError>
  readonly decodeResult: (result: unknown) => Either.Either<R, ParseResult.ParseError>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const codecCache = new WeakMap<Method.AnyMethod, Codecs<any, any>>()

/** `attachments[0].displayName`, from a Schema issue's path. */
const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (out, key) =>
      typeof key === "number" || (typeof key === "string" && /^\d+$/.test(key))
        ? `${out}[${String(key)}]`
        : typeof key === "string" && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)
        ? (out === "" ? key : `${out}.${key}`)
        : `${out}[${JSON.stringify(String(key))}]`,
    ""
  )

/** What to change for one Schema issue, said to the caller who built the params. */
const changeFor = (issue: ParseResult.ArrayFormatterIssue, path: string): string => {
  const where = path === "" ? "the params" : path
  switch (issue._tag) {
    case "Missing":
      return `add ${where}`
    case "Unexpected":
      return `remove ${where}`
    default:
      return `give ${where} a value the protocol accepts`
  }
}

/** Whether `inner` is a path strictly inside `outer`. */
const isInside = (inner: ReadonlyArray<PropertyKey>, outer: ReadonlyArray<PropertyKey>): boolean =>
  inner.length > outer.length && outer.every((key, index) => key === inner[index])

/**
 * The typed error for params that do not encode: each field, what is wrong
 * with it, what to change. Where a union's members each complain (an
 * optional field is also "expected undefined"), only the issues deepest in
 * the value are kept: they name the field to fix.
 */
export const invalidParams = (method: string, error: ParseResult.ParseError): InvalidParams => {
  const all = ParseResult.ArrayFormatter.formatErrorSync(error)
  const deepest = all.filter((issue) => !all.some((other) => isInside(other.path, issue.path)))
  return new InvalidParams({
    method,
    issues: deepest.map((issue): ParamsIssue => {
      const path = formatPath(issue.path)
      return { path, problem: issue.message, change: changeFor(issue, path) }
    })
  })
}

/** The typed error for a result that does not decode, keeping the raw answer. */
export const responseDecodeError = (method: string, error: ParseResult.ParseError, raw: unknown): ResponseDecodeError =>
  new ResponseDecodeError({ method, message: formatParseError(error), raw })

/**
 * A method the runtime does not serve (-32601, "Unhandled method ..."): the
 * protocol's schema lists methods that a runtime version may not implement,
 * so this is its own typed error, keeping the runtime's words. Other errors
 * pass unchanged.
 */
const explainNotServed = (error: RpcError | ConnectionClosed): Effect.Effect<never, CallError> =>
  Effect.fail(
    error._tag === "RpcError" && error.code === Message.ErrorCode.MethodNotFound
      ? new MethodNotServed({ method: error.method, reason: error.message })
      : error
  )

/** A method's params encoder and result decoder, built once per method rather than per call. */
const codecsOf = <M extends Method.AnyMethod>(method: M): Codecs<Method.Params<M>, Method.Result<M>> => {
  const cached = codecCache.get(method)
  if (cached !== undefined) return cached
  const codecs: Codecs<Method.Params<M>, Method.Result<M>> = {
    encodeParams: Schema.encodeEither(method.params as Schema.Schema<Method.Params<M>, Method.ParamsEncoded<M>>),
    decodeResult: Schema.decodeUnknownEither(method.result as Schema.Schema<Method.Result<M>, Method.ResultEncoded<M>>)
  }
  codecCache.set(method, codecs)
  return codecs
}

/**
 * The `code.stacktrace` a failed call's span records. Effect's `withSpan`
 * captures an Error per span for it (about 7 µs a call), yet it always names
 * the same frame, `call` in {@link make}; so it is captured once and reused.
 */
let callSite: string | undefined | null = null
const captureCallSite = (): void => {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 3
  const stack = new Error().stack
  Error.stackTraceLimit = limit
  callSite = stack?.split("\n")[2]?.trim()
}
const callSiteTrace = (): string | undefined => callSite ?? undefined

const messageOf = (error: unknown): string => {
  if (error instanceof Error) return error.message
  if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string") {
    return error.message
  }
  return String(error)
}

/**
 * Starts a JSON-RPC peer over a transport. The reader runs until the scope
 * closes or the connection ends; then every waiting call fails with
 * {@link ConnectionClosed}.
 */
export const make = (
  transport: Transport,
  handlers: Handlers,
  options: Options = {}
): Effect.Effect<Protocol, never, Scope.Scope> =>
  Effect.gen(function*() {
    const requestHandlers = handlers.requests ?? {}
    const notificationHandlers = handlers.notifications ?? {}
    // The correlation table is touched only inside synchronous Effect steps,
    // each of which runs to completion on Node's single thread, so a plain Map
    // is race-free here and keeps the hot path of every call cheap.
    const pending = new Map<Message.Id, Pending>()
    let nextId = 0
    // Mirrors closedDeferred for the synchronous check at the start of every
    // call; set in the same step that completes it.
    let closedWith: ConnectionClosed | undefined
    const closedDeferred = yield* Deferred.make<ConnectionClosed>()
    const scrub = options.scrub ?? Effect.succeed
    /** Completed when a fatal frame error has ended the connection. */
    const unreadable = yield* Deferred.make<void>()
    const inbound = yield* FiberSet.make<unknown, never>()
    const runInbound = yield* FiberSet.runtime(inbound)<never>()

    const send = (message: unknown): Effect.Effect<void, ConnectionClosed> =>
      Effect.suspend(() => transport.write(Frame.encode(JSON.stringify(message)))).pipe(
        Effect.catchAll((error) =>
          Deferred.poll(closedDeferred).pipe(
            Effect.flatMap(Option.match({
              onNone: () => Effect.fail(new ConnectionClosed({ reason: `write failed: ${messageOf(error)}` })),
              onSome: (closed) => Effect.flatMap(closed, Effect.fail)
            }))
          )
        )
      )

    const respondError = (id: Message.Id | null, code: number, message: string, data?: unknown) =>
      send({
        jsonrpc: "2.0",
        id,
        error: data === undefined ? { code, message } : { code, message, data }
      }).pipe(Effect.ignore)

    const handleRequest = (request: Message.Request): Effect.Effect<void> => {
      const run = requestHandlers[request.method]
      if (run === undefined) {
        return Effect.logDebug(`answered unknown method ${request.method} with -32601`).pipe(
          Effect.zipRight(respondError(request.id, Message.ErrorCode.MethodNotFound, `method not found: ${request.method}`))
        )
      }
      const answer = run(request.params, { method: request.method, id: request.id }).pipe(
        Effect.matchCauseEffect({
          onSuccess: (result) => send({ jsonrpc: "2.0", id: request.id, result: result ?? null }).pipe(Effect.ignore),
          onFailure: (cause) => {
            if (Cause.isInterruptedOnly(cause)) {
              return respondError(request.id, Message.ErrorCode.InternalError, `${request.method} was cancelled`)
            }
            const failure = Cause.failureOption(cause)
            if (Option.isSome(failure)) {
              const error = failure.value
              return error instanceof RpcError
                ? respondError(request.id, error.code, error.message, error.data)
                : respondError(request.id, Message.ErrorCode.InternalError, `${request.method} failed: ${messageOf(error)}`)
            }
            return Effect.logError(`handler for ${request.method} died`, cause).pipe(
              Effect.zipRight(respondError(
                request.id,
                Message.ErrorCode.InternalError,
                `${request.method} failed: ${messageOf(Cause.squash(cause))}`
              ))
            )
          }
        }),
        Effect.withSpan(request.method, { kind: "server", attributes: { "rpc.system": "jsonrpc", "rpc.method": request.method } })
      )
      // Each request runs in a fiber of its own, so a slow handler never
      // holds up the reader. (A Fiber is itself an Effect that joins it:
      // returning it here would make the reader wait for the handler.)
      return Effect.sync(() => {
        runInbound(answer)
      })
    }

    const handleNotification = (notification: Message.Notification): Effect.Effect<void> => {
      const run = notificationHandlers[notification.method]
      return run === undefined
        ? Effect.logDebug(`ignored unknown notification ${notification.method}`)
        : run(notification.params, notification.method).pipe(
          Effect.catchAllCause((cause) => Effect.logError(`notification handler for ${notification.method} failed`, cause))
        )
    }

    const settle = (id: Message.Id, outcome: (method: string) => Effect.Effect<unknown, RpcError>) => {
      const waiting = pending.get(id)
      if (waiting === undefined) {
        return Effect.logDebug(`dropped an answer for request ${id}, which is no longer waited on`)
      }
      pending.delete(id)
      // Run here, in the reader, as completing a Deferred did: a failure then
      // carries the reader's span annotation, not the caller's.
      return Effect.flatMap(Effect.exit(outcome(waiting.method)), (answer) => Effect.sync(() => answerPending(waiting, answer)))
    }

    /** Text from the runtime, scrubbed of secrets, into a warning. */
    const warn = (text: string) => Effect.flatMap(scrub(text), (clean) => Effect.logWarning(clean))

    const handleFrame = (frame: Either.Either<Buffer, Frame.FrameError>): Effect.Effect<void> => {
      if (Either.isLeft(frame)) {
        if (!frame.left.fatal) return warn(`skipped a bad frame: ${frame.left.message}`)
        // The stream cannot be read on: end the connection now, so that
        // every waiting call fails at once and `closed` completes.
        return scrub(frame.left.message).pipe(
          Effect.flatMap((message) =>
            shutdown(Effect.succeed(
              new ConnectionClosed({ reason: `the runtime sent bytes that cannot be read as a frame: ${message}` })
            ))
          ),
          Effect.zipRight(Deferred.succeed(unreadable, undefined)),
          Effect.asVoid
        )
      }
      let json: unknown
      try {
        json = JSON.parse(frame.right.toString("utf8"))
      } catch (error) {
        return respondError(null, Message.ErrorCode.ParseError, `parse error: ${messageOf(error)}`).pipe(
          Effect.zipRight(warn(`received a frame that is not JSON: ${messageOf(error)}`))
        )
      }
      const decoded = Message.decode(json)
      if (Either.isLeft(decoded)) {
        const { id, message } = decoded.left
        if (id === undefined) return warn(`ignored a message that is not JSON-RPC: ${message}`)
        // A malformed answer must not be answered (that invites a ping-pong),
        // and must fail the call waiting for it rather than leave it hanging.
        if (isAnswerShaped(json)) {
          return pending.has(id)
            ? settle(id, (method) =>
              Effect.flatMap(
                scrub(message),
                (clean) => Effect.fail(new RpcError({ method, code: Message.ErrorCode.InvalidRequest, message: clean }))
              ))
            : warn(`ignored a malformed answer for request ${id}: ${message}`)
        }
        return respondError(id, Message.ErrorCode.InvalidRequest, message)
      }
      const m = decoded.right
      switch (m._tag) {
        case "Request":
          return handleRequest(m.message)
        case "Notification":
          return handleNotification(m.message)
        case "SuccessResponse":
          return settle(m.message.id, () => Effect.succeed(m.message.result))
        case "ErrorResponse": {
          const { error, id } = m.message
          if (id === null) return warn(`the runtime reported an error: ${error.message} (${error.code})`)
          return settle(
            id,
            (method) =>
              Effect.flatMap(
                scrub(error.message),
                (message) => Effect.fail(new RpcError({ method, code: error.code, message, data: error.data }))
              )
          )
        }
      }
    }

    const clientClosed = new ConnectionClosed({ reason: "the client closed the connection" })
    const shutdown = (reason: Effect.Effect<ConnectionClosed>) =>
      Effect.gen(function*() {
        if (yield* Deferred.isDone(closedDeferred)) return
        const closed = yield* reason
        closedWith = closed
        yield* Deferred.succeed(closedDeferred, closed)
        const waiting = Array.from(pending.values())
        pending.clear()
        const answer = Effect.fail(closed)
        for (const w of waiting) answerPending(w, answer)
      })

    const decoder = new Frame.FrameDecoder({ maxFrameBytes: options.maxFrameBytes, maxResyncBytes: options.maxResyncBytes })
    // The reader stops once a fatal frame error has ended the connection.
    const reading = transport.run((chunk) => Effect.forEach(decoder.push(chunk), handleFrame, { discard: true })).pipe(
      Effect.as(false),
      Effect.raceFirst(Effect.as(Deferred.await(unreadable), true))
    )
    yield* reading.pipe(
      Effect.matchCauseEffect({
        onSuccess: (stopped) =>
          stopped ? Effect.void : shutdown(transport.closeReason("the runtime closed the connection")),
        onFailure: (cause) =>
          Cause.isInterruptedOnly(cause)
            ? shutdown(Effect.succeed(clientClosed))
            : shutdown(transport.closeReason(`reading from the runtime failed: ${messageOf(Cause.squash(cause))}`))
      }),
      Effect.forkScoped
    )
    yield* Effect.addFinalizer(() => shutdown(Effect.succeed(clientClosed)))

    const callRaw = (method: string, params: unknown): Effect.Effect<unknown, RpcError | ConnectionClosed> =>
      Effect.suspend(() => {
        if (closedWith !== undefined) return Effect.fail(closedWith)
        const id = nextId++
        const waiting: Pending = { method, answer: undefined, resume: undefined }
        pending.set(id, waiting)
        return send({ jsonrpc: "2.0", id, method, params }).pipe(
          Effect.zipRight(awaitAnswer(waiting)),
          Effect.onExit(() => Effect.sync(() => pending.delete(id)))
        )
      })

    const call = <M extends Method.AnyMethod>(
      method: M,
      params: Method.Params<M>
    ): Effect.Effect<Method.Result<M>, CallError> => {
      const { decodeResult, encodeParams } = codecsOf(method)
      if (callSite === null) captureCallSite()
      // The call's span is made with useSpan rather than withSpan: it is
      // recorded and ended with the call's outcome, but not made the current
      // span, since nothing runs inside a call that could be its child.
      // Making it current cost about a quarter of a call.
      return Effect.useSpan(method.name, {
        kind: "client",
        attributes: { "rpc.system": "jsonrpc", "rpc.method": method.name },
        captureStackTrace: callSiteTrace
      }, () =>
        Effect.suspend((): Effect.Effect<Method.Result<M>, CallError> => {
          const encoded = encodeParams(params)
          if (Either.isLeft(encoded)) return Effect.fail(invalidParams(method.name, encoded.left))
          return Effect.matchEffect(callRaw(method.name, encoded.right), {
            onFailure: explainNotServed,
            onSuccess: (raw) => {
              const decoded = decodeResult(raw)
              return Either.isRight(decoded)
                ? Effect.succeed(decoded.right)
                : Effect.fail(responseDecodeError(method.name, decoded.left, raw))
            }
          })
        }))
    }

    const notify = <M extends Method.AnyNotificationMethod>(method: M, params: Method.Params<M>) =>
      Schema.encode(method.params as Schema.Schema<Method.Params<M>, Method.ParamsEncoded<M>>)(params).pipe(
        Effect.mapError((error) => invalidParams(method.name, error)),
        Effect.flatMap((encoded) => send({ jsonrpc: "2.0", method: method.name, params: encoded }))
      )

    return {
      call,
      callRaw,
      notify,
      closed: Deferred.await(closedDeferred),
      isClosed: Deferred.poll(closedDeferred).pipe(
        Effect.flatMap(Option.match({
          onNone: () => Effect.succeedNone,
          onSome: (e) => Effect.asSome(e)
        }))
      )
    } satisfies Protocol
  })
