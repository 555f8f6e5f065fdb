import type { StrategyModel } from "../model/index.ts";
import { csvOf } from "./csv.ts";

export const MEASURE_COLUMNS = [
  "id", "title", "theme", "unit", "direction", "baseline_date", "baseline_value", "target_date", "target_value",
  "latest_date", "latest_value", "values_recorded", "status", "distance_to_target", "distance_side", "source", "source_url", "illustrative",
  // Added with targets for each period, so they come last and older readers of the file keep working.
  "ref", "objective", "action", "period_target_value", "period_target_period", "status_word", "travel", "travel_year_before", "exception", "next_due", "next_overdue",
] as const;

/** The outcome measures, one row per measure with its latest value, rating and direction of travel; every value and target is in strategy.json. */
export function measuresCsv(strategy: StrategyModel): string {
  return csvOf(MEASURE_COLUMNS, (strategy.measures ?? []).map((m) => [
    m.id, m.title, m.theme?.id, m.unit, m.direction, m.baseline.date, m.baseline.value, m.target.date, m.target.value,
    m.latest?.date, m.latest?.value, m.values.length, m.status, m.distance?.amount, m.distance?.side, m.source?.title, m.source?.url,
    m.illustrative ? "yes" : "no",
    m.ref, m.objective?.id, m.action?.id, m.periodTarget?.value, m.periodTarget?.period, m.statusLabel, m.travel.previous?.travel, m.travel.yearBefore?.travel,
    m.exceptions.length ? "yes" : "no", m.next?.dueBy, m.next ? (m.next.overdue ? "yes" : "no") : undefined,
  ]));
}
