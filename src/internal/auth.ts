/**
 * The declarations of the public `Auth` module (GitHub tokens and MCP OAuth
 * tokens a host hands the runtime), as internal code imports them; the public
 * module re-exports them with their docs.
 *
 * @internal
 */
import { Duration, Effect, Redacted, Schema } from "effect"
import type { Api } from "../generated/Api.js"
import { Methods } from "../generated/Methods.js"
import { SessionEvents } from "../generated/SessionEvents.js"
import type * as Handlers from "./handlers.js"

// ---------------------------------------------------------------------------
// GitHub tokens (`gitHubToken.getToken`)
// ---------------------------------------------------------------------------
/**
 * What the runtime asks a GitHub token provider: the GitHub host the token
 * is for, the session (absent only before a cloud session has its id) and
 * why (`"initial"` when the session starts, `"refresh"` when the token it
 * holds has an hour or less left).
 */
export interface GitHubTokenRequest {
  readonly host: string
  readonly sessionId?: string | undefined
  readonly reason: Api.GitHubTokenAcquireReason
}

/**
 * A GitHub token and how long it stays valid from now. The runtime refreshes
 * it when an hour or less is left, so `expiresIn` must be more than an hour.
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
 */
export type GitHubTokenProvider<R = never> = (request: GitHubTokenRequest) => Effect.Effect<GitHubToken, unknown, R>

// ---------------------------------------------------------------------------
// MCP sign-in (`mcp.oauth_required` → `session.mcp.oauth.handlePendingRequest`)
// ---------------------------------------------------------------------------
/**
 * An MCP server asks for OAuth (the data of the `mcp.oauth_required`
 * event): which server, why (`initial`, `refresh`, `reauth`, `upscope`),
 * and what its challenge said.
 */
export const McpAuthRequest: Schema.Schema<SessionEvents.McpOauthRequiredData> = SessionEvents.McpOauthRequiredData

export type McpAuthRequest = SessionEvents.McpOauthRequiredData

/**
 * The host's answer to an MCP OAuth request: a token it acquired, a
 * refusal (the runtime cancels the pending request and the server stays
 * unauthenticated), or `Pending`: nothing now, the host resolves the request
 * later with {@link resolveMcpAuth}.
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
 */
export type McpAuthAnswer = Exclude<McpAuthResult, { readonly kind: "pending" }>

/**
 * A token for the MCP server.
 */
export const mcpToken = (
  accessToken: Redacted.Redacted<string>,
  options: { readonly tokenType?: string | undefined; readonly expiresIn?: Duration.DurationInput | undefined } = {}
): McpAuthAnswer & { readonly kind: "token" } => ({ kind: "token", accessToken, ...options })

/**
 * Declines the request: the runtime cancels it. @example `Auth.mcpCancelled`
 */
export const mcpCancelled: McpAuthAnswer & { readonly kind: "cancelled" } = { kind: "cancelled" }

/**
 * Leaves the request pending, to be resolved with {@link resolveMcpAuth}. @example `Auth.mcpPending`
 */
export const mcpPending: McpAuthResult = { kind: "pending" }

/**
 * Answers the runtime's MCP OAuth requests (`onMcpAuthRequest` of a
 * session config). A handler that fails, dies or is interrupted declines
 * the request (the runtime cancels it), so no request is left waiting unless
 * the handler answers {@link mcpPending}.
 */
export type McpAuthHandler<R = never> = Handlers.Handler<McpAuthRequest, McpAuthResult, R>

/**
 * The protocol's form of an answer (`McpOauthPendingRequestResponse`, what
 * `session.mcp.oauth.handlePendingRequest` carries), the token revealed and
 * `expiresIn` in whole seconds; for code that calls the method itself.
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
