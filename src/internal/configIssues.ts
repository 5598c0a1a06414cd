/**
 * Turns the failure of a config's shape check (a Schema validated with
 * `onExcessProperty: "error"`) into sentences a user can act on: the field
 * by its path (`mcpServers.git.timeout`, `tools[0]`), what kind of value it
 * is, what was expected, and for an unknown key the nearest known one.
 *
 * Values are described, never printed when they may be secrets: a string is
 * quoted only outside secret fields, and cut short.
 *
 * @internal
 */
import { ParseResult, Predicate } from "effect"
import type { SchemaAST } from "effect"

/** One problem found in the input, at a path. */
type Leaf =
  | { readonly _tag: "Unexpected"; readonly path: ReadonlyArray<PropertyKey>; readonly known: ReadonlyArray<string> }
  | { readonly _tag: "Missing"; readonly path: ReadonlyArray<PropertyKey> }
  | {
    readonly _tag: "Type"
    readonly path: ReadonlyArray<PropertyKey>
    readonly expected: ReadonlyArray<SchemaAST.AST>
    readonly actual: unknown
    readonly message: string | undefined
  }

/** Options of {@link describeIssues}. */
export interface Options {
  /** What the input is, for the messages: e.g. "session config". */
  readonly subject: string
  /** Keys that hold secrets: their values are never quoted. */
  readonly secretKeys: ReadonlySet<string>
  /** Top-level keys spelled as on the wire, mapped to the config's name for them. */
  readonly wireNames: ReadonlyMap<string, string>
  /** A sentence to use instead of the generic one, or undefined. */
  readonly special?: ((leaf: Leaf, input: unknown) => string | undefined) | undefined
}

export type { Leaf }

const asArray = <A>(value: A | ReadonlyArray<A>): ReadonlyArray<A> =>
  Array.isArray(value) ? value as ReadonlyArray<A> : [value as A]

const isUndefinedAst = (ast: SchemaAST.AST) => ast._tag === "UndefinedKeyword"

const isLiteral = (ast: SchemaAST.AST): boolean =>
  ast._tag === "Literal" || (ast._tag === "Union" && ast.types.every(isLiteral))

/** Whether a member's problems include a wrong literal directly under the union's path (a discriminant). */
const missesDiscriminant = (leaves: ReadonlyArray<Leaf>, depth: number) =>
  leaves.some((leaf) =>
    leaf._tag === "Type" && leaf.path.length === depth + 1 &&
    leaf.expected.length > 0 && leaf.expected.every(isLiteral)
  )

const keysIn = (message: string | undefined): ReadonlyArray<string> =>
  message === undefined ? [] : Array.from(message.matchAll(/"([^"]+)"/g), (match) => match[1]!)

/**
 * The problems of an issue tree. At a union, only the members that come
 * closest count: members whose discriminant (`mode`, `type`) differs are left
 * out when another member matches it, then the members with the fewest
 * problems win; equal wrong-type problems at one path merge into one.
 */
const leavesOf = (issue: ParseResult.ParseIssue, path: ReadonlyArray<PropertyKey>): ReadonlyArray<Leaf> => {
  switch (issue._tag) {
    case "Pointer":
      return leavesOf(issue.issue, [...path, ...asArray(issue.path)])
    case "Unexpected":
      return [{ _tag: "Unexpected", path, known: keysIn(issue.message) }]
    case "Missing":
      return [{ _tag: "Missing", path }]
    case "Type":
      return [{ _tag: "Type", path, expected: [issue.ast], actual: issue.actual, message: issue.message }]
    case "Forbidden":
      return [{ _tag: "Type", path, expected: [], actual: issue.actual, message: issue.message }]
    case "Refinement":
    case "Transformation":
      return leavesOf(issue.issue, path)
    case "Composite": {
      const issues = asArray(issue.issues)
      if (issue.ast._tag !== "Union") return issues.flatMap((inner) => leavesOf(inner, path))
      const members = issues
        .map((inner) => leavesOf(inner, path))
        .filter((leaves) =>
          !(issue.actual !== undefined && leaves.length === 1 && leaves[0]!._tag === "Type" &&
            leaves[0]!.expected.every(isUndefinedAst))
        )
      if (members.length === 0) return leavesOf(issues[0]!, path)
      const matching = members.filter((leaves) => !missesDiscriminant(leaves, path.length))
      const candidates = matching.length > 0 ? matching : members
      const fewest = Math.min(...candidates.map((leaves) => leaves.length))
      const closest = candidates.filter((leaves) => leaves.length === fewest)
      if (closest.length === 1) return closest[0]!
      // Several members fail alike: one wrong-type problem per path, expecting any of them.
      const types = closest.flat().filter((leaf) => leaf._tag === "Type")
      if (types.length === closest.flat().length && types.every((leaf) => pathText(leaf.path) === pathText(path))) {
        return [{
          _tag: "Type",
          path,
          expected: types.flatMap((leaf) => leaf.expected),
          actual: issue.actual,
          message: undefined
        }]
      }
      return closest.flat()
    }
  }
}

/** `mcpServers.git.timeout`, `tools[0]`, `["odd key"]`. */
export const pathText = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`
    const name = String(key)
    if (/^[A-Za-z_$][\w$-]*$/.test(name)) return text === "" ? name : `${text}.${name}`
    return `${text}[${JSON.stringify(name)}]`
  }, "")

const describeValue = (value: unknown, secret: boolean): string => {
  if (value === null) return "null"
  if (value === undefined) return "undefined"
  if (Array.isArray(value)) return "an array"
  if (typeof value === "string") {
    if (secret) return "a plain string"
    const quoted = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
    return `the string ${quoted}`
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return `the ${typeof value} ${String(value)}`
  }
  if (typeof value === "function") return "a function"
  return "an object"
}

const describeAst = (ast: SchemaAST.AST): string => {
  switch (ast._tag) {
    case "TypeLiteral":
      return ast.indexSignatures.length > 0 && ast.propertySignatures.length === 0 ? "an object of entries" : "an object"
    case "TupleType":
      return "an array"
    case "StringKeyword":
      return "a string"
    case "NumberKeyword":
      return "a number"
    case "BooleanKeyword":
      return "a boolean"
    case "Literal":
      return JSON.stringify(ast.literal)
    case "Union":
      if (ast.types.every(isLiteral)) return ast.types.map(describeAst).join(" or ")
      return String(ast)
    default: {
      const text = String(ast)
      return text.startsWith("Redacted(") ? "a Redacted value (wrap the secret with Redacted.make)" : text
    }
  }
}

/** The edit distance of two short strings (case-insensitive). */
const distance = (a: string, b: string): number => {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[y.length]!
}

/** The known key nearest to `key`, if one is near enough to be a likely typo. */
export const nearest = (key: string, known: ReadonlyArray<string>): string | undefined => {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const d = distance(key, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined
}

const valueAt = (input: unknown, path: ReadonlyArray<PropertyKey>): unknown =>
  path.reduce<unknown>((value, key) => (Predicate.isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined), input)

const sentence = (leaf: Leaf, input: unknown, options: Options): string => {
  const special = options.special?.(leaf, input)
  if (special !== undefined) return special
  const where = pathText(leaf.path)
  switch (leaf._tag) {
    case "Unexpected": {
      const key = String(leaf.path[leaf.path.length - 1])
      const wire = leaf.path.length === 1 ? options.wireNames.get(key) : undefined
      if (wire !== undefined) return `"${where}" is the wire name of an option: use "${wire}" instead.`
      const parent = pathText(leaf.path.slice(0, -1))
      const unknown = leaf.path.length === 1
        ? `"${where}" is not a ${options.subject} option`
        : `"${where}" is not a known key of "${parent}"`
      const suggestion = nearest(key, leaf.known)
      return suggestion !== undefined
        ? `${unknown}: did you mean "${suggestion}"?`
        : `${unknown}: remove it${leaf.known.length > 0 && leaf.known.length <= 12 ? ` (known keys: ${leaf.known.join(", ")})` : ""}.`
    }
    case "Missing":
      return `"${where}" is missing: it is required.`
    case "Type": {
      const secret = leaf.path.some((key) => options.secretKeys.has(String(key)))
      const actual = describeValue(valueAt(input, leaf.path), secret)
      const expected = Array.from(new Set(leaf.expected.filter((ast) => !isUndefinedAst(ast)).map(describeAst)))
      if (expected.length === 0) {
        const reason = leaf.message ?? "it does not match its schema"
        return `"${where}" is ${actual}: ${reason}.`
      }
      return `"${where}" is ${actual}; expected ${expected.join(" or ")}.`
    }
  }
}

/**
 * The sentences for a shape check's failure, one per problem, in the order
 * found, without repeats.
 */
export const describeIssues = (error: ParseResult.ParseError, input: unknown, options: Options): ReadonlyArray<string> => {
  // Wrong-type problems at one path (from several union members) become one, expecting any of them.
  const leaves: Array<Leaf> = []
  const typeAt = new Map<string, number>()
  for (const leaf of leavesOf(error.issue, [])) {
    const at = leaf._tag === "Type" ? typeAt.get(pathText(leaf.path)) : undefined
    const earlier = at === undefined ? undefined : leaves[at]
    if (leaf._tag === "Type" && earlier !== undefined && earlier._tag === "Type") {
      leaves[at!] = { ...earlier, expected: [...earlier.expected, ...leaf.expected] }
    } else {
      if (leaf._tag === "Type") typeAt.set(pathText(leaf.path), leaves.length)
      leaves.push(leaf)
    }
  }
  return Array.from(new Set(leaves.map((leaf) => sentence(leaf, input, options))))
}
