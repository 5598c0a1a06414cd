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
import { ErrorCode } from "./internal/jsonrpc/Message.js"
import { decodeParams } from "./internal/jsonrpc/Protocol.js"

const optional = Schema.optional

// ---------------------------------------------------------------------------
// Session file system (`sessionFs.*`)
// ---------------------------------------------------------------------------

/**
 * A file-system failure, as the runtime understands it (`ENOENT` or `UNKNOWN`).
 *
 * @example
 * ```ts
 * Effect.fail(new SessionFs.SessionFsError({ code: "ENOENT", message: "no such file: a.txt" }))
 * ```
 */
export class SessionFsError extends Schema.TaggedError<SessionFsError>()("SessionFsError", {
  code: Schema.Literal("ENOENT", "UNKNOWN"),
  message: optional(Schema.String)
}) {}

/**
 * The error object as it travels in `sessionFs.*` results.
 *
 * @example
 * ```ts
 * const e: SessionFs.WireSessionFsError = { code: "ENOENT" }
 * ```
 */
export const WireSessionFsError = Schema.Struct({
  code: Schema.Literal("ENOENT", "UNKNOWN"),
  message: optional(Schema.String)
})
/** @see {@link WireSessionFsError} */
export type WireSessionFsError = typeof WireSessionFsError.Type

const fsPath = { sessionId: Schema.String, path: Schema.String }

/** `sessionFs.readFile` params. @example `{ sessionId: "s", path: "events.jsonl" }` */
export const SessionFsReadFileRequest = Schema.Struct(fsPath)
/** `sessionFs.readFile` result. @example `{ content: "..." }` */
export const SessionFsReadFileResult = Schema.Struct({ content: Schema.String, error: optional(WireSessionFsError) })
/** `sessionFs.writeFile` params. @example `{ sessionId: "s", path: "a.txt", content: "hi" }` */
export const SessionFsWriteFileRequest = Schema.Struct({
  ...fsPath,
  content: Schema.String,
  mode: optional(Schema.Int.pipe(Schema.nonNegative()))
})
/** `sessionFs.appendFile` params. @example `{ sessionId: "s", path: "log", content: "line\n" }` */
export const SessionFsAppendFileRequest = SessionFsWriteFileRequest
/** `sessionFs.exists` params. @example `{ sessionId: "s", path: "a.txt" }` */
export const SessionFsExistsRequest = Schema.Struct(fsPath)
/** `sessionFs.exists` result. @example `{ exists: true }` */
export const SessionFsExistsResult = Schema.Struct({ exists: Schema.Boolean })
/** `sessionFs.stat` params. @example `{ sessionId: "s", path: "a.txt" }` */
export const SessionFsStatRequest = Schema.Struct(fsPath)

/**
 * File metadata (times as `Date`, ISO 8601 strings on the wire).
 *
 * @example
 * ```ts
 * const s: SessionFs.SessionFsStat = { isFile: true, isDirectory: false, size: 3, mtime: new Date(), birthtime: new Date() }
 * ```
 */
export const SessionFsStat = Schema.Struct({
  isFile: Schema.Boolean,
  isDirectory: Schema.Boolean,
  size: Schema.Int.pipe(Schema.nonNegative()),
  mtime: Schema.Date,
  birthtime: Schema.Date
})
/** @see {@link SessionFsStat} */
export type SessionFsStat = typeof SessionFsStat.Type
/** `sessionFs.stat` result. @example `{ isFile: true, isDirectory: false, size: 3, mtime: "...", birthtime: "..." }` */
export const SessionFsStatResult = Schema.Struct({ ...SessionFsStat.fields, error: optional(WireSessionFsError) })
/** `sessionFs.mkdir` params. @example `{ sessionId: "s", path: "dir", recursive: true }` */
export const SessionFsMkdirRequest = Schema.Struct({
  ...fsPath,
  recursive: optional(Schema.Boolean),
  mode: optional(Schema.Int.pipe(Schema.nonNegative()))
})
/** `sessionFs.readdir` params. @example `{ sessionId: "s", path: "." }` */
export const SessionFsReaddirRequest = Schema.Struct(fsPath)
/** `sessionFs.readdir` result. @example `{ entries: ["a.txt"] }` */
export const SessionFsReaddirResult = Schema.Struct({
  entries: Schema.Array(Schema.String),
  error: optional(WireSessionFsError)
})
/** `sessionFs.readdirWithTypes` params. @example `{ sessionId: "s", path: "." }` */
export const SessionFsReaddirWithTypesRequest = Schema.Struct(fsPath)

/**
 * A directory entry with its type.
 *
 * @example
 * ```ts
 * const e: SessionFs.SessionFsDirEntry = { name: "src", type: "directory" }
 * ```
 */
export const SessionFsDirEntry = Schema.Struct({ name: Schema.String, type: Schema.Literal("file", "directory") })
/** @see {@link SessionFsDirEntry} */
export type SessionFsDirEntry = typeof SessionFsDirEntry.Type
/** `sessionFs.readdirWithTypes` result. @example `{ entries: [{ name: "src", type: "directory" }] }` */
export const SessionFsReaddirWithTypesResult = Schema.Struct({
  entries: Schema.Array(SessionFsDirEntry),
  error: optional(WireSessionFsError)
})
/** `sessionFs.rm` params. @example `{ sessionId: "s", path: "tmp", recursive: true, force: true }` */
export const SessionFsRmRequest = Schema.Struct({
  ...fsPath,
  recursive: optional(Schema.Boolean),
  force: optional(Schema.Boolean)
})
/** `sessionFs.rename` params. @example `{ sessionId: "s", src: "a", dest: "b" }` */
export const SessionFsRenameRequest = Schema.Struct({ sessionId: Schema.String, src: Schema.String, dest: Schema.String })
/**
 * The result of the `sessionFs.*` methods that return nothing on success
 * (writeFile, appendFile, mkdir, rm, rename): `null`, or the error object.
 *
 * @example
 * ```ts
 * const ok: typeof SessionFs.SessionFsVoidResult.Type = null
 * ```
 */
export const SessionFsVoidResult = Schema.NullOr(WireSessionFsError)

/**
 * A session file system served by the SDK: the runtime stores the session's
 * state through these ten operations instead of its local disk. Each
 * operation receives the decoded request and fails with {@link SessionFsError}
 * (which the session encodes into the result's `error`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Handlers } from "effect-copilot"
 *
 * const files = new Map<string, string>()
 * const notFound = (path: string) => new SessionFs.SessionFsError({ code: "ENOENT", message: path })
 * const memoryFs: Partial<SessionFs.SessionFsProvider<never>> = {
 *   readFile: ({ path }) => {
 *     const content = files.get(path)
 *     return content === undefined ? Effect.fail(notFound(path)) : Effect.succeed(content)
 *   },
 *   writeFile: ({ path, content }) => Effect.sync(() => void files.set(path, content)),
 *   exists: ({ path }) => Effect.succeed(files.has(path))
 * }
 * ```
 */
export interface SessionFsProvider<R> {
  readonly readFile: (request: typeof SessionFsReadFileRequest.Type) => Effect.Effect<string, SessionFsError, R>
  readonly writeFile: (request: typeof SessionFsWriteFileRequest.Type) => Effect.Effect<void, SessionFsError, R>
  readonly appendFile: (request: typeof SessionFsAppendFileRequest.Type) => Effect.Effect<void, SessionFsError, R>
  readonly exists: (request: typeof SessionFsExistsRequest.Type) => Effect.Effect<boolean, SessionFsError, R>
  readonly stat: (request: typeof SessionFsStatRequest.Type) => Effect.Effect<SessionFsStat, SessionFsError, R>
  readonly mkdir: (request: typeof SessionFsMkdirRequest.Type) => Effect.Effect<void, SessionFsError, R>
  readonly readdir: (
    request: typeof SessionFsReaddirRequest.Type
  ) => Effect.Effect<ReadonlyArray<string>, SessionFsError, R>
  readonly readdirWithTypes: (
    request: typeof SessionFsReaddirWithTypesRequest.Type
  ) => Effect.Effect<ReadonlyArray<SessionFsDirEntry>, SessionFsError, R>
  readonly rm: (request: typeof SessionFsRmRequest.Type) => Effect.Effect<void, SessionFsError, R>
  readonly rename: (request: typeof SessionFsRenameRequest.Type) => Effect.Effect<void, SessionFsError, R>
}

// ---------------------------------------------------------------------------
// Serving requests, and a provider on FileSystem
// ---------------------------------------------------------------------------

const toWire = (error: SessionFsError): WireSessionFsError =>
  error.message === undefined ? { code: error.code } : { code: error.code, message: error.message }

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
  run: (request: Req) => Effect.Effect<A, SessionFsError, R>,
  onSuccess: (value: A) => Res,
  onFailure: (error: WireSessionFsError) => Res
): Effect.Effect<ResI, RpcError, R> =>
  decodeParams(method, request, params).pipe(
    Effect.flatMap((req) => Effect.match(run(req), { onSuccess, onFailure: (error) => onFailure(toWire(error)) })),
    Effect.flatMap(encode(method, result))
  )

/** Runs an operation that answers `null` on success and the error object on failure. */
const answerVoid = <Req, ReqI, R>(
  method: string,
  request: Schema.Schema<Req, ReqI>,
  params: unknown,
  run: (request: Req) => Effect.Effect<void, SessionFsError, R>
) =>
  answer(method, request, params, SessionFsVoidResult, run, (): WireSessionFsError | null => null, (error) => error)

/** What `stat` answers alongside an error: no file, times at the epoch. */
const noStat: SessionFsStat = {
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
 * ones) with `-32601`. A provider's {@link SessionFsError} is not a
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
  provider: SessionFsProvider<R>,
  method: string,
  params: unknown
): Effect.Effect<unknown, RpcError, R> => {
  switch (method) {
    case "sessionFs.readFile":
      return answer(
        method,
        SessionFsReadFileRequest,
        params,
        SessionFsReadFileResult,
        provider.readFile,
        (content) => ({ content }),
        (error) => ({ content: "", error })
      )
    case "sessionFs.writeFile":
      return answerVoid(method, SessionFsWriteFileRequest, params, provider.writeFile)
    case "sessionFs.appendFile":
      return answerVoid(method, SessionFsAppendFileRequest, params, provider.appendFile)
    case "sessionFs.exists":
      return decodeParams(method, SessionFsExistsRequest, params).pipe(
        Effect.flatMap((request) =>
          provider.exists(request).pipe(
            Effect.catchIf((error) => error.code === "ENOENT", () => Effect.succeed(false)),
            Effect.mapError((error) =>
              new RpcError({ method, code: ErrorCode.InternalError, message: error.message ?? `${method} failed (${error.code})` })
            )
          )
        ),
        Effect.map((exists) => ({ exists })),
        Effect.flatMap(encode(method, SessionFsExistsResult))
      )
    case "sessionFs.stat":
      return answer(
        method,
        SessionFsStatRequest,
        params,
        SessionFsStatResult,
        provider.stat,
        (stat) => stat,
        (error) => ({ ...noStat, error })
      )
    case "sessionFs.mkdir":
      return answerVoid(method, SessionFsMkdirRequest, params, provider.mkdir)
    case "sessionFs.readdir":
      return answer(
        method,
        SessionFsReaddirRequest,
        params,
        SessionFsReaddirResult,
        provider.readdir,
        (entries) => ({ entries }),
        (error) => ({ entries: [], error })
      )
    case "sessionFs.readdirWithTypes":
      return answer(
        method,
        SessionFsReaddirWithTypesRequest,
        params,
        SessionFsReaddirWithTypesResult,
        provider.readdirWithTypes,
        (entries) => ({ entries }),
        (error) => ({ entries: [], error })
      )
    case "sessionFs.rm":
      return answerVoid(method, SessionFsRmRequest, params, provider.rm)
    case "sessionFs.rename":
      return answerVoid(method, SessionFsRenameRequest, params, provider.rename)
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
 * import { CopilotSession, SessionFs } from "effect-copilot"
 *
 * declare const myProvider: SessionFs.SessionFsProvider<never>
 * const Mine = Layer.succeed(SessionFs.SessionFs, myProvider)
 * const program = CopilotSession.withSession({}, (s) => s.sendAndWait("Hi")).pipe(Effect.provide(Mine))
 * ```
 */
export class SessionFs extends Context.Tag("effect-copilot/SessionFs")<
  SessionFs,
  SessionFsProvider<never>
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
  new SessionFsError({
    code: "UNKNOWN",
    message: `session path "${path}" ${why}; refused: the session file system is confined to its root directory`
  })

const fromPlatformError = (operation: string, path: string) => (error: PlatformError): SessionFsError =>
  new SessionFsError({
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
 * root, is refused with an `UNKNOWN` {@link SessionFsError} that
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
): Effect.Effect<SessionFsProvider<never>, PlatformError, FileSystem.FileSystem | Path.Path> =>
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
    const checkLinks = (sessionPath: string, target: string): Effect.Effect<void, SessionFsError> =>
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
    const resolve = (sessionId: string, sessionPath: string): Effect.Effect<string, SessionFsError> => {
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
    ): Effect.Effect<A, SessionFsError> =>
      Effect.flatMap(resolve(request.sessionId, request.path), (target) =>
        Effect.mapError(f(target), fromPlatformError(operation, request.path)))

    const withParent = (target: string) => fs.makeDirectory(path.dirname(target), { recursive: true })
    const mode = (m: number | undefined) => (m === undefined ? {} : { mode: m })

    const provider: SessionFsProvider<never> = {
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
          Effect.map(fs.stat(target), (info): SessionFsStat => {
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
                (info): SessionFsDirEntry => ({ name, type: info.type === "Directory" ? "directory" : "file" })
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
