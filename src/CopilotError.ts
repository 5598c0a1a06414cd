/**
 * The tagged errors of effect-copilot. Every public Effect names the subset it
 * can fail with; match them with `Effect.catchTag`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient } from "effect-copilot"
 *
 * const status = CopilotClient.getStatus.pipe(
 *   Effect.catchTag("RpcError", (e) => Effect.succeed({ failed: e.code }))
 * )
 * ```
 *
 * @since 0.1.0
 */
import * as internal from "./internal/errors.js"

export {
  /**
   * The runtime answered a call with a JSON-RPC error.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotClient } from "effect-copilot"
   *
   * const status = CopilotClient.getStatus.pipe(
   *   Effect.catchTag("RpcError", (error) => Effect.logError(`${error.method} failed (${error.code}): ${error.message}`))
   * )
   * ```
   *
   * @since 0.1.0
   */
  RpcError
} from "./internal/errors.js"

export {
  /**
   * The connection to the runtime ended (or could not be used) while a call was
   * waiting. Carries the runtime's exit code and the tail of its stderr when the
   * SDK spawned it.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotSession } from "effect-copilot"
   *
   * declare const session: CopilotSession.CopilotSessionService
   *
   * const sent = session.send("Hi").pipe(
   *   Effect.catchTag("ConnectionClosed", (error) => Effect.logError(error.stderrTail ?? error.reason))
   * )
   * ```
   *
   * @since 0.1.0
   */
  ConnectionClosed
} from "./internal/errors.js"

export {
  /**
   * The runtime could not be started or reached.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotClient } from "effect-copilot"
   *
   * const program = CopilotClient.getStatus.pipe(
   *   Effect.provide(CopilotClient.layer()),
   *   Effect.catchTag("ConnectionFailed", (error) => Effect.logError(error.message))
   * )
   * ```
   *
   * @since 0.1.0
   */
  ConnectionFailed
} from "./internal/errors.js"

export {
  /**
   * The runtime speaks another protocol version than this SDK.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotClient } from "effect-copilot"
   *
   * const program = CopilotClient.getStatus.pipe(
   *   Effect.provide(CopilotClient.layer()),
   *   Effect.catchTag("ProtocolVersionMismatch", (error) => Effect.logError(`runtime speaks ${error.actual}`))
   * )
   * ```
   *
   * @since 0.1.0
   */
  ProtocolVersionMismatch
} from "./internal/errors.js"

export {
  /**
   * An answer from the runtime did not match its Schema. `message` is the
   * Schema's account of what did not match; `raw` is the answer exactly as the
   * runtime sent it, so nothing it said is lost and it can still be read.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotClient } from "effect-copilot"
   *
   * declare const client: CopilotClient.CopilotClientService
   *
   * const models = client.listModels.pipe(
   *   Effect.catchTag("ResponseDecodeError", (error) =>
   *     Effect.as(Effect.logWarning(`${error.method}: ${error.message}`, error.raw), []))
   * )
   * ```
   *
   * @since 0.1.0
   */
  ResponseDecodeError
} from "./internal/errors.js"

/**
 * One place where a call's params do not match the protocol.
 *
 * @example
 * ```ts
 * import { CopilotError } from "effect-copilot"
 *
 * const issue: CopilotError.ParamsIssue = { path: "attachments[0].path", problem: "is missing", change: "add attachments[0].path" }
 * ```
 *
 * @since 0.2.0
 */
export type ParamsIssue = internal.ParamsIssue

export {
  /**
   * The params of a call do not match the protocol, so nothing was sent. The
   * message names the method, each field that is wrong and what to change;
   * `issues` holds the same, one entry per field.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotSession } from "effect-copilot"
   *
   * declare const session: CopilotSession.CopilotSessionService
   *
   * // An attachment without its path: refused before anything is sent.
   * const attachments = JSON.parse(`[{ "type": "file" }]`)
   * const sent = session.send({ prompt: "Hi", attachments }).pipe(
   *   Effect.catchTag("InvalidParams", (error) => Effect.logError(error.message))
   * )
   * ```
   *
   * @since 0.2.0
   */
  InvalidParams
} from "./internal/errors.js"

export {
  /**
   * The configuration cannot be used; the message says what to change.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotSession } from "effect-copilot"
   *
   * const program = CopilotSession.withSession({ sessionId: "" }, (session) => session.send("Hi")).pipe(
   *   Effect.catchTag("InvalidConfig", (error) => Effect.logError(error.message))
   * )
   * ```
   *
   * @since 0.1.0
   */
  InvalidConfig
} from "./internal/errors.js"

export {
  /**
   * The session was closed (or is closing) and takes no more calls.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotSession } from "effect-copilot"
   *
   * declare const session: CopilotSession.CopilotSessionService
   *
   * const sent = session.send("Hi").pipe(
   *   Effect.catchTag("SessionClosed", (error) => Effect.logWarning(error.message))
   * )
   * ```
   *
   * @since 0.1.0
   */
  SessionClosed
} from "./internal/errors.js"

export {
  /**
   * The runtime reported a `session.error` event for the turn.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotSession } from "effect-copilot"
   *
   * declare const session: CopilotSession.CopilotSessionService
   *
   * const answer = session.sendAndWait("Hi").pipe(
   *   Effect.catchTag("SessionError", (error) => Effect.logError(`${error.errorType}: ${error.message}`))
   * )
   * ```
   *
   * @since 0.1.0
   */
  SessionError
} from "./internal/errors.js"

export {
  /**
   * A wait bounded by a timeout ran out.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotSession } from "effect-copilot"
   *
   * declare const session: CopilotSession.CopilotSessionService
   *
   * const answer = session.sendAndWait("Hi", { timeout: "2 minutes" }).pipe(
   *   Effect.catchTag("TimeoutError", () => session.abort)
   * )
   * ```
   *
   * @since 0.1.0
   */
  TimeoutError
} from "./internal/errors.js"

/**
 * Any failure of a call to the runtime.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CopilotClient, CopilotError } from "effect-copilot"
 *
 * declare const client: CopilotClient.CopilotClientService
 *
 * const report = (error: CopilotError.CallError) => Effect.logError(`${error._tag}: ${error.message}`)
 * const models = client.listModels.pipe(Effect.tapError(report))
 * ```
 *
 * @since 0.1.0
 */
export type CallError = internal.CallError

export {
  /**
   * The runtime carried out a call but reported that the operation failed.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotClient } from "effect-copilot"
   *
   * declare const client: CopilotClient.CopilotClientService
   * declare const sessionId: string
   *
   * const deleted = client.deleteSession(sessionId).pipe(
   *   Effect.catchTag("OperationFailed", (error) => Effect.logWarning(`${error.method}: ${error.message}`))
   * )
   * ```
   *
   * @since 0.1.0
   */
  OperationFailed
} from "./internal/errors.js"

export {
  /**
   * The runtime does not serve a method the protocol's schemas declare: it
   * answered JSON-RPC -32601 ("Unhandled method ...", or "... is not enabled on
   * this server"). The runtime version is older or newer than the schemas this
   * SDK was generated from, or the method is served only by other hosts.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotClient } from "effect-copilot"
   *
   * declare const client: CopilotClient.CopilotClientService
   *
   * const reloaded = client.user.settings.reload.pipe(
   *   Effect.catchTag("MethodNotServed", (error) => Effect.logWarning(error.message))
   * )
   * ```
   *
   * @since 0.2.0
   */
  MethodNotServed
} from "./internal/errors.js"

export {
  /**
   * A UI dialog (`session.ui.confirm`, `select`, `input`, `elicitation`) was
   * asked of a session whose host cannot show one: no client of the session
   * reported the elicitation capability (a headless runtime with no UI client,
   * and no client that set `onElicitationRequest`). It fails at once rather
   * than waiting for an answer that would never come. Its message begins as
   * the official SDK's does ("Elicitation is not supported by the host. ..."),
   * followed by the session, the dialog and what to do.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { CopilotSession } from "effect-copilot"
   *
   * declare const session: CopilotSession.CopilotSessionService
   *
   * const ok = session.ui.confirm("Deploy to production?").pipe(
   *   Effect.catchTag("ElicitationUnavailable", () => Effect.succeed(false))
   * )
   * ```
   *
   * @since 0.2.0
   */
  ElicitationUnavailable
} from "./internal/errors.js"
