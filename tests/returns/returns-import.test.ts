import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli.ts";
import type { Output } from "../../src/cli/command.ts";
import { diagnosticsOf } from "../helpers/content.ts";
import { CONTENT, scratch } from "../helpers/scratch.ts";

const PLAN = join("content", "derby-mental-health", "plan.yaml");

const quiet = (): Output & { text: string[] } => {
  const text: string[] = [];
  return { text, out: (t) => text.push(t), err: (t) => text.push(t) };
};

/** A lead fills in some rows of their spreadsheet: row number → the values of columns H to N. */
async function fillXlsx(
  path: string,
  rows: Record<number, (string | number | Date)[]>,
  actionIds: Record<number, string> = {},
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  for (const [row, values] of Object.entries(rows))
    values.forEach((v, i) => (sheet.getRow(Number(row)).getCell(8 + i).value = v));
  for (const [row, id] of Object.entries(actionIds)) sheet.getRow(Number(row)).getCell(1).value = id;
  await workbook.xlsx.writeFile(path);
}

let dir: string;
let returns: string;
let files: string[];
let planBefore: string;
const file = (name: string) =>
  files.find((f) => f.includes(name) && f.endsWith(name.endsWith(".csv") ? ".csv" : ".xlsx")) as string;

describe("returns out, returns in", () => {
  beforeAll(async () => {
    dir = scratch("sp-returns-");
    cpSync(CONTENT, join(dir, "content"), { recursive: true });
    planBefore = readFileSync(join(dir, PLAN), "utf8");
    returns = join(dir, "returns");
    const io = quiet();
    expect(await run(["returns", "derby-mental-health", "--report", "2015-09", "--out", "returns"], io, dir)).toBe(0);
    expect(io.text.at(-1)).toBe("✓ wrote 4 returns for report 2015-09 (2015-03-01 to 2015-08-31) into returns");
    files = readdirSync(returns).sort();
  }, 120_000);

  it("writes one .xlsx and one .csv per lead organisation, saying which report and period they are for", async () => {
    expect(files).toEqual([
      "derby-mental-health-2015-09-derby-city-council.csv",
      "derby-mental-health-2015-09-derby-city-council.xlsx",
      "derby-mental-health-2015-09-derbyshire-healthcare-nhs-foundation-trust.csv",
      "derby-mental-health-2015-09-derbyshire-healthcare-nhs-foundation-trust.xlsx",
      "derby-mental-health-2015-09-public-health-derby-city-council.csv",
      "derby-mental-health-2015-09-public-health-derby-city-council.xlsx",
      "derby-mental-health-2015-09-southern-derbyshire-ccg.csv",
      "derby-mental-health-2015-09-southern-derbyshire-ccg.xlsx",
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(returns, file("derby-city-council.xlsx")));
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell("B3").value).toBe("2015-09");
    expect([sheet.getCell("B4").value, sheet.getCell("C4").value]).toEqual(["2015-03-01", "2015-08-31"]);
    expect(sheet.getCell("B5").value).toBe("Derby City Council");
    expect(sheet.getRow(8).values).toContain("New status");
    // Derby's plan reports no stage beside its status: its return asks for none.
    expect(sheet.getRow(8).values).not.toContain("Stage of the work");
    expect(sheet.getCell("A9").value).toBe("a01-generic-model");
    // The sheet is protected; only the lead's columns are unlocked, and the status is a drop-down.
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(sheet.getCell("C9").protection?.locked).not.toBe(false);
    expect(sheet.getCell("H9").protection?.locked).toBe(false);
    expect(sheet.getCell("H9").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"not-started,on-track,at-risk,off-track,complete,withdrawn"'],
    });
    const csv = parse(readFileSync(join(returns, file("derby-city-council.csv"))), {
      relax_column_count: true,
    }) as string[][];
    expect(csv[8]?.slice(0, 5)).toEqual([
      "a01-generic-model",
      "1",
      "To develop the generic model to reflect mental health practice effectively",
      "2015-06-30",
      "off-track",
    ]);
  });

  it("reports every bad row in every return at its file:row:column, and writes nothing", async () => {
    const at = new Date("2015-08-27T00:00:00Z");
    await fillXlsx(join(returns, file("derby-city-council.xlsx")), {
      9: ["on-track", 70, at, "Sign-off agreed for October.", "", "", "Claire Hollis"],
      10: ["delayed", 50, at, "Paused until the engagement review reports.", "", "", "Claire Hollis"],
    });
    await fillXlsx(
      join(returns, file("southern-derbyshire-ccg.xlsx")),
      { 9: ["on-track", 40, at, "Tariff published.", "", "", "CCG"] },
      { 10: "a99-no-such-action" },
    );
    await fillXlsx(join(returns, file("southern-derbyshire-ccg.xlsx")), {
      10: ["on-track", 30, "", "On track.", "", "", "CCG"],
    });
    await fillXlsx(join(returns, file("nhs-foundation-trust.xlsx")), {
      9: ["at-risk", 140, "2015-08-20", "Staffing gaps.", "2016-06-30", "Agency staff from September.", "Trust"],
    });
    const csvPath = join(returns, file("public-health-derby-city-council.csv"));
    const csv = parse(readFileSync(csvPath), { relax_column_count: true }) as string[][];
    (csv[8] as string[]).splice(
      7,
      7,
      "on-track",
      "45",
      "2015-08-30",
      "The new wellbeing service starts in October.",
      "",
      "",
      "Public Health",
    );
    writeFileSync(csvPath, stringify(csv));

    const inputs = files
      .filter((f) => f.endsWith(".xlsx") && !f.includes("public-health"))
      .map((f) => join("returns", f));
    const io = quiet();
    const code = await run(
      ["import", ...inputs, join("returns", file("public-health-derby-city-council.csv")), "--content", "content"],
      io,
      dir,
    );
    expect(code).toBe(1);
    const headlines = io.text.filter((t) => /: error: /.test(t)).map((t) => t.split("\n")[0]);
    expect(headlines).toEqual([
      'returns/derby-mental-health-2015-09-derby-city-council.xlsx:10:8: error: status "delayed" is not one of the statuses (cell H10)',
      'returns/derby-mental-health-2015-09-derbyshire-healthcare-nhs-foundation-trust.xlsx:9:9: error: percent "140" is out of range (cell I9)',
      'returns/derby-mental-health-2015-09-southern-derbyshire-ccg.xlsx:10:1: error: there is no action "a99-no-such-action" in "derby-mental-health" (cell A10)',
    ]);
    expect(io.text.join("\n")).toContain("hint: Give a whole number from 0 to 100, or leave it blank.");
    expect(io.text.at(-1)).toBe(
      "✗ The returns were not imported: 3 errors, 0 warnings: nothing was written; the previous output is unchanged.",
    );
    expect(readFileSync(join(dir, PLAN), "utf8")).toBe(planBefore);
  }, 120_000);

  it("once corrected, adds one update per filled row keeping plan.yaml's comments; a second import adds nothing", async () => {
    await fillXlsx(join(returns, file("derby-city-council.xlsx")), { 10: ["at-risk"] });
    // The action id the return was written with, as the CSV copy still has it.
    const ccg = parse(readFileSync(join(returns, file("southern-derbyshire-ccg.csv"))), {
      relax_column_count: true,
    }) as string[][];
    await fillXlsx(join(returns, file("southern-derbyshire-ccg.xlsx")), {}, { 10: ccg[9]?.[0] as string });
    await fillXlsx(join(returns, file("nhs-foundation-trust.xlsx")), { 9: ["at-risk", 40] });
    const inputs = [
      ...files.filter((f) => f.endsWith(".xlsx") && !f.includes("public-health")).reverse(),
      file("public-health-derby-city-council.csv"),
    ].map((f) => join("returns", f));

    const io = quiet();
    expect(await run(["import", ...inputs], io, dir)).toBe(0);
    expect(io.text).toEqual([
      "✓ added 6 updates",
      "  Southern Derbyshire CCG: 2 updates",
      "  Derbyshire Healthcare NHS Foundation Trust: 1 update",
      "  Derby City Council: 2 updates",
      "  Public Health, Derby City Council: 1 update",
      "  every lead has returned for derby-mental-health report 2015-09",
    ]);
    const after = readFileSync(join(dir, PLAN), "utf8");
    // Only lines were added: every comment and every line the author wrote is still there, in order.
    const added = _addedLines(planBefore, after);
    expect(added.filter((l) => l.trimStart().startsWith("- date:"))).toHaveLength(6);
    // The recovery action and the proposed date go to their own fields, not into the note.
    expect(added.join("\n")).toContain(
      'note: Staffing gaps.\n        by: Trust\n        report: "2015-09"\n        recovery: Agency staff from September.\n        revised_due: 2016-06-30',
    );
    expect(diagnosticsOf(join(dir, "content")).filter((d) => d.severity === "error")).toEqual([]);

    const again = quiet();
    expect(await run(["import", ...inputs], again, dir)).toBe(0);
    expect(again.text[0]).toBe("✓ nothing to add: all 6 filled-in rows were imported before");
    expect(readFileSync(join(dir, PLAN), "utf8")).toBe(after);
  }, 120_000);
});

/** The lines of `after` that are not in `before`; fails when any line of `before` went missing. */
function _addedLines(before: string, after: string): string[] {
  const old = before.split("\n");
  const added: string[] = [];
  let i = 0;
  for (const line of after.split("\n")) {
    if (i < old.length && line === old[i]) i++;
    else added.push(line);
  }
  expect(i, "every line of the original plan.yaml is kept, in order").toBe(old.length);
  return added;
}
