import { defineConfig } from "vitest/config";

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
