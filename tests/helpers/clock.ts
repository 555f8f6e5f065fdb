import type { Clock } from "../../src/model/index.ts";

/**
 * The as-at day the tests judge Derby by: 31 August 2015, the end of the period of its latest board
 * report. Derby's record then reads as it did when that report was written (nothing is years overdue),
 * and its snapshot does not move as the calendar does. vitest.config.ts sets SOURCE_DATE_EPOCH to
 * this day, so every build in the tests that names no day of its own uses it.
 */
export const DERBY_AS_AT = "2015-08-31";

/**
 * Each fixture's as-at day: the end of the period of its latest report, for the same reason. A test
 * builds a fixture with `--as-at` (or `clockAt`) at its day.
 */
export const AS_AT = {
  derby: DERBY_AS_AT,
  carers: "2018-03-31",
  measures: "2014-12-31",
  mini: "2014-12-31",
  "long-titles": "2021-06-30",
  "council-plan": "2025-09-30",
  kensington: "2025-09-30",
  /** Bracknell's objectives as its quarter 3 2023 to 2024 pages publish them: that quarter's end. */
  "bracknell-objectives": "2023-12-31",
  /** No report yet: a day in the plan's first year, after its first due dates. */
  dementia: "2017-09-30",
  committee: "2021-05-31",
  /** The hand-made strategies of tests/data/strategy-files.ts (2020 to 2025): the day of the latest update those tests write. */
  handMade: "2021-03-01",
} as const;

/**
 * The browser suite's day: its site holds Derby, the carers strategy, the long-titled one and the
 * council plan together, and one build has one clock. The end of the council plan's latest report's
 * period is on or after every update of the four, and Derby's and the carers' periods have ended by
 * then, so the pages of a strategy whose period is over are checked too.
 */
export const BROWSER_AS_AT = AS_AT["council-plan"];

/** The clock a fixture folder (tests/fixtures/<name>, or Derby's content/) is built by in the tests. */
export function fixtureClock(folder: string): Clock {
  const name = folder.split(/[\\/]/).filter(Boolean).at(-1) ?? "";
  return clockAt(name in AS_AT ? AS_AT[name as keyof typeof AS_AT] : DERBY_AS_AT);
}

/** A clock fixed at a day. */
export function clockAt(day: string): Clock {
  return { day };
}

/** SOURCE_DATE_EPOCH for a day: its noon in UTC, the same calendar day in London. */
export function epochOf(day: string): string {
  return String(Date.parse(`${day}T12:00:00Z`) / 1000);
}
