import {
  dueLabel,
  longDate,
  STATUS_LABELS,
  statusesIn,
  type IsoDate,
  type ProgressStatus,
  type Tally,
} from "../model/index.ts";

/**
 * Values that must never be split across lines. A no-break space (U+00A0) joins the parts: the
 * line breaker treats it as glue, and text copied out still reads as a date.
 */
export function keepTogether(text: string): string {
  return text.replace(/ /g, "\u00a0");
}

/** "31 March 2015", kept on one line. */
export function date(iso: IsoDate): string {
  return keepTogether(longDate(iso));
}

const _SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "31 Mar 2015", for narrow table columns (GOV.UK style allows short months in tables), kept on one line. */
export function shortDate(iso: IsoDate): string {
  const [y, m, d] = iso.split("-").map(Number);
  return keepTogether(`${d} ${_SHORT_MONTHS[(m ?? 1) - 1]} ${y}`);
}

const _DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A due date as the plan wrote it: "31 March 2015" (kept on one line), "July to September 2017", "Ongoing". */
export function due(written: string): string {
  return _DAY.test(written) ? date(written) : dueLabel(written);
}

/** A due date for a narrow table column: "31 Mar 2015", "Jun 2018", "Jul–Sep 2017", "2017/18", "Ongoing". */
export function shortDue(written: string): string {
  if (_DAY.test(written)) return shortDate(written);
  const month = /^(\d{4})-(\d{2})$/.exec(written);
  if (month) return keepTogether(`${_SHORT_MONTHS[Number(month[2]) - 1]} ${month[1]}`);
  // A quarter's months in full ("July to September 2017") break mid-word in a narrow column.
  const quarter = /^(\d{4})-Q([1-4])$/.exec(written);
  // The months stay together and the year may go to the next line: "Jul–Sep" / "2017" in a narrow column.
  if (quarter)
    return `${_SHORT_MONTHS[(Number(quarter[2]) - 1) * 3]}–${_SHORT_MONTHS[(Number(quarter[2]) - 1) * 3 + 2]} ${quarter[1]}`;
  return dueLabel(written);
}

/** "1 action", "3 actions" and "a, b and c": the model's one home for counting words. */
export { counted as count, listed as listWords } from "../model/index.ts";

/** "On track: 7, At risk: 4, …" — a chart's numbers, in words (the strategy's, where it rates on a scale of its own), for its alternative text. */
export function tallyInWords(
  tally: Tally,
  words: Record<ProgressStatus, string> = STATUS_LABELS,
  scale?: Parameters<typeof statusesIn>[1],
): string {
  return statusesIn([tally], scale)
    .map((s) => `${words[s]}: ${tally.byStatus[s]}`)
    .join(", ");
}
