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
 * In what the SDK decodes (results, events, the runtime's requests) the
 * generator uses two tolerant forms: `optional`, an optional field that also
 * accepts `null` and decodes it as absent, and `openLiteral`, an enum that
 * also decodes strings it does not list, so a newer runtime's new value
 * reaches the user. Encoding stays strict: `optional` never writes `null`,
 * and `openLiteral` encodes only the values it lists.
 *
 * @internal
 */
import { ParseResult, Schema } from "effect"
import { pipeArguments } from "effect/Pipeable"

const variance = { _A: (_: never) => _, _I: (_: never) => _, _R: (_: never) => _ }

/** A Schema that builds itself when its `ast` is first read. */
class Lazy<A, I> {
  readonly [Schema.TypeId] = variance
  #build: () => Schema.Schema<A, I>
  #schema: Schema.Schema<A, I> | undefined
  constructor(build: () => Schema.Schema<A, I>, identifier: string | undefined) {
    this.#build = identifier === undefined ? build : () => build().annotations({ identifier })
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

/**
 * The Schema `build` returns, built on first use; `identifier` names it in
 * decode errors (a definition's name reads better there than its structure).
 */
export const lazy = <A, I = A>(build: () => Schema.Schema<A, I>, identifier?: string): Schema.Schema<A, I> =>
  new Lazy(build, identifier) as unknown as Schema.Schema<A, I>

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

/**
 * An optional field that also decodes `null`, as absent. Its wire type is
 * typed as the generated interface says (without `null`): that is what
 * encoding writes.
 */
export const optional = <A, I>(
  schema: Schema.Schema<A, I>
): Schema.PropertySignature<"?:", A | undefined, never, "?:", I | undefined, false, never> =>
  Schema.optionalWith(schema, { nullable: true }) as unknown as Schema.PropertySignature<
    "?:",
    A | undefined,
    never,
    "?:",
    I | undefined,
    false,
    never
  >

/**
 * An enum the runtime may extend: any string decodes, and the listed values
 * stay in the type for completion and narrowing; only listed values encode.
 */
export const openLiteral = <const L extends ReadonlyArray<string>>(
  ...known: L
): Schema.Schema<L[number] | (string & {})> => {
  const listed: ReadonlySet<string> = new Set(known)
  const expected = known.map((value) => JSON.stringify(value)).join(" | ")
  return Schema.transformOrFail(Schema.String, Schema.String, {
    strict: true,
    decode: ParseResult.succeed,
    encode: (value, _, ast) =>
      listed.has(value)
        ? ParseResult.succeed(value)
        : ParseResult.fail(new ParseResult.Type(ast, value, `Expected ${expected}, actual ${JSON.stringify(value)}`))
  }).annotations({ title: expected })
}
