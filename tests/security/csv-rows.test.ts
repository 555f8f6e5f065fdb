import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { actionsCsv, updatesCsv } from "../../src/data/index.ts";
import { fromSpreadsheetSafe, spreadsheetSafe } from "../../src/data/csv.ts";
import { buildStrategy, type Report } from "../../src/model/index.ts";
import { leadReturns } from "../../src/returns/write.ts";
import { action, strategyFiles } from "../data/strategy-files.ts";
import { AS_AT, clockAt } from "../helpers/clock.ts";

// Issue 22, item 3: CSV rows break on a lone line feed, and a formula gets through.
const NOTE = "Work began in April.\n\n=cmd|' /C calc'!A0";
const RECOVERY_NOTE = "Behind by a month.\n\nRecovery action: -2 posts moved from the day service";

/** Records as a forgiving reader splits them: a row ends at any line break outside quotes (CRLF, LF or CR). */
function records(csv: string): string[][] {
  return parse(csv, { record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true }) as string[][];
}

/** Each physical line of the file: none may start with what a spreadsheet would run, whatever reader splits it. */
function lineStarts(csv: string): string[] {
  return csv.split(/\r\n|\n|\r/).filter((line) => /^[=+\-@\t]/.test(line));
}

const files = strategyFiles([
  action("a1", [{ date: "2020-03-01", status: "on-track", note: NOTE }]),
  action("a2", [{ date: "2020-03-02", status: "at-risk", note: RECOVERY_NOTE }]),
]);
const strategy = buildStrategy(files, clockAt(AS_AT.handMade));

describe("a note with lone line feeds and a formula after them", () => {
  it("stays one row in actions.csv and updates.csv, quoted, its formula line made inert", () => {
    for (const csv of [actionsCsv(strategy), updatesCsv(strategy)]) {
      const rows = records(csv);
      expect(rows).toHaveLength(3);
      expect(lineStarts(csv)).toEqual([]);
      expect(rows.slice(1).map((r) => r[0])).toEqual(["a1", "a2"]);
    }
    const [, first] = records(updatesCsv(strategy));
    expect(first?.[7]).toBe("Work began in April.\n\n'=cmd|' /C calc'!A0");
    expect(fromSpreadsheetSafe(first?.[7] ?? "")).toBe(NOTE);
  });

  it("stays one row in a progress return sent to partners", async () => {
    const report: Report = {
      id: "r1",
      title: "Report",
      period: { start: "2020-01-01", end: "2020-06-30" },
      progress: {},
    } as unknown as Report;
    const withNote = { ...strategy, actions: strategy.actions.map((a) => ({ ...a, title: NOTE })) };
    const [ret] = await leadReturns(withNote, report);
    const csv = ret?.csv ?? "";
    expect(lineStarts(csv)).toEqual([]);
    expect(records(csv).filter((r) => r[0] === "a1" || r[0] === "a2")).toHaveLength(2);
  });

  it("undoes exactly what it did, line by line", () => {
    for (const text of ["=1+1", "'=1+1", "''@x", "'Tis", "a\r\n-b\r+c\n\t@d", "\r=1", "plain"]) {
      expect(fromSpreadsheetSafe(spreadsheetSafe(text))).toBe(text);
      expect(lineStarts(spreadsheetSafe(text))).toEqual([]);
    }
  });
});
