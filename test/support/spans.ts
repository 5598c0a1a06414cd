/**
 * Records what spans were given (attributes, events, the exit they ended
 * with), as text, for assertions on what reaches a tracer.
 */
import { Cause, Effect, Exit, Tracer } from "effect"
import { inspect } from "node:util"

export interface SpanCapture {
  /** Runs `self` with a tracer that records into this capture. */
  readonly traced: <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  /** Names of the spans started so far. */
  readonly names: Effect.Effect<ReadonlyArray<string>>
  /** Everything recorded so far: names, attributes, events, exits. */
  readonly text: Effect.Effect<string>
}

export const captureSpans = (): SpanCapture => {
  // The tracer's callbacks are synchronous; a test-local array is enough here.
  const names: Array<string> = []
  const lines: Array<string> = []
  const show = (value: unknown) => inspect(value, { depth: 12 })
  const wrap = (native: Tracer.Tracer): Tracer.Tracer =>
    Tracer.make({
      span: (name, parent, context, links, startTime, kind, options) => {
        const span = native.span(name, parent, context, links, startTime, kind, options)
        names.push(name)
        lines.push(`span ${name} ${show(options?.attributes ?? {})}`)
        const recorded: Tracer.Span = Object.assign(Object.create(span) as Tracer.Span, {
          attribute: (key: string, value: unknown) => {
            lines.push(`attribute ${name} ${key}=${show(value)}`)
            span.attribute(key, value)
          },
          event: (event: string, time: bigint, attributes?: Record<string, unknown>) => {
            lines.push(`event ${name} ${event} ${show(attributes ?? {})}`)
            span.event(event, time, attributes)
          },
          end: (time: bigint, exit: Exit.Exit<unknown, unknown>) => {
            lines.push(`end ${name} ${Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "success"} ${show(exit)}`)
            span.end(time, exit)
          }
        })
        return recorded
      },
      context: (f, fiber) => native.context(f, fiber)
    })
  return {
    traced: (self) => Effect.flatMap(Effect.tracer, (native) => Effect.withTracer(self, wrap(native))),
    names: Effect.sync(() => [...names]),
    text: Effect.sync(() => lines.join("\n"))
  }
}
