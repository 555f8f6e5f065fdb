import type { IsoDate } from "./content.ts";
import { addDays, addMonths, longDate } from "./dates.ts";

/** How often a measure's figure is published. */
export const MEASURE_FREQUENCIES = ["monthly", "quarterly", "yearly"] as const;
export type MeasureFrequency = (typeof MEASURE_FREQUENCIES)[number];

const _MONTHS: Record<MeasureFrequency, number> = { monthly: 1, quarterly: 3, yearly: 12 };

/** When a measure's next value is expected. */
export interface NextValue {
  /** The last day of the period the next value describes. */
  periodEnd: IsoDate;
  /** The day it is expected by: the period's end plus the measure's data lag. */
  dueBy: IsoDate;
  /** The day has passed (as at the model's date) with no such value recorded. */
  overdue: boolean;
  /** "Expected by 14 November 2025, for the period to 30 September 2025", or "Overdue: …". */
  text: string;
}

/**
 * The next value of a measure published `frequency`: it describes the period that ends one month,
 * quarter or year after the latest value (or the baseline, before any value), and is expected by that
 * period's end plus `lagDays`, the time the figures take to come out. It is overdue once that day has
 * passed at `asAt`. Null for a measure that gives no frequency: nothing can be said to be late.
 */
export function nextValue(
  frequency: MeasureFrequency | null,
  lagDays: number,
  lastDate: IsoDate,
  asAt: IsoDate,
): NextValue | null {
  if (!frequency) return null;
  const periodEnd = addMonths(lastDate, _MONTHS[frequency]);
  const dueBy = addDays(periodEnd, lagDays);
  const overdue = asAt > dueBy;
  const text = overdue
    ? `Overdue: the value for the period to ${longDate(periodEnd)} was expected by ${longDate(dueBy)}`
    : `Expected by ${longDate(dueBy)}, for the period to ${longDate(periodEnd)}`;
  return { periodEnd, dueBy, overdue, text };
}
