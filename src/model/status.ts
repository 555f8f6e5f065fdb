import { STATUSES, type ActionContent, type IsoDate, type Status, type UpdateContent } from "./content.ts";
import { daysBetween } from "./dates.ts";
import { pastDue } from "./periods.ts";
import { updatesInOrder } from "./updates.ts";

export const DEFAULT_STALENESS_DAYS = 120;

/**
 * Where an action stands: the status of its latest update, or `not-reported` while no update has been
 * recorded. An action nobody has reported on has said nothing: it is neither "not started" nor 0%
 * complete. Roll-ups count it on its own ("No progress reported yet"), in the total but in no status,
 * and leave it out of the average percent.
 */
export type ProgressStatus = Status | "not-reported";

/** Every standing, in the order outputs list them: the statuses a lead can report, then none reported. */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = [...STATUSES, "not-reported"];

/**
 * The standings a table or chart of counts shows: every status, and "not reported" only where some group
 * has such an action. A strategy that rates on a scale of its own (`scale.ratings` not empty) shows the
 * statuses its scale declares, and another only where some group has an action in it: a column of zeros
 * under a word the plan never uses would speak of a status it does not have.
 */
export function statusesIn(
  counts: readonly { byStatus: Record<ProgressStatus, number> }[],
  scale?: { ratings: readonly { status: Status }[] },
): ProgressStatus[] {
  const declared = new Set<ProgressStatus>(scale?.ratings.map((r) => r.status) ?? []);
  const held = (s: ProgressStatus) => counts.some((c) => c.byStatus[s] > 0);
  return PROGRESS_STATUSES.filter((s) =>
    s === "not-reported" ? held(s) : declared.size === 0 || declared.has(s) || held(s),
  );
}

/** Statuses that end an action: it can be neither overdue nor stale. */
const CLOSED: ReadonlySet<Status> = new Set(["complete", "withdrawn"]);

export function isClosed(status: ProgressStatus): boolean {
  return status !== "not-reported" && CLOSED.has(status);
}

/** The updates made on or before `date`, oldest first, in the one update order (updates.ts). */
export function updatesAsAt(action: Pick<ActionContent, "updates">, date: IsoDate): UpdateContent[] {
  return updatesInOrder(action.updates).filter((u) => u.date <= date);
}

/** The latest update on or before `date`, or null when there is none yet. */
export function latestUpdate(action: Pick<ActionContent, "updates">, date: IsoDate): UpdateContent | null {
  return updatesAsAt(action, date).at(-1) ?? null;
}

/** An action's status at a date is its latest update's status; with no update yet, none has been reported. */
export function statusAt(action: Pick<ActionContent, "updates">, date: IsoDate): ProgressStatus {
  return latestUpdate(action, date)?.status ?? "not-reported";
}

/**
 * Percent complete at a date: 100 once complete, otherwise the most recent percent given
 * (a later update that gives none keeps the earlier figure); 0 for an action its lead reports not
 * started; otherwise null, "not reported": an action with no update, or a plan that reports no
 * figure, has not said it is at 0%.
 */
export function percentAt(action: Pick<ActionContent, "updates">, date: IsoDate): number | null {
  const updates = updatesAsAt(action, date);
  const status = updates.at(-1)?.status ?? "not-reported";
  if (status === "complete") return 100;
  for (let i = updates.length - 1; i >= 0; i--) {
    const percent = updates[i]?.percent;
    if (percent !== undefined) return percent;
  }
  return status === "not-started" ? 0 : null;
}

/**
 * Overdue: the whole due period has passed (a due day, month, quarter or year is not late until it
 * has ended; ongoing work never is) and the action is not closed.
 */
export function isOverdue(action: ActionContent, date: IsoDate): boolean {
  return pastDue(action.due, date) && !isClosed(statusAt(action, date));
}

/**
 * Stale: an open action with no update within the window. An action with no update at all is
 * stale once it has been started for longer than the window; one not yet started, or with no
 * start date, is not.
 */
export function isStale(action: ActionContent, date: IsoDate, windowDays = DEFAULT_STALENESS_DAYS): boolean {
  const latest = latestUpdate(action, date);
  if (latest && isClosed(latest.status)) return false;
  const since = latest?.date ?? action.start;
  return since !== undefined && daysBetween(since, date) > windowDays;
}

/** Everything the outputs show about one action at one date. */
export interface ActionProgress {
  asAt: IsoDate;
  /** The latest update's status, or "not-reported" when there is none yet. */
  status: ProgressStatus;
  /** Percent complete, or null when not reported. */
  percent: number | null;
  latest: UpdateContent | null;
  overdue: boolean;
  stale: boolean;
  /** Days since the latest update, or null when there has been none. */
  daysSinceUpdate: number | null;
}

export function progressAt(action: ActionContent, date: IsoDate, windowDays = DEFAULT_STALENESS_DAYS): ActionProgress {
  const latest = latestUpdate(action, date);
  return {
    asAt: date,
    status: latest?.status ?? "not-reported",
    percent: percentAt(action, date),
    latest,
    overdue: isOverdue(action, date),
    stale: isStale(action, date, windowDays),
    daysSinceUpdate: latest ? daysBetween(latest.date, date) : null,
  };
}
