import type { IsoDate } from "./content.ts";
import type * as Schema from "./content-types.ts";
import { daysBetween } from "./dates.ts";
import { dueLabel, duePeriod } from "./periods.ts";

/** A target for one period as measures.yaml writes it: the period in the due-date grammar (2024/25, 2025-Q1, 2025-06). */
export type MeasureTargetContent = Schema.PeriodTargetContent;

/** How far short of a target still counts: a number in the measure's unit, or a percentage of the target ("5%"). */
export type ToleranceAmount = number | string;

/**
 * How far short of its target a value may fall and still be rated: within `green` it counts as on
 * track, within `amber` as at risk; beyond both, off track. Either may be left out.
 */
export type MeasureToleranceContent = Schema.ToleranceContent;

/** A target for a period, with the period's days and its name in words. */
export interface MeasureTarget {
  /** As written: 2024/25, 2025-Q1, 2025-06. */
  period: string;
  /** "2024/25", "January to March 2025", "June 2025". */
  label: string;
  start: IsoDate;
  end: IsoDate;
  value: number;
}

/**
 * The targets in time order (by the day their period ends, the shorter period first when two end together),
 * each with its period's days. A period the due grammar cannot read is left out: validation reports it.
 */
export function measureTargets(written: readonly MeasureTargetContent[]): MeasureTarget[] {
  return written
    .flatMap((t) => {
      const span = duePeriod(t.period);
      return span
        ? [{ period: t.period, label: dueLabel(t.period), start: span.start, end: span.end, value: t.value }]
        : [];
    })
    .sort((a, b) => (a.end !== b.end ? (a.end < b.end ? -1 : 1) : a.start > b.start ? -1 : a.start < b.start ? 1 : 0));
}

/**
 * The target a value dated `date` is judged against: the target of the period that holds the date,
 * and of the shortest such period when several do (a quarter's target before its year's). Null when
 * no target's period holds it: a value is never judged against another period's target.
 */
export function targetFor(targets: readonly MeasureTarget[], date: IsoDate): MeasureTarget | null {
  let best: MeasureTarget | null = null;
  for (const t of targets) {
    if (t.start > date || date > t.end) continue;
    if (!best || daysBetween(t.start, t.end) < daysBetween(best.start, best.end)) best = t;
  }
  return best;
}

/** What a rating against a period's target says: on track (met, or within the green tolerance), at risk (within amber), off track. */
export type TargetRating = "on-track" | "at-risk" | "off-track";

/**
 * A value's rating against its period's target, `up` when higher is better:
 * - on track: at the target or better, or short of it by no more than the green tolerance;
 * - at risk: short by more than that but no more than the amber tolerance;
 * - off track: short by more than every tolerance given (with none given, any shortfall).
 * A tolerance's edge counts inside it: 5% short of a "5%" tolerance is within it.
 */
export function rateAgainstTarget(
  value: number,
  target: number,
  direction: "up" | "down",
  tolerance: MeasureToleranceContent | null,
): TargetRating {
  const shortfall = _round(direction === "up" ? target - value : value - target);
  if (shortfall <= 0) return "on-track";
  if (tolerance?.green !== undefined && shortfall <= toleranceBand(tolerance.green, target)) return "on-track";
  if (tolerance?.amber !== undefined && shortfall <= toleranceBand(tolerance.amber, target)) return "at-risk";
  return "off-track";
}

/** A tolerance as a distance in the measure's unit: "5%" of a target of 76 is 3.8; a number is itself. */
export function toleranceBand(amount: ToleranceAmount, target: number): number {
  const percent = typeof amount === "string" ? /^(\d+(?:\.\d+)?)%$/.exec(amount.trim()) : null;
  if (typeof amount === "string") return percent ? _round((Math.abs(target) * Number(percent[1])) / 100) : 0;
  return _round(amount);
}

/** "5% of the target", "2 percentage points", "3 people": a tolerance in words, for the rule as readers see it. */
export function toleranceText(amount: ToleranceAmount, unit: string): string {
  if (typeof amount === "string") return `${amount.trim()} of the target`;
  if (unit.trim() === "%") return `${amount} percentage ${amount === 1 ? "point" : "points"}`;
  return `${amount} ${unit.trim()}`;
}

/** Sums and differences of decimals (76 − 72.2) land a hair off; nine decimal places is far finer than any figure written. */
function _round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
