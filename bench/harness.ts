/**
 * The measuring side, run in a child process of its own for one client kind
 * against one fresh fake runtime: connects, warms up, then measures the three
 * workloads with the memory they take, and posts the result to the parent.
 */
import { performance, PerformanceObserver } from "node:perf_hooks"
import { type Kind, load } from "./subjects.js"

export interface Config {
  /** Warm-up before each timed ping workload, ms. */
  readonly warmupMs: number
  /** Length of each timed ping workload, ms. */
  readonly durationMs: number
  /** Pings kept outstanding in the concurrent workload. */
  readonly inFlight: number
  /** Notifications in the timed burst. */
  readonly notifications: number
  /** Notifications in the warm-up burst before it. */
  readonly warmupNotifications: number
}

export interface Workload {
  readonly ops: number
  readonly seconds: number
  readonly opsPerSecond: number
  /** Highest heapUsed seen during the workload minus heapUsed before it (after a full GC). */
  readonly heapPeakDelta: number
  /** Highest RSS seen during the workload minus RSS before it. */
  readonly rssPeakDelta: number
  /** heapUsed after the workload and a full GC minus heapUsed before it. */
  readonly heapRetainedDelta: number
  /** Time spent in garbage collection during the workload, ms. */
  readonly gcMs: number
  /** CPU time (user + system) of the client process per operation, µs: steadier than ops/s on a busy machine. */
  readonly cpuMicrosPerOp: number
}

export interface ClientResult {
  readonly kind: Kind
  /** What importing the library added, then what connecting a client added, each measured after a full GC. */
  readonly footprint: {
    readonly importHeapBytes: number
    readonly importRssBytes: number
    readonly connectHeapBytes: number
    readonly connectRssBytes: number
  }
  readonly sequential: Workload
  readonly concurrent: Workload
  readonly notifications: Workload
}

/** Messages a client process sends its parent. */
export type ClientMessage =
  | { readonly type: "burst"; readonly count: number }
  | { readonly type: "result"; readonly result: ClientResult }

const NOTIFICATION_TIMEOUT_MS = 60_000

const fullGc = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc === undefined) throw new Error("the bench client must run with --expose-gc")
  gc()
  gc()
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

const send = (message: ClientMessage): Promise<void> =>
  new Promise((resolve, reject) => {
    if (process.send === undefined) {
      reject(new Error("the bench client must run as a child of bench/rpc.ts"))
      return
    }
    process.send(message, undefined, {}, (error) => (error ? reject(error) : resolve()))
  })

/** Runs `work`, sampling memory while it runs. */
const measure = async (work: () => Promise<number>): Promise<Workload> => {
  fullGc()
  const before = process.memoryUsage()
  let peakHeap = before.heapUsed
  let peakRss = before.rss
  const sample = () => {
    const now = process.memoryUsage()
    if (now.heapUsed > peakHeap) peakHeap = now.heapUsed
    if (now.rss > peakRss) peakRss = now.rss
  }
  let gcMs = 0
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration
  })
  observer.observe({ entryTypes: ["gc"] })
  const timer = setInterval(sample, 10)
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  const ops = await work()
  const seconds = (performance.now() - start) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  clearInterval(timer)
  sample()
  observer.disconnect()
  fullGc()
  const after = process.memoryUsage()
  return {
    ops,
    seconds,
    opsPerSecond: ops / seconds,
    heapPeakDelta: peakHeap - before.heapUsed,
    rssPeakDelta: peakRss - before.rss,
    heapRetainedDelta: after.heapUsed - before.heapUsed,
    gcMs,
    cpuMicrosPerOp: (cpu.user + cpu.system) / ops
  }
}

export const runClient = async (kind: Kind, port: number, config: Config): Promise<void> => {
  fullGc()
  const bare = process.memoryUsage()
  const connect = await load(kind)
  fullGc()
  const loaded = process.memoryUsage()
  const subject = await connect(port)
  fullGc()
  const connected = process.memoryUsage()
  const footprint = {
    importHeapBytes: loaded.heapUsed - bare.heapUsed,
    importRssBytes: loaded.rss - bare.rss,
    connectHeapBytes: connected.heapUsed - loaded.heapUsed,
    connectRssBytes: connected.rss - loaded.rss
  }

  await subject.sequential(Date.now() + config.warmupMs)
  const sequential = await measure(() => subject.sequential(Date.now() + config.durationMs))

  await subject.concurrent(Date.now() + config.warmupMs, config.inFlight)
  const concurrent = await measure(() => subject.concurrent(Date.now() + config.durationMs, config.inFlight))

  // Events are counted by the user callback; a burst is done when the count
  // reaches its target.
  let received = 0
  let target = Number.POSITIVE_INFINITY
  let reached: (() => void) | undefined
  const unsubscribe = await subject.subscribe((sessionId) => {
    if (sessionId.length > 0) received++
    if (received === target) reached?.()
  })
  await sleep(100) // lets a Stream subscription start before the first burst
  const deliver = (count: number) =>
    new Promise<number>((resolve, reject) => {
      const timeout = setTimeout(
        () => reject(new Error(`${kind}: ${target - received} of ${count} notifications not delivered in time`)),
        NOTIFICATION_TIMEOUT_MS
      )
      target = received + count
      reached = () => {
        clearTimeout(timeout)
        resolve(count)
      }
      send({ type: "burst", count }).catch(reject)
    })
  await deliver(config.warmupNotifications)
  const notifications = await measure(() => deliver(config.notifications))
  await unsubscribe()

  await subject.close()
  await send({ type: "result", result: { kind, footprint, sequential, concurrent, notifications } })
}
