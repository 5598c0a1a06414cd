/**
 * The runtime's model traffic through your own `HttpClient`: with the client
 * option `modelTransport`, the runtime hands every request it would send to
 * its model API (the catalog, chat completions, responses, over HTTP or
 * WebSocket) to this SDK, which sends it with the `HttpClient` you give and
 * streams the answer back. Retries, auth, logging or a proxy are ordinary
 * `HttpClient` middleware; each request's context (which session, which
 * agent, what kind of interaction) is the {@link ModelRequest} service, there
 * for the middleware to read.
 *
 * An abort by the runtime (`session.abort`, a cancelled turn) interrupts the
 * fiber serving the request; a transport that fails answers the runtime with
 * a transport error, which fails that turn with a `session.error` (and
 * `sendAndWait` with a `SessionError`) naming the failure.
 *
 * @example
 * ```ts
 * import { HttpClient } from "@effect/platform"
 * import { NodeHttpClient } from "@effect/platform-node"
 * import { Effect, Layer } from "effect"
 * import { CopilotClient, ModelTransport } from "effect-copilot"
 *
 * const ClientLive = Layer.unwrapEffect(
 *   Effect.gen(function*() {
 *     const http = (yield* HttpClient.HttpClient).pipe(
 *       HttpClient.tapRequest((request) =>
 *         Effect.flatMap(ModelTransport.ModelRequest, (model) =>
 *           Effect.log(`${request.method} ${request.url} for ${model.interactionType ?? "the runtime"}`)
 *         )
 *       ),
 *       HttpClient.retryTransient({ times: 3 })
 *     )
 *     return CopilotClient.layer({ modelTransport: ModelTransport.make({ http }) })
 *   })
 * ).pipe(Layer.provide(NodeHttpClient.layerUndici))
 * ```
 *
 * @since 0.2.0
 */
import * as internal from "./internal/modelTransportTypes.js"

/**
 * One model request of the runtime, as the runtime describes it: the
 * service every request's `HttpClient` call (and WebSocket) runs with.
 *
 * @example
 * ```ts
 * import { HttpClient, HttpClientRequest } from "@effect/platform"
 * import { Effect } from "effect"
 * import { ModelTransport } from "effect-copilot"
 *
 * declare const http: HttpClient.HttpClient
 *
 * const tagged = HttpClient.mapRequestEffect(http, (request) =>
 *   Effect.map(ModelTransport.ModelRequest, (model) =>
 *     HttpClientRequest.setHeader(request, "x-session", model.sessionId ?? "none")
 *   )
 * )
 * ```
 *
 * @since 0.2.0
 */
export type ModelRequestInfo = internal.ModelRequestInfo

export {
  /**
   * The tag of the {@link ModelRequestInfo} service.
   *
   * @example
   * ```ts
   * import { HttpClient } from "@effect/platform"
   * import { Effect } from "effect"
   * import { ModelTransport } from "effect-copilot"
   *
   * declare const http: HttpClient.HttpClient
   *
   * const logged = HttpClient.tapRequest(http, () =>
   *   Effect.flatMap(ModelTransport.ModelRequest, (model) => Effect.log(`model request ${model.requestId}`))
   * )
   * ```
   *
   * @since 0.2.0
   */
  ModelRequest
} from "./internal/modelTransportTypes.js"

/**
 * Opens the WebSocket of a model request (`transport: "websocket"`): the
 * URL and headers are the runtime's (`request.url`, `request.headers`). The
 * socket lives as long as the scope; each message the runtime sends is
 * written to it, each message it receives goes back to the runtime, and the
 * exchange ends when either side closes.
 *
 * @example
 * ```ts
 * import * as NodeSocket from "@effect/platform-node/NodeSocket"
 * import * as Socket from "@effect/platform/Socket"
 * import { Effect } from "effect"
 * import { ModelTransport } from "effect-copilot"
 *
 * const webSocket: ModelTransport.WebSocketOpener = (request) =>
 *   Socket.makeWebSocket(request.url).pipe(Effect.provide(NodeSocket.layerWebSocketConstructor))
 * ```
 *
 * @since 0.2.0
 */
export type WebSocketOpener = internal.WebSocketOpener

/**
 * How the runtime's model requests are sent; build one with {@link make}.
 *
 * @example
 * ```ts
 * import { HttpClient } from "@effect/platform"
 * import { CopilotClient, ModelTransport } from "effect-copilot"
 *
 * declare const http: HttpClient.HttpClient
 *
 * const transport: ModelTransport.ModelTransport = ModelTransport.make({ http })
 * const ClientLive = CopilotClient.layer({ modelTransport: transport })
 * ```
 *
 * @since 0.2.0
 */
export type ModelTransport = internal.ModelTransport

/**
 * A model transport over an `HttpClient` (any middleware on it may read the
 * {@link ModelRequest}), and optionally a WebSocket opener for the runtime's
 * WebSocket requests (which it makes for models that offer `ws:/responses`).
 *
 * Request bodies are collected whole before the request is sent, so a retry
 * middleware can send one again; answers stream back as they come.
 *
 * @example
 * ```ts
 * import { HttpClient, Socket } from "@effect/platform"
 * import { NodeSocket } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { ModelTransport } from "effect-copilot"
 *
 * declare const http: HttpClient.HttpClient
 *
 * const transport = ModelTransport.make({
 *   http: http.pipe(HttpClient.retryTransient({ times: 3 })),
 *   webSocket: (request) => Socket.makeWebSocket(request.url).pipe(Effect.provide(NodeSocket.layerWebSocketConstructor))
 * })
 * ```
 *
 * @since 0.2.0
 */
export const make = internal.make
