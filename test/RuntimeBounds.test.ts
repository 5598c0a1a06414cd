/**
 * Start and stop are bounded on every connection kind, against a stubborn
 * runtime process: one that never answers, ignores its input closing and
 * ignores SIGTERM. The bounds themselves are measured in bench/stop.ts; here
 * the outcomes: start fails with a typed error, release completes, and no
 * process is left behind.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Layer } from "effect"
import * as CopilotClient from "../src/CopilotClient.js"
import * as RuntimeConnection from "../src/RuntimeConnection.js"
import { listen } from "./support/loopback.js"
import { captureLogs } from "./support/logs.js"
import { isAlive, killIfAlive, makeStub, type StubRuntime } from "./support/stubRuntime.js"

const STUBBORN = ["--stub-ignore-term", "--stub-ignore-stdin-end"]

/** A stub's pid file, and the stub killed at the end of the test whatever happens. */
const pidFileFor = (stub: StubRuntime, name: string) =>
  Effect.acquireRelease(Effect.succeed(stub.pidFile(name)), (file) => Effect.sync(() => killIfAlive(stub.readPid(file))))

const connections = (stub: StubRuntime, args: ReadonlyArray<string>) => ({
  Stdio: RuntimeConnection.Stdio({ path: stub.path, args }),
  Tcp: RuntimeConnection.Tcp({ path: stub.path, args })
})

describe("Runtime bounds: stop", () => {
  for (const kind of ["Stdio", "Tcp"] as const) {
    it.live(`${kind}: releasing the client stops a runtime that ignores its input closing and SIGTERM`, () => {
      const logs = captureLogs()
      return Effect.gen(function*() {
        const stub = yield* makeStub
        const pidFile = yield* pidFileFor(stub, "stop")
        const args = ["--stub-answer", ...STUBBORN, `--stub-pid-file=${pidFile}`]
        const pid = yield* Effect.scoped(Effect.gen(function*() {
          const client = yield* CopilotClient.make({
            connection: connections(stub, args)[kind],
            startTimeout: "20 seconds",
            stopTimeout: "500 millis"
          })
          expect((yield* client.ping("up")).message).toBe("pong: up")
          expect(client.runtimePid._tag).toBe("Some")
          return client.runtimePid._tag === "Some" ? client.runtimePid.value : -1
        }))
        expect(stub.readPid(pidFile)).toBe(pid)
        expect(isAlive(pid)).toBe(false)
        const warnings = (yield* logs.problems).map((line) => line.text).join("\n")
        expect(warnings).toContain("ignored SIGTERM; sending SIGKILL")
      }).pipe(Effect.scoped, Effect.provide(logs.layer))
    }, 20_000)
  }
})

describe("Runtime bounds: start", () => {
  for (
    const [kind, args, expected] of [
      ["Stdio", STUBBORN, "did not answer within 1s"],
      ["Tcp", [...STUBBORN, "--stub-no-listen"], "did not report a port within 1s"],
      ["Tcp", STUBBORN, "did not answer within 1s"]
    ] as const
  ) {
    it.live(`${kind}: a runtime that never ${expected.startsWith("did not report") ? "listens" : "answers"} fails start-up with ConnectionFailed and is stopped`, () =>
      Effect.gen(function*() {
        const stub = yield* makeStub
        const pidFile = yield* pidFileFor(stub, "start")
        const exit = yield* Effect.exit(Effect.scoped(CopilotClient.make({
          connection: connections(stub, [...args, `--stub-pid-file=${pidFile}`])[kind],
          startTimeout: "1 second",
          stopTimeout: "500 millis"
        })))
        expect(Exit.isFailure(exit)).toBe(true)
        if (Exit.isSuccess(exit)) return
        expect(exit.cause).toMatchObject({ _tag: "Fail", error: { _tag: "ConnectionFailed" } })
        expect(String(exit.cause._tag === "Fail" ? exit.cause.error.message : "")).toContain(expected)
        const pid = stub.readPid(pidFile)
        expect(pid).toBeTypeOf("number")
        expect(isAlive(pid ?? -1)).toBe(false)
      }).pipe(Effect.scoped), 20_000)
  }

  it.live("through CopilotClient.layer too: the start-up bound holds when the client is built as a Layer", () =>
    Effect.gen(function*() {
      const stub = yield* makeStub
      const pidFile = yield* pidFileFor(stub, "layer")
      const live = CopilotClient.layer({
        connection: RuntimeConnection.Stdio({ path: stub.path, args: [...STUBBORN, `--stub-pid-file=${pidFile}`] }),
        startTimeout: "1 second",
        stopTimeout: "500 millis"
      })
      const error = yield* Effect.flip(Effect.scoped(Layer.build(live)))
      expect(error).toMatchObject({ _tag: "ConnectionFailed" })
      expect(error.message).toContain("did not answer within 1s")
      expect(isAlive(stub.readPid(pidFile) ?? -1)).toBe(false)
    }).pipe(Effect.scoped), 20_000)

  it.live("Uri: a runtime that accepts the connection but never answers fails start-up with ConnectionFailed", () =>
    Effect.gen(function*() {
      let accepted = 0
      const port = yield* listen(() => {
        accepted++
      })
      const error = yield* Effect.flip(Effect.scoped(CopilotClient.make({
        connection: RuntimeConnection.Uri({ url: `127.0.0.1:${port}` }),
        startTimeout: "1 second"
      })))
      expect(error).toMatchObject({ _tag: "ConnectionFailed" })
      expect(error.message).toContain("did not answer within 1s")
      expect(accepted).toBe(1)
    }).pipe(Effect.scoped), 20_000)
})
