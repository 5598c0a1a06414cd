/**
 * The session file system: the default provider on a temporary directory
 * (every operation, confinement to its root, error mapping) and `serve`, the
 * wire encoding of `sessionFs.*` answers.
 */
import { FileSystem, Path } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { CopilotClient, SessionFs } from "effect-copilot"
import { FakeRuntime } from "effect-copilot/testing"

const sessionId = "3f1c0e6a-5b1d-4c61-9a43-0d8a6a2f3b10"

/** A provider on a fresh temporary root, and helpers to look at the disk directly. */
const setup = (options?: SessionFs.FileSystemOptions) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const root = yield* fs.makeTempDirectoryScoped()
    const provider = yield* SessionFs.fromFileSystem(root, options)
    const onDisk = (...segments: Array<string>) => path.join(root, sessionId, ...segments)
    return { fs, path, root, provider, onDisk }
  })

const req = (path: string) => ({ sessionId, path })

/** The failure of an effect that must fail. */
const failure = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.flatMap(Effect.either(effect), Either.match({
    onLeft: Effect.succeed,
    onRight: (value) => Effect.dieMessage(`expected a failure, got ${JSON.stringify(value)}`)
  }))

describe("SessionFs.fromFileSystem", () => {
  it.scoped("writes and reads files under <root>/<sessionId>/, creating parent directories", () =>
    Effect.gen(function*() {
      const { fs, onDisk, provider } = yield* setup()
      yield* provider.writeFile({ ...req("/session-state/notes/a.txt"), content: "héllo" })
      expect(yield* fs.readFileString(onDisk("session-state", "notes", "a.txt"))).toBe("héllo")
      expect(yield* provider.readFile(req("/session-state/notes/a.txt"))).toBe("héllo")
      // Relative paths and "." segments mean the same place.
      expect(yield* provider.readFile(req("session-state/./notes/a.txt"))).toBe("héllo")
      yield* provider.writeFile({ ...req("/session-state/notes/a.txt"), content: "replaced" })
      expect(yield* provider.readFile(req("/session-state/notes/a.txt"))).toBe("replaced")
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("applies the requested mode to new files and directories", () =>
    Effect.gen(function*() {
      const { fs, onDisk, provider } = yield* setup()
      yield* provider.mkdir({ ...req("/private"), mode: 0o700 })
      yield* provider.writeFile({ ...req("/private/key"), content: "k", mode: 0o600 })
      expect((yield* fs.stat(onDisk("private"))).mode & 0o777).toBe(0o700)
      expect((yield* fs.stat(onDisk("private", "key"))).mode & 0o777).toBe(0o600)
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("appends to a file, creating it and its directories", () =>
    Effect.gen(function*() {
      const { fs, onDisk, provider } = yield* setup()
      yield* provider.appendFile({ ...req("/session-state/events.jsonl"), content: "{\"a\":1}\n" })
      yield* provider.appendFile({ ...req("/session-state/events.jsonl"), content: "{\"b\":2}\n" })
      expect(yield* fs.readFileString(onDisk("session-state", "events.jsonl"))).toBe("{\"a\":1}\n{\"b\":2}\n")
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("tells whether a path exists", () =>
    Effect.gen(function*() {
      const { provider } = yield* setup()
      expect(yield* provider.exists(req("/plan.md"))).toBe(false)
      yield* provider.writeFile({ ...req("/plan.md"), content: "# Plan" })
      expect(yield* provider.exists(req("/plan.md"))).toBe(true)
      expect(yield* provider.exists(req("/"))).toBe(true)
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("stats files and directories", () =>
    Effect.gen(function*() {
      const { provider } = yield* setup()
      const before = Date.now() - 2000
      yield* provider.writeFile({ ...req("/dir/file.txt"), content: "12345" })
      const file = yield* provider.stat(req("/dir/file.txt"))
      expect(file).toMatchObject({ isFile: true, isDirectory: false, size: 5 })
      expect(file.mtime.getTime()).toBeGreaterThan(before)
      expect(file.birthtime).toBeInstanceOf(Date)
      const dir = yield* provider.stat(req("/dir"))
      expect(dir).toMatchObject({ isFile: false, isDirectory: true })
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("makes directories, recursively or not", () =>
    Effect.gen(function*() {
      const { fs, onDisk, provider } = yield* setup()
      yield* provider.mkdir({ ...req("/a/b/c"), recursive: true })
      expect((yield* fs.stat(onDisk("a", "b", "c"))).type).toBe("Directory")
      yield* provider.mkdir({ ...req("/a/b/c"), recursive: true }) // already there: fine
      const error = yield* failure(provider.mkdir(req("/x/y")))
      expect(error.code).toBe("ENOENT")
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("lists directories, with and without entry types", () =>
    Effect.gen(function*() {
      const { provider } = yield* setup()
      yield* provider.writeFile({ ...req("/s/one.txt"), content: "1" })
      yield* provider.mkdir({ ...req("/s/sub"), recursive: true })
      expect([...(yield* provider.readdir(req("/s")))].sort()).toEqual(["one.txt", "sub"])
      const typed = [...(yield* provider.readdirWithTypes(req("/s")))].sort((a, b) => a.name.localeCompare(b.name))
      expect(typed).toEqual([{ name: "one.txt", type: "file" }, { name: "sub", type: "directory" }])
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("removes files and directory trees; force ignores missing paths", () =>
    Effect.gen(function*() {
      const { provider } = yield* setup()
      yield* provider.writeFile({ ...req("/t/f.txt"), content: "x" })
      yield* provider.writeFile({ ...req("/t/deep/g.txt"), content: "y" })
      yield* provider.rm(req("/t/f.txt"))
      expect(yield* provider.exists(req("/t/f.txt"))).toBe(false)
      const notEmpty = yield* failure(provider.rm(req("/t")))
      expect(notEmpty.code).toBe("UNKNOWN")
      yield* provider.rm({ ...req("/t"), recursive: true })
      expect(yield* provider.exists(req("/t"))).toBe(false)
      yield* provider.rm({ ...req("/t"), force: true })
      expect((yield* failure(provider.rm(req("/t")))).code).toBe("ENOENT")
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("renames files, as the runtime does for its atomic writes", () =>
    Effect.gen(function*() {
      const { provider } = yield* setup()
      yield* provider.writeFile({ ...req("/workspace.yaml.tmp.1"), content: "id: s" })
      yield* provider.rename({ sessionId, src: "/workspace.yaml.tmp.1", dest: "/workspace.yaml" })
      expect(yield* provider.readFile(req("/workspace.yaml"))).toBe("id: s")
      expect(yield* provider.exists(req("/workspace.yaml.tmp.1"))).toBe(false)
      expect((yield* failure(provider.rename({ sessionId, src: "/nope", dest: "/x" }))).code).toBe("ENOENT")
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("fails with ENOENT on missing paths", () =>
    Effect.gen(function*() {
      const { provider } = yield* setup()
      for (const error of [
        yield* failure(provider.readFile(req("/missing.txt"))),
        yield* failure(provider.stat(req("/missing.txt"))),
        yield* failure(provider.readdir(req("/missing"))),
        yield* failure(provider.readdirWithTypes(req("/missing")))
      ]) {
        expect(error).toBeInstanceOf(SessionFs.SessionFsError)
        expect(error.code).toBe("ENOENT")
        expect(error.message).toContain("/missing")
      }
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("refuses paths that climb out of the root with '..'", () =>
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path
      // The root inside a directory of its own, so that nothing else writes next to it.
      const parent = yield* fs.makeTempDirectoryScoped()
      const root = path.join(parent, "root")
      const provider = yield* SessionFs.fromFileSystem(root)
      for (const escaping of ["../x", "a/../../x", "/../../../etc/passwd", "session-state/../../.."]) {
        const error = yield* failure(provider.writeFile({ ...req(escaping), content: "pwned" }))
        expect(error.code).toBe("UNKNOWN")
        expect(error.message).toContain("escapes the root")
        expect((yield* failure(provider.readFile(req(escaping)))).message).toContain("refused")
      }
      expect(yield* fs.exists(path.join(root, "x"))).toBe(false)
      expect([...(yield* fs.readDirectory(parent))]).toEqual(["root"])
      // ".." that stays inside is fine.
      yield* provider.writeFile({ ...req("a/../b.txt"), content: "ok" })
      expect(yield* provider.readFile(req("/b.txt"))).toBe("ok")
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("confines absolute paths to the root: /etc/passwd is the root's, never the host's", () =>
    Effect.gen(function*() {
      const { fs, onDisk, provider } = yield* setup()
      const error = yield* failure(provider.readFile(req("/etc/passwd")))
      expect(error.code).toBe("ENOENT")
      yield* provider.writeFile({ ...req("/etc/passwd"), content: "root-local" })
      expect(yield* fs.readFileString(onDisk("etc", "passwd"))).toBe("root-local")
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("refuses to follow symbolic links that lead out of the root", () =>
    Effect.gen(function*() {
      const { fs, onDisk, path, provider } = yield* setup()
      const outside = yield* fs.makeTempDirectoryScoped()
      yield* fs.writeFileString(path.join(outside, "secret"), "outside")
      yield* fs.makeDirectory(onDisk(), { recursive: true })
      yield* fs.symlink(outside, onDisk("link"))
      yield* fs.symlink(path.join(outside, "missing"), onDisk("dangling"))
      const read = yield* failure(provider.readFile(req("/link/secret")))
      expect(read.code).toBe("UNKNOWN")
      expect(read.message).toContain("symbolic link")
      yield* failure(provider.writeFile({ ...req("/link/new"), content: "x" }))
      yield* failure(provider.writeFile({ ...req("/dangling"), content: "x" }))
      expect([...(yield* fs.readDirectory(outside))]).toEqual(["secret"])
      // A link that stays inside the root is followed.
      yield* provider.writeFile({ ...req("/real/f.txt"), content: "in" })
      yield* fs.symlink(onDisk("real"), onDisk("alias"))
      expect(yield* provider.readFile(req("/alias/f.txt"))).toBe("in")
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("keeps sessions apart, and refuses session ids that cannot name a directory", () =>
    Effect.gen(function*() {
      const { provider } = yield* setup()
      yield* provider.writeFile({ sessionId: "one", path: "/events.jsonl", content: "1" })
      yield* provider.writeFile({ sessionId: "two", path: "/events.jsonl", content: "2" })
      expect(yield* provider.readFile({ sessionId: "one", path: "/events.jsonl" })).toBe("1")
      expect(yield* provider.readFile({ sessionId: "two", path: "/events.jsonl" })).toBe("2")
      for (const bad of ["..", "a/b", "", "."]) {
        const error = yield* failure(provider.writeFile({ sessionId: bad, path: "/x", content: "x" }))
        expect(error.message).toContain("session id")
      }
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("maps session paths directly under the root with perSession: false", () =>
    Effect.gen(function*() {
      const { fs, path, provider, root } = yield* setup({ perSession: false })
      yield* provider.writeFile({ ...req("/session-state/plan.md"), content: "# P" })
      expect(yield* fs.readFileString(path.join(root, "session-state", "plan.md"))).toBe("# P")
      expect((yield* failure(provider.readFile(req("../plan.md")))).message).toContain("escapes the root")
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("is also a service: SessionFs.layer", () =>
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const root = yield* fs.makeTempDirectoryScoped()
      const provider = yield* SessionFs.SessionFs.pipe(Effect.provide(SessionFs.layer(root)))
      yield* provider.writeFile({ ...req("/a.txt"), content: "via layer" })
      expect(yield* fs.readFileString(`${root}/${sessionId}/a.txt`)).toBe("via layer")
    }).pipe(Effect.provide(NodeContext.layer)))
})

describe("SessionFs.serve", () => {
  const serveWith = (method: string, params: unknown) =>
    Effect.flatMap(setup(), ({ provider }) => SessionFs.serve(provider, method, params))

  it.scoped("answers readFile with the content, or the error inside the result", () =>
    Effect.gen(function*() {
      const { provider } = yield* setup()
      yield* provider.writeFile({ ...req("/a.txt"), content: "hi" })
      expect(yield* SessionFs.serve(provider, "sessionFs.readFile", req("/a.txt"))).toEqual({ content: "hi" })
      const missing = yield* SessionFs.serve(provider, "sessionFs.readFile", req("/nope.txt"))
      expect(missing).toMatchObject({ content: "", error: { code: "ENOENT" } })
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("answers the void methods with null, or with the error object itself", () =>
    Effect.gen(function*() {
      const { provider } = yield* setup()
      expect(yield* SessionFs.serve(provider, "sessionFs.writeFile", { ...req("/w.txt"), content: "x", mode: 384 })).toBeNull()
      expect(yield* SessionFs.serve(provider, "sessionFs.appendFile", { ...req("/w.txt"), content: "y" })).toBeNull()
      expect(yield* SessionFs.serve(provider, "sessionFs.mkdir", { ...req("/d"), recursive: true })).toBeNull()
      expect(yield* SessionFs.serve(provider, "sessionFs.rename", { sessionId, src: "/w.txt", dest: "/d/w.txt" })).toBeNull()
      expect(yield* SessionFs.serve(provider, "sessionFs.rm", { ...req("/d"), recursive: true })).toBeNull()
      const escaped = yield* SessionFs.serve(provider, "sessionFs.writeFile", { ...req("../x"), content: "x" })
      expect(escaped).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("escapes the root") })
      expect(yield* SessionFs.serve(provider, "sessionFs.rm", req("/gone"))).toMatchObject({ code: "ENOENT" })
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("answers stat with ISO 8601 times, and a zeroed result around an error", () =>
    Effect.gen(function*() {
      const { provider } = yield* setup()
      yield* provider.writeFile({ ...req("/s.txt"), content: "abc" })
      const stat = yield* SessionFs.serve(provider, "sessionFs.stat", req("/s.txt"))
      expect(stat).toMatchObject({ isFile: true, isDirectory: false, size: 3 })
      expect(stat).toHaveProperty("mtime", expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/))
      const missing = yield* SessionFs.serve(provider, "sessionFs.stat", req("/none"))
      expect(missing).toEqual({
        isFile: false,
        isDirectory: false,
        size: 0,
        mtime: "1970-01-01T00:00:00.000Z",
        birthtime: "1970-01-01T00:00:00.000Z",
        error: { code: "ENOENT", message: expect.stringContaining("/none") }
      })
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("answers exists and the directory listings", () =>
    Effect.gen(function*() {
      const { provider } = yield* setup()
      yield* provider.writeFile({ ...req("/l/f"), content: "" })
      expect(yield* SessionFs.serve(provider, "sessionFs.exists", req("/l/f"))).toEqual({ exists: true })
      expect(yield* SessionFs.serve(provider, "sessionFs.exists", req("/l/g"))).toEqual({ exists: false })
      expect(yield* SessionFs.serve(provider, "sessionFs.readdir", req("/l"))).toEqual({ entries: ["f"] })
      expect(yield* SessionFs.serve(provider, "sessionFs.readdirWithTypes", req("/"))).toEqual({
        entries: [{ name: "l", type: "directory" }]
      })
      expect(yield* SessionFs.serve(provider, "sessionFs.readdir", req("/zz"))).toMatchObject({
        entries: [],
        error: { code: "ENOENT" }
      })
    }).pipe(Effect.provide(NodeContext.layer)))

  it.effect("answers exists with a JSON-RPC error when the provider fails otherwise than ENOENT", () =>
    Effect.gen(function*() {
      const broken: SessionFs.SessionFsProvider<never> = {
        readFile: () => Effect.succeed(""),
        writeFile: () => Effect.void,
        appendFile: () => Effect.void,
        exists: () => Effect.fail(new SessionFs.SessionFsError({ code: "UNKNOWN", message: "disk on fire" })),
        stat: () => Effect.fail(new SessionFs.SessionFsError({ code: "UNKNOWN" })),
        mkdir: () => Effect.void,
        readdir: () => Effect.succeed([]),
        readdirWithTypes: () => Effect.succeed([]),
        rm: () => Effect.void,
        rename: () => Effect.void
      }
      const error = yield* failure(SessionFs.serve(broken, "sessionFs.exists", req("/x")))
      expect(error).toMatchObject({ _tag: "RpcError", code: -32603, message: "disk on fire" })
      expect(yield* SessionFs.serve(broken, "sessionFs.stat", req("/x"))).toMatchObject({ error: { code: "UNKNOWN" } })
    }))

  it.scoped("fails with -32602 when the params do not match the method's Schema", () =>
    Effect.gen(function*() {
      const missingPath = yield* failure(serveWith("sessionFs.readFile", { sessionId }))
      expect(missingPath).toMatchObject({ _tag: "RpcError", code: -32602, method: "sessionFs.readFile" })
      expect(missingPath.message).toContain("path")
      const wrongType = yield* failure(serveWith("sessionFs.writeFile", { ...req("/a"), content: 42 }))
      expect(wrongType).toMatchObject({ code: -32602, message: expect.stringContaining("content") })
      expect(yield* failure(serveWith("sessionFs.rename", req("/a")))).toMatchObject({ code: -32602 })
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("fails with -32601 for sessionFs methods it does not serve", () =>
    Effect.gen(function*() {
      const error = yield* failure(serveWith("sessionFs.sqliteQuery", { sessionId, query: "select 1", queryType: "query" }))
      expect(error).toMatchObject({ _tag: "RpcError", code: -32601, method: "sessionFs.sqliteQuery" })
    }).pipe(Effect.provide(NodeContext.layer)))
})

describe("CopilotClient's sessionFs option", () => {
  const sessionFs = { initialCwd: "/work", sessionStatePath: "/session-state" }

  it.effect("registers the client with sessionFs.setProvider right after the handshake", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      const methods = (yield* fake.requests()).map((request) => request.method)
      expect(methods.slice(0, 2)).toEqual(["connect", "sessionFs.setProvider"])
      const [setProvider] = yield* fake.requests("sessionFs.setProvider")
      expect(setProvider?.params).toEqual({ initialCwd: "/work", sessionStatePath: "/session-state", conventions: "posix" })
    }).pipe(Effect.provide(FakeRuntime.layerClientWith({
      fake: { handlers: { "sessionFs.setProvider": FakeRuntime.answer({ success: true }) } },
      client: { sessionFs }
    }))))

  it.effect("does not register without the option", () =>
    Effect.gen(function*() {
      const fake = yield* FakeRuntime.FakeRuntime
      yield* CopilotClient.ping("hi")
      expect(yield* fake.requests("sessionFs.setProvider")).toEqual([])
    }).pipe(Effect.provide(FakeRuntime.layerClient)))

  it.effect("fails the start with ConnectionFailed when the runtime refuses", () =>
    Effect.gen(function*() {
      const refusals = [
        FakeRuntime.answer({ success: false }),
        FakeRuntime.answerError(-32603, "Cannot set session filesystem provider while sessions are active.")
      ]
      for (const refusal of refusals) {
        const error = yield* failure(CopilotClient.CopilotClient.pipe(
          Effect.provide(FakeRuntime.layerClientWith({
            fake: { handlers: { "sessionFs.setProvider": refusal } },
            client: { sessionFs: { ...sessionFs, conventions: "windows" } }
          }))
        ))
        expect(error._tag).toBe("ConnectionFailed")
        expect(error.message).toContain("session file system")
      }
    }))
})
