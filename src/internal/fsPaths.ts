/**
 * How a session file system reads the runtime's paths, shared by the
 * providers on the local disk and in a SQL database: a path's components,
 * what is refused, and how a failure by its error code reads.
 *
 * @internal
 */
import { Either } from "effect"

/** A refusal message: the path would leave the session's own tree. */
export const refusalMessage = (path: string, why: string) =>
  `session path "${path}" ${why}; refused: each session is confined to its own directory`

/** What the common error codes mean, for messages that do not name a provider's internals. */
export const errnoText: Record<string, string> = {
  EACCES: "permission denied",
  EEXIST: "already exists",
  EINVAL: "invalid argument (a directory cannot move into itself)",
  EISDIR: "is a directory",
  ENAMETOOLONG: "name too long",
  ENOENT: "no such file or directory",
  ENOSPC: "no space left on device",
  ENOTDIR: "not a directory",
  ENOTEMPTY: "directory not empty",
  ENOTFILE: "not a regular file",
  EPERM: "operation not permitted"
}

/** The message of a failure by its error code: `<operation> <path>: <CODE> (<what it means>)`. */
export const errnoMessage = (operation: string, path: string, code: string) =>
  `${operation} ${path}: ${code} (${errnoText[code] ?? "failed"})`

/**
 * The components of a session path, `..` applied, or why it is refused. On a
 * host whose separator is `\\` (Windows) that separator splits too, a leading
 * drive (`C:`) means the session's `/`, and no other component may hold a
 * `:` (a drive or an alternate data stream).
 */
export const segmentsOf = (sessionPath: string, hostSep: string): Either.Either<Array<string>, string> => {
  if (sessionPath.includes("\0")) return Either.left("contains a NUL character")
  const windows = hostSep === "\\"
  const parts = sessionPath.split(windows ? /[\\/]/ : "/")
  if (windows && parts.length > 0 && /^[A-Za-z]:$/.test(parts[0] ?? "")) parts.shift()
  const segments: Array<string> = []
  for (const segment of parts) {
    if (segment === "" || segment === ".") continue
    if (windows && segment.includes(":")) return Either.left("names a drive or stream inside the path")
    if (segment === "..") {
      if (segments.pop() === undefined) return Either.left("escapes the root with '..'")
      continue
    }
    segments.push(segment)
  }
  return Either.right(segments)
}
