/**
 * The GitHub token providers of a client's sessions, by the registration id
 * the runtime knows them under (`gitHubTokenProviderRegistrationId` on
 * `session.create` / `session.resume`), and the answer to the runtime's
 * client-global `gitHubToken.getToken` request, which names only that id.
 *
 * A registration lasts as long as the scope that made it (the session's),
 * so a closed session's provider is never asked again.
 *
 * @internal
 */
import { Duration, Effect, Redacted, Ref } from "effect"
import type { Scope } from "effect"
import type * as Auth from "./auth.js"
import { RpcError } from "./errors.js"
import type { Api } from "../generated/Api.js"
import { Methods } from "../generated/Methods.js"
import { describeCause } from "./credentials.js"
import { ErrorCode } from "./jsonrpc/Message.js"
import * as Protocol from "./jsonrpc/Protocol.js"
import type * as Secrets from "./secrets.js"

/** A provider with its context already provided. */
export type Provider = Auth.GitHubTokenProvider<never>

export interface GitHubTokens {
  /** Registers a provider until the current scope closes; returns its registration id. */
  readonly register: (provider: Provider) => Effect.Effect<string, never, Scope.Scope>
  /** The provider sessions use when their config brings no identity of its own. */
  readonly fallback: Provider | undefined
  /** The handler of `gitHubToken.getToken`. */
  readonly handler: Protocol.RawRequestHandler
}

const method = Methods.GitHubTokenGetToken.name

/** The answer for a token (the protocol's `GitHubTokenAcquireResult`): revealed here, `expiresIn` in whole seconds. */
const answer = (token: Auth.GitHubToken): Api.GitHubTokenAcquireResult => ({
  kind: "token",
  accessToken: Redacted.value(token.token),
  expiresIn: Math.floor(Duration.toSeconds(Duration.decode(token.expiresIn))),
  ...(token.tokenType === undefined ? {} : { tokenType: token.tokenType })
})

export const make = (
  secrets: Secrets.Secrets,
  fallback: Provider | undefined
): Effect.Effect<GitHubTokens> =>
  Effect.map(Ref.make(new Map<string, Provider>()), (registry): GitHubTokens => ({
    fallback,
    register: (provider) =>
      Effect.acquireRelease(
        Effect.flatMap(Effect.sync(() => globalThis.crypto.randomUUID()), (id) =>
          Ref.update(registry, (m) => new Map([...m, [id, provider]])).pipe(Effect.as(id))),
        (id) =>
          Ref.update(registry, (m) => {
            const next = new Map(m)
            next.delete(id)
            return next
          })
      ),
    handler: Protocol.handler(Methods.GitHubTokenGetToken, (params) =>
      Effect.gen(function*() {
        const provider = (yield* Ref.get(registry)).get(params.registrationId)
        if (provider === undefined) {
          return yield* new RpcError({
            method,
            code: ErrorCode.InvalidParams,
            message: `no GitHub token provider is registered as ${params.registrationId} (its session has closed)`
          })
        }
        const request: Auth.GitHubTokenRequest = {
          host: params.host,
          reason: params.reason,
          ...(params.sessionId === undefined ? {} : { sessionId: params.sessionId })
        }
        const token = yield* Effect.suspend(() => provider(request)).pipe(
          Effect.catchAllCause((cause) =>
            Effect.fail(
              new RpcError({
                method,
                code: ErrorCode.InternalError,
                message: `the GitHub token provider${
                  params.sessionId === undefined ? "" : ` of session ${params.sessionId}`
                } ${describeCause(cause)}`
              })
            )
          )
        )
        yield* secrets.add(token.token)
        return answer(token)
      }))
  }))
