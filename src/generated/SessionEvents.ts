/**
 * Generated from @github/copilot-sdk-linux-x64@1.0.14 schemas/session-events.schema.json.
 * Do not edit: regenerate with `npm run generate`.
 */

import type { Schema } from "effect"
import { table } from "../internal/generatedSchema.js"

// ---------------------------------------------------------------------------
// Definitions: their types
// ---------------------------------------------------------------------------

/** The type of each definition (and of its wire form, where it differs). */
export declare namespace SessionEvents {
/** Reasoning summary mode used for model calls, if applicable (e.g. "none", "concise", "detailed") */
export type ReasoningSummary = "none" | "concise" | "detailed" | (string & {})

/** Output verbosity level used for supported model calls (e.g. "low", "medium", "high") */
export type Verbosity = "low" | "medium" | "high" | (string & {})

/** Allowed values for the `ContextTier` enumeration. */
export type ContextTier = "default" | "long_context" | (string & {})

/** Routing preference used when the session model is `auto`. `fast` is an integrator-only latency preset and is not a first-party GitHub Copilot product preference. */
export type AutoTier = "efficiency" | "balance" | "intelligence" | "fast" | (string & {})

/** Optional session limits. */
export interface SessionLimitsConfig {
  /** Maximum AI Credits allowed across the session's current accounting window. */
  readonly maxAiCredits?: number | undefined
}

/** Hosting platform type of the repository (github or ado) */
export type WorkingDirectoryContextHostType = "github" | "ado" | (string & {})

/** Working directory and git context at session start */
export interface WorkingDirectoryContext {
  /** Current working directory path */
  readonly cwd: string
  /** Root directory of the git repository, resolved via git rev-parse */
  readonly gitRoot?: string | undefined
  /** Repository identifier derived from the git remote URL ("owner/name" for GitHub, "org/project/repo" for Azure DevOps) */
  readonly repository?: string | undefined
  /** Hosting platform type of the repository (github or ado) */
  readonly hostType?: WorkingDirectoryContextHostType | undefined
  /** Raw host string from the git remote URL (e.g. "github.com", "mycompany.ghe.com", "dev.azure.com") */
  readonly repositoryHost?: string | undefined
  /** Current git branch name */
  readonly branch?: string | undefined
  /** Head commit of current git branch at session start time */
  readonly headCommit?: string | undefined
  /** Base commit of current git branch at session start time */
  readonly baseCommit?: string | undefined
  /** Set on the immediate preliminary event of a working-directory change, before the git context is resolved. A settled follow-up event (enriched with git context, or cwd-only for a non-repository) is always emitted afterward, so observers may defer to it. Absent on standalone/final events (e.g. relay context changes). */
  readonly pendingGitContext?: boolean | undefined
}

/** Per-session configuration for the built-in GitHub MCP server */
export interface GitHubMcpToolConfig {
  /** Whether to use the read-write endpoint and request all toolsets */
  readonly enableAllTools?: boolean | undefined
  /** Additional GitHub MCP toolsets requested by the session */
  readonly additionalToolsets?: ReadonlyArray<string> | undefined
  /** Additional GitHub MCP tools requested by the session */
  readonly additionalTools?: ReadonlyArray<string> | undefined
  /** Whether to request the GitHub MCP insiders build */
  readonly enableInsidersMode?: boolean | undefined
}

/** Session initialization metadata including context and configuration */
export interface StartData {
  /** Unique identifier for the session */
  readonly sessionId: string
  /** Schema version number for the session event format */
  readonly version: number
  /** Identifier of the software producing the events (e.g., "copilot-agent") */
  readonly producer: string
  /** Version string of the Copilot application */
  readonly copilotVersion: string
  /** ISO 8601 timestamp when the session was created */
  readonly startTime: Date
  /** Model selected at session creation time, if any */
  readonly selectedModel?: string | undefined
  /** Reasoning effort level used for model calls, if applicable (e.g. "none", "low", "medium", "high", "xhigh", "max") */
  readonly reasoningEffort?: string | undefined
  /** Reasoning summary mode used for model calls, if applicable (e.g. "none", "concise", "detailed") */
  readonly reasoningSummary?: ReasoningSummary | undefined
  /** Output verbosity level used for model calls, if applicable (e.g. "low", "medium", "high") */
  readonly verbosity?: Verbosity | undefined
  /** Context tier selected at session creation time for models with tiered context pricing; null when no tier is selected (e.g., non-tiered model) */
  readonly contextTier?: ContextTier | null | undefined
  /** Auto routing preference selected at session creation time */
  readonly autoTier?: AutoTier | undefined
  /** Session limits configured at session creation time, if any */
  readonly sessionLimits?: SessionLimitsConfig | undefined
  /** Working directory and git context at session start */
  readonly context?: WorkingDirectoryContext | undefined
  /** Per-session GitHub MCP override persisted for cold resume */
  readonly githubMcpToolConfig?: GitHubMcpToolConfig | undefined
  /** Whether the session was already in use by another client at start time */
  readonly alreadyInUse?: boolean | undefined
  /** Whether this session supports remote steering via GitHub */
  readonly remoteSteerable?: boolean | undefined
  /** When set, identifies a parent session whose context this session continues — e.g., a detached headless rem-agent run launched on the parent's interactive shutdown. Telemetry from this session is reported under the parent's session_id. */
  readonly detachedFromSpawningParentSessionId?: string | undefined
}

/** The wire form of {@link StartData}. */
export interface StartDataEncoded {
  readonly sessionId: string
  readonly version: number
  readonly producer: string
  readonly copilotVersion: string
  readonly startTime: string
  readonly selectedModel?: string | undefined
  readonly reasoningEffort?: string | undefined
  readonly reasoningSummary?: ReasoningSummary | undefined
  readonly verbosity?: Verbosity | undefined
  readonly contextTier?: ContextTier | null | undefined
  readonly autoTier?: AutoTier | undefined
  readonly sessionLimits?: SessionLimitsConfig | undefined
  readonly context?: WorkingDirectoryContext | undefined
  readonly githubMcpToolConfig?: GitHubMcpToolConfig | undefined
  readonly alreadyInUse?: boolean | undefined
  readonly remoteSteerable?: boolean | undefined
  readonly detachedFromSpawningParentSessionId?: string | undefined
}

/** Session event "session.start". Session initialization metadata including context and configuration */
export interface StartEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.start". */
  readonly type: "session.start"
  /** Session initialization metadata including context and configuration */
  readonly data: StartData
}

/** The wire form of {@link StartEvent}. */
export interface StartEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.start"
  readonly data: StartDataEncoded
}

/** Session resume metadata including current context and event count */
export interface ResumeData {
  /** ISO 8601 timestamp when the session was resumed */
  readonly resumeTime: Date
  /** Total number of persisted events in the session at the time of resume */
  readonly eventCount: number
  /** On-disk byte size of the session's persisted events.jsonl file at resume time; omitted when the file does not exist or cannot be stat'd */
  readonly eventsFileSizeBytes?: number | undefined
  /** Model currently selected at resume time */
  readonly selectedModel?: string | undefined
  /** Reasoning effort level used for model calls, if applicable (e.g. "none", "low", "medium", "high", "xhigh", "max") */
  readonly reasoningEffort?: string | undefined
  /** Reasoning summary mode used for model calls, if applicable (e.g. "none", "concise", "detailed") */
  readonly reasoningSummary?: ReasoningSummary | undefined
  /** Output verbosity level used for model calls, if applicable (e.g. "low", "medium", "high") */
  readonly verbosity?: Verbosity | undefined
  /** Context tier currently selected at resume time; null when no tier is active */
  readonly contextTier?: ContextTier | null | undefined
  /** Auto routing preference active at resume time */
  readonly autoTier?: AutoTier | undefined
  /** Session limits currently configured at resume time; null when no limits are active */
  readonly sessionLimits?: SessionLimitsConfig | null | undefined
  /** Updated working directory and git context at resume time */
  readonly context?: WorkingDirectoryContext | undefined
  /** Whether the session was already in use by another client at resume time */
  readonly alreadyInUse?: boolean | undefined
  /** True when this resume passively joined a session that already had live work running in the runtime - an agent turn, a native queue run, a queued resume continuation, or an in-flight send (for example, an extension joining a session another client was actively driving). False (or omitted) when the session had no live work or when the resume explicitly abandoned pending work, including cold resumes and suspended sessions that remain resident in memory. */
  readonly sessionWasActive?: boolean | undefined
  /** Whether this session supports remote steering via GitHub */
  readonly remoteSteerable?: boolean | undefined
  /** When true, tool calls and permission requests left in flight by the previous session lifetime remain pending after resume and the agentic loop awaits their results. User sends are queued behind the pending work until all such requests reach a terminal state. When false or omitted, pending work is normally marked as interrupted unless the resume passively joined live work owned by another client; sessionWasActive distinguishes that case. */
  readonly continuePendingWork?: boolean | undefined
}

/** The wire form of {@link ResumeData}. */
export interface ResumeDataEncoded {
  readonly resumeTime: string
  readonly eventCount: number
  readonly eventsFileSizeBytes?: number | undefined
  readonly selectedModel?: string | undefined
  readonly reasoningEffort?: string | undefined
  readonly reasoningSummary?: ReasoningSummary | undefined
  readonly verbosity?: Verbosity | undefined
  readonly contextTier?: ContextTier | null | undefined
  readonly autoTier?: AutoTier | undefined
  readonly sessionLimits?: SessionLimitsConfig | null | undefined
  readonly context?: WorkingDirectoryContext | undefined
  readonly alreadyInUse?: boolean | undefined
  readonly sessionWasActive?: boolean | undefined
  readonly remoteSteerable?: boolean | undefined
  readonly continuePendingWork?: boolean | undefined
}

/** Session event "session.resume". Session resume metadata including current context and event count */
export interface ResumeEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.resume". */
  readonly type: "session.resume"
  /** Session resume metadata including current context and event count */
  readonly data: ResumeData
}

/** The wire form of {@link ResumeEvent}. */
export interface ResumeEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.resume"
  readonly data: ResumeDataEncoded
}

/** Notifies that the session's remote steering capability has changed */
export interface RemoteSteerableChangedData {
  /** Whether this session now supports remote steering via GitHub */
  readonly remoteSteerable: boolean
}

/** Session event "session.remote_steerable_changed". Notifies that the session's remote steering capability has changed */
export interface RemoteSteerableChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.remote_steerable_changed". */
  readonly type: "session.remote_steerable_changed"
  /** Notifies that the session's remote steering capability has changed */
  readonly data: RemoteSteerableChangedData
}

/** The wire form of {@link RemoteSteerableChangedEvent}. */
export interface RemoteSteerableChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.remote_steerable_changed"
  readonly data: RemoteSteerableChangedData
}

/** What the user must do to recover from a failure, named as an action rather than as one client's affordance. The runtime cannot know which affordance a client offers — a slash command, a settings pane, a link — so the accompanying message stays host-agnostic and each client renders its own copy from this value. Absent when the runtime knows of no action the user can take. */
export type RemediationAction =
  | "sign_in"
  | "switch_account"
  | "show_account"
  | "review_sandbox_policy"
  | "allow_sandbox_outbound"
  | (string & {})

/** Error details for timeline display including message and optional diagnostic information */
export interface ErrorData {
  /** Category of error (e.g., "authentication", "authorization", "quota", "rate_limit", "context_limit", "query") */
  readonly errorType: string
  /** Fine-grained error code from the upstream provider, when available. For `errorType: "rate_limit"`, this is one of the `RateLimitErrorCode` values (e.g., `"user_weekly_rate_limited"`, `"user_global_rate_limited"`, `"rate_limited"`, `"user_model_rate_limited"`, `"integration_rate_limited"`). For `errorType: "quota"`, this is the CAPI quota error code (e.g., `"quota_exceeded"`, `"session_quota_exceeded"`, `"billing_not_configured"`). */
  readonly errorCode?: string | undefined
  /** Only set on `errorType: "rate_limit"`. When `true`, the runtime will follow this error with an `auto_mode_switch.requested` event (or silently switch if `continueOnAutoMode` is enabled). UI clients can use this flag to suppress duplicate rendering of the rate-limit error when they show their own auto-mode-switch prompt. */
  readonly eligibleForAutoSwitch?: boolean | undefined
  /** Human-readable error message */
  readonly message: string
  /** What the user must do to recover, when the runtime knows of an action. The `message` never names a client affordance, so a client that offers one — a slash command, a settings pane, a link — renders it from this value. */
  readonly remediation?: RemediationAction | undefined
  /** Error stack trace, when available */
  readonly stack?: string | undefined
  /** HTTP status code from the upstream request, if applicable */
  readonly statusCode?: number | undefined
  /** GitHub request tracing ID (x-github-request-id header) for correlating with server-side logs */
  readonly providerCallId?: string | undefined
  /** Copilot service request ID (x-copilot-service-request-id header) for CAPI log correlation */
  readonly serviceRequestId?: string | undefined
  /** Optional URL associated with this error that the user can open in a browser */
  readonly url?: string | undefined
}

/** Session event "session.error". Error details for timeline display including message and optional diagnostic information */
export interface ErrorEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.error". */
  readonly type: "session.error"
  /** Error details for timeline display including message and optional diagnostic information */
  readonly data: ErrorData
}

/** The wire form of {@link ErrorEvent}. */
export interface ErrorEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.error"
  readonly data: ErrorData
}

/** The session mode the agent is operating in */
export type SessionMode = "interactive" | "plan" | "autopilot" | (string & {})

/** Payload indicating the session is idle with no background agents or attached shell commands in flight */
export interface IdleData {
  /** True when the preceding agentic loop was cancelled via abort signal */
  readonly aborted?: boolean | undefined
  /** The session mode the agent was operating in when it went idle, when the mode is known. Lets turn-scoped consumers distinguish an autopilot continuation boundary (where the agent keeps working after this idle) from a genuine turn completion. */
  readonly mode?: SessionMode | undefined
}

/** Session event "session.idle". Payload indicating the session is idle with no background agents or attached shell commands in flight */
export interface IdleEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.idle". */
  readonly type: "session.idle"
  /** Payload indicating the session is idle with no background agents or attached shell commands in flight */
  readonly data: IdleData
}

/** The wire form of {@link IdleEvent}. */
export interface IdleEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.idle"
  readonly data: IdleData
}

/** Session title change payload containing the new display title */
export interface TitleChangedData {
  /** The new display title for the session */
  readonly title: string
}

/** Session event "session.title_changed". Session title change payload containing the new display title */
export interface TitleChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.title_changed". */
  readonly type: "session.title_changed"
  /** Session title change payload containing the new display title */
  readonly data: TitleChangedData
}

/** The wire form of {@link TitleChangedEvent}. */
export interface TitleChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.title_changed"
  readonly data: TitleChangedData
}

/** Who created the schedule: `user` (an explicit user action such as `/every` or `/after`) or `model` (the agent via the `manage_schedule` tool). Gates whether a scheduled skill that opted out of model invocation may fire: only user-created schedules may. */
export type ScheduleOrigin = "user" | "model" | (string & {})

/** Scheduled prompt registered via /every or /after */
export interface ScheduleCreatedData {
  /** Sequential id assigned to the scheduled prompt within the session */
  readonly id: number
  /** Interval between ticks in milliseconds (relative-interval schedules) */
  readonly intervalMs?: number | undefined
  /** 5-field cron expression for a recurring calendar schedule, evaluated in `tz` */
  readonly cron?: string | undefined
  /** IANA timezone the `cron` expression is evaluated in */
  readonly tz?: string | undefined
  /** Absolute fire time (epoch milliseconds) for a one-shot calendar schedule */
  readonly at?: number | undefined
  /** Prompt text that gets enqueued on every tick */
  readonly prompt: string
  /** Whether the schedule re-arms after each tick (`/every`) or fires once (`/after`) */
  readonly recurring?: boolean | undefined
  /** True for a self-paced (`dynamic`) schedule: no fixed cadence; the model arms each next run via the `manage_schedule` `wakeup` action. `nextRunAt` is model-controlled rather than auto-computed. */
  readonly selfPaced?: boolean | undefined
  /** Optional user-facing label shown in the timeline instead of the actual prompt (e.g. `/skill-name args` when the prompt is a skill invocation expansion) */
  readonly displayPrompt?: string | undefined
  /** Who created the schedule (`user` or `model`). Persisted so a resumed session keeps gating non-user schedules from firing skills that opted out of model invocation. Absent on entries created before this field existed; a missing origin fails closed (treated the same as a non-user origin), so such a schedule may not resolve a `disable-model-invocation` skill. */
  readonly origin?: ScheduleOrigin | undefined
}

/** Session event "session.schedule_created". Scheduled prompt registered via /every or /after */
export interface ScheduleCreatedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.schedule_created". */
  readonly type: "session.schedule_created"
  /** Scheduled prompt registered via /every or /after */
  readonly data: ScheduleCreatedData
}

/** The wire form of {@link ScheduleCreatedEvent}. */
export interface ScheduleCreatedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.schedule_created"
  readonly data: ScheduleCreatedData
}

/** Scheduled prompt cancelled from the schedule manager dialog */
export interface ScheduleCancelledData {
  /** Id of the scheduled prompt that was cancelled */
  readonly id: number
}

/** Session event "session.schedule_cancelled". Scheduled prompt cancelled from the schedule manager dialog */
export interface ScheduleCancelledEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.schedule_cancelled". */
  readonly type: "session.schedule_cancelled"
  /** Scheduled prompt cancelled from the schedule manager dialog */
  readonly data: ScheduleCancelledData
}

/** The wire form of {@link ScheduleCancelledEvent}. */
export interface ScheduleCancelledEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.schedule_cancelled"
  readonly data: ScheduleCancelledData
}

/** Self-paced schedule re-armed for its next run */
export interface ScheduleRearmedData {
  /** Id of the self-paced schedule that was re-armed */
  readonly id: number
  /** Absolute time (epoch milliseconds) the model armed the next run to fire */
  readonly nextRunAt: number
}

/** Session event "session.schedule_rearmed". Self-paced schedule re-armed for its next run */
export interface ScheduleRearmedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.schedule_rearmed". */
  readonly type: "session.schedule_rearmed"
  /** Self-paced schedule re-armed for its next run */
  readonly data: ScheduleRearmedData
}

/** The wire form of {@link ScheduleRearmedEvent}. */
export interface ScheduleRearmedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.schedule_rearmed"
  readonly data: ScheduleRearmedData
}

/** The type of operation performed on the autopilot objective state file */
export type AutopilotObjectiveChangedOperation = "create" | "update" | "delete" | (string & {})

/** Current autopilot objective status, if one exists */
export type AutopilotObjectiveChangedStatus = "active" | "paused" | "cap_reached" | "completed" | (string & {})

/** Autopilot objective state file operation details indicating what changed */
export interface AutopilotObjectiveChangedData {
  /** The type of operation performed on the autopilot objective state file */
  readonly operation: AutopilotObjectiveChangedOperation
  /** Current autopilot objective id, if one exists */
  readonly id?: number | undefined
  /** Current autopilot objective status, if one exists */
  readonly status?: AutopilotObjectiveChangedStatus | undefined
}

/** Session event "session.autopilot_objective_changed". Autopilot objective state file operation details indicating what changed */
export interface AutopilotObjectiveChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.autopilot_objective_changed". */
  readonly type: "session.autopilot_objective_changed"
  /** Autopilot objective state file operation details indicating what changed */
  readonly data: AutopilotObjectiveChangedData
}

/** The wire form of {@link AutopilotObjectiveChangedEvent}. */
export interface AutopilotObjectiveChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.autopilot_objective_changed"
  readonly data: AutopilotObjectiveChangedData
}

/** Informational message for timeline display with categorization */
export interface InfoData {
  /** Category of informational message (e.g., "notification", "timing", "context_window", "mcp", "snapshot", "configuration", "authentication", "model") */
  readonly infoType: string
  /** Human-readable informational message for display in the timeline */
  readonly message: string
  /** Optional URL associated with this message that the user can open in a browser */
  readonly url?: string | undefined
  /** Optional actionable tip displayed with this message */
  readonly tip?: string | undefined
}

/** Session event "session.info". Informational message for timeline display with categorization */
export interface InfoEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.info". */
  readonly type: "session.info"
  /** Informational message for timeline display with categorization */
  readonly data: InfoData
}

/** The wire form of {@link InfoEvent}. */
export interface InfoEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.info"
  readonly data: InfoData
}

/** Warning message for timeline display with categorization */
export interface WarningData {
  /** Category of warning (e.g., "subscription", "policy", "mcp") */
  readonly warningType: string
  /** Human-readable warning message for display in the timeline */
  readonly message: string
  /** Optional URL associated with this warning that the user can open in a browser */
  readonly url?: string | undefined
  /** What the user must do to recover, when the runtime knows of an action. The `message` never names a client affordance, so a client that offers one — a slash command, a settings pane, a link — renders it from this value. */
  readonly remediation?: RemediationAction | undefined
}

/** Session event "session.warning". Warning message for timeline display with categorization */
export interface WarningEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.warning". */
  readonly type: "session.warning"
  /** Warning message for timeline display with categorization */
  readonly data: WarningData
}

/** The wire form of {@link WarningEvent}. */
export interface WarningEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.warning"
  readonly data: WarningData
}

/** Origin of an effective session model change. */
export type ModelChangeSource =
  | "model_command"
  | "settings_command"
  | "config_command"
  | "model_picker"
  | "managed_settings"
  | "repo_settings"
  | "startup"
  | "agent"
  | "plan_mode"
  | "automatic"
  | "sdk"
  | (string & {})

/** Model change details including previous and new model identifiers */
export interface ModelChangeData {
  /** Model that was previously selected, if any */
  readonly previousModel?: string | undefined
  /** Newly selected model identifier */
  readonly newModel: string
  /** Reasoning effort level before the model change, if applicable */
  readonly previousReasoningEffort?: string | undefined
  /** Reasoning effort level after the model change, if applicable */
  readonly reasoningEffort?: string | null | undefined
  /** Reasoning summary mode before the model change, if applicable */
  readonly previousReasoningSummary?: ReasoningSummary | undefined
  /** Reasoning summary mode after the model change, if applicable */
  readonly reasoningSummary?: ReasoningSummary | undefined
  /** Output verbosity level before the model change, if applicable */
  readonly previousVerbosity?: Verbosity | undefined
  /** Output verbosity level after the model change, if applicable */
  readonly verbosity?: Verbosity | undefined
  /** Context tier after the model change; null explicitly clears a previously selected tier */
  readonly contextTier?: ContextTier | null | undefined
  /** Reason the change happened, when not user-initiated. `"rate_limit_auto_switch"` for changes triggered by the auto-mode-switch rate-limit recovery path, or `"refusal_fallback"` when the active model declined a request (content refusal) and the runtime switched to the configured refusal-fallback model. UI clients can use this to render contextual copy. */
  readonly cause?: string | undefined
  /** Origin of the effective model change, when known. */
  readonly source?: ModelChangeSource | undefined
  /** Previously committed Auto preference, when one was explicitly selected. */
  readonly previousAutoTier?: AutoTier | undefined
  /** Committed Auto preference after the model configuration change, when applicable. */
  readonly autoTier?: AutoTier | null | undefined
}

/** Session event "session.model_change". Model change details including previous and new model identifiers */
export interface ModelChangeEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.model_change". */
  readonly type: "session.model_change"
  /** Model change details including previous and new model identifiers */
  readonly data: ModelChangeData
}

/** The wire form of {@link ModelChangeEvent}. */
export interface ModelChangeEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.model_change"
  readonly data: ModelChangeData
}

/** Auto preferences that Copilot API can recommend. */
export type RecommendedAutoTier = "efficiency" | "balance" | "intelligence" | (string & {})

/** Live-only Auto preference recommendation from Copilot API after a successful Auto model call. */
export interface AutoTierRecommendationData {
  /** Recommended Auto preference. */
  readonly recommendedAutoTier: RecommendedAutoTier
}

/** Session event "session.auto_tier_recommendation". Live-only Auto preference recommendation from Copilot API after a successful Auto model call. */
export interface AutoTierRecommendationEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.auto_tier_recommendation". */
  readonly type: "session.auto_tier_recommendation"
  /** Live-only Auto preference recommendation from Copilot API after a successful Auto model call. */
  readonly data: AutoTierRecommendationData
}

/** The wire form of {@link AutoTierRecommendationEvent}. */
export interface AutoTierRecommendationEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.auto_tier_recommendation"
  readonly data: AutoTierRecommendationData
}

/** Terminal reason an Auto preference activation failed. */
export type AutoTierSwitchFailureReason = "policy_rejected" | "request_failed" | "setup_failed" | "unsupported" | (string & {})

/** A transient Auto preference failure emitted when the runtime cannot mint or accept a usable model and token pair. The previously effective preference remains active, so SDK clients can surface a non-blocking failure without changing their committed-tier state. This event is ephemeral and is not persisted or replayed on resume. */
export interface AutoTierSwitchFailedData {
  /** Auto preference that remains effective after the failed request. */
  readonly effectiveAutoTier?: AutoTier | undefined
  /** Auto preference that failed to activate, or null when returning to provider-default routing failed. */
  readonly requestedAutoTier: AutoTier | null
  /** Low-cardinality failure outcome reported by Auto resolution. */
  readonly reason: AutoTierSwitchFailureReason
}

/** Session event "session.auto_tier_switch_failed". A transient Auto preference failure emitted when the runtime cannot mint or accept a usable model and token pair. The previously effective preference remains active, so SDK clients can surface a non-blocking failure without changing their committed-tier state. This event is ephemeral and is not persisted or replayed on resume. */
export interface AutoTierSwitchFailedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.auto_tier_switch_failed". */
  readonly type: "session.auto_tier_switch_failed"
  /** A transient Auto preference failure emitted when the runtime cannot mint or accept a usable model and token pair. The previously effective preference remains active, so SDK clients can surface a non-blocking failure without changing their committed-tier state. This event is ephemeral and is not persisted or replayed on resume. */
  readonly data: AutoTierSwitchFailedData
}

/** The wire form of {@link AutoTierSwitchFailedEvent}. */
export interface AutoTierSwitchFailedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.auto_tier_switch_failed"
  readonly data: AutoTierSwitchFailedData
}

/** Agent mode change details including previous and new modes */
export interface ModeChangedData {
  /** The session mode the agent is operating in */
  readonly previousMode: SessionMode
  /** The session mode the agent is operating in */
  readonly newMode: SessionMode
}

/** Session event "session.mode_changed". Agent mode change details including previous and new modes */
export interface ModeChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.mode_changed". */
  readonly type: "session.mode_changed"
  /** Agent mode change details including previous and new modes */
  readonly data: ModeChangedData
}

/** The wire form of {@link ModeChangedEvent}. */
export interface ModeChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.mode_changed"
  readonly data: ModeChangedData
}

/** Records that a mode transition notice reached the model so cache-stable mode tools can remain offered across resume. */
export interface ModeNoticeDeliveredData {
  /** Mode established by the delivered transition notice */
  readonly mode: SessionMode
  /** Model-visible transition notice persisted for a mid-turn delivery */
  readonly content?: string | undefined
}

/** Session event "session.mode_notice_delivered". Records that a mode transition notice reached the model so cache-stable mode tools can remain offered across resume. */
export interface ModeNoticeDeliveredEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.mode_notice_delivered". */
  readonly type: "session.mode_notice_delivered"
  /** Records that a mode transition notice reached the model so cache-stable mode tools can remain offered across resume. */
  readonly data: ModeNoticeDeliveredData
}

/** The wire form of {@link ModeNoticeDeliveredEvent}. */
export interface ModeNoticeDeliveredEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.mode_notice_delivered"
  readonly data: ModeNoticeDeliveredData
}

/** Session limits update details. Null clears the limits. */
export interface SessionLimitsChangedData {
  /** Current session limits, or null when no limits are active */
  readonly sessionLimits: SessionLimitsConfig | null
}

/** Session event "session.session_limits_changed". Session limits update details. Null clears the limits. */
export interface SessionLimitsChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.session_limits_changed". */
  readonly type: "session.session_limits_changed"
  /** Session limits update details. Null clears the limits. */
  readonly data: SessionLimitsChangedData
}

/** The wire form of {@link SessionLimitsChangedEvent}. */
export interface SessionLimitsChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.session_limits_changed"
  readonly data: SessionLimitsChangedData
}

/** Permission mode for the session. */
export type PermissionMode = "manual" | "assisted" | "allow-all" | (string & {})

/** Permission-mode transition details. */
export interface PermissionsChangedData {
  /** Permission mode before the change */
  readonly previousMode?: PermissionMode | undefined
  /** Permission mode after the change */
  readonly mode?: PermissionMode | undefined
  /** Explicit LLM judge model override used by assisted mode; omitted when the provider default applies */
  readonly assistedApprovalModel?: string | undefined
}

/** Session event "session.permissions_changed". Permission-mode transition details. */
export interface PermissionsChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.permissions_changed". */
  readonly type: "session.permissions_changed"
  /** Permission-mode transition details. */
  readonly data: PermissionsChangedData
}

/** The wire form of {@link PermissionsChangedEvent}. */
export interface PermissionsChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.permissions_changed"
  readonly data: PermissionsChangedData
}

/** The type of operation performed on the plan file */
export type PlanChangedOperation = "create" | "update" | "delete" | (string & {})

/** Plan file operation details indicating what changed */
export interface PlanChangedData {
  /** The type of operation performed on the plan file */
  readonly operation: PlanChangedOperation
}

/** Session event "session.plan_changed". Plan file operation details indicating what changed */
export interface PlanChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.plan_changed". */
  readonly type: "session.plan_changed"
  /** Plan file operation details indicating what changed */
  readonly data: PlanChangedData
}

/** The wire form of {@link PlanChangedEvent}. */
export interface PlanChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.plan_changed"
  readonly data: PlanChangedData
}

/** Signal-only event: the agent's todos or todo_deps table was written to. No payload — clients should call session.plan.readSqlTodosWithDependencies() to fetch the current state. Events arrive in order; clients can debounce on arrival if needed. */
export interface TodosChangedData {}

/** Session event "session.todos_changed". Signal-only event: the agent's todos or todo_deps table was written to. No payload — clients should call session.plan.readSqlTodosWithDependencies() to fetch the current state. Events arrive in order; clients can debounce on arrival if needed. */
export interface TodosChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.todos_changed". */
  readonly type: "session.todos_changed"
  /** Signal-only event: the agent's todos or todo_deps table was written to. No payload — clients should call session.plan.readSqlTodosWithDependencies() to fetch the current state. Events arrive in order; clients can debounce on arrival if needed. */
  readonly data: TodosChangedData
}

/** The wire form of {@link TodosChangedEvent}. */
export interface TodosChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.todos_changed"
  readonly data: TodosChangedData
}

/** Signal-only event: the agent successfully stored a memory (store_memory) or voted on one (vote_memory). No payload — consumers should re-fetch memories to pick up the change. Used to refresh memory context (e.g. re-running the context sidekick) so newly written memories surface in subsequent turns. */
export interface MemoryChangedData {}

/** Session event "session.memory_changed". Signal-only event: the agent successfully stored a memory (store_memory) or voted on one (vote_memory). No payload — consumers should re-fetch memories to pick up the change. Used to refresh memory context (e.g. re-running the context sidekick) so newly written memories surface in subsequent turns. */
export interface MemoryChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.memory_changed". */
  readonly type: "session.memory_changed"
  /** Signal-only event: the agent successfully stored a memory (store_memory) or voted on one (vote_memory). No payload — consumers should re-fetch memories to pick up the change. Used to refresh memory context (e.g. re-running the context sidekick) so newly written memories surface in subsequent turns. */
  readonly data: MemoryChangedData
}

/** The wire form of {@link MemoryChangedEvent}. */
export interface MemoryChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.memory_changed"
  readonly data: MemoryChangedData
}

/** Whether the file was newly created or updated */
export type WorkspaceFileChangedOperation = "create" | "update" | (string & {})

/** Workspace file change details including path and operation type */
export interface WorkspaceFileChangedData {
  /** Relative path within the session workspace files directory */
  readonly path: string
  /** Whether the file was newly created or updated */
  readonly operation: WorkspaceFileChangedOperation
}

/** Session event "session.workspace_file_changed". Workspace file change details including path and operation type */
export interface WorkspaceFileChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.workspace_file_changed". */
  readonly type: "session.workspace_file_changed"
  /** Workspace file change details including path and operation type */
  readonly data: WorkspaceFileChangedData
}

/** The wire form of {@link WorkspaceFileChangedEvent}. */
export interface WorkspaceFileChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.workspace_file_changed"
  readonly data: WorkspaceFileChangedData
}

/** Origin type of the session being handed off */
export type HandoffSourceType = "remote" | "local" | (string & {})

/** Repository context for the handed-off session */
export interface HandoffRepository {
  /** Repository owner (user or organization) */
  readonly owner: string
  /** Repository name */
  readonly name: string
  /** Git branch name, if applicable */
  readonly branch?: string | undefined
}

/** Session handoff metadata including source, context, and repository information */
export interface HandoffData {
  /** ISO 8601 timestamp when the handoff occurred */
  readonly handoffTime: Date
  /** Origin type of the session being handed off */
  readonly sourceType: HandoffSourceType
  /** Repository context for the handed-off session */
  readonly repository?: HandoffRepository | undefined
  /** Additional context information for the handoff */
  readonly context?: string | undefined
  /** Summary of the work done in the source session */
  readonly summary?: string | undefined
  /** Session ID of the remote session being handed off */
  readonly remoteSessionId?: string | undefined
  /** GitHub host URL for the source session (e.g., https://github.com or https://tenant.ghe.com) */
  readonly host?: string | undefined
}

/** The wire form of {@link HandoffData}. */
export interface HandoffDataEncoded {
  readonly handoffTime: string
  readonly sourceType: HandoffSourceType
  readonly repository?: HandoffRepository | undefined
  readonly context?: string | undefined
  readonly summary?: string | undefined
  readonly remoteSessionId?: string | undefined
  readonly host?: string | undefined
}

/** Session event "session.handoff". Session handoff metadata including source, context, and repository information */
export interface HandoffEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.handoff". */
  readonly type: "session.handoff"
  /** Session handoff metadata including source, context, and repository information */
  readonly data: HandoffData
}

/** The wire form of {@link HandoffEvent}. */
export interface HandoffEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.handoff"
  readonly data: HandoffDataEncoded
}

/** Conversation truncation statistics including token counts and removed content metrics */
export interface TruncationData {
  /** Maximum token count for the model's context window */
  readonly tokenLimit: number
  /** Total tokens in conversation messages before truncation */
  readonly preTruncationTokensInMessages: number
  /** Number of conversation messages before truncation */
  readonly preTruncationMessagesLength: number
  /** Total tokens in conversation messages after truncation */
  readonly postTruncationTokensInMessages: number
  /** Number of conversation messages after truncation */
  readonly postTruncationMessagesLength: number
  /** Number of tokens removed by truncation */
  readonly tokensRemovedDuringTruncation: number
  /** Number of messages removed by truncation */
  readonly messagesRemovedDuringTruncation: number
  /** Identifier of the component that performed truncation (e.g., "BasicTruncator") */
  readonly performedBy: string
}

/** Session event "session.truncation". Conversation truncation statistics including token counts and removed content metrics */
export interface TruncationEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.truncation". */
  readonly type: "session.truncation"
  /** Conversation truncation statistics including token counts and removed content metrics */
  readonly data: TruncationData
}

/** The wire form of {@link TruncationEvent}. */
export interface TruncationEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.truncation"
  readonly data: TruncationData
}

/** Session rewind details including target event and count of removed events */
export interface SnapshotRewindData {
  /** Event ID that was rewound to; this event and all after it were removed */
  readonly upToEventId: string
  /** Number of events that were removed by the rewind */
  readonly eventsRemoved: number
}

/** Session event "session.snapshot_rewind". Session rewind details including target event and count of removed events */
export interface SnapshotRewindEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.snapshot_rewind". */
  readonly type: "session.snapshot_rewind"
  /** Session rewind details including target event and count of removed events */
  readonly data: SnapshotRewindData
}

/** The wire form of {@link SnapshotRewindEvent}. */
export interface SnapshotRewindEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.snapshot_rewind"
  readonly data: SnapshotRewindData
}

/** Whether the session ended normally ("routine") or due to a crash/fatal error ("error") */
export type ShutdownType = "routine" | "error" | (string & {})

/** A session-wide shutdown token-type entry storing the accumulated token count. */
export interface ShutdownTokenDetail {
  /** Accumulated token count for this token type */
  readonly tokenCount: number
}

/** Aggregate code change metrics for the session */
export interface ShutdownCodeChanges {
  /** Total number of lines added during the session */
  readonly linesAdded: number
  /** Total number of lines removed during the session */
  readonly linesRemoved: number
  /** List of file paths that were modified during the session */
  readonly filesModified: ReadonlyArray<string>
}

/** Request count and cost metrics */
export interface ShutdownModelMetricRequests {
  /** Total number of API requests made to this model */
  readonly count?: number | undefined
  /** Cumulative cost multiplier for requests to this model */
  readonly cost?: number | undefined
}

/** Token usage breakdown */
export interface ShutdownModelMetricUsage {
  /** Total input tokens consumed across all requests to this model */
  readonly inputTokens: number
  /** Total output tokens produced across all requests to this model */
  readonly outputTokens: number
  /** Total tokens read from prompt cache across all requests */
  readonly cacheReadTokens: number
  /** Total tokens written to prompt cache across all requests */
  readonly cacheWriteTokens: number
  /** Total reasoning tokens produced across all requests to this model */
  readonly reasoningTokens?: number | undefined
}

/** A token-type entry in a shutdown model metric, storing the accumulated token count. */
export interface ShutdownModelMetricTokenDetail {
  /** Accumulated token count for this token type */
  readonly tokenCount: number
}

/** Per-model shutdown metrics with request counts, token usage, nano-AI units, and token details. */
export interface ShutdownModelMetric {
  /** Request count and cost metrics */
  readonly requests: ShutdownModelMetricRequests
  /** Token usage breakdown */
  readonly usage: ShutdownModelMetricUsage
  /** Accumulated nano-AI units cost for this model */
  readonly totalNanoAiu?: number | undefined
  /** Token count details per type */
  readonly tokenDetails?: { readonly [key: string]: ShutdownModelMetricTokenDetail } | undefined
}

/** Usage attributed to one agent instance at session shutdown. */
export interface ShutdownAgentMetric {
  /** Configured agent name, when this is a subagent */
  readonly agentName?: string | undefined
  /** Human-readable label for this subagent invocation, copied from the originating `subagent.started` event. For task-tool subagents this is the invocation's task description rather than the agent's configured display name, so group by `agentName` for stable per-agent labels. */
  readonly agentDisplayName?: string | undefined
  /** Time spent in model API calls by this agent, in milliseconds */
  readonly totalApiDurationMs: number
  /** Accumulated nano-AI units cost for this agent */
  readonly totalNanoAiu: number
  /** Per-model usage for this agent, keyed by model identifier */
  readonly modelMetrics: { readonly [key: string]: ShutdownModelMetric }
}

/** Session termination metrics including usage statistics, code changes, and shutdown reason */
export interface ShutdownData {
  /** Whether the session ended normally ("routine") or due to a crash/fatal error ("error") */
  readonly shutdownType: ShutdownType
  /** Error description when shutdownType is "error" */
  readonly errorReason?: string | undefined
  /** Total number of premium API requests used during the session */
  readonly totalPremiumRequests?: number | undefined
  /** Session-wide accumulated nano-AI units cost */
  readonly totalNanoAiu?: number | undefined
  /** Session-wide per-token-type accumulated token counts */
  readonly tokenDetails?: { readonly [key: string]: ShutdownTokenDetail } | undefined
  /** Cumulative time spent in API calls during the session, in milliseconds */
  readonly totalApiDurationMs: number
  /** Unix timestamp (milliseconds) when the session started */
  readonly sessionStartTime: number
  /** On-disk byte size of the session's persisted events.jsonl file at shutdown time; omitted when the file does not exist or cannot be stat'd */
  readonly eventsFileSizeBytes?: number | undefined
  /** Aggregate code change metrics for the session */
  readonly codeChanges: ShutdownCodeChanges
  /** Per-model usage breakdown, keyed by model identifier */
  readonly modelMetrics: { readonly [key: string]: ShutdownModelMetric }
  /** Per-agent usage breakdown, keyed by agent instance identifier. The main conversation uses the stable key `main`. */
  readonly agentMetrics?: { readonly [key: string]: ShutdownAgentMetric } | undefined
  /** Model that was selected at the time of shutdown */
  readonly currentModel?: string | undefined
  /** Total tokens in context window at shutdown */
  readonly currentTokens?: number | undefined
  /** System message token count at shutdown */
  readonly systemTokens?: number | undefined
  /** Non-system message token count at shutdown */
  readonly conversationTokens?: number | undefined
  /** Tool definitions token count at shutdown */
  readonly toolDefinitionsTokens?: number | undefined
}

/** Session event "session.shutdown". Session termination metrics including usage statistics, code changes, and shutdown reason */
export interface ShutdownEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.shutdown". */
  readonly type: "session.shutdown"
  /** Session termination metrics including usage statistics, code changes, and shutdown reason */
  readonly data: ShutdownData
}

/** The wire form of {@link ShutdownEvent}. */
export interface ShutdownEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.shutdown"
  readonly data: ShutdownData
}

/** Internal prompt-cache expiration state for one model */
export interface UsageCheckpointModelCacheState {
  /** Model identifier associated with this cache state */
  readonly modelId: string
  /** Latest known prompt-cache expiration */
  readonly cacheExpiresAt: Date
  /** Retained cache lifetime in seconds, used to refresh expiration after a cache read */
  readonly cacheTtlSeconds: number
}

/** The wire form of {@link UsageCheckpointModelCacheState}. */
export interface UsageCheckpointModelCacheStateEncoded {
  readonly modelId: string
  readonly cacheExpiresAt: string
  readonly cacheTtlSeconds: number
}

/** Durable session usage checkpoint for reconstructing aggregate accounting on resume */
export interface UsageCheckpointData {
  /** Session-wide accumulated nano-AI units cost at checkpoint time */
  readonly totalNanoAiu: number
  /** Total number of premium API requests used at checkpoint time */
  readonly totalPremiumRequests?: number | undefined
  /** Internal per-model prompt-cache state used to restore expiration tracking on resume */
  readonly modelCacheState?: ReadonlyArray<UsageCheckpointModelCacheState> | undefined
  /** Internal per-conversation prompt-cache-break detector baselines restored on resume */
  readonly promptCacheBreakState?: ReadonlyArray<unknown> | undefined
}

/** The wire form of {@link UsageCheckpointData}. */
export interface UsageCheckpointDataEncoded {
  readonly totalNanoAiu: number
  readonly totalPremiumRequests?: number | undefined
  readonly modelCacheState?: ReadonlyArray<UsageCheckpointModelCacheStateEncoded> | undefined
  readonly promptCacheBreakState?: ReadonlyArray<unknown> | undefined
}

/** Session event "session.usage_checkpoint". Durable session usage checkpoint for reconstructing aggregate accounting on resume */
export interface UsageCheckpointEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.usage_checkpoint". */
  readonly type: "session.usage_checkpoint"
  /** Durable session usage checkpoint for reconstructing aggregate accounting on resume */
  readonly data: UsageCheckpointData
}

/** The wire form of {@link UsageCheckpointEvent}. */
export interface UsageCheckpointEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.usage_checkpoint"
  readonly data: UsageCheckpointDataEncoded
}

/** Session event "session.context_changed". Updated working directory and git context after the change */
export interface ContextChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.context_changed". */
  readonly type: "session.context_changed"
  /** Updated working directory and git context after the change */
  readonly data: WorkingDirectoryContext
}

/** The wire form of {@link ContextChangedEvent}. */
export interface ContextChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.context_changed"
  readonly data: WorkingDirectoryContext
}

/** Current context window usage statistics including token and message counts */
export interface UsageInfoData {
  /** Maximum token count for the model's context window */
  readonly tokenLimit: number
  /** Current number of tokens in the context window */
  readonly currentTokens: number
  /** Current number of messages in the conversation */
  readonly messagesLength: number
  /** Token count from system message(s) */
  readonly systemTokens?: number | undefined
  /** Token count from non-system messages (user, assistant, tool) */
  readonly conversationTokens?: number | undefined
  /** Token count from tool definitions */
  readonly toolDefinitionsTokens?: number | undefined
  /** Whether this is the first usage_info event emitted in this session */
  readonly isInitial?: boolean | undefined
}

/** Session event "session.usage_info". Current context window usage statistics including token and message counts */
export interface UsageInfoEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.usage_info". */
  readonly type: "session.usage_info"
  /** Current context window usage statistics including token and message counts */
  readonly data: UsageInfoData
}

/** The wire form of {@link UsageInfoEvent}. */
export interface UsageInfoEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.usage_info"
  readonly data: UsageInfoData
}

/** Context-cleared details emitted when the host clears the conversation (the session.history.clearContext RPC / Session.clearContextMessages) */
export interface ContextClearedData {
  /** Optional initial message set after clearing */
  readonly initialMessage?: string | undefined
  /** Number of conversation messages that were cleared */
  readonly messagesCleared: number
}

/** Session event "session.context_cleared". Context-cleared details emitted when the host clears the conversation (the session.history.clearContext RPC / Session.clearContextMessages) */
export interface ContextClearedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.context_cleared". */
  readonly type: "session.context_cleared"
  /** Context-cleared details emitted when the host clears the conversation (the session.history.clearContext RPC / Session.clearContextMessages) */
  readonly data: ContextClearedData
}

/** The wire form of {@link ContextClearedEvent}. */
export interface ContextClearedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.context_cleared"
  readonly data: ContextClearedData
}

/** What initiated a conversation compaction */
export type CompactionTrigger = "threshold" | "context_limit_retry" | "manual" | "memory_pressure" | "model_switch" | (string & {})

/** Context window breakdown at the start of LLM-powered conversation compaction */
export interface CompactionStartData {
  /** Model identifier used for compaction, when known */
  readonly model?: string | undefined
  /** Token count from system message(s) at compaction start */
  readonly systemTokens?: number | undefined
  /** Token count from non-system messages (user, assistant, tool) at compaction start */
  readonly conversationTokens?: number | undefined
  /** Token count from tool definitions at compaction start */
  readonly toolDefinitionsTokens?: number | undefined
  /** Total context tokens (system + conversation + tool definitions) at compaction start, when known */
  readonly currentTokens?: number | undefined
  /** Model context window token limit the compaction is targeting, when known */
  readonly tokenLimit?: number | undefined
  /** What initiated this compaction, when known */
  readonly trigger?: CompactionTrigger | undefined
}

/** Session event "session.compaction_start". Context window breakdown at the start of LLM-powered conversation compaction */
export interface CompactionStartEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.compaction_start". */
  readonly type: "session.compaction_start"
  /** Context window breakdown at the start of LLM-powered conversation compaction */
  readonly data: CompactionStartData
}

/** The wire form of {@link CompactionStartEvent}. */
export interface CompactionStartEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.compaction_start"
  readonly data: CompactionStartData
}

/** Token usage detail for a single billing category */
export interface CompactionCompleteCompactionTokensUsedCopilotUsageTokenDetail {
  /** Number of tokens in this billing batch */
  readonly batchSize: number
  /** Cost per batch of tokens */
  readonly costPerBatch: number
  /** Model responsible for this billing entry */
  readonly model?: string | undefined
  /** Total token count for this entry */
  readonly tokenCount: number
  /** Token category (e.g., "input", "output") */
  readonly tokenType: string
}

/** Per-request cost and usage data from the CAPI copilot_usage response field */
export interface CompactionCompleteCompactionTokensUsedCopilotUsage {
  /** Default billing model for token details that do not identify their own model */
  readonly model?: string | undefined
  /** Itemized token usage breakdown */
  readonly tokenDetails?: ReadonlyArray<CompactionCompleteCompactionTokensUsedCopilotUsageTokenDetail> | undefined
  /** Total cost in nano-AI units for this request */
  readonly totalNanoAiu: number
}

/** Token usage breakdown for the compaction LLM call (aligned with assistant.usage format) */
export interface CompactionCompleteCompactionTokensUsed {
  /** Input tokens consumed by the compaction LLM call */
  readonly inputTokens?: number | undefined
  /** Output tokens produced by the compaction LLM call */
  readonly outputTokens?: number | undefined
  /** Cached input tokens reused in the compaction LLM call */
  readonly cacheReadTokens?: number | undefined
  /** Tokens written to prompt cache in the compaction LLM call */
  readonly cacheWriteTokens?: number | undefined
  /** Per-request cost and usage data from the CAPI copilot_usage response field */
  readonly copilotUsage?: CompactionCompleteCompactionTokensUsedCopilotUsage | undefined
  /** Duration of the compaction LLM call in milliseconds */
  readonly duration?: number | undefined
  /** Model identifier used for the compaction LLM call */
  readonly model?: string | undefined
}

/** Conversation compaction results including success status, metrics, and optional error details */
export interface CompactionCompleteData {
  /** Whether compaction completed successfully */
  readonly success: boolean
  /** Error message if compaction failed */
  readonly error?: string | undefined
  /** Total tokens in conversation before compaction */
  readonly preCompactionTokens?: number | undefined
  /** Total tokens in conversation after compaction */
  readonly postCompactionTokens?: number | undefined
  /** Number of messages before compaction */
  readonly preCompactionMessagesLength?: number | undefined
  /** Number of messages removed during compaction */
  readonly messagesRemoved?: number | undefined
  /** Number of tokens removed during compaction */
  readonly tokensRemoved?: number | undefined
  /** User-supplied focus instructions provided to a manual `/compact` invocation. Omitted for automatic compaction and for manual compaction with no focus text. */
  readonly customInstructions?: string | undefined
  /** LLM-generated summary of the compacted conversation history */
  readonly summaryContent?: string | undefined
  /** Authoritative active-factory reminder appended to the compacted context */
  readonly activeFactorySummary?: string | undefined
  /** Canonical model identifier used for model-specific behavior when replaying compaction */
  readonly behaviorModelId?: string | undefined
  /** Checkpoint snapshot number created for recovery */
  readonly checkpointNumber?: number | undefined
  /** File path where the checkpoint was stored */
  readonly checkpointPath?: string | undefined
  /** Token usage breakdown for the compaction LLM call (aligned with assistant.usage format) */
  readonly compactionTokensUsed?: CompactionCompleteCompactionTokensUsed | undefined
  /** GitHub request tracing ID (x-github-request-id header) for the compaction LLM call */
  readonly requestId?: string | undefined
  /** Copilot service request ID (x-copilot-service-request-id header) for the compaction LLM call */
  readonly serviceRequestId?: string | undefined
  /** Token count from system message(s) after compaction */
  readonly systemTokens?: number | undefined
  /** Token count from non-system messages (user, assistant, tool) after compaction */
  readonly conversationTokens?: number | undefined
  /** Token count from tool definitions after compaction */
  readonly toolDefinitionsTokens?: number | undefined
  /** For failed compaction only: the HTTP status code of the compaction LLM call failure, when it carried one. Absent for successful compaction and for failures without an HTTP status (e.g. an empty model response or a transport error). */
  readonly statusCode?: number | undefined
  /** Model context window token limit the compaction was targeting, when known */
  readonly tokenLimit?: number | undefined
  /** What initiated this compaction, when known */
  readonly trigger?: CompactionTrigger | undefined
}

/** Session event "session.compaction_complete". Conversation compaction results including success status, metrics, and optional error details */
export interface CompactionCompleteEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.compaction_complete". */
  readonly type: "session.compaction_complete"
  /** Conversation compaction results including success status, metrics, and optional error details */
  readonly data: CompactionCompleteData
}

/** The wire form of {@link CompactionCompleteEvent}. */
export interface CompactionCompleteEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.compaction_complete"
  readonly data: CompactionCompleteData
}

/** Semantic result of evaluating a task completion request */
export type TaskCompletionOutcome = "completed" | "continue" | "blocked" | (string & {})

/** Task completion notification with summary from the agent */
export interface TaskCompleteData {
  /** Summary of the completed task, provided by the agent */
  readonly summary?: string | undefined
  /** Whether the task was accepted as complete. False when validation failed or completion was rejected or blocked by the reviewer */
  readonly success?: boolean | undefined
  /** Semantic completion decision. Absent on legacy events and invalid tool calls */
  readonly outcome?: TaskCompletionOutcome | undefined
  /** Label-safe runtime rationale for the completion decision (e.g. a cancellation or pause/resume downgrade), when one applies. Reviewer-authored rationale is intentionally omitted here because this event has no IFC label channel; the reviewer's findings remain available through its own labeled sub-agent events */
  readonly reason?: string | undefined
  /** Active autopilot objective ID evaluated by the completion reviewer */
  readonly objectiveId?: number | undefined
}

/** Session event "session.task_complete". Task completion notification with summary from the agent */
export interface TaskCompleteEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.task_complete". */
  readonly type: "session.task_complete"
  /** Task completion notification with summary from the agent */
  readonly data: TaskCompleteData
}

/** The wire form of {@link TaskCompleteEvent}. */
export interface TaskCompleteEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.task_complete"
  readonly data: TaskCompleteData
}

/** Inclusive durable event range summarized by a completion receipt. */
export interface CompletionReceiptEventRange {
  /** Identifier of the user message that starts the covered exchange. */
  readonly startEventId: string
  /** Identifier of the assistant turn-end event that ends the covered exchange. Always equals the receipt's sourceEventId, so either field is a valid join key. */
  readonly endEventId: string
}

/** Runtime reason the completion decision was accepted. */
export type CompletionReceiptStopReason = "natural" | "terminal_tool" | "agent_stop_block_limit" | (string & {})

/** Structured terminal status from a tool completion event. */
export type CompletionReceiptToolStatus = "success" | "failure" | "timeout" | "rejected" | "denied" | (string & {})

/** Final structured tool completion in the covered event range. */
export interface CompletionReceiptFinalTool {
  /** Unique identifier of the completed tool call. */
  readonly toolCallId: string
  /** Tool name from the matching tool execution start event, when available. */
  readonly toolName?: string | undefined
  /** Structured success or failure status from the tool completion event. */
  readonly status: CompletionReceiptToolStatus
  /** Process exit code from a structured shell result, when available. */
  readonly exitCode?: number | undefined
}

/** Behavior-neutral record of structured runtime facts present when an agent completion decision is accepted. */
export interface CompletionReceiptData {
  /** Version of the completion receipt payload. */
  readonly schemaVersion: number
  /** One-based accepted completion receipt ordinal in the durable session history. */
  readonly attempt: number
  /** Identifier of the assistant turn-end event that supplied the accepted completion boundary. This is the receipt's idempotency key, and always equals eventRange.endEventId. */
  readonly sourceEventId: string
  /** Inclusive durable event range summarized by this receipt. */
  readonly eventRange: CompletionReceiptEventRange
  /** Runtime reason the completion decision was accepted. */
  readonly stopReason: CompletionReceiptStopReason
  /** Final structured tool completion in the covered range, when one exists. */
  readonly finalTool?: CompletionReceiptFinalTool | undefined
  /** Number of successful structured tool completions in the covered range. */
  readonly successfulToolCount: number
  /** Number of failed structured tool completions in the covered range. */
  readonly failedToolCount: number
}

/** Session event "session.completion_receipt". Behavior-neutral record of structured runtime facts present when an agent completion decision is accepted. */
export interface CompletionReceiptEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.completion_receipt". */
  readonly type: "session.completion_receipt"
  /** Behavior-neutral record of structured runtime facts present when an agent completion decision is accepted. */
  readonly data: CompletionReceiptData
}

/** The wire form of {@link CompletionReceiptEvent}. */
export interface CompletionReceiptEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.completion_receipt"
  readonly data: CompletionReceiptData
}

/** Kind of turn for which HydraFusion routing is running. */
export type FusionTurnKind = "user" | "compaction" | (string & {})

/** Experimental transient signal that HydraFusion routing has started for an eligible turn. */
export interface FusionRouteStartedData {
  /** Identifier for this routing attempt before a durable Fusion turn exists. */
  readonly attemptId: string
  /** Kind of turn being routed. */
  readonly turnKind: FusionTurnKind
  /** Synthetic HydraFusion model selected for the session. */
  readonly syntheticModel?: string | undefined
  /** HydraFusion routing policy requested for the turn. */
  readonly policy?: string | undefined
}

/** Session event "session.fusion_route_started". Experimental transient signal that HydraFusion routing has started for an eligible turn. */
export interface FusionRouteStartedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.fusion_route_started". */
  readonly type: "session.fusion_route_started"
  /** Experimental transient signal that HydraFusion routing has started for an eligible turn. */
  readonly data: FusionRouteStartedData
}

/** The wire form of {@link FusionRouteStartedEvent}. */
export interface FusionRouteStartedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.fusion_route_started"
  readonly data: FusionRouteStartedData
}

/** Experimental durable HydraFusion routing failure and the deterministic concrete fallback selected for the turn. */
export interface FusionRouteFailedData {
  /** Identifier of the routing attempt that failed. */
  readonly attemptId: string
  /** Synthetic HydraFusion model selected for the session. */
  readonly syntheticModel: string
  /** HydraFusion routing policy requested for the turn. */
  readonly policy: string
  /** Stable machine-readable reason for the routing failure. */
  readonly reason: string
  /** Provider or validation error detail, when available. */
  readonly errorMessage?: string | undefined
  /** Concrete model selected as the deterministic fallback. */
  readonly fallbackModel: string
  /** Elapsed routing time in milliseconds before the failure. */
  readonly routingLatencyMs?: number | undefined
}

/** Session event "session.fusion_route_failed". Experimental durable HydraFusion routing failure and the deterministic concrete fallback selected for the turn. */
export interface FusionRouteFailedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.fusion_route_failed". */
  readonly type: "session.fusion_route_failed"
  /** Experimental durable HydraFusion routing failure and the deterministic concrete fallback selected for the turn. */
  readonly data: FusionRouteFailedData
}

/** The wire form of {@link FusionRouteFailedEvent}. */
export interface FusionRouteFailedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.fusion_route_failed"
  readonly data: FusionRouteFailedData
}

/** Validated HydraFusion routing capability scores. */
export interface FusionScores {
  /** Reasoning capability score returned by the authenticated router. */
  readonly reasoning: number
  /** Code-generation capability score returned by the authenticated router. */
  readonly codeGen: number
  /** Debugging capability score returned by the authenticated router. */
  readonly debugging: number
  /** Tool-use capability score returned by the authenticated router. */
  readonly toolUse: number
}

/** Validated HydraFusion execution pattern. */
export type FusionPattern = "single" | "cascade" | "critique" | (string & {})

/** HydraFusion phase kind. */
export type FusionPhaseKind = "primary" | "judge" | "repair" | "draft" | "critic" | "revision" | "follow_up" | (string & {})

/** Conversation scope in which a HydraFusion phase executes. */
export type FusionConversationScope = "root" | "review" | (string & {})

/** Presentation-neutral phase planned for a HydraFusion turn. */
export interface FusionPhasePlanStep {
  /** Kind of phase that may execute. */
  readonly kind: FusionPhaseKind
  /** Semantic role assigned to the phase. */
  readonly role: string
  /** Conversation scope in which the phase executes. */
  readonly scope: FusionConversationScope
  /** Whether the phase executes only when an earlier phase requests it. */
  readonly conditional: boolean
}

/** Server-recommended routing behavior for a later HydraFusion turn. */
export type FusionFollowUpAction = "reuse_primary" | "reroute" | (string & {})

/** Durable server recommendation for subsequent HydraFusion turns. */
export interface FusionFollowUpRecommendation {
  /** Recommended routing action for the next user-message turn. */
  readonly userTurn: FusionFollowUpAction
  /** Recommended routing action for the next compaction turn. */
  readonly compactionTurn: FusionFollowUpAction
}

/** Experimental durable validated HydraFusion route and turn policy. */
export interface FusionResolvedData {
  /** Stable identifier for the resolved HydraFusion turn. */
  readonly fusionId: string
  /** Identifier of the session turn associated with the route. */
  readonly turnId: string
  /** Version of the validated HydraFusion event contract. */
  readonly contractVersion: number
  /** Synthetic HydraFusion model selected for the session. */
  readonly syntheticModel: string
  /** HydraFusion routing policy used to resolve the plan. */
  readonly policy: string
  /** Router implementation that supplied the plan. */
  readonly routeSource?: string | undefined
  /** Version of the validated execution-plan format. */
  readonly planVersion?: string | undefined
  /** Version of the local routing policy. */
  readonly policyVersion?: string | undefined
  /** Version of the executable model universe used for selection. */
  readonly modelUniverseVersion?: string | undefined
  /** Identifier of the local policy rule that matched. */
  readonly ruleId?: string | undefined
  /** Zero-based index of the local policy rule that matched. */
  readonly ruleIndex?: number | undefined
  /** Human-readable name of the local policy rule that matched. */
  readonly ruleName?: string | undefined
  /** Validated capability scores used to select the route. */
  readonly scores?: FusionScores | undefined
  /** Validated orchestration pattern selected for the turn. */
  readonly pattern: FusionPattern
  /** Presentation-neutral phase plan for clients that render workflow progress. */
  readonly phasePlan?: ReadonlyArray<FusionPhasePlanStep> | undefined
  /** Concrete model selected for the primary solver phase. */
  readonly primaryModel: string
  /** Concrete model selected for the review or judge phase, when required. */
  readonly secondaryModel: string | null
  /** Concrete model used when the planned primary model cannot execute. */
  readonly fallbackModel: string
  /** Concrete model recommended for eligible follow-up turns. */
  readonly followUpModel: string
  /** Router recommendation controlling reuse or rerouting on later turns. */
  readonly followUp?: FusionFollowUpRecommendation | undefined
  /** Elapsed time in milliseconds required to resolve and validate the route. */
  readonly routingLatencyMs?: number | undefined
}

/** Session event "session.fusion_resolved". Experimental durable validated HydraFusion route and turn policy. */
export interface FusionResolvedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.fusion_resolved". */
  readonly type: "session.fusion_resolved"
  /** Experimental durable validated HydraFusion route and turn policy. */
  readonly data: FusionResolvedData
}

/** The wire form of {@link FusionResolvedEvent}. */
export interface FusionResolvedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.fusion_resolved"
  readonly data: FusionResolvedData
}

/** Exact durable model-visible repair or revision handoff between HydraFusion phases. */
export interface FusionHandoffData {
  readonly fusionId: string
  readonly sourcePhaseId: string
  readonly targetPhaseId: string
  readonly targetModel: string
  readonly message: unknown
}

/** Session event "session.fusion_handoff". Exact durable model-visible repair or revision handoff between HydraFusion phases. */
export interface FusionHandoffEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.fusion_handoff". */
  readonly type: "session.fusion_handoff"
  /** Exact durable model-visible repair or revision handoff between HydraFusion phases. */
  readonly data: FusionHandoffData
}

/** The wire form of {@link FusionHandoffEvent}. */
export interface FusionHandoffEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.fusion_handoff"
  readonly data: FusionHandoffData
}

/** Kind of authoritative final commit. */
export type FusionCommitKind = "text" | "terminal_tool" | (string & {})

/** Stable durable idempotency boundary for a HydraFusion final text or terminal commit. */
export interface FusionCommitStartedData {
  readonly fusionId: string
  readonly commitId: string
  readonly sourcePhaseId: string
  readonly sourceModel: string
  readonly kind: FusionCommitKind
  readonly toolCallId: string | null
}

/** Session event "session.fusion_commit_started". Stable durable idempotency boundary for a HydraFusion final text or terminal commit. */
export interface FusionCommitStartedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.fusion_commit_started". */
  readonly type: "session.fusion_commit_started"
  /** Stable durable idempotency boundary for a HydraFusion final text or terminal commit. */
  readonly data: FusionCommitStartedData
}

/** The wire form of {@link FusionCommitStartedEvent}. */
export interface FusionCommitStartedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.fusion_commit_started"
  readonly data: FusionCommitStartedData
}

/** Experimental durable aggregate outcome of a HydraFusion turn. */
export interface FusionCompletedData {
  /** Stable identifier for the completed HydraFusion turn. */
  readonly fusionId: string
  /** Idempotency identifier for the authoritative final commit. */
  readonly commitId: string
  /** Identifier of the session turn associated with the completion. */
  readonly turnId: string
  /** Synthetic HydraFusion model selected for the session. */
  readonly syntheticModel: string
  /** HydraFusion orchestration pattern executed for the turn. */
  readonly pattern: FusionPattern
  /** Stable aggregate outcome of the HydraFusion turn. */
  readonly outcome: string
  /** Phase whose output supplied the authoritative final content. */
  readonly finalSourcePhaseId: string | null
  /** Concrete model that supplied the authoritative final content. */
  readonly finalSourceModel: string | null
  /** Concrete model recommended for eligible follow-up turns. */
  readonly followUpModel: string
  /** Reason the turn used a degraded route, when applicable. */
  readonly degradedReason: string | null
  /** Number of concrete phases attempted by the turn. */
  readonly phaseCount: number
  /** Total concrete model requests made across all phases. */
  readonly requestCount: number
  /** Total input tokens consumed across all phases. */
  readonly inputTokens: number
  /** Total output tokens produced across all phases. */
  readonly outputTokens: number
  /** Total cached input tokens reported across all phases. */
  readonly cachedTokens: number
  /** Total tokens written to prompt cache across all phases. */
  readonly cacheWriteTokens?: number | undefined
  /** Total normalized AI-unit cost reported across all phases, in nano-AIU. */
  readonly totalNanoAiu: number
  /** Total elapsed execution time for the HydraFusion turn in milliseconds. */
  readonly durationMs: number
}

/** Session event "session.fusion_completed". Experimental durable aggregate outcome of a HydraFusion turn. */
export interface FusionCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.fusion_completed". */
  readonly type: "session.fusion_completed"
  /** Experimental durable aggregate outcome of a HydraFusion turn. */
  readonly data: FusionCompletedData
}

/** The wire form of {@link FusionCompletedEvent}. */
export interface FusionCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.fusion_completed"
  readonly data: FusionCompletedData
}

/** Optional line range to scope the attachment to a specific section of the file */
export interface AttachmentFileLineRange {
  /** Start line number (1-based) */
  readonly start: number
  /** End line number (1-based, inclusive) */
  readonly end: number
}

/** Why the binary data is absent: it exceeded the inline size limit, or its asset was unavailable */
export type OmittedBinaryOmittedReason = "too_large" | "asset_unavailable" | (string & {})

/** File attachment */
export interface AttachmentFile {
  /** Attachment type discriminator */
  readonly type: "file"
  /** Absolute file path */
  readonly path: string
  /** User-facing display name for the attachment */
  readonly displayName?: string | undefined
  /** Optional line range to scope the attachment to a specific section of the file */
  readonly lineRange?: AttachmentFileLineRange | undefined
  /** Internal: MIME type of the file's model-facing bytes (post-resize for images). Set when the file's bytes are interned to an asset. Absent externally. */
  readonly mimeType?: string | undefined
  /** Internal: content-addressed id of the session.binary_asset event holding this attachment's model-facing bytes (e.g. "sha256:..."). Absent externally. */
  readonly assetId?: string | undefined
  /** Internal: decoded byte length of the attachment's model-facing bytes. Absent externally. */
  readonly byteLength?: number | undefined
  /** Internal: why model-facing bytes are absent from persistence. Absent externally. */
  readonly omittedReason?: OmittedBinaryOmittedReason | undefined
  /** Frozen rendered line this attachment contributed to the <tagged_files> prompt block (e.g. "* /path (123 lines)"). Captured at send time so resumed history reproduces the exact text the model saw, independent of later filesystem changes. Present only for attachments routed to <tagged_files> (mutually exclusive with assetId, which marks bytes sent natively). */
  readonly taggedFilesEntry?: string | undefined
}

/** Directory attachment */
export interface AttachmentDirectory {
  /** Attachment type discriminator */
  readonly type: "directory"
  /** Absolute directory path */
  readonly path: string
  /** User-facing display name for the attachment */
  readonly displayName?: string | undefined
  /** Frozen rendered line this attachment contributed to the <tagged_files> prompt block (e.g. "* /path (12 items)"). Captured at send time so resumed history reproduces the exact text the model saw, independent of later filesystem changes. */
  readonly taggedFilesEntry?: string | undefined
}

/** Start position of the selection */
export interface AttachmentSelectionDetailsStart {
  /** Start line number (0-based) */
  readonly line: number
  /** Start character offset within the line (0-based) */
  readonly character: number
}

/** End position of the selection */
export interface AttachmentSelectionDetailsEnd {
  /** End line number (0-based) */
  readonly line: number
  /** End character offset within the line (0-based) */
  readonly character: number
}

/** Position range of the selection within the file */
export interface AttachmentSelectionDetails {
  /** Start position of the selection */
  readonly start: AttachmentSelectionDetailsStart
  /** End position of the selection */
  readonly end: AttachmentSelectionDetailsEnd
}

/** Code selection attachment from an editor */
export interface AttachmentSelection {
  /** Attachment type discriminator */
  readonly type: "selection"
  /** Absolute path to the file containing the selection */
  readonly filePath: string
  /** User-facing display name for the selection */
  readonly displayName: string
  /** The selected text content */
  readonly text: string
  /** Position range of the selection within the file */
  readonly selection: AttachmentSelectionDetails
}

/** Type of GitHub reference */
export type AttachmentGitHubReferenceType = "issue" | "pr" | "discussion" | (string & {})

/** GitHub issue, pull request, or discussion reference */
export interface AttachmentGitHubReference {
  /** Attachment type discriminator */
  readonly type: "github_reference"
  /** Issue, pull request, or discussion number */
  readonly number: number
  /** Title of the referenced item */
  readonly title: string
  /** Type of GitHub reference */
  readonly referenceType: AttachmentGitHubReferenceType
  /** Current state of the referenced item (e.g., open, closed, merged) */
  readonly state: string
  /** URL to the referenced item on GitHub */
  readonly url: string
}

/** Pointer to a GitHub repository. */
export interface GitHubRepoRef {
  /** Numeric GitHub repository id */
  readonly id?: number | undefined
  /** Repository name (without owner) */
  readonly name: string
  /** Repository owner login (user or organization) */
  readonly owner: string
}

/** Pointer to a GitHub commit. */
export interface AttachmentGitHubCommit {
  /** Attachment type discriminator */
  readonly type: "github_commit"
  /** Repository the commit belongs to */
  readonly repo: GitHubRepoRef
  /** Full commit SHA */
  readonly oid: string
  /** First line of the commit message */
  readonly message: string
  /** URL to the commit on GitHub */
  readonly url: string
}

/** Pointer to a GitHub release. */
export interface AttachmentGitHubRelease {
  /** Attachment type discriminator */
  readonly type: "github_release"
  /** Repository the release belongs to */
  readonly repo: GitHubRepoRef
  /** Git tag the release is anchored to */
  readonly tagName: string
  /** Human-readable release name */
  readonly name: string
  /** URL to the release on GitHub */
  readonly url: string
}

/** Pointer to a GitHub Actions job. */
export interface AttachmentGitHubActionsJob {
  /** Attachment type discriminator */
  readonly type: "github_actions_job"
  /** Repository the workflow run belongs to */
  readonly repo: GitHubRepoRef
  /** Job id within the workflow run */
  readonly jobId: number
  /** Display name of the job */
  readonly jobName: string
  /** Display name of the workflow the job ran in */
  readonly workflowName: string
  /** URL to the job on GitHub */
  readonly url: string
  /** Terminal conclusion of the job when finished (e.g., success, failure, cancelled). Absent for in-progress jobs. */
  readonly conclusion?: string | undefined
}

/** Pointer to a GitHub repository. */
export interface AttachmentGitHubRepository {
  /** Attachment type discriminator */
  readonly type: "github_repository"
  /** Repository pointer */
  readonly repo: GitHubRepoRef
  /** URL to the repository on GitHub */
  readonly url: string
  /** Short description of the repository */
  readonly description?: string | undefined
  /** Git ref this attachment is anchored at (branch, tag, or commit). When absent the default branch is implied. */
  readonly ref?: string | undefined
}

/** One side of a file diff (head or base) */
export interface AttachmentGitHubFileDiffSide {
  /** Repository the file lives in */
  readonly repo: GitHubRepoRef
  /** Git ref (branch, tag, or commit SHA) the file is read at */
  readonly ref: string
  /** Repository-relative path to the file */
  readonly path: string
}

/** Pointer to a single-file diff. At least one of `head` and `base` must be present. */
export interface AttachmentGitHubFileDiff {
  /** Attachment type discriminator */
  readonly type: "github_file_diff"
  /** URL to the diff on GitHub (e.g., a commit, compare, or PR-file URL) */
  readonly url: string
  /** File location on the head side of the diff. Absent for deletions. */
  readonly head?: AttachmentGitHubFileDiffSide | undefined
  /** File location on the base side of the diff. Absent for additions. */
  readonly base?: AttachmentGitHubFileDiffSide | undefined
}

/** One side of a tree comparison (head or base) */
export interface AttachmentGitHubTreeComparisonSide {
  /** Repository the revision belongs to */
  readonly repo: GitHubRepoRef
  /** Git revision (branch, tag, or commit SHA) */
  readonly revision: string
}

/** Pointer to a comparison between two git revisions. */
export interface AttachmentGitHubTreeComparison {
  /** Attachment type discriminator */
  readonly type: "github_tree_comparison"
  /** URL to the comparison on GitHub */
  readonly url: string
  /** Base side of the comparison */
  readonly base: AttachmentGitHubTreeComparisonSide
  /** Head side of the comparison */
  readonly head: AttachmentGitHubTreeComparisonSide
}

/** Generic GitHub URL reference. */
export interface AttachmentGitHubUrl {
  /** Attachment type discriminator */
  readonly type: "github_url"
  /** URL to the GitHub resource */
  readonly url: string
}

/** Pointer to a file in a GitHub repository at a specific ref. */
export interface AttachmentGitHubFile {
  /** Attachment type discriminator */
  readonly type: "github_file"
  /** Repository the file lives in */
  readonly repo: GitHubRepoRef
  /** Git ref the file is read at (branch, tag, or commit SHA) */
  readonly ref: string
  /** Repository-relative path to the file */
  readonly path: string
  /** URL to the file on GitHub */
  readonly url: string
}

/** Pointer to a line range inside a file in a GitHub repository. */
export interface AttachmentGitHubSnippet {
  /** Attachment type discriminator */
  readonly type: "github_snippet"
  /** Repository the file lives in */
  readonly repo: GitHubRepoRef
  /** Git ref the file is read at (branch, tag, or commit SHA) */
  readonly ref: string
  /** Repository-relative path to the file */
  readonly path: string
  /** URL to the snippet on GitHub (with line anchor) */
  readonly url: string
  /** Line range the snippet covers */
  readonly lineRange: AttachmentFileLineRange
}

/** Blob attachment with inline base64-encoded data */
export interface AttachmentBlob {
  /** Attachment type discriminator */
  readonly type: "blob"
  /** Base64-encoded content. Present on input and for external consumers; replaced by an internal `assetId` reference in persisted events when interned to a content-addressed asset. */
  readonly data?: string | undefined
  /** MIME type of the inline data */
  readonly mimeType: string
  /** User-facing display name for the attachment */
  readonly displayName?: string | undefined
  /** Internal: content-addressed id of the session.binary_asset event holding this attachment's model-facing bytes (e.g. "sha256:..."). Absent externally. */
  readonly assetId?: string | undefined
  /** Internal: decoded byte length of the attachment's model-facing bytes. Absent externally. */
  readonly byteLength?: number | undefined
  /** Internal: why model-facing bytes are absent from persistence. Absent externally. */
  readonly omittedReason?: OmittedBinaryOmittedReason | undefined
}

/** Structured context contributed by an extension. Composer pills displayed in the host are forwarded back through session.send.attachments, then rendered into the model prompt as an <extension_context> XML block. */
export interface AttachmentExtensionContext {
  /** Attachment type discriminator */
  readonly type: "extension_context"
  /** Owning extension identifier. Runtime-derived from the caller's connection when produced via session.extensions.sendAttachmentsToMessage; preserved verbatim on subsequent transports. */
  readonly extensionId: string
  /** Provider-local canvas identifier when the push was bound to a canvas instance */
  readonly canvasId?: string | undefined
  /** Open canvas instance identifier when the push was bound to a canvas instance */
  readonly instanceId?: string | undefined
  /** Human-readable composer pill label */
  readonly title: string
  /** Caller-supplied JSON payload */
  readonly payload?: unknown | undefined
  /** ISO 8601 timestamp captured by the runtime when the push was accepted */
  readonly capturedAt: Date
}

/** The wire form of {@link AttachmentExtensionContext}. */
export interface AttachmentExtensionContextEncoded {
  readonly type: "extension_context"
  readonly extensionId: string
  readonly canvasId?: string | undefined
  readonly instanceId?: string | undefined
  readonly title: string
  readonly payload?: unknown | undefined
  readonly capturedAt: string
}

/** A user message attachment — a file, directory, code selection, blob, GitHub reference, GitHub-anchored pointer, or extension-supplied context payload */
export type Attachment =
  | AttachmentFile
  | AttachmentDirectory
  | AttachmentSelection
  | AttachmentGitHubReference
  | AttachmentGitHubCommit
  | AttachmentGitHubRelease
  | AttachmentGitHubActionsJob
  | AttachmentGitHubRepository
  | AttachmentGitHubFileDiff
  | AttachmentGitHubTreeComparison
  | AttachmentGitHubUrl
  | AttachmentGitHubFile
  | AttachmentGitHubSnippet
  | AttachmentBlob
  | AttachmentExtensionContext

/** The wire form of {@link Attachment}. */
export type AttachmentEncoded =
  | AttachmentFile
  | AttachmentDirectory
  | AttachmentSelection
  | AttachmentGitHubReference
  | AttachmentGitHubCommit
  | AttachmentGitHubRelease
  | AttachmentGitHubActionsJob
  | AttachmentGitHubRepository
  | AttachmentGitHubFileDiff
  | AttachmentGitHubTreeComparison
  | AttachmentGitHubUrl
  | AttachmentGitHubFile
  | AttachmentGitHubSnippet
  | AttachmentBlob
  | AttachmentExtensionContextEncoded

/** How this user message was delivered to the agentic loop, relative to whether the loop was already running. This is the timing axis only; the message's origin (human vs. system/command/schedule/skill/etc.) is carried separately by `source`. A system-injected message has a delivery too — e.g. a background-task notification waking an idle agent is `idle`, the same mechanism as a human starting a fresh turn. */
export type UserMessageDelivery = "idle" | "steering" | "queued" | (string & {})

/** The agent mode that was active when this message was sent */
export type UserMessageAgentMode = "interactive" | "plan" | "autopilot" | "shell" | (string & {})

/** Payload of `user.message` with displayed and model-transformed content, attachments, source/delivery metadata, mode, and telemetry IDs. */
export interface UserMessageData {
  /** The user's message text as displayed in the timeline */
  readonly content: string
  /** Stable identity of the logical user message, matching the ID returned by send and retained by pending queue snapshots */
  readonly messageId?: string | undefined
  /** Transformed version of the message sent to the model, with XML wrapping, timestamps, and other augmentations for prompt caching */
  readonly transformedContent?: string | undefined
  /** Files, selections, or GitHub references attached to the message */
  readonly attachments?: ReadonlyArray<Attachment> | undefined
  /** Normalized document MIME types that were sent natively instead of through tagged_files XML */
  readonly supportedNativeDocumentMimeTypes?: ReadonlyArray<string> | undefined
  /** Path-backed native document attachments that stayed on the tagged_files path flow because native upload could not read them or would exceed the request size limit */
  readonly nativeDocumentPathFallbackPaths?: ReadonlyArray<string> | undefined
  /** Origin of this message, used for timeline filtering and attribution (e.g., `skill-pdf` for hidden skill injection or `agent-<agent-id>` for an inter-agent prompt) */
  readonly source?: string | undefined
  /** How this message was delivered to the agentic loop relative to loop state (idle-start vs. steering/queued while busy). The timing axis; combine with `source` (origin) for the full picture. Used for telemetry attribution. */
  readonly delivery?: UserMessageDelivery | undefined
  /** The agent mode that was active when this message was sent */
  readonly agentMode?: UserMessageAgentMode | undefined
  /** True when this user message was auto-injected by autopilot's continuation loop rather than typed by the user; used to distinguish autopilot-driven turns in telemetry. */
  readonly isAutopilotContinuation?: boolean | undefined
  /** CAPI interaction ID for correlating this user message with its turn */
  readonly interactionId?: string | undefined
  /** The agent-loop turn ID that consumed this message; absent when no agent-loop turn consumed it */
  readonly turnId?: string | undefined
  /** Parent agent task ID for background telemetry correlated to this user turn */
  readonly parentAgentTaskId?: string | undefined
}

/** The wire form of {@link UserMessageData}. */
export interface UserMessageDataEncoded {
  readonly content: string
  readonly messageId?: string | undefined
  readonly transformedContent?: string | undefined
  readonly attachments?: ReadonlyArray<AttachmentEncoded> | undefined
  readonly supportedNativeDocumentMimeTypes?: ReadonlyArray<string> | undefined
  readonly nativeDocumentPathFallbackPaths?: ReadonlyArray<string> | undefined
  readonly source?: string | undefined
  readonly delivery?: UserMessageDelivery | undefined
  readonly agentMode?: UserMessageAgentMode | undefined
  readonly isAutopilotContinuation?: boolean | undefined
  readonly interactionId?: string | undefined
  readonly turnId?: string | undefined
  readonly parentAgentTaskId?: string | undefined
}

/** Session event "user.message". Payload of `user.message` with displayed and model-transformed content, attachments, source/delivery metadata, mode, and telemetry IDs. */
export interface UserMessageEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "user.message". */
  readonly type: "user.message"
  /** Payload of `user.message` with displayed and model-transformed content, attachments, source/delivery metadata, mode, and telemetry IDs. */
  readonly data: UserMessageData
}

/** The wire form of {@link UserMessageEvent}. */
export interface UserMessageEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "user.message"
  readonly data: UserMessageDataEncoded
}

/** Empty payload; the event signals that the pending message queue has changed */
export interface PendingMessagesModifiedData {}

/** Session event "pending_messages.modified". Empty payload; the event signals that the pending message queue has changed */
export interface PendingMessagesModifiedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "pending_messages.modified". */
  readonly type: "pending_messages.modified"
  /** Empty payload; the event signals that the pending message queue has changed */
  readonly data: PendingMessagesModifiedData
}

/** The wire form of {@link PendingMessagesModifiedEvent}. */
export interface PendingMessagesModifiedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "pending_messages.modified"
  readonly data: PendingMessagesModifiedData
}

/** Turn initialization metadata including identifier and interaction tracking */
export interface AssistantTurnStartData {
  /** Identifier for this turn within the agentic loop, typically a stringified turn number */
  readonly turnId: string
  /** Model identifier used for this turn, when known */
  readonly model?: string | undefined
  /** CAPI interaction ID for correlating this turn with upstream telemetry */
  readonly interactionId?: string | undefined
}

/** Session event "assistant.turn_start". Turn initialization metadata including identifier and interaction tracking */
export interface AssistantTurnStartEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.turn_start". */
  readonly type: "assistant.turn_start"
  /** Turn initialization metadata including identifier and interaction tracking */
  readonly data: AssistantTurnStartData
}

/** The wire form of {@link AssistantTurnStartEvent}. */
export interface AssistantTurnStartEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "assistant.turn_start"
  readonly data: AssistantTurnStartData
}

/** Metadata for an additional model inference attempt within an existing assistant turn */
export interface AssistantTurnRetryData {
  /** Identifier of the turn whose model inference is being retried */
  readonly turnId: string
  /** Model identifier used for this retry, when known */
  readonly model?: string | undefined
  /** Provider or runtime classification that caused the retry, when known */
  readonly reason?: string | undefined
}

/** Session event "assistant.turn_retry". Metadata for an additional model inference attempt within an existing assistant turn */
export interface AssistantTurnRetryEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.turn_retry". */
  readonly type: "assistant.turn_retry"
  /** Metadata for an additional model inference attempt within an existing assistant turn */
  readonly data: AssistantTurnRetryData
}

/** The wire form of {@link AssistantTurnRetryEvent}. */
export interface AssistantTurnRetryEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.turn_retry"
  readonly data: AssistantTurnRetryData
}

/** What the agent was doing when the user interrupted it. */
export type AgentInterruptedActivity = "model_call" | "retry_backoff" | "tool_call" | "background_agent" | (string & {})

/** Transport used for a failed model call */
export type ModelCallFailureTransport = "http" | "websocket" | (string & {})

/** Where the interruption landed relative to the first streamed token. */
export type AgentInterruptedCancelPhase = "pre_first_token" | "mid_stream" | (string & {})

/** Metadata for work the user interrupted while the agent was running */
export interface AgentInterruptedData {
  /** What the agent was doing when the user interrupted it */
  readonly activity: AgentInterruptedActivity
  /** How long the interrupted work had been running, in milliseconds */
  readonly elapsedMs: number
  /** Zero-based agentic-loop iteration the interrupt landed in */
  readonly turn: number
  /** For an interrupted model call: the model the request targeted */
  readonly model?: string | undefined
  /** For an interrupted model call: the provider endpoint the request targeted */
  readonly apiEndpoint?: string | undefined
  /** For an interrupted model call: the transport the request used */
  readonly transport?: ModelCallFailureTransport | undefined
  /** For an interrupted model call: the reasoning effort the request asked for */
  readonly reasoningEffort?: string | undefined
  /** For an interrupted model call: whether the user interrupted before any token arrived or while the response was streaming */
  readonly cancelPhase?: AgentInterruptedCancelPhase | undefined
  /** For a mid-stream interrupt: the observed time to first observable output, in milliseconds. Deliberately distinct from the `ttftMs` reported on a successful model call, which measures time to first stream event. */
  readonly outputTtftMs?: number | undefined
  /** Names of the tools that were still running. More than one when the model requested a parallel fan-out. */
  readonly toolNames?: ReadonlyArray<string> | undefined
  /** Tool call identifiers that were still running */
  readonly toolCallIds?: ReadonlyArray<string> | undefined
  /** Subset of `toolNames` whose tool metadata marks the tool name as safe to record unhashed in telemetry. */
  readonly safeToolNames?: ReadonlyArray<string> | undefined
  /** For an interrupted background-agent batch: how many background sub-agents the stop swept. Counts accepted cancellations, so an agent cancelled as a cascade of its interrupted parent is covered by that parent rather than counted again. */
  readonly interruptedAgentCount?: number | undefined
}

/** Session event "agent.interrupted". Metadata for work the user interrupted while the agent was running */
export interface AgentInterruptedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "agent.interrupted". */
  readonly type: "agent.interrupted"
  /** Metadata for work the user interrupted while the agent was running */
  readonly data: AgentInterruptedData
}

/** The wire form of {@link AgentInterruptedEvent}. */
export interface AgentInterruptedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "agent.interrupted"
  readonly data: AgentInterruptedData
}

/** Agent intent description for current activity or plan */
export interface AssistantIntentData {
  /** Short description of what the agent is currently doing or planning to do */
  readonly intent: string
}

/** Session event "assistant.intent". Agent intent description for current activity or plan */
export interface AssistantIntentEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.intent". */
  readonly type: "assistant.intent"
  /** Agent intent description for current activity or plan */
  readonly data: AssistantIntentData
}

/** The wire form of {@link AssistantIntentEvent}. */
export interface AssistantIntentEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.intent"
  readonly data: AssistantIntentData
}

/** Experimental transient HydraFusion phase/model/role signal. */
export interface FusionPhaseStartedData {
  /** Identifier of the HydraFusion turn containing the phase. */
  readonly fusionId: string
  /** Stable identifier for the concrete phase. */
  readonly phaseId: string
  /** Kind of phase being executed. */
  readonly phaseKind: FusionPhaseKind
  /** HydraFusion orchestration pattern containing the phase. */
  readonly pattern: FusionPattern
  /** Semantic role assigned to the phase. */
  readonly role: string
  /** Conversation scope in which the phase executes. */
  readonly conversationScope: FusionConversationScope
  /** Concrete model executing the phase. */
  readonly model: string
}

/** Session event "assistant.fusion_phase_started". Experimental transient HydraFusion phase/model/role signal. */
export interface AssistantFusionPhaseStartedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.fusion_phase_started". */
  readonly type: "assistant.fusion_phase_started"
  /** Experimental transient HydraFusion phase/model/role signal. */
  readonly data: FusionPhaseStartedData
}

/** The wire form of {@link AssistantFusionPhaseStartedEvent}. */
export interface AssistantFusionPhaseStartedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.fusion_phase_started"
  readonly data: FusionPhaseStartedData
}

/** Content-safe activity observed while a HydraFusion phase is running. */
export type FusionPhaseActivityKind = "model_output" | "tool_started" | "tool_completed" | (string & {})

/** Experimental content-safe activity signal for a running HydraFusion phase. */
export interface FusionPhaseActivityData {
  /** Identifier of the HydraFusion turn containing the phase. */
  readonly fusionId: string
  /** Stable identifier for the concrete phase. */
  readonly phaseId: string
  /** Kind of phase currently executing. */
  readonly phaseKind: FusionPhaseKind
  /** HydraFusion orchestration pattern containing the phase. */
  readonly pattern: FusionPattern
  /** Semantic role assigned to the phase. */
  readonly role: string
  /** Conversation scope in which the phase executes. */
  readonly conversationScope: FusionConversationScope
  /** Kind of real activity observed. */
  readonly activity: FusionPhaseActivityKind
  /** Cumulative private response bytes observed for this model call. The event never includes response text. */
  readonly totalResponseSizeBytes?: number | undefined
  /** Opaque hashed correlation token for matching tool-started and tool-completed activity within this Fusion activity stream. It is not the tool call identifier exposed by tool lifecycle events. */
  readonly toolCallId?: string | undefined
}

/** Session event "assistant.fusion_phase_activity". Experimental content-safe activity signal for a running HydraFusion phase. */
export interface AssistantFusionPhaseActivityEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.fusion_phase_activity". */
  readonly type: "assistant.fusion_phase_activity"
  /** Experimental content-safe activity signal for a running HydraFusion phase. */
  readonly data: FusionPhaseActivityData
}

/** The wire form of {@link AssistantFusionPhaseActivityEvent}. */
export interface AssistantFusionPhaseActivityEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.fusion_phase_activity"
  readonly data: FusionPhaseActivityData
}

/** Durable outcome status of a HydraFusion phase. */
export type FusionPhaseStatus = "succeeded" | "failed" | "cancelled" | (string & {})

/** Aggregate concrete-model usage for one HydraFusion phase. */
export interface FusionPhaseUsage {
  /** Number of concrete model requests made by the phase. */
  readonly requestCount: number
  /** Total input tokens consumed by the phase. */
  readonly inputTokens: number
  /** Total output tokens produced by the phase. */
  readonly outputTokens: number
  /** Total cached input tokens reported for the phase. */
  readonly cachedTokens: number
  /** Total tokens written to prompt cache during the phase. */
  readonly cacheWriteTokens?: number | undefined
  /** Total normalized AI-unit cost reported for the phase, in nano-AIU. */
  readonly totalNanoAiu: number
}

/** How a durable phase checkpoint contributes its exact message to canonical root history. */
export type FusionProjectionMode = "append" | "staged" | "none" | (string & {})

/** Internal durable terminal request staged by a HydraFusion phase until an idempotent final commit selects it. */
export interface FusionStagedTerminal {
  readonly assistantMessage: unknown
  readonly toolName: string
  readonly toolCallId: string
  readonly arguments: string
  readonly phaseId: string
}

/** Experimental durable HydraFusion phase output and lossless replay checkpoint. */
export interface FusionPhaseCompletedData {
  /** Identifier of the HydraFusion turn containing the phase. */
  readonly fusionId: string
  /** Stable identifier for the completed phase. */
  readonly phaseId: string
  /** Kind of phase that completed. */
  readonly phaseKind: FusionPhaseKind
  /** Semantic role assigned to the completed phase. */
  readonly role: string
  /** Conversation scope in which the phase executed. */
  readonly conversationScope: FusionConversationScope
  /** Concrete model that executed the phase. */
  readonly model: string
  /** Durable outcome status of the phase. */
  readonly status: FusionPhaseStatus
  /** Provider-normalized textual output produced by the phase. */
  readonly content: string
  /** Structured judge or critic verdict, when the phase produces one. */
  readonly verdict: string | null
  /** Elapsed execution time for the phase in milliseconds. */
  readonly durationMs: number
  /** Aggregate concrete-model usage consumed by the phase. */
  readonly usage: FusionPhaseUsage
  /** Exact provider-normalized message used to reconstruct canonical model history. */
  readonly projectionMessage?: unknown | undefined
  /** Projection action for the exact internal message. */
  readonly projectionMode?: FusionProjectionMode | undefined
  /** Terminal request held outside canonical state until selected by the final commit. */
  readonly stagedTerminal?: FusionStagedTerminal | undefined
}

/** Session event "assistant.fusion_phase_completed". Experimental durable HydraFusion phase output and lossless replay checkpoint. */
export interface AssistantFusionPhaseCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.fusion_phase_completed". */
  readonly type: "assistant.fusion_phase_completed"
  /** Experimental durable HydraFusion phase output and lossless replay checkpoint. */
  readonly data: FusionPhaseCompletedData
}

/** The wire form of {@link AssistantFusionPhaseCompletedEvent}. */
export interface AssistantFusionPhaseCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "assistant.fusion_phase_completed"
  readonly data: FusionPhaseCompletedData
}

/** Experimental durable typed HydraFusion phase failure and degradation transition. */
export interface FusionPhaseFailedData {
  /** Identifier of the HydraFusion turn containing the phase. */
  readonly fusionId: string
  /** Stable identifier for the failed phase. */
  readonly phaseId: string
  /** Kind of phase that failed. */
  readonly phaseKind: FusionPhaseKind
  /** Semantic role assigned to the failed phase. */
  readonly role: string
  /** Conversation scope in which the phase executed. */
  readonly conversationScope: FusionConversationScope
  /** Concrete model that attempted the phase. */
  readonly model: string
  /** Durable outcome status of the phase. */
  readonly status: FusionPhaseStatus
  /** Stable machine-readable reason for the phase failure. */
  readonly reason: string
  /** Elapsed execution time before the phase failed, in milliseconds. */
  readonly durationMs: number
  /** Aggregate concrete-model usage consumed before the failure. */
  readonly usage: FusionPhaseUsage
  /** Provider or execution error detail, when available. */
  readonly errorMessage?: string | undefined
  /** Identifier of the fallback phase used to continue the turn after degradation. */
  readonly degradedToPhaseId?: string | undefined
}

/** Session event "assistant.fusion_phase_failed". Experimental durable typed HydraFusion phase failure and degradation transition. */
export interface AssistantFusionPhaseFailedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.fusion_phase_failed". */
  readonly type: "assistant.fusion_phase_failed"
  /** Experimental durable typed HydraFusion phase failure and degradation transition. */
  readonly data: FusionPhaseFailedData
}

/** The wire form of {@link AssistantFusionPhaseFailedEvent}. */
export interface AssistantFusionPhaseFailedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "assistant.fusion_phase_failed"
  readonly data: FusionPhaseFailedData
}

/** Live progress signal for a provider-hosted server tool (e.g. hosted web search) while it runs, before the finalized serverTools envelope lands on the terminal assistant.message */
export interface AssistantServerToolProgressData {
  /** Position of the hosted tool call in the response output. Stable across the call's lifecycle events (unlike the provider's per-event item id, which CAPI rotates), so the host keys the live in-progress row on it. */
  readonly outputIndex: number
  /** Kind of hosted server tool that is running. Only `web_search` is emitted today. */
  readonly kind: string
  /** Lifecycle status of the hosted call: `in_progress`, `searching`, or `completed`. */
  readonly status: string
}

/** Session event "assistant.server_tool_progress". Live progress signal for a provider-hosted server tool (e.g. hosted web search) while it runs, before the finalized serverTools envelope lands on the terminal assistant.message */
export interface AssistantServerToolProgressEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.server_tool_progress". */
  readonly type: "assistant.server_tool_progress"
  /** Live progress signal for a provider-hosted server tool (e.g. hosted web search) while it runs, before the finalized serverTools envelope lands on the terminal assistant.message */
  readonly data: AssistantServerToolProgressData
}

/** The wire form of {@link AssistantServerToolProgressEvent}. */
export interface AssistantServerToolProgressEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.server_tool_progress"
  readonly data: AssistantServerToolProgressData
}

/** Assistant reasoning content for timeline display with complete thinking text */
export interface AssistantReasoningData {
  /** Unique identifier for this reasoning block */
  readonly reasoningId: string
  /** The complete extended thinking text from the model */
  readonly content: string
  /** Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable. */
  readonly rte?: boolean | undefined
}

/** Session event "assistant.reasoning". Assistant reasoning content for timeline display with complete thinking text */
export interface AssistantReasoningEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.reasoning". */
  readonly type: "assistant.reasoning"
  /** Assistant reasoning content for timeline display with complete thinking text */
  readonly data: AssistantReasoningData
}

/** The wire form of {@link AssistantReasoningEvent}. */
export interface AssistantReasoningEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "assistant.reasoning"
  readonly data: AssistantReasoningData
}

/** Streaming reasoning delta for incremental extended thinking updates */
export interface AssistantReasoningDeltaData {
  /** Reasoning block ID this delta belongs to, matching the corresponding assistant.reasoning event */
  readonly reasoningId: string
  /** Incremental text chunk to append to the reasoning content */
  readonly deltaContent: string
}

/** Session event "assistant.reasoning_delta". Streaming reasoning delta for incremental extended thinking updates */
export interface AssistantReasoningDeltaEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.reasoning_delta". */
  readonly type: "assistant.reasoning_delta"
  /** Streaming reasoning delta for incremental extended thinking updates */
  readonly data: AssistantReasoningDeltaData
}

/** The wire form of {@link AssistantReasoningDeltaEvent}. */
export interface AssistantReasoningDeltaEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.reasoning_delta"
  readonly data: AssistantReasoningDeltaData
}

/** Tool call type: "function" for standard tool calls, "custom" for grammar-based tool calls. Defaults to "function" when absent. */
export type AssistantMessageToolRequestType = "function" | "custom" | (string & {})

/** Streaming tool-call input delta for incremental tool-call updates */
export interface AssistantToolCallDeltaData {
  /** Tool call ID this delta belongs to, matching the corresponding assistant.message tool request */
  readonly toolCallId: string
  /** Name of the tool being invoked, when known from the stream */
  readonly toolName?: string | undefined
  /** Tool call type, when known from the stream */
  readonly toolType?: AssistantMessageToolRequestType | undefined
  /** Raw provider tool input fragment to append for this tool call. Function/tool-use providers stream serialized JSON argument text (so newlines inside JSON string values may appear as escaped `\n` until the accumulated JSON is parsed); custom tool calls stream raw custom input. */
  readonly inputDelta: string
}

/** Session event "assistant.tool_call_delta". Streaming tool-call input delta for incremental tool-call updates */
export interface AssistantToolCallDeltaEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.tool_call_delta". */
  readonly type: "assistant.tool_call_delta"
  /** Streaming tool-call input delta for incremental tool-call updates */
  readonly data: AssistantToolCallDeltaData
}

/** The wire form of {@link AssistantToolCallDeltaEvent}. */
export interface AssistantToolCallDeltaEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.tool_call_delta"
  readonly data: AssistantToolCallDeltaData
}

/** Streaming response progress with cumulative byte count */
export interface AssistantStreamingDeltaData {
  /** Cumulative total bytes received from the streaming response so far */
  readonly totalResponseSizeBytes: number
}

/** Session event "assistant.streaming_delta". Streaming response progress with cumulative byte count */
export interface AssistantStreamingDeltaEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.streaming_delta". */
  readonly type: "assistant.streaming_delta"
  /** Streaming response progress with cumulative byte count */
  readonly data: AssistantStreamingDeltaData
}

/** The wire form of {@link AssistantStreamingDeltaEvent}. */
export interface AssistantStreamingDeltaEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.streaming_delta"
  readonly data: AssistantStreamingDeltaData
}

/** Hosted program caller type */
export type AssistantMessageToolRequestCallerType = "program"

/** Hosted program that requested this client tool call */
export interface AssistantMessageToolRequestCaller {
  /** Kind of hosted caller that requested the client tool call. */
  readonly type: AssistantMessageToolRequestCallerType
  /** Provider-assigned identifier for the hosted caller. */
  readonly callerId: string
}

/** A tool invocation request from the assistant */
export interface AssistantMessageToolRequest {
  /** Unique identifier for this tool call */
  readonly toolCallId: string
  /** Name of the tool being invoked */
  readonly name: string
  /** Arguments to pass to the tool, format depends on the tool */
  readonly arguments?: unknown | undefined
  /** Tool call type: "function" for standard tool calls, "custom" for grammar-based tool calls. Defaults to "function" when absent. */
  readonly type?: AssistantMessageToolRequestType | undefined
  /** Human-readable display title for the tool */
  readonly toolTitle?: string | undefined
  /** Name of the MCP server hosting this tool, when the tool is an MCP tool */
  readonly mcpServerName?: string | undefined
  /** Original tool name on the MCP server, when the tool is an MCP tool */
  readonly mcpToolName?: string | undefined
  /** Resolved intention summary describing what this specific call does */
  readonly intentionSummary?: string | null | undefined
  /** Hosted program that requested this client tool call */
  readonly caller?: AssistantMessageToolRequestCaller | undefined
}

/** Neutral provider-tagged server-side tool-use payload (tool search, advisor) for verbatim round-tripping */
export interface AssistantMessageServerTools {
  /** Model provider that produced this server-tool payload. */
  readonly provider: string
  /** Provider-native server-tool call and output items preserved verbatim for replay. */
  readonly items?: ReadonlyArray<unknown> | undefined
  /** Provider function-call namespaces keyed by function-call identifier. */
  readonly functionCallNamespaces?: { readonly [key: string]: string } | undefined
  /** Raw provider content blocks retained for verbatim round-tripping. */
  readonly rawContentBlocks?: ReadonlyArray<unknown> | undefined
  /** Advisor model identifier associated with the server-tool payload. */
  readonly advisorModel?: string | undefined
}

/** Neutral provider-tagged reasoning content blocks preserved verbatim for round-tripping */
export interface AssistantMessageReasoningBlocks {
  /** Model provider that produced these reasoning blocks. */
  readonly provider: string
  /** Provider-native reasoning items or content blocks preserved verbatim, in order. A single response can carry several, and provider signatures or identifiers may depend on their exact content and ordering. */
  readonly blocks?: ReadonlyArray<unknown> | undefined
}

/** The system that produced a citation. */
export type CitationProvider = "anthropic" | "openai" | "client" | (string & {})

/** A source that backs one or more cited spans in the assistant's response. */
export interface CitationSource {
  /** Stable, turn-scoped identifier for this source, referenced by CitationReference.sourceId. */
  readonly id: string
  /** The system that produced this citation. */
  readonly provider: CitationProvider
  /** Human-readable title of the source. */
  readonly title?: string | undefined
  /** URL of the source, when it is a web resource. */
  readonly url?: string | undefined
  /** File path relative to the agent's workspace root, when the source is a file. */
  readonly path?: string | undefined
}

/** A character range within the source's text content. */
export interface CitationLocationChar {
  /** Citation location type discriminator */
  readonly type: "char"
  /** Start character offset within the source text (zero-based, inclusive). */
  readonly startIndex: number
  /** End character offset within the source text (zero-based, exclusive). */
  readonly endIndex: number
}

/** A page range within a paginated source document. */
export interface CitationLocationPage {
  /** Citation location type discriminator */
  readonly type: "page"
  /** First page number of the cited range. */
  readonly startPage: number
  /** Last page number of the cited range (inclusive). */
  readonly endPage: number
}

/** A content-block range within a structured source document. */
export interface CitationLocationBlock {
  /** Citation location type discriminator */
  readonly type: "block"
  /** Index of the first content block of the cited range (zero-based, inclusive). */
  readonly startBlock: number
  /** Index of the last content block of the cited range (zero-based, exclusive). */
  readonly endBlock: number
}

/** Location within a cited source (character, page, or content-block range) that supports a span. */
export type CitationLocation = CitationLocationChar | CitationLocationPage | CitationLocationBlock

/** A single citation occurrence linking a span of generated text to a supporting source. */
export interface CitationReference {
  /** Identifier of the CitationSource this reference points to (CitationSource.id). */
  readonly sourceId: string
  /** The exact text from the source that supports the cited span, when provided by the model. */
  readonly citedText?: string | undefined
  /** Location within the source that supports the cited span, when the provider reports one. */
  readonly location?: CitationLocation | undefined
  /** Provider-native citation correlation data (e.g. Anthropic search_result_index / document_index), passed through opaquely for debugging and forward compatibility. */
  readonly providerMetadata?: unknown | undefined
}

/** A contiguous span of generated assistant text and the source references that support it. */
export interface CitationSpan {
  /** Start offset of the cited span within the final assistant message content (UTF-16 code units, zero-based, inclusive). */
  readonly startIndex: number
  /** End offset of the cited span within the final assistant message content (UTF-16 code units, zero-based, exclusive). */
  readonly endIndex: number
  /** The sources that support this span of generated text. */
  readonly references: ReadonlyArray<CitationReference>
}

/** Provider-agnostic citations linking spans of the assistant's response to their supporting sources. */
export interface Citations {
  /** Deduplicated set of sources referenced by the citation spans. */
  readonly sources: ReadonlyArray<CitationSource>
  /** Spans of generated text annotated with the sources that support them. */
  readonly spans: ReadonlyArray<CitationSpan>
}

/** Experimental attribution linking an ordinary event to the HydraFusion turn, phase, and concrete source that produced it. */
export interface FusionAttribution {
  /** Stable identifier for the HydraFusion turn that produced the event. */
  readonly fusionId: string
  /** Idempotency identifier for the authoritative commit, when the event belongs to the selected output. */
  readonly commitId?: string | undefined
  /** Synthetic HydraFusion model selected for the session. */
  readonly syntheticModel: string
  /** HydraFusion routing policy used for the turn. */
  readonly policy: string
  /** HydraFusion orchestration pattern selected for the turn. */
  readonly pattern: string
  /** Identifier of the concrete phase that produced the event. */
  readonly phaseId?: string | undefined
  /** Kind of concrete phase that produced the event. */
  readonly phaseKind?: string | undefined
  /** Semantic role assigned to the concrete phase. */
  readonly role?: string | undefined
  /** Concrete model that produced the attributed event. */
  readonly sourceModel?: string | undefined
  /** Conversation scope in which the concrete phase executed. */
  readonly conversationScope?: string | undefined
  /** Phase whose output supplied the authoritative content, when different from the executing phase. */
  readonly sourcePhaseId?: string | undefined
}

/** Assistant response containing text content, optional tool requests, and interaction metadata */
export interface AssistantMessageData {
  /** Unique identifier for this assistant message */
  readonly messageId: string
  /** Logical ID of the primary user message that initiated this run, matching the messageId returned by session.send (or the last messageId of session.sendMessages). Stable across model/tool iterations, steering messages, and stop-hook corrections. Subagent runs use their own initiating message ID, not the parent's. Absent for runs without an associated initiating message, such as empty batches. */
  readonly originatingMessageId?: string | undefined
  /** Model that produced this assistant message, if known */
  readonly model?: string | undefined
  /** The assistant's text response content */
  readonly content: string
  /** Tool invocations requested by the assistant in this message */
  readonly toolRequests?: ReadonlyArray<AssistantMessageToolRequest> | undefined
  /** Opaque/encrypted extended thinking data from Anthropic models. Session-bound and stripped on resume. */
  readonly reasoningOpaque?: string | undefined
  /** Readable reasoning text from the model's extended thinking */
  readonly reasoningText?: string | undefined
  /** OpenAI-compatible wire field the provider used for reasoning (e.g. reasoning_content/reasoning). Populated only when non-canonical, so the dialect round-trips across turns. */
  readonly reasoningWireField?: string | undefined
  /** Encrypted reasoning content from OpenAI models. Session-bound and stripped on resume. */
  readonly encryptedContent?: string | undefined
  /** Generation phase for phased-output models (e.g., thinking vs. response phases) */
  readonly phase?: string | undefined
  /** Zero-based position of this message within its model call's response. Absent when the response was not split into chunks. */
  readonly chunkIndex?: number | undefined
  /** Total messages the model call's response was split into, one per reasoning boundary. Absent for a single-message response; the last chunk is the one where chunkIndex is chunkCount - 1. */
  readonly chunkCount?: number | undefined
  /** Actual output token count from the API response (completion_tokens), used for accurate token accounting */
  readonly outputTokens?: number | undefined
  /** CAPI interaction ID for correlating this message with upstream telemetry */
  readonly interactionId?: string | undefined
  /** GitHub request tracing ID (x-github-request-id header) for correlating with server-side logs */
  readonly requestId?: string | undefined
  /** Client-minted request id (x-request-id header) echoed by the server. Distinct from requestId (x-github-request-id) and serviceRequestId (x-copilot-service-request-id). */
  readonly clientRequestId?: string | undefined
  /** Copilot service request ID (x-copilot-service-request-id header) for CAPI log correlation */
  readonly serviceRequestId?: string | undefined
  /** Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable. */
  readonly rte?: boolean | undefined
  /** Provider's completion / response identifier; shared across all chunks of a single API call. Used to group multi-chunk assistant utterances. */
  readonly apiCallId?: string | undefined
  /** Neutral provider-tagged server-side tool-use payload (tool search, advisor) for verbatim round-tripping */
  readonly serverTools?: AssistantMessageServerTools | undefined
  /** Neutral provider-tagged reasoning content blocks preserved verbatim for round-tripping. `reasoningText` and `reasoningOpaque` are a lossy derived view of these blocks, retained for display. */
  readonly reasoningBlocks?: AssistantMessageReasoningBlocks | undefined
  /** Identifier for the agent loop turn that produced this message, matching the corresponding assistant.turn_start event */
  readonly turnId?: string | undefined
  /**
   * Tool call ID of the parent tool invocation when this event originates from a sub-agent
   *
   * @deprecated
   */
  readonly parentToolCallId?: string | undefined
  /** Provider-agnostic citations linking spans of this message's content to the sources that support them. Experimental; only populated when citation emission is enabled. */
  readonly citations?: Citations | undefined
  /** Experimental HydraFusion source attribution for this ordinary authoritative assistant message. */
  readonly fusion?: FusionAttribution | undefined
}

/** Session event "assistant.message". Assistant response containing text content, optional tool requests, and interaction metadata */
export interface AssistantMessageEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.message". */
  readonly type: "assistant.message"
  /** Assistant response containing text content, optional tool requests, and interaction metadata */
  readonly data: AssistantMessageData
}

/** The wire form of {@link AssistantMessageEvent}. */
export interface AssistantMessageEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "assistant.message"
  readonly data: AssistantMessageData
}

/** Streaming assistant message start metadata */
export interface AssistantMessageStartData {
  /** Message ID this start event belongs to, matching subsequent deltas and assistant.message */
  readonly messageId: string
  /** Generation phase this message belongs to for phased-output models */
  readonly phase?: string | undefined
}

/** Session event "assistant.message_start". Streaming assistant message start metadata */
export interface AssistantMessageStartEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.message_start". */
  readonly type: "assistant.message_start"
  /** Streaming assistant message start metadata */
  readonly data: AssistantMessageStartData
}

/** The wire form of {@link AssistantMessageStartEvent}. */
export interface AssistantMessageStartEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.message_start"
  readonly data: AssistantMessageStartData
}

/** Streaming assistant message delta for incremental response updates */
export interface AssistantMessageDeltaData {
  /** Message ID this delta belongs to, matching the corresponding assistant.message event */
  readonly messageId: string
  /** Incremental text chunk to append to the message content */
  readonly deltaContent: string
  /**
   * Tool call ID of the parent tool invocation when this event originates from a sub-agent
   *
   * @deprecated
   */
  readonly parentToolCallId?: string | undefined
}

/** Session event "assistant.message_delta". Streaming assistant message delta for incremental response updates */
export interface AssistantMessageDeltaEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.message_delta". */
  readonly type: "assistant.message_delta"
  /** Streaming assistant message delta for incremental response updates */
  readonly data: AssistantMessageDeltaData
}

/** The wire form of {@link AssistantMessageDeltaEvent}. */
export interface AssistantMessageDeltaEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.message_delta"
  readonly data: AssistantMessageDeltaData
}

/** Turn completion metadata including the turn identifier */
export interface AssistantTurnEndData {
  /** Identifier of the turn that has ended, matching the corresponding assistant.turn_start event */
  readonly turnId: string
  /** Model identifier used for this turn, when known */
  readonly model?: string | undefined
}

/** Session event "assistant.turn_end". Turn completion metadata including the turn identifier */
export interface AssistantTurnEndEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.turn_end". */
  readonly type: "assistant.turn_end"
  /** Turn completion metadata including the turn identifier */
  readonly data: AssistantTurnEndData
}

/** The wire form of {@link AssistantTurnEndEvent}. */
export interface AssistantTurnEndEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "assistant.turn_end"
  readonly data: AssistantTurnEndData
}

/** Payload emitted whenever the main agent's processing loop goes idle, including while related background work (running agents or in-flight attached shell commands) is still pending and the session-level idle event is therefore deferred */
export interface AssistantIdleData {
  /** True when the preceding agentic loop was cancelled via abort signal */
  readonly aborted?: boolean | undefined
}

/** Session event "assistant.idle". Payload emitted whenever the main agent's processing loop goes idle, including while related background work (running agents or in-flight attached shell commands) is still pending and the session-level idle event is therefore deferred */
export interface AssistantIdleEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.idle". */
  readonly type: "assistant.idle"
  /** Payload emitted whenever the main agent's processing loop goes idle, including while related background work (running agents or in-flight attached shell commands) is still pending and the session-level idle event is therefore deferred */
  readonly data: AssistantIdleData
}

/** The wire form of {@link AssistantIdleEvent}. */
export interface AssistantIdleEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.idle"
  readonly data: AssistantIdleData
}

/** Transport used for a successful model call */
export type AssistantUsageTransport = "http" | "websocket" | (string & {})

/** API endpoint used for this model call, matching CAPI supported_endpoints vocabulary */
export type AssistantUsageApiEndpoint = "/chat/completions" | "/v1/messages" | "/responses" | "ws:/responses" | (string & {})

/** Internal per-quota snapshot for assistant usage, including entitlement, consumed requests, overage, reset date, and remaining quota. */
export interface AssistantUsageQuotaSnapshot {
  /** Whether the user has an unlimited usage entitlement */
  readonly isUnlimitedEntitlement: boolean
  /** Total requests allowed by the entitlement */
  readonly entitlementRequests: number
  /** Number of requests already consumed */
  readonly usedRequests: number
  /** Whether usage is still permitted after quota exhaustion */
  readonly usageAllowedWithExhaustedQuota: boolean
  /** Number of additional usage requests made this period */
  readonly overage: number
  /** Whether additional usage is allowed when quota is exhausted */
  readonly overageAllowedWithExhaustedQuota: boolean
  /** Percentage of quota remaining (0 to 100) */
  readonly remainingPercentage: number
  /** Date when the quota resets */
  readonly resetDate?: Date | undefined
  /** Whether the user currently has quota available for use */
  readonly hasQuota?: boolean | undefined
  /** Whether this snapshot uses token-based billing (AI-credits allocation) */
  readonly tokenBasedBilling?: boolean | undefined
  /** Pay-as-you-go additional-usage budget cap in AI credits (1 credit = $0.01); present only when CAPI emits a finite value */
  readonly overageEntitlement?: number | undefined
}

/** The wire form of {@link AssistantUsageQuotaSnapshot}. */
export interface AssistantUsageQuotaSnapshotEncoded {
  readonly isUnlimitedEntitlement: boolean
  readonly entitlementRequests: number
  readonly usedRequests: number
  readonly usageAllowedWithExhaustedQuota: boolean
  readonly overage: number
  readonly overageAllowedWithExhaustedQuota: boolean
  readonly remainingPercentage: number
  readonly resetDate?: string | undefined
  readonly hasQuota?: boolean | undefined
  readonly tokenBasedBilling?: boolean | undefined
  readonly overageEntitlement?: number | undefined
}

/** Token usage detail for a single billing category */
export interface AssistantUsageCopilotUsageTokenDetail {
  /** Number of tokens in this billing batch */
  readonly batchSize: number
  /** Cost per batch of tokens */
  readonly costPerBatch: number
  /** Model responsible for this billing entry */
  readonly model?: string | undefined
  /** Total token count for this entry */
  readonly tokenCount: number
  /** Token category (e.g., "input", "output") */
  readonly tokenType: string
}

/** Per-request cost and usage data from the CAPI copilot_usage response field */
export interface AssistantUsageCopilotUsage {
  /** Default billing model for token details that do not identify their own model */
  readonly model?: string | undefined
  /** Itemized token usage breakdown */
  readonly tokenDetails?: ReadonlyArray<AssistantUsageCopilotUsageTokenDetail> | undefined
  /** Total cost in nano-AI units for this request */
  readonly totalNanoAiu: number
}

/** LLM API call usage metrics including tokens, costs, quotas, and billing information */
export interface AssistantUsageData {
  /** Model identifier used for this API call */
  readonly model: string
  /** Number of input tokens consumed */
  readonly inputTokens?: number | undefined
  /** Number of output tokens produced */
  readonly outputTokens?: number | undefined
  /** Number of tokens read from prompt cache */
  readonly cacheReadTokens?: number | undefined
  /** Number of tokens written to prompt cache */
  readonly cacheWriteTokens?: number | undefined
  /** Updated prompt-cache expiration for this model call. Present only when the call establishes or refreshes known cache state. */
  readonly cacheExpiresAt?: Date | undefined
  /** Number of output tokens used for reasoning (e.g., chain-of-thought) */
  readonly reasoningTokens?: number | undefined
  /** Model multiplier cost for billing purposes */
  readonly cost?: number | undefined
  /** Duration of the API call in milliseconds */
  readonly duration?: number | undefined
  /** Time to first token in milliseconds. Only available for streaming requests */
  readonly timeToFirstTokenMs?: number | undefined
  /** Time to first observable model output in milliseconds. Includes text, reasoning, and tool-call output; only available for streaming requests that produce observable output. */
  readonly outputTtftMs?: number | undefined
  /** Average inter-token latency in milliseconds. Only available for streaming requests */
  readonly interTokenLatencyMs?: number | undefined
  /** What initiated this API call (e.g., "sub-agent", "mcp-sampling"); absent for user-initiated calls */
  readonly initiator?: string | undefined
  /** Coarse classification of the interaction that produced this call, mirroring the session's per-request agent context (e.g. `conversation-agent`, `conversation-subagent`, `conversation-sampling`, `conversation-background`, `conversation-compaction`, `conversation-user`). Non-billing; lets consumers attribute a model call to a call class (e.g. sub-agent/sidekick) independently of the billing initiator. Absent when the runtime did not classify the request. */
  readonly interactionType?: string | undefined
  /** Whether this model call used a bring-your-own-key provider */
  readonly isByok?: boolean | undefined
  /** Whether Auto mode was selected for this model call */
  readonly isAuto?: boolean | undefined
  /** Effective maximum prompt-token limit used for this model call */
  readonly maxPromptTokens?: number | undefined
  /** Requested maximum output tokens used for this model call */
  readonly maxOutputTokens?: number | undefined
  /** Number of accepted speculative prediction tokens */
  readonly acceptedPredictionTokens?: number | undefined
  /** Number of rejected speculative prediction tokens */
  readonly rejectedPredictionTokens?: number | undefined
  /** Transport used for this model call (http or websocket) */
  readonly transport?: AssistantUsageTransport | undefined
  /** Completion ID from the model provider (e.g., chatcmpl-abc123) */
  readonly apiCallId?: string | undefined
  /** GitHub request tracing ID (x-github-request-id header) for server-side log correlation */
  readonly providerCallId?: string | undefined
  /** Copilot service request ID (x-copilot-service-request-id header) for CAPI log correlation */
  readonly serviceRequestId?: string | undefined
  /** Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable. */
  readonly rte?: boolean | undefined
  /** API endpoint used for this model call, matching CAPI supported_endpoints vocabulary */
  readonly apiEndpoint?: AssistantUsageApiEndpoint | undefined
  /**
   * Parent tool call ID when this usage originates from a sub-agent
   *
   * @deprecated
   */
  readonly parentToolCallId?: string | undefined
  /** Per-quota resource usage snapshots, keyed by quota identifier */
  readonly quotaSnapshots?: { readonly [key: string]: AssistantUsageQuotaSnapshot } | undefined
  /** Per-request cost and usage data from the CAPI copilot_usage response field */
  readonly copilotUsage?: AssistantUsageCopilotUsage | undefined
  /** Reasoning effort level used for model calls, if applicable (e.g. "none", "low", "medium", "high", "xhigh", "max") */
  readonly reasoningEffort?: string | undefined
  /** Reasoning summary mode used for this model call, if applicable */
  readonly reasoningSummary?: ReasoningSummary | undefined
  /** Number of tools available to the model for this call */
  readonly availableToolCount?: number | undefined
  /** Number of tokens used by tool definitions for this call */
  readonly toolTokenCount?: number | undefined
  /** How the prompt-cache frontier was determined for this call */
  readonly frontierSource?: string | undefined
  /** Effective prompt-cache lifetime in seconds for this call */
  readonly cacheTtlSeconds?: number | undefined
  /** Whether the provider reported prompt-cache usage details for this call */
  readonly cacheDetailsReported?: boolean | undefined
  /** Number of tool calls returned by the model */
  readonly numToolCalls?: number | undefined
  /** Tool-call counts keyed by tool name */
  readonly toolCounts?: { readonly [key: string]: number } | undefined
  /** Finish reason reported by the model for this API call (e.g. "stop", "length", "tool_calls", "content_filter"). Normalized to OpenAI vocabulary; for Anthropic models a "refusal" stop reason maps to "content_filter". */
  readonly finishReason?: string | undefined
  /** Whether the model response was blocked or truncated by content filtering (finish_reason === 'content_filter'). For Anthropic models this corresponds to a 'refusal' stop reason. */
  readonly contentFilterTriggered?: boolean | undefined
  /** Experimental HydraFusion attribution for this concrete model call's usage. */
  readonly fusion?: FusionAttribution | undefined
}

/** The wire form of {@link AssistantUsageData}. */
export interface AssistantUsageDataEncoded {
  readonly model: string
  readonly inputTokens?: number | undefined
  readonly outputTokens?: number | undefined
  readonly cacheReadTokens?: number | undefined
  readonly cacheWriteTokens?: number | undefined
  readonly cacheExpiresAt?: string | undefined
  readonly reasoningTokens?: number | undefined
  readonly cost?: number | undefined
  readonly duration?: number | undefined
  readonly timeToFirstTokenMs?: number | undefined
  readonly outputTtftMs?: number | undefined
  readonly interTokenLatencyMs?: number | undefined
  readonly initiator?: string | undefined
  readonly interactionType?: string | undefined
  readonly isByok?: boolean | undefined
  readonly isAuto?: boolean | undefined
  readonly maxPromptTokens?: number | undefined
  readonly maxOutputTokens?: number | undefined
  readonly acceptedPredictionTokens?: number | undefined
  readonly rejectedPredictionTokens?: number | undefined
  readonly transport?: AssistantUsageTransport | undefined
  readonly apiCallId?: string | undefined
  readonly providerCallId?: string | undefined
  readonly serviceRequestId?: string | undefined
  readonly rte?: boolean | undefined
  readonly apiEndpoint?: AssistantUsageApiEndpoint | undefined
  readonly parentToolCallId?: string | undefined
  readonly quotaSnapshots?: { readonly [key: string]: AssistantUsageQuotaSnapshotEncoded } | undefined
  readonly copilotUsage?: AssistantUsageCopilotUsage | undefined
  readonly reasoningEffort?: string | undefined
  readonly reasoningSummary?: ReasoningSummary | undefined
  readonly availableToolCount?: number | undefined
  readonly toolTokenCount?: number | undefined
  readonly frontierSource?: string | undefined
  readonly cacheTtlSeconds?: number | undefined
  readonly cacheDetailsReported?: boolean | undefined
  readonly numToolCalls?: number | undefined
  readonly toolCounts?: { readonly [key: string]: number } | undefined
  readonly finishReason?: string | undefined
  readonly contentFilterTriggered?: boolean | undefined
  readonly fusion?: FusionAttribution | undefined
}

/** Session event "assistant.usage". LLM API call usage metrics including tokens, costs, quotas, and billing information */
export interface AssistantUsageEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "assistant.usage". */
  readonly type: "assistant.usage"
  /** LLM API call usage metrics including tokens, costs, quotas, and billing information */
  readonly data: AssistantUsageData
}

/** The wire form of {@link AssistantUsageEvent}. */
export interface AssistantUsageEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "assistant.usage"
  readonly data: AssistantUsageDataEncoded
}

/** A detected loss of a previously cached prompt prefix */
export interface PromptCacheBreakData {
  /** The highest-precedence reason for the cache break */
  readonly primaryReason: string
  /** All reasons that contributed to the cache break, ordered by precedence */
  readonly contributingReasons: ReadonlyArray<string>
  /** Request state that established the prior cache frontier */
  readonly beforeRequest?: unknown | undefined
  /** Request state whose cached prefix fell short */
  readonly afterRequest?: unknown | undefined
  /** Number of cached prefix tokens that survived */
  readonly survivedTokens: number
  /** Prior cached prompt frontier in tokens */
  readonly frontierTokens: number
  /** Cached prefix tokens lost since the prior call */
  readonly shortfallTokens: number
  /** Fraction of the prior cache frontier that survived */
  readonly retentionRatio: number
  /** Model that held the prior cache frontier, when the call changed models */
  readonly modelFrom?: string | undefined
  /** Model this call targeted, when the call changed models */
  readonly modelTo?: string | undefined
  /** Telemetry-safe names of tools added since the prior call */
  readonly toolsAdded?: ReadonlyArray<string> | undefined
  /** Telemetry-safe names of tools removed since the prior call */
  readonly toolsRemoved?: ReadonlyArray<string> | undefined
  /** Telemetry-safe names of tools whose definition changed since the prior call */
  readonly toolsRedefined?: ReadonlyArray<string> | undefined
  /** Raw names of tools added since the prior call, restricted because a tool name can be user-authored */
  readonly toolsAddedRaw?: ReadonlyArray<string> | undefined
  /** Raw names of tools removed since the prior call, restricted because a tool name can be user-authored */
  readonly toolsRemovedRaw?: ReadonlyArray<string> | undefined
  /** Raw names of tools redefined since the prior call, restricted because a tool name can be user-authored */
  readonly toolsRedefinedRaw?: ReadonlyArray<string> | undefined
  /** Whether the tool list kept its members but changed their order */
  readonly toolsReordered?: boolean | undefined
  /** Names of the system-prompt segments whose content changed */
  readonly systemSegmentsChanged?: ReadonlyArray<string> | undefined
  /** Names of the cache-configuration fields that changed */
  readonly cacheConfigChangedFields?: ReadonlyArray<string> | undefined
  /** Index of the first conversation message whose content changed */
  readonly rewriteMessageIndex?: number | undefined
  /** Shape of the history rewrite, for example whether the history grew or shrank */
  readonly rewriteShape?: string | undefined
  /** Subsystems that announced a history rewrite before this call, for example compaction or truncation */
  readonly rewriteSource?: ReadonlyArray<string> | undefined
  /** Name of the sub-agent whose conversation broke, stamped by the parent bridge */
  readonly agentName?: string | undefined
}

/** Session event "prompt_cache_break". A detected loss of a previously cached prompt prefix */
export interface PromptCacheBreakEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "prompt_cache_break". */
  readonly type: "prompt_cache_break"
  /** A detected loss of a previously cached prompt prefix */
  readonly data: PromptCacheBreakData
}

/** The wire form of {@link PromptCacheBreakEvent}. */
export interface PromptCacheBreakEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "prompt_cache_break"
  readonly data: PromptCacheBreakData
}

/** Boundary that produced a model call failure */
export type ModelCallFailureKind = "api" | "transport" | (string & {})

/** Where the failed model call originated */
export type ModelCallFailureSource = "top_level" | "subagent" | "mcp_sampling" | (string & {})

/** For HTTP 400 failures only: whether the response carried a structured CAPI error envelope (structured_error, a deterministic validation failure) or no error body (bodyless, the transient gateway/proxy signature). Absent for non-400 failures. */
export type ModelCallFailureBadRequestKind = "bodyless" | "structured_error" | (string & {})

/** Content-free structural summary of the failing request for diagnosing malformed 4xx calls */
export interface ModelCallFailureRequestFingerprint {
  /** Total number of messages in the request */
  readonly messageCount: number
  /** Number of "tool" result messages in the request */
  readonly toolResultMessageCount: number
  /** Total number of tool calls across assistant messages */
  readonly toolCallCount: number
  /** Tool calls whose name is missing or empty (rejected by strict providers) */
  readonly namelessToolCallCount: number
  /** Total number of image content parts */
  readonly imagePartCount: number
  /** Image parts whose media type cannot be determined (rejected by strict providers) */
  readonly imagePartsMissingMediaType: number
  /** Role of the final message in the request */
  readonly lastMessageRole?: string | undefined
}

/** Failed LLM API call metadata for telemetry */
export interface ModelCallFailureData {
  /** Model identifier used for the failed API call */
  readonly model?: string | undefined
  /** What initiated this API call (e.g., "sub-agent", "mcp-sampling"); absent for user-initiated calls */
  readonly initiator?: string | undefined
  /** Completion ID from the model provider (e.g., chatcmpl-abc123) */
  readonly apiCallId?: string | undefined
  /** GitHub request tracing ID (x-github-request-id header) for server-side log correlation */
  readonly providerCallId?: string | undefined
  /** Copilot service request ID (x-copilot-service-request-id header) for CAPI log correlation */
  readonly serviceRequestId?: string | undefined
  /** Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable. */
  readonly rte?: boolean | undefined
  /** HTTP status code from the failed request */
  readonly statusCode?: number | undefined
  /** Duration of the failed API call in milliseconds */
  readonly durationMs?: number | undefined
  /** API endpoint used for this model call, matching CAPI supported_endpoints vocabulary */
  readonly apiEndpoint?: AssistantUsageApiEndpoint | undefined
  /** Transport used for the failed model call (http or websocket) */
  readonly transport?: ModelCallFailureTransport | undefined
  /** Whether the failure originated from an API response or the request transport */
  readonly failureKind?: ModelCallFailureKind | undefined
  /** Effective maximum prompt-token limit for the failed call */
  readonly maxPromptTokens?: number | undefined
  /** Effective maximum output-token limit for the failed call */
  readonly maxOutputTokens?: number | undefined
  /** Whether the failed call used a bring-your-own-key provider */
  readonly isByok?: boolean | undefined
  /** Whether the session selected Auto mode for the failed call */
  readonly isAuto?: boolean | undefined
  /** Reasoning effort level used for the failed model call, if applicable */
  readonly reasoningEffort?: string | undefined
  /** Authoritative interaction classification for the failed call, matching `assistant.usage.interactionType` (for example `conversation-agent`, `conversation-subagent`, or `conversation-sampling`). Absent when the producer cannot classify the interaction. */
  readonly interactionType?: string | undefined
  /** Where the failed model call originated */
  readonly source: ModelCallFailureSource
  /** Raw provider/runtime error message for restricted telemetry */
  readonly errorMessage?: string | undefined
  /** For HTTP 400 failures only: whether the response carried a structured CAPI error envelope (structured_error, a deterministic validation failure) or no error body (bodyless, the transient gateway/proxy signature). Absent for non-400 failures. */
  readonly badRequestKind?: ModelCallFailureBadRequestKind | undefined
  /** For HTTP 400 failures only: the `code` from the CAPI error envelope (e.g. 'model_max_prompt_tokens_exceeded') identifying which deterministic validation failure occurred. Raw server-controlled string, emitted only through restricted telemetry. Absent for bodyless or non-400 failures. */
  readonly errorCode?: string | undefined
  /** For HTTP 400 failures only: the `type` from the CAPI error envelope (e.g. 'websocket_error'), a coarser companion to errorCode for envelopes that carry no code. Raw server-controlled string, emitted only through restricted telemetry. Absent for bodyless or non-400 failures. */
  readonly errorType?: string | undefined
  /** Per-quota usage snapshots parsed from the failed response's quota headers, keyed by quota identifier. Present when the error response carried quota headers (e.g. a 402 once the additional spend limit is reached) so the UI can refresh the quota display on failure. */
  readonly quotaSnapshots?: { readonly [key: string]: AssistantUsageQuotaSnapshot } | undefined
  /** Content-free structural summary of the failing request. Contains only counts and shape flags (no prompt content), so it is safe for unrestricted telemetry. Populated only for client-error (4xx) failures. */
  readonly requestFingerprint?: ModelCallFailureRequestFingerprint | undefined
  /** Experimental HydraFusion attribution for this failed concrete model call. */
  readonly fusion?: FusionAttribution | undefined
}

/** The wire form of {@link ModelCallFailureData}. */
export interface ModelCallFailureDataEncoded {
  readonly model?: string | undefined
  readonly initiator?: string | undefined
  readonly apiCallId?: string | undefined
  readonly providerCallId?: string | undefined
  readonly serviceRequestId?: string | undefined
  readonly rte?: boolean | undefined
  readonly statusCode?: number | undefined
  readonly durationMs?: number | undefined
  readonly apiEndpoint?: AssistantUsageApiEndpoint | undefined
  readonly transport?: ModelCallFailureTransport | undefined
  readonly failureKind?: ModelCallFailureKind | undefined
  readonly maxPromptTokens?: number | undefined
  readonly maxOutputTokens?: number | undefined
  readonly isByok?: boolean | undefined
  readonly isAuto?: boolean | undefined
  readonly reasoningEffort?: string | undefined
  readonly interactionType?: string | undefined
  readonly source: ModelCallFailureSource
  readonly errorMessage?: string | undefined
  readonly badRequestKind?: ModelCallFailureBadRequestKind | undefined
  readonly errorCode?: string | undefined
  readonly errorType?: string | undefined
  readonly quotaSnapshots?: { readonly [key: string]: AssistantUsageQuotaSnapshotEncoded } | undefined
  readonly requestFingerprint?: ModelCallFailureRequestFingerprint | undefined
  readonly fusion?: FusionAttribution | undefined
}

/** Session event "model.call_failure". Failed LLM API call metadata for telemetry */
export interface ModelCallFailureEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "model.call_failure". */
  readonly type: "model.call_failure"
  /** Failed LLM API call metadata for telemetry */
  readonly data: ModelCallFailureData
}

/** The wire form of {@link ModelCallFailureEvent}. */
export interface ModelCallFailureEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "model.call_failure"
  readonly data: ModelCallFailureDataEncoded
}

/** Final outcome of one logical model dispatch after response acceptance processing */
export type ModelCallFinishedOutcome = "success" | "error" | "cancelled" | "rejected" | (string & {})

/** Final lifecycle outcome for one logical model dispatch. A logical dispatch may include internal reconnect or fallback work, so event count is not provider HTTP-request count. */
export interface ModelCallFinishedData {
  /** Agent-loop iteration within the interaction that initiated the model dispatch */
  readonly turnId: string
  /** Identifier of the user interaction that owns the model dispatch, matching assistant.turn_start.interactionId when available */
  readonly interactionId?: string | undefined
  /** Monotonic elapsed time spent in the logical model dispatch, including any internal transport reconnect or fallback and excluding orchestrator retry backoff, tool execution, confirmations, and post-response processing */
  readonly dispatchDurationMs: number
  /** Final outcome after post-response acceptance processing */
  readonly outcome: ModelCallFinishedOutcome
  /** Whether an accepted successful response requested the exact name and command semantics of a built-in file edit tool, including an external tool explicitly replacing that built-in name. Absent when the logical dispatch did not produce an accepted response. */
  readonly containsBuiltInFileEditRequest?: boolean | undefined
  /** Version of the built-in file-edit semantic classifier used for this event */
  readonly editClassifierVersion: number
}

/** Session event "model.call_finished". Final lifecycle outcome for one logical model dispatch. A logical dispatch may include internal reconnect or fallback work, so event count is not provider HTTP-request count. */
export interface ModelCallFinishedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "model.call_finished". */
  readonly type: "model.call_finished"
  /** Final lifecycle outcome for one logical model dispatch. A logical dispatch may include internal reconnect or fallback work, so event count is not provider HTTP-request count. */
  readonly data: ModelCallFinishedData
}

/** The wire form of {@link ModelCallFinishedEvent}. */
export interface ModelCallFinishedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "model.call_finished"
  readonly data: ModelCallFinishedData
}

/** Model API dispatch metadata for internal telemetry */
export interface ModelCallStartData {
  /** Identifier of the assistant turn that initiated the model call */
  readonly turnId: string
  /** Model identifier used for this API call, when known */
  readonly model?: string | undefined
  /** Previous response or interaction identifier included in the model request, when present */
  readonly previousResponseId?: string | undefined
  /** Experimental HydraFusion attribution for this concrete model call. */
  readonly fusion?: FusionAttribution | undefined
}

/** Session event "model.call_start". Model API dispatch metadata for internal telemetry */
export interface ModelCallStartEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "model.call_start". */
  readonly type: "model.call_start"
  /** Model API dispatch metadata for internal telemetry */
  readonly data: ModelCallStartData
}

/** The wire form of {@link ModelCallStartEvent}. */
export interface ModelCallStartEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "model.call_start"
  readonly data: ModelCallStartData
}

/** Finite reason code describing why the current turn was aborted */
export type AbortReason = "user_initiated" | "remote_command" | "user_abort" | "autopilot_credit_limit" | (string & {})

/** Turn abort information including the reason for termination */
export interface AbortData {
  /** Finite reason code describing why the current turn was aborted */
  readonly reason: AbortReason
}

/** Session event "abort". Turn abort information including the reason for termination */
export interface AbortEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "abort". */
  readonly type: "abort"
  /** Turn abort information including the reason for termination */
  readonly data: AbortData
}

/** The wire form of {@link AbortEvent}. */
export interface AbortEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "abort"
  readonly data: AbortData
}

/** User-initiated tool invocation request with tool name and arguments */
export interface ToolUserRequestedData {
  /** Unique identifier for this tool call */
  readonly toolCallId: string
  /** Name of the tool the user wants to invoke */
  readonly toolName: string
  /** Arguments for the tool invocation */
  readonly arguments?: unknown | undefined
}

/** Session event "tool.user_requested". User-initiated tool invocation request with tool name and arguments */
export interface ToolUserRequestedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "tool.user_requested". */
  readonly type: "tool.user_requested"
  /** User-initiated tool invocation request with tool name and arguments */
  readonly data: ToolUserRequestedData
}

/** The wire form of {@link ToolUserRequestedEvent}. */
export interface ToolUserRequestedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "tool.user_requested"
  readonly data: ToolUserRequestedData
}

/** Shell-aware path hints for a shell tool's command, captured at start time so consumers can snapshot a file's pre-image before the tool runs. */
export interface ToolExecutionStartShellToolInfo {
  /** File paths the command may read or write, derived from the command at start time. Produced by the same shell-aware extractor as PermissionRequestShell.possiblePaths, so it is present even when the command is auto-approved and no permission request fires. */
  readonly possiblePaths: ReadonlyArray<string>
  /** Whether the command includes a file write redirection (e.g., > or >>). */
  readonly hasWriteFileRedirection: boolean
  /** The command with a redundant leading `cd` into the working directory removed, present only when there was one to remove. Computed with the same routine the shell driver applies before spawning, so a surface that renders this shows the text that actually runs. Consumers that display it should keep the original tool arguments available on demand. */
  readonly displayCommand?: string | undefined
}

/** Transport mechanism: stdio, http, sse (deprecated), or memory (in-process MCP server) */
export type McpServerTransport = "stdio" | "http" | "sse" | "memory" | (string & {})

/** Configuration source: user, workspace, plugin, builtin, or managed */
export type McpServerSource = "user" | "workspace" | "plugin" | "builtin" | "managed" | (string & {})

/** Allowed values for the `ToolExecutionStartToolDescriptionMetaUIVisibility` enumeration. */
export type ToolExecutionStartToolDescriptionMetaUIVisibility = "model" | "app" | (string & {})

/** MCP Apps tool `_meta.ui` resource URI and visibility captured on `tool.execution_start`. */
export interface ToolExecutionStartToolDescriptionMetaUI {
  /** URI of the UI resource */
  readonly resourceUri?: string | undefined
  /** Who can access this tool */
  readonly visibility?: ReadonlyArray<ToolExecutionStartToolDescriptionMetaUIVisibility> | undefined
}

/** MCP Apps metadata for UI resource association */
export interface ToolExecutionStartToolDescriptionMeta {
  /** MCP Apps tool `_meta.ui` resource URI and visibility captured on `tool.execution_start`. */
  readonly ui?: ToolExecutionStartToolDescriptionMetaUI | undefined
}

/** Tool definition metadata, present for MCP tools with MCP Apps support */
export interface ToolExecutionStartToolDescription {
  /** Tool name */
  readonly name: string
  /** Tool description */
  readonly description?: string | undefined
  /** MCP Apps metadata for UI resource association */
  readonly _meta?: ToolExecutionStartToolDescriptionMeta | undefined
}

/** Tool execution startup details including MCP server information when applicable */
export interface ToolExecutionStartData {
  /** Unique identifier for this tool call */
  readonly toolCallId: string
  /** Name of the tool being executed */
  readonly toolName: string
  /** Arguments passed to the tool */
  readonly arguments?: unknown | undefined
  /** Shell-tool path hints derived from the command at start time for shell tools (bash/powershell/local_shell). Produced by the same shell-aware extractor as PermissionRequestShell.possiblePaths, so it is present even when the command is auto-approved and no permission request fires. Absent for non-shell tools. */
  readonly shellToolInfo?: ToolExecutionStartShellToolInfo | undefined
  /** Model identifier that generated this tool call */
  readonly model?: string | undefined
  /** Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable. */
  readonly rte?: boolean | undefined
  /** Name of the MCP server hosting this tool, when the tool is an MCP tool */
  readonly mcpServerName?: string | undefined
  /** Preferred lookup name for the MCP server hosting this tool: the configured (namespaced) config-map key when the tool carries one, otherwise the display name from `mcpServerName`. Present when the tool is an MCP tool; this is the name unrestricted provenance telemetry hashes so it joins with `mcp_server_setup`, which keys off the configured name too. */
  readonly mcpConfigServerName?: string | undefined
  /** Original tool name on the MCP server, when the tool is an MCP tool */
  readonly mcpToolName?: string | undefined
  /** Transport the MCP server hosting this tool is connected over, when the tool is an MCP tool and the server is configured */
  readonly mcpTransport?: McpServerTransport | undefined
  /** Where the MCP server's configuration came from (`user`, `workspace`, `plugin`, or `builtin`), when the tool is an MCP tool and the server is configured */
  readonly mcpConfigSource?: McpServerSource | undefined
  /** Identifier for the agent loop turn this tool was invoked in, matching the corresponding assistant.turn_start event */
  readonly turnId?: string | undefined
  /** When true, the tool output should be displayed expanded (verbatim) in the CLI timeline */
  readonly displayVerbatim?: boolean | undefined
  /** Tool definition metadata, present for MCP tools with MCP Apps support */
  readonly toolDescription?: ToolExecutionStartToolDescription | undefined
  /**
   * Tool call ID of the parent tool invocation when this event originates from a sub-agent
   *
   * @deprecated
   */
  readonly parentToolCallId?: string | undefined
  /** Experimental HydraFusion attribution for this tool execution. */
  readonly fusion?: FusionAttribution | undefined
}

/** Session event "tool.execution_start". Tool execution startup details including MCP server information when applicable */
export interface ToolExecutionStartEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "tool.execution_start". */
  readonly type: "tool.execution_start"
  /** Tool execution startup details including MCP server information when applicable */
  readonly data: ToolExecutionStartData
}

/** The wire form of {@link ToolExecutionStartEvent}. */
export interface ToolExecutionStartEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "tool.execution_start"
  readonly data: ToolExecutionStartData
}

/** Streaming tool execution output for incremental result display */
export interface ToolExecutionPartialData {
  /** Tool call ID this partial result belongs to */
  readonly toolCallId: string
  /** Incremental output chunk from the running tool */
  readonly partialOutput: string
}

/** Session event "tool.execution_partial_result". Streaming tool execution output for incremental result display */
export interface ToolExecutionPartialResultEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "tool.execution_partial_result". */
  readonly type: "tool.execution_partial_result"
  /** Streaming tool execution output for incremental result display */
  readonly data: ToolExecutionPartialData
}

/** The wire form of {@link ToolExecutionPartialResultEvent}. */
export interface ToolExecutionPartialResultEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "tool.execution_partial_result"
  readonly data: ToolExecutionPartialData
}

/** Tool execution progress notification with status message */
export interface ToolExecutionProgressData {
  /** Tool call ID this progress notification belongs to */
  readonly toolCallId: string
  /** Human-readable progress status message (e.g., from an MCP server) */
  readonly progressMessage: string
}

/** Session event "tool.execution_progress". Tool execution progress notification with status message */
export interface ToolExecutionProgressEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "tool.execution_progress". */
  readonly type: "tool.execution_progress"
  /** Tool execution progress notification with status message */
  readonly data: ToolExecutionProgressData
}

/** The wire form of {@link ToolExecutionProgressEvent}. */
export interface ToolExecutionProgressEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "tool.execution_progress"
  readonly data: ToolExecutionProgressData
}

/** Plain text content block */
export interface ToolExecutionCompleteContentText {
  /** Content block type discriminator */
  readonly type: "text"
  /** The text content */
  readonly text: string
}

/**
 * Deprecated for shell command exit metadata. Use ToolExecutionCompleteContentShellExit instead.
 *
 * @deprecated
 */
export interface ToolExecutionCompleteContentTerminal {
  /** Content block type discriminator */
  readonly type: "terminal"
  /** Terminal/shell output text */
  readonly text: string
  /** Process exit code, if the command has completed */
  readonly exitCode?: number | undefined
  /** Working directory where the command was executed */
  readonly cwd?: string | undefined
}

/** Shell command exit metadata with optional output preview */
export interface ToolExecutionCompleteContentShellExit {
  /** Content block type discriminator */
  readonly type: "shell_exit"
  /** Shell id, as assigned by Copilot runtime */
  readonly shellId: string
  /** Exit code from the completed shell command */
  readonly exitCode: number
  /** Working directory where the shell command was executed */
  readonly cwd?: string | undefined
  /** Output associated with this shell command, if available. May be partial, truncated, or a preview; not guaranteed to be full output. */
  readonly outputPreview?: string | undefined
  /** Whether outputPreview is known to be incomplete or truncated */
  readonly outputTruncated?: boolean | undefined
  /** Path reported in the shell session's filesystem namespace when shell output exceeded the configured large-output threshold. */
  readonly outputFilePath?: string | undefined
}

/** Image content block with base64-encoded data */
export interface ToolExecutionCompleteContentImage {
  /** Content block type discriminator */
  readonly type: "image"
  /** Base64-encoded image data */
  readonly data: string
  /** MIME type of the image (e.g., image/png, image/jpeg) */
  readonly mimeType: string
}

/** Audio content block with base64-encoded data */
export interface ToolExecutionCompleteContentAudio {
  /** Content block type discriminator */
  readonly type: "audio"
  /** Base64-encoded audio data */
  readonly data: string
  /** MIME type of the audio (e.g., audio/wav, audio/mpeg) */
  readonly mimeType: string
}

/** Theme variant this icon is intended for */
export type ToolExecutionCompleteContentResourceLinkIconTheme = "light" | "dark" | (string & {})

/** Icon image for a resource */
export interface ToolExecutionCompleteContentResourceLinkIcon {
  /** URL or path to the icon image */
  readonly src: string
  /** MIME type of the icon image */
  readonly mimeType?: string | undefined
  /** Available icon sizes (e.g., ['16x16', '32x32']) */
  readonly sizes?: ReadonlyArray<string> | undefined
  /** Theme variant this icon is intended for */
  readonly theme?: ToolExecutionCompleteContentResourceLinkIconTheme | undefined
}

/** Resource link content block referencing an external resource */
export interface ToolExecutionCompleteContentResourceLink {
  /** Icons associated with this resource */
  readonly icons?: ReadonlyArray<ToolExecutionCompleteContentResourceLinkIcon> | undefined
  /** Resource name identifier */
  readonly name: string
  /** Human-readable display title for the resource */
  readonly title?: string | undefined
  /** URI identifying the resource */
  readonly uri: string
  /** Human-readable description of the resource */
  readonly description?: string | undefined
  /** MIME type of the resource content */
  readonly mimeType?: string | undefined
  /** Size of the resource in bytes */
  readonly size?: number | undefined
  /** Content block type discriminator */
  readonly type: "resource_link"
}

/** Embedded text resource contents identified by a URI, with an optional MIME type and a text payload. */
export interface EmbeddedTextResourceContents {
  /** URI identifying the resource */
  readonly uri: string
  /** MIME type of the text content */
  readonly mimeType?: string | undefined
  /** Text content of the resource */
  readonly text: string
}

/** Embedded binary resource contents identified by a URI, with an optional MIME type and a base64-encoded blob. */
export interface EmbeddedBlobResourceContents {
  /** URI identifying the resource */
  readonly uri: string
  /** MIME type of the blob content */
  readonly mimeType?: string | undefined
  /** Base64-encoded binary content of the resource */
  readonly blob: string
}

/** The embedded resource contents, either text or base64-encoded binary */
export type ToolExecutionCompleteContentResourceDetails = EmbeddedTextResourceContents | EmbeddedBlobResourceContents

/** Embedded resource content block with inline text or binary data */
export interface ToolExecutionCompleteContentResource {
  /** Content block type discriminator */
  readonly type: "resource"
  /** The embedded resource contents, either text or base64-encoded binary */
  readonly resource: ToolExecutionCompleteContentResourceDetails
}

/** A content block within a tool result, which may be text, terminal output, image, audio, or a resource */
export type ToolExecutionCompleteContent =
  | ToolExecutionCompleteContentText
  | ToolExecutionCompleteContentTerminal
  | ToolExecutionCompleteContentShellExit
  | ToolExecutionCompleteContentImage
  | ToolExecutionCompleteContentAudio
  | ToolExecutionCompleteContentResourceLink
  | ToolExecutionCompleteContentResource

/** Binary result type discriminator. Use "image" for images and "resource" for other binary data. */
export type PersistedBinaryImageType = "image" | "resource" | (string & {})

/** Binary result returned by a tool for the model */
export interface PersistedBinaryImage {
  /** Binary result type discriminator. Use "image" for images and "resource" for other binary data. */
  readonly type: PersistedBinaryImageType
  /** Base64-encoded binary data */
  readonly data: string
  /** MIME type of the binary data */
  readonly mimeType: string
  /** Human-readable description of the binary data */
  readonly description?: string | undefined
  /** Optional metadata from the producing tool. */
  readonly metadata?: { readonly [key: string]: unknown } | undefined
}

/** Binary result type discriminator. Use "image" for images and "resource" for other binary data. */
export type OmittedBinaryType = "image" | "resource" | (string & {})

/** A binary result whose data was omitted from persistence due to the inline size limit */
export interface OmittedBinaryResult {
  /** Binary result type discriminator. Use "image" for images and "resource" for other binary data. */
  readonly type: OmittedBinaryType
  /** MIME type of the omitted binary data */
  readonly mimeType: string
  /** Decoded byte length of the omitted binary data */
  readonly byteLength: number
  /** Why the binary data is absent: it exceeded the inline size limit, or its asset was unavailable */
  readonly omittedReason: OmittedBinaryOmittedReason
  /** Human-readable description of the binary data */
  readonly description?: string | undefined
  /** Optional metadata from the producing tool. */
  readonly metadata?: { readonly [key: string]: unknown } | undefined
}

/** Binary result type discriminator. Use "image" for images and "resource" for other binary data. */
export type BinaryAssetReferenceType = "image" | "resource" | (string & {})

/** A reference to binary data persisted once on a session.binary_asset event and shared by id */
export interface BinaryAssetReference {
  /** Binary result type discriminator. Use "image" for images and "resource" for other binary data. */
  readonly type: BinaryAssetReferenceType
  /** Content-addressed id of the session.binary_asset event that holds this binary's bytes (e.g. "sha256:..."). */
  readonly assetId: string
  /** MIME type of the referenced binary data */
  readonly mimeType: string
  /** Decoded byte length of the referenced binary data */
  readonly byteLength: number
  /** Human-readable description of the binary data */
  readonly description?: string | undefined
  /** Optional metadata from the producing tool. */
  readonly metadata?: { readonly [key: string]: unknown } | undefined
}

/** A model-facing binary result as persisted: full inline data, a size-omitted marker, or a deduplicated asset reference */
export type PersistedBinaryResult = PersistedBinaryImage | OmittedBinaryResult | BinaryAssetReference

/** CSP domain allowlists for an MCP Apps UI resource, including connect, resource, frame, and base URI domains. */
export interface ToolExecutionCompleteUIResourceMetaUICsp {
  /** Domains the UI resource may connect to. */
  readonly connectDomains?: ReadonlyArray<string> | undefined
  /** Domains from which the UI resource may load scripts, styles, images, and other resources. */
  readonly resourceDomains?: ReadonlyArray<string> | undefined
  /** Domains the UI resource may embed as nested frames. */
  readonly frameDomains?: ReadonlyArray<string> | undefined
  /** Domains the UI resource may use as document base URIs. */
  readonly baseUriDomains?: ReadonlyArray<string> | undefined
}

/** Marker object for camera permission on an MCP Apps UI resource. */
export interface ToolExecutionCompleteUIResourceMetaUIPermissionsCamera {}

/** Marker object for microphone permission on an MCP Apps UI resource. */
export interface ToolExecutionCompleteUIResourceMetaUIPermissionsMicrophone {}

/** Marker object for geolocation permission on an MCP Apps UI resource. */
export interface ToolExecutionCompleteUIResourceMetaUIPermissionsGeolocation {}

/** Marker object for clipboard-write permission on an MCP Apps UI resource. */
export interface ToolExecutionCompleteUIResourceMetaUIPermissionsClipboardWrite {}

/** Browser permission metadata for an MCP Apps UI resource, including camera, microphone, geolocation, and clipboard-write. */
export interface ToolExecutionCompleteUIResourceMetaUIPermissions {
  /** Marker object for camera permission on an MCP Apps UI resource. */
  readonly camera?: ToolExecutionCompleteUIResourceMetaUIPermissionsCamera | undefined
  /** Marker object for microphone permission on an MCP Apps UI resource. */
  readonly microphone?: ToolExecutionCompleteUIResourceMetaUIPermissionsMicrophone | undefined
  /** Marker object for geolocation permission on an MCP Apps UI resource. */
  readonly geolocation?: ToolExecutionCompleteUIResourceMetaUIPermissionsGeolocation | undefined
  /** Marker object for clipboard-write permission on an MCP Apps UI resource. */
  readonly clipboardWrite?: ToolExecutionCompleteUIResourceMetaUIPermissionsClipboardWrite | undefined
}

/** MCP Apps UI resource metadata for a completed tool result, including CSP, permissions, domain, and border preference. */
export interface ToolExecutionCompleteUIResourceMetaUI {
  /** CSP domain allowlists for an MCP Apps UI resource, including connect, resource, frame, and base URI domains. */
  readonly csp?: ToolExecutionCompleteUIResourceMetaUICsp | undefined
  /** Browser permission metadata for an MCP Apps UI resource, including camera, microphone, geolocation, and clipboard-write. */
  readonly permissions?: ToolExecutionCompleteUIResourceMetaUIPermissions | undefined
  /** Optional dedicated origin for the rendered MCP Apps UI resource. */
  readonly domain?: string | undefined
  /** Whether the host should render a border around the MCP Apps UI resource. */
  readonly prefersBorder?: boolean | undefined
}

/** Resource-level UI metadata (CSP, permissions, visual preferences) */
export interface ToolExecutionCompleteUIResourceMeta {
  /** MCP Apps UI resource metadata for a completed tool result, including CSP, permissions, domain, and border preference. */
  readonly ui?: ToolExecutionCompleteUIResourceMetaUI | undefined
}

/** MCP Apps UI resource content for rendering in a sandboxed iframe */
export interface ToolExecutionCompleteUIResource {
  /** The ui:// URI of the resource */
  readonly uri: string
  /** MIME type of the content */
  readonly mimeType: string
  /** HTML content as a string */
  readonly text?: string | undefined
  /** Base64-encoded HTML content */
  readonly blob?: string | undefined
  /** Resource-level UI metadata (CSP, permissions, visual preferences) */
  readonly _meta?: ToolExecutionCompleteUIResourceMeta | undefined
}

/** A source supplied by a tool that should be made available to the model as citable content. */
export interface CitableSource {
  /** Stable identifier for this source within the tool result. Used for deduplication and may be used by future provider integrations to correlate response citations back to the originating source. */
  readonly id: string
  /** Human-readable title of the source. */
  readonly title?: string | undefined
  /** The source text made available to the model as citable content. */
  readonly content: string
  /** URL of the source, when it is a web resource. */
  readonly url?: string | undefined
  /** File path relative to the agent's workspace root, when the source is a file. */
  readonly path?: string | undefined
}

/** Tool execution result on success */
export interface ToolExecutionCompleteResult {
  /** Concise tool result text sent to the LLM for chat completion, potentially truncated for token efficiency */
  readonly content: string
  /** Detailed tool result for UI/timeline display, preserving complete content such as diffs for most tools. Successful skill invocations intentionally use the concise model-facing content here; the authoritative skill body is carried by the corresponding skill invocation event. Falls back to content when absent. */
  readonly detailedContent?: string | undefined
  /** Structured content blocks (text, images, audio, resources) returned by the tool in their native format */
  readonly contents?: ReadonlyArray<ToolExecutionCompleteContent> | undefined
  /** Model-facing binary results (base64 inline or size-omitted markers) sent to the LLM for this tool call */
  readonly binaryResultsForLlm?: ReadonlyArray<PersistedBinaryResult> | undefined
  /** MCP Apps UI resource content for rendering in a sandboxed iframe */
  readonly uiResource?: ToolExecutionCompleteUIResource | undefined
  /** Structured content (arbitrary JSON) returned verbatim by the MCP tool */
  readonly structuredContent?: unknown | undefined
  /** Provider-neutral source material this tool makes available to the model as citable content. Persisted so it survives session resume. Experimental. */
  readonly citableSources?: ReadonlyArray<CitableSource> | undefined
  /** FIDES IFC label projected from tool ingress metadata (MCP `CallToolResult._meta` or synthesized built-in ingress labels) — persisted as `{ ifc: ... }` (only the `ifc` key, not the whole `_meta`). Persisted so the FIDES IFC label survives session resume: the engine rehydrates accumulated taint by replaying these on load. Populated for ingress sources when FIDES IFC is on. Experimental. */
  readonly mcpMeta?: unknown | undefined
}

/** Error details when the tool execution failed */
export interface ToolExecutionCompleteError {
  /** Human-readable error message */
  readonly message: string
  /** Machine-readable error code */
  readonly code?: string | undefined
  /** What the user must do to recover, when the runtime knows of an action. Set on sandbox policy denials, where `message` names the rule that blocked the call but never the client affordance that relaxes it. */
  readonly remediation?: RemediationAction | undefined
}

/** Allowed values for the `ToolExecutionCompleteToolDescriptionMetaUIVisibility` enumeration. */
export type ToolExecutionCompleteToolDescriptionMetaUIVisibility = "model" | "app" | (string & {})

/** MCP Apps tool `_meta.ui` resource URI and visibility captured on `tool.execution_complete`. */
export interface ToolExecutionCompleteToolDescriptionMetaUI {
  /** URI of the UI resource */
  readonly resourceUri?: string | undefined
  /** Who can access this tool */
  readonly visibility?: ReadonlyArray<ToolExecutionCompleteToolDescriptionMetaUIVisibility> | undefined
}

/** MCP Apps metadata for UI resource association */
export interface ToolExecutionCompleteToolDescriptionMeta {
  /** MCP Apps tool `_meta.ui` resource URI and visibility captured on `tool.execution_complete`. */
  readonly ui?: ToolExecutionCompleteToolDescriptionMetaUI | undefined
}

/** Tool definition metadata, present for MCP tools with MCP Apps support */
export interface ToolExecutionCompleteToolDescription {
  /** Tool name */
  readonly name: string
  /** Tool description */
  readonly description?: string | undefined
  /** MCP Apps metadata for UI resource association */
  readonly _meta?: ToolExecutionCompleteToolDescriptionMeta | undefined
}

/** Experimental shell completion facts retained independently of the full tool result. */
export interface ToolExecutionCompleteShellExecution {
  /** Process exit code reported by the shell driver. */
  readonly exitCode: number
}

/** Tool execution completion results including success status, detailed output, and error information */
export interface ToolExecutionCompleteData {
  /** Unique identifier for the completed tool call */
  readonly toolCallId: string
  /** Whether the tool execution completed successfully */
  readonly success: boolean
  /** Model identifier that generated this tool call */
  readonly model?: string | undefined
  /** FIDES IFC label projected from tool ingress metadata (MCP `CallToolResult._meta` or synthesized built-in ingress labels). Persisted as `{ ifc: ... }` so the label survives session resume, including model-visible failure results. Experimental. */
  readonly mcpMeta?: unknown | undefined
  /** CAPI interaction ID for correlating this tool execution with upstream telemetry */
  readonly interactionId?: string | undefined
  /** Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable. */
  readonly rte?: boolean | undefined
  /** Whether this tool call was explicitly requested by the user rather than the assistant */
  readonly isUserRequested?: boolean | undefined
  /** Tool execution result on success */
  readonly result?: ToolExecutionCompleteResult | undefined
  /** Error details when the tool execution failed */
  readonly error?: ToolExecutionCompleteError | undefined
  /** Tool-specific telemetry data (e.g., CodeQL check counts, grep match counts) */
  readonly toolTelemetry?: { readonly [key: string]: unknown } | undefined
  /** Identifier for the agent loop turn this tool was invoked in, matching the corresponding assistant.turn_start event */
  readonly turnId?: string | undefined
  /** Tool definition metadata, present for MCP tools with MCP Apps support */
  readonly toolDescription?: ToolExecutionCompleteToolDescription | undefined
  /** Whether this tool execution ran inside a sandbox container */
  readonly sandboxed?: boolean | undefined
  /** Experimental shell completion facts captured before the persisted result contents are stripped. */
  readonly shellExecution?: ToolExecutionCompleteShellExecution | undefined
  /**
   * Tool call ID of the parent tool invocation when this event originates from a sub-agent
   *
   * @deprecated
   */
  readonly parentToolCallId?: string | undefined
  /** Experimental HydraFusion attribution for this tool completion. */
  readonly fusion?: FusionAttribution | undefined
}

/** Session event "tool.execution_complete". Tool execution completion results including success status, detailed output, and error information */
export interface ToolExecutionCompleteEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "tool.execution_complete". */
  readonly type: "tool.execution_complete"
  /** Tool execution completion results including success status, detailed output, and error information */
  readonly data: ToolExecutionCompleteData
}

/** The wire form of {@link ToolExecutionCompleteEvent}. */
export interface ToolExecutionCompleteEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "tool.execution_complete"
  readonly data: ToolExecutionCompleteData
}

/** Persisted generic client-side tool activations restored when a session resumes. */
export interface ToolSearchActivatedData {
  /** Tool-search strategy that activated the definitions. */
  readonly strategy: string
  /** Names of tool definitions activated by this search invocation. */
  readonly toolNames: ReadonlyArray<string>
}

/** Session event "tool_search.activated". Persisted generic client-side tool activations restored when a session resumes. */
export interface ToolSearchActivatedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "tool_search.activated". */
  readonly type: "tool_search.activated"
  /** Persisted generic client-side tool activations restored when a session resumes. */
  readonly data: ToolSearchActivatedData
}

/** The wire form of {@link ToolSearchActivatedEvent}. */
export interface ToolSearchActivatedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "tool_search.activated"
  readonly data: ToolSearchActivatedData
}

/** What triggered the skill invocation: `user-invoked` (explicit user action, such as via a slash command or UI affordance), `agent-invoked` (agent requested the skill), or `context-load` (loaded as part of another context, such as preloading skills configured on a custom agent or subagent) */
export type SkillInvokedTrigger = "user-invoked" | "agent-invoked" | "context-load" | (string & {})

/** Skill invocation details including content, allowed tools, and plugin metadata */
export interface SkillInvokedData {
  /** Name of the invoked skill */
  readonly name: string
  /** Model identifier active when the skill was invoked, when known */
  readonly model?: string | undefined
  /** File path to the SKILL.md definition, or an empty string for an SDK-provided skill without a filesystem identity */
  readonly path: string
  /** Full content of the skill file, injected into the conversation for the model */
  readonly content: string
  /** Tool names that should be auto-approved when this skill is active */
  readonly allowedTools?: ReadonlyArray<string> | undefined
  /** Whether model invocation is disabled for this skill */
  readonly disableModelInvocation?: boolean | undefined
  /** Source identifier for where the skill was discovered. Known values include: project (workspace skill), inherited (parent-directory skill), personal-copilot (~/.copilot/skills), personal-agents (~/.agents/skills), custom (configured directory), plugin (installed plugin), builtin (bundled runtime skill), remote (org/enterprise skill), and sdk (SDK-provided skill) */
  readonly source?: string | undefined
  /** Name of the plugin this skill originated from, when applicable */
  readonly pluginName?: string | undefined
  /** Version of the plugin this skill originated from, when applicable */
  readonly pluginVersion?: string | undefined
  /** Description of the skill from its SKILL.md frontmatter */
  readonly description?: string | undefined
  /** What triggered the skill invocation: `user-invoked` (explicit user action, such as via a slash command or UI affordance), `agent-invoked` (agent requested the skill), or `context-load` (loaded as part of another context, such as preloading skills configured on a custom agent or subagent) */
  readonly trigger?: SkillInvokedTrigger | undefined
}

/** Session event "skill.invoked". Skill invocation details including content, allowed tools, and plugin metadata */
export interface SkillInvokedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "skill.invoked". */
  readonly type: "skill.invoked"
  /** Skill invocation details including content, allowed tools, and plugin metadata */
  readonly data: SkillInvokedData
}

/** The wire form of {@link SkillInvokedEvent}. */
export interface SkillInvokedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "skill.invoked"
  readonly data: SkillInvokedData
}

/** Internal durable skill invocation receipt whose content resolves from an earlier inline skill event in the same session. */
export interface SkillInvokedRefData {
  /** Name of the invoked skill */
  readonly name: string
  /** Model identifier active when the skill was invoked, when known */
  readonly model?: string | undefined
  /** File path to the SKILL.md definition, or an empty string for an SDK-provided skill without a filesystem identity */
  readonly path: string
  /** Content identifier of an earlier inline skill event in this session, in the prefixed form `sha256:<lowercase hex digest>` over the UTF-8 bytes of that event's `content` */
  readonly contentId: string
  /** UTF-16 code unit length of the referenced skill content. Derived from the referenced body and validated against it when the reference is expanded; a reference whose length disagrees with the body it names is rejected instead of expanded */
  readonly contentLength: number
  /** Tool names that should be auto-approved when this skill is active */
  readonly allowedTools?: ReadonlyArray<string> | undefined
  /** Whether model invocation is disabled for this skill */
  readonly disableModelInvocation?: boolean | undefined
  /** Source identifier for where the skill was discovered */
  readonly source?: string | undefined
  /** Name of the plugin this skill originated from, when applicable */
  readonly pluginName?: string | undefined
  /** Version of the plugin this skill originated from, when applicable */
  readonly pluginVersion?: string | undefined
  /** Description of the skill from its SKILL.md frontmatter */
  readonly description?: string | undefined
  /** What triggered the skill invocation */
  readonly trigger?: SkillInvokedTrigger | undefined
}

/** Session event "skill.invoked_ref". Internal durable skill invocation receipt whose content resolves from an earlier inline skill event in the same session. */
export interface SkillInvokedRefEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "skill.invoked_ref". */
  readonly type: "skill.invoked_ref"
  /** Internal durable skill invocation receipt whose content resolves from an earlier inline skill event in the same session. */
  readonly data: SkillInvokedRefData
}

/** The wire form of {@link SkillInvokedRefEvent}. */
export interface SkillInvokedRefEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "skill.invoked_ref"
  readonly data: SkillInvokedRefData
}

/** Exact skill context delivered to the model during a tool phase. This is not a user submission or another skill invocation. */
export interface SkillContextDeliveredData {
  /** Exact model-facing skill wrapper, including its invocation-time file context */
  readonly content: string
  /** Unmodified injection provenance, in the form skill-<invocation-name> */
  readonly source: string
  /** Interaction that delivered this context, when known */
  readonly interactionId?: string | undefined
}

/** Session event "skill.context_delivered". Exact skill context delivered to the model during a tool phase. This is not a user submission or another skill invocation. */
export interface SkillContextDeliveredEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "skill.context_delivered". */
  readonly type: "skill.context_delivered"
  /** Exact skill context delivered to the model during a tool phase. This is not a user submission or another skill invocation. */
  readonly data: SkillContextDeliveredData
}

/** The wire form of {@link SkillContextDeliveredEvent}. */
export interface SkillContextDeliveredEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "skill.context_delivered"
  readonly data: SkillContextDeliveredData
}

/** Internal durable receipt that reconstructs exact model-visible skill context from earlier session content. */
export interface SkillContextDeliveredRefData {
  /** Content identifier of an earlier inline skill event in this session, in the prefixed form `sha256:<lowercase hex digest>` over the UTF-8 bytes of that event's `content` */
  readonly contentId: string
  /** Exact text preceding the referenced content in the delivered wrapper */
  readonly prefix?: string | undefined
  /** Exact text following the referenced content in the delivered wrapper */
  readonly suffix?: string | undefined
  /** Unmodified injection provenance, in the form skill-<invocation-name> */
  readonly source: string
  /** Interaction that delivered this context, when known */
  readonly interactionId?: string | undefined
}

/** Session event "skill.context_delivered_ref". Internal durable receipt that reconstructs exact model-visible skill context from earlier session content. */
export interface SkillContextDeliveredRefEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "skill.context_delivered_ref". */
  readonly type: "skill.context_delivered_ref"
  /** Internal durable receipt that reconstructs exact model-visible skill context from earlier session content. */
  readonly data: SkillContextDeliveredRefData
}

/** The wire form of {@link SkillContextDeliveredRefEvent}. */
export interface SkillContextDeliveredRefEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "skill.context_delivered_ref"
  readonly data: SkillContextDeliveredRefData
}

/** Customer-controllable sandbox governance area */
export type SandboxControl =
  | "process"
  | "filesystem"
  | "network"
  | "routing"
  | "bypass"
  | "credentials"
  | "platform"
  | (string & {})

/** Finite result of a sandbox decision. Each `SandboxDecisionData` variant uses a disjoint subset: `policy_resolved` is `resolved | degraded`, `spawn_completed` and `permissive_retry_completed` are `succeeded | failed`, `enforcement_state` is `engaged | inactive | failed`, `access_denied` is `denied`, and escalation decisions are `approved | declined`. */
export type SandboxOutcome =
  | "resolved"
  | "inactive"
  | "engaged"
  | "succeeded"
  | "failed"
  | "degraded"
  | "denied"
  | "approved"
  | "declined"
  | (string & {})

/** Host operating-system family used for sandbox enforcement */
export type SandboxPlatform = "macos" | "linux" | "windows" | "other" | (string & {})

/** Process-containment backend selected for the host platform */
export type SandboxBackend = "seatbelt" | "bubblewrap" | "process_container" | "unsupported" | (string & {})

/** Origin of the effective sandbox policy */
export type SandboxPolicySource = "default_policy" | "user_policy" | (string & {})

/** Runtime boundary that enforced or routed a sandbox decision */
export type SandboxEnforcementPoint = "shell" | "builtin_filesystem" | "search" | "web_fetch" | "mcp" | "lsp" | (string & {})

/** Bounded classification of effective sandbox proxy routing */
export type SandboxProxyMode = "none" | "loopback" | "external" | (string & {})

/** Effective sandbox filesystem rules, in policy order. Only populated when content capture is enabled, since these are real host paths. */
export interface SandboxFilesystemPolicyDetails {
  /** Paths the sandboxed process may read and write */
  readonly readwritePaths: ReadonlyArray<string>
  /** Paths the sandboxed process may read but not write */
  readonly readonlyPaths: ReadonlyArray<string>
  /** Paths the sandboxed process may not access at all */
  readonly deniedPaths: ReadonlyArray<string>
}

/** Finite reason why sandbox enforcement is weaker than configured */
export type SandboxDegradationReason = "denied_paths_unsupported" | "unsupported_platform" | (string & {})

/** Runtime observation backing an enforcement-state or denial claim. Absent on `enforcement_state` when no observation backs the state. */
export type SandboxAttestation = "spawn_succeeded" | "unsupported" | "builtin_policy_checked" | (string & {})

/** Bounded class of access an enforcement check refused. Raw resources, commands, and process names accompany it only when content capture is enabled; diagnostic text and matched rules are never exported. */
export type SandboxDenialClass =
  | "filesystem_read"
  | "filesystem_write"
  | "process_startup"
  | "registry_access"
  | "ipc_access"
  | "process_access"
  | "job_access"
  | "ui_access"
  | "service_access"
  | "network_outbound"
  | "network_local"
  | "network_host"
  | "other_access"
  | (string & {})

/** How strong the evidence behind a denial is. A denial the sandbox itself recorded is a fact; one inferred from a command's output text is a judgement, and an analysis that cannot tell them apart will treat a false positive as enforcement. */
export type SandboxDenialConfidence = "captured" | "policy_corroborated" | "sandbox_reported" | "output_classified" | (string & {})

/** Where a request to run outside the process sandbox originated. Orthogonal to the outcome: the same verdict means a different thing depending on where the request came from. */
export type SandboxBypassSource = "model_requested" | "user_prompted" | "prompt_unavailable" | (string & {})

/** Payload of `sandbox.decision`, a bounded governance record of what the process sandbox was configured to do and whether it took effect. Discriminated by `kind`. */
export type SandboxDecisionData =
  | {
    /** Enforcement mechanism this decision describes */
    readonly control: SandboxControl
    /** Whether the resolved policy is fully active or degraded */
    readonly outcome: SandboxOutcome
    /** Internal tool-call ID, used only to correlate the decision with its owning span. Omitted when the decision is not attributable to a tool call. */
    readonly toolCallId?: string | null | undefined
    /** Host platform the sandbox is running on */
    readonly platform: SandboxPlatform
    /** Process-containment implementation backing the sandbox */
    readonly backend: SandboxBackend
    /** Whether the policy came from built-in defaults or user configuration */
    readonly policySource: SandboxPolicySource
    /** Runtime subsystem that applied the policy */
    readonly enforcementPoint: SandboxEnforcementPoint
    /** Number of read-write path rules in the effective policy */
    readonly readwritePathsCount: number
    /** Number of read-only path rules in the effective policy */
    readonly readonlyPathsCount: number
    /** Number of denied path rules in the effective policy */
    readonly deniedPathsCount: number
    /** Whether the current working directory was granted automatically */
    readonly addCurrentWorkingDirectory: boolean
    /** Whether the sandboxed process may open outbound network connections */
    readonly allowOutbound: boolean
    /** Whether the sandboxed process may reach loopback and private-range addresses */
    readonly allowLocalNetwork: boolean
    /** Whether outbound traffic is unproxied, routed through a loopback proxy, or routed through an external proxy */
    readonly proxyMode: SandboxProxyMode
    /** Whether callers may opt an individual command out of the sandbox */
    readonly allowBypass: boolean
    /** Whether the sandbox policy permits git credentials inside the sandbox. A policy capability, not proof that a credential was injected into this spawn: injection is per-command */
    readonly gitAuth: boolean
    /** Whether the sandbox policy permits GitHub CLI credentials inside the sandbox. A policy capability, not proof that a credential was injected into this spawn: injection is per-command */
    readonly ghAuth: boolean
    /** Whether the macOS keychain was reachable from inside the sandbox. Always false on other platforms. */
    readonly keychainAccess: boolean
    /** Effective filesystem rules. Populated only when content capture is enabled; the counts above are always present. */
    readonly effectiveFilesystemPolicy?: SandboxFilesystemPolicyDetails | null | undefined
    /** Why enforcement is weaker than configured, when it is */
    readonly degradationReason?: SandboxDegradationReason | null | undefined
    /** Sandbox decision variant discriminator. */
    readonly kind: "policy_resolved"
  }
  | {
    /** Enforcement mechanism this decision describes */
    readonly control: SandboxControl
    /** Whether the sandboxed process launched under the named backend. Not the exit status of the command that ran inside it. */
    readonly outcome: SandboxOutcome
    /** Internal tool-call ID, used only to correlate the decision with its owning span. Omitted when the decision is not attributable to a tool call. */
    readonly toolCallId?: string | null | undefined
    /** Host platform the sandbox is running on */
    readonly platform: SandboxPlatform
    /** Process-containment implementation backing the sandbox */
    readonly backend: SandboxBackend
    /** Runtime subsystem that applied the policy */
    readonly enforcementPoint: SandboxEnforcementPoint
    /** Wall-clock time spent spawning the sandboxed process, in milliseconds */
    readonly durationMs: number
    /** Why enforcement is weaker than configured, when it is */
    readonly degradationReason?: SandboxDegradationReason | null | undefined
    /** Sandbox decision variant discriminator. */
    readonly kind: "spawn_completed"
  }
  | {
    /** Enforcement mechanism this decision describes */
    readonly control: SandboxControl
    /** Observed enforcement state: `engaged`, `inactive`, or `failed`. Derived from runtime evidence, never from the configured posture or the compile-time target platform. */
    readonly outcome: SandboxOutcome
    /** Internal tool-call ID, used only to correlate the decision with its owning span. Omitted when the decision is not attributable to a tool call. */
    readonly toolCallId?: string | null | undefined
    /** Host platform the sandbox is running on */
    readonly platform: SandboxPlatform
    /** Containment backend that engaged. `unsupported` for any state other than `engaged`, since no backend is known to have run. */
    readonly backend: SandboxBackend
    /** Runtime subsystem whose enforcement this describes */
    readonly enforcementPoint: SandboxEnforcementPoint
    /** Runtime observation backing the state. Omitted for `inactive`, which has nothing to attest. */
    readonly attestation?: SandboxAttestation | null | undefined
    /** Command the enforcement governed. Populated only when content capture is enabled, and only for shell commands; MCP, LSP, and search command lines are runtime plumbing. */
    readonly command?: string | null | undefined
    /** Sandbox decision variant discriminator. */
    readonly kind: "enforcement_state"
  }
  | {
    /** Sandbox control the denial belongs to. Follows from `denialClass`. */
    readonly control: SandboxControl
    /** Always `denied`. */
    readonly outcome: SandboxOutcome
    /** Tool call the denial belongs to, for span correlation only. Never exported as a telemetry attribute or metric dimension. */
    readonly toolCallId?: string | null | undefined
    /** Host operating-system family */
    readonly platform: SandboxPlatform
    /** Runtime subsystem that performed the check */
    readonly enforcementPoint: SandboxEnforcementPoint
    /** Bounded class of the refused access. */
    readonly denialClass: SandboxDenialClass
    /** Runtime observation backing the denial. */
    readonly attestation: SandboxAttestation
    /** How strong the evidence behind this denial is. Lets an analysis separate denials the sandbox recorded from ones inferred from output text, which otherwise look identical. */
    readonly confidence?: SandboxDenialConfidence | null | undefined
    /** Resource the check refused, when identified and content capture is enabled. */
    readonly deniedResource?: string | null | undefined
    /** Command whose execution the denial arose from. Populated only when content capture is enabled. */
    readonly command?: string | null | undefined
    /** Executable image associated with the captured denial, normalized to a basename. Populated only when content capture is enabled. */
    readonly processName?: string | null | undefined
    /** Sandbox decision variant discriminator. */
    readonly kind: "access_denied"
  }
  | {
    /** Always `bypass`. */
    readonly control: SandboxControl
    /** Whether the bypass was granted: `approved` or `declined`. `declined` also covers the cases where nobody answered, since the sandboxed denial stands either way. */
    readonly outcome: SandboxOutcome
    /** Tool call the decision belongs to, for span correlation only. Never exported as a telemetry attribute or metric dimension. */
    readonly toolCallId?: string | null | undefined
    /** Host operating-system family */
    readonly platform: SandboxPlatform
    /** Runtime subsystem the bypass applies to */
    readonly enforcementPoint: SandboxEnforcementPoint
    /** Where the request originated. Orthogonal to `outcome`. */
    readonly source: SandboxBypassSource
    /** Bounded class of the access whose refusal raised this escalation. Omitted for a pre-execution bypass, such as a detached command that cannot be sandboxed and therefore resolves no denial. */
    readonly denialClass?: SandboxDenialClass | null | undefined
    /** How strong the evidence behind `denialClass` was. Present exactly when `denialClass` is, so a verdict that relaxed the sandbox on a guess is distinguishable from one that relaxed it on a recorded refusal. Named to match `access_denied`, which reports the same pair. */
    readonly confidence?: SandboxDenialConfidence | null | undefined
    /** Resource whose refusal raised this escalation. Populated only when content capture is enabled. */
    readonly deniedResource?: string | null | undefined
    /** Command the verdict governs. Populated only when content capture is enabled. */
    readonly command?: string | null | undefined
    /** Executable image associated with the denial that raised this escalation, normalized to a basename. Populated only when content capture is enabled. */
    readonly processName?: string | null | undefined
    /** Sandbox decision variant discriminator. */
    readonly kind: "bypass_decided"
  }
  | {
    /** Always `process`: the process container is what this rung relaxes, and the network control is deliberately untouched. */
    readonly control: SandboxControl
    /** Whether the permissive retry was granted: `approved` or `declined`. `declined` also covers the cases where nobody answered, since the sandboxed denial stands either way. */
    readonly outcome: SandboxOutcome
    /** Tool call the decision belongs to, for span correlation only. Never exported as a telemetry attribute or metric dimension. */
    readonly toolCallId?: string | null | undefined
    /** Host operating-system family */
    readonly platform: SandboxPlatform
    /** Runtime subsystem the retry applies to */
    readonly enforcementPoint: SandboxEnforcementPoint
    /** Where the request originated. Orthogonal to `outcome`. */
    readonly source: SandboxBypassSource
    /** Bounded class of the access whose refusal raised this escalation. */
    readonly denialClass?: SandboxDenialClass | null | undefined
    /** How strong the evidence behind `denialClass` was. Present exactly when `denialClass` is. */
    readonly confidence?: SandboxDenialConfidence | null | undefined
    /** Resource whose refusal raised this escalation. Populated only when content capture is enabled. */
    readonly deniedResource?: string | null | undefined
    /** Command the verdict governs. Populated only when content capture is enabled. */
    readonly command?: string | null | undefined
    /** Executable image associated with the denial that raised this escalation, normalized to a basename. Populated only when content capture is enabled. */
    readonly processName?: string | null | undefined
    /** Sandbox decision variant discriminator. */
    readonly kind: "permissive_retry_decided"
  }
  | {
    /** Always `process`: the retry changes process-container enforcement while leaving network policy attached. */
    readonly control: SandboxControl
    /** Whether the permissive retry completed successfully: `succeeded` or `failed`. */
    readonly outcome: SandboxOutcome
    /** Tool call the completion belongs to, for span correlation only. Never exported as a telemetry attribute or metric dimension. */
    readonly toolCallId?: string | null | undefined
    /** Host operating-system family */
    readonly platform: SandboxPlatform
    /** Runtime subsystem that ran the retry */
    readonly enforcementPoint: SandboxEnforcementPoint
    /** Bounded class of the access whose refusal raised the permissive retry. */
    readonly denialClass?: SandboxDenialClass | null | undefined
    /** How strong the evidence behind `denialClass` was. */
    readonly confidence?: SandboxDenialConfidence | null | undefined
    /** Resource whose refusal raised the retry. Populated only when content capture is enabled. */
    readonly deniedResource?: string | null | undefined
    /** Command the retry executed. Populated only when content capture is enabled. */
    readonly command?: string | null | undefined
    /** Executable image associated with the denial that raised the retry, normalized to a basename. Populated only when content capture is enabled. */
    readonly processName?: string | null | undefined
    /** Sandbox decision variant discriminator. */
    readonly kind: "permissive_retry_completed"
  }

/** Session event "sandbox.decision". Payload of `sandbox.decision`, a bounded governance record of what the process sandbox was configured to do and whether it took effect. Discriminated by `kind`. */
export interface SandboxDecisionEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "sandbox.decision". */
  readonly type: "sandbox.decision"
  /** Payload of `sandbox.decision`, a bounded governance record of what the process sandbox was configured to do and whether it took effect. Discriminated by `kind`. */
  readonly data: SandboxDecisionData
}

/** The wire form of {@link SandboxDecisionEvent}. */
export interface SandboxDecisionEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "sandbox.decision"
  readonly data: SandboxDecisionData
}

/** Where the model input for a task-tool sub-agent came from. */
export type SubagentTaskModelSource = "task_argument" | "subagent_configuration" | "custom_agent_definition" | "unset" | (string & {})

/** Authority or runtime mechanism responsible for sub-agent model selection. */
export type SubagentModelSelectionSource =
  | "explicit_override"
  | "configured_required"
  | "configured_preference"
  | "complementary_default"
  | "session_inheritance"
  | "agent_definition_default"
  | "runtime_policy"
  | (string & {})

/** Sub-agent startup details including parent tool call and agent information */
export interface SubagentStartedData {
  /** Tool call ID of the parent tool invocation that spawned this sub-agent */
  readonly toolCallId: string
  /** Internal name of the sub-agent */
  readonly agentName: string
  /** Human-readable display name of the sub-agent */
  readonly agentDisplayName: string
  /** Description of what the sub-agent does */
  readonly agentDescription: string
  /** Model the sub-agent will run with, when known at start. */
  readonly model?: string | undefined
  /** Where the model input for this sub-agent came from. Present when the task planner resolved the launch (the task tool and factory agents); absent for sub-agents created through other runtime paths. */
  readonly taskModelSource?: SubagentTaskModelSource | undefined
  /** Authority or runtime mechanism responsible for sub-agent model selection, when known at start. */
  readonly modelSelectionSource?: SubagentModelSelectionSource | undefined
  /** Root id of the factory run that spawned this sub-agent, when it was spawned by one. */
  readonly factoryRunId?: string | undefined
  /** Task-registry ID of the spawning sub-agent. Absent when the root session spawned this child. */
  readonly parentId?: string | undefined
  /** Whether this sub-agent can be resumed. Currently always false. */
  readonly resumable?: boolean | undefined
  /** Type of the sub-agent selected at spawn time. */
  readonly agentType?: string | undefined
  /** Whether the sub-agent runs synchronously or in the background. */
  readonly executionMode?: string | undefined
}

/** Session event "subagent.started". Sub-agent startup details including parent tool call and agent information */
export interface SubagentStartedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "subagent.started". */
  readonly type: "subagent.started"
  /** Sub-agent startup details including parent tool call and agent information */
  readonly data: SubagentStartedData
}

/** The wire form of {@link SubagentStartedEvent}. */
export interface SubagentStartedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "subagent.started"
  readonly data: SubagentStartedData
}

/** Resolved runtime configuration for a configured sub-agent */
export interface SubagentConfiguredData {
  /** Resolved model the sub-agent will run with */
  readonly model: string
  /** Resolved reasoning effort, when configured for the model */
  readonly reasoningEffort?: string | undefined
  /** Resolved context tier, when configured for the model */
  readonly contextTier?: string | undefined
  /** Whether the sub-agent accepts follow-up turns */
  readonly multiTurn: boolean
}

/** Session event "subagent.configured". Resolved runtime configuration for a configured sub-agent */
export interface SubagentConfiguredEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "subagent.configured". */
  readonly type: "subagent.configured"
  /** Resolved runtime configuration for a configured sub-agent */
  readonly data: SubagentConfiguredData
}

/** The wire form of {@link SubagentConfiguredEvent}. */
export interface SubagentConfiguredEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "subagent.configured"
  readonly data: SubagentConfiguredData
}

/** Sub-agent completion details for successful execution */
export interface SubagentCompletedData {
  /** Tool call ID of the parent tool invocation that spawned this sub-agent */
  readonly toolCallId: string
  /** Internal name of the sub-agent */
  readonly agentName: string
  /** Human-readable display name of the sub-agent */
  readonly agentDisplayName: string
  /** Model used by the sub-agent */
  readonly model?: string | undefined
  /** First model for which the sub-agent started an inference request, when one was dispatched */
  readonly firstDispatchedModel?: string | undefined
  /** Concrete model the user configured for this sub-agent via `/subagents`, when present */
  readonly configuredModelPreference?: string | undefined
  /** Explicit model supplied by the parent agent on the task call, when present */
  readonly explicitModelOverride?: string | undefined
  /** Whether the explicit task-call model matched the user's configured preference */
  readonly explicitModelMatchesPreference?: boolean | undefined
  /** Why an explicit task-call model did not become the effective model */
  readonly modelOverrideReason?: string | undefined
  /** Authority or runtime mechanism responsible for sub-agent model selection */
  readonly modelSelectionSource?: SubagentModelSelectionSource | undefined
  /** Whether the first model actually dispatched matched the user's configured preference */
  readonly configuredModelMatchesActual?: boolean | undefined
  /** Total number of tool calls made by the sub-agent */
  readonly totalToolCalls?: number | undefined
  /** Total tokens (input + output) consumed by the sub-agent */
  readonly totalTokens?: number | undefined
  /** Wall-clock duration of the sub-agent execution in milliseconds */
  readonly durationMs?: number | undefined
  /** Whether the sub-agent was torn down by cancellation - its own abort, or an ancestor being killed - instead of finishing its work. Cancellation is not a failure, so the run still reports completion; this distinguishes a torn-down sub-agent from one that ran to the end. */
  readonly cancelled?: boolean | undefined
}

/** Session event "subagent.completed". Sub-agent completion details for successful execution */
export interface SubagentCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "subagent.completed". */
  readonly type: "subagent.completed"
  /** Sub-agent completion details for successful execution */
  readonly data: SubagentCompletedData
}

/** The wire form of {@link SubagentCompletedEvent}. */
export interface SubagentCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "subagent.completed"
  readonly data: SubagentCompletedData
}

/** Sub-agent failure details including error message and agent information */
export interface SubagentFailedData {
  /** Tool call ID of the parent tool invocation that spawned this sub-agent */
  readonly toolCallId: string
  /** Internal name of the sub-agent */
  readonly agentName: string
  /** Human-readable display name of the sub-agent */
  readonly agentDisplayName: string
  /** Error message describing why the sub-agent failed */
  readonly error: string
  /** Model selected for the sub-agent, when known */
  readonly model?: string | undefined
  /** First model for which the sub-agent started an inference request, when one was dispatched */
  readonly firstDispatchedModel?: string | undefined
  /** Concrete model the user configured for this sub-agent via `/subagents`, when present */
  readonly configuredModelPreference?: string | undefined
  /** Explicit model supplied by the parent agent on the task call, when present */
  readonly explicitModelOverride?: string | undefined
  /** Whether the explicit task-call model matched the user's configured preference */
  readonly explicitModelMatchesPreference?: boolean | undefined
  /** Why an explicit task-call model did not become the effective model */
  readonly modelOverrideReason?: string | undefined
  /** Authority or runtime mechanism responsible for sub-agent model selection */
  readonly modelSelectionSource?: SubagentModelSelectionSource | undefined
  /** Whether the first model actually dispatched matched the user's configured preference */
  readonly configuredModelMatchesActual?: boolean | undefined
  /** Total number of tool calls made before the sub-agent failed */
  readonly totalToolCalls?: number | undefined
  /** Total tokens (input + output) consumed before the sub-agent failed */
  readonly totalTokens?: number | undefined
  /** Wall-clock duration of the sub-agent execution in milliseconds */
  readonly durationMs?: number | undefined
}

/** Session event "subagent.failed". Sub-agent failure details including error message and agent information */
export interface SubagentFailedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "subagent.failed". */
  readonly type: "subagent.failed"
  /** Sub-agent failure details including error message and agent information */
  readonly data: SubagentFailedData
}

/** The wire form of {@link SubagentFailedEvent}. */
export interface SubagentFailedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "subagent.failed"
  readonly data: SubagentFailedData
}

/** Custom agent selection details including name and available tools */
export interface SubagentSelectedData {
  /** Internal name of the selected custom agent */
  readonly agentName: string
  /** Human-readable display name of the selected custom agent */
  readonly agentDisplayName: string
  /** List of tool names available to this agent, or null for all tools */
  readonly tools: ReadonlyArray<string> | null
}

/** Session event "subagent.selected". Custom agent selection details including name and available tools */
export interface SubagentSelectedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "subagent.selected". */
  readonly type: "subagent.selected"
  /** Custom agent selection details including name and available tools */
  readonly data: SubagentSelectedData
}

/** The wire form of {@link SubagentSelectedEvent}. */
export interface SubagentSelectedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "subagent.selected"
  readonly data: SubagentSelectedData
}

/** Empty payload; the event signals that the custom agent was deselected, returning to the default agent */
export interface SubagentDeselectedData {}

/** Session event "subagent.deselected". Empty payload; the event signals that the custom agent was deselected, returning to the default agent */
export interface SubagentDeselectedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "subagent.deselected". */
  readonly type: "subagent.deselected"
  /** Empty payload; the event signals that the custom agent was deselected, returning to the default agent */
  readonly data: SubagentDeselectedData
}

/** The wire form of {@link SubagentDeselectedEvent}. */
export interface SubagentDeselectedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "subagent.deselected"
  readonly data: SubagentDeselectedData
}

/** Hook invocation start details including type and input data */
export interface HookStartData {
  /** Unique identifier for this hook invocation */
  readonly hookInvocationId: string
  /** Type of hook being invoked (e.g., "preToolUse", "postToolUse", "sessionStart") */
  readonly hookType: string
  /** Input data passed to the hook. For postToolUse hooks the retained copy served by session.eventLog.read (and by a resumed session) drops the tool result's inline `contents`/`uiResource`/`skillInvocation` and replaces duplicated text result fields with a `[copilot:elided ...]` marker; the live subscription stream still delivers the full value. Canonical tool output remains in the adjacent tool.execution_complete event, while an invoked skill's authoritative body remains in its skill invocation event. */
  readonly input?: unknown | undefined
  /** Tool call ID of the parent tool invocation when this event originates from a sub-agent */
  readonly parentToolCallId?: string | undefined
}

/** Session event "hook.start". Hook invocation start details including type and input data */
export interface HookStartEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "hook.start". */
  readonly type: "hook.start"
  /** Hook invocation start details including type and input data */
  readonly data: HookStartData
}

/** The wire form of {@link HookStartEvent}. */
export interface HookStartEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "hook.start"
  readonly data: HookStartData
}

/** Error details when the hook failed */
export interface HookEndError {
  /** Human-readable error message */
  readonly message: string
  /** Error stack trace, when available */
  readonly stack?: string | undefined
  /** Source label of the hook that errored (e.g. the plugin it was loaded from), when known */
  readonly source?: string | undefined
}

/** Hook invocation completion details including output, success status, and error information */
export interface HookEndData {
  /** Identifier matching the corresponding hook.start event */
  readonly hookInvocationId: string
  /** Type of hook that was invoked (e.g., "preToolUse", "postToolUse", "sessionStart") */
  readonly hookType: string
  /** Output data produced by the hook. Durable and resumed postToolUse receipts may omit messages owned by a successful skill invocation and replace an unchanged skill sessionLog copy with an elision marker; hook-modified or re-sourced values are preserved, and the authoritative body remains in the skill invocation event. */
  readonly output?: unknown | undefined
  /** Whether the hook completed successfully */
  readonly success: boolean
  /** Error details when the hook failed */
  readonly error?: HookEndError | undefined
  /** Tool call ID of the parent tool invocation when this event originates from a sub-agent */
  readonly parentToolCallId?: string | undefined
}

/** Session event "hook.end". Hook invocation completion details including output, success status, and error information */
export interface HookEndEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "hook.end". */
  readonly type: "hook.end"
  /** Hook invocation completion details including output, success status, and error information */
  readonly data: HookEndData
}

/** The wire form of {@link HookEndEvent}. */
export interface HookEndEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "hook.end"
  readonly data: HookEndData
}

/** Ephemeral progress update from a running hook process */
export interface HookProgressData {
  /** Human-readable progress message from the hook process */
  readonly message: string
  /** When true, this status message replaces the previous temporary one instead of accumulating */
  readonly temporary?: boolean | undefined
}

/** Session event "hook.progress". Ephemeral progress update from a running hook process */
export interface HookProgressEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "hook.progress". */
  readonly type: "hook.progress"
  /** Ephemeral progress update from a running hook process */
  readonly data: HookProgressData
}

/** The wire form of {@link HookProgressEvent}. */
export interface HookProgressEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "hook.progress"
  readonly data: HookProgressData
}

/** Binary asset type discriminator. Use "image" for images and "resource" otherwise. */
export type BinaryAssetType = "image" | "resource" | (string & {})

/** Canonical bytes for a content-addressed binary asset shared by reference across events */
export interface BinaryAssetData {
  /** Content-addressed id for this binary asset (e.g. "sha256:..."). */
  readonly assetId: string
  /** Binary asset type discriminator. Use "image" for images and "resource" otherwise. */
  readonly type: BinaryAssetType
  /** MIME type of the binary asset */
  readonly mimeType: string
  /** Decoded byte length of the binary asset */
  readonly byteLength: number
  /** Base64-encoded binary data */
  readonly data: string
  /** Human-readable description of the binary data */
  readonly description?: string | undefined
  /** Optional metadata from the producing tool. */
  readonly metadata?: { readonly [key: string]: unknown } | undefined
}

/** Session event "session.binary_asset". Canonical bytes for a content-addressed binary asset shared by reference across events */
export interface BinaryAssetEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.binary_asset". */
  readonly type: "session.binary_asset"
  /** Canonical bytes for a content-addressed binary asset shared by reference across events */
  readonly data: BinaryAssetData
}

/** The wire form of {@link BinaryAssetEvent}. */
export interface BinaryAssetEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.binary_asset"
  readonly data: BinaryAssetData
}

/** Message role: "system" for system prompts, "developer" for developer-injected instructions */
export type SystemMessageRole = "system" | "developer" | (string & {})

/** Metadata about the prompt template and its construction */
export interface SystemMessageMetadata {
  /** Version identifier of the prompt template used */
  readonly promptVersion?: string | undefined
  /** Template variables used when constructing the prompt */
  readonly variables?: { readonly [key: string]: unknown } | undefined
}

/** System/developer instruction content with role and optional template metadata */
export interface SystemMessageData {
  /** The system or developer prompt text sent as model input */
  readonly content: string
  /** Logical interaction identifier for the model run receiving this prompt */
  readonly interactionId?: string | undefined
  /** Message role: "system" for system prompts, "developer" for developer-injected instructions */
  readonly role: SystemMessageRole
  /** Optional name identifier for the message source */
  readonly name?: string | undefined
  /** Metadata about the prompt template and its construction */
  readonly metadata?: SystemMessageMetadata | undefined
}

/** Session event "system.message". System/developer instruction content with role and optional template metadata */
export interface SystemMessageEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "system.message". */
  readonly type: "system.message"
  /** System/developer instruction content with role and optional template metadata */
  readonly data: SystemMessageData
}

/** The wire form of {@link SystemMessageEvent}. */
export interface SystemMessageEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "system.message"
  readonly data: SystemMessageData
}

/** Whether the agent completed successfully or failed */
export type SystemNotificationAgentCompletedStatus = "completed" | "failed" | (string & {})

/** System notification metadata for a background agent that completed or failed, including agent ID, type, status, description, and prompt. */
export interface SystemNotificationAgentCompleted {
  /** Type discriminator. Always "agent_completed". */
  readonly type: "agent_completed"
  /** Unique task identifier */
  readonly agentId: string
  /** Friendly, non-unique name intended for display */
  readonly displayName?: string | undefined
  /** Type of the agent (e.g., explore, task, general-purpose) */
  readonly agentType: string
  /** Whether the agent completed successfully or failed */
  readonly status: SystemNotificationAgentCompletedStatus
  /** Human-readable description of the agent task */
  readonly description?: string | undefined
  /** The full prompt given to the background agent */
  readonly prompt?: string | undefined
}

/** System notification metadata for a background agent that became idle, including agent ID, type, and description. */
export interface SystemNotificationAgentIdle {
  /** Type discriminator. Always "agent_idle". */
  readonly type: "agent_idle"
  /** Unique task identifier */
  readonly agentId: string
  /** Friendly, non-unique name intended for display */
  readonly displayName?: string | undefined
  /** Type of the agent (e.g., explore, task, general-purpose) */
  readonly agentType: string
  /** Human-readable description of the agent task */
  readonly description?: string | undefined
}

/** System notification metadata for a new inbox message, including entry ID, sender details, and summary. */
export interface SystemNotificationNewInboxMessage {
  /** Type discriminator. Always "new_inbox_message". */
  readonly type: "new_inbox_message"
  /** Unique identifier of the inbox entry */
  readonly entryId: string
  /** Human-readable name of the sender */
  readonly senderName: string
  /** Category of the sender (e.g., sidekick-agent, plugin, hook) */
  readonly senderType: string
  /** Short summary shown before the agent decides whether to read the inbox */
  readonly summary: string
}

/** System notification metadata for a shell session that completed, including shell ID, optional exit code, and description. */
export interface SystemNotificationShellCompleted {
  /** Type discriminator. Always "shell_completed". */
  readonly type: "shell_completed"
  /** Unique identifier of the shell session */
  readonly shellId: string
  /** Exit code of the shell command, if available */
  readonly exitCode?: number | undefined
  /** Human-readable description of the command */
  readonly description?: string | undefined
}

/** System notification metadata for a detached shell session that completed, including shell ID and description. */
export interface SystemNotificationShellDetachedCompleted {
  /** Type discriminator. Always "shell_detached_completed". */
  readonly type: "shell_detached_completed"
  /** Unique identifier of the detached shell session */
  readonly shellId: string
  /** Human-readable description of the command */
  readonly description?: string | undefined
}

/** System notification metadata for an instruction file discovered during tool access, including source, trigger file, and tool. */
export interface SystemNotificationInstructionDiscovered {
  /** Type discriminator. Always "instruction_discovered". */
  readonly type: "instruction_discovered"
  /** Relative path to the discovered instruction file */
  readonly sourcePath: string
  /** Path of the file access that triggered discovery */
  readonly triggerFile: string
  /** Tool command that triggered discovery (currently always 'view') */
  readonly triggerTool: string
  /** Human-readable label for the timeline (e.g., 'AGENTS.md from packages/billing/') */
  readonly description?: string | undefined
}

/** Terminal status reached by a factory execution attempt. */
export type SystemNotificationFactoryCompletedStatus = "completed" | "halted" | "paused" | "cancelled" | "error" | (string & {})

/** Durable metadata describing who initiated a factory pause. */
export type SystemNotificationFactoryPauseInfo =
  | {
    /** Factory pause initiator discriminator. */
    readonly type: "user"
  }
  | {
    /** Stable author-defined checkpoint key that initiated the pause. */
    readonly key: string
    /** Factory pause initiator discriminator. */
    readonly type: "checkpoint"
  }

/** System notification metadata for a factory execution attempt that reached a terminal state. */
export interface SystemNotificationFactoryCompleted {
  /** Type discriminator. Always "factory_completed". */
  readonly type: "factory_completed"
  /** Factory run identifier. */
  readonly runId: string
  /** Persisted factory name. */
  readonly factoryName: string
  /** Terminal status reached by this execution attempt. */
  readonly status: SystemNotificationFactoryCompletedStatus
  /** Subagents consumed by the run across all attempts. */
  readonly consumedSubagents: number
  /** Accumulated active execution time in milliseconds. */
  readonly elapsedMs: number
  /** Consumed AI usage in nano-AIU. */
  readonly consumedNanoAiu: number
  /** Execution attempt that reached this terminal state. */
  readonly attempt: number
  /** Bounded prompt-safe preview of the completed result. */
  readonly resultPreview?: string | undefined
  /** Machine-readable terminal failure details, when present. */
  readonly failure?: unknown | undefined
  /** Actionable run_factory resume guidance for a resource-limit failure. */
  readonly retryGuidance?: string | undefined
  /** Pause initiator metadata when this attempt settled as paused. */
  readonly pauseInfo?: SystemNotificationFactoryPauseInfo | undefined
}

/** System notification metadata from an external host that does not match a runtime-owned notification kind. */
export interface SystemNotificationUnclassified {
  /** Type discriminator. Always "unclassified". */
  readonly type: "unclassified"
  /** Opaque metadata supplied by the external host, when present. */
  readonly metadata?: unknown | undefined
}

/** Structured metadata identifying what triggered this notification */
export type SystemNotification =
  | SystemNotificationAgentCompleted
  | SystemNotificationAgentIdle
  | SystemNotificationNewInboxMessage
  | SystemNotificationShellCompleted
  | SystemNotificationShellDetachedCompleted
  | SystemNotificationInstructionDiscovered
  | SystemNotificationFactoryCompleted
  | SystemNotificationUnclassified

/** System-generated notification for runtime events like background task completion */
export interface SystemNotificationData {
  /** The notification text, typically wrapped in <system_notification> XML tags */
  readonly content: string
  /** Structured metadata identifying what triggered this notification */
  readonly kind: SystemNotification
}

/** Session event "system.notification". System-generated notification for runtime events like background task completion */
export interface SystemNotificationEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "system.notification". */
  readonly type: "system.notification"
  /** System-generated notification for runtime events like background task completion */
  readonly data: SystemNotificationData
}

/** The wire form of {@link SystemNotificationEvent}. */
export interface SystemNotificationEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "system.notification"
  readonly data: SystemNotificationData
}

/** A parsed command identifier in a shell permission request, including whether it is read-only. */
export interface PermissionRequestShellCommand {
  /** Command identifier (e.g., executable name) */
  readonly identifier: string
  /** Whether this command is read-only (no side effects) */
  readonly readOnly: boolean
}

/** A parsed shell command segment used for argument-aware managed policy matching. */
export interface PermissionRequestShellCommandSegment {
  /** Command identifier (e.g., executable name) */
  readonly identifier: string
  /** Full text of this command segment, including arguments */
  readonly fullCommandText: string
}

/** A URL that may be accessed by a command in a shell permission request. */
export interface PermissionRequestShellPossibleUrl {
  /** URL that may be accessed by the command */
  readonly url: string
}

/** Shell command permission request */
export interface PermissionRequestShell {
  /** Permission kind discriminator */
  readonly kind: "shell"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Whether managed policy requires a human response and forbids host auto-approval */
  readonly managedApprovalRequired?: boolean | undefined
  /** The complete shell command text to be executed */
  readonly fullCommandText: string
  /** Human-readable description of what the command intends to do */
  readonly intention: string
  /** Parsed command identifiers found in the command text */
  readonly commands: ReadonlyArray<PermissionRequestShellCommand>
  /** Parsed command segments, including arguments, used for managed policy matching */
  readonly commandSegments?: ReadonlyArray<PermissionRequestShellCommandSegment> | undefined
  /** File paths that may be read or written by the command */
  readonly possiblePaths: ReadonlyArray<string>
  /** Runtime-resolved canonical working directory the command runs in, used for authorization identity checks. Internal and experimental; clients should not display it. */
  readonly resolvedWorkingDirectory?: string | undefined
  /** Runtime-resolved canonical object each possiblePaths entry names, keyed by the requested spelling, used for authorization identity checks. Internal and experimental; clients should continue to display possiblePaths. */
  readonly resolvedPaths?: { readonly [key: string]: string } | undefined
  /** URLs that may be accessed by the command */
  readonly possibleUrls: ReadonlyArray<PermissionRequestShellPossibleUrl>
  /** Whether the command includes a file write redirection (e.g., > or >>) */
  readonly hasWriteFileRedirection: boolean
  /** Whether the UI can offer session-wide approval for this command pattern */
  readonly canOfferSessionApproval: boolean
  /** Optional warning message about risks of running this command */
  readonly warning?: string | undefined
  /** True when the tool is asking to run this command outside the sandbox, either because the command detaches and cannot be sandboxed at all, or because a sandboxed run looked blocked (host opted in via sandbox.allowBypass). The model cannot ask for this; only the tool raises it. This is a request, not a grant: the command runs unsandboxed only if the user approves this permission request. Hosts should highlight the elevated risk in the approval UI. */
  readonly requestSandboxBypass?: boolean | undefined
  /** True when the requested escalation is a permissive retry rather than a full bypass: the command re-runs inside the sandbox with its file and process restrictions recording instead of blocking, while the network policy stays enforced. Always accompanied by requestSandboxBypass, so hosts that do not recognize this field still treat the request as the escalation it is. Hosts that do recognize it must not describe the command as running outside the sandbox, which would overstate the privilege being granted. */
  readonly requestSandboxPermissive?: boolean | undefined
  /** What the tool tells the user about the bypass on offer: which policy rule blocked the call, or why it cannot be sandboxed. Only meaningful when requestSandboxBypass is true. */
  readonly requestSandboxBypassReason?: string | undefined
}

/** File write permission request */
export interface PermissionRequestWrite {
  /** Permission kind discriminator */
  readonly kind: "write"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Whether managed policy requires a human response and forbids host auto-approval */
  readonly managedApprovalRequired?: boolean | undefined
  /** Human-readable description of the intended file change */
  readonly intention: string
  /** Path of the file being written to */
  readonly fileName: string
  /** Runtime-resolved canonical path used for authorization identity checks. Internal and experimental; clients should continue to display fileName. */
  readonly resolvedPath?: string | undefined
  /** Unified diff showing the proposed changes */
  readonly diff: string
  /** Complete new file contents for newly created files */
  readonly newFileContents?: string | undefined
  /** Whether the UI can offer session-wide approval for file write operations */
  readonly canOfferSessionApproval: boolean
  /** True when a built-in file tool (apply_patch / str_replace_editor) asked to write a path the sandbox filesystem policy would block, and the host opted in via sandbox.allowBypass. This is a request, not a grant: the write happens unsandboxed only if the user approves this permission request. Hosts should highlight the elevated risk in the approval UI. */
  readonly requestSandboxBypass?: boolean | undefined
  /** Justification for the sandbox-bypass request. Only meaningful when requestSandboxBypass is true. */
  readonly requestSandboxBypassReason?: string | undefined
}

/** File or directory read permission request */
export interface PermissionRequestRead {
  /** Permission kind discriminator */
  readonly kind: "read"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Whether managed policy requires a human response and forbids host auto-approval */
  readonly managedApprovalRequired?: boolean | undefined
  /** Human-readable description of why the file is being read */
  readonly intention: string
  /** Path of the file or directory being read */
  readonly path: string
  /** Runtime-resolved canonical path used for authorization identity checks. Internal and experimental; clients should continue to display path. */
  readonly resolvedPath?: string | undefined
  /** True when the tool is asking to re-run this search outside the sandbox, after a sandboxed run looked blocked (host opted in via sandbox.allowBypass). The model cannot ask for this; only the tool raises it. This is a request, not a grant: the search runs unsandboxed only if the user approves this permission request. Hosts should highlight the elevated risk in the approval UI. */
  readonly requestSandboxBypass?: boolean | undefined
  /** What the tool tells the user about the bypass on offer: which policy rule blocked the call, or why it cannot be sandboxed. Only meaningful when requestSandboxBypass is true. */
  readonly requestSandboxBypassReason?: string | undefined
}

/** Advisory recommendation the runtime attaches to a permission request whose origin it can vouch for by construction. Unlike the auto-approval judge this does not depend on auto mode and does not evaluate what the tool call does; its absence simply means the runtime has no opinion and the request follows the host's normal approval flow. */
export type PermissionRecommendation = "approve"

/** MCP tool invocation permission request */
export interface PermissionRequestMcp {
  /** Permission kind discriminator */
  readonly kind: "mcp"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Name of the MCP server providing the tool */
  readonly serverName: string
  /** Internal name of the MCP tool */
  readonly toolName: string
  /** Human-readable title of the MCP tool */
  readonly toolTitle: string
  /** Arguments to pass to the MCP tool */
  readonly args?: unknown | undefined
  /** Whether this MCP tool is read-only (no side effects) */
  readonly readOnly: boolean
  /** Advisory runtime permission recommendation. The SDK host remains responsible for deciding the request and may reject it. */
  readonly permissionRecommendation?: PermissionRecommendation | undefined
}

/** URL access permission request */
export interface PermissionRequestUrl {
  /** Permission kind discriminator */
  readonly kind: "url"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Whether managed policy requires a human response and forbids host auto-approval */
  readonly managedApprovalRequired?: boolean | undefined
  /** Human-readable description of why the URL is being accessed */
  readonly intention: string
  /** URL to be fetched */
  readonly url: string
  /** Immediately preceding URL when this request is for a redirect target */
  readonly redirectedFrom?: string | undefined
  /** True when the tool is asking to run this URL fetch outside the sandbox, after the network policy denied the approved URL or the sandbox proxy could not reach it (host opted in via sandbox.allowBypass). The model cannot ask for this; only the tool raises it. This is a request, not a grant: the fetch runs only if the user approves this permission request. Hosts should highlight the elevated risk in the approval UI. */
  readonly requestSandboxBypass?: boolean | undefined
  /** What the tool tells the user about the bypass on offer: which policy rule blocked the call, or why it cannot be sandboxed. Only meaningful when requestSandboxBypass is true. */
  readonly requestSandboxBypassReason?: string | undefined
}

/** Whether this is a store or vote memory operation */
export type PermissionRequestMemoryAction = "store" | "vote" | (string & {})

/** Vote direction (vote only) */
export type PermissionRequestMemoryDirection = "upvote" | "downvote" | (string & {})

/** Scope of a stored memory. */
export type PermissionRequestMemoryScope = "repository" | "user" | (string & {})

/** Outcome of the assisted-approval safety judge for a permission request. Present only in assisted mode; its absence means the judge did not evaluate the request. */
export type AssistedApprovalRecommendation = "approve" | "requireApproval" | "excluded" | "error" | (string & {})

/** Why the assisted-approval judge produced no usable recommendation. Present only alongside an `error` recommendation, where the human-readable reason is a fixed string and therefore cannot distinguish these cases. Intended to make a judge failure reportable by a consumer that has no access to the host's logs. */
export type AssistedApprovalJudgeFailureReason = "timeout" | "abort" | "empty_response" | "model_error" | "parse_error" | (string & {})

/** Assisted-approval judge information attached to a permission request. Present only in assisted mode; its absence means the judge did not evaluate the request. The `recommendation` conveys the judge's disposition for this request. */
export interface PermissionAssistedApproval {
  /** The assisted-approval safety judge's outcome for this request. */
  readonly recommendation: AssistedApprovalRecommendation
  /** Human-readable reason for the judge's recommendation, when available. */
  readonly reason?: string | undefined
  /** Model id that produced the recommendation, when the judge was consulted and reported one. Absent for `excluded` (the judge was not consulted) and for failures that occurred before a model was selected. */
  readonly model?: string | undefined
  /** Classified cause of an `error` recommendation. Absent for every other recommendation. */
  readonly failureReason?: AssistedApprovalJudgeFailureReason | undefined
}

/** Memory operation permission request */
export interface PermissionRequestMemory {
  /** Permission kind discriminator */
  readonly kind: "memory"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Whether this is a store or vote memory operation */
  readonly action?: PermissionRequestMemoryAction | undefined
  /** Topic or subject of the memory (store only) */
  readonly subject?: string | undefined
  /** The fact being stored or voted on */
  readonly fact: string
  /** Source references for the stored fact (store only) */
  readonly citations?: string | undefined
  /** Vote direction (vote only) */
  readonly direction?: PermissionRequestMemoryDirection | undefined
  /** Reason for the vote (vote only) */
  readonly reason?: string | undefined
  /** Scope of the stored memory (store only) */
  readonly scope?: PermissionRequestMemoryScope | undefined
  /** Repository name with owner associated with the stored memory (store only) */
  readonly repoNwo?: string | undefined
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
}

/** Custom tool invocation permission request */
export interface PermissionRequestCustomTool {
  /** Permission kind discriminator */
  readonly kind: "custom-tool"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Name of the custom tool */
  readonly toolName: string
  /** Description of what the custom tool does */
  readonly toolDescription: string
  /** Arguments to pass to the custom tool */
  readonly args?: unknown | undefined
  /** Whether the tool declared that permission may be skipped unless a deny rule matches */
  readonly skipPermission?: boolean | undefined
}

/** Hook confirmation permission request */
export interface PermissionRequestHook {
  /** Permission kind discriminator */
  readonly kind: "hook"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Name of the tool the hook is gating */
  readonly toolName: string
  /** Arguments of the tool call being gated */
  readonly toolArgs?: unknown | undefined
  /** Optional message from the hook explaining why confirmation is needed */
  readonly hookMessage?: string | undefined
}

/** Extension management permission request */
export interface PermissionRequestExtensionManagement {
  /** Permission kind discriminator */
  readonly kind: "extension-management"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** The extension management operation (scaffold, reload) */
  readonly operation: string
  /** Name of the extension being managed */
  readonly extensionName?: string | undefined
}

/** Operation gated by a factory permission request. */
export type FactoryPermissionOperation = "run" | "author" | (string & {})

/** A declared phase shown in a factory permission prompt. */
export interface FactoryPermissionPhase {
  /** Phase title */
  readonly title: string
  /** Optional phase detail */
  readonly detail?: string | undefined
}

/** Factory run or authoring permission request */
export interface PermissionRequestFactory {
  /** Permission kind discriminator */
  readonly kind: "factory"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Factory operation, either run or author */
  readonly operation: FactoryPermissionOperation
  /** Factory name */
  readonly name: string
  /** Factory description */
  readonly description: string
  /** Declared factory phases */
  readonly phases: ReadonlyArray<FactoryPermissionPhase>
  /** Effective concurrent-subagent limit; omitted means unlimited */
  readonly maxConcurrentSubagents?: number | undefined
  /** Effective total-subagent limit; omitted means unlimited */
  readonly maxTotalSubagents?: number | undefined
  /** Effective active-time limit in seconds; omitted means unlimited */
  readonly timeoutSeconds?: number | undefined
  /** Effective AI-credit limit; omitted means unlimited */
  readonly maxAiCredits?: number | undefined
  /** Factory-declared concurrent-subagent limit before any run/resume caller override is applied. */
  readonly declaredMaxConcurrentSubagents?: number | undefined
  /** Factory-declared total-subagent limit before any run/resume caller override is applied. */
  readonly declaredMaxTotalSubagents?: number | undefined
  /** Factory-declared active-time limit in seconds before any run/resume caller override is applied. */
  readonly declaredTimeoutSeconds?: number | undefined
  /** Factory-declared AI-credit limit before any run/resume caller override is applied. */
  readonly declaredMaxAiCredits?: number | undefined
  /** Canonical key used for scoped factory approvals */
  readonly approvalKey: string
  /** Whether this factory is eligible for persistent approval */
  readonly canPersistApproval: boolean
}

/** Extension permission access request */
export interface PermissionRequestExtensionPermissionAccess {
  /** Permission kind discriminator */
  readonly kind: "extension-permission-access"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Name of the extension requesting permission access */
  readonly extensionName: string
  /** Capabilities the extension is requesting */
  readonly capabilities: ReadonlyArray<string>
}

/** Extension sensitive environment variable access request */
export interface PermissionRequestExtensionEnvAccess {
  /** Permission kind discriminator */
  readonly kind: "extension-env-access"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Name of the extension requesting environment variable access */
  readonly extensionName: string
  /** Names of the sensitive environment variables the extension is requesting. Values never appear here. */
  readonly environmentVariables: ReadonlyArray<string>
}

/** Details of the permission being requested */
export type PermissionRequest =
  | PermissionRequestShell
  | PermissionRequestWrite
  | PermissionRequestRead
  | PermissionRequestMcp
  | PermissionRequestUrl
  | PermissionRequestMemory
  | PermissionRequestCustomTool
  | PermissionRequestHook
  | PermissionRequestExtensionManagement
  | PermissionRequestFactory
  | PermissionRequestExtensionPermissionAccess
  | PermissionRequestExtensionEnvAccess

/** Shell command permission prompt */
export interface PermissionPromptRequestCommands {
  /** Prompt kind discriminator */
  readonly kind: "commands"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** The complete shell command text to be executed */
  readonly fullCommandText: string
  /** Human-readable description of what the command intends to do */
  readonly intention: string
  /** Command identifiers covered by this approval prompt */
  readonly commandIdentifiers: ReadonlyArray<string>
  /** Whether the UI can offer session-wide approval for this command pattern */
  readonly canOfferSessionApproval: boolean
  /** Optional warning message about risks of running this command */
  readonly warning?: string | undefined
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
  /** Whether managed policy requires a human response and forbids host auto-approval */
  readonly managedApprovalRequired?: boolean | undefined
  /** True when the shell command is requesting sandbox escalation. This is a request, not a grant. */
  readonly requestSandboxBypass?: boolean | undefined
  /** True when the escalation is a permissive retry that keeps the sandbox and network policy attached while recording file and process accesses instead of blocking them. */
  readonly requestSandboxPermissive?: boolean | undefined
  /** Reason for the sandbox escalation request. */
  readonly requestSandboxBypassReason?: string | undefined
}

/** File write permission prompt */
export interface PermissionPromptRequestWrite {
  /** Prompt kind discriminator */
  readonly kind: "write"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Human-readable description of the intended file change */
  readonly intention: string
  /** Path of the file being written to */
  readonly fileName: string
  /** Runtime-resolved canonical path used for authorization identity checks. Internal and experimental; clients should continue to display fileName. */
  readonly resolvedPath?: string | undefined
  /** Unified diff showing the proposed changes */
  readonly diff: string
  /** Complete new file contents for newly created files */
  readonly newFileContents?: string | undefined
  /** Whether the UI can offer session-wide approval for file write operations */
  readonly canOfferSessionApproval: boolean
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
  /** Whether managed policy requires a human response and forbids host auto-approval */
  readonly managedApprovalRequired?: boolean | undefined
}

/** File read permission prompt */
export interface PermissionPromptRequestRead {
  /** Prompt kind discriminator */
  readonly kind: "read"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Human-readable description of why the file is being read */
  readonly intention: string
  /** Path of the file or directory being read */
  readonly path: string
  /** Runtime-resolved canonical path used for authorization identity checks. Internal and experimental; clients should continue to display path. */
  readonly resolvedPath?: string | undefined
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
  /** Whether managed policy requires a human response and forbids host auto-approval */
  readonly managedApprovalRequired?: boolean | undefined
}

/** MCP tool invocation permission prompt */
export interface PermissionPromptRequestMcp {
  /** Prompt kind discriminator */
  readonly kind: "mcp"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Name of the MCP server providing the tool */
  readonly serverName: string
  /** Internal name of the MCP tool */
  readonly toolName: string
  /** Human-readable title of the MCP tool */
  readonly toolTitle: string
  /** Arguments to pass to the MCP tool */
  readonly args?: unknown | undefined
  /** Advisory runtime permission recommendation. The host remains responsible for deciding the request and may reject it. */
  readonly permissionRecommendation?: PermissionRecommendation | undefined
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
  /** Whether the host may offer a server-wide "approve all tools from this server" blanket. Absent is treated as true; the runtime sends false when managed policy disables bypass-permissions mode, which forbids the server-wide escalation while still allowing per-tool approval. */
  readonly canOfferServerWideApproval?: boolean | undefined
}

/** URL access permission prompt */
export interface PermissionPromptRequestUrl {
  /** Prompt kind discriminator */
  readonly kind: "url"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Human-readable description of why the URL is being accessed */
  readonly intention: string
  /** URL to be fetched */
  readonly url: string
  /** Immediately preceding URL when this prompt is for a redirect target */
  readonly redirectedFrom?: string | undefined
  /** True when the tool is asking to run this URL fetch outside the sandbox, after the network policy denied the approved URL or the sandbox proxy could not reach it (host opted in via sandbox.allowBypass). The model cannot ask for this; only the tool raises it. This is a request, not a grant: the fetch runs only if the user approves this permission request. Hosts should highlight the elevated risk in the approval UI. */
  readonly requestSandboxBypass?: boolean | undefined
  /** What the tool tells the user about the bypass on offer: which policy rule blocked the call, or why it cannot be sandboxed. Only meaningful when requestSandboxBypass is true. */
  readonly requestSandboxBypassReason?: string | undefined
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
  /** Whether managed policy requires a human response and forbids host auto-approval */
  readonly managedApprovalRequired?: boolean | undefined
}

/** Memory operation permission prompt */
export interface PermissionPromptRequestMemory {
  /** Prompt kind discriminator */
  readonly kind: "memory"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Whether this is a store or vote memory operation */
  readonly action?: PermissionRequestMemoryAction | undefined
  /** Topic or subject of the memory (store only) */
  readonly subject?: string | undefined
  /** The fact being stored or voted on */
  readonly fact: string
  /** Source references for the stored fact (store only) */
  readonly citations?: string | undefined
  /** Vote direction (vote only) */
  readonly direction?: PermissionRequestMemoryDirection | undefined
  /** Reason for the vote (vote only) */
  readonly reason?: string | undefined
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
}

/** Custom tool invocation permission prompt */
export interface PermissionPromptRequestCustomTool {
  /** Prompt kind discriminator */
  readonly kind: "custom-tool"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Name of the custom tool */
  readonly toolName: string
  /** Description of what the custom tool does */
  readonly toolDescription: string
  /** Arguments to pass to the custom tool */
  readonly args?: unknown | undefined
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
}

/** Underlying permission kind that needs path approval */
export type PermissionPromptRequestPathAccessKind = "read" | "shell" | "write" | (string & {})

/** Path access permission prompt */
export interface PermissionPromptRequestPath {
  /** Prompt kind discriminator */
  readonly kind: "path"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Underlying permission kind that needs path approval */
  readonly accessKind: PermissionPromptRequestPathAccessKind
  /** File paths that require explicit approval */
  readonly paths: ReadonlyArray<string>
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
}

/** Hook confirmation permission prompt */
export interface PermissionPromptRequestHook {
  /** Prompt kind discriminator */
  readonly kind: "hook"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Name of the tool the hook is gating */
  readonly toolName: string
  /** Arguments of the tool call being gated */
  readonly toolArgs?: unknown | undefined
  /** Optional message from the hook explaining why confirmation is needed */
  readonly hookMessage?: string | undefined
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
}

/** Extension management permission prompt */
export interface PermissionPromptRequestExtensionManagement {
  /** Prompt kind discriminator */
  readonly kind: "extension-management"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** The extension management operation (scaffold, reload) */
  readonly operation: string
  /** Name of the extension being managed */
  readonly extensionName?: string | undefined
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
}

/** Factory run or authoring permission prompt */
export interface PermissionPromptRequestFactory {
  /** Prompt kind discriminator */
  readonly kind: "factory"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Factory operation, either run or author */
  readonly operation: FactoryPermissionOperation
  /** Factory name */
  readonly name: string
  /** Factory description */
  readonly description: string
  /** Declared factory phases */
  readonly phases: ReadonlyArray<FactoryPermissionPhase>
  /** Effective concurrent-subagent limit; omitted means unlimited */
  readonly maxConcurrentSubagents?: number | undefined
  /** Effective total-subagent limit; omitted means unlimited */
  readonly maxTotalSubagents?: number | undefined
  /** Effective active-time limit in seconds; omitted means unlimited */
  readonly timeoutSeconds?: number | undefined
  /** Effective AI-credit limit; omitted means unlimited */
  readonly maxAiCredits?: number | undefined
  /** Factory-declared concurrent-subagent limit before any run/resume caller override is applied. */
  readonly declaredMaxConcurrentSubagents?: number | undefined
  /** Factory-declared total-subagent limit before any run/resume caller override is applied. */
  readonly declaredMaxTotalSubagents?: number | undefined
  /** Factory-declared active-time limit in seconds before any run/resume caller override is applied. */
  readonly declaredTimeoutSeconds?: number | undefined
  /** Factory-declared AI-credit limit before any run/resume caller override is applied. */
  readonly declaredMaxAiCredits?: number | undefined
  /** Canonical key used for scoped factory approvals */
  readonly approvalKey: string
  /** Whether this factory is eligible for persistent approval */
  readonly canPersistApproval: boolean
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
  /** Whether managed policy requires a human response and forbids host auto-approval */
  readonly managedApprovalRequired?: boolean | undefined
}

/** Extension permission access prompt */
export interface PermissionPromptRequestExtensionPermissionAccess {
  /** Prompt kind discriminator */
  readonly kind: "extension-permission-access"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Name of the extension requesting permission access */
  readonly extensionName: string
  /** Capabilities the extension is requesting */
  readonly capabilities: ReadonlyArray<string>
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
}

/** Extension sensitive environment variable access prompt */
export interface PermissionPromptRequestExtensionEnvAccess {
  /** Prompt kind discriminator */
  readonly kind: "extension-env-access"
  /** Tool call ID that triggered this permission request */
  readonly toolCallId?: string | undefined
  /** Name of the extension requesting environment variable access */
  readonly extensionName: string
  /** Names of the sensitive environment variables the extension is requesting. Values never appear here. */
  readonly environmentVariables: ReadonlyArray<string>
  /** Assisted-approval judge information for this request; present only in assisted mode. */
  readonly assistedApproval?: PermissionAssistedApproval | undefined
}

/** Derived user-facing permission prompt details for UI consumers */
export type PermissionPromptRequest =
  | PermissionPromptRequestCommands
  | PermissionPromptRequestWrite
  | PermissionPromptRequestRead
  | PermissionPromptRequestMcp
  | PermissionPromptRequestUrl
  | PermissionPromptRequestMemory
  | PermissionPromptRequestCustomTool
  | PermissionPromptRequestPath
  | PermissionPromptRequestHook
  | PermissionPromptRequestExtensionManagement
  | PermissionPromptRequestFactory
  | PermissionPromptRequestExtensionPermissionAccess
  | PermissionPromptRequestExtensionEnvAccess

/** Permission request notification requiring client approval with request details */
export interface PermissionRequestedData {
  /** Unique identifier for this permission request; used to respond via session.respondToPermission() */
  readonly requestId: string
  /** Details of the permission being requested */
  readonly permissionRequest: PermissionRequest
  /** Derived user-facing permission prompt details for UI consumers */
  readonly promptRequest?: PermissionPromptRequest | undefined
  /** Agent mode captured from the owning turn when permission evaluation began. */
  readonly agentMode?: SessionMode | undefined
  /** Neutral risk metadata supplied by the tool host. Consumers may display this value but must not use it to bypass the permission decision. */
  readonly riskAssessment?: unknown | undefined
  /** When true, this permission was already resolved by a permissionRequest hook and requires no client action */
  readonly resolvedByHook?: boolean | undefined
}

/** Session event "permission.requested". Permission request notification requiring client approval with request details */
export interface PermissionRequestedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "permission.requested". */
  readonly type: "permission.requested"
  /** Permission request notification requiring client approval with request details */
  readonly data: PermissionRequestedData
}

/** The wire form of {@link PermissionRequestedEvent}. */
export interface PermissionRequestedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "permission.requested"
  readonly data: PermissionRequestedData
}

/** Permission response variant indicating the request was approved without persisting an approval rule. */
export interface PermissionApproved {
  /** The permission request was approved */
  readonly kind: "approved"
  /** Whether a managed approval policy already handled this request */
  readonly managedApprovalHandled?: boolean | undefined
}

/** Session-scoped tool-approval rule for specific shell command identifiers. */
export interface UserToolSessionApprovalCommands {
  /** Command approval kind */
  readonly kind: "commands"
  /** Command identifiers approved by the user */
  readonly commandIdentifiers: ReadonlyArray<string>
}

/** Session-scoped tool-approval rule for read-only filesystem operations. */
export interface UserToolSessionApprovalRead {
  /** Read approval kind */
  readonly kind: "read"
}

/** Session-scoped tool-approval rule for filesystem write operations. */
export interface UserToolSessionApprovalWrite {
  /** Write approval kind */
  readonly kind: "write"
}

/** Session-scoped tool-approval rule for an MCP server tool, or all tools on the server when `toolName` is null. */
export interface UserToolSessionApprovalMcp {
  /** MCP tool approval kind */
  readonly kind: "mcp"
  /** MCP server name */
  readonly serverName: string
  /** Optional MCP tool name, or null for all tools on the server */
  readonly toolName: string | null
}

/** Session-scoped tool-approval rule for writes to long-term memory. */
export interface UserToolSessionApprovalMemory {
  /** Memory approval kind */
  readonly kind: "memory"
}

/** Session-scoped tool-approval rule for a custom tool, keyed by tool name. */
export interface UserToolSessionApprovalCustomTool {
  /** Custom tool approval kind */
  readonly kind: "custom-tool"
  /** Custom tool name */
  readonly toolName: string
}

/** Session-scoped tool-approval rule for extension-management operations, optionally narrowed by operation. */
export interface UserToolSessionApprovalExtensionManagement {
  /** Extension management approval kind */
  readonly kind: "extension-management"
  /** Optional operation identifier */
  readonly operation?: string | undefined
}

/** Session-scoped factory approval, optionally narrowed by approval key. */
export interface UserToolSessionApprovalFactory {
  /** Factory approval kind */
  readonly kind: "factory"
  /** Optional factory operation name or canonical approval key */
  readonly approvalKey?: string | undefined
}

/** Session-scoped tool-approval rule for an extension's permission-gated capability access, keyed by extension name. */
export interface UserToolSessionApprovalExtensionPermissionAccess {
  /** Extension permission access approval kind */
  readonly kind: "extension-permission-access"
  /** Extension name */
  readonly extensionName: string
}

/** Session-scoped tool-approval rule for an extension's access to sensitive environment variables, keyed by extension name and the exact set of variable names. */
export interface UserToolSessionApprovalExtensionEnvAccess {
  /** Extension environment access approval kind */
  readonly kind: "extension-env-access"
  /** Extension name */
  readonly extensionName: string
  /** Names of the sensitive environment variables this approval covers. Values are never persisted. */
  readonly environmentVariables: ReadonlyArray<string>
}

/** The approval to add as a session-scoped rule */
export type UserToolSessionApproval =
  | UserToolSessionApprovalCommands
  | UserToolSessionApprovalRead
  | UserToolSessionApprovalWrite
  | UserToolSessionApprovalMcp
  | UserToolSessionApprovalMemory
  | UserToolSessionApprovalCustomTool
  | UserToolSessionApprovalExtensionManagement
  | UserToolSessionApprovalFactory
  | UserToolSessionApprovalExtensionPermissionAccess
  | UserToolSessionApprovalExtensionEnvAccess

/** Permission response variant that approves a request and remembers the provided approval for the rest of the session. */
export interface PermissionApprovedForSession {
  /** Approved and remembered for the rest of the session */
  readonly kind: "approved-for-session"
  /** The approval to add as a session-scoped rule */
  readonly approval: UserToolSessionApproval
  /** Whether a managed approval policy already handled this request */
  readonly managedApprovalHandled?: boolean | undefined
}

/** Permission response variant that approves a request and persists the provided approval to a project location key. */
export interface PermissionApprovedForLocation {
  /** Approved and persisted for this project location */
  readonly kind: "approved-for-location"
  /** The approval to persist for this location */
  readonly approval: UserToolSessionApproval
  /** The location key (git root or cwd) to persist the approval to */
  readonly locationKey: string
  /** Whether a managed approval policy already handled this request */
  readonly managedApprovalHandled?: boolean | undefined
}

/** Permission response variant indicating the request was cancelled before use, with an optional reason. */
export interface PermissionCancelled {
  /** The permission request was cancelled before a response was used */
  readonly kind: "cancelled"
  /** Optional explanation of why the request was cancelled */
  readonly reason?: string | undefined
}

/** A permission approval or denial rule matched against a tool request, identified by a rule kind with an optional argument value. */
export interface PermissionRule {
  /** The rule kind, such as Shell or GitHubMCP */
  readonly kind: string
  /** Argument value matched against the request, or null when the rule kind has no argument (e.g. 'read', 'write', 'memory'). */
  readonly argument: string | null
}

/** Permission response variant denied because matching approval rules explicitly blocked the request. */
export interface PermissionDeniedByRules {
  /** Denied because approval rules explicitly blocked it */
  readonly kind: "denied-by-rules"
  /** Rules that denied the request */
  readonly rules: ReadonlyArray<PermissionRule>
}

/** Permission response variant denied because no approval rule matched and user confirmation was unavailable. */
export interface PermissionDeniedNoApprovalRuleAndCouldNotRequestFromUser {
  /** Denied because no approval rule matched and user confirmation was unavailable */
  readonly kind: "denied-no-approval-rule-and-could-not-request-from-user"
}

/** Permission response variant denied in an interactive user prompt, with optional feedback and force-reject flag. */
export interface PermissionDeniedInteractivelyByUser {
  /** Denied by the user during an interactive prompt */
  readonly kind: "denied-interactively-by-user"
  /** Optional feedback from the user explaining the denial */
  readonly feedback?: string | undefined
  /** Whether to force-reject the current agent turn */
  readonly forceReject?: boolean | undefined
}

/** Permission response variant denying a path under content exclusion policy, with the path and message. */
export interface PermissionDeniedByContentExclusionPolicy {
  /** Denied by the organization's content exclusion policy */
  readonly kind: "denied-by-content-exclusion-policy"
  /** File path that triggered the exclusion */
  readonly path: string
  /** Human-readable explanation of why the path was excluded */
  readonly message: string
}

/** Permission response variant denied by a permission-request hook, with optional message and interrupt flag. */
export interface PermissionDeniedByPermissionRequestHook {
  /** Denied by a permission request hook registered by an extension or plugin */
  readonly kind: "denied-by-permission-request-hook"
  /** Optional message from the hook explaining the denial */
  readonly message?: string | undefined
  /** Whether to interrupt the current agent turn */
  readonly interrupt?: boolean | undefined
}

/** The result of the permission request */
export type PermissionResult =
  | PermissionApproved
  | PermissionApprovedForSession
  | PermissionApprovedForLocation
  | PermissionCancelled
  | PermissionDeniedByRules
  | PermissionDeniedNoApprovalRuleAndCouldNotRequestFromUser
  | PermissionDeniedInteractivelyByUser
  | PermissionDeniedByContentExclusionPolicy
  | PermissionDeniedByPermissionRequestHook

/** Controlled reason or actor responsible for a permission response. */
export type PermissionDecisionSource =
  | "assisted_approval"
  | "human_response"
  | "host_policy"
  | "unattended_fallback"
  | "authorization_carry_forward"
  | (string & {})

/** Permission request completion notification signaling UI dismissal */
export interface PermissionCompletedData {
  /** Request ID of the resolved permission request; clients should dismiss any UI for this request */
  readonly requestId: string
  /** Optional tool call ID associated with this permission prompt; clients may use it to correlate UI created from tool-scoped prompts */
  readonly toolCallId?: string | undefined
  /** The result of the permission request */
  readonly result: PermissionResult
  /** Who decided this permission request. Absent on completions recorded before this field existed, which consumers must treat as "not a human decision" rather than assuming one. Authorization records are minted only for `human_response`; an assisted-approval verdict, a host policy, an unattended fallback, and a hook resolution all produce the same `result` a person does, so this is the only field that distinguishes them. */
  readonly decisionSource?: PermissionDecisionSource | undefined
}

/** Session event "permission.completed". Permission request completion notification signaling UI dismissal */
export interface PermissionCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "permission.completed". */
  readonly type: "permission.completed"
  /** Permission request completion notification signaling UI dismissal */
  readonly data: PermissionCompletedData
}

/** The wire form of {@link PermissionCompletedEvent}. */
export interface PermissionCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "permission.completed"
  readonly data: PermissionCompletedData
}

/** Records that a live authorization record from an earlier human decision in this session contained a permission proposal, so it ran without another prompt. This mints no authority: it accounts for one more effect against the prior grant, which is what lets a replayed session agree with the live one about how much of that grant is left. */
export interface PermissionCarriedForwardData {
  /** Authorization edge minted for this admission. Not a prompt id: no prompt was raised, so no client should expect a request with this id. */
  readonly requestId: string
  /** Tool call this admission authorizes. Its execution receipts the prior grant, which is how a single-effect approval is spent rather than carried forward again. */
  readonly toolCallId: string
  /** Identity of the prior authorization record that contained the proposal. */
  readonly recordId: string
  /** Always `authorization_carry_forward`. Stated explicitly so a consumer reading this event cannot mistake it for a human, host-policy, or assisted-approval decision. */
  readonly decisionSource: PermissionDecisionSource
}

/** Session event "permission.carriedForward". Records that a live authorization record from an earlier human decision in this session contained a permission proposal, so it ran without another prompt. This mints no authority: it accounts for one more effect against the prior grant, which is what lets a replayed session agree with the live one about how much of that grant is left. */
export interface PermissionCarriedForwardEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "permission.carriedForward". */
  readonly type: "permission.carriedForward"
  /** Records that a live authorization record from an earlier human decision in this session contained a permission proposal, so it ran without another prompt. This mints no authority: it accounts for one more effect against the prior grant, which is what lets a replayed session agree with the live one about how much of that grant is left. */
  readonly data: PermissionCarriedForwardData
}

/** The wire form of {@link PermissionCarriedForwardEvent}. */
export interface PermissionCarriedForwardEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "permission.carriedForward"
  readonly data: PermissionCarriedForwardData
}

/** Which direction a message-backed authorization claim moves authority in. */
export type PermissionMessageAuthorizationPolarity = "grant" | "denial" | (string & {})

/** Freezes one blinded, verbatim-verified authorization claim the runtime minted from a human user message, so a resumed session re-establishes the same grant deterministically instead of re-running the extraction model. This mints no authority on its own: it records what a blinded proposer pointed at and the trusted discriminator the runtime established, and deterministic establishment runs on replay. Persisted so recorded authority survives compaction and process resume. */
export interface PermissionMessageAuthorizationData {
  /** Deterministic identity of the record, derived from the turn and span offsets so re-extracting the same span mints nothing new. */
  readonly recordId: string
  /** The human turn the quoted span was read from. */
  readonly turnIndex: number
  /** Whether the claim granted or denied authority. */
  readonly polarity: PermissionMessageAuthorizationPolarity
  /** The kind of effect authorized, as an action-class identifier. */
  readonly actionClass: string
  /** Start byte offset of the authorizing span within the turn. */
  readonly spanStart: number
  /** End byte offset of the authorizing span within the turn. */
  readonly spanEnd: number
  /** Concrete named targets that appear verbatim inside the span. */
  readonly targetMembers?: ReadonlyArray<string> | undefined
  /** The task the permission is scoped to, when the human named one. */
  readonly task?: string | undefined
  /** The trusted version discriminator, when one exists. Exact shell-command grants carry the byte-identical commands grounded in the human span; world-derived classes carry a file object, remote tip, or runner only when that state was captured safely. An opaque object mirroring the runtime's adjacently-tagged resolution. */
  readonly world?: unknown | undefined
}

/** Session event "permission.messageAuthorization". Freezes one blinded, verbatim-verified authorization claim the runtime minted from a human user message, so a resumed session re-establishes the same grant deterministically instead of re-running the extraction model. This mints no authority on its own: it records what a blinded proposer pointed at and the trusted discriminator the runtime established, and deterministic establishment runs on replay. Persisted so recorded authority survives compaction and process resume. */
export interface PermissionMessageAuthorizationEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "permission.messageAuthorization". */
  readonly type: "permission.messageAuthorization"
  /** Freezes one blinded, verbatim-verified authorization claim the runtime minted from a human user message, so a resumed session re-establishes the same grant deterministically instead of re-running the extraction model. This mints no authority on its own: it records what a blinded proposer pointed at and the trusted discriminator the runtime established, and deterministic establishment runs on replay. Persisted so recorded authority survives compaction and process resume. */
  readonly data: PermissionMessageAuthorizationData
}

/** The wire form of {@link PermissionMessageAuthorizationEvent}. */
export interface PermissionMessageAuthorizationEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "permission.messageAuthorization"
  readonly data: PermissionMessageAuthorizationData
}

/** Records that one human turn has been read by the blinded authorization proposer, whether or not it minted anything, so a resumed session does not re-run the extraction model on a turn the live session already read. Also records whether that pass activates ongoing extraction; contextual-assent-only passes do not, so unrelated future messages remain outside extraction. */
export interface PermissionMessageAuthorizationReadData {
  /** The human turn that was read by the proposer. */
  readonly turnIndex: number
  /** Whether this read activates ongoing message-backed extraction. False for a contextual-assent-only pass while auto-approval is off, so unrelated future messages remain outside extraction. */
  readonly activatesExtraction?: boolean | undefined
}

/** Session event "permission.messageAuthorizationRead". Records that one human turn has been read by the blinded authorization proposer, whether or not it minted anything, so a resumed session does not re-run the extraction model on a turn the live session already read. Also records whether that pass activates ongoing extraction; contextual-assent-only passes do not, so unrelated future messages remain outside extraction. */
export interface PermissionMessageAuthorizationReadEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "permission.messageAuthorizationRead". */
  readonly type: "permission.messageAuthorizationRead"
  /** Records that one human turn has been read by the blinded authorization proposer, whether or not it minted anything, so a resumed session does not re-run the extraction model on a turn the live session already read. Also records whether that pass activates ongoing extraction; contextual-assent-only passes do not, so unrelated future messages remain outside extraction. */
  readonly data: PermissionMessageAuthorizationReadData
}

/** The wire form of {@link PermissionMessageAuthorizationReadEvent}. */
export interface PermissionMessageAuthorizationReadEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "permission.messageAuthorizationRead"
  readonly data: PermissionMessageAuthorizationReadData
}

/** Records that message-backed authorization could not safely represent one human turn before compaction. The runtime may compact the original message after this marker is durable, but message-derived carry-forward and assisted auto-approval remain disabled for the rest of the session so subsequent commands continue through the ordinary permission prompt. */
export interface PermissionMessageAuthorizationDegradedData {
  /** The human turn that could not be represented safely. */
  readonly turnIndex: number
}

/** Session event "permission.messageAuthorizationDegraded". Records that message-backed authorization could not safely represent one human turn before compaction. The runtime may compact the original message after this marker is durable, but message-derived carry-forward and assisted auto-approval remain disabled for the rest of the session so subsequent commands continue through the ordinary permission prompt. */
export interface PermissionMessageAuthorizationDegradedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "permission.messageAuthorizationDegraded". */
  readonly type: "permission.messageAuthorizationDegraded"
  /** Records that message-backed authorization could not safely represent one human turn before compaction. The runtime may compact the original message after this marker is durable, but message-derived carry-forward and assisted auto-approval remain disabled for the rest of the session so subsequent commands continue through the ordinary permission prompt. */
  readonly data: PermissionMessageAuthorizationDegradedData
}

/** The wire form of {@link PermissionMessageAuthorizationDegradedEvent}. */
export interface PermissionMessageAuthorizationDegradedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "permission.messageAuthorizationDegraded"
  readonly data: PermissionMessageAuthorizationDegradedData
}

/** Records that deterministic text recognition found likely assent in the human turn immediately following a root Autopilot permission request that was blocked because no interactive response was available. This event grants no authority; its model-facing projection only suggests retrying the unchanged operation. */
export interface PermissionAssentDetectedData {
  /** Permission request the likely assent may refer to. The runtime derives this from the preceding durable blocker; the human message and extraction model do not choose it. */
  readonly requestId: string
  /** Human turn whose text triggered the deterministic assent recognizer. */
  readonly turnIndex: number
}

/** Session event "permission.assentDetected". Records that deterministic text recognition found likely assent in the human turn immediately following a root Autopilot permission request that was blocked because no interactive response was available. This event grants no authority; its model-facing projection only suggests retrying the unchanged operation. */
export interface PermissionAssentDetectedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "permission.assentDetected". */
  readonly type: "permission.assentDetected"
  /** Records that deterministic text recognition found likely assent in the human turn immediately following a root Autopilot permission request that was blocked because no interactive response was available. This event grants no authority; its model-facing projection only suggests retrying the unchanged operation. */
  readonly data: PermissionAssentDetectedData
}

/** The wire form of {@link PermissionAssentDetectedEvent}. */
export interface PermissionAssentDetectedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "permission.assentDetected"
  readonly data: PermissionAssentDetectedData
}

/** Freezes a blinded contextual authorization proposal whose verbatim human span was deterministically bound to the immediately preceding blocked permission request. The event carries no action fields; replay re-derives the exact action from the earlier permission request and mints a one-shot message grant only when the binding and span still verify. */
export interface PermissionContextualAuthorizationData {
  /** Deterministic identity of the contextual message grant. */
  readonly recordId: string
  /** Original blocked permission request selected by deterministic event ordering, never by the extraction model. */
  readonly requestId: string
  /** Human turn containing the contextual decision. */
  readonly turnIndex: number
  /** Whether the contextual human span granted or denied authority. */
  readonly polarity: PermissionMessageAuthorizationPolarity
  /** Start byte offset of the contextual decision span within the turn. */
  readonly spanStart: number
  /** End byte offset of the contextual decision span within the turn. */
  readonly spanEnd: number
}

/** Session event "permission.contextualAuthorization". Freezes a blinded contextual authorization proposal whose verbatim human span was deterministically bound to the immediately preceding blocked permission request. The event carries no action fields; replay re-derives the exact action from the earlier permission request and mints a one-shot message grant only when the binding and span still verify. */
export interface PermissionContextualAuthorizationEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "permission.contextualAuthorization". */
  readonly type: "permission.contextualAuthorization"
  /** Freezes a blinded contextual authorization proposal whose verbatim human span was deterministically bound to the immediately preceding blocked permission request. The event carries no action fields; replay re-derives the exact action from the earlier permission request and mints a one-shot message grant only when the binding and span still verify. */
  readonly data: PermissionContextualAuthorizationData
}

/** The wire form of {@link PermissionContextualAuthorizationEvent}. */
export interface PermissionContextualAuthorizationEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "permission.contextualAuthorization"
  readonly data: PermissionContextualAuthorizationData
}

/** User input request notification with question and optional predefined choices */
export interface UserInputRequestedData {
  /** Unique identifier for this input request; used to respond via session.respondToUserInput() */
  readonly requestId: string
  /** The question or prompt to present to the user */
  readonly question: string
  /** Predefined choices for the user to select from, if applicable */
  readonly choices?: ReadonlyArray<string> | undefined
  /** Whether the user can provide a free-form text response in addition to predefined choices */
  readonly allowFreeform?: boolean | undefined
  /** The LLM-assigned tool call ID that triggered this request; used by remote UIs to correlate responses */
  readonly toolCallId?: string | undefined
}

/** Session event "user_input.requested". User input request notification with question and optional predefined choices */
export interface UserInputRequestedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "user_input.requested". */
  readonly type: "user_input.requested"
  /** User input request notification with question and optional predefined choices */
  readonly data: UserInputRequestedData
}

/** The wire form of {@link UserInputRequestedEvent}. */
export interface UserInputRequestedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "user_input.requested"
  readonly data: UserInputRequestedData
}

/** User input request completion with the user's response */
export interface UserInputCompletedData {
  /** Request ID of the resolved user input request; clients should dismiss any UI for this request */
  readonly requestId: string
  /** The user's answer to the input request */
  readonly answer?: string | undefined
  /** Whether the answer was typed as free-form text rather than selected from choices */
  readonly wasFreeform?: boolean | undefined
}

/** Session event "user_input.completed". User input request completion with the user's response */
export interface UserInputCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "user_input.completed". */
  readonly type: "user_input.completed"
  /** User input request completion with the user's response */
  readonly data: UserInputCompletedData
}

/** The wire form of {@link UserInputCompletedEvent}. */
export interface UserInputCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "user_input.completed"
  readonly data: UserInputCompletedData
}

/** Elicitation mode; "form" for structured input, "url" for browser-based. Defaults to "form" when absent. */
export type ElicitationRequestedMode = "form" | "url" | (string & {})

/** JSON Schema describing the form fields to present to the user (form mode only) */
export interface ElicitationRequestedSchema {
  /** Schema type indicator (always 'object') */
  readonly type: "object"
  /** Form field definitions, keyed by field name */
  readonly properties: { readonly [key: string]: unknown }
  /** List of required field names */
  readonly required?: ReadonlyArray<string> | undefined
}

/** Elicitation request; may be form-based (structured input) or URL-based (browser redirect) */
export interface ElicitationRequestedData {
  /** Unique identifier for this elicitation request; used to respond via session.respondToElicitation() */
  readonly requestId: string
  /** Tool call ID from the LLM completion; used to correlate with CompletionChunk.toolCall.id for remote UIs */
  readonly toolCallId?: string | undefined
  /** The source that initiated the request (MCP server name, or absent for agent-initiated) */
  readonly elicitationSource?: string | undefined
  /** Message describing what information is needed from the user */
  readonly message: string
  /** Elicitation mode; "form" for structured input, "url" for browser-based. Defaults to "form" when absent. */
  readonly mode?: ElicitationRequestedMode | undefined
  /** JSON Schema describing the form fields to present to the user (form mode only) */
  readonly requestedSchema?: ElicitationRequestedSchema | undefined
  /** URL to open in the user's browser (url mode only) */
  readonly url?: string | undefined
}

/** Session event "elicitation.requested". Elicitation request; may be form-based (structured input) or URL-based (browser redirect) */
export interface ElicitationRequestedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "elicitation.requested". */
  readonly type: "elicitation.requested"
  /** Elicitation request; may be form-based (structured input) or URL-based (browser redirect) */
  readonly data: ElicitationRequestedData
}

/** The wire form of {@link ElicitationRequestedEvent}. */
export interface ElicitationRequestedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "elicitation.requested"
  readonly data: ElicitationRequestedData
}

/** The user action: "accept" (submitted form), "decline" (explicitly refused), or "cancel" (dismissed) */
export type ElicitationCompletedAction = "accept" | "decline" | "cancel" | (string & {})

/** Opaque JSON value submitted for one field in accepted `elicitation.completed` form content. */
export type ElicitationCompletedContent = unknown

/** Elicitation request completion with the user's response */
export interface ElicitationCompletedData {
  /** Request ID of the resolved elicitation request; clients should dismiss any UI for this request */
  readonly requestId: string
  /** The user action: "accept" (submitted form), "decline" (explicitly refused), or "cancel" (dismissed) */
  readonly action?: ElicitationCompletedAction | undefined
  /** The submitted form data when action is 'accept'; keys match the requested schema fields */
  readonly content?: { readonly [key: string]: ElicitationCompletedContent } | undefined
}

/** Session event "elicitation.completed". Elicitation request completion with the user's response */
export interface ElicitationCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "elicitation.completed". */
  readonly type: "elicitation.completed"
  /** Elicitation request completion with the user's response */
  readonly data: ElicitationCompletedData
}

/** The wire form of {@link ElicitationCompletedEvent}. */
export interface ElicitationCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "elicitation.completed"
  readonly data: ElicitationCompletedData
}

/** Sampling request from an MCP server; contains the server name and a requestId for correlation */
export interface SamplingRequestedData {
  /** Unique identifier for this sampling request; used to respond via session.respondToSampling() */
  readonly requestId: string
  /** Name of the MCP server that initiated the sampling request */
  readonly serverName: string
  /** The JSON-RPC request ID from the MCP protocol */
  readonly mcpRequestId: unknown
}

/** Session event "sampling.requested". Sampling request from an MCP server; contains the server name and a requestId for correlation */
export interface SamplingRequestedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "sampling.requested". */
  readonly type: "sampling.requested"
  /** Sampling request from an MCP server; contains the server name and a requestId for correlation */
  readonly data: SamplingRequestedData
}

/** The wire form of {@link SamplingRequestedEvent}. */
export interface SamplingRequestedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "sampling.requested"
  readonly data: SamplingRequestedData
}

/** Sampling request completion notification signaling UI dismissal */
export interface SamplingCompletedData {
  /** Request ID of the resolved sampling request; clients should dismiss any UI for this request */
  readonly requestId: string
}

/** Session event "sampling.completed". Sampling request completion notification signaling UI dismissal */
export interface SamplingCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "sampling.completed". */
  readonly type: "sampling.completed"
  /** Sampling request completion notification signaling UI dismissal */
  readonly data: SamplingCompletedData
}

/** The wire form of {@link SamplingCompletedEvent}. */
export interface SamplingCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "sampling.completed"
  readonly data: SamplingCompletedData
}

/** Static OAuth client configuration, if the server specifies one */
export interface McpOauthRequiredStaticClientConfig {
  /** OAuth client ID for the server */
  readonly clientId: string
  /** Optional OAuth client secret for confidential static clients, when the runtime can resolve one */
  readonly clientSecret?: string | undefined
  /** Whether this is a public OAuth client */
  readonly publicClient?: boolean | undefined
  /** Optional non-default OAuth grant type. When set to 'client_credentials', the OAuth flow runs headlessly using the client_id + keychain-stored secret (no browser, no callback server). */
  readonly grantType?: "client_credentials" | undefined
}

/** OAuth WWW-Authenticate parameters parsed from an MCP auth challenge */
export interface McpOauthWWWAuthenticateParams {
  /** Protected resource metadata URL from the WWW-Authenticate resource_metadata parameter, if present */
  readonly resourceMetadataUrl?: string | undefined
  /** Requested OAuth scopes from the WWW-Authenticate scope parameter, if present */
  readonly scope?: string | undefined
  /** OAuth error from the WWW-Authenticate error parameter, if present */
  readonly error?: string | undefined
}

/** Single HTTP header entry as a name/value pair. */
export interface HeaderEntry {
  /** HTTP response header name as observed by the runtime. */
  readonly name: string
  /** HTTP response header value as observed by the runtime. */
  readonly value: string
}

/** Raw HTTP response details from the OAuth auth challenge, as observed by the runtime. */
export interface McpOauthHttpResponse {
  /** HTTP status code returned with the auth challenge. */
  readonly statusCode: number
  /** HTTP response headers as observed by the runtime. Order and casing are transport-dependent, and duplicate header names may appear multiple times. */
  readonly headers: ReadonlyArray<HeaderEntry>
  /** Complete UTF-8 response body for host-specific challenge handling, including an empty string for an empty body. Omitted when the complete body is not valid UTF-8; body read failures fail the HTTP operation rather than exposing a partial response. */
  readonly body?: string | undefined
}

/** Reason the runtime is requesting host-provided MCP OAuth credentials */
export type McpOauthRequestReason = "initial" | "refresh" | "reauth" | "upscope" | (string & {})

/** OAuth authentication request for an MCP server */
export interface McpOauthRequiredData {
  /** Unique identifier for this OAuth request; used to respond via session.mcp.oauth.handlePendingRequest */
  readonly requestId: string
  /** Display name of the MCP server that requires OAuth */
  readonly serverName: string
  /** URL of the MCP server that requires OAuth */
  readonly serverUrl: string
  /** Static OAuth client configuration, if the server specifies one */
  readonly staticClientConfig?: McpOauthRequiredStaticClientConfig | undefined
  /** OAuth WWW-Authenticate parameters parsed from the auth challenge, if available */
  readonly wwwAuthenticateParams?: McpOauthWWWAuthenticateParams | undefined
  /** Raw HTTP response details from the OAuth auth challenge, as observed by the runtime. Header order and casing are transport-dependent, and duplicate header names may appear multiple times. */
  readonly httpResponse?: McpOauthHttpResponse | undefined
  /** Raw OAuth protected-resource metadata document fetched for the MCP server, if available */
  readonly resourceMetadata?: string | undefined
  /** Why the runtime is requesting host-provided OAuth credentials. */
  readonly reason: McpOauthRequestReason
}

/** Session event "mcp.oauth_required". OAuth authentication request for an MCP server */
export interface McpOauthRequiredEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "mcp.oauth_required". */
  readonly type: "mcp.oauth_required"
  /** OAuth authentication request for an MCP server */
  readonly data: McpOauthRequiredData
}

/** The wire form of {@link McpOauthRequiredEvent}. */
export interface McpOauthRequiredEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "mcp.oauth_required"
  readonly data: McpOauthRequiredData
}

/** How the pending MCP OAuth request was completed */
export type McpOauthCompletionOutcome = "token" | "cancelled" | (string & {})

/** MCP OAuth request completion notification */
export interface McpOauthCompletedData {
  /** Request ID of the resolved OAuth request */
  readonly requestId: string
  /** How the pending OAuth request was completed */
  readonly outcome: McpOauthCompletionOutcome
}

/** Session event "mcp.oauth_completed". MCP OAuth request completion notification */
export interface McpOauthCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "mcp.oauth_completed". */
  readonly type: "mcp.oauth_completed"
  /** MCP OAuth request completion notification */
  readonly data: McpOauthCompletedData
}

/** The wire form of {@link McpOauthCompletedEvent}. */
export interface McpOauthCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "mcp.oauth_completed"
  readonly data: McpOauthCompletedData
}

/** Why dynamic headers are being requested. */
export type McpHeadersRefreshRequiredReason = "startup" | "ttl-expired" | "auth-failed" | (string & {})

/** Dynamic headers refresh request for a remote MCP server */
export interface McpHeadersRefreshRequiredData {
  /** Unique identifier for this headers refresh request; used to respond via session.mcp.headers.handlePendingHeadersRefreshRequest() */
  readonly requestId: string
  /** Display name of the remote MCP server requesting headers */
  readonly serverName: string
  /** URL of the remote MCP server requesting headers */
  readonly serverUrl: string
  /** Why dynamic headers are being requested. */
  readonly reason: McpHeadersRefreshRequiredReason
}

/** Session event "mcp.headers_refresh_required". Dynamic headers refresh request for a remote MCP server */
export interface McpHeadersRefreshRequiredEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "mcp.headers_refresh_required". */
  readonly type: "mcp.headers_refresh_required"
  /** Dynamic headers refresh request for a remote MCP server */
  readonly data: McpHeadersRefreshRequiredData
}

/** The wire form of {@link McpHeadersRefreshRequiredEvent}. */
export interface McpHeadersRefreshRequiredEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "mcp.headers_refresh_required"
  readonly data: McpHeadersRefreshRequiredData
}

/** How the pending MCP headers refresh request resolved. */
export type McpHeadersRefreshCompletedOutcome = "headers" | "none" | "error" | "timeout" | (string & {})

/** MCP headers refresh request completion notification */
export interface McpHeadersRefreshCompletedData {
  /** Request ID of the resolved headers refresh request */
  readonly requestId: string
  /** How the pending MCP headers refresh request resolved. */
  readonly outcome: McpHeadersRefreshCompletedOutcome
}

/** Session event "mcp.headers_refresh_completed". MCP headers refresh request completion notification */
export interface McpHeadersRefreshCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "mcp.headers_refresh_completed". */
  readonly type: "mcp.headers_refresh_completed"
  /** MCP headers refresh request completion notification */
  readonly data: McpHeadersRefreshCompletedData
}

/** The wire form of {@link McpHeadersRefreshCompletedEvent}. */
export interface McpHeadersRefreshCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "mcp.headers_refresh_completed"
  readonly data: McpHeadersRefreshCompletedData
}

/** Optional source-defined string identifiers describing the payload subject */
export type CustomNotificationSubject = { readonly [key: string]: string }

/** Source-defined JSON payload for the custom notification */
export type CustomNotificationPayload = unknown

/** Opaque custom notification data. Consumers may branch on source and name, but payload semantics are source-defined. */
export interface CustomNotificationData {
  /** Namespace for the custom notification producer */
  readonly source: string
  /** Source-defined custom notification name */
  readonly name: string
  /** Optional source-defined payload schema version */
  readonly version?: number | undefined
  /** Optional source-defined string identifiers describing the payload subject */
  readonly subject?: CustomNotificationSubject | undefined
  /** Source-defined JSON payload for the custom notification */
  readonly payload: CustomNotificationPayload
}

/** Session event "session.custom_notification". Opaque custom notification data. Consumers may branch on source and name, but payload semantics are source-defined. */
export interface CustomNotificationEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.custom_notification". */
  readonly type: "session.custom_notification"
  /** Opaque custom notification data. Consumers may branch on source and name, but payload semantics are source-defined. */
  readonly data: CustomNotificationData
}

/** The wire form of {@link CustomNotificationEvent}. */
export interface CustomNotificationEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.custom_notification"
  readonly data: CustomNotificationData
}

/** Lifecycle phase for a Rust-owned ephemeral query stream. */
export type UIEphemeralQueryPhase = "started" | "chunk" | "completed" | "failed" | "aborted" | (string & {})

/** Ordered output and terminal state for a transient query that does not modify conversation history. */
export interface UIEphemeralQueryData {
  /** Runtime-minted query identifier. */
  readonly requestId: string
  /** Current query lifecycle phase. */
  readonly phase: UIEphemeralQueryPhase
  /** Ordered text delta, present for the `chunk` phase. */
  readonly chunk?: string | undefined
  /** Full response text, present for the `completed` phase. */
  readonly answer?: string | undefined
  /** Model or transport failure message, present for the `failed` phase. */
  readonly error?: string | undefined
}

/** Session event "ui.ephemeral_query". Ordered output and terminal state for a transient query that does not modify conversation history. */
export interface UIEphemeralQueryEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "ui.ephemeral_query". */
  readonly type: "ui.ephemeral_query"
  /** Ordered output and terminal state for a transient query that does not modify conversation history. */
  readonly data: UIEphemeralQueryData
}

/** The wire form of {@link UIEphemeralQueryEvent}. */
export interface UIEphemeralQueryEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "ui.ephemeral_query"
  readonly data: UIEphemeralQueryData
}

/** External tool invocation request for client-side tool execution */
export interface ExternalToolRequestedData {
  /** Unique identifier for this request; used to respond via session.respondToExternalTool() */
  readonly requestId: string
  /** Session ID that this external tool request belongs to */
  readonly sessionId: string
  /** Tool call ID assigned to this external tool invocation */
  readonly toolCallId: string
  /** Name of the external tool to invoke */
  readonly toolName: string
  /** Stable provider identity captured with an extension-owned tool definition; hosts use it to route the request to the same provider that was offered to the model */
  readonly providerId?: string | null | undefined
  /** Arguments to pass to the external tool */
  readonly arguments?: unknown | undefined
  /** Active session working directory, when known. */
  readonly workingDirectory?: string | undefined
  /** W3C Trace Context traceparent header for the execute_tool span */
  readonly traceparent?: string | undefined
  /** W3C Trace Context tracestate header for the execute_tool span */
  readonly tracestate?: string | undefined
}

/** Session event "external_tool.requested". External tool invocation request for client-side tool execution */
export interface ExternalToolRequestedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "external_tool.requested". */
  readonly type: "external_tool.requested"
  /** External tool invocation request for client-side tool execution */
  readonly data: ExternalToolRequestedData
}

/** The wire form of {@link ExternalToolRequestedEvent}. */
export interface ExternalToolRequestedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "external_tool.requested"
  readonly data: ExternalToolRequestedData
}

/** External tool completion notification signaling UI dismissal */
export interface ExternalToolCompletedData {
  /** Request ID of the resolved external tool request; clients should dismiss any UI for this request */
  readonly requestId: string
}

/** Session event "external_tool.completed". External tool completion notification signaling UI dismissal */
export interface ExternalToolCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral?: true | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "external_tool.completed". */
  readonly type: "external_tool.completed"
  /** External tool completion notification signaling UI dismissal */
  readonly data: ExternalToolCompletedData
}

/** The wire form of {@link ExternalToolCompletedEvent}. */
export interface ExternalToolCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: true | undefined
  readonly agentId?: string | undefined
  readonly type: "external_tool.completed"
  readonly data: ExternalToolCompletedData
}

/** Queued slash command dispatch request for client execution */
export interface CommandQueuedData {
  /** Unique identifier for this request; used to respond via session.respondToQueuedCommand() */
  readonly requestId: string
  /** The slash command text to be executed (e.g., /help, /clear) */
  readonly command: string
}

/** Session event "command.queued". Queued slash command dispatch request for client execution */
export interface CommandQueuedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "command.queued". */
  readonly type: "command.queued"
  /** Queued slash command dispatch request for client execution */
  readonly data: CommandQueuedData
}

/** The wire form of {@link CommandQueuedEvent}. */
export interface CommandQueuedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "command.queued"
  readonly data: CommandQueuedData
}

/** Registered command dispatch request routed to the owning client */
export interface CommandExecuteData {
  /** Unique identifier; used to respond via session.commands.handlePendingCommand() */
  readonly requestId: string
  /** The full command text (e.g., /deploy production) */
  readonly command: string
  /** Command name without leading / */
  readonly commandName: string
  /** Raw argument string after the command name */
  readonly args: string
}

/** Session event "command.execute". Registered command dispatch request routed to the owning client */
export interface CommandExecuteEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "command.execute". */
  readonly type: "command.execute"
  /** Registered command dispatch request routed to the owning client */
  readonly data: CommandExecuteData
}

/** The wire form of {@link CommandExecuteEvent}. */
export interface CommandExecuteEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "command.execute"
  readonly data: CommandExecuteData
}

/** Queued command completion notification signaling UI dismissal */
export interface CommandCompletedData {
  /** Request ID of the resolved command request; clients should dismiss any UI for this request */
  readonly requestId: string
}

/** Session event "command.completed". Queued command completion notification signaling UI dismissal */
export interface CommandCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "command.completed". */
  readonly type: "command.completed"
  /** Queued command completion notification signaling UI dismissal */
  readonly data: CommandCompletedData
}

/** The wire form of {@link CommandCompletedEvent}. */
export interface CommandCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "command.completed"
  readonly data: CommandCompletedData
}

/** Auto mode switch request notification requiring user approval */
export interface AutoModeSwitchRequestedData {
  /** Unique identifier for this request; used to respond via session.respondToAutoModeSwitch() */
  readonly requestId: string
  /** The rate limit error code that triggered this request */
  readonly errorCode?: string | undefined
  /** Seconds until the rate limit resets, when known. Lets clients render a humanized reset time alongside the prompt. */
  readonly retryAfterSeconds?: number | undefined
}

/** Session event "auto_mode_switch.requested". Auto mode switch request notification requiring user approval */
export interface AutoModeSwitchRequestedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "auto_mode_switch.requested". */
  readonly type: "auto_mode_switch.requested"
  /** Auto mode switch request notification requiring user approval */
  readonly data: AutoModeSwitchRequestedData
}

/** The wire form of {@link AutoModeSwitchRequestedEvent}. */
export interface AutoModeSwitchRequestedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "auto_mode_switch.requested"
  readonly data: AutoModeSwitchRequestedData
}

/** The user's auto-mode-switch choice */
export type AutoModeSwitchResponse = "yes" | "yes_always" | "no" | (string & {})

/** Auto mode switch completion notification */
export interface AutoModeSwitchCompletedData {
  /** Request ID of the resolved request; clients should dismiss any UI for this request */
  readonly requestId: string
  /** The user's auto-mode-switch choice */
  readonly response: AutoModeSwitchResponse
}

/** Session event "auto_mode_switch.completed". Auto mode switch completion notification */
export interface AutoModeSwitchCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "auto_mode_switch.completed". */
  readonly type: "auto_mode_switch.completed"
  /** Auto mode switch completion notification */
  readonly data: AutoModeSwitchCompletedData
}

/** The wire form of {@link AutoModeSwitchCompletedEvent}. */
export interface AutoModeSwitchCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "auto_mode_switch.completed"
  readonly data: AutoModeSwitchCompletedData
}

/** Session limit exhaustion notification requiring user action. */
export interface SessionLimitsExhaustedRequestedData {
  /** Unique identifier for this request; used to respond via session.ui.handlePendingSessionLimitsExhausted(). */
  readonly requestId: string
  /** AI Credits already consumed in the current accounting window. */
  readonly usedAiCredits: number
  /** Configured max AI Credits for the current accounting window. */
  readonly maxAiCredits: number
}

/** Session event "session_limits_exhausted.requested". Session limit exhaustion notification requiring user action. */
export interface SessionLimitsExhaustedRequestedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session_limits_exhausted.requested". */
  readonly type: "session_limits_exhausted.requested"
  /** Session limit exhaustion notification requiring user action. */
  readonly data: SessionLimitsExhaustedRequestedData
}

/** The wire form of {@link SessionLimitsExhaustedRequestedEvent}. */
export interface SessionLimitsExhaustedRequestedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session_limits_exhausted.requested"
  readonly data: SessionLimitsExhaustedRequestedData
}

/** User action selected for an exhausted session limit. */
export type SessionLimitsExhaustedResponseAction = "add" | "set" | "unset" | "cancel" | (string & {})

/** The user's selected action for an exhausted session limit. */
export interface SessionLimitsExhaustedResponse {
  /** Action selected by the user. */
  readonly action: SessionLimitsExhaustedResponseAction
  /** AI Credits to add to the current max when action is 'add'. */
  readonly additionalAiCredits?: number | undefined
  /** New absolute max AI Credits when action is 'set'. */
  readonly maxAiCredits?: number | undefined
}

/** Session limit exhaustion prompt completion notification. */
export interface SessionLimitsExhaustedCompletedData {
  /** Request ID of the resolved request; clients should dismiss any UI for this request. */
  readonly requestId: string
  /** The user's selected session-limit action. */
  readonly response: SessionLimitsExhaustedResponse
}

/** Session event "session_limits_exhausted.completed". Session limit exhaustion prompt completion notification. */
export interface SessionLimitsExhaustedCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session_limits_exhausted.completed". */
  readonly type: "session_limits_exhausted.completed"
  /** Session limit exhaustion prompt completion notification. */
  readonly data: SessionLimitsExhaustedCompletedData
}

/** The wire form of {@link SessionLimitsExhaustedCompletedEvent}. */
export interface SessionLimitsExhaustedCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session_limits_exhausted.completed"
  readonly data: SessionLimitsExhaustedCompletedData
}

/** Coarse request-difficulty bucket for UX explainability */
export type AutoModeResolvedReasoningBucket = "low" | "medium" | "high" | (string & {})

/** Auto Intent resolution: the concrete model the session settled on for the first prompt of an auto-mode session, and why. Lets SDK clients render the chosen model and the full reason it was picked. The core selection fields (chosenModel/reasoningBucket/categoryScores) are stable; the routing-analytics fields (predictedLabel/confidence/candidateModels) mirror the upstream intent service and may evolve, hence the event's experimental stability. */
export interface AutoModeResolvedData {
  /** The concrete model the session will use after any intent refinement */
  readonly chosenModel: string
  /** Coarse request-difficulty bucket, for explaining why a model was chosen ("picked X because this looks like high-reasoning work") */
  readonly reasoningBucket?: AutoModeResolvedReasoningBucket | undefined
  /** Per-category classifier scores (0-1) behind the bucket: the granular HYDRA capability scores (reasoning, code_gen, debugging, tool_use), or the binary needs_reasoning/no_reasoning scores when HYDRA didn't run. Lets clients show a breakdown rather than just the bucket. */
  readonly categoryScores?: { readonly [key: string]: number } | undefined
  /** The predicted classifier label (e.g. `needs_reasoning`), when available */
  readonly predictedLabel?: string | undefined
  /** Classifier confidence for the predicted label, when available */
  readonly confidence?: number | undefined
  /** Ordered candidate model list the router returned, when not a fallback */
  readonly candidateModels?: ReadonlyArray<string> | undefined
  /** The routing method the server applied, when Auto Intent ran */
  readonly routingMethod?: string | undefined
  /** Models offered to the router for this resolution */
  readonly availableModels?: ReadonlyArray<string> | undefined
  /** Whether the router fell back to the standard Auto selection */
  readonly fallback?: boolean | undefined
  /** Server-provided reason for falling back, when available */
  readonly fallbackReason?: string | undefined
  /** Whether a sticky model choice overrode the router result */
  readonly stickyOverride?: boolean | undefined
  /** Server-reported router processing time in milliseconds */
  readonly routerLatencyMs?: number | undefined
  /** End-to-end client wait time for the router request in milliseconds */
  readonly endToEndLatencyMs?: number | undefined
  /** The chosen model's score shortfall relative to the top candidate */
  readonly chosenShortfall?: number | undefined
  /** Whether the routed prompt contained an image */
  readonly hasImage?: boolean | undefined
}

/** Session event "session.auto_mode_resolved". Auto Intent resolution: the concrete model the session settled on for the first prompt of an auto-mode session, and why. Lets SDK clients render the chosen model and the full reason it was picked. The core selection fields (chosenModel/reasoningBucket/categoryScores) are stable; the routing-analytics fields (predictedLabel/confidence/candidateModels) mirror the upstream intent service and may evolve, hence the event's experimental stability. */
export interface AutoModeResolvedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.auto_mode_resolved". */
  readonly type: "session.auto_mode_resolved"
  /** Auto Intent resolution: the concrete model the session settled on for the first prompt of an auto-mode session, and why. Lets SDK clients render the chosen model and the full reason it was picked. The core selection fields (chosenModel/reasoningBucket/categoryScores) are stable; the routing-analytics fields (predictedLabel/confidence/candidateModels) mirror the upstream intent service and may evolve, hence the event's experimental stability. */
  readonly data: AutoModeResolvedData
}

/** The wire form of {@link AutoModeResolvedEvent}. */
export interface AutoModeResolvedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.auto_mode_resolved"
  readonly data: AutoModeResolvedData
}

/** Summary of which managed-settings channels contributed to the effective session policy. Use the per-channel booleans for exact provenance. */
export type ManagedSettingsResolvedSource = "server" | "device" | "client" | "policyHelper" | "mixed" | "none" | (string & {})

/** Enterprise managed-settings resolution: the effective managed settings the session applied and which channels contributed, so SDK clients can show users what is enterprise-managed. Fires whenever managed policy is (re)applied — at session start, on resume, and on account switch. This is an ephemeral live snapshot (delivered to subscribers but not persisted to the session event log), because at session start it resolves before `session.start` is emitted. Device values take precedence over server values, then the policy helper, per ordinary key, while permissions compose restrictively across device, server, policy-helper, and SDK-client layers. The account-scoped `getManagedSettings()` API does not include session-local client injection. Marked experimental while the managed-settings surface stabilizes. */
export interface ManagedSettingsResolvedData {
  /** Channel summary: `server`, `device`, `client`, or `policyHelper` when exactly one channel contributed; `mixed` when multiple channels contributed; otherwise `none`. Consult the per-channel booleans for exact provenance. */
  readonly source: ManagedSettingsResolvedSource
  /** Whether the server (account/org) managed-settings layer was present */
  readonly serverManaged: boolean
  /** Whether an actual device MDM/plist/registry/file managed-settings layer was present */
  readonly deviceManaged: boolean
  /** Whether a session-local permissions layer injected by the SDK host was present */
  readonly clientManaged?: boolean | undefined
  /** Whether the policy-helper managed-settings layer was present. The policy helper is the weakest channel: it fills keys no enterprise source set and can never replace one. */
  readonly policyHelperManaged?: boolean | undefined
  /** Whether managed policy could not be determined (e.g. a failed server fetch) and the session fell back to the fail-closed restriction. When true, restrictions such as disabling bypass-permissions are enforced even though `settings` may be absent. */
  readonly failClosed: boolean
  /** Whether the effective sandbox policy forces the sandbox on *only* because managed policy could not be determined, rather than because the policy requires it. Lets clients tell a user whose `--no-sandbox` was overridden that the sandbox stayed on as a fail-closed fallback, instead of attributing it to an administrator who set no such policy. */
  readonly sandboxEnabledByUndeterminedPolicy?: boolean | undefined
  /** Whether enterprise policy disables bypass-permissions ("yolo") mode for this session. Deny-wins across layers, and forced on when `failClosed` is true. */
  readonly bypassPermissionsDisabled: boolean
  /** Whether at least two managed sources supplied permission allowlists, so enforcement intersects them and the flattened settings payload omits `permissions.allow`. */
  readonly permissionsAllowIntersected?: boolean | undefined
  /** The setting keys under enterprise management in the effective managed settings (e.g. `model`, `enabledPlugins`, `permissions`). Empty when no managed settings are in force. */
  readonly managedKeys: ReadonlyArray<string>
  /** The effective (resolved) managed settings values, so clients can render exactly what is enforced. Absent when no managed policy is in force. */
  readonly settings?: unknown | undefined
}

/** Session event "session.managed_settings_resolved". Enterprise managed-settings resolution: the effective managed settings the session applied and which channels contributed, so SDK clients can show users what is enterprise-managed. Fires whenever managed policy is (re)applied — at session start, on resume, and on account switch. This is an ephemeral live snapshot (delivered to subscribers but not persisted to the session event log), because at session start it resolves before `session.start` is emitted. Device values take precedence over server values, then the policy helper, per ordinary key, while permissions compose restrictively across device, server, policy-helper, and SDK-client layers. The account-scoped `getManagedSettings()` API does not include session-local client injection. Marked experimental while the managed-settings surface stabilizes. */
export interface ManagedSettingsResolvedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.managed_settings_resolved". */
  readonly type: "session.managed_settings_resolved"
  /** Enterprise managed-settings resolution: the effective managed settings the session applied and which channels contributed, so SDK clients can show users what is enterprise-managed. Fires whenever managed policy is (re)applied — at session start, on resume, and on account switch. This is an ephemeral live snapshot (delivered to subscribers but not persisted to the session event log), because at session start it resolves before `session.start` is emitted. Device values take precedence over server values, then the policy helper, per ordinary key, while permissions compose restrictively across device, server, policy-helper, and SDK-client layers. The account-scoped `getManagedSettings()` API does not include session-local client injection. Marked experimental while the managed-settings surface stabilizes. */
  readonly data: ManagedSettingsResolvedData
}

/** The wire form of {@link ManagedSettingsResolvedEvent}. */
export interface ManagedSettingsResolvedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.managed_settings_resolved"
  readonly data: ManagedSettingsResolvedData
}

/** The category of runtime action that enterprise managed settings governed (blocked or capped) */
export type ManagedSettingsEnforcedAction = "bypass_permissions_blocked"

/** For a `bypass_permissions_blocked` action, which permission-escalation primitive was refused */
export type ManagedSettingsEnforcedEscalation =
  | "allow_all"
  | "approve_all"
  | "assisted_approval"
  | "unrestricted_paths"
  | "unrestricted_urls"
  | "server_wide_mcp_approval"
  | (string & {})

/** Runtime enforcement of enterprise managed settings: fires when the session blocks or caps a runtime action because enterprise policy governs it, so SDK clients can explain *why* an action was governed. Unlike `session.managed_settings_resolved` (which reports *what* is managed), this reports a concrete governed action — e.g. a user or host tried to turn on a bypass-permissions escalation while policy disables it. Emitted live (not persisted to the session event log) on user/host-initiated attempts only, never for silent policy application. Marked experimental while the managed-settings surface stabilizes. */
export interface ManagedSettingsEnforcedData {
  /** The category of runtime action that managed policy governed. */
  readonly action: ManagedSettingsEnforcedAction
  /** For a `bypass_permissions_blocked` action, which permission-escalation primitive was refused. Absent for actions without a specific escalation primitive. */
  readonly escalation?: ManagedSettingsEnforcedEscalation | undefined
  /** The managed setting key responsible for the enforcement (e.g. `permissions.disableBypassPermissionsMode`). */
  readonly setting: string
  /** Whether the enforcement was forced by fail-closed handling (managed policy could not be determined) rather than an explicit managed setting. When true, `setting` still names the restriction that was applied. */
  readonly failClosed: boolean
  /** A human-readable explanation of why the action was governed, suitable for surfacing to the user. */
  readonly message: string
}

/** Session event "session.managed_settings_enforced". Runtime enforcement of enterprise managed settings: fires when the session blocks or caps a runtime action because enterprise policy governs it, so SDK clients can explain *why* an action was governed. Unlike `session.managed_settings_resolved` (which reports *what* is managed), this reports a concrete governed action — e.g. a user or host tried to turn on a bypass-permissions escalation while policy disables it. Emitted live (not persisted to the session event log) on user/host-initiated attempts only, never for silent policy application. Marked experimental while the managed-settings surface stabilizes. */
export interface ManagedSettingsEnforcedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.managed_settings_enforced". */
  readonly type: "session.managed_settings_enforced"
  /** Runtime enforcement of enterprise managed settings: fires when the session blocks or caps a runtime action because enterprise policy governs it, so SDK clients can explain *why* an action was governed. Unlike `session.managed_settings_resolved` (which reports *what* is managed), this reports a concrete governed action — e.g. a user or host tried to turn on a bypass-permissions escalation while policy disables it. Emitted live (not persisted to the session event log) on user/host-initiated attempts only, never for silent policy application. Marked experimental while the managed-settings surface stabilizes. */
  readonly data: ManagedSettingsEnforcedData
}

/** The wire form of {@link ManagedSettingsEnforcedEvent}. */
export interface ManagedSettingsEnforcedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.managed_settings_enforced"
  readonly data: ManagedSettingsEnforcedData
}

/** A single slash command available in the session, as listed by the `commands.changed` event. */
export interface CommandsChangedCommand {
  /** Slash command name without the leading slash. */
  readonly name: string
  /** Optional human-readable command description. */
  readonly description?: string | undefined
}

/** SDK command registration change notification */
export interface CommandsChangedData {
  /** Current list of registered SDK commands */
  readonly commands: ReadonlyArray<CommandsChangedCommand>
}

/** Session event "commands.changed". SDK command registration change notification */
export interface CommandsChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "commands.changed". */
  readonly type: "commands.changed"
  /** SDK command registration change notification */
  readonly data: CommandsChangedData
}

/** The wire form of {@link CommandsChangedEvent}. */
export interface CommandsChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "commands.changed"
  readonly data: CommandsChangedData
}

/** UI capability changes */
export interface CapabilitiesChangedUI {
  /** Whether elicitation is now supported */
  readonly elicitation?: boolean | undefined
  /** Whether MCP Apps (SEP-1865) UI passthrough is now supported */
  readonly mcpApps?: boolean | undefined
  /** Whether canvas rendering is now supported */
  readonly canvases?: boolean | undefined
}

/** Session capability change notification */
export interface CapabilitiesChangedData {
  /** UI capability changes */
  readonly ui?: CapabilitiesChangedUI | undefined
}

/** Session event "capabilities.changed". Session capability change notification */
export interface CapabilitiesChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "capabilities.changed". */
  readonly type: "capabilities.changed"
  /** Session capability change notification */
  readonly data: CapabilitiesChangedData
}

/** The wire form of {@link CapabilitiesChangedEvent}. */
export interface CapabilitiesChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "capabilities.changed"
  readonly data: CapabilitiesChangedData
}

/** Exit plan mode action */
export type ExitPlanModeAction = "exit_only" | "interactive" | "autopilot" | "autopilot_fleet" | (string & {})

/** Plan approval request with plan content and available user actions */
export interface ExitPlanModeRequestedData {
  /** Unique identifier for this request; used to respond via session.respondToExitPlanMode() */
  readonly requestId: string
  /** Summary of the plan that was created */
  readonly summary: string
  /** Full content of the plan file */
  readonly planContent: string
  /** Available actions the user can take */
  readonly actions: ReadonlyArray<ExitPlanModeAction>
  /** Recommended action to preselect for the user */
  readonly recommendedAction: ExitPlanModeAction
  /** Model the session had selected when the plan was authored, when one is known */
  readonly model?: string | undefined
}

/** Session event "exit_plan_mode.requested". Plan approval request with plan content and available user actions */
export interface ExitPlanModeRequestedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "exit_plan_mode.requested". */
  readonly type: "exit_plan_mode.requested"
  /** Plan approval request with plan content and available user actions */
  readonly data: ExitPlanModeRequestedData
}

/** The wire form of {@link ExitPlanModeRequestedEvent}. */
export interface ExitPlanModeRequestedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "exit_plan_mode.requested"
  readonly data: ExitPlanModeRequestedData
}

/** Plan mode exit completion with the user's approval decision and optional feedback */
export interface ExitPlanModeCompletedData {
  /** Request ID of the resolved exit plan mode request; clients should dismiss any UI for this request */
  readonly requestId: string
  /** Whether the plan was approved by the user */
  readonly approved?: boolean | undefined
  /** Action selected by the user */
  readonly selectedAction?: ExitPlanModeAction | undefined
  /** Whether edits should be auto-approved without confirmation */
  readonly autoApproveEdits?: boolean | undefined
  /** Free-form feedback from the user if they requested changes to the plan */
  readonly feedback?: string | undefined
}

/** Session event "exit_plan_mode.completed". Plan mode exit completion with the user's approval decision and optional feedback */
export interface ExitPlanModeCompletedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "exit_plan_mode.completed". */
  readonly type: "exit_plan_mode.completed"
  /** Plan mode exit completion with the user's approval decision and optional feedback */
  readonly data: ExitPlanModeCompletedData
}

/** The wire form of {@link ExitPlanModeCompletedEvent}. */
export interface ExitPlanModeCompletedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "exit_plan_mode.completed"
  readonly data: ExitPlanModeCompletedData
}

/** Payload of `session.tools_updated` identifying the model whose resolved tools were updated. */
export interface ToolsUpdatedData {
  /** Identifier of the model the resolved tools apply to. */
  readonly model: string
}

/** Session event "session.tools_updated". Payload of `session.tools_updated` identifying the model whose resolved tools were updated. */
export interface ToolsUpdatedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.tools_updated". */
  readonly type: "session.tools_updated"
  /** Payload of `session.tools_updated` identifying the model whose resolved tools were updated. */
  readonly data: ToolsUpdatedData
}

/** The wire form of {@link ToolsUpdatedEvent}. */
export interface ToolsUpdatedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.tools_updated"
  readonly data: ToolsUpdatedData
}

/** Empty payload for `session.background_tasks_changed`, indicating background task state changed. */
export interface BackgroundTasksChangedData {}

/** Session event "session.background_tasks_changed". Empty payload for `session.background_tasks_changed`, indicating background task state changed. */
export interface BackgroundTasksChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.background_tasks_changed". */
  readonly type: "session.background_tasks_changed"
  /** Empty payload for `session.background_tasks_changed`, indicating background task state changed. */
  readonly data: BackgroundTasksChangedData
}

/** The wire form of {@link BackgroundTasksChangedEvent}. */
export interface BackgroundTasksChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.background_tasks_changed"
  readonly data: BackgroundTasksChangedData
}

/** Ephemeral invalidation signal for a changed factory run. */
export interface FactoryRunUpdatedData {
  /** Factory run identifier. */
  readonly runId: string
  /** Monotonic revision now available for the run. */
  readonly revision: number
}

/** Session event "factory.run_updated". Ephemeral invalidation signal for a changed factory run. */
export interface FactoryRunUpdatedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "factory.run_updated". */
  readonly type: "factory.run_updated"
  /** Ephemeral invalidation signal for a changed factory run. */
  readonly data: FactoryRunUpdatedData
}

/** The wire form of {@link FactoryRunUpdatedEvent}. */
export interface FactoryRunUpdatedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "factory.run_updated"
  readonly data: FactoryRunUpdatedData
}

/** Ephemeral signal that a factory run attempt began executing. */
export interface FactoryRunStartedData {
  /** Identifier of the factory run that started. */
  readonly runId: string
  /** Name of the factory this run executes. Low cardinality by construction. */
  readonly factoryName: string
  /** Attempt number this start committed; a resumed run increments it. */
  readonly attempt: number
}

/** Session event "factory.run_started". Ephemeral signal that a factory run attempt began executing. */
export interface FactoryRunStartedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "factory.run_started". */
  readonly type: "factory.run_started"
  /** Ephemeral signal that a factory run attempt began executing. */
  readonly data: FactoryRunStartedData
}

/** The wire form of {@link FactoryRunStartedEvent}. */
export interface FactoryRunStartedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "factory.run_started"
  readonly data: FactoryRunStartedData
}

/** Terminal status a factory run committed. A settled run is never `pending` or `running`, so those two members of the run-status domain are deliberately absent. */
export type FactoryRunSettledStatus = "completed" | "halted" | "paused" | "cancelled" | "error" | (string & {})

/** Ephemeral signal that a factory run reached a terminal status. */
export interface FactoryRunSettledData {
  /** Identifier of the factory run that settled. */
  readonly runId: string
  /** Terminal status the run committed. */
  readonly status: FactoryRunSettledStatus
  /** Subagents this run consumed against its limits. */
  readonly consumedSubagents: number
  /** AI credits this run consumed, in nano-AIU. */
  readonly consumedNanoAiu: number
  /** Active milliseconds accumulated across every attempt of this run. */
  readonly elapsedMs: number
  /** Typed failure class recorded on the run, when it failed with one (e.g. `factory_limit_reached`). */
  readonly failureType?: string | undefined
}

/** Session event "factory.run_settled". Ephemeral signal that a factory run reached a terminal status. */
export interface FactoryRunSettledEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "factory.run_settled". */
  readonly type: "factory.run_settled"
  /** Ephemeral signal that a factory run reached a terminal status. */
  readonly data: FactoryRunSettledData
}

/** The wire form of {@link FactoryRunSettledEvent}. */
export interface FactoryRunSettledEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "factory.run_settled"
  readonly data: FactoryRunSettledData
}

/** Source location type (e.g., project, personal-copilot, plugin, builtin, sdk) */
export type SkillSource =
  | "project"
  | "inherited"
  | "personal-copilot"
  | "personal-agents"
  | "plugin"
  | "custom"
  | "builtin"
  | "sdk"
  | (string & {})

/** A single resolved skill in `session.skills_loaded`, including source, invocability, enabled state, path, and argument hint. */
export interface SkillsLoadedSkill {
  /** Unique identifier for the skill */
  readonly name: string
  /** Canonical slash command name used to invoke the skill, without the leading '/' */
  readonly commandName?: string | undefined
  /** Description of what the skill does */
  readonly description: string
  /** Source location type (e.g., project, personal-copilot, plugin, builtin, remote, sdk) */
  readonly source: SkillSource
  /** Whether the skill can be invoked by the user as a slash command */
  readonly userInvocable: boolean
  /** Whether the skill is currently enabled */
  readonly enabled: boolean
  /** Absolute path to the skill file, if available */
  readonly path?: string | undefined
  /** Optional freeform hint describing the skill's expected arguments, from the `argument-hint` frontmatter field */
  readonly argumentHint?: string | undefined
}

/** Payload of `session.skills_loaded` listing resolved skill metadata. */
export interface SkillsLoadedData {
  /** Array of resolved skill metadata */
  readonly skills: ReadonlyArray<SkillsLoadedSkill>
}

/** Session event "session.skills_loaded". Payload of `session.skills_loaded` listing resolved skill metadata. */
export interface SkillsLoadedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.skills_loaded". */
  readonly type: "session.skills_loaded"
  /** Payload of `session.skills_loaded` listing resolved skill metadata. */
  readonly data: SkillsLoadedData
}

/** The wire form of {@link SkillsLoadedEvent}. */
export interface SkillsLoadedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.skills_loaded"
  readonly data: SkillsLoadedData
}

/** Whether configured models are advisory preferences or required constraints */
export type AgentModelPolicy = "preferred" | "required" | (string & {})

/** A single loaded custom agent in `session.custom_agents_updated`, with identity, source, tools, invocability, and authored model configuration. */
export interface CustomAgentsUpdatedAgent {
  /** Unique identifier for the agent */
  readonly id: string
  /** Internal name of the agent */
  readonly name: string
  /** Human-readable display name */
  readonly displayName: string
  /** Description of what the agent does */
  readonly description: string
  /** Source location: user, project, inherited, remote, or plugin */
  readonly source: string
  /** List of tool names available to this agent, or null when all tools are available */
  readonly tools: ReadonlyArray<string> | null
  /** Whether the agent can be selected by the user */
  readonly userInvocable: boolean
  /** Whether model-driven invocation is disabled for this agent. */
  readonly disableModelInvocation?: boolean | undefined
  /** Model override for this agent, if set */
  readonly model?: string | undefined
  /** Authored model ids in priority order, if configured */
  readonly models?: ReadonlyArray<string> | undefined
  /** Whether authored models are preferences or required constraints */
  readonly modelPolicy?: AgentModelPolicy | undefined
}

/** Payload of `session.custom_agents_updated` with loaded custom agents plus non-fatal warnings and fatal errors. */
export interface CustomAgentsUpdatedData {
  /** Array of loaded custom agent metadata */
  readonly agents: ReadonlyArray<CustomAgentsUpdatedAgent>
  /** Non-fatal warnings from agent loading */
  readonly warnings: ReadonlyArray<string>
  /** Fatal errors from agent loading */
  readonly errors: ReadonlyArray<string>
}

/** Session event "session.custom_agents_updated". Payload of `session.custom_agents_updated` with loaded custom agents plus non-fatal warnings and fatal errors. */
export interface CustomAgentsUpdatedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.custom_agents_updated". */
  readonly type: "session.custom_agents_updated"
  /** Payload of `session.custom_agents_updated` with loaded custom agents plus non-fatal warnings and fatal errors. */
  readonly data: CustomAgentsUpdatedData
}

/** The wire form of {@link CustomAgentsUpdatedEvent}. */
export interface CustomAgentsUpdatedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.custom_agents_updated"
  readonly data: CustomAgentsUpdatedData
}

/** Connection status: connected, failed, needs-auth, pending, disabled, stopped, or not_configured */
export type McpServerStatus =
  | "connected"
  | "failed"
  | "needs-auth"
  | "pending"
  | "disabled"
  | "stopped"
  | "not_configured"
  | (string & {})

/** Server-advertised metadata learned through modern discovery or legacy initialization. */
export interface McpServerMetadata {
  /** Non-empty natural-language guidance for using the server, or null when the server omitted instructions or advertised an empty string. */
  readonly instructions: string | null
}

/** A single MCP server status summary in `session.mcp_servers_loaded`, including name, status, source, transport, and plugin metadata. */
export interface McpServersLoadedServer {
  /** Server name (config key) */
  readonly name: string
  /** Connection status: connected, failed, needs-auth, pending, disabled, stopped, or not_configured */
  readonly status: McpServerStatus
  /** Configuration source: user, workspace, plugin, builtin, or managed */
  readonly source?: McpServerSource | undefined
  /** Human-readable display name supplied by a managed server catalog. */
  readonly displayName?: string | undefined
  /** Error message if the server failed to connect */
  readonly error?: string | undefined
  /** Server-advertised metadata for a connected server. Omitted when no live connection metadata is available, including while pending or when failed, disabled, stopped, or not configured. */
  readonly serverMetadata?: McpServerMetadata | undefined
  /** Transport mechanism: stdio, http, sse (deprecated), or memory (in-process MCP server) */
  readonly transport?: McpServerTransport | undefined
  /** Name of the plugin that supplied the effective MCP server config, only when source is plugin */
  readonly pluginName?: string | undefined
  /** Version of the plugin that supplied the effective MCP server config, only when source is plugin */
  readonly pluginVersion?: string | undefined
}

/** Payload of `session.mcp_servers_loaded` listing MCP server status summaries. */
export interface McpServersLoadedData {
  /** Array of MCP server status summaries */
  readonly servers: ReadonlyArray<McpServersLoadedServer>
}

/** Session event "session.mcp_servers_loaded". Payload of `session.mcp_servers_loaded` listing MCP server status summaries. */
export interface McpServersLoadedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.mcp_servers_loaded". */
  readonly type: "session.mcp_servers_loaded"
  /** Payload of `session.mcp_servers_loaded` listing MCP server status summaries. */
  readonly data: McpServersLoadedData
}

/** The wire form of {@link McpServersLoadedEvent}. */
export interface McpServersLoadedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.mcp_servers_loaded"
  readonly data: McpServersLoadedData
}

/** Payload of `session.mcp_server_status_changed` for one MCP server's status and optional failure error. */
export interface McpServerStatusChangedData {
  /** Name of the MCP server whose status changed */
  readonly serverName: string
  /** Connection status: connected, failed, needs-auth, pending, disabled, stopped, or not_configured */
  readonly status: McpServerStatus
  /** Error message if the server entered a failed state */
  readonly error?: string | undefined
}

/** Session event "session.mcp_server_status_changed". Payload of `session.mcp_server_status_changed` for one MCP server's status and optional failure error. */
export interface McpServerStatusChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.mcp_server_status_changed". */
  readonly type: "session.mcp_server_status_changed"
  /** Payload of `session.mcp_server_status_changed` for one MCP server's status and optional failure error. */
  readonly data: McpServerStatusChangedData
}

/** The wire form of {@link McpServerStatusChangedEvent}. */
export interface McpServerStatusChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.mcp_server_status_changed"
  readonly data: McpServerStatusChangedData
}

/** Payload of `session.mcp_server_removed` identifying an MCP server the graph no longer runs. */
export interface McpServerRemovedData {
  /** Name of the MCP server that was removed from the graph */
  readonly serverName: string
}

/** Session event "session.mcp_server_removed". Payload of `session.mcp_server_removed` identifying an MCP server the graph no longer runs. */
export interface McpServerRemovedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.mcp_server_removed". */
  readonly type: "session.mcp_server_removed"
  /** Payload of `session.mcp_server_removed` identifying an MCP server the graph no longer runs. */
  readonly data: McpServerRemovedData
}

/** The wire form of {@link McpServerRemovedEvent}. */
export interface McpServerRemovedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.mcp_server_removed"
  readonly data: McpServerRemovedData
}

/** Payload of `session.mcp_server_needs_reconnect` identifying an MCP server whose connection must be re-established. */
export interface McpServerNeedsReconnectData {
  /** Name of the MCP server that needs to reconnect */
  readonly serverName: string
}

/** Session event "session.mcp_server_needs_reconnect". Payload of `session.mcp_server_needs_reconnect` identifying an MCP server whose connection must be re-established. */
export interface McpServerNeedsReconnectEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.mcp_server_needs_reconnect". */
  readonly type: "session.mcp_server_needs_reconnect"
  /** Payload of `session.mcp_server_needs_reconnect` identifying an MCP server whose connection must be re-established. */
  readonly data: McpServerNeedsReconnectData
}

/** The wire form of {@link McpServerNeedsReconnectEvent}. */
export interface McpServerNeedsReconnectEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.mcp_server_needs_reconnect"
  readonly data: McpServerNeedsReconnectData
}

/** Payload identifying the MCP server associated with a list change. */
export interface McpListChangedData {
  /** Name of the MCP server whose list changed */
  readonly serverName: string
}

/** Session event "mcp.tools.list_changed". Payload identifying the MCP server associated with a list change. */
export interface McpToolsListChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "mcp.tools.list_changed". */
  readonly type: "mcp.tools.list_changed"
  /** Payload identifying the MCP server associated with a list change. */
  readonly data: McpListChangedData
}

/** The wire form of {@link McpToolsListChangedEvent}. */
export interface McpToolsListChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "mcp.tools.list_changed"
  readonly data: McpListChangedData
}

/** Session event "mcp.resources.list_changed". Payload identifying the MCP server associated with a list change. */
export interface McpResourcesListChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "mcp.resources.list_changed". */
  readonly type: "mcp.resources.list_changed"
  /** Payload identifying the MCP server associated with a list change. */
  readonly data: McpListChangedData
}

/** The wire form of {@link McpResourcesListChangedEvent}. */
export interface McpResourcesListChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "mcp.resources.list_changed"
  readonly data: McpListChangedData
}

/** Session event "mcp.prompts.list_changed". Payload identifying the MCP server associated with a list change. */
export interface McpPromptsListChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "mcp.prompts.list_changed". */
  readonly type: "mcp.prompts.list_changed"
  /** Payload identifying the MCP server associated with a list change. */
  readonly data: McpListChangedData
}

/** The wire form of {@link McpPromptsListChangedEvent}. */
export interface McpPromptsListChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "mcp.prompts.list_changed"
  readonly data: McpListChangedData
}

/** Discovery source */
export type ExtensionsLoadedExtensionSource = "project" | "user" | "plugin" | "session" | (string & {})

/** Current status: running, disabled, failed, or starting */
export type ExtensionsLoadedExtensionStatus = "running" | "disabled" | "failed" | "starting" | (string & {})

/** A single extension discovered by `session.extensions_loaded`, including qualified ID, source, and current status. */
export interface ExtensionsLoadedExtension {
  /** Source-qualified extension ID (e.g., 'project:my-ext', 'user:auth-helper', 'plugin:my-plugin:my-ext') */
  readonly id: string
  /** Extension name (directory name) */
  readonly name: string
  /** Discovery source */
  readonly source: ExtensionsLoadedExtensionSource
  /** Current status: running, disabled, failed, or starting */
  readonly status: ExtensionsLoadedExtensionStatus
}

/** Payload of `session.extensions_loaded` listing discovered extensions and their statuses. */
export interface ExtensionsLoadedData {
  /** Array of discovered extensions and their status */
  readonly extensions: ReadonlyArray<ExtensionsLoadedExtension>
}

/** Session event "session.extensions_loaded". Payload of `session.extensions_loaded` listing discovered extensions and their statuses. */
export interface ExtensionsLoadedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.extensions_loaded". */
  readonly type: "session.extensions_loaded"
  /** Payload of `session.extensions_loaded` listing discovered extensions and their statuses. */
  readonly data: ExtensionsLoadedData
}

/** The wire form of {@link ExtensionsLoadedEvent}. */
export interface ExtensionsLoadedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.extensions_loaded"
  readonly data: ExtensionsLoadedData
}

/** Payload of `session.canvas.opened` with canvas instance and provider IDs plus optional icon, title, status, URL, and input. */
export interface CanvasOpenedData {
  /** Stable caller-supplied canvas instance identifier */
  readonly instanceId: string
  /** Owning provider identifier */
  readonly extensionId: string
  /** Owning extension display name, when available */
  readonly extensionName?: string | undefined
  /** Provider-local canvas identifier */
  readonly canvasId: string
  /** Host-local PNG path for the canvas icon, when supplied */
  readonly icon?: string | undefined
  /** Rendered title */
  readonly title?: string | undefined
  /** Provider-supplied status text */
  readonly status?: string | undefined
  /** URL for web-rendered canvases */
  readonly url?: string | undefined
  /** Input supplied when the instance was opened */
  readonly input?: unknown | undefined
}

/** Session event "session.canvas.opened". Payload of `session.canvas.opened` with canvas instance and provider IDs plus optional icon, title, status, URL, and input. */
export interface CanvasOpenedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.canvas.opened". */
  readonly type: "session.canvas.opened"
  /** Payload of `session.canvas.opened` with canvas instance and provider IDs plus optional icon, title, status, URL, and input. */
  readonly data: CanvasOpenedData
}

/** The wire form of {@link CanvasOpenedEvent}. */
export interface CanvasOpenedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.canvas.opened"
  readonly data: CanvasOpenedData
}

/** A single action within a canvas declaration, with its name, optional description, and optional input schema. */
export interface CanvasRegistryChangedCanvasAction {
  /** Action name */
  readonly name: string
  /** Action description */
  readonly description?: string | undefined
  /** JSON Schema for action input */
  readonly inputSchema?: unknown | undefined
}

/** A single canvas declaration in `session.canvas.registry_changed`, including provider IDs, display metadata, input schema, and actions. */
export interface CanvasRegistryChangedCanvas {
  /** Owning provider identifier */
  readonly extensionId: string
  /** Owning extension display name, when available */
  readonly extensionName?: string | undefined
  /** Provider-local canvas identifier */
  readonly canvasId: string
  /** Human-readable canvas name */
  readonly displayName: string
  /** Short, single-sentence description shown to the agent in canvas catalogs. */
  readonly description: string
  /** Host-local PNG path for the canvas icon, when supplied */
  readonly icon?: string | undefined
  /** JSON Schema for canvas open input */
  readonly inputSchema?: unknown | undefined
  /** Actions the agent or host may invoke */
  readonly actions?: ReadonlyArray<CanvasRegistryChangedCanvasAction> | undefined
}

/** Payload of `session.canvas.registry_changed` listing the canvas declarations currently available. */
export interface CanvasRegistryChangedData {
  /** Canvas declarations currently available */
  readonly canvases: ReadonlyArray<CanvasRegistryChangedCanvas>
}

/** Session event "session.canvas.registry_changed". Payload of `session.canvas.registry_changed` listing the canvas declarations currently available. */
export interface CanvasRegistryChangedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.canvas.registry_changed". */
  readonly type: "session.canvas.registry_changed"
  /** Payload of `session.canvas.registry_changed` listing the canvas declarations currently available. */
  readonly data: CanvasRegistryChangedData
}

/** The wire form of {@link CanvasRegistryChangedEvent}. */
export interface CanvasRegistryChangedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.canvas.registry_changed"
  readonly data: CanvasRegistryChangedData
}

/** Payload of `session.canvas.closed` with the closed canvas instance ID, provider ID, and canvas ID. */
export interface CanvasClosedData {
  /** Stable caller-supplied identifier of the canvas instance that was closed */
  readonly instanceId: string
  /** Owning provider identifier */
  readonly extensionId: string
  /** Provider-local canvas identifier */
  readonly canvasId: string
}

/** Session event "session.canvas.closed". Payload of `session.canvas.closed` with the closed canvas instance ID, provider ID, and canvas ID. */
export interface CanvasClosedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.canvas.closed". */
  readonly type: "session.canvas.closed"
  /** Payload of `session.canvas.closed` with the closed canvas instance ID, provider ID, and canvas ID. */
  readonly data: CanvasClosedData
}

/** The wire form of {@link CanvasClosedEvent}. */
export interface CanvasClosedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.canvas.closed"
  readonly data: CanvasClosedData
}

/** Transient signal that an open canvas instance's provider has dropped (for example the extension is reloading mid-session). The host should keep the panel mounted and surface a reconnecting affordance rather than tearing it down; a subsequent `session.canvas.opened` for the same instanceId clears the affordance once the provider reconnects with a fresh url. Ephemeral and never persisted, so it is never replayed on cold resume. */
export interface CanvasUnavailableData {
  /** Stable caller-supplied identifier of the canvas instance whose provider became unavailable */
  readonly instanceId: string
  /** Owning provider identifier */
  readonly extensionId: string
  /** Provider-local canvas identifier */
  readonly canvasId: string
}

/** Session event "session.canvas.unavailable". Transient signal that an open canvas instance's provider has dropped (for example the extension is reloading mid-session). The host should keep the panel mounted and surface a reconnecting affordance rather than tearing it down; a subsequent `session.canvas.opened` for the same instanceId clears the affordance once the provider reconnects with a fresh url. Ephemeral and never persisted, so it is never replayed on cold resume. */
export interface CanvasUnavailableEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.canvas.unavailable". */
  readonly type: "session.canvas.unavailable"
  /** Transient signal that an open canvas instance's provider has dropped (for example the extension is reloading mid-session). The host should keep the panel mounted and surface a reconnecting affordance rather than tearing it down; a subsequent `session.canvas.opened` for the same instanceId clears the affordance once the provider reconnects with a fresh url. Ephemeral and never persisted, so it is never replayed on cold resume. */
  readonly data: CanvasUnavailableData
}

/** The wire form of {@link CanvasUnavailableEvent}. */
export interface CanvasUnavailableEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.canvas.unavailable"
  readonly data: CanvasUnavailableData
}

/** Durable record that a canvas instance is open, used to restore open canvases on cold session resume. Intentionally omits the transient url and availability. */
export interface CanvasRecordedData {
  /** Stable caller-supplied canvas instance identifier */
  readonly instanceId: string
  /** Owning provider identifier */
  readonly extensionId: string
  /** Provider-local canvas identifier */
  readonly canvasId: string
  /** Rendered title */
  readonly title?: string | undefined
  /** Input supplied when the instance was opened */
  readonly input?: unknown | undefined
}

/** Session event "session.canvas.recorded". Durable record that a canvas instance is open, used to restore open canvases on cold session resume. Intentionally omits the transient url and availability. */
export interface CanvasRecordedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.canvas.recorded". */
  readonly type: "session.canvas.recorded"
  /** Durable record that a canvas instance is open, used to restore open canvases on cold session resume. Intentionally omits the transient url and availability. */
  readonly data: CanvasRecordedData
}

/** The wire form of {@link CanvasRecordedEvent}. */
export interface CanvasRecordedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.canvas.recorded"
  readonly data: CanvasRecordedData
}

/** Durable record that a canvas instance was closed, superseding a prior instance_recorded during resume replay. */
export interface CanvasRemovedData {
  /** Stable caller-supplied identifier of the canvas instance that was closed */
  readonly instanceId: string
  /** Owning provider identifier */
  readonly extensionId: string
  /** Provider-local canvas identifier */
  readonly canvasId: string
}

/** Session event "session.canvas.removed". Durable record that a canvas instance was closed, superseding a prior instance_recorded during resume replay. */
export interface CanvasRemovedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** When true, the event is transient and not persisted to the session event log on disk */
  readonly ephemeral?: boolean | undefined
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.canvas.removed". */
  readonly type: "session.canvas.removed"
  /** Durable record that a canvas instance was closed, superseding a prior instance_recorded during resume replay. */
  readonly data: CanvasRemovedData
}

/** The wire form of {@link CanvasRemovedEvent}. */
export interface CanvasRemovedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral?: boolean | undefined
  readonly agentId?: string | undefined
  readonly type: "session.canvas.removed"
  readonly data: CanvasRemovedData
}

/** Payload of `session.extensions.attachments_pushed` with extension-contributed attachments for the next send. */
export interface ExtensionsAttachmentsPushedData {
  /** Attachments contributed by an extension; the host should surface these as composer pills and forward them via the next session.send call. */
  readonly attachments: ReadonlyArray<Attachment>
}

/** The wire form of {@link ExtensionsAttachmentsPushedData}. */
export interface ExtensionsAttachmentsPushedDataEncoded {
  readonly attachments: ReadonlyArray<AttachmentEncoded>
}

/** Session event "session.extensions.attachments_pushed". Payload of `session.extensions.attachments_pushed` with extension-contributed attachments for the next send. */
export interface ExtensionsAttachmentsPushedEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "session.extensions.attachments_pushed". */
  readonly type: "session.extensions.attachments_pushed"
  /** Payload of `session.extensions.attachments_pushed` with extension-contributed attachments for the next send. */
  readonly data: ExtensionsAttachmentsPushedData
}

/** The wire form of {@link ExtensionsAttachmentsPushedEvent}. */
export interface ExtensionsAttachmentsPushedEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "session.extensions.attachments_pushed"
  readonly data: ExtensionsAttachmentsPushedDataEncoded
}

/** Set when the underlying tools/call threw an error before returning a CallToolResult */
export interface McpAppToolCallCompleteError {
  /** Human-readable error message */
  readonly message: string
}

/** MCP App tool `_meta.ui` resource URI and SEP-1865 visibility captured with an `mcp_app.tool_call_complete` result. */
export interface McpAppToolCallCompleteToolMetaUI {
  /** `ui://` URI declared by the tool's `_meta.ui.resourceUri` */
  readonly resourceUri?: string | undefined
  /** Tool visibility per SEP-1865 (typically a subset of `["model","app"]`) */
  readonly visibility?: ReadonlyArray<string> | undefined
}

/** The tool's `_meta.ui` block at the time of the call, so consumers can decide whether to forward the result to the model without re-listing tools. */
export interface McpAppToolCallCompleteToolMeta {
  /** MCP App tool `_meta.ui` resource URI and SEP-1865 visibility captured with an `mcp_app.tool_call_complete` result. */
  readonly ui?: McpAppToolCallCompleteToolMetaUI | undefined
}

/** MCP App view called a tool on a connected MCP server (SEP-1865) */
export interface McpAppToolCallCompleteData {
  /** Name of the MCP server hosting the tool */
  readonly serverName: string
  /** MCP tool name that was invoked */
  readonly toolName: string
  /** Arguments passed to the tool by the app view, if any */
  readonly arguments?: { readonly [key: string]: unknown } | undefined
  /** True when the call completed without throwing AND the MCP CallToolResult did not set isError */
  readonly success: boolean
  /** Wall-clock duration of the underlying tools/call in milliseconds */
  readonly durationMs: number
  /** Standard MCP CallToolResult returned by the server. Present whether or not the call set isError. */
  readonly result?: { readonly [key: string]: unknown } | undefined
  /** Set when the underlying tools/call threw an error before returning a CallToolResult */
  readonly error?: McpAppToolCallCompleteError | undefined
  /** The tool's `_meta.ui` block at the time of the call, so consumers can decide whether to forward the result to the model without re-listing tools. */
  readonly toolMeta?: McpAppToolCallCompleteToolMeta | undefined
}

/** Session event "mcp_app.tool_call_complete". MCP App view called a tool on a connected MCP server (SEP-1865) */
export interface McpAppToolCallCompleteEvent {
  /** Unique event identifier (UUID v4), generated when the event is emitted */
  readonly id: string
  /** ISO 8601 timestamp when the event was created */
  readonly timestamp: Date
  /** ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event. */
  readonly parentId: string | null
  /** Always true for events that are transient and not persisted to the session event log on disk. */
  readonly ephemeral: true
  /** Sub-agent instance identifier. Absent for events from the root/main agent and session-level events. */
  readonly agentId?: string | undefined
  /** Type discriminator. Always "mcp_app.tool_call_complete". */
  readonly type: "mcp_app.tool_call_complete"
  /** MCP App view called a tool on a connected MCP server (SEP-1865) */
  readonly data: McpAppToolCallCompleteData
}

/** The wire form of {@link McpAppToolCallCompleteEvent}. */
export interface McpAppToolCallCompleteEventEncoded {
  readonly id: string
  readonly timestamp: string
  readonly parentId: string | null
  readonly ephemeral: true
  readonly agentId?: string | undefined
  readonly type: "mcp_app.tool_call_complete"
  readonly data: McpAppToolCallCompleteData
}

/** The type of a known session event. */
export type SessionEventType = Schemas["sessionEventTypes"][number]

/** A known session event. Runtimes newer than this schema also send events of other types. */
export type SessionEvent =
  | StartEvent
  | ResumeEvent
  | RemoteSteerableChangedEvent
  | ErrorEvent
  | IdleEvent
  | TitleChangedEvent
  | ScheduleCreatedEvent
  | ScheduleCancelledEvent
  | ScheduleRearmedEvent
  | AutopilotObjectiveChangedEvent
  | InfoEvent
  | WarningEvent
  | ModelChangeEvent
  | AutoTierRecommendationEvent
  | AutoTierSwitchFailedEvent
  | ModeChangedEvent
  | ModeNoticeDeliveredEvent
  | SessionLimitsChangedEvent
  | PermissionsChangedEvent
  | PlanChangedEvent
  | TodosChangedEvent
  | MemoryChangedEvent
  | WorkspaceFileChangedEvent
  | HandoffEvent
  | TruncationEvent
  | SnapshotRewindEvent
  | ShutdownEvent
  | UsageCheckpointEvent
  | ContextChangedEvent
  | UsageInfoEvent
  | ContextClearedEvent
  | CompactionStartEvent
  | CompactionCompleteEvent
  | TaskCompleteEvent
  | CompletionReceiptEvent
  | FusionRouteStartedEvent
  | FusionRouteFailedEvent
  | FusionResolvedEvent
  | FusionHandoffEvent
  | FusionCommitStartedEvent
  | FusionCompletedEvent
  | UserMessageEvent
  | PendingMessagesModifiedEvent
  | AssistantTurnStartEvent
  | AssistantTurnRetryEvent
  | AgentInterruptedEvent
  | AssistantIntentEvent
  | AssistantFusionPhaseStartedEvent
  | AssistantFusionPhaseActivityEvent
  | AssistantFusionPhaseCompletedEvent
  | AssistantFusionPhaseFailedEvent
  | AssistantServerToolProgressEvent
  | AssistantReasoningEvent
  | AssistantReasoningDeltaEvent
  | AssistantToolCallDeltaEvent
  | AssistantStreamingDeltaEvent
  | AssistantMessageEvent
  | AssistantMessageStartEvent
  | AssistantMessageDeltaEvent
  | AssistantTurnEndEvent
  | AssistantIdleEvent
  | AssistantUsageEvent
  | PromptCacheBreakEvent
  | ModelCallFailureEvent
  | ModelCallFinishedEvent
  | ModelCallStartEvent
  | AbortEvent
  | ToolUserRequestedEvent
  | ToolExecutionStartEvent
  | ToolExecutionPartialResultEvent
  | ToolExecutionProgressEvent
  | ToolExecutionCompleteEvent
  | ToolSearchActivatedEvent
  | SkillInvokedEvent
  | SkillInvokedRefEvent
  | SkillContextDeliveredEvent
  | SkillContextDeliveredRefEvent
  | SandboxDecisionEvent
  | SubagentStartedEvent
  | SubagentConfiguredEvent
  | SubagentCompletedEvent
  | SubagentFailedEvent
  | SubagentSelectedEvent
  | SubagentDeselectedEvent
  | HookStartEvent
  | HookEndEvent
  | HookProgressEvent
  | BinaryAssetEvent
  | SystemMessageEvent
  | SystemNotificationEvent
  | PermissionRequestedEvent
  | PermissionCompletedEvent
  | PermissionCarriedForwardEvent
  | PermissionMessageAuthorizationEvent
  | PermissionMessageAuthorizationReadEvent
  | PermissionMessageAuthorizationDegradedEvent
  | PermissionAssentDetectedEvent
  | PermissionContextualAuthorizationEvent
  | UserInputRequestedEvent
  | UserInputCompletedEvent
  | ElicitationRequestedEvent
  | ElicitationCompletedEvent
  | SamplingRequestedEvent
  | SamplingCompletedEvent
  | McpOauthRequiredEvent
  | McpOauthCompletedEvent
  | McpHeadersRefreshRequiredEvent
  | McpHeadersRefreshCompletedEvent
  | CustomNotificationEvent
  | UIEphemeralQueryEvent
  | ExternalToolRequestedEvent
  | ExternalToolCompletedEvent
  | CommandQueuedEvent
  | CommandExecuteEvent
  | CommandCompletedEvent
  | AutoModeSwitchRequestedEvent
  | AutoModeSwitchCompletedEvent
  | SessionLimitsExhaustedRequestedEvent
  | SessionLimitsExhaustedCompletedEvent
  | AutoModeResolvedEvent
  | ManagedSettingsResolvedEvent
  | ManagedSettingsEnforcedEvent
  | CommandsChangedEvent
  | CapabilitiesChangedEvent
  | ExitPlanModeRequestedEvent
  | ExitPlanModeCompletedEvent
  | ToolsUpdatedEvent
  | BackgroundTasksChangedEvent
  | FactoryRunUpdatedEvent
  | FactoryRunStartedEvent
  | FactoryRunSettledEvent
  | SkillsLoadedEvent
  | CustomAgentsUpdatedEvent
  | McpServersLoadedEvent
  | McpServerStatusChangedEvent
  | McpServerRemovedEvent
  | McpServerNeedsReconnectEvent
  | McpToolsListChangedEvent
  | McpResourcesListChangedEvent
  | McpPromptsListChangedEvent
  | ExtensionsLoadedEvent
  | CanvasOpenedEvent
  | CanvasRegistryChangedEvent
  | CanvasClosedEvent
  | CanvasUnavailableEvent
  | CanvasRecordedEvent
  | CanvasRemovedEvent
  | ExtensionsAttachmentsPushedEvent
  | McpAppToolCallCompleteEvent

/** The Schema of each definition, by name. */
export interface Schemas {
  /** Reasoning summary mode used for model calls, if applicable (e.g. "none", "concise", "detailed") */
  readonly ReasoningSummary: Schema.Schema<ReasoningSummary>
  /** Output verbosity level used for supported model calls (e.g. "low", "medium", "high") */
  readonly Verbosity: Schema.Schema<Verbosity>
  /** Allowed values for the `ContextTier` enumeration. */
  readonly ContextTier: Schema.Schema<ContextTier>
  /** Routing preference used when the session model is `auto`. `fast` is an integrator-only latency preset and is not a first-party GitHub Copilot product preference. */
  readonly AutoTier: Schema.Schema<AutoTier>
  /** Optional session limits. */
  readonly SessionLimitsConfig: Schema.Schema<SessionLimitsConfig>
  /** Hosting platform type of the repository (github or ado) */
  readonly WorkingDirectoryContextHostType: Schema.Schema<WorkingDirectoryContextHostType>
  /** Working directory and git context at session start */
  readonly WorkingDirectoryContext: Schema.Schema<WorkingDirectoryContext>
  /** Per-session configuration for the built-in GitHub MCP server */
  readonly GitHubMcpToolConfig: Schema.Schema<GitHubMcpToolConfig>
  /** Session initialization metadata including context and configuration */
  readonly StartData: Schema.Schema<StartData, StartDataEncoded>
  /** Session event "session.start". Session initialization metadata including context and configuration */
  readonly StartEvent: Schema.Schema<StartEvent, StartEventEncoded>
  /** Session resume metadata including current context and event count */
  readonly ResumeData: Schema.Schema<ResumeData, ResumeDataEncoded>
  /** Session event "session.resume". Session resume metadata including current context and event count */
  readonly ResumeEvent: Schema.Schema<ResumeEvent, ResumeEventEncoded>
  /** Notifies that the session's remote steering capability has changed */
  readonly RemoteSteerableChangedData: Schema.Schema<RemoteSteerableChangedData>
  /** Session event "session.remote_steerable_changed". Notifies that the session's remote steering capability has changed */
  readonly RemoteSteerableChangedEvent: Schema.Schema<RemoteSteerableChangedEvent, RemoteSteerableChangedEventEncoded>
  /** What the user must do to recover from a failure, named as an action rather than as one client's affordance. The runtime cannot know which affordance a client offers — a slash command, a settings pane, a link — so the accompanying message stays host-agnostic and each client renders its own copy from this value. Absent when the runtime knows of no action the user can take. */
  readonly RemediationAction: Schema.Schema<RemediationAction>
  /** Error details for timeline display including message and optional diagnostic information */
  readonly ErrorData: Schema.Schema<ErrorData>
  /** Session event "session.error". Error details for timeline display including message and optional diagnostic information */
  readonly ErrorEvent: Schema.Schema<ErrorEvent, ErrorEventEncoded>
  /** The session mode the agent is operating in */
  readonly SessionMode: Schema.Schema<SessionMode>
  /** Payload indicating the session is idle with no background agents or attached shell commands in flight */
  readonly IdleData: Schema.Schema<IdleData>
  /** Session event "session.idle". Payload indicating the session is idle with no background agents or attached shell commands in flight */
  readonly IdleEvent: Schema.Schema<IdleEvent, IdleEventEncoded>
  /** Session title change payload containing the new display title */
  readonly TitleChangedData: Schema.Schema<TitleChangedData>
  /** Session event "session.title_changed". Session title change payload containing the new display title */
  readonly TitleChangedEvent: Schema.Schema<TitleChangedEvent, TitleChangedEventEncoded>
  /** Who created the schedule: `user` (an explicit user action such as `/every` or `/after`) or `model` (the agent via the `manage_schedule` tool). Gates whether a scheduled skill that opted out of model invocation may fire: only user-created schedules may. */
  readonly ScheduleOrigin: Schema.Schema<ScheduleOrigin>
  /** Scheduled prompt registered via /every or /after */
  readonly ScheduleCreatedData: Schema.Schema<ScheduleCreatedData>
  /** Session event "session.schedule_created". Scheduled prompt registered via /every or /after */
  readonly ScheduleCreatedEvent: Schema.Schema<ScheduleCreatedEvent, ScheduleCreatedEventEncoded>
  /** Scheduled prompt cancelled from the schedule manager dialog */
  readonly ScheduleCancelledData: Schema.Schema<ScheduleCancelledData>
  /** Session event "session.schedule_cancelled". Scheduled prompt cancelled from the schedule manager dialog */
  readonly ScheduleCancelledEvent: Schema.Schema<ScheduleCancelledEvent, ScheduleCancelledEventEncoded>
  /** Self-paced schedule re-armed for its next run */
  readonly ScheduleRearmedData: Schema.Schema<ScheduleRearmedData>
  /** Session event "session.schedule_rearmed". Self-paced schedule re-armed for its next run */
  readonly ScheduleRearmedEvent: Schema.Schema<ScheduleRearmedEvent, ScheduleRearmedEventEncoded>
  /** The type of operation performed on the autopilot objective state file */
  readonly AutopilotObjectiveChangedOperation: Schema.Schema<AutopilotObjectiveChangedOperation>
  /** Current autopilot objective status, if one exists */
  readonly AutopilotObjectiveChangedStatus: Schema.Schema<AutopilotObjectiveChangedStatus>
  /** Autopilot objective state file operation details indicating what changed */
  readonly AutopilotObjectiveChangedData: Schema.Schema<AutopilotObjectiveChangedData>
  /** Session event "session.autopilot_objective_changed". Autopilot objective state file operation details indicating what changed */
  readonly AutopilotObjectiveChangedEvent: Schema.Schema<AutopilotObjectiveChangedEvent, AutopilotObjectiveChangedEventEncoded>
  /** Informational message for timeline display with categorization */
  readonly InfoData: Schema.Schema<InfoData>
  /** Session event "session.info". Informational message for timeline display with categorization */
  readonly InfoEvent: Schema.Schema<InfoEvent, InfoEventEncoded>
  /** Warning message for timeline display with categorization */
  readonly WarningData: Schema.Schema<WarningData>
  /** Session event "session.warning". Warning message for timeline display with categorization */
  readonly WarningEvent: Schema.Schema<WarningEvent, WarningEventEncoded>
  /** Origin of an effective session model change. */
  readonly ModelChangeSource: Schema.Schema<ModelChangeSource>
  /** Model change details including previous and new model identifiers */
  readonly ModelChangeData: Schema.Schema<ModelChangeData>
  /** Session event "session.model_change". Model change details including previous and new model identifiers */
  readonly ModelChangeEvent: Schema.Schema<ModelChangeEvent, ModelChangeEventEncoded>
  /** Auto preferences that Copilot API can recommend. */
  readonly RecommendedAutoTier: Schema.Schema<RecommendedAutoTier>
  /** Live-only Auto preference recommendation from Copilot API after a successful Auto model call. */
  readonly AutoTierRecommendationData: Schema.Schema<AutoTierRecommendationData>
  /** Session event "session.auto_tier_recommendation". Live-only Auto preference recommendation from Copilot API after a successful Auto model call. */
  readonly AutoTierRecommendationEvent: Schema.Schema<AutoTierRecommendationEvent, AutoTierRecommendationEventEncoded>
  /** Terminal reason an Auto preference activation failed. */
  readonly AutoTierSwitchFailureReason: Schema.Schema<AutoTierSwitchFailureReason>
  /** A transient Auto preference failure emitted when the runtime cannot mint or accept a usable model and token pair. The previously effective preference remains active, so SDK clients can surface a non-blocking failure without changing their committed-tier state. This event is ephemeral and is not persisted or replayed on resume. */
  readonly AutoTierSwitchFailedData: Schema.Schema<AutoTierSwitchFailedData>
  /** Session event "session.auto_tier_switch_failed". A transient Auto preference failure emitted when the runtime cannot mint or accept a usable model and token pair. The previously effective preference remains active, so SDK clients can surface a non-blocking failure without changing their committed-tier state. This event is ephemeral and is not persisted or replayed on resume. */
  readonly AutoTierSwitchFailedEvent: Schema.Schema<AutoTierSwitchFailedEvent, AutoTierSwitchFailedEventEncoded>
  /** Agent mode change details including previous and new modes */
  readonly ModeChangedData: Schema.Schema<ModeChangedData>
  /** Session event "session.mode_changed". Agent mode change details including previous and new modes */
  readonly ModeChangedEvent: Schema.Schema<ModeChangedEvent, ModeChangedEventEncoded>
  /** Records that a mode transition notice reached the model so cache-stable mode tools can remain offered across resume. */
  readonly ModeNoticeDeliveredData: Schema.Schema<ModeNoticeDeliveredData>
  /** Session event "session.mode_notice_delivered". Records that a mode transition notice reached the model so cache-stable mode tools can remain offered across resume. */
  readonly ModeNoticeDeliveredEvent: Schema.Schema<ModeNoticeDeliveredEvent, ModeNoticeDeliveredEventEncoded>
  /** Session limits update details. Null clears the limits. */
  readonly SessionLimitsChangedData: Schema.Schema<SessionLimitsChangedData>
  /** Session event "session.session_limits_changed". Session limits update details. Null clears the limits. */
  readonly SessionLimitsChangedEvent: Schema.Schema<SessionLimitsChangedEvent, SessionLimitsChangedEventEncoded>
  /** Permission mode for the session. */
  readonly PermissionMode: Schema.Schema<PermissionMode>
  /** Permission-mode transition details. */
  readonly PermissionsChangedData: Schema.Schema<PermissionsChangedData>
  /** Session event "session.permissions_changed". Permission-mode transition details. */
  readonly PermissionsChangedEvent: Schema.Schema<PermissionsChangedEvent, PermissionsChangedEventEncoded>
  /** The type of operation performed on the plan file */
  readonly PlanChangedOperation: Schema.Schema<PlanChangedOperation>
  /** Plan file operation details indicating what changed */
  readonly PlanChangedData: Schema.Schema<PlanChangedData>
  /** Session event "session.plan_changed". Plan file operation details indicating what changed */
  readonly PlanChangedEvent: Schema.Schema<PlanChangedEvent, PlanChangedEventEncoded>
  /** Signal-only event: the agent's todos or todo_deps table was written to. No payload — clients should call session.plan.readSqlTodosWithDependencies() to fetch the current state. Events arrive in order; clients can debounce on arrival if needed. */
  readonly TodosChangedData: Schema.Schema<TodosChangedData>
  /** Session event "session.todos_changed". Signal-only event: the agent's todos or todo_deps table was written to. No payload — clients should call session.plan.readSqlTodosWithDependencies() to fetch the current state. Events arrive in order; clients can debounce on arrival if needed. */
  readonly TodosChangedEvent: Schema.Schema<TodosChangedEvent, TodosChangedEventEncoded>
  /** Signal-only event: the agent successfully stored a memory (store_memory) or voted on one (vote_memory). No payload — consumers should re-fetch memories to pick up the change. Used to refresh memory context (e.g. re-running the context sidekick) so newly written memories surface in subsequent turns. */
  readonly MemoryChangedData: Schema.Schema<MemoryChangedData>
  /** Session event "session.memory_changed". Signal-only event: the agent successfully stored a memory (store_memory) or voted on one (vote_memory). No payload — consumers should re-fetch memories to pick up the change. Used to refresh memory context (e.g. re-running the context sidekick) so newly written memories surface in subsequent turns. */
  readonly MemoryChangedEvent: Schema.Schema<MemoryChangedEvent, MemoryChangedEventEncoded>
  /** Whether the file was newly created or updated */
  readonly WorkspaceFileChangedOperation: Schema.Schema<WorkspaceFileChangedOperation>
  /** Workspace file change details including path and operation type */
  readonly WorkspaceFileChangedData: Schema.Schema<WorkspaceFileChangedData>
  /** Session event "session.workspace_file_changed". Workspace file change details including path and operation type */
  readonly WorkspaceFileChangedEvent: Schema.Schema<WorkspaceFileChangedEvent, WorkspaceFileChangedEventEncoded>
  /** Origin type of the session being handed off */
  readonly HandoffSourceType: Schema.Schema<HandoffSourceType>
  /** Repository context for the handed-off session */
  readonly HandoffRepository: Schema.Schema<HandoffRepository>
  /** Session handoff metadata including source, context, and repository information */
  readonly HandoffData: Schema.Schema<HandoffData, HandoffDataEncoded>
  /** Session event "session.handoff". Session handoff metadata including source, context, and repository information */
  readonly HandoffEvent: Schema.Schema<HandoffEvent, HandoffEventEncoded>
  /** Conversation truncation statistics including token counts and removed content metrics */
  readonly TruncationData: Schema.Schema<TruncationData>
  /** Session event "session.truncation". Conversation truncation statistics including token counts and removed content metrics */
  readonly TruncationEvent: Schema.Schema<TruncationEvent, TruncationEventEncoded>
  /** Session rewind details including target event and count of removed events */
  readonly SnapshotRewindData: Schema.Schema<SnapshotRewindData>
  /** Session event "session.snapshot_rewind". Session rewind details including target event and count of removed events */
  readonly SnapshotRewindEvent: Schema.Schema<SnapshotRewindEvent, SnapshotRewindEventEncoded>
  /** Whether the session ended normally ("routine") or due to a crash/fatal error ("error") */
  readonly ShutdownType: Schema.Schema<ShutdownType>
  /** A session-wide shutdown token-type entry storing the accumulated token count. */
  readonly ShutdownTokenDetail: Schema.Schema<ShutdownTokenDetail>
  /** Aggregate code change metrics for the session */
  readonly ShutdownCodeChanges: Schema.Schema<ShutdownCodeChanges>
  /** Request count and cost metrics */
  readonly ShutdownModelMetricRequests: Schema.Schema<ShutdownModelMetricRequests>
  /** Token usage breakdown */
  readonly ShutdownModelMetricUsage: Schema.Schema<ShutdownModelMetricUsage>
  /** A token-type entry in a shutdown model metric, storing the accumulated token count. */
  readonly ShutdownModelMetricTokenDetail: Schema.Schema<ShutdownModelMetricTokenDetail>
  /** Per-model shutdown metrics with request counts, token usage, nano-AI units, and token details. */
  readonly ShutdownModelMetric: Schema.Schema<ShutdownModelMetric>
  /** Usage attributed to one agent instance at session shutdown. */
  readonly ShutdownAgentMetric: Schema.Schema<ShutdownAgentMetric>
  /** Session termination metrics including usage statistics, code changes, and shutdown reason */
  readonly ShutdownData: Schema.Schema<ShutdownData>
  /** Session event "session.shutdown". Session termination metrics including usage statistics, code changes, and shutdown reason */
  readonly ShutdownEvent: Schema.Schema<ShutdownEvent, ShutdownEventEncoded>
  /** Internal prompt-cache expiration state for one model */
  readonly UsageCheckpointModelCacheState: Schema.Schema<UsageCheckpointModelCacheState, UsageCheckpointModelCacheStateEncoded>
  /** Durable session usage checkpoint for reconstructing aggregate accounting on resume */
  readonly UsageCheckpointData: Schema.Schema<UsageCheckpointData, UsageCheckpointDataEncoded>
  /** Session event "session.usage_checkpoint". Durable session usage checkpoint for reconstructing aggregate accounting on resume */
  readonly UsageCheckpointEvent: Schema.Schema<UsageCheckpointEvent, UsageCheckpointEventEncoded>
  /** Session event "session.context_changed". Updated working directory and git context after the change */
  readonly ContextChangedEvent: Schema.Schema<ContextChangedEvent, ContextChangedEventEncoded>
  /** Current context window usage statistics including token and message counts */
  readonly UsageInfoData: Schema.Schema<UsageInfoData>
  /** Session event "session.usage_info". Current context window usage statistics including token and message counts */
  readonly UsageInfoEvent: Schema.Schema<UsageInfoEvent, UsageInfoEventEncoded>
  /** Context-cleared details emitted when the host clears the conversation (the session.history.clearContext RPC / Session.clearContextMessages) */
  readonly ContextClearedData: Schema.Schema<ContextClearedData>
  /** Session event "session.context_cleared". Context-cleared details emitted when the host clears the conversation (the session.history.clearContext RPC / Session.clearContextMessages) */
  readonly ContextClearedEvent: Schema.Schema<ContextClearedEvent, ContextClearedEventEncoded>
  /** What initiated a conversation compaction */
  readonly CompactionTrigger: Schema.Schema<CompactionTrigger>
  /** Context window breakdown at the start of LLM-powered conversation compaction */
  readonly CompactionStartData: Schema.Schema<CompactionStartData>
  /** Session event "session.compaction_start". Context window breakdown at the start of LLM-powered conversation compaction */
  readonly CompactionStartEvent: Schema.Schema<CompactionStartEvent, CompactionStartEventEncoded>
  /** Token usage detail for a single billing category */
  readonly CompactionCompleteCompactionTokensUsedCopilotUsageTokenDetail: Schema.Schema<CompactionCompleteCompactionTokensUsedCopilotUsageTokenDetail>
  /** Per-request cost and usage data from the CAPI copilot_usage response field */
  readonly CompactionCompleteCompactionTokensUsedCopilotUsage: Schema.Schema<CompactionCompleteCompactionTokensUsedCopilotUsage>
  /** Token usage breakdown for the compaction LLM call (aligned with assistant.usage format) */
  readonly CompactionCompleteCompactionTokensUsed: Schema.Schema<CompactionCompleteCompactionTokensUsed>
  /** Conversation compaction results including success status, metrics, and optional error details */
  readonly CompactionCompleteData: Schema.Schema<CompactionCompleteData>
  /** Session event "session.compaction_complete". Conversation compaction results including success status, metrics, and optional error details */
  readonly CompactionCompleteEvent: Schema.Schema<CompactionCompleteEvent, CompactionCompleteEventEncoded>
  /** Semantic result of evaluating a task completion request */
  readonly TaskCompletionOutcome: Schema.Schema<TaskCompletionOutcome>
  /** Task completion notification with summary from the agent */
  readonly TaskCompleteData: Schema.Schema<TaskCompleteData>
  /** Session event "session.task_complete". Task completion notification with summary from the agent */
  readonly TaskCompleteEvent: Schema.Schema<TaskCompleteEvent, TaskCompleteEventEncoded>
  /** Inclusive durable event range summarized by a completion receipt. */
  readonly CompletionReceiptEventRange: Schema.Schema<CompletionReceiptEventRange>
  /** Runtime reason the completion decision was accepted. */
  readonly CompletionReceiptStopReason: Schema.Schema<CompletionReceiptStopReason>
  /** Structured terminal status from a tool completion event. */
  readonly CompletionReceiptToolStatus: Schema.Schema<CompletionReceiptToolStatus>
  /** Final structured tool completion in the covered event range. */
  readonly CompletionReceiptFinalTool: Schema.Schema<CompletionReceiptFinalTool>
  /** Behavior-neutral record of structured runtime facts present when an agent completion decision is accepted. */
  readonly CompletionReceiptData: Schema.Schema<CompletionReceiptData>
  /** Session event "session.completion_receipt". Behavior-neutral record of structured runtime facts present when an agent completion decision is accepted. */
  readonly CompletionReceiptEvent: Schema.Schema<CompletionReceiptEvent, CompletionReceiptEventEncoded>
  /** Kind of turn for which HydraFusion routing is running. */
  readonly FusionTurnKind: Schema.Schema<FusionTurnKind>
  /** Experimental transient signal that HydraFusion routing has started for an eligible turn. */
  readonly FusionRouteStartedData: Schema.Schema<FusionRouteStartedData>
  /** Session event "session.fusion_route_started". Experimental transient signal that HydraFusion routing has started for an eligible turn. */
  readonly FusionRouteStartedEvent: Schema.Schema<FusionRouteStartedEvent, FusionRouteStartedEventEncoded>
  /** Experimental durable HydraFusion routing failure and the deterministic concrete fallback selected for the turn. */
  readonly FusionRouteFailedData: Schema.Schema<FusionRouteFailedData>
  /** Session event "session.fusion_route_failed". Experimental durable HydraFusion routing failure and the deterministic concrete fallback selected for the turn. */
  readonly FusionRouteFailedEvent: Schema.Schema<FusionRouteFailedEvent, FusionRouteFailedEventEncoded>
  /** Validated HydraFusion routing capability scores. */
  readonly FusionScores: Schema.Schema<FusionScores>
  /** Validated HydraFusion execution pattern. */
  readonly FusionPattern: Schema.Schema<FusionPattern>
  /** HydraFusion phase kind. */
  readonly FusionPhaseKind: Schema.Schema<FusionPhaseKind>
  /** Conversation scope in which a HydraFusion phase executes. */
  readonly FusionConversationScope: Schema.Schema<FusionConversationScope>
  /** Presentation-neutral phase planned for a HydraFusion turn. */
  readonly FusionPhasePlanStep: Schema.Schema<FusionPhasePlanStep>
  /** Server-recommended routing behavior for a later HydraFusion turn. */
  readonly FusionFollowUpAction: Schema.Schema<FusionFollowUpAction>
  /** Durable server recommendation for subsequent HydraFusion turns. */
  readonly FusionFollowUpRecommendation: Schema.Schema<FusionFollowUpRecommendation>
  /** Experimental durable validated HydraFusion route and turn policy. */
  readonly FusionResolvedData: Schema.Schema<FusionResolvedData>
  /** Session event "session.fusion_resolved". Experimental durable validated HydraFusion route and turn policy. */
  readonly FusionResolvedEvent: Schema.Schema<FusionResolvedEvent, FusionResolvedEventEncoded>
  /** Exact durable model-visible repair or revision handoff between HydraFusion phases. */
  readonly FusionHandoffData: Schema.Schema<FusionHandoffData>
  /** Session event "session.fusion_handoff". Exact durable model-visible repair or revision handoff between HydraFusion phases. */
  readonly FusionHandoffEvent: Schema.Schema<FusionHandoffEvent, FusionHandoffEventEncoded>
  /** Kind of authoritative final commit. */
  readonly FusionCommitKind: Schema.Schema<FusionCommitKind>
  /** Stable durable idempotency boundary for a HydraFusion final text or terminal commit. */
  readonly FusionCommitStartedData: Schema.Schema<FusionCommitStartedData>
  /** Session event "session.fusion_commit_started". Stable durable idempotency boundary for a HydraFusion final text or terminal commit. */
  readonly FusionCommitStartedEvent: Schema.Schema<FusionCommitStartedEvent, FusionCommitStartedEventEncoded>
  /** Experimental durable aggregate outcome of a HydraFusion turn. */
  readonly FusionCompletedData: Schema.Schema<FusionCompletedData>
  /** Session event "session.fusion_completed". Experimental durable aggregate outcome of a HydraFusion turn. */
  readonly FusionCompletedEvent: Schema.Schema<FusionCompletedEvent, FusionCompletedEventEncoded>
  /** Optional line range to scope the attachment to a specific section of the file */
  readonly AttachmentFileLineRange: Schema.Schema<AttachmentFileLineRange>
  /** Why the binary data is absent: it exceeded the inline size limit, or its asset was unavailable */
  readonly OmittedBinaryOmittedReason: Schema.Schema<OmittedBinaryOmittedReason>
  /** File attachment */
  readonly AttachmentFile: Schema.Schema<AttachmentFile>
  /** Directory attachment */
  readonly AttachmentDirectory: Schema.Schema<AttachmentDirectory>
  /** Start position of the selection */
  readonly AttachmentSelectionDetailsStart: Schema.Schema<AttachmentSelectionDetailsStart>
  /** End position of the selection */
  readonly AttachmentSelectionDetailsEnd: Schema.Schema<AttachmentSelectionDetailsEnd>
  /** Position range of the selection within the file */
  readonly AttachmentSelectionDetails: Schema.Schema<AttachmentSelectionDetails>
  /** Code selection attachment from an editor */
  readonly AttachmentSelection: Schema.Schema<AttachmentSelection>
  /** Type of GitHub reference */
  readonly AttachmentGitHubReferenceType: Schema.Schema<AttachmentGitHubReferenceType>
  /** GitHub issue, pull request, or discussion reference */
  readonly AttachmentGitHubReference: Schema.Schema<AttachmentGitHubReference>
  /** Pointer to a GitHub repository. */
  readonly GitHubRepoRef: Schema.Schema<GitHubRepoRef>
  /** Pointer to a GitHub commit. */
  readonly AttachmentGitHubCommit: Schema.Schema<AttachmentGitHubCommit>
  /** Pointer to a GitHub release. */
  readonly AttachmentGitHubRelease: Schema.Schema<AttachmentGitHubRelease>
  /** Pointer to a GitHub Actions job. */
  readonly AttachmentGitHubActionsJob: Schema.Schema<AttachmentGitHubActionsJob>
  /** Pointer to a GitHub repository. */
  readonly AttachmentGitHubRepository: Schema.Schema<AttachmentGitHubRepository>
  /** One side of a file diff (head or base) */
  readonly AttachmentGitHubFileDiffSide: Schema.Schema<AttachmentGitHubFileDiffSide>
  /** Pointer to a single-file diff. At least one of `head` and `base` must be present. */
  readonly AttachmentGitHubFileDiff: Schema.Schema<AttachmentGitHubFileDiff>
  /** One side of a tree comparison (head or base) */
  readonly AttachmentGitHubTreeComparisonSide: Schema.Schema<AttachmentGitHubTreeComparisonSide>
  /** Pointer to a comparison between two git revisions. */
  readonly AttachmentGitHubTreeComparison: Schema.Schema<AttachmentGitHubTreeComparison>
  /** Generic GitHub URL reference. */
  readonly AttachmentGitHubUrl: Schema.Schema<AttachmentGitHubUrl>
  /** Pointer to a file in a GitHub repository at a specific ref. */
  readonly AttachmentGitHubFile: Schema.Schema<AttachmentGitHubFile>
  /** Pointer to a line range inside a file in a GitHub repository. */
  readonly AttachmentGitHubSnippet: Schema.Schema<AttachmentGitHubSnippet>
  /** Blob attachment with inline base64-encoded data */
  readonly AttachmentBlob: Schema.Schema<AttachmentBlob>
  /** Structured context contributed by an extension. Composer pills displayed in the host are forwarded back through session.send.attachments, then rendered into the model prompt as an <extension_context> XML block. */
  readonly AttachmentExtensionContext: Schema.Schema<AttachmentExtensionContext, AttachmentExtensionContextEncoded>
  /** A user message attachment — a file, directory, code selection, blob, GitHub reference, GitHub-anchored pointer, or extension-supplied context payload */
  readonly Attachment: Schema.Schema<Attachment, AttachmentEncoded>
  /** How this user message was delivered to the agentic loop, relative to whether the loop was already running. This is the timing axis only; the message's origin (human vs. system/command/schedule/skill/etc.) is carried separately by `source`. A system-injected message has a delivery too — e.g. a background-task notification waking an idle agent is `idle`, the same mechanism as a human starting a fresh turn. */
  readonly UserMessageDelivery: Schema.Schema<UserMessageDelivery>
  /** The agent mode that was active when this message was sent */
  readonly UserMessageAgentMode: Schema.Schema<UserMessageAgentMode>
  /** Payload of `user.message` with displayed and model-transformed content, attachments, source/delivery metadata, mode, and telemetry IDs. */
  readonly UserMessageData: Schema.Schema<UserMessageData, UserMessageDataEncoded>
  /** Session event "user.message". Payload of `user.message` with displayed and model-transformed content, attachments, source/delivery metadata, mode, and telemetry IDs. */
  readonly UserMessageEvent: Schema.Schema<UserMessageEvent, UserMessageEventEncoded>
  /** Empty payload; the event signals that the pending message queue has changed */
  readonly PendingMessagesModifiedData: Schema.Schema<PendingMessagesModifiedData>
  /** Session event "pending_messages.modified". Empty payload; the event signals that the pending message queue has changed */
  readonly PendingMessagesModifiedEvent: Schema.Schema<PendingMessagesModifiedEvent, PendingMessagesModifiedEventEncoded>
  /** Turn initialization metadata including identifier and interaction tracking */
  readonly AssistantTurnStartData: Schema.Schema<AssistantTurnStartData>
  /** Session event "assistant.turn_start". Turn initialization metadata including identifier and interaction tracking */
  readonly AssistantTurnStartEvent: Schema.Schema<AssistantTurnStartEvent, AssistantTurnStartEventEncoded>
  /** Metadata for an additional model inference attempt within an existing assistant turn */
  readonly AssistantTurnRetryData: Schema.Schema<AssistantTurnRetryData>
  /** Session event "assistant.turn_retry". Metadata for an additional model inference attempt within an existing assistant turn */
  readonly AssistantTurnRetryEvent: Schema.Schema<AssistantTurnRetryEvent, AssistantTurnRetryEventEncoded>
  /** What the agent was doing when the user interrupted it. */
  readonly AgentInterruptedActivity: Schema.Schema<AgentInterruptedActivity>
  /** Transport used for a failed model call */
  readonly ModelCallFailureTransport: Schema.Schema<ModelCallFailureTransport>
  /** Where the interruption landed relative to the first streamed token. */
  readonly AgentInterruptedCancelPhase: Schema.Schema<AgentInterruptedCancelPhase>
  /** Metadata for work the user interrupted while the agent was running */
  readonly AgentInterruptedData: Schema.Schema<AgentInterruptedData>
  /** Session event "agent.interrupted". Metadata for work the user interrupted while the agent was running */
  readonly AgentInterruptedEvent: Schema.Schema<AgentInterruptedEvent, AgentInterruptedEventEncoded>
  /** Agent intent description for current activity or plan */
  readonly AssistantIntentData: Schema.Schema<AssistantIntentData>
  /** Session event "assistant.intent". Agent intent description for current activity or plan */
  readonly AssistantIntentEvent: Schema.Schema<AssistantIntentEvent, AssistantIntentEventEncoded>
  /** Experimental transient HydraFusion phase/model/role signal. */
  readonly FusionPhaseStartedData: Schema.Schema<FusionPhaseStartedData>
  /** Session event "assistant.fusion_phase_started". Experimental transient HydraFusion phase/model/role signal. */
  readonly AssistantFusionPhaseStartedEvent: Schema.Schema<AssistantFusionPhaseStartedEvent, AssistantFusionPhaseStartedEventEncoded>
  /** Content-safe activity observed while a HydraFusion phase is running. */
  readonly FusionPhaseActivityKind: Schema.Schema<FusionPhaseActivityKind>
  /** Experimental content-safe activity signal for a running HydraFusion phase. */
  readonly FusionPhaseActivityData: Schema.Schema<FusionPhaseActivityData>
  /** Session event "assistant.fusion_phase_activity". Experimental content-safe activity signal for a running HydraFusion phase. */
  readonly AssistantFusionPhaseActivityEvent: Schema.Schema<AssistantFusionPhaseActivityEvent, AssistantFusionPhaseActivityEventEncoded>
  /** Durable outcome status of a HydraFusion phase. */
  readonly FusionPhaseStatus: Schema.Schema<FusionPhaseStatus>
  /** Aggregate concrete-model usage for one HydraFusion phase. */
  readonly FusionPhaseUsage: Schema.Schema<FusionPhaseUsage>
  /** How a durable phase checkpoint contributes its exact message to canonical root history. */
  readonly FusionProjectionMode: Schema.Schema<FusionProjectionMode>
  /** Internal durable terminal request staged by a HydraFusion phase until an idempotent final commit selects it. */
  readonly FusionStagedTerminal: Schema.Schema<FusionStagedTerminal>
  /** Experimental durable HydraFusion phase output and lossless replay checkpoint. */
  readonly FusionPhaseCompletedData: Schema.Schema<FusionPhaseCompletedData>
  /** Session event "assistant.fusion_phase_completed". Experimental durable HydraFusion phase output and lossless replay checkpoint. */
  readonly AssistantFusionPhaseCompletedEvent: Schema.Schema<AssistantFusionPhaseCompletedEvent, AssistantFusionPhaseCompletedEventEncoded>
  /** Experimental durable typed HydraFusion phase failure and degradation transition. */
  readonly FusionPhaseFailedData: Schema.Schema<FusionPhaseFailedData>
  /** Session event "assistant.fusion_phase_failed". Experimental durable typed HydraFusion phase failure and degradation transition. */
  readonly AssistantFusionPhaseFailedEvent: Schema.Schema<AssistantFusionPhaseFailedEvent, AssistantFusionPhaseFailedEventEncoded>
  /** Live progress signal for a provider-hosted server tool (e.g. hosted web search) while it runs, before the finalized serverTools envelope lands on the terminal assistant.message */
  readonly AssistantServerToolProgressData: Schema.Schema<AssistantServerToolProgressData>
  /** Session event "assistant.server_tool_progress". Live progress signal for a provider-hosted server tool (e.g. hosted web search) while it runs, before the finalized serverTools envelope lands on the terminal assistant.message */
  readonly AssistantServerToolProgressEvent: Schema.Schema<AssistantServerToolProgressEvent, AssistantServerToolProgressEventEncoded>
  /** Assistant reasoning content for timeline display with complete thinking text */
  readonly AssistantReasoningData: Schema.Schema<AssistantReasoningData>
  /** Session event "assistant.reasoning". Assistant reasoning content for timeline display with complete thinking text */
  readonly AssistantReasoningEvent: Schema.Schema<AssistantReasoningEvent, AssistantReasoningEventEncoded>
  /** Streaming reasoning delta for incremental extended thinking updates */
  readonly AssistantReasoningDeltaData: Schema.Schema<AssistantReasoningDeltaData>
  /** Session event "assistant.reasoning_delta". Streaming reasoning delta for incremental extended thinking updates */
  readonly AssistantReasoningDeltaEvent: Schema.Schema<AssistantReasoningDeltaEvent, AssistantReasoningDeltaEventEncoded>
  /** Tool call type: "function" for standard tool calls, "custom" for grammar-based tool calls. Defaults to "function" when absent. */
  readonly AssistantMessageToolRequestType: Schema.Schema<AssistantMessageToolRequestType>
  /** Streaming tool-call input delta for incremental tool-call updates */
  readonly AssistantToolCallDeltaData: Schema.Schema<AssistantToolCallDeltaData>
  /** Session event "assistant.tool_call_delta". Streaming tool-call input delta for incremental tool-call updates */
  readonly AssistantToolCallDeltaEvent: Schema.Schema<AssistantToolCallDeltaEvent, AssistantToolCallDeltaEventEncoded>
  /** Streaming response progress with cumulative byte count */
  readonly AssistantStreamingDeltaData: Schema.Schema<AssistantStreamingDeltaData>
  /** Session event "assistant.streaming_delta". Streaming response progress with cumulative byte count */
  readonly AssistantStreamingDeltaEvent: Schema.Schema<AssistantStreamingDeltaEvent, AssistantStreamingDeltaEventEncoded>
  /** Hosted program caller type */
  readonly AssistantMessageToolRequestCallerType: Schema.Schema<AssistantMessageToolRequestCallerType>
  /** Hosted program that requested this client tool call */
  readonly AssistantMessageToolRequestCaller: Schema.Schema<AssistantMessageToolRequestCaller>
  /** A tool invocation request from the assistant */
  readonly AssistantMessageToolRequest: Schema.Schema<AssistantMessageToolRequest>
  /** Neutral provider-tagged server-side tool-use payload (tool search, advisor) for verbatim round-tripping */
  readonly AssistantMessageServerTools: Schema.Schema<AssistantMessageServerTools>
  /** Neutral provider-tagged reasoning content blocks preserved verbatim for round-tripping */
  readonly AssistantMessageReasoningBlocks: Schema.Schema<AssistantMessageReasoningBlocks>
  /** The system that produced a citation. */
  readonly CitationProvider: Schema.Schema<CitationProvider>
  /** A source that backs one or more cited spans in the assistant's response. */
  readonly CitationSource: Schema.Schema<CitationSource>
  /** A character range within the source's text content. */
  readonly CitationLocationChar: Schema.Schema<CitationLocationChar>
  /** A page range within a paginated source document. */
  readonly CitationLocationPage: Schema.Schema<CitationLocationPage>
  /** A content-block range within a structured source document. */
  readonly CitationLocationBlock: Schema.Schema<CitationLocationBlock>
  /** Location within a cited source (character, page, or content-block range) that supports a span. */
  readonly CitationLocation: Schema.Schema<CitationLocation>
  /** A single citation occurrence linking a span of generated text to a supporting source. */
  readonly CitationReference: Schema.Schema<CitationReference>
  /** A contiguous span of generated assistant text and the source references that support it. */
  readonly CitationSpan: Schema.Schema<CitationSpan>
  /** Provider-agnostic citations linking spans of the assistant's response to their supporting sources. */
  readonly Citations: Schema.Schema<Citations>
  /** Experimental attribution linking an ordinary event to the HydraFusion turn, phase, and concrete source that produced it. */
  readonly FusionAttribution: Schema.Schema<FusionAttribution>
  /** Assistant response containing text content, optional tool requests, and interaction metadata */
  readonly AssistantMessageData: Schema.Schema<AssistantMessageData>
  /** Session event "assistant.message". Assistant response containing text content, optional tool requests, and interaction metadata */
  readonly AssistantMessageEvent: Schema.Schema<AssistantMessageEvent, AssistantMessageEventEncoded>
  /** Streaming assistant message start metadata */
  readonly AssistantMessageStartData: Schema.Schema<AssistantMessageStartData>
  /** Session event "assistant.message_start". Streaming assistant message start metadata */
  readonly AssistantMessageStartEvent: Schema.Schema<AssistantMessageStartEvent, AssistantMessageStartEventEncoded>
  /** Streaming assistant message delta for incremental response updates */
  readonly AssistantMessageDeltaData: Schema.Schema<AssistantMessageDeltaData>
  /** Session event "assistant.message_delta". Streaming assistant message delta for incremental response updates */
  readonly AssistantMessageDeltaEvent: Schema.Schema<AssistantMessageDeltaEvent, AssistantMessageDeltaEventEncoded>
  /** Turn completion metadata including the turn identifier */
  readonly AssistantTurnEndData: Schema.Schema<AssistantTurnEndData>
  /** Session event "assistant.turn_end". Turn completion metadata including the turn identifier */
  readonly AssistantTurnEndEvent: Schema.Schema<AssistantTurnEndEvent, AssistantTurnEndEventEncoded>
  /** Payload emitted whenever the main agent's processing loop goes idle, including while related background work (running agents or in-flight attached shell commands) is still pending and the session-level idle event is therefore deferred */
  readonly AssistantIdleData: Schema.Schema<AssistantIdleData>
  /** Session event "assistant.idle". Payload emitted whenever the main agent's processing loop goes idle, including while related background work (running agents or in-flight attached shell commands) is still pending and the session-level idle event is therefore deferred */
  readonly AssistantIdleEvent: Schema.Schema<AssistantIdleEvent, AssistantIdleEventEncoded>
  /** Transport used for a successful model call */
  readonly AssistantUsageTransport: Schema.Schema<AssistantUsageTransport>
  /** API endpoint used for this model call, matching CAPI supported_endpoints vocabulary */
  readonly AssistantUsageApiEndpoint: Schema.Schema<AssistantUsageApiEndpoint>
  /** Internal per-quota snapshot for assistant usage, including entitlement, consumed requests, overage, reset date, and remaining quota. */
  readonly AssistantUsageQuotaSnapshot: Schema.Schema<AssistantUsageQuotaSnapshot, AssistantUsageQuotaSnapshotEncoded>
  /** Token usage detail for a single billing category */
  readonly AssistantUsageCopilotUsageTokenDetail: Schema.Schema<AssistantUsageCopilotUsageTokenDetail>
  /** Per-request cost and usage data from the CAPI copilot_usage response field */
  readonly AssistantUsageCopilotUsage: Schema.Schema<AssistantUsageCopilotUsage>
  /** LLM API call usage metrics including tokens, costs, quotas, and billing information */
  readonly AssistantUsageData: Schema.Schema<AssistantUsageData, AssistantUsageDataEncoded>
  /** Session event "assistant.usage". LLM API call usage metrics including tokens, costs, quotas, and billing information */
  readonly AssistantUsageEvent: Schema.Schema<AssistantUsageEvent, AssistantUsageEventEncoded>
  /** A detected loss of a previously cached prompt prefix */
  readonly PromptCacheBreakData: Schema.Schema<PromptCacheBreakData>
  /** Session event "prompt_cache_break". A detected loss of a previously cached prompt prefix */
  readonly PromptCacheBreakEvent: Schema.Schema<PromptCacheBreakEvent, PromptCacheBreakEventEncoded>
  /** Boundary that produced a model call failure */
  readonly ModelCallFailureKind: Schema.Schema<ModelCallFailureKind>
  /** Where the failed model call originated */
  readonly ModelCallFailureSource: Schema.Schema<ModelCallFailureSource>
  /** For HTTP 400 failures only: whether the response carried a structured CAPI error envelope (structured_error, a deterministic validation failure) or no error body (bodyless, the transient gateway/proxy signature). Absent for non-400 failures. */
  readonly ModelCallFailureBadRequestKind: Schema.Schema<ModelCallFailureBadRequestKind>
  /** Content-free structural summary of the failing request for diagnosing malformed 4xx calls */
  readonly ModelCallFailureRequestFingerprint: Schema.Schema<ModelCallFailureRequestFingerprint>
  /** Failed LLM API call metadata for telemetry */
  readonly ModelCallFailureData: Schema.Schema<ModelCallFailureData, ModelCallFailureDataEncoded>
  /** Session event "model.call_failure". Failed LLM API call metadata for telemetry */
  readonly ModelCallFailureEvent: Schema.Schema<ModelCallFailureEvent, ModelCallFailureEventEncoded>
  /** Final outcome of one logical model dispatch after response acceptance processing */
  readonly ModelCallFinishedOutcome: Schema.Schema<ModelCallFinishedOutcome>
  /** Final lifecycle outcome for one logical model dispatch. A logical dispatch may include internal reconnect or fallback work, so event count is not provider HTTP-request count. */
  readonly ModelCallFinishedData: Schema.Schema<ModelCallFinishedData>
  /** Session event "model.call_finished". Final lifecycle outcome for one logical model dispatch. A logical dispatch may include internal reconnect or fallback work, so event count is not provider HTTP-request count. */
  readonly ModelCallFinishedEvent: Schema.Schema<ModelCallFinishedEvent, ModelCallFinishedEventEncoded>
  /** Model API dispatch metadata for internal telemetry */
  readonly ModelCallStartData: Schema.Schema<ModelCallStartData>
  /** Session event "model.call_start". Model API dispatch metadata for internal telemetry */
  readonly ModelCallStartEvent: Schema.Schema<ModelCallStartEvent, ModelCallStartEventEncoded>
  /** Finite reason code describing why the current turn was aborted */
  readonly AbortReason: Schema.Schema<AbortReason>
  /** Turn abort information including the reason for termination */
  readonly AbortData: Schema.Schema<AbortData>
  /** Session event "abort". Turn abort information including the reason for termination */
  readonly AbortEvent: Schema.Schema<AbortEvent, AbortEventEncoded>
  /** User-initiated tool invocation request with tool name and arguments */
  readonly ToolUserRequestedData: Schema.Schema<ToolUserRequestedData>
  /** Session event "tool.user_requested". User-initiated tool invocation request with tool name and arguments */
  readonly ToolUserRequestedEvent: Schema.Schema<ToolUserRequestedEvent, ToolUserRequestedEventEncoded>
  /** Shell-aware path hints for a shell tool's command, captured at start time so consumers can snapshot a file's pre-image before the tool runs. */
  readonly ToolExecutionStartShellToolInfo: Schema.Schema<ToolExecutionStartShellToolInfo>
  /** Transport mechanism: stdio, http, sse (deprecated), or memory (in-process MCP server) */
  readonly McpServerTransport: Schema.Schema<McpServerTransport>
  /** Configuration source: user, workspace, plugin, builtin, or managed */
  readonly McpServerSource: Schema.Schema<McpServerSource>
  /** Allowed values for the `ToolExecutionStartToolDescriptionMetaUIVisibility` enumeration. */
  readonly ToolExecutionStartToolDescriptionMetaUIVisibility: Schema.Schema<ToolExecutionStartToolDescriptionMetaUIVisibility>
  /** MCP Apps tool `_meta.ui` resource URI and visibility captured on `tool.execution_start`. */
  readonly ToolExecutionStartToolDescriptionMetaUI: Schema.Schema<ToolExecutionStartToolDescriptionMetaUI>
  /** MCP Apps metadata for UI resource association */
  readonly ToolExecutionStartToolDescriptionMeta: Schema.Schema<ToolExecutionStartToolDescriptionMeta>
  /** Tool definition metadata, present for MCP tools with MCP Apps support */
  readonly ToolExecutionStartToolDescription: Schema.Schema<ToolExecutionStartToolDescription>
  /** Tool execution startup details including MCP server information when applicable */
  readonly ToolExecutionStartData: Schema.Schema<ToolExecutionStartData>
  /** Session event "tool.execution_start". Tool execution startup details including MCP server information when applicable */
  readonly ToolExecutionStartEvent: Schema.Schema<ToolExecutionStartEvent, ToolExecutionStartEventEncoded>
  /** Streaming tool execution output for incremental result display */
  readonly ToolExecutionPartialData: Schema.Schema<ToolExecutionPartialData>
  /** Session event "tool.execution_partial_result". Streaming tool execution output for incremental result display */
  readonly ToolExecutionPartialResultEvent: Schema.Schema<ToolExecutionPartialResultEvent, ToolExecutionPartialResultEventEncoded>
  /** Tool execution progress notification with status message */
  readonly ToolExecutionProgressData: Schema.Schema<ToolExecutionProgressData>
  /** Session event "tool.execution_progress". Tool execution progress notification with status message */
  readonly ToolExecutionProgressEvent: Schema.Schema<ToolExecutionProgressEvent, ToolExecutionProgressEventEncoded>
  /** Plain text content block */
  readonly ToolExecutionCompleteContentText: Schema.Schema<ToolExecutionCompleteContentText>
  /**
   * Deprecated for shell command exit metadata. Use ToolExecutionCompleteContentShellExit instead.
   *
   * @deprecated
   */
  readonly ToolExecutionCompleteContentTerminal: Schema.Schema<ToolExecutionCompleteContentTerminal>
  /** Shell command exit metadata with optional output preview */
  readonly ToolExecutionCompleteContentShellExit: Schema.Schema<ToolExecutionCompleteContentShellExit>
  /** Image content block with base64-encoded data */
  readonly ToolExecutionCompleteContentImage: Schema.Schema<ToolExecutionCompleteContentImage>
  /** Audio content block with base64-encoded data */
  readonly ToolExecutionCompleteContentAudio: Schema.Schema<ToolExecutionCompleteContentAudio>
  /** Theme variant this icon is intended for */
  readonly ToolExecutionCompleteContentResourceLinkIconTheme: Schema.Schema<ToolExecutionCompleteContentResourceLinkIconTheme>
  /** Icon image for a resource */
  readonly ToolExecutionCompleteContentResourceLinkIcon: Schema.Schema<ToolExecutionCompleteContentResourceLinkIcon>
  /** Resource link content block referencing an external resource */
  readonly ToolExecutionCompleteContentResourceLink: Schema.Schema<ToolExecutionCompleteContentResourceLink>
  /** Embedded text resource contents identified by a URI, with an optional MIME type and a text payload. */
  readonly EmbeddedTextResourceContents: Schema.Schema<EmbeddedTextResourceContents>
  /** Embedded binary resource contents identified by a URI, with an optional MIME type and a base64-encoded blob. */
  readonly EmbeddedBlobResourceContents: Schema.Schema<EmbeddedBlobResourceContents>
  /** The embedded resource contents, either text or base64-encoded binary */
  readonly ToolExecutionCompleteContentResourceDetails: Schema.Schema<ToolExecutionCompleteContentResourceDetails>
  /** Embedded resource content block with inline text or binary data */
  readonly ToolExecutionCompleteContentResource: Schema.Schema<ToolExecutionCompleteContentResource>
  /** A content block within a tool result, which may be text, terminal output, image, audio, or a resource */
  readonly ToolExecutionCompleteContent: Schema.Schema<ToolExecutionCompleteContent>
  /** Binary result type discriminator. Use "image" for images and "resource" for other binary data. */
  readonly PersistedBinaryImageType: Schema.Schema<PersistedBinaryImageType>
  /** Binary result returned by a tool for the model */
  readonly PersistedBinaryImage: Schema.Schema<PersistedBinaryImage>
  /** Binary result type discriminator. Use "image" for images and "resource" for other binary data. */
  readonly OmittedBinaryType: Schema.Schema<OmittedBinaryType>
  /** A binary result whose data was omitted from persistence due to the inline size limit */
  readonly OmittedBinaryResult: Schema.Schema<OmittedBinaryResult>
  /** Binary result type discriminator. Use "image" for images and "resource" for other binary data. */
  readonly BinaryAssetReferenceType: Schema.Schema<BinaryAssetReferenceType>
  /** A reference to binary data persisted once on a session.binary_asset event and shared by id */
  readonly BinaryAssetReference: Schema.Schema<BinaryAssetReference>
  /** A model-facing binary result as persisted: full inline data, a size-omitted marker, or a deduplicated asset reference */
  readonly PersistedBinaryResult: Schema.Schema<PersistedBinaryResult>
  /** CSP domain allowlists for an MCP Apps UI resource, including connect, resource, frame, and base URI domains. */
  readonly ToolExecutionCompleteUIResourceMetaUICsp: Schema.Schema<ToolExecutionCompleteUIResourceMetaUICsp>
  /** Marker object for camera permission on an MCP Apps UI resource. */
  readonly ToolExecutionCompleteUIResourceMetaUIPermissionsCamera: Schema.Schema<ToolExecutionCompleteUIResourceMetaUIPermissionsCamera>
  /** Marker object for microphone permission on an MCP Apps UI resource. */
  readonly ToolExecutionCompleteUIResourceMetaUIPermissionsMicrophone: Schema.Schema<ToolExecutionCompleteUIResourceMetaUIPermissionsMicrophone>
  /** Marker object for geolocation permission on an MCP Apps UI resource. */
  readonly ToolExecutionCompleteUIResourceMetaUIPermissionsGeolocation: Schema.Schema<ToolExecutionCompleteUIResourceMetaUIPermissionsGeolocation>
  /** Marker object for clipboard-write permission on an MCP Apps UI resource. */
  readonly ToolExecutionCompleteUIResourceMetaUIPermissionsClipboardWrite: Schema.Schema<ToolExecutionCompleteUIResourceMetaUIPermissionsClipboardWrite>
  /** Browser permission metadata for an MCP Apps UI resource, including camera, microphone, geolocation, and clipboard-write. */
  readonly ToolExecutionCompleteUIResourceMetaUIPermissions: Schema.Schema<ToolExecutionCompleteUIResourceMetaUIPermissions>
  /** MCP Apps UI resource metadata for a completed tool result, including CSP, permissions, domain, and border preference. */
  readonly ToolExecutionCompleteUIResourceMetaUI: Schema.Schema<ToolExecutionCompleteUIResourceMetaUI>
  /** Resource-level UI metadata (CSP, permissions, visual preferences) */
  readonly ToolExecutionCompleteUIResourceMeta: Schema.Schema<ToolExecutionCompleteUIResourceMeta>
  /** MCP Apps UI resource content for rendering in a sandboxed iframe */
  readonly ToolExecutionCompleteUIResource: Schema.Schema<ToolExecutionCompleteUIResource>
  /** A source supplied by a tool that should be made available to the model as citable content. */
  readonly CitableSource: Schema.Schema<CitableSource>
  /** Tool execution result on success */
  readonly ToolExecutionCompleteResult: Schema.Schema<ToolExecutionCompleteResult>
  /** Error details when the tool execution failed */
  readonly ToolExecutionCompleteError: Schema.Schema<ToolExecutionCompleteError>
  /** Allowed values for the `ToolExecutionCompleteToolDescriptionMetaUIVisibility` enumeration. */
  readonly ToolExecutionCompleteToolDescriptionMetaUIVisibility: Schema.Schema<ToolExecutionCompleteToolDescriptionMetaUIVisibility>
  /** MCP Apps tool `_meta.ui` resource URI and visibility captured on `tool.execution_complete`. */
  readonly ToolExecutionCompleteToolDescriptionMetaUI: Schema.Schema<ToolExecutionCompleteToolDescriptionMetaUI>
  /** MCP Apps metadata for UI resource association */
  readonly ToolExecutionCompleteToolDescriptionMeta: Schema.Schema<ToolExecutionCompleteToolDescriptionMeta>
  /** Tool definition metadata, present for MCP tools with MCP Apps support */
  readonly ToolExecutionCompleteToolDescription: Schema.Schema<ToolExecutionCompleteToolDescription>
  /** Experimental shell completion facts retained independently of the full tool result. */
  readonly ToolExecutionCompleteShellExecution: Schema.Schema<ToolExecutionCompleteShellExecution>
  /** Tool execution completion results including success status, detailed output, and error information */
  readonly ToolExecutionCompleteData: Schema.Schema<ToolExecutionCompleteData>
  /** Session event "tool.execution_complete". Tool execution completion results including success status, detailed output, and error information */
  readonly ToolExecutionCompleteEvent: Schema.Schema<ToolExecutionCompleteEvent, ToolExecutionCompleteEventEncoded>
  /** Persisted generic client-side tool activations restored when a session resumes. */
  readonly ToolSearchActivatedData: Schema.Schema<ToolSearchActivatedData>
  /** Session event "tool_search.activated". Persisted generic client-side tool activations restored when a session resumes. */
  readonly ToolSearchActivatedEvent: Schema.Schema<ToolSearchActivatedEvent, ToolSearchActivatedEventEncoded>
  /** What triggered the skill invocation: `user-invoked` (explicit user action, such as via a slash command or UI affordance), `agent-invoked` (agent requested the skill), or `context-load` (loaded as part of another context, such as preloading skills configured on a custom agent or subagent) */
  readonly SkillInvokedTrigger: Schema.Schema<SkillInvokedTrigger>
  /** Skill invocation details including content, allowed tools, and plugin metadata */
  readonly SkillInvokedData: Schema.Schema<SkillInvokedData>
  /** Session event "skill.invoked". Skill invocation details including content, allowed tools, and plugin metadata */
  readonly SkillInvokedEvent: Schema.Schema<SkillInvokedEvent, SkillInvokedEventEncoded>
  /** Internal durable skill invocation receipt whose content resolves from an earlier inline skill event in the same session. */
  readonly SkillInvokedRefData: Schema.Schema<SkillInvokedRefData>
  /** Session event "skill.invoked_ref". Internal durable skill invocation receipt whose content resolves from an earlier inline skill event in the same session. */
  readonly SkillInvokedRefEvent: Schema.Schema<SkillInvokedRefEvent, SkillInvokedRefEventEncoded>
  /** Exact skill context delivered to the model during a tool phase. This is not a user submission or another skill invocation. */
  readonly SkillContextDeliveredData: Schema.Schema<SkillContextDeliveredData>
  /** Session event "skill.context_delivered". Exact skill context delivered to the model during a tool phase. This is not a user submission or another skill invocation. */
  readonly SkillContextDeliveredEvent: Schema.Schema<SkillContextDeliveredEvent, SkillContextDeliveredEventEncoded>
  /** Internal durable receipt that reconstructs exact model-visible skill context from earlier session content. */
  readonly SkillContextDeliveredRefData: Schema.Schema<SkillContextDeliveredRefData>
  /** Session event "skill.context_delivered_ref". Internal durable receipt that reconstructs exact model-visible skill context from earlier session content. */
  readonly SkillContextDeliveredRefEvent: Schema.Schema<SkillContextDeliveredRefEvent, SkillContextDeliveredRefEventEncoded>
  /** Customer-controllable sandbox governance area */
  readonly SandboxControl: Schema.Schema<SandboxControl>
  /** Finite result of a sandbox decision. Each `SandboxDecisionData` variant uses a disjoint subset: `policy_resolved` is `resolved | degraded`, `spawn_completed` and `permissive_retry_completed` are `succeeded | failed`, `enforcement_state` is `engaged | inactive | failed`, `access_denied` is `denied`, and escalation decisions are `approved | declined`. */
  readonly SandboxOutcome: Schema.Schema<SandboxOutcome>
  /** Host operating-system family used for sandbox enforcement */
  readonly SandboxPlatform: Schema.Schema<SandboxPlatform>
  /** Process-containment backend selected for the host platform */
  readonly SandboxBackend: Schema.Schema<SandboxBackend>
  /** Origin of the effective sandbox policy */
  readonly SandboxPolicySource: Schema.Schema<SandboxPolicySource>
  /** Runtime boundary that enforced or routed a sandbox decision */
  readonly SandboxEnforcementPoint: Schema.Schema<SandboxEnforcementPoint>
  /** Bounded classification of effective sandbox proxy routing */
  readonly SandboxProxyMode: Schema.Schema<SandboxProxyMode>
  /** Effective sandbox filesystem rules, in policy order. Only populated when content capture is enabled, since these are real host paths. */
  readonly SandboxFilesystemPolicyDetails: Schema.Schema<SandboxFilesystemPolicyDetails>
  /** Finite reason why sandbox enforcement is weaker than configured */
  readonly SandboxDegradationReason: Schema.Schema<SandboxDegradationReason>
  /** Runtime observation backing an enforcement-state or denial claim. Absent on `enforcement_state` when no observation backs the state. */
  readonly SandboxAttestation: Schema.Schema<SandboxAttestation>
  /** Bounded class of access an enforcement check refused. Raw resources, commands, and process names accompany it only when content capture is enabled; diagnostic text and matched rules are never exported. */
  readonly SandboxDenialClass: Schema.Schema<SandboxDenialClass>
  /** How strong the evidence behind a denial is. A denial the sandbox itself recorded is a fact; one inferred from a command's output text is a judgement, and an analysis that cannot tell them apart will treat a false positive as enforcement. */
  readonly SandboxDenialConfidence: Schema.Schema<SandboxDenialConfidence>
  /** Where a request to run outside the process sandbox originated. Orthogonal to the outcome: the same verdict means a different thing depending on where the request came from. */
  readonly SandboxBypassSource: Schema.Schema<SandboxBypassSource>
  /** Payload of `sandbox.decision`, a bounded governance record of what the process sandbox was configured to do and whether it took effect. Discriminated by `kind`. */
  readonly SandboxDecisionData: Schema.Schema<SandboxDecisionData>
  /** Session event "sandbox.decision". Payload of `sandbox.decision`, a bounded governance record of what the process sandbox was configured to do and whether it took effect. Discriminated by `kind`. */
  readonly SandboxDecisionEvent: Schema.Schema<SandboxDecisionEvent, SandboxDecisionEventEncoded>
  /** Where the model input for a task-tool sub-agent came from. */
  readonly SubagentTaskModelSource: Schema.Schema<SubagentTaskModelSource>
  /** Authority or runtime mechanism responsible for sub-agent model selection. */
  readonly SubagentModelSelectionSource: Schema.Schema<SubagentModelSelectionSource>
  /** Sub-agent startup details including parent tool call and agent information */
  readonly SubagentStartedData: Schema.Schema<SubagentStartedData>
  /** Session event "subagent.started". Sub-agent startup details including parent tool call and agent information */
  readonly SubagentStartedEvent: Schema.Schema<SubagentStartedEvent, SubagentStartedEventEncoded>
  /** Resolved runtime configuration for a configured sub-agent */
  readonly SubagentConfiguredData: Schema.Schema<SubagentConfiguredData>
  /** Session event "subagent.configured". Resolved runtime configuration for a configured sub-agent */
  readonly SubagentConfiguredEvent: Schema.Schema<SubagentConfiguredEvent, SubagentConfiguredEventEncoded>
  /** Sub-agent completion details for successful execution */
  readonly SubagentCompletedData: Schema.Schema<SubagentCompletedData>
  /** Session event "subagent.completed". Sub-agent completion details for successful execution */
  readonly SubagentCompletedEvent: Schema.Schema<SubagentCompletedEvent, SubagentCompletedEventEncoded>
  /** Sub-agent failure details including error message and agent information */
  readonly SubagentFailedData: Schema.Schema<SubagentFailedData>
  /** Session event "subagent.failed". Sub-agent failure details including error message and agent information */
  readonly SubagentFailedEvent: Schema.Schema<SubagentFailedEvent, SubagentFailedEventEncoded>
  /** Custom agent selection details including name and available tools */
  readonly SubagentSelectedData: Schema.Schema<SubagentSelectedData>
  /** Session event "subagent.selected". Custom agent selection details including name and available tools */
  readonly SubagentSelectedEvent: Schema.Schema<SubagentSelectedEvent, SubagentSelectedEventEncoded>
  /** Empty payload; the event signals that the custom agent was deselected, returning to the default agent */
  readonly SubagentDeselectedData: Schema.Schema<SubagentDeselectedData>
  /** Session event "subagent.deselected". Empty payload; the event signals that the custom agent was deselected, returning to the default agent */
  readonly SubagentDeselectedEvent: Schema.Schema<SubagentDeselectedEvent, SubagentDeselectedEventEncoded>
  /** Hook invocation start details including type and input data */
  readonly HookStartData: Schema.Schema<HookStartData>
  /** Session event "hook.start". Hook invocation start details including type and input data */
  readonly HookStartEvent: Schema.Schema<HookStartEvent, HookStartEventEncoded>
  /** Error details when the hook failed */
  readonly HookEndError: Schema.Schema<HookEndError>
  /** Hook invocation completion details including output, success status, and error information */
  readonly HookEndData: Schema.Schema<HookEndData>
  /** Session event "hook.end". Hook invocation completion details including output, success status, and error information */
  readonly HookEndEvent: Schema.Schema<HookEndEvent, HookEndEventEncoded>
  /** Ephemeral progress update from a running hook process */
  readonly HookProgressData: Schema.Schema<HookProgressData>
  /** Session event "hook.progress". Ephemeral progress update from a running hook process */
  readonly HookProgressEvent: Schema.Schema<HookProgressEvent, HookProgressEventEncoded>
  /** Binary asset type discriminator. Use "image" for images and "resource" otherwise. */
  readonly BinaryAssetType: Schema.Schema<BinaryAssetType>
  /** Canonical bytes for a content-addressed binary asset shared by reference across events */
  readonly BinaryAssetData: Schema.Schema<BinaryAssetData>
  /** Session event "session.binary_asset". Canonical bytes for a content-addressed binary asset shared by reference across events */
  readonly BinaryAssetEvent: Schema.Schema<BinaryAssetEvent, BinaryAssetEventEncoded>
  /** Message role: "system" for system prompts, "developer" for developer-injected instructions */
  readonly SystemMessageRole: Schema.Schema<SystemMessageRole>
  /** Metadata about the prompt template and its construction */
  readonly SystemMessageMetadata: Schema.Schema<SystemMessageMetadata>
  /** System/developer instruction content with role and optional template metadata */
  readonly SystemMessageData: Schema.Schema<SystemMessageData>
  /** Session event "system.message". System/developer instruction content with role and optional template metadata */
  readonly SystemMessageEvent: Schema.Schema<SystemMessageEvent, SystemMessageEventEncoded>
  /** Whether the agent completed successfully or failed */
  readonly SystemNotificationAgentCompletedStatus: Schema.Schema<SystemNotificationAgentCompletedStatus>
  /** System notification metadata for a background agent that completed or failed, including agent ID, type, status, description, and prompt. */
  readonly SystemNotificationAgentCompleted: Schema.Schema<SystemNotificationAgentCompleted>
  /** System notification metadata for a background agent that became idle, including agent ID, type, and description. */
  readonly SystemNotificationAgentIdle: Schema.Schema<SystemNotificationAgentIdle>
  /** System notification metadata for a new inbox message, including entry ID, sender details, and summary. */
  readonly SystemNotificationNewInboxMessage: Schema.Schema<SystemNotificationNewInboxMessage>
  /** System notification metadata for a shell session that completed, including shell ID, optional exit code, and description. */
  readonly SystemNotificationShellCompleted: Schema.Schema<SystemNotificationShellCompleted>
  /** System notification metadata for a detached shell session that completed, including shell ID and description. */
  readonly SystemNotificationShellDetachedCompleted: Schema.Schema<SystemNotificationShellDetachedCompleted>
  /** System notification metadata for an instruction file discovered during tool access, including source, trigger file, and tool. */
  readonly SystemNotificationInstructionDiscovered: Schema.Schema<SystemNotificationInstructionDiscovered>
  /** Terminal status reached by a factory execution attempt. */
  readonly SystemNotificationFactoryCompletedStatus: Schema.Schema<SystemNotificationFactoryCompletedStatus>
  /** Durable metadata describing who initiated a factory pause. */
  readonly SystemNotificationFactoryPauseInfo: Schema.Schema<SystemNotificationFactoryPauseInfo>
  /** System notification metadata for a factory execution attempt that reached a terminal state. */
  readonly SystemNotificationFactoryCompleted: Schema.Schema<SystemNotificationFactoryCompleted>
  /** System notification metadata from an external host that does not match a runtime-owned notification kind. */
  readonly SystemNotificationUnclassified: Schema.Schema<SystemNotificationUnclassified>
  /** Structured metadata identifying what triggered this notification */
  readonly SystemNotification: Schema.Schema<SystemNotification>
  /** System-generated notification for runtime events like background task completion */
  readonly SystemNotificationData: Schema.Schema<SystemNotificationData>
  /** Session event "system.notification". System-generated notification for runtime events like background task completion */
  readonly SystemNotificationEvent: Schema.Schema<SystemNotificationEvent, SystemNotificationEventEncoded>
  /** A parsed command identifier in a shell permission request, including whether it is read-only. */
  readonly PermissionRequestShellCommand: Schema.Schema<PermissionRequestShellCommand>
  /** A parsed shell command segment used for argument-aware managed policy matching. */
  readonly PermissionRequestShellCommandSegment: Schema.Schema<PermissionRequestShellCommandSegment>
  /** A URL that may be accessed by a command in a shell permission request. */
  readonly PermissionRequestShellPossibleUrl: Schema.Schema<PermissionRequestShellPossibleUrl>
  /** Shell command permission request */
  readonly PermissionRequestShell: Schema.Schema<PermissionRequestShell>
  /** File write permission request */
  readonly PermissionRequestWrite: Schema.Schema<PermissionRequestWrite>
  /** File or directory read permission request */
  readonly PermissionRequestRead: Schema.Schema<PermissionRequestRead>
  /** Advisory recommendation the runtime attaches to a permission request whose origin it can vouch for by construction. Unlike the auto-approval judge this does not depend on auto mode and does not evaluate what the tool call does; its absence simply means the runtime has no opinion and the request follows the host's normal approval flow. */
  readonly PermissionRecommendation: Schema.Schema<PermissionRecommendation>
  /** MCP tool invocation permission request */
  readonly PermissionRequestMcp: Schema.Schema<PermissionRequestMcp>
  /** URL access permission request */
  readonly PermissionRequestUrl: Schema.Schema<PermissionRequestUrl>
  /** Whether this is a store or vote memory operation */
  readonly PermissionRequestMemoryAction: Schema.Schema<PermissionRequestMemoryAction>
  /** Vote direction (vote only) */
  readonly PermissionRequestMemoryDirection: Schema.Schema<PermissionRequestMemoryDirection>
  /** Scope of a stored memory. */
  readonly PermissionRequestMemoryScope: Schema.Schema<PermissionRequestMemoryScope>
  /** Outcome of the assisted-approval safety judge for a permission request. Present only in assisted mode; its absence means the judge did not evaluate the request. */
  readonly AssistedApprovalRecommendation: Schema.Schema<AssistedApprovalRecommendation>
  /** Why the assisted-approval judge produced no usable recommendation. Present only alongside an `error` recommendation, where the human-readable reason is a fixed string and therefore cannot distinguish these cases. Intended to make a judge failure reportable by a consumer that has no access to the host's logs. */
  readonly AssistedApprovalJudgeFailureReason: Schema.Schema<AssistedApprovalJudgeFailureReason>
  /** Assisted-approval judge information attached to a permission request. Present only in assisted mode; its absence means the judge did not evaluate the request. The `recommendation` conveys the judge's disposition for this request. */
  readonly PermissionAssistedApproval: Schema.Schema<PermissionAssistedApproval>
  /** Memory operation permission request */
  readonly PermissionRequestMemory: Schema.Schema<PermissionRequestMemory>
  /** Custom tool invocation permission request */
  readonly PermissionRequestCustomTool: Schema.Schema<PermissionRequestCustomTool>
  /** Hook confirmation permission request */
  readonly PermissionRequestHook: Schema.Schema<PermissionRequestHook>
  /** Extension management permission request */
  readonly PermissionRequestExtensionManagement: Schema.Schema<PermissionRequestExtensionManagement>
  /** Operation gated by a factory permission request. */
  readonly FactoryPermissionOperation: Schema.Schema<FactoryPermissionOperation>
  /** A declared phase shown in a factory permission prompt. */
  readonly FactoryPermissionPhase: Schema.Schema<FactoryPermissionPhase>
  /** Factory run or authoring permission request */
  readonly PermissionRequestFactory: Schema.Schema<PermissionRequestFactory>
  /** Extension permission access request */
  readonly PermissionRequestExtensionPermissionAccess: Schema.Schema<PermissionRequestExtensionPermissionAccess>
  /** Extension sensitive environment variable access request */
  readonly PermissionRequestExtensionEnvAccess: Schema.Schema<PermissionRequestExtensionEnvAccess>
  /** Details of the permission being requested */
  readonly PermissionRequest: Schema.Schema<PermissionRequest>
  /** Shell command permission prompt */
  readonly PermissionPromptRequestCommands: Schema.Schema<PermissionPromptRequestCommands>
  /** File write permission prompt */
  readonly PermissionPromptRequestWrite: Schema.Schema<PermissionPromptRequestWrite>
  /** File read permission prompt */
  readonly PermissionPromptRequestRead: Schema.Schema<PermissionPromptRequestRead>
  /** MCP tool invocation permission prompt */
  readonly PermissionPromptRequestMcp: Schema.Schema<PermissionPromptRequestMcp>
  /** URL access permission prompt */
  readonly PermissionPromptRequestUrl: Schema.Schema<PermissionPromptRequestUrl>
  /** Memory operation permission prompt */
  readonly PermissionPromptRequestMemory: Schema.Schema<PermissionPromptRequestMemory>
  /** Custom tool invocation permission prompt */
  readonly PermissionPromptRequestCustomTool: Schema.Schema<PermissionPromptRequestCustomTool>
  /** Underlying permission kind that needs path approval */
  readonly PermissionPromptRequestPathAccessKind: Schema.Schema<PermissionPromptRequestPathAccessKind>
  /** Path access permission prompt */
  readonly PermissionPromptRequestPath: Schema.Schema<PermissionPromptRequestPath>
  /** Hook confirmation permission prompt */
  readonly PermissionPromptRequestHook: Schema.Schema<PermissionPromptRequestHook>
  /** Extension management permission prompt */
  readonly PermissionPromptRequestExtensionManagement: Schema.Schema<PermissionPromptRequestExtensionManagement>
  /** Factory run or authoring permission prompt */
  readonly PermissionPromptRequestFactory: Schema.Schema<PermissionPromptRequestFactory>
  /** Extension permission access prompt */
  readonly PermissionPromptRequestExtensionPermissionAccess: Schema.Schema<PermissionPromptRequestExtensionPermissionAccess>
  /** Extension sensitive environment variable access prompt */
  readonly PermissionPromptRequestExtensionEnvAccess: Schema.Schema<PermissionPromptRequestExtensionEnvAccess>
  /** Derived user-facing permission prompt details for UI consumers */
  readonly PermissionPromptRequest: Schema.Schema<PermissionPromptRequest>
  /** Permission request notification requiring client approval with request details */
  readonly PermissionRequestedData: Schema.Schema<PermissionRequestedData>
  /** Session event "permission.requested". Permission request notification requiring client approval with request details */
  readonly PermissionRequestedEvent: Schema.Schema<PermissionRequestedEvent, PermissionRequestedEventEncoded>
  /** Permission response variant indicating the request was approved without persisting an approval rule. */
  readonly PermissionApproved: Schema.Schema<PermissionApproved>
  /** Session-scoped tool-approval rule for specific shell command identifiers. */
  readonly UserToolSessionApprovalCommands: Schema.Schema<UserToolSessionApprovalCommands>
  /** Session-scoped tool-approval rule for read-only filesystem operations. */
  readonly UserToolSessionApprovalRead: Schema.Schema<UserToolSessionApprovalRead>
  /** Session-scoped tool-approval rule for filesystem write operations. */
  readonly UserToolSessionApprovalWrite: Schema.Schema<UserToolSessionApprovalWrite>
  /** Session-scoped tool-approval rule for an MCP server tool, or all tools on the server when `toolName` is null. */
  readonly UserToolSessionApprovalMcp: Schema.Schema<UserToolSessionApprovalMcp>
  /** Session-scoped tool-approval rule for writes to long-term memory. */
  readonly UserToolSessionApprovalMemory: Schema.Schema<UserToolSessionApprovalMemory>
  /** Session-scoped tool-approval rule for a custom tool, keyed by tool name. */
  readonly UserToolSessionApprovalCustomTool: Schema.Schema<UserToolSessionApprovalCustomTool>
  /** Session-scoped tool-approval rule for extension-management operations, optionally narrowed by operation. */
  readonly UserToolSessionApprovalExtensionManagement: Schema.Schema<UserToolSessionApprovalExtensionManagement>
  /** Session-scoped factory approval, optionally narrowed by approval key. */
  readonly UserToolSessionApprovalFactory: Schema.Schema<UserToolSessionApprovalFactory>
  /** Session-scoped tool-approval rule for an extension's permission-gated capability access, keyed by extension name. */
  readonly UserToolSessionApprovalExtensionPermissionAccess: Schema.Schema<UserToolSessionApprovalExtensionPermissionAccess>
  /** Session-scoped tool-approval rule for an extension's access to sensitive environment variables, keyed by extension name and the exact set of variable names. */
  readonly UserToolSessionApprovalExtensionEnvAccess: Schema.Schema<UserToolSessionApprovalExtensionEnvAccess>
  /** The approval to add as a session-scoped rule */
  readonly UserToolSessionApproval: Schema.Schema<UserToolSessionApproval>
  /** Permission response variant that approves a request and remembers the provided approval for the rest of the session. */
  readonly PermissionApprovedForSession: Schema.Schema<PermissionApprovedForSession>
  /** Permission response variant that approves a request and persists the provided approval to a project location key. */
  readonly PermissionApprovedForLocation: Schema.Schema<PermissionApprovedForLocation>
  /** Permission response variant indicating the request was cancelled before use, with an optional reason. */
  readonly PermissionCancelled: Schema.Schema<PermissionCancelled>
  /** A permission approval or denial rule matched against a tool request, identified by a rule kind with an optional argument value. */
  readonly PermissionRule: Schema.Schema<PermissionRule>
  /** Permission response variant denied because matching approval rules explicitly blocked the request. */
  readonly PermissionDeniedByRules: Schema.Schema<PermissionDeniedByRules>
  /** Permission response variant denied because no approval rule matched and user confirmation was unavailable. */
  readonly PermissionDeniedNoApprovalRuleAndCouldNotRequestFromUser: Schema.Schema<PermissionDeniedNoApprovalRuleAndCouldNotRequestFromUser>
  /** Permission response variant denied in an interactive user prompt, with optional feedback and force-reject flag. */
  readonly PermissionDeniedInteractivelyByUser: Schema.Schema<PermissionDeniedInteractivelyByUser>
  /** Permission response variant denying a path under content exclusion policy, with the path and message. */
  readonly PermissionDeniedByContentExclusionPolicy: Schema.Schema<PermissionDeniedByContentExclusionPolicy>
  /** Permission response variant denied by a permission-request hook, with optional message and interrupt flag. */
  readonly PermissionDeniedByPermissionRequestHook: Schema.Schema<PermissionDeniedByPermissionRequestHook>
  /** The result of the permission request */
  readonly PermissionResult: Schema.Schema<PermissionResult>
  /** Controlled reason or actor responsible for a permission response. */
  readonly PermissionDecisionSource: Schema.Schema<PermissionDecisionSource>
  /** Permission request completion notification signaling UI dismissal */
  readonly PermissionCompletedData: Schema.Schema<PermissionCompletedData>
  /** Session event "permission.completed". Permission request completion notification signaling UI dismissal */
  readonly PermissionCompletedEvent: Schema.Schema<PermissionCompletedEvent, PermissionCompletedEventEncoded>
  /** Records that a live authorization record from an earlier human decision in this session contained a permission proposal, so it ran without another prompt. This mints no authority: it accounts for one more effect against the prior grant, which is what lets a replayed session agree with the live one about how much of that grant is left. */
  readonly PermissionCarriedForwardData: Schema.Schema<PermissionCarriedForwardData>
  /** Session event "permission.carriedForward". Records that a live authorization record from an earlier human decision in this session contained a permission proposal, so it ran without another prompt. This mints no authority: it accounts for one more effect against the prior grant, which is what lets a replayed session agree with the live one about how much of that grant is left. */
  readonly PermissionCarriedForwardEvent: Schema.Schema<PermissionCarriedForwardEvent, PermissionCarriedForwardEventEncoded>
  /** Which direction a message-backed authorization claim moves authority in. */
  readonly PermissionMessageAuthorizationPolarity: Schema.Schema<PermissionMessageAuthorizationPolarity>
  /** Freezes one blinded, verbatim-verified authorization claim the runtime minted from a human user message, so a resumed session re-establishes the same grant deterministically instead of re-running the extraction model. This mints no authority on its own: it records what a blinded proposer pointed at and the trusted discriminator the runtime established, and deterministic establishment runs on replay. Persisted so recorded authority survives compaction and process resume. */
  readonly PermissionMessageAuthorizationData: Schema.Schema<PermissionMessageAuthorizationData>
  /** Session event "permission.messageAuthorization". Freezes one blinded, verbatim-verified authorization claim the runtime minted from a human user message, so a resumed session re-establishes the same grant deterministically instead of re-running the extraction model. This mints no authority on its own: it records what a blinded proposer pointed at and the trusted discriminator the runtime established, and deterministic establishment runs on replay. Persisted so recorded authority survives compaction and process resume. */
  readonly PermissionMessageAuthorizationEvent: Schema.Schema<PermissionMessageAuthorizationEvent, PermissionMessageAuthorizationEventEncoded>
  /** Records that one human turn has been read by the blinded authorization proposer, whether or not it minted anything, so a resumed session does not re-run the extraction model on a turn the live session already read. Also records whether that pass activates ongoing extraction; contextual-assent-only passes do not, so unrelated future messages remain outside extraction. */
  readonly PermissionMessageAuthorizationReadData: Schema.Schema<PermissionMessageAuthorizationReadData>
  /** Session event "permission.messageAuthorizationRead". Records that one human turn has been read by the blinded authorization proposer, whether or not it minted anything, so a resumed session does not re-run the extraction model on a turn the live session already read. Also records whether that pass activates ongoing extraction; contextual-assent-only passes do not, so unrelated future messages remain outside extraction. */
  readonly PermissionMessageAuthorizationReadEvent: Schema.Schema<PermissionMessageAuthorizationReadEvent, PermissionMessageAuthorizationReadEventEncoded>
  /** Records that message-backed authorization could not safely represent one human turn before compaction. The runtime may compact the original message after this marker is durable, but message-derived carry-forward and assisted auto-approval remain disabled for the rest of the session so subsequent commands continue through the ordinary permission prompt. */
  readonly PermissionMessageAuthorizationDegradedData: Schema.Schema<PermissionMessageAuthorizationDegradedData>
  /** Session event "permission.messageAuthorizationDegraded". Records that message-backed authorization could not safely represent one human turn before compaction. The runtime may compact the original message after this marker is durable, but message-derived carry-forward and assisted auto-approval remain disabled for the rest of the session so subsequent commands continue through the ordinary permission prompt. */
  readonly PermissionMessageAuthorizationDegradedEvent: Schema.Schema<PermissionMessageAuthorizationDegradedEvent, PermissionMessageAuthorizationDegradedEventEncoded>
  /** Records that deterministic text recognition found likely assent in the human turn immediately following a root Autopilot permission request that was blocked because no interactive response was available. This event grants no authority; its model-facing projection only suggests retrying the unchanged operation. */
  readonly PermissionAssentDetectedData: Schema.Schema<PermissionAssentDetectedData>
  /** Session event "permission.assentDetected". Records that deterministic text recognition found likely assent in the human turn immediately following a root Autopilot permission request that was blocked because no interactive response was available. This event grants no authority; its model-facing projection only suggests retrying the unchanged operation. */
  readonly PermissionAssentDetectedEvent: Schema.Schema<PermissionAssentDetectedEvent, PermissionAssentDetectedEventEncoded>
  /** Freezes a blinded contextual authorization proposal whose verbatim human span was deterministically bound to the immediately preceding blocked permission request. The event carries no action fields; replay re-derives the exact action from the earlier permission request and mints a one-shot message grant only when the binding and span still verify. */
  readonly PermissionContextualAuthorizationData: Schema.Schema<PermissionContextualAuthorizationData>
  /** Session event "permission.contextualAuthorization". Freezes a blinded contextual authorization proposal whose verbatim human span was deterministically bound to the immediately preceding blocked permission request. The event carries no action fields; replay re-derives the exact action from the earlier permission request and mints a one-shot message grant only when the binding and span still verify. */
  readonly PermissionContextualAuthorizationEvent: Schema.Schema<PermissionContextualAuthorizationEvent, PermissionContextualAuthorizationEventEncoded>
  /** User input request notification with question and optional predefined choices */
  readonly UserInputRequestedData: Schema.Schema<UserInputRequestedData>
  /** Session event "user_input.requested". User input request notification with question and optional predefined choices */
  readonly UserInputRequestedEvent: Schema.Schema<UserInputRequestedEvent, UserInputRequestedEventEncoded>
  /** User input request completion with the user's response */
  readonly UserInputCompletedData: Schema.Schema<UserInputCompletedData>
  /** Session event "user_input.completed". User input request completion with the user's response */
  readonly UserInputCompletedEvent: Schema.Schema<UserInputCompletedEvent, UserInputCompletedEventEncoded>
  /** Elicitation mode; "form" for structured input, "url" for browser-based. Defaults to "form" when absent. */
  readonly ElicitationRequestedMode: Schema.Schema<ElicitationRequestedMode>
  /** JSON Schema describing the form fields to present to the user (form mode only) */
  readonly ElicitationRequestedSchema: Schema.Schema<ElicitationRequestedSchema>
  /** Elicitation request; may be form-based (structured input) or URL-based (browser redirect) */
  readonly ElicitationRequestedData: Schema.Schema<ElicitationRequestedData>
  /** Session event "elicitation.requested". Elicitation request; may be form-based (structured input) or URL-based (browser redirect) */
  readonly ElicitationRequestedEvent: Schema.Schema<ElicitationRequestedEvent, ElicitationRequestedEventEncoded>
  /** The user action: "accept" (submitted form), "decline" (explicitly refused), or "cancel" (dismissed) */
  readonly ElicitationCompletedAction: Schema.Schema<ElicitationCompletedAction>
  /** Opaque JSON value submitted for one field in accepted `elicitation.completed` form content. */
  readonly ElicitationCompletedContent: Schema.Schema<ElicitationCompletedContent>
  /** Elicitation request completion with the user's response */
  readonly ElicitationCompletedData: Schema.Schema<ElicitationCompletedData>
  /** Session event "elicitation.completed". Elicitation request completion with the user's response */
  readonly ElicitationCompletedEvent: Schema.Schema<ElicitationCompletedEvent, ElicitationCompletedEventEncoded>
  /** Sampling request from an MCP server; contains the server name and a requestId for correlation */
  readonly SamplingRequestedData: Schema.Schema<SamplingRequestedData>
  /** Session event "sampling.requested". Sampling request from an MCP server; contains the server name and a requestId for correlation */
  readonly SamplingRequestedEvent: Schema.Schema<SamplingRequestedEvent, SamplingRequestedEventEncoded>
  /** Sampling request completion notification signaling UI dismissal */
  readonly SamplingCompletedData: Schema.Schema<SamplingCompletedData>
  /** Session event "sampling.completed". Sampling request completion notification signaling UI dismissal */
  readonly SamplingCompletedEvent: Schema.Schema<SamplingCompletedEvent, SamplingCompletedEventEncoded>
  /** Static OAuth client configuration, if the server specifies one */
  readonly McpOauthRequiredStaticClientConfig: Schema.Schema<McpOauthRequiredStaticClientConfig>
  /** OAuth WWW-Authenticate parameters parsed from an MCP auth challenge */
  readonly McpOauthWWWAuthenticateParams: Schema.Schema<McpOauthWWWAuthenticateParams>
  /** Single HTTP header entry as a name/value pair. */
  readonly HeaderEntry: Schema.Schema<HeaderEntry>
  /** Raw HTTP response details from the OAuth auth challenge, as observed by the runtime. */
  readonly McpOauthHttpResponse: Schema.Schema<McpOauthHttpResponse>
  /** Reason the runtime is requesting host-provided MCP OAuth credentials */
  readonly McpOauthRequestReason: Schema.Schema<McpOauthRequestReason>
  /** OAuth authentication request for an MCP server */
  readonly McpOauthRequiredData: Schema.Schema<McpOauthRequiredData>
  /** Session event "mcp.oauth_required". OAuth authentication request for an MCP server */
  readonly McpOauthRequiredEvent: Schema.Schema<McpOauthRequiredEvent, McpOauthRequiredEventEncoded>
  /** How the pending MCP OAuth request was completed */
  readonly McpOauthCompletionOutcome: Schema.Schema<McpOauthCompletionOutcome>
  /** MCP OAuth request completion notification */
  readonly McpOauthCompletedData: Schema.Schema<McpOauthCompletedData>
  /** Session event "mcp.oauth_completed". MCP OAuth request completion notification */
  readonly McpOauthCompletedEvent: Schema.Schema<McpOauthCompletedEvent, McpOauthCompletedEventEncoded>
  /** Why dynamic headers are being requested. */
  readonly McpHeadersRefreshRequiredReason: Schema.Schema<McpHeadersRefreshRequiredReason>
  /** Dynamic headers refresh request for a remote MCP server */
  readonly McpHeadersRefreshRequiredData: Schema.Schema<McpHeadersRefreshRequiredData>
  /** Session event "mcp.headers_refresh_required". Dynamic headers refresh request for a remote MCP server */
  readonly McpHeadersRefreshRequiredEvent: Schema.Schema<McpHeadersRefreshRequiredEvent, McpHeadersRefreshRequiredEventEncoded>
  /** How the pending MCP headers refresh request resolved. */
  readonly McpHeadersRefreshCompletedOutcome: Schema.Schema<McpHeadersRefreshCompletedOutcome>
  /** MCP headers refresh request completion notification */
  readonly McpHeadersRefreshCompletedData: Schema.Schema<McpHeadersRefreshCompletedData>
  /** Session event "mcp.headers_refresh_completed". MCP headers refresh request completion notification */
  readonly McpHeadersRefreshCompletedEvent: Schema.Schema<McpHeadersRefreshCompletedEvent, McpHeadersRefreshCompletedEventEncoded>
  /** Optional source-defined string identifiers describing the payload subject */
  readonly CustomNotificationSubject: Schema.Schema<CustomNotificationSubject>
  /** Source-defined JSON payload for the custom notification */
  readonly CustomNotificationPayload: Schema.Schema<CustomNotificationPayload>
  /** Opaque custom notification data. Consumers may branch on source and name, but payload semantics are source-defined. */
  readonly CustomNotificationData: Schema.Schema<CustomNotificationData>
  /** Session event "session.custom_notification". Opaque custom notification data. Consumers may branch on source and name, but payload semantics are source-defined. */
  readonly CustomNotificationEvent: Schema.Schema<CustomNotificationEvent, CustomNotificationEventEncoded>
  /** Lifecycle phase for a Rust-owned ephemeral query stream. */
  readonly UIEphemeralQueryPhase: Schema.Schema<UIEphemeralQueryPhase>
  /** Ordered output and terminal state for a transient query that does not modify conversation history. */
  readonly UIEphemeralQueryData: Schema.Schema<UIEphemeralQueryData>
  /** Session event "ui.ephemeral_query". Ordered output and terminal state for a transient query that does not modify conversation history. */
  readonly UIEphemeralQueryEvent: Schema.Schema<UIEphemeralQueryEvent, UIEphemeralQueryEventEncoded>
  /** External tool invocation request for client-side tool execution */
  readonly ExternalToolRequestedData: Schema.Schema<ExternalToolRequestedData>
  /** Session event "external_tool.requested". External tool invocation request for client-side tool execution */
  readonly ExternalToolRequestedEvent: Schema.Schema<ExternalToolRequestedEvent, ExternalToolRequestedEventEncoded>
  /** External tool completion notification signaling UI dismissal */
  readonly ExternalToolCompletedData: Schema.Schema<ExternalToolCompletedData>
  /** Session event "external_tool.completed". External tool completion notification signaling UI dismissal */
  readonly ExternalToolCompletedEvent: Schema.Schema<ExternalToolCompletedEvent, ExternalToolCompletedEventEncoded>
  /** Queued slash command dispatch request for client execution */
  readonly CommandQueuedData: Schema.Schema<CommandQueuedData>
  /** Session event "command.queued". Queued slash command dispatch request for client execution */
  readonly CommandQueuedEvent: Schema.Schema<CommandQueuedEvent, CommandQueuedEventEncoded>
  /** Registered command dispatch request routed to the owning client */
  readonly CommandExecuteData: Schema.Schema<CommandExecuteData>
  /** Session event "command.execute". Registered command dispatch request routed to the owning client */
  readonly CommandExecuteEvent: Schema.Schema<CommandExecuteEvent, CommandExecuteEventEncoded>
  /** Queued command completion notification signaling UI dismissal */
  readonly CommandCompletedData: Schema.Schema<CommandCompletedData>
  /** Session event "command.completed". Queued command completion notification signaling UI dismissal */
  readonly CommandCompletedEvent: Schema.Schema<CommandCompletedEvent, CommandCompletedEventEncoded>
  /** Auto mode switch request notification requiring user approval */
  readonly AutoModeSwitchRequestedData: Schema.Schema<AutoModeSwitchRequestedData>
  /** Session event "auto_mode_switch.requested". Auto mode switch request notification requiring user approval */
  readonly AutoModeSwitchRequestedEvent: Schema.Schema<AutoModeSwitchRequestedEvent, AutoModeSwitchRequestedEventEncoded>
  /** The user's auto-mode-switch choice */
  readonly AutoModeSwitchResponse: Schema.Schema<AutoModeSwitchResponse>
  /** Auto mode switch completion notification */
  readonly AutoModeSwitchCompletedData: Schema.Schema<AutoModeSwitchCompletedData>
  /** Session event "auto_mode_switch.completed". Auto mode switch completion notification */
  readonly AutoModeSwitchCompletedEvent: Schema.Schema<AutoModeSwitchCompletedEvent, AutoModeSwitchCompletedEventEncoded>
  /** Session limit exhaustion notification requiring user action. */
  readonly SessionLimitsExhaustedRequestedData: Schema.Schema<SessionLimitsExhaustedRequestedData>
  /** Session event "session_limits_exhausted.requested". Session limit exhaustion notification requiring user action. */
  readonly SessionLimitsExhaustedRequestedEvent: Schema.Schema<SessionLimitsExhaustedRequestedEvent, SessionLimitsExhaustedRequestedEventEncoded>
  /** User action selected for an exhausted session limit. */
  readonly SessionLimitsExhaustedResponseAction: Schema.Schema<SessionLimitsExhaustedResponseAction>
  /** The user's selected action for an exhausted session limit. */
  readonly SessionLimitsExhaustedResponse: Schema.Schema<SessionLimitsExhaustedResponse>
  /** Session limit exhaustion prompt completion notification. */
  readonly SessionLimitsExhaustedCompletedData: Schema.Schema<SessionLimitsExhaustedCompletedData>
  /** Session event "session_limits_exhausted.completed". Session limit exhaustion prompt completion notification. */
  readonly SessionLimitsExhaustedCompletedEvent: Schema.Schema<SessionLimitsExhaustedCompletedEvent, SessionLimitsExhaustedCompletedEventEncoded>
  /** Coarse request-difficulty bucket for UX explainability */
  readonly AutoModeResolvedReasoningBucket: Schema.Schema<AutoModeResolvedReasoningBucket>
  /** Auto Intent resolution: the concrete model the session settled on for the first prompt of an auto-mode session, and why. Lets SDK clients render the chosen model and the full reason it was picked. The core selection fields (chosenModel/reasoningBucket/categoryScores) are stable; the routing-analytics fields (predictedLabel/confidence/candidateModels) mirror the upstream intent service and may evolve, hence the event's experimental stability. */
  readonly AutoModeResolvedData: Schema.Schema<AutoModeResolvedData>
  /** Session event "session.auto_mode_resolved". Auto Intent resolution: the concrete model the session settled on for the first prompt of an auto-mode session, and why. Lets SDK clients render the chosen model and the full reason it was picked. The core selection fields (chosenModel/reasoningBucket/categoryScores) are stable; the routing-analytics fields (predictedLabel/confidence/candidateModels) mirror the upstream intent service and may evolve, hence the event's experimental stability. */
  readonly AutoModeResolvedEvent: Schema.Schema<AutoModeResolvedEvent, AutoModeResolvedEventEncoded>
  /** Summary of which managed-settings channels contributed to the effective session policy. Use the per-channel booleans for exact provenance. */
  readonly ManagedSettingsResolvedSource: Schema.Schema<ManagedSettingsResolvedSource>
  /** Enterprise managed-settings resolution: the effective managed settings the session applied and which channels contributed, so SDK clients can show users what is enterprise-managed. Fires whenever managed policy is (re)applied — at session start, on resume, and on account switch. This is an ephemeral live snapshot (delivered to subscribers but not persisted to the session event log), because at session start it resolves before `session.start` is emitted. Device values take precedence over server values, then the policy helper, per ordinary key, while permissions compose restrictively across device, server, policy-helper, and SDK-client layers. The account-scoped `getManagedSettings()` API does not include session-local client injection. Marked experimental while the managed-settings surface stabilizes. */
  readonly ManagedSettingsResolvedData: Schema.Schema<ManagedSettingsResolvedData>
  /** Session event "session.managed_settings_resolved". Enterprise managed-settings resolution: the effective managed settings the session applied and which channels contributed, so SDK clients can show users what is enterprise-managed. Fires whenever managed policy is (re)applied — at session start, on resume, and on account switch. This is an ephemeral live snapshot (delivered to subscribers but not persisted to the session event log), because at session start it resolves before `session.start` is emitted. Device values take precedence over server values, then the policy helper, per ordinary key, while permissions compose restrictively across device, server, policy-helper, and SDK-client layers. The account-scoped `getManagedSettings()` API does not include session-local client injection. Marked experimental while the managed-settings surface stabilizes. */
  readonly ManagedSettingsResolvedEvent: Schema.Schema<ManagedSettingsResolvedEvent, ManagedSettingsResolvedEventEncoded>
  /** The category of runtime action that enterprise managed settings governed (blocked or capped) */
  readonly ManagedSettingsEnforcedAction: Schema.Schema<ManagedSettingsEnforcedAction>
  /** For a `bypass_permissions_blocked` action, which permission-escalation primitive was refused */
  readonly ManagedSettingsEnforcedEscalation: Schema.Schema<ManagedSettingsEnforcedEscalation>
  /** Runtime enforcement of enterprise managed settings: fires when the session blocks or caps a runtime action because enterprise policy governs it, so SDK clients can explain *why* an action was governed. Unlike `session.managed_settings_resolved` (which reports *what* is managed), this reports a concrete governed action — e.g. a user or host tried to turn on a bypass-permissions escalation while policy disables it. Emitted live (not persisted to the session event log) on user/host-initiated attempts only, never for silent policy application. Marked experimental while the managed-settings surface stabilizes. */
  readonly ManagedSettingsEnforcedData: Schema.Schema<ManagedSettingsEnforcedData>
  /** Session event "session.managed_settings_enforced". Runtime enforcement of enterprise managed settings: fires when the session blocks or caps a runtime action because enterprise policy governs it, so SDK clients can explain *why* an action was governed. Unlike `session.managed_settings_resolved` (which reports *what* is managed), this reports a concrete governed action — e.g. a user or host tried to turn on a bypass-permissions escalation while policy disables it. Emitted live (not persisted to the session event log) on user/host-initiated attempts only, never for silent policy application. Marked experimental while the managed-settings surface stabilizes. */
  readonly ManagedSettingsEnforcedEvent: Schema.Schema<ManagedSettingsEnforcedEvent, ManagedSettingsEnforcedEventEncoded>
  /** A single slash command available in the session, as listed by the `commands.changed` event. */
  readonly CommandsChangedCommand: Schema.Schema<CommandsChangedCommand>
  /** SDK command registration change notification */
  readonly CommandsChangedData: Schema.Schema<CommandsChangedData>
  /** Session event "commands.changed". SDK command registration change notification */
  readonly CommandsChangedEvent: Schema.Schema<CommandsChangedEvent, CommandsChangedEventEncoded>
  /** UI capability changes */
  readonly CapabilitiesChangedUI: Schema.Schema<CapabilitiesChangedUI>
  /** Session capability change notification */
  readonly CapabilitiesChangedData: Schema.Schema<CapabilitiesChangedData>
  /** Session event "capabilities.changed". Session capability change notification */
  readonly CapabilitiesChangedEvent: Schema.Schema<CapabilitiesChangedEvent, CapabilitiesChangedEventEncoded>
  /** Exit plan mode action */
  readonly ExitPlanModeAction: Schema.Schema<ExitPlanModeAction>
  /** Plan approval request with plan content and available user actions */
  readonly ExitPlanModeRequestedData: Schema.Schema<ExitPlanModeRequestedData>
  /** Session event "exit_plan_mode.requested". Plan approval request with plan content and available user actions */
  readonly ExitPlanModeRequestedEvent: Schema.Schema<ExitPlanModeRequestedEvent, ExitPlanModeRequestedEventEncoded>
  /** Plan mode exit completion with the user's approval decision and optional feedback */
  readonly ExitPlanModeCompletedData: Schema.Schema<ExitPlanModeCompletedData>
  /** Session event "exit_plan_mode.completed". Plan mode exit completion with the user's approval decision and optional feedback */
  readonly ExitPlanModeCompletedEvent: Schema.Schema<ExitPlanModeCompletedEvent, ExitPlanModeCompletedEventEncoded>
  /** Payload of `session.tools_updated` identifying the model whose resolved tools were updated. */
  readonly ToolsUpdatedData: Schema.Schema<ToolsUpdatedData>
  /** Session event "session.tools_updated". Payload of `session.tools_updated` identifying the model whose resolved tools were updated. */
  readonly ToolsUpdatedEvent: Schema.Schema<ToolsUpdatedEvent, ToolsUpdatedEventEncoded>
  /** Empty payload for `session.background_tasks_changed`, indicating background task state changed. */
  readonly BackgroundTasksChangedData: Schema.Schema<BackgroundTasksChangedData>
  /** Session event "session.background_tasks_changed". Empty payload for `session.background_tasks_changed`, indicating background task state changed. */
  readonly BackgroundTasksChangedEvent: Schema.Schema<BackgroundTasksChangedEvent, BackgroundTasksChangedEventEncoded>
  /** Ephemeral invalidation signal for a changed factory run. */
  readonly FactoryRunUpdatedData: Schema.Schema<FactoryRunUpdatedData>
  /** Session event "factory.run_updated". Ephemeral invalidation signal for a changed factory run. */
  readonly FactoryRunUpdatedEvent: Schema.Schema<FactoryRunUpdatedEvent, FactoryRunUpdatedEventEncoded>
  /** Ephemeral signal that a factory run attempt began executing. */
  readonly FactoryRunStartedData: Schema.Schema<FactoryRunStartedData>
  /** Session event "factory.run_started". Ephemeral signal that a factory run attempt began executing. */
  readonly FactoryRunStartedEvent: Schema.Schema<FactoryRunStartedEvent, FactoryRunStartedEventEncoded>
  /** Terminal status a factory run committed. A settled run is never `pending` or `running`, so those two members of the run-status domain are deliberately absent. */
  readonly FactoryRunSettledStatus: Schema.Schema<FactoryRunSettledStatus>
  /** Ephemeral signal that a factory run reached a terminal status. */
  readonly FactoryRunSettledData: Schema.Schema<FactoryRunSettledData>
  /** Session event "factory.run_settled". Ephemeral signal that a factory run reached a terminal status. */
  readonly FactoryRunSettledEvent: Schema.Schema<FactoryRunSettledEvent, FactoryRunSettledEventEncoded>
  /** Source location type (e.g., project, personal-copilot, plugin, builtin, sdk) */
  readonly SkillSource: Schema.Schema<SkillSource>
  /** A single resolved skill in `session.skills_loaded`, including source, invocability, enabled state, path, and argument hint. */
  readonly SkillsLoadedSkill: Schema.Schema<SkillsLoadedSkill>
  /** Payload of `session.skills_loaded` listing resolved skill metadata. */
  readonly SkillsLoadedData: Schema.Schema<SkillsLoadedData>
  /** Session event "session.skills_loaded". Payload of `session.skills_loaded` listing resolved skill metadata. */
  readonly SkillsLoadedEvent: Schema.Schema<SkillsLoadedEvent, SkillsLoadedEventEncoded>
  /** Whether configured models are advisory preferences or required constraints */
  readonly AgentModelPolicy: Schema.Schema<AgentModelPolicy>
  /** A single loaded custom agent in `session.custom_agents_updated`, with identity, source, tools, invocability, and authored model configuration. */
  readonly CustomAgentsUpdatedAgent: Schema.Schema<CustomAgentsUpdatedAgent>
  /** Payload of `session.custom_agents_updated` with loaded custom agents plus non-fatal warnings and fatal errors. */
  readonly CustomAgentsUpdatedData: Schema.Schema<CustomAgentsUpdatedData>
  /** Session event "session.custom_agents_updated". Payload of `session.custom_agents_updated` with loaded custom agents plus non-fatal warnings and fatal errors. */
  readonly CustomAgentsUpdatedEvent: Schema.Schema<CustomAgentsUpdatedEvent, CustomAgentsUpdatedEventEncoded>
  /** Connection status: connected, failed, needs-auth, pending, disabled, stopped, or not_configured */
  readonly McpServerStatus: Schema.Schema<McpServerStatus>
  /** Server-advertised metadata learned through modern discovery or legacy initialization. */
  readonly McpServerMetadata: Schema.Schema<McpServerMetadata>
  /** A single MCP server status summary in `session.mcp_servers_loaded`, including name, status, source, transport, and plugin metadata. */
  readonly McpServersLoadedServer: Schema.Schema<McpServersLoadedServer>
  /** Payload of `session.mcp_servers_loaded` listing MCP server status summaries. */
  readonly McpServersLoadedData: Schema.Schema<McpServersLoadedData>
  /** Session event "session.mcp_servers_loaded". Payload of `session.mcp_servers_loaded` listing MCP server status summaries. */
  readonly McpServersLoadedEvent: Schema.Schema<McpServersLoadedEvent, McpServersLoadedEventEncoded>
  /** Payload of `session.mcp_server_status_changed` for one MCP server's status and optional failure error. */
  readonly McpServerStatusChangedData: Schema.Schema<McpServerStatusChangedData>
  /** Session event "session.mcp_server_status_changed". Payload of `session.mcp_server_status_changed` for one MCP server's status and optional failure error. */
  readonly McpServerStatusChangedEvent: Schema.Schema<McpServerStatusChangedEvent, McpServerStatusChangedEventEncoded>
  /** Payload of `session.mcp_server_removed` identifying an MCP server the graph no longer runs. */
  readonly McpServerRemovedData: Schema.Schema<McpServerRemovedData>
  /** Session event "session.mcp_server_removed". Payload of `session.mcp_server_removed` identifying an MCP server the graph no longer runs. */
  readonly McpServerRemovedEvent: Schema.Schema<McpServerRemovedEvent, McpServerRemovedEventEncoded>
  /** Payload of `session.mcp_server_needs_reconnect` identifying an MCP server whose connection must be re-established. */
  readonly McpServerNeedsReconnectData: Schema.Schema<McpServerNeedsReconnectData>
  /** Session event "session.mcp_server_needs_reconnect". Payload of `session.mcp_server_needs_reconnect` identifying an MCP server whose connection must be re-established. */
  readonly McpServerNeedsReconnectEvent: Schema.Schema<McpServerNeedsReconnectEvent, McpServerNeedsReconnectEventEncoded>
  /** Payload identifying the MCP server associated with a list change. */
  readonly McpListChangedData: Schema.Schema<McpListChangedData>
  /** Session event "mcp.tools.list_changed". Payload identifying the MCP server associated with a list change. */
  readonly McpToolsListChangedEvent: Schema.Schema<McpToolsListChangedEvent, McpToolsListChangedEventEncoded>
  /** Session event "mcp.resources.list_changed". Payload identifying the MCP server associated with a list change. */
  readonly McpResourcesListChangedEvent: Schema.Schema<McpResourcesListChangedEvent, McpResourcesListChangedEventEncoded>
  /** Session event "mcp.prompts.list_changed". Payload identifying the MCP server associated with a list change. */
  readonly McpPromptsListChangedEvent: Schema.Schema<McpPromptsListChangedEvent, McpPromptsListChangedEventEncoded>
  /** Discovery source */
  readonly ExtensionsLoadedExtensionSource: Schema.Schema<ExtensionsLoadedExtensionSource>
  /** Current status: running, disabled, failed, or starting */
  readonly ExtensionsLoadedExtensionStatus: Schema.Schema<ExtensionsLoadedExtensionStatus>
  /** A single extension discovered by `session.extensions_loaded`, including qualified ID, source, and current status. */
  readonly ExtensionsLoadedExtension: Schema.Schema<ExtensionsLoadedExtension>
  /** Payload of `session.extensions_loaded` listing discovered extensions and their statuses. */
  readonly ExtensionsLoadedData: Schema.Schema<ExtensionsLoadedData>
  /** Session event "session.extensions_loaded". Payload of `session.extensions_loaded` listing discovered extensions and their statuses. */
  readonly ExtensionsLoadedEvent: Schema.Schema<ExtensionsLoadedEvent, ExtensionsLoadedEventEncoded>
  /** Payload of `session.canvas.opened` with canvas instance and provider IDs plus optional icon, title, status, URL, and input. */
  readonly CanvasOpenedData: Schema.Schema<CanvasOpenedData>
  /** Session event "session.canvas.opened". Payload of `session.canvas.opened` with canvas instance and provider IDs plus optional icon, title, status, URL, and input. */
  readonly CanvasOpenedEvent: Schema.Schema<CanvasOpenedEvent, CanvasOpenedEventEncoded>
  /** A single action within a canvas declaration, with its name, optional description, and optional input schema. */
  readonly CanvasRegistryChangedCanvasAction: Schema.Schema<CanvasRegistryChangedCanvasAction>
  /** A single canvas declaration in `session.canvas.registry_changed`, including provider IDs, display metadata, input schema, and actions. */
  readonly CanvasRegistryChangedCanvas: Schema.Schema<CanvasRegistryChangedCanvas>
  /** Payload of `session.canvas.registry_changed` listing the canvas declarations currently available. */
  readonly CanvasRegistryChangedData: Schema.Schema<CanvasRegistryChangedData>
  /** Session event "session.canvas.registry_changed". Payload of `session.canvas.registry_changed` listing the canvas declarations currently available. */
  readonly CanvasRegistryChangedEvent: Schema.Schema<CanvasRegistryChangedEvent, CanvasRegistryChangedEventEncoded>
  /** Payload of `session.canvas.closed` with the closed canvas instance ID, provider ID, and canvas ID. */
  readonly CanvasClosedData: Schema.Schema<CanvasClosedData>
  /** Session event "session.canvas.closed". Payload of `session.canvas.closed` with the closed canvas instance ID, provider ID, and canvas ID. */
  readonly CanvasClosedEvent: Schema.Schema<CanvasClosedEvent, CanvasClosedEventEncoded>
  /** Transient signal that an open canvas instance's provider has dropped (for example the extension is reloading mid-session). The host should keep the panel mounted and surface a reconnecting affordance rather than tearing it down; a subsequent `session.canvas.opened` for the same instanceId clears the affordance once the provider reconnects with a fresh url. Ephemeral and never persisted, so it is never replayed on cold resume. */
  readonly CanvasUnavailableData: Schema.Schema<CanvasUnavailableData>
  /** Session event "session.canvas.unavailable". Transient signal that an open canvas instance's provider has dropped (for example the extension is reloading mid-session). The host should keep the panel mounted and surface a reconnecting affordance rather than tearing it down; a subsequent `session.canvas.opened` for the same instanceId clears the affordance once the provider reconnects with a fresh url. Ephemeral and never persisted, so it is never replayed on cold resume. */
  readonly CanvasUnavailableEvent: Schema.Schema<CanvasUnavailableEvent, CanvasUnavailableEventEncoded>
  /** Durable record that a canvas instance is open, used to restore open canvases on cold session resume. Intentionally omits the transient url and availability. */
  readonly CanvasRecordedData: Schema.Schema<CanvasRecordedData>
  /** Session event "session.canvas.recorded". Durable record that a canvas instance is open, used to restore open canvases on cold session resume. Intentionally omits the transient url and availability. */
  readonly CanvasRecordedEvent: Schema.Schema<CanvasRecordedEvent, CanvasRecordedEventEncoded>
  /** Durable record that a canvas instance was closed, superseding a prior instance_recorded during resume replay. */
  readonly CanvasRemovedData: Schema.Schema<CanvasRemovedData>
  /** Session event "session.canvas.removed". Durable record that a canvas instance was closed, superseding a prior instance_recorded during resume replay. */
  readonly CanvasRemovedEvent: Schema.Schema<CanvasRemovedEvent, CanvasRemovedEventEncoded>
  /** Payload of `session.extensions.attachments_pushed` with extension-contributed attachments for the next send. */
  readonly ExtensionsAttachmentsPushedData: Schema.Schema<ExtensionsAttachmentsPushedData, ExtensionsAttachmentsPushedDataEncoded>
  /** Session event "session.extensions.attachments_pushed". Payload of `session.extensions.attachments_pushed` with extension-contributed attachments for the next send. */
  readonly ExtensionsAttachmentsPushedEvent: Schema.Schema<ExtensionsAttachmentsPushedEvent, ExtensionsAttachmentsPushedEventEncoded>
  /** Set when the underlying tools/call threw an error before returning a CallToolResult */
  readonly McpAppToolCallCompleteError: Schema.Schema<McpAppToolCallCompleteError>
  /** MCP App tool `_meta.ui` resource URI and SEP-1865 visibility captured with an `mcp_app.tool_call_complete` result. */
  readonly McpAppToolCallCompleteToolMetaUI: Schema.Schema<McpAppToolCallCompleteToolMetaUI>
  /** The tool's `_meta.ui` block at the time of the call, so consumers can decide whether to forward the result to the model without re-listing tools. */
  readonly McpAppToolCallCompleteToolMeta: Schema.Schema<McpAppToolCallCompleteToolMeta>
  /** MCP App view called a tool on a connected MCP server (SEP-1865) */
  readonly McpAppToolCallCompleteData: Schema.Schema<McpAppToolCallCompleteData>
  /** Session event "mcp_app.tool_call_complete". MCP App view called a tool on a connected MCP server (SEP-1865) */
  readonly McpAppToolCallCompleteEvent: Schema.Schema<McpAppToolCallCompleteEvent, McpAppToolCallCompleteEventEncoded>
  /** The type of every event this schema knows, in schema order. */
  readonly sessionEventTypes: readonly [
    "session.start",
    "session.resume",
    "session.remote_steerable_changed",
    "session.error",
    "session.idle",
    "session.title_changed",
    "session.schedule_created",
    "session.schedule_cancelled",
    "session.schedule_rearmed",
    "session.autopilot_objective_changed",
    "session.info",
    "session.warning",
    "session.model_change",
    "session.auto_tier_recommendation",
    "session.auto_tier_switch_failed",
    "session.mode_changed",
    "session.mode_notice_delivered",
    "session.session_limits_changed",
    "session.permissions_changed",
    "session.plan_changed",
    "session.todos_changed",
    "session.memory_changed",
    "session.workspace_file_changed",
    "session.handoff",
    "session.truncation",
    "session.snapshot_rewind",
    "session.shutdown",
    "session.usage_checkpoint",
    "session.context_changed",
    "session.usage_info",
    "session.context_cleared",
    "session.compaction_start",
    "session.compaction_complete",
    "session.task_complete",
    "session.completion_receipt",
    "session.fusion_route_started",
    "session.fusion_route_failed",
    "session.fusion_resolved",
    "session.fusion_handoff",
    "session.fusion_commit_started",
    "session.fusion_completed",
    "user.message",
    "pending_messages.modified",
    "assistant.turn_start",
    "assistant.turn_retry",
    "agent.interrupted",
    "assistant.intent",
    "assistant.fusion_phase_started",
    "assistant.fusion_phase_activity",
    "assistant.fusion_phase_completed",
    "assistant.fusion_phase_failed",
    "assistant.server_tool_progress",
    "assistant.reasoning",
    "assistant.reasoning_delta",
    "assistant.tool_call_delta",
    "assistant.streaming_delta",
    "assistant.message",
    "assistant.message_start",
    "assistant.message_delta",
    "assistant.turn_end",
    "assistant.idle",
    "assistant.usage",
    "prompt_cache_break",
    "model.call_failure",
    "model.call_finished",
    "model.call_start",
    "abort",
    "tool.user_requested",
    "tool.execution_start",
    "tool.execution_partial_result",
    "tool.execution_progress",
    "tool.execution_complete",
    "tool_search.activated",
    "skill.invoked",
    "skill.invoked_ref",
    "skill.context_delivered",
    "skill.context_delivered_ref",
    "sandbox.decision",
    "subagent.started",
    "subagent.configured",
    "subagent.completed",
    "subagent.failed",
    "subagent.selected",
    "subagent.deselected",
    "hook.start",
    "hook.end",
    "hook.progress",
    "session.binary_asset",
    "system.message",
    "system.notification",
    "permission.requested",
    "permission.completed",
    "permission.carriedForward",
    "permission.messageAuthorization",
    "permission.messageAuthorizationRead",
    "permission.messageAuthorizationDegraded",
    "permission.assentDetected",
    "permission.contextualAuthorization",
    "user_input.requested",
    "user_input.completed",
    "elicitation.requested",
    "elicitation.completed",
    "sampling.requested",
    "sampling.completed",
    "mcp.oauth_required",
    "mcp.oauth_completed",
    "mcp.headers_refresh_required",
    "mcp.headers_refresh_completed",
    "session.custom_notification",
    "ui.ephemeral_query",
    "external_tool.requested",
    "external_tool.completed",
    "command.queued",
    "command.execute",
    "command.completed",
    "auto_mode_switch.requested",
    "auto_mode_switch.completed",
    "session_limits_exhausted.requested",
    "session_limits_exhausted.completed",
    "session.auto_mode_resolved",
    "session.managed_settings_resolved",
    "session.managed_settings_enforced",
    "commands.changed",
    "capabilities.changed",
    "exit_plan_mode.requested",
    "exit_plan_mode.completed",
    "session.tools_updated",
    "session.background_tasks_changed",
    "factory.run_updated",
    "factory.run_started",
    "factory.run_settled",
    "session.skills_loaded",
    "session.custom_agents_updated",
    "session.mcp_servers_loaded",
    "session.mcp_server_status_changed",
    "session.mcp_server_removed",
    "session.mcp_server_needs_reconnect",
    "mcp.tools.list_changed",
    "mcp.resources.list_changed",
    "mcp.prompts.list_changed",
    "session.extensions_loaded",
    "session.canvas.opened",
    "session.canvas.registry_changed",
    "session.canvas.closed",
    "session.canvas.unavailable",
    "session.canvas.recorded",
    "session.canvas.removed",
    "session.extensions.attachments_pushed",
    "mcp_app.tool_call_complete"
  ]
  /** The Schema of each known event by its `type`: decode an event by looking its type up here. */
  readonly eventSchemas: {
    readonly "session.start": Schemas["StartEvent"]
    readonly "session.resume": Schemas["ResumeEvent"]
    readonly "session.remote_steerable_changed": Schemas["RemoteSteerableChangedEvent"]
    readonly "session.error": Schemas["ErrorEvent"]
    readonly "session.idle": Schemas["IdleEvent"]
    readonly "session.title_changed": Schemas["TitleChangedEvent"]
    readonly "session.schedule_created": Schemas["ScheduleCreatedEvent"]
    readonly "session.schedule_cancelled": Schemas["ScheduleCancelledEvent"]
    readonly "session.schedule_rearmed": Schemas["ScheduleRearmedEvent"]
    readonly "session.autopilot_objective_changed": Schemas["AutopilotObjectiveChangedEvent"]
    readonly "session.info": Schemas["InfoEvent"]
    readonly "session.warning": Schemas["WarningEvent"]
    readonly "session.model_change": Schemas["ModelChangeEvent"]
    readonly "session.auto_tier_recommendation": Schemas["AutoTierRecommendationEvent"]
    readonly "session.auto_tier_switch_failed": Schemas["AutoTierSwitchFailedEvent"]
    readonly "session.mode_changed": Schemas["ModeChangedEvent"]
    readonly "session.mode_notice_delivered": Schemas["ModeNoticeDeliveredEvent"]
    readonly "session.session_limits_changed": Schemas["SessionLimitsChangedEvent"]
    readonly "session.permissions_changed": Schemas["PermissionsChangedEvent"]
    readonly "session.plan_changed": Schemas["PlanChangedEvent"]
    readonly "session.todos_changed": Schemas["TodosChangedEvent"]
    readonly "session.memory_changed": Schemas["MemoryChangedEvent"]
    readonly "session.workspace_file_changed": Schemas["WorkspaceFileChangedEvent"]
    readonly "session.handoff": Schemas["HandoffEvent"]
    readonly "session.truncation": Schemas["TruncationEvent"]
    readonly "session.snapshot_rewind": Schemas["SnapshotRewindEvent"]
    readonly "session.shutdown": Schemas["ShutdownEvent"]
    readonly "session.usage_checkpoint": Schemas["UsageCheckpointEvent"]
    readonly "session.context_changed": Schemas["ContextChangedEvent"]
    readonly "session.usage_info": Schemas["UsageInfoEvent"]
    readonly "session.context_cleared": Schemas["ContextClearedEvent"]
    readonly "session.compaction_start": Schemas["CompactionStartEvent"]
    readonly "session.compaction_complete": Schemas["CompactionCompleteEvent"]
    readonly "session.task_complete": Schemas["TaskCompleteEvent"]
    readonly "session.completion_receipt": Schemas["CompletionReceiptEvent"]
    readonly "session.fusion_route_started": Schemas["FusionRouteStartedEvent"]
    readonly "session.fusion_route_failed": Schemas["FusionRouteFailedEvent"]
    readonly "session.fusion_resolved": Schemas["FusionResolvedEvent"]
    readonly "session.fusion_handoff": Schemas["FusionHandoffEvent"]
    readonly "session.fusion_commit_started": Schemas["FusionCommitStartedEvent"]
    readonly "session.fusion_completed": Schemas["FusionCompletedEvent"]
    readonly "user.message": Schemas["UserMessageEvent"]
    readonly "pending_messages.modified": Schemas["PendingMessagesModifiedEvent"]
    readonly "assistant.turn_start": Schemas["AssistantTurnStartEvent"]
    readonly "assistant.turn_retry": Schemas["AssistantTurnRetryEvent"]
    readonly "agent.interrupted": Schemas["AgentInterruptedEvent"]
    readonly "assistant.intent": Schemas["AssistantIntentEvent"]
    readonly "assistant.fusion_phase_started": Schemas["AssistantFusionPhaseStartedEvent"]
    readonly "assistant.fusion_phase_activity": Schemas["AssistantFusionPhaseActivityEvent"]
    readonly "assistant.fusion_phase_completed": Schemas["AssistantFusionPhaseCompletedEvent"]
    readonly "assistant.fusion_phase_failed": Schemas["AssistantFusionPhaseFailedEvent"]
    readonly "assistant.server_tool_progress": Schemas["AssistantServerToolProgressEvent"]
    readonly "assistant.reasoning": Schemas["AssistantReasoningEvent"]
    readonly "assistant.reasoning_delta": Schemas["AssistantReasoningDeltaEvent"]
    readonly "assistant.tool_call_delta": Schemas["AssistantToolCallDeltaEvent"]
    readonly "assistant.streaming_delta": Schemas["AssistantStreamingDeltaEvent"]
    readonly "assistant.message": Schemas["AssistantMessageEvent"]
    readonly "assistant.message_start": Schemas["AssistantMessageStartEvent"]
    readonly "assistant.message_delta": Schemas["AssistantMessageDeltaEvent"]
    readonly "assistant.turn_end": Schemas["AssistantTurnEndEvent"]
    readonly "assistant.idle": Schemas["AssistantIdleEvent"]
    readonly "assistant.usage": Schemas["AssistantUsageEvent"]
    readonly "prompt_cache_break": Schemas["PromptCacheBreakEvent"]
    readonly "model.call_failure": Schemas["ModelCallFailureEvent"]
    readonly "model.call_finished": Schemas["ModelCallFinishedEvent"]
    readonly "model.call_start": Schemas["ModelCallStartEvent"]
    readonly "abort": Schemas["AbortEvent"]
    readonly "tool.user_requested": Schemas["ToolUserRequestedEvent"]
    readonly "tool.execution_start": Schemas["ToolExecutionStartEvent"]
    readonly "tool.execution_partial_result": Schemas["ToolExecutionPartialResultEvent"]
    readonly "tool.execution_progress": Schemas["ToolExecutionProgressEvent"]
    readonly "tool.execution_complete": Schemas["ToolExecutionCompleteEvent"]
    readonly "tool_search.activated": Schemas["ToolSearchActivatedEvent"]
    readonly "skill.invoked": Schemas["SkillInvokedEvent"]
    readonly "skill.invoked_ref": Schemas["SkillInvokedRefEvent"]
    readonly "skill.context_delivered": Schemas["SkillContextDeliveredEvent"]
    readonly "skill.context_delivered_ref": Schemas["SkillContextDeliveredRefEvent"]
    readonly "sandbox.decision": Schemas["SandboxDecisionEvent"]
    readonly "subagent.started": Schemas["SubagentStartedEvent"]
    readonly "subagent.configured": Schemas["SubagentConfiguredEvent"]
    readonly "subagent.completed": Schemas["SubagentCompletedEvent"]
    readonly "subagent.failed": Schemas["SubagentFailedEvent"]
    readonly "subagent.selected": Schemas["SubagentSelectedEvent"]
    readonly "subagent.deselected": Schemas["SubagentDeselectedEvent"]
    readonly "hook.start": Schemas["HookStartEvent"]
    readonly "hook.end": Schemas["HookEndEvent"]
    readonly "hook.progress": Schemas["HookProgressEvent"]
    readonly "session.binary_asset": Schemas["BinaryAssetEvent"]
    readonly "system.message": Schemas["SystemMessageEvent"]
    readonly "system.notification": Schemas["SystemNotificationEvent"]
    readonly "permission.requested": Schemas["PermissionRequestedEvent"]
    readonly "permission.completed": Schemas["PermissionCompletedEvent"]
    readonly "permission.carriedForward": Schemas["PermissionCarriedForwardEvent"]
    readonly "permission.messageAuthorization": Schemas["PermissionMessageAuthorizationEvent"]
    readonly "permission.messageAuthorizationRead": Schemas["PermissionMessageAuthorizationReadEvent"]
    readonly "permission.messageAuthorizationDegraded": Schemas["PermissionMessageAuthorizationDegradedEvent"]
    readonly "permission.assentDetected": Schemas["PermissionAssentDetectedEvent"]
    readonly "permission.contextualAuthorization": Schemas["PermissionContextualAuthorizationEvent"]
    readonly "user_input.requested": Schemas["UserInputRequestedEvent"]
    readonly "user_input.completed": Schemas["UserInputCompletedEvent"]
    readonly "elicitation.requested": Schemas["ElicitationRequestedEvent"]
    readonly "elicitation.completed": Schemas["ElicitationCompletedEvent"]
    readonly "sampling.requested": Schemas["SamplingRequestedEvent"]
    readonly "sampling.completed": Schemas["SamplingCompletedEvent"]
    readonly "mcp.oauth_required": Schemas["McpOauthRequiredEvent"]
    readonly "mcp.oauth_completed": Schemas["McpOauthCompletedEvent"]
    readonly "mcp.headers_refresh_required": Schemas["McpHeadersRefreshRequiredEvent"]
    readonly "mcp.headers_refresh_completed": Schemas["McpHeadersRefreshCompletedEvent"]
    readonly "session.custom_notification": Schemas["CustomNotificationEvent"]
    readonly "ui.ephemeral_query": Schemas["UIEphemeralQueryEvent"]
    readonly "external_tool.requested": Schemas["ExternalToolRequestedEvent"]
    readonly "external_tool.completed": Schemas["ExternalToolCompletedEvent"]
    readonly "command.queued": Schemas["CommandQueuedEvent"]
    readonly "command.execute": Schemas["CommandExecuteEvent"]
    readonly "command.completed": Schemas["CommandCompletedEvent"]
    readonly "auto_mode_switch.requested": Schemas["AutoModeSwitchRequestedEvent"]
    readonly "auto_mode_switch.completed": Schemas["AutoModeSwitchCompletedEvent"]
    readonly "session_limits_exhausted.requested": Schemas["SessionLimitsExhaustedRequestedEvent"]
    readonly "session_limits_exhausted.completed": Schemas["SessionLimitsExhaustedCompletedEvent"]
    readonly "session.auto_mode_resolved": Schemas["AutoModeResolvedEvent"]
    readonly "session.managed_settings_resolved": Schemas["ManagedSettingsResolvedEvent"]
    readonly "session.managed_settings_enforced": Schemas["ManagedSettingsEnforcedEvent"]
    readonly "commands.changed": Schemas["CommandsChangedEvent"]
    readonly "capabilities.changed": Schemas["CapabilitiesChangedEvent"]
    readonly "exit_plan_mode.requested": Schemas["ExitPlanModeRequestedEvent"]
    readonly "exit_plan_mode.completed": Schemas["ExitPlanModeCompletedEvent"]
    readonly "session.tools_updated": Schemas["ToolsUpdatedEvent"]
    readonly "session.background_tasks_changed": Schemas["BackgroundTasksChangedEvent"]
    readonly "factory.run_updated": Schemas["FactoryRunUpdatedEvent"]
    readonly "factory.run_started": Schemas["FactoryRunStartedEvent"]
    readonly "factory.run_settled": Schemas["FactoryRunSettledEvent"]
    readonly "session.skills_loaded": Schemas["SkillsLoadedEvent"]
    readonly "session.custom_agents_updated": Schemas["CustomAgentsUpdatedEvent"]
    readonly "session.mcp_servers_loaded": Schemas["McpServersLoadedEvent"]
    readonly "session.mcp_server_status_changed": Schemas["McpServerStatusChangedEvent"]
    readonly "session.mcp_server_removed": Schemas["McpServerRemovedEvent"]
    readonly "session.mcp_server_needs_reconnect": Schemas["McpServerNeedsReconnectEvent"]
    readonly "mcp.tools.list_changed": Schemas["McpToolsListChangedEvent"]
    readonly "mcp.resources.list_changed": Schemas["McpResourcesListChangedEvent"]
    readonly "mcp.prompts.list_changed": Schemas["McpPromptsListChangedEvent"]
    readonly "session.extensions_loaded": Schemas["ExtensionsLoadedEvent"]
    readonly "session.canvas.opened": Schemas["CanvasOpenedEvent"]
    readonly "session.canvas.registry_changed": Schemas["CanvasRegistryChangedEvent"]
    readonly "session.canvas.closed": Schemas["CanvasClosedEvent"]
    readonly "session.canvas.unavailable": Schemas["CanvasUnavailableEvent"]
    readonly "session.canvas.recorded": Schemas["CanvasRecordedEvent"]
    readonly "session.canvas.removed": Schemas["CanvasRemovedEvent"]
    readonly "session.extensions.attachments_pushed": Schemas["ExtensionsAttachmentsPushedEvent"]
    readonly "mcp_app.tool_call_complete": Schemas["McpAppToolCallCompleteEvent"]
  }
}
}

// ---------------------------------------------------------------------------
// Definitions: their Schemas, built on first use
// ---------------------------------------------------------------------------

/** The Schema of each definition of session-events.schema.json, by name, built when first used. */
export const SessionEvents: SessionEvents.Schemas = table<SessionEvents.Schemas>(() => `
ReasoningSummary=O["none","concise","detailed"]
Verbosity=O["low","medium","high"]
ContextTier=O["default","long_context"]
AutoTier=O["efficiency","balance","intelligence","fast"]
SessionLimitsConfig=t{maxAiCredits?:n}
WorkingDirectoryContextHostType=O["github","ado"]
WorkingDirectoryContext=t{cwd:s,gitRoot?:s,repository?:s,hostType?:@WorkingDirectoryContextHostType,repositoryHost?:s,branch?:s,headCommit?:s,baseCommit?:s,pendingGitContext?:b}
GitHubMcpToolConfig=t{enableAllTools?:b,additionalToolsets?:[s],additionalTools?:[s],enableInsidersMode?:b}
StartData=t{sessionId:s,version:n,producer:s,copilotVersion:s,startTime:d,selectedModel?:s,reasoningEffort?:s,reasoningSummary?:@ReasoningSummary,verbosity?:@Verbosity,contextTier?:?@ContextTier,autoTier?:@AutoTier,sessionLimits?:@SessionLimitsConfig,context?:@WorkingDirectoryContext,githubMcpToolConfig?:@GitHubMcpToolConfig,alreadyInUse?:b,remoteSteerable?:b,detachedFromSpawningParentSessionId?:s}
StartEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.start"],data:@StartData}
ResumeData=t{resumeTime:d,eventCount:n,eventsFileSizeBytes?:n,selectedModel?:s,reasoningEffort?:s,reasoningSummary?:@ReasoningSummary,verbosity?:@Verbosity,contextTier?:?@ContextTier,autoTier?:@AutoTier,sessionLimits?:?@SessionLimitsConfig,context?:@WorkingDirectoryContext,alreadyInUse?:b,sessionWasActive?:b,remoteSteerable?:b,continuePendingWork?:b}
ResumeEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.resume"],data:@ResumeData}
RemoteSteerableChangedData={remoteSteerable:b}
RemoteSteerableChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.remote_steerable_changed"],data:@RemoteSteerableChangedData}
RemediationAction=O["sign_in","switch_account","show_account","review_sandbox_policy","allow_sandbox_outbound"]
ErrorData=t{errorType:s,errorCode?:s,eligibleForAutoSwitch?:b,message:s,remediation?:@RemediationAction,stack?:s,statusCode?:n,providerCallId?:s,serviceRequestId?:s,url?:s}
ErrorEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.error"],data:@ErrorData}
SessionMode=O["interactive","plan","autopilot"]
IdleData=t{aborted?:b,mode?:@SessionMode}
IdleEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.idle"],data:@IdleData}
TitleChangedData={title:s}
TitleChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.title_changed"],data:@TitleChangedData}
ScheduleOrigin=O["user","model"]
ScheduleCreatedData=t{id:n,intervalMs?:n,cron?:s,tz?:s,at?:n,prompt:s,recurring?:b,selfPaced?:b,displayPrompt?:s,origin?:@ScheduleOrigin}
ScheduleCreatedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.schedule_created"],data:@ScheduleCreatedData}
ScheduleCancelledData={id:n}
ScheduleCancelledEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.schedule_cancelled"],data:@ScheduleCancelledData}
ScheduleRearmedData={id:n,nextRunAt:n}
ScheduleRearmedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.schedule_rearmed"],data:@ScheduleRearmedData}
AutopilotObjectiveChangedOperation=O["create","update","delete"]
AutopilotObjectiveChangedStatus=O["active","paused","cap_reached","completed"]
AutopilotObjectiveChangedData=t{operation:@AutopilotObjectiveChangedOperation,id?:n,status?:@AutopilotObjectiveChangedStatus}
AutopilotObjectiveChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.autopilot_objective_changed"],data:@AutopilotObjectiveChangedData}
InfoData=t{infoType:s,message:s,url?:s,tip?:s}
InfoEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.info"],data:@InfoData}
WarningData=t{warningType:s,message:s,url?:s,remediation?:@RemediationAction}
WarningEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.warning"],data:@WarningData}
ModelChangeSource=O["model_command","settings_command","config_command","model_picker","managed_settings","repo_settings","startup","agent","plan_mode","automatic","sdk"]
ModelChangeData=t{previousModel?:s,newModel:s,previousReasoningEffort?:s,reasoningEffort?:?s,previousReasoningSummary?:@ReasoningSummary,reasoningSummary?:@ReasoningSummary,previousVerbosity?:@Verbosity,verbosity?:@Verbosity,contextTier?:?@ContextTier,cause?:s,source?:@ModelChangeSource,previousAutoTier?:@AutoTier,autoTier?:?@AutoTier}
ModelChangeEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.model_change"],data:@ModelChangeData}
RecommendedAutoTier=O["efficiency","balance","intelligence"]
AutoTierRecommendationData={recommendedAutoTier:@RecommendedAutoTier}
AutoTierRecommendationEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.auto_tier_recommendation"],data:@AutoTierRecommendationData}
AutoTierSwitchFailureReason=O["policy_rejected","request_failed","setup_failed","unsupported"]
AutoTierSwitchFailedData=t{effectiveAutoTier?:@AutoTier,requestedAutoTier:?@AutoTier,reason:@AutoTierSwitchFailureReason}
AutoTierSwitchFailedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.auto_tier_switch_failed"],data:@AutoTierSwitchFailedData}
ModeChangedData={previousMode:@SessionMode,newMode:@SessionMode}
ModeChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.mode_changed"],data:@ModeChangedData}
ModeNoticeDeliveredData=t{mode:@SessionMode,content?:s}
ModeNoticeDeliveredEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.mode_notice_delivered"],data:@ModeNoticeDeliveredData}
SessionLimitsChangedData={sessionLimits:?@SessionLimitsConfig}
SessionLimitsChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.session_limits_changed"],data:@SessionLimitsChangedData}
PermissionMode=O["manual","assisted","allow-all"]
PermissionsChangedData=t{previousMode?:@PermissionMode,mode?:@PermissionMode,assistedApprovalModel?:s}
PermissionsChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.permissions_changed"],data:@PermissionsChangedData}
PlanChangedOperation=O["create","update","delete"]
PlanChangedData={operation:@PlanChangedOperation}
PlanChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.plan_changed"],data:@PlanChangedData}
TodosChangedData={}
TodosChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.todos_changed"],data:@TodosChangedData}
MemoryChangedData={}
MemoryChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.memory_changed"],data:@MemoryChangedData}
WorkspaceFileChangedOperation=O["create","update"]
WorkspaceFileChangedData={path:s,operation:@WorkspaceFileChangedOperation}
WorkspaceFileChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.workspace_file_changed"],data:@WorkspaceFileChangedData}
HandoffSourceType=O["remote","local"]
HandoffRepository=t{owner:s,name:s,branch?:s}
HandoffData=t{handoffTime:d,sourceType:@HandoffSourceType,repository?:@HandoffRepository,context?:s,summary?:s,remoteSessionId?:s,host?:s}
HandoffEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.handoff"],data:@HandoffData}
TruncationData={tokenLimit:n,preTruncationTokensInMessages:n,preTruncationMessagesLength:n,postTruncationTokensInMessages:n,postTruncationMessagesLength:n,tokensRemovedDuringTruncation:n,messagesRemovedDuringTruncation:n,performedBy:s}
TruncationEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.truncation"],data:@TruncationData}
SnapshotRewindData={upToEventId:s,eventsRemoved:n}
SnapshotRewindEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.snapshot_rewind"],data:@SnapshotRewindData}
ShutdownType=O["routine","error"]
ShutdownTokenDetail={tokenCount:n}
ShutdownCodeChanges={linesAdded:n,linesRemoved:n,filesModified:[s]}
ShutdownModelMetricRequests=t{count?:n,cost?:n}
ShutdownModelMetricUsage=t{inputTokens:n,outputTokens:n,cacheReadTokens:n,cacheWriteTokens:n,reasoningTokens?:n}
ShutdownModelMetricTokenDetail={tokenCount:n}
ShutdownModelMetric=t{requests:@ShutdownModelMetricRequests,usage:@ShutdownModelMetricUsage,totalNanoAiu?:n,tokenDetails?:R@ShutdownModelMetricTokenDetail}
ShutdownAgentMetric=t{agentName?:s,agentDisplayName?:s,totalApiDurationMs:n,totalNanoAiu:n,modelMetrics:R@ShutdownModelMetric}
ShutdownData=t{shutdownType:@ShutdownType,errorReason?:s,totalPremiumRequests?:n,totalNanoAiu?:n,tokenDetails?:R@ShutdownTokenDetail,totalApiDurationMs:n,sessionStartTime:n,eventsFileSizeBytes?:n,codeChanges:@ShutdownCodeChanges,modelMetrics:R@ShutdownModelMetric,agentMetrics?:R@ShutdownAgentMetric,currentModel?:s,currentTokens?:n,systemTokens?:n,conversationTokens?:n,toolDefinitionsTokens?:n}
ShutdownEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.shutdown"],data:@ShutdownData}
UsageCheckpointModelCacheState={modelId:s,cacheExpiresAt:d,cacheTtlSeconds:n}
UsageCheckpointData=t{totalNanoAiu:n,totalPremiumRequests?:n,modelCacheState?:[@UsageCheckpointModelCacheState],promptCacheBreakState?:[u]}
UsageCheckpointEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.usage_checkpoint"],data:@UsageCheckpointData}
ContextChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.context_changed"],data:@WorkingDirectoryContext}
UsageInfoData=t{tokenLimit:n,currentTokens:n,messagesLength:n,systemTokens?:n,conversationTokens?:n,toolDefinitionsTokens?:n,isInitial?:b}
UsageInfoEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.usage_info"],data:@UsageInfoData}
ContextClearedData=t{initialMessage?:s,messagesCleared:n}
ContextClearedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.context_cleared"],data:@ContextClearedData}
CompactionTrigger=O["threshold","context_limit_retry","manual","memory_pressure","model_switch"]
CompactionStartData=t{model?:s,systemTokens?:n,conversationTokens?:n,toolDefinitionsTokens?:n,currentTokens?:n,tokenLimit?:n,trigger?:@CompactionTrigger}
CompactionStartEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.compaction_start"],data:@CompactionStartData}
CompactionCompleteCompactionTokensUsedCopilotUsageTokenDetail=t{batchSize:n,costPerBatch:n,model?:s,tokenCount:n,tokenType:s}
CompactionCompleteCompactionTokensUsedCopilotUsage=t{model?:s,tokenDetails?:[@CompactionCompleteCompactionTokensUsedCopilotUsageTokenDetail],totalNanoAiu:n}
CompactionCompleteCompactionTokensUsed=t{inputTokens?:n,outputTokens?:n,cacheReadTokens?:n,cacheWriteTokens?:n,copilotUsage?:@CompactionCompleteCompactionTokensUsedCopilotUsage,duration?:n,model?:s}
CompactionCompleteData=t{success:b,error?:s,preCompactionTokens?:n,postCompactionTokens?:n,preCompactionMessagesLength?:n,messagesRemoved?:n,tokensRemoved?:n,customInstructions?:s,summaryContent?:s,activeFactorySummary?:s,behaviorModelId?:s,checkpointNumber?:n,checkpointPath?:s,compactionTokensUsed?:@CompactionCompleteCompactionTokensUsed,requestId?:s,serviceRequestId?:s,systemTokens?:n,conversationTokens?:n,toolDefinitionsTokens?:n,statusCode?:n,tokenLimit?:n,trigger?:@CompactionTrigger}
CompactionCompleteEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.compaction_complete"],data:@CompactionCompleteData}
TaskCompletionOutcome=O["completed","continue","blocked"]
TaskCompleteData=t{summary?:s,success?:b,outcome?:@TaskCompletionOutcome,reason?:s,objectiveId?:n}
TaskCompleteEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.task_complete"],data:@TaskCompleteData}
CompletionReceiptEventRange={startEventId:s,endEventId:s}
CompletionReceiptStopReason=O["natural","terminal_tool","agent_stop_block_limit"]
CompletionReceiptToolStatus=O["success","failure","timeout","rejected","denied"]
CompletionReceiptFinalTool=t{toolCallId:s,toolName?:s,status:@CompletionReceiptToolStatus,exitCode?:n}
CompletionReceiptData=t{schemaVersion:n,attempt:n,sourceEventId:s,eventRange:@CompletionReceiptEventRange,stopReason:@CompletionReceiptStopReason,finalTool?:@CompletionReceiptFinalTool,successfulToolCount:n,failedToolCount:n}
CompletionReceiptEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.completion_receipt"],data:@CompletionReceiptData}
FusionTurnKind=O["user","compaction"]
FusionRouteStartedData=t{attemptId:s,turnKind:@FusionTurnKind,syntheticModel?:s,policy?:s}
FusionRouteStartedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.fusion_route_started"],data:@FusionRouteStartedData}
FusionRouteFailedData=t{attemptId:s,syntheticModel:s,policy:s,reason:s,errorMessage?:s,fallbackModel:s,routingLatencyMs?:n}
FusionRouteFailedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.fusion_route_failed"],data:@FusionRouteFailedData}
FusionScores={reasoning:n,codeGen:n,debugging:n,toolUse:n}
FusionPattern=O["single","cascade","critique"]
FusionPhaseKind=O["primary","judge","repair","draft","critic","revision","follow_up"]
FusionConversationScope=O["root","review"]
FusionPhasePlanStep={kind:@FusionPhaseKind,role:s,scope:@FusionConversationScope,conditional:b}
FusionFollowUpAction=O["reuse_primary","reroute"]
FusionFollowUpRecommendation={userTurn:@FusionFollowUpAction,compactionTurn:@FusionFollowUpAction}
FusionResolvedData=t{fusionId:s,turnId:s,contractVersion:n,syntheticModel:s,policy:s,routeSource?:s,planVersion?:s,policyVersion?:s,modelUniverseVersion?:s,ruleId?:s,ruleIndex?:n,ruleName?:s,scores?:@FusionScores,pattern:@FusionPattern,phasePlan?:[@FusionPhasePlanStep],primaryModel:s,secondaryModel:?s,fallbackModel:s,followUpModel:s,followUp?:@FusionFollowUpRecommendation,routingLatencyMs?:n}
FusionResolvedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.fusion_resolved"],data:@FusionResolvedData}
FusionHandoffData={fusionId:s,sourcePhaseId:s,targetPhaseId:s,targetModel:s,message:u}
FusionHandoffEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.fusion_handoff"],data:@FusionHandoffData}
FusionCommitKind=O["text","terminal_tool"]
FusionCommitStartedData={fusionId:s,commitId:s,sourcePhaseId:s,sourceModel:s,kind:@FusionCommitKind,toolCallId:?s}
FusionCommitStartedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.fusion_commit_started"],data:@FusionCommitStartedData}
FusionCompletedData=t{fusionId:s,commitId:s,turnId:s,syntheticModel:s,pattern:@FusionPattern,outcome:s,finalSourcePhaseId:?s,finalSourceModel:?s,followUpModel:s,degradedReason:?s,phaseCount:n,requestCount:n,inputTokens:n,outputTokens:n,cachedTokens:n,cacheWriteTokens?:n,totalNanoAiu:n,durationMs:n}
FusionCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.fusion_completed"],data:@FusionCompletedData}
AttachmentFileLineRange={start:n,end:n}
OmittedBinaryOmittedReason=O["too_large","asset_unavailable"]
AttachmentFile=t{type:L["file"],path:s,displayName?:s,lineRange?:@AttachmentFileLineRange,mimeType?:s,assetId?:s,byteLength?:n,omittedReason?:@OmittedBinaryOmittedReason,taggedFilesEntry?:s}
AttachmentDirectory=t{type:L["directory"],path:s,displayName?:s,taggedFilesEntry?:s}
AttachmentSelectionDetailsStart={line:n,character:n}
AttachmentSelectionDetailsEnd={line:n,character:n}
AttachmentSelectionDetails={start:@AttachmentSelectionDetailsStart,end:@AttachmentSelectionDetailsEnd}
AttachmentSelection={type:L["selection"],filePath:s,displayName:s,text:s,selection:@AttachmentSelectionDetails}
AttachmentGitHubReferenceType=O["issue","pr","discussion"]
AttachmentGitHubReference={type:L["github_reference"],number:n,title:s,referenceType:@AttachmentGitHubReferenceType,state:s,url:s}
GitHubRepoRef=t{id?:n,name:s,owner:s}
AttachmentGitHubCommit={type:L["github_commit"],repo:@GitHubRepoRef,oid:s,message:s,url:s}
AttachmentGitHubRelease={type:L["github_release"],repo:@GitHubRepoRef,tagName:s,name:s,url:s}
AttachmentGitHubActionsJob=t{type:L["github_actions_job"],repo:@GitHubRepoRef,jobId:n,jobName:s,workflowName:s,url:s,conclusion?:s}
AttachmentGitHubRepository=t{type:L["github_repository"],repo:@GitHubRepoRef,url:s,description?:s,ref?:s}
AttachmentGitHubFileDiffSide={repo:@GitHubRepoRef,ref:s,path:s}
AttachmentGitHubFileDiff=t{type:L["github_file_diff"],url:s,head?:@AttachmentGitHubFileDiffSide,base?:@AttachmentGitHubFileDiffSide}
AttachmentGitHubTreeComparisonSide={repo:@GitHubRepoRef,revision:s}
AttachmentGitHubTreeComparison={type:L["github_tree_comparison"],url:s,base:@AttachmentGitHubTreeComparisonSide,head:@AttachmentGitHubTreeComparisonSide}
AttachmentGitHubUrl={type:L["github_url"],url:s}
AttachmentGitHubFile={type:L["github_file"],repo:@GitHubRepoRef,ref:s,path:s,url:s}
AttachmentGitHubSnippet={type:L["github_snippet"],repo:@GitHubRepoRef,ref:s,path:s,url:s,lineRange:@AttachmentFileLineRange}
AttachmentBlob=t{type:L["blob"],data?:s,mimeType:s,displayName?:s,assetId?:s,byteLength?:n,omittedReason?:@OmittedBinaryOmittedReason}
AttachmentExtensionContext=t{type:L["extension_context"],extensionId:s,canvasId?:s,instanceId?:s,title:s,payload?:u,capturedAt:d}
Attachment=|(@AttachmentFile,@AttachmentDirectory,@AttachmentSelection,@AttachmentGitHubReference,@AttachmentGitHubCommit,@AttachmentGitHubRelease,@AttachmentGitHubActionsJob,@AttachmentGitHubRepository,@AttachmentGitHubFileDiff,@AttachmentGitHubTreeComparison,@AttachmentGitHubUrl,@AttachmentGitHubFile,@AttachmentGitHubSnippet,@AttachmentBlob,@AttachmentExtensionContext)
UserMessageDelivery=O["idle","steering","queued"]
UserMessageAgentMode=O["interactive","plan","autopilot","shell"]
UserMessageData=t{content:s,messageId?:s,transformedContent?:s,attachments?:[@Attachment],supportedNativeDocumentMimeTypes?:[s],nativeDocumentPathFallbackPaths?:[s],source?:s,delivery?:@UserMessageDelivery,agentMode?:@UserMessageAgentMode,isAutopilotContinuation?:b,interactionId?:s,turnId?:s,parentAgentTaskId?:s}
UserMessageEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["user.message"],data:@UserMessageData}
PendingMessagesModifiedData={}
PendingMessagesModifiedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["pending_messages.modified"],data:@PendingMessagesModifiedData}
AssistantTurnStartData=t{turnId:s,model?:s,interactionId?:s}
AssistantTurnStartEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["assistant.turn_start"],data:@AssistantTurnStartData}
AssistantTurnRetryData=t{turnId:s,model?:s,reason?:s}
AssistantTurnRetryEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.turn_retry"],data:@AssistantTurnRetryData}
AgentInterruptedActivity=O["model_call","retry_backoff","tool_call","background_agent"]
ModelCallFailureTransport=O["http","websocket"]
AgentInterruptedCancelPhase=O["pre_first_token","mid_stream"]
AgentInterruptedData=t{activity:@AgentInterruptedActivity,elapsedMs:n,turn:n,model?:s,apiEndpoint?:s,transport?:@ModelCallFailureTransport,reasoningEffort?:s,cancelPhase?:@AgentInterruptedCancelPhase,outputTtftMs?:n,toolNames?:[s],toolCallIds?:[s],safeToolNames?:[s],interruptedAgentCount?:n}
AgentInterruptedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["agent.interrupted"],data:@AgentInterruptedData}
AssistantIntentData={intent:s}
AssistantIntentEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.intent"],data:@AssistantIntentData}
FusionPhaseStartedData={fusionId:s,phaseId:s,phaseKind:@FusionPhaseKind,pattern:@FusionPattern,role:s,conversationScope:@FusionConversationScope,model:s}
AssistantFusionPhaseStartedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.fusion_phase_started"],data:@FusionPhaseStartedData}
FusionPhaseActivityKind=O["model_output","tool_started","tool_completed"]
FusionPhaseActivityData=t{fusionId:s,phaseId:s,phaseKind:@FusionPhaseKind,pattern:@FusionPattern,role:s,conversationScope:@FusionConversationScope,activity:@FusionPhaseActivityKind,totalResponseSizeBytes?:n,toolCallId?:s}
AssistantFusionPhaseActivityEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.fusion_phase_activity"],data:@FusionPhaseActivityData}
FusionPhaseStatus=O["succeeded","failed","cancelled"]
FusionPhaseUsage=t{requestCount:n,inputTokens:n,outputTokens:n,cachedTokens:n,cacheWriteTokens?:n,totalNanoAiu:n}
FusionProjectionMode=O["append","staged","none"]
FusionStagedTerminal={assistantMessage:u,toolName:s,toolCallId:s,arguments:s,phaseId:s}
FusionPhaseCompletedData=t{fusionId:s,phaseId:s,phaseKind:@FusionPhaseKind,role:s,conversationScope:@FusionConversationScope,model:s,status:@FusionPhaseStatus,content:s,verdict:?s,durationMs:n,usage:@FusionPhaseUsage,projectionMessage?:u,projectionMode?:@FusionProjectionMode,stagedTerminal?:@FusionStagedTerminal}
AssistantFusionPhaseCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["assistant.fusion_phase_completed"],data:@FusionPhaseCompletedData}
FusionPhaseFailedData=t{fusionId:s,phaseId:s,phaseKind:@FusionPhaseKind,role:s,conversationScope:@FusionConversationScope,model:s,status:@FusionPhaseStatus,reason:s,durationMs:n,usage:@FusionPhaseUsage,errorMessage?:s,degradedToPhaseId?:s}
AssistantFusionPhaseFailedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["assistant.fusion_phase_failed"],data:@FusionPhaseFailedData}
AssistantServerToolProgressData={outputIndex:n,kind:s,status:s}
AssistantServerToolProgressEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.server_tool_progress"],data:@AssistantServerToolProgressData}
AssistantReasoningData=t{reasoningId:s,content:s,rte?:b}
AssistantReasoningEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["assistant.reasoning"],data:@AssistantReasoningData}
AssistantReasoningDeltaData={reasoningId:s,deltaContent:s}
AssistantReasoningDeltaEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.reasoning_delta"],data:@AssistantReasoningDeltaData}
AssistantMessageToolRequestType=O["function","custom"]
AssistantToolCallDeltaData=t{toolCallId:s,toolName?:s,toolType?:@AssistantMessageToolRequestType,inputDelta:s}
AssistantToolCallDeltaEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.tool_call_delta"],data:@AssistantToolCallDeltaData}
AssistantStreamingDeltaData={totalResponseSizeBytes:n}
AssistantStreamingDeltaEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.streaming_delta"],data:@AssistantStreamingDeltaData}
AssistantMessageToolRequestCallerType=L["program"]
AssistantMessageToolRequestCaller={type:@AssistantMessageToolRequestCallerType,callerId:s}
AssistantMessageToolRequest=t{toolCallId:s,name:s,arguments?:u,type?:@AssistantMessageToolRequestType,toolTitle?:s,mcpServerName?:s,mcpToolName?:s,intentionSummary?:?s,caller?:@AssistantMessageToolRequestCaller}
AssistantMessageServerTools=t{provider:s,items?:[u],functionCallNamespaces?:Rs,rawContentBlocks?:[u],advisorModel?:s}
AssistantMessageReasoningBlocks=t{provider:s,blocks?:[u]}
CitationProvider=O["anthropic","openai","client"]
CitationSource=t{id:s,provider:@CitationProvider,title?:s,url?:s,path?:s}
CitationLocationChar={type:L["char"],startIndex:n,endIndex:n}
CitationLocationPage={type:L["page"],startPage:n,endPage:n}
CitationLocationBlock={type:L["block"],startBlock:n,endBlock:n}
CitationLocation=|(@CitationLocationChar,@CitationLocationPage,@CitationLocationBlock)
CitationReference=t{sourceId:s,citedText?:s,location?:@CitationLocation,providerMetadata?:u}
CitationSpan={startIndex:n,endIndex:n,references:[@CitationReference]}
Citations={sources:[@CitationSource],spans:[@CitationSpan]}
FusionAttribution=t{fusionId:s,commitId?:s,syntheticModel:s,policy:s,pattern:s,phaseId?:s,phaseKind?:s,role?:s,sourceModel?:s,conversationScope?:s,sourcePhaseId?:s}
AssistantMessageData=t{messageId:s,originatingMessageId?:s,model?:s,content:s,toolRequests?:[@AssistantMessageToolRequest],reasoningOpaque?:s,reasoningText?:s,reasoningWireField?:s,encryptedContent?:s,phase?:s,chunkIndex?:n,chunkCount?:n,outputTokens?:n,interactionId?:s,requestId?:s,clientRequestId?:s,serviceRequestId?:s,rte?:b,apiCallId?:s,serverTools?:@AssistantMessageServerTools,reasoningBlocks?:@AssistantMessageReasoningBlocks,turnId?:s,parentToolCallId?:s,citations?:@Citations,fusion?:@FusionAttribution}
AssistantMessageEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["assistant.message"],data:@AssistantMessageData}
AssistantMessageStartData=t{messageId:s,phase?:s}
AssistantMessageStartEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.message_start"],data:@AssistantMessageStartData}
AssistantMessageDeltaData=t{messageId:s,deltaContent:s,parentToolCallId?:s}
AssistantMessageDeltaEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.message_delta"],data:@AssistantMessageDeltaData}
AssistantTurnEndData=t{turnId:s,model?:s}
AssistantTurnEndEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["assistant.turn_end"],data:@AssistantTurnEndData}
AssistantIdleData=t{aborted?:b}
AssistantIdleEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.idle"],data:@AssistantIdleData}
AssistantUsageTransport=O["http","websocket"]
AssistantUsageApiEndpoint=O["/chat/completions","/v1/messages","/responses","ws:/responses"]
AssistantUsageQuotaSnapshot=t{isUnlimitedEntitlement:b,entitlementRequests:n,usedRequests:n,usageAllowedWithExhaustedQuota:b,overage:n,overageAllowedWithExhaustedQuota:b,remainingPercentage:n,resetDate?:d,hasQuota?:b,tokenBasedBilling?:b,overageEntitlement?:n}
AssistantUsageCopilotUsageTokenDetail=t{batchSize:n,costPerBatch:n,model?:s,tokenCount:n,tokenType:s}
AssistantUsageCopilotUsage=t{model?:s,tokenDetails?:[@AssistantUsageCopilotUsageTokenDetail],totalNanoAiu:n}
AssistantUsageData=t{model:s,inputTokens?:n,outputTokens?:n,cacheReadTokens?:n,cacheWriteTokens?:n,cacheExpiresAt?:d,reasoningTokens?:n,cost?:n,duration?:n,timeToFirstTokenMs?:n,outputTtftMs?:n,interTokenLatencyMs?:n,initiator?:s,interactionType?:s,isByok?:b,isAuto?:b,maxPromptTokens?:n,maxOutputTokens?:n,acceptedPredictionTokens?:n,rejectedPredictionTokens?:n,transport?:@AssistantUsageTransport,apiCallId?:s,providerCallId?:s,serviceRequestId?:s,rte?:b,apiEndpoint?:@AssistantUsageApiEndpoint,parentToolCallId?:s,quotaSnapshots?:R@AssistantUsageQuotaSnapshot,copilotUsage?:@AssistantUsageCopilotUsage,reasoningEffort?:s,reasoningSummary?:@ReasoningSummary,availableToolCount?:n,toolTokenCount?:n,frontierSource?:s,cacheTtlSeconds?:n,cacheDetailsReported?:b,numToolCalls?:n,toolCounts?:Rn,finishReason?:s,contentFilterTriggered?:b,fusion?:@FusionAttribution}
AssistantUsageEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["assistant.usage"],data:@AssistantUsageData}
PromptCacheBreakData=t{primaryReason:s,contributingReasons:[s],beforeRequest?:u,afterRequest?:u,survivedTokens:n,frontierTokens:n,shortfallTokens:n,retentionRatio:n,modelFrom?:s,modelTo?:s,toolsAdded?:[s],toolsRemoved?:[s],toolsRedefined?:[s],toolsAddedRaw?:[s],toolsRemovedRaw?:[s],toolsRedefinedRaw?:[s],toolsReordered?:b,systemSegmentsChanged?:[s],cacheConfigChangedFields?:[s],rewriteMessageIndex?:n,rewriteShape?:s,rewriteSource?:[s],agentName?:s}
PromptCacheBreakEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["prompt_cache_break"],data:@PromptCacheBreakData}
ModelCallFailureKind=O["api","transport"]
ModelCallFailureSource=O["top_level","subagent","mcp_sampling"]
ModelCallFailureBadRequestKind=O["bodyless","structured_error"]
ModelCallFailureRequestFingerprint=t{messageCount:n,toolResultMessageCount:n,toolCallCount:n,namelessToolCallCount:n,imagePartCount:n,imagePartsMissingMediaType:n,lastMessageRole?:s}
ModelCallFailureData=t{model?:s,initiator?:s,apiCallId?:s,providerCallId?:s,serviceRequestId?:s,rte?:b,statusCode?:n,durationMs?:n,apiEndpoint?:@AssistantUsageApiEndpoint,transport?:@ModelCallFailureTransport,failureKind?:@ModelCallFailureKind,maxPromptTokens?:n,maxOutputTokens?:n,isByok?:b,isAuto?:b,reasoningEffort?:s,interactionType?:s,source:@ModelCallFailureSource,errorMessage?:s,badRequestKind?:@ModelCallFailureBadRequestKind,errorCode?:s,errorType?:s,quotaSnapshots?:R@AssistantUsageQuotaSnapshot,requestFingerprint?:@ModelCallFailureRequestFingerprint,fusion?:@FusionAttribution}
ModelCallFailureEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["model.call_failure"],data:@ModelCallFailureData}
ModelCallFinishedOutcome=O["success","error","cancelled","rejected"]
ModelCallFinishedData=t{turnId:s,interactionId?:s,dispatchDurationMs:n,outcome:@ModelCallFinishedOutcome,containsBuiltInFileEditRequest?:b,editClassifierVersion:n}
ModelCallFinishedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["model.call_finished"],data:@ModelCallFinishedData}
ModelCallStartData=t{turnId:s,model?:s,previousResponseId?:s,fusion?:@FusionAttribution}
ModelCallStartEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["model.call_start"],data:@ModelCallStartData}
AbortReason=O["user_initiated","remote_command","user_abort","autopilot_credit_limit"]
AbortData={reason:@AbortReason}
AbortEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["abort"],data:@AbortData}
ToolUserRequestedData=t{toolCallId:s,toolName:s,arguments?:u}
ToolUserRequestedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["tool.user_requested"],data:@ToolUserRequestedData}
ToolExecutionStartShellToolInfo=t{possiblePaths:[s],hasWriteFileRedirection:b,displayCommand?:s}
McpServerTransport=O["stdio","http","sse","memory"]
McpServerSource=O["user","workspace","plugin","builtin","managed"]
ToolExecutionStartToolDescriptionMetaUIVisibility=O["model","app"]
ToolExecutionStartToolDescriptionMetaUI=t{resourceUri?:s,visibility?:[@ToolExecutionStartToolDescriptionMetaUIVisibility]}
ToolExecutionStartToolDescriptionMeta=t{ui?:@ToolExecutionStartToolDescriptionMetaUI}
ToolExecutionStartToolDescription=t{name:s,description?:s,_meta?:@ToolExecutionStartToolDescriptionMeta}
ToolExecutionStartData=t{toolCallId:s,toolName:s,arguments?:u,shellToolInfo?:@ToolExecutionStartShellToolInfo,model?:s,rte?:b,mcpServerName?:s,mcpConfigServerName?:s,mcpToolName?:s,mcpTransport?:@McpServerTransport,mcpConfigSource?:@McpServerSource,turnId?:s,displayVerbatim?:b,toolDescription?:@ToolExecutionStartToolDescription,parentToolCallId?:s,fusion?:@FusionAttribution}
ToolExecutionStartEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["tool.execution_start"],data:@ToolExecutionStartData}
ToolExecutionPartialData={toolCallId:s,partialOutput:s}
ToolExecutionPartialResultEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["tool.execution_partial_result"],data:@ToolExecutionPartialData}
ToolExecutionProgressData={toolCallId:s,progressMessage:s}
ToolExecutionProgressEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["tool.execution_progress"],data:@ToolExecutionProgressData}
ToolExecutionCompleteContentText={type:L["text"],text:s}
ToolExecutionCompleteContentTerminal=t{type:L["terminal"],text:s,exitCode?:n,cwd?:s}
ToolExecutionCompleteContentShellExit=t{type:L["shell_exit"],shellId:s,exitCode:n,cwd?:s,outputPreview?:s,outputTruncated?:b,outputFilePath?:s}
ToolExecutionCompleteContentImage={type:L["image"],data:s,mimeType:s}
ToolExecutionCompleteContentAudio={type:L["audio"],data:s,mimeType:s}
ToolExecutionCompleteContentResourceLinkIconTheme=O["light","dark"]
ToolExecutionCompleteContentResourceLinkIcon=t{src:s,mimeType?:s,sizes?:[s],theme?:@ToolExecutionCompleteContentResourceLinkIconTheme}
ToolExecutionCompleteContentResourceLink=t{icons?:[@ToolExecutionCompleteContentResourceLinkIcon],name:s,title?:s,uri:s,description?:s,mimeType?:s,size?:n,type:L["resource_link"]}
EmbeddedTextResourceContents=t{uri:s,mimeType?:s,text:s}
EmbeddedBlobResourceContents=t{uri:s,mimeType?:s,blob:s}
ToolExecutionCompleteContentResourceDetails=|(@EmbeddedTextResourceContents,@EmbeddedBlobResourceContents)
ToolExecutionCompleteContentResource={type:L["resource"],resource:@ToolExecutionCompleteContentResourceDetails}
ToolExecutionCompleteContent=|(@ToolExecutionCompleteContentText,@ToolExecutionCompleteContentTerminal,@ToolExecutionCompleteContentShellExit,@ToolExecutionCompleteContentImage,@ToolExecutionCompleteContentAudio,@ToolExecutionCompleteContentResourceLink,@ToolExecutionCompleteContentResource)
PersistedBinaryImageType=O["image","resource"]
PersistedBinaryImage=t{type:@PersistedBinaryImageType,data:s,mimeType:s,description?:s,metadata?:Ru}
OmittedBinaryType=O["image","resource"]
OmittedBinaryResult=t{type:@OmittedBinaryType,mimeType:s,byteLength:n,omittedReason:@OmittedBinaryOmittedReason,description?:s,metadata?:Ru}
BinaryAssetReferenceType=O["image","resource"]
BinaryAssetReference=t{type:@BinaryAssetReferenceType,assetId:s,mimeType:s,byteLength:n,description?:s,metadata?:Ru}
PersistedBinaryResult=|(@PersistedBinaryImage,@OmittedBinaryResult,@BinaryAssetReference)
ToolExecutionCompleteUIResourceMetaUICsp=t{connectDomains?:[s],resourceDomains?:[s],frameDomains?:[s],baseUriDomains?:[s]}
ToolExecutionCompleteUIResourceMetaUIPermissionsCamera={}
ToolExecutionCompleteUIResourceMetaUIPermissionsMicrophone={}
ToolExecutionCompleteUIResourceMetaUIPermissionsGeolocation={}
ToolExecutionCompleteUIResourceMetaUIPermissionsClipboardWrite={}
ToolExecutionCompleteUIResourceMetaUIPermissions=t{camera?:@ToolExecutionCompleteUIResourceMetaUIPermissionsCamera,microphone?:@ToolExecutionCompleteUIResourceMetaUIPermissionsMicrophone,geolocation?:@ToolExecutionCompleteUIResourceMetaUIPermissionsGeolocation,clipboardWrite?:@ToolExecutionCompleteUIResourceMetaUIPermissionsClipboardWrite}
ToolExecutionCompleteUIResourceMetaUI=t{csp?:@ToolExecutionCompleteUIResourceMetaUICsp,permissions?:@ToolExecutionCompleteUIResourceMetaUIPermissions,domain?:s,prefersBorder?:b}
ToolExecutionCompleteUIResourceMeta=t{ui?:@ToolExecutionCompleteUIResourceMetaUI}
ToolExecutionCompleteUIResource=t{uri:s,mimeType:s,text?:s,blob?:s,_meta?:@ToolExecutionCompleteUIResourceMeta}
CitableSource=t{id:s,title?:s,content:s,url?:s,path?:s}
ToolExecutionCompleteResult=t{content:s,detailedContent?:s,contents?:[@ToolExecutionCompleteContent],binaryResultsForLlm?:[@PersistedBinaryResult],uiResource?:@ToolExecutionCompleteUIResource,structuredContent?:u,citableSources?:[@CitableSource],mcpMeta?:u}
ToolExecutionCompleteError=t{message:s,code?:s,remediation?:@RemediationAction}
ToolExecutionCompleteToolDescriptionMetaUIVisibility=O["model","app"]
ToolExecutionCompleteToolDescriptionMetaUI=t{resourceUri?:s,visibility?:[@ToolExecutionCompleteToolDescriptionMetaUIVisibility]}
ToolExecutionCompleteToolDescriptionMeta=t{ui?:@ToolExecutionCompleteToolDescriptionMetaUI}
ToolExecutionCompleteToolDescription=t{name:s,description?:s,_meta?:@ToolExecutionCompleteToolDescriptionMeta}
ToolExecutionCompleteShellExecution={exitCode:n}
ToolExecutionCompleteData=t{toolCallId:s,success:b,model?:s,mcpMeta?:u,interactionId?:s,rte?:b,isUserRequested?:b,result?:@ToolExecutionCompleteResult,error?:@ToolExecutionCompleteError,toolTelemetry?:Ru,turnId?:s,toolDescription?:@ToolExecutionCompleteToolDescription,sandboxed?:b,shellExecution?:@ToolExecutionCompleteShellExecution,parentToolCallId?:s,fusion?:@FusionAttribution}
ToolExecutionCompleteEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["tool.execution_complete"],data:@ToolExecutionCompleteData}
ToolSearchActivatedData={strategy:s,toolNames:[s]}
ToolSearchActivatedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["tool_search.activated"],data:@ToolSearchActivatedData}
SkillInvokedTrigger=O["user-invoked","agent-invoked","context-load"]
SkillInvokedData=t{name:s,model?:s,path:s,content:s,allowedTools?:[s],disableModelInvocation?:b,source?:s,pluginName?:s,pluginVersion?:s,description?:s,trigger?:@SkillInvokedTrigger}
SkillInvokedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["skill.invoked"],data:@SkillInvokedData}
SkillInvokedRefData=t{name:s,model?:s,path:s,contentId:s,contentLength:n,allowedTools?:[s],disableModelInvocation?:b,source?:s,pluginName?:s,pluginVersion?:s,description?:s,trigger?:@SkillInvokedTrigger}
SkillInvokedRefEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["skill.invoked_ref"],data:@SkillInvokedRefData}
SkillContextDeliveredData=t{content:s,source:s,interactionId?:s}
SkillContextDeliveredEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["skill.context_delivered"],data:@SkillContextDeliveredData}
SkillContextDeliveredRefData=t{contentId:s,prefix?:s,suffix?:s,source:s,interactionId?:s}
SkillContextDeliveredRefEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["skill.context_delivered_ref"],data:@SkillContextDeliveredRefData}
SandboxControl=O["process","filesystem","network","routing","bypass","credentials","platform"]
SandboxOutcome=O["resolved","inactive","engaged","succeeded","failed","degraded","denied","approved","declined"]
SandboxPlatform=O["macos","linux","windows","other"]
SandboxBackend=O["seatbelt","bubblewrap","process_container","unsupported"]
SandboxPolicySource=O["default_policy","user_policy"]
SandboxEnforcementPoint=O["shell","builtin_filesystem","search","web_fetch","mcp","lsp"]
SandboxProxyMode=O["none","loopback","external"]
SandboxFilesystemPolicyDetails={readwritePaths:[s],readonlyPaths:[s],deniedPaths:[s]}
SandboxDegradationReason=O["denied_paths_unsupported","unsupported_platform"]
SandboxAttestation=O["spawn_succeeded","unsupported","builtin_policy_checked"]
SandboxDenialClass=O["filesystem_read","filesystem_write","process_startup","registry_access","ipc_access","process_access","job_access","ui_access","service_access","network_outbound","network_local","network_host","other_access"]
SandboxDenialConfidence=O["captured","policy_corroborated","sandbox_reported","output_classified"]
SandboxBypassSource=O["model_requested","user_prompted","prompt_unavailable"]
SandboxDecisionData=|(t{control:@SandboxControl,outcome:@SandboxOutcome,toolCallId?:?s,platform:@SandboxPlatform,backend:@SandboxBackend,policySource:@SandboxPolicySource,enforcementPoint:@SandboxEnforcementPoint,readwritePathsCount:n,readonlyPathsCount:n,deniedPathsCount:n,addCurrentWorkingDirectory:b,allowOutbound:b,allowLocalNetwork:b,proxyMode:@SandboxProxyMode,allowBypass:b,gitAuth:b,ghAuth:b,keychainAccess:b,effectiveFilesystemPolicy?:?@SandboxFilesystemPolicyDetails,degradationReason?:?@SandboxDegradationReason,kind:L["policy_resolved"]},t{control:@SandboxControl,outcome:@SandboxOutcome,toolCallId?:?s,platform:@SandboxPlatform,backend:@SandboxBackend,enforcementPoint:@SandboxEnforcementPoint,durationMs:n,degradationReason?:?@SandboxDegradationReason,kind:L["spawn_completed"]},t{control:@SandboxControl,outcome:@SandboxOutcome,toolCallId?:?s,platform:@SandboxPlatform,backend:@SandboxBackend,enforcementPoint:@SandboxEnforcementPoint,attestation?:?@SandboxAttestation,command?:?s,kind:L["enforcement_state"]},t{control:@SandboxControl,outcome:@SandboxOutcome,toolCallId?:?s,platform:@SandboxPlatform,enforcementPoint:@SandboxEnforcementPoint,denialClass:@SandboxDenialClass,attestation:@SandboxAttestation,confidence?:?@SandboxDenialConfidence,deniedResource?:?s,command?:?s,processName?:?s,kind:L["access_denied"]},t{control:@SandboxControl,outcome:@SandboxOutcome,toolCallId?:?s,platform:@SandboxPlatform,enforcementPoint:@SandboxEnforcementPoint,source:@SandboxBypassSource,denialClass?:?@SandboxDenialClass,confidence?:?@SandboxDenialConfidence,deniedResource?:?s,command?:?s,processName?:?s,kind:L["bypass_decided"]},t{control:@SandboxControl,outcome:@SandboxOutcome,toolCallId?:?s,platform:@SandboxPlatform,enforcementPoint:@SandboxEnforcementPoint,source:@SandboxBypassSource,denialClass?:?@SandboxDenialClass,confidence?:?@SandboxDenialConfidence,deniedResource?:?s,command?:?s,processName?:?s,kind:L["permissive_retry_decided"]},t{control:@SandboxControl,outcome:@SandboxOutcome,toolCallId?:?s,platform:@SandboxPlatform,enforcementPoint:@SandboxEnforcementPoint,denialClass?:?@SandboxDenialClass,confidence?:?@SandboxDenialConfidence,deniedResource?:?s,command?:?s,processName?:?s,kind:L["permissive_retry_completed"]})
SandboxDecisionEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["sandbox.decision"],data:@SandboxDecisionData}
SubagentTaskModelSource=O["task_argument","subagent_configuration","custom_agent_definition","unset"]
SubagentModelSelectionSource=O["explicit_override","configured_required","configured_preference","complementary_default","session_inheritance","agent_definition_default","runtime_policy"]
SubagentStartedData=t{toolCallId:s,agentName:s,agentDisplayName:s,agentDescription:s,model?:s,taskModelSource?:@SubagentTaskModelSource,modelSelectionSource?:@SubagentModelSelectionSource,factoryRunId?:s,parentId?:s,resumable?:b,agentType?:s,executionMode?:s}
SubagentStartedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["subagent.started"],data:@SubagentStartedData}
SubagentConfiguredData=t{model:s,reasoningEffort?:s,contextTier?:s,multiTurn:b}
SubagentConfiguredEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["subagent.configured"],data:@SubagentConfiguredData}
SubagentCompletedData=t{toolCallId:s,agentName:s,agentDisplayName:s,model?:s,firstDispatchedModel?:s,configuredModelPreference?:s,explicitModelOverride?:s,explicitModelMatchesPreference?:b,modelOverrideReason?:s,modelSelectionSource?:@SubagentModelSelectionSource,configuredModelMatchesActual?:b,totalToolCalls?:n,totalTokens?:n,durationMs?:n,cancelled?:b}
SubagentCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["subagent.completed"],data:@SubagentCompletedData}
SubagentFailedData=t{toolCallId:s,agentName:s,agentDisplayName:s,error:s,model?:s,firstDispatchedModel?:s,configuredModelPreference?:s,explicitModelOverride?:s,explicitModelMatchesPreference?:b,modelOverrideReason?:s,modelSelectionSource?:@SubagentModelSelectionSource,configuredModelMatchesActual?:b,totalToolCalls?:n,totalTokens?:n,durationMs?:n}
SubagentFailedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["subagent.failed"],data:@SubagentFailedData}
SubagentSelectedData={agentName:s,agentDisplayName:s,tools:?[s]}
SubagentSelectedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["subagent.selected"],data:@SubagentSelectedData}
SubagentDeselectedData={}
SubagentDeselectedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["subagent.deselected"],data:@SubagentDeselectedData}
HookStartData=t{hookInvocationId:s,hookType:s,input?:u,parentToolCallId?:s}
HookStartEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["hook.start"],data:@HookStartData}
HookEndError=t{message:s,stack?:s,source?:s}
HookEndData=t{hookInvocationId:s,hookType:s,output?:u,success:b,error?:@HookEndError,parentToolCallId?:s}
HookEndEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["hook.end"],data:@HookEndData}
HookProgressData=t{message:s,temporary?:b}
HookProgressEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["hook.progress"],data:@HookProgressData}
BinaryAssetType=O["image","resource"]
BinaryAssetData=t{assetId:s,type:@BinaryAssetType,mimeType:s,byteLength:n,data:s,description?:s,metadata?:Ru}
BinaryAssetEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.binary_asset"],data:@BinaryAssetData}
SystemMessageRole=O["system","developer"]
SystemMessageMetadata=t{promptVersion?:s,variables?:Ru}
SystemMessageData=t{content:s,interactionId?:s,role:@SystemMessageRole,name?:s,metadata?:@SystemMessageMetadata}
SystemMessageEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["system.message"],data:@SystemMessageData}
SystemNotificationAgentCompletedStatus=O["completed","failed"]
SystemNotificationAgentCompleted=t{type:L["agent_completed"],agentId:s,displayName?:s,agentType:s,status:@SystemNotificationAgentCompletedStatus,description?:s,prompt?:s}
SystemNotificationAgentIdle=t{type:L["agent_idle"],agentId:s,displayName?:s,agentType:s,description?:s}
SystemNotificationNewInboxMessage={type:L["new_inbox_message"],entryId:s,senderName:s,senderType:s,summary:s}
SystemNotificationShellCompleted=t{type:L["shell_completed"],shellId:s,exitCode?:n,description?:s}
SystemNotificationShellDetachedCompleted=t{type:L["shell_detached_completed"],shellId:s,description?:s}
SystemNotificationInstructionDiscovered=t{type:L["instruction_discovered"],sourcePath:s,triggerFile:s,triggerTool:s,description?:s}
SystemNotificationFactoryCompletedStatus=O["completed","halted","paused","cancelled","error"]
SystemNotificationFactoryPauseInfo=|({type:L["user"]},{key:s,type:L["checkpoint"]})
SystemNotificationFactoryCompleted=t{type:L["factory_completed"],runId:s,factoryName:s,status:@SystemNotificationFactoryCompletedStatus,consumedSubagents:n,elapsedMs:n,consumedNanoAiu:n,attempt:n,resultPreview?:s,failure?:u,retryGuidance?:s,pauseInfo?:@SystemNotificationFactoryPauseInfo}
SystemNotificationUnclassified=t{type:L["unclassified"],metadata?:u}
SystemNotification=|(@SystemNotificationAgentCompleted,@SystemNotificationAgentIdle,@SystemNotificationNewInboxMessage,@SystemNotificationShellCompleted,@SystemNotificationShellDetachedCompleted,@SystemNotificationInstructionDiscovered,@SystemNotificationFactoryCompleted,@SystemNotificationUnclassified)
SystemNotificationData={content:s,kind:@SystemNotification}
SystemNotificationEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["system.notification"],data:@SystemNotificationData}
PermissionRequestShellCommand={identifier:s,readOnly:b}
PermissionRequestShellCommandSegment={identifier:s,fullCommandText:s}
PermissionRequestShellPossibleUrl={url:s}
PermissionRequestShell=t{kind:L["shell"],toolCallId?:s,managedApprovalRequired?:b,fullCommandText:s,intention:s,commands:[@PermissionRequestShellCommand],commandSegments?:[@PermissionRequestShellCommandSegment],possiblePaths:[s],resolvedWorkingDirectory?:s,resolvedPaths?:Rs,possibleUrls:[@PermissionRequestShellPossibleUrl],hasWriteFileRedirection:b,canOfferSessionApproval:b,warning?:s,requestSandboxBypass?:b,requestSandboxPermissive?:b,requestSandboxBypassReason?:s}
PermissionRequestWrite=t{kind:L["write"],toolCallId?:s,managedApprovalRequired?:b,intention:s,fileName:s,resolvedPath?:s,diff:s,newFileContents?:s,canOfferSessionApproval:b,requestSandboxBypass?:b,requestSandboxBypassReason?:s}
PermissionRequestRead=t{kind:L["read"],toolCallId?:s,managedApprovalRequired?:b,intention:s,path:s,resolvedPath?:s,requestSandboxBypass?:b,requestSandboxBypassReason?:s}
PermissionRecommendation=L["approve"]
PermissionRequestMcp=t{kind:L["mcp"],toolCallId?:s,serverName:s,toolName:s,toolTitle:s,args?:u,readOnly:b,permissionRecommendation?:@PermissionRecommendation}
PermissionRequestUrl=t{kind:L["url"],toolCallId?:s,managedApprovalRequired?:b,intention:s,url:s,redirectedFrom?:s,requestSandboxBypass?:b,requestSandboxBypassReason?:s}
PermissionRequestMemoryAction=O["store","vote"]
PermissionRequestMemoryDirection=O["upvote","downvote"]
PermissionRequestMemoryScope=O["repository","user"]
AssistedApprovalRecommendation=O["approve","requireApproval","excluded","error"]
AssistedApprovalJudgeFailureReason=O["timeout","abort","empty_response","model_error","parse_error"]
PermissionAssistedApproval=t{recommendation:@AssistedApprovalRecommendation,reason?:s,model?:s,failureReason?:@AssistedApprovalJudgeFailureReason}
PermissionRequestMemory=t{kind:L["memory"],toolCallId?:s,action?:@PermissionRequestMemoryAction,subject?:s,fact:s,citations?:s,direction?:@PermissionRequestMemoryDirection,reason?:s,scope?:@PermissionRequestMemoryScope,repoNwo?:s,assistedApproval?:@PermissionAssistedApproval}
PermissionRequestCustomTool=t{kind:L["custom-tool"],toolCallId?:s,toolName:s,toolDescription:s,args?:u,skipPermission?:b}
PermissionRequestHook=t{kind:L["hook"],toolCallId?:s,toolName:s,toolArgs?:u,hookMessage?:s}
PermissionRequestExtensionManagement=t{kind:L["extension-management"],toolCallId?:s,operation:s,extensionName?:s}
FactoryPermissionOperation=O["run","author"]
FactoryPermissionPhase=t{title:s,detail?:s}
PermissionRequestFactory=t{kind:L["factory"],toolCallId?:s,operation:@FactoryPermissionOperation,name:s,description:s,phases:[@FactoryPermissionPhase],maxConcurrentSubagents?:n,maxTotalSubagents?:n,timeoutSeconds?:n,maxAiCredits?:n,declaredMaxConcurrentSubagents?:n,declaredMaxTotalSubagents?:n,declaredTimeoutSeconds?:n,declaredMaxAiCredits?:n,approvalKey:s,canPersistApproval:b}
PermissionRequestExtensionPermissionAccess=t{kind:L["extension-permission-access"],toolCallId?:s,extensionName:s,capabilities:[s]}
PermissionRequestExtensionEnvAccess=t{kind:L["extension-env-access"],toolCallId?:s,extensionName:s,environmentVariables:[s]}
PermissionRequest=|(@PermissionRequestShell,@PermissionRequestWrite,@PermissionRequestRead,@PermissionRequestMcp,@PermissionRequestUrl,@PermissionRequestMemory,@PermissionRequestCustomTool,@PermissionRequestHook,@PermissionRequestExtensionManagement,@PermissionRequestFactory,@PermissionRequestExtensionPermissionAccess,@PermissionRequestExtensionEnvAccess)
PermissionPromptRequestCommands=t{kind:L["commands"],toolCallId?:s,fullCommandText:s,intention:s,commandIdentifiers:[s],canOfferSessionApproval:b,warning?:s,assistedApproval?:@PermissionAssistedApproval,managedApprovalRequired?:b,requestSandboxBypass?:b,requestSandboxPermissive?:b,requestSandboxBypassReason?:s}
PermissionPromptRequestWrite=t{kind:L["write"],toolCallId?:s,intention:s,fileName:s,resolvedPath?:s,diff:s,newFileContents?:s,canOfferSessionApproval:b,assistedApproval?:@PermissionAssistedApproval,managedApprovalRequired?:b}
PermissionPromptRequestRead=t{kind:L["read"],toolCallId?:s,intention:s,path:s,resolvedPath?:s,assistedApproval?:@PermissionAssistedApproval,managedApprovalRequired?:b}
PermissionPromptRequestMcp=t{kind:L["mcp"],toolCallId?:s,serverName:s,toolName:s,toolTitle:s,args?:u,permissionRecommendation?:@PermissionRecommendation,assistedApproval?:@PermissionAssistedApproval,canOfferServerWideApproval?:b}
PermissionPromptRequestUrl=t{kind:L["url"],toolCallId?:s,intention:s,url:s,redirectedFrom?:s,requestSandboxBypass?:b,requestSandboxBypassReason?:s,assistedApproval?:@PermissionAssistedApproval,managedApprovalRequired?:b}
PermissionPromptRequestMemory=t{kind:L["memory"],toolCallId?:s,action?:@PermissionRequestMemoryAction,subject?:s,fact:s,citations?:s,direction?:@PermissionRequestMemoryDirection,reason?:s,assistedApproval?:@PermissionAssistedApproval}
PermissionPromptRequestCustomTool=t{kind:L["custom-tool"],toolCallId?:s,toolName:s,toolDescription:s,args?:u,assistedApproval?:@PermissionAssistedApproval}
PermissionPromptRequestPathAccessKind=O["read","shell","write"]
PermissionPromptRequestPath=t{kind:L["path"],toolCallId?:s,accessKind:@PermissionPromptRequestPathAccessKind,paths:[s],assistedApproval?:@PermissionAssistedApproval}
PermissionPromptRequestHook=t{kind:L["hook"],toolCallId?:s,toolName:s,toolArgs?:u,hookMessage?:s,assistedApproval?:@PermissionAssistedApproval}
PermissionPromptRequestExtensionManagement=t{kind:L["extension-management"],toolCallId?:s,operation:s,extensionName?:s,assistedApproval?:@PermissionAssistedApproval}
PermissionPromptRequestFactory=t{kind:L["factory"],toolCallId?:s,operation:@FactoryPermissionOperation,name:s,description:s,phases:[@FactoryPermissionPhase],maxConcurrentSubagents?:n,maxTotalSubagents?:n,timeoutSeconds?:n,maxAiCredits?:n,declaredMaxConcurrentSubagents?:n,declaredMaxTotalSubagents?:n,declaredTimeoutSeconds?:n,declaredMaxAiCredits?:n,approvalKey:s,canPersistApproval:b,assistedApproval?:@PermissionAssistedApproval,managedApprovalRequired?:b}
PermissionPromptRequestExtensionPermissionAccess=t{kind:L["extension-permission-access"],toolCallId?:s,extensionName:s,capabilities:[s],assistedApproval?:@PermissionAssistedApproval}
PermissionPromptRequestExtensionEnvAccess=t{kind:L["extension-env-access"],toolCallId?:s,extensionName:s,environmentVariables:[s],assistedApproval?:@PermissionAssistedApproval}
PermissionPromptRequest=|(@PermissionPromptRequestCommands,@PermissionPromptRequestWrite,@PermissionPromptRequestRead,@PermissionPromptRequestMcp,@PermissionPromptRequestUrl,@PermissionPromptRequestMemory,@PermissionPromptRequestCustomTool,@PermissionPromptRequestPath,@PermissionPromptRequestHook,@PermissionPromptRequestExtensionManagement,@PermissionPromptRequestFactory,@PermissionPromptRequestExtensionPermissionAccess,@PermissionPromptRequestExtensionEnvAccess)
PermissionRequestedData=t{requestId:s,permissionRequest:@PermissionRequest,promptRequest?:@PermissionPromptRequest,agentMode?:@SessionMode,riskAssessment?:u,resolvedByHook?:b}
PermissionRequestedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["permission.requested"],data:@PermissionRequestedData}
PermissionApproved=t{kind:L["approved"],managedApprovalHandled?:b}
UserToolSessionApprovalCommands={kind:L["commands"],commandIdentifiers:[s]}
UserToolSessionApprovalRead={kind:L["read"]}
UserToolSessionApprovalWrite={kind:L["write"]}
UserToolSessionApprovalMcp={kind:L["mcp"],serverName:s,toolName:?s}
UserToolSessionApprovalMemory={kind:L["memory"]}
UserToolSessionApprovalCustomTool={kind:L["custom-tool"],toolName:s}
UserToolSessionApprovalExtensionManagement=t{kind:L["extension-management"],operation?:s}
UserToolSessionApprovalFactory=t{kind:L["factory"],approvalKey?:s}
UserToolSessionApprovalExtensionPermissionAccess={kind:L["extension-permission-access"],extensionName:s}
UserToolSessionApprovalExtensionEnvAccess={kind:L["extension-env-access"],extensionName:s,environmentVariables:[s]}
UserToolSessionApproval=|(@UserToolSessionApprovalCommands,@UserToolSessionApprovalRead,@UserToolSessionApprovalWrite,@UserToolSessionApprovalMcp,@UserToolSessionApprovalMemory,@UserToolSessionApprovalCustomTool,@UserToolSessionApprovalExtensionManagement,@UserToolSessionApprovalFactory,@UserToolSessionApprovalExtensionPermissionAccess,@UserToolSessionApprovalExtensionEnvAccess)
PermissionApprovedForSession=t{kind:L["approved-for-session"],approval:@UserToolSessionApproval,managedApprovalHandled?:b}
PermissionApprovedForLocation=t{kind:L["approved-for-location"],approval:@UserToolSessionApproval,locationKey:s,managedApprovalHandled?:b}
PermissionCancelled=t{kind:L["cancelled"],reason?:s}
PermissionRule={kind:s,argument:?s}
PermissionDeniedByRules={kind:L["denied-by-rules"],rules:[@PermissionRule]}
PermissionDeniedNoApprovalRuleAndCouldNotRequestFromUser={kind:L["denied-no-approval-rule-and-could-not-request-from-user"]}
PermissionDeniedInteractivelyByUser=t{kind:L["denied-interactively-by-user"],feedback?:s,forceReject?:b}
PermissionDeniedByContentExclusionPolicy={kind:L["denied-by-content-exclusion-policy"],path:s,message:s}
PermissionDeniedByPermissionRequestHook=t{kind:L["denied-by-permission-request-hook"],message?:s,interrupt?:b}
PermissionResult=|(@PermissionApproved,@PermissionApprovedForSession,@PermissionApprovedForLocation,@PermissionCancelled,@PermissionDeniedByRules,@PermissionDeniedNoApprovalRuleAndCouldNotRequestFromUser,@PermissionDeniedInteractivelyByUser,@PermissionDeniedByContentExclusionPolicy,@PermissionDeniedByPermissionRequestHook)
PermissionDecisionSource=O["assisted_approval","human_response","host_policy","unattended_fallback","authorization_carry_forward"]
PermissionCompletedData=t{requestId:s,toolCallId?:s,result:@PermissionResult,decisionSource?:@PermissionDecisionSource}
PermissionCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["permission.completed"],data:@PermissionCompletedData}
PermissionCarriedForwardData={requestId:s,toolCallId:s,recordId:s,decisionSource:@PermissionDecisionSource}
PermissionCarriedForwardEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["permission.carriedForward"],data:@PermissionCarriedForwardData}
PermissionMessageAuthorizationPolarity=O["grant","denial"]
PermissionMessageAuthorizationData=t{recordId:s,turnIndex:n,polarity:@PermissionMessageAuthorizationPolarity,actionClass:s,spanStart:n,spanEnd:n,targetMembers?:[s],task?:s,world?:u}
PermissionMessageAuthorizationEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["permission.messageAuthorization"],data:@PermissionMessageAuthorizationData}
PermissionMessageAuthorizationReadData=t{turnIndex:n,activatesExtraction?:b}
PermissionMessageAuthorizationReadEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["permission.messageAuthorizationRead"],data:@PermissionMessageAuthorizationReadData}
PermissionMessageAuthorizationDegradedData={turnIndex:n}
PermissionMessageAuthorizationDegradedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["permission.messageAuthorizationDegraded"],data:@PermissionMessageAuthorizationDegradedData}
PermissionAssentDetectedData={requestId:s,turnIndex:n}
PermissionAssentDetectedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["permission.assentDetected"],data:@PermissionAssentDetectedData}
PermissionContextualAuthorizationData={recordId:s,requestId:s,turnIndex:n,polarity:@PermissionMessageAuthorizationPolarity,spanStart:n,spanEnd:n}
PermissionContextualAuthorizationEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["permission.contextualAuthorization"],data:@PermissionContextualAuthorizationData}
UserInputRequestedData=t{requestId:s,question:s,choices?:[s],allowFreeform?:b,toolCallId?:s}
UserInputRequestedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["user_input.requested"],data:@UserInputRequestedData}
UserInputCompletedData=t{requestId:s,answer?:s,wasFreeform?:b}
UserInputCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["user_input.completed"],data:@UserInputCompletedData}
ElicitationRequestedMode=O["form","url"]
ElicitationRequestedSchema=t{type:L["object"],properties:Ru,required?:[s]}
ElicitationRequestedData=t{requestId:s,toolCallId?:s,elicitationSource?:s,message:s,mode?:@ElicitationRequestedMode,requestedSchema?:@ElicitationRequestedSchema,url?:s}
ElicitationRequestedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["elicitation.requested"],data:@ElicitationRequestedData}
ElicitationCompletedAction=O["accept","decline","cancel"]
ElicitationCompletedContent=u
ElicitationCompletedData=t{requestId:s,action?:@ElicitationCompletedAction,content?:R@ElicitationCompletedContent}
ElicitationCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["elicitation.completed"],data:@ElicitationCompletedData}
SamplingRequestedData={requestId:s,serverName:s,mcpRequestId:u}
SamplingRequestedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["sampling.requested"],data:@SamplingRequestedData}
SamplingCompletedData={requestId:s}
SamplingCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["sampling.completed"],data:@SamplingCompletedData}
McpOauthRequiredStaticClientConfig=t{clientId:s,clientSecret?:s,publicClient?:b,grantType?:L["client_credentials"]}
McpOauthWWWAuthenticateParams=t{resourceMetadataUrl?:s,scope?:s,error?:s}
HeaderEntry={name:s,value:s}
McpOauthHttpResponse=t{statusCode:n,headers:[@HeaderEntry],body?:s}
McpOauthRequestReason=O["initial","refresh","reauth","upscope"]
McpOauthRequiredData=t{requestId:s,serverName:s,serverUrl:s,staticClientConfig?:@McpOauthRequiredStaticClientConfig,wwwAuthenticateParams?:@McpOauthWWWAuthenticateParams,httpResponse?:@McpOauthHttpResponse,resourceMetadata?:s,reason:@McpOauthRequestReason}
McpOauthRequiredEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["mcp.oauth_required"],data:@McpOauthRequiredData}
McpOauthCompletionOutcome=O["token","cancelled"]
McpOauthCompletedData={requestId:s,outcome:@McpOauthCompletionOutcome}
McpOauthCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["mcp.oauth_completed"],data:@McpOauthCompletedData}
McpHeadersRefreshRequiredReason=O["startup","ttl-expired","auth-failed"]
McpHeadersRefreshRequiredData={requestId:s,serverName:s,serverUrl:s,reason:@McpHeadersRefreshRequiredReason}
McpHeadersRefreshRequiredEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["mcp.headers_refresh_required"],data:@McpHeadersRefreshRequiredData}
McpHeadersRefreshCompletedOutcome=O["headers","none","error","timeout"]
McpHeadersRefreshCompletedData={requestId:s,outcome:@McpHeadersRefreshCompletedOutcome}
McpHeadersRefreshCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["mcp.headers_refresh_completed"],data:@McpHeadersRefreshCompletedData}
CustomNotificationSubject=Rs
CustomNotificationPayload=u
CustomNotificationData=t{source:s,name:s,version?:n,subject?:@CustomNotificationSubject,payload:@CustomNotificationPayload}
CustomNotificationEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.custom_notification"],data:@CustomNotificationData}
UIEphemeralQueryPhase=O["started","chunk","completed","failed","aborted"]
UIEphemeralQueryData=t{requestId:s,phase:@UIEphemeralQueryPhase,chunk?:s,answer?:s,error?:s}
UIEphemeralQueryEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["ui.ephemeral_query"],data:@UIEphemeralQueryData}
ExternalToolRequestedData=t{requestId:s,sessionId:s,toolCallId:s,toolName:s,providerId?:?s,arguments?:u,workingDirectory?:s,traceparent?:s,tracestate?:s}
ExternalToolRequestedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["external_tool.requested"],data:@ExternalToolRequestedData}
ExternalToolCompletedData={requestId:s}
ExternalToolCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:L[true],agentId?:s,type:L["external_tool.completed"],data:@ExternalToolCompletedData}
CommandQueuedData={requestId:s,command:s}
CommandQueuedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["command.queued"],data:@CommandQueuedData}
CommandExecuteData={requestId:s,command:s,commandName:s,args:s}
CommandExecuteEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["command.execute"],data:@CommandExecuteData}
CommandCompletedData={requestId:s}
CommandCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["command.completed"],data:@CommandCompletedData}
AutoModeSwitchRequestedData=t{requestId:s,errorCode?:s,retryAfterSeconds?:n}
AutoModeSwitchRequestedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["auto_mode_switch.requested"],data:@AutoModeSwitchRequestedData}
AutoModeSwitchResponse=O["yes","yes_always","no"]
AutoModeSwitchCompletedData={requestId:s,response:@AutoModeSwitchResponse}
AutoModeSwitchCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["auto_mode_switch.completed"],data:@AutoModeSwitchCompletedData}
SessionLimitsExhaustedRequestedData={requestId:s,usedAiCredits:n,maxAiCredits:n}
SessionLimitsExhaustedRequestedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session_limits_exhausted.requested"],data:@SessionLimitsExhaustedRequestedData}
SessionLimitsExhaustedResponseAction=O["add","set","unset","cancel"]
SessionLimitsExhaustedResponse=t{action:@SessionLimitsExhaustedResponseAction,additionalAiCredits?:n,maxAiCredits?:n}
SessionLimitsExhaustedCompletedData={requestId:s,response:@SessionLimitsExhaustedResponse}
SessionLimitsExhaustedCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session_limits_exhausted.completed"],data:@SessionLimitsExhaustedCompletedData}
AutoModeResolvedReasoningBucket=O["low","medium","high"]
AutoModeResolvedData=t{chosenModel:s,reasoningBucket?:@AutoModeResolvedReasoningBucket,categoryScores?:Rn,predictedLabel?:s,confidence?:n,candidateModels?:[s],routingMethod?:s,availableModels?:[s],fallback?:b,fallbackReason?:s,stickyOverride?:b,routerLatencyMs?:n,endToEndLatencyMs?:n,chosenShortfall?:n,hasImage?:b}
AutoModeResolvedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.auto_mode_resolved"],data:@AutoModeResolvedData}
ManagedSettingsResolvedSource=O["server","device","client","policyHelper","mixed","none"]
ManagedSettingsResolvedData=t{source:@ManagedSettingsResolvedSource,serverManaged:b,deviceManaged:b,clientManaged?:b,policyHelperManaged?:b,failClosed:b,sandboxEnabledByUndeterminedPolicy?:b,bypassPermissionsDisabled:b,permissionsAllowIntersected?:b,managedKeys:[s],settings?:u}
ManagedSettingsResolvedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.managed_settings_resolved"],data:@ManagedSettingsResolvedData}
ManagedSettingsEnforcedAction=L["bypass_permissions_blocked"]
ManagedSettingsEnforcedEscalation=O["allow_all","approve_all","assisted_approval","unrestricted_paths","unrestricted_urls","server_wide_mcp_approval"]
ManagedSettingsEnforcedData=t{action:@ManagedSettingsEnforcedAction,escalation?:@ManagedSettingsEnforcedEscalation,setting:s,failClosed:b,message:s}
ManagedSettingsEnforcedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.managed_settings_enforced"],data:@ManagedSettingsEnforcedData}
CommandsChangedCommand=t{name:s,description?:s}
CommandsChangedData={commands:[@CommandsChangedCommand]}
CommandsChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["commands.changed"],data:@CommandsChangedData}
CapabilitiesChangedUI=t{elicitation?:b,mcpApps?:b,canvases?:b}
CapabilitiesChangedData=t{ui?:@CapabilitiesChangedUI}
CapabilitiesChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["capabilities.changed"],data:@CapabilitiesChangedData}
ExitPlanModeAction=O["exit_only","interactive","autopilot","autopilot_fleet"]
ExitPlanModeRequestedData=t{requestId:s,summary:s,planContent:s,actions:[@ExitPlanModeAction],recommendedAction:@ExitPlanModeAction,model?:s}
ExitPlanModeRequestedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["exit_plan_mode.requested"],data:@ExitPlanModeRequestedData}
ExitPlanModeCompletedData=t{requestId:s,approved?:b,selectedAction?:@ExitPlanModeAction,autoApproveEdits?:b,feedback?:s}
ExitPlanModeCompletedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["exit_plan_mode.completed"],data:@ExitPlanModeCompletedData}
ToolsUpdatedData={model:s}
ToolsUpdatedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.tools_updated"],data:@ToolsUpdatedData}
BackgroundTasksChangedData={}
BackgroundTasksChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.background_tasks_changed"],data:@BackgroundTasksChangedData}
FactoryRunUpdatedData={runId:s,revision:n}
FactoryRunUpdatedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["factory.run_updated"],data:@FactoryRunUpdatedData}
FactoryRunStartedData={runId:s,factoryName:s,attempt:n}
FactoryRunStartedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["factory.run_started"],data:@FactoryRunStartedData}
FactoryRunSettledStatus=O["completed","halted","paused","cancelled","error"]
FactoryRunSettledData=t{runId:s,status:@FactoryRunSettledStatus,consumedSubagents:n,consumedNanoAiu:n,elapsedMs:n,failureType?:s}
FactoryRunSettledEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["factory.run_settled"],data:@FactoryRunSettledData}
SkillSource=O["project","inherited","personal-copilot","personal-agents","plugin","custom","builtin","sdk"]
SkillsLoadedSkill=t{name:s,commandName?:s,description:s,source:@SkillSource,userInvocable:b,enabled:b,path?:s,argumentHint?:s}
SkillsLoadedData={skills:[@SkillsLoadedSkill]}
SkillsLoadedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.skills_loaded"],data:@SkillsLoadedData}
AgentModelPolicy=O["preferred","required"]
CustomAgentsUpdatedAgent=t{id:s,name:s,displayName:s,description:s,source:s,tools:?[s],userInvocable:b,disableModelInvocation?:b,model?:s,models?:[s],modelPolicy?:@AgentModelPolicy}
CustomAgentsUpdatedData={agents:[@CustomAgentsUpdatedAgent],warnings:[s],errors:[s]}
CustomAgentsUpdatedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.custom_agents_updated"],data:@CustomAgentsUpdatedData}
McpServerStatus=O["connected","failed","needs-auth","pending","disabled","stopped","not_configured"]
McpServerMetadata={instructions:?s}
McpServersLoadedServer=t{name:s,status:@McpServerStatus,source?:@McpServerSource,displayName?:s,error?:s,serverMetadata?:@McpServerMetadata,transport?:@McpServerTransport,pluginName?:s,pluginVersion?:s}
McpServersLoadedData={servers:[@McpServersLoadedServer]}
McpServersLoadedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.mcp_servers_loaded"],data:@McpServersLoadedData}
McpServerStatusChangedData=t{serverName:s,status:@McpServerStatus,error?:s}
McpServerStatusChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.mcp_server_status_changed"],data:@McpServerStatusChangedData}
McpServerRemovedData={serverName:s}
McpServerRemovedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.mcp_server_removed"],data:@McpServerRemovedData}
McpServerNeedsReconnectData={serverName:s}
McpServerNeedsReconnectEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.mcp_server_needs_reconnect"],data:@McpServerNeedsReconnectData}
McpListChangedData={serverName:s}
McpToolsListChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["mcp.tools.list_changed"],data:@McpListChangedData}
McpResourcesListChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["mcp.resources.list_changed"],data:@McpListChangedData}
McpPromptsListChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["mcp.prompts.list_changed"],data:@McpListChangedData}
ExtensionsLoadedExtensionSource=O["project","user","plugin","session"]
ExtensionsLoadedExtensionStatus=O["running","disabled","failed","starting"]
ExtensionsLoadedExtension={id:s,name:s,source:@ExtensionsLoadedExtensionSource,status:@ExtensionsLoadedExtensionStatus}
ExtensionsLoadedData={extensions:[@ExtensionsLoadedExtension]}
ExtensionsLoadedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.extensions_loaded"],data:@ExtensionsLoadedData}
CanvasOpenedData=t{instanceId:s,extensionId:s,extensionName?:s,canvasId:s,icon?:s,title?:s,status?:s,url?:s,input?:u}
CanvasOpenedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.canvas.opened"],data:@CanvasOpenedData}
CanvasRegistryChangedCanvasAction=t{name:s,description?:s,inputSchema?:u}
CanvasRegistryChangedCanvas=t{extensionId:s,extensionName?:s,canvasId:s,displayName:s,description:s,icon?:s,inputSchema?:u,actions?:[@CanvasRegistryChangedCanvasAction]}
CanvasRegistryChangedData={canvases:[@CanvasRegistryChangedCanvas]}
CanvasRegistryChangedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.canvas.registry_changed"],data:@CanvasRegistryChangedData}
CanvasClosedData={instanceId:s,extensionId:s,canvasId:s}
CanvasClosedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.canvas.closed"],data:@CanvasClosedData}
CanvasUnavailableData={instanceId:s,extensionId:s,canvasId:s}
CanvasUnavailableEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.canvas.unavailable"],data:@CanvasUnavailableData}
CanvasRecordedData=t{instanceId:s,extensionId:s,canvasId:s,title?:s,input?:u}
CanvasRecordedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.canvas.recorded"],data:@CanvasRecordedData}
CanvasRemovedData={instanceId:s,extensionId:s,canvasId:s}
CanvasRemovedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral?:b,agentId?:s,type:L["session.canvas.removed"],data:@CanvasRemovedData}
ExtensionsAttachmentsPushedData={attachments:[@Attachment]}
ExtensionsAttachmentsPushedEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["session.extensions.attachments_pushed"],data:@ExtensionsAttachmentsPushedData}
McpAppToolCallCompleteError={message:s}
McpAppToolCallCompleteToolMetaUI=t{resourceUri?:s,visibility?:[s]}
McpAppToolCallCompleteToolMeta=t{ui?:@McpAppToolCallCompleteToolMetaUI}
McpAppToolCallCompleteData=t{serverName:s,toolName:s,arguments?:Ru,success:b,durationMs:n,result?:Ru,error?:@McpAppToolCallCompleteError,toolMeta?:@McpAppToolCallCompleteToolMeta}
McpAppToolCallCompleteEvent=t{id:s,timestamp:d,parentId:?s,ephemeral:L[true],agentId?:s,type:L["mcp_app.tool_call_complete"],data:@McpAppToolCallCompleteData}
*eventSchemas
session.start=StartEvent
session.resume=ResumeEvent
session.remote_steerable_changed=RemoteSteerableChangedEvent
session.error=ErrorEvent
session.idle=IdleEvent
session.title_changed=TitleChangedEvent
session.schedule_created=ScheduleCreatedEvent
session.schedule_cancelled=ScheduleCancelledEvent
session.schedule_rearmed=ScheduleRearmedEvent
session.autopilot_objective_changed=AutopilotObjectiveChangedEvent
session.info=InfoEvent
session.warning=WarningEvent
session.model_change=ModelChangeEvent
session.auto_tier_recommendation=AutoTierRecommendationEvent
session.auto_tier_switch_failed=AutoTierSwitchFailedEvent
session.mode_changed=ModeChangedEvent
session.mode_notice_delivered=ModeNoticeDeliveredEvent
session.session_limits_changed=SessionLimitsChangedEvent
session.permissions_changed=PermissionsChangedEvent
session.plan_changed=PlanChangedEvent
session.todos_changed=TodosChangedEvent
session.memory_changed=MemoryChangedEvent
session.workspace_file_changed=WorkspaceFileChangedEvent
session.handoff=HandoffEvent
session.truncation=TruncationEvent
session.snapshot_rewind=SnapshotRewindEvent
session.shutdown=ShutdownEvent
session.usage_checkpoint=UsageCheckpointEvent
session.context_changed=ContextChangedEvent
session.usage_info=UsageInfoEvent
session.context_cleared=ContextClearedEvent
session.compaction_start=CompactionStartEvent
session.compaction_complete=CompactionCompleteEvent
session.task_complete=TaskCompleteEvent
session.completion_receipt=CompletionReceiptEvent
session.fusion_route_started=FusionRouteStartedEvent
session.fusion_route_failed=FusionRouteFailedEvent
session.fusion_resolved=FusionResolvedEvent
session.fusion_handoff=FusionHandoffEvent
session.fusion_commit_started=FusionCommitStartedEvent
session.fusion_completed=FusionCompletedEvent
user.message=UserMessageEvent
pending_messages.modified=PendingMessagesModifiedEvent
assistant.turn_start=AssistantTurnStartEvent
assistant.turn_retry=AssistantTurnRetryEvent
agent.interrupted=AgentInterruptedEvent
assistant.intent=AssistantIntentEvent
assistant.fusion_phase_started=AssistantFusionPhaseStartedEvent
assistant.fusion_phase_activity=AssistantFusionPhaseActivityEvent
assistant.fusion_phase_completed=AssistantFusionPhaseCompletedEvent
assistant.fusion_phase_failed=AssistantFusionPhaseFailedEvent
assistant.server_tool_progress=AssistantServerToolProgressEvent
assistant.reasoning=AssistantReasoningEvent
assistant.reasoning_delta=AssistantReasoningDeltaEvent
assistant.tool_call_delta=AssistantToolCallDeltaEvent
assistant.streaming_delta=AssistantStreamingDeltaEvent
assistant.message=AssistantMessageEvent
assistant.message_start=AssistantMessageStartEvent
assistant.message_delta=AssistantMessageDeltaEvent
assistant.turn_end=AssistantTurnEndEvent
assistant.idle=AssistantIdleEvent
assistant.usage=AssistantUsageEvent
prompt_cache_break=PromptCacheBreakEvent
model.call_failure=ModelCallFailureEvent
model.call_finished=ModelCallFinishedEvent
model.call_start=ModelCallStartEvent
abort=AbortEvent
tool.user_requested=ToolUserRequestedEvent
tool.execution_start=ToolExecutionStartEvent
tool.execution_partial_result=ToolExecutionPartialResultEvent
tool.execution_progress=ToolExecutionProgressEvent
tool.execution_complete=ToolExecutionCompleteEvent
tool_search.activated=ToolSearchActivatedEvent
skill.invoked=SkillInvokedEvent
skill.invoked_ref=SkillInvokedRefEvent
skill.context_delivered=SkillContextDeliveredEvent
skill.context_delivered_ref=SkillContextDeliveredRefEvent
sandbox.decision=SandboxDecisionEvent
subagent.started=SubagentStartedEvent
subagent.configured=SubagentConfiguredEvent
subagent.completed=SubagentCompletedEvent
subagent.failed=SubagentFailedEvent
subagent.selected=SubagentSelectedEvent
subagent.deselected=SubagentDeselectedEvent
hook.start=HookStartEvent
hook.end=HookEndEvent
hook.progress=HookProgressEvent
session.binary_asset=BinaryAssetEvent
system.message=SystemMessageEvent
system.notification=SystemNotificationEvent
permission.requested=PermissionRequestedEvent
permission.completed=PermissionCompletedEvent
permission.carriedForward=PermissionCarriedForwardEvent
permission.messageAuthorization=PermissionMessageAuthorizationEvent
permission.messageAuthorizationRead=PermissionMessageAuthorizationReadEvent
permission.messageAuthorizationDegraded=PermissionMessageAuthorizationDegradedEvent
permission.assentDetected=PermissionAssentDetectedEvent
permission.contextualAuthorization=PermissionContextualAuthorizationEvent
user_input.requested=UserInputRequestedEvent
user_input.completed=UserInputCompletedEvent
elicitation.requested=ElicitationRequestedEvent
elicitation.completed=ElicitationCompletedEvent
sampling.requested=SamplingRequestedEvent
sampling.completed=SamplingCompletedEvent
mcp.oauth_required=McpOauthRequiredEvent
mcp.oauth_completed=McpOauthCompletedEvent
mcp.headers_refresh_required=McpHeadersRefreshRequiredEvent
mcp.headers_refresh_completed=McpHeadersRefreshCompletedEvent
session.custom_notification=CustomNotificationEvent
ui.ephemeral_query=UIEphemeralQueryEvent
external_tool.requested=ExternalToolRequestedEvent
external_tool.completed=ExternalToolCompletedEvent
command.queued=CommandQueuedEvent
command.execute=CommandExecuteEvent
command.completed=CommandCompletedEvent
auto_mode_switch.requested=AutoModeSwitchRequestedEvent
auto_mode_switch.completed=AutoModeSwitchCompletedEvent
session_limits_exhausted.requested=SessionLimitsExhaustedRequestedEvent
session_limits_exhausted.completed=SessionLimitsExhaustedCompletedEvent
session.auto_mode_resolved=AutoModeResolvedEvent
session.managed_settings_resolved=ManagedSettingsResolvedEvent
session.managed_settings_enforced=ManagedSettingsEnforcedEvent
commands.changed=CommandsChangedEvent
capabilities.changed=CapabilitiesChangedEvent
exit_plan_mode.requested=ExitPlanModeRequestedEvent
exit_plan_mode.completed=ExitPlanModeCompletedEvent
session.tools_updated=ToolsUpdatedEvent
session.background_tasks_changed=BackgroundTasksChangedEvent
factory.run_updated=FactoryRunUpdatedEvent
factory.run_started=FactoryRunStartedEvent
factory.run_settled=FactoryRunSettledEvent
session.skills_loaded=SkillsLoadedEvent
session.custom_agents_updated=CustomAgentsUpdatedEvent
session.mcp_servers_loaded=McpServersLoadedEvent
session.mcp_server_status_changed=McpServerStatusChangedEvent
session.mcp_server_removed=McpServerRemovedEvent
session.mcp_server_needs_reconnect=McpServerNeedsReconnectEvent
mcp.tools.list_changed=McpToolsListChangedEvent
mcp.resources.list_changed=McpResourcesListChangedEvent
mcp.prompts.list_changed=McpPromptsListChangedEvent
session.extensions_loaded=ExtensionsLoadedEvent
session.canvas.opened=CanvasOpenedEvent
session.canvas.registry_changed=CanvasRegistryChangedEvent
session.canvas.closed=CanvasClosedEvent
session.canvas.unavailable=CanvasUnavailableEvent
session.canvas.recorded=CanvasRecordedEvent
session.canvas.removed=CanvasRemovedEvent
session.extensions.attachments_pushed=ExtensionsAttachmentsPushedEvent
mcp_app.tool_call_complete=McpAppToolCallCompleteEvent
+sessionEventTypes=eventSchemas
`)
