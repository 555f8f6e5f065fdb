import {
  CHANGE_LABELS,
  DECISION_LABELS,
  DEFAULT_STALENESS_DAYS,
  RISK_RATING_LABELS,
  RISK_STATUS_LABELS,
  HORIZON_LABELS,
  KIND_LABELS,
  PURPOSE_LABELS,
  REASON_LABELS,
  STATUS_LABELS,
  STAGE_LABELS,
  reasonLabel as _reasonWords,
  reasonsSentence,
  dueLabel as _dueWords,
  dueWhen as _dueWhen,
  percentLabel as _percentWords,
  averageLabel as _averageWords,
  averageCoverage as _averageCoverage,
  statusInSentence,
  type RatingScale,
  type Stage,
  type Tally,
  type ChangeKind,
  type DecisionOutcome,
  type RiskRating,
  type RiskStatus,
  type ExceptionReason,
  type Horizon,
  type ReportContent,
  type ProgressStatus,
} from "../../model/index.ts";

/** "At risk" for "at-risk", or the strategy's own word for it ("Amber") where it rates on a scale of its own. */
export function statusLabel(status: ProgressStatus, scale?: RatingScale): string {
  return scale?.words[status] ?? STATUS_LABELS[status] ?? status;
}

/** "In progress" for "in-progress": an action's stage, where the plan reports one beside its rating. */
export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage] ?? stage;
}

/** "Short term" for "short". */
export function horizonLabel(horizon: Horizon): string {
  return HORIZON_LABELS[horizon] ?? horizon;
}

/** "Commissioning intention" for "commissioning-intention". */
export function kindLabel(kind: keyof typeof KIND_LABELS): string {
  return KIND_LABELS[kind] ?? kind;
}

/** "Completed" for "completed": how an action moved since the last report. */
export function changeLabel(kind: ChangeKind): string {
  return CHANGE_LABELS[kind] ?? kind;
}

/** "no update in this period" for "no-update": why an action is an exception, in the paper's words. */
export function reasonLabel(reason: ExceptionReason, stalenessDays: number = DEFAULT_STALENESS_DAYS): string {
  return REASON_LABELS[reason] ? _reasonWords(reason, stalenessDays) : reason;
}

/**
 * "At risk, overdue and no update for more than 120 days": why an action is an exception, as the paper says
 * it; a status among the reasons in the strategy's own word for it ("Amber"), where it rates on a scale of its own.
 */
export function reasonsLabel(
  reasons: readonly ExceptionReason[],
  stalenessDays: number = DEFAULT_STALENESS_DAYS,
  scale?: RatingScale,
): string {
  return reasonsSentence(reasons, stalenessDays, scale ? (s) => statusInSentence(scale, s) : undefined);
}

/** "Agreed with changes" for "agreed-with-changes": what the board decided on a recommendation. */
export function decisionLabel(outcome: DecisionOutcome): string {
  return DECISION_LABELS[outcome] ?? outcome;
}

/** "High" for "high": a risk's rating band. */
export function riskRatingLabel(rating: RiskRating): string {
  return RISK_RATING_LABELS[rating] ?? rating;
}

/** "Open" for "open". */
export function riskStatusLabel(status: RiskStatus): string {
  return RISK_STATUS_LABELS[status] ?? status;
}

/** "For decision" for "decision": what a board report asks of the board. */
export function purposeLabel(purpose: ReportContent["purpose"]): string {
  return PURPOSE_LABELS[purpose] ?? purpose;
}

/** "July to September 2017", "Ongoing", "30 June 2018": a due date as the plan means it. */
export function dueLabel(due: string): string {
  return _dueWords(due);
}

/** "on 30 June 2018", "by the end of June 2018": when something was due, ending a sentence. */
export function dueWhen(due: string): string {
  return _dueWhen(due);
}

/** "40% complete", or "Percent complete not reported" when no figure was given. */
export function percentLabel(percent: number | null | undefined): string {
  return _percentWords(percent ?? null);
}

/** How many actions an average covers, when some report no percentage: " (average of 4 of 6 actions; …)", else "". */
export function averageCoverage(tally: Tally): string {
  return _averageCoverage(tally);
}

/** A group's mean percent complete, saying how many actions it covers when some report none. */
export function averageLabel(tally: Tally, actions?: string): string {
  return _averageWords(tally, actions);
}
