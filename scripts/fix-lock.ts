/**
 * `npm run lock`: refreshes package-lock.json, then adds an entry for every
 * optional dependency that the registry does not have, so that `npm ci`
 * accepts the lock.
 *
 * Why: `@github/copilot-sdk` (a dev dependency) declares optional platform
 * packages that were never published for some platforms (the registry
 * answers 404). `npm install` skips them and leaves them out of the lock,
 * and then `npm ci` (npm 11.16 and later) rejects that lock as out of sync
 * ("Missing: @github/copilot-sdk-darwin-arm64@ from lock file"; npm/cli
 * issue 9846). An entry with the declared version, `optional` and the
 * platform it is for satisfies that check; on the platforms it names, the
 * fetch fails and npm skips it as a failed optional dependency, as
 * `npm install` does; elsewhere npm skips it for the platform.
 *
 * Entries npm can fetch are never touched: run it after any change to the
 * dependencies (it runs `npm install --package-lock-only` first).
 */
import { execFileSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

interface Entry {
  version?: string
  dev?: boolean
  devOptional?: boolean
  optional?: boolean
  optionalDependencies?: Record<string, string>
  os?: Array<string>
  cpu?: Array<string>
  libc?: Array<string>
  [key: string]: unknown
}

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const lockFile = Path.join(root, "package-lock.json")

/** The platform a package is for, read from the usual `-<os>-<cpu>` suffix of its name. */
const platformOf = (name: string): Pick<Entry, "os" | "cpu" | "libc"> => {
  const match = /-(darwin|linux|linuxmusl|win32|freebsd|openbsd|android)-(x64|arm64|arm|ia32)$/.exec(name)
  if (match === null) return {}
  const [, os, cpu] = match as unknown as [string, string, string]
  if (os === "linuxmusl") return { os: ["linux"], cpu: [cpu], libc: ["musl"] }
  if (os === "linux") return { os: ["linux"], cpu: [cpu], libc: ["glibc"] }
  return { os: [os], cpu: [cpu] }
}

/** Where npm would look for `name` from the package at `from`, nearest first. */
const lookups = (from: string, name: string): Array<string> => {
  const out: Array<string> = []
  let dir = from
  for (;;) {
    out.push(dir === "" ? `node_modules/${name}` : `${dir}/node_modules/${name}`)
    if (dir === "") return out
    const index = dir.lastIndexOf("node_modules/")
    dir = index <= 0 ? "" : dir.slice(0, index - 1)
  }
}

execFileSync("npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"], {
  cwd: root,
  stdio: "inherit"
})

const lock = JSON.parse(Fs.readFileSync(lockFile, "utf8")) as { packages: Record<string, Entry> }
const added: Array<string> = []
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (lookups(path, name).some((key) => key in lock.packages)) continue
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) {
      console.error(`fix-lock: ${name}@${spec} (from ${path || "the root"}) is missing and not an exact version`)
      process.exit(1)
    }
    const key = `node_modules/${name}`
    // The version first, then the fields in alphabetical order, as npm writes them.
    const fields: Entry = { ...platformOf(name), optional: true }
    if (entry.dev === true) fields.dev = true
    if (entry.devOptional === true) fields.devOptional = true
    const placeholder: Entry = { version: spec }
    for (const field of Object.keys(fields).sort()) placeholder[field] = fields[field]
    lock.packages[key] = placeholder
    added.push(`${name}@${spec}`)
  }
}

const sorted: Record<string, Entry> = {}
for (const key of Object.keys(lock.packages).sort((a, b) => a.localeCompare(b, "en"))) sorted[key] = lock.packages[key]!
lock.packages = sorted
Fs.writeFileSync(lockFile, JSON.stringify(lock, null, 2) + "\n")
console.log(added.length === 0 ? "fix-lock: nothing missing" : `fix-lock: added ${added.join(", ")}`)
