/**
 * Sets of tools by where they come from — the runtime's built-in tools,
 * MCP servers' tools, and custom tools (this client's `tools`, custom
 * agents') — for a session's `availableTools` and `excludedTools`. A set is
 * a value with set algebra: {@link union}, {@link minus} and
 * {@link intersect} are exact even with wildcards (`"*"`: every tool of a
 * source), and the session sends the set as the runtime's source-qualified
 * filters (`builtin:view`, `mcp:*`, ...), an exception of a wildcard as an
 * exclusion (exclusions win over inclusions).
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * // The isolated built-ins without the sub-agent tool, plus every custom tool.
 * const tools = ToolSet.builtIn(ToolSet.BuiltInTools.isolated).pipe(
 *   ToolSet.minus(ToolSet.builtIn("task")),
 *   ToolSet.union(ToolSet.custom("*"))
 * )
 * // CopilotSession.withSession({ availableTools: tools }, ...)
 * ```
 *
 * @since 0.2.0
 */
import * as internal from "./internal/toolSet.js"

/**
 * Where a tool comes from, as the runtime classifies it when the tool is
 * registered (not by its name): `builtin` (the runtime's own), `mcp` (an MCP
 * server's, by its wire name such as `github-list_issues`), `custom` (this
 * client's `tools` and custom agents').
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * const source: ToolSet.Source = "mcp"
 * ```
 *
 * @since 0.2.0
 */
export type Source = internal.Source

/**
 * The sources, in the order filters are written.
 *
 * @since 0.2.0
 */
export const sources = internal.sources

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
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * const safe = ToolSet.builtIn(ToolSet.BuiltInTools.isolated)
 * const everything = ToolSet.builtIn(ToolSet.BuiltInTools.all)
 * ```
 *
 * @since 0.2.0
 */
export const BuiltInTools = internal.BuiltInTools

/**
 * @internal
 *
 * @since 0.2.0
 */
export const TypeId = internal.TypeId

/**
 * @internal
 *
 * @since 0.2.0
 */
export type TypeId = internal.TypeId

/**
 * A set of tools. Build one with {@link builtIn}, {@link mcp},
 * {@link custom} (or start from {@link empty}) and combine with
 * {@link union}, {@link minus}, {@link intersect}. Two sets with the same
 * tools are `Equal`.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * const set: ToolSet.ToolSet = ToolSet.builtIn(["view", "grep"])
 * ```
 *
 * @since 0.2.0
 */
export type ToolSet = internal.ToolSet

/**
 * Whether a value is a {@link ToolSet}.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * ToolSet.isToolSet(ToolSet.empty) // true
 * ```
 *
 * @since 0.2.0
 */
export const isToolSet = internal.isToolSet

/**
 * The set with no tools.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * const none = ToolSet.empty // availableTools: ToolSet.empty offers no tools at all
 * ```
 *
 * @since 0.2.0
 */
export const empty = internal.empty

/**
 * The tools of one source with the given names; `"*"` among them means
 * every tool of that source.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * ToolSet.of("mcp", ["github-list_issues", "github-get_issue"])
 * ```
 *
 * @since 0.2.0
 */
export const of = internal.of

/**
 * Built-in tools by name (e.g. `"view"`, or a group of {@link BuiltInTools}); `"*"` is all of them.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * ToolSet.builtIn(["view", "grep", "glob"])
 * ```
 *
 * @since 0.2.0
 */
export const builtIn = internal.builtIn

/**
 * MCP servers' tools by their wire name (e.g. `"github-list_issues"`); `"*"` is all of them.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * ToolSet.mcp("*")
 * ```
 *
 * @since 0.2.0
 */
export const mcp = internal.mcp

/**
 * Custom tools (the session's `tools`, custom agents') by name; `"*"` is all of them.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * ToolSet.custom(["get_weather"])
 * ```
 *
 * @since 0.2.0
 */
export const custom = internal.custom

/**
 * The tools in either set.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * ToolSet.builtIn(ToolSet.BuiltInTools.isolated).pipe(ToolSet.union(ToolSet.mcp("*")))
 * ```
 *
 * @since 0.2.0
 */
export const union = internal.union

/**
 * The tools of `self` that are not in `that`; exact also against a
 * wildcard (`builtIn("*")` minus `builtIn("bash")` is every built-in but
 * `bash`).
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * ToolSet.builtIn("*").pipe(ToolSet.minus(ToolSet.builtIn(["bash", "web_fetch"])))
 * ```
 *
 * @since 0.2.0
 */
export const minus = internal.minus

/**
 * The tools in both sets.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * ToolSet.builtIn("*").pipe(ToolSet.intersect(ToolSet.builtIn(["view", "grep"]))) // view, grep
 * ```
 *
 * @since 0.2.0
 */
export const intersect = internal.intersect

/**
 * Whether the set holds the tool `name` of `source`.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * ToolSet.has(ToolSet.builtIn("*"), "builtin", "view") // true
 * ```
 *
 * @since 0.2.0
 */
export const has = internal.has

/**
 * The runtime's filters for a set: `available`, the source-qualified names
 * and wildcards it includes, and `excluded`, the exceptions of its
 * wildcards (sent as `excludedTools`; exclusions win). Sorted, so equal sets
 * give equal filters.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * ToolSet.toFilters(ToolSet.builtIn("*").pipe(ToolSet.minus(ToolSet.builtIn("bash"))))
 * // { available: ["builtin:*"], excluded: ["builtin:bash"] }
 * ```
 *
 * @since 0.2.0
 */
export const toFilters = internal.toFilters

/**
 * What is wrong with the names of a set, one sentence each (empty when
 * nothing is): a tool name has letters, digits, `_` and `-` only.
 *
 * @example
 * ```ts
 * import { ToolSet } from "effect-copilot"
 *
 * ToolSet.problems(ToolSet.builtIn("my tool"))
 * // ['builtin tool name "my tool" is not valid: use letters, digits, "_" and "-", or "*" for all']
 * ```
 *
 * @since 0.2.0
 */
export const problems = internal.problems
