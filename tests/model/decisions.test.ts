import { describe, expect, it } from "vitest";
import { buildStrategy, dueAt, dueRevisions, recommendations, type ReportContent } from "../../src/model/index.ts";
import { SYNTHETIC_CLOCK, syntheticStrategy } from "../../src/bench/synthetic.ts";
import { action, update } from "./_make.ts";

function report(id: string, meeting: string, extra: Partial<ReportContent> = {}): ReportContent {
  return {
    id,
    title: id,
    board: "B",
    meeting,
    period: { start: "2015-01-01", end: meeting },
    purpose: "decision",
    recommendations: ["Note."],
    ...extra,
  };
}

describe("recommendations", () => {
  it("keeps a plain sentence working, and numbers each from 1 with its reason and what it concerns", () => {
    const r = report("r1", "2015-03-19", {
      recommendations: [
        "Note progress.",
        { text: "Approve a date.", reason: "Leads disagree.", actions: ["a1"], risks: ["k1"] },
      ],
    });
    expect(recommendations(r)).toEqual([
      { number: 1, text: "Note progress.", reason: null, actionIds: [], riskIds: [] },
      { number: 2, text: "Approve a date.", reason: "Leads disagree.", actionIds: ["a1"], riskIds: ["k1"] },
    ]);
  });
});

describe("revised due dates", () => {
  const a1 = action("a1", { due: "2015-03-31" });
  const reports = [
    report("r1", "2015-03-19", {
      recommendations: ["Approve 30 September."],
      decisions: [{ recommendation: 1, decision: "agreed", revised_due: [{ action: "a1", due: "2015-09-30" }] }],
    }),
    report("r2", "2015-09-17", {
      recommendations: ["Approve 31 December.", "Approve 31 January."],
      decisions: [
        { recommendation: 1, decision: "deferred", revised_due: [{ action: "a1", due: "2015-12-31" }] },
        { recommendation: 2, decision: "agreed-with-changes", revised_due: [{ action: "a1", due: "2016-01-31" }] },
      ],
    }),
  ];
  const revisions = dueRevisions([a1], reports).get("a1") ?? [];

  it("take effect only through a decision that agreed them, each naming the date it replaced and the decision", () => {
    expect(
      revisions.map((r) => `${r.previous}→${r.due} by ${r.reportId}#${r.recommendation} on ${r.approvedOn}`),
    ).toEqual(["2015-03-31→2015-09-30 by r1#1 on 2015-03-19", "2015-09-30→2016-01-31 by r2#2 on 2015-09-17"]);
  });

  it("apply from the day of the meeting, keeping the original", () => {
    expect(dueAt(a1, revisions, "2015-03-18")).toEqual({ due: "2015-03-31", original: "2015-03-31", revision: null });
    expect(dueAt(a1, revisions, "2015-03-19").due).toBe("2015-09-30");
    expect(dueAt(a1, revisions, "2015-09-17")).toMatchObject({
      due: "2016-01-31",
      original: "2015-03-31",
      revision: { reportId: "r2" },
    });
  });

  it("judge overdue against the due date in force", () => {
    const files = syntheticStrategy({ actions: 1 });
    const only = files.plan.actions[0];
    if (!only) throw new Error("no action");
    Object.assign(only, { due: "2021-03-31", updates: [update("2021-05-01", "on-track")] });
    const first = files.reports.reports[0] as ReportContent;
    first.decisions = [
      { recommendation: 1, decision: "agreed", revised_due: [{ action: only.id, due: "2021-12-31" }] },
    ];
    const model = buildStrategy(files, SYNTHETIC_CLOCK);
    const [r1, r2] = model.reports;
    // The first report's period ended before its own meeting approved the new date: overdue then.
    expect(r1?.progress[only.id]?.overdue).toBe(true);
    expect(r2?.progress[only.id]?.overdue).toBe(false);
    expect(r2?.dues[only.id]).toMatchObject({ due: "2021-12-31", original: "2021-03-31" });
    expect(model.actions[0]?.dueAt.due).toBe("2021-12-31");
    expect(r2?.followed.map((f) => f.decision.outcome)).toEqual(["agreed"]);
  });
});
