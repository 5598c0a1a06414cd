/**
 * Codemods for what `npm run docs` checks, for modules written or moved
 * without it (a split module, a new entry). Run, then `npm run docs`:
 *
 * - `tsx scripts/docs-fix.ts since`: every module doc and export of the
 *   documented modules without `@since` gets one: `0.1.0` when an export of
 *   that name was public in the first version (commit {@link FIRST}, in any
 *   module), the next minor version otherwise.
 * - `tsx scripts/docs-fix.ts examples`: every ```ts example gets the imports
 *   it uses (effect, the package's entries, platform), a `declare const` for
 *   the values it stands for ({@link declared}), and a top-level `yield*`
 *   fragment is wrapped in `Effect.gen`. What is left is for a person.
 *
 * Both add what is missing (the second also drops imported names an example
 * does not use); run them twice and the second run changes nothing.
 */
import { execFileSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import ts from "typescript"
import { isExcluded, root } from "./docgenConfig.js"

/** The first version's commit (0.1.0, before the first merges). */
const FIRST = "859db4a"

const pkg: { readonly name: string; readonly version: string; readonly exports: Record<string, unknown> } = JSON.parse(
  Fs.readFileSync(Path.join(root, "package.json"), "utf8")
)

const documented = (files: ReadonlyArray<string>) =>
  files.filter((file) => file.startsWith("src/") && file.endsWith(".ts") && !isExcluded(file))
const modules = documented(
  execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "src"], { cwd: root, encoding: "utf8" })
    .split("\n")
)

// ---------------------------------------------------------------------------
// since

const isExported = (statement: ts.Statement) =>
  ts.canHaveModifiers(statement) &&
  (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)

/** The names a statement exports ("*" for `export * from`). */
const exportedNames = (statement: ts.Statement): ReadonlyArray<string> => {
  if (ts.isExportDeclaration(statement)) {
    if (statement.exportClause === undefined) return ["*"]
    if (ts.isNamespaceExport(statement.exportClause)) return [statement.exportClause.name.text]
    return statement.exportClause.elements.map((element) => element.name.text)
  }
  if (!isExported(statement)) return []
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => ts.isIdentifier(d.name) ? [d.name.text] : [])
  }
  if (
    (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name !== undefined
  ) return [statement.name.text]
  if (ts.isModuleDeclaration(statement)) return [statement.name.getText()]
  return []
}

const firstVersionExports = (): ReadonlySet<string> => {
  const files = documented(execFileSync("git", ["ls-tree", "-r", "--name-only", FIRST, "src"], { cwd: root, encoding: "utf8" }).split("\n"))
  const names = new Set<string>()
  for (const file of files) {
    const text = execFileSync("git", ["show", `${FIRST}:${file}`], { cwd: root, encoding: "utf8" })
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    for (const statement of source.statements) for (const name of exportedNames(statement)) names.add(name)
  }
  return names
}

const existedFirst = (file: string) => {
  try {
    execFileSync("git", ["cat-file", "-e", `${FIRST}:${file}`], { cwd: root, stdio: "ignore" })
    return true
  } catch {
    return false
  }
}

const since = () => {
  const first = firstVersionExports()
  const [major, minor] = pkg.version.split(".").map(Number)
  const next = `${major}.${(minor ?? 0) + 1}.0`
  let added = 0
  for (const file of modules) {
    const text = Fs.readFileSync(Path.join(root, file), "utf8")
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const edits: Array<{ readonly pos: number; readonly end: number; readonly text: string }> = []
    const tag = (pos: number, end: number, version: string, indent: string) => {
      const comment = text.slice(pos, end)
      if (comment.includes("@since")) return
      const body = comment.includes("\n")
        ? comment.slice(0, comment.lastIndexOf("*/")).replace(/\s*$/, "")
        : `/**\n${indent} * ${comment.slice(3, -2).trim()}`
      edits.push({ pos, end, text: `${body}\n${indent} *\n${indent} * @since ${version}\n${indent} */` })
      added++
    }
    const docsOf = (node: ts.Node) =>
      (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).filter((r) => text.startsWith("/**", r.pos) && !text.startsWith("/**/", r.pos))
    const [firstStatement] = source.statements
    const moduleDocs = firstStatement === undefined ? [] : docsOf(firstStatement)
    // The module's doc is the file's first JSDoc; an export's own doc follows it.
    const moduleVersion = existedFirst(file) ? "0.1.0" : next
    if (moduleDocs[0] !== undefined) tag(moduleDocs[0].pos, moduleDocs[0].end, moduleVersion, "")
    else {
      edits.push({ pos: 0, end: 0, text: `/**\n * @since ${moduleVersion}\n */\n` })
      added++
    }
    const visit = (statements: ts.NodeArray<ts.Statement>, indent: string, inNamespace: boolean) => {
      for (const statement of statements) {
        const names = inNamespace && !isExported(statement) ? [] : exportedNames(statement)
        // `export { A, B }`: docgen reads each name's own doc inside the braces; those are for a person.
        if (names.length === 0 || (ts.isExportDeclaration(statement) && statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause))) continue
        const version = names.every((name) => first.has(name)) ? "0.1.0" : next
        const docs = docsOf(statement)
        const own = statement === firstStatement ? docs.slice(1) : docs
        const doc = own.at(-1)
        if (doc !== undefined) tag(doc.pos, doc.end, version, indent)
        else {
          edits.push({ pos: statement.getStart(), end: statement.getStart(), text: `/**\n${indent} * @since ${version}\n${indent} */\n${indent}` })
          added++
        }
        if (ts.isModuleDeclaration(statement) && statement.body !== undefined && ts.isModuleBlock(statement.body)) {
          visit(statement.body.statements, `${indent}  `, true)
        }
      }
    }
    visit(source.statements, "", false)
    if (edits.length === 0) continue
    let out = text
    for (const edit of [...edits].sort((a, b) => b.pos - a.pos)) out = out.slice(0, edit.pos) + edit.text + out.slice(edit.end)
    Fs.writeFileSync(Path.join(root, file), out)
  }
  console.log(`@since added to ${added} declarations (new ones: ${next})`)
}

// ---------------------------------------------------------------------------
// examples

/** What an example may use without importing it, and where it comes from. */
const libraries: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ["effect", [
    "Effect", "Schema", "Stream", "Layer", "Option", "Either", "Redacted", "Duration", "Schedule", "Ref", "Context",
    "Data", "Chunk", "Fiber", "Scope", "Config", "Exit", "Cause", "Match", "Queue", "PubSub", "Deferred", "Clock",
    "Metric", "Console", "ParseResult", "JSONSchema", "ManagedRuntime", "Logger", "LogLevel", "HashMap", "Predicate",
    "Sink", "Runtime", "SchemaAST", "TestClock"
  ]],
  ["@effect/platform-node", ["NodeRuntime", "NodeContext", "NodeHttpClient", "NodeFileSystem", "NodeSocket"]],
  ["@effect/platform", ["HttpClient", "HttpClientRequest", "HttpClientResponse", "FileSystem", "HttpServer", "Socket"]],
  ["@effect/ai", ["LanguageModel", "AiError", "Toolkit", "Prompt"]],
  ["@effect/vitest", ["it", "describe", "expect"]]
]

/** The package's entries and the namespaces each exports (`export * as X`), or the module it is (`export * from`). */
const entryNamespaces = (): { readonly named: Array<readonly [string, Array<string>]>; readonly whole: Record<string, string> } => {
  const named: Array<readonly [string, Array<string>]> = []
  const whole: Record<string, string> = {}
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === "object" && target !== null && "import" in target
      ? (target as { readonly import?: { readonly default?: string } }).import?.default
      : undefined
    if (file === undefined) continue
    const specifier = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`
    const source = file.replace(/^\.\/dist\/esm\//, "src/").replace(/\.js$/, ".ts")
    const text = Fs.readFileSync(Path.join(root, source), "utf8")
    const names = [...text.matchAll(/^export \* as (\w+) from/gm)].map((m) => m[1]!)
    const reexport = /^export \* from "\.\/(\w+)\.js"/m.exec(text)
    if (names.length > 0) named.push([specifier, names])
    else if (reexport !== null) whole[reexport[1]!] = specifier
  }
  return { named, whole }
}

/**
 * Values the examples use as the reader's own, and their types: for every
 * module, for one module (`src/X.ts`), or for one export (`src/X.ts#Name`).
 * `$INPUT` stands for the export's name with `Output` read as `Input`.
 */
const declared: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "*": {
    client: "CopilotClient.CopilotClientService",
    session: "CopilotSession.CopilotSessionService",
    sessionId: "string",
    id: "string",
    original: "string",
    fake: "FakeRuntime.FakeRuntimeService",
    model: "ScriptedModel.ScriptedModel",
    config: "SessionConfig.SessionConfig",
    pool: "RuntimePool.RuntimePoolService<string>",
    http: "HttpClient.HttpClient",
    events: "Stream.Stream<SessionEvent.SessionEvent>",
    counter: "Canvas.Canvas<never>",
    weather: "Tool.Tool<never>",
    myTool: "Tool.Tool<never>",
    greet: "Tool.Tool<never>",
    json: "unknown",
    body: "unknown",
    conversations: "ReadonlyArray<Snapshots.Conversation>",
    messages: "ReadonlyArray<Snapshots.ChatMessage>",
    snapshot: "Snapshots.Snapshot",
    yamlText: "string",
    runtime: "IsolatedRuntime.IsolatedRuntime",
    isolated: "IsolatedRuntime.IsolatedRuntime",
    result: "SessionUi.ElicitationResult",
    mintFor: "(host: string) => string",
    docsToken: "string",
    mintInstallationToken: "(host: string) => Effect.Effect<Redacted.Redacted<string>>",
    requestId: "string",
    token: "string",
    vault: "{ readonly tokenFor: (url: string) => Effect.Effect<Redacted.Redacted<string>> }",
    hash: "(text: string) => string",
    userToken: "string",
    user: "string",
    tokenOf: "(user: string) => Redacted.Redacted<string>",
    homeOf: "(user: string) => string",
    readTokenFromVault: "() => string",
    MyToolkit: "Toolkit.Toolkit<{}>",
    rawInput: "unknown",
    checkPolicy: "(input: Hooks.PreToolUseHookInput) => Effect.Effect<Hooks.PreToolUseHookOutput>",
    policy: "Hooks.Hook<Hooks.PreToolUseHookInput, Hooks.PreToolUseHookOutput, never>",
    hooks: "Hooks.SessionHooks<never>"
  },
  "src/Handlers.ts": {
    request: "Handlers.PermissionRequest",
    event: "SessionEvent.SessionEvent",
    params: "Handlers.SystemMessageTransformParams"
  },
  "src/SessionEvent.ts": { event: "SessionEvent.SessionEvent" },
  "src/Hooks.ts": { input: "Hooks.$INPUT" },
  "src/cluster/CopilotOwner.ts": { alice: "CopilotOwner.OwnerClient", prompt: "string", turnId: "string" },
  "src/cluster/ClusterRunner.ts": { options: "CopilotOwner.Options" }
}

const withoutStrings = (code: string) =>
  code.replace(/"(?:[^"\\\n]|\\.)*"/g, "\"\"").replace(/'(?:[^'\\\n]|\\.)*'/g, "''").replace(/\/\/.*$/gm, "")
/** Whether `code` uses `name` as a value or type (not as a property, an object key or in a string). */
const uses = (code: string, name: string) => new RegExp(`(?<![\\w.$'"\`])${name}\\b(?!\\??:)`).test(withoutStrings(code))
const imports = (code: string, name: string) =>
  new RegExp(`import[^\\n]*\\b${name}\\b[^\\n]*from`).test(code) || new RegExp(`import \\* as ${name} from`).test(code)
const defines = (code: string, name: string) =>
  new RegExp(
    `(const|let|function\\*?|class|type|interface|import \\* as|declare const)\\s+${name}\\b` +
      `|(const|let)\\s+\\{[^}]*\\b${name}\\b[^}]*\\}\\s*=` +
      `|\\(([^()]|\\([^()]*\\))*\\b${name}\\b([^()]|\\([^()]*\\))*\\)\\s*(:\\s*[^=]+)?=>|\\b${name}\\s*=>`
  ).test(code)

const importNames = (line: string) =>
  line.slice("import {".length, line.indexOf("}")).split(",").map((name) => name.trim()).filter((name) => name !== "")

const fixExample = (
  body: string,
  file: string,
  exportName: string,
  entries: ReturnType<typeof entryNamespaces>
): string => {
  const declares: Record<string, string> = {}
  for (const [name, type] of Object.entries({ ...declared["*"], ...declared[file], ...declared[`${file}#${exportName}`] })) {
    declares[name] = type.replace("$INPUT", exportName.replace(/Output$/, "Input"))
  }
  const lines = body.split("\n")
  const importLines = lines.filter((line) => line.startsWith("import "))
  const rest = lines
    .filter((line) => !line.startsWith("import ") && !((/^declare const (\w+): /.exec(line)?.[1] ?? "") in declares))
    .join("\n")
    .replace(/^\s*\n/, "")
  const declarations = Object.entries(declares)
    .filter(([name]) => uses(rest, name) && !defines(rest, name))
    .map(([name, type]) => `declare const ${name}: ${type}`)
  const scanned = [...declarations, rest].join("\n")
  const fragment = /yield\*/.test(rest) && !/function\*/.test(rest)
  const all = [...importLines]
  const add = (from: string, need: ReadonlyArray<string>) => {
    if (need.length === 0) return
    const index = all.findIndex((line) => line.startsWith("import {") && line.endsWith(`from "${from}"`))
    if (index >= 0) all[index] = `import { ${[...new Set([...importNames(all[index]!), ...need])].sort().join(", ")} } from "${from}"`
    else all.push(`import { ${[...need].sort().join(", ")} } from "${from}"`)
  }
  for (const [from, names] of [...libraries, ...entries.named]) {
    add(
      from,
      names.filter((name) =>
        (uses(scanned, name) || (fragment && name === "Effect" && from === "effect")) && !imports(body, name) &&
        !new RegExp(`(const|let|function|class)\\s+${name}\\b`).test(rest)
      )
    )
  }
  for (const [name, from] of Object.entries(entries.whole)) {
    if (uses(scanned, name) && !imports(body, name)) all.push(`import * as ${name} from "${from}"`)
  }
  // Names imported and not used (left by an earlier edit of the example) go.
  for (let i = all.length - 1; i >= 0; i--) {
    const line = all[i]!
    if (!line.startsWith("import {")) continue
    const kept = importNames(line).filter((name) => uses(scanned, name.replace(/^type\s+/, "").split(" as ").at(-1)!) || fragment && name === "Effect")
    if (kept.length === 0) all.splice(i, 1)
    else all[i] = `import { ${kept.join(", ")} }${line.slice(line.indexOf("}") + 1)}`
  }
  const rank = (line: string) =>
    line.includes("\"@effect/") ? 0 : line.includes("\"effect\"") ? 1 : line.includes(`"${pkg.name}`) ? 2 : 3
  all.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  const main = fragment ? `Effect.gen(function*() {\n${rest.split("\n").map((l) => l === "" ? l : `  ${l}`).join("\n")}\n})` : rest
  return [...all, "", ...declarations, ...(declarations.length > 0 ? [""] : []), main].join("\n").replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+/, "")
}

const examples = () => {
  const entries = entryNamespaces()
  let changed = 0
  for (const file of modules) {
    const text = Fs.readFileSync(Path.join(root, file), "utf8")
    const blocks = [...text.matchAll(/^([ \t]*)\* ```ts\n([\s\S]*?)^[ \t]*\* ```$/gm)]
    let out = text
    for (const block of blocks.reverse()) {
      const indent = block[1]!
      const raw = block[2]!
      const start = block.index + block[0].indexOf("\n") + 1
      const body = raw.split("\n").slice(0, -1).map((line) => line.replace(/^[ \t]*\*(?: |$)/, "")).join("\n")
      const after = text.slice(start + raw.length)
      const documents = /\n\s*(?:export\s+(?:declare\s+)?(?:const|function|interface|type|class|namespace)\s+(\w+)|(?:readonly\s+)?(\w+)\??:|static\s+(\w+)|export \* as (\w+))/
        .exec(after.slice(after.indexOf("*/")))
      const exportName = documents === null ? "" : (documents[1] ?? documents[2] ?? documents[3] ?? documents[4] ?? "")
      const fixed = fixExample(body, file, exportName, entries)
      if (fixed === body) continue
      changed++
      const rendered = fixed.split("\n").map((line) => line === "" ? `${indent}*` : `${indent}* ${line}`).join("\n") + "\n"
      out = out.slice(0, start) + rendered + out.slice(start + raw.length)
    }
    if (out !== text) Fs.writeFileSync(Path.join(root, file), out)
  }
  console.log(`${changed} examples changed`)
}

const step = process.argv[2]
if (step === "since") since()
else if (step === "examples") examples()
else {
  console.error("usage: tsx scripts/docs-fix.ts since | examples")
  process.exitCode = 1
}
