/**
 * ToolSet: the set algebra is exact (checked against brute force over a
 * small universe, wildcards included), the filters a set becomes, and what
 * `session.create` carries for ToolSets in `availableTools` / `excludedTools`
 * against the fake runtime.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Equal } from "effect"
import { CopilotSession, SessionConfig, ToolSet } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

/** Names a wildcard stands for in the brute-force check, plus names no set mentions. */
const universe: ReadonlyArray<readonly [ToolSet.Source, string]> = ToolSet.sources.flatMap((source) =>
  ["a", "b", "c", "unmentioned"].map((name) => [source, name] as const)
)

const members = (set: ToolSet.ToolSet) => universe.filter(([source, name]) => ToolSet.has(set, source, name))

/** Every set built of at most two names or a wildcard per source, with and without exceptions. */
const samples: ReadonlyArray<ToolSet.ToolSet> = (() => {
  const atoms: Array<ToolSet.ToolSet> = [ToolSet.empty]
  for (const source of ToolSet.sources) {
    atoms.push(ToolSet.of(source, ["a"]), ToolSet.of(source, ["a", "b"]), ToolSet.of(source, "*"))
    atoms.push(ToolSet.minus(ToolSet.of(source, "*"), ToolSet.of(source, ["b", "c"])))
  }
  return [...atoms, ToolSet.union(atoms[1]!, atoms[7]!), ToolSet.union(atoms[3]!, atoms[12]!)]
})()

describe("ToolSet algebra", () => {
  it("union, minus and intersect agree with the sets of tools they stand for", () => {
    for (const a of samples) {
      for (const b of samples) {
        const key = `${a} and ${b}`
        expect(members(ToolSet.union(a, b)), `union of ${key}`).toEqual(
          universe.filter(([s, n]) => ToolSet.has(a, s, n) || ToolSet.has(b, s, n))
        )
        expect(members(ToolSet.minus(a, b)), `${a} minus ${b}`).toEqual(
          universe.filter(([s, n]) => ToolSet.has(a, s, n) && !ToolSet.has(b, s, n))
        )
        expect(members(ToolSet.intersect(a, b)), `intersection of ${key}`).toEqual(
          universe.filter(([s, n]) => ToolSet.has(a, s, n) && ToolSet.has(b, s, n))
        )
      }
    }
  })

  it("a source's wildcard holds only that source's tools", () => {
    const all = ToolSet.builtIn(ToolSet.BuiltInTools.all)
    expect(ToolSet.has(all, "builtin", "anything")).toBe(true)
    expect(ToolSet.has(all, "mcp", "anything")).toBe(false)
    expect(ToolSet.has(all, "custom", "anything")).toBe(false)
  })

  it("equal sets are Equal, however they were built", () => {
    const a = ToolSet.builtIn(["view", "grep"]).pipe(ToolSet.union(ToolSet.mcp("*")))
    const b = ToolSet.mcp("*").pipe(ToolSet.union(ToolSet.builtIn("grep")), ToolSet.union(ToolSet.builtIn("view")))
    expect(Equal.equals(a, b)).toBe(true)
    expect(Equal.equals(a, ToolSet.builtIn("view"))).toBe(false)
    expect(Equal.equals(ToolSet.builtIn("*").pipe(ToolSet.minus(ToolSet.builtIn("*"))), ToolSet.empty)).toBe(true)
  })

  it("becomes source-qualified filters, a wildcard's exceptions as exclusions", () => {
    expect(ToolSet.toFilters(ToolSet.builtIn(ToolSet.BuiltInTools.isolated).pipe(ToolSet.minus(ToolSet.builtIn("task"))))).toEqual({
      available: [
        "builtin:ask_user",
        "builtin:context_board",
        "builtin:exit_plan_mode",
        "builtin:list_agents",
        "builtin:read_agent",
        "builtin:send_inbox",
        "builtin:skill",
        "builtin:task_complete",
        "builtin:write_agent"
      ],
      excluded: []
    })
    expect(ToolSet.toFilters(ToolSet.builtIn("*").pipe(ToolSet.minus(ToolSet.builtIn(["web_fetch", "bash"])), ToolSet.union(ToolSet.custom("x"))))).toEqual({
      available: ["builtin:*", "custom:x"],
      excluded: ["builtin:bash", "builtin:web_fetch"]
    })
    expect(ToolSet.toFilters(ToolSet.empty)).toEqual({ available: [], excluded: [] })
  })

  it("names must be letters, digits, _ and -", () => {
    expect(ToolSet.problems(ToolSet.builtIn(["view", "my tool"]).pipe(ToolSet.union(ToolSet.mcp("a:b"))))).toEqual([
      `builtin tool name "my tool" is not valid: use letters, digits, "_" and "-", or "*" for all`,
      `mcp tool name "a:b" is not valid: use letters, digits, "_" and "-", or "*" for all`
    ])
  })
})

const created = Effect.gen(function*() {
  const fake = yield* FakeRuntime.FakeRuntime
  yield* fake.handle("session.create", FakeRuntime.sessionStarted)
  yield* fake.handle("session.destroy", FakeRuntime.answer({ success: true }))
  return fake
})

const sentFilters = (config: SessionConfig.SessionConfig<never>) =>
  Effect.gen(function*() {
    const fake = yield* created
    yield* CopilotSession.withSession(config, () => Effect.void)
    const [create] = yield* fake.requests("session.create")
    const params = create!.params as Record<string, unknown>
    return {
      availableTools: params["availableTools"],
      excludedTools: params["excludedTools"],
      toolFilterPrecedence: params["toolFilterPrecedence"]
    }
  }).pipe(Effect.provide(FakeRuntime.layerClient))

describe("ToolSets in a session config", () => {
  it.effect("availableTools as a ToolSet: its filters, the wildcard's exceptions as exclusions, exclusions winning", () =>
    Effect.gen(function*() {
      expect(yield* sentFilters({ availableTools: ToolSet.builtIn("*").pipe(ToolSet.minus(ToolSet.builtIn("bash"))) })).toEqual({
        availableTools: ["builtin:*"],
        excludedTools: ["builtin:bash"],
        toolFilterPrecedence: "excluded"
      })
    }))

  it.effect("ToolSets in both: their difference is sent", () =>
    Effect.gen(function*() {
      expect(
        yield* sentFilters({
          availableTools: ToolSet.builtIn(["view", "grep", "glob"]),
          excludedTools: ToolSet.builtIn("grep").pipe(ToolSet.union(ToolSet.mcp("*")))
        })
      ).toEqual({ availableTools: ["builtin:glob", "builtin:view"], toolFilterPrecedence: "excluded" })
    }))

  it.effect("a ToolSet beside a string list: the lists join", () =>
    Effect.gen(function*() {
      expect(
        yield* sentFilters({ availableTools: ToolSet.mcp("*").pipe(ToolSet.minus(ToolSet.mcp("x"))), excludedTools: ["deploy"] })
      ).toEqual({ availableTools: ["mcp:*"], excludedTools: ["mcp:x", "deploy"], toolFilterPrecedence: "excluded" })
      expect(yield* sentFilters({ availableTools: ["view"], excludedTools: ToolSet.custom(["a", "b"]) })).toEqual({
        availableTools: ["view"],
        excludedTools: ["custom:a", "custom:b"],
        toolFilterPrecedence: "excluded"
      })
    }))

  it.effect("ToolSet.empty offers nothing: an empty allowlist is sent", () =>
    Effect.gen(function*() {
      expect(yield* sentFilters({ availableTools: ToolSet.empty })).toEqual({
        availableTools: [],
        toolFilterPrecedence: "excluded"
      })
    }))

  it.effect("what cannot be sent is an InvalidConfig before anything is", () =>
    Effect.gen(function*() {
      const fake = yield* created
      const wildcardExclusion = yield* Effect.flip(
        CopilotSession.withSession({ excludedTools: ToolSet.builtIn("*").pipe(ToolSet.minus(ToolSet.builtIn("view"))) }, () =>
          Effect.void)
      )
      expect(wildcardExclusion._tag).toBe("InvalidConfig")
      expect(wildcardExclusion.message).toContain(
        `"excludedTools" is a ToolSet with exceptions of a wildcard (builtin:view), which cannot be sent as exclusions`
      )
      const badName = yield* Effect.flip(CopilotSession.withSession({ availableTools: ToolSet.custom("get weather") }, () => Effect.void))
      expect(badName.message).toContain(`"availableTools": custom tool name "get weather" is not valid`)
      expect(yield* fake.requests("session.create")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
