import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { StrategyModel } from "../../src/model/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { STRATEGY, siteUrl, visit, withSharedPage } from "./helpers/browser.ts";

const derby = readModel("content").model.strategies.find((s) => `/${s.id}/` === STRATEGY);

/** Every kind of page a result can be: each built strategy's words for its pages, drivers and other pages. */
const resultKinds = ["content", ...["long-titles", "carers", "council-plan"].map((f) => `tests/fixtures/${f}`)]
  .flatMap((dir) => readModel(dir).model.strategies)
  .flatMap((s) => [s.words.action.singular, s.words.theme.singular, s.words.report.singular, s.words.measure.singular])
  .concat(["Driver", "Page"]);

/**
 * A word found in the update notes of exactly one action and in no other text of the strategy,
 * so only the pages that show those notes can match it.
 */
function distinctiveWord(strategy: StrategyModel): { word: string; actionId: string } {
  const NOTE_KEYS = new Set(["note", "updates", "history", "latest"]);
  const elsewhere = JSON.stringify(strategy, (key, value: unknown) =>
    NOTE_KEYS.has(key) ? undefined : value,
  ).toLowerCase();
  const owners = new Map<string, Set<string>>();
  for (const a of strategy.actions) {
    for (const u of a.updates ?? []) {
      for (const word of u.note.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? []) {
        owners.set(word, (owners.get(word) ?? new Set()).add(a.id));
      }
    }
  }
  // Month names are left out: pages write every update's date in words.
  const months = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
  for (const [word, ids] of owners) {
    const [actionId] = [...ids];
    if (ids.size === 1 && !months.test(word) && actionId && !new RegExp(`\\b${word}\\b`).test(elsewhere))
      return { word, actionId };
  }
  throw new Error("no word in the update notes belongs to one action only");
}

/** Whether the focused element is a text box for searching, by its type, name or label. */
function searchBoxFocused(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLInputElement)) return false;
    const words = [
      el.type,
      el.name,
      el.id,
      el.className,
      el.placeholder,
      el.getAttribute("aria-label") ?? "",
      ...Array.from(el.labels ?? []).map((l) => l.textContent ?? ""),
    ];
    return el.type === "search" || words.some((w) => /search/i.test(w));
  });
}

function _searchLinkFocused(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLAnchorElement && /^search$/i.test((el.textContent ?? "").trim());
  });
}

/** Presses Tab until `done` says so, as a keyboard user would, giving up after 60 presses. */
async function _tabTo(page: Page, done: () => Promise<boolean>): Promise<void> {
  for (let presses = 0; !(await done()); presses++) {
    if (presses > 60)
      throw new Error(`nothing searchable on ${new URL(page.url()).pathname} could be reached with Tab`);
    await page.keyboard.press("Tab");
  }
}

let page: Page;
withSharedPage((opened) => (page = opened));

describe("search", () => {
  it("finds an action by a word that only its progress notes use, typed with the keyboard", async () => {
    if (!derby) throw new Error("the Derby strategy is missing from content/");
    const { word, actionId } = distinctiveWord(derby);
    // Start where a reader would, on the strategy's home page, and reach search by keyboard alone:
    // a search box in the header, or the header's link to the search page and then its box.
    await visit(page, STRATEGY);
    await _tabTo(page, async () => (await searchBoxFocused(page)) || (await _searchLinkFocused(page)));
    if (!(await searchBoxFocused(page))) {
      await Promise.all([page.waitForURL((url) => /\/search\/?$/.test(url.pathname)), page.keyboard.press("Enter")]);
      await _tabTo(page, () => searchBoxFocused(page));
    }
    const searchPage = new URL(page.url()).pathname;

    // Links to the action already on the page (a list of actions, say) do not count as results.
    const linksTo = `a[href*="/actions/${actionId}/"]`;
    const before = await page.locator(linksTo).filter({ visible: true }).count();
    await page.keyboard.type(word, { delay: 20 });
    await page.keyboard.press("Enter");

    const found = await page
      .waitForFunction(
        ([selector, n]) =>
          Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((a) => a.offsetParent !== null).length >
          n,
        [linksTo, before] as const,
        { timeout: 20_000 },
      )
      .then(
        () => true,
        () => false,
      );
    expect(found, `searching ${searchPage} for "${word}" showed no link to the action ${actionId}`).toBe(true);
  });
});

/** The results listed: each one's type label, title and link. */
function results(p: Page): Promise<{ type: string; title: string; href: string; excerpt: string }[]> {
  return p.evaluate(() =>
    Array.from(document.querySelectorAll(".sp-result")).map((r) => ({
      type: r.querySelector(".sp-result__type")?.textContent?.trim() ?? "",
      title: r.querySelector("a")?.textContent?.trim() ?? "",
      href: r.querySelector("a")?.getAttribute("href") ?? "",
      excerpt: r.querySelector(".sp-result__excerpt")?.textContent ?? "",
    })),
  );
}

describe("a search address", () => {
  it("searches on opening, lists every result with what kind of page it is, and follows what is typed", async () => {
    await visit(page, "/search/?q=recovery");
    await page.waitForSelector(".sp-result", { timeout: 20_000 });
    const found = await results(page);
    const status = await page.getByRole("status").innerText();
    expect(status).toBe(`${found.length} results for “recovery”`);
    // Every result is listed: there is nothing to press for more.
    expect(await page.getByRole("button", { name: /more/i }).count()).toBe(0);
    const types = new Set(found.map((r) => r.type));
    for (const type of ["Action", "Theme", "Driver"])
      expect(types, `no ${type} among ${[...types].join(", ")}`).toContain(type);
    // A result's kind is its strategy's own word (Derby's defaults, the council plan's "Council plan overview report").
    for (const r of found) expect(resultKinds).toContain(r.type);
    // Excerpts are the pages' prose, not their tables' headings.
    for (const r of found) expect(r.excerpt).not.toMatch(/MilestoneDue|About this action|Kind Action/);
    // The box has a label a reader can see, and the results are in body-size text.
    const box = page.getByLabel(/Search every page/);
    expect(await box.inputValue()).toBe("recovery");
    const excerptSize = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector(".sp-result__excerpt") as Element).fontSize),
    );
    expect(excerptSize).toBeGreaterThanOrEqual(16);

    await box.fill("crisis concordat");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "crisis concordat", undefined, {
      timeout: 10_000,
    });
    await expect
      .poll(() => page.getByRole("status").innerText(), { timeout: 20_000 })
      .toMatch(/results? for “crisis concordat”/);
    const driver = (await results(page)).find((r) => r.type === "Driver");
    expect(driver?.href).toMatch(/\/drivers\/#crisis-concordat$/);
    // The address now searches for what was typed, for anyone it is shared with.
    expect(page.url()).toBe(siteUrl("/search/?q=crisis+concordat"));
  });
});
