/**
 * What the scripted model answers, as the real runtime reads it: the default
 * model list and each model's limits (a session made without `model`, its
 * prompt limit and compaction; the explore sub-agent's own model), quota
 * snapshots, and users by token.
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Option, Redacted, Schema } from "effect"
import { CopilotClient, CopilotSession, Handlers, Methods, SessionEvent } from "effect-copilot"
import { IsolatedRuntime, ScriptedModel, Snapshots, TestRuntime } from "effect-copilot/testing"
import { chatRequests, checkpoint, eventsOf, expectModelDone, lastChatRequest, runTurn } from "./modelRequests.js"

const ChatBody = Schema.Struct({ model: Schema.String, messages: Schema.Array(Snapshots.ChatMessage) })
const decodeChatBody = Schema.decodeUnknownOption(ChatBody)

/** The `model` of every chat completion request whose first user message contains `prompt`. */
const requestedModels = (prompt: string) =>
  Effect.gen(function*() {
    const model = yield* ScriptedModel.ScriptedModel
    return (yield* model.requests).flatMap((request) => {
      if (request.path !== "/chat/completions") return []
      return Option.match(Option.flatMap(request.body, decodeChatBody), {
        onNone: () => [],
        onSome: (body) => {
          const firstUser = body.messages.find((message) => message.role === "user")
          return firstUser !== undefined && Snapshots.contentText(firstUser.content).includes(prompt) ? [body.model] : []
        }
      })
    })
  })

const exploreCall = {
  name: "finder",
  description: "Find the config file",
  prompt: "Find where the config file of this project is",
  agent_type: "explore",
  mode: "sync"
}

layer(TestRuntime.layer(), { excludeTestServices: true })("the scripted model's defaults on the real runtime", (it) => {
  it.effect("a session made without model has a 128,000-token prompt limit and compacts its history", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.reply("Four.")
      yield* model.reply("The user asked what 2+2 is; the answer was four.")
      const prompt = "What is 2+2? (no model chosen)"
      const { compacted, contextInfo, turn } = yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          const turn = yield* runTurn(session, prompt)
          const contextInfo = yield* session.call(Methods.SessionMetadataContextInfo, {
            promptTokenLimit: 128000,
            outputTokenLimit: 16000
          })
          const compacted = yield* session.call(Methods.SessionHistoryCompact, {})
          return { compacted, contextInfo, turn }
        }))
      expect(turn.answer).toBe("Four.")
      const usage = eventsOf(turn, "session.usage_info")
      expect(usage.length).toBeGreaterThan(0)
      expect(usage.map((event) => event.data.tokenLimit)).toEqual(usage.map(() => 128000))
      expect(contextInfo.contextInfo).toMatchObject({ modelName: "claude-sonnet-5", promptTokenLimit: 128000 })
      // The runtime's own default: the service's list decides it is available, with its limits.
      expect(yield* requestedModels(prompt)).toEqual(["claude-sonnet-5", "claude-sonnet-5"])
      expect(compacted).toMatchObject({ success: true, summaryContent: "The user asked what 2+2 is; the answer was four." })
      expect(compacted.contextWindow?.tokenLimit).toBe(128000)
      yield* expectModelDone(mark)
    }))

  it.effect("the task tool's explore agent gets the model it asks for, and its answer reaches the main model", () =>
    Effect.gen(function*() {
      const mark = yield* checkpoint
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("task", exploreCall, "call_explore")
      yield* model.reply("The config is in config.yaml at the root.") // the sub-agent's answer
      yield* model.reply("An explorer found it: config.yaml.")
      const prompt = "Where is the config? Send an explore agent."
      // Without `model`: on a session of its own choosing the runtime gives the
      // explore agent claude-sonnet-5 (on a claude-sonnet-4.5 session it inherits 4.5).
      const turn = yield* CopilotSession.withSession(
        { onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      const started = turn.events.filter(SessionEvent.is("subagent.started"))
      expect(started.map((event) => [event.data.agentName, event.data.model])).toEqual([["explore", "claude-sonnet-5"]])
      expect(turn.events.filter(SessionEvent.is("subagent.completed"))).toHaveLength(1)
      expect(turn.events.filter(SessionEvent.is("subagent.failed"))).toEqual([])
      // The sub-agent's own conversation starts from its prompt, on its own model.
      expect(yield* requestedModels(exploreCall.prompt)).toEqual(["claude-sonnet-5"])
      const [subagentRequest] = yield* chatRequests(exploreCall.prompt)
      expect(subagentRequest?.messages.filter((m) => m.role === "user")).toHaveLength(1)
      const main = yield* lastChatRequest(prompt)
      expect(main.toolResults["call_explore"]).toBe("The config is in config.yaml at the root.")
      expect(turn.answer).toBe("An explorer found it: config.yaml.")
      yield* expectModelDone(mark)
    }))

  it.effect("the runtime reports the user's quota snapshots as the service answers them", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const quota = yield* client.call(Methods.AccountGetQuota, {})
      expect(Object.keys(quota.quotaSnapshots).sort()).toEqual(["chat", "completions", "premium_interactions"])
      expect(quota.quotaSnapshots["premium_interactions"]).toMatchObject({
        isUnlimitedEntitlement: false,
        entitlementRequests: 300,
        usedRequests: 0,
        remainingPercentage: 100
      })
      expect(quota.quotaSnapshots["chat"]?.isUnlimitedEntitlement).toBe(true)
    }))
})

layer(
  TestRuntime.layer({ model: { models: ["claude-sonnet-4.5"] } }),
  { excludeTestServices: true }
)("a model list without the sub-agent's model", (it) => {
  it.effect("the explore agent cannot get claude-sonnet-5: the task tool fails, naming the model", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("task", exploreCall, "call_explore")
      yield* model.reply("Could not explore.")
      const prompt = "Where is the config? Send an explore agent (short list)."
      const turn = yield* CopilotSession.withSession(
        { onPermissionRequest: Handlers.approveAll },
        (session) => runTurn(session, prompt)
      )
      const completed = eventsOf(turn, "tool.execution_complete").filter((event) => event.data.toolCallId === "call_explore")
      expect(completed.map((event) => event.data.success)).toEqual([false])
      expect(completed[0]?.data.error?.message).toContain("Model 'claude-sonnet-5' is not available")
      expect(yield* requestedModels(exploreCall.prompt)).toEqual([])
    }))
})

const alice = "alice-token"
const bob = "bob-token"

layer(
  TestRuntime.layer({
    model: {
      users: {
        [alice]: { login: "alice" },
        [bob]: { login: "bob", quotas: { premium_interactions: { entitlement: 50, remaining: 5 } } }
      }
    }
  }),
  { excludeTestServices: true }
)("users by token", (it) => {
  /** A second runtime in the same isolated environment, signed in with another token. */
  const signedInAs = <A, E>(token: string, use: (client: CopilotClient.CopilotClientService) => Effect.Effect<A, E>) =>
    Effect.gen(function*() {
      const isolated = yield* IsolatedRuntime.IsolatedRuntime
      const client = yield* CopilotClient.make(IsolatedRuntime.clientOptions(isolated, Redacted.make(token)))
      return yield* use(client)
    }).pipe(Effect.scoped)

  // Runtime 1.0.102 reports no login in auth.getStatus; the user shows in what
  // the runtime fetches for it, such as its quotas.
  it.effect("the test runtime signs in as the first user; another token is another user with its own quotas", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const aliceQuota = yield* client.call(Methods.AccountGetQuota, {})
      expect(aliceQuota.quotaSnapshots["premium_interactions"]?.entitlementRequests).toBe(300)
      const bobQuota = yield* signedInAs(bob, (other) => other.call(Methods.AccountGetQuota, {}))
      expect(bobQuota.quotaSnapshots["premium_interactions"]).toMatchObject({
        entitlementRequests: 50,
        usedRequests: 45,
        remainingPercentage: 10
      })
    }))

  it.effect("a token the service does not know gets 401 Bad credentials from the user endpoint", () =>
    Effect.gen(function*() {
      const model = yield* ScriptedModel.ScriptedModel
      const error = yield* signedInAs("mallory-token", (other) => other.call(Methods.AccountGetQuota, {})).pipe(
        Effect.flip
      )
      expect(error._tag).toBe("RpcError")
      expect(error.message).toContain("401")
      expect(error.message).toContain("Bad credentials")
      const rejected = (yield* model.requests).filter((request) =>
        request.path === "/copilot_internal/user" && request.headers["authorization"] === "Bearer mallory-token"
      )
      expect(rejected.length).toBeGreaterThan(0)
    }))
})
