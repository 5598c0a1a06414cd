/**
 * The HTTP API in front of the cluster (`@effect/platform`'s `HttpApi`):
 * an owner's sessions, and a message whose answer streams back as
 * server-sent events. The handlers call the owners through the cluster's
 * typed client, so the API runs in any process of the cluster (a runner, or
 * a front process that hosts no entities).
 */
import {
  HttpApi,
  HttpApiBuilder,
  HttpApiEndpoint,
  HttpApiError,
  HttpApiGroup,
  HttpApiSchema,
  HttpServerRequest,
  HttpServerResponse
} from "@effect/platform"
import { Effect, Layer, Option, Schema, Stream } from "effect"
import { CopilotOwner } from "effect-copilot/cluster"

const owner = HttpApiSchema.param("owner", Schema.String)
const sessionId = HttpApiSchema.param("sessionId", Schema.String)
const AskPayload = Schema.Struct({ prompt: Schema.String })

/** Server-sent events: `event: delta` with a piece of the answer, `event: answer` with all of it, `event: error`. */
const EventStream = HttpApiSchema.withEncoding(Schema.String, { kind: "Text", contentType: "text/event-stream" })

class Sessions extends HttpApiGroup.make("sessions")
  .add(
    HttpApiEndpoint.post("create")`/owners/${owner}/sessions`
      .setPayload(Schema.Struct({ model: Schema.optional(Schema.String) }))
      .addSuccess(CopilotOwner.SessionSummary, { status: 201 })
  )
  .add(HttpApiEndpoint.get("list")`/owners/${owner}/sessions`.addSuccess(Schema.Array(CopilotOwner.SessionSummary)))
  .add(
    HttpApiEndpoint.get("history")`/owners/${owner}/sessions/${sessionId}/messages`
      .addSuccess(Schema.Array(CopilotOwner.HistoryMessage))
  )
  .add(
    HttpApiEndpoint.post("ask")`/owners/${owner}/sessions/${sessionId}/messages`
      .setPayload(AskPayload)
      .addSuccess(EventStream)
  )
  .addError(CopilotOwner.SessionNotFound, { status: 404 })
  .addError(CopilotOwner.TurnInterrupted, { status: 409 })
  .addError(CopilotOwner.TurnFailed, { status: 502 })
  .addError(CopilotOwner.RuntimeFailed, { status: 503 })
  .addError(CopilotOwner.StoreUnavailable, { status: 503 })
{}

/** The API. */
export class CopilotApi extends HttpApi.make("copilot").add(Sessions) {}

const sse = (event: string, data: unknown) => new TextEncoder().encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)

/** Delivery errors (the cluster's storage) are the server's problem: they end as a 500. */
const orDieDelivery = <A, R>(effect: Effect.Effect<A, CopilotOwner.ClientError, R>) =>
  effect.pipe(
    Effect.catchTags({
      MailboxFull: Effect.die,
      AlreadyProcessingMessage: Effect.die,
      PersistenceError: Effect.die
    })
  )

/** The handlers, on the cluster's typed client. */
export const CopilotApiLive = HttpApiBuilder.group(CopilotApi, "sessions", (handlers) =>
  Effect.gen(function*() {
    const owners = yield* CopilotOwner.client
    return handlers
      .handle("create", ({ path, payload }) => orDieDelivery(owners(path.owner).createSession({ model: payload.model })))
      .handle("list", ({ path }) => orDieDelivery(owners(path.owner).listSessions))
      .handle("history", ({ path }) => orDieDelivery(owners(path.owner).history(path.sessionId)))
      .handleRaw("ask", ({ path }) =>
        Effect.gen(function*() {
          const payload = yield* HttpServerRequest.schemaBodyJson(AskPayload).pipe(
            Effect.mapError((error) => new HttpApiError.HttpApiDecodeError({ issues: [], message: error.message }))
          )
          const client = owners(path.owner)
          // Checked before the stream starts, so that an unknown session is a 404, not a stream with an error.
          yield* orDieDelivery(client.resumeSession(path.sessionId))
          const body = client.sendAndStream(path.sessionId, payload.prompt).pipe(
            Stream.filterMap((event) =>
              event.type === "assistant.message_delta"
                ? Option.some(sse("delta", { text: event.data.deltaContent }))
                : event.type === "assistant.message" && event.data.content !== ""
                ? Option.some(sse("answer", { text: event.data.content }))
                : Option.none()
            ),
            Stream.catchAll((error) => Stream.make(sse("error", { tag: error._tag, message: error.message })))
          )
          return HttpServerResponse.stream(body, { contentType: "text/event-stream" })
        }))
  }))

/** The API's layer: the handlers over the cluster client (needs `Sharding`). */
export const ApiLive = HttpApiBuilder.api(CopilotApi).pipe(Layer.provide(CopilotApiLive))
