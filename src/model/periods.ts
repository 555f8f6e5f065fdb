import type { IsoDate } from "./content.ts";

/** A reporting period: its first and last days, both inside it. */
export interface Period { start: IsoDate; end: IsoDate }

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
