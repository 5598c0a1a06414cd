/**
 * The two ways to run the owner entities, on one code path (the entity
 * layer is the same): one process with SQLite storage (`SingleRunner`), or
 * runners on many machines talking over sockets with their message and
 * runner storage in a SQL database shared by all (PostgreSQL).
 */
import type * as MessageStorage from "@effect/cluster/MessageStorage"
import type * as Runners from "@effect/cluster/Runners"
import type * as Sharding from "@effect/cluster/Sharding"
import type * as ShardingConfig from "@effect/cluster/ShardingConfig"
import * as SingleRunner from "@effect/cluster/SingleRunner"
import * as NodeClusterSocket from "@effect/platform-node/NodeClusterSocket"
import type { SocketServerError } from "@effect/platform/SocketServer"
import type * as SqlClient from "@effect/sql/SqlClient"
import type { ConfigError } from "effect/ConfigError"
import { Effect, Layer } from "effect"

/** Options of {@link embedded}. */
export interface EmbeddedOptions {
  /** The SQLite database file of the cluster's storage (messages, runners, the owners' sessions). */
  readonly filename: string
  readonly shardingConfig?: Partial<ShardingConfig.ShardingConfig["Type"]> | undefined
}

/** One process, nothing installed: `SingleRunner` over SQLite (`@effect/sql-sqlite-node`, loaded on use). */
export const embedded = (
  options: EmbeddedOptions
): Layer.Layer<Sharding.Sharding | Runners.Runners | MessageStorage.MessageStorage | SqlClient.SqlClient, ConfigError> =>
  Layer.unwrapEffect(
    Effect.map(
      Effect.promise(() => import("@effect/sql-sqlite-node/SqliteClient")),
      (SqliteClient) =>
        SingleRunner.layer({ runnerStorage: "sql", shardingConfig: options.shardingConfig }).pipe(
          Layer.provideMerge(SqliteClient.layer({ filename: options.filename }))
        )
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
 * many machines).
 */
export const socket = (
  options: SocketOptions = {}
): Layer.Layer<
  Sharding.Sharding | Runners.Runners | MessageStorage.MessageStorage,
  SocketServerError | ConfigError,
  SqlClient.SqlClient
> =>
  options.clientOnly === true
    ? NodeClusterSocket.layer({
      clientOnly: true,
      storage: "sql",
      shardingConfig: options.shardingConfig,
      serialization: options.serialization
    })
    : NodeClusterSocket.layer({ storage: "sql", shardingConfig: options.shardingConfig, serialization: options.serialization })
