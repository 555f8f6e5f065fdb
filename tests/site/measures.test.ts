import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFixture } from "../helpers/content.ts";
import { build, DERBY, derbySite, elements, readPage, textOf, type Element } from "./build.ts";
import { brokenLinks } from "./links.ts";

const ID = "measured-strategy";
let site = "";

// One build of the measures fixture with the real CLI, read by every test below.
beforeAll(async () => {
  const result = await build(copyFixture("measures"));
  expect(result.code, result.messages.join("\n")).toBe(0);
  site = result.outDir;
}, 180_000);

const page = (file: string) => readPage(site, `${ID}/${file}`);
const byClass = (root: Parameters<typeof elements>[0], name: string) =>
  elements(root, (el) => (el.attribs["class"] ?? "").split(" ").includes(name));
/** A measure's section on its own page. */
const measureSection = (id: string) =>
  elements(page(`measures/${id}/index.html`), (el) => el.name === "section" && el.attribs["id"] === id)[0] as Element;
/** Each cell of each row of a table or summary list, as "cell | cell". */
const rowsOf = (root: Element, row: (el: Element) => boolean, cell: (el: Element) => boolean) =>
  elements(root, row).map((r) =>
    elements(r, cell)
      .map((c) => textOf(c))
      .join(" | "),
  );

describe("a strategy's measures on the site", () => {
  it("has a measures page, linked from the strategy's sections, listing every measure with its status and a link to its own page", () => {
    const doc = page("measures/index.html");
    expect(textOf(elements(doc, (el) => el.name === "h1"))).toContain("Outcome measures");
    const nav = textOf(
      elements(doc, (el) => el.name === "nav" && el.attribs["aria-label"] === "Sections of this strategy"),
    );
    expect(nav).toContain("Progress Outcome measures Board reports");
    const table = byClass(doc, "sp-measure-table")[0] as Element;
    expect(
      rowsOf(
        table,
        (el) => el.name === "tr",
        (el) => el.name === "th" || el.name === "td",
      ).map((r) => r.replace(/\s+/g, " ").trim()),
    ).toEqual([
      "Outcome measure | Latest value | Target | Rating | Direction of travel",
      "People in contact with mental health services who are in paid work | 8.4% (31 December 2014) | 12% by 31 March 2019 | On track | ▲ Improving",
      "People waiting more than 18 weeks for a talking therapy Example data | 290 people (31 December 2014) | 100 people by 31 March 2016 | Off track | ▲ Improving",
      "Adults who agree that people with mental illness are part of the community | None recorded yet | 80% by 31 March 2019 | No data yet | No values yet",
    ]);
    expect(elements(table, (el) => el.name === "a").map((a) => a.attribs["href"])).toEqual([
      "/measured-strategy/measures/m01-employment/",
      "/measured-strategy/measures/m02-waiting/",
      "/measured-strategy/measures/m03-attitudes/",
    ]);
  });

  it("shows each measure's baseline, latest value, target and distance to target in its unit", () => {
    const facts = (id: string) =>
      rowsOf(
        byClass(measureSection(id), "govuk-summary-list")[0] as Element,
        (el) => el.attribs["class"] === "govuk-summary-list__row",
        (el) => el.name === "dt" || el.name === "dd",
      );
    expect(facts("m01-employment")).toEqual([
      "Latest value | 8.4% (31 December 2014)",
      "Baseline | 6.5% (31 March 2014)",
      "Target | 12% by 31 March 2019",
      "Distance to target | 3.6 percentage points below target",
      "Direction of travel | ▲ Improving since 30 September 2014 (7.2%)",
      "Better | Higher is better",
      "Theme | Effective treatment",
      "Source | Adult Social Care Outcomes Framework, measure 1F",
    ]);
    expect(facts("m02-waiting").slice(0, 6)).toEqual([
      "Latest value | 290 people (31 December 2014)",
      "Baseline | 340 people (31 March 2014)",
      "Target | 100 people by 31 March 2016",
      "Distance to target | 190 people above target",
      "Direction of travel | ▲ Improving since 30 September 2014 (300 people)",
      "Better | Lower is better",
    ]);
    expect(facts("m03-attitudes")).toEqual([
      "Latest value | None recorded yet",
      "Baseline | 71% (31 March 2014)",
      "Target | 80% by 31 March 2019",
      "Distance to target | Not known until a value is recorded",
      "Better | Higher is better",
      "Theme | The whole strategy",
    ]);
  });

  it("says a measure's status in words and marks example data as such", () => {
    const status = (id: string) => textOf(elements(measureSection(id), (el) => el.name === "p")[0] as Element);
    expect(status("m01-employment")).toBe("On track 3.6 percentage points below target");
    expect(status("m02-waiting")).toBe("Off track Example data 190 people above target");
    expect(status("m03-attitudes")).toBe("No data yet");
    expect(textOf(measureSection("m02-waiting"))).toContain("Example data: these values are made up");
    expect(textOf(measureSection("m01-employment"))).not.toContain("Example data");
  });

  it("draws each trend as a chart hidden from assistive technology, with a table of the same figures beside it", () => {
    const section = measureSection("m01-employment");
    const figure = elements(section, (el) => el.name === "figure")[0] as Element;
    const svg = elements(figure, (el) => el.name === "svg")[0] as Element;
    expect(svg.attribs["aria-hidden"]).toBe("true");
    // The baseline and two values: three points, joined by one line.
    expect(elements(svg, (el) => el.name === "circle")).toHaveLength(3);
    expect(elements(svg, (el) => el.name === "polyline")).toHaveLength(1);
    const rows = rowsOf(
      figure,
      (el) => el.name === "tr",
      (el) => el.name === "th" || el.name === "td",
    );
    expect(rows).toEqual([
      "Date | Value | Note",
      "31 March 2014 | 6.5% | Baseline",
      "30 September 2014 | 7.2% | ",
      "31 December 2014 | 8.4% | Includes the first supported employment placements.",
      "31 March 2019 | 12% | Target",
    ]);
    expect(textOf(elements(figure, (el) => el.name === "caption"))).toBe(
      "People in contact with mental health services who are in paid work: values over time",
    );
    // A measure with no values yet has no chart, and says so.
    const empty = measureSection("m03-attitudes");
    expect(elements(empty, (el) => el.name === "figure")).toEqual([]);
    expect(textOf(empty)).toContain("No values have been recorded for this measure yet.");
  });

  it("shows a theme's measures on its page, and none on a theme without any", () => {
    const treatment = page("themes/treatment/index.html");
    const table = byClass(treatment, "sp-measure-table")[0] as Element;
    expect(elements(table, (el) => el.name === "a").map((a) => textOf(a))).toEqual([
      "People in contact with mental health services who are in paid work",
      "People waiting more than 18 weeks for a talking therapy",
    ]);
    const inclusion = page("themes/inclusion/index.html");
    expect(byClass(inclusion, "sp-measure-table")).toEqual([]);
    expect(textOf(elements(inclusion, (el) => el.name === "main"))).not.toContain("Outcome measures");
  });

  it("publishes measures.csv, described column by column on the open data page, and every value in strategy.json", () => {
    const rows = parse(readFileSync(join(site, ID, "measures.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    expect(
      rows.map((r) => [
        r["id"],
        r["theme"],
        r["latest_value"],
        r["status"],
        r["distance_to_target"],
        r["distance_side"],
        r["illustrative"],
      ]),
    ).toEqual([
      ["m01-employment", "treatment", "8.4", "on-track", "3.6", "below", "no"],
      ["m02-waiting", "treatment", "290", "off-track", "190", "above", "yes"],
      ["m03-attitudes", "", "", "no-data", "", "", "no"],
    ]);
    const openData = page("open-data/index.html");
    const dictionary = elements(openData, (el) => el.name === "table").find(
      (t) => textOf(elements(t, (el) => el.name === "caption")) === "Columns of the outcome measures (CSV)",
    );
    const described = elements(dictionary as Element, (el) => el.name === "code").map((c) => textOf(c));
    expect(described).toEqual(Object.keys(rows[0] ?? {}));
    expect(textOf(openData.children as Element[])).toContain("The outcome measures, one row per measure");
    const json = JSON.parse(readFileSync(join(site, ID, "strategy.json"), "utf8")) as {
      measures: { id: string; status: string; values: { date: string; value: number }[] }[];
    };
    expect(json.measures.map((m) => [m.id, m.status, m.values.map((v) => `${v.date} ${v.value}`)])).toEqual([
      ["m01-employment", "on-track", ["2014-09-30 7.2", "2014-12-31 8.4"]],
      ["m02-waiting", "off-track", ["2014-09-30 300", "2014-12-31 290"]],
      ["m03-attitudes", "no-data", []],
    ]);
  });

  it("has no broken internal link, the measures' #fragments included", () => {
    expect(brokenLinks(site).problems).toEqual([]);
  });
});

describe("a strategy without measures", () => {
  it("has no measures page, no measures.csv and no Measures among its sections", async () => {
    const derby = await derbySite();
    expect(existsSync(join(derby, DERBY, "measures"))).toBe(false);
    expect(existsSync(join(derby, DERBY, "measures.csv"))).toBe(false);
    const nav = textOf(
      elements(
        readPage(derby, `${DERBY}/index.html`),
        (el) => el.name === "nav" && el.attribs["aria-label"] === "Sections of this strategy",
      ),
    );
    expect(nav).toContain("Board reports Open data");
    expect(nav).not.toContain("Measures");
  });
});
