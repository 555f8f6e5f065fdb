import { defineConfig } from "vitest/config";
import { BROWSER_AS_AT, epochOf } from "./tests/helpers/clock.ts";

// The browser suite's site is as at a fixed day, never the day the tests run (tests/helpers/clock.ts
// says why this one); its test files read the model by the same clock.
process.env["SOURCE_DATE_EPOCH"] = epochOf(BROWSER_AS_AT);

/**
 * The browser suite: builds the site once, serves it, and drives Debian's Chromium through it.
 * One file at a time on one worker, because every file shares the one server and each opens a browser.
 */
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/helpers/global-setup.ts"],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
