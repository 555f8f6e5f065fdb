import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import { STATUS_LABELS, type StrategyModel } from "../../src/model/index.ts";
import { DERBY, REPO, derbySite, elements, filesUnder, pagesUnder, readPage, textOf } from "./build.ts";
import { brokenLinks } from "./links.ts";

const { model } = readModel(join(REPO, "content"));
const derby = model.strategies.find((s) => s.id === DERBY) as StrategyModel;
let site: string;

beforeAll(async () => {
  site = await derbySite();
}, 120_000);

const h1Of = (file: string) => textOf(elements(readPage(site, file), (el) => el.name === "h1"));

describe("the Derby site", () => {
  it("has no broken internal link, asset or #fragment", () => {
    const { checked, problems } = brokenLinks(site);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(pagesUnder(site).length * 10);
  });

  it("has a page for every action and every theme, headed with its title", () => {
    for (const action of derby.actions)
      expect(h1Of(`${DERBY}/actions/${action.id}/index.html`)).toBe(`${action.number}. ${action.title}`);
    for (const theme of derby.themes) expect(h1Of(`${DERBY}/themes/${theme.id}/index.html`)).toBe(theme.title);
    for (const report of derby.reports) expect(h1Of(`${DERBY}/reports/${report.id}/index.html`)).toBe(report.title);
  });

  it("gives every page one h1, a title, the strategy's language and the illustrative-data notice", () => {
    for (const page of pagesUnder(site)) {
      const doc = readPage(site, page);
      const html = elements(doc, (el) => el.name === "html")[0];
      expect(
        elements(doc, (el) => el.name === "h1"),
        page,
      ).toHaveLength(1);
      expect(textOf(elements(doc, (el) => el.name === "title")), page).not.toBe("");
      expect(html?.attribs["lang"], page).toBe(derby.meta.language);
      expect(textOf(elements(doc, (el) => (el.attribs["class"] ?? "").includes("sp-illustrative"))), page).toContain(
        "made-up examples",
      );
    }
  });

  it("lists each action at the status its own page shows, in the filtered view for that status", () => {
    const statusOnPage = (file: string) =>
      textOf(elements(readPage(site, file), (el) => (el.attribs["class"] ?? "").includes("sp-status-line")));
    const labels = Object.entries(STATUS_LABELS);
    const byStatus = new Map<string, string[]>();
    for (const action of derby.actions) {
      const shown = statusOnPage(`${DERBY}/actions/${action.id}/index.html`);
      const status = labels.find(([, label]) => shown.startsWith(label))?.[0];
      expect(status, `${action.id} shows "${shown}"`).toBeDefined();
      byStatus.set(status as string, [...(byStatus.get(status as string) ?? []), action.id]);
    }
    // A view of actions with no progress reported exists only where some action has none.
    for (const [status, label] of labels.filter(([s]) => s !== "not-reported" || byStatus.has(s))) {
      const view = readPage(site, `${DERBY}/dashboard/status/${status}/index.html`);
      const listed = elements(
        view,
        (el) => el.name === "a" && /\/actions\/[^/]+\/$/.test(el.attribs["href"] ?? ""),
      ).map((a) => a.attribs["href"]?.split("/").at(-2));
      expect(listed, label).toEqual(byStatus.get(status) ?? []);
    }
  });

  it("draws each status chart bar with the number its table gives", () => {
    const dashboard = readPage(site, `${DERBY}/dashboard/index.html`);
    const figure = elements(dashboard, (el) => el.name === "figure").find(
      (f) => textOf(elements(f, (el) => el.name === "figcaption")) === "Number of actions in each status",
    );
    expect(figure).toBeDefined();
    const bars = elements(figure!, (el) => el.attribs["class"] === "sp-chart__value").map((el) => textOf(el));
    const rows = elements(figure!, (el) => el.name === "tr").slice(1);
    const table = rows.map((tr) => textOf(elements(tr, (el) => el.name === "td")[0]!));
    expect(bars).toEqual(table);
    expect(bars.map(Number).reduce((a, b) => a + b, 0)).toBe(derby.actions.length);
  });

  it("explains every column of the published CSV files, in their order", () => {
    const doc = readPage(site, `${DERBY}/open-data/index.html`);
    const tables = elements(doc, (el) => el.name === "table").map((t) =>
      elements(t, (el) => el.name === "code").map((c) => textOf(c)),
    );
    const header = (file: string) =>
      readFileSync(join(site, DERBY, file), "utf8")
        .split("\r\n")[0]
        ?.split(",");
    expect(tables).toEqual([
      header("actions.csv"),
      header("updates.csv"),
      ...(derby.risks.length ? [header("risks.csv")] : []),
    ]);
  });

  it("lists every page in the sitemap at the site's base address, and no error page", () => {
    const sitemap = readFileSync(join(site, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const expected = pagesUnder(site)
      .filter((p) => p !== "404.html")
      .map((p) => new URL(p.replace(/index\.html$/, ""), model.site.base_url).href);
    expect([...locs].sort()).toEqual(expected.sort());
  });

  it("carries no other brand: no GOV.UK typeface, font files, crown or logotype", () => {
    const files = filesUnder(site);
    expect(files.filter((f) => /\.(woff2?|ttf|otf)$/.test(f))).toEqual([]);
    const css = readFileSync(join(site, "assets", "govuk-frontend.min.css"), "utf8");
    expect(css).not.toMatch(/GDS Transport|@font-face/);
    for (const page of pagesUnder(site)) {
      const html = readFileSync(join(site, page), "utf8");
      expect(html, page).not.toMatch(/GOV\.UK|govuk-header__logotype|govuk-logo/);
    }
  });

  it("indexes every searchable page for search, and says what to do without JavaScript", () => {
    const entry = JSON.parse(readFileSync(join(site, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const searchable = pagesUnder(site).filter((p) =>
      readFileSync(join(site, p), "utf8").includes("data-pagefind-body"),
    );
    expect(indexed).toBe(searchable.length);
    // All but the 404 page, the search page itself, the editors' checks and the dashboard's filtered
    // views (lists of actions whose own pages search finds).
    const unsearchable = pagesUnder(site).filter(
      (p) =>
        p === "404.html" ||
        p === "search/index.html" ||
        p.startsWith(`${DERBY}/editors/`) ||
        /\/dashboard\/[^/]+\/[^/]+\//.test(p),
    );
    expect(unsearchable.length).toBeGreaterThan(20);
    expect(searchable.length).toBe(pagesUnder(site).length - unsearchable.length);
    const search = readFileSync(join(site, "search", "index.html"), "utf8");
    expect(search).toContain("Search is unavailable without JavaScript");
    expect(search).toContain(`href="/${DERBY}/actions/"`);
  });

  it("states in its accessibility statement the standard, how to report a problem and the date it was checked", () => {
    const text = textOf(elements(readPage(site, `${DERBY}/accessibility/index.html`), (el) => el.name === "main"));
    expect(text).toContain("(WCAG) version 2.2 at level AA");
    expect(text).toContain("The website was last tested on 23 November 2026.");
    expect(text).toContain(derby.meta.contact?.email ?? "missing contact");
    // The model statement's parts: compliance status, what is not accessible and why, enforcement, testing.
    expect(text).toContain(
      "This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA",
    );
    expect(text).toContain("its figure 1 is missing from the source text");
    expect(text).toContain("Equality and Human Rights Commission (EHRC)");
    expect(text).toContain("Equality Advisory and Support Service (EASS)");
    const pages = pagesUnder(site).length - 1; // every page but the 404
    expect(text).toContain(`every one of the site's ${pages} pages, with axe-core`);
    expect(text).toContain(
      "Each board report is also published as a PDF board paper, and the easy-read summary as a PDF of its own",
    );
    expect(text).toContain("looked at on a phone-sized screen");
  });

  it("gives an easy-read summary its own page, linked from the strategy's home, with its PDF's size and pages", () => {
    const home = readPage(site, `${DERBY}/index.html`);
    expect(elements(home, (el) => el.name === "a" && el.attribs["href"] === `/${DERBY}/easy-read/`).length).toBe(1);
    const page = readPage(site, `${DERBY}/easy-read/index.html`);
    const text = textOf(elements(page, (el) => el.name === "main"));
    expect(text).toContain("Written for this website.");
    expect(text).toContain("What will change for people?");
    const pdf = readFileSync(join(site, DERBY, "easy-read.pdf"));
    const link = elements(page, (el) => el.name === "a" && el.attribs["href"] === `/${DERBY}/easy-read.pdf`)[0]!;
    expect(textOf(link)).toBe(`Download this easy-read summary (PDF, ${Math.round(pdf.length / 1000)} KB, 2 pages)`);
  });

  it("says how big each board paper is and how many pages it has", () => {
    const reports = textOf(elements(readPage(site, `${DERBY}/reports/index.html`), (el) => el.name === "main"));
    for (const report of derby.reports) {
      const bytes = readFileSync(join(site, DERBY, "reports", `${report.id}.pdf`)).length;
      expect(reports).toMatch(new RegExp(`${report.title}[^()]*\\(PDF, ${Math.round(bytes / 1000)} KB, \\d+ pages\\)`));
    }
  });
});
