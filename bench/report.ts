/**
 * Turns the clients' per-round numbers into medians, ratios, a Markdown table
 * and the JSON written to `bench/results.json`.
 */
import { readFileSync } from "node:fs"
import * as os from "node:os"
import type { ClientResult, Config, Workload } from "./harness.js"
import type { Kind } from "./subjects.js"

interface MeasureSpec {
  readonly id: string
  readonly label: string
  readonly unit: "ops/s" | "MB" | "ms" | "µs"
  readonly higherIsBetter: boolean
  /** Shown in the table, or only kept in the JSON. */
  readonly table: boolean
  readonly read: (result: ClientResult) => number
}

const MB = 1024 * 1024

const workloads = [
  { key: "sequential", name: "sequential pings" },
  { key: "concurrent", name: "64 in flight" },
  { key: "notifications", name: "notification burst" }
] as const

const specs = (config: Config): ReadonlyArray<MeasureSpec> => [
  {
    id: "sequential.opsPerSecond",
    label: "round trips/s, one at a time",
    unit: "ops/s",
    higherIsBetter: true,
    table: true,
    read: (r) => r.sequential.opsPerSecond
  },
  {
    id: "concurrent.opsPerSecond",
    label: `round trips/s, ${config.inFlight} in flight`,
    unit: "ops/s",
    higherIsBetter: true,
    table: true,
    read: (r) => r.concurrent.opsPerSecond
  },
  {
    id: "notifications.opsPerSecond",
    label: `notifications/s delivered (${config.notifications / 1000}k burst)`,
    unit: "ops/s",
    higherIsBetter: true,
    table: true,
    read: (r) => r.notifications.opsPerSecond
  },
  ...workloads.map(({ key, name }): MeasureSpec => ({
    id: `${key}.cpuMicrosPerOp`,
    label: `client CPU per op, ${name} (µs)`,
    unit: "µs",
    higherIsBetter: false,
    table: true,
    read: (r) => r[key].cpuMicrosPerOp
  })),
  {
    id: "footprint.importHeap",
    label: "heap added by importing the library under the bench loader (MB)",
    unit: "MB",
    higherIsBetter: false,
    table: true,
    read: (r) => r.footprint.importHeapBytes / MB
  },
  {
    id: "footprint.importRss",
    label: "RSS added by importing the library (MB)",
    unit: "MB",
    higherIsBetter: false,
    table: false,
    read: (r) => r.footprint.importRssBytes / MB
  },
  {
    id: "footprint.connectHeap",
    label: "heap added by a connected client (MB)",
    unit: "MB",
    higherIsBetter: false,
    table: true,
    read: (r) => r.footprint.connectHeapBytes / MB
  },
  {
    id: "footprint.connectRss",
    label: "RSS added by a connected client (MB)",
    unit: "MB",
    higherIsBetter: false,
    table: false,
    read: (r) => r.footprint.connectRssBytes / MB
  },
  ...workloads.flatMap(({ key, name }): Array<MeasureSpec> => {
    const w = (r: ClientResult): Workload => r[key]
    return [
      {
        id: `${key}.heapPeakDelta`,
        label: `peak heap growth, ${name} (MB)`,
        unit: "MB",
        higherIsBetter: false,
        table: true,
        read: (r) => w(r).heapPeakDelta / MB
      },
      {
        id: `${key}.rssPeakDelta`,
        label: `peak RSS growth, ${name} (MB)`,
        unit: "MB",
        higherIsBetter: false,
        table: true,
        read: (r) => w(r).rssPeakDelta / MB
      },
      {
        id: `${key}.heapRetainedDelta`,
        label: `heap retained after GC, ${name} (MB)`,
        unit: "MB",
        higherIsBetter: false,
        table: false,
        read: (r) => w(r).heapRetainedDelta / MB
      },
      {
        id: `${key}.gcMs`,
        label: `time in GC, ${name} (ms)`,
        unit: "ms",
        higherIsBetter: false,
        table: false,
        read: (r) => w(r).gcMs
      }
    ]
  })
]

const median = (values: ReadonlyArray<number>): number | null => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b <= 0 || a < 0 ? null : a / b

const round = (n: number | null, digits: number): number | null =>
  n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits

export interface Measure {
  readonly id: string
  readonly label: string
  readonly unit: string
  readonly higherIsBetter: boolean
  readonly table: boolean
  readonly median: Readonly<Record<Kind, number | null>>
  readonly oursVsOfficial: number | null
  readonly oursVsOfficialNoDelay: number | null
  readonly oursVsRaw: number | null
  readonly rounds: Readonly<Record<Kind, ReadonlyArray<number>>>
}

export interface Summary {
  readonly bench: string
  readonly generated: string
  readonly environment: {
    readonly node: string
    readonly platform: string
    readonly arch: string
    readonly cpus: number
    readonly cpuModel: string
    /** The 1-minute load average when the bench started: other work on the machine skews ops/s more than CPU per op. */
    readonly loadAverageAtStart: number
  }
  readonly versions: Readonly<Record<string, string>>
  readonly config: Config & { readonly rounds: number }
  readonly notes: ReadonlyArray<string>
  readonly measures: ReadonlyArray<Measure>
}

const versions = (): Record<string, string> => {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))
  const all: Record<string, string> = { ...pkg.dependencies, ...pkg.devDependencies }
  return {
    "effect-copilot": pkg.version,
    "@github/copilot-sdk": all["@github/copilot-sdk"] ?? "unknown",
    effect: all["effect"] ?? "unknown"
  }
}

export const summarize = (
  results: ReadonlyArray<ClientResult>,
  config: Config & { readonly rounds: number },
  loadAverageAtStart: number
): Summary => {
  const measures = specs(config).map((spec): Measure => {
    const digits = spec.unit === "ops/s" ? 0 : 2
    const values = (kind: Kind) => results.filter((r) => r.kind === kind).map(spec.read)
    const rounds = {
      raw: values("raw"),
      ours: values("ours"),
      official: values("official"),
      officialNoDelay: values("officialNoDelay")
    }
    const med = {
      raw: median(rounds.raw),
      ours: median(rounds.ours),
      official: median(rounds.official),
      officialNoDelay: median(rounds.officialNoDelay)
    }
    return {
      id: spec.id,
      label: spec.label,
      unit: spec.unit,
      higherIsBetter: spec.higherIsBetter,
      table: spec.table,
      median: {
        raw: round(med.raw, digits),
        ours: round(med.ours, digits),
        official: round(med.official, digits),
        officialNoDelay: round(med.officialNoDelay, digits)
      },
      oursVsOfficial: round(ratio(med.ours, med.official), 2),
      oursVsOfficialNoDelay: round(ratio(med.ours, med.officialNoDelay), 2),
      oursVsRaw: round(ratio(med.ours, med.raw), 2),
      rounds: {
        raw: rounds.raw.map((v) => round(v, digits)!),
        ours: rounds.ours.map((v) => round(v, digits)!),
        official: rounds.official.map((v) => round(v, digits)!),
        officialNoDelay: rounds.officialNoDelay.map((v) => round(v, digits)!)
      }
    }
  })
  const cpus = os.cpus()
  return {
    bench: "rpc",
    generated: new Date().toISOString(),
    environment: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? "unknown",
      loadAverageAtStart: Math.round(loadAverageAtStart * 100) / 100
    },
    versions: versions(),
    config,
    notes: [
      "Loopback TCP against a fake runtime (plain Node net) in its own process; each client in a fresh process of its own.",
      "Medians over the rounds; the order of the clients rotates each round.",
      "Ratios are ours divided by the other: above 1 is better for ops/s, below 1 is better for MB, ms and µs.",
      "client CPU per op is the client process's user + system CPU time over the workload divided by its operations.",
      "raw is a plain socket with framing and JSON.parse/JSON.stringify and no SDK: the floor.",
      "effect-copilot is loaded from its TypeScript sources and the official SDK from its published JavaScript, both through tsx's loader.",
      "official is @github/copilot-sdk as shipped; officialNoDelay is the same client with TCP_NODELAY set on its socket (it leaves Nagle on and writes header and body separately, so a lone request waits for a delayed ACK)."
    ],
    measures
  }
}

const formatValue = (value: number | null, unit: string): string => {
  if (value === null) return "n/a"
  if (unit === "ops/s") return Math.round(value).toLocaleString("en-US")
  return value.toFixed(1)
}

const formatRatio = (value: number | null): string => (value === null ? "n/a" : `${value.toFixed(2)}×`)

/** The table, in Markdown. */
export const renderTable = (summary: Summary): string => {
  const rows = summary.measures.filter((m) => m.table).map((m) =>
    `| ${m.label} | ${formatValue(m.median.raw, m.unit)} | ${formatValue(m.median.ours, m.unit)} | ${
      formatValue(m.median.official, m.unit)
    } | ${formatValue(m.median.officialNoDelay, m.unit)} | ${formatRatio(m.oursVsOfficial)} | ${
      formatRatio(m.oursVsOfficialNoDelay)
    } | ${formatRatio(m.oursVsRaw)} |`
  )
  return [
    "| measure | raw socket | effect-copilot | official | official + NODELAY | ours / official | ours / official + NODELAY | ours / raw |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows
  ].join("\n")
}
