/**
 * Credentials a host hands the runtime on demand: GitHub tokens for a
 * session's identity (acquired when the session starts, refreshed when the
 * runtime asks) and OAuth tokens for MCP servers that demand sign-in.
 * Bearer tokens of your own model providers are `SessionConfig.TokenProvider`s.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { Auth, CopilotSession } from "effect-copilot"
 *
 * declare const mintFor: (host: string) => string
 * declare const docsToken: string
 *
 * const program = CopilotSession.withSession({
 *   gitHubTokenProvider: (request) =>
 *     Effect.succeed({ token: Redacted.make(mintFor(request.host)), expiresIn: "8 hours" }),
 *   onMcpAuthRequest: (request) =>
 *     request.serverName === "docs"
 *       ? Effect.succeed(Auth.mcpToken(Redacted.make(docsToken)))
 *       : Effect.succeed(Auth.mcpCancelled)
 * }, (session) => session.sendAndWait("Search the docs"))
 * ```
 *
 * @since 0.2.0
 */
import { Duration, Effect, Redacted, Schema } from "effect"
import type { Api } from "./generated/Api.js"
import { Methods } from "./generated/Methods.js"
import { SessionEvents } from "./generated/SessionEvents.js"
import type * as Handlers from "./Handlers.js"

// ---------------------------------------------------------------------------
// GitHub tokens (`gitHubToken.getToken`)
// ---------------------------------------------------------------------------

/**
 * What the runtime asks a GitHub token provider: the GitHub host the token
 * is for, the session (absent only before a cloud session has its id) and
 * why (`"initial"` when the session starts, `"refresh"` when the token it
 * holds has an hour or less left).
 *
 * @example
 * ```ts
 * import { Auth } from "effect-copilot"
 *
 * const request: Auth.GitHubTokenRequest = { host: "https://github.com", sessionId: "s1", reason: "initial" }
 * ```
 *
 * @since 0.2.0
 */
export interface GitHubTokenRequest {
  readonly host: string
  readonly sessionId?: string | undefined
  readonly reason: Api.GitHubTokenAcquireReason
}

/**
 * A GitHub token and how long it stays valid from now. The runtime refreshes
 * it when an hour or less is left, so `expiresIn` must be more than an hour.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { Auth } from "effect-copilot"
 *
 * const token: Auth.GitHubToken = { token: Redacted.make("gho_..."), expiresIn: "8 hours" }
 * ```
 *
 * @since 0.2.0
 */
export interface GitHubToken {
  readonly token: Redacted.Redacted<string>
  readonly expiresIn: Duration.DurationInput
  /** Default `bearer`. */
  readonly tokenType?: string | undefined
}

/**
 * Acquires GitHub tokens for a session's identity, in place of a fixed
 * `gitHubToken`: the runtime asks when the session starts and again before
 * the token it holds expires. A failure makes the runtime refuse the
 * session (at start) or keep its old token; it never falls back to another
 * sign-in.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { Auth } from "effect-copilot"
 *
 * declare const mintInstallationToken: (host: string) => Effect.Effect<Redacted.Redacted<string>>
 *
 * const provider: Auth.GitHubTokenProvider = (request) =>
 *   Effect.map(mintInstallationToken(request.host), (token) => ({ token, expiresIn: "8 hours" }))
 * ```
 *
 * @since 0.2.0
 */
export type GitHubTokenProvider<R = never> = (request: GitHubTokenRequest) => Effect.Effect<GitHubToken, unknown, R>

// ---------------------------------------------------------------------------
// MCP sign-in (`mcp.oauth_required` → `session.mcp.oauth.handlePendingRequest`)
// ---------------------------------------------------------------------------

/**
 * An MCP server asks for OAuth (the data of the `mcp.oauth_required`
 * event): which server, why (`initial`, `refresh`, `reauth`, `upscope`),
 * and what its challenge said.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Auth } from "effect-copilot"
 *
 * const handle = (request: Auth.McpAuthRequest) => Effect.log(`${request.serverName} wants ${request.wwwAuthenticateParams?.scope ?? "a token"}`)
 * ```
 *
 * @since 0.2.0
 */
export const McpAuthRequest: Schema.Schema<SessionEvents.McpOauthRequiredData> = SessionEvents.McpOauthRequiredData
/**
 * @see {@link McpAuthRequest}
 *
 * @since 0.2.0
 */
export type McpAuthRequest = SessionEvents.McpOauthRequiredData

/**
 * The host's answer to an MCP OAuth request: a token it acquired, a
 * refusal (the runtime cancels the pending request and the server stays
 * unauthenticated), or `Pending`: nothing now, the host resolves the request
 * later with {@link resolveMcpAuth}.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { Auth } from "effect-copilot"
 *
 * const answers: ReadonlyArray<Auth.McpAuthResult> = [Auth.mcpToken(Redacted.make("t")), Auth.mcpCancelled, Auth.mcpPending]
 * ```
 *
 * @since 0.2.0
 */
export type McpAuthResult =
  | {
    readonly kind: "token"
    readonly accessToken: Redacted.Redacted<string>
    /** Default `Bearer`. */
    readonly tokenType?: string | undefined
    readonly expiresIn?: Duration.DurationInput | undefined
  }
  | { readonly kind: "cancelled" }
  | { readonly kind: "pending" }

/**
 * An answer that settles an MCP OAuth request: a token or a refusal.
 *
 * @example
 * ```ts
 * import { Auth } from "effect-copilot"
 *
 * const answer: Auth.McpAuthAnswer = Auth.mcpCancelled
 * ```
 *
 * @since 0.2.0
 */
export type McpAuthAnswer = Exclude<McpAuthResult, { readonly kind: "pending" }>

/**
 * A token for the MCP server.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { Auth } from "effect-copilot"
 *
 * Auth.mcpToken(Redacted.make("t"), { expiresIn: "1 hour" })
 * ```
 *
 * @since 0.2.0
 */
export const mcpToken = (
  accessToken: Redacted.Redacted<string>,
  options: { readonly tokenType?: string | undefined; readonly expiresIn?: Duration.DurationInput | undefined } = {}
): McpAuthAnswer & { readonly kind: "token" } => ({ kind: "token", accessToken, ...options })

/**
 * Declines the request: the runtime cancels it. @example `Auth.mcpCancelled`
 *
 * @since 0.2.0
 */
export const mcpCancelled: McpAuthAnswer & { readonly kind: "cancelled" } = { kind: "cancelled" }

/**
 * Leaves the request pending, to be resolved with {@link resolveMcpAuth}. @example `Auth.mcpPending`
 *
 * @since 0.2.0
 */
export const mcpPending: McpAuthResult = { kind: "pending" }

/**
 * Answers the runtime's MCP OAuth requests (`onMcpAuthRequest` of a
 * session config). A handler that fails, dies or is interrupted declines
 * the request (the runtime cancels it), so no request is left waiting unless
 * the handler answers {@link mcpPending}.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { Auth } from "effect-copilot"
 *
 * declare const vault: { readonly tokenFor: (url: string) => Effect.Effect<Redacted.Redacted<string>> }
 *
 * const onMcpAuthRequest: Auth.McpAuthHandler = (request) =>
 *   Effect.map(vault.tokenFor(request.serverUrl), (token) => Auth.mcpToken(token))
 * ```
 *
 * @since 0.2.0
 */
export type McpAuthHandler<R = never> = Handlers.Handler<McpAuthRequest, McpAuthResult, R>

/**
 * The protocol's form of an answer (`McpOauthPendingRequestResponse`, what
 * `session.mcp.oauth.handlePendingRequest` carries), the token revealed and
 * `expiresIn` in whole seconds; for code that calls the method itself.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { Auth } from "effect-copilot"
 *
 * Auth.mcpAuthAnswer(Auth.mcpToken(Redacted.make("t"), { expiresIn: "1 hour" }))
 * // { kind: "token", accessToken: "t", expiresIn: 3600 }
 * ```
 *
 * @since 0.2.0
 */
export const mcpAuthAnswer = (
  result: McpAuthAnswer
): Api.McpOauthPendingRequestResponse =>
  result.kind === "cancelled"
    ? { kind: "cancelled" }
    : {
      kind: "token",
      accessToken: Redacted.value(result.accessToken),
      ...(result.tokenType === undefined ? {} : { tokenType: result.tokenType }),
      ...(result.expiresIn === undefined
        ? {}
        : { expiresIn: Math.floor(Duration.toSeconds(Duration.decode(result.expiresIn))) })
    }

/**
 * What {@link resolveMcpAuth} needs of a session: its `call` (a
 * `CopilotSessionService` is one).
 *
 * @example
 * ```ts
 * import { Auth, CopilotSession } from "effect-copilot"
 *
 * declare const session: CopilotSession.CopilotSessionService
 *
 * const target: Auth.McpAuthTarget<CopilotSession.SendError> = session
 * ```
 *
 * @since 0.2.0
 */
export interface McpAuthTarget<E> {
  readonly call: (
    method: typeof Methods.SessionMcpOauthHandlePendingRequest,
    params: { readonly requestId: string; readonly result: Api.McpOauthPendingRequestResponse }
  ) => Effect.Effect<Api.McpOauthHandlePendingResult, E>
}

/**
 * Resolves an MCP OAuth request that the handler left pending, with a token
 * or a refusal. Succeeds with whether the runtime took the answer (`false`
 * when the request is unknown, already resolved or timed out).
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { Auth, CopilotSession } from "effect-copilot"
 *
 * declare const session: CopilotSession.CopilotSessionService
 * declare const requestId: string
 * declare const token: string
 *
 * Effect.gen(function*() {
 *   const accepted = yield* Auth.resolveMcpAuth(session, requestId, Auth.mcpToken(Redacted.make(token)))
 * })
 * ```
 *
 * @since 0.2.0
 */
export const resolveMcpAuth = <E>(
  session: McpAuthTarget<E>,
  requestId: string,
  result: McpAuthAnswer
): Effect.Effect<boolean, E> =>
  Effect.map(
    session.call(Methods.SessionMcpOauthHandlePendingRequest, { requestId, result: mcpAuthAnswer(result) }),
    (answer) => answer.success
  )
