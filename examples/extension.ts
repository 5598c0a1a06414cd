/**
 * A Copilot CLI extension written as an Effect program: it joins the
 * session of the CLI that starts it and adds a tool the model can call. The
 * tool reads its salutation from `GREETER_SALUTATION`, which the extension
 * asks the CLI for; the join fails with `EnvironmentNotGranted` if it is not
 * granted.
 *
 * To use it, build it to `.github/extensions/greeter/extension.mjs` in your
 * repository (with `effect`, `@effect/platform-node` and `effect-copilot`
 * resolvable from there), and create sessions with `requestExtensions: true`
 * on a runtime started with `COPILOT_CLI_ENABLED_FEATURE_FLAGS=EXTENSIONS`.
 * The CLI starts it; run by hand it stops with `NotAnExtension`.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Config, Effect, Schema } from "effect"
import { Tool } from "effect-copilot"
import { Extension } from "effect-copilot/extension"

const greet = Tool.make("greet_from_extension", {
  description: "Greets someone by name. Always call this tool when asked to greet someone.",
  parameters: Schema.Struct({ name: Schema.String.annotations({ description: "Who to greet" }) }),
  handler: ({ name }) =>
    Effect.map(Config.string("GREETER_SALUTATION"), (salutation) => `${salutation}, ${name}! (from an Effect extension)`)
})

const extension = Extension.joinSession({
  tools: [greet],
  requestedEnvironmentVariables: ["GREETER_SALUTATION"]
}).pipe(
  // Serve the session until the CLI ends this process.
  Effect.zipRight(Effect.never),
  Effect.scoped
)

NodeRuntime.runMain(extension)
