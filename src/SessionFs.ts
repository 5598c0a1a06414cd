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
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import type { PlatformError } from "@effect/platform/Error"
import { Context, Effect, Layer, Option, Schema } from "effect"
import { RpcError } from "./CopilotError.js"
import * as Handlers from "./Handlers.js"
import { ErrorCode } from "./internal/jsonrpc/Message.js"

const toWire = (error: Handlers.SessionFsError): Handlers.WireSessionFsError =>
  error.message === undefined ? { code: error.code } : { code: error.code, message: error.message }

const decode = <A, I>(method: string, schema: Schema.Schema<A, I>, params: unknown) =>
  Schema.decodeUnknown(schema)(params).pipe(
    Effect.mapError((error) => new RpcError({ method, code: ErrorCode.InvalidParams, message: error.message }))
  )

const encode = <A, I>(method: string, schema: Schema.Schema<A, I>) => (value: A) =>
  Schema.encode(schema)(value).pipe(
    Effect.mapError((error) =>
      new RpcError({
        method,
        code: ErrorCode.InternalError,
        message: `the session file system's answer to ${method} does not match the protocol: ${error.message}`
      })
    )
  )

/** Runs an operation whose result has an `error` member: failures travel inside the result. */
const answer = <Req, ReqI, A, Res, ResI, R>(
  method: string,
  request: Schema.Schema<Req, ReqI>,
  params: unknown,
  result: Schema.Schema<Res, ResI>,
  run: (request: Req) => Effect.Effect<A, Handlers.SessionFsError, R>,
  onSuccess: (value: A) => Res,
  onFailure: (error: Handlers.WireSessionFsError) => Res
): Effect.Effect<ResI, RpcError, R> =>
  decode(method, request, params).pipe(
    Effect.flatMap((req) => Effect.match(run(req), { onSuccess, onFailure: (error) => onFailure(toWire(error)) })),
    Effect.flatMap(encode(method, result))
  )

/** Runs an operation that answers `null` on success and the error object on failure. */
const answerVoid = <Req, ReqI, R>(
  method: string,
  request: Schema.Schema<Req, ReqI>,
  params: unknown,
  run: (request: Req) => Effect.Effect<void, Handlers.SessionFsError, R>
) =>
  answer(method, request, params, Handlers.SessionFsVoidResult, run, (): Handlers.WireSessionFsError | null => null, (error) => error)

/** What `stat` answers alongside an error: no file, times at the epoch. */
const noStat: Handlers.SessionFsStat = {
  isFile: false,
  isDirectory: false,
  size: 0,
  mtime: new Date(0),
  birthtime: new Date(0)
}

/**
 * The `sessionFs.*` methods {@link serve} answers.
 *
 * @example
 * ```ts
 * SessionFs.methods.includes("sessionFs.readFile") // true
 * ```
 */
export const methods: ReadonlyArray<string> = [
  "sessionFs.readFile",
  "sessionFs.writeFile",
  "sessionFs.appendFile",
  "sessionFs.exists",
  "sessionFs.stat",
  "sessionFs.mkdir",
  "sessionFs.readdir",
  "sessionFs.readdirWithTypes",
  "sessionFs.rm",
  "sessionFs.rename"
]

/**
 * Serves one `sessionFs.*` request with a provider and returns the wire
 * result. Params that do not match the method's Schema fail with an
 * {@link RpcError} `-32602`, methods this SDK does not serve (e.g. the SQLite
 * ones) with `-32601`. A provider's {@link Handlers.SessionFsError} is not a
 * JSON-RPC error: it travels in the result's `error` member (`readFile`,
 * `stat`, `readdir`, `readdirWithTypes`), or is the whole result of the
 * methods that answer `null` on success (`writeFile`, `appendFile`, `mkdir`,
 * `rm`, `rename`). `exists` answers `false` for `ENOENT` and a `-32603`
 * error for anything else (its result has no `error` member).
 *
 * Sessions call this themselves when their config has a `sessionFs`
 * provider; use it directly to serve the requests in a custom transport or
 * to test a provider.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SessionFs } from "effect-copilot"
 *
 * const program = Effect.gen(function*() {
 *   const fs = yield* SessionFs.fromFileSystem("/tmp/copilot-state")
 *   const result = yield* SessionFs.serve(fs, "sessionFs.readFile", { sessionId: "s1", path: "missing.txt" })
 *   // result: { content: "", error: { code: "ENOENT", message: "..." } }
 * })
 * ```
 */
export const serve = <R>(
  provider: Handlers.SessionFsProvider<R>,
  method: string,
  params: unknown
): Effect.Effect<unknown, RpcError, R> => {
  switch (method) {
    case "sessionFs.readFile":
      return answer(
        method,
        Handlers.SessionFsReadFileRequest,
        params,
        Handlers.SessionFsReadFileResult,
        provider.readFile,
        (content) => ({ content }),
        (error) => ({ content: "", error })
      )
    case "sessionFs.writeFile":
      return answerVoid(method, Handlers.SessionFsWriteFileRequest, params, provider.writeFile)
    case "sessionFs.appendFile":
      return answerVoid(method, Handlers.SessionFsAppendFileRequest, params, provider.appendFile)
    case "sessionFs.exists":
      return decode(method, Handlers.SessionFsExistsRequest, params).pipe(
        Effect.flatMap((request) =>
          provider.exists(request).pipe(
            Effect.catchIf((error) => error.code === "ENOENT", () => Effect.succeed(false)),
            Effect.mapError((error) =>
              new RpcError({ method, code: ErrorCode.InternalError, message: error.message ?? `${method} failed (${error.code})` })
            )
          )
        ),
        Effect.map((exists) => ({ exists })),
        Effect.flatMap(encode(method, Handlers.SessionFsExistsResult))
      )
    case "sessionFs.stat":
      return answer(
        method,
        Handlers.SessionFsStatRequest,
        params,
        Handlers.SessionFsStatResult,
        provider.stat,
        (stat) => stat,
        (error) => ({ ...noStat, error })
      )
    case "sessionFs.mkdir":
      return answerVoid(method, Handlers.SessionFsMkdirRequest, params, provider.mkdir)
    case "sessionFs.readdir":
      return answer(
        method,
        Handlers.SessionFsReaddirRequest,
        params,
        Handlers.SessionFsReaddirResult,
        provider.readdir,
        (entries) => ({ entries }),
        (error) => ({ entries: [], error })
      )
    case "sessionFs.readdirWithTypes":
      return answer(
        method,
        Handlers.SessionFsReaddirWithTypesRequest,
        params,
        Handlers.SessionFsReaddirWithTypesResult,
        provider.readdirWithTypes,
        (entries) => ({ entries }),
        (error) => ({ entries: [], error })
      )
    case "sessionFs.rm":
      return answerVoid(method, Handlers.SessionFsRmRequest, params, provider.rm)
    case "sessionFs.rename":
      return answerVoid(method, Handlers.SessionFsRenameRequest, params, provider.rename)
    default:
      return Effect.fail(
        new RpcError({
          method,
          code: ErrorCode.MethodNotFound,
          message: `${method} is not served by this client's session file system (it serves ${methods.join(", ")})`
        })
      )
  }
}

// ---------------------------------------------------------------------------
// The session file system as a service
// ---------------------------------------------------------------------------

/**
 * The session file system sessions use when their config names none: a
 * session serves `sessionFs.*` requests with its config's `sessionFs`
 * provider, or else with this service when it is in the context where the
 * session is opened.
 *
 * @example
 * ```ts
 * import { Effect, Layer } from "effect"
 * import { CopilotSession, Handlers, SessionFs } from "effect-copilot"
 *
 * declare const myProvider: Handlers.SessionFsProvider<never>
 * const Mine = Layer.succeed(SessionFs.SessionFs, myProvider)
 * const program = CopilotSession.withSession({}, (s) => s.sendAndWait("Hi")).pipe(Effect.provide(Mine))
 * ```
 */
export class SessionFs extends Context.Tag("effect-copilot/SessionFs")<
  SessionFs,
  Handlers.SessionFsProvider<never>
>() {}

/** Options of {@link fromFileSystem}. */
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

const refuse = (path: string, why: string) =>
  new Handlers.SessionFsError({
    code: "UNKNOWN",
    message: `session path "${path}" ${why}; refused: the session file system is confined to its root directory`
  })

const fromPlatformError = (operation: string, path: string) => (error: PlatformError): Handlers.SessionFsError =>
  new Handlers.SessionFsError({
    code: error._tag === "SystemError" && error.reason === "NotFound" ? "ENOENT" : "UNKNOWN",
    message: `${operation} ${path}: ${error.message}`
  })

/**
 * A session file system on the local disk (through `@effect/platform`
 * FileSystem), confined to `root`, which is created if missing. Session
 * paths are posix paths interpreted with `root` as `/` (by default one
 * directory per session, `<root>/<sessionId>/`, see
 * {@link FileSystemOptions}): `/session-state/events.jsonl` is stored as
 * `<root>/<sessionId>/session-state/events.jsonl`. A path that climbs above
 * the root with `..`, or that reaches a symbolic link leading out of the
 * root, is refused with an `UNKNOWN` {@link Handlers.SessionFsError} that
 * says so; missing files fail with `ENOENT`.
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
 */
export const fromFileSystem = (
  root: string,
  options: FileSystemOptions = {}
): Effect.Effect<Handlers.SessionFsProvider<never>, PlatformError, FileSystem.FileSystem | Path.Path> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const perSession = options.perSession ?? true
    yield* fs.makeDirectory(path.resolve(root), { recursive: true })
    const realRoot = yield* fs.realPath(path.resolve(root))

    const isWithin = (parent: string, child: string) => {
      const relative = path.relative(parent, child)
      return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
    }

    /** The real path of `target`'s deepest existing ancestor (itself included) must stay under the root. */
    const checkLinks = (sessionPath: string, target: string): Effect.Effect<void, Handlers.SessionFsError> =>
      fs.realPath(target).pipe(
        Effect.flatMap((real) =>
          isWithin(realRoot, real) ? Effect.void : Effect.fail(refuse(sessionPath, "leads out of the root through a symbolic link"))
        ),
        Effect.catchTag("SystemError", (error) => {
          if (error.reason !== "NotFound") return Effect.fail(fromPlatformError("resolve", sessionPath)(error))
          const parent = path.dirname(target)
          // A link whose target is missing would be followed by a write: refuse it.
          return fs.readLink(target).pipe(
            Effect.matchEffect({
              onSuccess: () => Effect.fail(refuse(sessionPath, "is a symbolic link to a missing target")),
              onFailure: () => (parent === target || !isWithin(realRoot, parent) ? Effect.void : checkLinks(sessionPath, parent))
            })
          )
        }),
        Effect.catchTag("BadArgument", (error) => Effect.fail(fromPlatformError("resolve", sessionPath)(error)))
      )

    /** Maps a session path to a path on disk under the root, or refuses it. */
    const resolve = (sessionId: string, sessionPath: string): Effect.Effect<string, Handlers.SessionFsError> => {
      if (sessionPath.includes("\0")) return Effect.fail(refuse(sessionPath, "contains a NUL character"))
      const segments: Array<string> = []
      for (const segment of sessionPath.split("/")) {
        if (segment === "" || segment === ".") continue
        if (segment === "..") {
          if (segments.pop() === undefined) return Effect.fail(refuse(sessionPath, "escapes the root with '..'"))
          continue
        }
        segments.push(segment)
      }
      if (perSession && (!sessionIdSegment.test(sessionId) || sessionId === "." || sessionId === "..")) {
        return Effect.fail(refuse(sessionPath, `belongs to session id "${sessionId}", which cannot name a directory`))
      }
      const base = perSession ? path.join(realRoot, sessionId) : realRoot
      const target = path.join(base, ...segments)
      // Segments holding the host's own separator (e.g. "\\" on Windows) must not climb out either.
      if (!isWithin(base, target)) return Effect.fail(refuse(sessionPath, "escapes the root"))
      return Effect.as(checkLinks(sessionPath, target), target)
    }

    const at = <A>(
      operation: string,
      request: { readonly sessionId: string; readonly path: string },
      f: (target: string) => Effect.Effect<A, PlatformError>
    ): Effect.Effect<A, Handlers.SessionFsError> =>
      Effect.flatMap(resolve(request.sessionId, request.path), (target) =>
        Effect.mapError(f(target), fromPlatformError(operation, request.path)))

    const withParent = (target: string) => fs.makeDirectory(path.dirname(target), { recursive: true })
    const mode = (m: number | undefined) => (m === undefined ? {} : { mode: m })

    const provider: Handlers.SessionFsProvider<never> = {
      readFile: (request) => at("readFile", request, (target) => fs.readFileString(target)),
      writeFile: (request) =>
        at("writeFile", request, (target) =>
          Effect.zipRight(withParent(target), fs.writeFileString(target, request.content, mode(request.mode)))),
      appendFile: (request) =>
        at("appendFile", request, (target) =>
          Effect.zipRight(withParent(target), fs.writeFileString(target, request.content, { flag: "a", ...mode(request.mode) }))),
      exists: (request) => at("exists", request, (target) => fs.exists(target)),
      stat: (request) =>
        at("stat", request, (target) =>
          Effect.map(fs.stat(target), (info): Handlers.SessionFsStat => {
            const mtime = Option.getOrElse(info.mtime, () => new Date(0))
            return {
              isFile: info.type === "File",
              isDirectory: info.type === "Directory",
              size: Number(info.size),
              mtime,
              birthtime: Option.getOrElse(info.birthtime, () => mtime)
            }
          })),
      mkdir: (request) =>
        at("mkdir", request, (target) =>
          // The session's own directory is its "/": it always exists as a parent.
          Effect.zipRight(
            perSession ? fs.makeDirectory(path.join(realRoot, request.sessionId), { recursive: true }) : Effect.void,
            fs.makeDirectory(target, { recursive: request.recursive ?? false, ...mode(request.mode) })
          )),
      readdir: (request) => at("readdir", request, (target) => fs.readDirectory(target)),
      readdirWithTypes: (request) =>
        at("readdirWithTypes", request, (target) =>
          Effect.flatMap(fs.readDirectory(target), (names) =>
            Effect.forEach(names, (name) =>
              Effect.map(
                fs.stat(path.join(target, name)),
                (info): Handlers.SessionFsDirEntry => ({ name, type: info.type === "Directory" ? "directory" : "file" })
              )))),
      rm: (request) =>
        at("rm", request, (target) => fs.remove(target, { recursive: request.recursive ?? false, force: request.force ?? false })),
      rename: (request) =>
        Effect.flatMap(resolve(request.sessionId, request.src), (src) =>
          Effect.flatMap(resolve(request.sessionId, request.dest), (dest) =>
            Effect.mapError(
              Effect.zipRight(withParent(dest), fs.rename(src, dest)),
              fromPlatformError("rename", `${request.src} -> ${request.dest}`)
            )))
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
 */
export const layer = (
  root: string,
  options?: FileSystemOptions
): Layer.Layer<SessionFs, PlatformError, FileSystem.FileSystem | Path.Path> =>
  Layer.effect(SessionFs, fromFileSystem(root, options))
