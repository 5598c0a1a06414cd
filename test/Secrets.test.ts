/**
 * The token and the connection token never leave through what the runtime
 * prints: a runtime that writes its environment to stderr (and stdout) has
 * it scrubbed from ConnectionClosed, its stderr tail, ConnectionFailed, log
 * lines and spans, on a failed start, a start timeout, an exit before
 * listening and a crash of a running runtime.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit, Inspectable, Option, Redacted } from "effect"
import { inspect } from "node:util"
import * as CopilotClient from "../src/CopilotClient.js"
import * as Runtime from "../src/internal/runtime.js"
import * as Secrets from "../src/internal/secrets.js"
import * as RuntimeConnection from "../src/RuntimeConnection.js"
import { captureLogs } from "./support/logs.js"
import { captureSpans } from "./support/spans.js"
import { killIfAlive, makeStub } from "./support/stubRuntime.js"

const TOKEN = "ghu_SecretToken_1234567890abcdef"
const CONNECTION_TOKEN = "conn-secret-5f0c9a77-2b1e"
const SECRETS = [TOKEN, CONNECTION_TOKEN]

/** Every way the outcome could be shown: as an error, printed, serialized, pretty. */
const renderings = (exit: Exit.Exit<unknown, unknown>): Array<string> => {
  const texts = [JSON.stringify(exit), inspect(exit, { depth: 12 }), Inspectable.format(exit)]
  if (Exit.isFailure(exit)) {
    const error = Cause.squash(exit.cause)
    texts.push(Cause.pretty(exit.cause), String(error), inspect(error, { depth: 12 }), JSON.stringify(error))
  }
  return texts
}

const expectNoSecret = (texts: ReadonlyArray<string>) => {
  for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret)
}

/** Starts a client against the env-printing stub, returns the outcome, and everything logged and traced. */
const startWith = (
  kind: "Stdio" | "Tcp",
  args: ReadonlyArray<string>,
  use: (client: CopilotClient.CopilotClientService, pidFile: string) => Effect.Effect<unknown, unknown>
) => {
  const logs = captureLogs()
  const spans = captureSpans()
  return Effect.gen(function*() {
    const stub = yield* makeStub
    const pidFile = stub.pidFile("secrets")
    yield* Effect.addFinalizer(() => Effect.sync(() => killIfAlive(stub.readPid(pidFile))))
    const all = ["--stub-print-env", `--stub-pid-file=${pidFile}`, ...args]
    const exit = yield* Effect.exit(Effect.scoped(Effect.gen(function*() {
      const client = yield* CopilotClient.make({
        connection: kind === "Stdio"
          ? RuntimeConnection.Stdio({ path: stub.path, args: all })
          : RuntimeConnection.Tcp({ path: stub.path, args: all, connectionToken: Redacted.make(CONNECTION_TOKEN) }),
        githubToken: Redacted.make(TOKEN),
        startTimeout: "2 seconds",
        stopTimeout: "500 millis"
      })
      return yield* use(client, pidFile)
    })))
    const logged = (yield* logs.lines).map((line) => line.text).join("\n")
    const traced = yield* spans.text
    return { exit, logged, traced }
  }).pipe(spans.traced, Effect.provide(logs.layer), Effect.scoped)
}

describe("Secrets: scrubbing", () => {
  it.effect("removes every known secret, the longest first, and leaves other text alone", () =>
    Effect.gen(function*() {
      const secrets = yield* Secrets.make([Redacted.make("abc"), undefined, Option.some(Redacted.make("xabcx")), Option.none()])
      yield* secrets.add(Redacted.make(""))
      yield* secrets.add(Redacted.make("key-9"))
      expect(yield* secrets.scrub("a xabcx b abc c key-9key-9 d")).toBe("a <redacted> b <redacted> c <redacted><redacted> d")
      expect(yield* secrets.scrub("nothing here")).toBe("nothing here")
    }))
})

describe("Secrets: what the runtime prints", () => {
  it.live("Stdio, the runtime exits at start: ConnectionFailed, its ConnectionClosed and stderr tail, logs and spans", () =>
    Effect.gen(function*() {
      const { exit, logged, traced } = yield* startWith("Stdio", ["--stub-exit=3"], () => Effect.void)
      expect(exit).toMatchObject({ _tag: "Failure", cause: { _tag: "Fail", error: { _tag: "ConnectionFailed" } } })
      const error = Exit.isFailure(exit) ? Cause.squash(exit.cause) : undefined
      // The environment did reach the error, scrubbed.
      expect(String(error)).toContain(`${Runtime.AUTH_TOKEN_ENV}=<redacted>`)
      expect(error).toMatchObject({ cause: { _tag: "ConnectionClosed", exitCode: 3 } })
      const closed = error instanceof Error && "cause" in error ? error.cause : undefined
      expect(closed).toMatchObject({ stderrTail: expect.stringContaining(`${Runtime.AUTH_TOKEN_ENV}=<redacted>`) })
      expect(logged).toContain(`${Runtime.AUTH_TOKEN_ENV}=<redacted>`)
      expect(traced).toContain("CopilotClient.start")
      expect(traced).toContain(`${Runtime.AUTH_TOKEN_ENV}=<redacted>`)
      expectNoSecret([...renderings(exit), logged, traced])
    }), 20_000)

  it.live("Stdio, the runtime never answers: the start timeout, logs and spans", () =>
    Effect.gen(function*() {
      const { exit, logged, traced } = yield* startWith("Stdio", ["--stub-ignore-stdin-end"], () => Effect.void)
      expect(exit).toMatchObject({ _tag: "Failure", cause: { _tag: "Fail", error: { _tag: "ConnectionFailed" } } })
      expect(String(Exit.isFailure(exit) ? Cause.squash(exit.cause) : "")).toContain("did not answer within 2s")
      expect(logged).toContain(`${Runtime.AUTH_TOKEN_ENV}=<redacted>`)
      expectNoSecret([...renderings(exit), logged, traced])
    }), 20_000)

  it.live("Tcp, the runtime exits before it listens: ConnectionFailed with the stderr tail, stdout logs and spans", () =>
    Effect.gen(function*() {
      const { exit, logged, traced } = yield* startWith("Tcp", ["--stub-exit=3"], () => Effect.void)
      expect(exit).toMatchObject({ _tag: "Failure", cause: { _tag: "Fail", error: { _tag: "ConnectionFailed" } } })
      const message = String(Exit.isFailure(exit) ? Cause.squash(exit.cause) : "")
      expect(message).toContain("exited before it listened")
      expect(message).toContain(`${Runtime.AUTH_TOKEN_ENV}=<redacted>`)
      expect(message).toContain("COPILOT_CONNECTION_TOKEN=<redacted>")
      expect(logged).toContain("runtime=stdout")
      expectNoSecret([...renderings(exit), logged, traced])
    }), 20_000)

  for (const kind of ["Stdio", "Tcp"] as const) {
    it.live(`${kind}, a running runtime is killed: closed, a later call's ConnectionClosed and its stderr tail`, () =>
      Effect.gen(function*() {
        const { exit, logged, traced } = yield* startWith(kind, ["--stub-answer"], (client) =>
          Effect.gen(function*() {
            expect((yield* client.ping("up")).message).toBe("pong: up")
            const pid = Option.getOrThrow(client.runtimePid)
            process.kill(pid, "SIGKILL")
            const closed = yield* client.closed
            const later = yield* Effect.flip(client.ping("after"))
            expect(later).toEqual(closed)
            return closed
          }))
        expect(exit._tag).toBe("Success")
        const closed = Exit.isSuccess(exit) ? exit.value : undefined
        expect(closed).toMatchObject({ _tag: "ConnectionClosed", stderrTail: expect.stringContaining("<redacted>") })
        expect(String(closed)).toContain(`${Runtime.AUTH_TOKEN_ENV}=<redacted>`)
        expectNoSecret([...renderings(exit), String(closed), logged, traced])
      }), 20_000)
  }
})
