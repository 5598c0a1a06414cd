/**
 * JSON-RPC 2.0 messages as Schemas, and the standard error codes.
 *
 * Well-formed messages are checked by hand (`decodeWellFormed`); the Schemas
 * and their decoders give a malformed one its error, so they are built when
 * the first such message arrives (`lazy`, then the same Schemas), not at import.
 *
 * @internal
 */
import { Either, ParseResult, Schema } from "effect"
import { lazy } from "../generatedSchema.js"

export const Id = lazy(() => Schema.Union(Schema.String, Schema.Number))
export type Id = typeof Id.Type

const Version = lazy(() => Schema.Literal("2.0"))

export const Request = lazy(() =>
  Schema.Struct({
    jsonrpc: Version,
    id: Id,
    method: Schema.String,
    params: Schema.optional(Schema.Unknown)
  })
)
export type Request = typeof Request.Type

export const Notification = lazy(() =>
  Schema.Struct({
    jsonrpc: Version,
    method: Schema.String,
    params: Schema.optional(Schema.Unknown)
  })
)
export type Notification = typeof Notification.Type

export const ErrorObject = lazy(() =>
  Schema.Struct({
    code: Schema.Number,
    message: Schema.String,
    data: Schema.optional(Schema.Unknown)
  })
)
export type ErrorObject = typeof ErrorObject.Type

export const SuccessResponse = lazy(() =>
  Schema.Struct({
    jsonrpc: Version,
    id: Id,
    result: Schema.Unknown
  })
)
export type SuccessResponse = typeof SuccessResponse.Type

export const ErrorResponse = lazy(() =>
  Schema.Struct({
    jsonrpc: Version,
    id: Schema.NullOr(Id),
    error: ErrorObject
  })
)
export type ErrorResponse = typeof ErrorResponse.Type

/** A decoded message, tagged with its kind. */
export type Message =
  | { readonly _tag: "Request"; readonly message: Request }
  | { readonly _tag: "Notification"; readonly message: Notification }
  | { readonly _tag: "SuccessResponse"; readonly message: SuccessResponse }
  | { readonly _tag: "ErrorResponse"; readonly message: ErrorResponse }

/** Standard JSON-RPC error codes. */
export const ErrorCode = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InternalError: -32603
} as const

const options = { onExcessProperty: "ignore" } as const
let decoders:
  | {
    readonly request: (u: unknown) => Either.Either<Request, ParseResult.ParseError>
    readonly notification: (u: unknown) => Either.Either<Notification, ParseResult.ParseError>
    readonly success: (u: unknown) => Either.Either<SuccessResponse, ParseResult.ParseError>
    readonly error: (u: unknown) => Either.Either<ErrorResponse, ParseResult.ParseError>
  }
  | undefined

/** The Schemas' decoders, made once, when the first malformed message needs them. */
const decodersOf = () =>
  decoders ??= {
    request: Schema.decodeUnknownEither(Request, options),
    notification: Schema.decodeUnknownEither(Notification, options),
    success: Schema.decodeUnknownEither(SuccessResponse, options),
    error: Schema.decodeUnknownEither(ErrorResponse, options)
  }

/** Why a JSON value is not a JSON-RPC message; `id` is set when one could be read. */
export interface InvalidMessage {
  readonly message: string
  readonly id: Id | undefined
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const readId = (u: Record<string, unknown>): Id | undefined =>
  typeof u.id === "string" || typeof u.id === "number" ? u.id : undefined

const check = <A>(
  kind: Message["_tag"],
  u: Record<string, unknown>,
  result: Either.Either<A, ParseResult.ParseError>
): Either.Either<A, InvalidMessage> =>
  Either.mapLeft(result, (error) => ({
    message: `invalid JSON-RPC ${kind}: ${ParseResult.TreeFormatter.formatErrorSync(error)}`,
    id: readId(u)
  }))

/**
 * Classifies a parsed JSON value by the members it has (the wire carries no
 * tag), then checks it with that kind's Schema.
 */
export const decode = (u: unknown): Either.Either<Message, InvalidMessage> => {
  if (!isRecord(u)) return Either.left({ message: "a JSON-RPC message must be a JSON object", id: undefined })
  const fast = decodeWellFormed(u)
  return fast === undefined ? decodeBySchema(u) : Either.right(fast)
}

const isId = (u: unknown): u is Id => typeof u === "string" || typeof u === "number"

/**
 * The same classification and checks as the Schemas, written out for the
 * messages that pass them (all but a malformed few): the envelope is a few
 * fields, and checking them by hand costs a fraction of a Schema decode per
 * message. Anything it does not accept goes to the Schemas, which give the
 * error its wording.
 */
const decodeWellFormed = (u: Record<string, unknown>): Message | undefined => {
  if (u.jsonrpc !== "2.0") return undefined
  if ("method" in u) {
    if (typeof u.method !== "string") return undefined
    const params = u.params
    if ("id" in u) {
      if (!isId(u.id)) return undefined
      const message: Request = "params" in u
        ? { jsonrpc: "2.0", id: u.id, method: u.method, params }
        : { jsonrpc: "2.0", id: u.id, method: u.method }
      return { _tag: "Request", message }
    }
    const message: Notification = "params" in u
      ? { jsonrpc: "2.0", method: u.method, params }
      : { jsonrpc: "2.0", method: u.method }
    return { _tag: "Notification", message }
  }
  if ("error" in u) {
    const id = u.id
    const error = u.error
    if (!(id === null || isId(id)) || !isRecord(error)) return undefined
    if (typeof error.code !== "number" || typeof error.message !== "string") return undefined
    const errorObject: ErrorObject = "data" in error
      ? { code: error.code, message: error.message, data: error.data }
      : { code: error.code, message: error.message }
    return { _tag: "ErrorResponse", message: { jsonrpc: "2.0", id, error: errorObject } }
  }
  if ("result" in u) {
    if (!isId(u.id)) return undefined
    return { _tag: "SuccessResponse", message: { jsonrpc: "2.0", id: u.id, result: u.result } }
  }
  return undefined
}

const decodeBySchema = (u: Record<string, unknown>): Either.Either<Message, InvalidMessage> => {
  const { error: decodeError, notification: decodeNotification, request: decodeRequest, success: decodeSuccess } =
    decodersOf()
  if ("method" in u) {
    return "id" in u
      ? Either.map(check("Request", u, decodeRequest(u)), (message) => ({ _tag: "Request", message }))
      : Either.map(check("Notification", u, decodeNotification(u)), (message) => ({ _tag: "Notification", message }))
  }
  if ("error" in u) {
    return Either.map(check("ErrorResponse", u, decodeError(u)), (message) => ({ _tag: "ErrorResponse", message }))
  }
  if ("result" in u) {
    return Either.map(check("SuccessResponse", u, decodeSuccess(u)), (message) => ({ _tag: "SuccessResponse", message }))
  }
  return Either.left({ message: "message has neither a method nor a result nor an error", id: readId(u) })
}
