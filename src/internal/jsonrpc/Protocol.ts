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
import { Cause, Context, DefaultServices, Deferred, Effect, Either, FiberRef, FiberSet, Option, ParseResult, Schema, Tracer } from "effect"
import type { Fiber, Scope } from "effect"
import {
  type CallError,
  ConnectionClosed,
  InvalidParams,
  MethodNotServed,
  type ParamsIssue,
  ResponseDecodeError,
  RpcError
} from "../errors.js"
import { tolerant } from "../generatedSchema.js"
import * as Frame from "./Frame.js"
import * as Message from "./Message.js"
import type * as Method from "./Method.js"
import { builtinTracer } from "../traceContext.js"

/** A byte channel to the peer. */
export interface Transport {
  /**
   * Reads the peer's bytes, handing each chunk to `onChunk` in order; ends
   * (or fails) when the connection does. `onChunk` is synchronous, so a
   * transport may call it straight from the event that delivered the bytes:
   * an answer then reaches its caller without a hop through a reader fiber.
   */
  readonly run: (onChunk: (chunk: Uint8Array) => void) => Effect.Effect<void, unknown>
  /**
   * Writes bytes to the peer, or queues them to be written, at once and in
   * order. It does not fail: a connection that cannot be written to ends,
   * and `run` reports that.
   */
  readonly write: (bytes: Uint8Array) => void
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

/**
 * A handler for an inbound notification, on undecoded params. One with a
 * `sync` member is run through it where that is possible: from the data
 * event itself, when nothing is queued ahead of the notification, so it
 * costs no hop through the protocol's worker fiber.
 */
export interface RawNotificationHandler {
  (params: unknown, method: string): Effect.Effect<void>
  /**
   * Handles the notification in one synchronous step; returns what is left
   * to run in order as an Effect, or undefined when nothing is. It must not
   * throw.
   */
  readonly sync?: ((params: unknown, method: string) => Effect.Effect<void> | undefined) | undefined
}

/**
 * A raw notification handler made of a synchronous step (see
 * {@link RawNotificationHandler.sync}); run as an Effect, it runs the same step.
 */
export const syncNotificationHandler = (
  sync: (params: unknown, method: string) => Effect.Effect<void> | undefined
): RawNotificationHandler =>
  Object.assign(
    (params: unknown, method: string): Effect.Effect<void> => Effect.suspend(() => sync(params, method) ?? Effect.void),
    { sync }
  )

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
    return Either.isRight(decoded) ? f(decoded.right) : ignoredNotification(method.name, decoded.left)
  }
}

const ignoredNotification = (method: string, error: ParseResult.ParseError) =>
  Effect.logWarning(`ignored a ${method} notification that does not match the protocol`).pipe(
    Effect.annotateLogs("error", formatParseError(error))
  )

/**
 * Builds a raw notification handler from a declared notification method and
 * a synchronous handler of its decoded params (which must not throw): it
 * runs from the data event when nothing is queued ahead (see
 * {@link RawNotificationHandler.sync}).
 */
export const notificationHandlerSync = <M extends Method.AnyNotificationMethod>(
  method: M,
  f: (params: Method.Params<M>) => void
): RawNotificationHandler => {
  const decode = Schema.decodeUnknownEither(method.params as Schema.Schema<Method.Params<M>, Method.ParamsEncoded<M>>)
  return syncNotificationHandler((params) => {
    const decoded = decode(params ?? {})
    if (Either.isLeft(decoded)) return ignoredNotification(method.name, decoded.left)
    f(decoded.right)
    return undefined
  })
}

/** An object with a `result` or an `error` and no `method`: meant as an answer. */
const isAnswerShaped = (json: unknown): boolean =>
  typeof json === "object" && json !== null && !("method" in json) && ("result" in json || "error" in json)

type Answer = Effect.Effect<unknown, RpcError | ConnectionClosed>

/**
 * A call waiting for its answer: a one-shot cell that holds the waiting
 * caller's resume callback. It replaces a Deferred per call, whose making,
 * completing and awaiting cost about 17 µs, a fifth of a call's CPU. Like
 * the table that holds it, it is touched only inside synchronous steps on
 * Node's single thread (a fiber's step, or the socket's data event).
 */
interface Pending {
  readonly method: string
  readonly resume: (answer: Answer) => void
}

/**
 * A method's codecs, synchronous: every Schema of the protocol is, and the
 * Either forms skip an Effect step each way on every call.
 */
interface Codecs<P, R> {
  readonly encodeParams: (params: P) => Either.Either<unknown, ParseResult.ParseError>
  readonly decodeResult: (result: unknown) => Either.Either<R, ParseResult.ParseError>
}

// Each entry is the Codecs of its own method: stored at the widest type that
// holds every method's, and narrowed back when read.
const codecCache = new WeakMap<Method.AnyMethod, Codecs<never, unknown>>()

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
  const cached = codecCache.get(method) as Codecs<Method.Params<M>, Method.Result<M>> | undefined
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
      Effect.suspend(() => {
        if (closedWith !== undefined) return Effect.fail(closedWith)
        transport.write(Frame.encode(JSON.stringify(message)))
        return Effect.void
      })

    const respondError = (id: Message.Id | null, code: number, message: string, data?: unknown) =>
      send({
        jsonrpc: "2.0",
        id,
        error: data === undefined ? { code, message } : { code, message, data }
      }).pipe(Effect.ignore)

    const handleRequest = (request: Message.Request): Effect.Effect<void> => {
      if (requestHandlers[request.method] === undefined) {
        return Effect.logDebug(`answered unknown method ${request.method} with -32601`).pipe(
          Effect.zipRight(respondError(request.id, Message.ErrorCode.MethodNotFound, `method not found: ${request.method}`))
        )
      }
      return Effect.sync(() => startRequest(request))
    }

    /** Starts the handler of a request that has one, in a fiber of its own, and answers with its outcome. */
    const startRequest = (request: Message.Request): void => {
      const run = requestHandlers[request.method]!
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
      // holds up the reader.
      runInbound(answer)
    }

    const guarded = (method: string, effect: Effect.Effect<void>) =>
      Effect.catchAllCause(effect, (cause) => Effect.logError(`notification handler for ${method} failed`, cause))

    const handleNotification = (notification: Message.Notification): Effect.Effect<void> => {
      const run = notificationHandlers[notification.method]
      return run === undefined
        ? Effect.logDebug(`ignored unknown notification ${notification.method}`)
        : guarded(notification.method, run(notification.params, notification.method))
    }

    /** A handler's synchronous step, from the data event; a throw (a bug) is logged as a handler's failure would be. */
    const runSync = (
      sync: NonNullable<RawNotificationHandler["sync"]>,
      notification: Message.Notification
    ): Effect.Effect<void> | undefined => {
      try {
        return sync(notification.params, notification.method)
      } catch (error) {
        return Effect.die(error)
      }
    }

    /**
     * Inbound work that runs as Effects, in arrival order, in the worker
     * fiber: requests, notifications, error answers, bad frames. An answer
     * that succeeded is settled at once, from the data event itself, when
     * nothing is queued before it; otherwise it waits its turn here, so a
     * caller never sees its answer before a notification sent ahead of it
     * has been handled.
     */
    const work: Array<Effect.Effect<void>> = []
    /** The worker is running items taken from `work`. */
    let busy = false
    /** Resumes the worker, when it waits for work. */
    let wake: (() => void) | undefined
    const enqueue = (item: Effect.Effect<void>): void => {
      work.push(item)
      if (wake !== undefined) {
        const resume = wake
        wake = undefined
        resume()
      }
    }
    const nextWork = Effect.async<void>((resume) => {
      if (work.length > 0) resume(Effect.void)
      else wake = () => resume(Effect.void)
      return Effect.sync(() => {
        wake = undefined
      })
    })
    const runWork = Effect.suspend(() => {
      busy = true
      const items = work.splice(0, work.length)
      return Effect.ensuring(
        Effect.forEach(items, (item) => item, { discard: true }),
        Effect.sync(() => {
          busy = false
        })
      )
    })
    /** Completes once everything queued before it has run. */
    const drained = Effect.suspend(() => {
      if (work.length === 0 && !busy) return Effect.void
      return Effect.async<void>((resume) => {
        enqueue(Effect.sync(() => resume(Effect.void)))
      })
    })

    /** Hands an answer to the call waiting for it. */
    const settleWith = (id: Message.Id, answer: (waiting: Pending) => Answer) => {
      const waiting = pending.get(id)
      if (waiting === undefined) {
        return Effect.logDebug(`dropped an answer for request ${id}, which is no longer waited on`)
      }
      pending.delete(id)
      waiting.resume(answer(waiting))
      return Effect.void
    }

    const settleFailure = (id: Message.Id, outcome: (method: string) => Effect.Effect<never, RpcError>) =>
      Effect.suspend(() => {
        const waiting = pending.get(id)
        if (waiting === undefined) {
          return Effect.logDebug(`dropped an answer for request ${id}, which is no longer waited on`)
        }
        // Built here, in the worker, as completing a Deferred did: a failure
        // then carries the reader's span annotation, not the caller's.
        return Effect.flatMap(Effect.exit(outcome(waiting.method)), (exit) => settleWith(id, () => exit))
      })

    /** Text from the runtime, scrubbed of secrets, into a warning. */
    const warn = (text: string) => Effect.flatMap(scrub(text), (clean) => Effect.logWarning(clean))

    const frameFailed = (error: Frame.FrameError): Effect.Effect<void> => {
      if (!error.fatal) return warn(`skipped a bad frame: ${error.message}`)
      // The stream cannot be read on: end the connection now, so that
      // every waiting call fails at once and `closed` completes.
      return scrub(error.message).pipe(
        Effect.flatMap((message) =>
          shutdown(Effect.succeed(
            new ConnectionClosed({ reason: `the runtime sent bytes that cannot be read as a frame: ${message}` })
          ))
        ),
        Effect.zipRight(Deferred.succeed(unreadable, undefined)),
        Effect.asVoid
      )
    }

    const invalidMessage = (json: unknown, invalid: Message.InvalidMessage): Effect.Effect<void> => {
      const { id, message } = invalid
      if (id === undefined) return warn(`ignored a message that is not JSON-RPC: ${message}`)
      // A malformed answer must not be answered (that invites a ping-pong),
      // and must fail the call waiting for it rather than leave it hanging.
      if (isAnswerShaped(json)) {
        return pending.has(id)
          ? settleFailure(id, (method) =>
            Effect.flatMap(
              scrub(message),
              (clean) => Effect.fail(new RpcError({ method, code: Message.ErrorCode.InvalidRequest, message: clean }))
            ))
          : warn(`ignored a malformed answer for request ${id}: ${message}`)
      }
      return respondError(id, Message.ErrorCode.InvalidRequest, message)
    }

    const handleMessage = (m: Message.Message): Effect.Effect<void> => {
      switch (m._tag) {
        case "Request":
          return handleRequest(m.message)
        case "Notification":
          return handleNotification(m.message)
        case "SuccessResponse":
          return Effect.suspend(() => settleWith(m.message.id, () => Effect.succeed(m.message.result)))
        case "ErrorResponse": {
          const { error, id } = m.message
          if (id === null) return warn(`the runtime reported an error: ${error.message} (${error.code})`)
          return settleFailure(
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

    /**
     * What one frame asks for: an Effect to run in order, or undefined for
     * a success answer that `settleNow` allows to be handed over at once.
     */
    const receive = (frame: Either.Either<Buffer, Frame.FrameError>, settleNow: boolean): Effect.Effect<void> | undefined => {
      if (Either.isLeft(frame)) return frameFailed(frame.left)
      let json: unknown
      try {
        json = JSON.parse(frame.right.toString("utf8"))
      } catch (error) {
        return respondError(null, Message.ErrorCode.ParseError, `parse error: ${messageOf(error)}`).pipe(
          Effect.zipRight(warn(`received a frame that is not JSON: ${messageOf(error)}`))
        )
      }
      const decoded = Message.decode(json)
      if (Either.isLeft(decoded)) return invalidMessage(json, decoded.left)
      const m = decoded.right
      // A request with a handler is started at once too: its fiber is
      // forked here rather than by the worker, with nothing ahead of it.
      if (settleNow && m._tag === "Request" && requestHandlers[m.message.method] !== undefined) {
        startRequest(m.message)
        return undefined
      }
      if (settleNow && m._tag === "Notification") {
        const sync = notificationHandlers[m.message.method]?.sync
        if (sync !== undefined) {
          const rest = runSync(sync, m.message)
          return rest === undefined ? undefined : guarded(m.message.method, rest)
        }
      }
      if (settleNow && m._tag === "SuccessResponse") {
        const waiting = pending.get(m.message.id)
        if (waiting !== undefined) {
          pending.delete(m.message.id)
          waiting.resume(Effect.succeed(m.message.result))
          return undefined
        }
      }
      return handleMessage(m)
    }

    /**
     * Reads a chunk's frames. Success answers are handed over at once while
     * nothing is ahead of them (when `inOrder`: the worker is idle, or this
     * runs in the worker); everything from the first other message on is
     * returned, to run in order.
     */
    const readChunk = (chunk: Uint8Array, inOrder: boolean): Array<Effect.Effect<void>> => {
      const effects: Array<Effect.Effect<void>> = []
      for (const frame of decoder.push(chunk)) {
        const effect = receive(frame, inOrder && effects.length === 0)
        if (effect !== undefined) effects.push(effect)
      }
      return effects
    }

    const runAll = (effects: Array<Effect.Effect<void>>): Effect.Effect<void> =>
      effects.length === 1 ? effects[0]! : Effect.forEach(effects, (effect) => effect, { discard: true })

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
        for (const w of waiting) w.resume(answer)
      })

    yield* Effect.forever(Effect.zipRight(nextWork, runWork)).pipe(Effect.forkScoped)

    const decoder = new Frame.FrameDecoder({ maxFrameBytes: options.maxFrameBytes, maxResyncBytes: options.maxResyncBytes })
    // A chunk that arrives while the worker is idle is read at once, from the
    // data event; one that arrives while it is busy is queued as bytes and
    // read by the worker in its turn (the decoder sees the chunks in order
    // either way), so a burst waits as compact bytes, not as parsed messages.
    const onChunk = (chunk: Uint8Array): void => {
      if (busy || work.length > 0) {
        enqueue(Effect.suspend(() => runAll(readChunk(chunk, true))))
        return
      }
      const effects = readChunk(chunk, true)
      if (effects.length > 0) enqueue(runAll(effects))
    }
    // The reader stops once a fatal frame error has ended the connection.
    const reading = transport.run(onChunk).pipe(
      Effect.as(false),
      Effect.raceFirst(Effect.as(Deferred.await(unreadable), true))
    )
    yield* reading.pipe(
      Effect.matchCauseEffect({
        // What arrived before the end is handled before the end is reported.
        onSuccess: (stopped) =>
          stopped ? Effect.void : Effect.zipRight(drained, shutdown(transport.closeReason("the runtime closed the connection"))),
        onFailure: (cause) =>
          Cause.isInterruptedOnly(cause)
            ? shutdown(Effect.succeed(clientClosed))
            : Effect.zipRight(
              drained,
              shutdown(transport.closeReason(`reading from the runtime failed: ${messageOf(Cause.squash(cause))}`))
            )
      }),
      Effect.forkScoped
    )
    yield* Effect.addFinalizer(() => shutdown(Effect.succeed(clientClosed)))

    /**
     * Sends a request and waits for its answer: one Effect step to write and
     * one suspension until the answer's data event resumes the caller. An
     * interrupted caller's entry is removed, so a late answer is dropped.
     */
    const request = (method: string, params: unknown): Answer =>
      Effect.async<unknown, RpcError | ConnectionClosed>((resume) => {
        if (closedWith !== undefined) return resume(Effect.fail(closedWith))
        const id = nextId++
        pending.set(id, { method, resume })
        let bytes: Uint8Array
        try {
          bytes = Frame.encode(JSON.stringify({ jsonrpc: "2.0", id, method, params }))
        } catch (error) {
          pending.delete(id)
          return resume(Effect.die(error))
        }
        transport.write(bytes)
        return Effect.sync(() => {
          pending.delete(id)
        })
      })

    const callRaw = (method: string, params: unknown): Effect.Effect<unknown, RpcError | ConnectionClosed> =>
      request(method, params)

    /** Whether spans made now would be seen: a tracer other than Effect's built-in one is installed, and tracing is on. */
    const tracing = (fiber: Fiber.RuntimeFiber<unknown, unknown>): boolean =>
      fiber.getFiberRef(FiberRef.currentTracerEnabled) &&
      Context.get(fiber.getFiberRef(DefaultServices.currentServices), Tracer.Tracer) !== builtinTracer

    const call = <M extends Method.AnyMethod>(
      method: M,
      params: Method.Params<M>
    ): Effect.Effect<Method.Result<M>, CallError> => {
      const { decodeResult, encodeParams } = codecsOf(method)
      if (callSite === null) captureCallSite()
      const attempt = Effect.suspend((): Effect.Effect<Method.Result<M>, CallError> => {
        const encoded = encodeParams(params)
        if (Either.isLeft(encoded)) return Effect.fail(invalidParams(method.name, encoded.left))
        return Effect.matchEffect(request(method.name, encoded.right), {
          onFailure: explainNotServed,
          onSuccess: (raw) => {
            const decoded = decodeResult(raw)
            return Either.isRight(decoded)
              ? Effect.succeed(decoded.right)
              : Effect.fail(responseDecodeError(method.name, decoded.left, raw))
          }
        })
      })
      // The call's span is made with useSpan rather than withSpan: it is
      // recorded and ended with the call's outcome, but not made the current
      // span, since nothing runs inside a call that could be its child.
      // With Effect's built-in tracer no one can see a span of a call (it
      // is never current, and that tracer exports nothing), so none is made:
      // making and ending it was about a sixth of a lone call's CPU.
      const traced = Effect.useSpan(method.name, {
        kind: "client",
        attributes: { "rpc.system": "jsonrpc", "rpc.method": method.name },
        captureStackTrace: callSiteTrace
      }, () => attempt)
      return Effect.withFiberRuntime((fiber) => (tracing(fiber) ? traced : attempt))
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
