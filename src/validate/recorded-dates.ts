import type { LoadedStrategy } from "../load/content-folder.ts";
import { DEFAULT_TIME_ZONE, todayIn } from "../model/dates.ts";
import { list, record, text } from "./raw.ts";

/**
 * Records of what has happened are dated on or before today (the strategy's day, in its time zone): a
 * measure's recorded value and a risk's review cannot be from a day that has not come. Targets, due dates
 * and meetings are plans, and may be in the future. (An update's date against the as-at day is the clock's
 * own rule, beside the update checks.) `now` is the moment taken as now; the process's clock by default.
 */
export function checkRecordedDates(s: LoadedStrategy, now: Date = new Date()): void {
  const zone = text(record(s.strategy?.data)["time_zone"]) ?? DEFAULT_TIME_ZONE;
  let today: string;
  try {
    today = todayIn(zone, now);
  } catch {
    return; // An unknown time zone is reported by its own check.
  }
  const future = (date: unknown) => typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) && date > today;
  const measures = s.measures;
  if (measures) {
    list(record(measures.data)["measures"]).forEach((measure, i) => {
      list(record(measure)["values"]).forEach((value, j) => {
        const date = record(value)["date"];
        if (future(date)) measures.reportAt(["measures", i, "values", j, "date"], "error", `the value is dated ${String(date)}, after today (${today}): a value cannot be recorded for a day that has not come`, "Give the day the value was measured; a figure hoped for goes in the measure's target.");
      });
    });
  }
  const risks = s.risks;
  if (risks) {
    list(record(risks.data)["risks"]).forEach((risk, i) => {
      list(record(risk)["reviews"]).forEach((review, j) => {
        const date = record(review)["date"];
        if (future(date)) risks.reportAt(["risks", i, "reviews", j, "date"], "error", `the review is dated ${String(date)}, after today (${today}): a review cannot be recorded for a day that has not come`, "Give the day the risk was reviewed.");
      });
    });
  }
}
