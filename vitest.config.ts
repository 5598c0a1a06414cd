import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration tests each start a real runtime process; two cores do not
    // profit from more than two of them at a time.
    maxWorkers: 2,
    minWorkers: 1
  }
})
