/**
 * A stand-in runtime process for the bounds of start and stop and for the
 * secrets tests: a small Node script written to a temporary directory and
 * given to `RuntimeConnection.Stdio({ path })` or `Tcp({ path })`. What it
 * does is chosen by arguments placed before the SDK's own:
 *
 * - `--stub-answer`: answers `connect` and `ping` (otherwise it never answers);
 * - `--stub-ignore-term`: ignores SIGTERM;
 * - `--stub-ignore-stdin-end`: keeps running when its input closes (otherwise it exits);
 * - `--stub-print-env`: writes its environment to stderr (and, over TCP, stdout) at start;
 * - `--stub-exit=N`: exits with code N right after start (after printing);
 * - `--stub-no-listen`: over TCP, never listens (never reports a port);
 * - `--stub-pid-file=PATH`: writes its pid to PATH.
 *
 * Over TCP (no `--stdio`) it listens on `--port N` (or a free port) and
 * prints `listening on port N`, as the runtime does.
 */
import { Effect } from "effect"
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const SCRIPT = String.raw`
const net = require("node:net")
const fs = require("node:fs")
const argv = process.argv.slice(2)
const has = (flag) => argv.includes(flag)
const value = (prefix) => { const a = argv.find((x) => x.startsWith(prefix)); return a === undefined ? undefined : a.slice(prefix.length) }
const pidFile = value("--stub-pid-file=")
if (pidFile) fs.writeFileSync(pidFile, String(process.pid))
setInterval(() => {}, 1 << 30)
if (has("--stub-ignore-term")) process.on("SIGTERM", () => {})
const stdio = has("--stdio")
if (has("--stub-print-env")) {
  const text = Object.entries(process.env).map(([k, v]) => k + "=" + v).join("\n") + "\n"
  process.stderr.write(text)
  if (!stdio) process.stdout.write(text)
}
const exit = value("--stub-exit=")
if (exit !== undefined) process.stderr.write("", () => process.exit(Number(exit)))

const speak = (input, output) => {
  let buffer = Buffer.alloc(0)
  input.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      const end = buffer.indexOf("\r\n\r\n")
      if (end < 0) return
      const m = /content-length:\s*(\d+)/i.exec(buffer.toString("latin1", 0, end))
      if (m === null) { buffer = buffer.subarray(end + 4); continue }
      const start = end + 4, length = Number(m[1])
      if (buffer.length < start + length) return
      const message = JSON.parse(buffer.toString("utf8", start, start + length))
      buffer = buffer.subarray(start + length)
      if (!has("--stub-answer") || message.id === undefined || message.method === undefined) continue
      const result = message.method === "connect" ? { ok: true, protocolVersion: 3, version: "stub" }
        : message.method === "ping" ? { message: "pong: " + ((message.params || {}).message || ""), timestamp: new Date().toISOString(), protocolVersion: 3 }
        : undefined
      const answer = result === undefined
        ? { jsonrpc: "2.0", id: message.id, error: { code: -32601, message: "method not found: " + message.method } }
        : { jsonrpc: "2.0", id: message.id, result }
      const body = Buffer.from(JSON.stringify(answer), "utf8")
      output.write(Buffer.concat([Buffer.from("Content-Length: " + body.length + "\r\n\r\n", "latin1"), body]))
    }
  })
}

if (stdio) {
  speak(process.stdin, process.stdout)
  process.stdin.on("end", () => { if (!has("--stub-ignore-stdin-end")) process.exit(0) })
} else if (!has("--stub-no-listen")) {
  const i = argv.indexOf("--port")
  const port = i >= 0 ? Number(argv[i + 1]) : 0
  const server = net.createServer((socket) => speak(socket, socket))
  server.listen(port, "127.0.0.1", () => process.stdout.write("listening on port " + server.address().port + "\n"))
}
`

/** A directory holding the stub script; removed with the scope. */
export interface StubRuntime {
  /** The executable to give as the runtime `path`. */
  readonly path: string
  /** A fresh pid file path for one start (`--stub-pid-file=` it). */
  readonly pidFile: (name: string) => string
  /** The pid a stub wrote to a pid file, if it did. */
  readonly readPid: (pidFile: string) => number | undefined
}

/** Writes the stub to a temporary directory for the scope's lifetime. */
export const makeStub = Effect.acquireRelease(
  Effect.sync((): StubRuntime => {
    const dir = mkdtempSync(join(tmpdir(), "copilot-stub-"))
    const path = join(dir, "stub-runtime.cjs")
    writeFileSync(path, `#!${process.execPath}\n${SCRIPT}`)
    chmodSync(path, 0o755)
    return {
      path,
      pidFile: (name) => join(dir, `${name}.pid`),
      readPid: (pidFile) => {
        try {
          return Number(readFileSync(pidFile, "utf8"))
        } catch {
          return undefined
        }
      }
    }
  }),
  (stub) => Effect.sync(() => rmSync(join(stub.path, ".."), { recursive: true, force: true }))
)

/** Whether a process is still alive (signal 0 probes without signalling). */
export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Kills a leftover stub so that a failing test leaves nothing running. */
export const killIfAlive = (pid: number | undefined): void => {
  if (pid !== undefined && isAlive(pid)) process.kill(pid, "SIGKILL")
}
