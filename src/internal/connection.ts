/**
 * What the session modules need of a client: its JSON-RPC peer, its
 * session router, the secrets scrubbed from what the runtime prints
 * (sessions add their provider keys) and the registry of the sessions'
 * GitHub token providers. `CopilotClient` attaches them to the service it builds and
 * the session modules look them up; they never appear on the public
 * `CopilotClientService`.
 *
 * This module sits below both: it imports neither the client nor the
 * sessions, so sessions are built on the client and the client knows nothing
 * of sessions.
 *
 * @internal
 */
import { Effect, Option, Scope } from "effect"
import type { ConnectionClosed } from "./errors.js"
import type * as GitHubTokens from "./gitHubTokens.js"
import type * as Protocol from "./jsonrpc/Protocol.js"
import type * as Router from "./router.js"
import type * as Secrets from "./secrets.js"

/** A client's connection, as the session modules see it. */
export interface Connection {
  readonly protocol: Protocol.Protocol
  readonly router: Router.Router
  readonly secrets: Secrets.Secrets
  /** Whether sessions opt into GitHub telemetry forwarding (the client option `gitHubTelemetry`). */
  readonly gitHubTelemetry: boolean
  /** The client's mode (`CopilotClient.Mode`): its defaults for the sessions built on it. */
  readonly mode: "copilot-cli" | "empty"
  /** The sessions' GitHub token providers, asked by `gitHubToken.getToken`. */
  readonly gitHubTokens: GitHubTokens.GitHubTokens
}

// Keyed by the service object itself: a service is attached once, when it is
// built, and the entry goes with it.
const connections = new WeakMap<object, Connection>()

/** Attaches a connection to the client service built on it, and returns the service. */
export const attach = <S extends object>(service: S, connection: Connection): S => {
  connections.set(service, connection)
  return service
}

/**
 * The connection of a client service. A service this SDK did not build (a
 * hand-written stand-in, or a copy made by spreading one) has none: using it
 * for a session is a bug in the calling code, reported as a defect.
 */
export const of = (client: object): Effect.Effect<Connection> =>
  Effect.suspend(() => {
    const connection = connections.get(client)
    return connection === undefined
      ? Effect.dieMessage(
        "this CopilotClientService was not built by CopilotClient.make or CopilotClient.layer " +
          "(or is a copy of one): sessions need the client service itself"
      )
      : Effect.succeed(connection)
  })

/** What one session does when its connection ends. */
type OnLost = (closed: ConnectionClosed) => Effect.Effect<void>

// The sessions waiting for the end of each connection, keyed by its protocol.
const lossWatchers = new WeakMap<Protocol.Protocol, Set<OnLost>>()

/**
 * Runs `onLost` when the connection ends (at once if it has ended), for as
 * long as the current scope is open. One daemon fiber per connection waits
 * for the end on behalf of all its sessions, so an open session keeps no
 * fiber of its own for it; that fiber ends with the connection. `onLost` may
 * run twice when the end comes while it is being registered, so it must be
 * idempotent.
 */
export const whenLost = (protocol: Protocol.Protocol, scope: Scope.Scope, onLost: OnLost): Effect.Effect<void> =>
  Effect.gen(function*() {
    let waiting = lossWatchers.get(protocol)
    if (waiting === undefined) {
      const sessions = new Set<OnLost>()
      waiting = sessions
      lossWatchers.set(protocol, sessions)
      yield* Effect.forkDaemon(
        Effect.flatMap(protocol.closed, (closed) =>
          Effect.forEach([...sessions], (f) => f(closed), { concurrency: "unbounded", discard: true }))
      )
    }
    const sessions = waiting
    sessions.add(onLost)
    yield* Scope.addFinalizer(scope, Effect.sync(() => sessions.delete(onLost)))
    // Ended before the entry was in place: the watcher may have run without it.
    const ended = yield* protocol.isClosed
    if (Option.isSome(ended)) yield* onLost(ended.value)
  })
