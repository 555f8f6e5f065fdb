import { STATUS_LABELS, type Status } from "../model/index.ts";

export { reasonsSentence } from "../model/index.ts";

/** A status in words (the strategy's, where it rates on a scale of its own); an action with no update yet has none to report. */
export function statusWords(status: Status | null, words: Record<Status, string> = STATUS_LABELS): string {
  return status ? words[status] : "No update";
}
