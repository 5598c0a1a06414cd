/**
 * Copilot CLI extensions written as Effect programs. The CLI starts each
 * extension it finds (`.github/extensions/<name>/extension.mjs` in the
 * repository of the session's working directory, when the session asks for
 * extensions) as a child process, with the session's id in `SESSION_ID` and
 * a JSON-RPC connection on the process's stdin and stdout.
 * {@link joinSession} joins that session in the current scope: the
 * extension's tools, handlers and hooks are added to it, and the model can
 * call them.
 *
 * stdout is the connection: while joined, `console.log` (and `info`,
 * `debug`) write to stderr so that a stray print does not corrupt it.
 *
 * @example
 * ```ts
 * import { Effect, Schema } from "effect"
 * import { Extension } from "effect-copilot/extension"
 * import { Tool } from "effect-copilot"
 *
 * // .github/extensions/greeter/extension.mjs (built from TypeScript)
 *
 * const greet = Tool.make("greet", {
 *   description: "Greets someone",
 *   parameters: Schema.Struct({ name: Schema.String }),
 *   handler: ({ name }) => Effect.succeed(`Hello, ${name}!`)
 * })
 *
 * const main = Extension.joinSession({ tools: [greet] }).pipe(Effect.zipRight(Effect.never), Effect.scoped)
 * // the extension's entry module runs it: NodeRuntime.runMain(main)
 * ```
 *
 * @since 0.2.0
 */
import * as NodeStream from "@effect/platform-node/NodeStream"
import { Duration, Effect, Option, Schema, type Scope, Stream } from "effect"
import { type CopilotClientService, makeWithConnection, type StartError } from "../CopilotClient.js"
import { type CallError, ConnectionClosed, type InvalidConfig, ResponseDecodeError, RpcError } from "../CopilotError.js"
import type { CopilotSessionService, LifecycleOptions } from "../CopilotSession.js"
import * as SessionConfig from "../SessionConfig.js"
import * as Connection from "../internal/connection.js"
import type { Transport } from "../internal/jsonrpc/Protocol.js"
import type { Connected } from "../internal/runtime.js"
import * as Handshake from "../internal/session/handshake.js"
import { SessionStartResult } from "../internal/sessionMethods.js"

/**
 * What an extension adds to the session it joins: the resume config (tools,
 * handlers, hooks, ...; the session's id comes from the CLI), and the
 * sensitive environment variables it needs. It has no `extensionSdkPath`:
 * the CLI started the extension's process with the SDK it chose.
 *
 * @example
 * ```ts
 * import { Extension } from "effect-copilot/extension"
 *
 * const config: Extension.JoinConfig<never> = { tools: [], requestedEnvironmentVariables: ["GITHUB_TOKEN"] }
 * ```
 *
 * @since 0.2.0
 */
export interface JoinConfig<R> extends Omit<SessionConfig.ResumeSessionConfig<R>, "extensionSdkPath">, LifecycleOptions {
  /**
   * Names of environment variables the extension needs that the CLI may
   * keep from extension processes (tokens and the like). The CLI asks the
   * user; values it grants are set in `process.env` before the join
   * succeeds. A name that ends up neither granted nor already set fails the
   * join with {@link EnvironmentNotGranted}.
   */
  readonly requestedEnvironmentVariables?: ReadonlyArray<string> | undefined
  /** Bound on the connect handshake and on the join; default 30 s. */
  readonly timeout?: Duration.DurationInput | undefined
}

/**
 * The program was not started by the Copilot CLI as an extension (no
 * `SESSION_ID` in its environment).
 *
 * @example
 * ```ts
 * import { Console, Effect } from "effect"
 * import { Extension } from "effect-copilot/extension"
 *
 * const joined = Extension.joinSession().pipe(Effect.catchTag("NotAnExtension", (e) => Console.error(e.message)))
 * ```
 *
 * @since 0.2.0
 */
export class NotAnExtension extends Schema.TaggedError<NotAnExtension>()("NotAnExtension", {
  message: Schema.String
}) {}

/**
 * The CLI did not grant environment variables the extension asked for: the
 * user refused, or the variables are not set.
 *
 * @example
 * ```ts
 * import { Console, Effect } from "effect"
 * import { Extension } from "effect-copilot/extension"
 *
 * const joined = Extension.joinSession({ requestedEnvironmentVariables: ["GITHUB_TOKEN"] }).pipe(
 *   Effect.catchTag("EnvironmentNotGranted", (e) => Console.error(`missing: ${e.names.join(", ")}`))
 * )
 * ```
 *
 * @since 0.2.0
 */
export class EnvironmentNotGranted extends Schema.TaggedError<EnvironmentNotGranted>()("EnvironmentNotGranted", {
  names: Schema.Array(Schema.String),
  message: Schema.String
}) {}

/**
 * How a join can fail.
 *
 * @since 0.2.0
 */
export type JoinError = NotAnExtension | EnvironmentNotGranted | StartError | CallError | InvalidConfig

const DEFAULT_TIMEOUT = Duration.seconds(30)

const Granted = Schema.Struct({
  grantedEnvironmentVariables: Schema.optional(
    Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))
  )
})

/**
 * Joins the session `sessionId` on a connected client, in the current
 * scope: `session.resume` with the config, without the resume event, and
 * asking for the environment variables named. Closing the scope leaves the
 * session running (it is the user's, not the extension's). Use
 * {@link joinSession} in an extension; this one is for a client of your
 * own (or a test).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient, Tool } from "effect-copilot"
 * import { Extension } from "effect-copilot/extension"
 *
 * declare const client: CopilotClient.CopilotClientService
 * declare const greet: Tool.Tool<never>
 *
 * Effect.gen(function*() {
 *   const session = yield* Extension.join(client, "b5e1...", { tools: [greet] })
 * })
 * ```
 *
 * @since 0.2.0
 */
export const join = <R = never>(
  client: CopilotClientService,
  sessionId: string,
  config: JoinConfig<R> = {}
): Effect.Effect<CopilotSessionService, JoinError, Scope.Scope | R> =>
  Effect.gen(function*() {
    const { closeTimeout, requestedEnvironmentVariables, timeout, ...resume } = config
    const requested = [...new Set(requestedEnvironmentVariables ?? [])]
    const resumeConfig: SessionConfig.ResumeSessionConfig<R> = {
      ...resume,
      suppressResumeEvent: resume.suppressResumeEvent ?? true
    }
    yield* SessionConfig.validateResume(resumeConfig)
    const params = yield* SessionConfig.toResumeParams(resumeConfig, sessionId)
    const connection = yield* Connection.of(client)
    const method = "session.resume"
    let granted: Readonly<Record<string, string>> = {}
    const open = connection.protocol.callRaw(
      method,
      requested.length > 0 ? { ...params, requestedEnvironmentVariables: requested } : params
    ).pipe(
      Effect.flatMap((raw) =>
        Effect.zip(Schema.decodeUnknown(SessionStartResult)(raw), Schema.decodeUnknown(Granted)(raw)).pipe(
          Effect.mapError((error) => new ResponseDecodeError({ method, message: error.message, raw }))
        )
      ),
      Effect.map(([info, answer]) => {
        granted = answer.grantedEnvironmentVariables ?? {}
        return info
      })
    )
    const session = yield* Handshake.open({
      connection,
      config: resumeConfig,
      closeTimeout: Duration.decode(closeTimeout ?? "10 seconds"),
      start: { _tag: "Known", sessionId, open },
      detach: true
    }).pipe(
      Effect.timeoutFail({
        duration: timeout ?? DEFAULT_TIMEOUT,
        onTimeout: () => new RpcError({ method, code: -32603, message: `${method} got no answer` })
      }),
      Effect.catchIf(
        (error): error is RpcError => error instanceof RpcError && requested.length > 0 && /denied/i.test(error.message),
        (error) => Effect.fail(new EnvironmentNotGranted({ names: requested, message: error.message }))
      )
    )
    // Only what was asked for: a host answering more cannot widen the grant.
    for (const name of requested) {
      const value = granted[name]
      if (value !== undefined) process.env[name] = value
    }
    const missing = requested.filter((name) => process.env[name] === undefined)
    if (missing.length > 0) {
      return yield* new EnvironmentNotGranted({
        names: missing,
        message: `the Copilot CLI did not grant ${missing.join(", ")} to this extension, and they are not set`
      })
    }
    return session
  })

/** The extension's end of the connection: its own stdin and stdout. */
const stdioTransport: Transport = {
  run: (onChunk) =>
    Stream.runForEach(
      NodeStream.fromReadable<unknown, Uint8Array>(() => process.stdin, (cause) => cause),
      (chunk) => Effect.sync(() => onChunk(chunk))
    ),
  // Written in order; a stdout that cannot be written to ends the process's
  // connection, which `run` (stdin ending) reports.
  write: (bytes) => {
    process.stdout.write(bytes)
  },
  closeReason: (reason) => Effect.succeed(new ConnectionClosed({ reason: `the Copilot CLI's connection ended (${reason})` }))
}

/** `console.log`, `info` and `debug` to stderr while joined: stdout carries the protocol. */
const consoleToStderr = Effect.acquireRelease(
  Effect.sync(() => {
    const saved = { log: console.log, info: console.info, debug: console.debug }
    console.log = console.info = console.debug = console.error
    return saved
  }),
  (saved) => Effect.sync(() => Object.assign(console, saved))
)

/**
 * Joins the Copilot CLI's session from a program the CLI started as an
 * extension, in the current scope: connects over the process's stdin and
 * stdout, then {@link join}s the session named by `SESSION_ID`. Keep the
 * scope open for as long as the extension should serve the session
 * (typically `Effect.never`); the CLI ends the process when it is done.
 *
 * Fails with {@link NotAnExtension} outside the CLI, with
 * {@link EnvironmentNotGranted} when requested variables are not granted,
 * and with the client's and the call's errors otherwise.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Extension } from "effect-copilot/extension"
 * import { Tool } from "effect-copilot"
 *
 * declare const greet: Tool.Tool<never>
 *
 * const main = Extension.joinSession({ tools: [greet], requestedEnvironmentVariables: ["GREETER_TOKEN"] }).pipe(
 *   Effect.zipRight(Effect.never),
 *   Effect.scoped
 * )
 * // the extension's entry module runs it: NodeRuntime.runMain(main)
 * ```
 *
 * @since 0.2.0
 */
export const joinSession = <R = never>(
  config: JoinConfig<R> = {}
): Effect.Effect<CopilotSessionService, JoinError, Scope.Scope | R> =>
  Effect.gen(function*() {
    const sessionId = process.env["SESSION_ID"]
    if (sessionId === undefined || sessionId === "") {
      return yield* new NotAnExtension({
        message: "joinSession is for programs the Copilot CLI starts as extensions: SESSION_ID is not set " +
          "(put the program in .github/extensions/<name>/extension.mjs and create the session with requestExtensions)"
      })
    }
    yield* consoleToStderr
    const connected: Connected = {
      transport: stdioTransport,
      port: Option.none(),
      connectionToken: Option.none(),
      pid: Option.none(),
      kill: Effect.sync(() => process.stdin.destroy())
    }
    const client = yield* makeWithConnection(connected, { startTimeout: config.timeout ?? DEFAULT_TIMEOUT })
    return yield* join(client, sessionId, config)
  }).pipe(Effect.withSpan("Extension.joinSession"))
