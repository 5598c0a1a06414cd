/**
 * What the benches share to talk to their child processes: JSON messages
 * over the IPC channel, and waiting for one of a given type.
 */
import type { fork } from "node:child_process"

export type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

export const isObject = (u: unknown): u is Record<string, Json> => typeof u === "object" && u !== null && !Array.isArray(u)

/** The child's first message of `type`; fails when the child exits first with an error, or after `timeoutMs`. */
export const once = <T>(p: ReturnType<typeof fork>, type: string, timeoutMs: number): Promise<T> =>
  new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no ${type} within ${timeoutMs} ms`)), timeoutMs)
    p.on("message", (message: unknown) => {
      if (isObject(message) && message.type === type) {
        clearTimeout(timer)
        ok(message as T)
      }
    })
    p.once("exit", (code) => code !== 0 && fail(new Error(`child exited with ${code}`)))
  })
