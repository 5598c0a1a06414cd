/**
 * The declarations of the public `ModelTransport` module (the runtime's model
 * traffic through the user's `HttpClient`), as internal code imports them; the
 * public module re-exports them with their docs. Serving the runtime's model
 * requests is `modelTransport.ts`.
 *
 * @internal
 */
import type { HttpClient, HttpClientRequest, HttpClientResponse } from "@effect/platform"
import type * as Socket from "@effect/platform/Socket"
import { Context } from "effect"
import type { Effect, Scope } from "effect"

/**
 * One model request of the runtime, as the runtime describes it: the
 * service every request's `HttpClient` call (and WebSocket) runs with.
 */
export interface ModelRequestInfo {
  /** The runtime's id of this request, unique while it runs. */
  readonly requestId: string
  /** The session that caused it; absent for requests outside any session (the model catalog at start-up). */
  readonly sessionId?: string | undefined
  /** The agent trajectory that issued it, stable across its turns and retries. */
  readonly agentId?: string | undefined
  /** The parent trajectory, for sub-agents and sampling requests. */
  readonly parentAgentId?: string | undefined
  /** The agent invocation (one agentic loop) that issued it. */
  readonly agentInvocationId?: string | undefined
  /**
   * What kind of interaction it serves: `conversation-agent`,
   * `conversation-subagent`, `conversation-background`, ... (open).
   */
  readonly interactionType?: string | undefined
  /** `http` (plain and streamed answers) or `websocket`. */
  readonly transport: "http" | "websocket"
  /** The request's method, e.g. `POST`. */
  readonly method: string
  /** The absolute URL the runtime would have requested. */
  readonly url: string
  /** The runtime's headers, lowercased names, every value kept. */
  readonly headers: Readonly<Record<string, ReadonlyArray<string>>>
}

/**
 * The tag of the {@link ModelRequestInfo} service.
 */
export class ModelRequest extends Context.Tag("effect-copilot/ModelTransport/ModelRequest")<
  ModelRequest,
  ModelRequestInfo
>() {}

/**
 * Opens the WebSocket of a model request (`transport: "websocket"`): the
 * URL and headers are the runtime's (`request.url`, `request.headers`). The
 * socket lives as long as the scope; each message the runtime sends is
 * written to it, each message it receives goes back to the runtime, and the
 * exchange ends when either side closes.
 */
export type WebSocketOpener = (
  request: ModelRequestInfo
) => Effect.Effect<Socket.Socket, Socket.SocketError, Scope.Scope | ModelRequest>

/**
 * How the runtime's model requests are sent; build one with {@link make}.
 */
export interface ModelTransport {
  /** Sends one HTTP request, with the {@link ModelRequest} of it provided. */
  readonly execute: (
    request: HttpClientRequest.HttpClientRequest
  ) => Effect.Effect<HttpClientResponse.HttpClientResponse, unknown, ModelRequest>
  /** Opens a WebSocket request's socket; when absent, WebSocket requests fail with a message saying so. */
  readonly webSocket?: WebSocketOpener | undefined
}

/**
 * A model transport over an `HttpClient` (any middleware on it may read the
 * {@link ModelRequest}), and optionally a WebSocket opener for the runtime's
 * WebSocket requests (which it makes for models that offer `ws:/responses`).
 *
 * Request bodies are collected whole before the request is sent, so a retry
 * middleware can send one again; answers stream back as they come.
 */
export const make = <E, R extends ModelRequest = never>(options: {
  readonly http: HttpClient.HttpClient.With<E, R>
  readonly webSocket?: WebSocketOpener | undefined
}): ModelTransport => ({
  execute: (request) => options.http.execute(request),
  webSocket: options.webSocket
})
