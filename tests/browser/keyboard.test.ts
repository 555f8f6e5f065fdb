import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { STRATEGY, visit, withSharedPage } from "./helpers/browser.ts";

const PAGES = ["/", STRATEGY, `${STRATEGY}plan/`, `${STRATEGY}dashboard/`];

let page: Page;
withSharedPage((opened) => (page = opened));

/** What a keyboard user has focused: enough to say what it is and where it sits. */
function focused(p: Page) {
  return p.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.textContent ?? "").trim(),
      href: el?.getAttribute("href") ?? "",
      inMain: Boolean(el?.closest("main")),
      isMain: el?.tagName.toLowerCase() === "main",
    };
  });
}

describe.each(PAGES)("keyboard on %s", (path) => {
  it("focuses the skip link first, and the skip link moves focus to the main content", async () => {
    await visit(page, path);
    await page.keyboard.press("Tab");
    const first = await focused(page);
    expect(first.tag, "the first Tab should land on a link").toBe("a");
    expect(first.text).toMatch(/skip to (the )?main content/i);
    expect(first.href).toMatch(/^#.+/);

    const targetId = first.href.slice(1);
    const target = await page.evaluate((id) => {
      const el = document.getElementById(id);
      return el
        ? {
            isMain: el.tagName.toLowerCase() === "main",
            holdsMain: Boolean(el.querySelector("main") ?? el.closest("main")),
          }
        : null;
    }, targetId);
    expect(target, `the skip link's target #${targetId} should exist`).not.toBeNull();
    expect(target?.isMain || target?.holdsMain, `#${targetId} should be, or hold, the <main> element`).toBe(true);

    await page.keyboard.press("Enter");
    const after = await focused(page);
    expect(after.isMain || after.inMain, `after the skip link, focus should be on <main>, not on <${after.tag}>`).toBe(
      true,
    );
    // The next Tab continues from the main content, not from the header.
    await page.keyboard.press("Tab");
    const next = await focused(page);
    if (next.tag !== "body")
      expect(next.inMain, `the Tab after the skip link reached <${next.tag}> "${next.text}" outside <main>`).toBe(true);
  });
});
