import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import { axeViolations, describeViolations } from "./helpers/axe.ts";
import { STRATEGY, sitePages, visit, withSharedPage } from "./helpers/browser.ts";

const pages = sitePages();
const derby = readModel("content").model.strategies.find((s) => `/${s.id}/` === STRATEGY);
const carers = readModel("tests/fixtures/carers").model.strategies[0];

/** Every address on this site that a page links to, with the first page that links it. */
const linked = new Map<string, string>();

let page: Page;
withSharedPage((opened) => (page = opened));

describe("the site's pages", () => {
  it("include the site root, the strategy's main pages and a page for every action", () => {
    if (!derby) throw new Error("the Derby strategy is missing from content/");
    const expected = [
      "/",
      STRATEGY,
      `${STRATEGY}plan/`,
      `${STRATEGY}dashboard/`,
      ...derby.actions.map((a) => `${STRATEGY}actions/${a.id}/`),
    ];
    expect(expected.filter((path) => !pages.includes(path))).toEqual([]);
  });

  it("include the carers strategy's pages, its lead organisations' pages among them", () => {
    if (!carers) throw new Error("the carers fixture is missing");
    const base = `/${carers.id}/`;
    const expected = [
      base,
      `${base}plan/`,
      `${base}dashboard/organisation/northbury-ccg/`,
      ...carers.actions.map((a) => `${base}actions/${a.id}/`),
    ];
    expect(expected.filter((path) => !pages.includes(path))).toEqual([]);
  });
});

describe.each(pages)("%s", (path) => {
  // One visit per page for both checks: opening each of a hundred pages twice doubled the suite's slowest part.
  it("has no WCAG 2.2 A or AA violations found by axe-core, one h1, a title and a language", async () => {
    await visit(page, path);
    const facts = await page.evaluate(() => ({
      h1: document.querySelectorAll("h1").length,
      title: document.title.trim(),
      lang: document.documentElement.getAttribute("lang") ?? "",
    }));
    for (const href of await _sameSiteLinks(page)) if (!linked.has(href)) linked.set(href, path);
    expect(facts.h1, `${path} should have exactly one h1`).toBe(1);
    expect(facts.title, `${path} should have a <title>`).not.toBe("");
    expect(facts.lang, `${path} should have <html lang>`).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
    // Compared as text, so a failure prints each rule, its help, the elements and the page.
    expect(describeViolations(path, await axeViolations(page))).toBe("");
  });
});

describe("links between pages", () => {
  it("all lead somewhere: pages, data files, schemas and reports answer 200", async () => {
    expect(linked.size).toBeGreaterThan(pages.length);
    const broken: string[] = [];
    for (const [href, from] of linked) {
      const response = await fetch(href);
      if (response.status !== 200) broken.push(`${new URL(href).pathname} (${response.status}), linked from ${from}`);
    }
    expect(broken.join("\n")).toBe("");
  });
});

/** The page's links to this site, without fragments. */
function _sameSiteLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>("a[href], link[href]"))
      .map((a) => new URL(a.href, document.baseURI))
      .filter((url) => url.origin === location.origin)
      .map((url) => url.origin + url.pathname + url.search),
  );
}
