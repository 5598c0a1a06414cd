/**
 * The shape of the package: modules layered one way (no import cycles, the
 * client below the sessions), and a public client service whose declarations
 * carry nothing internal.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit } from "effect"
import { CopilotClient, CopilotSession } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"
import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src")

const sourceFiles = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith(".ts") ? [path] : []
  })

/** Each module of src/ and the modules of src/ it imports: imports, type imports, re-exports and dynamic imports alike. */
const importGraph = (): Map<string, ReadonlyArray<string>> => {
  const graph = new Map<string, ReadonlyArray<string>>()
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true)
    const local = importedFiles
      .map((ref) => ref.fileName)
      .filter((name) => name.startsWith("."))
      .map((name) => resolve(dirname(file), name.replace(/\.js$/, ".ts")))
    graph.set(file, local)
  }
  return graph
}

/** The strongly connected components with more than one module (or a module importing itself): the import cycles. */
const cycles = (graph: Map<string, ReadonlyArray<string>>): Array<Array<string>> => {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: Array<string> = []
  const onStack = new Set<string>()
  const found: Array<Array<string>> = []
  const visit = (v: string) => {
    index.set(v, next)
    low.set(v, next)
    next++
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!))
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: Array<string> = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(relative(SRC, w))
      } while (w !== v)
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort())
    }
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

describe("module layering", () => {
  it("the import reader sees the imports of a known module, type imports included", () => {
    const graph = importGraph()
    const session = graph.get(join(SRC, "CopilotSession.ts")) ?? []
    expect(session).toContain(join(SRC, "CopilotClient.ts"))
    // The finder reports a cycle when there is one.
    const withCycle = new Map(graph)
    withCycle.set(join(SRC, "CopilotClient.ts"), [...(graph.get(join(SRC, "CopilotClient.ts")) ?? []), join(SRC, "CopilotSession.ts")])
    expect(cycles(withCycle)).toContainEqual(["CopilotClient.ts", "CopilotSession.ts"])
  })

  it("no module of src/ imports a module that imports it back", () => {
    expect(cycles(importGraph())).toEqual([])
  })

  it("the client does not know sessions: nothing it imports reaches CopilotSession or the session internals", () => {
    const graph = importGraph()
    const reachable = new Set<string>()
    const walk = (file: string) => {
      for (const dep of graph.get(file) ?? []) {
        if (reachable.has(dep)) continue
        reachable.add(dep)
        walk(dep)
      }
    }
    walk(join(SRC, "CopilotClient.ts"))
    const sessionModules = [...reachable].map((f) => relative(SRC, f)).filter((f) =>
      f === "CopilotSession.ts" || f.startsWith(join("internal", "session"))
    )
    expect(sessionModules).toEqual([])
  })

  it("the main entry loads neither the test kit nor @effect/ai, nor a package index of @effect/platform", () => {
    const { external, own } = runtimeGraph(join(SRC, "index.ts"))
    const ownModules = [...own].map((f) => relative(SRC, f))
    expect(ownModules).toContain("CopilotClient.ts")
    expect(ownModules.filter((f) => f.startsWith("testing") || f.startsWith("ai"))).toEqual([])
    const packages = [...external]
    expect(packages).toContain("effect")
    expect(packages.filter((p) => p.startsWith("@effect/ai") || p.includes("vitest"))).toEqual([])
    // The SQL store is its own entry, on optional peers: the main entry loads none of it.
    expect(ownModules.filter((f) => f.startsWith("sql") || f.includes("sqlSessionFs"))).toEqual([])
    expect(packages.filter((p) => p.startsWith("@effect/sql") || p === "better-sqlite3" || p === "pg")).toEqual([])
    // The indexes load all of @effect/platform(-node): HTTP, workers, sockets.
    expect(packages.filter((p) => p === "@effect/platform" || p === "@effect/platform-node")).toEqual([])
  })

  it("the main entry loads nothing of the cluster entry or its optional peers (cluster, rpc, sql and drivers)", () => {
    const { external, own } = runtimeGraph(join(SRC, "index.ts"))
    expect([...own].map((f) => relative(SRC, f)).filter((f) => f.startsWith("cluster") || f.includes(join("internal", "cluster"))))
      .toEqual([])
    const peers = [...external].filter((p) =>
      p.startsWith("@effect/cluster") || p.startsWith("@effect/rpc") || p.startsWith("@effect/sql") ||
      p === "@effect/platform-node/NodeClusterSocket"
    )
    expect(peers).toEqual([])
    // The cluster entry does load them: the check above sees them when they are there.
    const cluster = runtimeGraph(join(SRC, "cluster", "index.ts")).external
    expect([...cluster]).toContain("@effect/cluster/Entity")
    // The SQLite driver is loaded on use (a dynamic import), so runners on PostgreSQL need not install it.
    expect([...cluster].filter((p) => p.startsWith("@effect/sql-sqlite-node"))).toEqual([])
  })
})

describe("the effect-copilot/sql entry", () => {
  it("loads @effect/sql and the session file system, and no SQL driver (the user picks one)", () => {
    const { external, own } = runtimeGraph(join(SRC, "sql", "index.ts"))
    expect([...own].map((f) => relative(SRC, f))).toContain(join("internal", "sqlSessionFs.ts"))
    const packages = [...external]
    expect(packages.filter((p) => p.startsWith("@effect/sql/"))).not.toEqual([])
    expect(packages.filter((p) => p.startsWith("@effect/sql-") || p === "better-sqlite3" || p === "pg")).toEqual([])
  })
})

describe("the effect-copilot/sqlite entry", () => {
  it("runs SQLite through @effect/sql-sqlite-node, not better-sqlite3 directly, and loads no PostgreSQL driver", () => {
    const { external } = runtimeGraph(join(SRC, "sqlite", "index.ts"))
    const packages = [...external]
    expect(packages).toContain("@effect/sql-sqlite-node")
    expect(packages.filter((p) => p === "better-sqlite3" || p.startsWith("@effect/sql-pg") || p === "pg")).toEqual([])
  })
})

/**
 * What loading a module loads: the modules of src/ and the packages it
 * imports as values, followed through imports and re-exports. Type-only
 * imports and exports are left out (they are erased), dynamic imports too
 * (they load on use).
 */
const runtimeGraph = (start: string) => {
  const own = new Set<string>()
  const external = new Set<string>()
  const visit = (file: string) => {
    if (own.has(file)) return
    own.add(file)
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, false)
    for (const statement of source.statements) {
      let specifier: ts.Expression | undefined
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause
        const typeOnly = clause !== undefined && (clause.isTypeOnly || (
          clause.name === undefined && clause.namedBindings !== undefined &&
          ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((element) => element.isTypeOnly)
        ))
        if (!typeOnly) specifier = statement.moduleSpecifier
      } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
        specifier = statement.moduleSpecifier
      }
      if (specifier === undefined || !ts.isStringLiteral(specifier)) continue
      const name = specifier.text
      if (name.startsWith(".")) visit(resolve(dirname(file), name.replace(/\.js$/, ".ts")))
      else if (!name.startsWith("node:")) external.add(name)
    }
  }
  visit(start)
  return { own, external }
}

/** The declarations tsc emits for a module of src/, with internal members kept (as a build without stripInternal does). */
const declarationsOf = (file: string): string => {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    declaration: true,
    emitDeclarationOnly: true,
    stripInternal: false,
    types: ["node"]
  }
  const program = ts.createProgram([file], options)
  let text: string | undefined
  program.emit(program.getSourceFile(file), (name, data) => {
    if (name.endsWith("CopilotClient.d.ts")) text = data
  }, undefined, true)
  if (text === undefined) throw new Error(`no declarations were emitted for ${file}`)
  return text
}

/** The member names of an interface in declaration text. */
const interfaceMembers = (declarations: string, name: string): ReadonlyArray<string> => {
  const source = ts.createSourceFile("x.d.ts", declarations, ts.ScriptTarget.ES2022)
  const found = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name)
  if (found === undefined) throw new Error(`interface ${name} not found in the declarations`)
  return found.members.flatMap((member) => (member.name !== undefined && ts.isIdentifier(member.name) ? [member.name.text] : []))
}

describe("the public client service", () => {
  it("its emitted declarations name the connection's calls and no internal field", () => {
    const members = interfaceMembers(declarationsOf(join(SRC, "CopilotClient.ts")), "CopilotClientService")
    expect(members).toContain("ping")
    expect(members).toContain("closed")
    expect(members).not.toContain("protocol")
    expect(members).not.toContain("router")
    // Sessions are made by CopilotSession, on the client: not by the client.
    expect(members.filter((m) => /session$/i.test(m) && /^(create|resume)/.test(m))).toEqual([])
  }, 60_000)

  it.effect("a running client exposes no protocol or router", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      expect(Object.keys(client)).not.toContain("protocol")
      expect(Object.keys(client)).not.toContain("router")
      expect(yield* client.ping("hi")).toMatchObject({ message: "pong: hi" })
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("a copy of the client service cannot make sessions: a defect that says to use the service itself", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const exit = yield* Effect.exit(Effect.scoped(CopilotSession.make({ ...client }, { sessionId: "s" })))
      expect(Exit.isFailure(exit) && Cause.isDie(exit.cause)).toBe(true)
      if (Exit.isFailure(exit)) expect(Cause.pretty(exit.cause)).toContain("not built by CopilotClient.make or CopilotClient.layer")
    }).pipe(Effect.provide(FakeRuntime.layerClient)))
})
