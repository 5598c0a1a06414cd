/**
 * An extension written with `effect-copilot/extension`, started by the real
 * runtime: `examples/extension.ts`, built to
 * `.github/extensions/greeter/extension.mjs` in the session's repository,
 * joins the session the runtime starts it for, and the model calls its tool.
 *
 * What the runtime does (1.0.102, seen here): with the `EXTENSIONS` feature
 * flag and a session created with `requestExtensions: true`, it runs
 * `.github/extensions/<name>/extension.mjs` of the working directory's git
 * repository with its own bundled Node (with `SESSION_ID`, `EXTENSION_PATH`,
 * `COPILOT_SDK_PATH` and `COPILOT_EXTENSION_PARENT_PID` set), answers the
 * extension's `connect` and `session.resume` on the process's stdio, and
 * offers the extension's tools to the model. It ignores
 * `requestedEnvironmentVariables` (its answer has no
 * `grantedEnvironmentVariables`) and strips nothing it was not told to, so a
 * variable set in the runtime's environment reaches the extension.
 */
import { Command } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { expect, layer } from "@effect/vitest"
import { Effect, Layer, Stream } from "effect"
import { CopilotSession, Handlers, Methods, SessionEvent } from "effect-copilot"
import { IsolatedRuntime, ScriptedModel, TestRuntime } from "effect-copilot/testing"
import { execFileSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"
import { HASH_FILE, sourceHash } from "../../scripts/build.js"
import { eventsOf, lastChatRequest, runTurn } from "./modelRequests.js"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..", "..")

const Live = TestRuntime.layer({
  client: {
    startTimeout: "90 seconds",
    env: { COPILOT_CLI_ENABLED_FEATURE_FLAGS: "EXTENSIONS", GREETER_SALUTATION: "Howdy" }
  }
}).pipe(Layer.provideMerge(NodeContext.layer))

/** The package as the extension imports it: the built `dist`, current with the sources. */
const ensureBuilt = Effect.gen(function*() {
  const current = Fs.existsSync(HASH_FILE) && Fs.readFileSync(HASH_FILE, "utf8").trim() === sourceHash()
  if (current) return
  const exitCode = yield* Command.make("npm", "run", "build").pipe(Command.workingDirectory(root), Command.exitCode)
  if (exitCode !== 0) return yield* Effect.dieMessage(`npm run build exited with ${exitCode}`)
})

/**
 * Installs the example as the repository's `greeter` extension: compiled to
 * `extension.mjs` as a user's build would, with the packages it imports
 * linked into the repository's `node_modules`.
 */
const installExtension = (repository: string) =>
  Effect.sync(() => {
    const dir = Path.join(repository, ".github", "extensions", "greeter")
    Fs.mkdirSync(dir, { recursive: true })
    const source = Fs.readFileSync(Path.join(root, "examples", "extension.ts"), "utf8")
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
    })
    Fs.writeFileSync(Path.join(dir, "extension.mjs"), outputText)
    const modules = Path.join(repository, "node_modules")
    Fs.mkdirSync(modules, { recursive: true })
    Fs.symlinkSync(root, Path.join(modules, "effect-copilot"), "dir")
    Fs.symlinkSync(Path.join(root, "node_modules", "effect"), Path.join(modules, "effect"), "dir")
    Fs.symlinkSync(Path.join(root, "node_modules", "@effect"), Path.join(modules, "@effect"), "dir")
    execFileSync("git", ["init", "--quiet"], { cwd: repository })
  })

layer(Live, { timeout: 240_000, excludeTestServices: true })("an Effect extension on the real runtime", (it) => {
  it.effect("the runtime starts the extension, it joins the session, and the model calls its tool", () =>
    Effect.gen(function*() {
      yield* ensureBuilt
      const isolated = yield* IsolatedRuntime.IsolatedRuntime
      yield* installExtension(isolated.cwd)
      const model = yield* ScriptedModel.ScriptedModel
      yield* model.toolCall("greet_from_extension", { name: "Ada" }, "call_greet")
      yield* model.reply("The extension greeted Ada.")
      const prompt = "Greet Ada."
      const turn = yield* CopilotSession.withSession(
        { requestExtensions: true, onPermissionRequest: Handlers.approveAll },
        (session) =>
          Effect.gen(function*() {
            const events = yield* session.subscribe

            // The extension has joined once the runtime reports the session's
            // tools changed after loading it.
            const loaded = yield* events.pipe(
              Stream.dropWhile((event) => event.type !== "session.extensions_loaded"),
              Stream.filter((event) => event.type === "session.extensions_loaded" || event.type === "session.tools_updated"),
              Stream.take(2),
              Stream.runCollect,
              Effect.timeout("60 seconds")
            )
            const first = [...loaded][0]
            expect(first?.type).toBe("session.extensions_loaded")
            if (first !== undefined && SessionEvent.is("session.extensions_loaded")(first)) {
              expect(first.data.extensions).toEqual([expect.objectContaining({ name: "greeter", source: "project" })])
            }
            // The runtime runs it as a child process of its own.
            const listed = yield* session.call(Methods.SessionExtensionsList, {})
            expect(listed.extensions).toEqual([
              expect.objectContaining({ id: "project:greeter", status: "running", pid: expect.any(Number) })
            ])
            return yield* runTurn(session, prompt)
          })
      )
      const request = yield* lastChatRequest(prompt)
      expect(request.toolNames).toContain("greet_from_extension")
      // The tool ran in the extension process, with the variable it asked for.
      expect(request.toolResults["call_greet"]).toBe("Howdy, Ada! (from an Effect extension)")
      const completed = eventsOf(turn, "tool.execution_complete").filter((e) => e.data.toolCallId === "call_greet")
      expect(completed.map((e) => e.data.success)).toEqual([true])
      expect(turn.answer).toBe("The extension greeted Ada.")
    }), 300_000)
})
