import { STATUS_LABELS, type ProgressStatus } from "../model/index.ts";

export { reasonsSentence } from "../model/index.ts";

/** A status in words (the strategy's, where it rates on a scale of its own); an action with no update yet has no progress reported. */
export function statusWords(
  status: ProgressStatus | null,
  words: Record<ProgressStatus, string> = STATUS_LABELS,
): string {
  return words[status ?? "not-reported"];
}
