/**
 * Hooks: steer the agent from your program. A fail-closed policy decides
 * which tools may run (and denies when it cannot decide), the submitted
 * prompt gets a house rule, a failed tool gets advice for the model, and the
 * agent may not stop before it has summarized its work.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Option, Schema } from "effect"
import { CopilotSession, Handlers, Hooks, Tool } from "effect-copilot"
import { exampleCopilot } from "./runtime.js"

const deleteBranch = Tool.make("delete_branch", {
  description: "Deletes a git branch",
  parameters: Schema.Struct({ branch: Schema.String }),
  handler: ({ branch }) => Effect.succeed(`deleted ${branch}`)
})

const listBranches = Tool.make("list_branches", {
  description: "Lists the git branches",
  parameters: Schema.Struct({}),
  handler: () => Effect.fail(new Error("not a git repository"))
})

/** The policy: no deletes of protected branches. A failure here denies the call. */
const policy: Hooks.Hook<Hooks.PreToolUseHookInput, Hooks.PreToolUseHookOutput, never> = (input) =>
  Effect.gen(function*() {
    const args = yield* Schema.decodeUnknown(Schema.Struct({ branch: Schema.optional(Schema.String) }))(input.toolArgs)
    if (input.toolName === "delete_branch" && (args.branch === "main" || args.branch === "release")) {
      yield* Console.log(`hook: denied ${input.toolName}(${args.branch})`)
      return { permissionDecision: "deny" as const, permissionDecisionReason: `${args.branch} is a protected branch` }
    }
    yield* Console.log(`hook: allowed ${input.toolName}`)
    return { permissionDecision: "allow" as const }
  })

const hooks: Hooks.SessionHooks<never> = {
  onPreToolUse: Hooks.failClosed(policy),
  onUserPromptTransformed: (input) =>
    Effect.as(Console.log("hook: added the house rule to the prompt"), {
      modifiedTransformedPrompt: `${input.transformedPrompt}\n\nHouse rule: never touch protected branches.`
    }),
  onPostToolUseFailure: (input) =>
    Effect.as(Console.log(`hook: ${input.toolName} failed (${input.error})`), {
      additionalContext: "The workspace may not be a git repository: say so instead of retrying."
    }),
  onAgentStop: (input) =>
    input.stopHookActive === true
      ? Effect.as(Console.log("hook: the agent may stop now"), {})
      : Effect.as(Console.log("hook: blocked the stop"), { decision: "block" as const, reason: "Summarize what you did first." })
}

const program = CopilotSession.withSession(
  { tools: [deleteBranch, listBranches], hooks, onPermissionRequest: Handlers.approveAll },
  (session) =>
    Effect.gen(function*() {
      const answer = yield* session.sendAndWait("Clean up the branches: delete main, then list what is left.", {
        timeout: "2 minutes"
      })
      yield* Console.log(`agent: ${Option.match(answer, { onNone: () => "(no answer)", onSome: (m) => m.data.content })}`)
    })
)

const Copilot = exampleCopilot((model) =>
  Effect.gen(function*() {
    yield* model.toolCall("delete_branch", { branch: "main" })
    yield* model.toolCall("list_branches", {})
    yield* model.reply("I could not delete main (it is protected), and the workspace is not a git repository.")
    yield* model.reply("Summary: nothing was deleted; main is protected and there is no repository to list.")
  })
)

NodeRuntime.runMain(program.pipe(Effect.provide(Copilot)))
