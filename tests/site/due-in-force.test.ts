import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import ExcelJS from "exceljs";
import { columnNumber } from "../../src/returns/layout.ts";
import { leadReturns } from "../../src/returns/write.ts";
import { CONTENT } from "../helpers/scratch.ts";
import { build, DERBY, derbySite, elements, readPage, scratch, textOf } from "./build.ts";
import { cli } from "../helpers/cli.ts";

/**
 * Derby's action 1 was due on 31 March 2015; the Board moved it to 30 June 2015 on 19 March 2015
 * (report 2015-03, recommendation 4). As at 31 August 2015 every list shows the date in force, with
 * the original beside it, never the original alone.
 */
const ID = "a01-generic-model";
const IN_FORCE = "Due 30 June 2015 (originally 31 March 2015)";
let site: string;

/** The text of the list item or plan entry that links to action 1's page. */
function entryText(file: string): string {
  const page = readPage(site, join(DERBY, file));
  const items = elements(
    page,
    (el) =>
      el.name === "li" &&
      elements(el, (a) => a.name === "a" && (a.attribs["href"] ?? "").endsWith(`/actions/${ID}/`)).length > 0,
  );
  const item = items.at(-1);
  if (!item) throw new Error(`${file} does not list action 1`);
  return textOf(item).replace(/\s+/g, " ");
}

beforeAll(async () => {
  site = await derbySite();
});

describe("the due date in force, everywhere Derby's action 1 is listed", () => {
  it.each([
    "actions/index.html",
    "dashboard/index.html",
    "dashboard/attention/overdue/index.html",
    "dashboard/lead/derby-city-council/index.html",
    "themes/process/index.html",
    "themes/integration/index.html",
  ])("%s", (file) => {
    const text = entryText(file);
    expect(text).toContain(IN_FORCE);
    expect(text).not.toMatch(/Due 31 March 2015(?! \()/);
  });

  it("the action's own page gives the date in force and the decision that set it", () => {
    const text = textOf(
      elements(readPage(site, join(DERBY, "actions", ID, "index.html")), (el) => el.name === "main"),
    ).replace(/\s+/g, " ");
    expect(text).toContain(
      "30 June 2015 (originally 31 March 2015; revised by the Board on 19 March 2015, report 2015-03 recommendation 4)",
    );
  });

  it("the CSV's due is the date in force, with original_due beside it", () => {
    const rows = parse(readFileSync(join(site, DERBY, "actions.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.find((r) => r["id"] === ID)).toMatchObject({ due: "2015-06-30", original_due: "2015-03-31" });
  });

  it("the return the lead fills in gives the date in force", async () => {
    const strategy = readModel(CONTENT).model.strategies[0];
    const report = strategy?.reports.find((r) => r.id === "2015-09");
    if (!strategy || !report) throw new Error("Derby's 2015-09 report is missing");
    const returns = await leadReturns(strategy, report);
    const row = returns
      .flatMap((r) => parse(r.csv, { relax_column_count: true }) as string[][])
      .find((cells) => cells[0] === ID);
    expect(row?.[columnNumber("due") - 1]).toBe("2015-06-30");
    // The spreadsheet the lead opens says the same.
    const lead = returns.find((r) => r.organisation === "Derby City Council");
    if (!lead) throw new Error("Derby City Council has no return");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(lead.xlsx as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Return");
    const dues: unknown[] = [];
    sheet?.eachRow((r) => {
      if (r.getCell(1).value === ID) dues.push(r.getCell(columnNumber("due")).value);
    });
    expect(dues).toEqual(["2015-06-30"]);
  });
});

/**
 * Then the Board approved 31 December 2015 at its meeting of 17 September 2015 (report 2015-09,
 * recommendation 2, as action 1's update of 12 August proposed), recorded with `report decide`. As at
 * 31 October 2015 every list gives that date, with the original beside it.
 */
describe("after the second revision, every list gives 31 December 2015", () => {
  const LATER = "Due 31 December 2015 (originally 31 March 2015)";
  let later = "";

  beforeAll(async () => {
    const dir = scratch("sp-due-");
    cpSync(CONTENT, join(dir, "content"), { recursive: true });
    const decided = await cli(
      ["report", "decide", DERBY, "2015-09", "2", "--outcome", "approved", "--revised-due", ID],
      dir,
    );
    if (decided.code !== 0) throw new Error(decided.text);
    const built = await build(join(dir, "content"), undefined, "2015-10-31");
    if (built.code !== 0) throw new Error(built.messages.join("\n"));
    later = built.outDir;
  }, 120_000);

  it.each([
    "actions/index.html",
    "dashboard/index.html",
    "dashboard/lead/derby-city-council/index.html",
    "themes/process/index.html",
    "themes/integration/index.html",
  ])("%s", (file) => {
    const page = readPage(later, join(DERBY, file));
    const items = elements(
      page,
      (el) =>
        el.name === "li" &&
        elements(el, (a) => a.name === "a" && (a.attribs["href"] ?? "").endsWith(`/actions/${ID}/`)).length > 0,
    );
    const text = textOf(items.at(-1) ?? []).replace(/\s+/g, " ");
    expect(text).toContain(LATER);
    expect(text).not.toMatch(/Due (30 June|31 March) 2015(?! \()/);
  });

  it("no longer lists it as overdue, and its CSV row gives the date in force beside the original", () => {
    expect(readFileSync(join(later, DERBY, "dashboard/attention/overdue/index.html"), "utf8")).not.toContain(
      `/actions/${ID}/`,
    );
    const rows = parse(readFileSync(join(later, DERBY, "actions.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.find((r) => r["id"] === ID)).toMatchObject({
      due: "2015-12-31",
      original_due: "2015-03-31",
      revised_due: "2015-12-31",
    });
  });
});
