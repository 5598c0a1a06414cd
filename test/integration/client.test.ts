/**
 * The client against the real runtime, over stdio and over TCP: the calls a
 * user makes on a client, the session lifecycle notifications, connection
 * failures, a runtime crash under a waiting turn, and the runtime process's
 * end when the client's layer is released.
 * Scenarios: recordings/client/* and session/should_{list_sessions,get_last_session_id,
 * get_session_metadata,delete_session}.
 */
import { describe, expect, it as plain, layer } from "@effect/vitest"
import { Context, Effect, Exit, Fiber, Layer, Option, Scope, Stream } from "effect"
import { CopilotClient, CopilotSession, RuntimeConnection } from "effect-copilot"
import { ScriptedModel, TestRuntime } from "effect-copilot/testing"
import * as Net from "node:net"
import { useRecording } from "./support.js"

/** Whether a process with this id is still running (a zombie counts as gone only once reaped). */
const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH"
  }
}

/** A loopback port that nothing listens on (bound, then closed). */
const closedPort = Effect.async<number>((resume) => {
  const server = Net.createServer()
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    server.close(() => resume(Effect.succeed(port)))
  })
})

const suite = (name: string, runtime: ReturnType<typeof TestRuntime.layer>, tcp: boolean) =>
  layer(runtime, { excludeTestServices: true })(name, (it) => {
    it.effect("starts, pings and reports the runtime's status", () =>
      Effect.gen(function*() {
        const client = yield* CopilotClient.CopilotClient
        const pong = yield* client.ping("hi")
        expect(pong.message).toBe("pong: hi")
        expect(pong.timestamp).toBeInstanceOf(Date)
        expect(pong.protocolVersion).toBe(3)
        const status = yield* client.getStatus
        expect(status).toMatchObject({ version: "1.0.102", protocolVersion: 3 })
        expect(client.protocolVersion).toBe(3)
        expect(Option.isSome(client.runtimePid)).toBe(true)
        if (tcp) {
          const port = Option.getOrThrow(client.runtimePort)
          expect(port).toBeGreaterThan(0)
          expect(port).toBeLessThan(65536)
        } else {
          expect(Option.isNone(client.runtimePort)).toBe(true)
        }
      }))

    it.effect("is authenticated against the scripted model and lists its models", () =>
      Effect.gen(function*() {
        yield* useRecording("client/should_list_models_when_authenticated.yaml")
        const client = yield* CopilotClient.CopilotClient
        const auth = yield* client.getAuthStatus
        expect(auth.isAuthenticated).toBe(true)
        expect(auth.authType).toBe("token")
        const models = yield* client.listModels
        const ids = models.map((model) => model.id)
        expect(ids).toContain("claude-sonnet-4.5")
        const sonnet = models.find((model) => model.id === "claude-sonnet-4.5")
        expect(sonnet?.capabilities?.limits?.["max_prompt_tokens"]).toBe(128000)
        expect(sonnet?.capabilities?.limits?.["max_context_window_tokens"]).toBe(144000)
      }))

    it.effect("lists, describes and deletes a session after a message; the lifecycle stream sees it created", () =>
      Effect.gen(function*() {
        const client = yield* CopilotClient.CopilotClient
        const model = yield* ScriptedModel.ScriptedModel
        yield* model.reply("Hello back.")
        const created = yield* client.lifecycle.pipe(
          Stream.filter((event) => event.type === "session.created"),
          Stream.take(1),
          Stream.runHead,
          Effect.fork
        )
        // Let the lifecycle subscription start before the session is made.
        yield* Effect.sleep("50 millis")
        const sessionId = yield* CopilotSession.withSession({}, (session) =>
          Effect.as(session.sendAndWait("Say hello"), session.sessionId))
        const first = yield* Fiber.join(created).pipe(Effect.timeout("5 seconds"))
        expect(Option.map(first, (event) => event.sessionId)).toEqual(Option.some(sessionId))

        const listed = yield* client.listSessions()
        const entry = listed.find((session) => session.sessionId === sessionId)
        expect(entry).toBeDefined()
        expect(entry?.summary).toContain("Say hello")
        expect(entry?.isRemote).toBe(false)

        const metadata = yield* client.getSessionMetadata(sessionId)
        expect(Option.map(metadata, (m) => m.sessionId)).toEqual(Option.some(sessionId))
        expect(Option.getOrThrow(metadata).startTime).toBeInstanceOf(Date)
        expect(yield* client.getLastSessionId).toEqual(Option.some(sessionId))

        const unknown = yield* client.getSessionMetadata("00000000-0000-4000-8000-000000000000")
        expect(Option.isNone(unknown)).toBe(true)

        yield* client.deleteSession(sessionId)
        const after = yield* client.listSessions()
        expect(after.map((session) => session.sessionId)).not.toContain(sessionId)
        expect(Option.isNone(yield* client.getSessionMetadata(sessionId))).toBe(true)
      }))
  })

suite("a client over stdio", TestRuntime.layer(), false)
suite("a client over TCP", TestRuntime.layer({ client: { connection: RuntimeConnection.Tcp() } }), true)

describe("connection failures and the runtime's process", () => {
  plain.live("a Uri to a closed loopback port fails with a typed error, without hanging", () =>
    Effect.gen(function*() {
      const port = yield* closedPort
      const started = Date.now()
      const error = yield* CopilotClient.make({
        connection: RuntimeConnection.Uri({ url: `127.0.0.1:${port}` }),
        startTimeout: "10 seconds"
      }).pipe(
        Effect.scoped,
        Effect.flip
      )
      expect(error._tag).toBe("ConnectionFailed")
      expect(Date.now() - started).toBeLessThan(5_000)
    }))

  plain.live("a Stdio path that does not exist fails with ConnectionFailed", () =>
    Effect.gen(function*() {
      const error = yield* CopilotClient.make({
        connection: RuntimeConnection.Stdio({ path: "/nonexistent/effect-copilot/copilot" })
      }).pipe(Effect.scoped, Effect.flip)
      expect(error._tag).toBe("ConnectionFailed")
      expect(error.message).toContain("/nonexistent/effect-copilot/copilot")
    }))

  plain.live("a runtime crash fails the waiting turn with ConnectionClosed and completes client.closed", () =>
    Effect.gen(function*() {
      const client = yield* CopilotClient.CopilotClient
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.delay("30 seconds")
      yield* model.reply("too late")
      const pid = Option.getOrThrow(client.runtimePid)
      const outcome = yield* CopilotSession.withSession({ closeTimeout: "2 seconds" }, (session) =>
        Effect.gen(function*() {
          const waiting = yield* session.sendAndWait("Take your time", { timeout: "30 seconds" }).pipe(Effect.fork)
          // The turn is waiting on the model once its chat completion arrived.
          yield* Effect.gen(function*() {
            while ((yield* model.chatMessages).length === 0) yield* Effect.sleep("50 millis")
          }).pipe(Effect.timeout("10 seconds"))
          const killedAt = Date.now()
          process.kill(pid, "SIGKILL")
          const result = yield* Fiber.join(waiting).pipe(Effect.flip, Effect.timeout("5 seconds"))
          return { result, elapsed: Date.now() - killedAt }
        }))
      expect(outcome.result._tag).toBe("ConnectionClosed")
      expect(outcome.elapsed).toBeLessThan(3_000)
      const closed = yield* client.closed.pipe(Effect.timeout("3 seconds"))
      expect(closed._tag).toBe("ConnectionClosed")
      yield* Effect.sleep("100 millis")
      expect(isRunning(pid)).toBe(false)
    }).pipe(Effect.provide(TestRuntime.layer()), Effect.scoped))

  plain.live("releasing the client's layer ends the runtime's process", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(TestRuntime.layer(), scope)
      const client = Context.get(context, CopilotClient.CopilotClient)
      const pid = Option.getOrThrow(client.runtimePid)
      expect(isRunning(pid)).toBe(true)
      yield* client.ping()
      yield* Scope.close(scope, Exit.void)
      expect(isRunning(pid)).toBe(false)
      const error = yield* client.ping().pipe(Effect.flip)
      expect(error._tag).toBe("ConnectionClosed")
    }))
})
