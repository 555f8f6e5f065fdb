import type { IsoDate } from "./content.ts";

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The later of two dates; ISO dates order as text. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A month's name from its number, 1 for January. */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** "19 March 2015", the form the UK public sector writes dates in. */
export function longDate(date: IsoDate): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** Where a strategy is run from when it does not say: its dates are UK dates. */
export const DEFAULT_TIME_ZONE = "Europe/London";

/** The calendar day it is at `now` in a time zone, as YYYY-MM-DD: just after midnight in London is already tomorrow there. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
