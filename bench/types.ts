/**
 * Type cost: what a consumer's type check of the README's first program
 * costs against this SDK's built declarations, beside the same program
 * written for the official `@github/copilot-sdk` and the same program's
 * shape written with Effect alone (the SDK's parts it uses, a tool with
 * Schema parameters, a session service with a Stream of a tagged union of
 * events, a tagged error, a permission handler, a scoped block and a Layer,
 * declared in the program itself), each checked by
 * `tsc --extendedDiagnostics` in a fresh temporary project. Reports check
 * time, types and instantiations, and ours over each of the others.
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

/**
 * The README program's shape with Effect alone: what the SDK gives it,
 * declared in the program with `effect` only, then the same program body.
 * What this SDK's types cost a program beyond Effect's own is ours over this.
 */
const effectOnlyProgram = `import { NodeRuntime } from "@effect/platform-node"
import { Context, Data, Effect, Layer, Schema, Stream } from "effect"

// What the SDK provides, written with Effect alone: a tool with Schema parameters,
// a session service whose events are a Stream of a tagged union, a tagged error,
// a permission handler, a scoped session block and a client Layer.
interface Tool {
  readonly name: string
  readonly description: string
  readonly run: (input: unknown) => Effect.Effect<string, unknown>
}

const makeTool = <A, I>(name: string, options: {
  readonly description: string
  readonly parameters: Schema.Schema<A, I>
  readonly handler: (params: A) => Effect.Effect<string>
}): Tool => ({
  name,
  description: options.description,
  run: (input) => Effect.flatMap(Schema.decodeUnknown(options.parameters)(input), options.handler)
})

type SessionEvent =
  | { readonly type: "assistant.message_delta"; readonly data: { readonly deltaContent: string } }
  | { readonly type: "session.error"; readonly data: { readonly errorType: string; readonly message: string } }
  | { readonly type: "session.idle"; readonly data: {} }

class SessionError extends Data.TaggedError("SessionError")<{
  readonly sessionId: string
  readonly errorType: string
  readonly message: string
}> {}

interface PermissionRequest {
  readonly kind: string
  readonly managedApprovalRequired?: boolean | undefined
}
type PermissionDecision = { readonly kind: "approve-once" } | { readonly kind: "reject" }
const approveAll = (_request: PermissionRequest): Effect.Effect<PermissionDecision> => Effect.succeed({ kind: "approve-once" })

interface SessionOptions {
  readonly streaming?: boolean | undefined
  readonly tools?: ReadonlyArray<Tool> | undefined
  readonly onPermissionRequest?: ((request: PermissionRequest) => Effect.Effect<PermissionDecision>) | undefined
}

interface Session {
  readonly sessionId: string
  readonly subscribe: Effect.Effect<Stream.Stream<SessionEvent>>
  readonly send: (prompt: string) => Effect.Effect<void>
}

class Client extends Context.Tag("Client")<Client, {
  readonly open: (options: SessionOptions) => Effect.Effect<Session, never, import("effect").Scope.Scope>
}>() {}

const withSession = <A, E, R>(options: SessionOptions, use: (session: Session) => Effect.Effect<A, E, R>) =>
  Effect.scoped(Effect.flatMap(Client, (client) => Effect.flatMap(client.open(options), use)))

const layer = Layer.succeed(Client, {
  open: () => Effect.succeed({ sessionId: "s1", subscribe: Effect.succeed(Stream.empty), send: () => Effect.void })
})

// The README's first program, on the above.
const getWeather = makeTool("get_weather", {
  description: "Current weather for a city",
  parameters: Schema.Struct({ city: Schema.String }),
  handler: ({ city }) => Effect.succeed(\`Sunny in \${city}\`)
})

const program = withSession(
  { streaming: true, tools: [getWeather], onPermissionRequest: approveAll },
  (session) =>
    Effect.gen(function*() {
      const events = yield* session.subscribe
      yield* session.send("Weather in Oslo?")
      yield* events.pipe(
        Stream.takeUntil((event) => event.type === "session.idle" || event.type === "session.error"),
        Stream.runForEach((event) => {
          switch (event.type) {
            case "assistant.message_delta":
              return Effect.sync(() => process.stdout.write(event.data.deltaContent))
            case "session.error": {
              const { errorType, message } = event.data
              return Effect.fail(new SessionError({ sessionId: session.sessionId, errorType, message }))
            }
            default:
              return Effect.void
          }
        })
      )
    })
)

NodeRuntime.runMain(program.pipe(Effect.provide(layer)))
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

type Kind = "ours" | "official" | "effectOnly"

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export const measureTypeCost = (rounds: number) => {
  ensureBuilt()
  const dirs = {
    ours: project("ours", readmeProgram()),
    official: project("official", officialProgram),
    effectOnly: project("effect-only", effectOnlyProgram)
  }
  try {
    const kinds = ["ours", "official", "effectOnly"] as const
    const samples: Record<Kind, Array<TypeCost>> = { ours: [], official: [], effectOnly: [] }
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < kinds.length; i++) {
        const kind = kinds[(i + round) % kinds.length]!
        samples[kind].push(check(dirs[kind]))
      }
    }
    const med = (kind: Kind): TypeCost => {
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
    return { rounds, median: { ours: med("ours"), official: med("official"), effectOnly: med("effectOnly") }, samples }
  } finally {
    for (const dir of Object.values(dirs)) Fs.rmSync(dir, { recursive: true, force: true })
  }
}

export const renderTypeTable = (cost: ReturnType<typeof measureTypeCost>): string => {
  const { effectOnly, official, ours } = cost.median
  const row = (label: string, pick: (c: TypeCost) => number, digits = 0) => {
    const [a, b, c] = [pick(ours), pick(effectOnly), pick(official)]
    return `| ${label} | ${a.toFixed(digits)} | ${b.toFixed(digits)} | ${c.toFixed(digits)} | ${(a / b).toFixed(2)}× | ${
      (a / c).toFixed(2)
    }× |`
  }
  return [
    "| type check of the README's first program | effect-copilot | Effect alone | official | ours / Effect alone | ours / official |",
    "|---|---:|---:|---:|---:|---:|",
    row("check time (s)", (c) => c.checkSeconds, 2),
    row("total time (s)", (c) => c.totalSeconds, 2),
    row("types", (c) => c.types),
    row("instantiations", (c) => c.instantiations),
    row("files", (c) => c.files),
    row("memory (MB)", (c) => c.memoryKB / 1024)
  ].join("\n")
}

const isMain = process.argv[1] !== undefined && Path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const cost = measureTypeCost(Number(process.env.BENCH_ROUNDS ?? 3))
  console.log(renderTypeTable(cost))
  Fs.writeFileSync(new URL("./types.json", import.meta.url), JSON.stringify(cost, null, 2) + "\n")
  console.log("wrote bench/types.json")
}
