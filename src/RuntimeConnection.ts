/**
 * How the client reaches the Copilot runtime.
 *
 * - `Stdio` (the default): spawn the runtime and speak over its stdin/stdout.
 * - `Tcp`: spawn the runtime listening on a port and connect to it by socket.
 * - `Uri`: connect to a runtime that someone else started.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { RuntimeConnection } from "effect-copilot"
 *
 * RuntimeConnection.Stdio()                              // bundled runtime over stdio
 * RuntimeConnection.Tcp({ port: 9001 })                  // bundled runtime on a port
 * RuntimeConnection.Uri({ url: "localhost:9001", connectionToken: Redacted.make("t") })
 * ```
 *
 * @since 0.1.0
 */
import * as internal from "./internal/runtimeConnection.js"

/**
 * Options of a spawned runtime spoken to over stdio.
 *
 * @example
 * ```ts
 * import { RuntimeConnection } from "effect-copilot"
 *
 * const connection = RuntimeConnection.Stdio({ path: "/opt/copilot/bin/copilot" })
 * ```
 *
 * @since 0.1.0
 */
export type StdioOptions = internal.StdioOptions

/**
 * Options of a spawned runtime reached by TCP socket.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { RuntimeConnection } from "effect-copilot"
 *
 * const connection = RuntimeConnection.Tcp({ port: 9001, connectionToken: Redacted.make("secret") })
 * ```
 *
 * @since 0.1.0
 */
export type TcpOptions = internal.TcpOptions

/**
 * Options of a connection to a runtime someone else started.
 *
 * @example
 * ```ts
 * import { RuntimeConnection } from "effect-copilot"
 *
 * const connection = RuntimeConnection.Uri({ url: "http://127.0.0.1:9001" })
 * ```
 *
 * @since 0.1.0
 */
export type UriOptions = internal.UriOptions

/**
 * How to reach the runtime: `Stdio`, `Tcp` or `Uri`.
 *
 * @example
 * ```ts
 * import { RuntimeConnection } from "effect-copilot"
 *
 * const connection: RuntimeConnection.RuntimeConnection = process.env.COPILOT_URL
 *   ? RuntimeConnection.Uri({ url: process.env.COPILOT_URL })
 *   : RuntimeConnection.Stdio()
 * ```
 *
 * @since 0.1.0
 */
export type RuntimeConnection = internal.RuntimeConnection

/**
 * Spawns the runtime and speaks over its stdio (the default).
 *
 * @example
 * ```ts
 * import { CopilotClient, RuntimeConnection } from "effect-copilot"
 *
 * const ClientLive = CopilotClient.layer({ connection: RuntimeConnection.Stdio() })
 * ```
 *
 * @since 0.1.0
 */
export const Stdio = internal.Stdio

/**
 * Spawns the runtime listening on a TCP port and connects by socket.
 *
 * @example
 * ```ts
 * import { CopilotClient, RuntimeConnection } from "effect-copilot"
 *
 * const ClientLive = CopilotClient.layer({ connection: RuntimeConnection.Tcp() }) // a free port
 * ```
 *
 * @since 0.1.0
 */
export const Tcp = internal.Tcp

/**
 * Connects to a runtime started by someone else.
 *
 * @example
 * ```ts
 * import { CopilotClient, RuntimeConnection } from "effect-copilot"
 *
 * const ClientLive = CopilotClient.layer({ connection: RuntimeConnection.Uri({ url: "localhost:9001" }) })
 * ```
 *
 * @since 0.1.0
 */
export const Uri = internal.Uri

/**
 * Matches on the kind of connection.
 *
 * @example
 * ```ts
 * import { RuntimeConnection } from "effect-copilot"
 *
 * const describe = RuntimeConnection.match({
 *   Stdio: () => "stdio",
 *   Tcp: ({ options }) => `tcp port ${options.port ?? "(any)"}`,
 *   Uri: ({ options }) => options.url
 * })
 * ```
 *
 * @since 0.1.0
 */
export const match = internal.match

/**
 * A host and port to connect to.
 *
 * @example
 * ```ts
 * import { RuntimeConnection } from "effect-copilot"
 *
 * const address: RuntimeConnection.Address = { host: "localhost", port: 9001 }
 * ```
 *
 * @since 0.1.0
 */
export type Address = internal.Address

/**
 * Parses a runtime address: `"host:port"`, `"[ipv6]:port"`,
 * `"http://host:port"`, `"https://host:port"` or a bare port.
 *
 * @example
 * ```ts
 * import { RuntimeConnection } from "effect-copilot"
 *
 * RuntimeConnection.parseAddress("9001")       // Either.right({ host: "localhost", port: 9001 })
 * RuntimeConnection.parseAddress("[::1]:9001") // Either.right({ host: "::1", port: 9001 })
 * RuntimeConnection.parseAddress("localhost")  // Either.left("invalid runtime address ...")
 * ```
 *
 * @since 0.1.0
 */
export const parseAddress = internal.parseAddress
