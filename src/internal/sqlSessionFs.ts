/**
 * The session file system in a SQL database, on `@effect/sql`'s `SqlClient`:
 * one code path for PostgreSQL and SQLite (portable SQL; only the byte column
 * type and the migration lock differ by dialect).
 *
 * Tables (`<prefix>` is the table prefix, default `copilot_fs_`):
 * - `<prefix>entries`: one row per file or directory of a session, keyed by
 *   `(session_id, path)`, with its parent's path (listing a directory is one
 *   indexed query), kind, mode, birth and modification times (milliseconds),
 *   size in bytes, and for a file the content written by `writeFile` (bytes,
 *   UTF-8) with the number of appended chunks.
 * - `<prefix>chunks`: what `appendFile` added since, one row per append,
 *   keyed by `(session_id, path, seq)`. An append is an UPDATE of the file's
 *   row (which takes its row lock: concurrent appends to one file queue up
 *   and get consecutive numbers) and one INSERT, never a rewrite of the file.
 *   `writeFile` replaces the content and drops the chunks; a read is one
 *   statement (one snapshot) over both tables.
 *
 * Paths are normalized the way the disk provider does (`..` applied, `.` and
 * empty components dropped); the session's `/` is the row with path `/`,
 * created by the first operation that writes, as the disk provider creates
 * the session's directory.
 *
 * @internal
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { SqlError } from "@effect/sql/SqlError"
import { Duration, Effect, Either, Schema } from "effect"
import { Buffer } from "node:buffer"
import * as SessionFs from "../SessionFs.js"
import * as Paths from "./fsPaths.js"

/** Options of the SQL session file system. */
export interface Options {
  readonly tablePrefix?: string | undefined
  readonly perSession?: boolean | undefined
  readonly conventions?: "posix" | "windows" | undefined
  readonly timeout?: Duration.DurationInput | undefined
}

type Kind = "file" | "directory"

/** Integers arrive as numbers (SQLite), bigints (SQLite with safe integers) or strings (PostgreSQL's int8). */
const Int = Schema.Union(
  Schema.Number,
  Schema.NumberFromString,
  Schema.transform(Schema.BigIntFromSelf, Schema.Number, {
    strict: true,
    decode: (n) => Number(n),
    encode: (n) => BigInt(Math.trunc(n))
  })
)

const EntryRow = Schema.Struct({
  path: Schema.String,
  kind: Schema.Literal("file", "directory"),
  size: Int,
  chunks: Int,
  birthtime: Int,
  mtime: Int
})
type EntryRow = typeof EntryRow.Type
const EntryRows = Schema.Array(EntryRow)

const ChildRows = Schema.Array(Schema.Struct({ name: Schema.String, kind: Schema.Literal("file", "directory") }))
const ContentRows = Schema.Array(Schema.Struct({ content: Schema.Uint8ArrayFromSelf, seq: Int }))
const CountRows = Schema.Array(Schema.Struct({ chunks: Int }))

/** A failure on its way out: a file-system answer, or the database's. */
type Failure = SessionFs.SessionFsError | SqlError

const tablePrefixPattern = /^[A-Za-z_][A-Za-z0-9_]{0,40}$/

/** The longest name of one component, in UTF-8 bytes (as on the common file systems). */
const maxNameBytes = 255

const decoder = new TextDecoder()
/** UTF-8 bytes as a Buffer: node-postgres binds a Buffer as bytea (a plain Uint8Array it would not). */
const utf8 = (text: string) => Buffer.from(text, "utf8")

const key = (segments: ReadonlyArray<string>) => `/${segments.join("/")}`
const parentKey = (segments: ReadonlyArray<string>) => (segments.length === 0 ? "" : key(segments.slice(0, -1)))
/** Length in code points, as SQL's `length` and `substr` count. */
const sqlLength = (text: string) => [...text].length

/**
 * Makes the provider on the `SqlClient` in context: creates its tables if
 * missing (idempotent; on PostgreSQL under an advisory lock, so that runners
 * starting together do not race), then serves every request with that client.
 */
export const make = (
  options: Options = {}
): Effect.Effect<SessionFs.SessionFsProvider<never>, SqlError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const prefix = options.tablePrefix ?? "copilot_fs_"
    if (!tablePrefixPattern.test(prefix)) {
      return yield* new SqlError({
        cause: prefix,
        message: `SqlSessionFs: tablePrefix "${prefix}" must be letters, digits and '_' (not starting with a digit)`
      })
    }
    const perSession = options.perSession ?? true
    const separator = options.conventions === "windows" ? "\\" : "/"
    const timeout = Duration.decode(options.timeout ?? "30 seconds")
    const entries = sql(`${prefix}entries`)
    const chunks = sql(`${prefix}chunks`)
    const bytes = sql.onDialectOrElse({ pg: () => "BYTEA", orElse: () => "BLOB" })

    yield* sql.withTransaction(Effect.gen(function*() {
      yield* sql.onDialectOrElse({
        pg: () => sql`SELECT pg_advisory_xact_lock(${hashOf(prefix)})`.pipe(Effect.asVoid),
        orElse: () => Effect.void
      })
      yield* sql.unsafe(
        `CREATE TABLE IF NOT EXISTS ${prefix}entries (
          session_id TEXT NOT NULL,
          path TEXT NOT NULL,
          parent TEXT NOT NULL,
          name TEXT NOT NULL,
          kind TEXT NOT NULL,
          mode INTEGER,
          content ${bytes},
          size BIGINT NOT NULL,
          chunks INTEGER NOT NULL,
          birthtime BIGINT NOT NULL,
          mtime BIGINT NOT NULL,
          PRIMARY KEY (session_id, path)
        )`
      )
      yield* sql.unsafe(`CREATE INDEX IF NOT EXISTS ${prefix}entries_parent ON ${prefix}entries (session_id, parent)`)
      yield* sql.unsafe(
        `CREATE TABLE IF NOT EXISTS ${prefix}chunks (
          session_id TEXT NOT NULL,
          path TEXT NOT NULL,
          seq INTEGER NOT NULL,
          content ${bytes} NOT NULL,
          PRIMARY KEY (session_id, path, seq)
        )`
      )
    }))

    // -------------------------------------------------------------------------
    // errors

    const failCode = (operation: string, label: string, code: string) =>
      Effect.fail(
        new SessionFs.SessionFsError({
          code: code === "ENOENT" ? "ENOENT" : "UNKNOWN",
          message: Paths.errnoMessage(operation, label, code)
        })
      )
    const refuse = (path: string, why: string) =>
      Effect.fail(new SessionFs.SessionFsError({ code: "UNKNOWN", message: Paths.refusalMessage(path, why) }))

    const decode = <A, I>(schema: Schema.Schema<A, I>, what: string) => (rows: unknown) =>
      Schema.decodeUnknown(schema)(rows).pipe(
        Effect.mapError((error) => new SqlError({ cause: error, message: `unexpected ${what} rows: ${error.message}` }))
      )

    // -------------------------------------------------------------------------
    // queries

    const lookupMany = (session: string, paths: ReadonlyArray<string>) =>
      paths.length === 0
        ? Effect.succeed(new Map<string, EntryRow>())
        : sql`SELECT path, kind, size, chunks, birthtime, mtime FROM ${entries}
              WHERE session_id = ${session} AND ${sql.in("path", paths)}`.pipe(
          Effect.flatMap(decode(EntryRows, "entry")),
          Effect.map((rows) => new Map(rows.map((row) => [row.path, row])))
        )

    const lookup = (session: string, path: string) =>
      Effect.map(lookupMany(session, [path]), (found) => found.get(path))

    /** Why `segments` is missing: a component on the way is a file (ENOTDIR), or something is missing (ENOENT). */
    const missing = (session: string, segments: ReadonlyArray<string>, operation: string, label: string) =>
      Effect.gen(function*() {
        const ancestors = segments.map((_, i) => key(segments.slice(0, i)))
        const found = yield* lookupMany(session, ancestors)
        for (const ancestor of ancestors) {
          const entry = found.get(ancestor)
          if (entry === undefined) break
          if (entry.kind === "file") return yield* failCode(operation, label, "ENOTDIR")
        }
        return yield* failCode(operation, label, "ENOENT")
      })

    /** The entry at `segments`, or the failure a missing one gives. */
    const existing = (session: string, segments: ReadonlyArray<string>, operation: string, label: string) =>
      Effect.flatMap(lookup(session, key(segments)), (entry) =>
        entry === undefined ? missing(session, segments, operation, label) : Effect.succeed(entry))

    const insertEntry = (
      session: string,
      segments: ReadonlyArray<string>,
      kind: Kind,
      mode: number | undefined,
      content: Uint8Array | null,
      now: number
    ) =>
      sql`INSERT INTO ${entries} (session_id, path, parent, name, kind, mode, content, size, chunks, birthtime, mtime)
          VALUES (${session}, ${key(segments)}, ${parentKey(segments)}, ${segments[segments.length - 1] ?? ""},
                  ${kind}, ${mode ?? null}, ${content}, ${content?.length ?? 0}, 0, ${now}, ${now})
          ON CONFLICT (session_id, path) DO NOTHING
          RETURNING path`

    /**
     * Makes the directories `segments` and every one above them, the session's
     * own included (`mkdir -p`); a file on the way fails with ENOTDIR.
     */
    const ensureDirectories = (
      session: string,
      segments: ReadonlyArray<string>,
      mode: number | undefined,
      now: number,
      operation: string,
      label: string
    ) =>
      Effect.gen(function*() {
        const chain = Array.from({ length: segments.length + 1 }, (_, i) => segments.slice(0, i))
        const found = yield* lookupMany(session, chain.map(key))
        for (const dir of chain) {
          const entry = found.get(key(dir))
          if (entry?.kind === "file") return yield* failCode(operation, label, "ENOTDIR")
          if (entry === undefined) {
            yield* insertEntry(session, dir, "directory", dir.length === 0 ? undefined : mode, null, now)
          }
        }
      })

    /** `path = p OR path under p/`, by prefix with `substr` (portable, and no LIKE wildcards or case folding). */
    const selfOrBelow = (path: string) => {
      const below = `${path}/`
      return sql`(path = ${path} OR substr(path, 1, ${sqlLength(below)}) = ${below})`
    }

    const readContent = (session: string, path: string) =>
      sql`SELECT content, -1 AS seq FROM ${entries}
            WHERE session_id = ${session} AND path = ${path} AND kind = 'file'
          UNION ALL
          SELECT content, seq FROM ${chunks} WHERE session_id = ${session} AND path = ${path}
          ORDER BY seq`.pipe(Effect.flatMap(decode(ContentRows, "content")))

    // -------------------------------------------------------------------------
    // operations

    const sessionOf = (sessionId: string) => (perSession ? sessionId : "")

    /** The components of a request's path, or its refusal. */
    const segmentsOf = (path: string): Effect.Effect<Array<string>, SessionFs.SessionFsError> =>
      Either.match(Paths.segmentsOf(path, separator), {
        onLeft: (why) => refuse(path, why),
        onRight: (segments) => Effect.succeed(segments)
      })

    /** Runs one operation in a transaction; database failures and timeouts answer UNKNOWN with a message. */
    const run = <A>(
      operation: string,
      label: string,
      body: Effect.Effect<A, Failure>
    ): Effect.Effect<A, SessionFs.SessionFsError> =>
      sql.withTransaction(body).pipe(
        // A ROLLBACK that fails (the connection is gone) is a defect in @effect/sql: a failure here.
        Effect.catchAllDefect((defect) =>
          isSqlError(defect) ? Effect.fail(defect) : Effect.die(defect)
        ),
        Effect.retry({ times: 3, while: isRetryable }),
        Effect.timeoutFail({
          duration: timeout,
          onTimeout: () =>
            new SessionFs.SessionFsError({
              code: "UNKNOWN",
              message: `${operation} ${label}: the session store did not answer in ${Duration.format(timeout)}`
            })
        }),
        Effect.catchTag("SqlError", (error) =>
          Effect.fail(
            new SessionFs.SessionFsError({
              code: "UNKNOWN",
              message: `${operation} ${label}: the session store failed: ${describe(error)}`
            })
          )),
        Effect.withSpan(`SqlSessionFs.${operation}`, { attributes: { path: label } })
      )

    const at = <A>(
      operation: string,
      request: { readonly sessionId: string; readonly path: string },
      f: (session: string, segments: ReadonlyArray<string>) => Effect.Effect<A, Failure>
    ) =>
      Effect.flatMap(segmentsOf(request.path), (segments) => {
        const tooLong = segments.find((segment) => Buffer.byteLength(segment, "utf8") > maxNameBytes)
        return tooLong !== undefined
          ? failCode(operation, request.path, "ENAMETOOLONG")
          : run(operation, request.path, f(sessionOf(request.sessionId), segments))
      })

    const writeFile = (operation: string, request: typeof SessionFs.SessionFsWriteFileRequest.Type, append: boolean) =>
      at(operation, request, (session, segments) =>
        Effect.gen(function*() {
          if (segments.length === 0) return yield* failCode(operation, request.path, "EISDIR")
          const path = key(segments)
          const content = utf8(request.content)
          const now = Date.now()
          // An append's hot path: one UPDATE (the file's row lock orders concurrent appends) and one INSERT.
          const appendTo = Effect.gen(function*() {
            const counted = yield* sql`UPDATE ${entries}
                SET chunks = chunks + 1, size = size + ${content.length}, mtime = ${now}
                WHERE session_id = ${session} AND path = ${path} AND kind = 'file'
                RETURNING chunks`.pipe(Effect.flatMap(decode(CountRows, "count")))
            const appended = counted[0]
            if (appended === undefined) return false
            yield* sql`INSERT INTO ${chunks} (session_id, path, seq, content)
                       VALUES (${session}, ${path}, ${appended.chunks}, ${content})`
            return true
          })
          const replace = Effect.zipRight(
            sql`UPDATE ${entries} SET content = ${content}, size = ${content.length}, chunks = 0, mtime = ${now}
                WHERE session_id = ${session} AND path = ${path} AND kind = 'file'`,
            sql`DELETE FROM ${chunks} WHERE session_id = ${session} AND path = ${path}`
          )
          if (append && (yield* appendTo)) return
          const entry = yield* lookup(session, path)
          if (entry?.kind === "directory") return yield* failCode(operation, request.path, "EISDIR")
          if (entry !== undefined) {
            // For an append: made by a concurrent request since the UPDATE looked.
            if (!append) return yield* replace
            if (yield* appendTo) return
          }
          yield* ensureDirectories(session, segments.slice(0, -1), undefined, now, operation, request.path)
          const created = yield* insertEntry(session, segments, "file", request.mode, content, now)
          if (created.length > 0) return
          // Made by a concurrent request in the meantime (its insert won): append to it, or replace it.
          if (append) {
            if (yield* appendTo) return
          } else {
            const raced = yield* lookup(session, path)
            if (raced?.kind === "file") return yield* replace
          }
          return yield* failCode(operation, request.path, "EISDIR")
        }))

    const listing = (operation: string, request: typeof SessionFs.SessionFsReaddirRequest.Type) =>
      at(operation, request, (session, segments) =>
        Effect.gen(function*() {
          const entry = yield* existing(session, segments, operation, request.path)
          if (entry.kind === "file") return yield* failCode(operation, request.path, "ENOTDIR")
          const rows = yield* sql`SELECT name, kind FROM ${entries}
                                  WHERE session_id = ${session} AND parent = ${key(segments)}`.pipe(
            Effect.flatMap(decode(ChildRows, "listing"))
          )
          return [...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        }))

    const removeTree = (session: string, path: string) =>
      Effect.zipRight(
        sql`DELETE FROM ${chunks} WHERE session_id = ${session} AND ${selfOrBelow(path)}`,
        sql`DELETE FROM ${entries} WHERE session_id = ${session} AND ${selfOrBelow(path)}`
      )

    const provider: SessionFs.SessionFsProvider<never> = {
      readFile: (request) =>
        at("readFile", request, (session, segments) =>
          Effect.gen(function*() {
            const entry = yield* existing(session, segments, "readFile", request.path)
            if (entry.kind === "directory") return yield* failCode("readFile", request.path, "EISDIR")
            const parts = yield* readContent(session, key(segments))
            // Removed between the two statements: as if it had never been there.
            if (parts.length === 0) return yield* failCode("readFile", request.path, "ENOENT")
            return parts.length === 1 ? decoder.decode(parts[0]!.content) : decoder.decode(concat(parts))
          })),

      writeFile: (request) => writeFile("writeFile", request, false),
      appendFile: (request) => writeFile("appendFile", request, true),

      exists: (request) =>
        at("exists", request, (session, segments) =>
          Effect.map(lookup(session, key(segments)), (entry) => entry !== undefined)),

      stat: (request) =>
        at("stat", request, (session, segments) =>
          Effect.map(existing(session, segments, "stat", request.path), (entry): SessionFs.SessionFsStat => ({
            isFile: entry.kind === "file",
            isDirectory: entry.kind === "directory",
            size: entry.kind === "file" ? entry.size : 0,
            mtime: new Date(entry.mtime),
            birthtime: new Date(entry.birthtime)
          }))),

      mkdir: (request) =>
        at("mkdir", request, (session, segments) =>
          Effect.gen(function*() {
            const now = Date.now()
            if (request.recursive === true) {
              return yield* ensureDirectories(session, segments, request.mode, now, "mkdir", request.path)
            }
            if (segments.length === 0) {
              yield* insertEntry(session, [], "directory", undefined, null, now)
              return yield* failCode("mkdir", request.path, "EEXIST")
            }
            // The session's own directory is made, as the disk provider makes it; the parent must exist.
            yield* insertEntry(session, [], "directory", undefined, null, now)
            const parent = segments.slice(0, -1)
            const above = yield* existing(session, parent, "mkdir", request.path)
            if (above.kind === "file") return yield* failCode("mkdir", request.path, "ENOTDIR")
            if ((yield* lookup(session, key(segments))) !== undefined) {
              return yield* failCode("mkdir", request.path, "EEXIST")
            }
            yield* insertEntry(session, segments, "directory", request.mode, null, now)
          })),

      readdir: (request) => Effect.map(listing("readdir", request), (rows) => rows.map((row) => row.name)),
      readdirWithTypes: (request) =>
        Effect.map(listing("readdirWithTypes", request), (rows) => rows.map(({ kind, name }) => ({ name, type: kind }))),

      rm: (request) =>
        at("rm", request, (session, segments) =>
          Effect.gen(function*() {
            if (segments.length === 0) return yield* refuse(request.path, "would remove the session's own directory")
            const force = request.force === true
            const entry = yield* lookup(session, key(segments))
            if (entry === undefined) {
              return yield* missing(session, segments, "rm", request.path).pipe(
                Effect.catchIf(
                  (error) => force && error._tag === "SessionFsError" && error.code === "ENOENT",
                  () => Effect.void
                )
              )
            }
            if (entry.kind === "directory" && request.recursive !== true) {
              return yield* failCode("rm", request.path, "EISDIR")
            }
            yield* removeTree(session, key(segments))
          })),

      rename: (request) => {
        const label = `${request.src} -> ${request.dest}`
        return Effect.gen(function*() {
          const src = yield* segmentsOf(request.src)
          const dest = yield* segmentsOf(request.dest)
          if (src.length === 0) return yield* refuse(request.src, "would move the session's own directory")
          if (dest.length === 0) return yield* refuse(request.dest, "would replace the session's own directory")
          const session = sessionOf(request.sessionId)
          return yield* run("rename", label, Effect.gen(function*() {
            const from = key(src)
            const to = key(dest)
            const entry = yield* existing(session, src, "rename", label)
            if (entry.kind === "directory" && to.startsWith(`${from}/`)) return yield* failCode("rename", label, "EINVAL")
            const now = Date.now()
            yield* ensureDirectories(session, dest.slice(0, -1), undefined, now, "rename", label)
            if (from === to) return
            const target = yield* lookup(session, to)
            if (target !== undefined) {
              if (entry.kind === "file" && target.kind === "directory") return yield* failCode("rename", label, "EISDIR")
              if (entry.kind === "directory" && target.kind === "file") return yield* failCode("rename", label, "ENOTDIR")
              if (target.kind === "directory") {
                const children = yield* sql`SELECT name, kind FROM ${entries}
                                            WHERE session_id = ${session} AND parent = ${to}`.pipe(
                  Effect.flatMap(decode(ChildRows, "listing"))
                )
                if (children.length > 0) return yield* failCode("rename", label, "ENOTEMPTY")
              }
              yield* removeTree(session, to)
            }
            const rest = sqlLength(from) + 1
            yield* sql`UPDATE ${entries} SET
                path = CAST(${to} AS TEXT) || substr(path, ${rest}),
                parent = CASE WHEN path = ${from} THEN CAST(${parentKey(dest)} AS TEXT)
                              ELSE CAST(${to} AS TEXT) || substr(parent, ${rest}) END,
                name = CASE WHEN path = ${from} THEN CAST(${dest[dest.length - 1] ?? ""} AS TEXT) ELSE name END
                WHERE session_id = ${session} AND ${selfOrBelow(from)}`
            yield* sql`UPDATE ${chunks} SET path = CAST(${to} AS TEXT) || substr(path, ${rest})
                       WHERE session_id = ${session} AND ${selfOrBelow(from)}`
            yield* sql`UPDATE ${entries} SET mtime = ${now} WHERE session_id = ${session} AND path = ${to}`
          }))
        })
      }
    }
    return provider
  })

const concat = (parts: ReadonlyArray<{ readonly content: Uint8Array }>) => {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.content.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part.content, offset)
    offset += part.content.length
  }
  return out
}

/** A stable 31-bit number for the migration's advisory lock. */
const hashOf = (text: string) => {
  let hash = 0x5e55
  for (const char of `effect-copilot/sql:${text}`) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0
  return hash & 0x7fffffff
}

const isSqlError = (defect: unknown): defect is SqlError =>
  typeof defect === "object" && defect !== null && "_tag" in defect && defect._tag === "SqlError" &&
  defect instanceof Error

/** The driver's code of a failure (`40P01`, `SQLITE_BUSY`, ...), when it has one. */
const codeOf = (error: SqlError): string | undefined => {
  const cause: unknown = error.cause
  return typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string"
    ? cause.code
    : undefined
}

/** Deadlocks and serialization failures (PostgreSQL), a busy database (SQLite): the transaction can run again. */
const isRetryable = (error: Failure) => {
  if (error._tag !== "SqlError") return false
  const code = codeOf(error)
  return code === "40P01" || code === "40001" || code === "SQLITE_BUSY" || code === "23505"
}

const describe = (error: SqlError) => {
  const cause: unknown = error.cause
  const detail = cause instanceof Error ? cause.message : typeof cause === "string" ? cause : undefined
  const code = codeOf(error)
  return [error.message, detail, code === undefined ? undefined : `(${code})`].filter((part) => part !== undefined && part !== "").join(": ")
}
