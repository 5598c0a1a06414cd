/**
 * The session file system: a provider the runtime stores a session's state
 * through (`sessionFs.*` requests) instead of its own disk, and a default
 * provider backed by `@effect/platform` FileSystem and confined to a root
 * directory.
 *
 * The runtime sends absolute posix paths: `<sessionStatePath>/events.jsonl`,
 * `<sessionStatePath>/workspace.yaml`, `<sessionStatePath>/plan.md`, ... (the
 * `sessionStatePath` the client registered), plus a few under its own home
 * directory and a `stat` of `initialCwd` on resume. Every session uses the
 * same `sessionStatePath`: a provider keeps sessions apart by the request's
 * `sessionId` ({@link fromFileSystem} does).
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Effect, Layer } from "effect"
 * import { CopilotClient, CopilotSession, SessionFs } from "effect-copilot"
 *
 * const Live = Layer.mergeAll(
 *   CopilotClient.layer({ sessionFs: { initialCwd: "/", sessionStatePath: "/session-state" } }),
 *   SessionFs.layer("./copilot-sessions")
 * ).pipe(Layer.provide(NodeContext.layer))
 *
 * const program = CopilotSession.withSession({}, (session) => session.sendAndWait("Hi")).pipe(Effect.provide(Live))
 * ```
 *
 * @since 0.1.0
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import { type PlatformError, SystemError } from "@effect/platform/Error"
import { Effect, Either, Layer } from "effect"
import * as Confined from "./internal/confinedFs.js"
import * as Paths from "./internal/fsPaths.js"
import { SessionFs, SessionFsError, type SessionFsProvider, type SessionFsStat } from "./internal/sessionFs.js"

/**
 * @since 0.2.0
 */
export * from "./internal/sessionFs.js"

/**
 * @since 0.1.0
 */
export interface FileSystemOptions {
  /**
   * Keep each session in a directory of its own, `<root>/<sessionId>/`
   * (default `true`): the runtime uses the same paths for every session.
   * With `false` the session paths map directly under the root, for a
   * provider that serves a single session.
   */
  readonly perSession?: boolean | undefined
}

const sessionIdSegment = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/

const refusal = (path: string, why: string) =>
  new SessionFsError({ code: "UNKNOWN", message: Paths.refusalMessage(path, why) })

const fromFailure = (operation: string, path: string) => (error: unknown): SessionFsError => {
  if (error instanceof Confined.Refused) return refusal(path, error.reason)
  const code = Confined.errnoOf(error)
  if (code === undefined) {
    return new SessionFsError({ code: "UNKNOWN", message: `${operation} ${path}: ${String(error)}` })
  }
  return new SessionFsError({
    code: code === "ENOENT" ? "ENOENT" : "UNKNOWN",
    message: Paths.errnoMessage(operation, path, code)
  })
}

/**
 * A session file system on the local disk, confined to `root`, which is
 * created if missing. Session paths are posix paths interpreted with the
 * session's directory as `/` (by default one directory per session,
 * `<root>/<sessionId>/`, see {@link FileSystemOptions}):
 * `/session-state/events.jsonl` is stored as
 * `<root>/<sessionId>/session-state/events.jsonl`.
 *
 * Each session is confined to its own directory, also against whoever else
 * can write into `root` while the provider works: a path that climbs above
 * it with `..` or holds a NUL byte, a symbolic link whose target is outside
 * it (another session's directory included), a session directory that is
 * itself a link, and reading or writing a file with other hard links are
 * refused with an `UNKNOWN` {@link SessionFsError} that says so; symbolic
 * links that stay inside are followed. Paths are resolved one
 * component at a time from an open descriptor, never following a link, and
 * what is opened is checked before it is read or written, so swapping a
 * directory for a link while an operation runs cannot redirect it (on
 * Linux; elsewhere the check narrows the race without closing it). Removing
 * or renaming a link acts on the link. Missing files fail with `ENOENT`.
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { CopilotSession, SessionFs } from "effect-copilot"
 *
 * const program = Effect.gen(function*() {
 *   const sessionFs = yield* SessionFs.fromFileSystem("./copilot-sessions")
 *   return yield* CopilotSession.withSession({ sessionFs }, (session) => session.sendAndWait("Hi"))
 * }).pipe(Effect.provide(NodeContext.layer))
 * ```
 *
 * @since 0.1.0
 */
export const fromFileSystem = (
  root: string,
  options: FileSystemOptions = {}
): Effect.Effect<SessionFsProvider<never>, PlatformError, FileSystem.FileSystem | Path.Path> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const perSession = options.perSession ?? true
    yield* fs.makeDirectory(path.resolve(root), { recursive: true })
    const realRoot = yield* fs.realPath(path.resolve(root))
    const confinedRoot = yield* Effect.tryPromise({
      try: () => Confined.probeRoot(realRoot),
      catch: (cause) =>
        new SystemError({
          reason: "Unknown",
          module: "FileSystem",
          method: "open",
          pathOrDescriptor: realRoot,
          description: `cannot open the session file system's root: ${String(cause)}`,
          cause
        })
    })

    /** The operations confined to the request's session, or why the session id cannot name a directory. */
    const sessionOf = (sessionId: string, sessionPath: string): Either.Either<Confined.Confined, SessionFsError> => {
      if (!perSession) return Either.right(Confined.confine(confinedRoot, undefined))
      if (!sessionIdSegment.test(sessionId) || sessionId === "." || sessionId === "..") {
        return Either.left(refusal(sessionPath, `belongs to session id "${sessionId}", which cannot name a directory`))
      }
      return Either.right(Confined.confine(confinedRoot, sessionId))
    }

    const at = <A>(
      operation: string,
      request: { readonly sessionId: string; readonly path: string },
      f: (session: Confined.Confined, segments: ReadonlyArray<string>) => Promise<A>,
      label: string = request.path
    ): Effect.Effect<A, SessionFsError> =>
      Effect.gen(function*() {
        const session = yield* sessionOf(request.sessionId, request.path)
        const segments = yield* Either.mapLeft(Paths.segmentsOf(request.path, path.sep), (why) => refusal(request.path, why))
        return yield* Effect.tryPromise({
          try: () => f(session, segments),
          catch: fromFailure(operation, label)
        })
      })

    const provider: SessionFsProvider<never> = {
      readFile: (request) => at("readFile", request, (session, segments) => session.readFile(segments)),
      writeFile: (request) =>
        at("writeFile", request, (session, segments) =>
          session.writeFile(segments, request.content, { mode: request.mode, append: false })),
      appendFile: (request) =>
        at("appendFile", request, (session, segments) =>
          session.writeFile(segments, request.content, { mode: request.mode, append: true })),
      exists: (request) => at("exists", request, (session, segments) => session.exists(segments)),
      stat: (request) =>
        at("stat", request, (session, segments) =>
          session.stat(segments).then((info): SessionFsStat => ({
            isFile: info.isFile(),
            isDirectory: info.isDirectory(),
            size: info.size,
            mtime: info.mtime,
            // Not every file system records a birth time (Node then reports the epoch).
            birthtime: info.birthtimeMs > 0 ? info.birthtime : info.mtime
          }))),
      mkdir: (request) =>
        at("mkdir", request, (session, segments) =>
          session.mkdir(segments, { recursive: request.recursive ?? false, mode: request.mode })),
      readdir: (request) => at("readdir", request, (session, segments) => session.readdir(segments)),
      readdirWithTypes: (request) =>
        at("readdirWithTypes", request, (session, segments) => session.entries(segments)),
      rm: (request) =>
        at("rm", request, (session, segments) =>
          session.rm(segments, { recursive: request.recursive ?? false, force: request.force ?? false })),
      rename: (request) =>
        Effect.flatMap(
          Either.mapLeft(Paths.segmentsOf(request.dest, path.sep), (why) => refusal(request.dest, why)),
          (dest) =>
            at(
              "rename",
              { sessionId: request.sessionId, path: request.src },
              (session, src) => session.rename(src, dest),
              `${request.src} -> ${request.dest}`
            )
        )
    }
    return provider
  })

/**
 * The {@link SessionFs} service backed by {@link fromFileSystem}: sessions
 * opened where this layer is provided store their state under `root`.
 *
 * @example
 * ```ts
 * import { NodeContext } from "@effect/platform-node"
 * import { Layer } from "effect"
 * import { SessionFs } from "effect-copilot"
 *
 * const SessionFsLive = SessionFs.layer("./copilot-sessions").pipe(Layer.provide(NodeContext.layer))
 * ```
 *
 * @since 0.1.0
 */
export const layer = (
  root: string,
  options?: FileSystemOptions
): Layer.Layer<SessionFs, PlatformError, FileSystem.FileSystem | Path.Path> =>
  Layer.effect(SessionFs, fromFileSystem(root, options))
