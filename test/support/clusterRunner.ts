/**
 * One runner of the test cluster, as its own process (`npx tsx
 * test/support/clusterRunner.ts`): the owner entities over sockets on
 * loopback, the cluster's storage in PostgreSQL, each owner's runtime
 * against the scripted model of the test process, the sessions' state in
 * the same database (`SqlSessionFs`), which every runner shares. Prints `ready` once it
 * is built and serves; stops on SIGTERM (or dies on SIGKILL, which is the point).
 *
 * Environment: CLUSTER_PG_URL, CLUSTER_RUNNER_PORT, CLUSTER_MODEL_URL,
 * CLUSTER_MODEL_TOKEN, CLUSTER_HOMES_DIR; and, for debugging, CLUSTER_RUNNER_LOG_LEVEL
 * (e.g. `Debug`: the cluster's own logs of shard locks and messages).
 */
import { FileSystem } from "@effect/platform"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { PgClient } from "@effect/sql-pg"
import { Config, Console, Effect, Layer, Logger, LogLevel, Redacted } from "effect"
import { Handlers } from "effect-copilot"
import { ClusterRunner, CopilotOwner } from "effect-copilot/cluster"
import { SqlSessionFs } from "effect-copilot/sql"
import { IsolatedRuntime } from "effect-copilot/testing"
import { runnerSharding } from "./clusterSharding.js"

/** An owner's runtime environment, as the test kit's isolated runtime builds it, against the given scripted model. */
const ownerClient = (modelUrl: string, token: string, homes: string) => (owner: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const dir = yield* fs.makeTempDirectoryScoped({ directory: homes, prefix: `${owner}-` })
    const sub = (name: string) => Effect.as(fs.makeDirectory(`${dir}/${name}`, { recursive: true }), `${dir}/${name}`)
    const directories = {
      home: yield* sub("home"),
      copilotHome: yield* sub("copilot-home"),
      config: yield* sub("config"),
      state: yield* sub("state"),
      ghConfig: yield* sub("gh"),
      workdir: yield* sub("work")
    }
    const isolated: IsolatedRuntime.IsolatedRuntime = {
      env: {
        COPILOT_API_URL: modelUrl,
        COPILOT_DEBUG_GITHUB_API_URL: modelUrl,
        COPILOT_HOME: directories.copilotHome,
        HOME: directories.home,
        XDG_CONFIG_HOME: directories.config,
        XDG_STATE_HOME: directories.state,
        GH_CONFIG_DIR: directories.ghConfig
      },
      cwd: directories.workdir,
      baseDirectory: directories.copilotHome,
      githubToken: Redacted.make(token),
      apiUrl: modelUrl,
      directories
    }
    return IsolatedRuntime.clientOptions(isolated)
  })

const main = Effect.gen(function*() {
  const pgUrl = yield* Config.redacted("CLUSTER_PG_URL")
  const port = yield* Config.integer("CLUSTER_RUNNER_PORT")
  const modelUrl = yield* Config.string("CLUSTER_MODEL_URL")
  const token = yield* Config.string("CLUSTER_MODEL_TOKEN")
  const homes = yield* Config.string("CLUSTER_HOMES_DIR")
  const logLevel = yield* Config.logLevel("CLUSTER_RUNNER_LOG_LEVEL").pipe(Config.withDefault(LogLevel.Info))

  const Runner = CopilotOwner.layer({
    client: ownerClient(modelUrl, token, homes),
    handlers: () => ({ onPermissionRequest: Handlers.approveAll })
  }).pipe(
    Layer.provide(SqlSessionFs.layer()),
    Layer.provideMerge(ClusterRunner.socket({ shardingConfig: runnerSharding(port) })),
    // A short connect timeout: a database that is away shows as an error soon, not as a hang.
    Layer.provide(PgClient.layer({ url: pgUrl, connectTimeout: "2 seconds" })),
    Layer.provide(NodeContext.layer)
  )
  // `ready` once the runner is built (its storage's tables made, its entity registered), not while it
  // is being built: a process that goes on when it reads `ready` (the next runner, the test's client)
  // would otherwise race this one's table creation.
  yield* Layer.launch(Layer.tap(Runner, () => Console.log(`ready ${port}`))).pipe(
    Effect.provide(NodeContext.layer),
    Logger.withMinimumLogLevel(logLevel)
  )
})

NodeRuntime.runMain(main)
