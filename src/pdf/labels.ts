import { reasonLabel, STATUS_LABELS, type ExceptionReason, type Status } from "../model/index.ts";
import { listWords } from "./words.ts";

/** A status in words; an action with no update yet has none to report. */
export function statusWords(status: Status | null): string {
  return status ? STATUS_LABELS[status] : "No update";
}

/** "Off track, overdue and no update for more than 120 days" — every reason in the model's words, first word capitalised. */
export function reasonsSentence(reasons: readonly ExceptionReason[], stalenessDays: number): string {
  const sentence = listWords(reasons.map((r) => reasonLabel(r, stalenessDays)));
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
