import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "../../src/pdf/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { AS_AT, clockAt } from "../helpers/clock.ts";
import { FIXTURES } from "../helpers/content.ts";
import { elements, plain, readPdf, sectionsOf, type ReadPdf } from "./read-pdf.ts";

let pdf: ReadPdf;
let measures = "";

// The council plan's overview report for July to September 2025, as the Executive received it.
beforeAll(async () => {
  const strategy = readModel(join(FIXTURES, "council-plan"), process.cwd(), { clock: clockAt(AS_AT["council-plan"]) })
    .model.strategies[0];
  if (!strategy) throw new Error("the council plan fixture has no strategy");
  pdf = await readPdf(await renderReport(strategy, "2025-26-q2"));
  // What a reader reads (no running header, footer or repeated header row); the fixture's papers have no implications section.
  measures = plain(
    sectionsOf(pdf.pages.map((p) => p.contentText).join(" "), ["7 Key performance indicators", "8 Web addresses"]).get(
      "7 Key performance indicators",
    ) ?? "",
  );
}, 60_000);

describe("a council plan's overview report", () => {
  it("lists its indicators compactly, the exception first: Red and worse twice running", () => {
    expect(measures).toContain(
      "The strategy's 7 key performance indicators, with the latest value recorded by 30 September 2025 (5 Green, 1 Red and 1 no data yet)",
    );
    expect(measures).toContain(
      "1 key performance indicator is an exception (Red, or worse than the value before twice running) and comes first.",
    );
    expect(measures).toContain(
      "Key performance indicator Latest value Target for the period Rating Direction of travel Next value due",
    );
    expect(measures).toContain(
      "1.2.1.KR Care leavers (19 to 21 years) not in education, employment or training (NEET) (lower is better) 59.5% 30 Sep 2025 34% Jul–Sep 2025 Red; worse twice running ▼ Worsening By 30 Apr 2026 " +
        "1.1.3.KR Children with an EHCP (5 to 16 years) with a school placement in the borough (higher is better) 75.2% 30 Sep 2025 76% 2025/26 Green ▲ Improving By 30 Apr 2026",
    );
    expect(measures).toContain(
      "1.1.5.KR Early years providers and schools rated good or outstanding (higher is better) 98% 30 Sep 2025 100% 2025/26 Green ▶ No change By 30 Apr 2026",
    );
    expect(measures).toContain(
      "1.5.4.KR Volunteers registered with Involve for the volunteering pool (higher is better) None yet 265 volunteers 2024/25 No data yet No values yet Overdue: was due 29 Jul 2025",
    );
  });

  it("says the council's own ratings wherever a status is shown", () => {
    const text = plain(pdf.text);
    expect(text).toContain("By status: 1 Green, 1 Amber and 4 Completed.");
    expect(text).toContain(
      "Green at or better than that target (or within its green tolerance), Amber within its amber tolerance, Red beyond it.",
    );
    for (const tool of ["On track", "At risk", "Off track"]) expect(text).not.toContain(tool);
  });

  it("stays tagged: the indicators' table has its header cells, and no text is left untagged", () => {
    const headers = pdf.pages.flatMap((p) => elements(p, "TH")).map((th) => th.text);
    expect(headers).toEqual(
      expect.arrayContaining([
        "Key performance indicator",
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
