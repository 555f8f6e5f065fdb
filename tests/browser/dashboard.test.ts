import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import { STRATEGY, launchChromium, newPage, visit } from "./helpers/browser.ts";

const STATUS = "at-risk";
const LABEL = "At risk";
const derby = readModel("content").model.strategies.find((s) => `/${s.id}/` === STRATEGY);
const expected = (derby?.actions ?? []).filter((a) => a.progress.status === STATUS).map((a) => a.id).sort();

/** The actions a reader can see linked in the main content, by id. */
function visibleActions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = Array.from(document.querySelectorAll<HTMLAnchorElement>("main a[href]"))
      .filter((a) => a.offsetParent !== null)
      .map((a) => /\/actions\/([^/]+)\/$/.exec(new URL(a.href).pathname)?.[1])
      .filter((id): id is string => Boolean(id));
    return [...new Set(ids)].sort();
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("filtering the dashboard by status", () => {
  it("has actions at risk to filter for", () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  it("works with JavaScript off, by following the link for a status", async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      await visit(page, `${STRATEGY}dashboard/`);
      expect((await visibleActions(page)).length, "the dashboard should list every action").toBe(derby?.actions.length);
      const link = page.locator(`main a[href$="/dashboard/status/${STATUS}/"]`).first();
      expect(await link.count(), `no link to the ${LABEL} view on the dashboard`).toBe(1);
      await Promise.all([page.waitForURL(`**/dashboard/status/${STATUS}/`), link.click()]);
      expect(await visibleActions(page)).toEqual(expected);
      expect(await page.locator("h1").innerText()).toContain(LABEL);
    } finally {
      await page.context().close();
    }
  });

  it("works with JavaScript on, in place, with the status control", async () => {
    const page = await newPage(browser);
    try {
      await visit(page, `${STRATEGY}dashboard/`);
      const control = page.getByRole("combobox", { name: "Status" });
      await control.waitFor({ state: "visible", timeout: 10_000 });
      await control.selectOption({ label: LABEL });
      expect(await visibleActions(page)).toEqual(expected);
      await expect.poll(() => page.getByRole("status").innerText()).toContain(`${expected.length} of ${derby?.actions.length}`);
      // Back to all: every action shows again.
      await control.selectOption({ label: "All" });
      expect((await visibleActions(page)).length).toBe(derby?.actions.length);
    } finally {
      await page.context().close();
    }
  });
});
