import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { longDate, STATUS_LABELS, type Report, type Status, type StrategyModel } from "../../src/model/index.ts";
import { renderReport } from "../../src/pdf/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { elements, readPdf, sectionsOf, squash, type ReadPdf } from "./read-pdf.ts";

const CONTENT = join(import.meta.dirname, "..", "..", "content");
const SECTIONS = ["Summary of progress", "Exceptions", "Changes since the last report", "Progress by theme", "Appendix: the strategy on a page"];

let strategy: StrategyModel;
let report: Report;
let bytes: Buffer;
let pdf: ReadPdf;

beforeAll(async () => {
  const found = readModel(CONTENT).model.strategies.find((s) => s.id === "derby-mental-health");
  if (!found) throw new Error("the Derby strategy is missing from content/");
  strategy = found;
  // The second report has a previous one, so its changes compare two periods.
  report = strategy.reports.find((r) => r.previousId !== null) as Report;
  bytes = await renderReport(strategy, report.id);
  pdf = await readPdf(bytes);
});

/** An action's status at a date, worked out here from its raw updates rather than by the model. */
function statusOn(updates: readonly { date: string; status: Status }[] | undefined, date: string): Status | null {
  const before = (updates ?? []).filter((u) => u.date <= date).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return before.at(-1)?.status ?? null;
}

describe("the Derby board paper", () => {
  it("has a sensible number of pages", () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(5);
    expect(pdf.pages.length).toBeLessThanOrEqual(40);
  });

  it("opens with the cover sheet: board, meeting date, title, recommendations and the illustrative notice", () => {
    const cover = pdf.pages[0]?.text ?? "";
    expect(cover).toContain(report.board);
    expect(cover).toContain(longDate(report.meeting));
    expect(cover).toContain(squash(report.title));
    expect(cover).toContain("For decision");
    expect(cover).toContain("Illustrative data");
    const coverAndNext = `${cover} ${pdf.pages[1]?.text ?? ""}`;
    for (const recommendation of report.recommendations) expect(coverAndNext).toContain(squash(recommendation));
    expect(coverAndNext).toContain("Financial implications");
  });

  it("names every action of the plan", () => {
    for (const action of strategy.actions) expect(pdf.text).toContain(squash(action.title));
  });

  it("lists each exception with its lead, due date and latest note", () => {
    const exceptions = sectionsOf(pdf.text, SECTIONS).get("Exceptions") ?? "";
    expect(report.exceptions.length).toBeGreaterThan(0);
    for (const e of report.exceptions) {
      const action = strategy.actions.find((a) => a.id === e.actionId);
      if (!action) throw new Error(`no action ${e.actionId}`);
      const entry = exceptions.slice(exceptions.indexOf(`Action ${action.number}: `));
      expect(entry).toContain(squash(action.title));
      expect(entry).toContain(action.lead);
      expect(entry).toContain(longDate(action.due));
      const latest = report.progress[action.id]?.latest;
      if (latest) expect(entry).toContain(longDate(latest.date));
    }
    // Nothing that is fine is listed: every action named in the section is an exception.
    const named = [...exceptions.matchAll(/Action (\d+): /g)].map((m) => Number(m[1]));
    expect(new Set(named)).toEqual(new Set(report.exceptions.map((e) => strategy.actions.find((a) => a.id === e.actionId)?.number)));
  });

  it("lists exactly the actions whose status moved since the last report, from → to in words", () => {
    const previous = strategy.reports.find((r) => r.id === report.previousId) as Report;
    const changes = sectionsOf(pdf.text, SECTIONS).get("Changes since the last report") ?? "";
    const named = new Set([...changes.matchAll(/Action (\d+): /g)].map((m) => Number(m[1])));
    const moved = strategy.actions.filter((a) => {
      const to = statusOn(a.updates, report.period.end);
      return to !== null && to !== statusOn(a.updates, previous.period.end);
    });
    expect(moved.length).toBeGreaterThan(0);
    expect(named).toEqual(new Set(moved.map((a) => a.number)));
    expect(named).toEqual(new Set(report.changes.map((c) => strategy.actions.find((a) => a.id === c.actionId)?.number)));
    for (const a of moved) {
      const from = statusOn(a.updates, previous.period.end);
      const to = statusOn(a.updates, report.period.end) as Status;
      expect(changes).toContain(`${from ? STATUS_LABELS[from] : "No update"} → ${STATUS_LABELS[to]}`);
    }
  });

  it("shows each theme's actions with their status in words, and says when a theme has none", () => {
    const themes = sectionsOf(pdf.text, SECTIONS).get("Progress by theme") ?? "";
    const titles = strategy.themes.map((t) => t.title);
    const parts = sectionsOf(themes, titles);
    for (const theme of strategy.themes) {
      const part = parts.get(theme.title) ?? "";
      if (!theme.actionIds.length) expect(part).toContain("No actions are linked to this theme yet.");
      for (const id of theme.actionIds) {
        const action = strategy.actions.find((a) => a.id === id);
        const status = report.progress[id]?.status as Status;
        expect(part).toContain(`Action ${action?.number}: `);
        expect(part).toContain(STATUS_LABELS[status]);
      }
    }
  });

  it("has a bookmark for every section and every theme", () => {
    const titles = pdf.outline.map((o) => o.title);
    for (const s of SECTIONS) expect(titles).toContain(s);
    const themes = pdf.outline.find((o) => o.title === "Progress by theme");
    expect(themes?.items.map((i) => i.title)).toEqual(strategy.themes.map((t) => t.title));
  });

  it("is tagged, with headings that match the sections and themes", () => {
    expect(pdf.marked).toBe(true);
    const h1 = pdf.pages.flatMap((p) => elements(p, "H1")).map((e) => e.text);
    const h2 = pdf.pages.flatMap((p) => elements(p, "H2")).map((e) => e.text);
    const h3 = pdf.pages.flatMap((p) => elements(p, "H3")).map((e) => e.text);
    expect(h1).toEqual([squash(report.title)]);
    expect(h2.filter((h) => SECTIONS.includes(h))).toEqual(SECTIONS);
    expect(h2.slice(0, 1)).toEqual(["Recommendations"]);
    for (const theme of strategy.themes) expect(h3).toContain(theme.title);
  });

  it("leaves no text outside the tag tree except artifacts", () => {
    for (const page of pdf.pages) expect(page.untaggedText).toBe("");
  });

  it("tags the chart as a figure whose alternative text gives the counts", () => {
    const figures = pdf.pages.flatMap((p) => elements(p, "Figure"));
    expect(figures).toHaveLength(1);
    const alt = figures[0]?.node.alt ?? "";
    for (const [status, count] of Object.entries(report.tally.byStatus)) expect(alt).toContain(`${STATUS_LABELS[status as Status]}: ${count}`);
  });

  it("tags tables with header cells", () => {
    const headers = pdf.pages.flatMap((p) => elements(p, "TH")).map((e) => e.text);
    for (const h of ["Action", "Lead", "Due", "Status", "Latest update", "Reporting period"]) expect(headers).toContain(h);
  });

  it("marks running headers and page numbers as artifacts, not content", () => {
    pdf.pages.forEach((page, i) => {
      expect(page.artifactText).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
      const tagged = [...page.byContentId.values()].join(" ");
      expect(tagged).not.toContain(`Page ${i + 1} of`);
    });
    expect(pdf.pages[1]?.artifactText).toContain(strategy.meta.short_title);
  });

  it("sets the title and language", () => {
    expect(pdf.info["Title"]).toBe(report.title);
    expect(pdf.info["Language"]).toBe(strategy.meta.language);
    // Dated by the meeting, never the clock, so a rebuild gives the same file.
    expect(pdf.info["CreationDate"]).toBe(`D:${report.meeting.replaceAll("-", "")}000000Z`);
    expect(pdf.info["ModDate"]).toBe(pdf.info["CreationDate"]);
    // The viewer shows the title, not the file name.
    expect(bytes.toString("latin1")).toMatch(/\/DisplayDocTitle true/);
  });

  it("keeps £, curly quotes and arrows as text that copies out", () => {
    expect(pdf.text).toContain("£180,000");
    expect(pdf.text).toContain("Council’s “Time to Change”");
    expect(pdf.text).toMatch(/→/);
  });

  it("is byte-identical when rendered again", async () => {
    expect((await renderReport(strategy, report.id)).equals(bytes)).toBe(true);
  });

  it("renders the first report, which has no previous one, saying every change is new", async () => {
    const first = strategy.reports.find((r) => r.previousId === null) as Report;
    const text = (await readPdf(await renderReport(strategy, first.id))).text;
    expect(text).toContain(squash(first.title));
    expect(text).toContain("This is the first report");
  });

  it("refuses a report the strategy does not have, naming the ones it has", async () => {
    await expect(renderReport(strategy, "no-such-report")).rejects.toThrow(/no report "no-such-report".*2015-03/);
  });
});
