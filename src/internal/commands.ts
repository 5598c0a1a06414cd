/**
 * The declarations of the public `Commands` module (client slash commands), as
 * internal code imports them; the public module re-exports them with their docs.
 *
 * @internal
 */
import { Schema } from "effect"
import type { Effect } from "effect"
import type { CallError, SessionClosed } from "./errors.js"
import type * as SessionUi from "./sessionUi.js"

/**
 * What a command handler can do with the session it runs in: a subset of the
 * session service, so a handler can answer in the timeline, prompt the agent
 * or ask the user.
 */
export interface CommandSession {
  readonly sessionId: string
  /** Sends a prompt to the session's agent; its message id once the runtime took it. */
  readonly send: (prompt: string) => Effect.Effect<string, CallError | SessionClosed>
  /** Writes a message into the session's timeline. */
  readonly log: (message: string) => Effect.Effect<unknown, CallError | SessionClosed>
  /** The session's dialogs. */
  readonly ui: SessionUi.SessionUi
}

/**
 * What a command handler gets: the session, the raw input and its parts.
 */
export interface CommandContext {
  /** The session the command was invoked in. */
  readonly session: CommandSession
  /** The whole command as typed, e.g. `/deploy production`. */
  readonly command: string
  /** The command's name, without the slash. */
  readonly commandName: string
  /** What follows the name, as typed (empty when nothing does). */
  readonly args: string
}

/**
 * A slash command this client serves. `R` is what its handler needs from
 * the context (the session's handlers share it).
 */
export interface Command<R> {
  /** The name users type after the slash: letters, digits, `-`, `_`, `.` and `:`. */
  readonly name: string
  /** Shown in command completion. */
  readonly description?: string | undefined
  /**
   * Shown where the command's input goes, before the user types it, e.g.
   * `<environment>` (sent as the protocol's `input: { hint }`; runtime
   * 1.0.102 does not list it back for client commands).
   */
  readonly inputHint?: string | undefined
  /** Runs the command; a failure is the command's error, reported to whoever invoked it. */
  readonly handler: (context: CommandContext) => Effect.Effect<void, unknown, R>
}

/**
 * A command as `session.create` / `session.resume` declare it.
 */
export const CommandDefinition = Schema.Struct({
  name: Schema.String,
  description: Schema.String,
  input: Schema.optional(Schema.Struct({ hint: Schema.String }))
})

export type CommandDefinition = typeof CommandDefinition.Type

/**
 * The declaration of a command, as sent to the runtime.
 */
export const toDefinition = <R>(command: Command<R>): CommandDefinition => ({
  name: command.name,
  description: command.description ?? "",
  ...(command.inputHint === undefined ? {} : { input: { hint: command.inputHint } })
})

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/

/**
 * Whether a command name is one users can type after the slash.
 */
export const isValidName = (name: string): boolean => NAME.test(name)

/**
 * The data of the `command.execute` event: which command to run, with what.
 */
export const CommandExecuteData = Schema.Struct({
  requestId: Schema.String,
  command: Schema.String,
  commandName: Schema.String,
  args: Schema.String
})

export type CommandExecuteData = typeof CommandExecuteData.Type

/**
 * Options of `session.commands.list`: which sources to list (the runtime's
 * defaults for those left out).
 */
export interface ListFilter {
  /** The runtime's built-in commands (`/help`, `/model`, ...). */
  readonly includeBuiltins?: boolean | undefined
  /** Commands backed by skills. */
  readonly includeSkills?: boolean | undefined
  /** Commands registered by clients of the session (this SDK's included). */
  readonly includeClientCommands?: boolean | undefined
}
