/**
 * Client slash commands: commands this client registers with a session
 * (`/deploy production`), offered by every client of the session and run
 * here when someone invokes one. The runtime sends the invocation as a
 * `command.execute` event; the handler's outcome goes back with
 * `session.commands.handlePendingCommand`: done, or the handler's error
 * (a handler that fails or dies never leaves the command hanging).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Commands } from "effect-copilot"
 *
 * const deploy: Commands.Command<never> = {
 *   name: "deploy",
 *   description: "Deploy the app",
 *   inputHint: "<environment>",
 *   handler: ({ args, session }) => Effect.asVoid(session.log(`deploying to ${args || "staging"}`))
 * }
 * ```
 *
 * @since 0.2.0
 */
import * as internal from "./internal/commands.js"

/**
 * What a command handler can do with the session it runs in: a subset of the
 * session service, so a handler can answer in the timeline, prompt the agent
 * or ask the user.
 *
 * @example
 * ```ts
 * import { Commands } from "effect-copilot"
 *
 * const greet = (session: Commands.CommandSession) => session.send("Say hello")
 * ```
 *
 * @since 0.2.0
 */
export type CommandSession = internal.CommandSession

/**
 * What a command handler gets: the session, the raw input and its parts.
 *
 * @example
 * ```ts
 * import { Commands } from "effect-copilot"
 *
 * // for "/deploy production --fast"
 * const ctx: Partial<Commands.CommandContext> = { command: "/deploy production --fast", commandName: "deploy", args: "production --fast" }
 * ```
 *
 * @since 0.2.0
 */
export type CommandContext = internal.CommandContext

/**
 * A slash command this client serves. `R` is what its handler needs from
 * the context (the session's handlers share it).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Commands } from "effect-copilot"
 *
 * const rollback: Commands.Command<never> = { name: "rollback", handler: () => Effect.log("rolling back") }
 * ```
 *
 * @since 0.2.0
 */
export type Command<R> = internal.Command<R>

/**
 * A command as `session.create` / `session.resume` declare it.
 *
 * @example
 * ```ts
 * import { Commands } from "effect-copilot"
 *
 * const wire: Commands.CommandDefinition = { name: "deploy", description: "Deploy the app", input: { hint: "<env>" } }
 * ```
 *
 * @since 0.2.0
 */
export const CommandDefinition = internal.CommandDefinition

/**
 * @see {@link CommandDefinition}
 *
 * @since 0.2.0
 */
export type CommandDefinition = internal.CommandDefinition

/**
 * The declaration of a command, as sent to the runtime.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Commands } from "effect-copilot"
 *
 * Commands.toDefinition({ name: "deploy", handler: () => Effect.void }) // { name: "deploy", description: "" }
 * ```
 *
 * @since 0.2.0
 */
export const toDefinition = internal.toDefinition

/**
 * Whether a command name is one users can type after the slash.
 *
 * @example
 * ```ts
 * import { Commands } from "effect-copilot"
 *
 * Commands.isValidName("deploy") // true
 * Commands.isValidName("/deploy") // false
 * ```
 *
 * @since 0.2.0
 */
export const isValidName = internal.isValidName

/**
 * The data of the `command.execute` event: which command to run, with what.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Commands } from "effect-copilot"
 *
 * Schema.decodeUnknownSync(Commands.CommandExecuteData)({ requestId: "r1", command: "/deploy x", commandName: "deploy", args: "x" })
 * ```
 *
 * @since 0.2.0
 */
export const CommandExecuteData = internal.CommandExecuteData

/**
 * @see {@link CommandExecuteData}
 *
 * @since 0.2.0
 */
export type CommandExecuteData = internal.CommandExecuteData

/**
 * Options of `session.commands.list`: which sources to list (the runtime's
 * defaults for those left out).
 *
 * @example
 * ```ts
 * import { Commands } from "effect-copilot"
 *
 * const onlyClients: Commands.ListFilter = { includeBuiltins: false, includeSkills: false, includeClientCommands: true }
 * ```
 *
 * @since 0.2.0
 */
export type ListFilter = internal.ListFilter
