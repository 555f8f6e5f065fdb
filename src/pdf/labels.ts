import { STATUS_LABELS, type ChangeKind, type ExceptionReason, type ReportContent, type Status } from "../model/index.ts";

/** The words the paper uses for the model's codes. */
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
  new: "New",
  unchanged: "Unchanged",
};

export const PURPOSE_LABELS: Record<ReportContent["purpose"], string> = {
  decision: "For decision",
  assurance: "For assurance",
  information: "For information",
};

/** A status in words; an action with no update yet has none to report. */
export function statusWords(status: Status | null): string {
  return status ? STATUS_LABELS[status] : "No update";
}

/** "Off track and overdue; no update in this period" — reasons as a sentence, first word capitalised. */
export function reasonsSentence(reasons: readonly ExceptionReason[]): string {
  const words = reasons.map((r) => REASON_LABELS[r]);
  const sentence = words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : (words[0] ?? "");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
