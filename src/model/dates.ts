import type { IsoDate } from "./content.ts";

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const _DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** How many days a month has (month 1 is January), leap years counted. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (_DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Whether text is a YYYY-MM-DD date that names a real day. Worked out from the digits: making and
 * printing a Date for each of a large plan's dates made checking it slow.
 */
export function isRealDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(Number(match[1]), Number(match[2]));
}

/** The items in date order, oldest first; items of the same day keep their order (Array.prototype.sort is stable). */
export function inDateOrder<T extends { date: IsoDate }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The same day `months` months later (earlier when negative), as a calendar counts: the last day of a
 * month goes to the last day of the other (31 March → 30 June → 30 September), and a day the other
 * month lacks becomes its last day (31 January + 1 month → 28 or 29 February).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  const day = d === daysInMonth(y, m) ? last : Math.min(d, last);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The day `days` days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The later of two dates; ISO dates order as text. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

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
export function todayIn(timeZone: string, now: Date): IsoDate {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
