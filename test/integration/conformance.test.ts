/**
 * Conformance with the real runtime (1.0.102): what it sends that its schemas
 * do not describe (`null` where a value is required or optional), methods the
 * schemas list that it does not serve, and params the official SDK treats as
 * optional. Each of these once failed with a ResponseDecodeError or a defect.
 * Recorded for the corpus when `COPILOT_RECORD_WIRE` is set.
 */
import { expect, layer } from "@effect/vitest"
import { Chunk, Effect, Option, Stream } from "effect"
import { CopilotClient, CopilotSession, Handlers, SessionEvent } from "effect-copilot"
import { IsolatedRuntime, ScriptedModel, TestRuntime } from "effect-copilot/testing"
import * as Fs from "node:fs/promises"
import * as Path from "node:path"
import { Methods } from "../../src/generated/Methods.js"
import { runTurn } from "./modelRequests.js"
import { recordingClient } from "./support.js"

const reviewer = { name: "reviewer", displayName: "Reviewer", description: "Reviews diffs", prompt: "You review diffs." }

layer(TestRuntime.layer({ client: recordingClient() }), { excludeTestServices: true })(
  "decoding what the real runtime sends",
  (it) => {
    it.effect("session.create and session.resume answers decode: a session opens, takes a turn and resumes", () =>
      Effect.gen(function*() {
        const model = yield* ScriptedModel.ScriptedModel
        yield* model.reply("Hello back.")
        yield* model.reply("Still here.")
        const { info, turn } = yield* CopilotSession.withSession(
          {},
          (session) => Effect.map(runTurn(session, "Say hello"), (turn) => ({ info: session.info, turn }))
        )
        expect(info.sessionId).not.toBe("")
        expect(turn.answer).toBe("Hello back.")
        expect(turn.events.filter(SessionEvent.isUnknown).map((event) => event.originalType)).not.toContain("user.message")
        const resumed = yield* CopilotSession.withResumedSession(
          info.sessionId,
          {},
          (session) => Effect.map(runTurn(session, "Are you there?"), (turn) => ({ info: session.info, turn }))
        )
        expect(resumed.info.sessionId).toBe(info.sessionId)
        expect(resumed.turn.answer).toBe("Still here.")
      }))

    it.effect("session.agent.getCurrent is { agent: null } with no agent selected, and again after deselecting one", () =>
      CopilotSession.withSession({ customAgents: [reviewer] }, (session) =>
        Effect.gen(function*() {
          const none = yield* session.call(Methods.SessionAgentGetCurrent, {})
          expect(none.agent).toBeNull()
          yield* session.call(Methods.SessionAgentSelect, { name: "reviewer" })
          const selected = yield* session.call(Methods.SessionAgentGetCurrent, {})
          expect(selected.agent?.name).toBe("reviewer")
          yield* session.call(Methods.SessionAgentDeselect, {})
          const deselected = yield* session.call(Methods.SessionAgentGetCurrent, {})
          expect(deselected.agent).toBeNull()
        })))

    it.effect("user.settings.set answers null, which decodes; user.settings.reload is not served and the error says so", () =>
      Effect.gen(function*() {
        const client = yield* CopilotClient.CopilotClient
        const written = yield* client.call(Methods.UserSettingsSet, { settings: { theme: "dark" } })
        expect(written).toBeNull()
        const settings = yield* client.call(Methods.UserSettingsGet, {})
        expect(settings).toBeDefined()
        const error = yield* Effect.flip(client.call(Methods.UserSettingsReload, {}))
        expect(error._tag).toBe("MethodNotServed")
        expect(error.message).toContain("does not serve user.settings.reload")
      }))

    it.effect("account.getCurrentAuth and getAllUsers decode a token identity the runtime sends without its token", () =>
      Effect.gen(function*() {
        const client = yield* CopilotClient.CopilotClient
        const current = yield* client.account.getCurrentAuth
        expect(current.authInfo?.type).toBe("token")
        const all = yield* client.account.getAllUsers
        expect(all).toBeDefined()
      }))

    it.effect("SQL todo rows with a NULL description decode, with and without dependencies", () =>
      Effect.gen(function*() {
        const model = yield* ScriptedModel.ScriptedModel
        yield* model.toolCall("sql", {
          description: "Insert todos",
          query: "INSERT INTO todos (id, title) VALUES ('t1', 'Write tests'), ('t2', 'Ship it'); " +
            "INSERT INTO todo_deps (todo_id, depends_on) VALUES ('t2', 't1');"
        }, "call_sql")
        yield* model.reply("Todos recorded.")
        yield* CopilotSession.withSession({ onPermissionRequest: () => Effect.succeed(Handlers.approveOnce) }, (session) =>
          Effect.gen(function*() {
            const turn = yield* runTurn(session, "Plan the work as todos")
            expect(turn.answer).toBe("Todos recorded.")
            const plain = yield* session.call(Methods.SessionPlanReadSqlTodos, {})
            expect(plain.rows.map((row) => row.id)).toEqual(["t1", "t2"])
            expect(plain.rows[0]).not.toHaveProperty("description")
            expect(plain.rows[0]?.title).toBe("Write tests")
            const linked = yield* session.call(Methods.SessionPlanReadSqlTodosWithDependencies, {})
            expect(linked.rows.map((row) => row.title)).toEqual(["Write tests", "Ship it"])
            expect(linked.dependencies).toEqual([{ todoId: "t2", dependsOn: "t1" }])
          }))
      }))

    it.effect("a file attachment without displayName is sent, and the turn's user.message decodes with it", () =>
      Effect.gen(function*() {
        const runtime = yield* IsolatedRuntime.IsolatedRuntime
        const file = Path.join(runtime.cwd, "notes.txt")
        yield* Effect.promise(() => Fs.writeFile(file, "remember the milk\n"))
        const model = yield* ScriptedModel.ScriptedModel
        yield* model.reply("I read the notes.")
        const turn = yield* CopilotSession.withSession({}, (session) =>
          Effect.gen(function*() {
            const events = yield* session.subscribe
            yield* session.send({ prompt: "Read the attached notes", attachments: [{ type: "file", path: file }] })
            const collected = yield* events.pipe(
              Stream.takeUntil((event) => event.type === "session.idle" || event.type === "session.error"),
              Stream.runCollect,
              Effect.timeout("30 seconds")
            )
            return Chunk.toArray(collected)
          }))
        const message = turn.find(SessionEvent.is("user.message"))
        expect(message?.data.attachments).toEqual([expect.objectContaining({ type: "file", path: file })])
        expect(turn.filter(SessionEvent.is("assistant.message")).map((event) => event.data.content)).toEqual([
          "I read the notes."
        ])
      }))

    it.effect("model and mode calls decode, including the empty answer of a session that has chosen no model yet", () =>
      Effect.gen(function*() {
        const unchosen = yield* CopilotSession.withSession({}, (session) => session.getModel)
        expect(unchosen.modelId).toBeUndefined()
        yield* CopilotSession.withSession({ model: "claude-sonnet-4.5" }, (session) =>
          Effect.gen(function*() {
            const current = yield* session.getModel
            expect(Option.fromNullable(current.modelId)).toEqual(Option.some("claude-sonnet-4.5"))
            const switched = yield* session.setModel("claude-sonnet-4.5")
            expect(switched.modelId).toBe("claude-sonnet-4.5")
            expect(yield* session.mode.get).toBe("interactive")
            const set = yield* session.mode.set("plan")
            expect(set.modelChanged).toBe(false)
            expect(yield* session.mode.get).toBe("plan")
          }))
      }))
  }
)
