import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./helpers/axe.ts";
import { LONG_STRATEGY, STRATEGY, launchChromium, newPage, sitePages, visit } from "./helpers/browser.ts";

/** Every page: Derby's, the long-titled fixture's and the site's own. */
const pages = sitePages();
const WIDTHS = [320, 375, 1280] as const;

/**
 * The page of each template in each strategy that axe checks in the phone layout: its first action page, its first
 * theme page and so on. Pages of one template share their layout and controls; pages.test.ts checks every page at 1,280 px.
 */
const phoneChecked = new Set([...new Map(pages.map((path) => [_template(path), path] as const).reverse()).values()]);

function _template(path: string): string {
  // "/derby-mental-health/actions/a01/" → "derby-mental-health/actions/*": the strategy and section, then the items.
  const [strategy = "", section = "", ...items] = path.split("/").filter(Boolean);
  return [strategy, section, ...items.map(() => "*")].join("/");
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser, { viewport: { width: WIDTHS[0], height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

/** Resizes the window and lets the page's scripts answer (the menu button listens for the phone layout). */
async function resize(width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** What sticks out past the window's right edge, so a failure says which element to fix. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest(".sp-table-wrap .govuk-table"))
      .slice(0, 5)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.className}"> ${Math.round(el.getBoundingClientRect().right)}px`,
      );
  });
}

describe("the pages built for the suite", () => {
  it("include Derby's and the long-titled strategy's", () => {
    expect(pages).toContain(`${STRATEGY}dashboard/`);
    expect(pages).toContain(`${LONG_STRATEGY}dashboard/`);
  });

  it("have one page of each template, in each strategy, that axe checks in the phone layout", () => {
    expect(phoneChecked).toContain(STRATEGY);
    expect([...phoneChecked].filter((path) => path.startsWith(`${STRATEGY}actions/`))).toHaveLength(2);
    expect([...phoneChecked].filter((path) => path.startsWith(`${LONG_STRATEGY}themes/`))).toHaveLength(2);
  });
});

// WCAG 1.4.10 Reflow: at 320 CSS px (and a phone's 375, and a desktop's 1,280) nothing needs sideways scrolling.
// Each page is opened once and the window resized around it: the layout at a width is the stylesheet's, however
// the window came to be that wide.
describe("every page, at each width", () => {
  it.each(pages)("%s does not scroll sideways", async (path) => {
    await resize(WIDTHS[0]);
    await visit(page, path);
    for (const width of WIDTHS) {
      if (width !== WIDTHS[0]) await resize(width);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      const culprits = scrollWidth > width ? (await overflowing(page)).join("\n") : "";
      expect(scrollWidth, `${path} is ${scrollWidth}px wide in a ${width}px window:\n${culprits}`).toBeLessThanOrEqual(
        width,
      );
      // The phone layout has its own controls (the menu button): axe checks it too (pages.test.ts checks 1,280 px).
      if (width === 375 && phoneChecked.has(path))
        expect(describeViolations(`${path} at ${width}px`, await axeViolations(page))).toBe("");
    }
  });
});
