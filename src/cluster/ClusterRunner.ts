/**
 * The two ways to run the owner entities, with one code path: an embedded
 * default (one process, `SingleRunner`, SQLite through
 * `@effect/sql-sqlite-node`), and runners on many machines over sockets
 * (`NodeClusterSocket`, storage in the SQL database of the `SqlClient`
 * provided: PostgreSQL through `@effect/sql-pg`).
 *
 * @example
 * ```ts
 * import { PgClient } from "@effect/sql-pg"
 * import { Layer, Redacted } from "effect"
 * import { ClusterRunner } from "effect-copilot/cluster"
 *
 * const Embedded = ClusterRunner.embedded({ filename: "./cluster.db" })
 * const Runner = ClusterRunner.socket().pipe(
 *   Layer.provideMerge(PgClient.layer({ url: Redacted.make(process.env.PG_URL!) }))
 * )
 * ```
 *
 * @since 0.2.0
 */
import type * as MessageStorage from "@effect/cluster/MessageStorage"
import type * as Runners from "@effect/cluster/Runners"
import type * as Sharding from "@effect/cluster/Sharding"
import type { SocketServerError } from "@effect/platform/SocketServer"
import type * as SqlClient from "@effect/sql/SqlClient"
import type { Layer } from "effect"
import type { ConfigError } from "effect/ConfigError"
import * as Internal from "./internal/runners.js"

/**
 * Options of {@link embedded}: the SQLite file, and `ShardingConfig` overrides.
 *
 * @example
 * ```ts
 * import { ClusterRunner } from "effect-copilot/cluster"
 *
 * const options: ClusterRunner.EmbeddedOptions = { filename: "./cluster.db", shardingConfig: { entityMaxIdleTime: "5 minutes" } }
 * ```
 *
 * @since 0.2.0
 */
export type EmbeddedOptions = Internal.EmbeddedOptions

/**
 * One process, nothing installed: `SingleRunner` with its message and
 * runner storage (and the owners' tables) in a SQLite file. Restarting the
 * process on the same file (and the same `SessionFs`) resumes the sessions.
 * Provides the `SqlClient` too.
 *
 * @example
 * ```ts
 * import { Layer } from "effect"
 * import { ClusterRunner, CopilotOwner } from "effect-copilot/cluster"
 * import { SessionFs } from "effect-copilot"
 *
 * declare const options: CopilotOwner.Options
 *
 * const Live = CopilotOwner.layer(options).pipe(
 *   Layer.provide(SessionFs.layer("./sessions")),
 *   Layer.provideMerge(ClusterRunner.embedded({ filename: "./cluster.db" }))
 * )
 * ```
 *
 * @since 0.2.0
 */
export const embedded: (
  options: EmbeddedOptions
) => Layer.Layer<Sharding.Sharding | Runners.Runners | MessageStorage.MessageStorage | SqlClient.SqlClient, ConfigError> =
  Internal.embedded

/**
 * Options of {@link socket}: `ShardingConfig` overrides (the runner's
 * address, its listen address, lock timings), `clientOnly` for a process
 * that only calls entities, and the serialization.
 *
 * @example
 * ```ts
 * import * as RunnerAddress from "@effect/cluster/RunnerAddress"
 * import { Option } from "effect"
 * import { ClusterRunner } from "effect-copilot/cluster"
 *
 * const options: ClusterRunner.SocketOptions = {
 *   shardingConfig: { runnerAddress: Option.some(RunnerAddress.make("10.0.0.5", 34431)) }
 * }
 * ```
 *
 * @since 0.2.0
 */
export type SocketOptions = Internal.SocketOptions

/**
 * A runner of a cluster over sockets (or, with `clientOnly`, a front
 * process that only calls entities), its storage in the SQL database of the
 * `SqlClient` provided, which every runner shares. A runner that dies loses
 * its shards to the others after its shard locks expire
 * (`shardLockExpiration`). A runner that could not renew its locks (its
 * database away) gives its shards up and takes them again once the
 * database is back; the requests it had running then are delivered again
 * at once (the storage's reset of their read marks is retried until done).
 *
 * @example
 * ```ts
 * import { PgClient } from "@effect/sql-pg"
 * import { Config, Layer } from "effect"
 * import { ClusterRunner } from "effect-copilot/cluster"
 *
 * const Runner = ClusterRunner.socket().pipe(Layer.provideMerge(PgClient.layerConfig({ url: Config.redacted("PG_URL") })))
 * ```
 *
 * @since 0.2.0
 */
export const socket: (
  options?: SocketOptions
) => Layer.Layer<
  Sharding.Sharding | Runners.Runners | MessageStorage.MessageStorage,
  SocketServerError | ConfigError,
  SqlClient.SqlClient
> = Internal.socket
