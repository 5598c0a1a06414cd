/**
 * Client options that act on the connection once it is up: the caller's
 * identity in the `connect` handshake (`clientInfo`) and the trusted
 * built-in plugin directories (`plugins.builtin.set`).
 *
 * @internal
 */
import { Duration, Effect, Schema } from "effect"
import * as Path from "node:path"
import { ConnectionFailed, InvalidConfig } from "../CopilotError.js"
import type * as Api from "../generated/Api.js"
import * as Methods from "../generated/Methods.js"
import { call } from "./serverApi.js"
import type * as Protocol from "./jsonrpc/Protocol.js"

/**
 * The application using the SDK, named in the `connect` handshake so the
 * runtime attributes this connection's telemetry to it. The protocol calls
 * the application an editor and the integration an extension.
 */
export const ClientInfo = Schema.Struct({
  /** The application's name, e.g. `"acme-portal"`. */
  applicationName: Schema.optional(Schema.String).pipe(Schema.fromKey("editorName")),
  /** The application's version, e.g. `"2.4.0"`; the runtime ignores one that does not look like a version. */
  applicationVersion: Schema.optional(Schema.String).pipe(Schema.fromKey("editorVersion")),
  /** A part of the application that integrates Copilot, e.g. a plugin's name. */
  integrationName: Schema.optional(Schema.String).pipe(Schema.fromKey("extensionName")),
  /** That part's version. */
  integrationVersion: Schema.optional(Schema.String).pipe(Schema.fromKey("extensionVersion"))
})
export type ClientInfo = typeof ClientInfo.Type

/** `clientInfo` as the handshake sends it; `undefined` when it names nothing. */
export const clientInfoToWire = (
  info: ClientInfo | undefined
): Effect.Effect<Api.ConnectClientInfo | undefined, InvalidConfig> =>
  info === undefined
    ? Effect.succeed(undefined)
    : Schema.encode(ClientInfo)(info).pipe(
      Effect.map((wire) => (Object.values(wire).some((value) => value !== undefined && value !== "") ? wire : undefined)),
      Effect.mapError((error) => new InvalidConfig({ message: `clientInfo cannot be sent: ${error.message}` }))
    )

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
    : call(protocol, Methods.PluginsBuiltinSet, { paths: directories }).pipe(
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
