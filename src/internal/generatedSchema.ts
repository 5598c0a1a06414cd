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
 * generator uses two tolerant forms: `tolerantStruct` (and `tolerant`), a
 * Struct whose optional fields also accept `null`, decoded as absent, and
 * `openLiteral`, an enum that also decodes strings it does not list, so a
 * newer runtime's new value reaches the user. Encoding stays strict: a
 * tolerant Struct never writes `null`, and `openLiteral` encodes only the
 * values it lists.
 *
 * @internal
 */
import { ParseResult, Schema, SchemaAST as AST } from "effect"
import { pipeArguments } from "effect/Pipeable"

const variance = { _A: (_: never) => _, _I: (_: never) => _, _R: (_: never) => _ }

/** A Schema that builds itself when its `ast` is first read. */
class Lazy<A, I> {
  // Two plain fields and the shared prototype: one of these exists for each
  // of the ~2,000 definitions a program imports, so it holds no closure of
  // its own and the variance marker lives on the prototype.
  #build: (() => Schema.Schema<A, I>) | undefined
  #made: Schema.Schema<A, I> | string | undefined
  constructor(build: () => Schema.Schema<A, I>, identifier: string | undefined) {
    this.#build = build
    this.#made = identifier
  }
  #schema(): Schema.Schema<A, I> {
    const build = this.#build
    if (build === undefined) return this.#made as Schema.Schema<A, I>
    const identifier = this.#made as string | undefined
    const schema = identifier === undefined ? build() : build().annotations({ identifier })
    this.#build = undefined
    this.#made = schema
    return schema
  }
  get ast(): Schema.Schema<A, I>["ast"] {
    return this.#schema().ast
  }
  annotations(annotations: Schema.Annotations.GenericSchema<A>): Schema.Schema<A, I> {
    return this.#schema().annotations(annotations)
  }
  pipe() {
    return pipeArguments(this, arguments)
  }
  toString() {
    return String(this.ast)
  }
}
Object.defineProperty(Lazy.prototype, Schema.TypeId, { value: variance })

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
 * What {@link tolerant} made of a Schema, so decoders that apply it to the
 * Schemas they are given (inbound request params, hook inputs) build it once.
 */
const tolerantOf = new WeakMap<object, unknown>()

/** The optional keys of a Struct as they are named on the wire (its encoded side). */
const optionalKeysOf = (ast: AST.AST): ReadonlyArray<PropertyKey> => {
  const encoded = AST.encodedAST(ast)
  return AST.isTypeLiteral(encoded)
    ? encoded.propertySignatures.filter((signature) => signature.isOptional).map((signature) => signature.name)
    : []
}

/**
 * A Struct that also decodes `null` in an optional field, as if the field
 * were absent; encoding is the Struct's own, so it never writes `null`.
 *
 * The nulls are dropped from the input before the Struct sees it (copying
 * the object only when there is one), so the Struct decodes and validates
 * once: a per-field `optionalWith({ nullable: true })` would make every
 * Struct a transformation that validates its whole subtree again.
 */
export const tolerant = <A, I, R>(schema: Schema.Schema<A, I, R>): Schema.Schema<A, I, R> => {
  const made = tolerantOf.get(schema)
  if (made !== undefined) return made as Schema.Schema<A, I, R>
  const keys = optionalKeysOf(schema.ast)
  if (keys.length === 0) {
    tolerantOf.set(schema, schema)
    return schema
  }
  const dropNulls = (input: unknown): unknown => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return input
    let copy: Record<PropertyKey, unknown> | undefined
    for (const key of keys) {
      if (Object.hasOwn(input, key) && Reflect.get(input, key) === null) {
        copy ??= { ...input }
        delete copy[key]
      }
    }
    return copy ?? input
  }
  const tolerantSchema = Schema.transform(Schema.Unknown, schema, {
    strict: false,
    decode: dropNulls,
    encode: (encoded) => encoded
  }) as unknown as Schema.Schema<A, I, R>
  tolerantOf.set(schema, tolerantSchema)
  return tolerantSchema
}


/** {@link struct}, {@link tolerant} of `null` in optional fields: for what the SDK decodes. */
export const tolerantStruct = <A, I = A>(fields: Fields<A, I>): Schema.Schema<A, I> => tolerant(struct<A, I>(fields))

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
