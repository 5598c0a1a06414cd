/**
 * The owner entities of the example, as every runner registers them: each
 * owner's runtime under a home of its own; with GH_TOKEN (or GITHUB_TOKEN)
 * set against the real Copilot service, else offline against a scripted
 * model served by this process. The sessions' state lives in the session
 * file system every runner shares (here a directory; on many machines a
 * shared one, or a SessionFs on the cluster's database).
 */
import { FileSystem } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { Config, Effect, Layer, Option } from "effect"
import { CopilotClient, Handlers, SessionFs } from "effect-copilot"
import { CopilotOwner } from "effect-copilot/cluster"
import { IsolatedRuntime, ScriptedModel } from "effect-copilot/testing"

const token = Config.option(Config.nonEmptyString("GH_TOKEN").pipe(Config.orElse(() => Config.nonEmptyString("GITHUB_TOKEN"))))

/** The owner entity layer, with its session store under `dataDir`; `script` plays the offline model. */
export const ownersLayer = (dataDir: string, script: (model: ScriptedModel.ScriptedModel) => Effect.Effect<void>) =>
  Layer.unwrapEffect(Effect.gen(function*() {
    const online = yield* token
    const sessions = SessionFs.layer(`${dataDir}/sessions`)
    if (Option.isSome(online)) {
      const fromEnv = yield* CopilotClient.optionsFromEnv
      return CopilotOwner.layer({
        client: (owner) =>
          Effect.gen(function*() {
            const fs = yield* FileSystem.FileSystem
            const home = `${dataDir}/homes/${owner}`
            yield* fs.makeDirectory(home, { recursive: true })
            return { ...fromEnv, baseDirectory: home }
          }),
        handlers: () => ({ onPermissionRequest: Handlers.approveAll })
      }).pipe(Layer.provide(sessions))
    }
    return CopilotOwner.layer({
      client: () => Effect.map(IsolatedRuntime.make, (isolated) => IsolatedRuntime.clientOptions(isolated)),
      handlers: () => ({ onPermissionRequest: Handlers.approveAll })
    }).pipe(
      Layer.provide(sessions),
      Layer.provide(Layer.effectDiscard(Effect.flatMap(ScriptedModel.ScriptedModel, script)).pipe(
        Layer.provideMerge(ScriptedModel.layer())
      ))
    )
  })).pipe(Layer.provide(NodeContext.layer))
