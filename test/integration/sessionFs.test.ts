/**
 * The session file system end to end: a real runtime registered with
 * `sessionFs.setProvider` stores its session state through the SDK's
 * provider (here `SessionFs.layer` over a temporary directory) instead of its
 * own disk. The scenarios of the recordings `session_fs/*`.
 */
import { FileSystem, Path } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { expect, layer } from "@effect/vitest"
import { Cause, Context, Effect, Exit, Layer, Option, Redacted, Ref, Schema, Stream, TestServices } from "effect"
import { CopilotClient, CopilotSession, Handlers, RuntimeConnection, SessionEvent, SessionFs, Tool } from "effect-copilot"
import { IsolatedRuntime, ScriptedModel, Snapshots, TestRuntime } from "effect-copilot/testing"
import { Methods } from "effect-copilot"
import { sendAndCollect, useRecording } from "./support.js"

const sessionFsOptions: CopilotClient.SessionFsOptions = { initialCwd: "/", sessionStatePath: "/session-state" }

/** The provider's root directory on disk. */
class Root extends Context.Tag("test/sessionFs/Root")<Root, string>() {}

const RootLive = Layer.scoped(Root, Effect.flatMap(FileSystem.FileSystem, (fs) => fs.makeTempDirectoryScoped()))
const SessionFsLive = Layer.unwrapEffect(Effect.map(Root, (root) => SessionFs.layer(root)))

const Live = Layer.mergeAll(TestRuntime.layer({ client: { sessionFs: sessionFsOptions } }), SessionFsLive).pipe(
  Layer.provideMerge(RootLive),
  Layer.provideMerge(NodeContext.layer)
)

/** Where the provider keeps a session-state file of a session, on disk. */
const stateFile = (sessionId: string, name: string) =>
  Effect.gen(function*() {
    const path = yield* Path.Path
    return path.join(yield* Root, sessionId, "session-state", name)
  })

const readStateFile = (sessionId: string, name: string) =>
  Effect.flatMap(stateFile(sessionId, name), (file) => Effect.flatMap(FileSystem.FileSystem, (fs) => fs.readFileString(file)))

/** Retries `effect` until `done` holds (up to ~5 s): the runtime writes some files in the background. */
const poll = <A, E, R>(effect: Effect.Effect<A, E, R>, done: (a: A) => boolean) =>
  Effect.gen(function*() {
    for (let i = 0;; i++) {
      const result = yield* Effect.either(effect)
      if (result._tag === "Right" && done(result.right)) return result.right
      if (i >= 50) return yield* Effect.fail(`condition not met after 5 s (last: ${JSON.stringify(result)})`)
      // Real time: the tests run under the TestClock.
      yield* TestServices.provideLive(Effect.sleep("100 millis"))
    }
  })

/** The session file system from the context, with the paths of every request recorded. */
const recording = Effect.gen(function*() {
  const inner = yield* SessionFs.SessionFs
  const seen = yield* Ref.make<ReadonlyArray<string>>([])
  const note = (method: string, path: string) => Ref.update(seen, (all) => [...all, `${method} ${path}`])
  const provider: SessionFs.SessionFsProvider<never> = {
    ...inner,
    readFile: (request) => Effect.zipRight(note("readFile", request.path), inner.readFile(request)),
    exists: (request) => Effect.zipRight(note("exists", request.path), inner.exists(request))
  }
  return { provider, seen: Ref.get(seen) }
})

const answerOf = (events: ReadonlyArray<SessionEvent.SessionEvent>) =>
  events.flatMap((event) => (event.type === "assistant.message" && event.data.content !== "" ? [event.data.content] : []))
    .join("\n")

layer(Live, { timeout: 60_000 })("the session file system on the real runtime", (it) => {
  it.effect("routes the session's files through the provider instead of the runtime's disk", () =>
    Effect.gen(function*() {
      yield* useRecording("session_fs/should_route_file_operations_through_the_session_fs_provider.yaml")
      const { sessionId, answer } = yield* CopilotSession.withSession({}, (session) =>
        Effect.map(session.sendAndWait("What is 100 + 200?"), (answer) => ({ sessionId: session.sessionId, answer })))
      expect(Option.map(answer, (event) => event.data.content)).toEqual(Option.some("100 + 200 = 300"))
      const events = yield* readStateFile(sessionId, "events.jsonl")
      expect(events).toContain("100 + 200 = 300")
      expect(events).toContain("What is 100 + 200?")
      // Nothing of the session's history lands in the runtime's own state directory.
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path
      const isolated = yield* IsolatedRuntime.IsolatedRuntime
      expect(yield* fs.exists(path.join(isolated.baseDirectory, "session-state", sessionId, "events.jsonl"))).toBe(false)
    }))

  it.effect("loads the session's history from the provider on resume", () =>
    Effect.gen(function*() {
      yield* useRecording("session_fs/should_load_session_data_from_fs_provider_on_resume.yaml")
      const sessionId = yield* CopilotSession.withSession({}, (session) =>
        Effect.as(session.sendAndWait("What is 50 + 50?"), session.sessionId))
      expect(yield* readStateFile(sessionId, "events.jsonl")).toContain("50 + 50 = 100")

      const { provider, seen } = yield* recording
      const answer = yield* CopilotSession.withResumedSession(
        sessionId,
        { sessionFs: provider },
        (session) => session.sendAndWait("What is that times 3?")
      )
      expect(Option.map(answer, (event) => event.data.content)).toEqual(Option.some("100 × 3 = 300"))
      expect(yield* seen).toContain("readFile /session-state/events.jsonl")
      // The model saw the first turn again: the history came back from the provider.
      const model = yield* ScriptedModel.ScriptedModel
      const conversations = yield* model.chatMessages
      const last = conversations[conversations.length - 1] ?? []
      expect(last.map((message) => Snapshots.contentText(message.content)).join("\n")).toContain("What is 50 + 50?")
      expect(yield* readStateFile(sessionId, "events.jsonl")).toContain("100 × 3 = 300")
    }))

  it.effect("persists plan.md through the provider", () =>
    Effect.gen(function*() {
      yield* useRecording("session_fs/should_persist_plan_md_via_sessionfs.yaml")
      yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          yield* session.sendAndWait("What is 2 + 3?")
          yield* session.plan.update("# Test Plan\n\nThis is a test.")
          expect(yield* readStateFile(session.sessionId, "plan.md")).toBe("# Test Plan\n\nThis is a test.")
          // The runtime reads the plan back from the provider's root.
          const fs = yield* FileSystem.FileSystem
          yield* fs.writeFileString(yield* stateFile(session.sessionId, "plan.md"), "# Edited on disk\n")
          const plan = yield* session.plan.read
          expect(plan).toMatchObject({ exists: true, content: "# Edited on disk\n" })
        }))
    }))

  it.effect("writes the workspace metadata and checkpoint index through the provider", () =>
    Effect.gen(function*() {
      yield* useRecording("session_fs/should_write_workspace_metadata_via_sessionfs.yaml")
      yield* CopilotSession.withSession({}, (session) =>
        Effect.gen(function*() {
          const answer = yield* session.sendAndWait("What is 7 * 8?")
          expect(Option.map(answer, (event) => event.data.content)).toEqual(Option.some("7 * 8 = 56"))
          const workspace = yield* poll(readStateFile(session.sessionId, "workspace.yaml"), (yaml) => yaml.includes("id:"))
          expect(workspace).toContain(`id: ${session.sessionId}`)
          yield* poll(readStateFile(session.sessionId, "checkpoints/index.md"), () => true)
        }))
    }))

  it.effect("stores a large tool output in the session's temp directory through the provider", () =>
    Effect.gen(function*() {
      yield* useRecording("session_fs/should_map_large_output_handling_into_sessionfs.yaml")
      const big = "x".repeat(100_000)
      const getBigString = Tool.make("get_big_string", {
        description: "Returns a large string",
        parameters: Schema.Struct({}),
        handler: () => Effect.succeed(big)
      })
      yield* CopilotSession.withSession({ tools: [getBigString], onPermissionRequest: Handlers.approveAll }, (session) =>
        Effect.gen(function*() {
          const turn = yield* sendAndCollect(session, "Call the get_big_string tool and reply with the word DONE only.")
          expect(answerOf(turn)).toBe("DONE")
          const completed = turn.flatMap((event) => (event.type === "tool.execution_complete" ? [event.data] : []))
          const result = JSON.stringify(completed)
          const saved = /\/session-state\/temp\/([^\s"\\]+)/.exec(result)
          expect(saved, result.slice(0, 500)).not.toBeNull()
          expect(yield* readStateFile(session.sessionId, `temp/${saved?.[1] ?? ""}`)).toBe(big)
        }))
    }))

  it.effect("compacts the history with the events file rewritten through the provider", () =>
    Effect.gen(function*() {
      yield* useRecording("session_fs/should_succeed_with_compaction_while_using_sessionfs.yaml")
      yield* CopilotSession.withSession({ model: "claude-sonnet-4.5" }, (session) =>
        Effect.gen(function*() {
          yield* session.sendAndWait("What is 2+2?")
          expect(yield* readStateFile(session.sessionId, "events.jsonl")).not.toContain("checkpointNumber")
          const events = yield* session.subscribe
          const result = yield* session.call(Methods.SessionHistoryCompact, {})
          expect(result).toMatchObject({ success: true })
          const complete = yield* events.pipe(
            Stream.filter((event) => event.type === "session.compaction_complete"),
            Stream.runHead
          )
          expect(Option.map(complete, (event) => event.type === "session.compaction_complete" && event.data.success))
            .toEqual(Option.some(true))
          yield* poll(readStateFile(session.sessionId, "events.jsonl"), (text) => text.includes("checkpointNumber"))
        }))
    }))

  it.scoped("refuses to register a client as the session file system once the runtime has sessions", () =>
    Effect.gen(function*() {
      const connectionToken = Redacted.make("session-fs-test-token")
      // A second runtime, on TCP so that another client can reach it, with a session open.
      const context = yield* Layer.build(TestRuntime.layerClient({ connection: RuntimeConnection.Tcp({ connectionToken }) }))
      yield* CopilotSession.create({}).pipe(Effect.provide(context))
      const port = Option.getOrThrow(Context.get(context, CopilotClient.CopilotClient).runtimePort)
      const late = yield* Effect.exit(Effect.scoped(CopilotClient.make({
        connection: RuntimeConnection.Uri({ url: `127.0.0.1:${port}`, connectionToken }),
        sessionFs: sessionFsOptions
      })))
      expect(Exit.isFailure(late)).toBe(true)
      const error = Exit.isFailure(late) ? Option.getOrUndefined(Cause.failureOption(late.cause)) : undefined
      expect(error?._tag).toBe("ConnectionFailed")
      expect(error?.message).toContain("sessionFs.setProvider")
      // Without the session file system the same runtime accepts the client.
      const status = yield* Effect.scoped(Effect.flatMap(
        CopilotClient.make({ connection: RuntimeConnection.Uri({ url: `127.0.0.1:${port}`, connectionToken }) }),
        (client) => client.getStatus
      ))
      expect(status.protocolVersion).toBe(3)
    }))
})
