/**
 * Slash commands: this client registers `/deploy`, and runs it when anyone
 * in the session invokes it. The handler asks the user to confirm through
 * the session's UI dialogs; here the same program plays the user (its
 * elicitation handler answers the dialog), so it runs on its own.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Schedule } from "effect"
import { type Commands, CopilotSession } from "effect-copilot"
import { exampleCopilot } from "./runtime.js"

const deploy: Commands.Command<never> = {
  name: "deploy",
  description: "Deploy the app",
  inputHint: "<environment>",
  handler: ({ args, command, session }) =>
    Effect.gen(function*() {
      const target = args.trim() === "" ? "staging" : args.trim()
      yield* Console.log(`command: ${command}`)
      const sure = yield* session.ui.confirm(`Deploy to ${target}?`)
      if (!sure) return yield* Effect.fail(new Error(`the deploy to ${target} was not confirmed`))
      yield* session.log(`deployed to ${target}`)
      yield* Console.log(`command: deployed to ${target}`)
    })
}

const program = CopilotSession.withSession(
  {
    commands: [deploy, { name: "status", description: "Show the status", handler: () => Console.log("command: all green") }],
    // The user, answering dialogs: yes to staging, no to anything else.
    onElicitationRequest: (request) =>
      Effect.as(Console.log(`user was asked: ${request.message}`), {
        action: "accept" as const,
        content: { confirmed: request.message.includes("staging") }
      })
  },
  (session) =>
    Effect.gen(function*() {
      // The runtime registers a session's commands just after it answers the create: wait for them.
      const mine = yield* session.commands.list({ includeBuiltins: false, includeSkills: false, includeClientCommands: true }).pipe(
        Effect.filterOrFail((list) => list.commands.length === 2, () => new Error("the commands are not registered yet")),
        Effect.retry({ schedule: Schedule.spaced("100 millis"), times: 50 })
      )
      yield* Console.log(`registered: ${mine.commands.map((c) => `/${c.name}`).join(", ")}`)
      const staging = yield* session.commands.execute("deploy", "staging")
      yield* Console.log(`/deploy staging: ${staging.error ?? "done"}`)
      const production = yield* session.commands.execute("deploy", "production")
      yield* Console.log(`/deploy production: ${production.error ?? "done"}`)
    })
)

// The commands run without the model; offline, it has nothing to say.
const Copilot = exampleCopilot(() => Effect.void)

NodeRuntime.runMain(program.pipe(Effect.provide(Copilot)))
