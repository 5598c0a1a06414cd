/**
 * Client options that act on the connection once it is up: the trusted
 * built-in plugin directories (`plugins.builtin.set`), the model provider
 * (`llmInference.setProvider`); and the runtime's telemetry environment.
 *
 * @internal
 */
import { Duration, Effect } from "effect"
import * as Path from "node:path"
import { ConnectionFailed, InvalidConfig } from "./errors.js"
import { Methods } from "../generated/Methods.js"
import type * as Protocol from "./jsonrpc/Protocol.js"

/** The built-in plugin directories must be absolute: the runtime resolves them in its own working directory. */
export const validateBuiltinPluginDirectories = (
  directories: ReadonlyArray<string> | undefined
): Effect.Effect<void, InvalidConfig> => {
  const relative = (directories ?? []).filter((directory) => !Path.isAbsolute(directory))
  return relative.length === 0
    ? Effect.void
    : Effect.fail(new InvalidConfig({
      message: `builtinPluginDirectories must be absolute paths; not absolute: ${relative.join(", ")}`
    }))
}

/**
 * Registers the built-in plugin directories before any session exists; a
 * refusal fails start-up, since sessions would start without the plugins.
 */
export const registerBuiltinPluginDirectories = (
  protocol: Protocol.Protocol,
  directories: ReadonlyArray<string> | undefined,
  timeout: Duration.Duration
): Effect.Effect<void, ConnectionFailed> =>
  directories === undefined || directories.length === 0
    ? Effect.void
    : protocol.call(Methods.PluginsBuiltinSet, { paths: directories }).pipe(
      Effect.mapError((error) =>
        new ConnectionFailed({
          message: `the runtime refused the built-in plugin directories (plugins.builtin.set): ${error.message}`,
          cause: error
        })
      ),
      Effect.timeoutFail({
        duration: timeout,
        onTimeout: () =>
          new ConnectionFailed({ message: `plugins.builtin.set got no answer within ${Duration.format(timeout)}` })
      })
    )

/**
 * The runtime's OpenTelemetry export, as environment variables of a spawned
 * runtime (`COPILOT_OTEL_*`, `OTEL_*`).
 */
export interface TelemetryOptions {
  /** `"otlp-http"` (to {@link otlpEndpoint}) or `"file"` (JSON lines to {@link filePath}); COPILOT_OTEL_EXPORTER_TYPE. */
  readonly exporter?: "otlp-http" | "file" | undefined
  /** The OTLP HTTP endpoint; OTEL_EXPORTER_OTLP_ENDPOINT. */
  readonly otlpEndpoint?: string | undefined
  /** The OTLP HTTP encoding; OTEL_EXPORTER_OTLP_PROTOCOL. */
  readonly otlpProtocol?: "http/json" | "http/protobuf" | undefined
  /** The file the file exporter writes, relative to the runtime's working directory; COPILOT_OTEL_FILE_EXPORTER_PATH. */
  readonly filePath?: string | undefined
  /** The instrumentation scope name of the runtime's spans; COPILOT_OTEL_SOURCE_NAME. */
  readonly sourceName?: string | undefined
  /** Whether spans carry prompts, answers and tool arguments; OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT. */
  readonly captureContent?: boolean | undefined
}

/** The spawned runtime's extra environment with the telemetry settings over it. */
export const withTelemetryEnv = (
  env: Readonly<Record<string, string>> | undefined,
  telemetry: TelemetryOptions | undefined
): Readonly<Record<string, string>> | undefined => {
  if (telemetry === undefined) return env
  const set: Record<string, string> = { COPILOT_OTEL_ENABLED: "true" }
  if (telemetry.exporter !== undefined) set["COPILOT_OTEL_EXPORTER_TYPE"] = telemetry.exporter
  if (telemetry.otlpEndpoint !== undefined) set["OTEL_EXPORTER_OTLP_ENDPOINT"] = telemetry.otlpEndpoint
  if (telemetry.otlpProtocol !== undefined) set["OTEL_EXPORTER_OTLP_PROTOCOL"] = telemetry.otlpProtocol
  if (telemetry.filePath !== undefined) set["COPILOT_OTEL_FILE_EXPORTER_PATH"] = telemetry.filePath
  if (telemetry.sourceName !== undefined) set["COPILOT_OTEL_SOURCE_NAME"] = telemetry.sourceName
  if (telemetry.captureContent !== undefined) {
    set["OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"] = String(telemetry.captureContent)
  }
  return { ...env, ...set }
}

/**
 * Registers this client as the runtime's model provider, so the runtime
 * sends its model requests here (`llmInference.*`). The runtime has one
 * provider: a refusal (another client is it) fails start-up.
 */
export const registerModelProvider = (
  protocol: Protocol.Protocol,
  timeout: Duration.Duration
): Effect.Effect<void, ConnectionFailed> =>
  protocol.call(Methods.LlmInferenceSetProvider, {}).pipe(
    Effect.mapError((error) =>
      new ConnectionFailed({
        message: `the runtime refused this client as its model provider (llmInference.setProvider): ${error.message}`,
        cause: error
      })
    ),
    Effect.flatMap((result) =>
      result.success
        ? Effect.void
        : Effect.fail(new ConnectionFailed({ message: "the runtime refused this client as its model provider (llmInference.setProvider)" }))
    ),
    Effect.timeoutFail({
      duration: timeout,
      onTimeout: () => new ConnectionFailed({ message: `llmInference.setProvider got no answer within ${Duration.format(timeout)}` })
    })
  )
