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

/**
 * A generated module's table: the compact description of its definitions
 * (see {@link table}), the table it fills, and the tables of the modules its
 * references name.
 */
interface Source {
  readonly data: string
  /** The value of a property of the module's table, made on first use; `undefined` if it has none. */
  readonly lookup: (name: string) => unknown
  readonly imports: Readonly<Record<string, Readonly<Record<string, unknown>>>>
}

/** A Schema that builds itself when its `ast` is first read. */
class Lazy<A, I> {
  // Plain fields and the shared prototype: one of these exists for each of
  // the ~2,000 definitions a program imports, so it holds no closure of its
  // own and the variance marker lives on the prototype. It builds either
  // from a function (`lazy`) or from a module's description at an offset.
  #build: (() => Schema.Schema<A, I>) | Source | undefined
  #at: number
  #made: Schema.Schema<A, I> | string | undefined
  constructor(build: (() => Schema.Schema<A, I>) | Source, at: number, identifier: string | undefined) {
    this.#build = build
    this.#at = at
    this.#made = identifier
  }
  #schema(): Schema.Schema<A, I> {
    const build = this.#build
    if (build === undefined) return this.#made as Schema.Schema<A, I>
    const identifier = this.#made as string | undefined
    const built = (typeof build === "function" ? build() : parseAt(build, this.#at)) as Schema.Schema<A, I>
    const schema = identifier === undefined ? built : built.annotations({ identifier })
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
  new Lazy(build, -1, identifier) as unknown as Schema.Schema<A, I>

/**
 * The function `make` returns (a Schema's decoder or guard, say), made on
 * its first call rather than at import, and the same function after that.
 */
export const onFirstCall = <F extends (...args: Array<never>) => unknown>(make: () => F): F => {
  let made: F | undefined
  const call = (...args: Parameters<F>) => (made ??= make())(...args)
  return call as unknown as F
}

// ---------------------------------------------------------------------------
// Tables: a generated module's definitions as data, built on first use
// ---------------------------------------------------------------------------

/** Where a parse is in a module's description. */
interface Cursor {
  readonly source: Source
  at: number
}

const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36

const word = (cursor: Cursor): string => {
  const { data } = cursor.source
  const start = cursor.at
  while (cursor.at < data.length && isWordChar(data.charCodeAt(cursor.at))) cursor.at++
  return data.slice(start, cursor.at)
}

/** Where the JSON string that opens at `at` ends: the index just past its closing quote. */
const stringEnd = (data: string, at: number): number => {
  for (at++; at < data.length; at++) {
    const char = data[at]
    if (char === "\\") at++
    else if (char === "\"") return at + 1
  }
  return at
}

/** A JSON string or array of literals at the cursor, parsed. */
const json = (cursor: Cursor): unknown => {
  const { data } = cursor.source
  const start = cursor.at
  let end: number
  if (data[start] === "\"") end = stringEnd(data, start)
  else {
    let at = start + 1
    while (at < data.length && data[at] !== "]") at = data[at] === "\"" ? stringEnd(data, at) : at + 1
    end = at + 1
  }
  cursor.at = end
  return JSON.parse(data.slice(start, end))
}

const expect = (cursor: Cursor, char: string): void => {
  if (cursor.source.data[cursor.at] !== char) {
    throw new Error(`generated table: expected ${char} at ${cursor.at}, found ${cursor.source.data[cursor.at]}`)
  }
  cursor.at++
}

/** The definition a reference names: `Name` in this module, `Namespace.Name` in another. */
const reference = (cursor: Cursor): unknown => {
  const first = word(cursor)
  if (cursor.source.data[cursor.at] !== ".") return cursor.source.lookup(first)
  cursor.at++
  return cursor.source.imports[first]![word(cursor)]
}

const unknownRecord = () => Schema.Record({ key: Schema.String, value: Schema.Unknown })

const structOf = (cursor: Cursor, open: boolean): Schema.Schema.Any => {
  expect(cursor, "{")
  const fields: Record<string, Schema.Struct.Field> = {}
  const { data } = cursor.source
  while (data[cursor.at] !== "}") {
    const key = data[cursor.at] === "\"" ? json(cursor) as string : word(cursor)
    const optional = data[cursor.at] === "?"
    if (optional) cursor.at++
    expect(cursor, ":")
    const value = node(cursor)
    fields[key] = optional ? Schema.optional(value) : value
    if (data[cursor.at] === ",") cursor.at++
  }
  cursor.at++
  return open ? Schema.Struct(fields, unknownRecord()) : Schema.Struct(fields)
}

/**
 * The Schema described at the cursor. The description is what the generator
 * renders as code, one character per constructor: `s` `n` `b` `u` `v` `z` `d`
 * `V` (String, Number, Boolean, Unknown, Undefined, Null, Date, Void), `L[..]`
 * and `O[..]` (Literal, openLiteral), `@Name` and `@Namespace.Name` (another
 * definition), `~Name` (one in the same cycle, suspended), `?x` (x or null),
 * `|(x,y)` (Union), `[x]` (Array), `Rx` (Record of strings to x), `{a:x,b?:y}`
 * (Struct; `%{..}` also keeps other keys as unknown), `tx` (tolerant x).
 */
const node = (cursor: Cursor): Schema.Schema.Any => {
  const { data } = cursor.source
  const char = data[cursor.at++]
  switch (char) {
    case "s":
      return Schema.String
    case "n":
      return Schema.Number
    case "b":
      return Schema.Boolean
    case "u":
      return Schema.Unknown
    case "v":
      return Schema.Undefined
    case "z":
      return Schema.Null
    case "d":
      return Schema.Date
    case "V":
      return Schema.Void
    case "L":
      return Schema.Literal(...(json(cursor) as Array<AST.LiteralValue>))
    case "O":
      return openLiteral(...(json(cursor) as Array<string>))
    case "@":
      return reference(cursor) as Schema.Schema.Any
    case "~": {
      const { lookup } = cursor.source
      const name = word(cursor)
      return Schema.suspend(() => lookup(name) as Schema.Schema.Any)
    }
    case "?":
      return Schema.NullOr(node(cursor))
    case "|": {
      expect(cursor, "(")
      const members: Array<Schema.Schema.Any> = []
      while (data[cursor.at] !== ")") {
        members.push(node(cursor))
        if (data[cursor.at] === ",") cursor.at++
      }
      cursor.at++
      return Schema.Union(...members)
    }
    case "[": {
      const items = node(cursor)
      expect(cursor, "]")
      return Schema.Array(items)
    }
    case "R":
      return Schema.Record({ key: Schema.String, value: node(cursor) })
    case "{":
      cursor.at--
      return structOf(cursor, false)
    case "%":
      return structOf(cursor, true)
    case "t":
      return tolerant(node(cursor))
    default:
      throw new Error(`generated table: unknown constructor ${char} at ${cursor.at - 1}`)
  }
}

const parseAt = (source: Source, at: number): Schema.Schema.Any => node({ source, at })

/**
 * Whether the description from `at` to `end` constructs nothing of its own
 * (a reference, a primitive, or the empty Struct of a method without
 * params), so it is resolved at once rather than deferred.
 */
const isPlain = (data: string, at: number, end: number, method: boolean): boolean =>
  data[at] === "@" || (end === at + 1 && "snbuvzdV".includes(data[at]!)) ||
  (method && end === at + 2 && data.startsWith("{}", at))

/** Where the description starting at `at` ends: at the first space or line end outside a JSON string. */
const descriptionEnd = (data: string, at: number): number => {
  while (at < data.length) {
    const char = data[at]
    if (char === " " || char === "\n") return at
    at = char === "\"" ? stringEnd(data, at) : at + 1
  }
  return at
}

/** The Schema described from `at` to `end`: a plain one at once, any other built on first use. */
const described = (source: Source, at: number, end: number, identifier: string | undefined): unknown =>
  isPlain(source.data, at, end, identifier === undefined) || source.data[at] === "~"
    ? node({ source, at })
    : new Lazy(source, at, identifier)

/** What a module's table needs to make a method from its description (see `Method.deferred`). */
export interface MethodSchemas {
  /** The params and (for a request) the result Schemas described at `at`. */
  readonly schemasAt: (at: number, request: boolean) => readonly [Schema.Schema.Any, Schema.Schema.Any | undefined]
}

/** Makes a method from its kind, its wire name and where its Schemas are described. */
export type MakeMethod = (request: boolean, name: string, schemas: MethodSchemas, at: number) => unknown

/**
 * The text `description` returns. A generated module writes it as a
 * function returning a template literal that holds no backslash, backtick,
 * `${` or carriage return, so its source text is the text itself: reading it
 * from the function's source keeps one copy in memory (the module's source,
 * which the engine keeps anyway) where evaluating the literal would add a
 * second. Source that is not that literal (a tool rewrote the module) is
 * evaluated instead.
 */
const descriptionText = (description: () => string): string => {
  const code = Function.prototype.toString.call(description)
  const open = code.indexOf("`")
  const close = code.lastIndexOf("`")
  if (open !== -1 && close > open) {
    const text = code.slice(open + 1, close)
    if (!/[\\\r`]|\$\{/.test(text)) return text
  }
  return description()
}

/** FNV-1a of `text` from `start` to `end`. */
const hash = (text: string, start: number, end: number): number => {
  let hash = 0x811c9dc5
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 16777619)
  return hash >>> 0
}

/** The names a table may have: its lines name definitions and tables with nothing else. */
const isName = (name: string): boolean => {
  for (let at = 0; at < name.length; at++) if (!isWordChar(name.charCodeAt(at))) return false
  return name.length > 0
}

/**
 * A generated module's value: an object with a property for each definition,
 * its Schema, from a description with one line per definition,
 * `Name=description` (see {@link node}). A description that only names
 * another definition or a primitive is that Schema itself, as an
 * `export const A = B` would be; any other is built on first use and named
 * after its definition in decode errors.
 *
 * The Methods module's lines are `Name=!mwire.name params result` (a
 * request) or `Name=!nwire.name params` (a notification), made by
 * `makeMethod`: a method's Schemas are built when first read. After the
 * definitions, a line `*table` starts a table of entries by key, one
 * `key=Name` (or just `Name`, keyed by its `name`) a line; `+list=table` is
 * the keys of a table. Every table is a property of the value too.
 *
 * Nothing is made per definition at import: the value is a Proxy that finds
 * a property's line when it is first read (and keeps what it made), so a
 * module of ~1,400 definitions costs its source text and little else. It
 * behaves as a read-only object: property access, `in`, `Object.keys`,
 * `Object.entries`, spreading and `for ... in` see every definition and
 * table; assigning, defining or deleting a property fails, as it does on
 * the module namespace objects these values replace.
 */
export const table = <T>(
  description: () => string,
  imports: Readonly<Record<string, object>> = {},
  makeMethod?: MakeMethod
): T => {
  const text = descriptionText(description)
  // Every line, the first too, is found after a line break.
  const data = text.startsWith("\n") ? text : `\n${text}`
  const made = new Map<string, unknown>()
  const sections = data.indexOf("\n*")
  const definitionsEnd = sections === -1 ? data.length : sections + 1
  const lineEnd = (at: number): number => {
    const end = data.indexOf("\n", at)
    return end === -1 ? data.length : end
  }
  const schemas: MethodSchemas = {
    schemasAt: (at, request) => {
      const paramsEnd = descriptionEnd(data, at)
      const params = described(source, at, paramsEnd, undefined) as Schema.Schema.Any
      if (!request) return [params, undefined]
      const resultEnd = descriptionEnd(data, paramsEnd + 1)
      return [params, described(source, paramsEnd + 1, resultEnd, undefined) as Schema.Schema.Any]
    }
  }
  /** The entries of the table whose lines start at `at`, by key. */
  const section = (at: number): Record<string, unknown> => {
    const entries: Record<string, unknown> = {}
    while (at < data.length && data[at] !== "*" && data[at] !== "+") {
      const end = lineEnd(at)
      const equals = data.indexOf("=", at)
      if (equals !== -1 && equals < end) entries[data.slice(at, equals)] = lookup(data.slice(equals + 1, end))
      else {
        const named = lookup(data.slice(at, end)) as { readonly name: string }
        entries[named.name] = named
      }
      at = end + 1
    }
    return entries
  }
  // Where each definition's line starts, by a hash of its name: made on the
  // first lookup, a few KB of integers rather than a string and an entry per name.
  let slots: Int32Array | undefined
  const slotsOf = (): Int32Array => {
    let lines = 0
    for (let at = 1; at < definitionsEnd; at = lineEnd(at) + 1) lines++
    let size = 16
    while (size < lines * 2) size *= 2
    const made = new Int32Array(size)
    for (let at = 1; at < definitionsEnd; at = lineEnd(at) + 1) {
      let slot = hash(data, at, data.indexOf("=", at)) & (size - 1)
      while (made[slot] !== 0) slot = (slot + 1) & (size - 1)
      made[slot] = at
    }
    return made
  }
  /** Where the line of the definition `name` starts, or -1. */
  const find = (name: string): number => {
    slots ??= slotsOf()
    const mask = slots.length - 1
    for (let slot = hash(name, 0, name.length) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const at = slots[slot]!
      if (data.charCodeAt(at + name.length) === 61 && data.startsWith(name, at)) return at
    }
    return -1
  }
  const make = (name: string): unknown => {
    const line = find(name)
    if (line !== -1) {
      const at = line + name.length + 1
      if (data[at] === "!") {
        const space = data.indexOf(" ", at)
        return makeMethod!(data[at + 1] === "m", data.slice(at + 2, space), schemas, space + 1)
      }
      return described(source, at, lineEnd(at), name)
    }
    if (sections === -1) return undefined
    const start = data.indexOf(`\n*${name}\n`, sections)
    if (start !== -1) return section(start + name.length + 3)
    const list = data.indexOf(`\n+${name}=`, sections)
    if (list !== -1) {
      const at = list + name.length + 3
      return Object.keys(lookup(data.slice(at, lineEnd(at))) as object)
    }
    return undefined
  }
  const lookup = (name: string): unknown => {
    const known = made.get(name)
    if (known !== undefined || !isName(name)) return known
    const value = make(name)
    if (value !== undefined) made.set(name, value)
    return value
  }
  const source: Source = { data, lookup, imports: imports as Source["imports"] }
  let names: Array<string> | undefined
  const keys = (): Array<string> => {
    if (names !== undefined) return names
    names = []
    for (let at = 1; at < data.length;) {
      const end = lineEnd(at)
      if (at < definitionsEnd) names.push(data.slice(at, data.indexOf("=", at)))
      else if (data[at] === "*") names.push(data.slice(at + 1, end))
      else if (data[at] === "+") names.push(data.slice(at + 1, data.indexOf("=", at)))
      at = end + 1
    }
    return names
  }
  const own = (key: string | symbol): unknown => (typeof key === "string" ? lookup(key) : undefined)
  // Node's `util.inspect` (and so `console.log`) shows a Proxy's target: it
  // shows the target as the object of every property instead.
  const target = {}
  Object.defineProperty(target, Symbol.for("nodejs.util.inspect.custom"), {
    configurable: true,
    value: (_depth: number, options: object, inspect: (value: unknown, options: object) => string) =>
      inspect(Object.fromEntries(keys().map((key) => [key, lookup(key)])), options)
  })
  return new Proxy<Record<string, unknown>>(target, {
    get: (target, key, receiver) => own(key) ?? Reflect.get(target, key, receiver),
    has: (target, key) => own(key) !== undefined || Reflect.has(target, key),
    ownKeys: () => [...keys()],
    getOwnPropertyDescriptor: (_, key) => {
      const value = own(key)
      return value === undefined ? undefined : { value, writable: false, enumerable: true, configurable: true }
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
    setPrototypeOf: () => false,
    preventExtensions: () => false
  }) as T
}

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
