/**
 * What importing the built package loads: Node's `crypto`, `child_process`
 * and `net` modules are loaded when a session id is drawn or a runtime is
 * started or dialled, not by the import (neither `effect` nor
 * `@effect/platform` loads them, so an import that did would pay for them
 * alone: `crypto` is about 230 KB of heap).
 */
import { spawnSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"
import { ensureBuilt } from "../bench/importCost.js"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")

/**
 * The Node built-in modules a fresh process has loaded after `load` (a
 * script that imports the package). The list goes out through a file, with
 * stdout not a pipe: a pipe is a `net` socket, and a module that only looks
 * at `process.stdout` (as `effect` does) would load `net` through it.
 */
const builtinsLoadedBy = (args: ReadonlyArray<string>, load: string): ReadonlyArray<string> => {
  const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "import-footprint-"))
  try {
    const out = Path.join(dir, "modules.json")
    const script = `${load}; process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList))`
    const result = spawnSync(process.execPath, [...args, "-e", script], { cwd: root, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] })
    expect(result.stderr).toBe("")
    expect(result.status).toBe(0)
    const loaded: unknown = JSON.parse(Fs.readFileSync(out, "utf8"))
    if (!Array.isArray(loaded)) throw new Error(`not a module list: ${String(loaded)}`)
    return loaded.filter((entry): entry is string => typeof entry === "string" && entry.startsWith("NativeModule "))
      .map((entry) => entry.slice("NativeModule ".length))
  } finally {
    Fs.rmSync(dir, { recursive: true, force: true })
  }
}

const deferred = ["crypto", "child_process", "net"]

describe("importing effect-copilot", () => {
  it("as ES modules loads none of node:crypto, node:child_process, node:net", { timeout: 180_000 }, () => {
    ensureBuilt()
    const entry = pathToFileURL(Path.join(root, "dist", "esm", "index.js")).href
    const loaded = builtinsLoadedBy(["--input-type=module"], `await import(${JSON.stringify(entry)})`)
    expect(loaded).toContain("fs") // the list is the one asked for
    expect(loaded.filter((name) => deferred.includes(name))).toEqual([])
  })

  it("as CommonJS loads none of them either", { timeout: 180_000 }, () => {
    ensureBuilt()
    const entry = Path.join(root, "dist", "cjs", "index.js")
    const loaded = builtinsLoadedBy([], `require(${JSON.stringify(entry)})`)
    expect(loaded).toContain("fs")
    expect(loaded.filter((name) => deferred.includes(name))).toEqual([])
  })
})
