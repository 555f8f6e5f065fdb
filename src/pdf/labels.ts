import { STATUS_LABELS, type ProgressStatus } from "../model/index.ts";

export { reasonsSentence } from "../model/index.ts";

/** A status in words; an action with no update yet has no progress reported. */
export function statusWords(status: ProgressStatus | null): string {
  return STATUS_LABELS[status ?? "not-reported"];
}
