import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { renderReport } from "../../src/pdf/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { FIXTURES } from "../helpers/content.ts";
import { blocksInOrder, elements, plain, readPdf, sectionsOf, type ReadPdf } from "./read-pdf.ts";

let pdf: ReadPdf;

beforeAll(async () => {
  const strategy = readModel(join(FIXTURES, "measures")).model.strategies[0];
  if (!strategy) throw new Error("the measures fixture has no strategy");
  pdf = await readPdf(await renderReport(strategy, "r1"));
});

describe("the board paper of a strategy with measures", () => {
  it("numbers a Measures section between Risks and Background papers (this fixture's papers have no implications)", () => {
    expect(blocksInOrder(pdf, ["H2"]).map((b) => b.text).slice(5, 8)).toEqual(["6 Risks", "7 Outcome measures", "8 Background papers and web addresses"]);
  });

  it("gives each measure's baseline, target, latest value by the period end and status with its distance to target", () => {
    const text = plain(sectionsOf(pdf.text, ["7 Outcome measures", "8 Background papers and web addresses"]).get("7 Outcome measures") ?? "");
    expect(text).toContain("7.1 The strategy's outcome measures, with the latest value recorded by 31 December 2014.");
    expect(text).toContain("7.2 Measures marked “Example data” hold made-up values");
    expect(text).toContain("Measure Baseline Target Latest Status");
    expect(text).toContain("People in contact with mental health services who are in paid work (higher is better) 6.5% (31 Mar 2014) 12% (31 Mar 2019) 8.4% (31 Dec 2014) On track: 3.6 percentage points below target");
    expect(text).toContain("People waiting more than 18 weeks for a talking therapy (lower is better) Example data 340 people (31 Mar 2014) 100 people (31 Mar 2016) 290 people (31 Dec 2014) Off track: 190 people above target");
    expect(text).toContain("Adults who agree that people with mental illness are part of the community (higher is better) 71% (31 Mar 2014) 80% (31 Mar 2019) None yet No data yet");
  });

  it("tags the measures table as a table with header cells, and leaves no text untagged", () => {
    const tables = pdf.pages.flatMap((p) => elements(p, "Table")).filter((t) => t.text.startsWith("Measure Baseline Target Latest Status"));
    expect(tables).toHaveLength(1);
    const headers = pdf.pages.flatMap((p) => elements(p, "TH")).map((th) => th.text);
    expect(headers).toEqual(expect.arrayContaining(["Measure", "Baseline", "Target", "Latest", "Status"]));
    expect(pdf.marked).toBe(true);
    for (const page of pdf.pages) expect(page.untaggedText).toBe("");
  });
});
