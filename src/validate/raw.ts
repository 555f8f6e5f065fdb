/** Careful readers of data that may not have passed its schema, so checks can run on every file. */

export type Raw = Record<string, unknown>;

export function record(value: unknown): Raw {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Raw) : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function text(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

const _ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const _DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A YYYY-MM-DD date that names a real day (in the Gregorian calendar, as JavaScript's Date counts
 * them), or null. Worked out from the digits: making and printing a Date for each of a large plan's
 * dates was a quarter of checking it.
 */
export function isoDate(value: unknown): string | null {
  const match = typeof value === "string" ? _ISO_DATE.exec(value) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : _DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days ? (value as string) : null;
}
