import type { ChangeKind } from "./changes.ts";
import type {
  ActionKind,
  DecisionOutcome,
  Horizon,
  IsoDate,
  ReportContent,
  RiskStatus,
  StrategyContent,
} from "./content.ts";
import { listed } from "./counting.ts";
import type { DueAt } from "./decisions.ts";
import { dueLabel, ONGOING } from "./periods.ts";
import { longDate } from "./dates.ts";
import type { ExceptionReason } from "./report.ts";
import type { RiskRating } from "./risks.ts";
import type { ProgressStatus } from "./status.ts";
import type { Tally } from "./rollup.ts";

/** The words every output uses for the model's codes, kept in one place so the site and the paper agree. */
export const STATUS_LABELS: Record<ProgressStatus, string> = {
  "not-started": "Not started",
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
  complete: "Complete",
  withdrawn: "Withdrawn",
  "not-reported": "No progress reported yet",
};

/**
 * The two flags an open action can carry, in the one set of words every output uses for them
 * ("stale" is the model's name for the second, never shown to readers).
 */
export const FLAG_LABELS = { overdue: "Overdue", stale: "No recent update" } as const;

/** What the plan's horizons are called where readers see them. */
export const HORIZON_TITLE = "Timescale";

/**
 * What "overdue" means, in words, beside its rule (status.ts isOverdue): withdrawn actions are excluded as
 * complete ones are, so every output explains it the same, correct, way.
 */
export const OVERDUE_MEANING = "past its due date and neither complete nor withdrawn";

export const HORIZON_LABELS: Record<Horizon, string> = {
  short: "Short term",
  medium: "Medium term",
  long: "Long term",
};

export const KIND_LABELS: Record<ActionKind, string> = {
  action: "Action",
  "commissioning-intention": "Commissioning intention",
};

/**
 * Why an action is an exception, in the words the paper's exceptions and risks, the site and the
 * data all use. `{days}` stands for the strategy's staleness window: use `reasonLabel` to fill it in.
 */
export const REASON_LABELS: Record<ExceptionReason, string> = {
  "off-track": "off track",
  "at-risk": "at risk",
  overdue: "overdue",
  stale: "no update for more than {days} days",
  "no-update": "no update in this period",
};

/**
 * A reason in words, with the staleness window filled in; `statusWord` gives a strategy's own word for a
 * reason that is a status ("Amber" for at risk, on a scale of its own).
 */
export function reasonLabel(
  reason: ExceptionReason,
  stalenessDays: number,
  statusWord?: (status: "off-track" | "at-risk") => string,
): string {
  if (statusWord && (reason === "off-track" || reason === "at-risk")) return statusWord(reason);
  return REASON_LABELS[reason].replace("{days}", String(stalenessDays));
}

/** "At risk, overdue and no update for more than 120 days": every reason as one sentence, first word capitalised. */
export function reasonsSentence(
  reasons: readonly ExceptionReason[],
  stalenessDays: number,
  statusWord?: (status: "off-track" | "at-risk") => string,
): string {
  const words = reasons.map((r) => reasonLabel(r, stalenessDays, statusWord));
  const sentence = listed(words);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export const DECISION_LABELS: Record<DecisionOutcome, string> = {
  agreed: "Agreed",
  "agreed-with-changes": "Agreed with changes",
  deferred: "Deferred",
  rejected: "Rejected",
};

export const RISK_RATING_LABELS: Record<RiskRating, string> = {
  low: "Low",
  moderate: "Moderate",
  high: "High",
  extreme: "Extreme",
};

export const RISK_STATUS_LABELS: Record<RiskStatus, string> = { open: "Open", closed: "Closed" };

export const CHANGE_LABELS: Record<ChangeKind, string> = {
  improved: "Improved",
  worsened: "Worsened",
  completed: "Completed",
  withdrawn: "Withdrawn",
  new: "First reported",
  unchanged: "Unchanged",
};

export const PURPOSE_LABELS: Record<ReportContent["purpose"], string> = {
  decision: "For decision",
  assurance: "For assurance",
  information: "For information",
};

/** What a percent complete that was never given reads as, everywhere: never "0%". */
export const NOT_REPORTED = "not reported";

/** "40% complete", or "Percent complete not reported". */
export function percentLabel(percent: number | null): string {
  return percent === null ? `Percent complete ${NOT_REPORTED}` : `${percent}% complete`;
}

/**
 * "47% complete on average", saying how many actions the average covers when some report no figure:
 * "47% complete on average (average of 4 of 6 actions; the others report no percentage)".
 */
export function averageLabel(tally: Pick<Tally, "percent" | "percentOf">, actions = "actions"): string {
  if (tally.percent === null) return `Percent complete ${NOT_REPORTED}`;
  return `${tally.percent}% complete on average${averageCoverage(tally, actions)}`;
}

/** " (average of 4 of 6 actions; the others report no percentage)" when some actions give no percentage, else "". */
export function averageCoverage(tally: Pick<Tally, "percentOf">, actions = "actions"): string {
  const { reported, of } = tally.percentOf;
  return reported < of ? ` (average of ${reported} of ${of} ${actions}; the others report no percentage)` : "";
}

/**
 * The day a strategy's record is shown as at, as a sentence's opening: "As at 4 December 2026"; once
 * the strategy's period is over, "As at 31 December 2019, the end of the strategy's period (2014 to
 * 2019)", so a reader knows why nothing later is counted (clock.ts).
 */
export function asAtWords(strategy: {
  asAt: IsoDate;
  ended: IsoDate | null;
  meta: Pick<StrategyContent, "period">;
}): string {
  const day = `As at ${longDate(strategy.asAt)}`;
  return strategy.ended
    ? `${day}, the end of the strategy's period (${strategy.meta.period.start} to ${strategy.meta.period.end})`
    : day;
}

/** What a strategy whose period is over says on its front page, or null while it runs. */
export function periodEndedWords(strategy: {
  ended: IsoDate | null;
  meta: Pick<StrategyContent, "period">;
}): string | null {
  if (!strategy.ended) return null;
  return `This strategy's period (${strategy.meta.period.start} to ${strategy.meta.period.end}) ended on ${longDate(strategy.ended)}. Its record is shown as it stood on that day.`;
}

/**
 * An action's due date in a list: the date in force, with the plan's original beside it once a
 * decision has moved it ("Due 30 June 2015 (originally 31 March 2015)"); "Ongoing" for work with no end.
 */
export function dueInForceWords(due: Pick<DueAt, "due" | "original" | "revision">): string {
  const now = due.due === ONGOING ? "Ongoing" : `Due ${dueLabel(due.due)}`;
  return due.revision ? `${now} (originally ${dueLabel(due.original)})` : now;
}
