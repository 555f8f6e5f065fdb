import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { fromSpreadsheetSafe } from "../data/csv.ts";
import type { Diagnostic } from "../diagnostic/diagnostic.ts";
import { ContentError, UnknownNameError } from "../errors.ts";
import { isSystemError } from "../output/system-error.ts";
import { csvProblem, sizeProblem, xlsxProblem, type LimitProblem } from "./limits.ts";
import { MEASURES_SHEET } from "./measures-sheet.ts";

/** A return as read: its cells as text, `rows[0]` being the file's row 1. */
export interface ReturnGrid {
  file: string;
  rows: string[][];
  /** What reading it noticed without stopping it (a CSV saved as Windows-1252, read as that). */
  warnings?: Diagnostic[];
  /** A spreadsheet's second sheet, Measures, with the values of outcome measures; absent in a CSV or a return without it. */
  measures?: string[][];
}

/** A file given to import that is not there, or not a return. */
export class ReturnReadError extends UnknownNameError {
  override name = "ReturnReadError";
}

/** Reads a return written by `returns`, as a spreadsheet (.xlsx) or as CSV, into the same grid. */
export async function readReturn(path: string, display: string): Promise<ReturnGrid> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx")
    throw new ReturnReadError(
      `${display} is not a return: give the .xlsx or .csv files that \`strategy-press returns\` wrote`,
    );
  const bytes = _readWithin(path, display);
  // The limits are checked on the bytes, before any parser (or unzipping) sees them.
  const over = ext === ".csv" ? csvProblem(bytes) : xlsxProblem(bytes);
  if (over) throw _limit(display, over);
  if (ext === ".csv") return _csv(bytes, display);
  return { file: display, ...(await _xlsxRows(bytes, display)) };
}

/** The file's bytes, once it is known to be a regular file within the size limit (never /dev/zero, never 7 GB). */
function _readWithin(path: string, display: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile())
      throw new ReturnReadError(
        `${display} is not a return: it is ${stat.isDirectory() ? "a folder" : "not a regular file"}`,
      );
    size = stat.size;
  } catch (error) {
    if (error instanceof ReturnReadError) throw error;
    // A file the computer will not let us read is its doing (exit 3), not a wrong name.
    if (isSystemError(error) && error.code !== "ENOENT") throw error;
    throw new ReturnReadError(
      `cannot read ${display}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "there is no such file" : (error as Error).message}`,
    );
  }
  const over = sizeProblem(size);
  if (over) throw _limit(display, over);
  return readFileSync(path);
}

function _limit(display: string, problem: NonNullable<LimitProblem>): ContentError {
  return new ContentError(
    [{ file: display, line: 1, column: 1, severity: "error", message: problem.message, hint: problem.hint }],
    "The returns were not imported",
  );
}

/**
 * A CSV return: UTF-8 as the writer wrote it, or, when its bytes are not UTF-8, Windows-1252, which is
 * what Excel on Windows saves "CSV (Comma delimited)" as: read as that, with a warning to check the
 * accented letters and symbols (£, –, é) came through, rather than as mojibake.
 */
function _csv(bytes: Buffer, display: string): ReturnGrid {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { file: display, rows: _csvRows(bytes, display) };
  } catch (error) {
    if (error instanceof ReturnReadError) throw error;
  }
  const text = decodeWindows1252(bytes);
  const warning: Diagnostic = {
    file: display,
    line: 1,
    column: 1,
    severity: "warning",
    message: "the file is not UTF-8: it was read as Windows-1252, the encoding Excel on Windows saves CSV in",
    hint: 'Check that accented letters and symbols such as £ came through as written; to be sure, save as "CSV UTF-8 (Comma delimited)", or import the .xlsx.',
  };
  return { file: display, rows: _csvRows(text, display), warnings: [warning] };
}

/**
 * Windows-1252: Latin-1, except 0x80–0x9F, which hold € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
 * (Node's own decoder for the label reads those as control characters.)
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const b of bytes)
    text += b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] ?? String.fromCharCode(b)) : String.fromCharCode(b);
  return text;
}

const WINDOWS_1252_HIGH = [..."€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"];

function _csvRows(bytes: Buffer | string, display: string): string[][] {
  try {
    // The writer put an apostrophe before each line a spreadsheet would run as a formula: taken off again,
    // so a lead called "@Home Care Ltd" is read as it was written.
    const rows = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    return rows.map((cells) => cells.map(fromSpreadsheetSafe));
  } catch (error) {
    throw new ReturnReadError(`${display} is not readable as CSV: ${(error as Error).message}`);
  }
}

async function _xlsxRows(bytes: Buffer, display: string): Promise<{ rows: string[][]; measures?: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ReturnReadError(`${display} is not readable as a spreadsheet: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ReturnReadError(`${display} has no sheets`);
  const measures = workbook.getWorksheet(MEASURES_SHEET);
  return { rows: _sheetRows(sheet), ...(measures ? { measures: _sheetRows(measures) } : {}) };
}

function _sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/**
 * A cell's value as the text a lead sees. A date typed into a spreadsheet arrives as a Date at
 * midnight UTC, so its UTC day is the day that was typed.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  // A number in a date-formatted cell far past any calendar (1e9 days) is a Date that names no day.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return "";
  }
  return String(value).trim();
}
