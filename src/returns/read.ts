import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { fromSpreadsheetSafe } from "../data/csv.ts";
import { UnknownNameError } from "../errors.ts";
import { isSystemError } from "../output/system-error.ts";
import { MEASURES_SHEET } from "./measures-sheet.ts";

/** A return as read: its cells as text, `rows[0]` being the file's row 1. */
export interface ReturnGrid {
  file: string;
  rows: string[][];
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
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    // A file the computer will not let us read is its doing (exit 3), not a wrong name.
    if (isSystemError(error) && error.code !== "ENOENT") throw error;
    throw new ReturnReadError(`cannot read ${display}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "there is no such file" : (error as Error).message}`);
  }
  if (ext === ".csv") return { file: display, rows: _csvRows(bytes, display) };
  if (ext === ".xlsx") return { file: display, ...(await _xlsxRows(bytes, display)) };
  throw new ReturnReadError(`${display} is not a return: give the .xlsx or .csv files that \`strategy-press returns\` wrote`);
}

function _csvRows(bytes: Buffer, display: string): string[][] {
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
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return "";
  }
  return String(value).trim();
}
