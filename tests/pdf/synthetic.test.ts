import { describe, expect, it } from "vitest";
import { SYNTHETIC_CLOCK, syntheticStrategy } from "../../src/bench/synthetic.ts";
import { buildStrategy, type StrategyModel } from "../../src/model/index.ts";
import { markdownText } from "../../src/paper/markdown.ts";
import { renderReport } from "../../src/pdf/index.ts";
import { blocksInOrder, readPdf, sectionsOf, squash } from "./read-pdf.ts";

const HEADER = "Action and latest note Status Lead Due %";
const APPENDIX = "Appendix A: Progress of every action";

function latestReport(strategy: StrategyModel) {
  const report = strategy.latestReport;
  if (!report) throw new Error("the synthetic strategy has no report");
  return report;
}

// The 1,000-action paper is timed and checked by `npm run bench:pdf` (bench/pdf.ts), not here: it takes
// from 12 s to over a minute on a shared machine, which is a benchmark's job, not a unit test's.
describe("a synthetic strategy's board paper", () => {
  it("keeps Welsh letters, arrows and curly quotes as text", async () => {
    const strategy = buildStrategy(
      syntheticStrategy({ actions: 12, title: (n) => `Gwasanaeth ŵyr a ŷd rhif ${n} → “cymorth”` }),
      SYNTHETIC_CLOCK,
    );
    const pdf = await readPdf(await renderReport(strategy, latestReport(strategy).id));
    expect(pdf.text).toContain("Gwasanaeth ŵyr a ŷd rhif 12 → “cymorth”");
    expect(pdf.text).toContain("£25,000");
  });

  it("carries the illustrative-data notice only when the strategy says its data is illustrative", async () => {
    for (const illustrative of [true, false]) {
      const files = syntheticStrategy({ actions: 4 });
      files.strategy.illustrative = illustrative;
      const strategy = buildStrategy(files, SYNTHETIC_CLOCK);
      const cover = (await readPdf(await renderReport(strategy, latestReport(strategy).id))).pages[0]?.text ?? "";
      expect(cover.includes("Illustrative data:")).toBe(illustrative);
    }
  });

  it("says nothing of a risk register or background papers the strategy does not have, and states implications not given as not stated, never none identified", async () => {
    const strategy = buildStrategy(syntheticStrategy({ actions: 4 }), SYNTHETIC_CLOCK);
    const pdf = await readPdf(await renderReport(strategy, latestReport(strategy).id));
    expect(pdf.text).not.toContain("risk register");
    expect(pdf.text).toContain("Legal: Not stated.");
    expect(pdf.text).not.toContain("None identified");
    // Engagement was one of the fixed implications once: printed where a report gives it, never asked for.
    expect(pdf.text).not.toContain("Engagement and consultation");
    expect(pdf.text).not.toContain("background papers");
    expect(pdf.text).toContain("Web addresses");
    expect(pdf.text).toContain("No decisions were recorded for the Board's last meeting");
    // Exceptions whose leads have said nothing share one compact table rather than a card each.
    const report = latestReport(strategy);
    expect(report.exceptions.length).toBeGreaterThan(0);
    expect(pdf.text).toContain(
      `4.2 ${report.exceptions.length} actions are listed with no reason or recovery action recorded as such yet; their latest notes are in Appendix A.`,
    );
    expect(pdf.text).toContain("Action Why it is listed Lead Due");
    // No measures: no Measures section, and the sections after it move up a number.
    expect(blocksInOrder(pdf, ["H2"]).map((b) => b.text)).toContain("7 Implications");
    expect(pdf.text).not.toContain("Outcome measures");
  });

  it("numbers a Measures section where the strategy has measures, with the values known at the period end", async () => {
    const files = syntheticStrategy({ actions: 4 });
    const end = latestReport(buildStrategy(files, SYNTHETIC_CLOCK)).period.end;
    files.measures = {
      measures: [
        {
          id: "m1",
          title: "People in employment after treatment",
          unit: "%",
          direction: "up",
          baseline: { date: "2020-03-31", value: 42 },
          target: { date: "2025-03-31", value: 60 },
          values: [
            { date: "2021-06-30", value: 47 },
            { date: end, value: 49 },
            { date: "2030-01-01", value: 99 },
          ],
        },
      ],
    };
    const strategy = buildStrategy(files, SYNTHETIC_CLOCK);
    const pdf = await readPdf(await renderReport(strategy, latestReport(strategy).id));
    const h2 = blocksInOrder(pdf, ["H2"]).map((b) => b.text);
    expect(h2.slice(5, 9)).toEqual(["6 Risks", "7 Outcome measures", "8 Implications", "9 Web addresses"]);
    const text = sectionsOf(pdf.text, ["7 Outcome measures", "8 Implications"]).get("7 Outcome measures") ?? "";
    expect(text).toContain(
      "People in employment after treatment (higher is better) 49% 31 Dec 2021 60% by 31 Mar 2025 On track ▲ Improving",
    );
    expect(text).not.toContain("99");
  });

  it("repeats the appendix table's header on every page it reaches, one row per action, and cuts no note short", async () => {
    const strategy = buildStrategy(syntheticStrategy({ actions: 60, noteSentences: 9 }), SYNTHETIC_CLOCK);
    const report = latestReport(strategy);
    const pdf = await readPdf(await renderReport(strategy, report.id));
    const start = pdf.pages.findIndex((p) => p.contentText.includes(APPENDIX));
    const tablePages = pdf.pages.slice(start).filter((p) => /\d+\. Synthetic/.test(p.text));
    expect(tablePages.length).toBeGreaterThan(3);
    expect(tablePages[0]?.contentText).toContain(HEADER);
    // Continuation pages repeat the header as a pagination artifact, so it is read out only once.
    for (const page of tablePages.slice(1)) {
      expect(page.artifactText).toContain(HEADER);
      expect(page.contentText).not.toContain(HEADER);
    }
    const read = pdf.pages
      .slice(start)
      .map((p) => p.contentText)
      .join(" ");
    for (const action of strategy.actions) {
      const latest = report.progress[action.id]?.latest;
      expect(read.split(`${action.number}. ${action.title} `)).toHaveLength(2);
      if (latest) expect(read).toContain(squash(markdownText(latest.note)));
    }
  });

  it("carries a note longer than a page over to the next page in full", async () => {
    const files = syntheticStrategy({ actions: 3, oneTheme: true });
    const update = files.plan.actions[1]?.updates?.at(-1);
    if (!update) throw new Error("the synthetic action has no update");
    update.note = Array.from(
      { length: 60 },
      (_, i) => `Sentence ${i + 1} of a note that runs for more than a page.`,
    ).join(" ");
    const strategy = buildStrategy(files, SYNTHETIC_CLOCK);
    const pdf = await readPdf(await renderReport(strategy, latestReport(strategy).id));
    const appendix = pdf.pages.map((p) => p.contentText).join(" ");
    expect(appendix.slice(appendix.indexOf(APPENDIX))).toContain(update.note);
    expect(appendix).toContain("3. Synthetic action number 3");
  });
});
