/**
 * Client options that act on the connection once it is up: the trusted
 * built-in plugin directories (`plugins.builtin.set`).
 *
 * @internal
 */
import { Duration, Effect } from "effect"
import * as Path from "node:path"
import { ConnectionFailed, InvalidConfig } from "../CopilotError.js"
import * as Methods from "../generated/Methods.js"
import type * as Protocol from "./jsonrpc/Protocol.js"

/** The built-in plugin directories must be absolute: the runtime resolves them in its own working directory. */
export const validateBuiltinPluginDirectories = (
  directories: ReadonlyArray<string> | undefined
): Effect.Effect<void, InvalidConfig> => {
  const relative = (directories ?? []).filter((directory) => !Path.isAbsolute(directory))
  return relative.length === 0
    ? Effect.void
    : Effect.fail(new InvalidConfig({
      message: `builtinPluginDirectories must be absolute paths; not absolute: ${relative.join(", ")}`
    }))
}

/**
 * Registers the built-in plugin directories before any session exists; a
 * refusal fails start-up, since sessions would start without the plugins.
 */
export const registerBuiltinPluginDirectories = (
  protocol: Protocol.Protocol,
  directories: ReadonlyArray<string> | undefined,
  timeout: Duration.Duration
): Effect.Effect<void, ConnectionFailed> =>
  directories === undefined || directories.length === 0
    ? Effect.void
    : protocol.call(Methods.PluginsBuiltinSet, { paths: directories }).pipe(
      Effect.mapError((error) =>
        new ConnectionFailed({
          message: `the runtime refused the built-in plugin directories (plugins.builtin.set): ${error.message}`,
          cause: error
        })
      ),
      Effect.timeoutFail({
        duration: timeout,
        onTimeout: () =>
          new ConnectionFailed({ message: `plugins.builtin.set got no answer within ${Duration.format(timeout)}` })
      })
    )
