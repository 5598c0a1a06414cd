/**
 * The declarations of the public `ToolSet` module (sets of tools by source, with
 * set algebra), as internal code imports them; the public module re-exports
 * them with their docs.
 *
 * @internal
 */
import { Equal, Hash, Pipeable, Predicate } from "effect"
import { dual } from "effect/Function"

/**
 * Where a tool comes from, as the runtime classifies it when the tool is
 * registered (not by its name): `builtin` (the runtime's own), `mcp` (an MCP
 * server's, by its wire name such as `github-list_issues`), `custom` (this
 * client's `tools` and custom agents').
 */
export type Source = "builtin" | "mcp" | "custom"

/**
 * The sources, in the order filters are written.
 */
export const sources: ReadonlyArray<Source> = ["builtin", "custom", "mcp"]

/**
 * Curated groups of built-in tool names.
 *
 * - `isolated`: the built-ins that stay within one session — no host file
 *   system outside the session, no other sessions' state, no host
 *   environment, no network (the group the protocol's reference SDK
 *   defines for `mode: "empty"`): `ask_user`, `task_complete`,
 *   `exit_plan_mode`, `task`, `read_agent`, `write_agent`, `list_agents`,
 *   `send_inbox`, `context_board`, `skill`.
 * - `all`: the wildcard, every built-in tool.
 */
export const BuiltInTools = {
  isolated: [
    "ask_user",
    "task_complete",
    "exit_plan_mode",
    "task",
    "read_agent",
    "write_agent",
    "list_agents",
    "send_inbox",
    "context_board",
    "skill"
  ] as ReadonlyArray<string>,
  all: "*"
} as const

/**
 * The tools of one source in a set: a finite set of names, or every tool
 * but some names.
 */
interface Part {
  readonly all: boolean
  /** `all` false: the names in the set; `all` true: the names left out. */
  readonly names: ReadonlySet<string>
}

const nothing: Part = { all: false, names: new Set() }

export const TypeId: unique symbol = Symbol.for("effect-copilot/ToolSet")

export type TypeId = typeof TypeId

/**
 * A set of tools. Build one with {@link builtIn}, {@link mcp},
 * {@link custom} (or start from {@link empty}) and combine with
 * {@link union}, {@link minus}, {@link intersect}. Two sets with the same
 * tools are `Equal`.
 */
export interface ToolSet extends Pipeable.Pipeable, Equal.Equal {
  readonly [TypeId]: TypeId
  /** @internal */
  readonly parts: Readonly<Record<Source, Part>>
}

const sortedNames = (names: ReadonlySet<string>): ReadonlyArray<string> => [...names].sort()

const proto = {
  [TypeId]: TypeId,
  pipe() {
    return Pipeable.pipeArguments(this, arguments)
  },
  [Equal.symbol](this: ToolSet, that: unknown): boolean {
    return isToolSet(that) && sources.every((source) => {
      const a = this.parts[source]
      const b = that.parts[source]
      return a.all === b.all && a.names.size === b.names.size && [...a.names].every((name) => b.names.has(name))
    })
  },
  [Hash.symbol](this: ToolSet): number {
    return Hash.cached(this, Hash.string(JSON.stringify(describe(this))))
  },
  toJSON(this: ToolSet) {
    return { _id: "ToolSet", ...describe(this) }
  },
  toString(this: ToolSet) {
    return `ToolSet(${JSON.stringify(describe(this))})`
  }
}

const describe = (set: ToolSet) =>
  Object.fromEntries(sources.map((source) => {
    const part = set.parts[source]
    return [source, part.all ? { all: true, except: sortedNames(part.names) } : sortedNames(part.names)]
  }))

const make = (parts: Readonly<Record<Source, Part>>): ToolSet => {
  const set = Object.create(proto)
  set.parts = parts
  return set
}

/**
 * Whether a value is a {@link ToolSet}.
 */
export const isToolSet = (u: unknown): u is ToolSet => Predicate.hasProperty(u, TypeId)

/**
 * The set with no tools.
 */
export const empty: ToolSet = make({ builtin: nothing, mcp: nothing, custom: nothing })

/**
 * The tools of one source with the given names; `"*"` among them means
 * every tool of that source.
 */
export const of = (source: Source, names: string | ReadonlyArray<string>): ToolSet => {
  const list = typeof names === "string" ? [names] : names
  const part: Part = list.includes("*") ? { all: true, names: new Set() } : { all: false, names: new Set(list) }
  return make({ ...empty.parts, [source]: part })
}

/**
 * Built-in tools by name (e.g. `"view"`, or a group of {@link BuiltInTools}); `"*"` is all of them.
 */
export const builtIn = (names: string | ReadonlyArray<string>): ToolSet => of("builtin", names)

/**
 * MCP servers' tools by their wire name (e.g. `"github-list_issues"`); `"*"` is all of them.
 */
export const mcp = (names: string | ReadonlyArray<string>): ToolSet => of("mcp", names)

/**
 * Custom tools (the session's `tools`, custom agents') by name; `"*"` is all of them.
 */
export const custom = (names: string | ReadonlyArray<string>): ToolSet => of("custom", names)

const combine = (f: (a: Part, b: Part) => Part) => (self: ToolSet, that: ToolSet): ToolSet =>
  make({
    builtin: f(self.parts.builtin, that.parts.builtin),
    mcp: f(self.parts.mcp, that.parts.mcp),
    custom: f(self.parts.custom, that.parts.custom)
  })

const filterNames = (names: ReadonlySet<string>, keep: (name: string) => boolean): ReadonlySet<string> =>
  new Set([...names].filter(keep))

const unionPart = (a: Part, b: Part): Part => {
  if (!a.all && !b.all) return { all: false, names: new Set([...a.names, ...b.names]) }
  if (a.all && b.all) return { all: true, names: filterNames(a.names, (n) => b.names.has(n)) }
  const [every, some] = a.all ? [a, b] : [b, a]
  return { all: true, names: filterNames(every.names, (n) => !some.names.has(n)) }
}

const minusPart = (a: Part, b: Part): Part => {
  if (!a.all && !b.all) return { all: false, names: filterNames(a.names, (n) => !b.names.has(n)) }
  if (!a.all && b.all) return { all: false, names: filterNames(a.names, (n) => b.names.has(n)) }
  if (a.all && !b.all) return { all: true, names: new Set([...a.names, ...b.names]) }
  return { all: false, names: filterNames(b.names, (n) => !a.names.has(n)) }
}

const intersectPart = (a: Part, b: Part): Part => minusPart(a, minusPart(a, b))

/**
 * The tools in either set.
 */
export const union: {
  (that: ToolSet): (self: ToolSet) => ToolSet
  (self: ToolSet, that: ToolSet): ToolSet
} = dual(2, combine(unionPart))

/**
 * The tools of `self` that are not in `that`; exact also against a
 * wildcard (`builtIn("*")` minus `builtIn("bash")` is every built-in but
 * `bash`).
 */
export const minus: {
  (that: ToolSet): (self: ToolSet) => ToolSet
  (self: ToolSet, that: ToolSet): ToolSet
} = dual(2, combine(minusPart))

/**
 * The tools in both sets.
 */
export const intersect: {
  (that: ToolSet): (self: ToolSet) => ToolSet
  (self: ToolSet, that: ToolSet): ToolSet
} = dual(2, combine(intersectPart))

/**
 * Whether the set holds the tool `name` of `source`.
 */
export const has: {
  (source: Source, name: string): (self: ToolSet) => boolean
  (self: ToolSet, source: Source, name: string): boolean
} = dual(3, (self: ToolSet, source: Source, name: string): boolean => {
  const part = self.parts[source]
  return part.all ? !part.names.has(name) : part.names.has(name)
})

/**
 * The runtime's filters for a set: `available`, the source-qualified names
 * and wildcards it includes, and `excluded`, the exceptions of its
 * wildcards (sent as `excludedTools`; exclusions win). Sorted, so equal sets
 * give equal filters.
 */
export const toFilters = (self: ToolSet): { readonly available: ReadonlyArray<string>; readonly excluded: ReadonlyArray<string> } => {
  const available: Array<string> = []
  const excluded: Array<string> = []
  for (const source of sources) {
    const part = self.parts[source]
    if (part.all) {
      available.push(`${source}:*`)
      for (const name of sortedNames(part.names)) excluded.push(`${source}:${name}`)
    } else {
      for (const name of sortedNames(part.names)) available.push(`${source}:${name}`)
    }
  }
  return { available, excluded }
}

const VALID_NAME = /^[A-Za-z0-9_-]+$/

/**
 * What is wrong with the names of a set, one sentence each (empty when
 * nothing is): a tool name has letters, digits, `_` and `-` only.
 */
export const problems = (self: ToolSet): ReadonlyArray<string> =>
  sources.flatMap((source) =>
    sortedNames(self.parts[source].names).flatMap((name) =>
      VALID_NAME.test(name)
        ? []
        : [`${source} tool name ${JSON.stringify(name)} is not valid: use letters, digits, "_" and "-", or "*" for all`]
    )
  )
