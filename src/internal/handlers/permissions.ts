/**
 * Handlers: permission requests (`permission.requested`), the decisions a handler answers with, and their constructors. Re-exported by the public `Handlers` module.
 *
 * @internal
 */
import { Effect, Schema } from "effect"
import { lazy } from "../generatedSchema.js"
import type { Handler } from "./context.js"

const optional = Schema.optional
const StringRecord = () => Schema.Record({ key: Schema.String, value: Schema.Unknown })

// ---------------------------------------------------------------------------
// Permissions
// ---------------------------------------------------------------------------

const permissionBase = () => ({
  toolCallId: optional(Schema.String),
  managedApprovalRequired: optional(Schema.Boolean)
})

/**
 * A shell command the agent wants to run.
 *
 * @example
 * ```ts
 * if (request.kind === "shell") console.log(request.fullCommandText)
 * ```
 */
export const PermissionRequestShell: Schema.Schema<PermissionRequestShell> = lazy(() =>
  Schema.Struct({
    kind: Schema.Literal("shell"),
    ...permissionBase(),
    fullCommandText: Schema.String,
    intention: Schema.String,
    commands: Schema.Array(Schema.Struct({ identifier: Schema.String, readOnly: Schema.Boolean })),
    possiblePaths: Schema.Array(Schema.String),
    possibleUrls: Schema.Array(Schema.Struct({ url: Schema.String })),
    hasWriteFileRedirection: Schema.Boolean,
    canOfferSessionApproval: Schema.Boolean,
    warning: optional(Schema.String)
  })
)
/** @see {@link PermissionRequestShell} */
export interface PermissionRequestShell {
  readonly kind: "shell"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly fullCommandText: string
  readonly intention: string
  readonly commands: ReadonlyArray<{ readonly identifier: string; readonly readOnly: boolean }>
  readonly possiblePaths: ReadonlyArray<string>
  readonly possibleUrls: ReadonlyArray<{ readonly url: string }>
  readonly hasWriteFileRedirection: boolean
  readonly canOfferSessionApproval: boolean
  readonly warning?: string | undefined
}

/**
 * A file write the agent wants to make.
 *
 * @example
 * ```ts
 * if (request.kind === "write") console.log(request.fileName, request.diff)
 * ```
 */
export const PermissionRequestWrite: Schema.Schema<PermissionRequestWrite> = lazy(() =>
  Schema.Struct({
    kind: Schema.Literal("write"),
    ...permissionBase(),
    intention: Schema.String,
    fileName: Schema.String,
    diff: Schema.String,
    newFileContents: optional(Schema.String),
    canOfferSessionApproval: Schema.Boolean
  })
)
/** @see {@link PermissionRequestWrite} */
export interface PermissionRequestWrite {
  readonly kind: "write"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly intention: string
  readonly fileName: string
  readonly diff: string
  readonly newFileContents?: string | undefined
  readonly canOfferSessionApproval: boolean
}

/**
 * A path the agent wants to read.
 *
 * @example
 * ```ts
 * if (request.kind === "read") console.log(request.path)
 * ```
 */
export const PermissionRequestRead: Schema.Schema<PermissionRequestRead> = lazy(() =>
  Schema.Struct({
    kind: Schema.Literal("read"),
    ...permissionBase(),
    intention: Schema.String,
    path: Schema.String
  })
)
/** @see {@link PermissionRequestRead} */
export interface PermissionRequestRead {
  readonly kind: "read"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly intention: string
  readonly path: string
}

/**
 * An MCP tool call.
 *
 * @example
 * ```ts
 * if (request.kind === "mcp") console.log(request.serverName, request.toolName)
 * ```
 */
export const PermissionRequestMcp: Schema.Schema<PermissionRequestMcp> = lazy(() =>
  Schema.Struct({
    kind: Schema.Literal("mcp"),
    ...permissionBase(),
    serverName: Schema.String,
    toolName: Schema.String,
    toolTitle: Schema.String,
    args: optional(Schema.Unknown),
    readOnly: Schema.Boolean
  })
)
/** @see {@link PermissionRequestMcp} */
export interface PermissionRequestMcp {
  readonly kind: "mcp"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly serverName: string
  readonly toolName: string
  readonly toolTitle: string
  readonly args?: unknown
  readonly readOnly: boolean
}

/**
 * A URL the agent wants to fetch.
 *
 * @example
 * ```ts
 * if (request.kind === "url") console.log(request.url)
 * ```
 */
export const PermissionRequestUrl: Schema.Schema<PermissionRequestUrl> = lazy(() =>
  Schema.Struct({
    kind: Schema.Literal("url"),
    ...permissionBase(),
    intention: Schema.String,
    url: Schema.String
  })
)
/** @see {@link PermissionRequestUrl} */
export interface PermissionRequestUrl {
  readonly kind: "url"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly intention: string
  readonly url: string
}

/**
 * A memory the agent wants to store or vote on.
 *
 * @example
 * ```ts
 * if (request.kind === "memory") console.log(request.fact)
 * ```
 */
export const PermissionRequestMemory: Schema.Schema<PermissionRequestMemory> = lazy(() =>
  Schema.Struct({
    kind: Schema.Literal("memory"),
    ...permissionBase(),
    fact: Schema.String,
    subject: optional(Schema.String),
    reason: optional(Schema.String)
  })
)
/** @see {@link PermissionRequestMemory} */
export interface PermissionRequestMemory {
  readonly kind: "memory"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly fact: string
  readonly subject?: string | undefined
  readonly reason?: string | undefined
}

/**
 * A call of one of the session's own tools (see `Tool.make`).
 *
 * @example
 * ```ts
 * if (request.kind === "custom-tool") console.log(request.toolName, request.args)
 * ```
 */
export const PermissionRequestCustomTool: Schema.Schema<PermissionRequestCustomTool> = lazy(() =>
  Schema.Struct({
    kind: Schema.Literal("custom-tool"),
    ...permissionBase(),
    toolName: Schema.String,
    toolDescription: Schema.String,
    args: optional(Schema.Unknown)
  })
)
/** @see {@link PermissionRequestCustomTool} */
export interface PermissionRequestCustomTool {
  readonly kind: "custom-tool"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly toolName: string
  readonly toolDescription: string
  readonly args?: unknown
}

/**
 * A hook asking for confirmation of a tool call.
 *
 * @example
 * ```ts
 * if (request.kind === "hook") console.log(request.hookMessage)
 * ```
 */
export const PermissionRequestHook: Schema.Schema<PermissionRequestHook> = lazy(() =>
  Schema.Struct({
    kind: Schema.Literal("hook"),
    ...permissionBase(),
    toolName: Schema.String,
    toolArgs: optional(Schema.Unknown),
    hookMessage: optional(Schema.String)
  })
)
/** @see {@link PermissionRequestHook} */
export interface PermissionRequestHook {
  readonly kind: "hook"
  readonly toolCallId?: string | undefined
  readonly managedApprovalRequired?: boolean | undefined
  readonly toolName: string
  readonly toolArgs?: unknown
  readonly hookMessage?: string | undefined
}

/**
 * A kind of request this SDK does not model (newer runtimes add kinds), or a
 * known kind whose fields did not match: `rawKind` and all of `data` are kept.
 *
 * @example
 * ```ts
 * if (request.kind === "unknown") console.log(request.rawKind, request.data)
 * ```
 */
export const PermissionRequestUnknown: Schema.Schema<PermissionRequestUnknown, { readonly kind: string; readonly [key: string]: unknown }> = lazy(() =>
  Schema.transform(
    Schema.Struct({ kind: Schema.String }, StringRecord()),
    Schema.Struct({
      kind: Schema.Literal("unknown"),
      rawKind: Schema.String,
      data: StringRecord(),
      managedApprovalRequired: optional(Schema.Boolean)
    }),
    {
      strict: true,
      decode: (raw) => ({
        kind: "unknown" as const,
        rawKind: raw.kind,
        data: raw,
        ...(typeof raw["managedApprovalRequired"] === "boolean"
          ? { managedApprovalRequired: raw["managedApprovalRequired"] }
          : {})
      }),
      encode: (unknown) => ({ ...unknown.data, kind: unknown.rawKind })
    }
  )
)
/** @see {@link PermissionRequestUnknown} */
export interface PermissionRequestUnknown {
  readonly kind: "unknown"
  /** The kind the runtime sent. */
  readonly rawKind: string
  /** The request as sent. */
  readonly data: { readonly [key: string]: unknown }
  readonly managedApprovalRequired?: boolean | undefined
}

/**
 * What the agent asks permission for (`permission.requested` event data's
 * `permissionRequest`), discriminated by `kind`; kinds this SDK does not
 * model decode to `kind: "unknown"`.
 *
 * @example
 * ```ts
 * const describe = (r: Handlers.PermissionRequest) => r.kind === "shell" ? r.fullCommandText : r.kind
 * ```
 */
export const PermissionRequest: Schema.Schema<PermissionRequest, PermissionRequestEncoded> = lazy(() =>
  Schema.Union(
    PermissionRequestShell,
    PermissionRequestWrite,
    PermissionRequestRead,
    PermissionRequestMcp,
    PermissionRequestUrl,
    PermissionRequestMemory,
    PermissionRequestCustomTool,
    PermissionRequestHook,
    PermissionRequestUnknown
  )
)
/** @see {@link PermissionRequest} */
export type PermissionRequest =
  | PermissionRequestShell
  | PermissionRequestWrite
  | PermissionRequestRead
  | PermissionRequestMcp
  | PermissionRequestUrl
  | PermissionRequestMemory
  | PermissionRequestCustomTool
  | PermissionRequestHook
  | PermissionRequestUnknown

/** A {@link PermissionRequest} as the runtime sends it: a kind this SDK does not model is any object with a `kind`. */
export type PermissionRequestEncoded =
  | Exclude<PermissionRequest, PermissionRequestUnknown>
  | { readonly kind: string; readonly [key: string]: unknown }

/**
 * The data of a `permission.requested` event. Skip it when `resolvedByHook`.
 *
 * @example
 * ```ts
 * const data = Schema.decodeUnknownSync(Handlers.PermissionRequestedData)(event.data)
 * ```
 */
export const PermissionRequestedData: Schema.Schema<PermissionRequestedData, PermissionRequestedDataEncoded> = lazy(() =>
  Schema.Struct({
    requestId: Schema.String,
    permissionRequest: PermissionRequest,
    resolvedByHook: optional(Schema.Boolean)
  })
)
/** @see {@link PermissionRequestedData} */
export interface PermissionRequestedData {
  readonly requestId: string
  readonly permissionRequest: PermissionRequest
  readonly resolvedByHook?: boolean | undefined
}

/** {@link PermissionRequestedData} as the runtime sends it. */
export interface PermissionRequestedDataEncoded {
  readonly requestId: string
  readonly permissionRequest: PermissionRequestEncoded
  readonly resolvedByHook?: boolean | undefined
}

/**
 * What an approval for the rest of the session covers.
 *
 * @example
 * ```ts
 * const scope: Handlers.SessionApproval = { kind: "commands", commandIdentifiers: ["git"] }
 * ```
 */
export const SessionApproval: Schema.Schema<SessionApproval> = lazy(() =>
  Schema.Union(
    Schema.Struct({ kind: Schema.Literal("commands"), commandIdentifiers: Schema.Array(Schema.String) }),
    Schema.Struct({ kind: Schema.Literal("read") }),
    Schema.Struct({ kind: Schema.Literal("write") }),
    Schema.Struct({ kind: Schema.Literal("mcp"), serverName: Schema.String, toolName: Schema.NullOr(Schema.String) }),
    Schema.Struct({ kind: Schema.Literal("memory") }),
    Schema.Struct({ kind: Schema.Literal("custom-tool"), toolName: Schema.String })
  )
)
/** @see {@link SessionApproval} */
export type SessionApproval =
  | { readonly kind: "commands"; readonly commandIdentifiers: ReadonlyArray<string> }
  | { readonly kind: "read" }
  | { readonly kind: "write" }
  | { readonly kind: "mcp"; readonly serverName: string; readonly toolName: string | null }
  | { readonly kind: "memory" }
  | { readonly kind: "custom-tool"; readonly toolName: string }

/**
 * A decision on a permission request, as sent in
 * `session.permissions.handlePendingPermissionRequest` (`result`).
 *
 * @example
 * ```ts
 * const d: Handlers.PermissionDecision = { kind: "reject", feedback: "not in this repo" }
 * ```
 */
export const PermissionDecision: Schema.Schema<PermissionDecision> = lazy(() =>
  Schema.Union(
    Schema.Struct({ kind: Schema.Literal("approve-once") }),
    Schema.Struct({
      kind: Schema.Literal("approve-for-session"),
      approval: optional(SessionApproval),
      domain: optional(Schema.String)
    }),
    Schema.Struct({ kind: Schema.Literal("approve-permanently"), domain: Schema.String }),
    Schema.Struct({ kind: Schema.Literal("reject"), feedback: optional(Schema.String) }),
    Schema.Struct({ kind: Schema.Literal("user-not-available") })
  )
)
/** @see {@link PermissionDecision} */
export type PermissionDecision =
  | { readonly kind: "approve-once" }
  | {
    readonly kind: "approve-for-session"
    readonly approval?: SessionApproval | undefined
    readonly domain?: string | undefined
  }
  | { readonly kind: "approve-permanently"; readonly domain: string }
  | { readonly kind: "reject"; readonly feedback?: string | undefined }
  | { readonly kind: "user-not-available" }

/**
 * Leave the request unanswered by this handler (e.g. another client or the
 * user answers it). Not sent on the wire.
 *
 * @example
 * ```ts
 * const later: Handlers.PermissionHandlerResult = Handlers.noResult
 * ```
 */
export interface NoResult {
  readonly kind: "no-result"
}

/**
 * What a permission handler returns.
 *
 * @example
 * ```ts
 * const r: Handlers.PermissionHandlerResult = Handlers.approveOnce
 * ```
 */
export type PermissionHandlerResult = PermissionDecision | NoResult

/** Approve this one request. @example `Handlers.approveOnce` */
export const approveOnce: PermissionDecision = { kind: "approve-once" }
/** Leave the request for someone else. @example `Handlers.noResult` */
export const noResult: NoResult = { kind: "no-result" }
/** No user could be asked. @example `Handlers.userNotAvailable` */
export const userNotAvailable: PermissionDecision = { kind: "user-not-available" }

/**
 * Reject the request, optionally telling the model why.
 *
 * @example
 * ```ts
 * Handlers.reject("writes outside src/ are not allowed")
 * ```
 */
export const reject = (feedback?: string): PermissionDecision =>
  feedback === undefined ? { kind: "reject" } : { kind: "reject", feedback }

/**
 * Approve for the rest of the session, optionally scoped.
 *
 * @example
 * ```ts
 * Handlers.approveForSession({ kind: "commands", commandIdentifiers: ["npm"] })
 * ```
 */
export const approveForSession = (approval?: SessionApproval): PermissionDecision =>
  approval === undefined ? { kind: "approve-for-session" } : { kind: "approve-for-session", approval }

/**
 * Whether a handler result should be answered on the wire.
 *
 * @example
 * ```ts
 * Handlers.isNoResult(Handlers.noResult) // true
 * ```
 */
export const isNoResult = (result: PermissionHandlerResult): result is NoResult => result.kind === "no-result"

/**
 * Decides permission requests. Failures become a `user-not-available` answer.
 *
 * @example
 * ```ts
 * const onlyReads: Handlers.PermissionHandler<never> = (request) =>
 *   Effect.succeed(request.kind === "read" ? Handlers.approveOnce : Handlers.reject())
 * ```
 */
export type PermissionHandler<R> = Handler<PermissionRequest, PermissionHandlerResult, R>

/**
 * Approves every request once, except those managed policy marks as needing
 * an explicit user decision (left unanswered).
 *
 * @example
 * ```ts
 * const config = { onPermissionRequest: Handlers.approveAll }
 * ```
 */
export const approveAll: PermissionHandler<never> = (request) =>
  Effect.succeed(request.managedApprovalRequired === true ? noResult : approveOnce)
