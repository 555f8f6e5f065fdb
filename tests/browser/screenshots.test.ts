import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import { axeViolations, describeViolations } from "./helpers/axe.ts";
import { LONG_STRATEGY, STRATEGY, launchChromium, newPage, visit } from "./helpers/browser.ts";

const OUT = join(import.meta.dirname, "..", "..", "test-results", "screenshots");
const WIDTHS = [375, 1280];
const firstAction =
  readModel("content").model.strategies.find((s) => `/${s.id}/` === STRATEGY)?.actions[0]?.id ?? "missing";
const PAGES: [string, string][] = [
  ["home", STRATEGY],
  ["plan", `${STRATEGY}plan/`],
  ["action", `${STRATEGY}actions/${firstAction}/`],
  ["dashboard", `${STRATEGY}dashboard/`],
  ["dashboard-filtered", `${STRATEGY}dashboard/?status=at-risk`],
  ["dashboard-long-titles", `${LONG_STRATEGY}dashboard/`],
  ["search", "/search/?q=recovery"],
  ["easy-read", `${STRATEGY}easy-read/`],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(WIDTHS)("at %ipx wide", (width) => {
  it.each(PAGES)(
    "the %s page fits the screen, passes axe-core in this layout, and is saved as a screenshot",
    async (name, path) => {
      const page = await newPage(browser, { viewport: { width, height: 900 } });
      try {
        await visit(page, path);
        // A search address searches as it opens: wait for its results before the picture is taken.
        if (name === "search") await page.waitForSelector(".sp-result", { timeout: 20_000 });
        // WCAG 1.4.10 Reflow: reading the page must not need sideways scrolling.
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        const file = join(OUT, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(1000);
        expect(scrollWidth, `${path} is ${scrollWidth}px wide in a ${width}px window`).toBeLessThanOrEqual(width);
        // A narrow layout has its own controls (a menu button, say), so it is checked in its own right.
        expect(describeViolations(`${path} at ${width}px`, await axeViolations(page))).toBe("");
      } finally {
        await page.context().close();
      }
    },
  );
});
