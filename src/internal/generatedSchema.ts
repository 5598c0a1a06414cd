/**
 * The two helpers the generated modules (`src/generated/`) build their
 * Schemas with, kept here once rather than copied into each of them.
 *
 * Every generated Schema is built on first use, not at import: a program uses
 * a few dozen of the protocol's ~2,000 definitions. `lazy` returns a stand-in
 * whose `ast` builds the Schema (and, through it, the Schemas it uses) when
 * first read; once built, decoding sees the very AST an eager declaration
 * would have, with no `Suspend` in the way.
 *
 * `struct` is `Schema.Struct` typed by the generated interfaces: each field is
 * checked against the interface, which is much cheaper for the compiler than
 * inferring the Struct's type and comparing the two, and just as strict.
 *
 * @internal
 */
import { Schema } from "effect"
import { pipeArguments } from "effect/Pipeable"

const variance = { _A: (_: never) => _, _I: (_: never) => _, _R: (_: never) => _ }

/** A Schema that builds itself when its `ast` is first read. */
class Lazy<A, I> {
  readonly [Schema.TypeId] = variance
  #build: () => Schema.Schema<A, I>
  #schema: Schema.Schema<A, I> | undefined
  constructor(build: () => Schema.Schema<A, I>) {
    this.#build = build
  }
  get ast(): Schema.Schema<A, I>["ast"] {
    return (this.#schema ??= this.#build()).ast
  }
  annotations(annotations: Schema.Annotations.GenericSchema<A>): Schema.Schema<A, I> {
    return (this.#schema ??= this.#build()).annotations(annotations)
  }
  pipe() {
    return pipeArguments(this, arguments)
  }
  toString() {
    return String(this.ast)
  }
}

/** The Schema `build` returns, built on first use. */
export const lazy = <A, I = A>(build: () => Schema.Schema<A, I>): Schema.Schema<A, I> =>
  new Lazy(build) as unknown as Schema.Schema<A, I>

/**
 * The fields of a Struct that decodes an `A` from an `I`: a Schema for each
 * property, optional where `A` makes it optional.
 */
export type Fields<A, I> = {
  readonly [K in keyof A]-?: {} extends Pick<A, K>
    ? Schema.PropertySignature<"?:", A[K], never, "?:", I[K & keyof I], false, never>
    : Schema.Schema<A[K], I[K & keyof I]>
}

/** `Schema.Struct`, typed by the interfaces its fields were checked against. */
export const struct = <A, I = A>(fields: Fields<A, I>): Schema.Schema<A, I> =>
  Schema.Struct(fields as Schema.Struct.Fields) as unknown as Schema.Schema<A, I>
