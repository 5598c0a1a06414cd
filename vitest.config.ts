import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: {
    // Tests and examples import the package by name, as its users do.
    alias: [
      { find: /^effect-copilot\/ai$/, replacement: fileURLToPath(new URL("./src/ai/index.ts", import.meta.url)) },
      { find: /^effect-copilot\/sqlite$/, replacement: fileURLToPath(new URL("./src/sqlite/index.ts", import.meta.url)) },
      { find: /^effect-copilot\/cluster$/, replacement: fileURLToPath(new URL("./src/cluster/index.ts", import.meta.url)) },
      { find: /^effect-copilot\/sql$/, replacement: fileURLToPath(new URL("./src/sql/index.ts", import.meta.url)) },
      { find: /^effect-copilot\/extension$/, replacement: fileURLToPath(new URL("./src/extension/index.ts", import.meta.url)) },
      { find: /^effect-copilot\/testing\/mcp$/, replacement: fileURLToPath(new URL("./src/testing/mcp.ts", import.meta.url)) },
      { find: /^effect-copilot\/testing$/, replacement: fileURLToPath(new URL("./src/testing/index.ts", import.meta.url)) },
      { find: /^effect-copilot$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) }
    ]
  },
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
