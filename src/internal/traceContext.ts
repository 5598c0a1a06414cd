/**
 * The W3C trace context of the current Effect span, for the calls that start
 * the runtime's own spans (`session.create`, `session.resume`,
 * `session.send`): with it the runtime's spans join the caller's trace.
 *
 * Effect spans carry a trace id, a span id and a sampled flag, which is what
 * `traceparent` holds; they carry no vendor trace state, so no `tracestate`
 * is sent. Nothing is sent outside any span, with ids that are not W3C ids
 * (a hand-made tracer), or under Effect's built-in tracer, whose spans go
 * nowhere: the runtime's spans would hang under parents no backend has.
 *
 * @internal
 */
import { Context, DefaultServices, Effect, Option, Tracer } from "effect"

export interface TraceContext {
  readonly traceparent?: string
}

const TRACE_ID = /^[0-9a-f]{32}$/
const SPAN_ID = /^[0-9a-f]{16}$/
const ZERO_TRACE = "0".repeat(32)
const ZERO_SPAN = "0".repeat(16)

/** `traceparent` for a span's ids, if they are valid W3C ids. */
export const traceparent = (span: { readonly traceId: string; readonly spanId: string; readonly sampled: boolean }) =>
  TRACE_ID.test(span.traceId) && SPAN_ID.test(span.spanId) && span.traceId !== ZERO_TRACE && span.spanId !== ZERO_SPAN
    ? Option.some(`00-${span.traceId}-${span.spanId}-${span.sampled ? "01" : "00"}`)
    : Option.none()

/**
 * Effect's built-in tracer: what a program runs with when it provides none
 * (what `Effect.runSync(Effect.tracer)` returns), read from the default
 * services without running a fiber at import. It keeps its spans to itself,
 * so neither the trace context of a call nor a call's span (the protocol)
 * is worth making while it is the one installed.
 */
export const builtinTracer: Tracer.Tracer = Context.get(DefaultServices.liveServices, Tracer.Tracer)

/** The trace context of the current span, or nothing outside one (or without a tracer of the program's). */
export const current: Effect.Effect<TraceContext> = Effect.flatMap(Effect.tracer, (tracer) =>
  tracer === builtinTracer
    ? Effect.succeed({})
    : Effect.map(
      Effect.option(Effect.currentSpan),
      (span) =>
        Option.match(Option.flatMap(span, traceparent), {
          onNone: () => ({}),
          onSome: (value) => ({ traceparent: value })
        })
    ))
