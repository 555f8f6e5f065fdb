import { describe, expect, it } from "vitest";
import { returnsStatusLines } from "../../src/cli/returns-status.ts";
import { buildStrategy, returnsStatus } from "../../src/model/index.ts";
import { reminder } from "../../src/remind/message.ts";
import { checkReturns } from "../../src/returns/check.ts";
import { columnNumber } from "../../src/returns/layout.ts";
import { leadReturns } from "../../src/returns/write.ts";
import type { SiteModel } from "../../src/model/index.ts";
import { parse } from "csv-parse/sync";
import { clockAt } from "../helpers/clock.ts";
import { action, strategyFiles } from "../data/strategy-files.ts";

/**
 * The CLI's summaries of returns, and the reminder it sends, count the strategy's own word for its
 * actions through the one counting helper: a plan of commitments is never asked about "actions".
 */
const contact = { name: "Sam Lee", email: "sam.lee@council.example" };
const files = strategyFiles(
  [
    action("c1", [], { due: "2021-12-31" }),
    action("c2", [{ date: "2021-02-01", status: "on-track", note: "Begun." }], { due: "2021-12-31" }),
  ],
  {
    words: { action: "Commitment", board: "Cabinet" },
    organisations: [{ id: "council", name: "Test Council", contact }],
    ratings: [
      { means: "on-track", label: "Green", colour: "#00703c" },
      { means: "at-risk", label: "Amber", colour: "#ffbf47" },
      { means: "off-track", label: "Red", colour: "#d4351c" },
    ],
  },
);
files.reports.reports.push({
  id: "2021-q1",
  title: "Quarter 1 performance report",
  board: "Cabinet",
  meeting: "2021-04-20",
  purpose: "information",
  period: { start: "2021-01-01", end: "2021-03-31" },
  returns_due: "2021-04-07",
  recommendations: ["Note the report."],
});
const strategy = buildStrategy(files, clockAt("2021-04-10"));
const report = strategy.reports[0];

describe("returns in the strategy's words", () => {
  it("returns status counts its commitments, one and many", () => {
    if (!report) throw new Error("the report was not built");
    const lines = returnsStatusLines(strategy, report, "2021-04-10");
    expect(lines).toContain(
      "  Test Council: partly returned (1 of 2 commitments updated) — contact Sam Lee <sam.lee@council.example>",
    );
    expect(lines.join("\n")).not.toMatch(/\bactions?\b/);
  });

  it("a reminder asks about the commitments the organisation leads", () => {
    if (!report) throw new Error("the report was not built");
    const [status] = returnsStatus(strategy, report);
    if (!status) throw new Error("no return is due");
    const mail = reminder(
      strategy,
      report,
      { ...status, contact },
      { filename: "return.xlsx", content: new Uint8Array() },
      "2021-04-10",
    );
    expect(mail.text).toContain("on the 2 commitments it leads for report 2021-q1");
    expect(mail.text).toContain("For each commitment, please fill in the shaded columns");
    expect(mail.text).not.toMatch(/\bactions?\b/);
  });

  it("the return is headed and explained in its words, and reads back in as written", async () => {
    if (!report) throw new Error("the report was not built");
    const [lead] = await leadReturns(strategy, report);
    if (!lead) throw new Error("no return was written");
    const rows = parse(lead.csv, { relax_column_count: true }) as string[][];
    const header = rows.find((r) => r[0] === "Commitment id");
    expect(header?.slice(0, 4)).toEqual(["Commitment id", "No.", "Commitment", "Due date"]);
    expect(header).toContain("What you ask the Cabinet to decide");
    const instructions = rows.find((r) => r[0] === "How to fill it in")?.[1] ?? "";
    expect(instructions).toContain("For each commitment you lead, give its new status");
    expect(instructions).toContain("For any commitment rated Amber or Red, say why");
    expect(header).toContain("Why it is rated Amber or Red");
    // Above the rows (whose titles are the plan's), no default word the strategy replaced.
    expect(
      rows
        .slice(0, rows.indexOf(header as string[]) + 1)
        .flat()
        .join(" "),
    ).not.toMatch(/\b[Aa]ctions?\b|at risk|off track|Board/);
    // Filled in and read back: the header in the strategy's word is the table's header.
    const row = rows.find((r) => r[0] === "c1") as string[];
    row[columnNumber("newStatus") - 1] = "Amber";
    row[columnNumber("date") - 1] = "2021-03-20";
    row[columnNumber("note") - 1] = "Delayed by the consultation.";
    row[columnNumber("reason") - 1] = "The consultation ran late.";
    const checked = checkReturns([{ file: "return.csv", rows }], { strategies: [strategy] } as unknown as SiteModel);
    expect(checked.diagnostics).toEqual([]);
    expect(checked.updates.map((u) => [u.actionId, u.update.status, u.update.reason])).toEqual([
      ["c1", "at-risk", "The consultation ran late."],
    ]);
  });
});
