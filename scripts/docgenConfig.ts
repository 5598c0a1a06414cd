/**
 * docgen.json as the docs scripts read it (scripts/docs.ts, which runs
 * docgen and compiles the examples, and scripts/docs-fix.ts, its codemods):
 * the configuration, and which source modules it documents.
 */
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

export const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")

export interface DocgenConfig {
  readonly srcDir?: string
  readonly outDir?: string
  readonly exclude?: ReadonlyArray<string>
  readonly examplesCompilerOptions?: Record<string, unknown>
}

export const config: DocgenConfig = JSON.parse(Fs.readFileSync(Path.join(root, "docgen.json"), "utf8"))

/** A glob of docgen.json's `exclude` as a test of a path relative to the repository. */
const globTest = (glob: string) => {
  const pattern = glob.split("**/").map((part) =>
    part.split("*").map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")
  ).join("(?:.*/)?")
  const re = new RegExp(`^${pattern}$`)
  return (path: string) => re.test(path)
}

const excluded = (config.exclude ?? []).map(globTest)

/** Whether docgen documents a module, by its path relative to the repository. */
export const isExcluded = (relativePath: string): boolean => excluded.some((test) => test(relativePath))
