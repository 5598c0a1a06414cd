/**
 * The declarations of the public `RuntimeConnection` module (how the client
 * reaches the runtime), as internal code imports them; the public module
 * re-exports them with their docs.
 *
 * @internal
 */
import { Data, Either } from "effect"
import type { Redacted } from "effect"

/**
 * Options of a spawned runtime spoken to over stdio.
 */
export interface StdioOptions {
  /** The runtime executable; defaults to the bundled one (or COPILOT_CLI_PATH through `layerConfig`). */
  readonly path?: string | undefined
  /** Extra arguments, placed before the SDK's own. */
  readonly args?: ReadonlyArray<string> | undefined
}

/**
 * Options of a spawned runtime reached by TCP socket.
 */
export interface TcpOptions extends StdioOptions {
  /** The port to listen on; the runtime picks a free one when absent. */
  readonly port?: number | undefined
  /** The token a client must present; a random one is made when absent. */
  readonly connectionToken?: Redacted.Redacted<string> | undefined
}

/**
 * Options of a connection to a runtime someone else started.
 */
export interface UriOptions {
  /** `"host:port"`, `"[ipv6]:port"`, `"http://host:port"` or just `"port"`. */
  readonly url: string
  /** The token the runtime was started with (COPILOT_CONNECTION_TOKEN), if any. */
  readonly connectionToken?: Redacted.Redacted<string> | undefined
}

/**
 * How to reach the runtime: `Stdio`, `Tcp` or `Uri`.
 */
export type RuntimeConnection = Data.TaggedEnum<{
  Stdio: { readonly options: StdioOptions }
  Tcp: { readonly options: TcpOptions }
  Uri: { readonly options: UriOptions }
}>

const tags = Data.taggedEnum<RuntimeConnection>()

/**
 * Spawns the runtime and speaks over its stdio (the default).
 */
export const Stdio = (options: StdioOptions = {}): RuntimeConnection => tags.Stdio({ options })

/**
 * Spawns the runtime listening on a TCP port and connects by socket.
 */
export const Tcp = (options: TcpOptions = {}): RuntimeConnection => tags.Tcp({ options })

/**
 * Connects to a runtime started by someone else.
 */
export const Uri = (options: UriOptions): RuntimeConnection => tags.Uri({ options })

/**
 * Matches on the kind of connection.
 */
export const match = tags.$match

/**
 * A host and port to connect to.
 */
export interface Address {
  readonly host: string
  readonly port: number
}

/**
 * Parses a runtime address: `"host:port"`, `"[ipv6]:port"`,
 * `"http://host:port"`, `"https://host:port"` or a bare port.
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
