import { describe, expect, it } from "@effect/vitest"
import { Cause, Duration, Effect, Exit, Inspectable, Logger, Option, Redacted } from "effect"
import { inspect } from "node:util"
import * as CopilotClient from "../src/CopilotClient.js"
import * as Runtime from "../src/internal/runtime.js"
import * as RuntimeConnection from "../src/RuntimeConnection.js"
import { captureLogs } from "./support/logs.js"

const SECRET = "secret-token-xyz"

const options: CopilotClient.ClientOptions = {
  connection: RuntimeConnection.Stdio({ path: "/nonexistent/dir/copilot-runtime" }),
  githubToken: Redacted.make(SECRET),
  logLevel: "debug",
  env: { EXTRA: "1" }
}

const launch: Runtime.LaunchOptions = {
  connection: RuntimeConnection.Stdio(),
  logLevel: "debug",
  baseDirectory: "/tmp/copilot-home",
  githubToken: Redacted.make(SECRET),
  useLoggedInUser: false,
  env: { EXTRA: "1" },
  cwd: undefined,
  enableRemoteSessions: false,
  sessionIdleTimeout: undefined,
  startTimeout: Duration.seconds(30),
  stopTimeout: Duration.seconds(5)
}

describe("token redaction", () => {
  it("the runtime's argv names the variable, never the token; the env carries it", () => {
    for (const mode of [{ _tag: "Stdio" as const }, { _tag: "Tcp" as const, port: 9001 }]) {
      const args = Runtime.runtimeArgs(launch, mode)
      expect(args.join(" ")).not.toContain(SECRET)
      expect(args).toContain("--auth-token-env")
      expect(args[args.indexOf("--auth-token-env") + 1]).toBe(Runtime.AUTH_TOKEN_ENV)
    }
    const env = Runtime.runtimeEnv(launch, Option.none())
    expect(env[Runtime.AUTH_TOKEN_ENV]).toBe(SECRET)
    expect(env.EXTRA).toBe("1")
  })

  it("printing or serializing the options does not reveal the token", () => {
    expect(String(options.githubToken)).not.toContain(SECRET)
    expect(`${options.githubToken}`).not.toContain(SECRET)
    expect(JSON.stringify(options)).not.toContain(SECRET)
    expect(inspect(options, { depth: 10 })).not.toContain(SECRET)
    expect(Inspectable.format(options)).not.toContain(SECRET)
    // ...while the token itself is intact for the SDK to hand over.
    expect(options.githubToken && Redacted.value(options.githubToken)).toBe(SECRET)
  })

  it.effect("logging the options does not reveal the token", () => {
    const logs = captureLogs()
    const structured: Array<unknown> = []
    const json = Logger.make((o) => {
      structured.push(Logger.jsonLogger.log(o), Logger.stringLogger.log(o), Logger.structuredLogger.log(o))
    })
    return Effect.gen(function*() {
      yield* Effect.log("starting with", options)
      yield* Effect.logWarning(options).pipe(Effect.annotateLogs("options", options))
      const lines = yield* logs.lines
      expect(lines).toHaveLength(2)
      for (const line of lines) {
        expect(line.text).toContain("<redacted>")
        expect(line.text).not.toContain(SECRET)
      }
      expect(structured).toHaveLength(6)
      expect(JSON.stringify(structured)).not.toContain(SECRET)
      for (const entry of structured) expect(inspect(entry, { depth: 10 })).not.toContain(SECRET)
    }).pipe(Effect.provide(logs.layer), Effect.provide(Logger.add(json)))
  })

  it.scopedLive("a failing start's error does not reveal the token", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(CopilotClient.make(options))
      expect(Exit.isFailure(exit)).toBe(true)
      if (Exit.isSuccess(exit)) return
      const error = Cause.squash(exit.cause)
      expect(error).toMatchObject({ _tag: "ConnectionFailed" })
      // The message carries the command line, so a token in argv would show here.
      expect(String(error)).toContain("/nonexistent/dir/copilot-runtime")
      expect(String(error)).toContain(`--auth-token-env ${Runtime.AUTH_TOKEN_ENV}`)
      for (
        const text of [
          String(error),
          Cause.pretty(exit.cause),
          JSON.stringify(exit),
          inspect(error, { depth: 10 }),
          Inspectable.format(exit)
        ]
      ) {
        expect(text).not.toContain(SECRET)
      }
    }), 10_000)
})
