/**
 * What importing `effect-copilot` costs a program, as the package is
 * shipped: the built `dist/esm/index.js` (built first if `dist` is not
 * current), in plain Node, each import in a fresh process.
 *
 * The baseline is importing the third-party modules the entry's own module
 * graph imports (`effect` and the `@effect/platform` / `@effect/platform-node`
 * modules it names), measured the same way: a program using this SDK
 * imports those anyway, so "ours over the baseline" is what the SDK itself
 * adds. The official SDK's import is measured alongside.
 *
 *   npx tsx bench/importCost.ts      (also part of `npm run bench`; alone it
 *                                     writes bench/import-results.json)
 */
import { execFileSync, spawnSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { HASH_FILE, sourceHash } from "../scripts/build.js"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const entry = Path.join(root, "dist", "esm", "index.js")
const probe = Path.join(root, "bench", "importProbe.mjs")

export interface ImportSample {
  readonly heapBytes: number
  readonly ms: number
}

export interface ImportCost {
  readonly rounds: number
  /** The third-party modules of the entry's graph: the baseline's imports. */
  readonly baselineModules: ReadonlyArray<string>
  /** Modules of this package the entry loads. */
  readonly ownModules: ReadonlyArray<string>
  readonly median: {
    readonly baseline: ImportSample
    readonly ours: ImportSample
    readonly official: ImportSample
    readonly oursOverBaseline: ImportSample
  }
  readonly samples: {
    readonly baseline: ReadonlyArray<ImportSample>
    readonly ours: ReadonlyArray<ImportSample>
    readonly official: ReadonlyArray<ImportSample>
  }
}

/** Builds the package unless `dist` was built from the current sources. */
export const ensureBuilt = (): void => {
  const current = Fs.existsSync(HASH_FILE) && Fs.readFileSync(HASH_FILE, "utf8").trim() === sourceHash()
  if (current) return
  process.stderr.write("import cost: building the package (dist is not current) ...\n")
  execFileSync(process.execPath, [Path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/build.ts"], {
    cwd: root,
    stdio: "inherit"
  })
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^"';]*?\sfrom\s)?["']([^"']+)["']/g

/**
 * The entry's module graph, read from the emitted JavaScript: the package's
 * own modules it reaches, and the bare specifiers (other packages) they import.
 */
export const moduleGraph = (start: string = entry) => {
  const own = new Set<string>()
  const external = new Set<string>()
  const visit = (file: string) => {
    if (own.has(file)) return
    own.add(file)
    const text = Fs.readFileSync(file, "utf8")
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1]!
      if (specifier.startsWith(".")) visit(Path.resolve(Path.dirname(file), specifier))
      else if (!specifier.startsWith("node:")) external.add(specifier)
    }
  }
  visit(start)
  return {
    own: [...own].map((file) => Path.relative(Path.join(root, "dist", "esm"), file)).sort(),
    external: [...external].sort()
  }
}

const sample = (specifiers: ReadonlyArray<string>): ImportSample => {
  const result = spawnSync(process.execPath, ["--expose-gc", probe, ...specifiers], { cwd: root, encoding: "utf8" })
  if (result.status !== 0) throw new Error(`import probe failed: ${result.stderr}`)
  return JSON.parse(result.stdout.trim())
}

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const medianSample = (samples: ReadonlyArray<ImportSample>): ImportSample => ({
  heapBytes: median(samples.map((s) => s.heapBytes)),
  ms: median(samples.map((s) => s.ms))
})

/** Measures each import `rounds` times, in rotating order, each in a fresh process. */
export const measureImportCost = (rounds: number): ImportCost => {
  ensureBuilt()
  const graph = moduleGraph()
  const subjects = {
    baseline: graph.external,
    ours: [pathToFileURL(entry).href],
    official: ["@github/copilot-sdk"]
  } as const
  const kinds = ["baseline", "ours", "official"] as const
  const samples: Record<(typeof kinds)[number], Array<ImportSample>> = { baseline: [], ours: [], official: [] }
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[(i + round) % kinds.length]!
      samples[kind].push(sample(subjects[kind]))
    }
  }
  // Ours over the baseline, round by round (same order of magnitude of noise on both).
  const over = samples.ours.map((s, i) => ({
    heapBytes: s.heapBytes - samples.baseline[i]!.heapBytes,
    ms: s.ms - samples.baseline[i]!.ms
  }))
  return {
    rounds,
    baselineModules: graph.external,
    ownModules: graph.own,
    median: {
      baseline: medianSample(samples.baseline),
      ours: medianSample(samples.ours),
      official: medianSample(samples.official),
      oursOverBaseline: medianSample(over)
    },
    samples
  }
}

const MB = 1024 * 1024

/** The import table, in Markdown. */
export const renderImportTable = (cost: ImportCost): string => {
  const row = (label: string, s: ImportSample) => `| ${label} | ${(s.heapBytes / MB).toFixed(1)} | ${Math.round(s.ms)} |`
  return [
    "| import | heap added (MB) | time (ms) |",
    "|---|---:|---:|",
    row("`effect` + the @effect/platform(-node) modules effect-copilot imports (baseline)", cost.median.baseline),
    row("effect-copilot (built package)", cost.median.ours),
    row("effect-copilot over the baseline", cost.median.oursOverBaseline),
    row("@github/copilot-sdk", cost.median.official)
  ].join("\n")
}

const isMain = process.argv[1] !== undefined && Path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
  const cost = measureImportCost(rounds)
  console.log(renderImportTable(cost))
  console.log(`\nmedian of ${rounds} rounds; baseline modules: ${cost.baselineModules.join(", ")}`)
  const { loadavg } = await import("node:os")
  Fs.writeFileSync(
    new URL("./import-results.json", import.meta.url),
    JSON.stringify({ loadAverage: loadavg(), ...cost }, null, 2) + "\n"
  )
  console.log("wrote bench/import-results.json")
}
