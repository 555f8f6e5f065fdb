import type { LoadedContent } from "../load/content-folder.ts";
import { DEFAULT_TIME_ZONE } from "../model/dates.ts";
import { record, text } from "../validate/raw.ts";

/** A flag's text, or undefined when it was not given (or given without a value). */
export function stringFlag(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The strategy's time zone (strategy.yaml `time_zone`), so "today" is the author's day, not UTC's. */
export function strategyTimeZone(loaded: LoadedContent): string {
  return text(record(loaded.strategies[0]?.strategy?.data)["time_zone"]) ?? DEFAULT_TIME_ZONE;
}
