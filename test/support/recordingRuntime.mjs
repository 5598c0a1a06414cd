#!/usr/bin/env node
/**
 * A stand-in for the runtime executable that records the conversation: it
 * starts the real runtime (the bundled `@github/copilot-linux-x64`) with the
 * same arguments and environment, passes stdin and stdout through unchanged,
 * and appends every JSON-RPC message of either direction, as one JSON line
 * `{ "dir": "out" | "in", "message": ... }`, to the file named by
 * `EFFECT_COPILOT_WIRE_LOG` ("out" is what the SDK sent, "in" what the
 * runtime sent). Used over stdio only; see test/integration/support.ts.
 */
import { spawn } from "node:child_process"
import * as Fs from "node:fs"
import { createRequire } from "node:module"

const logFile = process.env.EFFECT_COPILOT_WIRE_LOG
if (logFile === undefined || logFile === "") {
  process.stderr.write("recordingRuntime: EFFECT_COPILOT_WIRE_LOG is not set\n")
  process.exit(2)
}
const runtime = createRequire(import.meta.url).resolve("@github/copilot-linux-x64")
const log = Fs.openSync(logFile, "a")

/** Splits Content-Length frames out of a byte stream, handing each message's JSON to `onMessage`. */
const framer = (dir) => {
  let buffer = Buffer.alloc(0)
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      const headerEnd = buffer.indexOf("\r\n\r\n")
      if (headerEnd < 0) return
      const match = /Content-Length:\s*(\d+)/i.exec(buffer.subarray(0, headerEnd).toString("ascii"))
      if (match === null) {
        buffer = buffer.subarray(headerEnd + 4)
        continue
      }
      const length = Number(match[1])
      if (buffer.length < headerEnd + 4 + length) return
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8")
      buffer = buffer.subarray(headerEnd + 4 + length)
      try {
        Fs.writeSync(log, JSON.stringify({ dir, message: JSON.parse(body) }) + "\n")
      } catch {
        // Not JSON: the SDK's own tests of garbage; nothing to record.
      }
    }
  }
}

const child = spawn(runtime, process.argv.slice(2), { stdio: ["pipe", "pipe", "inherit"] })
const recordOut = framer("out")
const recordIn = framer("in")
process.stdin.on("data", (chunk) => {
  recordOut(chunk)
  child.stdin.write(chunk)
})
process.stdin.on("end", () => child.stdin.end())
child.stdin.on("error", () => {})
child.stdout.on("data", (chunk) => {
  recordIn(chunk)
  process.stdout.write(chunk)
})
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, () => child.kill(signal))
// "close" comes once the runtime has exited and its output is drained; the
// process then ends by itself, after what it wrote to stdout is flushed.
child.on("close", (code, signal) => {
  Fs.closeSync(log)
  process.exitCode = code ?? (signal === null ? 1 : 128)
  process.stdin.destroy()
})
