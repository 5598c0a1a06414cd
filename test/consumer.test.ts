/**
 * The package as a new user gets it: `npm pack`, then a fresh app that
 * installs the tarball with the lowest and with the highest effect 3.x the
 * peer dependencies allow. In each app: one copy of effect, the README's
 * programs and the examples typecheck under `nodenext`, `node16` and
 * `bundler`, the quickstart runs with plain `node` offline, and the CommonJS
 * entries work under `require`.
 *
 * Installs come from the local npm cache where it has the packages
 * (`--prefer-offline`). The runtime's platform binary (about 190 MB) is not
 * installed again: the app installs without optional packages and links the
 * one this repository already has.
 */
import { execFile } from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { HASH_FILE, sourceHash } from "../scripts/build.js"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const pkg = JSON.parse(Fs.readFileSync(Path.join(root, "package.json"), "utf8")) as {
  readonly name: string
  readonly dependencies: Record<string, string>
  readonly peerDependencies: Record<string, string>
  readonly devDependencies: Record<string, string>
}
const tsc = Path.join(root, "node_modules", "typescript", "bin", "tsc")
const PEERS = ["effect", "@effect/platform", "@effect/platform-node"] as const
const binaryPackage = `@github/copilot-${process.platform}-${process.arch}`

/** The environment of a child: no token (offline), no settings of the `npm test` that runs us. */
const childEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (key === "GH_TOKEN" || key === "GITHUB_TOKEN") continue
    if (/^npm_(package|lifecycle)_/i.test(key)) continue
    if (/^npm_config_/i.test(key) && !/^npm_config_(cache|registry|userconfig)$/i.test(key)) continue
    env[key] = value
  }
  return env
}

interface Result {
  readonly code: number
  readonly output: string
}

const run = (command: string, args: ReadonlyArray<string>, cwd: string): Promise<Result> =>
  new Promise((resolve) => {
    execFile(command, args, { cwd, env: childEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1
      resolve({ code, output: `${stdout}${stderr}` })
    })
  })

/** Runs a command and fails the test with its output when it fails. */
const ok = async (command: string, args: ReadonlyArray<string>, cwd: string): Promise<string> => {
  const result = await run(command, args, cwd)
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(" ")} (in ${Path.basename(cwd)}) exited with ${result.code}:\n${result.output}`)
  }
  return result.output
}

/** The lowest version a peer range allows: the version its lower bound names. */
const lowest = (range: string): string => {
  const match = /(\d+\.\d+\.\d+)/.exec(range)
  if (match === null) throw new Error(`no lower bound in ${range}`)
  return match[1]!
}

/** The ```ts blocks of README.md. */
const readmePrograms = (): Array<string> =>
  [...Fs.readFileSync(Path.join(root, "README.md"), "utf8").matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!)

/** Every directory named `effect` that is an installed package, anywhere under node_modules. */
const effectCopies = (dir: string): Array<string> => {
  const found: Array<string> = []
  const visit = (modules: string) => {
    if (!Fs.existsSync(modules)) return
    for (const entry of Fs.readdirSync(modules)) {
      const names = entry.startsWith("@")
        ? Fs.readdirSync(Path.join(modules, entry)).map((name) => `${entry}/${name}`)
        : [entry]
      for (const name of names) {
        const location = Path.join(modules, name)
        if (name === "effect" && Fs.existsSync(Path.join(location, "package.json"))) found.push(location)
        visit(Path.join(location, "node_modules"))
      }
    }
  }
  visit(Path.join(dir, "node_modules"))
  return found
}

const tsconfig = (compilerOptions: Record<string, unknown>, include: ReadonlyArray<string>) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022"],
        types: ["node"],
        strict: true,
        skipLibCheck: true,
        rootDir: "src",
        ...compilerOptions
      },
      include
    },
    null,
    2
  )

/** Checks that the names an app uses have real types, not `any` from a declaration that did not resolve. */
const typeProbe = `import type { Layer } from "effect"
import { CopilotClient, CopilotSession, SessionEvent, Tool } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"

type IsAny<T> = 0 extends 1 & T ? true : false
type Expect<T extends false> = T
export type Probes = [
  Expect<IsAny<typeof CopilotClient.layerConfig>>,
  Expect<IsAny<typeof CopilotSession.withSession>>,
  Expect<IsAny<typeof SessionEvent.is>>,
  Expect<IsAny<typeof Tool.make>>,
  Expect<IsAny<typeof ScriptedModel.ScriptedModel>>,
  Expect<IsAny<typeof TestRuntime.layer>>
]
export const layer: Layer.Layer<CopilotClient.CopilotClient, unknown> = CopilotClient.layerConfig()
export const probe = CopilotSession.withSession({}, (session) =>
  // @ts-expect-error a prompt is a string
  session.sendPrompt(42))
`

/** The CommonJS entries, required, on the real runtime against a scripted model. */
const cjsCheck = `import { Effect, Option } from "effect"
import { CopilotSession } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"

const program = Effect.gen(function*() {
  const model = yield* ScriptedModel.ScriptedModel
  yield* model.reply("Hello from CommonJS.")
  const answer = yield* CopilotSession.withSession({}, (session) => session.sendAndWait("Hi", { timeout: "60 seconds" }))
  return Option.match(answer, { onNone: () => "(no answer)", onSome: (message) => message.data.content })
}).pipe(Effect.provide(TestRuntime.layer()))

console.log("resolved " + require.resolve("effect-copilot") + " " + require.resolve("effect-copilot/testing"))
Effect.runPromise(program).then(
  (text) => console.log("answer: " + text),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
`

let work: string
let tarball: string

beforeAll(async () => {
  work = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-copilot-consumer-"))
  const current = Fs.existsSync(HASH_FILE) && Fs.readFileSync(HASH_FILE, "utf8").trim() === sourceHash()
  if (!current) await ok("npm", ["run", "build"], root)
  const packed = JSON.parse(
    await ok("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], root)
  ) as Array<{ filename: string; files: Array<{ path: string }> }>
  tarball = Path.join(work, packed[0]!.filename)
  const files = packed[0]!.files.map((file) => file.path)
  expect(files).toContain("LICENSE")
  expect(files).toContain("dist/cjs/package.json")
  expect(files.filter((file) => !/^(dist\/(esm|cjs)\/|package\.json$|README\.md$|LICENSE$)/.test(file))).toEqual([])
}, 600_000)

afterAll(() => {
  if (work !== undefined && process.env.KEEP_CONSUMER === undefined) Fs.rmSync(work, { recursive: true, force: true })
})

// The optional @effect/ai entry needs effect 3.22 or later: only the highest case installs @effect/ai
// and checks the programs that use it; the lowest checks that everything else works without it.
const cases = [
  ["the lowest", Object.fromEntries(PEERS.map((name) => [name, lowest(pkg.peerDependencies[name]!)])), false],
  ["the highest", Object.fromEntries(PEERS.map((name) => [name, pkg.devDependencies[name]!])), true]
] as const
const usesAi = (code: string): boolean => code.includes("effect-copilot/ai") || code.includes("@effect/ai")
// Likewise the optional SQL entries and their peers (@effect/sql and its SQLite driver, which brings
// better-sqlite3, a native module): installed and checked in the highest case only.
const usesSqlite = (code: string): boolean =>
  code.includes("effect-copilot/sqlite") || code.includes("effect-copilot/sql") || code.includes("better-sqlite3") ||
  code.includes("@effect/sql")
// And the cluster entry with its optional peers (@effect/cluster, @effect/rpc; the SQL ones above).
const clusterPeers = ["@effect/cluster", "@effect/rpc"] as const
const usesCluster = (code: string): boolean => code.includes("effect-copilot/cluster")
const usesOptional = (code: string): boolean => usesAi(code) || usesSqlite(code) || usesCluster(code)

describe("the packed package in a fresh app", () => {
  for (const [label, versions, withAi] of cases) {
    it(`installs and works with ${label} supported effect (${versions.effect})${withAi ? ", and the @effect/ai entry" : ""}`, async () => {
      const app = Path.join(work, `app-${versions.effect}`)
      Fs.mkdirSync(Path.join(app, "src", "examples"), { recursive: true })
      Fs.writeFileSync(
        Path.join(app, "package.json"),
        JSON.stringify({
          name: "app",
          version: "0.0.0",
          private: true,
          type: "module",
          // better-sqlite3's native build is its install script.
          ...(withAi ? { allowScripts: { "better-sqlite3": true } } : {})
        }, null, 2)
      )
      await ok("npm", [
        "install",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--omit=optional",
        tarball,
        ...PEERS.map((name) => `${name}@${versions[name]}`),
        ...(withAi ? [`@effect/ai@${pkg.devDependencies["@effect/ai"]}`] : []),
        ...(withAi
          ? [
            ...["@effect/sql", "@effect/sql-sqlite-node", "@effect/sql-pg", "@effect/experimental"].map((name) =>
              `${name}@${pkg.devDependencies[name]}`
            ),
            `better-sqlite3@${pkg.devDependencies["better-sqlite3"]}`,
            `@types/better-sqlite3@${pkg.devDependencies["@types/better-sqlite3"]}`,
            ...clusterPeers.map((name) => `${name}@${pkg.devDependencies[name]}`)
          ]
          : []),
        `@types/node@${pkg.devDependencies["@types/node"]}`
      ], app)

      // One copy of effect, the one the app asked for.
      expect(effectCopies(app).map((dir) => Path.relative(app, dir))).toEqual([Path.join("node_modules", "effect")])
      for (const name of PEERS) {
        const installed = JSON.parse(Fs.readFileSync(Path.join(app, "node_modules", name, "package.json"), "utf8"))
        expect(installed.version, name).toBe(versions[name])
      }
      // The runtime comes with the package; only its binary is linked rather than copied again.
      const copilot = JSON.parse(Fs.readFileSync(Path.join(app, "node_modules", "@github", "copilot", "package.json"), "utf8"))
      expect(copilot.version).toBe(pkg.dependencies["@github/copilot"])
      expect(Object.keys(copilot.optionalDependencies ?? {})).toContain(binaryPackage)
      Fs.symlinkSync(
        Fs.realpathSync(Path.join(root, "node_modules", binaryPackage)),
        Path.join(app, "node_modules", binaryPackage),
        "dir"
      )

      // The README's programs, the examples, a probe of the types, and a CommonJS program.
      readmePrograms().forEach((code, index) => {
        if (withAi || !usesOptional(code)) Fs.writeFileSync(Path.join(app, "src", `readme-${index + 1}.ts`), code)
      })
      for (const file of Fs.readdirSync(Path.join(root, "examples"))) {
        if (!file.endsWith(".ts")) continue
        const code = Fs.readFileSync(Path.join(root, "examples", file), "utf8")
        if (withAi || !usesOptional(code)) Fs.writeFileSync(Path.join(app, "src", "examples", file), code)
      }
      Fs.writeFileSync(Path.join(app, "src", "probe.ts"), typeProbe)
      Fs.writeFileSync(Path.join(app, "src", "check.cts"), cjsCheck)
      const everything = ["src"]
      const esmOnly = ["src/**/*.ts"]
      Fs.writeFileSync(
        Path.join(app, "tsconfig.nodenext.json"),
        tsconfig({ module: "NodeNext", moduleResolution: "NodeNext", outDir: "build" }, everything)
      )
      Fs.writeFileSync(
        Path.join(app, "tsconfig.node16.json"),
        tsconfig({ module: "Node16", moduleResolution: "Node16", noEmit: true }, everything)
      )
      Fs.writeFileSync(
        Path.join(app, "tsconfig.bundler.json"),
        tsconfig({ module: "ESNext", moduleResolution: "Bundler", noEmit: true }, esmOnly)
      )
      expect(readmePrograms().length).toBeGreaterThan(0)
      for (const mode of ["nodenext", "node16", "bundler"]) {
        await ok(process.execPath, [tsc, "-p", `tsconfig.${mode}.json`], app)
      }

      // The quickstart, built by tsc, with plain node and no token: offline against the scripted model.
      const quickstart = await ok(process.execPath, ["build/examples/quickstart.js"], app)
      expect(quickstart).toContain("[tool] get_weather(\"Oslo\")")
      expect(quickstart).toContain("The weather in Oslo is sunny, at 21°C.")

      // The CommonJS entries, required.
      const cjs = await ok(process.execPath, ["build/check.cjs"], app)
      expect(cjs).toContain(Path.join("effect-copilot", "dist", "cjs", "index.js"))
      expect(cjs).toContain(Path.join("effect-copilot", "dist", "cjs", "testing", "index.js"))
      expect(cjs).toContain("answer: Hello from CommonJS.")
      // The extension entry, in both module systems; its example is built above.
      expect(Fs.existsSync(Path.join(app, "build", "examples", "extension.js"))).toBe(true)
      const extension = await ok(process.execPath, ["-e", "console.log(Object.keys(require('effect-copilot/extension')).join(' '))"], app)
      expect(extension).toContain("Extension")
      if (withAi) {
        expect(Fs.existsSync(Path.join(app, "build", "examples", "ai.js"))).toBe(true)
        const ai = await ok(process.execPath, ["-e", "console.log(Object.keys(require('effect-copilot/ai')).sort().join(' '))"], app)
        expect(ai).toContain("CopilotLanguageModel")
        const sqlite = await ok(process.execPath, ["-e", "console.log(Object.keys(require('effect-copilot/sqlite')).join(' '))"], app)
        expect(sqlite).toContain("SessionSqlite")
        const sqliteExample = await ok(process.execPath, ["build/examples/sqlite.js"], app)
        expect(sqliteExample).toContain("[{\"item\":\"milk\"},{\"item\":\"bread\"}]")
      }
    }, 600_000)
  }
})
