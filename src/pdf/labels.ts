import { REASON_LABELS, STATUS_LABELS, type ExceptionReason, type Status } from "../model/index.ts";

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
