/**
 * Bring your own key, with a token provider: the session's model runs on an
 * OpenAI-compatible provider of your own, and every model request carries a
 * bearer token the program hands out on demand (here: minted, and cached for
 * a few minutes with `Effect.cachedWithTTL`, as a managed-identity token
 * would be).
 *
 * With BYOK_BASE_URL (and BYOK_TOKEN, BYOK_MODEL) set it talks to that
 * provider. Without them it runs the real bundled runtime offline, with the
 * test kit's scripted model standing in for the provider, and shows the
 * Authorization header the provider received.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Config, Console, Effect, Option, Redacted, Ref } from "effect"
import { CopilotClient, CopilotSession, Handlers } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"

/** Asks one question on the provider at `baseUrl`, with tokens from `mint`. */
const program = (baseUrl: string, model: string, mint: Effect.Effect<Redacted.Redacted<string>>) =>
  Effect.gen(function*() {
    const minted = yield* Ref.make(0)
    // The runtime asks before every model request; the cache keeps one token for five minutes.
    const bearerTokenProvider = yield* Effect.cachedWithTTL(
      Effect.zipLeft(mint, Ref.update(minted, (n) => n + 1)),
      "5 minutes"
    )
    const answer = yield* CopilotSession.withSession({
      model,
      provider: { type: "openai", baseUrl, bearerTokenProvider },
      onPermissionRequest: Handlers.approveAll
    }, (session) => session.sendAndWait("In one sentence: why do tokens expire?"))
    yield* Console.log(Option.match(answer, { onNone: () => "(no answer)", onSome: (message) => message.data.content }))
    yield* Console.log(`tokens minted: ${yield* Ref.get(minted)}`)
  })

/** A token as an identity service would hand it out. */
const mintLocal = Effect.sync(() => Redacted.make(`minted-${Math.floor(Date.now() / 60_000)}`))

/** Offline: the scripted model is the provider; the runtime is the real one. */
const offline = Effect.gen(function*() {
  const provider = yield* ScriptedModel.ScriptedModel
  yield* provider.reply("Tokens expire so that a leaked one is useful only for a short while.")
  yield* program(provider.url, "gpt-5", mintLocal)
  const [request] = (yield* provider.requests).filter((r) => r.path === "/chat/completions")
  yield* Console.log(`the provider received: Authorization: ${request?.headers["authorization"]?.replace(/minted-\d+/, "minted-…")}`)
}).pipe(Effect.provide(TestRuntime.layer()))

const main = Effect.gen(function*() {
  const baseUrl = yield* Config.option(Config.nonEmptyString("BYOK_BASE_URL"))
  if (Option.isNone(baseUrl)) {
    yield* Console.log("No BYOK_BASE_URL set: running the bundled runtime offline, the scripted model as the provider.\n")
    return yield* offline
  }
  const token = yield* Config.redacted("BYOK_TOKEN")
  const model = yield* Config.string("BYOK_MODEL").pipe(Config.withDefault("gpt-4o"))
  return yield* program(baseUrl.value, model, Effect.succeed(token)).pipe(Effect.provide(CopilotClient.layerConfig()))
})

if (import.meta.url === `file://${process.argv[1]}`) {
  NodeRuntime.runMain(main)
}
