import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import {
  DECISION_LABELS,
  longDate,
  reasonLabel,
  STATUS_LABELS,
  STATUSES,
  type Report,
  type Status,
  type StrategyModel,
} from "../../src/model/index.ts";
import { renderReport } from "../../src/pdf/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { blocksInOrder, elements, readPdf, sectionsOf, squash, type ReadPdf } from "./read-pdf.ts";

const CONTENT = join(import.meta.dirname, "..", "..", "content");
const HOME = "https://strategies.derby.example/derby-mental-health/";

let strategy: StrategyModel;
let march: Report;
let september: Report;
let bytes: Buffer;
let pdf: ReadPdf;
let first: ReadPdf;

/** The section headings a paper should have, numbered in order; Measures only where the strategy has measures. */
function expectedSections(changes: string, appendices: readonly string[] = SEPTEMBER_APPENDICES): string[] {
  const titles = [
    "Purpose",
    "Recommendations",
    "Summary of progress",
    "Exceptions",
    changes,
    "Risks",
    ...(strategy.measures?.length ? ["Measures"] : []),
    "Implications",
    "Background papers and web addresses",
    "Appendices",
  ];
  return [
    ...titles.map((t, i) => `${i + 1} ${t}`),
    ...appendices.map((a, i) => `Appendix ${String.fromCharCode(65 + i)}: ${a}`),
  ];
}

/** The September paper's appendices, lettered in this order. */
const SEPTEMBER_APPENDICES = [
  "Progress of every action",
  "Risk register",
  "Decisions of the last meeting and what followed",
  "Changes from report to report",
];

/** The text of one section, read in order, between its heading and the next. */
function section(paper: ReadPdf, heading: string, all: readonly string[]): string {
  return sectionsOf(paper.pages.map((p) => p.contentText).join(" "), all).get(heading) ?? "";
}

beforeAll(async () => {
  const found = readModel(CONTENT).model.strategies.find((s) => s.id === "derby-mental-health");
  if (!found) throw new Error("the Derby strategy is missing from content/");
  strategy = found;
  march = strategy.reports.find((r) => r.id === "2015-03") as Report;
  september = strategy.reports.find((r) => r.id === "2015-09") as Report;
  bytes = await renderReport(strategy, september.id, { siteHome: HOME });
  pdf = await readPdf(bytes);
  first = await readPdf(await renderReport(strategy, march.id, { siteHome: HOME }));
}, 120_000);

/** An action's status at a date, worked out here from its raw updates rather than by the model. */
function statusOn(updates: readonly { date: string; status: Status }[] | undefined, date: string): Status | null {
  const before = (updates ?? [])
    .filter((u) => u.date <= date)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return before.at(-1)?.status ?? null;
}

describe("the Derby September board paper", () => {
  const sections = () => expectedSections("Changes since the last report");

  it("has a sensible number of pages", () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(6);
    expect(pdf.pages.length).toBeLessThanOrEqual(16);
  });

  it("opens with a cover sheet: board, meeting, item, title, author and contact, sponsor, sign-off, purpose and address", () => {
    const cover = pdf.pages[0]?.text ?? "";
    for (const fact of [
      "Board Derby City Health and Wellbeing Board",
      "Meeting date 17 September 2015",
      "Agenda item Item 9",
      `Report title ${squash(september.title)}`,
      "Purpose For decision",
      "Author Claire Hollis, Mental Health Commissioning Manager",
      "Author contact claire.hollis@derby.example, 01332 640000",
      "Sponsor Dr Priya Sandhu",
      "Officer sign-off",
      "signed off 3 September 2015",
      "Illustrative data",
    ])
      expect(cover).toContain(fact);
    expect(cover.replace(/ /g, "")).toContain(`${HOME}reports/2015-09/`);
  });

  it("has its sections in the order board papers use, numbered 1 to 8, then the appendix", () => {
    const h2 = blocksInOrder(pdf, ["H2"]).map((b) => b.text);
    expect(h2).toEqual(sections());
  });

  it("numbers every paragraph within its section in order: 1.1, 1.2, 2.1 …", () => {
    let current = 0;
    let expected = 1;
    for (const block of blocksInOrder(pdf, ["H2", "H3", "P"])) {
      const heading = /^(\d+) /.exec(block.text);
      if (block.role === "H2") {
        current = heading ? Number(heading[1]) : 0;
        expected = 1;
        continue;
      }
      const number = /^(\d+)\.(\d+) /.exec(block.text);
      if (!number || current === 0) continue;
      expect(`${number[1]}.${number[2]}`).toBe(`${current}.${expected}`);
      expected++;
    }
    expect(current).toBe(0); // the appendix is not numbered
  });

  it("gives each recommendation its reason, and points at the exception that explains it", () => {
    const text = section(pdf, "2 Recommendations", sections());
    september.recommendations.forEach((r, i) => {
      const at = text.indexOf(`2.${i + 1} ${squash(r.text)}`);
      expect(at).toBeGreaterThanOrEqual(0);
      if (r.reason) expect(text.slice(at)).toContain(`Reason: ${squash(r.reason)}`);
    });
    // The revised date for the generic model is explained in the exception it points to.
    expect(text).toContain("See action 1 (paragraph 4.2).");
    expect(section(pdf, "4 Exceptions", sections())).toContain("4.2 Action 1: To develop the generic model");
    expect(text).toContain("See action 9 (paragraph 4.4) and risk R2 (section 6).");
    // Nothing is asked that the paper does not explain: the unexplained pledge is gone.
    expect(pdf.text).not.toContain("Time to Change");
  });

  it("lists every exception with every reason, in the model's words, and its recovery action", () => {
    const text = section(pdf, "4 Exceptions", sections());
    expect(september.exceptions.length).toBeGreaterThan(0);
    september.exceptions.forEach((e, i) => {
      const action = strategy.actions.find((a) => a.id === e.actionId);
      if (!action) throw new Error(`no action ${e.actionId}`);
      const start = text.indexOf(`4.${i + 2} Action ${action.number}: `);
      expect(start).toBeGreaterThanOrEqual(0);
      const entry = text.slice(
        start,
        text.indexOf(`4.${i + 3} Action`) > 0 ? text.indexOf(`4.${i + 3} Action`) : undefined,
      );
      for (const reason of e.reasons)
        expect(entry.toLowerCase()).toContain(reasonLabel(reason, strategy.stalenessDays));
      expect(entry).toContain(action.lead);
      if (e.recovery) expect(entry).toContain(`Recovery action ${squash(e.recovery)}`);
    });
    // Action 5 is at risk, overdue and silent: all three are said, as the risks section says them.
    expect(text).toContain("At risk, overdue and no update for more than 120 days. Lead: Derby City Council.");
    expect(text).toContain("Proposed revised due date 31 December 2015");
    expect(text).toContain("Request to the Board Approve a further revised due date of 31 December 2015");
    const risks = section(pdf, "6 Risks", sections());
    expect(risks).toContain("No update for more than 120 days: actions 5 and 11.");
    // Action 1 is overdue against the date the Board approved in March, not the plan's original one.
    expect(risks).toContain("Overdue: actions 1 and 5.");
    expect(text).toContain("Off track and overdue. Lead: Derby City Council.");
  });

  it("shows both due dates for an action whose date the Board revised, with the decision that revised it", () => {
    expect(section(pdf, "4 Exceptions", sections())).toContain(
      "Due: 30 June 2015 (originally 31 March 2015; revised by the Board on 19 March 2015, report 2015-03 recommendation 4)",
    );
    const appendix = section(pdf, "Appendix A: Progress of every action", sections());
    expect(appendix).toMatch(/1\. To develop the generic model[^]*?30 Jun 2015 Originally 31 Mar 2015 Overdue/);
  });

  it("names the risks still rated high or extreme in the body, and gives the whole register in Appendix B, each risk rated in words and numbers before and after mitigation", () => {
    expect(section(pdf, "6 Risks", sections())).toContain(
      "4 are still rated high or extreme after mitigation: R1, Mental health triage ends when its pilot funding stops (high 8)",
    );
    const text = section(pdf, "Appendix B: Risk register", sections());
    expect(text).toContain("Risk and owner Rating before and after mitigation Mitigation and latest review Actions");
    expect(september.riskRegister.length).toBeGreaterThanOrEqual(5);
    expect(text).toMatch(
      /R1: Mental health triage ends when its pilot funding stops Head of Mental Health Commissioning, Southern Derbyshire CCG Before: Extreme 16 \(L4 × I4\) After: High 8 \(L2 × I4\) .* 13/,
    );
    expect(text).toMatch(
      /R2: No county commissioning lead for joint work .* Before: High 12 \(L4 × I3\) After: High 12 \(L4 × I3\) .* 9/,
    );
    expect(text).toContain("R7: People who use services stop taking part");
    expect(text).toContain("Moderate 6 (L2 × I3)");
    expect(text).toContain("Low 3 (L1 × I3)");
  });

  it("lists the decisions of the March meeting and what followed", () => {
    expect(section(pdf, "5 Changes since the last report", sections())).toContain(
      "At its last meeting, on 19 March 2015, the Board made 4 decisions. Appendix C gives what followed each one.",
    );
    const text = section(pdf, "Appendix C: Decisions of the last meeting and what followed", sections());
    expect(text).toContain("At its last meeting, on 19 March 2015, the Board made these decisions.");
    expect(march.decisions).toHaveLength(4);
    for (const d of march.decisions) {
      expect(text).toContain(`${d.recommendation.number}. ${squash(d.recommendation.text)}`);
      expect(text).toContain(DECISION_LABELS[d.outcome]);
      if (d.followUp) expect(text).toContain(squash(d.followUp));
    }
    expect(text).toContain("Agreed with changes: The Board asked the CCG and the Police and Crime Commissioner");
    expect(text).toContain("Due date of action 1 revised to 30 June 2015.");
  });

  it("lists exactly the actions whose status moved since the last report, from → to in words", () => {
    const changes = section(pdf, "Appendix D: Changes from report to report", sections());
    const table = changes.slice(changes.indexOf("Action Change Status Action"), changes.indexOf("Figure 2"));
    const named = new Set([...table.matchAll(/Action (\d+): /g)].map((m) => Number(m[1])));
    const moved = strategy.actions.filter((a) => {
      const to = statusOn(a.updates, september.period.end);
      return to !== null && to !== statusOn(a.updates, march.period.end);
    });
    expect(moved.length).toBeGreaterThan(0);
    expect(named).toEqual(new Set(moved.map((a) => a.number)));
    for (const a of moved) {
      const from = statusOn(a.updates, march.period.end);
      expect(table).toContain(
        `${from ? STATUS_LABELS[from] : "No progress reported yet"} → ${STATUS_LABELS[statusOn(a.updates, september.period.end) as Status]}`,
      );
    }
  });

  it("compares the summary with the last report, and shows the counts at each report as a chart and a table", () => {
    expect(section(pdf, "3 Summary of progress", sections())).toContain(
      "Compared with 28 February 2015, the end of the last report's period",
    );
    const text = section(pdf, "Appendix D: Changes from report to report", sections()).replace(/\u00a0/g, " ");
    expect(text).toContain("Figure 2: actions by status at the end of each report's period");
    expect(text).toMatch(/Status At 28 Feb 2015 At 31 Aug\s?2015/);
    // One action had reported nothing by February: it is counted as such, not as not started.
    expect(text).toContain(
      "Not started 1 1 On track 7 7 At risk 4 4 Off track 2 1 Complete 1 2 Withdrawn 0 1 No progress reported yet 1 0",
    );
  });

  it("states every implication, engagement included, and gives the background papers and web addresses", () => {
    const text = section(pdf, "7 Implications", sections());
    for (const kind of [
      "Financial:",
      "Legal:",
      "Equalities and health inequalities:",
      "Engagement and consultation: The peer support group",
    ])
      expect(text).toContain(kind);
    const background = section(pdf, "8 Background papers and web addresses", sections());
    expect(background).toContain("8.1 The future of Mental Health Services in Derby, 2014 to 2019");
    expect(background).toContain(`${HOME}reports/2015-09/`);
    expect(background).toContain("with its PDF and Word editions");
  });

  it("lists every action once, in plan order, in a compact appendix table", () => {
    // A hyphenated word may break at its hyphen: read it whole.
    const appendix = section(pdf, "Appendix A: Progress of every action", sections()).replace(/- /g, "-");
    expect(appendix).toContain("Action and latest note Status Lead Due %");
    let from = 0;
    for (const action of strategy.actions) {
      const at = appendix.indexOf(`${action.number}. ${squash(action.title)}`, from);
      expect(at, action.title).toBeGreaterThan(from);
      from = at;
      // Once: the title appears in no other row.
      expect(appendix.split(squash(action.title))).toHaveLength(2);
    }
  });

  it("has a bookmark for every section and is tagged with headings, header cells and figures with alternative text", () => {
    expect(pdf.outline.map((o) => o.title)).toEqual([squash(september.title), ...sections()]);
    // Two levels deep: each numbered paragraph and exception under its section.
    const exceptions = pdf.outline.find((o) => o.title === "4 Exceptions");
    expect(exceptions?.items.map((i) => i.title.split(" ")[0])).toEqual(["4.1", "4.2", "4.3", "4.4", "4.5", "4.6"]);
    expect(pdf.marked).toBe(true);
    expect(blocksInOrder(pdf, ["H1"]).map((b) => b.text)).toEqual([squash(september.title)]);
    const headers = pdf.pages.flatMap((p) => elements(p, "TH")).map((e) => e.text);
    for (const h of [
      "Action and latest note",
      "Lead",
      "Due",
      "Status",
      "%",
      "Reporting period",
      "Rating before and after mitigation",
      "Decision",
      "Reason",
      "Recovery action",
    ])
      expect(headers).toContain(h);
    const figures = pdf.pages.flatMap((p) => elements(p, "Figure"));
    expect(figures).toHaveLength(2);
    for (const status of STATUSES)
      expect(figures[0]?.node.alt).toContain(`${STATUS_LABELS[status]}: ${september.tally.byStatus[status]}`);
    expect(figures[0]?.node.alt).not.toContain(STATUS_LABELS["not-reported"]);
    expect(figures[1]?.node.alt).toContain("28 February 2015: Not started: 1, On track: 7");
    expect(figures[1]?.node.alt).toContain("No progress reported yet: 1");
  });

  it("leaves no text outside the tag tree except artifacts", () => {
    for (const page of pdf.pages) expect(page.untaggedText).toBe("");
  });

  it("marks running headers and page numbers as artifacts, not content", () => {
    pdf.pages.forEach((page, i) => {
      expect(page.artifactText).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
      expect([...page.byContentId.values()].join(" ")).not.toContain(`Page ${i + 1} of`);
    });
    expect(pdf.pages[1]?.artifactText).toContain(strategy.meta.short_title);
  });

  it("sets the title and language, dated by the meeting", () => {
    expect(pdf.info["Title"]).toBe(september.title);
    expect(pdf.info["Language"]).toBe(strategy.meta.language);
    expect(pdf.info["CreationDate"]).toBe(`D:${september.meeting.replaceAll("-", "")}000000Z`);
    expect(bytes.toString("latin1")).toMatch(/\/DisplayDocTitle true/);
  });

  it("keeps £, curly quotes and arrows as text that copies out", () => {
    expect(pdf.text).toContain("£180,000");
    expect(pdf.text).toContain("one “community” level");
    expect(pdf.text).toMatch(/At risk → Off track/);
  });

  it("is byte-identical when rendered again", async () => {
    expect((await renderReport(strategy, september.id, { siteHome: HOME })).equals(bytes)).toBe(true);
  });

  it("refuses a report the strategy does not have, naming the ones it has", async () => {
    await expect(renderReport(strategy, "no-such-report")).rejects.toThrow(/no report "no-such-report".*2015-03/);
  });
});

describe("the Derby March board paper, the first report", () => {
  const sections = () =>
    expectedSections("Progress reported since the strategy began", ["Progress of every action", "Risk register"]);

  it("says what was reported since the strategy began, with no heading that promises changes", () => {
    expect(blocksInOrder(first, ["H2"]).map((b) => b.text)).toEqual(sections());
    expect(first.text).not.toContain("Changes since the last report");
    expect(first.text).not.toMatch(/Unchanged/);
    const text = section(first, "5 Progress reported since the strategy began", sections());
    expect(text).toContain("5.1 By 28 February 2015, 15 actions have reported progress since the strategy began.");
    expect(section(first, "3 Summary of progress", sections())).toContain(
      "This is the first report recorded here: since the strategy began",
    );
  });

  it("asks for the revised date it explains, and the exception gives the reason, recovery and request", () => {
    expect(section(first, "2 Recommendations", sections())).toContain(
      "2.4 The Board is asked to approve a revised due date of 30 June 2015",
    );
    const exceptions = section(first, "4 Exceptions", sections());
    expect(exceptions).toContain("4.2 Action 1: To develop the generic model");
    expect(exceptions).toContain("Proposed revised due date 30 June 2015");
    expect(exceptions).toContain("Request to the Board Approve a revised due date of 30 June 2015");
    expect(exceptions).toContain("Recommendation 2.4");
  });

  it("shows only the risks raised by the end of its period", () => {
    expect(section(first, "6 Risks", sections())).toContain("The risk register at 28 February 2015 has 5 risks.");
    const text = section(first, "Appendix B: Risk register", sections());
    expect(text).not.toContain("R2:");
    expect(text).toContain(`R1: Mental health triage ends when its pilot funding stops`);
    expect(text).toMatch(/R1: .* Before: Extreme 16 \(L4 × I4\) After: High 12 \(L3 × I4\)/);
  });

  it("does not show the decisions its own meeting made later", () => {
    expect(first.text).not.toContain("Agreed with changes");
    expect(longDate(march.meeting)).toBe("19 March 2015");
  });
});
