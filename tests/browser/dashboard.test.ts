import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import { STRATEGY, launchChromium, newPage, visit } from "./helpers/browser.ts";

const STATUS = "at-risk";
const LABEL = "At risk";
const derby = readModel("content").model.strategies.find((s) => `/${s.id}/` === STRATEGY);
const expected = (derby?.actions ?? [])
  .filter((a) => a.progress.status === STATUS)
  .map((a) => a.id)
  .sort();
const total = derby?.actions.length ?? 0;

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

describe("the dashboard's headline figures", () => {
  it("link to the actions they count, with JavaScript off", async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      await visit(page, `${STRATEGY}dashboard/`);
      expect((await visibleActions(page)).length, "the dashboard should list every action").toBe(total);
      const figure = page.locator(".sp-figures a", { hasText: LABEL.toLowerCase() });
      expect(await figure.innerText()).toMatch(new RegExp(`^${expected.length}\\s+${LABEL.toLowerCase()}$`));
      await Promise.all([page.waitForURL(`**/dashboard/status/${STATUS}/`), figure.click()]);
      expect(await visibleActions(page)).toEqual(expected);
      expect(await page.locator("h1").innerText()).toContain(LABEL);
    } finally {
      await page.context().close();
    }
  });
});

describe("filtering the dashboard with the form", () => {
  it("has actions at risk to filter for", () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  it("filters in place, records the choice in the address, and keeps it on reload", async () => {
    const page = await newPage(browser);
    try {
      await visit(page, `${STRATEGY}dashboard/`);
      const control = page.getByRole("combobox", { name: "Status" });
      await control.waitFor({ state: "visible", timeout: 10_000 });
      await control.selectOption({ label: `${LABEL} (${expected.length})` });
      expect(await visibleActions(page)).toEqual(expected);
      await expect.poll(() => page.getByRole("status").innerText()).toContain(`${expected.length} of ${total}`);
      expect(new URL(page.url()).searchParams.get("status")).toBe(STATUS);

      await page.reload({ waitUntil: "load" });
      expect(new URL(page.url()).searchParams.get("status")).toBe(STATUS);
      await expect.poll(() => control.inputValue()).toBe(STATUS);
      expect(await visibleActions(page)).toEqual(expected);
    } finally {
      await page.context().close();
    }
  });

  it("opens a shared address already filtered, and offers a way back from an empty result", async () => {
    const page = await newPage(browser);
    try {
      // Complete and overdue cannot both be true of an action: no action matches.
      await visit(page, `${STRATEGY}dashboard/?status=complete&attention=overdue`);
      await expect.poll(() => page.getByRole("status").innerText()).toContain(`0 of ${total}`);
      expect(await visibleActions(page)).toEqual([]);
      const back = page.getByRole("link", { name: `Show all ${total} actions` });
      expect(await back.isVisible()).toBe(true);
      await back.click();
      await expect.poll(() => visibleActions(page).then((ids) => ids.length)).toBe(total);
      expect(new URL(page.url()).search).toBe("");
    } finally {
      await page.context().close();
    }
  });
});
