import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { StrategyModel } from "../../src/model/index.ts";
import { renderReport } from "../../src/pdf/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { readPdf, squash, type ReadPdf } from "./read-pdf.ts";
import { AS_AT, clockAt } from "../helpers/clock.ts";

const CARERS = join(import.meta.dirname, "..", "fixtures", "carers");

let strategy: StrategyModel;
let pdf: ReadPdf;
let text: string;

beforeAll(async () => {
  strategy = readModel(CARERS, process.cwd(), { clock: clockAt(AS_AT.carers) }).model.strategies[0] as StrategyModel;
  pdf = await readPdf(
    await renderReport(strategy, "2018-03", { siteHome: "https://strategies.northbury.example/carers-strategy/" }),
  );
  text = pdf.pages.map((p) => p.contentText).join(" ");
}, 60_000);

describe("the carers strategy's paper", () => {
  it("names the body its reports go to, in the strategy's words, and none of Derby's", () => {
    expect(text).toContain(squash("Reported to Northbury Carers Partnership Board"));
    expect(text).toContain(squash("This report gives the Northbury Carers Partnership Board assurance on progress"));
    for (const banned of [
      /\bthe Board\b/,
      /\bthemes?\b/i,
      /\b2014\b/,
      /\b2019\b/,
      /mental health/i,
      /Health and Wellbeing/,
      /board reports?/i,
      /NaN/,
    ]) {
      expect(text).not.toMatch(banned);
    }
  });

  it("numbers actions by their refs and writes due dates as the plan does", () => {
    expect(text).toContain(squash("Action 2.1.1: Commission a short breaks service"));
    expect(text).toContain(squash("1.2.2 Keep the carers forum meeting every quarter"));
    expect(text).toContain("Ongoing");
    // A mention of another action by id reads as its number and title, with no address.
    expect(text).toContain(squash("will share what it finds with action 2.1.1 (Commission a short breaks service)."));
    expect(text).not.toContain("sp-action");
    expect(text).toContain("2017/18");
    // The overdue quarter in a narrow column: short months, never a day date's "NaN", never a word broken in two.
    expect(text).toMatch(/Jul–Sep\s2017/);
    expect(text).not.toMatch(/Septe\s+mber|Commi\s+ssioning|assessme\s+nts/);
  });

  it("says which percentages were not reported and leaves them out of the average", () => {
    expect(text).toContain(
      squash(
        `on average ${strategy.tally.percent}% complete (an average of 3 of the 6 actions; the others report no percentage)`,
      ),
    );
    // One of the three has reported nothing at all: still a dash, never 0%.
    expect(text).toContain(
      squash(
        "A dash in the % column means the percentage complete was not reported (3 actions), which is not the same as 0%.",
      ),
    );
  });

  it("reports each outcome measure as known by the period end, in its own numbered section", () => {
    expect(text).toContain(squash("Outcome measures"));
    expect(text).toContain(squash("Carers who feel supported in their caring role"));
    expect(text).toMatch(/38\.2%\s31\sMar\s2018/);
    expect(text).toMatch(/158\sassessments\s31\sMar\s2018\s40\sassessments\sby\s31\sMar\s2020\sOff\strack/);
  });

  it("stays tagged", () => {
    expect(pdf.marked).toBe(true);
    for (const page of pdf.pages) expect(page.untaggedText).toBe("");
  });
});
