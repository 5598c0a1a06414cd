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
      f === "CopilotSession.ts" || f.startsWith(join("internal", "session", "/"))
    )
    expect(sessionModules).toEqual([])
  })

  it("imports run one way: no module under src/internal imports a public module", () => {
    const upward = internalToPublic(importGraph())
    // The reader sees an upward import when there is one.
    const withUpward = new Map(importGraph())
    const router = join(SRC, "internal", "router.ts")
    withUpward.set(router, [...(withUpward.get(router) ?? []), join(SRC, "SessionConfig.ts")])
    expect(internalToPublic(withUpward)).toContainEqual("internal/router.ts -> SessionConfig.ts")
    expect(upward).toEqual([])
  })

  it.effect("a public module moved down re-exports its internal module's values themselves: the same classes, tags, Schemas and functions", () =>
    Effect.promise(async () => {
      for (const [pub, internal] of Object.entries(MOVED_DOWN)) {
        const publicModule: Record<string, unknown> = await import(join(SRC, `${pub}.ts`))
        const internalModule: Record<string, unknown> = await import(join(SRC, "internal", `${internal}.ts`))
        expect([pub, Object.keys(publicModule).sort()]).toEqual([pub, Object.keys(internalModule).sort()])
        for (const name of Object.keys(internalModule)) {
          expect([pub, name, publicModule[name] === internalModule[name]]).toEqual([pub, name, true])
        }
      }
      // So an error made by internal code is the public class: instanceof and its tag match.
      const CopilotError = await import(join(SRC, "CopilotError.ts"))
      const errors = await import(join(SRC, "internal", "errors.ts"))
      const made: unknown = new errors.RpcError({ method: "ping", code: -32603, message: "boom" })
      expect(made instanceof CopilotError.RpcError).toBe(true)
    }))

  it("the cluster entry is built on the SDK's public modules: nothing of src/cluster imports the core's internal/", () => {
    const graph = importGraph()
    const core = join(SRC, "internal") + "/"
    const reaching = [...graph].flatMap(([file, deps]) =>
      relative(SRC, file).startsWith(join("cluster", "/"))
        ? deps.filter((dep) => dep.startsWith(core)).map((dep) => `${relative(SRC, file)} -> ${relative(SRC, dep)}`)
        : []
    )
    expect(graph.has(join(SRC, "cluster", "internal", "entity.ts"))).toBe(true)
    expect(reaching).toEqual([])
  })

  // Lines of code: the API reference's JSDoc (each export's description,
  // @since and an example with its imports) is not counted, so documenting a
  // module never pushes it over.
  it("no hand-written module of src/ is longer than 800 lines of code, beyond the named ones that read better whole", () => {
    const long = sourceFiles(SRC)
      .map((file) => relative(SRC, file))
      .filter((file) => !file.startsWith("generated"))
      .filter((file) => linesOfCode(readFileSync(join(SRC, file), "utf8")) > 800)
    expect(long.filter((file) => !LONG_BY_DESIGN.includes(file))).toEqual([])
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
 * The public modules whose declarations live in an internal module (the
 * public file re-exports them with their docs), and that internal module.
 */
const MOVED_DOWN: Readonly<Record<string, string>> = {
  Auth: "auth",
  Canvas: "canvas",
  Commands: "commands",
  CopilotError: "errors",
  Hooks: "hooks",
  ModelTransport: "modelTransportTypes",
  RuntimeConnection: "runtimeConnection",
  SessionEvent: "sessionEvent",
  SessionUi: "sessionUi",
  Tool: "tool",
  ToolSet: "toolSet"
}

/** The lines of a module that hold code: not blank, not inside or part of a comment. */
const linesOfCode = (text: string): number => {
  const stripped = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ""))
  return stripped.split("\n").filter((line) => line.trim() !== "" && !line.trim().startsWith("//")).length
}

/**
 * Hand-written modules over 800 lines of code that are one concept and read
 * better whole: none today (the client service, 884 lines in all, is 374 of
 * code; the rest its docs).
 */
const LONG_BY_DESIGN: ReadonlyArray<string> = []

/** Each import from a module under src/internal of a public module of src/ (not internal/, not generated/), as "from -> to". */
const internalToPublic = (graph: Map<string, ReadonlyArray<string>>): Array<string> =>
  [...graph].flatMap(([file, deps]) => {
    const from = relative(SRC, file)
    if (!from.startsWith(join("internal", "/"))) return []
    return deps
      .map((dep) => relative(SRC, dep))
      .filter((to) => !to.startsWith(join("internal", "/")) && !to.startsWith(join("generated", "/")))
      .map((to) => `${from} -> ${to}`)
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

// ---------------------------------------------------------------------------
// The repository stands alone
// ---------------------------------------------------------------------------

const ROOT = resolve(SRC, "..")
/** Where code that runs (sources, tests, benches, scripts, examples, CI) lives. */
const CODE_DIRS = ["src", "test", "bench", "scripts", "examples", ".ci"]
const CODE_FILE = /\.(?:[cm]?[jt]s)$/

const filesUnder = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : filesUnder(path)
    return entry.isFile() ? [path] : []
  })

const codeFiles = (): Array<string> => [
  ...CODE_DIRS.flatMap((dir) => {
    try {
      return filesUnder(join(ROOT, dir))
    } catch {
      return []
    }
  }),
  ...readdirSync(ROOT).filter((name) => CODE_FILE.test(name)).map((name) => join(ROOT, name))
]

/** The string literals of a module (quoted strings and the text of template literals), comments left out. */
const stringLiterals = (text: string): Array<string> => {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text)
  const found: Array<string> = []
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.CloseBraceToken) token = scanner.reScanTemplateToken(false)
    if (
      token === ts.SyntaxKind.StringLiteral || token === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
      token === ts.SyntaxKind.TemplateHead || token === ts.SyntaxKind.TemplateMiddle || token === ts.SyntaxKind.TemplateTail
    ) found.push(scanner.getTokenValue())
  }
  return found
}

/**
 * The places in a module that name a path outside the repository: the folder
 * beside the checkout, a relative path that climbs above the root from the
 * module's own directory, or a run of `".."` segments that does.
 */
const pathsOutside = (file: string): Array<string> => {
  const text = readFileSync(file, "utf8")
  const beside = ["..", "shared"].join("/")
  const problems: Array<string> = []
  if (text.includes(beside) || text.includes(["peer", "snapshots"].join("-"))) problems.push(`names ${beside}`)
  if (!CODE_FILE.test(file)) return problems
  const literals = stringLiterals(text)
  const inside = (target: string) => {
    const rel = relative(ROOT, target)
    return rel === "" || (!rel.startsWith("..") && !rel.startsWith("/"))
  }
  literals.forEach((literal, index) => {
    if (literal.startsWith("../") && !inside(resolve(dirname(file), literal))) {
      problems.push(`"${literal}" leaves the repository`)
    }
    if (literal === ".." && literals[index - 1] !== "..") {
      let climbs = 0
      while (literals[index + climbs] === "..") climbs++
      const next = literals[index + climbs]
      if (next === "shared") problems.push(`".." then "shared"`)
      if (!inside(resolve(dirname(file), ...Array<string>(climbs).fill("..")))) {
        problems.push(`${climbs} ".." segments leave the repository`)
      }
    }
  })
  return problems
}

describe("the repository stands alone", () => {
  it("the checker sees a path beside the checkout, a climb out of the root, and nothing in comments", () => {
    const dir = join(ROOT, "test", "x.ts")
    const sample = (text: string) => {
      const literals = stringLiterals(text)
      return { literals, outside: literals.some((l) => l.startsWith("../") && relative(ROOT, resolve(dirname(dir), l)).startsWith("..")) }
    }
    expect(sample(`const a = "../../elsewhere/x.yaml" // "../fine"`)).toEqual({ literals: ["../../elsewhere/x.yaml"], outside: true })
    expect(sample("const b = `../recordings/${name}.yaml`").literals).toEqual(["../recordings/", ".yaml"])
    expect(sample(`const c = "../recordings"`).outside).toBe(false)
  })

  it("no source, test, bench, script, example or CI file names a path outside the repository", () => {
    // This file is left out: it spells the patterns it looks for.
    const self = fileURLToPath(import.meta.url)
    const files = codeFiles().filter((file) => file !== self)
    expect(files.some((file) => file.endsWith(join("test", "integration", "support.ts")))).toBe(true)
    const problems = files.flatMap((file) => pathsOutside(file).map((problem) => `${relative(ROOT, file)}: ${problem}`))
    expect(problems).toEqual([])
  })
})
