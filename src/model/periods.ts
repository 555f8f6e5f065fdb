import type { IsoDate } from "./content.ts";
import { daysInMonth, longDate, monthName } from "./dates.ts";
import { ONGOING, readDue } from "./due.ts";

/** A reporting period: its first and last days, both inside it. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** Whether a date is inside a report's period, the first and last days included. The one rule for it. */
export function inPeriod(date: IsoDate, period: Period): boolean {
  return period.start <= date && date <= period.end;
}

/** Whether a date is after a period's last day (an update counted in a report cannot be). */
export function afterPeriod(date: IsoDate, period: Period): boolean {
  return date > period.end;
}

/** The report whose period holds the date: the first in the list, as periods should not overlap; null when none does. */
export function reportHolding<R extends { period: Period }>(reports: readonly R[], date: IsoDate): R | null {
  return reports.find((r) => inPeriod(date, r.period)) ?? null;
}

/**
 * A due date as plans write it: a day (2018-06-30), a month (2018-06), a quarter (2017-Q3), a
 * financial year running April to March (2017/18), or `ongoing` for work with no end (due.ts).
 */
export type Due = string;

export { ONGOING };

/** A written due date's first and last days; null for `ongoing` or for text that is no due date at all. */
export function duePeriod(due: Due): Period | null {
  const read = readDue(due);
  switch (read?.form) {
    case "day":
      return { start: due, end: due };
    case "month":
      return { start: `${due}-01`, end: _lastDay(read.year, read.month) };
    case "quarter": {
      const first = (read.quarter - 1) * 3 + 1;
      return { start: `${read.year}-${_two(first)}-01`, end: _lastDay(read.year, first + 2) };
    }
    case "financial-year":
      return { start: `${read.year}-04-01`, end: `${read.year + 1}-03-31` };
    default:
      return null;
  }
}

/** Whether a due date is written in one of the forms above (`ongoing` included). */
export function isDue(due: string): boolean {
  return readDue(due) !== null;
}

/** The last day something is due by: the end of its period; null for ongoing work, which is never late. */
export function dueBy(due: Due): IsoDate | null {
  return duePeriod(due)?.end ?? null;
}

/** Past due at `date`: the whole period has gone by. A due day itself is not late; ongoing work never is. */
export function pastDue(due: Due, date: IsoDate): boolean {
  const end = dueBy(due);
  return end !== null && end < date;
}

/** How a due date reads: "30 June 2018", "June 2018", "July to September 2017", "2017/18", "Ongoing". */
export function dueLabel(due: Due): string {
  const read = readDue(due);
  const period = duePeriod(due);
  if (read?.form === "ongoing") return "Ongoing";
  if (!read || !period) return due;
  if (read.form === "day") return longDate(due);
  if (read.form === "month") return `${_monthName(period.start)} ${read.year}`;
  if (read.form === "quarter") return `${_monthName(period.start)} to ${_monthName(period.end)} ${read.year}`;
  return `${due.slice(0, 4)}/${due.slice(5)}`;
}

/**
 * When something was due, as the end of a sentence: "on 30 June 2018" for a day; for a longer period,
 * due by its last day, "by the end of June 2018", "by the end of 2017/18", and for a quarter its last
 * month ("by the end of September 2017"), as "by the end of July to September" does not read.
 */
export function dueWhen(due: Due): string {
  const read = readDue(due);
  const period = duePeriod(due);
  if (read?.form === "ongoing") return "ongoing";
  if (read?.form === "day" || !period) return `on ${dueLabel(due)}`;
  if (read?.form === "quarter") return `by the end of ${_monthName(period.end)} ${period.end.slice(0, 4)}`;
  return `by the end of ${dueLabel(due)}`;
}

/** Due dates in time order: by the day they are due by, ongoing last. */
export function compareDue(a: Due, b: Due): number {
  const x = dueBy(a) ?? "9999-99-99";
  const y = dueBy(b) ?? "9999-99-99";
  return x < y ? -1 : x > y ? 1 : 0;
}

function _two(n: number): string {
  return String(n).padStart(2, "0");
}

function _lastDay(year: number, month: number): IsoDate {
  return `${year}-${_two(month)}-${_two(daysInMonth(year, month))}`;
}

function _monthName(date: IsoDate): string {
  return monthName(Number(date.slice(5, 7)));
}
