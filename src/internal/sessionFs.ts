/**
 * The session file system's protocol side: the `sessionFs.*` / `sessionSql.*`
 * wire Schemas, the provider interfaces, the serving of the runtime's
 * requests, and the {@link SessionFs} service. The public `SessionFs` module
 * re-exports all of it, beside the default provider on `@effect/platform`
 * FileSystem.
 *
 * @internal
 */
import { Context, Effect, Schema } from "effect"
import { RpcError } from "./errors.js"
import { ErrorCode } from "./jsonrpc/Message.js"
import { lazy } from "./generatedSchema.js"
import { decodeParams } from "./jsonrpc/Protocol.js"

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
export const WireSessionFsError = lazy(() =>
  Schema.Struct({
    code: Schema.Literal("ENOENT", "UNKNOWN"),
    message: optional(Schema.String)
  })
)
/** @see {@link WireSessionFsError} */
export type WireSessionFsError = typeof WireSessionFsError.Type

const fsPath = () => ({ sessionId: Schema.String, path: Schema.String })

const statFields = () => ({
  isFile: Schema.Boolean,
  isDirectory: Schema.Boolean,
  size: Schema.Int.pipe(Schema.nonNegative()),
  mtime: Schema.Date,
  birthtime: Schema.Date
})

const statementFields = () => ({
  query: Schema.String,
  queryType: SessionSqlQueryType,
  params: optional(SqlParams())
})

const sqlResultFields = () => ({
  rows: Schema.Array(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  columns: Schema.Array(Schema.String),
  rowsAffected: Schema.Number,
  lastInsertRowid: optional(Schema.Number)
})

/** `sessionFs.readFile` params. @example `{ sessionId: "s", path: "events.jsonl" }` */
export const SessionFsReadFileRequest = lazy(() =>
  Schema.Struct(fsPath())
)
/** `sessionFs.readFile` result. @example `{ content: "..." }` */
export const SessionFsReadFileResult = lazy(() =>
  Schema.Struct({ content: Schema.String, error: optional(WireSessionFsError) })
)
/** `sessionFs.writeFile` params. @example `{ sessionId: "s", path: "a.txt", content: "hi" }` */
export const SessionFsWriteFileRequest = lazy(() =>
  Schema.Struct({
    ...fsPath(),
    content: Schema.String,
    mode: optional(Schema.Int.pipe(Schema.nonNegative()))
  })
)
/** `sessionFs.appendFile` params. @example `{ sessionId: "s", path: "log", content: "line\n" }` */
export const SessionFsAppendFileRequest = SessionFsWriteFileRequest
/** `sessionFs.exists` params. @example `{ sessionId: "s", path: "a.txt" }` */
export const SessionFsExistsRequest = lazy(() =>
  Schema.Struct(fsPath())
)
/** `sessionFs.exists` result. @example `{ exists: true }` */
export const SessionFsExistsResult = lazy(() =>
  Schema.Struct({ exists: Schema.Boolean })
)
/** `sessionFs.stat` params. @example `{ sessionId: "s", path: "a.txt" }` */
export const SessionFsStatRequest = lazy(() =>
  Schema.Struct(fsPath())
)

/**
 * File metadata (times as `Date`, ISO 8601 strings on the wire).
 *
 * @example
 * ```ts
 * const s: SessionFs.SessionFsStat = { isFile: true, isDirectory: false, size: 3, mtime: new Date(), birthtime: new Date() }
 * ```
 */
export const SessionFsStat = lazy(() =>
  Schema.Struct(statFields())
)
/** @see {@link SessionFsStat} */
export type SessionFsStat = typeof SessionFsStat.Type
/** `sessionFs.stat` result. @example `{ isFile: true, isDirectory: false, size: 3, mtime: "...", birthtime: "..." }` */
export const SessionFsStatResult = lazy(() =>
  Schema.Struct({ ...statFields(), error: optional(WireSessionFsError) })
)
/** `sessionFs.mkdir` params. @example `{ sessionId: "s", path: "dir", recursive: true }` */
export const SessionFsMkdirRequest = lazy(() =>
  Schema.Struct({
    ...fsPath(),
    recursive: optional(Schema.Boolean),
    mode: optional(Schema.Int.pipe(Schema.nonNegative()))
  })
)
/** `sessionFs.readdir` params. @example `{ sessionId: "s", path: "." }` */
export const SessionFsReaddirRequest = lazy(() =>
  Schema.Struct(fsPath())
)
/** `sessionFs.readdir` result. @example `{ entries: ["a.txt"] }` */
export const SessionFsReaddirResult = lazy(() =>
  Schema.Struct({
    entries: Schema.Array(Schema.String),
    error: optional(WireSessionFsError)
  })
)
/** `sessionFs.readdirWithTypes` params. @example `{ sessionId: "s", path: "." }` */
export const SessionFsReaddirWithTypesRequest = lazy(() =>
  Schema.Struct(fsPath())
)

/**
 * A directory entry with its type.
 *
 * @example
 * ```ts
 * const e: SessionFs.SessionFsDirEntry = { name: "src", type: "directory" }
 * ```
 */
export const SessionFsDirEntry = lazy(() =>
  Schema.Struct({ name: Schema.String, type: Schema.Literal("file", "directory") })
)
/** @see {@link SessionFsDirEntry} */
export type SessionFsDirEntry = typeof SessionFsDirEntry.Type
/** `sessionFs.readdirWithTypes` result. @example `{ entries: [{ name: "src", type: "directory" }] }` */
export const SessionFsReaddirWithTypesResult = lazy(() =>
  Schema.Struct({
    entries: Schema.Array(SessionFsDirEntry),
    error: optional(WireSessionFsError)
  })
)
/** `sessionFs.rm` params. @example `{ sessionId: "s", path: "tmp", recursive: true, force: true }` */
export const SessionFsRmRequest = lazy(() =>
  Schema.Struct({
    ...fsPath(),
    recursive: optional(Schema.Boolean),
    force: optional(Schema.Boolean)
  })
)
/** `sessionFs.rename` params. @example `{ sessionId: "s", src: "a", dest: "b" }` */
export const SessionFsRenameRequest = lazy(() =>
  Schema.Struct({ sessionId: Schema.String, src: Schema.String, dest: Schema.String })
)
/**
 * The result of the `sessionFs.*` methods that return nothing on success
 * (writeFile, appendFile, mkdir, rm, rename): `null`, or the error object.
 *
 * @example
 * ```ts
 * const ok: typeof SessionFs.SessionFsVoidResult.Type = null
 * ```
 */
export const SessionFsVoidResult = lazy(() =>
  Schema.NullOr(WireSessionFsError)
)

// ---------------------------------------------------------------------------
// The session's SQL database (`sessionFs.sqlite*`)
// ---------------------------------------------------------------------------

/**
 * How a statement is run: `"exec"` for schema changes and scripts of several
 * statements (no rows), `"query"` for statements that return rows, `"run"`
 * for statements that change rows (`rowsAffected`, `lastInsertRowid`). Kept
 * open: a newer runtime may send another kind, which a provider refuses with
 * a {@link SessionSqlError}.
 *
 * @example
 * ```ts
 * const kind: SessionFs.SessionSqlQueryType = "query"
 * ```
 */
export const SessionSqlQueryType = lazy(() =>
  Schema.String
)
/** @see {@link SessionSqlQueryType} */
export type SessionSqlQueryType = "exec" | "query" | "run" | (string & {})

/** Named bind parameters of a statement (`:name`, `@name` or `$name` in the SQL). */
const SqlParams = () => Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * One SQL statement and how to run it.
 *
 * @example
 * ```ts
 * const s: SessionFs.SessionSqlStatement = { queryType: "run", query: "INSERT INTO t (x) VALUES (:x)", params: { x: 1 } }
 * ```
 */
export const SessionSqlStatement = lazy(() =>
  Schema.Struct(statementFields())
)
/** @see {@link SessionSqlStatement} */
export type SessionSqlStatement = typeof SessionSqlStatement.Type

/** `sessionFs.sqliteQuery` params. @example `{ sessionId: "s", queryType: "query", query: "SELECT 1 AS x" }` */
export const SessionSqlQueryRequest = lazy(() =>
  Schema.Struct({ sessionId: Schema.String, ...statementFields() })
)
/** `sessionFs.sqliteTransaction` params. @example `{ sessionId: "s", statements: [{ queryType: "run", query: "DELETE FROM t" }] }` */
export const SessionSqlTransactionRequest = lazy(() =>
  Schema.Struct({
    sessionId: Schema.String,
    statements: Schema.Array(SessionSqlStatement)
  })
)
/** `sessionFs.sqliteExists` params. @example `{ sessionId: "s" }` */
export const SessionSqlExistsRequest = lazy(() =>
  Schema.Struct({ sessionId: Schema.String })
)

/**
 * What a statement gave: its rows and their column names (`"query"`), the
 * number of rows it changed and the last inserted row id (`"run"`).
 *
 * @example
 * ```ts
 * const r: SessionFs.SessionSqlResult = { rows: [{ x: 1 }], columns: ["x"], rowsAffected: 0 }
 * ```
 */
export const SessionSqlResult = lazy(() =>
  Schema.Struct(sqlResultFields())
)
/** @see {@link SessionSqlResult} */
export type SessionSqlResult = typeof SessionSqlResult.Type

/** `sessionFs.sqliteQuery` result: a failed statement answers no rows and the error. */
export const SessionSqlQueryResult = lazy(() =>
  Schema.Struct({ ...sqlResultFields(), error: optional(WireSessionFsError) })
)

/**
 * How a transaction failed, for the runtime's retry decision: `busyOrLocked`
 * (the database was busy, everything was rolled back: safe to retry),
 * `fatal` (rolled back, do not retry as is), `postCommitAmbiguous` (the
 * commit itself failed: the changes may or may not be stored; never retry).
 *
 * @example
 * ```ts
 * const c: SessionFs.SessionSqlErrorClass = "busyOrLocked"
 * ```
 */
export const SessionSqlErrorClass = lazy(() =>
  Schema.Literal("busyOrLocked", "fatal", "postCommitAmbiguous")
)
/** @see {@link SessionSqlErrorClass} */
export type SessionSqlErrorClass = typeof SessionSqlErrorClass.Type

/** `sessionFs.sqliteTransaction` result: one result per statement, or the classified failure. */
export const SessionSqlTransactionResult = lazy(() =>
  Schema.Struct({
    results: Schema.Array(SessionSqlResult),
    error: optional(Schema.Struct({ errorClass: SessionSqlErrorClass, message: Schema.String }))
  })
)
/** `sessionFs.sqliteExists` result. @example `{ exists: false }` */
export const SessionSqlExistsResult = lazy(() =>
  Schema.Struct({ exists: Schema.Boolean })
)

/**
 * A statement or transaction that failed. The runtime gets the message (the
 * database's own words: `no such table: items`, ...) as the statement's
 * error, or, for a transaction, with its {@link SessionSqlErrorClass}
 * (`fatal` unless said otherwise). The session and the database go on.
 *
 * @example
 * ```ts
 * Effect.fail(new SessionFs.SessionSqlError({ message: "database is locked", errorClass: "busyOrLocked" }))
 * ```
 */
export class SessionSqlError extends Schema.TaggedError<SessionSqlError>()("SessionSqlError", {
  message: Schema.String,
  errorClass: optional(SessionSqlErrorClass)
}) {}

/**
 * A session's SQL database, served by the SDK: with the client's
 * `sessionFs.capabilities.sqlite`, the runtime runs the statements of its
 * `sql` tool (the agent's and its sub-agents') and of its own bookkeeping
 * through these three operations, one database per session (the request's
 * `sessionId`). `effect-copilot/sqlite` has one on SQLite files.
 *
 * - `query` runs one statement.
 * - `transaction` runs statements in order as one transaction: all or
 *   nothing, and a failure says whether a retry is safe.
 * - `exists` says whether the session's database exists yet, without
 *   creating it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SessionFs } from "effect-copilot"
 *
 * // A provider that refuses everything (a real one runs the statements).
 * const refuse = Effect.fail(new SessionFs.SessionSqlError({ message: "no database here" }))
 * const sqlite: SessionFs.SessionSqlProvider<never> = {
 *   query: () => refuse,
 *   transaction: () => refuse,
 *   exists: () => Effect.succeed(false)
 * }
 * ```
 */
export interface SessionSqlProvider<R> {
  readonly query: (
    request: typeof SessionSqlQueryRequest.Type
  ) => Effect.Effect<SessionSqlResult, SessionSqlError, R>
  readonly transaction: (
    request: typeof SessionSqlTransactionRequest.Type
  ) => Effect.Effect<ReadonlyArray<SessionSqlResult>, SessionSqlError, R>
  readonly exists: (request: typeof SessionSqlExistsRequest.Type) => Effect.Effect<boolean, SessionSqlError, R>
}

/**
 * A session file system served by the SDK: the runtime stores the session's
 * state through these ten operations instead of its local disk (and its SQL
 * database through `sqlite`, when it has one). Each
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
  /**
   * The session's SQL database (`sessionFs.sqlite*`), for a client whose
   * `sessionFs` declares `capabilities: { sqlite: true }`; without it those
   * requests are answered with a "not served" error.
   */
  readonly sqlite?: SessionSqlProvider<R> | undefined
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
  "sessionFs.rename",
  "sessionFs.sqliteQuery",
  "sessionFs.sqliteTransaction",
  "sessionFs.sqliteExists"
]

/**
 * Serves one `sessionFs.*` request with a provider and returns the wire
 * result. Params that do not match the method's Schema fail with an
 * {@link RpcError} `-32602`, methods this SDK does not serve with `-32601`
 * (so do the `sessionFs.sqlite*` ones when the provider has no `sqlite`
 * member). A {@link SessionSqlError} travels in the result too:
 * `sqliteQuery` answers no rows and `error: { code: "UNKNOWN", message }`,
 * `sqliteTransaction` no results and `error: { errorClass, message }`;
 * `sqliteExists` answers a `-32603` error (its result has no `error`). A provider's {@link SessionFsError} is not a
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
    case "sessionFs.sqliteQuery":
    case "sessionFs.sqliteTransaction":
    case "sessionFs.sqliteExists":
      return provider.sqlite === undefined
        ? Effect.fail(
          new RpcError({
            method,
            code: ErrorCode.MethodNotFound,
            message: `${method} is not served: this session's file system has no SQL database ` +
              "(give the provider a `sqlite` member, or leave `capabilities.sqlite` out of the client's `sessionFs`)"
          })
        )
        : serveSql(provider.sqlite, method, params)
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

const noRows: SessionSqlResult = { rows: [], columns: [], rowsAffected: 0 }

const serveSql = <R>(
  sqlite: SessionSqlProvider<R>,
  method: "sessionFs.sqliteQuery" | "sessionFs.sqliteTransaction" | "sessionFs.sqliteExists",
  params: unknown
): Effect.Effect<unknown, RpcError, R> => {
  switch (method) {
    case "sessionFs.sqliteQuery":
      return answerSql(
        method,
        SessionSqlQueryRequest,
        params,
        SessionSqlQueryResult,
        sqlite.query,
        (result) => result,
        (error) => ({ ...noRows, error: { code: "UNKNOWN", message: error.message } })
      )
    case "sessionFs.sqliteTransaction":
      return answerSql(
        method,
        SessionSqlTransactionRequest,
        params,
        SessionSqlTransactionResult,
        sqlite.transaction,
        (results) => ({ results }),
        (error) => ({ results: [], error: { errorClass: error.errorClass ?? "fatal", message: error.message } })
      )
    case "sessionFs.sqliteExists":
      // The result has no error member: a failure is a JSON-RPC error.
      return decodeParams(method, SessionSqlExistsRequest, params).pipe(
        Effect.flatMap((request) =>
          sqlite.exists(request).pipe(
            Effect.mapError((error) => new RpcError({ method, code: ErrorCode.InternalError, message: error.message }))
          )
        ),
        Effect.map((exists) => ({ exists })),
        Effect.flatMap(encode(method, SessionSqlExistsResult))
      )
  }
}

/** Like {@link answer}, for the SQL operations: their failures travel inside the result. */
const answerSql = <Req, ReqI, A, Res, ResI, R>(
  method: string,
  request: Schema.Schema<Req, ReqI>,
  params: unknown,
  result: Schema.Schema<Res, ResI>,
  run: (request: Req) => Effect.Effect<A, SessionSqlError, R>,
  onSuccess: (value: A) => Res,
  onFailure: (error: SessionSqlError) => Res
): Effect.Effect<ResI, RpcError, R> =>
  decodeParams(method, request, params).pipe(
    Effect.flatMap((req) => Effect.match(run(req), { onSuccess, onFailure })),
    Effect.flatMap(encode(method, result))
  )

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

