import type { LoadedStrategy } from "../load/content-folder.ts";
import { actionSites } from "../load/plan-actions.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import { afterPeriod, dueBy, isDue, type Period } from "../model/periods.ts";
import { clockDay, type Clock } from "../model/clock.ts";
import { DEFAULT_TIME_ZONE } from "../model/dates.ts";
import { isoDate, list, record, text } from "./raw.ts";
import { isTimeZone } from "./time-zone.ts";

/**
 * Dates in order: periods, due after start, and each update inside the report it is counted in and,
 * given the clock, on or before its day: an update from the future would move the whole record.
 */
export function checkDates(s: LoadedStrategy, clock?: Clock): void {
  const periods = _checkReports(s.reports);
  const today = clock ? clockToday(s, clock) : null;
  for (const { file, path, data } of actionSites(s)) {
    const action = record(data);
    const start = isoDate(action["start"]);
    const written = text(action["due"]);
    // A due date that is no real day or year is the schema's to report (common.schema.json#/$defs/due).
    const due = written && isDue(written) ? dueBy(written) : null;
    if (start && due && due < start) {
      file.reportAt(
        [...path, "due"],
        "error",
        `the due date ${written} is before the start date ${start}`,
        "Set a due date on or after the start date.",
      );
    }
    _checkUpdates(file, list(action["updates"]), path, periods, today);
  }
}

/** The clock's day in the strategy's time zone, and how a message names it (also for the other records' dates). */
export function clockToday(s: LoadedStrategy, clock: Clock): { day: string; name: string } {
  const zone = text(record(s.strategy?.data)["time_zone"]);
  const day = clockDay(clock, zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE);
  return { day, name: "day" in clock ? `the as-at day (${day})` : `today (${day})` };
}

/** Checks each report's dates; returns each report's period by id (the end alone is enough to check against). */
function _checkReports(file: SourceFile | null): Map<string, Period> {
  const periods = new Map<string, Period>();
  list(record(file?.data)["reports"]).forEach((item, i) => {
    const report = record(item);
    const period = record(report["period"]);
    const start = isoDate(period["start"]);
    const end = isoDate(period["end"]);
    const id = text(report["id"]);
    if (id && end) periods.set(id, { start: start ?? end, end });
    if (file && start && end && end < start) {
      file.reportAt(
        ["reports", i, "period", "end"],
        "error",
        `the reporting period ends (${end}) before it starts (${start})`,
        "Swap the dates, or correct the end date.",
      );
    }
    const meeting = isoDate(report["meeting"]);
    if (file && meeting && end && meeting < end) {
      file.reportAt(
        ["reports", i, "meeting"],
        "warning",
        `the meeting (${meeting}) is before the end of the reporting period (${end})`,
        "A report usually goes to the board after its period ends; check both dates.",
      );
    }
  });
  return periods;
}

function _checkUpdates(
  file: SourceFile,
  updates: unknown[],
  action: DataPath,
  periods: Map<string, Period>,
  today: { day: string; name: string } | null,
): void {
  let previous: string | null = null;
  updates.forEach((item, j) => {
    const update = record(item);
    const date = isoDate(update["date"]);
    if (!date) return;
    const report = text(update["report"]);
    const period = report ? periods.get(report) : undefined;
    const end = period?.end;
    if (period && afterPeriod(date, period)) {
      file.reportAt(
        [...action, "updates", j, "date"],
        "error",
        `the update is dated ${date}, after the end of report ${report}'s period (${end}) it is counted in`,
        `Date the update on or before ${end}, or count it in a later report.`,
      );
    }
    if (today && date > today.day) {
      file.reportAt(
        [...action, "updates", j, "date"],
        "error",
        `the update is dated ${date}, after ${today.name}`,
        "Date an update on the day it reports on or earlier; an update cannot come from the future.",
      );
    }
    if (previous && date < previous) {
      file.reportAt(
        [...action, "updates", j, "date"],
        "warning",
        `updates are out of order: ${date} comes after ${previous}`,
        "Keep updates oldest first: add each new update at the end of the list.",
      );
    }
    previous = date;
  });
}
