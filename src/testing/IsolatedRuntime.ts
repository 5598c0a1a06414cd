/**
 * Everything needed to run the real bundled `copilot` runtime offline against
 * the {@link ScriptedModel}: fresh temporary directories (removed when the scope
 * closes) and the environment that points the runtime at the fake API.
 *
 * The runtime is then started as
 * `copilot --headless --no-auto-update --stdio --auth-token-env COPILOT_SDK_AUTH_TOKEN --no-auto-login`
 * with `env` merged over the parent environment, `cwd` as its working
 * directory and the token in `COPILOT_SDK_AUTH_TOKEN`.
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Layer } from "effect"
 * import { IsolatedRuntime, ScriptedModel } from "effect-copilot/testing"
 *
 * const TestRuntime = IsolatedRuntime.layer.pipe(
 *   Layer.provideMerge(ScriptedModel.layer()),
 *   Layer.provide(NodeContext.layer)
 * )
 * ```
 *
 * @since 0.1.0
 */
import { FileSystem } from "@effect/platform"
import type { PlatformError } from "@effect/platform/Error"
import { NodeFileSystem } from "@effect/platform-node"
import { Context, Effect, Layer, Redacted, type Scope } from "effect"
import type { ClientOptions } from "../CopilotClient.js"
import { ScriptedModel } from "./ScriptedModel.js"

/**
 * The isolated environment of one runtime process.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { IsolatedRuntime } from "effect-copilot/testing"
 *
 * Effect.gen(function*() {
 *   const { env, cwd, baseDirectory, githubToken } = yield* IsolatedRuntime.IsolatedRuntime
 * })
 * ```
 *
 * @since 0.1.0
 */
export interface IsolatedRuntime {
  /**
   * Variables to set on the runtime process, over the parent environment:
   * `COPILOT_API_URL`, `COPILOT_DEBUG_GITHUB_API_URL`, `COPILOT_HOME`, `HOME`,
   * `XDG_CONFIG_HOME`, `XDG_STATE_HOME`, `GH_CONFIG_DIR`. The token is not in
   * here: pass {@link githubToken} as `COPILOT_SDK_AUTH_TOKEN`.
   */
  readonly env: Readonly<Record<string, string>>
  /** The runtime's working directory (empty, temporary). */
  readonly cwd: string
  /** The runtime's state directory (`COPILOT_HOME`). */
  readonly baseDirectory: string
  /** The token the scripted model accepts. */
  readonly githubToken: Redacted.Redacted<string>
  /** The scripted model's base URL. */
  readonly apiUrl: string
  /** All temporary directories, by role. */
  readonly directories: {
    readonly home: string
    readonly copilotHome: string
    readonly config: string
    readonly state: string
    readonly ghConfig: string
    readonly workdir: string
  }
}

/**
 * The client options that run a runtime in this environment, signed in with
 * the scripted model's token (or `githubToken`, e.g. another user's): its
 * variables, working and state directories, and no logged-in user.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { CopilotClient } from "effect-copilot"
 * import { IsolatedRuntime } from "effect-copilot/testing"
 *
 * declare const isolated: IsolatedRuntime.IsolatedRuntime
 *
 * Effect.gen(function*() {
 *   const client = yield* CopilotClient.make(IsolatedRuntime.clientOptions(isolated, Redacted.make("bob-token")))
 * })
 * ```
 *
 * @since 0.2.0
 */
export const clientOptions = (
  isolated: IsolatedRuntime,
  githubToken: Redacted.Redacted<string> = isolated.githubToken
): ClientOptions => ({
  env: isolated.env,
  cwd: isolated.cwd,
  baseDirectory: isolated.baseDirectory,
  githubToken,
  useLoggedInUser: false
})

/**
 * The service tag.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { IsolatedRuntime } from "effect-copilot/testing"
 *
 * const cwd = Effect.map(IsolatedRuntime.IsolatedRuntime, (runtime) => runtime.cwd)
 * ```
 *
 * @since 0.1.0
 */
export const IsolatedRuntime: Context.Tag<IsolatedRuntime, IsolatedRuntime> = Context.GenericTag<IsolatedRuntime>(
  "effect-copilot/testing/IsolatedRuntime"
)

/**
 * The name of the environment variable that carries the token, matching the
 * runtime's `--auth-token-env` argument.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { IsolatedRuntime } from "effect-copilot/testing"
 *
 * declare const runtime: IsolatedRuntime.IsolatedRuntime
 *
 * const env = { ...process.env, ...runtime.env, [IsolatedRuntime.tokenEnvVar]: Redacted.value(runtime.githubToken) }
 * ```
 *
 * @since 0.1.0
 */
export const tokenEnvVar = "COPILOT_SDK_AUTH_TOKEN"

/**
 * Creates the directories and environment; the directories are removed when
 * the scope closes.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { IsolatedRuntime } from "effect-copilot/testing"
 *
 * Effect.gen(function*() {
 *   const runtime = yield* IsolatedRuntime.make
 * })
 * ```
 *
 * @since 0.1.0
 */
export const make: Effect.Effect<
  IsolatedRuntime,
  PlatformError,
  ScriptedModel | FileSystem.FileSystem | Scope.Scope
> = Effect.gen(function*() {
  const model = yield* ScriptedModel
  const fs = yield* FileSystem.FileSystem
  const temp = (role: string) => fs.makeTempDirectoryScoped({ prefix: `effect-copilot-${role}-` })
  const directories = {
    home: yield* temp("home"),
    copilotHome: yield* temp("copilot-home"),
    config: yield* temp("config"),
    state: yield* temp("state"),
    ghConfig: yield* temp("gh"),
    workdir: yield* temp("work")
  }
  const env: Record<string, string> = {
    COPILOT_API_URL: model.url,
    COPILOT_DEBUG_GITHUB_API_URL: model.url,
    COPILOT_HOME: directories.copilotHome,
    HOME: directories.home,
    XDG_CONFIG_HOME: directories.config,
    XDG_STATE_HOME: directories.state,
    GH_CONFIG_DIR: directories.ghConfig
  }
  return {
    env,
    cwd: directories.workdir,
    baseDirectory: directories.copilotHome,
    githubToken: model.token,
    apiUrl: model.url,
    directories
  }
})

/**
 * The isolated environment as a scoped layer.
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Layer } from "effect"
 * import { IsolatedRuntime, ScriptedModel } from "effect-copilot/testing"
 *
 * const layer = IsolatedRuntime.layer.pipe(Layer.provideMerge(ScriptedModel.layer()), Layer.provide(NodeContext.layer))
 * ```
 *
 * @since 0.1.0
 */
export const layer: Layer.Layer<IsolatedRuntime, PlatformError, ScriptedModel | FileSystem.FileSystem> = Layer.scoped(
  IsolatedRuntime,
  make
)

/**
 * {@link layer} with Node's file system provided.
 *
 * @example
 * ```ts
 * import { Layer } from "effect"
 * import { IsolatedRuntime, ScriptedModel } from "effect-copilot/testing"
 *
 * const layer = IsolatedRuntime.layerNode.pipe(Layer.provideMerge(ScriptedModel.layer()))
 * ```
 *
 * @since 0.1.0
 */
export const layerNode: Layer.Layer<IsolatedRuntime, PlatformError, ScriptedModel> = layer.pipe(
  Layer.provide(NodeFileSystem.layer)
)
