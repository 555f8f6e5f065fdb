import { describe, expect, it } from "vitest";
import { returnsStatusLines } from "../../src/cli/returns-status.ts";
import { buildStrategy, returnsStatus } from "../../src/model/index.ts";
import { reminder } from "../../src/remind/message.ts";
import { clockAt } from "../helpers/clock.ts";
import { action, strategyFiles } from "../data/strategy-files.ts";

/**
 * The CLI's summaries of returns, and the reminder it sends, count the strategy's own word for its
 * actions through the one counting helper: a plan of commitments is never asked about "actions".
 */
const contact = { name: "Sam Lee", email: "sam.lee@council.example" };
const files = strategyFiles(
  [action("c1", [], { due: "2021-12-31" }), action("c2", [{ date: "2021-02-01", status: "on-track", note: "Begun." }], { due: "2021-12-31" })],
  { words: { action: "Commitment", board: "Cabinet" }, organisations: [{ id: "council", name: "Test Council", contact }] },
);
files.reports.reports.push({
  id: "2021-q1", title: "Quarter 1 performance report", board: "Cabinet", meeting: "2021-04-20", purpose: "information",
  period: { start: "2021-01-01", end: "2021-03-31" }, returns_due: "2021-04-07", recommendations: ["Note the report."],
});
const strategy = buildStrategy(files, clockAt("2021-04-10"));
const report = strategy.reports[0];

describe("returns in the strategy's words", () => {
  it("returns status counts its commitments, one and many", () => {
    if (!report) throw new Error("the report was not built");
    const lines = returnsStatusLines(strategy, report, "2021-04-10");
    expect(lines).toContain("  Test Council: partly returned (1 of 2 commitments updated) — contact Sam Lee <sam.lee@council.example>");
    expect(lines.join("\n")).not.toMatch(/\bactions?\b/);
  });

  it("a reminder asks about the commitments the organisation leads", () => {
    if (!report) throw new Error("the report was not built");
    const [status] = returnsStatus(strategy, report);
    if (!status) throw new Error("no return is due");
    const mail = reminder(strategy, report, { ...status, contact }, { filename: "return.xlsx", content: new Uint8Array() }, "2021-04-10");
    expect(mail.text).toContain("on the 2 commitments it leads for report 2021-q1");
    expect(mail.text).toContain("For each commitment, please fill in the shaded columns");
    expect(mail.text).not.toMatch(/\bactions?\b/);
  });
});
