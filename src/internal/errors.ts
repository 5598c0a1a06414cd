/**
 * The tagged errors of effect-copilot, as internal code imports them: the public
 * `CopilotError` module re-exports these classes (the same class objects), with their docs.
 *
 * @internal
 */
import { Data } from "effect"

/**
 * The runtime answered a call with a JSON-RPC error.
 */
export class RpcError extends Data.TaggedError("RpcError")<{
  readonly method: string
  readonly code: number
  readonly message: string
  readonly data?: unknown
}> {
}

/**
 * The connection to the runtime ended (or could not be used) while a call was
 * waiting. Carries the runtime's exit code and the tail of its stderr when the
 * SDK spawned it.
 */
export class ConnectionClosed extends Data.TaggedError("ConnectionClosed")<{
  readonly reason: string
  readonly exitCode?: number | undefined
  readonly stderrTail?: string | undefined
}> {
  override get message(): string {
    const code = this.exitCode === undefined ? "" : ` (runtime exit code ${this.exitCode})`
    const tail = this.stderrTail ? `\nruntime stderr (tail):\n${this.stderrTail}` : ""
    return `connection to the Copilot runtime closed: ${this.reason}${code}${tail}`
  }
}

/**
 * The runtime could not be started or reached.
 */
export class ConnectionFailed extends Data.TaggedError("ConnectionFailed")<{
  readonly message: string
  readonly cause?: unknown
}> {}

/**
 * The runtime speaks another protocol version than this SDK.
 */
export class ProtocolVersionMismatch extends Data.TaggedError("ProtocolVersionMismatch")<{
  readonly expected: number
  readonly actual: number | undefined
}> {
  override get message(): string {
    return this.actual === undefined
      ? `the Copilot runtime reported no protocol version; this SDK speaks version ${this.expected}. Use a runtime that matches the SDK.`
      : `the Copilot runtime speaks protocol version ${this.actual}, this SDK speaks version ${this.expected}. Use a runtime that matches the SDK.`
  }
}

/**
 * An answer from the runtime did not match its Schema. `message` is the
 * Schema's account of what did not match; `raw` is the answer exactly as the
 * runtime sent it, so nothing it said is lost and it can still be read.
 */
export class ResponseDecodeError extends Data.TaggedError("ResponseDecodeError")<{
  readonly method: string
  readonly message: string
  /** The answer as received, undecoded. */
  readonly raw: unknown
}> {}

/**
 * One place where a call's params do not match the protocol.
 */
export interface ParamsIssue {
  /** Where, as a property path into the params (`attachments[0].path`); `""` for the params themselves. */
  readonly path: string
  /** What is wrong there, in the Schema's words. */
  readonly problem: string
  /** What to change. */
  readonly change: string
}

/**
 * The params of a call do not match the protocol, so nothing was sent. The
 * message names the method, each field that is wrong and what to change;
 * `issues` holds the same, one entry per field.
 */
export class InvalidParams extends Data.TaggedError("InvalidParams")<{
  readonly method: string
  readonly issues: ReadonlyArray<ParamsIssue>
}> {
  override get message(): string {
    const issues = this.issues.map(({ change, path, problem }) => `${path === "" ? "the params" : path} ${problem}: ${change}`)
    return `params for ${this.method} do not match the protocol, nothing was sent; ${issues.join("; ")}`
  }
}

/**
 * The configuration cannot be used; the message says what to change.
 */
export class InvalidConfig extends Data.TaggedError("InvalidConfig")<{
  readonly message: string
}> {}

/**
 * The session was closed (or is closing) and takes no more calls.
 */
export class SessionClosed extends Data.TaggedError("SessionClosed")<{
  readonly sessionId: string
}> {
  override get message(): string {
    return `session ${this.sessionId} is closed`
  }
}

/**
 * The runtime reported a `session.error` event for the turn.
 */
export class SessionError extends Data.TaggedError("SessionError")<{
  readonly sessionId: string
  readonly errorType: string
  readonly message: string
}> {}

/**
 * A wait bounded by a timeout ran out.
 */
export class TimeoutError extends Data.TaggedError("TimeoutError")<{
  readonly operation: string
  readonly timeoutMillis: number
}> {
  override get message(): string {
    return `${this.operation} timed out after ${this.timeoutMillis} ms`
  }
}

/**
 * Any failure of a call to the runtime.
 */
export type CallError = RpcError | ConnectionClosed | ResponseDecodeError | InvalidParams | MethodNotServed

/**
 * The runtime carried out a call but reported that the operation failed.
 */
export class OperationFailed extends Data.TaggedError("OperationFailed")<{
  readonly method: string
  readonly message: string
}> {}

/**
 * The runtime does not serve a method the protocol's schemas declare: it
 * answered JSON-RPC -32601 ("Unhandled method ...", or "... is not enabled on
 * this server"). The runtime version is older or newer than the schemas this
 * SDK was generated from, or the method is served only by other hosts.
 */
export class MethodNotServed extends Data.TaggedError("MethodNotServed")<{
  readonly method: string
  /** What the runtime answered, e.g. "Unhandled method user.settings.reload". */
  readonly reason: string
}> {
  override get message(): string {
    return `the Copilot runtime does not serve ${this.method} (it answered "${this.reason}"): ` +
      "the method is in the protocol's schemas, but this runtime (its version, or how it was started) does not offer it; " +
      "use a runtime that serves it, or do without"
  }
}

/**
 * A UI dialog (`session.ui.confirm`, `select`, `input`, `elicitation`) was
 * asked of a session whose host cannot show one: no client of the session
 * reported the elicitation capability (a headless runtime with no UI client,
 * and no client that set `onElicitationRequest`). It fails at once rather
 * than waiting for an answer that would never come. Its message begins as
 * the official SDK's does ("Elicitation is not supported by the host. ..."),
 * followed by the session, the dialog and what to do.
 */
export class ElicitationUnavailable extends Data.TaggedError("ElicitationUnavailable")<{
  readonly sessionId: string
  /** The dialog that was asked for: "confirm", "select", "input" or "elicitation". */
  readonly dialog: string
}> {
  override get message(): string {
    return "Elicitation is not supported by the host. Check session.capabilities.ui?.elicitation before calling UI methods. " +
      `Session ${this.sessionId} cannot show dialogs (${this.dialog} was asked for): no client of the session has the elicitation capability ` +
      "(capabilities.ui.elicitation is not true). Set onElicitationRequest on a client of the session to answer dialogs"
  }
}
