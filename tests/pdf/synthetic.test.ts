import { describe, expect, it } from "vitest";
import { syntheticStrategy } from "../../src/bench/synthetic.ts";
import { buildStrategy, type StrategyModel } from "../../src/model/index.ts";
import { markdownText } from "../../src/pdf/markdown.ts";
import { renderReport } from "../../src/pdf/index.ts";
import { elements, readPdf, sectionsOf, squash } from "./read-pdf.ts";

const HEADER = "Action Lead Due Status % Latest update";

function latestReport(strategy: StrategyModel) {
  const report = strategy.latestReport;
  if (!report) throw new Error("the synthetic strategy has no report");
  return report;
}

// The 1,000-action paper is timed and checked by `npm run bench:pdf` (bench/pdf.ts), not here: it takes
// from 12 s to over a minute on a shared machine, which is a benchmark's job, not a unit test's.
describe("a synthetic strategy's board paper", () => {
  it("keeps Welsh letters, arrows and curly quotes as text", async () => {
    const strategy = buildStrategy(syntheticStrategy({ actions: 12, title: (n) => `Gwasanaeth ŵyr a ŷd rhif ${n} → “cymorth”` }));
    const pdf = await readPdf(await renderReport(strategy, latestReport(strategy).id));
    expect(pdf.text).toContain("Gwasanaeth ŵyr a ŷd rhif 12 → “cymorth”");
    expect(pdf.text).toContain("£25,000");
  });

  it("carries the illustrative-data notice only when the strategy says its data is illustrative", async () => {
    for (const illustrative of [true, false]) {
      const files = syntheticStrategy({ actions: 4 });
      files.strategy.illustrative = illustrative;
      const strategy = buildStrategy(files);
      const cover = (await readPdf(await renderReport(strategy, latestReport(strategy).id))).pages[0]?.text ?? "";
      expect(cover.includes("Illustrative data:")).toBe(illustrative);
    }
  });

  it("says plainly when a theme has no actions", async () => {
    const strategy = buildStrategy(syntheticStrategy({ actions: 18, emptyLastTheme: true }));
    const pdf = await readPdf(await renderReport(strategy, latestReport(strategy).id));
    const last = strategy.themes.at(-1);
    expect(last?.actionIds).toEqual([]);
    const themes = sectionsOf(pdf.text, ["Progress by theme", "Appendix: the strategy on a page"]).get("Progress by theme") ?? "";
    expect(themes.slice(themes.indexOf(last?.title ?? "?"))).toContain("No actions are linked to this theme yet.");
  });

  it("repeats a long table's header on every page it reaches and cuts no note short", async () => {
    const strategy = buildStrategy(syntheticStrategy({ actions: 60, oneTheme: true, noteSentences: 9 }));
    const report = latestReport(strategy);
    const pdf = await readPdf(await renderReport(strategy, report.id));
    const start = pdf.pages.findIndex((p) => elements(p, "H2").some((h) => h.text === "Progress by theme"));
    const end = pdf.pages.findIndex((p) => elements(p, "H2").some((h) => h.text.startsWith("Appendix")));
    const tablePages = pdf.pages.slice(start, end).filter((p) => /Action \d+: Synthetic/.test(p.text));
    expect(tablePages.length).toBeGreaterThan(3);
    expect(tablePages[0]?.contentText).toContain(HEADER);
    // Continuation pages repeat the header as a pagination artifact, so it is read out only once.
    for (const page of tablePages.slice(1)) {
      expect(page.artifactText).toContain(HEADER);
      expect(page.contentText).not.toContain(HEADER);
    }
    const read = pdf.pages.slice(start, end).map((p) => p.contentText).join(" ");
    for (const action of strategy.actions) {
      const latest = report.progress[action.id]?.latest;
      expect(read).toContain(`Action ${action.number}: ${action.title}`);
      if (latest) expect(read).toContain(squash(markdownText(latest.note)));
    }
  });

  it("carries a note longer than a page over to the next page in full", async () => {
    const files = syntheticStrategy({ actions: 3, oneTheme: true });
    const update = files.plan.actions[1]?.updates?.at(-1);
    if (!update) throw new Error("the synthetic action has no update");
    update.note = Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} of a note that runs for more than a page.`).join(" ");
    const strategy = buildStrategy(files);
    const pdf = await readPdf(await renderReport(strategy, latestReport(strategy).id));
    const themes = sectionsOf(pdf.pages.map((p) => p.contentText).join(" "), ["Progress by theme", "Appendix: the strategy on a page"]).get("Progress by theme") ?? "";
    expect(themes).toContain(update.note);
    expect(themes).toContain("Action 3: Synthetic action number 3");
  });
});
