import { describe, expect, it } from "@effect/vitest"
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Exit, Scope } from "effect"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Postgres from "./support/postgres.js"

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe("the PostgreSQL test harness", () => {
  it.layer(Postgres.layer)((it) => {
    it.effect("gives a database that answers SQL, at a URL other processes can use", () =>
      Effect.gen(function*() {
        const pg = yield* Postgres.Postgres
        const sql = yield* SqlClient.SqlClient
        yield* sql`CREATE TABLE harness_probe (id integer primary key, name text not null)`
        yield* sql`INSERT INTO harness_probe ${sql.insert({ id: 1, name: "one" })}`
        const rows = yield* sql<{ name: string; db: string }>`SELECT name, current_database() AS db FROM harness_probe`
        expect(rows).toEqual([{ name: "one", db: pg.database }])
        expect(new URL(pg.url).hostname).toBe("127.0.0.1")
        console.log(`postgres (${pg.kind}) ready in ${pg.startMillis} ms`)
      }))
  })

  it.effect("stops the server and removes its data when the scope closes, also after a failure", () =>
    Effect.gen(function*() {
      if (process.env["PG_URL"]) return
      const scope = yield* Scope.make()
      const pg = yield* Postgres.server.pipe(Scope.extend(scope))
      expect(pg.pid !== undefined && alive(pg.pid)).toBe(true)
      const dirs = () => Fs.readdirSync(Os.tmpdir()).filter((name) => name.startsWith("effect-copilot-pg-"))
      const before = dirs().length
      yield* Scope.close(scope, Exit.fail("the test failed"))
      expect(alive(pg.pid!)).toBe(false)
      expect(dirs().length).toBe(before - 1)
    }))
})
