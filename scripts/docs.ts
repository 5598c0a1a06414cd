/**
 * `npm run docs`: the API reference, generated with `@effect/docgen` into
 * `docs/` (every module docgen documents, see docgen.json), and every
 * `@example` of those modules type-checked against the package.
 *
 * docgen's own example step compiles the examples and then runs them. These
 * examples are programs that start a runtime, talk to the Copilot API or
 * stand for values of the caller's (`declare const session: ...`), so this
 * script runs docgen without that step and compiles every example itself,
 * the way docgen does: each example a module of its own under
 * `docs/examples/`, the package imported by name. The entries (`effect-copilot`,
 * `effect-copilot/testing`, ...) are read from package.json's `exports`, so a
 * new entry is checked as soon as it is exported. A failure names the source
 * file and line of the example.
 */
import { execFileSync, spawnSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { config, isExcluded, root } from "./docgenConfig.js"

const bin = (name: string) => Path.join(root, "node_modules", ".bin", name)

const srcDir = Path.join(root, config.srcDir ?? "src")
const outDir = Path.join(root, config.outDir ?? "docs")
const examplesDir = Path.join(outDir, "examples")

/** The package's entries, from package.json `exports`: specifier → source module. */
const entries = (): Record<string, string> => {
  const pkg = JSON.parse(Fs.readFileSync(Path.join(root, "package.json"), "utf8")) as {
    readonly name: string
    readonly exports: Record<string, string | { readonly import?: { readonly default?: string } }>
  }
  const out: Record<string, string> = {}
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === "string" ? target : target.import?.default
    if (file === undefined || !file.endsWith(".js")) continue
    const source = Path.join(root, file.replace(/^\.\/dist\/esm\//, "src/").replace(/\.js$/, ".ts"))
    if (!Fs.existsSync(source)) throw new Error(`package.json exports ${subpath} from ${file}, but ${source} does not exist`)
    out[subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`] = source
  }
  return out
}

const documentedModules = (): ReadonlyArray<string> => {
  const walk = (dir: string): Array<string> =>
    Fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = Path.join(dir, entry.name)
      return entry.isDirectory() ? walk(path) : entry.name.endsWith(".ts") ? [path] : []
    })
  return walk(srcDir).filter((file) => !isExcluded(Path.relative(root, file))).sort()
}

interface Example {
  readonly file: string
  /** The 1-based line of the example's first line in its source file. */
  readonly line: number
  readonly code: string
}

/** The ```ts blocks of a module's JSDoc comments. */
const examplesOf = (file: string): ReadonlyArray<Example> => {
  const text = Fs.readFileSync(file, "utf8")
  const out: Array<Example> = []
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    for (const block of comment[0].matchAll(/^[ \t]*\* ```ts\n([\s\S]*?)^[ \t]*\* ```$/gm)) {
      const offset = comment.index + block.index + block[0].indexOf("\n") + 1
      const line = text.slice(0, offset).split("\n").length
      const code = block[1]!.split("\n").slice(0, -1).map((l) => l.replace(/^[ \t]*\*(?: |$)/, "")).join("\n")
      out.push({ file, line, code })
    }
  }
  return out
}

const checkExamples = (): number => {
  const examples = documentedModules().flatMap(examplesOf)
  Fs.rmSync(examplesDir, { recursive: true, force: true })
  Fs.mkdirSync(examplesDir, { recursive: true })
  const names = examples.map((example, i) => {
    const name = `${Path.relative(srcDir, example.file).replace(/[/\\]/g, "-").replace(/\.ts$/, "")}-${i}.ts`
    // Each example is a module of its own, even one without imports.
    Fs.writeFileSync(Path.join(examplesDir, name), `${example.code}\nexport {}\n`)
    return name
  })
  const paths = Object.fromEntries(
    Object.entries(entries()).map(([specifier, source]) => [specifier, [Path.relative(examplesDir, source)]])
  )
  Fs.writeFileSync(
    Path.join(examplesDir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { ...config.examplesCompilerOptions, noEmit: true, paths }, files: names }, null, 2)
  )
  const tsc = spawnSync(bin("tsc"), ["-p", Path.join(examplesDir, "tsconfig.json")], { cwd: root, encoding: "utf8" })
  const errors = tsc.stdout.split("\n").filter((line) => line.includes("error TS"))
  for (const error of errors) {
    const match = /^(?:.*[/\\])?([^/\\(]+)\((\d+),(\d+)\): (.*)$/.exec(error)
    const example = match === null ? undefined : examples[names.indexOf(match[1]!)]
    console.error(
      example === undefined || match === null
        ? error
        : `${Path.relative(root, example.file)}:${example.line + Number(match[2]) - 1}:${match[3]} (example) ${match[4]}`
    )
  }
  if (tsc.status !== 0 && errors.length === 0) console.error(tsc.stdout, tsc.stderr)
  Fs.rmSync(examplesDir, { recursive: true, force: true })
  console.log(`${examples.length} examples in ${new Set(examples.map((e) => e.file)).size} modules: ${errors.length} errors`)
  return tsc.status === 0 ? 0 : 1
}

// The reference: docgen checks every export's @since and writes docs/modules.
// docgen 0.5.2 hands its arguments to @effect/cli as a whole argv, which
// drops the first two (the executable and the script): hence the two names
// before the option.
//
// docgen also insists on a `homepage` in package.json, which this package
// leaves out (it has no public place yet): docgen runs in a staging
// directory whose package.json names the package and whose `src` is a link
// to this one, writing into this repository's docs/.
const stage = Path.join(root, "node_modules", ".cache", "docgen")
Fs.rmSync(stage, { recursive: true, force: true })
Fs.mkdirSync(stage, { recursive: true })
Fs.symlinkSync(srcDir, Path.join(stage, "src"), "dir")
const pkg = JSON.parse(Fs.readFileSync(Path.join(root, "package.json"), "utf8")) as { readonly name: string; readonly homepage?: string }
Fs.writeFileSync(Path.join(stage, "package.json"), JSON.stringify({ name: pkg.name, homepage: pkg.homepage ?? "README.md" }))
Fs.writeFileSync(Path.join(stage, "docgen.json"), JSON.stringify({ ...config, srcDir: "src", outDir }))
execFileSync(bin("docgen"), ["node", "docgen", "--no-run-examples"], { cwd: stage, stdio: "inherit" })
process.exitCode = checkExamples()
