/**
 * The owner entities of the example, as every runner registers them: each
 * owner's runtime under a home of its own; with GH_TOKEN (or GITHUB_TOKEN)
 * set against the real Copilot service, else offline against a scripted
 * model served by this process. The sessions' state lives in the session
 * file system every runner shares: given by the caller (a directory for one
 * process, `SqlSessionFs` on the cluster's database for many machines).
 */
import { FileSystem } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { Config, Effect, Layer, Option } from "effect"
import { CopilotClient, Handlers, SessionFs } from "effect-copilot"
import { CopilotOwner } from "effect-copilot/cluster"
import { IsolatedRuntime, ScriptedModel } from "effect-copilot/testing"

const token = Config.option(Config.nonEmptyString("GH_TOKEN").pipe(Config.orElse(() => Config.nonEmptyString("GITHUB_TOKEN"))))

/** The owner entity layer: homes under `dataDir`, the sessions' state in `sessions`; `script` plays the offline model. */
export const ownersLayer = <E, R>(
  dataDir: string,
  sessions: Layer.Layer<SessionFs.SessionFs, E, R>,
  script: (model: ScriptedModel.ScriptedModel) => Effect.Effect<void>
) =>
  Layer.unwrapEffect(Effect.gen(function*() {
    const online = yield* token
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
