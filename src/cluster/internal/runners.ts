/**
 * The two ways to run the owner entities, on one code path (the entity
 * layer is the same): one process with SQLite storage (`SingleRunner`), or
 * runners on many machines talking over sockets with their message and
 * runner storage in a SQL database shared by all (PostgreSQL).
 */
import type * as MessageStorage from "@effect/cluster/MessageStorage"
import * as RunnerHealth from "@effect/cluster/RunnerHealth"
import * as Runners from "@effect/cluster/Runners"
import * as Sharding from "@effect/cluster/Sharding"
import * as ShardingConfig from "@effect/cluster/ShardingConfig"
import * as SqlRunnerStorage from "@effect/cluster/SqlRunnerStorage"
import * as NodeClusterSocket from "@effect/platform-node/NodeClusterSocket"
import type { SocketServerError } from "@effect/platform/SocketServer"
import type * as SqlClient from "@effect/sql/SqlClient"
import type { ConfigError } from "effect/ConfigError"
import { Effect, Layer } from "effect"
import * as SqlMessageStorage from "./messageStorage.js"

/** Options of {@link embedded}. */
export interface EmbeddedOptions {
  /** The SQLite database file of the cluster's storage (messages, runners, the owners' sessions). */
  readonly filename: string
  readonly shardingConfig?: Partial<ShardingConfig.ShardingConfig["Type"]> | undefined
}

/** The message storage (`./messageStorage.ts`: SQL, its shard resets made to last) and runner storage, in the `SqlClient`'s database. */
const sqlStorage = (config: Layer.Layer<ShardingConfig.ShardingConfig, ConfigError>) => ({
  messages: SqlMessageStorage.layerSql.pipe(Layer.provide(config)),
  runners: Layer.orDie(SqlRunnerStorage.layer).pipe(Layer.provide(config))
})

/**
 * One process, nothing installed: `SingleRunner`'s layers (`@effect/cluster`'s
 * `SingleRunner.layer` with SQL runner storage, assembled here for the message
 * storage above) over SQLite (`@effect/sql-sqlite-node`, loaded on use).
 */
export const embedded = (
  options: EmbeddedOptions
): Layer.Layer<Sharding.Sharding | Runners.Runners | MessageStorage.MessageStorage | SqlClient.SqlClient, ConfigError> =>
  Layer.unwrapEffect(
    Effect.map(
      Effect.promise(() => import("@effect/sql-sqlite-node/SqliteClient")),
      (SqliteClient) => {
        // One config layer for all of them, so that it is built once.
        const config = ShardingConfig.layerFromEnv(options.shardingConfig)
        const storage = sqlStorage(config)
        return Sharding.layer.pipe(
          Layer.provideMerge(Runners.layerNoop),
          Layer.provideMerge(storage.messages),
          Layer.provide([storage.runners, RunnerHealth.layerNoop]),
          Layer.provide(config),
          Layer.provideMerge(SqliteClient.layer({ filename: options.filename }))
        )
      }
    )
  )

/** Options of {@link socket}. */
export interface SocketOptions {
  readonly shardingConfig?: Partial<ShardingConfig.ShardingConfig["Type"]> | undefined
  /** Only a client of the cluster (a front process): it hosts no entities. */
  readonly clientOnly?: boolean | undefined
  readonly serialization?: "msgpack" | "ndjson" | undefined
}

/**
 * A runner (or, with `clientOnly`, a client) of a cluster over sockets, its
 * storage in the SQL database of the `SqlClient` provided (PostgreSQL for
 * many machines): `NodeClusterSocket` with its storage brought here (the
 * same SQL storage as its `storage: "sql"`, with the message storage above).
 */
export const socket = (
  options: SocketOptions = {}
): Layer.Layer<
  Sharding.Sharding | Runners.Runners | MessageStorage.MessageStorage,
  SocketServerError | ConfigError,
  SqlClient.SqlClient
> =>
{
  const storage = sqlStorage(ShardingConfig.layerFromEnv(options.shardingConfig))
  const cluster = options.clientOnly === true
    ? NodeClusterSocket.layer({
      clientOnly: true,
      storage: "byo",
      shardingConfig: options.shardingConfig,
      serialization: options.serialization
    })
    : NodeClusterSocket.layer({ storage: "byo", shardingConfig: options.shardingConfig, serialization: options.serialization })
  return cluster.pipe(Layer.provideMerge(storage.messages), Layer.provide(storage.runners))
}
