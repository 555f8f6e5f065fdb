import { UsageError } from "./errors.ts";
import type { Clock } from "./model/clock.ts";
import { isRealDay } from "./model/dates.ts";

/**
 * The clock a command runs by, from the one place that may read the time: `--as-at YYYY-MM-DD` when
 * given; else `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention); else now.
 * Each strategy reads the instant as a day in its own time zone (model/clock.ts).
 */
export function readClock(asAt?: string, env: NodeJS.ProcessEnv = process.env, now: number = Date.now()): Clock {
  if (asAt !== undefined) {
    if (!isRealDay(asAt))
      throw new UsageError(`--as-at must be a day written YYYY-MM-DD, such as 2015-08-31, not "${asAt}"`);
    return { day: asAt };
  }
  const epoch = env["SOURCE_DATE_EPOCH"];
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d{1,12}$/.test(epoch))
      throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1 January 1970, not "${epoch}"`);
    return { instant: Number(epoch) * 1000 };
  }
  return { instant: now };
}

/** The `--as-at` flag as every command that judges progress describes it. */
export const AS_AT_FLAG = {
  value: true,
  description: "judge progress as at this day, YYYY-MM-DD (for a reproducible build or to look back)",
  default: "SOURCE_DATE_EPOCH when set, else today in the strategy's time zone",
} as const;
