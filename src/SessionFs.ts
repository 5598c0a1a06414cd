/**
 * The session file system: a provider the runtime stores a session's state
 * through (`sessionFs.*` requests), and a default provider backed by
 * `@effect/platform` FileSystem and confined to a root directory.
 */
import { Effect } from "effect"
import { RpcError } from "./CopilotError.js"
import type * as Handlers from "./Handlers.js"
import { ErrorCode } from "./internal/jsonrpc/Message.js"

/** Serves one `sessionFs.*` request with a provider. */
export const serve = <R>(
  _provider: Handlers.SessionFsProvider<R>,
  method: string,
  _params: unknown
): Effect.Effect<unknown, RpcError, R> =>
  Effect.fail(new RpcError({ method, code: ErrorCode.MethodNotFound, message: `${method} is not served yet` }))
