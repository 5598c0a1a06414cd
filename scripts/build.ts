/**
 * Builds the package (`npm run build`, also the `prepare` script):
 *
 * - `dist/esm`: ES modules (tsconfig.build.json) and declarations
 *   (tsconfig.build.dts.json, the run that type-checks). The JavaScript is
 *   emitted without comments: the declarations carry the docs, and the
 *   module text a program loads stays in its heap (the generated protocol
 *   modules, with their descriptions, were about 1.6 MB of it).
 * - `dist/cjs`: CommonJS (tsconfig.build.cjs.json), with a `package.json`
 *   saying so and a copy of the declarations, so that `require` resolves to
 *   declarations TypeScript reads as CommonJS.
 *
 * `src/internal/moduleUrl.ts` is the one module that differs: it reads
 * `import.meta.url`, which CommonJS does not have, so the CommonJS build gets
 * a variant that derives the URL from `__filename`.
 *
 * Source maps carry their sources (`inlineSources`), since `src` is not
 * shipped. The build fails if any of this does not hold.
 */
import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import * as Fs from "node:fs"
import { createRequire } from "node:module"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const dist = Path.join(root, "dist")
const esm = Path.join(dist, "esm")
const cjs = Path.join(dist, "cjs")
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc")

const fail = (message: string): never => {
  console.error(`build: ${message}`)
  process.exit(1)
}

const run = (project: string) =>
  new Promise<void>((resolve) => {
    const child = spawn(process.execPath, [tsc, "-p", project], { cwd: root, stdio: "inherit" })
    child.on("exit", (code) => (code === 0 ? resolve() : fail(`tsc -p ${project} exited with ${code}`)))
  })

const walk = (dir: string): Array<string> =>
  Fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = Path.join(dir, entry.name)
    return entry.isDirectory() ? walk(path) : [path]
  })

/** A hash of everything the build reads, so a consumer test can tell whether `dist` is current. */
export const sourceHash = (): string => {
  const hash = createHash("sha256")
  const inputs = [
    ...walk(Path.join(root, "src")),
    ...["package.json", "tsconfig.json", "tsconfig.build.json", "tsconfig.build.dts.json", "tsconfig.build.cjs.json", "scripts/build.ts"].map((
      file
    ) => Path.join(root, file))
  ].sort()
  for (const file of inputs) hash.update(Path.relative(root, file)).update("\0").update(Fs.readFileSync(file))
  return hash.digest("hex")
}

export const HASH_FILE = Path.join(dist, ".source-hash")

const build = async () => {
  Fs.rmSync(dist, { recursive: true, force: true })
  await Promise.all([run("tsconfig.build.dts.json"), run("tsconfig.build.json"), run("tsconfig.build.cjs.json")])

  Fs.writeFileSync(Path.join(cjs, "package.json"), JSON.stringify({ type: "commonjs" }, null, 2) + "\n")
  const moduleUrl = Path.join(cjs, "internal", "moduleUrl.js")
  if (!Fs.existsSync(moduleUrl)) fail("dist/cjs/internal/moduleUrl.js was not emitted")
  Fs.writeFileSync(
    moduleUrl,
    [
      "\"use strict\";",
      "Object.defineProperty(exports, \"__esModule\", { value: true });",
      "// The CommonJS variant of src/internal/moduleUrl.ts (see scripts/build.ts).",
      "exports.moduleUrl = require(\"node:url\").pathToFileURL(__filename).href;",
      ""
    ].join("\n")
  )
  Fs.rmSync(`${moduleUrl}.map`, { force: true })

  for (const file of walk(esm)) {
    if (file.endsWith(".d.ts")) {
      const target = Path.join(cjs, Path.relative(esm, file))
      Fs.mkdirSync(Path.dirname(target), { recursive: true })
      Fs.copyFileSync(file, target)
    }
  }

  for (const file of walk(dist)) {
    const relative = Path.relative(root, file)
    if (file.startsWith(cjs) && file.endsWith(".js") && Fs.readFileSync(file, "utf8").includes("import.meta")) {
      fail(`${relative} uses import.meta, which CommonJS does not have`)
    }
    if (file.endsWith(".js.map")) {
      const map = JSON.parse(Fs.readFileSync(file, "utf8")) as { sources: Array<string>; sourcesContent?: Array<string> }
      if (map.sourcesContent?.length !== map.sources.length) fail(`${relative} does not carry its sources`)
    }
  }
  for (const entry of ["index", "testing/index", "testing/mcp", "ai/index", "sqlite/index", "sql/index", "extension/index", "cluster/index"]) {
    for (const dir of [esm, cjs]) {
      for (const ext of [".js", ".d.ts"]) {
        const file = Path.join(dir, entry + ext)
        if (!Fs.existsSync(file)) fail(`${Path.relative(root, file)} is missing`)
      }
    }
  }
  Fs.writeFileSync(HASH_FILE, sourceHash() + "\n")
}

const isMain = process.argv[1] !== undefined && Path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) await build()
