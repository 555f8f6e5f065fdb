import type { LoadedStrategy } from "../load/content-folder.ts";
import type { Clock } from "../model/clock.ts";
import { clockToday } from "./dates.ts";
import { list, record } from "./raw.ts";

/**
 * Records of what has happened are dated on or before the clock's day (today, or the as-at day, in the
 * strategy's time zone): a measure's recorded value and a risk's review cannot be from a day that has not
 * come. Targets, due dates and meetings are plans, and may be in the future. (Updates have the same rule,
 * beside their other checks in dates.ts.) Without a clock, as for an update's own check, nothing is said.
 */
export function checkRecordedDates(s: LoadedStrategy, clock?: Clock): void {
  if (!clock) return;
  const { day: today, name } = clockToday(s, clock);
  const future = (date: unknown) => typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) && date > today;
  const measures = s.measures;
  if (measures) {
    list(record(measures.data)["measures"]).forEach((measure, i) => {
      list(record(measure)["values"]).forEach((value, j) => {
        const date = record(value)["date"];
        if (future(date))
          measures.reportAt(
            ["measures", i, "values", j, "date"],
            "error",
            `the value is dated ${String(date)}, after ${name}: a value cannot be recorded for a day that has not come`,
            "Give the day the value was measured; a figure hoped for goes in the measure's target.",
          );
      });
    });
  }
  const risks = s.risks;
  if (risks) {
    list(record(risks.data)["risks"]).forEach((risk, i) => {
      list(record(risk)["reviews"]).forEach((review, j) => {
        const date = record(review)["date"];
        if (future(date))
          risks.reportAt(
            ["risks", i, "reviews", j, "date"],
            "error",
            `the review is dated ${String(date)}, after ${name}: a review cannot be recorded for a day that has not come`,
            "Give the day the risk was reviewed.",
          );
      });
    });
  }
}
