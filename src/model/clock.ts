import type { IsoDate, StrategyContent } from "./content.ts";
import { DEFAULT_TIME_ZONE, todayIn } from "./dates.ts";

/**
 * When a build judges progress: a fixed day (`--as-at`), or an instant (the moment of the build, or
 * `SOURCE_DATE_EPOCH`) that each strategy reads as a day in its own time zone. The model is given a
 * clock and never reads the time itself, so the same content and clock give the same output.
 */
export type Clock = { day: IsoDate } | { instant: number };

/** The calendar day a clock gives in a time zone: a fixed day is that day everywhere. */
export function clockDay(clock: Clock, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  return "day" in clock ? clock.day : todayIn(timeZone, new Date(clock.instant));
}

/** A strategy's last day: 31 December of its end year (a plan for 2014 to 2019 runs to the end of 2019). */
export function periodEndOf(strategy: Pick<StrategyContent, "period">): IsoDate {
  return `${strategy.period.end}-12-31`;
}

/** The day a strategy's record is shown as at, and whether its period is over. */
export interface StrategyClock {
  /** The clock's day in the strategy's time zone: no update may be dated after it. */
  today: IsoDate;
  /** The day progress is judged at: today, or the strategy's last day once its period has ended. */
  asAt: IsoDate;
  /** The strategy's last day when its period ended before today; null while it runs. */
  ended: IsoDate | null;
}

/**
 * The one clock rule. Progress is as at the build day in the strategy's time zone, so overdue and
 * "no recent update" move with time even when nobody records anything. A strategy whose period has
 * ended is shown as at its last day: what it did within its own years, not years of overdue work after.
 */
export function strategyClock(strategy: Pick<StrategyContent, "period" | "time_zone">, clock: Clock): StrategyClock {
  const today = clockDay(clock, strategy.time_zone ?? DEFAULT_TIME_ZONE);
  const last = periodEndOf(strategy);
  return today > last ? { today, asAt: last, ended: last } : { today, asAt: today, ended: null };
}
