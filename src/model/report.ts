import type { ActionContent, ReportContent } from "./content.ts";
import { changesBetween, type ActionChange, type ChangeKind } from "./changes.ts";
import { rollupBy, tally, type Rollup, type Tally } from "./rollup.ts";
import { isClosed, progressAt, type ActionProgress } from "./status.ts";
import { inPeriod } from "./periods.ts";

export type ExceptionReason = "off-track" | "at-risk" | "overdue" | "no-update";

/** An action the board should look at, and why. */
export interface ReportException {
  actionId: string;
  reasons: ExceptionReason[];
}

/** Progress as at a report's period end, and what changed since the report before it. */
export interface ReportProgress {
  asAt: string;
  previousId: string | null;
  progress: Record<string, ActionProgress>;
  tally: Tally;
  byTheme: Rollup[];
  changes: ActionChange[];
  changeCounts: Record<ChangeKind, number>;
  exceptions: ReportException[];
  updatesInPeriod: number;
}

/** Why an open action is an exception in a period; empty when it is not one. */
export function exceptionReasons(action: ActionContent, progress: ActionProgress, period: ReportContent["period"]): ExceptionReason[] {
  if (isClosed(progress.status)) return [];
  const reasons: ExceptionReason[] = [];
  if (progress.status === "off-track" || progress.status === "at-risk") reasons.push(progress.status);
  if (progress.overdue) reasons.push("overdue");
  const updatedInPeriod = (action.updates ?? []).some((u) => inPeriod(u.date, period));
  if (!updatedInPeriod && action.start <= period.end) reasons.push("no-update");
  return reasons;
}

export function reportProgress(
  report: ReportContent,
  previous: ReportContent | null,
  actions: readonly ActionContent[],
  themes: readonly { key: string; label: string }[],
  stalenessDays: number,
): ReportProgress {
  const asAt = report.period.end;
  const progress = Object.fromEntries(actions.map((a) => [a.id, progressAt(a, asAt, stalenessDays)]));
  const of = (a: ActionContent): ActionProgress => progress[a.id] as ActionProgress;
  const changes = changesBetween(actions, previous?.period.end ?? null, asAt);
  const changeCounts: Record<ChangeKind, number> = { new: 0, completed: 0, withdrawn: 0, improved: 0, worsened: 0, unchanged: 0 };
  for (const c of changes) changeCounts[c.kind]++;
  changeCounts.unchanged = actions.length - changes.length;
  return {
    asAt,
    previousId: previous?.id ?? null,
    progress,
    tally: tally(actions.map(of)),
    byTheme: rollupBy(actions, (a) => a.themes, of, themes),
    changes,
    changeCounts,
    exceptions: actions
      .map((a) => ({ actionId: a.id, reasons: exceptionReasons(a, of(a), report.period) }))
      .filter((e) => e.reasons.length > 0),
    updatesInPeriod: actions.flatMap((a) => a.updates ?? []).filter((u) => inPeriod(u.date, report.period)).length,
  };
}
