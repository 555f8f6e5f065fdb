import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import { leadReturns } from "../../src/returns/write.ts";
import { CONTENT } from "../helpers/scratch.ts";

describe("a return as CSV", () => {
  it("keeps text that a spreadsheet would run as a formula from running", async () => {
    const { model } = readModel(CONTENT);
    const strategy = model.strategies[0];
    const report = strategy?.reports.find((r) => r.id === "2015-09");
    if (!strategy || !report) throw new Error("Derby's 2015-09 report is missing");
    const first = strategy.actions[0];
    if (!first) throw new Error("Derby has no actions");
    const tampered = {
      ...strategy,
      actions: [{ ...first, title: '=HYPERLINK("http://evil.example","click")' }, ...strategy.actions.slice(1)],
    };
    const [council] = await leadReturns(tampered, report);
    const rows = parse(council?.csv ?? "", { relax_column_count: true }) as string[][];
    expect(rows[8]?.[2]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[8]?.[0]).toBe(first.id);
  });
});
