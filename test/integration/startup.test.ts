/**
 * Interrupting the client's start-up leaves no runtime process behind: the
 * spawned process is found by a marker in its environment, which only this
 * test's runtime carries.
 */
import { expect, it } from "@effect/vitest"
import { Effect, Exit, Fiber, Layer, Schedule } from "effect"
import { CopilotClient, RuntimeConnection } from "effect-copilot"
import { randomUUID } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"

/** The ids of running processes whose environment holds `marker`. */
const processesWith = (marker: string): ReadonlyArray<number> =>
  readdirSync("/proc").flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return []
    try {
      return readFileSync(`/proc/${entry}/environ`, "latin1").includes(marker) ? [Number(entry)] : []
    } catch {
      return [] // gone meanwhile, or not ours to read
    }
  })

const poll = <A>(what: string, check: () => A | undefined) =>
  Effect.suspend(() => {
    const value = check()
    return value === undefined ? Effect.fail(what) : Effect.succeed(value)
  }).pipe(Effect.retry(Schedule.spaced("50 millis").pipe(Schedule.upTo("10 seconds"))))

for (const [name, connection] of [["stdio", RuntimeConnection.Stdio()], ["tcp", RuntimeConnection.Tcp()]] as const) {
  it.live(`interrupting start-up over ${name} after the spawn leaves no runtime process`, () =>
    Effect.gen(function*() {
      const marker = `EFFECT_COPILOT_STARTUP_TEST=${randomUUID()}`
      const [key, value] = marker.split("=") as [string, string]
      // Interrupted as soon as the process exists, well before the runtime
      // answers its first request (about a second after the spawn).
      const starting = yield* Effect.fork(
        Layer.build(CopilotClient.layer({ connection, env: { [key]: value }, useLoggedInUser: false })).pipe(Effect.scoped)
      )
      const pids = yield* poll("the runtime to be spawned", () => {
        const found = processesWith(marker)
        return found.length > 0 ? found : undefined
      })
      expect(pids.length).toBeGreaterThan(0)
      const exit = yield* Fiber.interrupt(starting)
      // It was still starting: the interruption, not a finished start, ended it.
      expect(Exit.isInterrupted(exit)).toBe(true)
      yield* poll("the runtime to be gone", () => (processesWith(marker).length === 0 ? true : undefined))
      expect(processesWith(marker)).toEqual([])
    }), 30_000)
}
