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
  it("numbers a Measures section between Risks and Web addresses (this fixture's papers have no implications)", () => {
    expect(
      blocksInOrder(pdf, ["H2"])
        .map((b) => b.text)
        .slice(5, 8),
    ).toEqual(["6 Risks", "7 Outcome measures", "8 Web addresses"]);
  });

  it("gives each measure as a board reads it: latest value, the target it is judged against, rating, direction of travel and next value, exceptions first", () => {
    // What a reader reads: the running header and footer and a repeated header row are left out.
    const text = plain(
      sectionsOf(pdf.pages.map((p) => p.contentText).join(" "), ["7 Outcome measures", "8 Web addresses"]).get(
        "7 Outcome measures",
      ) ?? "",
    );
    expect(text).toContain(
      "7.1 The strategy's 3 outcome measures, with the latest value recorded by 31 December 2014 (1 on track, 1 off track and 1 no data yet): the target it is judged against, its rating, which way it moved since the value before, and when the next value is due. 1 outcome measure is an exception (off track, or worse than the value before twice running) and comes first.",
    );
    expect(text).toContain(
      "7.2 Where there is one end target, it is on track when its latest value is at or better than a straight line from its baseline to its target.",
    );
    expect(text).toContain("7.3 Outcome measures marked “Example data” hold made-up values");
    expect(text).toContain(
      "Outcome measure Latest value Target for the period Rating Direction of travel Next value due",
    );
    // The measure off track comes first, though it is second in measures.yaml.
    expect(text).toContain(
      "People waiting more than 18 weeks for a talking therapy (lower is better) Example data 290 people 31 Dec 2014 100 people by 31 Mar 2016 Off track ▲ Improving No frequency given " +
        "People in contact with mental health services who are in paid work (higher is better) 8.4% 31 Dec 2014 12% by 31 Mar 2019 On track ▲ Improving No frequency given " +
        "Adults who agree that people with mental illness are part of the community (higher is better) None yet 80% by 31 Mar 2019 No data yet No values yet No frequency given",
    );
  });

  it("tags the measures table as a table with header cells, and leaves no text untagged", () => {
    const tables = pdf.pages
      .flatMap((p) => elements(p, "Table"))
      .filter((t) => t.text.startsWith("Outcome measure Latest value"));
    expect(tables).toHaveLength(1);
    const headers = pdf.pages.flatMap((p) => elements(p, "TH")).map((th) => th.text);
    expect(headers).toEqual(
      expect.arrayContaining([
        "Outcome measure",
        "Latest value",
        "Target for the period",
        "Rating",
        "Direction of travel",
        "Next value due",
      ]),
    );
    expect(pdf.marked).toBe(true);
    for (const page of pdf.pages) expect(page.untaggedText).toBe("");
  });
});
