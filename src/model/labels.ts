import type { ChangeKind } from "./changes.ts";
import type { ActionKind, Horizon, ReportContent, Status } from "./content.ts";
import type { ExceptionReason } from "./report.ts";

/** The words every output uses for the model's codes, kept in one place so the site and the paper agree. */
export const STATUS_LABELS: Record<Status, string> = {
  "not-started": "Not started",
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
  complete: "Complete",
  withdrawn: "Withdrawn",
};

/**
 * What "overdue" means, in words, beside its rule (status.ts isOverdue): withdrawn actions are excluded as
 * complete ones are, so every output explains it the same, correct, way.
 */
export const OVERDUE_MEANING = "past its due date and neither complete nor withdrawn";

export const HORIZON_LABELS: Record<Horizon, string> = { short: "Short term", medium: "Medium term", long: "Long term" };

export const KIND_LABELS: Record<ActionKind, string> = { action: "Action", "commissioning-intention": "Commissioning intention" };

/** Why an action is an exception, as the end of "This action is …". */
export const REASON_LABELS: Record<ExceptionReason, string> = {
  "off-track": "off track",
  "at-risk": "at risk",
  overdue: "overdue",
  "no-update": "no update in this period",
};

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
