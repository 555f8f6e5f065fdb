/**
 * The second sheet of a progress return: the outcome measures the lead organisation reports, one row
 * each, for it to give each new value (measure, period, value, note). In the .xlsx it is the sheet
 * called Measures; as CSV, a file of its own beside the return (`<return>-measures.csv`). Its lines
 * above the table are the return's own, so either file says which strategy, report and organisation
 * it is for, and a row or column number means the same cell in either.
 */
import type { Worksheet } from "exceljs";
import { duePeriod, type Measure, type Report, type StrategyModel } from "../model/index.ts";
import { isoDate } from "../validate/raw.ts";
import { closest } from "../validate/suggest.ts";
import { PREAMBLE, columnLetter } from "./layout.ts";

/** What the sheet is called in the workbook. */
export const MEASURES_SHEET = "Measures";

export const MEASURE_INSTRUCTIONS =
  "For each measure you report, give its new value, the period it is for (a date, a month such as 2025-09, a quarter such as 2025-Q3 " +
  "or a financial year such as 2025/26; blank means the report's period) and, if it needs one, a note. Leave a row blank if there is no new value.";

/** The sheet's columns, in order; `input` columns are the lead's to fill in. */
export const MEASURE_COLUMNS = [
  { key: "measure", header: "Measure id", input: false, width: 26 },
  { key: "ref", header: "Ref.", input: false, width: 10 },
  { key: "title", header: "Measure", input: false, width: 50 },
  { key: "unit", header: "Unit", input: false, width: 12 },
  { key: "latest", header: "Latest value", input: false, width: 12 },
  { key: "latestDate", header: "Latest value's date", input: false, width: 13 },
  { key: "expected", header: "Next value expected", input: false, width: 30 },
  { key: "period", header: "Period", input: true, width: 14 },
  { key: "value", header: "Value", input: true, width: 12 },
  { key: "note", header: "Note", input: true, width: 40 },
] as const;

type MeasureColumnKey = (typeof MEASURE_COLUMNS)[number]["key"];
const _INPUTS = MEASURE_COLUMNS.filter((c) => c.input).map((c) => c.key);

/** The 1-based column of a column of the measures sheet. */
export function measureColumn(key: MeasureColumnKey): number {
  return MEASURE_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** The measures an organisation's return asks about: those it reports, as known at the report's period end. */
export function measuresToReturn(report: Report, organisation: string): Measure[] {
  return (report.measures ?? []).filter((m) => m.leadOrganisations.includes(organisation));
}

/** Every organisation that reports a measure in the report, in file order. */
export function measureLeads(report: Report): string[] {
  return [...new Set((report.measures ?? []).flatMap((m) => m.leadOrganisations))];
}

/** The sheet as a grid: the return's lines, the header row, then a row per measure. */
export function measureGrid(
  strategy: StrategyModel,
  report: Report,
  organisation: string,
  measures: readonly Measure[],
): (string | number)[][] {
  return [
    [PREAMBLE.title, strategy.meta.title],
    [PREAMBLE.strategy, strategy.id],
    [PREAMBLE.report, report.id, report.title],
    [PREAMBLE.period, report.period.start, report.period.end],
    [PREAMBLE.organisation, organisation],
    [PREAMBLE.instructions, MEASURE_INSTRUCTIONS],
    [],
    MEASURE_COLUMNS.map((c) => c.header),
    ...measures.map((m) => [
      m.id,
      m.ref ?? "",
      m.title,
      m.unit,
      m.latest?.value ?? "",
      m.latest?.date ?? "",
      m.next?.text ?? "",
      "",
      "",
      "",
    ]),
  ];
}

/** Fills a worksheet with the grid: the inputs shaded and unlocked, everything else locked by sheet protection. */
export async function fillMeasureSheet(
  sheet: Worksheet,
  grid: readonly (string | number)[][],
  headerRow: number,
): Promise<void> {
  sheet.columns = MEASURE_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  for (const row of grid) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(headerRow).font = { bold: true };
  for (let r = headerRow + 1; r <= grid.length; r++) {
    const row = sheet.getRow(r);
    row.alignment = { wrapText: true, vertical: "top" };
    for (const key of _INPUTS) {
      const cell = row.getCell(measureColumn(key));
      cell.protection = { locked: false };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
    }
    row.getCell(measureColumn("value")).dataValidation = {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [-1e15, 1e15],
      showErrorMessage: true,
      errorTitle: "Value",
      error: "A number, in the measure's unit",
    };
  }
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

/** Whether a grid is a measures sheet (its header row begins "Measure id"), not the return's actions. */
export function isMeasureGrid(rows: readonly (readonly string[])[]): boolean {
  return rows.some((cells) => cells[0]?.trim() === MEASURE_COLUMNS[0].header);
}

/** How many rows of a measures sheet have something in a column for the lead to fill in. */
export function filledMeasureRows(rows: readonly (readonly string[])[]): number {
  const headerRow = rows.findIndex((cells) => cells[0]?.trim() === MEASURE_COLUMNS[0].header) + 1;
  if (headerRow === 0) return 0;
  return rows
    .slice(headerRow)
    .filter((cells) => _INPUTS.some((key) => (cells[measureColumn(key) - 1] ?? "").trim() !== "")).length;
}

/** A new value from a filled row of the sheet, ready to be added to its measure's values. */
export interface ReturnedValue {
  file: string;
  row: number;
  strategyId: string;
  organisation: string;
  measureId: string;
  value: { date: string; value: number; note?: string };
}

type _Error = (row: number, column: number, message: string, hint: string) => void;

/**
 * Checks the rows of a measures sheet: each filled row names a measure the organisation reports, gives a
 * number (from 0 to 100 for a percentage), and a period that ends no later than the report's and no
 * earlier than the measure's baseline. Each problem goes to `error` at its cell; a value the measure has
 * already recorded (the same date and number) is returned as imported before; another number for a date
 * already recorded is refused.
 */
export function checkMeasureRows(
  rows: readonly (readonly string[])[],
  at: { file: string; strategy: StrategyModel; report: Report; organisation: string; headerRow: number },
  error: _Error,
): { values: ReturnedValue[]; alreadyImported: ReturnedValue[] } {
  const { strategy, report, organisation } = at;
  const measures = strategy.measures ?? [];
  const result = { values: [] as ReturnedValue[], alreadyImported: [] as ReturnedValue[] };
  const seen = new Map<string, number>();
  for (let r = at.headerRow + 1; r <= rows.length; r++) {
    const cells = rows[r - 1] ?? [];
    const cell = (key: MeasureColumnKey) => (cells[measureColumn(key) - 1] ?? "").trim();
    if (_INPUTS.every((key) => cell(key) === "")) continue;
    let problems = 0;
    const fail = (key: MeasureColumnKey, message: string, hint: string) => {
      problems++;
      error(
        r,
        measureColumn(key),
        `${message} (cell ${columnLetter(measureColumn(key))}${r} of the ${MEASURES_SHEET} sheet)`,
        hint,
      );
    };
    const id = cell("measure");
    const measure = measures.find((m) => m.id === id);
    if (!measure) {
      const near = closest(
        id,
        measures.map((m) => m.id),
      );
      fail(
        "measure",
        id ? `there is no measure "${id}" in "${strategy.id}"` : "the row has no measure id",
        near
          ? `did you mean "${near}"? Keep the Measure id column as the return gave it.`
          : "Keep the Measure id column as the return gave it; each row is one measure.",
      );
    } else if (!measure.leadOrganisations.includes(organisation)) {
      fail(
        "measure",
        `${organisation} does not report measure "${id}"`,
        `Its values are reported by ${measure.leadOrganisations.join(", ") || "no organisation"}: set its \`lead\` in measures.yaml first.`,
      );
    }
    const written = cell("value").replace(/,/g, "");
    const number = /^-?\d+(\.\d+)?%?$/.test(written) ? Number(written.replace(/%$/, "")) : null;
    if (written === "")
      fail(
        "value",
        "the row is filled in but has no value",
        "Give the measure's new value, in its unit (a number such as 151 or 38.5).",
      );
    else if (number === null)
      fail(
        "value",
        `"${cell("value")}" is not a number`,
        "Give the value as a number in the measure's unit, such as 151 or 38.5.",
      );
    else if (measure?.unit.trim() === "%" && (number < 0 || number > 100))
      fail(
        "value",
        `${number} is not a percentage from 0 to 100, but the measure's unit is "%"`,
        "Write the percentage (e.g. 62.5 for 62.5%).",
      );
    const period = cell("period");
    const date = period === "" ? report.period.end : _periodEnd(period);
    if (date === null)
      fail(
        "period",
        `"${period}" is not a date or a period`,
        "Write a date (YYYY-MM-DD), a month (2025-09), a quarter (2025-Q3) or a financial year (2025/26), or leave it blank for the report's period.",
      );
    else if (date > report.period.end)
      fail(
        "period",
        `the value is for ${date}, after report ${report.id}'s period ends (${report.period.end})`,
        "Give values for periods that have ended by the report's; a later one goes in a later report's return.",
      );
    else if (measure && date < measure.baseline.date)
      fail(
        "period",
        `the value is for ${date}, before the measure's baseline (${measure.baseline.date})`,
        "Give a later period, or correct the baseline in measures.yaml.",
      );
    if (problems > 0 || !measure || number === null || date === null) continue;
    const note = cell("note");
    const entry: ReturnedValue = {
      file: at.file,
      row: r,
      strategyId: strategy.id,
      organisation,
      measureId: measure.id,
      value: { date, value: number, ...(note ? { note } : {}) },
    };
    const recorded = measure.values.find((v) => v.date === date) ?? null;
    const twin = seen.get(`${measure.id} ${date}`);
    if ((recorded && recorded.value === number) || twin === number) result.alreadyImported.push(entry);
    else if (recorded || twin !== undefined) {
      error(
        r,
        measureColumn("value"),
        `${measure.id} already has a value for ${date} (${recorded?.value ?? twin}) (cell ${columnLetter(measureColumn("value"))}${r} of the ${MEASURES_SHEET} sheet)`,
        "A value is recorded once: correct measures.yaml if the published figure changed, or give this one another period.",
      );
    } else result.values.push(entry);
    seen.set(`${measure.id} ${date}`, number);
  }
  return result;
}

/** The last day of what a lead wrote for a value's period: a date, a month, a quarter or a financial year. */
function _periodEnd(text: string): string | null {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (uk) return isoDate(`${uk[3]}-${uk[2]?.padStart(2, "0")}-${uk[1]?.padStart(2, "0")}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isoDate(text);
  return duePeriod(text)?.end ?? null;
}
