/**
 * The examples run as a newcomer runs them (`npx tsx examples/<name>.ts`),
 * offline: with no token in the environment they use the bundled runtime
 * against the scripted model, or the in-memory fake runtime.
 */
import { Command } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"

const offlineEnv = (): Record<string, string> => {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== "GH_TOKEN" && key !== "GITHUB_TOKEN") env[key] = value
  }
  return env
}

const run = (example: string) =>
  Command.make("npx", "tsx", `examples/${example}.ts`).pipe(
    Command.env(offlineEnv()),
    Command.string,
    Effect.provide(NodeContext.layer)
  )

const cases: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ["quickstart", ["[tool] get_weather(\"Oslo\")", "The weather in Oslo is sunny, at 21°C."]],
  ["streaming", ["Failures have names", "no throw in the night"]],
  ["errors", ["the turn failed (query)", "Recovered: the second turn works."]],
  ["service", ["`add` subtracts"]],
  ["cloud", ["sdk: asked \"Which branch?\"", "sdk: first event: sandbox is warming up"]]
]

describe("examples", () => {
  for (const [example, expected] of cases) {
    it.live(`${example} runs offline and prints what it promises`, () =>
      Effect.gen(function*() {
        const output = yield* run(example)
        for (const text of expected) expect(output).toContain(text)
      }), 60_000)
  }
})
