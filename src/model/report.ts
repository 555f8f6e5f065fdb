import type { ActionContent, IsoDate, ReportContent, RiskContent } from "./content.ts";
import { changesBetween, type ActionChange, type ChangeKind } from "./changes.ts";
import {
  decisions,
  dueAt,
  recommendations,
  type Decision,
  type DueAt,
  type DueRevision,
  type Recommendation,
} from "./decisions.ts";
import { risksAt, type Risk } from "./risks.ts";
import { rollupBy, tally, type Rollup, type Tally } from "./rollup.ts";
import { isClosed, progressAt, type ActionProgress } from "./status.ts";
import { inPeriod } from "./periods.ts";

/** Why an action is an exception; one set of reasons for the paper, the site and the data. */
export type ExceptionReason = "off-track" | "at-risk" | "overdue" | "stale" | "no-update";

/** An action the board should look at, why, and what its lead says about it. */
export interface ReportException {
  actionId: string;
  reasons: ExceptionReason[];
  /** From the latest update by the period end: why it is off course, what is being done, what the board is asked. */
  reason: string | null;
  recovery: string | null;
  /** A new due date the update proposes (not yet approved). */
  proposedDue: IsoDate | null;
  request: string | null;
  due: DueAt;
  /** Numbers of the report's recommendations that concern this action. */
  recommendations: number[];
}

/** The counts at one report's period end, for showing how they moved from report to report. */
export interface TrendPoint {
  reportId: string;
  title: string;
  asAt: IsoDate;
  tally: Tally;
}

/** A decision of the last meeting and where the actions it concerns stood at this report's period end. */
export interface FollowedDecision {
  decision: Decision;
  actions: { actionId: string; progress: ActionProgress }[];
}

/**
 * Progress as at a report's period end, and what changed since the report before it. Everything
 * here is worked out from updates, reviews and decisions dated on or before the period end (or, for
 * decisions, made at an earlier meeting), so a later update never changes a published report.
 */
export interface ReportProgress {
  asAt: string;
  previousId: string | null;
  progress: Record<string, ActionProgress>;
  dues: Record<string, DueAt>;
  tally: Tally;
  byTheme: Rollup[];
  changes: ActionChange[];
  changeCounts: Record<ChangeKind, number>;
  exceptions: ReportException[];
  updatesInPeriod: number;
  recommendations: Recommendation[];
  /** The board's decisions on this report, recorded after its meeting. */
  decisions: Decision[];
  /** The last meeting's decisions, with what followed. */
  followed: FollowedDecision[];
  riskRegister: Risk[];
  /** Status counts at this report's and every earlier report's period end, oldest first. */
  trend: TrendPoint[];
}

/** Why an open action is an exception in a period; empty when it is not one. */
export function exceptionReasons(
  action: ActionContent,
  progress: ActionProgress,
  period: ReportContent["period"],
): ExceptionReason[] {
  if (isClosed(progress.status)) return [];
  const reasons: ExceptionReason[] = [];
  if (progress.status === "off-track" || progress.status === "at-risk") reasons.push(progress.status);
  if (progress.overdue) reasons.push("overdue");
  if (progress.stale) reasons.push("stale");
  const updatedInPeriod = (action.updates ?? []).some((u) => inPeriod(u.date, period));
  // A stale action had no update in the period either; saying both would say one thing twice.
  if (!updatedInPeriod && !progress.stale && (action.start ?? period.start) <= period.end) reasons.push("no-update");
  return reasons;
}

export interface ReportInputs {
  actions: readonly ActionContent[];
  themes: readonly { key: string; label: string }[];
  stalenessDays: number;
  revisions: ReadonlyMap<string, readonly DueRevision[]>;
  risks: readonly RiskContent[];
  /** The reports before this one, oldest first, already worked out. */
  earlier: readonly (Pick<ReportContent, "id" | "title" | "period"> & ReportProgress)[];
}

export function reportProgress(report: ReportContent, inputs: ReportInputs): ReportProgress {
  const { actions, themes, stalenessDays, revisions, earlier } = inputs;
  const previous = earlier.at(-1) ?? null;
  const asAt = report.period.end;
  const dues = Object.fromEntries(actions.map((a) => [a.id, dueAt(a, revisions.get(a.id) ?? [], asAt)]));
  // Overdue is judged against the due date in force at the period end, not the plan's original one.
  const progress = Object.fromEntries(
    actions.map((a) => [a.id, progressAt({ ...a, due: (dues[a.id] as DueAt).due }, asAt, stalenessDays)]),
  );
  const of = (a: ActionContent): ActionProgress => progress[a.id] as ActionProgress;
  const changes = changesBetween(actions, previous?.period.end ?? null, asAt);
  const changeCounts: Record<ChangeKind, number> = {
    new: 0,
    completed: 0,
    withdrawn: 0,
    improved: 0,
    worsened: 0,
    unchanged: 0,
  };
  for (const c of changes) changeCounts[c.kind]++;
  changeCounts.unchanged = actions.length - changes.length;
  const recs = recommendations(report);
  const reportTally = tally(actions.map(of));
  return {
    asAt,
    previousId: previous?.id ?? null,
    progress,
    dues,
    tally: reportTally,
    byTheme: rollupBy(actions, (a) => a.themes ?? [], of, themes),
    changes,
    changeCounts,
    exceptions: actions
      .map((a) => _exception(a, of(a), dues[a.id] as DueAt, report.period, recs))
      .filter((e) => e.reasons.length > 0),
    updatesInPeriod: actions.flatMap((a) => a.updates ?? []).filter((u) => inPeriod(u.date, report.period)).length,
    recommendations: recs,
    decisions: decisions(report),
    followed: previous
      ? previous.decisions.map((decision) => ({
          decision,
          actions: decision.recommendation.actionIds.flatMap((id) =>
            progress[id] ? [{ actionId: id, progress: progress[id] }] : [],
          ),
        }))
      : [],
    riskRegister: risksAt(inputs.risks, asAt),
    trend: [
      ...earlier.map((r) => ({ reportId: r.id, title: r.title, asAt: r.asAt, tally: r.tally })),
      { reportId: report.id, title: report.title, asAt, tally: reportTally },
    ],
  };
}

function _exception(
  action: ActionContent,
  progress: ActionProgress,
  due: DueAt,
  period: ReportContent["period"],
  recs: readonly Recommendation[],
): ReportException {
  const latest = progress.latest;
  return {
    actionId: action.id,
    reasons: exceptionReasons(action, progress, period),
    reason: latest?.reason ?? null,
    recovery: latest?.recovery ?? null,
    proposedDue: latest?.revised_due ?? null,
    request: latest?.request ?? null,
    due,
    recommendations: recs.filter((r) => r.actionIds.includes(action.id)).map((r) => r.number),
  };
}
