/**
 * Which turn a session's events belong to, for tracing: the span of the send
 * that started the turn, so the work those events cause (tool calls,
 * permission and elicitation requests, until the turn's `session.idle`) is
 * traced under it rather than under whatever span happened to be current
 * when the session was opened.
 *
 * The send's span is the parent, not a link: the tool calls of a turn are
 * caused by the send and belong to the same trace as the code that sent it,
 * where a user looks for them. (A link would put each of them in a trace of
 * its own.) The send's span may end before its children do, which tracing
 * allows; `sendAndWait`'s span, around it, lasts until the turn ends.
 *
 * A turn begins when a send begins (before the request goes out, since the
 * runtime may emit the turn's events before it answers) and ends with the
 * first `session.idle` or `session.error` after the turn's own
 * `user.message`; an idle before that closes an earlier turn. Events outside
 * any turn (a send made elsewhere, autopilot) are traced as roots. When a send
 * is made while an earlier turn still runs, the rest of that earlier turn's
 * events are traced under the newer send: the runtime does not say which send
 * an event answers.
 *
 * @internal
 */
import { Effect, Option } from "effect"
import type { Tracer } from "effect"
import type * as SessionEvent from "../sessionEvent.js"

interface State {
  readonly span: Option.Option<Tracer.AnySpan>
  /** Whether the turn's `user.message` has been seen. */
  readonly started: boolean
}

export interface TurnTrace {
  /** A send begins a turn; `span` is the send's. */
  readonly begin: (span: Tracer.AnySpan) => Effect.Effect<void>
  /** The send of `span` failed: no turn of it follows. */
  readonly abandon: (span: Tracer.AnySpan) => Effect.Effect<void>
  /** Follows the events in the order the session takes them in; synchronous, as the session takes them in. */
  readonly follow: (event: SessionEvent.SessionEvent) => void
  /**
   * The span options that put a span under the current turn, or make it a
   * root outside one.
   */
  readonly spanParent: Effect.Effect<{ readonly parent: Tracer.AnySpan } | { readonly root: true }>
}

const idle: State = { span: Option.none(), started: false }

const next = (s: State, event: SessionEvent.SessionEvent): State => {
  if (Option.isNone(s.span)) return s
  switch (event.type) {
    case "user.message":
      return s.started ? s : { ...s, started: true }
    case "session.idle":
      // An autopilot idle does not end the turn (as sendAndWait reads it).
      return s.started && event.data.mode !== "autopilot" ? idle : s
    case "session.error":
      return s.started ? idle : s
    default:
      return s
  }
}

// One plain cell per session: every change to it is one synchronous step.
// The members are the class's own (on its prototype), so a session's turn
// is one small object.
class Trace implements TurnTrace {
  private state: State = idle
  begin(span: Tracer.AnySpan): Effect.Effect<void> {
    return Effect.sync(() => {
      this.state = { span: Option.some(span), started: false }
    })
  }
  abandon(span: Tracer.AnySpan): Effect.Effect<void> {
    return Effect.sync(() => {
      const state = this.state
      if (!state.started && Option.isSome(state.span) && state.span.value === span) this.state = idle
    })
  }
  follow(event: SessionEvent.SessionEvent): void {
    this.state = next(this.state, event)
  }
  get spanParent(): Effect.Effect<{ readonly parent: Tracer.AnySpan } | { readonly root: true }> {
    return Effect.sync(() =>
      Option.match(this.state.span, {
        onNone: () => ({ root: true as const }),
        onSome: (parent) => ({ parent })
      })
    )
  }
}

export const makeSync = (): TurnTrace => new Trace()

export const make: Effect.Effect<TurnTrace> = Effect.sync(makeSync)
