import { STATUS_LABELS, type Status } from "../model/index.ts";

export { reasonsSentence } from "../model/index.ts";

/** A status in words; an action with no update yet has none to report. */
export function statusWords(status: Status | null): string {
  return status ? STATUS_LABELS[status] : "No update";
}
