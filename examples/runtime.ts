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
 * `sessionFs` registers the client as the session file system.
 */
export const exampleCopilot = (
  script: (model: ScriptedModel.ScriptedModel) => Effect.Effect<void>,
  sessionFs?: CopilotClient.SessionFsOptions
): Layer.Layer<CopilotClient.CopilotClient, unknown> =>
  Layer.unwrapEffect(
    Effect.map(token, (t): Layer.Layer<CopilotClient.CopilotClient, unknown> =>
      Option.isSome(t)
        ? CopilotClient.layerConfig(Config.map(CopilotClient.optionsFromEnv, (options) => ({ ...options, sessionFs })))
        : Layer.effectDiscard(Effect.flatMap(ScriptedModel.ScriptedModel, script)).pipe(
          Layer.provideMerge(TestRuntime.layer({ client: { sessionFs } }))
        ))
  )
