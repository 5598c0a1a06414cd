/**
 * A mutable cell of an open session's own state (its id, its state, its
 * capabilities, whether the connection was lost), read and written in
 * synchronous steps on Node's one thread, as a Ref would be, with the
 * Effects made when asked for.
 *
 * Each of the four was a Ref, which holds a MutableRef and an Effect of its
 * own for `get` (its closure and context with it): about 290 bytes each
 * that every idle session held.
 *
 * @internal
 */
import { Effect } from "effect"

export class Cell<A> {
  constructor(public value: A) {}
  get get(): Effect.Effect<A> {
    return Effect.sync(() => this.value)
  }
  set(value: A): Effect.Effect<void> {
    return Effect.sync(() => {
      this.value = value
    })
  }
  getAndSet(value: A): Effect.Effect<A> {
    return Effect.sync(() => {
      const previous = this.value
      this.value = value
      return previous
    })
  }
}
