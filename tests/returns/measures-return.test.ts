import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli.ts";
import type { Output } from "../../src/cli/command.ts";
import { diagnosticsOf, edit, FIXTURES } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";

const ID = "bracknell-council-plan";
const MEASURES = join("content", ID, "measures.yaml");
const PLAN = join("content", ID, "plan.yaml");

const quiet = (): Output & { text: string[] } => {
  const text: string[] = [];
  return { text, out: (t) => text.push(t), err: (t) => text.push(t) };
};

/** A lead fills in rows of the Measures sheet: row number → the period, value and note (columns H to J). */
async function fillMeasures(path: string, rows: Record<number, (string | number)[]>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet("Measures") as ExcelJS.Worksheet;
  for (const [row, values] of Object.entries(rows))
    values.forEach((v, i) => (sheet.getRow(Number(row)).getCell(8 + i).value = v));
  await workbook.xlsx.writeFile(path);
}

let dir: string;
let returns: string;
let files: string[];
let before: { measures: string; plan: string };
const file = (end: string) => join(returns, files.find((f) => f.endsWith(end)) as string);

// Returns and import run on a day after the council plan's quarter 2 (July to September 2025) ended.
const epoch = process.env["SOURCE_DATE_EPOCH"];
afterAll(() => {
  if (epoch === undefined) delete process.env["SOURCE_DATE_EPOCH"];
  else process.env["SOURCE_DATE_EPOCH"] = epoch;
});

// The council plan as it stood before its quarter 2 figures came in: the returns ask the directorates for them.
beforeAll(async () => {
  process.env["SOURCE_DATE_EPOCH"] = String(Date.UTC(2025, 9, 15) / 1000);
  dir = scratch("sp-measures-return-");
  cpSync(join(FIXTURES, "council-plan"), join(dir, "content"), { recursive: true });
  for (const [from, to] of [
    ["      - { date: 2025-09-30, value: 75.2 }\n", ""],
    ["      - { date: 2025-09-30, value: 59.5 }\n", ""],
    ["      - { date: 2025-09-30, value: 26502 }\n", ""],
  ])
    edit(join(dir, "content"), `${ID}/measures.yaml`, from as string, to as string);
  before = { measures: readFileSync(join(dir, MEASURES), "utf8"), plan: readFileSync(join(dir, PLAN), "utf8") };
  returns = join(dir, "returns");
  const io = quiet();
  expect(await run(["returns", ID, "--report", "2025-26-q2", "--out", "returns"], io, dir), io.text.join("\n")).toBe(0);
  expect(io.text).toEqual([
    "  People directorate: 2 actions and 5 key performance indicators → returns/bracknell-council-plan-2025-26-q2-people-directorate.xlsx, .csv, -measures.csv",
    "  Place directorate: 0 actions and 1 key performance indicator → returns/bracknell-council-plan-2025-26-q2-place-directorate.xlsx, .csv, -measures.csv",
    "  Communities directorate: 0 actions and 1 key performance indicator → returns/bracknell-council-plan-2025-26-q2-communities-directorate.xlsx, .csv, -measures.csv",
    "✓ wrote 3 returns for report 2025-26-q2 (2025-07-01 to 2025-09-30) into returns",
  ]);
  files = readdirSync(returns).sort();
}, 120_000);

describe("the measures sheet of a return", () => {
  it("lists each measure the organisation reports, with its latest value, locked, and the period, value and note to fill in", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file("people-directorate.xlsx"));
    const sheet = workbook.getWorksheet("Measures") as ExcelJS.Worksheet;
    expect([sheet.getCell("B2").value, sheet.getCell("B3").value, sheet.getCell("B5").value]).toEqual([
      ID,
      "2025-26-q2",
      "People directorate",
    ]);
    expect(sheet.getRow(8).values).toEqual([
      undefined,
      "Measure id",
      "Ref.",
      "Measure",
      "Unit",
      "Latest value",
      "Latest value's date",
      "Next value expected",
      "Period",
      "Value",
      "Note",
    ]);
    expect([sheet.getCell("A9").value, sheet.getCell("E9").value, sheet.getCell("F9").value]).toEqual([
      "ehcp-in-borough",
      72.8,
      "2025-06-30",
    ]);
    expect(sheet.getCell("E9").protection?.locked).not.toBe(false);
    expect(["H9", "I9", "J9"].map((c) => sheet.getCell(c).protection?.locked)).toEqual([false, false, false]);
    // The actions' sheet speaks the council's ratings: the current status and the drop-down in its words.
    const actions = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect([actions.getCell("A9").value, actions.getCell("E9").value]).toEqual(["youth-strategy", "Green"]);
    expect(actions.getCell("H9").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Not started,Green,Amber,Red,Completed,Withdrawn"'],
    });
    // The same sheet as CSV, for anyone without a spreadsheet program.
    const csv = parse(readFileSync(file("place-directorate-measures.csv")), { relax_column_count: true }) as string[][];
    expect(csv[8]?.slice(0, 6)).toEqual([
      "look-out-visits",
      "1.1.3.PI",
      "Visits to the Look Out Discovery Centre",
      "visits",
      "20843",
      "2025-06-30",
    ]);
  });

  it("refuses a bad value at its file, row and column, with every other problem, and writes nothing", async () => {
    await fillMeasures(file("people-directorate.xlsx"), {
      9: ["", 75.2],
      10: ["2025-Q3", "fifty-nine"],
      11: ["2025-Q4", 290],
    });
    const io = quiet();
    expect(await run(["import", "returns/bracknell-council-plan-2025-26-q2-people-directorate.xlsx"], io, dir)).toBe(1);
    const xlsx = "returns/bracknell-council-plan-2025-26-q2-people-directorate.xlsx";
    expect(io.text.filter((l) => l.includes("error:")).map((l) => l.split("\n")[0])).toEqual([
      `${xlsx}:10:9: error: "fifty-nine" is not a number (cell I10 of the Measures sheet)`,
      `${xlsx}:11:8: error: the value is for 2025-12-31, after report 2025-26-q2's period ends (2025-09-30) (cell H11 of the Measures sheet)`,
    ]);
    expect(readFileSync(join(dir, MEASURES), "utf8")).toBe(before.measures);
    expect(readFileSync(join(dir, PLAN), "utf8")).toBe(before.plan);
  });

  it("imports each value into its measure, all or nothing with the updates, and adds nothing a second time", async () => {
    await fillMeasures(file("people-directorate.xlsx"), {
      9: ["", 75.2],
      10: ["2025-Q3", 59.5, "Two young people moved out of the borough."],
      11: ["", "", ""],
    });
    const csv = file("place-directorate-measures.csv");
    const rows = parse(readFileSync(csv), { relax_column_count: true }) as string[][];
    (rows[8] as string[]).splice(7, 3, "30/09/2025", "26,502", "");
    writeFileSync(csv, stringify(rows));
    const io = quiet();
    const args = [
      "import",
      "returns/bracknell-council-plan-2025-26-q2-people-directorate.xlsx",
      "returns/bracknell-council-plan-2025-26-q2-place-directorate-measures.csv",
    ];
    expect(await run(args, io, dir), io.text.join("\n")).toBe(0);
    expect(io.text[0]).toBe("✓ added 3 measure values");
    const after = readFileSync(join(dir, MEASURES), "utf8");
    expect(after).toContain("      - { date: 2025-06-30, value: 72.8 }\n      - { date: 2025-09-30, value: 75.2 }\n");
    expect(after).toContain(
      '      - { date: 2025-06-30, value: 53.8 }\n      - { date: 2025-09-30, value: 59.5, note: "Two young people moved out of the borough." }\n',
    );
    expect(after).toContain("      - { date: 2025-06-30, value: 20843 }\n      - { date: 2025-09-30, value: 26502 }\n");
    expect(readFileSync(join(dir, PLAN), "utf8")).toBe(before.plan);
    expect(diagnosticsOf(join(dir, "content")).filter((d) => d.severity === "error")).toEqual([]);
    const again = quiet();
    expect(await run(args, again, dir)).toBe(0);
    expect(again.text[0]).toBe("✓ no measure value to add: 3 values were imported before");
    expect(readFileSync(join(dir, MEASURES), "utf8")).toBe(after);
  });
});

describe("the stage column of a plan that reports stages", () => {
  const csv = "returns/bracknell-council-plan-2025-26-q2-people-directorate.csv";
  /** The People directorate's actions return as CSV, with row `row` filled in from column H on. */
  const fillCsv = (fills: Record<number, string[]>) => {
    const rows = parse(readFileSync(join(dir, csv)), { relax_column_count: true }) as string[][];
    for (const [row, values] of Object.entries(fills))
      (rows[Number(row) - 1] as string[]).splice(7, values.length, ...values);
    writeFileSync(join(dir, csv), stringify(rows));
  };

  it("asks for each action's stage, in words, from a drop-down, after the other columns", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file("people-directorate.xlsx"));
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell("B6").value).toMatch(/Give each action's stage too: not started, in progress or complete\.$/);
    expect([sheet.getCell("P8").value, sheet.getCell("Q8").value, sheet.getCell("R8").value]).toEqual([
      "What you ask the Executive to decide",
      "Stage of the work",
      null,
    ]);
    expect(sheet.getCell("Q9").protection?.locked).toBe(false);
    expect(sheet.getCell("Q9").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Not started,In progress,Complete"'],
    });
  });

  it("refuses a stage that is not one at its cell, and writes nothing", async () => {
    const plan = readFileSync(join(dir, PLAN), "utf8");
    fillCsv({ 9: ["Green", "", "", "Youth hub sessions continue.", "", "", "", "", "", "Halfway"] });
    const io = quiet();
    expect(await run(["import", csv], io, dir)).toBe(1);
    expect(io.text.filter((l) => l.includes("error:")).map((l) => l.split("\n")[0])).toEqual([
      `${csv}:9:17: error: stage "Halfway" is not one of the stages (cell Q9)`,
    ]);
    expect(io.text.join("\n")).toContain("Choose one of: Not started, In progress, Complete.");
    expect(readFileSync(join(dir, PLAN), "utf8")).toBe(plan);
  });

  it("imports a stage given in words as the plan writes it", async () => {
    fillCsv({ 9: ["Green", "", "", "Youth hub sessions continue.", "", "", "", "", "", "In progress"] });
    const io = quiet();
    expect(await run(["import", csv], io, dir), io.text.join("\n")).toBe(0);
    expect(readFileSync(join(dir, PLAN), "utf8")).toContain(
      [
        "      - date: 2025-09-30",
        "        status: on-track",
        "        stage: in-progress",
        "        note: Youth hub sessions continue.",
      ].join("\n"),
    );
    expect(diagnosticsOf(join(dir, "content")).filter((d) => d.severity === "error")).toEqual([]);
  });
});
