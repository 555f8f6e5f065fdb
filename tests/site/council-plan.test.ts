import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFixture } from "../helpers/content.ts";
import { build, elements, pagesUnder, readPage, textOf, type Element } from "./build.ts";
import { brokenLinks } from "./links.ts";
import { AS_AT } from "../helpers/clock.ts";

const ID = "bracknell-council-plan";
let site = "";

// One build of the council plan fixture with the real CLI, read by every test below.
beforeAll(async () => {
  const result = await build(copyFixture("council-plan"), undefined, AS_AT["council-plan"]);
  expect(result.code, result.messages.join("\n")).toBe(0);
  site = result.outDir;
}, 180_000);

const page = (file: string) => readPage(site, `${ID}/${file}`);
const pagesOf = () => pagesUnder(site).filter((f) => f.startsWith(`${ID}/`));
const byClass = (root: Parameters<typeof elements>[0], name: string) =>
  elements(root, (el) => (el.attribs["class"] ?? "").split(" ").includes(name));
/** Each row of a table (or summary list) as "cell | cell", spaces squashed. */
const rowsOf = (root: Element, row: (el: Element) => boolean, cell: (el: Element) => boolean) =>
  elements(root, row).map((r) =>
    elements(r, cell)
      .map((c) => textOf(c).replace(/\s+/g, " ").trim())
      .join(" | "),
  );
const tableRows = (root: Element) =>
  rowsOf(
    root,
    (el) => el.name === "tr",
    (el) => el.name === "th" || el.name === "td",
  );

describe("a council plan's key performance indicators on the site", () => {
  it("lists every indicator as a board reads it: latest value, its period's target, rating, direction of travel and next value", () => {
    const table = byClass(page("measures/index.html"), "sp-measure-table")[0] as Element;
    expect(tableRows(table)).toEqual([
      "Key performance indicator | Latest value | Target | Rating | Direction of travel | Next value",
      "1.1.3.KR Children with an EHCP (5 to 16 years) with a school placement in the borough | 75.2% (30 September 2025) | 76% (2025/26) | Green | ▲ Improving | Expected by 30 April 2026, for the period to 31 December 2025",
      "1.2.1.KR Care leavers (19 to 21 years) not in education, employment or training (NEET) | 59.5% (30 September 2025) | 34% (July to September 2025) | Red | ▼ Worsening | Expected by 30 April 2026, for the period to 31 December 2025",
      "1.1.6.KR Young people involved in universal youth service activities | 285 young people (30 September 2025) | 270 young people (July to September 2025) | Green | ▲ Improving | Expected by 30 April 2026, for the period to 31 December 2025",
      "1.3.2.KR Long-term support recipients at home (not in residential or nursing care) | 70.9% (30 September 2025) | 74% (2025/26) | Green | ▲ Improving | Expected by 30 April 2026, for the period to 31 December 2025",
      "1.1.3.PI Visits to the Look Out Discovery Centre | 26,502 visits (30 September 2025) | 19,875 visits (2025/26) | Green | ▲ Improving | Expected by 30 April 2026, for the period to 31 December 2025",
      "1.1.5.KR Early years providers and schools rated good or outstanding | 98% (30 September 2025) | 100% (2025/26) | Green | ▶ No change | Expected by 30 April 2026, for the period to 31 December 2025",
      "1.5.4.KR Volunteers registered with Involve for the volunteering pool | None recorded yet | 265 volunteers (2024/25) | No data yet | No values yet | Overdue: the value for the period to 31 March 2025 was expected by 29 July 2025",
    ]);
    expect(textOf(byClass(page("measures/index.html"), "sp-measure-counts")[0] as Element)).toBe(
      "7 key performance indicators: 5 Green, 1 Red and 1 no data yet.",
    );
    // The glyph is decoration: the word beside it says the same.
    expect(byClass(table, "sp-travel").every((g) => g.attribs["aria-hidden"] === "true")).toBe(true);
  });

  it("gives each indicator a page with its rating, targets, tolerance, direction of travel and comparator", () => {
    const facts = rowsOf(
      byClass(page("measures/care-leavers-neet/index.html"), "govuk-summary-list")[0] as Element,
      (el) => el.attribs["class"] === "govuk-summary-list__row",
      (el) => el.name === "dt" || el.name === "dd",
    );
    expect(facts).toEqual([
      "Latest value | 59.5% (30 September 2025)",
      "Target for its period | 34% (July to September 2025)",
      "Distance to target | 25.5 percentage points above target",
      "Tolerance | Green within 5% of the target; Amber within 10% of the target",
      "Direction of travel | ▼ Worsening since 30 June 2025 (53.8%)",
      "Against a year before | ▲ Improving since 30 September 2024 (62.5%)",
      "Next value | Expected by 30 April 2026, for the period to 31 December 2025 (quarterly, 120 days after the period ends)",
      "Baseline | 62.5% (30 September 2024)",
      "Targets | 36% (October to December 2024)35% (January to March 2025)35% (April to June 2025)34% (July to September 2025)",
      "Better | Lower is better",
      "Key result | 1.2.1 Improve the career outcomes for children in care",
      "Reported by | People directorate",
      "Compared with | England average Example data",
    ]);
  });

  it("draws the values, each period's target, the tolerance band and the comparator, with the same figures as tables", () => {
    const figure = elements(page("measures/care-leavers-neet/index.html"), (el) => el.name === "figure")[0] as Element;
    expect(textOf(elements(figure, (el) => el.name === "figcaption"))).toBe(
      "Values (solid line) against the target for each period (dashed steps), with the tolerance band shaded, and England average (grey line)",
    );
    const svg = elements(figure, (el) => el.name === "svg")[0] as Element;
    expect(svg.attribs["aria-hidden"]).toBe("true");
    // Five values as dots; four targets as dashed steps over four shaded bands; two comparator markers.
    expect(elements(svg, (el) => el.name === "circle")).toHaveLength(5);
    expect(elements(svg, (el) => el.name === "line" && el.attribs["stroke-dasharray"] === "6 4")).toHaveLength(4);
    expect(elements(svg, (el) => el.name === "rect" && el.attribs["fill"] === "#fff7bf")).toHaveLength(4);
    expect(elements(svg, (el) => el.name === "rect" && el.attribs["fill"] === "#505a5f")).toHaveLength(2);
    const [values, comparator] = elements(figure, (el) => el.name === "table");
    expect(tableRows(values as Element)).toEqual([
      "Date | Value | Target for the period | Rating | Note",
      "30 September 2024 | 62.5% | None set | No target for this period | ",
      "31 December 2024 | 53.6% | 36% (October to December 2024) | Red | ",
      "31 March 2025 | 53.1% | 35% (January to March 2025) | Red | ",
      "30 June 2025 | 53.8% | 35% (April to June 2025) | Red | ",
      "30 September 2025 | 59.5% | 34% (July to September 2025) | Red | ",
    ]);
    expect(textOf(elements(values as Element, (el) => el.name === "caption"))).toBe(
      "Care leavers (19 to 21 years) not in education, employment or training (NEET): values over time",
    );
    expect(tableRows(comparator as Element)).toEqual(["Date | Value", "31 March 2024 | 39%", "31 March 2025 | 38%"]);
  });

  it("shows the indicators on the priority, under each key result they measure, and on the action they measure", () => {
    const priority = page("themes/engaged-healthy/index.html");
    expect(elements(byClass(priority, "sp-measure-table")[0] as Element, (el) => el.name === "a")).toHaveLength(7);
    const main = textOf(elements(priority, (el) => el.name === "main")).replace(/\s+/g, " ");
    expect(main).toContain(
      "Measured by: 1.2.1.KR Care leavers (19 to 21 years) not in education, employment or training (NEET) (Red).",
    );
    const action = page("actions/youth-strategy/index.html");
    const table = byClass(action, "sp-measure-table")[0] as Element;
    expect(tableRows(table).slice(1)).toEqual([
      "1.1.6.KR Young people involved in universal youth service activities | 285 young people (30 September 2025) | 270 young people (July to September 2025) | Green | ▲ Improving | Expected by 30 April 2026, for the period to 31 December 2025",
    ]);
    expect(byClass(page("actions/day-opportunities/index.html"), "sp-measure-table")).toEqual([]);
  });

  it("says the council's own ratings, in their colours, on every page and in the open data and feed", () => {
    const tags = (file: string) => byClass(page(file), "sp-status").map((t) => textOf(t).trim());
    expect(tags("index.html")).toEqual(["Green", "Amber", "Completed"]);
    expect(tags("actions/day-opportunities/index.html")).toEqual([
      "Amber",
      "Amber",
      "Amber",
      "Amber",
      "Amber",
      "Amber",
    ]);
    const words = new Set(
      pagesOf().flatMap((file) => byClass(readPage(site, file), "sp-status").map((t) => textOf(t).trim())),
    );
    for (const tool of ["On track", "At risk", "Off track", "Complete"]) expect(words).not.toContain(tool);
    // The colours ride on each page's body; the word on a light Amber is dark, on a dark Red white.
    const style = elements(page("index.html"), (el) => el.name === "body")[0]?.attribs["style"] ?? "";
    expect(style).toContain("--sp-status-at-risk-fill: #ffbf47; --sp-status-at-risk-text: #0b0c0c;");
    expect(style).toContain(
      "--sp-status-off-track-fill: #d4351c; --sp-status-off-track-text: #ffffff; --sp-status-off-track-bar: #d4351c;",
    );
    // Amber is too light for a chart bar on white: the bars keep the status's own shade.
    expect(style).toContain("--sp-status-at-risk-bar: #8f6200;");
    expect(
      textOf(elements(page("actions/day-opportunities/index.html"), (el) => el.name === "main")).replace(/\s+/g, " "),
    ).toContain("Amber Overdue No recent update Stage: In progress 30% complete");
    const actions = parse(readFileSync(join(site, ID, "actions.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    expect(actions.map((a) => [a["id"], a["status"], a["status_word"], a["stage"]])).toEqual([
      ["sandhurst-srp", "complete", "Completed", "complete"],
      ["ehcna-backlog", "complete", "Completed", "complete"],
      ["youth-strategy", "on-track", "Green", "in-progress"],
      ["virtual-school-hub", "complete", "Completed", "complete"],
      ["day-opportunities", "at-risk", "Amber", "in-progress"],
      ["carers-support", "complete", "Completed", "complete"],
    ]);
    const updates = parse(readFileSync(join(site, ID, "updates.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    expect(updates.find((u) => u["action_id"] === "day-opportunities")).toMatchObject({
      status: "at-risk",
      status_word: "Amber",
      stage: "in-progress",
    });
    const dictionary = textOf(elements(page("open-data/index.html"), (el) => el.name === "main"));
    expect(dictionary).toContain(
      "The strategy's own word for the status (its rating, e.g. Green), beside status, the meaning it has",
    );
    expect(readFileSync(join(site, ID, "feed.xml"), "utf8")).toContain(
      "<title>Review day opportunities for adults with care and support needs: Amber</title>",
    );
  });

  it("publishes every value and target in strategy.json, and each indicator's rating and direction in measures.csv", () => {
    type Json = {
      measures: {
        id: string;
        targets: { period: string; value: number }[];
        tolerance: unknown;
        comparators: { title: string; values: unknown[] }[];
        values: {
          date: string;
          value: number;
          target_period: string | null;
          target_value: number | null;
          status: string;
        }[];
        travel: { previous: { travel: string } | null; worsening_twice: boolean };
        exceptions: string[];
      }[];
    };
    const json = JSON.parse(readFileSync(join(site, ID, "strategy.json"), "utf8")) as Json;
    const neet = json.measures.find((m) => m.id === "care-leavers-neet");
    expect(neet?.targets).toEqual([
      { period: "2024-Q4", start: "2024-10-01", end: "2024-12-31", value: 36 },
      { period: "2025-Q1", start: "2025-01-01", end: "2025-03-31", value: 35 },
      { period: "2025-Q2", start: "2025-04-01", end: "2025-06-30", value: 35 },
      { period: "2025-Q3", start: "2025-07-01", end: "2025-09-30", value: 34 },
    ]);
    expect(neet?.tolerance).toEqual({ green: "5%", amber: "10%" });
    expect(neet?.comparators.map((c) => [c.title, c.values.length])).toEqual([["England average", 2]]);
    expect(neet?.values.map((v) => [v.date, v.value, v.target_period, v.target_value, v.status])).toEqual([
      ["2024-09-30", 62.5, null, null, "no-target"],
      ["2024-12-31", 53.6, "2024-Q4", 36, "off-track"],
      ["2025-03-31", 53.1, "2025-Q1", 35, "off-track"],
      ["2025-06-30", 53.8, "2025-Q2", 35, "off-track"],
      ["2025-09-30", 59.5, "2025-Q3", 34, "off-track"],
    ]);
    expect(neet).toMatchObject({
      travel: { previous: { travel: "worsening" }, worsening_twice: true },
      exceptions: ["off-track", "worsening-twice"],
    });
    const rows = parse(readFileSync(join(site, ID, "measures.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    expect(
      rows.map((r) => [
        r["ref"],
        r["latest_value"],
        r["period_target_value"],
        r["period_target_period"],
        r["status"],
        r["status_word"],
        r["travel"],
        r["exception"],
        r["next_due"],
      ]),
    ).toEqual([
      ["1.1.3.KR", "75.2", "76", "2025/26", "on-track", "Green", "improving", "no", "2026-04-30"],
      ["1.2.1.KR", "59.5", "34", "2025-Q3", "off-track", "Red", "worsening", "yes", "2026-04-30"],
      ["1.1.6.KR", "285", "270", "2025-Q3", "on-track", "Green", "improving", "no", "2026-04-30"],
      ["1.3.2.KR", "70.9", "74", "2025/26", "on-track", "Green", "improving", "no", "2026-04-30"],
      ["1.1.3.PI", "26502", "19875", "2025/26", "on-track", "Green", "improving", "no", "2026-04-30"],
      ["1.1.5.KR", "98", "100", "2025/26", "on-track", "Green", "no-change", "no", "2026-04-30"],
      ["1.5.4.KR", "", "265", "2024/25", "no-data", "No data yet", "", "no", "2025-07-29"],
    ]);
  });

  it("has no broken internal link", () => {
    expect(brokenLinks(site).problems).toEqual([]);
  });
});
