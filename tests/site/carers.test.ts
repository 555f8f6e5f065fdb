import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { readModel } from "../../src/pipeline.ts";
import type { StrategyModel } from "../../src/model/index.ts";
import { REPO, build, carersSite, elements, pagesUnder, readPage, scratch, textOf } from "./build.ts";
import { brokenLinks } from "./links.ts";
import { AS_AT, clockAt } from "../helpers/clock.ts";

const ID = "carers-strategy";
const { model } = readModel(join(REPO, "tests", "fixtures", "carers"), process.cwd(), { clock: clockAt(AS_AT.carers) });
const carers = model.strategies[0] as StrategyModel;
let site: string;

beforeAll(async () => {
  site = await carersSite();
}, 120_000);

/** A page's visible words: scripts dropped, spaces squashed. */
const words = (file: string) => textOf(elements(readPage(site, file), (el) => el.name === "body")).replace(/\s+/g, " ");
const h1Of = (file: string) => textOf(elements(readPage(site, file), (el) => el.name === "h1")).trim();
/** The action pages a page links to, by id, in order. */
const actionLinks = (file: string) =>
  elements(readPage(site, file), (el) => el.name === "a" && /\/actions\/[^/]+\/$/.test(el.attribs["href"] ?? "")).map(
    (a) => a.attribs["href"]?.split("/").at(-2),
  );

describe("the carers strategy's site: a strategy of another shape", () => {
  it("has no broken internal link", () => {
    expect(brokenLinks(site).problems).toEqual([]);
  });

  it("uses its own words and none of Derby's, on every page", () => {
    // The open data page documents the file formats, whose names (themes/*.yaml, the `themes` column) are fixed.
    const pages = pagesUnder(site).filter((p) => !p.startsWith(`${ID}/open-data/`));
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const text = words(page);
      for (const banned of [
        /\bthemes?\b/i,
        /\b2014\b/,
        /\b2019\b/,
        /mental health/i,
        /Health and Wellbeing/,
        /Derby/,
        /board reports?/i,
        /board papers?/i,
      ]) {
        expect(text, `${page} says ${banned}`).not.toMatch(banned);
      }
    }
    expect(words(`${ID}/themes/index.html`)).toContain("Priorities");
    expect(h1Of(`${ID}/themes/index.html`)).toBe("Priorities");
    expect(words(`${ID}/themes/identify/index.html`)).toContain("Priority 1");
    expect(words(`${ID}/themes/identify/index.html`)).toContain("Objectives");
    expect(h1Of(`${ID}/reports/index.html`)).toBe("Progress reports");
    expect(words(`${ID}/reports/index.html`)).toContain(
      "Progress reports on the strategy to the Northbury Carers Partnership Board",
    );
  });

  it("describes the fixed CSV columns in its own words on the open data page", () => {
    const text = words(`${ID}/open-data/index.html`);
    expect(text).toContain("Priority ids, separated by semicolons");
    expect(text).toContain("The id of the priority it belongs to; empty for a measure of the whole strategy");
    expect(text).not.toMatch(/Theme ids|of the theme it belongs/);
  });

  it("numbers actions by the plan's own references, in titles, breadcrumbs and lists", () => {
    for (const action of carers.actions) {
      expect(action.ref).toMatch(/^\d\.\d\.\d$/);
      expect(h1Of(`${ID}/actions/${action.id}/index.html`)).toBe(`${action.ref} ${action.title}`);
      expect(words(`${ID}/actions/${action.id}/index.html`)).toContain(`Action ${action.ref}`);
    }
    expect(words(`${ID}/actions/index.html`)).toContain("2.1.1 Commission a short breaks service");
  });

  it("shows a mention of another action by its number and title, linked to it, never by its id", () => {
    const page = readPage(site, `${ID}/actions/hospital-discharge/index.html`);
    const link = elements(page, (el) => el.name === "a" && el.attribs["href"] === "../gp-carers-register/")[0];
    expect(link && textOf(link)).toBe(
      "action 1.1.1 (Every GP practice keeps a register of the carers among its patients)",
    );
    // In an update's note, shown by the update history component, as in the description.
    const inNote = elements(page, (el) => el.name === "a" && el.attribs["href"] === "../short-breaks/")[0];
    expect(inNote && textOf(inNote)).toBe("action 2.1.1 (Commission a short breaks service)");
    const text = words(`${ID}/actions/hospital-discharge/index.html`);
    expect(text).toContain("will share what it finds with action 2.1.1 (Commission a short breaks service)");
    expect(text).not.toMatch(/\bgp-carers-register\b|\bshort-breaks\b/);
  });

  it("shows ongoing work as Ongoing, periods in words, and never calls it overdue", () => {
    const forum = words(`${ID}/actions/carers-forum/index.html`);
    expect(forum).toContain("Ongoing");
    expect(forum).not.toContain("Overdue");
    expect(words(`${ID}/actions/short-breaks/index.html`)).toContain("July to September 2017");
    expect(words(`${ID}/actions/school-young-carers/index.html`)).toContain("2017/18");
    expect(actionLinks(`${ID}/dashboard/attention/overdue/index.html`)).toEqual(["short-breaks"]);
  });

  it("says a percentage not reported is not reported, and leaves it out of the average", () => {
    const discharge = words(`${ID}/actions/hospital-discharge/index.html`);
    expect(discharge).toContain("Percent complete not reported");
    expect(discharge).not.toMatch(/\b\d+% complete/);
    // Carers' assessments has reported nothing: it is neither 0% nor counted in the average.
    expect(carers.tally.percentOf).toEqual({ reported: 3, of: 6 });
    expect(words(`${ID}/dashboard/index.html`)).toContain(
      `${carers.tally.percent}% complete on average (average of 3 of 6 actions; the others report no percentage)`,
    );
  });

  it("gives each lead organisation a page listing the actions it leads, and each person one page", () => {
    expect(h1Of(`${ID}/dashboard/organisation/northbury-ccg/index.html`)).toBe(
      "Lead organisation: Northbury Clinical Commissioning Group",
    );
    expect(actionLinks(`${ID}/dashboard/organisation/northbury-ccg/index.html`)).toEqual([
      "gp-carers-register",
      "hospital-discharge",
      "short-breaks",
    ]);
    expect(actionLinks(`${ID}/dashboard/organisation/carers-centre/index.html`)).toEqual(["hospital-discharge"]);
    expect(actionLinks(`${ID}/dashboard/organisation/northbury-council/index.html`)).toEqual([
      "school-young-carers",
      "carers-assessments",
    ]);
    // One person's three actions, led with and without a second organisation, are one lead.
    expect(actionLinks(`${ID}/dashboard/lead/priya-shah/index.html`)).toEqual([
      "gp-carers-register",
      "hospital-discharge",
      "short-breaks",
    ]);
    expect(actionLinks(`${ID}/dashboard/lead/all-partners/index.html`)).toEqual(["carers-forum"]);
    const discharge = readPage(site, `${ID}/actions/hospital-discharge/index.html`);
    const orgLinks = elements(
      discharge,
      (el) => el.name === "a" && (el.attribs["href"] ?? "").includes("/dashboard/organisation/"),
    ).map((a) => textOf(a));
    expect(orgLinks).toEqual(["Northbury Clinical Commissioning Group", "Northbury Carers Centre"]);
  });

  it("is branded with the strategy's own publisher, and is not marked as example data", () => {
    for (const page of [`${ID}/index.html`, `${ID}/actions/short-breaks/index.html`]) {
      const doc = readPage(site, page);
      expect(textOf(elements(doc, (el) => (el.attribs["class"] ?? "").includes("sp-header__publisher")))).toBe(
        "Northbury Carers Partnership",
      );
      expect(elements(doc, (el) => el.name === "body")[0]?.attribs["style"]).toBe("--sp-brand: #4b2a6b");
      expect(words(page)).not.toContain("made-up examples");
    }
  });

  it("leaves the drivers, service models and timescales out, as the strategy has none", () => {
    expect(pagesUnder(site).some((p) => p.startsWith(`${ID}/drivers/`))).toBe(false);
    expect(h1Of(`${ID}/plan/index.html`)).toBe("The plan");
    const plan = words(`${ID}/plan/index.html`);
    expect(plan).toContain("Objective 1.1: Carers are identified early");
    for (const absent of ["service model", "Timescale", "Drivers"])
      expect(words(`${ID}/dashboard/index.html`) + plan).not.toContain(absent);
  });

  it("shows each outcome measure with its baseline, latest value and target, on its own page, its priority's page and the measures page", () => {
    const measures = words(`${ID}/measures/index.html`);
    expect(h1Of(`${ID}/measures/index.html`)).toBe("Outcome measures");
    for (const figure of [
      "38.2% (31 March 2018)",
      "45% by 31 March 2020",
      "158 assessments (31 March 2018)",
      "40 assessments by 31 March 2020",
    ])
      expect(measures).toContain(figure);
    const supported = words(`${ID}/measures/m01-carers-supported/index.html`);
    const waiting = words(`${ID}/measures/m02-assessments-waiting/index.html`);
    for (const figure of ["34.5% (31 March 2017)", "38.2% (31 March 2018)", "45% by 31 March 2020"])
      expect(supported).toContain(figure);
    for (const figure of [
      "180 assessments (31 March 2017)",
      "158 assessments (31 March 2018)",
      "40 assessments by 31 March 2020",
    ])
      expect(waiting).toContain(figure);
    expect(supported).toContain("Identifying and recognising carers");
    expect(words(`${ID}/themes/identify/index.html`)).toContain("Carers who feel supported in their caring role");
    expect(words(`${ID}/themes/support/index.html`)).toContain("Carers' assessments waiting more than 28 days");
  });

  it("writes a percentage not reported as an empty cell in the CSV, never 0, with each action's ref", () => {
    const rows = parse(readFileSync(join(site, ID, "actions.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    const byId = new Map(rows.map((r) => [r["id"], r]));
    expect(byId.get("hospital-discharge")?.["percent"]).toBe("");
    expect(byId.get("carers-forum")?.["percent"]).toBe("");
    expect(byId.get("short-breaks")?.["percent"]).toBe("30");
    expect(byId.get("short-breaks")?.["ref"]).toBe("2.1.1");
    expect(byId.get("short-breaks")?.["due"]).toBe("2017-Q3");
    expect(byId.get("hospital-discharge")?.["lead_organisations"]).toBe("northbury-ccg; carers-centre");
  });

  it("beside an illustrative strategy, is the one the site's home page does not call example data", async () => {
    const content = scratch("sp-mixed-");
    cpSync(join(REPO, "tests", "fixtures", "mini"), content, { recursive: true });
    cpSync(join(REPO, "tests", "fixtures", "carers", ID), join(content, ID), { recursive: true });
    const { code, outDir } = await build(content, undefined, AS_AT.carers);
    expect(code).toBe(0);
    const home = readPage(outDir, "index.html");
    const notice = textOf(elements(home, (el) => (el.attribs["class"] ?? "").includes("sp-illustrative"))).replace(
      /\s+/g,
      " ",
    );
    expect(notice).toContain("The progress updates and reports of A minimal strategy are made-up examples");
    expect(notice).not.toContain("Carers");
    const tagged = elements(home, (el) => el.name === "h2")
      .filter((h) => textOf(h).includes("Example data"))
      .map((h) => textOf(h).replace(/\s+/g, " ").trim());
    expect(tagged).toEqual(["A minimal strategy Example data"]);
    expect(textOf(elements(readPage(outDir, `${ID}/index.html`), (el) => el.name === "body"))).not.toContain(
      "made-up examples",
    );
  }, 120_000);
});
