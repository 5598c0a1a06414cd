/**
 * File operations confined to one directory, safe against concurrent swaps
 * of directories for symbolic links.
 *
 * Node has no `openat` and no `O_BENEATH`, so a path is never handed to the
 * kernel whole. It is walked one component at a time from an open descriptor
 * of the confining directory: each component is opened relative to the
 * descriptor of its parent (on Linux through `/proc/self/fd/<fd>/<name>`,
 * which the kernel resolves as the directory the descriptor refers to) with
 * `O_NOFOLLOW`, so no step ever follows a link. A link met on the way is
 * read and interpreted here, against the confining directory: one that
 * stays inside is followed by restarting the walk with its target, any
 * other is refused. The final operation (open, mkdir, unlink, rename, rmdir,
 * lstat) again names an entry of an open directory, and files opened for
 * reading or writing are checked, through `/proc/self/fd/<fd>`, to be inside
 * the confining directory before a byte moves.
 *
 * Where `/proc/self/fd` is missing (not Linux) the walk goes by path with
 * `O_NOFOLLOW` on every component and checks that each opened directory is
 * still the entry its path names; that narrows the race but cannot close it.
 *
 * The operations are plain async functions, so that every descriptor is
 * closed by `finally` whatever happens; SessionFs wraps each in one Effect.
 *
 * @internal
 */
import { constants, type Stats } from "node:fs"
import * as fsp from "node:fs/promises"
import type { FileHandle } from "node:fs/promises"
import * as posix from "node:path/posix"
import { Data } from "effect"

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0
const O_DIRECTORY = constants.O_DIRECTORY ?? 0
const O_NONBLOCK = constants.O_NONBLOCK ?? 0
const { O_RDONLY, O_WRONLY, O_CREAT, O_APPEND } = constants

/** Links followed in one operation before it is refused (Linux's own limit). */
const maxLinks = 40

/** An operation was refused: it would have left the confining directory. */
export class Refused extends Data.TaggedError("Refused")<{ readonly reason: string }> {}

/** An operating-system error, by its code (`ENOENT`, `ENOTDIR`, ...). */
export const errnoOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined

const errno = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code })

const outOfSession = "leads out of the session's directory through a symbolic link"

/** An open directory and the path it had when opened. */
interface Dir {
  readonly handle: FileHandle
  readonly path: string
}

/** The final component turned out to be a symbolic link, with this target. */
class LinkTo {
  constructor(readonly target: string) {}
}

/** An entry found by {@link Confined.entries}, typed the way the session file system lists them. */
export interface Entry {
  readonly name: string
  readonly type: "file" | "directory"
}

/** The operations, on paths given as components relative to the confining directory. */
export interface Confined {
  readonly readFile: (segments: ReadonlyArray<string>) => Promise<string>
  readonly writeFile: (
    segments: ReadonlyArray<string>,
    content: string,
    options: { readonly mode?: number | undefined; readonly append: boolean }
  ) => Promise<void>
  readonly exists: (segments: ReadonlyArray<string>) => Promise<boolean>
  readonly stat: (segments: ReadonlyArray<string>) => Promise<Stats>
  readonly mkdir: (
    segments: ReadonlyArray<string>,
    options: { readonly recursive: boolean; readonly mode?: number | undefined }
  ) => Promise<void>
  readonly readdir: (segments: ReadonlyArray<string>) => Promise<Array<string>>
  readonly entries: (segments: ReadonlyArray<string>) => Promise<Array<Entry>>
  readonly rm: (
    segments: ReadonlyArray<string>,
    options: { readonly recursive: boolean; readonly force: boolean }
  ) => Promise<void>
  readonly rename: (src: ReadonlyArray<string>, dest: ReadonlyArray<string>) => Promise<void>
}

/** The confining root, as checked when the provider was made. */
export interface Root {
  /** The root's real path (no links in it). */
  readonly path: string
  readonly dev: number
  readonly ino: number
  /** Whether `/proc/self/fd/<fd>/<name>` reaches entries of an open directory. */
  readonly procFd: boolean
}

const closeQuietly = (dir: Dir) => dir.handle.close().catch(() => undefined)

const isInside = (parent: string, child: string) => {
  const relative = posix.relative(parent, child)
  return relative === "" || (relative !== ".." && !relative.startsWith("../") && !posix.isAbsolute(relative))
}

/**
 * Checks how this process can name an entry of an open directory: through
 * `/proc/self/fd`, or only by path.
 */
export const probeRoot = async (realPath: string): Promise<Root> => {
  const handle = await fsp.open(realPath, O_RDONLY | O_DIRECTORY)
  try {
    const own = await handle.stat()
    const viaProc = await fsp.stat(`/proc/self/fd/${handle.fd}/.`).catch(() => undefined)
    const procFd = viaProc !== undefined && viaProc.dev === own.dev && viaProc.ino === own.ino
    return { path: realPath, dev: own.dev, ino: own.ino, procFd }
  } finally {
    await handle.close()
  }
}

/**
 * The operations confined to `<root>/<sessionId>` (or to the root itself when
 * `sessionId` is undefined). The session's directory must be a directory, not
 * a link; it is created by the operations that write.
 */
export const confine = (root: Root, sessionId: string | undefined): Confined => {
  const basePath = sessionId === undefined ? root.path : posix.join(root.path, sessionId)

  const childPath = (dir: Dir, name: string) =>
    root.procFd ? `/proc/self/fd/${dir.handle.fd}/${name}` : posix.join(dir.path, name)
  const selfPath = (dir: Dir) => (root.procFd ? `/proc/self/fd/${dir.handle.fd}` : dir.path)

  /** Opens `name` in `dir` without following a link; without /proc, checks the path still names what was opened. */
  const openAt = async (dir: Dir, name: string, flags: number, mode?: number): Promise<Dir> => {
    const handle = await fsp.open(childPath(dir, name), flags | O_NOFOLLOW, mode)
    const opened: Dir = { handle, path: posix.join(dir.path, name) }
    if (!root.procFd) {
      try {
        const [held, named] = await Promise.all([handle.stat(), fsp.lstat(opened.path)])
        if (held.dev !== named.dev || held.ino !== named.ino) {
          throw new Refused({ reason: "was replaced while it was opened" })
        }
      } catch (error) {
        await closeQuietly(opened)
        throw error
      }
    }
    return opened
  }

  /** The target of `name` in `dir` when it is a symbolic link. */
  const linkAt = async (dir: Dir, name: string): Promise<string | undefined> => {
    const info = await fsp.lstat(childPath(dir, name))
    return info.isSymbolicLink() ? fsp.readlink(childPath(dir, name)) : undefined
  }

  /**
   * Checks that an opened file or directory is inside the session's directory
   * now. A path longer than the kernel reports (PATH_MAX) is checked instead
   * to be the very entry `name` of the directory it was opened in.
   */
  const verify = async (opened: Dir, entry?: { readonly parent: Dir; readonly name: string }): Promise<void> => {
    if (!root.procFd) return
    const real = await fsp.readlink(`/proc/self/fd/${opened.handle.fd}`).catch((error: unknown) => {
      if (errnoOf(error) === "ENAMETOOLONG" && entry !== undefined) return entry
      throw error
    })
    if (typeof real !== "string") {
      const [held, named] = await Promise.all([opened.handle.stat(), fsp.lstat(childPath(real.parent, real.name))])
      if (held.dev === named.dev && held.ino === named.ino) return
    } else if (isInside(basePath, real)) {
      return
    }
    throw new Refused({ reason: "was reached outside the session's directory" })
  }

  const openRoot = async (): Promise<Dir> => {
    const handle = await fsp.open(root.path, O_RDONLY | O_DIRECTORY)
    const dir: Dir = { handle, path: root.path }
    try {
      const info = await handle.stat()
      if (info.dev !== root.dev || info.ino !== root.ino) {
        throw new Refused({ reason: "cannot be served: the root directory was replaced" })
      }
      return dir
    } catch (error) {
      await closeQuietly(dir)
      throw error
    }
  }

  /** Opens `name` in `dir` as a directory, creating it when asked; a link is reported, not followed. */
  const stepInto = async (
    dir: Dir,
    name: string,
    create: { readonly mode?: number | undefined } | undefined
  ): Promise<Dir | LinkTo> => {
    for (let attempt = 0;; attempt++) {
      try {
        return await openAt(dir, name, O_RDONLY | O_DIRECTORY)
      } catch (error) {
        const code = errnoOf(error)
        if (code === "ENOENT" && create !== undefined && attempt < 3) {
          await fsp.mkdir(childPath(dir, name), create.mode === undefined ? {} : { mode: create.mode }).catch(
            (mkdirError: unknown) => {
              if (errnoOf(mkdirError) !== "EEXIST") throw mkdirError
            }
          )
          continue
        }
        if (code === "ENOTDIR" || code === "ELOOP") {
          const target = await linkAt(dir, name)
          if (target !== undefined) return new LinkTo(target)
        }
        throw error
      }
    }
  }

  /** The session's own directory, opened. */
  const openBase = async (create: boolean): Promise<Dir> => {
    const rootDir = await openRoot()
    if (sessionId === undefined) return rootDir
    try {
      const base = await stepInto(rootDir, sessionId, create ? {} : undefined)
      if (base instanceof LinkTo) throw new Refused({ reason: "belongs to a session whose directory is a symbolic link" })
      return base
    } finally {
      await closeQuietly(rootDir)
    }
  }

  /** The components a link in the directory at `at` leads to, or a refusal when it leaves the session. */
  const resolveLink = (at: ReadonlyArray<string>, target: string): Array<string> => {
    // Windows link targets (drives, backslashes) are not interpreted here: refused.
    if (process.platform === "win32" && /[\\:]/.test(target)) throw new Refused({ reason: outOfSession })
    if (target.startsWith("/")) {
      const relative = posix.relative(basePath, posix.normalize(target))
      if (!isInside(basePath, posix.normalize(target))) throw new Refused({ reason: outOfSession })
      return relative === "" ? [] : relative.split("/")
    }
    const out = [...at]
    for (const segment of target.split("/")) {
      if (segment === "" || segment === ".") continue
      if (segment === "..") {
        if (out.pop() === undefined) throw new Refused({ reason: outOfSession })
        continue
      }
      out.push(segment)
    }
    return out
  }

  const countLink = (hops: { count: number }) => {
    hops.count += 1
    if (hops.count > maxLinks) throw new Refused({ reason: "goes through too many symbolic links (a loop?)" })
  }

  interface Creating {
    /** Create the session's directory when missing. */
    readonly base: boolean
    /** Create missing directories on the way, with this mode. */
    readonly dirs?: { readonly mode?: number | undefined } | undefined
  }

  /** Opens the directory at `segments`, following links that stay inside; returns it and its place. */
  const walk = async (
    segments: ReadonlyArray<string>,
    create: Creating,
    hops: { count: number }
  ): Promise<{ readonly dir: Dir; readonly at: ReadonlyArray<string> }> => {
    let todo = [...segments]
    let at: Array<string> = []
    let dir = await openBase(create.base)
    try {
      while (todo.length > 0) {
        const [name, ...rest] = todo
        if (name === undefined) break
        const next = await stepInto(dir, name, create.dirs)
        if (next instanceof LinkTo) {
          countLink(hops)
          todo = [...resolveLink(at, next.target), ...rest]
          const previous = dir
          at = []
          dir = await openBase(create.base).finally(() => closeQuietly(previous))
          continue
        }
        await closeQuietly(dir)
        dir = next
        at.push(name)
        todo = rest
      }
      return { dir, at }
    } catch (error) {
      await closeQuietly(dir)
      throw error
    }
  }

  /**
   * Runs `f` on the entry at `segments` (its parent open, its name; no name
   * for the session's directory itself). When `f` reports that the entry is a
   * link, follows it if it stays inside and runs `f` again on its target.
   */
  const atEntry = async <A>(
    segments: ReadonlyArray<string>,
    create: Creating,
    f: (dir: Dir, name: string | undefined, at: ReadonlyArray<string>) => Promise<A | LinkTo>
  ): Promise<A> => {
    const hops = { count: 0 }
    let current = segments
    for (;;) {
      const { dir, at } = await walk(current.slice(0, -1), create, hops)
      let result: A | LinkTo
      try {
        result = await f(dir, current[current.length - 1], at)
      } finally {
        await closeQuietly(dir)
      }
      if (!(result instanceof LinkTo)) return result
      countLink(hops)
      current = resolveLink(at, result.target)
    }
  }

  /** Opens the final entry without following it; a link is reported. */
  const openFinal = async (dir: Dir, name: string, flags: number, mode?: number): Promise<Dir | LinkTo> => {
    try {
      return await openAt(dir, name, flags, mode)
    } catch (error) {
      const code = errnoOf(error)
      if (code === "ELOOP" || code === "ENOTDIR") {
        const target = await linkAt(dir, name)
        if (target !== undefined) return new LinkTo(target)
      }
      throw error
    }
  }

  /** Runs `f` on the regular file opened at `segments`, after checking what was opened. */
  const withFile = <A>(
    segments: ReadonlyArray<string>,
    create: Creating,
    flags: number,
    mode: number | undefined,
    f: (file: FileHandle) => Promise<A>
  ): Promise<A> =>
    atEntry(segments, create, async (dir, name) => {
      if (name === undefined) throw errno("EISDIR", "is a directory")
      const file = await openFinal(dir, name, flags | O_NONBLOCK, mode)
      if (file instanceof LinkTo) return file
      try {
        await verify(file, { parent: dir, name })
        const info = await file.handle.stat()
        if (!info.isFile()) throw errno("ENOTFILE", "is not a regular file")
        // A hard link is as good as a symbolic one for reaching a file elsewhere.
        if (info.nlink > 1) throw new Refused({ reason: "is a file with other hard links, which may lie outside the session" })
        return await f(file.handle)
      } finally {
        await closeQuietly(file)
      }
    })

  /** Runs `f` on the directory opened at `segments`, after checking what was opened. */
  const withDir = <A>(
    segments: ReadonlyArray<string>,
    f: (dir: Dir, at: ReadonlyArray<string>) => Promise<A>
  ): Promise<A> =>
    atEntry(segments, { base: false }, async (parent, name, at) => {
      if (name === undefined) {
        await verify(parent)
        return f(parent, at)
      }
      const dir = await openFinal(parent, name, O_RDONLY | O_DIRECTORY)
      if (dir instanceof LinkTo) return dir
      try {
        await verify(dir, { parent, name })
        return await f(dir, [...at, name])
      } finally {
        await closeQuietly(dir)
      }
    })

  /** The information of the entry at `segments`, following links that stay inside. */
  const lstatFollowing = (segments: ReadonlyArray<string>): Promise<Stats> =>
    atEntry(segments, { base: false }, async (dir, name) => {
      if (name === undefined) return dir.handle.stat()
      const info = await fsp.lstat(childPath(dir, name))
      if (info.isSymbolicLink()) return new LinkTo(await fsp.readlink(childPath(dir, name)))
      return info
    })

  const notTheSession = (what: string) => new Refused({ reason: `would ${what} the session's own directory` })

  /** Removes the tree `name` in `dir` without ever following a link. */
  const removeTree = async (dir: Dir, name: string): Promise<void> => {
    let sub: Dir
    try {
      sub = await openAt(dir, name, O_RDONLY | O_DIRECTORY)
    } catch (error) {
      const code = errnoOf(error)
      if (code === "ENOTDIR" || code === "ELOOP") return fsp.unlink(childPath(dir, name))
      if (code === "ENOENT") return
      throw error
    }
    try {
      for (const entry of await fsp.readdir(selfPath(sub), { withFileTypes: true })) {
        if (entry.isDirectory()) {
          await removeTree(sub, entry.name)
        } else {
          await fsp.unlink(childPath(sub, entry.name)).catch((error: unknown) => {
            if (errnoOf(error) !== "ENOENT") throw error
          })
        }
      }
    } finally {
      await closeQuietly(sub)
    }
    await fsp.rmdir(childPath(dir, name))
  }

  return {
    readFile: (segments) => withFile(segments, { base: false }, O_RDONLY, undefined, (file) => file.readFile("utf8")),

    writeFile: (segments, content, { append, mode }) =>
      withFile(
        segments,
        { base: true, dirs: {} },
        O_WRONLY | O_CREAT | (append ? O_APPEND : 0),
        mode ?? 0o666,
        async (file) => {
          // Opened without O_TRUNC: nothing is cut before the file is known to be the right one.
          if (!append) await file.truncate(0)
          await file.writeFile(content, "utf8")
        }
      ),

    exists: (segments) =>
      lstatFollowing(segments).then(
        () => true,
        (error: unknown) => {
          const code = errnoOf(error)
          if (code === "ENOENT" || code === "ENOTDIR") return false
          throw error
        }
      ),

    stat: lstatFollowing,

    mkdir: async (segments, { mode, recursive }) => {
      if (recursive) {
        const { dir } = await walk(segments, { base: true, dirs: { mode } }, { count: 0 })
        return closeQuietly(dir)
      }
      const hops = { count: 0 }
      const { dir } = await walk(segments.slice(0, -1), { base: true }, hops)
      try {
        const name = segments[segments.length - 1]
        if (name === undefined) throw errno("EEXIST", "the session's directory exists")
        await fsp.mkdir(childPath(dir, name), mode === undefined ? {} : { mode })
      } finally {
        await closeQuietly(dir)
      }
    },

    readdir: (segments) => withDir(segments, (dir) => fsp.readdir(selfPath(dir))),

    entries: (segments) =>
      withDir(segments, async (dir, at) => {
        const listed = await fsp.readdir(selfPath(dir), { withFileTypes: true })
        const entries: Array<Entry> = []
        for (const entry of listed) {
          if (entry.isSymbolicLink()) {
            // What a link is: a directory when it leads to one inside the session, a file otherwise
            // (dangling, out of the session, or looping).
            const target = await lstatFollowing([...at, entry.name]).catch(() => undefined)
            entries.push({ name: entry.name, type: target?.isDirectory() === true ? "directory" : "file" })
          } else {
            entries.push({ name: entry.name, type: entry.isDirectory() ? "directory" : "file" })
          }
        }
        return entries
      }),

    rm: async (segments, { force, recursive }) => {
      const name = segments[segments.length - 1]
      if (name === undefined) throw notTheSession("remove")
      let parent: Dir
      try {
        parent = (await walk(segments.slice(0, -1), { base: false }, { count: 0 })).dir
      } catch (error) {
        if (force && errnoOf(error) === "ENOENT") return
        throw error
      }
      try {
        const info = await fsp.lstat(childPath(parent, name)).catch((error: unknown) => {
          if (force && errnoOf(error) === "ENOENT") return undefined
          throw error
        })
        if (info === undefined) return
        if (!info.isDirectory()) return await fsp.unlink(childPath(parent, name))
        if (!recursive) throw errno("EISDIR", "is a directory (remove it with recursive)")
        await removeTree(parent, name)
      } finally {
        await closeQuietly(parent)
      }
    },

    rename: async (src, dest) => {
      const srcName = src[src.length - 1]
      const destName = dest[dest.length - 1]
      if (srcName === undefined) throw notTheSession("move")
      if (destName === undefined) throw notTheSession("replace")
      const from = (await walk(src.slice(0, -1), { base: false }, { count: 0 })).dir
      try {
        const to = (await walk(dest.slice(0, -1), { base: true, dirs: {} }, { count: 0 })).dir
        try {
          await fsp.rename(childPath(from, srcName), childPath(to, destName))
        } finally {
          await closeQuietly(to)
        }
      } finally {
        await closeQuietly(from)
      }
    }
  }
}
