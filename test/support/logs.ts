/**
 * Captures log lines (formatted with logfmt, annotations and causes
 * included) for assertions.
 */
import { Effect, Layer, Logger, LogLevel } from "effect"

export interface CapturedLog {
  readonly level: LogLevel.LogLevel
  readonly text: string
}

export interface LogCapture {
  /** Replaces the default logger and logs everything down to Debug. */
  readonly layer: Layer.Layer<never>
  /** The lines logged so far. */
  readonly lines: Effect.Effect<ReadonlyArray<CapturedLog>>
  /** Lines at Warning or above. */
  readonly problems: Effect.Effect<ReadonlyArray<CapturedLog>>
}

export const captureLogs = (): LogCapture => {
  // The logger callback is synchronous; a test-local array is enough here.
  const lines: Array<CapturedLog> = []
  const logger = Logger.make<unknown, void>((options) => {
    lines.push({ level: options.logLevel, text: Logger.logfmtLogger.log(options) })
  })
  return {
    layer: Layer.merge(Logger.replace(Logger.defaultLogger, logger), Logger.minimumLogLevel(LogLevel.Debug)),
    lines: Effect.sync(() => [...lines]),
    problems: Effect.sync(() => lines.filter((line) => LogLevel.greaterThanEqual(line.level, LogLevel.Warning)))
  }
}
