/**
 * Where the examples run: the real Copilot service when GH_TOKEN (or
 * GITHUB_TOKEN) is set, else the bundled runtime offline against a scripted
 * model that plays the given script.
 */
import { Config, Effect, Layer, Option } from "effect"
import { CopilotClient } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"

const token = Config.option(Config.nonEmptyString("GH_TOKEN").pipe(Config.orElse(() => Config.nonEmptyString("GITHUB_TOKEN"))))

/**
 * A CopilotClient layer for an example; `script` scripts the offline model,
 * `options` adds client options on either path.
 */
export const exampleCopilot = (
  script: (model: ScriptedModel.ScriptedModel) => Effect.Effect<void>,
  options: Effect.Effect<CopilotClient.ClientOptions> = Effect.succeed({})
): Layer.Layer<CopilotClient.CopilotClient, unknown> =>
  Layer.unwrapEffect(
    Effect.map(Effect.zip(token, options), ([t, extra]): Layer.Layer<CopilotClient.CopilotClient, unknown> =>
      Option.isSome(t)
        ? CopilotClient.layerConfig(Config.map(CopilotClient.optionsFromEnv, (fromEnv) => ({ ...fromEnv, ...extra })))
        : Layer.effectDiscard(Effect.flatMap(ScriptedModel.ScriptedModel, script)).pipe(
          Layer.provideMerge(TestRuntime.layer({ client: extra }))
        ))
  )
