/**
 * The session file system in a SQL database, one suite run against SQLite
 * (in memory) and a real PostgreSQL (started by the test, see
 * support/postgres.ts): the cases of the file-system provider's tests
 * (SessionFs.test.ts, SessionFsAdversarial.test.ts) that are not about the
 * disk (links, modes on disk), plus what a database adds: concurrent appends,
 * a second process resuming, table prefixes.
 */
import { describe, expect, layer } from "@effect/vitest"
import * as SqlClient from "@effect/sql/SqlClient"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { Effect, Either, Layer } from "effect"
import { SessionFs } from "effect-copilot"
import { SqlSessionFs } from "effect-copilot/sql"
import * as Postgres from "./support/postgres.js"

const sessionId = "3f1c0e6a-5b1d-4c61-9a43-0d8a6a2f3b10"
const req = (path: string) => ({ sessionId, path })

/** The failure of an effect that must fail. */
const failure = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.flatMap(Effect.either(effect), Either.match({
    onLeft: Effect.succeed,
    onRight: (value) => Effect.dieMessage(`expected a failure, got ${JSON.stringify(value)}`)
  }))

let tables = 0
/** A provider on tables of its own (a fresh store) in the backend's database. */
const fresh = (options: SqlSessionFs.Options = {}) =>
  Effect.gen(function*() {
    const tablePrefix = `t${process.pid}_${++tables}_`
    const provider = yield* SqlSessionFs.make({ tablePrefix, ...options })
    return { provider, tablePrefix }
  })

const backends: ReadonlyArray<{ readonly name: string; readonly layer: Layer.Layer<SqlClient.SqlClient, unknown> }> = [
  { name: "SQLite", layer: SqliteClient.layer({ filename: ":memory:" }) },
  { name: "PostgreSQL", layer: Postgres.layer }
]

for (const backend of backends) {
  describe(`SqlSessionFs on ${backend.name}`, () => {
    layer(backend.layer, { timeout: 60_000 })((it) => {
      it.effect("writes and reads files, creating parent directories; relative and '.' paths are the same place", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          yield* provider.writeFile({ ...req("/session-state/notes/a.txt"), content: "héllo" })
          expect(yield* provider.readFile(req("/session-state/notes/a.txt"))).toBe("héllo")
          expect(yield* provider.readFile(req("session-state/./notes/a.txt"))).toBe("héllo")
          expect(yield* provider.readdir(req("/session-state"))).toEqual(["notes"])
          yield* provider.writeFile({ ...req("/session-state/notes/a.txt"), content: "replaced" })
          expect(yield* provider.readFile(req("/session-state/notes/a.txt"))).toBe("replaced")
        }))

      it.effect("keeps any content as written: empty, non-ASCII, NUL characters, a megabyte", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          const contents = ["", "emoji 🎉 and ünïcödé\n", "a\u0000b", "x".repeat(1024 * 1024)]
          for (const [i, content] of contents.entries()) {
            yield* provider.writeFile({ ...req(`/f${i}`), content })
            expect(yield* provider.readFile(req(`/f${i}`))).toBe(content)
          }
          // A size is in bytes, as on disk.
          expect((yield* provider.stat(req("/f1"))).size).toBe(Buffer.byteLength(contents[1]!, "utf8"))
        }))

      it.effect("appends to a file, creating it and its directories, in order; a write replaces what was appended", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          yield* provider.appendFile({ ...req("/session-state/events.jsonl"), content: "{\"a\":1}\n" })
          yield* provider.appendFile({ ...req("/session-state/events.jsonl"), content: "{\"b\":2}\n" })
          yield* provider.appendFile({ ...req("/session-state/events.jsonl"), content: "{\"c\":\"é\"}\n" })
          expect(yield* provider.readFile(req("/session-state/events.jsonl"))).toBe("{\"a\":1}\n{\"b\":2}\n{\"c\":\"é\"}\n")
          expect((yield* provider.stat(req("/session-state/events.jsonl"))).size).toBe(27)
          yield* provider.writeFile({ ...req("/session-state/events.jsonl"), content: "fresh\n" })
          yield* provider.appendFile({ ...req("/session-state/events.jsonl"), content: "more\n" })
          expect(yield* provider.readFile(req("/session-state/events.jsonl"))).toBe("fresh\nmore\n")
          expect((yield* provider.stat(req("/session-state/events.jsonl"))).size).toBe(11)
        }))

      it.effect("an append adds a row: it does not rewrite the file", () =>
        Effect.gen(function*() {
          const { provider, tablePrefix } = yield* fresh()
          const sql = yield* SqlClient.SqlClient
          yield* provider.writeFile({ ...req("/events.jsonl"), content: "first\n" })
          for (let i = 0; i < 20; i++) yield* provider.appendFile({ ...req("/events.jsonl"), content: `line ${i}\n` })
          const [file] = yield* sql<{ size: unknown }>`SELECT length(content) AS size FROM ${sql(`${tablePrefix}entries`)}
            WHERE path = '/events.jsonl'`
          expect(Number(file?.size)).toBe("first\n".length)
          const rows = yield* sql<{ n: unknown }>`SELECT count(*) AS n FROM ${sql(`${tablePrefix}chunks`)}`
          expect(Number(rows[0]?.n)).toBe(20)
          const lines = (yield* provider.readFile(req("/events.jsonl"))).split("\n")
          expect(lines.slice(0, 3)).toEqual(["first", "line 0", "line 1"])
          expect(lines.length).toBe(22)
        }))

      it.effect("concurrent appends to one file, from two providers on the same database: every line once, none torn", () =>
        Effect.gen(function*() {
          const { provider, tablePrefix } = yield* fresh()
          const other = yield* SqlSessionFs.make({ tablePrefix })
          const lines = Array.from({ length: 60 }, (_, i) => `{"event":${i},"pad":"${"p".repeat(i * 7)}"}`)
          yield* Effect.forEach(
            lines,
            (line, i) => (i % 2 === 0 ? provider : other).appendFile({ ...req("/session-state/events.jsonl"), content: `${line}\n` }),
            { concurrency: "unbounded", discard: true }
          )
          const read = (yield* provider.readFile(req("/session-state/events.jsonl"))).split("\n")
          expect(read.pop()).toBe("")
          expect([...read].sort()).toEqual([...lines].sort())
          expect((yield* other.stat(req("/session-state/events.jsonl"))).size).toBe(
            lines.reduce((n, line) => n + line.length + 1, 0)
          )
        }))

      it.effect("tells whether a path exists; the session's / exists once something was written", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          expect(yield* provider.exists(req("/"))).toBe(false)
          expect(yield* provider.exists(req("/plan.md"))).toBe(false)
          yield* provider.writeFile({ ...req("/plan.md"), content: "# Plan" })
          expect(yield* provider.exists(req("/plan.md"))).toBe(true)
          expect(yield* provider.exists(req("/"))).toBe(true)
          expect(yield* provider.exists(req("/plan.md/inside"))).toBe(false)
        }))

      it.effect("stats files and directories", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          const before = Date.now() - 2000
          yield* provider.writeFile({ ...req("/dir/file.txt"), content: "12345" })
          const file = yield* provider.stat(req("/dir/file.txt"))
          expect(file).toMatchObject({ isFile: true, isDirectory: false, size: 5 })
          expect(file.mtime.getTime()).toBeGreaterThan(before)
          expect(file.birthtime.getTime()).toBeLessThanOrEqual(file.mtime.getTime())
          expect(yield* provider.stat(req("/dir"))).toMatchObject({ isFile: false, isDirectory: true })
          expect(yield* provider.stat(req("/"))).toMatchObject({ isDirectory: true })
        }))

      it.effect("makes directories, recursively or not, with the disk's errors", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          yield* provider.mkdir({ ...req("/a/b/c"), recursive: true })
          expect(yield* provider.stat(req("/a/b/c"))).toMatchObject({ isDirectory: true })
          yield* provider.mkdir({ ...req("/a/b/c"), recursive: true }) // already there: fine
          yield* provider.mkdir({ ...req("/a/b/d"), mode: 0o700 })
          expect([...(yield* provider.readdir(req("/a/b")))]).toEqual(["c", "d"])
          expect((yield* failure(provider.mkdir(req("/x/y")))).code).toBe("ENOENT")
          const exists = yield* failure(provider.mkdir(req("/a/b/c")))
          expect(exists).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("EEXIST") })
          yield* provider.writeFile({ ...req("/a/f"), content: "" })
          const throughFile = yield* failure(provider.mkdir({ ...req("/a/f/g"), recursive: true }))
          expect(throughFile).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("ENOTDIR") })
        }))

      it.effect("lists directories, with and without entry types", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          yield* provider.writeFile({ ...req("/s/one.txt"), content: "1" })
          yield* provider.mkdir({ ...req("/s/sub"), recursive: true })
          yield* provider.writeFile({ ...req("/s/sub/deeper.txt"), content: "2" })
          expect(yield* provider.readdir(req("/s"))).toEqual(["one.txt", "sub"])
          expect(yield* provider.readdirWithTypes(req("/s"))).toEqual([
            { name: "one.txt", type: "file" },
            { name: "sub", type: "directory" }
          ])
          expect(yield* provider.readdir(req("/"))).toEqual(["s"])
          const onFile = yield* failure(provider.readdir(req("/s/one.txt")))
          expect(onFile).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("ENOTDIR") })
        }))

      it.effect("removes files and directory trees, and nothing beside them; force ignores missing paths", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          yield* provider.writeFile({ ...req("/t/f.txt"), content: "x" })
          yield* provider.appendFile({ ...req("/t/deep/g.txt"), content: "y" })
          yield* provider.appendFile({ ...req("/t/deep/g.txt"), content: "y" })
          yield* provider.writeFile({ ...req("/t2/kept.txt"), content: "kept" })
          yield* provider.writeFile({ ...req("/t.txt"), content: "kept" })
          yield* provider.rm(req("/t/f.txt"))
          expect(yield* provider.exists(req("/t/f.txt"))).toBe(false)
          const notEmpty = yield* failure(provider.rm(req("/t")))
          expect(notEmpty).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("EISDIR") })
          yield* provider.rm({ ...req("/t"), recursive: true })
          expect(yield* provider.exists(req("/t"))).toBe(false)
          expect(yield* provider.exists(req("/t/deep/g.txt"))).toBe(false)
          expect(yield* provider.readFile(req("/t2/kept.txt"))).toBe("kept")
          expect(yield* provider.readFile(req("/t.txt"))).toBe("kept")
          yield* provider.rm({ ...req("/t"), force: true })
          expect((yield* failure(provider.rm(req("/t")))).code).toBe("ENOENT")
          // A file made again where a removed one with appends was starts empty.
          yield* provider.appendFile({ ...req("/t/deep/g.txt"), content: "new" })
          expect(yield* provider.readFile(req("/t/deep/g.txt"))).toBe("new")
          const root = yield* failure(provider.rm({ ...req("/"), recursive: true }))
          expect(root).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("session's own directory") })
        }))

      it.effect("renames files, as the runtime does for its atomic writes, replacing the target", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          yield* provider.writeFile({ ...req("/workspace.yaml"), content: "old" })
          yield* provider.writeFile({ ...req("/workspace.yaml.tmp.1"), content: "id: s" })
          yield* provider.rename({ sessionId, src: "/workspace.yaml.tmp.1", dest: "/workspace.yaml" })
          expect(yield* provider.readFile(req("/workspace.yaml"))).toBe("id: s")
          expect(yield* provider.exists(req("/workspace.yaml.tmp.1"))).toBe(false)
          expect(yield* provider.readdir(req("/"))).toEqual(["workspace.yaml"])
          expect((yield* failure(provider.rename({ sessionId, src: "/nope", dest: "/x" }))).code).toBe("ENOENT")
          // Into a directory that is not there yet: made, as on disk.
          yield* provider.rename({ sessionId, src: "/workspace.yaml", dest: "/archive/2024/workspace.yaml" })
          expect(yield* provider.readFile(req("/archive/2024/workspace.yaml"))).toBe("id: s")
        }))

      it.effect("renames directories with everything in them, appended files included", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          yield* provider.appendFile({ ...req("/src/a/events.jsonl"), content: "1\n" })
          yield* provider.appendFile({ ...req("/src/a/events.jsonl"), content: "2\n" })
          yield* provider.writeFile({ ...req("/src/b.txt"), content: "b" })
          yield* provider.writeFile({ ...req("/src-sibling/c.txt"), content: "c" })
          yield* provider.rename({ sessionId, src: "/src", dest: "/dst" })
          expect(yield* provider.readFile(req("/dst/a/events.jsonl"))).toBe("1\n2\n")
          expect(yield* provider.readdirWithTypes(req("/dst"))).toEqual([
            { name: "a", type: "directory" },
            { name: "b.txt", type: "file" }
          ])
          expect(yield* provider.exists(req("/src"))).toBe(false)
          expect(yield* provider.readFile(req("/src-sibling/c.txt"))).toBe("c")
          yield* provider.appendFile({ ...req("/dst/a/events.jsonl"), content: "3\n" })
          expect(yield* provider.readFile(req("/dst/a/events.jsonl"))).toBe("1\n2\n3\n")
          // Onto an empty directory: replaced; onto one with entries, a file, or into itself: refused.
          yield* provider.mkdir({ ...req("/empty") })
          yield* provider.rename({ sessionId, src: "/dst", dest: "/empty" })
          expect(yield* provider.readFile(req("/empty/b.txt"))).toBe("b")
          yield* provider.writeFile({ ...req("/full/x"), content: "x" })
          const errors = [
            yield* failure(provider.rename({ sessionId, src: "/empty", dest: "/full" })),
            yield* failure(provider.rename({ sessionId, src: "/empty", dest: "/full/x" })),
            yield* failure(provider.rename({ sessionId, src: "/full/x", dest: "/empty" })),
            yield* failure(provider.rename({ sessionId, src: "/empty", dest: "/empty/inner" }))
          ]
          expect(errors.map((error) => error.message?.match(/E[A-Z]+/)?.[0])).toEqual(["ENOTEMPTY", "ENOTDIR", "EISDIR", "EINVAL"])
          expect(errors.every((error) => error.code === "UNKNOWN")).toBe(true)
          expect(yield* provider.readFile(req("/empty/a/events.jsonl"))).toBe("1\n2\n3\n")
        }))

      it.effect("fails with ENOENT on missing paths, naming the path; through a file it is ENOTDIR", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
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
          yield* provider.writeFile({ ...req("/file"), content: "" })
          expect(yield* failure(provider.readFile(req("/file/x")))).toMatchObject({
            code: "UNKNOWN",
            message: expect.stringContaining("ENOTDIR")
          })
          expect(yield* failure(provider.readFile(req("/")))).toMatchObject({ message: expect.stringContaining("EISDIR") })
          expect(yield* failure(provider.writeFile({ ...req("/"), content: "x" }))).toMatchObject({
            message: expect.stringContaining("EISDIR")
          })
        }))

      it.effect("refuses '..' above the session and NUL bytes; absolute host paths are the session's own", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          for (const escaping of ["../x", "a/../../x", "/../../../etc/passwd", "session-state/../../.."]) {
            const error = yield* failure(provider.writeFile({ ...req(escaping), content: "pwned" }))
            expect(error).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("escapes the root") })
            expect((yield* failure(provider.readFile(req(escaping)))).message).toContain("refused")
          }
          const nul = yield* failure(provider.writeFile({ ...req("a\0b"), content: "x" }))
          expect(nul).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("NUL") })
          expect((yield* failure(provider.rename({ sessionId, src: "/a", dest: "../b" }))).message).toContain("escapes")
          expect((yield* failure(provider.readFile(req("/etc/passwd")))).code).toBe("ENOENT")
          yield* provider.writeFile({ ...req("a/../b.txt"), content: "ok" })
          expect(yield* provider.readFile(req("/b.txt"))).toBe("ok")
          expect(yield* provider.readdir(req("/"))).toEqual(["b.txt"])
        }))

      it.effect("answers long names with ENAMETOOLONG and deep paths with the file", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          const tooLong = yield* failure(provider.writeFile({ ...req(`/${"n".repeat(300)}`), content: "x" }))
          expect(tooLong).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("ENAMETOOLONG") })
          const deep = "/" + Array.from({ length: 120 }, (_, i) => `${String(i).padStart(3, "0")}${"d".repeat(37)}`).join("/")
          yield* provider.writeFile({ ...req(`${deep}/leaf.txt`), content: "deep" })
          expect(yield* provider.readFile(req(`${deep}/leaf.txt`))).toBe("deep")
          yield* provider.rm({ ...req("/" + deep.split("/")[1]), recursive: true })
          expect(yield* provider.readdir(req("/"))).toEqual([])
        }))

      it.effect("keeps sessions apart; with perSession: false every request shares one tree", () =>
        Effect.gen(function*() {
          const { provider, tablePrefix } = yield* fresh()
          yield* provider.writeFile({ sessionId: "one", path: "/events.jsonl", content: "1" })
          yield* provider.writeFile({ sessionId: "two", path: "/events.jsonl", content: "2" })
          expect(yield* provider.readFile({ sessionId: "one", path: "/events.jsonl" })).toBe("1")
          expect(yield* provider.readFile({ sessionId: "two", path: "/events.jsonl" })).toBe("2")
          yield* provider.rm({ sessionId: "one", path: "/events.jsonl" })
          expect(yield* provider.readFile({ sessionId: "two", path: "/events.jsonl" })).toBe("2")
          // A session id is a key, not a directory name.
          yield* provider.writeFile({ sessionId: "../weird id/", path: "/x", content: "w" })
          expect(yield* provider.readFile({ sessionId: "../weird id/", path: "/x" })).toBe("w")
          const shared = yield* SqlSessionFs.make({ tablePrefix: `${tablePrefix}shared_`, perSession: false })
          yield* shared.writeFile({ sessionId: "one", path: "/plan.md", content: "# P" })
          expect(yield* shared.readFile({ sessionId: "two", path: "/plan.md" })).toBe("# P")
        }))

      it.effect("with windows conventions, backslashes split and a drive is the session's /", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh({ conventions: "windows" })
          yield* provider.writeFile({ ...req("C:\\session-state\\plan.md"), content: "# P" })
          expect(yield* provider.readFile(req("/session-state/plan.md"))).toBe("# P")
          expect((yield* failure(provider.writeFile({ ...req("a\\..\\..\\x"), content: "x" }))).message).toContain("escapes the root")
        }))

      it.effect("a second provider on the same tables (another process, another runner) resumes the state", () =>
        Effect.gen(function*() {
          const { provider, tablePrefix } = yield* fresh()
          yield* provider.writeFile({ ...req("/session-state/workspace.yaml"), content: "id: s\n" })
          yield* provider.appendFile({ ...req("/session-state/events.jsonl"), content: "e1\n" })
          const again = yield* SqlSessionFs.make({ tablePrefix })
          expect(yield* again.readFile(req("/session-state/workspace.yaml"))).toBe("id: s\n")
          yield* again.appendFile({ ...req("/session-state/events.jsonl"), content: "e2\n" })
          expect(yield* provider.readFile(req("/session-state/events.jsonl"))).toBe("e1\ne2\n")
        }))

      it.effect("refuses a table prefix that is not a plain name", () =>
        Effect.gen(function*() {
          const error = yield* failure(SqlSessionFs.make({ tablePrefix: "x; DROP TABLE y; --" }))
          expect(error._tag).toBe("SqlError")
          expect(error.message).toContain("tablePrefix")
        }))

      it.effect("serves the wire: results with errors inside, null for the void methods, ISO 8601 times", () =>
        Effect.gen(function*() {
          const { provider } = yield* fresh()
          expect(yield* SessionFs.serve(provider, "sessionFs.writeFile", { ...req("/w.txt"), content: "x", mode: 384 })).toBeNull()
          expect(yield* SessionFs.serve(provider, "sessionFs.appendFile", { ...req("/w.txt"), content: "y" })).toBeNull()
          expect(yield* SessionFs.serve(provider, "sessionFs.readFile", req("/w.txt"))).toEqual({ content: "xy" })
          expect(yield* SessionFs.serve(provider, "sessionFs.readFile", req("/nope"))).toMatchObject({
            content: "",
            error: { code: "ENOENT" }
          })
          const stat = yield* SessionFs.serve(provider, "sessionFs.stat", req("/w.txt"))
          expect(stat).toHaveProperty("mtime", expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/))
          expect(yield* SessionFs.serve(provider, "sessionFs.mkdir", { ...req("/d"), recursive: true })).toBeNull()
          expect(yield* SessionFs.serve(provider, "sessionFs.rename", { sessionId, src: "/w.txt", dest: "/d/w.txt" })).toBeNull()
          expect(yield* SessionFs.serve(provider, "sessionFs.exists", req("/d/w.txt"))).toEqual({ exists: true })
          expect(yield* SessionFs.serve(provider, "sessionFs.readdirWithTypes", req("/d"))).toEqual({
            entries: [{ name: "w.txt", type: "file" }]
          })
          expect(yield* SessionFs.serve(provider, "sessionFs.rm", { ...req("/d"), recursive: true })).toBeNull()
          expect(yield* SessionFs.serve(provider, "sessionFs.rm", req("/gone"))).toMatchObject({ code: "ENOENT" })
        }))

      it.effect("is also a service: SqlSessionFs.layer", () =>
        Effect.gen(function*() {
          const tablePrefix = `t${process.pid}_${++tables}_`
          const provider = yield* SessionFs.SessionFs.pipe(Effect.provide(SqlSessionFs.layer({ tablePrefix })))
          yield* provider.writeFile({ ...req("/a.txt"), content: "via layer" })
          expect(yield* (yield* SqlSessionFs.make({ tablePrefix })).readFile(req("/a.txt"))).toBe("via layer")
        }))
    })
  })
}
