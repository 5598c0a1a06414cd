/**
 * Type cost: what a consumer's type check of the README's first program
 * costs against this SDK's built declarations, and the same program written
 * for the official `@github/copilot-sdk`, each checked by
 * `tsc --extendedDiagnostics` in a fresh temporary project. Reports check
 * time, types and instantiations, and ours over the official SDK's.
 *
 *   npx tsx bench/types.ts       (BENCH_ROUNDS, default 3: medians)
 */
import { spawnSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { ensureBuilt } from "./importCost.js"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const tsc = Path.join(root, "node_modules", "typescript", "bin", "tsc")

/** The README's first program, read from the README itself, so the two never drift. */
export const readmeProgram = (): string => {
  const readme = Fs.readFileSync(Path.join(root, "README.md"), "utf8")
  const section = readme.slice(readme.indexOf("## A first program"))
  const match = /```ts\n([\s\S]*?)```/.exec(section)
  if (match === null) throw new Error("README.md has no ts block under \"A first program\"")
  return match[1]!
}

/** The same program on the official SDK: a tool, a streamed turn, approve-all permissions. */
const officialProgram = `import { approveAll, CopilotClient, defineTool } from "@github/copilot-sdk"

const getWeather = defineTool<{ city: string }>("get_weather", {
  description: "Current weather for a city",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  handler: async ({ city }) => \`Sunny in \${city}\`
})

const main = async () => {
  const client = new CopilotClient()
  await client.start()
  const session = await client.createSession({ streaming: true, tools: [getWeather], onPermissionRequest: approveAll })
  const done = new Promise<void>((resolve, reject) => {
    session.on((event) => {
      switch (event.type) {
        case "assistant.message_delta":
          process.stdout.write(event.data.deltaContent)
          break
        case "session.error":
          reject(new Error(\`\${event.data.errorType}: \${event.data.message}\`))
          break
        case "session.idle":
          resolve()
          break
      }
    })
  })
  await session.send("Weather in Oslo?")
  await done
  await session.disconnect()
  await client.stop()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
`

export interface TypeCost {
  readonly checkSeconds: number
  readonly totalSeconds: number
  readonly types: number
  readonly instantiations: number
  readonly files: number
  readonly memoryKB: number
}

/**
 * A project of one file, resolving packages from this repository's
 * node_modules, and `effect-copilot` to the built declarations (as a
 * consumer's install would).
 */
const project = (name: string, program: string): string => {
  const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), `effect-copilot-types-${name}-`))
  Fs.symlinkSync(Path.join(root, "node_modules"), Path.join(dir, "node_modules"), "dir")
  Fs.writeFileSync(Path.join(dir, "package.json"), JSON.stringify({ name: `types-${name}`, type: "module", private: true }))
  Fs.writeFileSync(Path.join(dir, "program.ts"), program)
  Fs.writeFileSync(
    Path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2022"],
        types: ["node"],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        incremental: false,
        paths: { "effect-copilot": [Path.join(root, "dist", "esm", "index.d.ts")] }
      },
      files: ["program.ts"]
    })
  )
  return dir
}

const readNumber = (output: string, label: string): number => {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output)
  if (match === null) throw new Error(`tsc --extendedDiagnostics printed no "${label}":\n${output}`)
  return Number(match[1])
}

const check = (dir: string): TypeCost => {
  const result = spawnSync(process.execPath, [tsc, "-p", dir, "--extendedDiagnostics"], { encoding: "utf8" })
  const output = `${result.stdout}${result.stderr}`
  if (result.status !== 0) throw new Error(`the program in ${dir} does not type-check:\n${output}`)
  return {
    checkSeconds: readNumber(output, "Check time"),
    totalSeconds: readNumber(output, "Total time"),
    types: readNumber(output, "Types"),
    instantiations: readNumber(output, "Instantiations"),
    files: readNumber(output, "Files"),
    memoryKB: readNumber(output, "Memory used")
  }
}

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export const measureTypeCost = (rounds: number) => {
  ensureBuilt()
  const dirs = { ours: project("ours", readmeProgram()), official: project("official", officialProgram) }
  try {
    const samples: Record<"ours" | "official", Array<TypeCost>> = { ours: [], official: [] }
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (["ours", "official"] as const) : (["official", "ours"] as const)
      for (const kind of order) samples[kind].push(check(dirs[kind]))
    }
    const med = (kind: "ours" | "official"): TypeCost => {
      const s = samples[kind]
      return {
        checkSeconds: median(s.map((x) => x.checkSeconds)),
        totalSeconds: median(s.map((x) => x.totalSeconds)),
        types: median(s.map((x) => x.types)),
        instantiations: median(s.map((x) => x.instantiations)),
        files: median(s.map((x) => x.files)),
        memoryKB: median(s.map((x) => x.memoryKB))
      }
    }
    return { rounds, median: { ours: med("ours"), official: med("official") }, samples }
  } finally {
    for (const dir of Object.values(dirs)) Fs.rmSync(dir, { recursive: true, force: true })
  }
}

export const renderTypeTable = (cost: ReturnType<typeof measureTypeCost>): string => {
  const { official, ours } = cost.median
  const row = (label: string, a: number, b: number, digits = 0) =>
    `| ${label} | ${a.toFixed(digits)} | ${b.toFixed(digits)} | ${(a / b).toFixed(2)}× |`
  return [
    "| type check of the README's first program | effect-copilot | official | ours / official |",
    "|---|---:|---:|---:|",
    row("check time (s)", ours.checkSeconds, official.checkSeconds, 2),
    row("total time (s)", ours.totalSeconds, official.totalSeconds, 2),
    row("types", ours.types, official.types),
    row("instantiations", ours.instantiations, official.instantiations),
    row("files", ours.files, official.files),
    row("memory (MB)", ours.memoryKB / 1024, official.memoryKB / 1024)
  ].join("\n")
}

const isMain = process.argv[1] !== undefined && Path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const cost = measureTypeCost(Number(process.env.BENCH_ROUNDS ?? 3))
  console.log(renderTypeTable(cost))
  Fs.writeFileSync(new URL("./types.json", import.meta.url), JSON.stringify(cost, null, 2) + "\n")
  console.log("wrote bench/types.json")
}
