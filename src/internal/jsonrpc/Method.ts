/**
 * JSON-RPC methods declared once as values: a name, a Schema for the params
 * and (for requests) a Schema for the result. The same declaration types an
 * outbound call and an inbound handler, so neither side needs a cast.
 *
 * @internal
 */
import type { Schema } from "effect"

/** A request method: it is answered with a result. */
export interface Method<Name extends string, P, PI, R, RI> {
  readonly _tag: "Method"
  readonly name: Name
  readonly params: Schema.Schema<P, PI>
  readonly result: Schema.Schema<R, RI>
}

/** A notification method: it is never answered. */
export interface NotificationMethod<Name extends string, P, PI> {
  readonly _tag: "NotificationMethod"
  readonly name: Name
  readonly params: Schema.Schema<P, PI>
}

/** Any request method, whatever its types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyMethod = Method<string, any, any, any, any>

/** Any notification method, whatever its types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyNotificationMethod = NotificationMethod<string, any, any>

export type Params<M> = M extends Method<string, infer P, any, any, any>
  ? P
  : M extends NotificationMethod<string, infer P, any>
  ? P
  : never
export type ParamsEncoded<M> = M extends Method<string, any, infer PI, any, any>
  ? PI
  : M extends NotificationMethod<string, any, infer PI>
  ? PI
  : never
export type Result<M> = M extends Method<string, any, any, infer R, any> ? R : never
export type ResultEncoded<M> = M extends Method<string, any, any, any, infer RI> ? RI : never

/** Declares a request method. */
export const make = <const Name extends string, P, PI, R, RI>(
  name: Name,
  params: Schema.Schema<P, PI>,
  result: Schema.Schema<R, RI>
): Method<Name, P, PI, R, RI> => ({ _tag: "Method", name, params, result })

/** Declares a notification method. */
export const notification = <const Name extends string, P, PI>(
  name: Name,
  params: Schema.Schema<P, PI>
): NotificationMethod<Name, P, PI> => ({ _tag: "NotificationMethod", name, params })
