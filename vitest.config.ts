import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "node_modules/**"],
    // Two cores: whole-build tests are heavy, so keep to two workers.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
