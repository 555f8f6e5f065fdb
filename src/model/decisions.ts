import type {
  ActionContent,
  DecisionContent,
  DecisionOutcome,
  IsoDate,
  RecommendationContent,
  ReportContent,
} from "./content.ts";

/** A recommendation as the outputs show it: numbered, with its reason and what it concerns. */
export interface Recommendation {
  /** Its number in the report, from 1: decisions refer to it by this. */
  number: number;
  text: string;
  reason: string | null;
  actionIds: string[];
  riskIds: string[];
}

/** A plain string keeps working: it is a recommendation with nothing more said about it. */
export function recommendations(report: ReportContent): Recommendation[] {
  return (report.recommendations ?? []).map((r, i) => {
    const full: RecommendationContent = typeof r === "string" ? { text: r } : r;
    return {
      number: i + 1,
      text: full.text,
      reason: full.reason ?? null,
      actionIds: full.actions ?? [],
      riskIds: full.risks ?? [],
    };
  });
}

/** The board's decision on one recommendation, with the report and meeting it was made at. */
export interface Decision {
  reportId: string;
  meeting: IsoDate;
  recommendation: Recommendation;
  outcome: DecisionOutcome;
  note: string | null;
  followUp: string | null;
  revisedDue: { actionId: string; due: IsoDate }[];
}

export function decisions(report: ReportContent): Decision[] {
  const recs = recommendations(report);
  return (report.decisions ?? []).flatMap((d: DecisionContent) => {
    const recommendation = recs[d.recommendation - 1];
    if (!recommendation) return [];
    return [
      {
        reportId: report.id,
        meeting: report.meeting,
        recommendation,
        outcome: d.decision,
        note: d.note ?? null,
        followUp: d.follow_up ?? null,
        revisedDue: (d.revised_due ?? []).map((r) => ({ actionId: r.action, due: r.due })),
      },
    ];
  });
}

/** A due date a board decision approved; it applies from the day of the meeting that made it. */
export interface DueRevision {
  actionId: string;
  due: IsoDate;
  /** The due date it replaced. */
  previous: IsoDate;
  approvedOn: IsoDate;
  reportId: string;
  recommendation: number;
}

/** An action's due date at a date: the one in force then, and the plan's original one. */
export interface DueAt {
  due: IsoDate;
  original: IsoDate;
  /** The decision that set `due`, or null when the original still stands. */
  revision: DueRevision | null;
}

/** Only decisions that agreed something can move a date; deferred and rejected ones leave it. */
const _MOVES_DATES: ReadonlySet<DecisionOutcome> = new Set(["agreed", "agreed-with-changes"]);

/** Whether a decision with this outcome can approve a revised due date. */
export function movesDueDates(outcome: DecisionOutcome): boolean {
  return _MOVES_DATES.has(outcome);
}

/** Every approved revision per action, in meeting order, each naming the date it replaced. */
export function dueRevisions(
  actions: readonly ActionContent[],
  reports: readonly ReportContent[],
): Map<string, DueRevision[]> {
  const byMeeting = [...reports].sort((a, b) => (a.meeting < b.meeting ? -1 : a.meeting > b.meeting ? 1 : 0));
  const revisions = new Map<string, DueRevision[]>(actions.map((a) => [a.id, []]));
  const original = new Map(actions.map((a) => [a.id, a.due]));
  for (const report of byMeeting) {
    for (const d of decisions(report)) {
      if (!movesDueDates(d.outcome)) continue;
      for (const r of d.revisedDue) {
        const list = revisions.get(r.actionId);
        if (!list) continue;
        const previous = list.at(-1)?.due ?? original.get(r.actionId) ?? r.due;
        list.push({
          actionId: r.actionId,
          due: r.due,
          previous,
          approvedOn: report.meeting,
          reportId: report.id,
          recommendation: d.recommendation.number,
        });
      }
    }
  }
  return revisions;
}

/** The due date in force at `date`: the latest revision approved on or before it, else the original. */
export function dueAt(action: ActionContent, revisions: readonly DueRevision[], date: IsoDate): DueAt {
  const revision = revisions.filter((r) => r.approvedOn <= date).at(-1) ?? null;
  return { due: revision?.due ?? action.due, original: action.due, revision };
}
