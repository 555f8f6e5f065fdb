import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type { AxeResults, Result } from "axe-core";

const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules: the bar every page must clear. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe-core in the page against the WCAG A and AA rules and returns what it found. */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: "tag", values: tags },
      }),
    WCAG_TAGS,
  );
  return results.violations;
}

/** Violations as a reader wants them: rule, what it asks, where on the page, and how to fix it. */
export function describeViolations(path: string, violations: readonly Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map(
        (n) => `    - ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`,
      );
      return `${path}: ${v.id} (${v.impact ?? "?"}) — ${v.help}\n    ${v.helpUrl}\n${nodes.join("\n")}`;
    })
    .join("\n");
}

/**
 * Runs axe-core on a page as a reader without JavaScript sees it. axe needs scripts and timers to run,
 * so the page's markup is taken with JavaScript off, stripped of its scripts, and checked in a
 * scripted page at the same address and size.
 */
export async function axeViolationsWithoutJavaScript(noScriptPage: Page): Promise<Result[]> {
  await noScriptPage.evaluate(() => document.querySelectorAll("script").forEach((s) => s.remove()));
  const html = await noScriptPage.content();
  const url = noScriptPage.url();
  const browser = noScriptPage.context().browser();
  if (!browser) throw new Error("the page has no browser");
  const context = await browser.newContext({ viewport: noScriptPage.viewportSize(), reducedMotion: "reduce" });
  try {
    const page = await context.newPage();
    await page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await page.goto(url, { waitUntil: "load" });
    return await axeViolations(page);
  } finally {
    await context.close();
  }
}
