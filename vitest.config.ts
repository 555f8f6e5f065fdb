import { defineConfig } from "vitest/config";
import { DERBY_AS_AT, epochOf } from "./tests/helpers/clock.ts";

// Every build in the tests is as at a fixed day, never the day the tests run (tests/helpers/clock.ts
// says why this one); a test that needs another day gives it with --as-at.
process.env["SOURCE_DATE_EPOCH"] = epochOf(DERBY_AS_AT);

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "node_modules/**"],
    // Derby is built once for the whole run; test files read it through inject("derbySite").
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/setup.ts"],
    // Two cores: whole-build tests are heavy, so keep to two workers.
    maxWorkers: 2,
    // A whole-site build takes 10–30 s alone and several times that on a machine shared with other runs:
    // hooks that build a site and tests that build one get budgets that fit, not vitest's 5–10 s defaults.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
