/**
 * Starting and reaching the runtime: spawn it (stdio or TCP), connect with a
 * socket, and stop it gracefully.
 *
 * The runtime is spawned with `node:child_process` directly, and its pipes
 * are used as the TCP socket is: a chunk read from its stdout is handed to
 * the protocol from the pipe's data event, and a write goes to its stdin in
 * the caller's step. (Through `@effect/platform`'s Command, each chunk went
 * through a Stream and each write through a Mailbox and a writer fiber:
 * about a third of the client's CPU on a short turn, whose events come one
 * chunk each.)
 *
 * `node:child_process` and `node:net` are reached through
 * `process.getBuiltinModule` when a runtime is started or dialled, not
 * imported: loading them is heap a program that only imports the SDK (or
 * connects one way) need not pay.
 *
 * @internal
 */
import { Deferred, Duration, Effect, Either, Option, Redacted, Ref, Stream } from "effect"
import type { Scope } from "effect"
import type * as ChildProcess from "node:child_process"
import { createRequire } from "node:module"
import type * as Net from "node:net"
import { ConnectionClosed, ConnectionFailed } from "./errors.js"
import * as RuntimeConnection from "./runtimeConnection.js"
import type { Transport } from "./jsonrpc/Protocol.js"
import { moduleUrl } from "./moduleUrl.js"
import * as Secrets from "./secrets.js"

/** The environment variable the token is handed over in. */
export const AUTH_TOKEN_ENV = "COPILOT_SDK_AUTH_TOKEN"
const CONNECTION_TOKEN_ENV = "COPILOT_CONNECTION_TOKEN"
const STDERR_TAIL_BYTES = 8 * 1024

/** What spawning and connecting need, after defaults are applied. */
export interface LaunchOptions {
  readonly connection: RuntimeConnection.RuntimeConnection
  readonly logLevel: string | undefined
  readonly baseDirectory: string | undefined
  readonly githubToken: Redacted.Redacted<string> | undefined
  readonly useLoggedInUser: boolean
  readonly env: Readonly<Record<string, string>> | undefined
  readonly cwd: string | undefined
  readonly enableRemoteSessions: boolean
  readonly sessionIdleTimeout: Duration.Duration | undefined
  readonly startTimeout: Duration.Duration
  readonly stopTimeout: Duration.Duration
}

/** A live connection to a runtime. */
export interface Connected {
  readonly transport: Transport
  /** The TCP port, for Tcp and Uri connections. */
  readonly port: Option.Option<number>
  /** The token to present in the `connect` handshake, if any. */
  readonly connectionToken: Option.Option<Redacted.Redacted<string>>
  /** The process id of a runtime this client spawned. */
  readonly pid: Option.Option<number>
  /**
   * Ends the connection at once (the client's `forceStop`): SIGKILL for a
   * runtime this client spawned, the socket dropped for one it reached at an
   * address. The calls then waiting fail with a reason that says so.
   */
  readonly kill: Effect.Effect<void>
  /**
   * The secrets handed to the runtime, scrubbed from what it prints; the
   * client makes its own registry when absent (e.g. over a fake runtime).
   */
  readonly secrets?: Secrets.Secrets | undefined
}

const FORCE_STOPPED = "the client force-stopped the connection (forceStop)"

/** Gives a connection its `kill`: `end` ends it; the close reason then names the force stop. */
const killable = (transport: Transport, end: Effect.Effect<void>) =>
  Effect.map(Ref.make(false), (killed) => ({
    transport: {
      ...transport,
      closeReason: (reason: string) =>
        Effect.flatMap(Ref.get(killed), (forced) => transport.closeReason(forced ? FORCE_STOPPED : reason))
    } satisfies Transport,
    kill: Effect.zipRight(Ref.set(killed, true), end)
  }))

/** A spawned runtime process: what starting, stopping and the transports need of it. */
interface Child {
  readonly pid: number
  /** Waits for the exit: its code, or none when a signal ended it. */
  readonly exitCode: Effect.Effect<Option.Option<number>>
  readonly isRunning: Effect.Effect<boolean>
  /** Signals the process group (the process alone if that fails) and waits for the exit. */
  readonly kill: (signal: NodeJS.Signals) => Effect.Effect<void>
  readonly handle: ChildProcess.ChildProcessWithoutNullStreams
  readonly stdout: Stream.Stream<Uint8Array>
  readonly stderr: Stream.Stream<Uint8Array>
}

/** A readable pipe's chunks as a Stream, for the line readers (stderr; stdout until a TCP runtime reports its port). */
const chunks = (readable: NodeJS.ReadableStream): Stream.Stream<Uint8Array> =>
  Stream.async<Uint8Array>((emit) => {
    const onData = (chunk: Uint8Array) => {
      void emit.single(chunk)
    }
    const onEnd = () => {
      void emit.end()
    }
    readable.on("data", onData)
    readable.once("end", onEnd)
    readable.once("error", onEnd)
    return Effect.sync(() => {
      readable.off("data", onData)
      readable.off("end", onEnd)
      readable.off("error", onEnd)
    })
  })

/**
 * Spawns the runtime in a process group of its own (so stopping it reaches
 * what it starts), with the parent's environment extended by `env`. Closing
 * the scope signals the group if the process still runs, as a last resort
 * behind the graceful stop.
 */
const spawnChild = (
  path: string,
  args: ReadonlyArray<string>,
  env: Record<string, string>,
  cwd: string | undefined
): Effect.Effect<Child, ConnectionFailed, Scope.Scope> =>
  Effect.gen(function*() {
    const exited = yield* Deferred.make<Option.Option<number>>()
    const handle = yield* Effect.acquireRelease(
      Effect.async<ChildProcess.ChildProcessWithoutNullStreams, ConnectionFailed>((resume) => {
        const child = process.getBuiltinModule("node:child_process").spawn(path, args, {
          stdio: ["pipe", "pipe", "pipe"],
          cwd,
          env: { ...process.env, ...env },
          detached: process.platform !== "win32"
        })
        child.on("error", (error) => {
          // The command line names no secret (a token travels in the environment).
          resume(Effect.fail(new ConnectionFailed({ message: `could not start the Copilot runtime at ${path}: ${error.message} (command: ${[path, ...args].join(" ")})`, cause: error })))
        })
        child.on("exit", (code) => {
          Deferred.unsafeDone(exited, Effect.succeed(Option.fromNullable(code)))
        })
        child.on("spawn", () => resume(Effect.succeed(child)))
        // A write to a runtime that has gone is reported by its exit, not thrown.
        child.stdin.on("error", () => {})
      }),
      (child) =>
        Effect.flatMap(Deferred.isDone(exited), (done) =>
          done
            ? Effect.void
            : Effect.zipRight(signal(child, "SIGTERM"), Effect.interruptible(Deferred.await(exited)).pipe(Effect.timeoutOption("10 seconds"), Effect.asVoid)))
    )
    const exitCode = Deferred.await(exited)
    return {
      pid: handle.pid ?? 0,
      exitCode,
      isRunning: Effect.map(Deferred.isDone(exited), (done) => !done),
      kill: (sig) => Effect.zipRight(signal(handle, sig), Effect.asVoid(exitCode)),
      handle,
      stdout: chunks(handle.stdout),
      stderr: chunks(handle.stderr)
    } satisfies Child
  })

/** Signals the process group of a spawned runtime, or the process alone when that fails. */
const signal = (child: ChildProcess.ChildProcess, sig: NodeJS.Signals): Effect.Effect<void> =>
  Effect.sync(() => {
    try {
      if (process.platform !== "win32" && child.pid !== undefined) {
        process.kill(-child.pid, sig)
        return
      }
    } catch {
      // the group is gone or not ours: signal the process itself
    }
    child.kill(sig)
  })

const sigkill = (proc: Child) => proc.kill("SIGKILL")

/** The bundled runtime's executable, resolved from its platform package. */
export const bundledRuntimePath = (): Either.Either<string, string> => {
  const pkg = `@github/copilot-${process.platform}-${process.arch}`
  try {
    return Either.right(createRequire(moduleUrl).resolve(pkg))
  } catch {
    return Either.left(
      `the bundled Copilot runtime (${pkg}) is not installed; install @github/copilot or give a runtime path`
    )
  }
}

/** The runtime's command line (never with a token in it). */
export const runtimeArgs = (options: LaunchOptions, mode: { readonly _tag: "Stdio" } | { readonly _tag: "Tcp"; readonly port: number | undefined }): Array<string> => {
  const extra = RuntimeConnection.match(options.connection, {
    Stdio: ({ options }) => options.args ?? [],
    Tcp: ({ options }) => options.args ?? [],
    Uri: () => []
  })
  const args = [...extra, "--headless", "--no-auto-update"]
  if (options.logLevel !== undefined) args.push("--log-level", options.logLevel)
  if (mode._tag === "Stdio") args.push("--stdio")
  else if (mode.port !== undefined && mode.port > 0) args.push("--port", String(mode.port))
  if (options.githubToken !== undefined) args.push("--auth-token-env", AUTH_TOKEN_ENV)
  if (!options.useLoggedInUser) args.push("--no-auto-login")
  if (options.sessionIdleTimeout !== undefined) {
    const seconds = Math.ceil(Duration.toSeconds(options.sessionIdleTimeout))
    if (seconds > 0) args.push("--session-idle-timeout", String(seconds))
  }
  if (options.enableRemoteSessions) args.push("--remote")
  return args
}

/** The runtime's environment additions; secrets travel only here. */
export const runtimeEnv = (
  options: LaunchOptions,
  connectionToken: Option.Option<Redacted.Redacted<string>>
): Record<string, string> => {
  const env: Record<string, string> = { ...options.env }
  if (options.githubToken !== undefined) env[AUTH_TOKEN_ENV] = Redacted.value(options.githubToken)
  if (Option.isSome(connectionToken)) env[CONNECTION_TOKEN_ENV] = Redacted.value(connectionToken.value)
  if (options.baseDirectory !== undefined) env.COPILOT_HOME = options.baseDirectory
  return env
}

/** A partial line longer than this is let through without waiting for its end. */
const MAX_PENDING_LINE = 16 * 1024

/**
 * Cuts the runtime's output into lines, scrubs each of the known secrets and
 * hands it on. A secret is scrubbed whole only if it is not cut, so text is
 * scrubbed a line at a time (a secret holds no line break); a partial line
 * that grows too long is let through but for its last characters, kept as
 * long as the longest secret.
 */
const scrubbedLines = (
  stream: Stream.Stream<Uint8Array, unknown>,
  secrets: Secrets.Secrets,
  onLine: (line: string) => Effect.Effect<void>
): Effect.Effect<void> =>
  Effect.gen(function*() {
    const pending = yield* Ref.make("")
    const emit = (text: string) => Effect.flatMap(secrets.scrub(text), onLine)
    yield* stream.pipe(
      Stream.decodeText(),
      Stream.runForEach((text) =>
        Effect.gen(function*() {
          const lines = ((yield* Ref.get(pending)) + text).split("\n")
          let rest = lines.pop() ?? ""
          if (rest.length > MAX_PENDING_LINE) {
            const keep = Math.max(1, yield* secrets.longest)
            lines.push(rest.slice(0, rest.length - keep))
            rest = rest.slice(rest.length - keep)
          }
          yield* Ref.set(pending, rest)
          yield* Effect.forEach(lines, (line) => emit(line.endsWith("\r") ? line.slice(0, -1) : line), { discard: true })
        })
      ),
      Effect.ignore
    )
    const rest = yield* Ref.getAndSet(pending, "")
    if (rest !== "") yield* emit(rest)
  })

/** Keeps the last bytes of the runtime's stderr, scrubbed, for error messages, and logs each line at debug. */
const collectStderr = (stream: Stream.Stream<Uint8Array, unknown>, tail: Ref.Ref<string>, secrets: Secrets.Secrets) =>
  scrubbedLines(stream, secrets, (line) =>
    Ref.update(tail, (current) => {
      const next = `${current}${line}\n`
      return next.length > STDERR_TAIL_BYTES ? next.slice(next.length - STDERR_TAIL_BYTES) : next
    }).pipe(Effect.zipRight(Effect.logDebug(line).pipe(Effect.annotateLogs("runtime", "stderr")))))

const spawn = (
  options: LaunchOptions,
  args: Array<string>,
  env: Record<string, string>,
  path: string,
  secrets: Secrets.Secrets
) =>
  Effect.gen(function*() {
    const proc = yield* spawnChild(path, args, env, options.cwd)
    const stderrTail = yield* Ref.make("")
    const collector = yield* Effect.forkScoped(collectStderr(proc.stderr, stderrTail, secrets))
    /** Waits (briefly) for the last of stderr once the runtime has exited. */
    const stderrRead = Effect.interruptible(collector.await).pipe(Effect.timeoutOption("1 second"), Effect.asVoid)
    const closeReason = (reason: string) =>
      Effect.gen(function*() {
        // Interruptible, so the bound holds in a finalizer too.
        const exit = yield* Effect.interruptible(proc.exitCode).pipe(Effect.timeoutOption("1 second"))
        if (Option.isSome(exit)) yield* stderrRead
        const tail = (yield* Ref.get(stderrTail)).trim()
        return new ConnectionClosed({
          reason,
          exitCode: Option.getOrUndefined(Option.flatten(exit)),
          stderrTail: tail === "" ? undefined : tail
        })
      })
    return { proc, stderrTail, stderrRead, closeReason }
  })

/**
 * Stops a spawned runtime: close its input and wait for it to exit, then
 * SIGTERM and wait, then SIGKILL and wait. Every step, the closing of the
 * input included, is bounded by the stop timeout, so a runtime that ignores
 * its input closing and SIGTERM is gone within about three stop timeouts.
 */
const gracefulStop = (
  proc: Child,
  closeInput: Option.Option<Effect.Effect<void>>,
  timeout: Duration.Duration
): Effect.Effect<void> => {
  // A finalizer runs uninterruptibly, and a timeout can only end a step it
  // can interrupt: each step is made interruptible, or its bound is void.
  const bounded = <A, E>(step: Effect.Effect<A, E>) =>
    Effect.interruptible(step).pipe(
      Effect.timeoutOption(timeout),
      Effect.option,
      Effect.map((o) => Option.isSome(Option.flatten(o)))
    )
  const running = proc.isRunning
  return Effect.gen(function*() {
    if (Option.isSome(closeInput)) {
      // Over stdio the runtime ends by itself once its input closes.
      yield* bounded(Effect.zipRight(closeInput.value, proc.exitCode))
      if (!(yield* running)) return
      yield* Effect.logDebug(`the Copilot runtime (pid ${proc.pid}) did not exit when its input closed; sending SIGTERM`)
    }
    if (!(yield* running)) return
    // `kill` signals the process group and waits for the exit.
    if (yield* bounded(proc.kill("SIGTERM"))) return
    if (!(yield* running)) return
    yield* Effect.logWarning(`the Copilot runtime (pid ${proc.pid}) ignored SIGTERM; sending SIGKILL`)
    yield* bounded(proc.kill("SIGKILL"))
  }).pipe(Effect.ignore)
}

const stdio = (options: LaunchOptions, path: string, secrets: Secrets.Secrets) =>
  Effect.gen(function*() {
    const { closeReason, proc } = yield* spawn(
      options,
      runtimeArgs(options, { _tag: "Stdio" }),
      runtimeEnv(options, Option.none()),
      path,
      secrets
    )
    const { stdin, stdout } = proc.handle
    // Ending the input (once what was written has been flushed) is how a stdio runtime is asked to stop.
    const endInput = Effect.async<void>((resume) => {
      if (stdin.writableFinished || stdin.destroyed) return resume(Effect.void)
      stdin.end(() => resume(Effect.void))
    })
    yield* Effect.addFinalizer(() => gracefulStop(proc, Option.some(endInput), options.stopTimeout))
    const { kill, transport } = yield* killable({
      // Chunks go to the protocol from the pipe's data event, with no fiber between.
      run: (onChunk) =>
        Effect.async<void>((resume) => {
          const onEnd = () => resume(Effect.void)
          stdout.on("data", onChunk)
          stdout.once("end", onEnd)
          stdout.once("error", onEnd)
          stdout.once("close", onEnd)
          if (stdout.destroyed || stdout.readableEnded) resume(Effect.void)
          return Effect.sync(() => {
            stdout.off("data", onChunk)
            stdout.off("end", onEnd)
            stdout.off("error", onEnd)
            stdout.off("close", onEnd)
          })
        }),
      write: (bytes) => {
        if (stdin.destroyed || stdin.writableEnded) return
        stdin.write(bytes)
      },
      closeReason
    }, sigkill(proc))
    return {
      transport,
      port: Option.none(),
      connectionToken: Option.none(),
      pid: Option.some(proc.pid),
      kill,
      secrets
    } satisfies Connected
  })

/** Connects a TCP socket, with Nagle's algorithm off; it is destroyed once written out when the scope closes. */
const openSocket = (
  address: RuntimeConnection.Address,
  openTimeout: Duration.Duration
): Effect.Effect<Net.Socket, ConnectionFailed, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.async<Net.Socket, ConnectionFailed>((resume) => {
      const socket = process.getBuiltinModule("node:net").createConnection({ host: address.host, port: address.port, noDelay: true })
      const onError = (error: Error) => {
        socket.destroy()
        resume(Effect.fail(
          new ConnectionFailed({ message: `could not connect to ${address.host}:${address.port}: ${error.message}`, cause: error })
        ))
      }
      socket.once("error", onError)
      socket.once("connect", () => {
        socket.off("error", onError)
        // An error with no listener would crash the process; while the
        // transport reads, its own listener reports errors.
        socket.on("error", () => {})
        resume(Effect.succeed(socket))
      })
      return Effect.sync(() => {
        socket.destroy()
      })
    }).pipe(
      Effect.timeoutFail({
        duration: openTimeout,
        onTimeout: () =>
          new ConnectionFailed({
            message: `could not connect to ${address.host}:${address.port} within ${Duration.format(openTimeout)}`
          })
      })
    ),
    (socket) =>
      Effect.sync(() => {
        if (!socket.destroyed) socket.destroySoon()
      })
  )

/**
 * Connects a socket and wraps it as a transport; `drop` ends the
 * transport's reading at once.
 *
 * The socket is used directly, without a fiber between it and the protocol:
 * a write goes to the socket in the caller's step, and a chunk read is
 * handed to the protocol from the socket's data event. Writes made in the
 * same turn of the event loop (64 calls in flight) are corked into one
 * system call, uncorked on the next tick.
 */
const socketTransport = (
  address: RuntimeConnection.Address,
  closeReason: (reason: string) => Effect.Effect<ConnectionClosed>,
  openTimeout: Duration.Duration
): Effect.Effect<{ readonly transport: Transport; readonly drop: Effect.Effect<void> }, ConnectionFailed, Scope.Scope> =>
  Effect.gen(function*() {
    const socket = yield* openSocket(address, openTimeout)
    const dropped = yield* Deferred.make<void>()
    let corked = false
    const uncork = () => {
      corked = false
      socket.uncork()
    }
    const where = `${address.host}:${address.port}`
    const transport: Transport = {
      run: (onChunk) =>
        Effect.async<void, Error>((resume) => {
          const onEnd = () => resume(Effect.void)
          const onError = (error: Error) => resume(Effect.fail(new Error(`${where}: ${error.message}`)))
          const onClose = () => resume(Effect.void)
          socket.on("data", onChunk)
          socket.once("end", onEnd)
          socket.once("error", onError)
          socket.once("close", onClose)
          if (socket.destroyed) resume(Effect.void)
          return Effect.sync(() => {
            socket.off("data", onChunk)
            socket.off("end", onEnd)
            socket.off("error", onError)
            socket.off("close", onClose)
          })
        }).pipe(Effect.raceFirst(Deferred.await(dropped))),
      write: (bytes) => {
        if (socket.destroyed || socket.writableEnded) return
        if (!corked) {
          corked = true
          socket.cork()
          process.nextTick(uncork)
        }
        socket.write(bytes)
      },
      closeReason
    }
    return {
      transport,
      drop: Effect.zipRight(
        Deferred.succeed(dropped, undefined),
        Effect.sync(() => {
          socket.destroy()
        })
      )
    }
  })

const waitForPort = (stdout: Stream.Stream<Uint8Array, unknown>, port: Deferred.Deferred<number>, secrets: Secrets.Secrets) =>
  scrubbedLines(stdout, secrets, (line) => {
    const match = /listening on port (\d+)/i.exec(line)
    return match ? Deferred.succeed(port, Number(match[1])) : Effect.logDebug(line).pipe(Effect.annotateLogs("runtime", "stdout"))
  })

const tcp = (options: LaunchOptions, tcpOptions: RuntimeConnection.TcpOptions, path: string, secrets: Secrets.Secrets) =>
  Effect.gen(function*() {
    const token = tcpOptions.connectionToken ?? Redacted.make(globalThis.crypto.randomUUID())
    yield* secrets.add(token)
    const connectionToken = Option.some(token)
    const { closeReason, proc, stderrRead, stderrTail } = yield* spawn(
      options,
      runtimeArgs(options, { _tag: "Tcp", port: tcpOptions.port }),
      runtimeEnv(options, connectionToken),
      path,
      secrets
    )
    // A TCP server does not end when its client leaves: terminate it.
    yield* Effect.addFinalizer(() => gracefulStop(proc, Option.none(), options.stopTimeout))
    const portDeferred = yield* Deferred.make<number>()
    yield* Effect.forkScoped(waitForPort(proc.stdout, portDeferred, secrets))
    const port = yield* Deferred.await(portDeferred).pipe(
      Effect.raceFirst(
        proc.exitCode.pipe(
          Effect.zipRight(stderrRead),
          Effect.zipRight(Ref.get(stderrTail)),
          Effect.flatMap((tail) =>
            new ConnectionFailed({ message: `the Copilot runtime exited before it listened on a port${tail ? `:\n${tail.trim()}` : ""}` })
          )
        )
      ),
      Effect.timeoutFail({
        duration: options.startTimeout,
        onTimeout: () => new ConnectionFailed({ message: `the Copilot runtime did not report a port within ${Duration.format(options.startTimeout)}` })
      })
    )
    const socket = yield* socketTransport({ host: "127.0.0.1", port }, closeReason, options.startTimeout)
    const { kill, transport } = yield* killable(socket.transport, Effect.zipRight(sigkill(proc), socket.drop))
    return { transport, port: Option.some(port), connectionToken, pid: Option.some(proc.pid), kill, secrets } satisfies Connected
  })

const uri = (options: LaunchOptions, uriOptions: RuntimeConnection.UriOptions, secrets: Secrets.Secrets) =>
  Effect.gen(function*() {
    if (uriOptions.connectionToken !== undefined) yield* secrets.add(uriOptions.connectionToken)
    const address = yield* Either.match(RuntimeConnection.parseAddress(uriOptions.url), {
      onLeft: (message) => Effect.fail(new ConnectionFailed({ message })),
      onRight: Effect.succeed
    })
    const socket = yield* socketTransport(
      address,
      (reason) => Effect.succeed(new ConnectionClosed({ reason })),
      options.startTimeout
    )
    const { kill, transport } = yield* killable(socket.transport, socket.drop)
    return {
      transport,
      port: Option.some(address.port),
      connectionToken: Option.fromNullable(uriOptions.connectionToken),
      pid: Option.none(),
      kill,
      secrets
    } satisfies Connected
  })

/** Starts or reaches the runtime the options name. */
export const connect = (
  options: LaunchOptions
): Effect.Effect<Connected, ConnectionFailed, Scope.Scope> => {
  const resolvePath = (path: string | undefined) =>
    path !== undefined
      ? Effect.succeed(path)
      : Either.match(bundledRuntimePath(), {
        onLeft: (message) => Effect.fail(new ConnectionFailed({ message })),
        onRight: Effect.succeed
      })
  return Effect.flatMap(Secrets.make([options.githubToken]), (secrets) =>
    RuntimeConnection.match(options.connection, {
      Stdio: ({ options: o }) => Effect.flatMap(resolvePath(o.path), (path) => stdio(options, path, secrets)),
      Tcp: ({ options: o }) => Effect.flatMap(resolvePath(o.path), (path) => tcp(options, o, path, secrets)),
      Uri: ({ options: o }) => uri(options, o, secrets)
    }))
}

