import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import { axeViolationsWithoutJavaScript, describeViolations } from "./helpers/axe.ts";
import { STRATEGY, launchChromium, newPage, visit } from "./helpers/browser.ts";

const firstAction =
  readModel("content").model.strategies.find((s) => `/${s.id}/` === STRATEGY)?.actions[0]?.id ?? "missing";
const PAGES = [STRATEGY, `${STRATEGY}plan/`, `${STRATEGY}actions/${firstAction}/`, `${STRATEGY}dashboard/`, "/search/"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([375, 1280])("with JavaScript off, at %ipx wide", (width) => {
  it.each(PAGES)("%s passes axe-core and shows all its navigation", async (path) => {
    const page = await newPage(browser, { javaScriptEnabled: false, viewport: { width, height: 900 } });
    try {
      await visit(page, path);
      // A menu that only a script can open would leave the sections out of reach. (Breadcrumbs
      // shorten on a phone by design, scripts or not, so they are not counted.)
      const hidden = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLAnchorElement>('nav:not([aria-label="Breadcrumb"]) a[href]'))
          .filter((a) => a.offsetParent === null)
          .map((a) => (a.textContent ?? "").trim()),
      );
      expect(hidden, `navigation links hidden without JavaScript on ${path}`).toEqual([]);
      expect(
        describeViolations(`${path} at ${width}px without JavaScript`, await axeViolationsWithoutJavaScript(page)),
      ).toBe("");
    } finally {
      await page.context().close();
    }
  });
});

describe("the search page without JavaScript", () => {
  it("says search needs JavaScript and links to the lists that reach every page", async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      await visit(page, "/search/");
      const main = page.locator("main");
      await expect.poll(() => main.innerText()).toMatch(/JavaScript/);
      expect(await main.locator(`a[href$="${STRATEGY}actions/"]`).isVisible()).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
