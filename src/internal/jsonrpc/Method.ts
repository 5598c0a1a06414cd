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

/** Where a deferred method's Schemas are described (a generated module's table). */
export interface DeferredSchemas {
  readonly schemasAt: (at: number, request: boolean) => readonly [Schema.Schema.Any, Schema.Schema.Any | undefined]
}

/**
 * A method whose Schemas are made when `params` or `result` is first read,
 * so that declaring the protocol's ~400 methods costs a small object each.
 * `_tag` and `name` are own properties, as in the objects `make` returns; a
 * notification has no `result`.
 */
class DeferredNotification {
  readonly _tag: "Method" | "NotificationMethod" = "NotificationMethod"
  readonly name: string
  #schemas: DeferredSchemas | undefined
  #at: number
  #params: Schema.Schema.Any | undefined
  #result: Schema.Schema.Any | undefined
  constructor(name: string, schemas: DeferredSchemas, at: number) {
    this.name = name
    this.#schemas = schemas
    this.#at = at
  }
  #make(): void {
    const schemas = this.#schemas
    if (schemas === undefined) return
    const [params, result] = schemas.schemasAt(this.#at, this._tag === "Method")
    this.#params = params
    this.#result = result
    this.#schemas = undefined
  }
  get params(): Schema.Schema.Any {
    this.#make()
    return this.#params!
  }
  protected resultSchema(): Schema.Schema.Any {
    this.#make()
    return this.#result!
  }
}

class DeferredMethod extends DeferredNotification {
  override readonly _tag: "Method" | "NotificationMethod" = "Method"
  get result(): Schema.Schema.Any {
    return this.resultSchema()
  }
}

/**
 * Declares a method (a request when `request`, else a notification) whose
 * Schemas are described at `at` in `schemas`, made when first read.
 */
export const deferred = (request: boolean, name: string, schemas: DeferredSchemas, at: number): unknown =>
  request ? new DeferredMethod(name, schemas, at) : new DeferredNotification(name, schemas, at)
