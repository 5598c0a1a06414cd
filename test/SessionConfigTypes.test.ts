/**
 * The session options are plain interfaces (what an editor reads) and the
 * Schemas that check them are an implementation detail: the two must agree,
 * in both directions, or the shape check would accept what the types refuse
 * (or the other way round). The agreement is checked by the type checker
 * (`npx tsc --noEmit` fails when they drift); the runtime part checks that
 * the public Schemas, built on first use, decode as the Structs do.
 */
import { describe, expect, it } from "@effect/vitest"
import { Redacted, Schema } from "effect"
import { SessionConfig } from "effect-copilot"
import type * as Options from "../src/internal/sessionConfig/options.js"
import type { Schemas } from "../src/internal/sessionConfig/schemas.js"

/** `true` only when each of `A` and `B` is assignable to the other. */
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const agree = <A, B>(ok: Agree<A, B>): boolean => ok

type TypeOf<K extends keyof Schemas> = Schema.Schema.Type<Schemas[K]>

describe("session options: interfaces and Schemas", () => {
  it("each option interface and the type of its Schema are assignable to each other", () => {
    const checks = [
      agree<TypeOf<"SessionOptions">, Options.SessionOptions>(true),
      agree<TypeOf<"ResumeSessionOptions">, Options.ResumeSessionOptions>(true),
      agree<TypeOf<"ProviderConfig">, Options.ProviderConfig>(true),
      agree<TypeOf<"NamedProviderConfig">, Options.NamedProviderConfig>(true),
      agree<TypeOf<"McpStdioServerConfig">, Options.McpStdioServerConfig>(true),
      agree<TypeOf<"McpHttpServerConfig">, Options.McpHttpServerConfig>(true),
      agree<TypeOf<"McpServerConfig">, Options.McpServerConfig>(true),
      agree<TypeOf<"CustomAgentConfig">, Options.CustomAgentConfig>(true),
      agree<TypeOf<"DefaultAgentConfig">, Options.DefaultAgentConfig>(true),
      agree<TypeOf<"SectionOverride">, Options.SectionOverride>(true),
      agree<TypeOf<"SystemMessageSections">, Options.SystemMessageSections>(true),
      agree<TypeOf<"SystemMessageConfig">, Options.SystemMessageConfig>(true),
      agree<TypeOf<"WireSystemMessageConfig">, Options.WireSystemMessageConfig>(true),
      agree<TypeOf<"InfiniteSessionConfig">, Options.InfiniteSessionConfig>(true),
      agree<TypeOf<"LargeOutputConfig">, Options.LargeOutputConfig>(true),
      agree<TypeOf<"ToolSearchConfig">, Options.ToolSearchConfig>(true),
      agree<TypeOf<"CloudSessionOptions">, Options.CloudSessionOptions>(true),
      agree<TypeOf<"GitHubMcpToolConfig">, Options.GitHubMcpToolConfig>(true),
      agree<TypeOf<"ToolFilter">, Options.ToolFilter>(true),
      agree<TypeOf<"ReasoningEffort">, Options.ReasoningEffort>(true),
      agree<TypeOf<"ReasoningSummary">, Options.ReasoningSummary>(true)
    ]
    expect(checks.every((ok) => ok)).toBe(true)
  })

  it("the check tells a drifted interface apart (an option missing from the Schema, a narrower field)", () => {
    // @ts-expect-error an option the Schema does not have
    agree<TypeOf<"SessionOptions">, Options.SessionOptions & { readonly notAnOption: string }>(true)
    // @ts-expect-error a field narrower than its Schema's
    agree<TypeOf<"ToolSearchConfig">, { readonly enabled?: true | undefined; readonly deferThreshold?: number | undefined }>(true)
    expect(agree<{ a?: string }, { b?: string }>(false)).toBe(false)
  })

  it("the public Schemas, built on first use, decode and encode as the options' Structs", () => {
    const options = Schema.decodeUnknownSync(SessionConfig.SessionOptions)({
      model: "gpt-5",
      streaming: true,
      isExperimentalMode: true,
      gitHubToken: "ghp_x"
    })
    expect(options.model).toBe("gpt-5")
    expect(options.enableExperimentalMode).toBe(true)
    expect(Redacted.isRedacted(options.gitHubToken)).toBe(true)
    expect(Schema.encodeSync(SessionConfig.LargeOutputConfig)({ outputDirectory: "/tmp/out" })).toEqual({ outputDir: "/tmp/out" })
    expect(Schema.is(SessionConfig.McpServerConfig)({ command: "mcp-git" })).toBe(true)
    expect(Schema.is(SessionConfig.McpServerConfig)({ url: "https://x" })).toBe(false)
  })
})
