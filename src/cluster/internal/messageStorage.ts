/**
 * The cluster's SQL message storage, with the one write that Sharding must
 * not lose made to last: `resetShards`.
 *
 * A runner marks each message it reads from storage as read (`last_read`),
 * and does not read it again for ten minutes, so that a message being
 * processed is not delivered twice. When the runner loses its shard locks
 * (its database away for longer than a lock refresh) its entities stop
 * mid-request; when it takes the shards again, `Sharding` clears the marks
 * of their unprocessed messages (`resetShards`) so that those requests are
 * delivered again. It does so once, with its failure ignored and under a
 * timeout of one lock refresh interval (`@effect/cluster` 0.60,
 * `Sharding.ts`). A database that has only just come back, or a loaded
 * machine, can fail or outlast that one attempt: the interrupted request
 * then stays marked as read, and its caller waits ten minutes for an answer
 * (a turn that neither answers nor fails). Here the reset is retried until
 * it is done (about two minutes at most), in the storage's own scope: a
 * timeout of the caller no longer stops it, and the next read of storage
 * after it finds the messages. A reset that lands after a message was read
 * again is harmless: a request being processed is not delivered twice, and
 * one answered is not read again.
 */
import * as MessageStorage from "@effect/cluster/MessageStorage"
import * as SqlMessageStorage from "@effect/cluster/SqlMessageStorage"
import type * as ShardingConfig from "@effect/cluster/ShardingConfig"
import type * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Fiber, Layer, Schedule } from "effect"

/** Retries of `resetShards`: quickly at first, then every 2 s, about two minutes in all. */
const resetRetry = Schedule.exponential("100 millis").pipe(
  Schedule.either(Schedule.spaced("2 seconds")),
  Schedule.upTo("2 minutes")
)

/** A `MessageStorage` whose `resetShards` is retried until done, and not cut short by its caller. */
export const lastingResets: Layer.Layer<MessageStorage.MessageStorage, never, MessageStorage.MessageStorage> = Layer
  .scoped(
    MessageStorage.MessageStorage,
    Effect.gen(function*() {
      const storage = yield* MessageStorage.MessageStorage
      const scope = yield* Effect.scope
      return MessageStorage.MessageStorage.of({
        ...storage,
        resetShards: (shardIds) => {
          const shards = Array.from(shardIds)
          return storage.resetShards(shards).pipe(
            Effect.tapError((error) => Effect.logWarning("Could not reset the shards' messages, retrying", error)),
            Effect.retry(resetRetry),
            Effect.tapError((error) => Effect.logError("Could not reset the shards' messages", error)),
            Effect.annotateLogs({ module: "effect-copilot/cluster", shards: shards.map(String) }),
            Effect.forkIn(scope),
            Effect.flatMap(Fiber.join)
          )
        }
      })
    })
  )

/** `SqlMessageStorage` with {@link lastingResets}. */
export const layerSql: Layer.Layer<
  MessageStorage.MessageStorage,
  never,
  SqlClient.SqlClient | ShardingConfig.ShardingConfig
> = lastingResets.pipe(Layer.provide(SqlMessageStorage.layer))
