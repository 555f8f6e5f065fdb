import type { IsoDate, Link } from "./content.ts";
import type * as Schema from "./content-types.ts";
import { daysBetween, inDateOrder } from "./dates.ts";
import type { Ref } from "./strategy.ts";

/** Which way is better for a measure: up when a higher value is better, down when lower is. */
export type MeasureDirection = MeasureContent["direction"];

/** A value and the date it describes, as measures.yaml writes a baseline or a target. */
export type MeasurePointContent = Schema.PointContent;
/** A value recorded over time; a progress update appends one. */
export type MeasureValueContent = NonNullable<MeasureContent["values"]>[number];
/** One outcome measure as measures.yaml declares it. */
export type MeasureContent = Schema.MeasureContent;
export type MeasuresContent = Schema.MeasuresContent;

export const MEASURE_STATUSES = ["target-met", "on-track", "off-track", "no-data"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  "target-met": "Target met",
  "on-track": "On track",
  "off-track": "Off track",
  "no-data": "No data yet",
};

/** When a measure is on track, as the rule below (measureStatus) is said to readers of the site and the paper. */
export const ON_TRACK_MEANING = "its latest value is at or better than a straight line from its baseline to its target";

/** A dated value with its number written in the measure's unit, e.g. "62.5%" or "1,240 people". */
export interface MeasurePoint { date: IsoDate; value: number; text: string; note?: string }

/** How far the latest value is from the target, in the measure's unit, and which side of it. */
export interface MeasureDistance {
  amount: number;
  side: "above" | "below" | "at";
  /** e.g. "4.5 percentage points below target", "at target". */
  text: string;
}

/** A measure as at a date: only the values recorded by then, and its status and distance from them. */
export interface Measure {
  id: string;
  title: string;
  description: string | null;
  /** The theme it belongs to, or null for a measure of the whole strategy. */
  theme: Ref | null;
  unit: string;
  direction: MeasureDirection;
  /** "Higher is better" or "Lower is better". */
  better: string;
  source: Link | null;
  illustrative: boolean;
  baseline: MeasurePoint;
  target: MeasurePoint;
  /** Values recorded on or before the date, oldest first. */
  values: MeasurePoint[];
  latest: MeasurePoint | null;
  status: MeasureStatus;
  statusLabel: string;
  /** Null when there is no value yet. */
  distance: MeasureDistance | null;
}

/**
 * The measures as at `date`, in file order. `themeTitles` names each theme a measure belongs to.
 * Values dated after `date` are left out, so a board paper shows what was known at its period end;
 * with no date (the site and the open data) every value recorded counts. Measure values do not move
 * the strategy's own date: a figure is often published long after the period it describes.
 */
export function measuresAt(measures: readonly MeasureContent[], date: IsoDate | null, themeTitles: ReadonlyMap<string, string>): Measure[] {
  return measures.map((m) => {
    const point = (p: MeasureValueContent): MeasurePoint => ({ date: p.date, value: p.value, text: measureValueText(p.value, m.unit), ...(p.note ? { note: p.note } : {}) });
    const values = inDateOrder(m.values ?? []).filter((v) => date === null || v.date <= date).map(point);
    const latest = values.at(-1) ?? null;
    const status = measureStatus(m, latest);
    return {
      id: m.id,
      title: m.title,
      description: m.description ?? null,
      theme: m.theme ? { id: m.theme, title: themeTitles.get(m.theme) ?? m.theme } : null,
      unit: m.unit,
      direction: m.direction,
      better: m.direction === "up" ? "Higher is better" : "Lower is better",
      source: m.source ?? null,
      illustrative: m.illustrative === true,
      baseline: point(m.baseline),
      target: point(m.target),
      values,
      latest,
      status,
      statusLabel: MEASURE_STATUS_LABELS[status],
      distance: latest ? measureDistance(latest.value, m.target.value, m.unit) : null,
    };
  });
}

/**
 * A measure's status from its latest value:
 * - no data: no value recorded yet;
 * - target met: the latest value is at the target or beyond it, the better way;
 * - off track: the target date has come (by the latest value's date) and the target is not met, or the
 *   latest value is worse than the straight line from baseline to target would have it by that date;
 * - on track: otherwise, at or better than that straight line.
 * The straight line is the plainest trajectory a board can check by eye, and needs no other figures.
 */
export function measureStatus(m: Pick<MeasureContent, "direction" | "baseline" | "target">, latest: MeasurePointContent | null): MeasureStatus {
  if (!latest) return "no-data";
  const better = (a: number, b: number) => (m.direction === "up" ? a >= b : a <= b);
  if (better(latest.value, m.target.value)) return "target-met";
  if (latest.date >= m.target.date) return "off-track";
  return better(latest.value, expectedAt(m, latest.date)) ? "on-track" : "off-track";
}

/** The value on the straight line from the baseline to the target at `date` (the baseline before it starts). */
export function expectedAt(m: Pick<MeasureContent, "baseline" | "target">, date: IsoDate): number {
  const span = daysBetween(m.baseline.date, m.target.date);
  const gone = Math.min(Math.max(daysBetween(m.baseline.date, date), 0), span);
  return span > 0 ? m.baseline.value + ((m.target.value - m.baseline.value) * gone) / span : m.target.value;
}

/**
 * How far `value` is from `target`, in the unit: a percentage differs by percentage points, any
 * other unit by itself ("12 people below target"). Rounded to the decimals the figures are written
 * with, so 62.5 against 67 reads 4.5, not 4.499999.
 */
export function measureDistance(value: number, target: number, unit: string): MeasureDistance {
  const decimals = Math.max(_decimals(value), _decimals(target));
  const amount = Math.abs(Number((target - value).toFixed(decimals)));
  if (amount === 0) return { amount, side: "at", text: "at target" };
  const side = value > target ? "above" : "below";
  const size = unit.trim() === "%" ? `${_number(amount)} percentage ${amount === 1 ? "point" : "points"}` : measureValueText(amount, unit);
  return { amount, side, text: `${size} ${side} target` };
}

/** A number in its unit as a reader writes it: "62.5%", "1,240 people", "31.2 per 100,000". */
export function measureValueText(value: number, unit: string): string {
  const u = unit.trim();
  return u === "%" ? `${_number(value)}%` : `${_number(value)} ${u}`;
}

const _FORMAT = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6 });

function _number(value: number): string {
  return _FORMAT.format(value);
}

function _decimals(value: number): number {
  const [, fraction = ""] = String(value).split(".");
  return Math.min(fraction.length, 6);
}
