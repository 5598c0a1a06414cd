/**
 * The scripted model's stand-in for the Copilot API's GitHub MCP endpoint.
 *
 * The runtime's built-in GitHub MCP server (`github-mcp-server`) talks MCP
 * over Streamable HTTP to the Copilot API: `POST /mcp` when all its tools are
 * enabled, `POST /mcp/readonly` by default. Runtime 1.0.102 first sends the
 * newer `server/discover`, then `initialize`, `notifications/initialized` and
 * `tools/list`. This answers all of it hermetically, so the server reaches
 * `connected` offline with no tools:
 * - `initialize`: the client's `protocolVersion` echoed, `capabilities: { tools: {} }`, a `serverInfo`;
 * - `tools/list`: no tools;
 * - any other request: an empty result;
 * - a notification or a response (a message without `id`): 202 with no body;
 * - a GET (the server-to-client stream): 200 with no body;
 * - a body that is not JSON-RPC: 400 with a JSON-RPC parse error.
 * A batch (an array of messages) gets an array of the answers to its requests.
 */
import { HttpServerResponse } from "@effect/platform"
import { Option, Schema } from "effect"

/** Whether `path` is the GitHub MCP endpoint or below it (`/mcp`, `/mcp/readonly`, ...). */
export const isPath = (path: string): boolean => path === "/mcp" || path.startsWith("/mcp/")

/** What the stand-in reports itself as in `initialize`. */
export const serverInfo = { name: "scripted-github-mcp-server", version: "1.0.0" } as const

/** The protocol version answered when `initialize` names none. */
const fallbackProtocolVersion = "2025-06-18"

const Id = Schema.Union(Schema.String, Schema.Number)

/** One JSON-RPC message as a client sends it; what this does not read is ignored. */
const Message = Schema.Struct({
  id: Schema.optional(Schema.NullOr(Id)),
  method: Schema.optional(Schema.String),
  params: Schema.optional(Schema.Unknown)
})
type Message = typeof Message.Type

const InitializeParams = Schema.Struct({ protocolVersion: Schema.optional(Schema.String) })

const decodeBatch = Schema.decodeUnknownOption(Schema.Array(Message))
const decodeMessage = Schema.decodeUnknownOption(Message)
const decodeInitialize = Schema.decodeUnknownOption(InitializeParams)

/** The result of one request. */
const resultOf = (message: Message): unknown => {
  switch (message.method) {
    case "initialize":
      return {
        protocolVersion: Option.match(decodeInitialize(message.params), {
          onNone: () => fallbackProtocolVersion,
          onSome: (params) => params.protocolVersion ?? fallbackProtocolVersion
        }),
        capabilities: { tools: {} },
        serverInfo
      }
    case "tools/list":
      return { tools: [] }
    default:
      return {}
  }
}

/** The JSON-RPC answer to one message, if it is a request (it has an `id` and a `method`). */
const answerOf = (message: Message): Option.Option<unknown> =>
  message.id === undefined || message.id === null || message.method === undefined
    ? Option.none()
    : Option.some({ jsonrpc: "2.0", id: message.id, result: resultOf(message) })

/**
 * The answer to one HTTP request to the endpoint, from its method and its
 * parsed JSON body (none when the body was empty or not JSON).
 */
export const respond = (method: string, body: Option.Option<unknown>): HttpServerResponse.HttpServerResponse => {
  if (method === "GET") return HttpServerResponse.empty({ status: 200 })
  if (method !== "POST") return HttpServerResponse.empty({ status: 405, headers: { allow: "GET, POST" } })
  const parseError = HttpServerResponse.unsafeJson(
    { jsonrpc: "2.0", id: null, error: { code: -32700, message: "the body is not a JSON-RPC message" } },
    { status: 400 }
  )
  const answered = (answers: ReadonlyArray<unknown>, batch: boolean) =>
    answers.length === 0
      ? HttpServerResponse.empty({ status: 202 })
      : HttpServerResponse.unsafeJson(batch ? answers : answers[0])
  return Option.match(Option.flatMap(body, decodeBatch), {
    onSome: (batch) => answered(batch.flatMap((message) => Option.toArray(answerOf(message))), true),
    onNone: () =>
      Option.match(Option.flatMap(body, decodeMessage), {
        onNone: () => parseError,
        onSome: (message) => answered(Option.toArray(answerOf(message)), false)
      })
  })
}
