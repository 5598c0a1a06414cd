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
import { Data, Either } from "effect"
import type { Redacted } from "effect"

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
export interface StdioOptions {
  /** The runtime executable; defaults to the bundled one (or COPILOT_CLI_PATH through `layerConfig`). */
  readonly path?: string | undefined
  /** Extra arguments, placed before the SDK's own. */
  readonly args?: ReadonlyArray<string> | undefined
}

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
export interface TcpOptions extends StdioOptions {
  /** The port to listen on; the runtime picks a free one when absent. */
  readonly port?: number | undefined
  /** The token a client must present; a random one is made when absent. */
  readonly connectionToken?: Redacted.Redacted<string> | undefined
}

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
export interface UriOptions {
  /** `"host:port"`, `"[ipv6]:port"`, `"http://host:port"` or just `"port"`. */
  readonly url: string
  /** The token the runtime was started with (COPILOT_CONNECTION_TOKEN), if any. */
  readonly connectionToken?: Redacted.Redacted<string> | undefined
}

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
export type RuntimeConnection = Data.TaggedEnum<{
  Stdio: { readonly options: StdioOptions }
  Tcp: { readonly options: TcpOptions }
  Uri: { readonly options: UriOptions }
}>

const tags = Data.taggedEnum<RuntimeConnection>()

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
export const Stdio = (options: StdioOptions = {}): RuntimeConnection => tags.Stdio({ options })

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
export const Tcp = (options: TcpOptions = {}): RuntimeConnection => tags.Tcp({ options })

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
export const Uri = (options: UriOptions): RuntimeConnection => tags.Uri({ options })

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
export const match = tags.$match

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
export interface Address {
  readonly host: string
  readonly port: number
}

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
export const parseAddress = (url: string): Either.Either<Address, string> => {
  const bare = url.trim().replace(/^https?:\/\//, "").replace(/\/$/, "")
  const valid = (host: string, port: string): Either.Either<Address, string> => {
    const n = Number(port)
    return /^\d+$/.test(port) && n > 0 && n < 65536
      ? Either.right({ host, port: n })
      : Either.left(`invalid port in runtime address ${JSON.stringify(url)}`)
  }
  if (/^\d+$/.test(bare)) return valid("localhost", bare)
  const v6 = /^\[([^\]]+)\]:(\d+)$/.exec(bare)
  if (v6) return valid(v6[1]!, v6[2]!)
  const parts = bare.split(":")
  if (parts.length === 2) return valid(parts[0] || "localhost", parts[1]!)
  return Either.left(
    `invalid runtime address ${JSON.stringify(url)}: expected "host:port", "[ipv6]:port", "http://host:port" or a port`
  )
}
