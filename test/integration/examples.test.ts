/**
 * The examples run as a newcomer runs them (`npx tsx examples/<name>.ts`),
 * offline: with no token in the environment they use the bundled runtime
 * against the scripted model, or the in-memory fake runtime.
 *
 * And when the model fails the turn, the examples and the README's first
 * program say so and exit non-zero: each runs as with a token (the real
 * service's path), but the runtime is pointed at a scripted model that
 * answers an HTTP error.
 */
import { Command } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it, layer } from "@effect/vitest"
import { Effect, Layer, Redacted, Stream } from "effect"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { IsolatedRuntime, ScriptedModel } from "effect-copilot/testing"

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
  ["cloud", ["sdk: asked \"Which branch?\"", "sdk: first event: sandbox is warming up"]],
  ["modelTransport", [
    "[model] GET /models for the runtime",
    "[model] POST /chat/completions for a session (conversation-agent)",
    "So that retries, auth, logging and proxies are yours to choose."
  ]],
  [
    "canvases",
    [
      "Canvases in the session: board (Board)",
      "[canvas] opened board \"Launch\" as launch",
      "[canvas] launch: added card \"write the docs\"",
      "Open: launch Launch at https://boards.example/launch",
      "[canvas] closed launch",
      "Cards: {\"launch\":[\"write the docs\"]}"
    ]
  ],
  ["byok", ["tokens minted: 1", "the provider received: Authorization: Bearer minted-"]],
  ["hooks", [
    "hook: denied delete_branch(main)",
    "hook: list_branches failed",
    "hook: blocked the stop",
    "agent: Summary: nothing was deleted"
  ]],
  ["commands", [
    "registered: /deploy, /status",
    "command: deployed to staging",
    "/deploy staging: done",
    "/deploy production: command /deploy failed: the deploy to production was not confirmed"
  ]],
  ["sqlite", ["answer: Your shopping list: milk, bread.", "/session.db: [{\"item\":\"milk\"},{\"item\":\"bread\"}]"]],
  ["cluster/main", [
    "for alice (201)",
    "streaming (text/event-stream):",
    "  data: {\"text\":\"machine \"}",
    "  event: answer",
    "history: user: Why run Copilot sessions on a cluster?",
    "history: assistant: One machine holds a few dozen runtimes; a cluster spreads the owners over machines and outlives one of them.",
    "unknown session: 404 {\"sessionId\":\"no-such-session\",\"_tag\":\"SessionNotFound\"}"
  ]]
]

describe("examples", () => {
  for (const [example, expected] of cases) {
    it.live(`${example} runs offline and prints what it promises`, () =>
      Effect.gen(function*() {
        const output = yield* run(example)
        for (const text of expected) expect(output).toContain(text)
      }), 120_000)
  }
})

/** The README's first program, written where tsx resolves `effect-copilot` as the examples do. */
const readmeFirstProgram = (): string => {
  const readme = Fs.readFileSync("README.md", "utf8")
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(readme)
  if (block === null) throw new Error("README.md has no ts block")
  const file = Path.join(".vitest-cache", "readme", "first-program.ts")
  Fs.mkdirSync(Path.dirname(file), { recursive: true })
  Fs.writeFileSync(file, block[1]!)
  return file
}

/** Runs a program with tsx and the given environment; its exit code and all it printed. */
const runToExit = (file: string, env: Record<string, string>) =>
  Effect.scoped(
    Effect.gen(function*() {
      const process_ = yield* Command.make("npx", "tsx", file).pipe(Command.env(env), Command.start)
      const text = (stream: Stream.Stream<Uint8Array, unknown>) => stream.pipe(Stream.decodeText(), Stream.mkString)
      const [stdout, stderr, exitCode] = yield* Effect.all(
        [text(process_.stdout), text(process_.stderr), process_.exitCode],
        { concurrency: "unbounded" }
      )
      return { exitCode, output: stdout + stderr }
    })
  ).pipe(Effect.provide(NodeContext.layer))

const FailingModel = IsolatedRuntime.layerNode.pipe(Layer.provideMerge(ScriptedModel.layer()))

layer(FailingModel, { excludeTestServices: true })("when the model fails the turn", (it) => {
  const failing: ReadonlyArray<readonly [string, () => string]> = [
    ["quickstart", () => "examples/quickstart.ts"],
    ["streaming", () => "examples/streaming.ts"],
    ["service", () => "examples/service.ts"],
    ["canvases", () => "examples/canvases.ts"],
    ["the README's first program", readmeFirstProgram]
  ]
  for (const [name, file] of failing) {
    it.effect(`${name} prints the error and exits non-zero`, () =>
      Effect.gen(function*() {
        const model = yield* ScriptedModel.ScriptedModel
        const isolated = yield* IsolatedRuntime.IsolatedRuntime
        yield* model.error(400, "the model is down for maintenance")
        const { exitCode, output } = yield* runToExit(file(), {
          ...offlineEnv(),
          ...isolated.env,
          GH_TOKEN: Redacted.value(isolated.githubToken)
        })
        expect(output).toContain("the model is down for maintenance")
        expect(output).toContain("SessionError")
        expect(exitCode).not.toBe(0)
      }), 90_000)
  }
})
