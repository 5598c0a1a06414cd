/**
 * The corpus: answers, events and requests recorded from the real runtime by
 * the integration tests (see `scripts/corpus.ts`), in
 * `test/fixtures/runtime-1.0.102/`. Every sample is decoded with the Schema
 * the SDK decodes it with, so a regenerated protocol or a hand-written Schema
 * that no longer accepts what the runtime really sends fails here, in
 * `npm test`, without a runtime.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either, ParseResult, Predicate, Schema } from "effect"
import { Handlers, Hooks, SessionEvent, SessionFs } from "effect-copilot"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { Methods } from "../src/generated/Methods.js"
import * as ClientMethods from "../src/internal/clientMethods.js"
import type * as Method from "../src/internal/jsonrpc/Method.js"
import * as SessionMethods from "../src/internal/sessionMethods.js"

const directory = fileURLToPath(new URL("./fixtures/runtime-1.0.102/", import.meta.url))

const Fixture = Schema.Struct({
  kind: Schema.Literal("result", "event", "request", "notification", "error"),
  name: Schema.String,
  samples: Schema.Array(Schema.Unknown)
})
type Fixture = typeof Fixture.Type

const fixtures: ReadonlyArray<readonly [string, Fixture]> = Fs.readdirSync(directory)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => [file, Schema.decodeUnknownSync(Fixture)(JSON.parse(Fs.readFileSync(Path.join(directory, file), "utf8")))])

const isMethod = (value: unknown): value is Method.AnyMethod =>
  Predicate.hasProperty(value, "_tag") && value._tag === "Method"
const isNotification = (value: unknown): value is Method.AnyNotificationMethod =>
  Predicate.hasProperty(value, "_tag") && value._tag === "NotificationMethod"

const declared: ReadonlyArray<unknown> = [
  ...Object.values(Methods),
  ...Object.values(SessionMethods),
  ...Object.values(ClientMethods)
]
/** Every method the SDK declares, by wire name; hand-written ones last, so they win where both exist. */
const methods = new Map(declared.filter(isMethod).map((method) => [method.name, method]))
const notifications = new Map(declared.filter(isNotification).map((method) => [method.name, method]))

/** What the SDK decodes the runtime's requests with: the session's handlers' Schemas, else the generated params. */
const requestSchemas: Readonly<Record<string, Schema.Schema.AnyNoContext>> = {
  "userInput.request": Handlers.UserInputRequestParams,
  "exitPlanMode.request": Handlers.ExitPlanModeRequestParams,
  "autoModeSwitch.request": Handlers.AutoModeSwitchRequestParams,
  "systemMessage.transform": Handlers.SystemMessageTransformParams,
  "hooks.invoke": Hooks.HookInvokeParams,
  "sessionFs.sqliteQuery": SessionFs.SessionSqlQueryRequest,
  "sessionFs.sqliteExists": SessionFs.SessionSqlExistsRequest
}

/** The inputs of the hook kinds the SDK dispatches. */
const hookInputs: Readonly<Record<string, Schema.Schema.AnyNoContext>> = Object.fromEntries(
  Object.entries(Hooks.hookTypes).map(([hookType, kind]): [string, Schema.Schema.AnyNoContext] => [hookType, kind.input])
)

/** Results of calls the SDK makes without a result Schema (it reads nothing of them). */
const UNDECODED_RESULTS = new Set(["connect"])

/** Decodes every sample; the failures, each with the Schema's message. */
const failures = (schema: Schema.Schema.AnyNoContext, samples: ReadonlyArray<unknown>): Array<string> =>
  samples.flatMap((sample, index) => {
    const decoded = Schema.decodeUnknownEither(schema)(sample)
    return Either.isLeft(decoded) ? [`sample ${index}: ${ParseResult.TreeFormatter.formatErrorSync(decoded.left)}`] : []
  })

const check = (fixture: Fixture): Array<string> => {
  switch (fixture.kind) {
    case "result": {
      const method = methods.get(fixture.name)
      if (method === undefined) return UNDECODED_RESULTS.has(fixture.name) ? [] : [`no Schema for ${fixture.name}`]
      return failures(method.result, fixture.samples)
    }
    case "event":
      return fixture.samples.flatMap((sample, index) => {
        const event = SessionEvent.decode(sample)
        if (event.type !== "unknown") return event.type === fixture.name ? [] : [`sample ${index} decoded as ${event.type}`]
        // Types newer than the schema arrive as unknown events, by design; a known type must decode.
        return SessionEvent.knownTypes.some((type) => type === fixture.name) ? [`sample ${index}: ${event.reason}`] : []
      })
    case "request": {
      const schema = requestSchemas[fixture.name] ?? methods.get(fixture.name)?.params
      if (schema === undefined) return [`no Schema for the runtime's request ${fixture.name}`]
      const hooks = fixture.name === "hooks.invoke"
        ? fixture.samples.flatMap((sample, index) => {
          const params = Schema.decodeUnknownEither(Hooks.HookInvokeParams)(sample)
          if (Either.isLeft(params)) return []
          const input = hookInputs[params.right.hookType]
          return input === undefined ? [] : failures(input, [params.right.input]).map((f) => `${params.right.hookType} ${index}: ${f}`)
        })
        : []
      return [...failures(schema, fixture.samples), ...hooks]
    }
    case "notification": {
      const method = notifications.get(fixture.name)
      // Notifications the SDK does not declare (`host.event`) are ignored by it, whatever they hold.
      return method === undefined ? [] : failures(method.params, fixture.samples)
    }
    case "error":
      return failures(Schema.Struct({ code: Schema.Number, message: Schema.String }), fixture.samples)
  }
}

describe("the corpus recorded from runtime 1.0.102", () => {
  it("holds the traffic the SDK depends on", () => {
    const names = new Set(fixtures.map(([file]) => file))
    for (
      const file of [
        "result.session.create.json",
        "result.session.resume.json",
        "result.session.agent.getCurrent.json",
        "result.session.plan.readSqlTodos.json",
        "result.session.plan.readSqlTodosWithDependencies.json",
        "result.user.settings.set.json",
        "result.session.model.getCurrent.json",
        "result.session.mode.get.json",
        "error.user.settings.reload.json",
        "event.external_tool.requested.json",
        "event.permission.requested.json",
        "event.assistant.message.json",
        "event.user.message.json",
        "request.hooks.invoke.json"
      ]
    ) expect(names, file).toContain(file)
  })

  it.each(fixtures)("%s decodes with the SDK's Schema", (_, fixture) => {
    expect(check(fixture)).toEqual([])
  })

  it("keeps no machine paths", () => {
    for (const [file] of fixtures) {
      const text = Fs.readFileSync(Path.join(directory, file), "utf8")
      expect(text, file).not.toMatch(/\/(?:tmp|work|home|Users)\//)
    }
  })
})
