/**
 * Copilot sessions as `@effect/cluster` entities: one entity per session
 * owner, on one runner at a time, its runtime and sessions with it; the
 * sessions' state in a store every runner shares. Needs `@effect/cluster`
 * 0.60 and `@effect/rpc` 0.76 (what `@effect/platform-node` 0.108 brings),
 * the optional peer `@effect/sql` and a SQL driver
 * (`@effect/sql-sqlite-node` embedded, `@effect/sql-pg` on many machines).
 *
 * @example
 * ```ts
 * import { Effect, Layer } from "effect"
 * import { ClusterRunner, CopilotOwner } from "effect-copilot/cluster"
 * import { SessionFs } from "effect-copilot"
 *
 * const Live = CopilotOwner.layer({ client: () => Effect.succeed({}) }).pipe(
 *   Layer.provide(SessionFs.layer("./sessions")),
 *   Layer.provideMerge(ClusterRunner.embedded({ filename: "./cluster.db" }))
 * )
 * ```
 *
 * @since 0.2.0
 */

/**
 * The owner entity: its protocol, errors, layer and typed client.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotOwner } from "effect-copilot/cluster"
 *
 * Effect.gen(function*() {
 *   const owners = yield* CopilotOwner.client
 * })
 * ```
 *
 * @since 0.2.0
 */
export * as CopilotOwner from "./CopilotOwner.js"

/**
 * The ways to run owners: embedded (SingleRunner, SQLite) or runners over sockets (PostgreSQL).
 *
 * @example
 * ```ts
 * import { ClusterRunner } from "effect-copilot/cluster"
 *
 * const Embedded = ClusterRunner.embedded({ filename: "./cluster.db" })
 * ```
 *
 * @since 0.2.0
 */
export * as ClusterRunner from "./ClusterRunner.js"
