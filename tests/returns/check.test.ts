import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostic/format.ts";
import { readModel } from "../../src/pipeline.ts";
import { checkReturns } from "../../src/returns/check.ts";
import type { ReturnGrid } from "../../src/returns/read.ts";
import { CONTENT } from "../helpers/scratch.ts";

const { model } = readModel(CONTENT);

const HEADER = [
  "Action id",
  "No.",
  "Action",
  "Due date",
  "Current status",
  "Current percent",
  "Last note",
  "New status",
  "Percent complete",
  "Date of update",
  "Note",
  "Revised due date",
  "Recovery action",
  "Updated by",
];

/** A return as `returns` writes it, for one organisation, with the given rows under the header (row 9 onwards). */
function grid(organisation: string, rows: string[][], report = "2015-09"): ReturnGrid {
  return {
    file: "return.csv",
    rows: [
      ["Progress return", "x"],
      ["Strategy", "derby-mental-health"],
      ["Report", report, "x"],
      ["Period", "", ""],
      ["Lead organisation", organisation],
      ["How to fill it in", ""],
      [],
      HEADER,
      ...rows,
    ],
  };
}

const row = (action: string, ...input: string[]) => [action, "", "", "", "", "", "", ...input];

describe("checking a return", () => {
  it("refuses an action the return's organisation does not lead, a date outside the period and a bad revised due date", () => {
    const checked = checkReturns(
      [
        grid("Derby City Council", [
          row("a03-strategic-vision", "on-track", "", "", "Progressing."),
          row("a01-generic-model", "on-track", "60", "2015-09-02", "Late note.", "next spring"),
        ]),
      ],
      model,
    );
    expect(checked.diagnostics.map((d) => formatDiagnostic(d).split("\n")[0])).toEqual([
      'return.csv:9:1: error: Derby City Council does not lead action "a03-strategic-vision" (its lead is Southern Derbyshire CCG) (cell A9)',
      "return.csv:10:10: error: the update is dated 2015-09-02, outside report 2015-09's period (2015-03-01 to 2015-08-31) (cell J10)",
      'return.csv:10:12: error: "next spring" is not a date (cell L10)',
    ]);
    expect(checked.updates).toEqual([]);
  });

  it("asks for a status and a note on a filled row, and suggests the status meant", () => {
    const checked = checkReturns(
      [
        grid("Derby City Council", [
          row("a01-generic-model", "", "60"),
          row("a05-social-inclusion-review", "On track", "", "", "Resumed."),
        ]),
      ],
      model,
    );
    expect(checked.diagnostics.map((d) => `${d.line}:${d.column} ${d.message} | ${d.hint ?? ""}`)).toEqual([
      "9:8 the row is filled in but has no new status (cell H9) | Choose one of: not-started, on-track, at-risk, off-track, complete, withdrawn.",
      "9:11 the row has no note (cell K9) | Say in a sentence or two what happened and what comes next.",
      '10:8 status "On track" is not one of the statuses (cell H10) | did you mean "on-track"? Choose one of: not-started, on-track, at-risk, off-track, complete, withdrawn.',
    ]);
  });

  it("takes UK and spreadsheet dates, dates a blank to the period's end, and names the reports the returns were for", () => {
    const checked = checkReturns(
      [
        grid("Derby City Council", [
          row("a01-generic-model", "on-track", "60", "27/08/2015", "Signed off."),
          row("a05-social-inclusion-review", "at-risk", "50%", "", "Paused."),
        ]),
        grid("Southern Derbyshire CCG", []),
      ],
      model,
    );
    expect(checked.diagnostics).toEqual([]);
    expect(checked.updates.map((u) => [u.actionId, u.update.date, u.update.percent])).toEqual([
      ["a01-generic-model", "2015-08-27", 60],
      ["a05-social-inclusion-review", "2015-08-31", 50],
    ]);
    expect(checked.reports).toEqual([{ strategyId: "derby-mental-health", reportId: "2015-09" }]);
  });

  it("says when a file is not a return, or is for a report that does not exist", () => {
    const notReturn = checkReturns([{ file: "notes.csv", rows: [["hello"]] }], model);
    expect(notReturn.diagnostics[0]?.message).toMatch(/^this is not a progress return/);
    const wrongReport = checkReturns([grid("Derby City Council", [], "2015-10")], model);
    expect(
      `${wrongReport.diagnostics[0]?.line}:${wrongReport.diagnostics[0]?.column} ${wrongReport.diagnostics[0]?.message} | ${wrongReport.diagnostics[0]?.hint}`,
    ).toBe('3:2 "derby-mental-health" has no report "2015-10" (cell B3) | did you mean "2015-03"?');
  });
});
