/** Careful readers of data that may not have passed its schema, so checks can run on every file. */
import { isRealDay } from "../model/dates.ts";

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

/** A YYYY-MM-DD date that names a real day, or null. */
export function isoDate(value: unknown): string | null {
  return typeof value === "string" && isRealDay(value) ? value : null;
}
