/**
 * Generates `src/generated/` from the JSON Schemas that describe the Copilot
 * runtime's protocol (`@github/copilot-sdk-linux-x64`, `schemas/*.schema.json`):
 *
 * - `Api.ts`: a Schema for every definition the RPC methods use, with
 *   `interface`s for its decoded type and, when they differ, its wire type.
 * - `Methods.ts`: one `Method` declaration per RPC method, named after it
 *   (`session.tools.handlePendingToolCall` → `SessionToolsHandlePendingToolCall`).
 * - `SessionEvents.ts`: a Schema per session event, `eventSchemas` to look an
 *   event's Schema up by its `type`, and the definitions the events use.
 *
 * Each module exports one value named like it (`Api`) and a namespace of
 * types of the same name, which TypeScript merges: `Api.PingResult` is the
 * definition's type and its Schema, as when each was an export of its own.
 * The value is built by `table` (`src/internal/generatedSchema.ts`) from a
 * compact description the generator writes, one line per definition, and
 * makes a definition's Schema (a method's Schemas) only when first used, so
 * importing the modules costs little more than their text however many
 * definitions the protocol has.
 *
 * Decoding is tolerant, encoding strict. Every definition is classed by the
 * direction its data travels: inbound (results of the SDK's calls, params of
 * the runtime's requests, events) or outbound (params the SDK sends, results
 * it answers with); a definition can be both. In a definition that is ever
 * inbound, an optional field also accepts `null` (decoded as absent) and an
 * enum also accepts values the schema does not list (its type keeps the known
 * ones visible), though encoding still takes only the listed ones. Where the
 * live runtime departs from the schemas further, {@link OVERLAY} corrects
 * them before anything is generated.
 *
 * Run `npm run generate` to write the files; `generate()` only returns them.
 */
import * as Fs from "node:fs"
import { createRequire } from "node:module"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

const PLATFORM_PACKAGE = "@github/copilot-sdk-linux-x64"
const API_FILE = "api.schema.json"
const EVENTS_FILE = "session-events.schema.json"
const OUT_DIR = "src/generated"

/**
 * References the generated code leaves as `unknown`. The event log holds
 * events newer than this schema, so events inside API results are decoded
 * tolerantly by the SDK (through `eventSchemas`), not by a closed union.
 */
const OPAQUE_REFS: ReadonlySet<string> = new Set([`${EVENTS_FILE}#/definitions/SessionEvent`])

/** One correction of the schemas, to match what the live runtime does. */
export type Correction =
  /** A required field the runtime sends as `null`: typed `X | null`. */
  | { readonly _tag: "NullableField"; readonly file: string; readonly definition: string; readonly field: string }
  /** A required field the runtime does without: made optional. */
  | { readonly _tag: "OptionalField"; readonly file: string; readonly definition: string; readonly field: string }
  /** A method whose result the runtime sends as `null`: typed `X | null`. */
  | { readonly _tag: "NullableResult"; readonly method: string }
  /** A method the runtime answers "Unhandled method" (-32601): its docs say so. */
  | { readonly _tag: "NotServed"; readonly method: string; readonly runtime: string }

/**
 * Where the live runtime (`@github/copilot` 1.0.102) departs from the
 * schemas, each entry with what was seen. Optional fields sent as `null` need
 * no entry: inbound, every optional field accepts `null`. An entry that no
 * longer matches the schemas fails the generator, so a schema upgrade that
 * renames or fixes a shape is noticed here.
 */
export const OVERLAY: ReadonlyArray<Correction> = [
  // `session.agent.getCurrent` with no agent selected, or after
  // `session.agent.deselect`, answers `{ agent: null }` (the schema's own
  // description says "or null", its type does not).
  { _tag: "NullableField", file: API_FILE, definition: "AgentGetCurrentResult", field: "agent" },
  // `user.settings.set` answers `null` rather than `{ shadowedKeys }`.
  { _tag: "NullableResult", method: "user.settings.set" },
  // The runtime takes file and directory attachments without a `displayName`
  // (the official SDK types it optional) and echoes them without one in the
  // `user.message` event.
  { _tag: "OptionalField", file: API_FILE, definition: "AttachmentFile", field: "displayName" },
  { _tag: "OptionalField", file: API_FILE, definition: "AttachmentDirectory", field: "displayName" },
  { _tag: "OptionalField", file: EVENTS_FILE, definition: "AttachmentFile", field: "displayName" },
  { _tag: "OptionalField", file: EVENTS_FILE, definition: "AttachmentDirectory", field: "displayName" },
  // `account.getCurrentAuth` and `account.getAllUsers` answer a token
  // identity (`type: "token"`) without the token itself: the runtime keeps
  // the secret to itself, as it should.
  { _tag: "OptionalField", file: API_FILE, definition: "TokenAuthInfo", field: "token" },
  // Answered -32601 "Unhandled method user.settings.reload".
  { _tag: "NotServed", method: "user.settings.reload", runtime: "1.0.102" }
]

// ---------------------------------------------------------------------------
// Input: the part of JSON Schema the protocol files use
// ---------------------------------------------------------------------------

type MethodGroup = "server" | "session" | "clientSession" | "clientGlobal"

const METHOD_GROUPS: Readonly<Record<MethodGroup, string>> = {
  server: "Server methods: the SDK calls these on the runtime",
  session: "Session methods: the SDK calls these on the runtime, for one session",
  clientSession: "Client session methods: the runtime calls these on the SDK, for one session",
  clientGlobal: "Client methods: the runtime calls these on the SDK"
}

interface JsonSchema {
  readonly $ref?: string
  readonly type?: string | ReadonlyArray<string>
  readonly const?: unknown
  readonly enum?: ReadonlyArray<unknown>
  readonly anyOf?: ReadonlyArray<JsonSchema>
  readonly oneOf?: ReadonlyArray<JsonSchema>
  readonly not?: JsonSchema
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly required?: ReadonlyArray<string>
  readonly additionalProperties?: boolean | JsonSchema
  readonly items?: JsonSchema
  readonly format?: string
  readonly description?: string
  readonly deprecated?: boolean
}

interface MethodLeaf {
  readonly rpcMethod: string
  readonly description?: string
  readonly params: JsonSchema | null
  readonly result: JsonSchema | null
  readonly notification?: boolean
}

interface SchemaFile {
  readonly definitions: Readonly<Record<string, JsonSchema>>
  readonly [group: string]: unknown
}

/** What the generator reads: the two schema files and their package's version. */
export interface Inputs {
  readonly version: string
  readonly api: SchemaFile
  readonly events: SchemaFile
}

/** Reads the schemas from the installed platform package. */
export const readInputs = (): Inputs => {
  const packageJson = createRequire(import.meta.url).resolve(`${PLATFORM_PACKAGE}/package.json`)
  const read = (file: string) => JSON.parse(Fs.readFileSync(file, "utf8"))
  const schemas = Path.join(Path.dirname(packageJson), "schemas")
  return {
    version: read(packageJson).version,
    api: read(Path.join(schemas, API_FILE)),
    events: read(Path.join(schemas, EVENTS_FILE))
  }
}

const isMethodLeaf = (value: unknown): value is MethodLeaf =>
  typeof value === "object" && value !== null && typeof (value as MethodLeaf).rpcMethod === "string"

/** The methods of a group, in document order, however deeply they are nested. */
const methodsOf = (group: unknown): Array<MethodLeaf> => {
  if (isMethodLeaf(group)) return [group]
  if (typeof group !== "object" || group === null) return []
  return Object.values(group).flatMap(methodsOf)
}

// ---------------------------------------------------------------------------
// Intermediate form: what a JSON Schema means as an Effect Schema
// ---------------------------------------------------------------------------

type Node =
  | { readonly _tag: "Primitive"; readonly schema: string; readonly type: string; readonly encoded?: string }
  /** `open`: an enum of several strings, which inbound also accepts other strings. */
  | { readonly _tag: "Literal"; readonly values: ReadonlyArray<unknown>; readonly open?: true }
  | { readonly _tag: "Ref"; readonly ref: string }
  | { readonly _tag: "Union"; readonly members: ReadonlyArray<Node> }
  | { readonly _tag: "Array"; readonly items: Node }
  | { readonly _tag: "Record"; readonly value: Node }
  | StructNode

/** An object; `openIndex` keeps properties other than `fields`, as `unknown`. */
interface StructNode {
  readonly _tag: "Struct"
  readonly fields: ReadonlyArray<Field>
  readonly openIndex: boolean
}

interface Field {
  readonly name: string
  readonly node: Node
  readonly optional: boolean
  readonly docs: Docs
}

/** What a JSDoc comment says. */
interface Docs {
  readonly description?: string | undefined
  readonly deprecated?: boolean | undefined
}

const primitive = (schema: string, type: string, encoded?: string): Node =>
  encoded === undefined ? { _tag: "Primitive", schema, type } : { _tag: "Primitive", schema, type, encoded }

const Unknown = primitive("Schema.Unknown", "unknown")
const Undefined = primitive("Schema.Undefined", "undefined")
const Null = primitive("Schema.Null", "null")
/** An ISO 8601 string on the wire, a `Date` in TypeScript. */
const DateTime = primitive("Schema.Date", "Date", "string")

const PRIMITIVES: Readonly<Record<string, Node>> = {
  string: primitive("Schema.String", "string"),
  number: primitive("Schema.Number", "number"),
  integer: primitive("Schema.Number", "number"),
  boolean: primitive("Schema.Boolean", "boolean"),
  null: Null
}

const ref = (name: string): Node => ({ _tag: "Ref", ref: `#/definitions/${name}` })

/** A schema with nothing but annotations accepts any value. */
const isUnconstrained = (schema: JsonSchema): boolean =>
  Object.keys(schema).every((key) =>
    key.startsWith("x-") ||
    ["description", "title", "stability", "visibility", "deprecated", "default", "examples"].includes(key)
  )

const toNode = (schema: JsonSchema): Node => {
  if (schema.const !== undefined) return schema.const === null ? Null : { _tag: "Literal", values: [schema.const] }
  if (schema.enum !== undefined) {
    return schema.enum.length > 1 && schema.enum.every((value) => typeof value === "string")
      ? { _tag: "Literal", values: schema.enum, open: true }
      : { _tag: "Literal", values: schema.enum }
  }
  if (schema.$ref !== undefined) return { _tag: "Ref", ref: schema.$ref }
  if (schema.properties !== undefined || schema.type === "object") return toObjectNode(schema)
  const alternatives = schema.anyOf ?? schema.oneOf
  if (alternatives !== undefined) return union(alternatives.map(toNode))
  // `not: {}` matches nothing: in a union it means the value may be absent.
  if (schema.not !== undefined) return isUnconstrained(schema.not) ? Undefined : Unknown
  if (Array.isArray(schema.type)) return union(schema.type.map((type: string) => toNode({ ...schema, type })))
  if (schema.type === "string" && schema.format === "date-time") return DateTime
  if (schema.type === "array") return { _tag: "Array", items: schema.items ? toNode(schema.items) : Unknown }
  if (typeof schema.type === "string" && schema.type in PRIMITIVES) return PRIMITIVES[schema.type]
  return Unknown
}

/** Objects with properties become Structs; objects that only describe their values become Records. */
const toObjectNode = (schema: JsonSchema): Node => {
  const properties = Object.entries(schema.properties ?? {})
  const additional = schema.additionalProperties
  const open = additional !== undefined && additional !== false
  if (properties.length === 0 && open) {
    return { _tag: "Record", value: additional === true ? Unknown : toNode(additional) }
  }
  const required = new Set(schema.required ?? [])
  return {
    _tag: "Struct",
    openIndex: open,
    fields: properties.map(([name, property]) => ({
      name,
      node: toNode(property),
      optional: !required.has(name),
      docs: { description: property.description, deprecated: property.deprecated }
    }))
  }
}

/** A union, flattened and de-duplicated; `unknown` absorbs everything. */
const union = (alternatives: ReadonlyArray<Node>): Node => {
  const members = new Map<string, Node>()
  for (const member of alternatives.flatMap((node) => node._tag === "Union" ? node.members : [node])) {
    if (member === Unknown) return Unknown
    members.set(JSON.stringify(member), member)
  }
  return members.size === 1 ? [...members.values()][0] : { _tag: "Union", members: [...members.values()] }
}

/** Every `$ref` in a node, in order of appearance. */
const refsOf = (node: Node): Array<string> => {
  switch (node._tag) {
    case "Primitive":
    case "Literal":
      return []
    case "Ref":
      return [node.ref]
    case "Union":
      return node.members.flatMap(refsOf)
    case "Array":
      return refsOf(node.items)
    case "Record":
      return refsOf(node.value)
    case "Struct":
      return node.fields.flatMap((field) => refsOf(field.node))
  }
}

// ---------------------------------------------------------------------------
// The overlay: corrections applied to the schemas before anything else
// ---------------------------------------------------------------------------

/** `X | null`, keeping the description where field docs read it. */
const nullable = (schema: JsonSchema): JsonSchema => {
  const { description, ...rest } = schema
  return description === undefined ? { anyOf: [rest, { type: "null" }] } : { description, anyOf: [rest, { type: "null" }] }
}

const overlayError = (correction: Correction, problem: string): Error =>
  new Error(`OVERLAY entry ${JSON.stringify(correction)} no longer matches the schemas: ${problem}`)

/** A file's definitions with the overlay's corrections for that file. */
const correctDefinitions = (
  file: string,
  definitions: Readonly<Record<string, JsonSchema>>,
  overlay: ReadonlyArray<Correction>
): Record<string, JsonSchema> => {
  const corrected: Record<string, JsonSchema> = { ...definitions }
  for (const correction of overlay) {
    if (correction._tag === "NullableResult" || correction._tag === "NotServed" || correction.file !== file) continue
    const definition = corrected[correction.definition]
    const property = definition?.properties?.[correction.field]
    if (definition === undefined || property === undefined) {
      throw overlayError(correction, `${correction.definition} has no field ${correction.field}`)
    }
    const required = definition.required ?? []
    if (!required.includes(correction.field)) throw overlayError(correction, `${correction.field} is already optional`)
    corrected[correction.definition] = correction._tag === "OptionalField"
      ? { ...definition, required: required.filter((name) => name !== correction.field) }
      : { ...definition, properties: { ...definition.properties, [correction.field]: nullable(property) } }
  }
  return corrected
}

/** The methods with the overlay's corrections of their results. */
const correctMethods = (
  declarations: ReadonlyArray<MethodDeclaration>,
  overlay: ReadonlyArray<Correction>
): Array<MethodDeclaration> => {
  const pending = new Set(overlay.flatMap((c) => c._tag === "NullableResult" || c._tag === "NotServed" ? [c] : []))
  const corrected = declarations.map((declaration): MethodDeclaration => {
    let method = declaration.method
    for (const correction of pending) {
      if (correction.method !== method.rpcMethod) continue
      pending.delete(correction)
      if (correction._tag === "NotServed") {
        const note = `Not served by runtime ${correction.runtime}: a call fails with \`MethodNotServed\`.`
        method = { ...method, description: method.description === undefined ? note : `${method.description}\n\n${note}` }
      } else {
        if (method.result === null) throw new Error(`OVERLAY: ${method.rpcMethod} declares no result to make nullable`)
        method = { ...method, result: nullable(method.result) }
      }
    }
    return method === declaration.method ? declaration : { ...declaration, method }
  })
  if (pending.size > 0) {
    throw new Error(`OVERLAY names methods the schemas lack: ${[...pending].map((c) => c.method).join(", ")}`)
  }
  return corrected
}

// ---------------------------------------------------------------------------
// Directions: which definitions the SDK ever decodes
// ---------------------------------------------------------------------------

/** Whether a group's methods are called by the SDK (their params go out, results come in). */
const isOutboundGroup = (group: MethodGroup): boolean => group === "server" || group === "session"

/**
 * The definitions of each file that some inbound data reaches: results of
 * the SDK's calls, params of the runtime's requests, and events.
 */
const inboundDefinitions = (
  schemas: ReadonlyMap<string, ReadonlyMap<string, JsonSchema>>,
  roots: ReadonlyArray<{ readonly file: string; readonly node: Node }>
): Map<string, Set<string>> => {
  const reached = new Map([...schemas.keys()].map((file) => [file, new Set<string>()]))
  const visit = (file: string, name: string): void => {
    const names = reached.get(file)
    if (names === undefined) throw new Error(`No schemas for ${file}`)
    if (names.has(name)) return
    names.add(name)
    const schema = schemas.get(file)?.get(name)
    if (schema === undefined) throw new Error(`${file} has no definition named ${name}`)
    followedRefs([toNode(schema)], file).forEach((target) => visit(target.file, target.name))
  }
  for (const { file, node } of roots) followedRefs([node], file).forEach((target) => visit(target.file, target.name))
  return reached
}

// ---------------------------------------------------------------------------
// Modules: which definitions a file emits, and in which order
// ---------------------------------------------------------------------------

interface Definition {
  readonly name: string
  readonly node: Node
  readonly docs: Docs
}

interface Module {
  /** Definitions to emit, each after the ones it uses (except within a cycle). */
  readonly definitions: ReadonlyArray<Definition>
  /** For each recursive definition, the definitions in its cycle. */
  readonly cycles: ReadonlyMap<string, ReadonlySet<string>>
  /** Definitions whose wire type differs from their decoded type (they contain dates). */
  readonly transforming: ReadonlySet<string>
  /** Definitions that inbound data reaches: decoded tolerantly. */
  readonly inbound: ReadonlySet<string>
  readonly imports: ReadonlyArray<Import>
  readonly resolve: (ref: string) => Target
}

/** Another generated module, imported as a namespace named like its file (`./Api.js` as `Api`). */
interface Import {
  readonly file: string
  readonly namespace: string
  readonly module: Module
}

/** Where a `$ref` points, seen from the module that renders it. */
type Target =
  | { readonly _tag: "Local"; readonly name: string }
  | { readonly _tag: "Imported"; readonly namespace: string; readonly name: string; readonly transforms: boolean }
  | { readonly _tag: "Opaque" }

const parseRef = (ref: string, baseFile: string): { readonly file: string; readonly name: string } => {
  const match = /^([^#]*)#\/definitions\/(.+)$/.exec(ref)
  if (match === null) throw new Error(`Unsupported $ref: ${ref}`)
  return { file: match[1] === "" ? baseFile : match[1], name: match[2] }
}

/** The references of some nodes that are followed, with `#/definitions/...` meaning `baseFile`. */
const followedRefs = (nodes: ReadonlyArray<Node>, baseFile: string) =>
  nodes.flatMap(refsOf).filter((ref) => !OPAQUE_REFS.has(ref)).map((ref) => parseRef(ref, baseFile))

const localRefs = (node: Node, file: string): Array<string> =>
  followedRefs([node], file).filter((target) => target.file === file).map(({ name }) => name)

const resolveImport = (imports: ReadonlyArray<Import>, file: string, name: string): Target => {
  const imported = imports.find((candidate) => candidate.file === file)
  if (imported === undefined) throw new Error(`No module imported for ${file}#/definitions/${name}`)
  return { _tag: "Imported", namespace: imported.namespace, name, transforms: imported.module.transforming.has(name) }
}

/** The imports that some nodes use. */
const usedImports = (imports: ReadonlyArray<Import>, nodes: ReadonlyArray<Node>, baseFile: string) => {
  const files = new Set(followedRefs(nodes, baseFile).map(({ file }) => file))
  return imports.filter(({ file }) => files.has(file))
}

/** The definitions that `uses` reach within `file`, as nodes. */
const reachable = (file: string, schemas: ReadonlyMap<string, JsonSchema>, uses: ReadonlyArray<Node>) => {
  const nodes = new Map<string, Node>()
  const visit = (name: string): void => {
    if (nodes.has(name)) return
    const schema = schemas.get(name)
    if (schema === undefined) throw new Error(`${file} has no definition named ${name}`)
    const node = toNode(schema)
    nodes.set(name, node)
    localRefs(node, file).forEach(visit)
  }
  uses.flatMap((node) => localRefs(node, file)).forEach(visit)
  return nodes
}

interface ModuleInput {
  readonly file: string
  readonly schemas: ReadonlyMap<string, JsonSchema>
  /** What the file renders besides its definitions (methods, the event index). */
  readonly uses: ReadonlyArray<Node>
  readonly imports: ReadonlyArray<Import>
  readonly inbound: ReadonlySet<string>
}

const buildModule = (input: ModuleInput): Module => {
  const { file, schemas } = input
  const nodes = reachable(file, schemas, input.uses)
  const edges = (name: string) => localRefs(nodes.get(name)!, file)
  const imports = usedImports(input.imports, [...input.uses, ...nodes.values()], file)
    .filter((imported) => imported.file !== file)
  const resolve = (ref: string): Target => {
    if (OPAQUE_REFS.has(ref)) return { _tag: "Opaque" }
    const target = parseRef(ref, file)
    return target.file === file ? { _tag: "Local", name: target.name } : resolveImport(imports, target.file, target.name)
  }

  const components = stronglyConnected([...nodes.keys()], edges)
  const cycles = new Map<string, ReadonlySet<string>>()
  for (const component of components) {
    if (component.length > 1 || edges(component[0]).includes(component[0])) {
      const members = new Set(component)
      component.forEach((name) => cycles.set(name, members))
    }
  }

  const transforming = new Set<string>()
  const transforms = (node: Node): boolean => {
    switch (node._tag) {
      case "Primitive":
        return node.encoded !== undefined
      case "Literal":
        return false
      case "Ref": {
        const target = resolve(node.ref)
        return target._tag === "Local" ? transforming.has(target.name) : target._tag === "Imported" && target.transforms
      }
      case "Union":
        return node.members.some(transforms)
      case "Array":
        return transforms(node.items)
      case "Record":
        return transforms(node.value)
      case "Struct":
        return node.fields.some((field) => transforms(field.node))
    }
  }
  const ordered = components.flat()
  // In dependency order one pass settles everything but cycles; repeat until nothing changes.
  for (let changed = true; changed;) {
    changed = false
    for (const name of ordered) {
      if (!transforming.has(name) && transforms(nodes.get(name)!)) {
        transforming.add(name)
        changed = true
      }
    }
  }

  const definitions = ordered.map((name): Definition => {
    const { description, deprecated } = schemas.get(name)!
    return { name, node: nodes.get(name)!, docs: { description, deprecated } }
  })
  return { definitions, cycles, transforming, inbound: input.inbound, imports, resolve }
}

/** Tarjan's algorithm: strongly connected components, each after the components it points to. */
const stronglyConnected = (
  vertices: ReadonlyArray<string>,
  edges: (vertex: string) => ReadonlyArray<string>
): Array<Array<string>> => {
  const index = new Map<string, number>()
  const lowLink = new Map<string, number>()
  const stack: Array<string> = []
  const onStack = new Set<string>()
  const components: Array<Array<string>> = []
  const visit = (vertex: string): void => {
    index.set(vertex, index.size)
    lowLink.set(vertex, index.get(vertex)!)
    stack.push(vertex)
    onStack.add(vertex)
    for (const next of edges(vertex)) {
      if (!index.has(next)) {
        visit(next)
        lowLink.set(vertex, Math.min(lowLink.get(vertex)!, lowLink.get(next)!))
      } else if (onStack.has(next)) {
        lowLink.set(vertex, Math.min(lowLink.get(vertex)!, index.get(next)!))
      }
    }
    if (lowLink.get(vertex) === index.get(vertex)) {
      const component: Array<string> = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== vertex)
      components.push(component.reverse())
    }
  }
  vertices.forEach((vertex) => index.has(vertex) || visit(vertex))
  return components
}

// ---------------------------------------------------------------------------
// Rendering TypeScript
// ---------------------------------------------------------------------------

const INDENT = "  "

type Side = "Type" | "Encoded"

/**
 * Renders the nodes of one module, as seen from inside the declaration
 * `current`; `inbound` when the SDK decodes what it renders, which makes
 * Structs accept `null` in optional fields and enums accept unlisted values.
 */
interface Renderer {
  readonly schema: (node: Node, indent: string) => string
  /** A Struct's fields as an object literal of Schemas. */
  readonly fields: (node: StructNode, indent: string) => string
  readonly type: (node: Node, indent: string, side: Side) => string
  /** A Struct's members as the body of an object type. */
  readonly members: (node: StructNode, indent: string, side: Side) => string
  /** The compact description of a node's Schema that `table` in `src/internal/generatedSchema.ts` builds. */
  readonly description: (node: Node) => string
  readonly inbound: boolean
  readonly tolerates: (node: StructNode) => boolean
}

/** The one-character description of each primitive Schema (see `node` in `src/internal/generatedSchema.ts`). */
const PRIMITIVE_CODES: Readonly<Record<string, string>> = {
  "Schema.String": "s",
  "Schema.Number": "n",
  "Schema.Boolean": "b",
  "Schema.Unknown": "u",
  "Schema.Undefined": "v",
  "Schema.Null": "z",
  "Schema.Date": "d"
}

const makeRenderer = (module: Module, current: string, inbound: boolean): Renderer => {
  const refSchema = (ref: string): string => {
    const target = module.resolve(ref)
    switch (target._tag) {
      case "Opaque":
        return "Schema.Unknown"
      case "Imported":
        return `${target.namespace}.${target.name}`
      case "Local":
        // A definition in the same cycle may not be initialized yet.
        return module.cycles.get(current)?.has(target.name) ? `Schema.suspend(() => ${target.name})` : target.name
    }
  }
  const refType = (ref: string, side: Side): string => {
    const target = module.resolve(ref)
    switch (target._tag) {
      case "Opaque":
        return "unknown"
      case "Imported":
        return `${target.namespace}.${target.name}${side === "Encoded" && target.transforms ? "Encoded" : ""}`
      case "Local":
        return `${target.name}${side === "Encoded" && module.transforming.has(target.name) ? "Encoded" : ""}`
    }
  }
  const schema = (node: Node, indent: string): string => {
    switch (node._tag) {
      case "Primitive":
        return node.schema
      case "Literal":
        return `${node.open && inbound ? "openLiteral" : "Schema.Literal"}(${list(node.values.map(literal), indent)})`
      case "Ref":
        return refSchema(node.ref)
      case "Union": {
        const [first, second] = node.members
        if (node.members.length === 2 && (first === Null || second === Null)) {
          return `Schema.NullOr(${schema(first === Null ? second : first, indent)})`
        }
        return `Schema.Union(${list(node.members.map((member) => schema(member, indent + INDENT)), indent)})`
      }
      case "Array":
        return `Schema.Array(${schema(node.items, indent)})`
      case "Record":
        return `Schema.Record({ key: Schema.String, value: ${schema(node.value, indent)} })`
      case "Struct": {
        const struct = node.openIndex
          ? `Schema.Struct(${fields(node, indent)}, Schema.Record({ key: Schema.String, value: Schema.Unknown }))`
          : `Schema.Struct(${fields(node, indent)})`
        return tolerates(node) ? `tolerant(${struct})` : struct
      }
    }
  }
  const fields = (node: StructNode, indent: string): string => {
    const inner = indent + INDENT
    const lines = node.fields.map((field) => {
      const value = schema(field.node, inner)
      return `${inner}${propertyKey(field.name)}: ${field.optional ? `Schema.optional(${value})` : value}`
    })
    return lines.length === 0 ? "{}" : `{\n${lines.join(",\n")}\n${indent}}`
  }
  const type = (node: Node, indent: string, side: Side): string => {
    switch (node._tag) {
      case "Primitive":
        return side === "Encoded" && node.encoded !== undefined ? node.encoded : node.type
      case "Literal":
        return literalAlternatives(node, inbound).join(" | ")
      case "Ref":
        return refType(node.ref, side)
      case "Union":
        return node.members.map((member) => type(member, indent, side)).join(" | ")
      case "Array":
        return `ReadonlyArray<${type(node.items, indent, side)}>`
      case "Record":
        return `{ readonly [key: string]: ${type(node.value, indent, side)} }`
      case "Struct":
        return `{${members(node, indent, side)}}`
    }
  }
  const members = (node: StructNode, indent: string, side: Side): string => {
    const inner = indent + INDENT
    const lines = node.fields.map((field) => {
      const docs = side === "Type" ? jsDoc(field.docs, inner) : ""
      const value = type(field.node, inner, side)
      const key = propertyKey(field.name)
      return `${docs}${inner}readonly ${key}${field.optional ? `?: ${value} | undefined` : `: ${value}`}`
    })
    if (node.openIndex) lines.push(`${inner}readonly [key: string]: unknown`)
    return lines.length === 0 ? "" : `\n${lines.join("\n")}\n${indent}`
  }
  /** Whether a Struct is decoded tolerantly of `null` in its optional fields. */
  const tolerates = (node: StructNode): boolean => inbound && node.fields.some((field) => field.optional)
  const refDescription = (ref: string): string => {
    const target = module.resolve(ref)
    switch (target._tag) {
      case "Opaque":
        return "u"
      case "Imported":
        return `@${target.namespace}.${target.name}`
      case "Local":
        return module.cycles.get(current)?.has(target.name) ? `~${target.name}` : `@${target.name}`
    }
  }
  // The same Schemas as `schema` renders, in the same order, as data.
  const description = (node: Node): string => {
    switch (node._tag) {
      case "Primitive": {
        const code = PRIMITIVE_CODES[node.schema]
        if (code === undefined) throw new Error(`No description for ${node.schema}`)
        return code
      }
      case "Literal":
        return `${node.open && inbound ? "O" : "L"}${JSON.stringify(node.values)}`
      case "Ref":
        return refDescription(node.ref)
      case "Union": {
        const [first, second] = node.members
        if (node.members.length === 2 && (first === Null || second === Null)) {
          return `?${description(first === Null ? second : first)}`
        }
        return `|(${node.members.map(description).join(",")})`
      }
      case "Array":
        return `[${description(node.items)}]`
      case "Record":
        return `R${description(node.value)}`
      case "Struct": {
        const fields = node.fields.map((field) =>
          `${/^[A-Za-z0-9_$]+$/.test(field.name) ? field.name : JSON.stringify(field.name)}${field.optional ? "?" : ""}:${
            description(field.node)
          }`
        )
        return `${tolerates(node) ? "t" : ""}${node.openIndex ? "%" : ""}{${fields.join(",")}}`
      }
    }
  }
  return { schema, fields, type, members, description, inbound, tolerates }
}

/** A literal's type as alternatives: inbound, an open enum also admits other strings (named so the known ones stay visible). */
const literalAlternatives = (node: Extract<Node, { readonly _tag: "Literal" }>, inbound: boolean): Array<string> =>
  node.open && inbound ? [...node.values.map(literal), "(string & {})"] : node.values.map(literal)

const literal = (value: unknown): string => JSON.stringify(value)

const propertyKey = (name: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : literal(name))

/** Arguments on one line when short, else one per line. */
const list = (items: ReadonlyArray<string>, indent: string): string => {
  const oneLine = items.join(", ")
  return oneLine.length <= 80 && !oneLine.includes("\n")
    ? oneLine
    : `\n${items.map((item) => `${indent}${INDENT}${item.trimStart()}`).join(",\n")}\n${indent}`
}

const jsDoc = (docs: Docs, indent: string): string => {
  const text = [docs.description?.trim(), docs.deprecated === true ? "@deprecated" : undefined]
    .filter((line) => line !== undefined && line !== "")
    .join("\n\n")
  if (text === "") return ""
  const lines = text.replace(/\*\//g, "*\\/").split("\n")
  return lines.length === 1
    ? `${indent}/** ${lines[0]} */\n`
    : `${indent}/**\n${lines.map((line) => `${indent} *${line === "" ? "" : ` ${line}`}`).join("\n")}\n${indent} */\n`
}

/** `interface X {...}` for a Struct, `type X = ...` for anything else. */
const renderTypeDeclaration = (renderer: Renderer, name: string, node: Node, side: Side): string => {
  if (node._tag === "Struct") return `export interface ${name} {${renderer.members(node, "", side)}}\n`
  const alternatives = node._tag === "Union"
    ? node.members.map((member) => renderer.type(member, INDENT, side))
    : node._tag === "Literal"
    ? literalAlternatives(node, renderer.inbound)
    : [renderer.type(node, "", side)]
  const oneLine = alternatives.join(" | ")
  return oneLine.length <= 100 || alternatives.length === 1
    ? `export type ${name} = ${oneLine}\n`
    : `export type ${name} =\n${alternatives.map((alternative) => `${INDENT}| ${alternative}`).join("\n")}\n`
}


/**
 * A module's definitions are one value, named like the module (`Api`), with
 * a property for each definition: its Schema, built on first use from a
 * compact description (see `table` in `src/internal/generatedSchema.ts`).
 * Their types are a namespace of the same name, which TypeScript merges
 * with the value, so `Api.PingRequest` is both the type and its Schema. A
 * module of one value and a description per definition costs a program
 * little heap at import, where an export and a function per definition did.
 * Definitions in a cycle reach each other through `Schema.suspend`, since
 * building one must not need the other built.
 */
interface RenderedDefinition {
  /** The type declarations, inside the namespace. */
  readonly types: string
  /** The definition's property in the value's interface. */
  readonly property: string
  /** The definition's line of the description. */
  readonly line: string
}

/** Names the value's type and the imports use, which no definition may take. */
const RESERVED_NAMES = ["Schema", "Schemas", "Table", "Method", "Api", "Methods", "SessionEvents"]

const renderDefinition = (module: Module, definition: Definition): RenderedDefinition => {
  const { name, node } = definition
  const renderer = makeRenderer(module, name, module.inbound.has(name))
  const transforms = module.transforming.has(name)
  const typeArguments = transforms ? `${name}, ${name}Encoded` : name
  return {
    types: [
      `${jsDoc(definition.docs, "")}${renderTypeDeclaration(renderer, name, node, "Type")}`,
      ...(transforms
        ? [`/** The wire form of {@link ${name}}. */\n${renderTypeDeclaration(renderer, `${name}Encoded`, node, "Encoded")}`]
        : [])
    ].join("\n"),
    property: `${jsDoc(definition.docs, INDENT)}${INDENT}readonly ${name}: Schema.Schema<${typeArguments}>`,
    line: `${name}=${renderer.description(node)}`
  }
}

const header = (source: string, version: string): string =>
  [
    "/**",
    ` * Generated from ${PLATFORM_PACKAGE}@${version} schemas/${source}.`,
    " * Do not edit: regenerate with `npm run generate`.",
    " */",
    ""
  ].join("\n")

const section = (title: string): string => `// ${"-".repeat(75)}\n// ${title}\n// ${"-".repeat(75)}\n`

const renderImports = (imports: ReadonlyArray<Import>, extra: ReadonlyArray<string>): string =>
  [
    ...extra,
    ...imports.map(({ namespace }) => `import { ${namespace} } from "./${namespace}.js"`)
  ].join("\n") + "\n"

/**
 * The description as a function returning a template literal, one line per
 * definition: `table` reads it from the function's source, which must then
 * be the text itself (no backslash, backtick, `${` or carriage return).
 */
const templateLiteral = (lines: ReadonlyArray<string>): string => {
  const text = lines.join("\n")
  if (/[\\\r`]|\$\{/.test(text)) {
    throw new Error("The description holds a backslash, backtick, ${ or carriage return: teach table() to read it")
  }
  return `() => \`\n${text}\n\``
}

/** What a module renders besides its definitions: more types, properties and description lines. */
interface Extra {
  readonly types: ReadonlyArray<string>
  readonly properties: ReadonlyArray<string>
  readonly lines: ReadonlyArray<string>
}

const renderValue = (name: string, valueType: string, doc: string, lines: ReadonlyArray<string>, args: ReadonlyArray<string>) =>
  `/** ${doc} */\nexport const ${name}: ${name}.${valueType} = table<${name}.${valueType}>(${
    [templateLiteral(lines), ...args].join(", ")
  })\n`

const renderDefinitionsModule = (
  source: string,
  version: string,
  name: string,
  module: Module,
  extra: Extra
) => {
  const rendered = module.definitions.map((definition) => renderDefinition(module, definition))
  return [
    header(source, version),
    renderImports(module.imports, [`import type { Schema } from "effect"`, `import { table } from "../internal/generatedSchema.js"`]),
    section("Definitions: their types"),
    `/** The type of each definition (and of its wire form, where it differs). */`,
    `export declare namespace ${name} {`,
    ...rendered.map(({ types }) => types),
    ...extra.types,
    `/** The Schema of each definition, by name. */`,
    `export interface Schemas {`,
    ...rendered.map(({ property }) => property),
    ...extra.properties,
    `}`,
    `}\n`,
    section("Definitions: their Schemas, built on first use"),
    renderValue(
      name,
      "Schemas",
      `The Schema of each definition of ${source}, by name, built when first used.`,
      [...rendered.map(({ line }) => line), ...extra.lines],
      module.imports.length === 0 ? [] : [`{ ${module.imports.map(({ namespace }) => namespace).join(", ")} }`]
    )
  ].join("\n")
}

const exportedNames = (module: Module): Array<string> =>
  module.definitions.flatMap(({ name }) => module.transforming.has(name) ? [name, `${name}Encoded`] : [name])

const assertUniqueNames = (file: string, names: ReadonlyArray<string>): void => {
  const seen = new Set<string>()
  for (const name of names) {
    if (RESERVED_NAMES.includes(name)) throw new Error(`${file}: a definition is named ${name}, a name the module uses`)
    if (seen.has(name)) throw new Error(`${file}: two exports are named ${name}`)
    seen.add(name)
  }
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

interface MethodDeclaration {
  readonly group: MethodGroup
  readonly method: MethodLeaf
  /** `session.tools.handlePendingToolCall` → `SessionToolsHandlePendingToolCall`. */
  readonly name: string
}

const constName = (rpcMethod: string): string =>
  rpcMethod.split(".").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("")

const methodDeclarations = (api: SchemaFile): Array<MethodDeclaration> =>
  (Object.keys(METHOD_GROUPS) as Array<MethodGroup>).flatMap((group) =>
    methodsOf(api[group]).map((method) => ({ group, method, name: constName(method.rpcMethod) }))
  )

const isInline = (schema: JsonSchema | null): schema is JsonSchema => schema !== null && schema.$ref === undefined

/** Params written inline in the method become a definition of their own, named after the method. */
const paramsDefinitionName = (declaration: MethodDeclaration): string => `${declaration.name}Params`

/** The params a method declares, if any (absent params are sent as `{}`). */
const paramsNode = (declaration: MethodDeclaration): Node | undefined => {
  const { params } = declaration.method
  if (params === null) return undefined
  return isInline(params) ? ref(paramsDefinitionName(declaration)) : toNode(params)
}

/**
 * The result a method declares, if any. Empty results (absent or `null`) are
 * left to `Schema.Void`, which accepts whatever the runtime answers (`null`,
 * `{}`); a result that may be absent (`not: {}`) may also arrive as `null`.
 */
const resultNode = (declaration: MethodDeclaration): Node | undefined => {
  const { result } = declaration.method
  if (result === null || result.type === "null") return undefined
  const node = toNode(result)
  return node._tag === "Union" && node.members.includes(Undefined) ? union([...node.members, Null]) : node
}

const methodNodes = (declarations: ReadonlyArray<MethodDeclaration>): Array<Node> =>
  declarations.flatMap((declaration) => [paramsNode(declaration), resultNode(declaration)])
    .filter((node): node is Node => node !== undefined)

/**
 * Methods have a module of their own, where every definition is named through
 * its namespace: a method and a definition may share a name (`mcp.config.list`
 * answers with an `McpConfigList`).
 */
const methodsModule = (declarations: ReadonlyArray<MethodDeclaration>, imports: ReadonlyArray<Import>): Module => ({
  definitions: [],
  cycles: new Map(),
  transforming: new Set(),
  inbound: new Set(),
  imports: usedImports(imports, methodNodes(declarations), API_FILE),
  resolve: (reference) => {
    if (OPAQUE_REFS.has(reference)) return { _tag: "Opaque" }
    const { file, name } = parseRef(reference, API_FILE)
    return resolveImport(imports, file, name)
  }
})

interface RenderedMethod {
  /** The method's property in the value's interface. */
  readonly property: string
  /** The method's line of the description. */
  readonly line: string
}

const renderMethod = (module: Module, declaration: MethodDeclaration): RenderedMethod => {
  const { group, method, name } = declaration
  // What the SDK calls sends params and receives a result; what the runtime calls, the other way round.
  const paramsRenderer = makeRenderer(module, name, !isOutboundGroup(group))
  const resultRenderer = makeRenderer(module, name, isOutboundGroup(group))
  // A method is a small object, built at import; its Schemas are made when first read.
  const types = (renderer: Renderer, node: Node | undefined, absent: string) =>
    node === undefined
      ? [absent, absent]
      : [renderer.type(node, INDENT, "Type"), renderer.type(node, INDENT, "Encoded")]
  const params = paramsNode(declaration)
  const [P, PI] = types(paramsRenderer, params, "{}")
  const paramsDescription = params === undefined ? "{}" : paramsRenderer.description(params)
  const wire = literal(method.rpcMethod)
  const docs = jsDoc({ description: method.description }, INDENT)
  if (method.notification === true) {
    return {
      property: `${docs}${INDENT}readonly ${name}: Method.NotificationMethod<${wire}, ${P}, ${PI}>`,
      line: `${name}=!n${method.rpcMethod} ${paramsDescription}`
    }
  }
  const result = resultNode(declaration)
  const [R, RI] = types(resultRenderer, result, "void")
  const resultDescription = result === undefined ? "V" : resultRenderer.description(result)
  return {
    property: `${docs}${INDENT}readonly ${name}: Method.Method<${wire}, ${P}, ${PI}, ${R}, ${RI}>`,
    line: `${name}=!m${method.rpcMethod} ${paramsDescription} ${resultDescription}`
  }
}

/**
 * The groups the SDK calls, each also emitted as a table by wire name and a
 * union type: the client's typed `call` takes a `ServerMethod`, and a
 * session fills in its own id only for a `SessionMethod`.
 */
const METHOD_TABLES: ReadonlyArray<{ readonly group: MethodGroup; readonly table: string; readonly type: string; readonly doc: string }> = [
  { group: "server", table: "serverMethods", type: "ServerMethod", doc: "A server method: the SDK calls it on the runtime, for no session in particular." },
  { group: "session", table: "sessionMethods", type: "SessionMethod", doc: "A session method: the SDK calls it on the runtime for one session, named by its `sessionId`." }
]

const tableMembers = (declarations: ReadonlyArray<MethodDeclaration>, group: MethodGroup) =>
  declarations.filter((declaration) => declaration.group === group && declaration.method.notification !== true)

const renderMethodsModule = (version: string, declarations: ReadonlyArray<MethodDeclaration>, module: Module) => {
  assertUniqueNames("Methods", [
    ...declarations.map(({ name }) => name),
    ...METHOD_TABLES.flatMap(({ table, type }) => [table, type])
  ])
  const rendered = new Map(declarations.map((declaration) => [declaration, renderMethod(module, declaration)]))
  const groups = (Object.keys(METHOD_GROUPS) as Array<MethodGroup>).flatMap((group) => [
    `${INDENT}// ${METHOD_GROUPS[group]}`,
    ...declarations.filter((declaration) => declaration.group === group).map((declaration) => rendered.get(declaration)!.property)
  ])
  const tables = METHOD_TABLES.flatMap(({ group, table }) => [
    `${INDENT}/** Every ${group} method by its wire name. */`,
    `${INDENT}readonly ${table}: {\n${
      tableMembers(declarations, group).map(({ method, name }) => `${INDENT}${INDENT}readonly ${literal(method.rpcMethod)}: Table[${literal(name)}]`)
        .join("\n")
    }\n${INDENT}}`
  ])
  const tableLines = METHOD_TABLES.flatMap(({ group, table }) => [`*${table}`, ...tableMembers(declarations, group).map(({ name }) => name)])
  return [
    header(API_FILE, version),
    renderImports(module.imports, [`import { table } from "../internal/generatedSchema.js"`, `import * as Method from "../internal/jsonrpc/Method.js"`]),
    section("Methods: their types"),
    `/** The type of every method of the protocol, and of the tables of the methods the SDK calls. */`,
    `export declare namespace Methods {`,
    `/** Every method by the name of its declaration (\`session.tools.handlePendingToolCall\` as \`SessionToolsHandlePendingToolCall\`), and the tables of the methods the SDK calls. */`,
    `export interface Table {`,
    ...groups,
    ...tables,
    `}\n`,
    ...METHOD_TABLES.flatMap(({ doc, table, type }) => [`/** ${doc} */`, `export type ${type} = Table[${literal(table)}][keyof Table[${literal(table)}]]\n`]),
    `}\n`,
    section("Methods: each a small object, its Schemas made when first read"),
    renderValue(
      "Methods",
      "Table",
      "Every method of the protocol, by the name of its declaration, and the tables of the methods the SDK calls.",
      [...declarations.map((declaration) => rendered.get(declaration)!.line), ...tableLines],
      [`{ ${module.imports.map(({ namespace }) => namespace).join(", ")} }`, "Method.deferred"]
    )
  ].join("\n")
}

// ---------------------------------------------------------------------------
// Session events
// ---------------------------------------------------------------------------

interface EventDeclaration {
  /** The definition's name, e.g. `AssistantMessageEvent`. */
  readonly name: string
  /** The event's `type`, e.g. `assistant.message`. */
  readonly type: string
}

/** The members of the `SessionEvent` union, in schema order. */
const eventDeclarations = (events: SchemaFile): Array<EventDeclaration> =>
  (events.definitions["SessionEvent"].anyOf ?? []).map((member) => {
    const { name } = parseRef(member.$ref ?? "", EVENTS_FILE)
    const type = events.definitions[name].properties?.["type"]?.const
    if (typeof type !== "string") throw new Error(`${name} has no constant type`)
    return { name, type }
  })

const EVENT_INDEX_NAMES = ["sessionEventTypes", "SessionEventType", "SessionEvent", "eventSchemas"]

const renderEventIndex = (events: ReadonlyArray<EventDeclaration>): Extra => ({
  types: [
    "/** The type of a known session event. */",
    "export type SessionEventType = Schemas[\"sessionEventTypes\"][number]\n",
    "/** A known session event. Runtimes newer than this schema also send events of other types. */",
    `export type SessionEvent =\n${events.map(({ name }) => `${INDENT}| ${name}`).join("\n")}\n`
  ],
  properties: [
    `${INDENT}/** The type of every event this schema knows, in schema order. */`,
    `${INDENT}readonly sessionEventTypes: readonly [\n${events.map(({ type }) => `${INDENT}${INDENT}${literal(type)}`).join(",\n")}\n${INDENT}]`,
    `${INDENT}/** The Schema of each known event by its \`type\`: decode an event by looking its type up here. */`,
    `${INDENT}readonly eventSchemas: {\n${
      events.map(({ name, type }) => `${INDENT}${INDENT}readonly ${literal(type)}: Schemas[${literal(name)}]`).join("\n")
    }\n${INDENT}}`
  ],
  lines: ["*eventSchemas", ...events.map(({ name, type }) => `${type}=${name}`), "+sessionEventTypes=eventSchemas"]
})

// ---------------------------------------------------------------------------
// All files
// ---------------------------------------------------------------------------

const outputPath = (namespace: string): string => `${OUT_DIR}/${namespace}.ts`

/** The contents of every generated file, keyed by path relative to the repository. */
export const generate = (
  original: Inputs = readInputs(),
  overlay: ReadonlyArray<Correction> = OVERLAY
): Record<string, string> => {
  const inputs: Inputs = {
    ...original,
    api: { ...original.api, definitions: correctDefinitions(API_FILE, original.api.definitions, overlay) },
    events: { ...original.events, definitions: correctDefinitions(EVENTS_FILE, original.events.definitions, overlay) }
  }
  const declarations = correctMethods(methodDeclarations(inputs.api), overlay)
  const apiSchemas = new Map(Object.entries(inputs.api.definitions))
  for (const declaration of declarations) {
    if (isInline(declaration.method.params)) {
      apiSchemas.set(paramsDefinitionName(declaration), declaration.method.params)
    }
  }
  const methodUses = methodNodes(declarations)

  // The events module emits every event, and the event definitions the API uses.
  const events = eventDeclarations(inputs.events)
  const eventSchemaMap = new Map(Object.entries(inputs.events.definitions))
  const inbound = inboundDefinitions(new Map([[API_FILE, apiSchemas], [EVENTS_FILE, eventSchemaMap]]), [
    ...declarations.flatMap((declaration) => {
      const node = isOutboundGroup(declaration.group) ? resultNode(declaration) : paramsNode(declaration)
      return node === undefined ? [] : [{ file: API_FILE, node }]
    }),
    ...events.map(({ name }) => ({ file: EVENTS_FILE, node: ref(name) }))
  ])
  const apiNodes = [...methodUses, ...reachable(API_FILE, apiSchemas, methodUses).values()]
  const eventsUsedByApi = followedRefs(apiNodes, API_FILE).filter(({ file }) => file === EVENTS_FILE)
  const eventsModule = buildModule({
    file: EVENTS_FILE,
    schemas: eventSchemaMap,
    uses: [...events, ...eventsUsedByApi].map(({ name }) => ref(name)),
    imports: [],
    inbound: inbound.get(EVENTS_FILE) ?? new Set()
  })
  const eventsImport: Import = { file: EVENTS_FILE, namespace: "SessionEvents", module: eventsModule }
  const apiModule = buildModule({
    file: API_FILE,
    schemas: apiSchemas,
    uses: methodUses,
    imports: [eventsImport],
    inbound: inbound.get(API_FILE) ?? new Set()
  })
  const apiImport: Import = { file: API_FILE, namespace: "Api", module: apiModule }

  assertUniqueNames(API_FILE, exportedNames(apiModule))
  assertUniqueNames(EVENTS_FILE, [...exportedNames(eventsModule), ...EVENT_INDEX_NAMES])
  return {
    [outputPath("Api")]: renderDefinitionsModule(API_FILE, inputs.version, "Api", apiModule, { types: [], properties: [], lines: [] }),
    [outputPath("Methods")]: renderMethodsModule(
      inputs.version,
      declarations,
      methodsModule(declarations, [apiImport, eventsImport])
    ),
    [outputPath("SessionEvents")]: renderDefinitionsModule(EVENTS_FILE, inputs.version, "SessionEvents", eventsModule, renderEventIndex(events))
  }
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

const isMain = process.argv[1] !== undefined && Path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)

if (isMain) {
  const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
  for (const [file, contents] of Object.entries(generate())) {
    Fs.mkdirSync(Path.dirname(Path.join(root, file)), { recursive: true })
    Fs.writeFileSync(Path.join(root, file), contents)
    console.log(`wrote ${file}`)
  }
}
