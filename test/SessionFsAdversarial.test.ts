/**
 * The default session file system under attack: whoever can write into the
 * provider's root (the runtime, a tool, another process) must not be able to
 * make the provider read or write outside the session's own directory, with
 * `..`, absolute paths, NUL bytes, symbolic links in and out, symlinked
 * parents, links between sessions, very long paths, or by swapping a
 * directory for a link while the provider works in it.
 */
import { FileSystem, Path } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Layer, Ref } from "effect"
import { SessionFs } from "effect-copilot"
import { spawn } from "node:child_process"
import * as fsp from "node:fs/promises"
import * as nodePath from "node:path"
import * as Confined from "../src/internal/confinedFs.js"

const s1 = "session-one"
const s2 = "session-two"

/** A provider on a fresh root, a second directory outside it, and helpers to look at the disk. */
const setup = Effect.gen(function*() {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const root = yield* fs.makeTempDirectoryScoped()
  const outside = yield* fs.makeTempDirectoryScoped()
  yield* fs.writeFileString(path.join(outside, "secret"), "OUTSIDE")
  yield* fs.writeFileString(path.join(outside, "only-outside"), "OUTSIDE")
  const provider = yield* SessionFs.fromFileSystem(root)
  const inSession = (sessionId: string, ...segments: Array<string>) => path.join(root, sessionId, ...segments)
  yield* fs.makeDirectory(inSession(s1), { recursive: true })
  /** What the outside directory holds: must stay as made, with the secret's content. */
  const outsideState = Effect.gen(function*() {
    const names = [...(yield* fs.readDirectory(outside))].sort()
    const secret = yield* fs.readFileString(path.join(outside, "secret")).pipe(Effect.orElseSucceed(() => "<removed>"))
    return { names, secret }
  })
  return { fs, path, root, outside, provider, inSession, outsideState }
})

const untouched = { names: ["only-outside", "secret"], secret: "OUTSIDE" }

/** The failure of an effect that must fail. */
const failure = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.flatMap(Effect.either(effect), Either.match({
    onLeft: Effect.succeed,
    onRight: (value) => Effect.dieMessage(`expected a failure, got ${JSON.stringify(value)}`)
  }))

describe("SessionFs.fromFileSystem under attack", () => {
  it.scoped("refuses '..' above the session, absolute host paths stay in the session, NUL bytes are refused", () =>
    Effect.gen(function*() {
      const { fs, inSession, outsideState, provider } = yield* setup
      yield* fs.writeFileString(inSession(s1, "..", "root-file"), "root")
      for (const escaping of ["..", "../root-file", `../${s2}/x`, "/a/../../root-file"]) {
        const read = yield* failure(provider.readFile({ sessionId: s1, path: escaping }))
        expect(read.message).toContain("refused")
        yield* failure(provider.writeFile({ sessionId: s1, path: escaping, content: "x" }))
      }
      expect(yield* fs.readFileString(inSession(s1, "..", "root-file"))).toBe("root")
      yield* provider.writeFile({ sessionId: s1, path: "/tmp/x", content: "mine" })
      expect(yield* fs.readFileString(inSession(s1, "tmp", "x"))).toBe("mine")
      const nul = yield* failure(provider.writeFile({ sessionId: s1, path: "a\0b", content: "x" }))
      expect(nul).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("NUL") })
      expect(yield* outsideState).toEqual(untouched)
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("on a host whose separator is a backslash, backslashes split paths and cannot climb out either", () =>
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path
      const root = yield* fs.makeTempDirectoryScoped()
      // The path service of a Windows host, as far as the provider asks it.
      const windowsish = Layer.succeed(Path.Path, { ...path, sep: "\\" })
      const provider = yield* SessionFs.fromFileSystem(root).pipe(Effect.provide(windowsish))
      yield* provider.writeFile({ sessionId: s1, path: "C:\\session-state\\plan.md", content: "# P" })
      expect(yield* fs.readFileString(path.join(root, s1, "session-state", "plan.md"))).toBe("# P")
      for (const escaping of ["..\\x", "a\\..\\..\\x", "C:\\..\\x"]) {
        expect((yield* failure(provider.writeFile({ sessionId: s1, path: escaping, content: "x" }))).message)
          .toContain("escapes the root")
      }
      const stream = yield* failure(provider.writeFile({ sessionId: s1, path: "a\\D:\\x", content: "x" }))
      expect(stream.message).toContain("drive")
      expect([...(yield* fs.readDirectory(root))]).toEqual([s1])
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("follows links that stay in the session, refuses links out of it, in the last component or a parent", () =>
    Effect.gen(function*() {
      const { fs, inSession, outside, outsideState, path, provider } = yield* setup
      yield* provider.writeFile({ sessionId: s1, path: "/real/f.txt", content: "in" })
      yield* fs.symlink("real", inSession(s1, "relative-alias"))
      yield* fs.symlink(inSession(s1, "real"), inSession(s1, "absolute-alias"))
      yield* fs.symlink("real/f.txt", inSession(s1, "file-alias"))
      expect(yield* provider.readFile({ sessionId: s1, path: "/relative-alias/f.txt" })).toBe("in")
      expect(yield* provider.readFile({ sessionId: s1, path: "/absolute-alias/f.txt" })).toBe("in")
      expect(yield* provider.readFile({ sessionId: s1, path: "/file-alias" })).toBe("in")
      yield* provider.writeFile({ sessionId: s1, path: "/relative-alias/g.txt", content: "through" })
      expect(yield* fs.readFileString(inSession(s1, "real", "g.txt"))).toBe("through")

      yield* fs.symlink(outside, inSession(s1, "out-dir"))
      yield* fs.symlink(path.join(outside, "secret"), inSession(s1, "out-file"))
      yield* fs.symlink(path.join(outside, "new"), inSession(s1, "out-dangling"))
      yield* fs.symlink("../../../../../../../../..", inSession(s1, "real", "up"))
      const attempts = [
        provider.readFile({ sessionId: s1, path: "/out-dir/secret" }),
        provider.readFile({ sessionId: s1, path: "/out-file" }),
        provider.writeFile({ sessionId: s1, path: "/out-file", content: "pwned" }),
        provider.appendFile({ sessionId: s1, path: "/out-file", content: "pwned" }),
        provider.writeFile({ sessionId: s1, path: "/out-dir/new", content: "pwned" }),
        provider.writeFile({ sessionId: s1, path: "/out-dangling", content: "pwned" }),
        provider.mkdir({ sessionId: s1, path: "/out-dir/new", recursive: true }),
        provider.readdir({ sessionId: s1, path: "/out-dir" }),
        provider.stat({ sessionId: s1, path: "/out-file" }),
        provider.rm({ sessionId: s1, path: "/out-dir/secret" }),
        provider.rename({ sessionId: s1, src: "/out-dir/secret", dest: "/stolen" }),
        provider.rename({ sessionId: s1, src: "/real/f.txt", dest: "/out-dir/new" }),
        provider.readFile({ sessionId: s1, path: "/real/up/etc/passwd" })
      ]
      for (const attempt of attempts) {
        const error = yield* failure(attempt)
        expect(error).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("symbolic link") })
      }
      expect(yield* outsideState).toEqual(untouched)
      // Removing or renaming a link removes or renames the link, never what it points to.
      yield* provider.rm({ sessionId: s1, path: "/out-file" })
      yield* provider.rename({ sessionId: s1, src: "/out-dir", dest: "/moved-link" })
      yield* provider.rm({ sessionId: s1, path: "/moved-link", recursive: true })
      expect(yield* outsideState).toEqual(untouched)
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("refuses to read or write a file that has other hard links", () =>
    Effect.gen(function*() {
      const { fs, inSession, outside, outsideState, path, provider } = yield* setup
      yield* fs.link(path.join(outside, "secret"), inSession(s1, "hard"))
      for (const attempt of [
        provider.readFile({ sessionId: s1, path: "/hard" }),
        provider.writeFile({ sessionId: s1, path: "/hard", content: "pwned" }),
        provider.appendFile({ sessionId: s1, path: "/hard", content: "pwned" })
      ]) {
        expect((yield* failure(attempt)).message).toContain("hard links")
      }
      expect(yield* outsideState).toEqual(untouched)
      // Removing the link leaves the other name alone.
      yield* provider.rm({ sessionId: s1, path: "/hard" })
      expect(yield* outsideState).toEqual(untouched)
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("confines each session to its own directory: links to a sibling session are refused", () =>
    Effect.gen(function*() {
      const { fs, inSession, provider, root, path } = yield* setup
      yield* provider.writeFile({ sessionId: s2, path: "/session-state/events.jsonl", content: "s2's history" })
      yield* fs.symlink(inSession(s2), inSession(s1, "absolute"))
      yield* fs.symlink(`../${s2}/session-state`, inSession(s1, "relative"))
      for (const attempt of [
        provider.readFile({ sessionId: s1, path: "/absolute/session-state/events.jsonl" }),
        provider.readFile({ sessionId: s1, path: "/relative/events.jsonl" }),
        provider.writeFile({ sessionId: s1, path: "/relative/events.jsonl", content: "overwritten" }),
        provider.readdir({ sessionId: s1, path: "/absolute" })
      ]) {
        expect((yield* failure(attempt)).message).toContain("symbolic link")
      }
      // A session whose directory itself is a link to another session's is refused too.
      yield* fs.symlink(inSession(s2), path.join(root, "session-three"))
      const hijacked = yield* failure(provider.readFile({ sessionId: "session-three", path: "/session-state/events.jsonl" }))
      expect(hijacked.message).toContain("symbolic link")
      yield* failure(provider.writeFile({ sessionId: "session-three", path: "/x", content: "x" }))
      expect(yield* fs.readFileString(inSession(s2, "session-state", "events.jsonl"))).toBe("s2's history")
      expect([...(yield* fs.readDirectory(inSession(s2)))]).toEqual(["session-state"])
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("lists dangling links and links out as files, and links to directories inside as directories", () =>
    Effect.gen(function*() {
      const { fs, inSession, outside, provider } = yield* setup
      yield* provider.writeFile({ sessionId: s1, path: "/d/plain.txt", content: "p" })
      yield* provider.mkdir({ sessionId: s1, path: "/d/sub" })
      yield* fs.symlink("missing", inSession(s1, "d", "dangling"))
      yield* fs.symlink(outside, inSession(s1, "d", "out"))
      yield* fs.symlink("sub", inSession(s1, "d", "sub-alias"))
      yield* fs.symlink("loop", inSession(s1, "d", "loop"))
      const entries = [...(yield* provider.readdirWithTypes({ sessionId: s1, path: "/d" }))]
        .sort((a, b) => a.name.localeCompare(b.name))
      expect(entries).toEqual([
        { name: "dangling", type: "file" },
        { name: "loop", type: "file" },
        { name: "out", type: "file" },
        { name: "plain.txt", type: "file" },
        { name: "sub", type: "directory" },
        { name: "sub-alias", type: "directory" }
      ])
      // A link to itself is refused, not followed forever.
      expect((yield* failure(provider.readFile({ sessionId: s1, path: "/d/loop" }))).message).toContain("symbolic link")
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("answers long names and deep paths with an error or the file, never a crash", () =>
    Effect.gen(function*() {
      const { outsideState, provider } = yield* setup
      const longName = "n".repeat(300)
      const tooLong = yield* failure(provider.writeFile({ sessionId: s1, path: `/${longName}`, content: "x" }))
      expect(tooLong).toMatchObject({ code: "UNKNOWN", message: expect.stringContaining("ENAMETOOLONG") })
      // 120 directories of 40 characters: the whole path is longer than PATH_MAX (4096).
      const deep = "/" + Array.from({ length: 120 }, (_, i) => `${String(i).padStart(3, "0")}${"d".repeat(37)}`).join("/")
      yield* provider.writeFile({ sessionId: s1, path: `${deep}/leaf.txt`, content: "deep" })
      expect(yield* provider.readFile({ sessionId: s1, path: `${deep}/leaf.txt` })).toBe("deep")
      yield* provider.rm({ sessionId: s1, path: "/" + deep.split("/")[1], recursive: true })
      expect(yield* provider.readdir({ sessionId: s1, path: "/" })).toEqual([])
      expect(yield* outsideState).toEqual(untouched)
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped.each([
    { swapped: "a directory in the session", d: "/d" },
    { swapped: "the session's own directory", d: "" }
  ])("holds while another process swaps $swapped for a link out of the session", ({ d: at }) =>
    Effect.gen(function*() {
      const { fs, inSession, outside, outsideState, provider } = yield* setup
      const swapped = at === "" ? inSession(s1) : inSession(s1, "d")
      yield* fs.makeDirectory(swapped, { recursive: true })
      // The swapper: renames the directory away, puts a link to the outside in its place, and back, as fast as it can.
      const script = `
        const fs = require("node:fs")
        const [d, real, out, ms] = process.argv.slice(1)
        const end = Date.now() + Number(ms)
        let swaps = 0
        while (Date.now() < end) {
          try { fs.renameSync(d, real) } catch {}
          try { fs.symlinkSync(out, d); swaps++ } catch {}
          try { if (fs.lstatSync(d).isSymbolicLink()) fs.unlinkSync(d); else fs.rmSync(d, { recursive: true, force: true }) } catch {}
          try { fs.renameSync(real, d) } catch {}
        }
        process.stdout.write(String(swaps))
      `
      const swapper = yield* Effect.acquireRelease(
        Effect.sync(() => spawn(process.execPath, ["-e", script, swapped, `${swapped}.real`, outside, "1200"])),
        (child) => Effect.sync(() => child.kill())
      )
      const swaps = Effect.async<number>((resume) => {
        let out = ""
        swapper.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()))
        swapper.on("close", () => resume(Effect.succeed(Number(out))))
      })
      const done = yield* Ref.make(false)
      const operations = yield* Ref.make(0)
      const leaks = yield* Ref.make<ReadonlyArray<string>>([])
      const leak = (what: string) => Ref.update(leaks, (all) => [...all, what])
      const sid = { sessionId: s1 }
      const attack = (n: number) =>
        Effect.gen(function*() {
          const read = yield* Effect.either(provider.readFile({ ...sid, path: `${at}/secret` }))
          // The loop writes PWNED into the session (a reader may catch it half written); OUTSIDE is outside.
          if (Either.isRight(read) && read.right.includes("OUTSIDE")) yield* leak(`readFile read ${read.right}`)
          const listed = yield* Effect.either(provider.readdir({ ...sid, path: at === "" ? "/" : at }))
          if (Either.isRight(listed) && listed.right.includes("only-outside")) yield* leak("readdir listed the outside")
          const other = yield* Effect.either(provider.readFile({ ...sid, path: `${at}/only-outside` }))
          if (Either.isRight(other)) yield* leak(`readFile read ${other.right}`)
          const stat = yield* Effect.either(provider.stat({ ...sid, path: `${at}/only-outside` }))
          if (Either.isRight(stat)) yield* leak("stat saw the outside")
          const typed = yield* Effect.either(provider.readdirWithTypes({ ...sid, path: at === "" ? "/" : at }))
          if (Either.isRight(typed) && typed.right.some((entry) => entry.name === "only-outside")) {
            yield* leak("readdirWithTypes listed the outside")
          }
          yield* Effect.either(provider.writeFile({ ...sid, path: `${at}/secret`, content: "PWNED" }))
          yield* Effect.either(provider.writeFile({ ...sid, path: `${at}/w${n % 4}`, content: "PWNED" }))
          yield* Effect.either(provider.appendFile({ ...sid, path: `${at}/append`, content: "PWNED" }))
          yield* Effect.either(provider.mkdir({ ...sid, path: `${at}/m${n % 4}/x`, recursive: true }))
          yield* Effect.either(provider.rename({ ...sid, src: `${at}/w${n % 4}`, dest: `${at}/r${n % 4}` }))
          yield* Effect.either(provider.rm({ ...sid, path: `${at}/secret`, force: true }))
          yield* Effect.either(provider.rm({ ...sid, path: `${at}/m${n % 4}`, recursive: true, force: true }))
          yield* Ref.update(operations, (k) => k + 12)
          const seen = yield* outsideState
          if (seen.names.join() !== untouched.names.join() || seen.secret !== untouched.secret) yield* leak(`outside now ${JSON.stringify(seen)}`)
        })
      const loop = (worker: number) =>
        Effect.gen(function*() {
          for (let n = worker; !(yield* Ref.get(done)); n += 2) yield* attack(n)
        })
      const [swapCount] = yield* Effect.all([
        Effect.zipLeft(swaps, Ref.set(done, true)),
        loop(0),
        loop(1)
      ], { concurrency: "unbounded" })
      const count = yield* Ref.get(operations)
      // Both sides really ran, so the race was on (loose bounds: the machine may be busy).
      expect(swapCount).toBeGreaterThan(50)
      expect(count).toBeGreaterThan(50)
      console.log(`swap race: ${swapCount} swaps, ${count} operations, ${(yield* Ref.get(leaks)).length} escapes`)
      expect(yield* Ref.get(leaks)).toEqual([])
      expect(yield* outsideState).toEqual(untouched)
    }).pipe(Effect.provide(NodeContext.layer)), 20_000)
})

describe("the confined operations without /proc/self/fd (as on macOS)", () => {
  it.scoped("walk by path with O_NOFOLLOW: follow links inside, refuse links out and to other sessions", () =>
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const root = yield* Effect.flatMap(fs.makeTempDirectoryScoped(), fs.realPath)
      const outside = yield* fs.makeTempDirectoryScoped()
      const probed = yield* Effect.promise(() => Confined.probeRoot(root))
      const session = Confined.confine({ ...probed, procFd: false }, s1)
      yield* Effect.promise(async () => {
        await session.writeFile(["real", "f.txt"], "in", { append: false })
        await session.writeFile(["real", "f.txt"], "+more", { append: true })
        await fsp.symlink("real", nodePath.join(root, s1, "alias"))
        await fsp.symlink(outside, nodePath.join(root, s1, "out"))
        await fsp.mkdir(nodePath.join(root, s2))
        await fsp.symlink(nodePath.join(root, s2), nodePath.join(root, s1, "other"))
        expect(await session.readFile(["alias", "f.txt"])).toBe("in+more")
        expect(await session.entries([])).toEqual(expect.arrayContaining([
          { name: "alias", type: "directory" },
          { name: "out", type: "file" },
          { name: "real", type: "directory" }
        ]))
        for (const attempt of [
          () => session.writeFile(["out", "x"], "pwned", { append: false }),
          () => session.readdir(["other"]),
          () => session.mkdir(["other", "x"], { recursive: true })
        ]) {
          await expect(attempt()).rejects.toBeInstanceOf(Confined.Refused)
        }
        await session.rm(["out"], { recursive: true, force: false })
        await session.rename(["real"], ["moved"])
        await session.rm(["moved"], { recursive: true, force: false })
        expect((await session.readdir([])).sort()).toEqual(["alias", "other"])
        expect(await fsp.readdir(outside)).toEqual([])
        expect(await fsp.readdir(nodePath.join(root, s2))).toEqual([])
      })
    }).pipe(Effect.provide(NodeContext.layer)))
})
