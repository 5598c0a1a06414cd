/**
 * Builds the corpus of real runtime traffic that `test/corpus.test.ts`
 * decodes, from wire logs recorded by the integration tests that start their
 * runtime with `recordingClient()` (`RealRuntime` and the conformance tests do):
 *
 * ```sh
 * COPILOT_RECORD_WIRE=<a directory> npx vitest run test/integration/conformance.test.ts test/integration/tools.test.ts ...
 * npx tsx scripts/corpus.ts <that directory>
 * ```
 *
 * Each log (`*.jsonl`, written by `test/support/recordingRuntime.mjs`) holds
 * every message of one runtime's conversation. This script pairs the SDK's
 * calls with their answers and writes, into `test/fixtures/runtime-<version>/`,
 * one file per answered method (`result.<method>.json`), per event type
 * (`event.<type>.json`), per request and notification the runtime sent
 * (`request.<method>.json`, `notification.<method>.json`) and per method the
 * runtime answered with an error (`error.<method>.json`). A file keeps a few
 * samples of each distinct shape, not every message; long strings are
 * shortened and the machine's paths replaced by placeholders.
 */
import * as Fs from "node:fs"
import { createRequire } from "node:module"
import * as Os from "node:os"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

/** What one fixture file holds. */
export interface Fixture {
  readonly kind: "result" | "event" | "request" | "notification" | "error"
  /** The method, or for events the event type. */
  readonly name: string
  readonly samples: ReadonlyArray<unknown>
}

const SAMPLES_PER_SHAPE = 2
const SAMPLES_PER_FILE = 8
/** Past this many bytes of samples a file takes no more. */
const BYTES_PER_FILE = 24_000
const MAX_STRING = 400

type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** A value's shape: its keys and the types of its leaves, so two samples that differ only in data are one shape. */
const shapeOf = (value: unknown): string => {
  if (Array.isArray(value)) return `[${[...new Set(value.map(shapeOf))].sort().join("|")}]`
  if (isRecord(value)) {
    return `{${Object.keys(value).sort().map((key) => `${key}:${shapeOf(value[key])}`).join(",")}}`
  }
  return value === null ? "null" : typeof value
}

/** Replaces the machine's paths (temporary directories, the repository, the home directory) in every string. */
const scrubber = (roots: ReadonlyArray<readonly [string, string]>) => {
  const tempDirectory = /(?:\/private)?\/(?:tmp|var\/folders\/[^/]+\/[^/]+\/T)\/[^/\s"'`\\]+/g
  const scrubString = (text: string): string => {
    let out = text.replace(tempDirectory, "<tmp>")
    for (const [root, placeholder] of roots) out = out.split(root).join(placeholder)
    return out.length > MAX_STRING ? `${out.slice(0, MAX_STRING)}…` : out
  }
  const scrub = (value: unknown): Json => {
    if (typeof value === "string") return scrubString(value)
    if (Array.isArray(value)) return value.map(scrub)
    if (isRecord(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [scrubString(key), scrub(inner)]))
    }
    if (typeof value === "number" || typeof value === "boolean" || value === null) return value
    return null
  }
  return scrub
}

interface WireLine {
  readonly dir: "in" | "out"
  readonly message: Readonly<Record<string, unknown>>
}

const parseLine = (line: string): WireLine | undefined => {
  if (line.trim() === "") return undefined
  const parsed: unknown = JSON.parse(line)
  if (!isRecord(parsed) || !isRecord(parsed["message"])) return undefined
  const dir = parsed["dir"]
  return dir === "in" || dir === "out" ? { dir, message: parsed["message"] } : undefined
}

/** Sorts one log's messages into fixture entries. */
const entriesOf = (lines: ReadonlyArray<WireLine>): Array<{ readonly kind: Fixture["kind"]; readonly name: string; readonly value: unknown }> => {
  const calls = new Map<unknown, string>()
  const entries: Array<{ readonly kind: Fixture["kind"]; readonly name: string; readonly value: unknown }> = []
  for (const { dir, message } of lines) {
    const method = typeof message["method"] === "string" ? message["method"] : undefined
    const hasId = "id" in message && message["id"] !== null && message["id"] !== undefined
    if (dir === "out") {
      if (method !== undefined && hasId) calls.set(message["id"], method)
      continue
    }
    if (method === "session.event" && isRecord(message["params"]) && isRecord(message["params"]["event"])) {
      const event = message["params"]["event"]
      entries.push({ kind: "event", name: typeof event["type"] === "string" ? event["type"] : "", value: event })
    } else if (method !== undefined) {
      entries.push({ kind: hasId ? "request" : "notification", name: method, value: message["params"] ?? null })
    } else if (hasId) {
      const called = calls.get(message["id"])
      if (called === undefined) continue
      if ("error" in message) entries.push({ kind: "error", name: called, value: message["error"] })
      else entries.push({ kind: "result", name: called, value: message["result"] ?? null })
    }
  }
  return entries
}

/** The fixtures for a directory of wire logs. */
export const build = (logs: ReadonlyArray<string>, roots: ReadonlyArray<readonly [string, string]>): Array<Fixture> => {
  const scrub = scrubber(roots)
  interface Collecting {
    readonly kind: Fixture["kind"]
    readonly name: string
    readonly samples: Array<Json>
    readonly shapes: Map<string, number>
    bytes: number
  }
  const files = new Map<string, Collecting>()
  for (const log of logs) {
    const lines = Fs.readFileSync(log, "utf8").split("\n").flatMap((line) => parseLine(line) ?? [])
    for (const { kind, name, value } of entriesOf(lines)) {
      const key = `${kind}.${name}`
      const file: Collecting = files.get(key) ?? { kind, name, samples: [], shapes: new Map(), bytes: 0 }
      files.set(key, file)
      const shape = shapeOf(value)
      const seen = file.shapes.get(shape) ?? 0
      if (seen >= SAMPLES_PER_SHAPE || file.samples.length >= SAMPLES_PER_FILE) continue
      if (file.bytes >= BYTES_PER_FILE) continue
      const sample = scrub(value)
      file.shapes.set(shape, seen + 1)
      file.samples.push(sample)
      file.bytes += JSON.stringify(sample).length
    }
  }
  return [...files.values()]
    .map(({ kind, name, samples }) => ({ kind, name, samples }))
    .sort((a, b) => `${a.kind}.${a.name}`.localeCompare(`${b.kind}.${b.name}`))
}

const isMain = process.argv[1] !== undefined && Path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)

if (isMain) {
  const input = process.argv[2]
  if (input === undefined) throw new Error("usage: tsx scripts/corpus.ts <directory of wire logs>")
  const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
  const version: string = JSON.parse(
    Fs.readFileSync(createRequire(import.meta.url).resolve("@github/copilot/package.json"), "utf8")
  ).version
  const logs = Fs.readdirSync(input).filter((file) => file.endsWith(".jsonl")).map((file) => Path.join(input, file))
  const fixtures = build(logs, [[root, "<repo>"], [Os.homedir(), "<home>"]])
  const out = Path.join(root, "test", "fixtures", `runtime-${version}`)
  Fs.rmSync(out, { recursive: true, force: true })
  Fs.mkdirSync(out, { recursive: true })
  for (const fixture of fixtures) {
    const file = `${fixture.kind}.${fixture.name.replace(/[^A-Za-z0-9._-]/g, "_")}.json`
    Fs.writeFileSync(Path.join(out, file), JSON.stringify(fixture, null, 2) + "\n")
  }
  console.log(`wrote ${fixtures.length} fixtures from ${logs.length} logs to ${Path.relative(root, out)}`)
}
