/**
 * The Copilot client: a service that owns one connection to the runtime
 * (spawned, or reached at an address), acquired in a scoped Layer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * const program = Effect.gen(function*() {
 *   const client = yield* CopilotClient.CopilotClient
 *   const status = yield* client.getStatus
 *   yield* Effect.log(`runtime ${status.version}`)
 * })
 *
 * const main = program.pipe(Effect.provide(CopilotClient.layer()))
 * // Effect.runPromise(main)
 * ```
 *
 * @since 0.1.0
 */
// Module paths rather than the package indexes, which load all of
// @effect/platform-node (HTTP, workers, ...) for one command executor.
import { Config, Context, Duration, Effect, Layer, Option, ParseResult, PubSub, Redacted, Schema, Stream } from "effect"
import type { Scope } from "effect"
import {
  type CallError,
  type ConnectionClosed,
  ConnectionFailed,
  InvalidConfig,
  OperationFailed,
  ProtocolVersionMismatch
} from "./CopilotError.js"
import type * as Auth from "./Auth.js"
import { Api } from "./generated/Api.js"
import { Methods } from "./generated/Methods.js"
import * as ClientMethods from "./internal/clientMethods.js"
import * as Connection from "./internal/connection.js"
import * as GitHubTokens from "./internal/gitHubTokens.js"
import * as ClientOptionsInternal from "./internal/clientOptions.js"
import { lazy, onFirstCall } from "./internal/generatedSchema.js"
import * as Method from "./internal/jsonrpc/Method.js"
import * as Protocol from "./internal/jsonrpc/Protocol.js"
import * as Router from "./internal/router.js"
import * as Runtime from "./internal/runtime.js"
import * as Secrets from "./internal/secrets.js"
import * as ModelTransportInternal from "./internal/modelTransport.js"
import * as ServerApiInternal from "./internal/serverApi.js"
import type * as ModelTransport from "./ModelTransport.js"
import * as RuntimeConnection from "./RuntimeConnection.js"
import type * as ServerApi from "./ServerApi.js"

/**
 * The protocol version this SDK speaks; start-up fails with
 * `ProtocolVersionMismatch` when the runtime speaks another.
 *
 * @example
 * ```ts
 * import { CopilotClient } from "effect-copilot"
 *
 * CopilotClient.PROTOCOL_VERSION // 3
 * ```
 *
 * @since 0.1.0
 */
export const PROTOCOL_VERSION = 3

export {
  /**
   * `auth.getStatus`'s answer.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotClient } from "effect-copilot"
   *
   * Effect.gen(function*() {
   *   const auth: CopilotClient.AuthStatus = yield* CopilotClient.getAuthStatus
   *   if (!auth.isAuthenticated) yield* Effect.logWarning(auth.statusMessage ?? "not signed in")
   * })
   * ```
   *
   * @since 0.1.0
   */
  AuthStatus,
  /**
   * A change to some session of the runtime.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotClient } from "effect-copilot"
   *
   * const log = (event: CopilotClient.SessionLifecycleEvent) => Effect.log(`${event.type}: ${event.sessionId}`)
   * ```
   *
   * @since 0.1.0
   */
  SessionLifecycleEvent,
  /**
   * Filter for {@link CopilotClientService.listSessions}.
   *
   * @example
   * ```ts
   * import { CopilotClient } from "effect-copilot"
   *
   * const filter: CopilotClient.SessionListFilter = { workingDirectory: "/home/me/app", branch: "main" }
   * ```
   *
   * @since 0.1.0
   */
  SessionListFilter,
  /**
   * A persisted session's metadata.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotClient } from "effect-copilot"
   *
   * Effect.gen(function*() {
   *   const sessions: ReadonlyArray<CopilotClient.SessionMetadata> = yield* CopilotClient.listSessions()
   *   const summaries = sessions.map((s) => s.summary ?? s.sessionId)
   * })
   * ```
   *
   * @since 0.1.0
   */
  SessionMetadata,
  /**
   * `status.get`'s answer.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotClient } from "effect-copilot"
   *
   * Effect.gen(function*() {
   *   const status: CopilotClient.Status = yield* CopilotClient.getStatus
   *   yield* Effect.log(`runtime ${status.version}, protocol ${status.protocolVersion}`)
   * })
   * ```
   *
   * @since 0.1.0
   */
  Status
} from "./internal/clientMethods.js"

/**
 * `ping`'s answer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const pong: CopilotClient.PingResult = yield* CopilotClient.ping("hello")
 *   yield* Effect.log(`${pong.message} at ${pong.timestamp.toISOString()}`)
 * })
 * ```
 *
 * @since 0.1.0
 */
export const PingResult = Api.PingResult
/**
 * @see {@link PingResult}
 *
 * @since 0.1.0
 */
export type PingResult = Api.PingResult

/**
 * A model the runtime offers.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const models: ReadonlyArray<CopilotClient.ModelInfo> = yield* CopilotClient.listModels
 *   const ids = models.map((model) => model.id)
 * })
 * ```
 *
 * @since 0.1.0
 */
export const ModelInfo = Api.Model
/**
 * @see {@link ModelInfo}
 *
 * @since 0.1.0
 */
export type ModelInfo = Api.Model

const { Connect, ModelsList, Ping } = Methods

/**
 * `ping` as the handshake reads it on runtimes without `connect`: an old
 * runtime may not report a protocol version, which is a version mismatch to
 * report, not an answer that fails to decode.
 */
const HandshakePing = Method.make(
  "ping",
  lazy(() => Schema.Struct({})),
  lazy(() => Schema.Struct({ protocolVersion: Schema.optional(Schema.Number) }))
)

/**
 * Runtime log levels.
 *
 * @example
 * ```ts
 * import { CopilotClient } from "effect-copilot"
 *
 * const level: CopilotClient.LogLevel = "debug"
 * const ClientLive = CopilotClient.layer({ logLevel: level })
 * ```
 *
 * @since 0.1.0
 */
export type LogLevel = "none" | "error" | "warning" | "info" | "debug" | "all"

/**
 * The client's defaults for what a session may reach beyond itself.
 *
 * - `"copilot-cli"` (default): the defaults of the Copilot CLI, for a coding
 *   agent on the user's own machine: its built-in tools reach the host's
 *   files, shell and network, and other sessions' state.
 * - `"empty"`: nothing ambient. For servers that host many users' sessions:
 *   the client needs `baseDirectory` or `sessionFs` (where session state
 *   goes; a Uri runtime manages its own), every session names its tools with
 *   `availableTools` (e.g. `ToolSet.builtIn(ToolSet.BuiltInTools.isolated)`),
 *   exclusions win over inclusions, the system prompt leaves out its
 *   environment-context section (the host's working directory, OS, git
 *   facts) unless the session's `systemMessage` says otherwise, custom
 *   agents run locally (`customAgentsLocalOnly`) unless the session says
 *   otherwise, and the runtime keeps credentials out of the OS keychain.
 *   Everything else keeps the CLI's defaults.
 *
 * @example
 * ```ts
 * import { CopilotClient } from "effect-copilot"
 *
 * const ServerLive = CopilotClient.layer({ mode: "empty", baseDirectory: "/var/lib/app/copilot" })
 * ```
 *
 * @since 0.2.0
 */
export type Mode = "copilot-cli" | "empty"

/**
 * How to start or reach the runtime.
 *
 * @example
 * ```ts
 * import { CopilotClient } from "effect-copilot"
 *
 * const options: CopilotClient.ClientOptions = { logLevel: "info", cwd: "/home/me/app", startTimeout: "1 minute" }
 * const ClientLive = CopilotClient.layer(options)
 * ```
 *
 * @since 0.1.0
 */
export interface ClientOptions {
  /** `"copilot-cli"` (default) or `"empty"`: see {@link Mode}. */
  readonly mode?: Mode | undefined
  /** Stdio (default), Tcp or Uri. */
  readonly connection?: RuntimeConnection.RuntimeConnection | undefined
  /** The runtime's log level; no `--log-level` is passed when absent. */
  readonly logLevel?: LogLevel | undefined
  /** The runtime's home directory (COPILOT_HOME). */
  readonly baseDirectory?: string | undefined
  /** A GitHub token, handed over through the environment, never argv. */
  readonly githubToken?: Redacted.Redacted<string> | undefined
  /** Let the runtime use a signed-in user; defaults to true unless a token is given. */
  readonly useLoggedInUser?: boolean | undefined
  /** Extra environment for a spawned runtime (on top of this process's). */
  readonly env?: Readonly<Record<string, string>> | undefined
  /** Working directory of a spawned runtime. */
  readonly cwd?: string | undefined
  /** Enables remote (cloud) sessions (`--remote`). */
  readonly enableRemoteSessions?: boolean | undefined
  /** Idle sessions are ended by the runtime after this long. */
  readonly sessionIdleTimeout?: Duration.DurationInput | undefined
  /**
   * Bound on each phase of start-up (a spawned runtime reporting its port,
   * the socket connecting, the handshake's answer), on every connection
   * kind; default 30 s.
   */
  readonly startTimeout?: Duration.DurationInput | undefined
  /**
   * Bound on each step of stopping a spawned runtime: close its input and
   * wait for it to exit (stdio), SIGTERM and wait, SIGKILL and wait; default 5 s.
   */
  readonly stopTimeout?: Duration.DurationInput | undefined
  /**
   * Largest frame accepted from the runtime; a larger declared length ends
   * the connection with a `ConnectionClosed` naming it. Default 64 MiB.
   */
  readonly maxFrameBytes?: number | undefined
  /**
   * Registers this client as the session file system (`sessionFs.setProvider`)
   * right after the handshake: the runtime then stores each session's state
   * through the session's `sessionFs` provider instead of its own disk.
   */
  readonly sessionFs?: SessionFsOptions | undefined
  /**
   * Answers `listModels` instead of the runtime, e.g. with the models of
   * your own provider (BYOK). Runs on every `listModels`.
   */
  readonly onListModels?: Effect.Effect<ReadonlyArray<ModelInfo>> | undefined
  /**
   * Absolute paths of trusted plugin directories that ship with the host,
   * registered (`plugins.builtin.set`) right after the handshake, before any
   * session; start-up fails if the runtime refuses them.
   */
  readonly builtinPluginDirectories?: ReadonlyArray<string> | undefined
  /**
   * Who integrates the runtime, declared once per connection on the
   * `connect` handshake, for the runtime's telemetry attribution.
   */
  readonly clientInfo?: ClientInfo | undefined
  /**
   * Sends the runtime's model requests (HTTP and WebSocket) through this
   * transport, usually your `HttpClient` with middleware
   * (`ModelTransport.make({ http })`): the client registers as the
   * runtime's model provider (`llmInference.setProvider`) right after the
   * handshake. One client per runtime can be its provider.
   */
  readonly modelTransport?: ModelTransport.ModelTransport | undefined
  /**
   * The runtime's own OpenTelemetry export (its spans for agent turns,
   * model calls and tools), set in a spawned runtime's environment.
   * Trace context goes with `session.create`, `session.resume` and
   * `session.send` regardless, so those spans join your trace.
   */
  readonly telemetry?: ClientOptionsInternal.TelemetryOptions | undefined
  /**
   * Opts this connection, and every session it creates or resumes, into the
   * runtime's GitHub telemetry forwarding: the events arrive on
   * {@link CopilotClientService.gitHubTelemetry}.
   */
  readonly gitHubTelemetry?: boolean | undefined
  /**
   * Acquires the GitHub token of every session whose config brings no
   * identity of its own (no `gitHubToken`, `gitHubTokenProvider` or
   * whole-session `provider`): asked when such a session starts and when the
   * runtime refreshes its token.
   */
  readonly gitHubTokenProvider?: Auth.GitHubTokenProvider | undefined
}

/**
 * The runtime's OpenTelemetry settings.
 *
 * @example
 * ```ts
 * import { CopilotClient } from "effect-copilot"
 *
 * const telemetry: CopilotClient.TelemetryOptions = { exporter: "file", filePath: "/tmp/copilot-spans.jsonl", captureContent: true }
 * const ClientLive = CopilotClient.layer({ telemetry })
 * ```
 *
 * @since 0.2.0
 */
export type TelemetryOptions = ClientOptionsInternal.TelemetryOptions

/**
 * One GitHub telemetry event the runtime forwarded (`gitHubTelemetry.event`),
 * with the session it belongs to, if any.
 *
 * @example
 * ```ts
 * import { Stream } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * declare const client: CopilotClient.CopilotClientService
 *
 * const kinds = client.gitHubTelemetry.pipe(Stream.map((notification) => notification.event.kind))
 * ```
 *
 * @since 0.2.0
 */
export const GitHubTelemetryNotification = Api.GitHubTelemetryNotification
/**
 * @see {@link GitHubTelemetryNotification}
 *
 * @since 0.2.0
 */
export type GitHubTelemetryNotification = Api.GitHubTelemetryNotification

/**
 * The application (and integration within it) using this SDK, as the
 * `connect` handshake declares it. Version fields are ignored by the runtime
 * unless they look like versions.
 *
 * @example
 * ```ts
 * import { CopilotClient } from "effect-copilot"
 *
 * const clientInfo: CopilotClient.ClientInfo = { applicationName: "acme-portal", applicationVersion: "2.4.0" }
 * const Live = CopilotClient.layer({ clientInfo })
 * ```
 *
 * @since 0.2.0
 */
export const ClientInfo = Schema.Struct({
  applicationName: Schema.optional(Schema.String).pipe(Schema.fromKey("editorName")),
  applicationVersion: Schema.optional(Schema.String).pipe(Schema.fromKey("editorVersion")),
  /** A specific integration within the application, such as a plugin. */
  integrationName: Schema.optional(Schema.String).pipe(Schema.fromKey("extensionName")),
  integrationVersion: Schema.optional(Schema.String).pipe(Schema.fromKey("extensionVersion"))
})
/**
 * @see {@link ClientInfo}
 *
 * @since 0.2.0
 */
export type ClientInfo = typeof ClientInfo.Type

/**
 * Where the runtime keeps session state in the client's session file system.
 * Paths use the provider's conventions (default `"posix"`).
 *
 * @example
 * ```ts
 * import { CopilotClient } from "effect-copilot"
 *
 * const sessionFs: CopilotClient.SessionFsOptions = { initialCwd: "/", sessionStatePath: "/session-state" }
 * ```
 *
 * @since 0.1.0
 */
export interface SessionFsOptions {
  /** The sessions' initial working directory. */
  readonly initialCwd: string
  /** The directory under which the runtime stores a session's files (events.jsonl, plan.md, ...). */
  readonly sessionStatePath: string
  /** Path conventions of the provider; default `"posix"`. */
  readonly conventions?: "posix" | "windows" | undefined
  /**
   * What the provider can do beyond files. `sqlite: true` tells the runtime
   * to keep each session's SQL database (the agent's `sql` tool, its todos)
   * in the provider too, through `sessionFs.sqlite*` requests: every
   * session's provider must then have a `sqlite` member (see
   * `SessionFs.SessionSqlProvider`, and `effect-copilot/sqlite` for one on
   * SQLite files).
   */
  readonly capabilities?: { readonly sqlite?: boolean | undefined } | undefined
}

/**
 * The client service: the connection to the runtime and its calls. Sessions
 * are built on it by `CopilotSession` (`CopilotSession.create`,
 * `withSession`, ...); the client itself knows nothing of sessions.
 *
 * @example
 * ```ts
 * import { Effect, Option } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * const describe = (client: CopilotClient.CopilotClientService) =>
 *   Effect.map(client.getStatus, (status) => `runtime ${status.version}, pid ${Option.getOrElse(client.runtimePid, () => "n/a")}`)
 * ```
 *
 * @since 0.1.0
 */
export interface CopilotClientService extends ServerApi.ServerApi {
  /** The TCP port of the runtime, for Tcp and Uri connections. */
  readonly runtimePort: Option.Option<number>
  /** The process id of the runtime, when this client spawned it. */
  readonly runtimePid: Option.Option<number>
  /** The protocol version the runtime reported. */
  readonly protocolVersion: number
  /** Checks the runtime answers; echoes the message. */
  readonly ping: (message?: string) => Effect.Effect<PingResult, CallError>
  /** The runtime's version and protocol version. */
  readonly getStatus: Effect.Effect<ClientMethods.Status, CallError>
  /** Whether the runtime is signed in. */
  readonly getAuthStatus: Effect.Effect<ClientMethods.AuthStatus, CallError>
  /** The models the signed-in user can use. */
  readonly listModels: Effect.Effect<ReadonlyArray<ModelInfo>, CallError>
  /** Persisted sessions, optionally filtered by where they were created. */
  readonly listSessions: (
    filter?: ClientMethods.SessionListFilter
  ) => Effect.Effect<ReadonlyArray<ClientMethods.SessionMetadata>, CallError>
  /** One session's metadata, if it exists. */
  readonly getSessionMetadata: (
    sessionId: string
  ) => Effect.Effect<Option.Option<ClientMethods.SessionMetadata>, CallError>
  /** Deletes a session and its data permanently. */
  readonly deleteSession: (sessionId: string) => Effect.Effect<void, CallError | OperationFailed>
  /** The most recently used session's id. */
  readonly getLastSessionId: Effect.Effect<Option.Option<string>, CallError>
  /** The session a TUI server shows (TUI+server mode only). */
  readonly getForegroundSessionId: Effect.Effect<Option.Option<string>, CallError>
  /** Asks a TUI server to show a session (TUI+server mode only). */
  readonly setForegroundSessionId: (sessionId: string) => Effect.Effect<void, CallError | OperationFailed>
  /** Lifecycle events of the runtime's sessions, from subscription on. */
  readonly lifecycle: Stream.Stream<ClientMethods.SessionLifecycleEvent>
  /**
   * The runtime's GitHub telemetry events, from subscription on; only with
   * the client option `gitHubTelemetry: true` does the runtime send any.
   */
  readonly gitHubTelemetry: Stream.Stream<GitHubTelemetryNotification>
  /** Completes when the connection to the runtime has ended. */
  readonly closed: Effect.Effect<ConnectionClosed>
  /**
   * Drops the connection and kills a runtime this client spawned, at once:
   * no session is destroyed, calls waiting fail with `ConnectionClosed`, and
   * sessions closed afterwards only release what they hold here. For when a
   * graceful stop (closing the client's scope) hangs.
   */
  readonly forceStop: Effect.Effect<void>
}

/**
 * The Copilot client service tag.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * const program = Effect.gen(function*() {
 *   const client = yield* CopilotClient.CopilotClient
 *   return yield* client.listModels
 * }).pipe(Effect.provide(CopilotClient.layer()))
 * ```
 *
 * @since 0.1.0
 */
export class CopilotClient extends Context.Tag("effect-copilot/CopilotClient")<CopilotClient, CopilotClientService>() {}

/**
 * The errors start-up can fail with.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * const program = CopilotClient.getStatus.pipe(
 *   Effect.provide(CopilotClient.layer()),
 *   Effect.catchTag("ConnectionFailed", (error) => Effect.logError(error.message))
 * )
 * ```
 *
 * @since 0.1.0
 */
export type StartError = ConnectionFailed | ProtocolVersionMismatch | InvalidConfig | CallError

const toLaunchOptions = (options: ClientOptions): Runtime.LaunchOptions => ({
  connection: options.connection ?? RuntimeConnection.Stdio(),
  logLevel: options.logLevel,
  baseDirectory: options.baseDirectory,
  githubToken: options.githubToken,
  useLoggedInUser: options.useLoggedInUser ?? options.githubToken === undefined,
  // The keychain is the host's, shared by everyone on it: empty mode keeps the runtime off it.
  env: ClientOptionsInternal.withTelemetryEnv(
    options.mode === "empty" ? { ...options.env, COPILOT_DISABLE_KEYTAR: "1" } : options.env,
    options.telemetry
  ),
  cwd: options.cwd,
  enableRemoteSessions: options.enableRemoteSessions ?? false,
  sessionIdleTimeout: options.sessionIdleTimeout === undefined ? undefined : Duration.decode(options.sessionIdleTimeout),
  startTimeout: Duration.decode(options.startTimeout ?? "30 seconds"),
  stopTimeout: Duration.decode(options.stopTimeout ?? "5 seconds")
})

/** Empty mode needs session state kept somewhere of the app's choosing (a Uri runtime keeps its own). */
const validateMode = (options: ClientOptions): Effect.Effect<void, InvalidConfig> =>
  options.mode === "empty" && options.baseDirectory === undefined && options.sessionFs === undefined &&
    options.connection?._tag !== "Uri"
    ? Effect.fail(new InvalidConfig({
      message: `mode "empty" needs a place for session state that is not the host's default: ` +
        `set baseDirectory (the runtime's home, e.g. one directory per tenant) or sessionFs (sessions stored through your provider)`
    }))
    : Effect.void

const validate = (options: ClientOptions): Effect.Effect<void, InvalidConfig> => {
  const connection = options.connection
  if (connection !== undefined && connection._tag === "Uri") {
    if (options.githubToken !== undefined || options.useLoggedInUser !== undefined) {
      return Effect.fail(new InvalidConfig({
        message: "githubToken and useLoggedInUser do not apply to a Uri connection: the runtime at that address manages its own sign-in"
      }))
    }
  }
  if (connection !== undefined && connection._tag === "Uri" && options.telemetry !== undefined) {
    return Effect.fail(new InvalidConfig({
      message: "telemetry does not apply to a Uri connection: it is set in the environment of a runtime this client starts; " +
        "configure the runtime at that address itself"
    }))
  }
  return ClientOptionsInternal.validateBuiltinPluginDirectories(options.builtinPluginDirectories)
}

/** The handshake's `clientInfo` encoder, made once when a client first starts. */
const encodeClientInfo = onFirstCall(() => Schema.encodeUnknown(Schema.UndefinedOr(ClientInfo), { onExcessProperty: "error" }))

/** The `clientInfo` of the handshake, or an InvalidConfig naming the field that is wrong. */
const clientInfoParams = (options: ClientOptions) =>
  encodeClientInfo(options.clientInfo).pipe(
    Effect.mapError((error) =>
      new InvalidConfig({
        message: `clientInfo takes applicationName, applicationVersion, integrationName and integrationVersion, all strings:\n${
          ParseResult.TreeFormatter.formatErrorSync(error)
        }`
      })
    )
  )

/** Checks the runtime's protocol version with the `connect` handshake (or `ping` on runtimes without it). */
const handshake = (
  protocol: Protocol.Protocol,
  token: Option.Option<Redacted.Redacted<string>>,
  clientInfo: typeof ClientInfo.Encoded | undefined,
  gitHubTelemetry: boolean
) =>
  protocol.call(Connect, {
    token: Option.getOrUndefined(Option.map(token, Redacted.value)),
    supportedTaskKinds: ["agent", "client", "shell"],
    ...(gitHubTelemetry ? { enableGitHubTelemetryForwarding: true } : {}),
    ...(clientInfo === undefined ? {} : { clientInfo })
  }).pipe(
    Effect.map((result): number | undefined => result.protocolVersion),
    Effect.catchTag(
      "MethodNotServed",
      () => Effect.map(protocol.call(HandshakePing, {}), (result) => result.protocolVersion)
    ),
    Effect.flatMap((actual) =>
      actual === PROTOCOL_VERSION
        ? Effect.succeed(actual)
        : Effect.fail(new ProtocolVersionMismatch({ expected: PROTOCOL_VERSION, actual }))
    )
  )

const failIfUnsuccessful = (method: string) => (result: { readonly success: boolean; readonly error?: string | undefined }) =>
  result.success ? Effect.void : Effect.fail(new OperationFailed({ method, message: result.error ?? `${method} failed` }))

/** Registers the client as the session file system; refused once the runtime has sessions. */
const setSessionFsProvider = (protocol: Protocol.Protocol, fs: SessionFsOptions) =>
  protocol.call(Methods.SessionFsSetProvider, {
    initialCwd: fs.initialCwd,
    sessionStatePath: fs.sessionStatePath,
    conventions: fs.conventions ?? "posix",
    ...(fs.capabilities?.sqlite === undefined ? {} : { capabilities: { sqlite: fs.capabilities.sqlite } })
  }).pipe(
    Effect.flatMap((result) =>
      result.success
        ? Effect.void
        : Effect.fail(new ConnectionFailed({
          message: "the runtime refused to use this client as the session file system (sessionFs.setProvider); " +
            "it does so when it already has sessions: register the provider before any session is created"
        }))
    ),
    Effect.catchTag("RpcError", (error) =>
      Effect.fail(new ConnectionFailed({
        message: `the runtime refused this client as the session file system: ${error.message}`,
        cause: error
      })))
  )

/**
 * Starts (or reaches) the runtime and returns the client; the runtime is
 * stopped when the scope closes.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * const status = Effect.scoped(
 *   Effect.flatMap(CopilotClient.make({ logLevel: "error" }), (client) => client.getStatus)
 * )
 * ```
 *
 * @since 0.1.0
 */
export const make = (
  options: ClientOptions = {}
): Effect.Effect<CopilotClientService, StartError, Scope.Scope> =>
  Effect.gen(function*() {
    yield* validateMode(options)
    yield* validate(options)
    yield* clientInfoParams(options)
    const connected = yield* Runtime.connect(toLaunchOptions(options))
    return yield* makeWithConnection(connected, options)
  })

/**
 * Builds the client over an established byte channel (the test kit's fake
 * runtime uses this).
 *
 * @internal
 *
 * @since 0.1.0
 */
export const makeWithConnection = (
  connected: Runtime.Connected,
  options: ClientOptions = {}
): Effect.Effect<CopilotClientService, StartError, Scope.Scope> =>
  Effect.gen(function*() {
    yield* validateMode(options)
    const launch = toLaunchOptions(options)
    const clientInfo = yield* clientInfoParams(options)
    const secrets = connected.secrets ?? (yield* Secrets.make([options.githubToken, connected.connectionToken]))
    const router = yield* Router.make()
    const gitHubTokens = yield* GitHubTokens.make(secrets, options.gitHubTokenProvider)
    const lifecycleHub = yield* Effect.acquireRelease(
      PubSub.unbounded<ClientMethods.SessionLifecycleEvent>(),
      PubSub.shutdown
    )
    const telemetryHub = yield* Effect.acquireRelease(PubSub.unbounded<GitHubTelemetryNotification>(), PubSub.shutdown)
    const modelRequests = options.modelTransport === undefined
      ? undefined
      : yield* ModelTransportInternal.make(options.modelTransport, router.spanParentOf)
    const protocol = yield* Protocol.make(connected.transport, {
      requests: {
        ...router.handlers.requests,
        ...modelRequests?.handlers,
        [Methods.GitHubTokenGetToken.name]: gitHubTokens.handler
      },
      notifications: {
        ...router.handlers.notifications,
        // Published in the step that decodes them (unbounded hubs: an offer never waits).
        [ClientMethods.SessionLifecycle.name]: Protocol.notificationHandlerSync(
          ClientMethods.SessionLifecycle,
          (event) => {
            lifecycleHub.unsafeOffer(event)
          }
        ),
        [Methods.GitHubTelemetryEvent.name]: Protocol.notificationHandlerSync(
          Methods.GitHubTelemetryEvent,
          (notification) => {
            telemetryHub.unsafeOffer(notification)
          }
        )
      }
    }, { maxFrameBytes: options.maxFrameBytes, scrub: secrets.scrub })
    if (modelRequests !== undefined) yield* modelRequests.attach(protocol)
    const gitHubTelemetry = options.gitHubTelemetry === true

    const protocolVersion = yield* handshake(protocol, connected.connectionToken, clientInfo, gitHubTelemetry).pipe(
      Effect.catchTag("ConnectionClosed", (closed) => new ConnectionFailed({ message: closed.message, cause: closed })),
      Effect.timeoutFail({
        duration: launch.startTimeout,
        onTimeout: () =>
          new ConnectionFailed({ message: `the Copilot runtime did not answer within ${Duration.format(launch.startTimeout)}` })
      }),
      Effect.withSpan("CopilotClient.start")
    )
    yield* ClientOptionsInternal.registerBuiltinPluginDirectories(protocol, options.builtinPluginDirectories, launch.startTimeout)
    if (options.sessionFs !== undefined) {
      yield* setSessionFsProvider(protocol, options.sessionFs).pipe(
        Effect.timeoutFail({
          duration: launch.startTimeout,
          onTimeout: () =>
            new ConnectionFailed({ message: `sessionFs.setProvider got no answer within ${Duration.format(launch.startTimeout)}` })
        })
      )
    }

    if (modelRequests !== undefined) {
      yield* ClientOptionsInternal.registerModelProvider(protocol, launch.startTimeout)
    }

    const service: CopilotClientService = {
      // The server-scoped API: `call` and the namespaces (account, sessions, mcp, ...).
      ...ServerApiInternal.make(protocol),
      forceStop: connected.kill.pipe(
        Effect.zipRight(Effect.timeout(protocol.closed, launch.stopTimeout)),
        Effect.ignore,
        Effect.withSpan("CopilotClient.forceStop")
      ),
      runtimePort: connected.port,
      runtimePid: connected.pid,
      protocolVersion,
      ping: (message) => protocol.call(Ping, message === undefined ? {} : { message }),
      getStatus: protocol.call(ClientMethods.StatusGet, {}),
      getAuthStatus: protocol.call(ClientMethods.AuthGetStatus, {}),
      listModels: options.onListModels ?? Effect.map(protocol.call(ModelsList, {}), (result) => result.models),
      listSessions: (filter) =>
        Effect.map(
          protocol.call(ClientMethods.SessionList, filter === undefined ? {} : { filter }),
          (result) => result.sessions
        ),
      getSessionMetadata: (sessionId) =>
        Effect.map(
          protocol.call(ClientMethods.SessionGetMetadata, { sessionId }),
          (result) => Option.fromNullable(result.session)
        ),
      deleteSession: (sessionId) =>
        Effect.flatMap(protocol.call(ClientMethods.SessionDelete, { sessionId }), (result) =>
          result.success ? Effect.void : Effect.fail(
            new OperationFailed({
              method: "session.delete",
              message: `Failed to delete session ${sessionId}: ${result.error ?? "the runtime gave no reason"}`
            })
          )),
      getLastSessionId: Effect.map(
        protocol.call(ClientMethods.SessionGetLastId, {}),
        (result) => Option.fromNullable(result.sessionId)
      ),
      getForegroundSessionId: Effect.map(
        protocol.call(ClientMethods.SessionGetForeground, {}),
        (result) => Option.fromNullable(result.sessionId)
      ),
      setForegroundSessionId: (sessionId) =>
        Effect.flatMap(
          protocol.call(ClientMethods.SessionSetForeground, { sessionId }),
          failIfUnsuccessful("session.setForeground")
        ),
      lifecycle: Stream.fromPubSub(lifecycleHub),
      gitHubTelemetry: Stream.fromPubSub(telemetryHub),
      closed: protocol.closed
    }
    // The session modules reach the protocol and the router through the
    // internal connection module, never through the public service.
    return Connection.attach(service, {
      protocol,
      router,
      secrets,
      gitHubTelemetry,
      gitHubTokens,
      mode: options.mode ?? "copilot-cli"
    })
  })

/**
 * A Layer that starts the runtime with the given options and stops it when
 * the Layer is released.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { CopilotClient, RuntimeConnection } from "effect-copilot"
 *
 * const ClientLive = CopilotClient.layer({
 *   connection: RuntimeConnection.Tcp(),
 *   githubToken: Redacted.make(process.env.GH_TOKEN ?? "")
 * })
 * ```
 *
 * @since 0.1.0
 */
export const layer = (options: ClientOptions = {}): Layer.Layer<CopilotClient, StartError> =>
  Layer.scoped(CopilotClient, make(options))

// Made when first read (by a layerConfig), not at import, and the same Config after that.
let optionsFromEnvOnce: Config.Config<ClientOptions> | undefined

/**
 * Client options read from the environment: the token from `GH_TOKEN` (or
 * `GITHUB_TOKEN`), the runtime from `COPILOT_CLI_PATH`, the log level from
 * `COPILOT_LOG_LEVEL`, the home from `COPILOT_HOME`.
 *
 * @example
 * ```ts
 * import { Config } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * const ClientLive = CopilotClient.layerConfig(
 *   Config.map(CopilotClient.optionsFromEnv, (options) => ({ ...options, startTimeout: "1 minute" }))
 * )
 * ```
 *
 * @since 0.1.0
 */
export const optionsFromEnv: Config.Config<ClientOptions> = Config.suspend(() =>
  optionsFromEnvOnce ??= Config.all({
    token: Config.option(Config.redacted("GH_TOKEN").pipe(Config.orElse(() => Config.redacted("GITHUB_TOKEN")))),
    path: Config.option(Config.string("COPILOT_CLI_PATH")),
    logLevel: Config.option(Config.literal("none", "error", "warning", "info", "debug", "all")("COPILOT_LOG_LEVEL")),
    home: Config.option(Config.string("COPILOT_HOME"))
  }).pipe(
    Config.map(({ home, logLevel, path, token }): ClientOptions => ({
      githubToken: Option.getOrUndefined(token),
      connection: RuntimeConnection.Stdio({ path: Option.getOrUndefined(path) }),
      logLevel: Option.getOrUndefined(logLevel),
      baseDirectory: Option.getOrUndefined(home)
    }))
  )
)

/**
 * A Layer whose options come from Effect `Config` (by default
 * {@link optionsFromEnv}).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * const ClientLive = CopilotClient.layerConfig() // GH_TOKEN, COPILOT_CLI_PATH, ...
 * const program = CopilotClient.getStatus.pipe(Effect.provide(ClientLive))
 * ```
 *
 * @since 0.1.0
 */
export const layerConfig = (
  config: Config.Config<ClientOptions> = optionsFromEnv
): Layer.Layer<CopilotClient, StartError | import("effect/ConfigError").ConfigError> =>
  Layer.scoped(CopilotClient, Effect.flatMap(config, make))

// Accessors for the service, for use in Effect programs.

/**
 * Checks the runtime answers, with the client from the context.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const pong = yield* CopilotClient.ping("hello")
 *   yield* Effect.log(pong.message)
 * })
 * ```
 *
 * @since 0.1.0
 */
export const ping = (message?: string) => Effect.flatMap(CopilotClient, (client) => client.ping(message))
/**
 * The runtime's version and protocol version, with the client from the context.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const status = yield* CopilotClient.getStatus
 *   yield* Effect.log(`runtime ${status.version}`)
 * })
 * ```
 *
 * @since 0.1.0
 */
export const getStatus = Effect.flatMap(CopilotClient, (client) => client.getStatus)
/**
 * Whether the runtime is signed in, with the client from the context.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const auth = yield* CopilotClient.getAuthStatus
 *   if (!auth.isAuthenticated) yield* Effect.logWarning("not signed in: set GH_TOKEN")
 * })
 * ```
 *
 * @since 0.1.0
 */
export const getAuthStatus = Effect.flatMap(CopilotClient, (client) => client.getAuthStatus)
/**
 * The models the signed-in user can use, with the client from the context.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const ids = (yield* CopilotClient.listModels).map((model) => model.id)
 * })
 * ```
 *
 * @since 0.1.0
 */
export const listModels = Effect.flatMap(CopilotClient, (client) => client.listModels)
/**
 * Persisted sessions, optionally filtered, with the client from the context.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const here = yield* CopilotClient.listSessions({ workingDirectory: process.cwd() })
 * })
 * ```
 *
 * @since 0.1.0
 */
export const listSessions = (filter?: ClientMethods.SessionListFilter) =>
  Effect.flatMap(CopilotClient, (client) => client.listSessions(filter))
/**
 * One session's metadata, if it exists, with the client from the context.
 *
 * @example
 * ```ts
 * import { Effect, Option } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * declare const sessionId: string
 *
 * Effect.gen(function*() {
 *   const metadata = yield* CopilotClient.getSessionMetadata(sessionId)
 *   if (Option.isSome(metadata)) yield* Effect.log(metadata.value.modifiedTime)
 * })
 * ```
 *
 * @since 0.1.0
 */
export const getSessionMetadata = (sessionId: string) =>
  Effect.flatMap(CopilotClient, (client) => client.getSessionMetadata(sessionId))
/**
 * Deletes a session and its data permanently, with the client from the context.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * declare const sessionId: string
 *
 * Effect.gen(function*() {
 *   yield* CopilotClient.deleteSession(sessionId).pipe(
 *     Effect.catchTag("OperationFailed", (error) => Effect.logWarning(error.message))
 *   )
 * })
 * ```
 *
 * @since 0.1.0
 */
export const deleteSession = (sessionId: string) => Effect.flatMap(CopilotClient, (client) => client.deleteSession(sessionId))
/**
 * The most recently used session's id, with the client from the context.
 *
 * @example
 * ```ts
 * import { Effect, Option } from "effect"
 * import { CopilotClient, CopilotSession } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const last = yield* CopilotClient.getLastSessionId
 *   const session = yield* Option.isSome(last) ? CopilotSession.resume(last.value) : CopilotSession.create()
 * })
 * ```
 *
 * @since 0.1.0
 */
export const getLastSessionId = Effect.flatMap(CopilotClient, (client) => client.getLastSessionId)
/**
 * The session a TUI server shows (TUI+server mode only), with the client from
 * the context.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * Effect.gen(function*() {
 *   const shown = yield* CopilotClient.getForegroundSessionId // Option<string>
 * })
 * ```
 *
 * @since 0.1.0
 */
export const getForegroundSessionId = Effect.flatMap(CopilotClient, (client) => client.getForegroundSessionId)
/**
 * Asks a TUI server to show a session (TUI+server mode only), with the client
 * from the context.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient, CopilotSession } from "effect-copilot"
 *
 * declare const session: CopilotSession.CopilotSessionService
 *
 * Effect.gen(function*() {
 *   yield* CopilotClient.setForegroundSessionId(session.sessionId)
 * })
 * ```
 *
 * @since 0.1.0
 */
export const setForegroundSessionId = (sessionId: string) =>
  Effect.flatMap(CopilotClient, (client) => client.setForegroundSessionId(sessionId))
/**
 * Lifecycle events of the runtime's sessions, with the client from the context.
 *
 * @example
 * ```ts
 * import { Effect, Stream } from "effect"
 * import { CopilotClient, CopilotSession } from "effect-copilot"
 *
 * declare const session: CopilotSession.CopilotSessionService
 *
 * const watch = CopilotClient.lifecycle.pipe(
 *   Stream.filter((event) => event.type === "session.created"),
 *   Stream.runForEach((event) => Effect.log(`new session ${event.sessionId}`))
 * )
 * ```
 *
 * @since 0.1.0
 */
export const lifecycle = Stream.unwrap(Effect.map(CopilotClient, (client) => client.lifecycle))
