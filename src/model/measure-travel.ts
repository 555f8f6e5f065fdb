import type { IsoDate } from "./content.ts";
import { addMonths } from "./dates.ts";

/** Which way a measure has moved between two values, judged by which way is better for it. */
export type Travel = "improving" | "worsening" | "no-change";

export const TRAVEL_LABELS: Record<Travel, string> = {
  improving: "Improving",
  worsening: "Worsening",
  "no-change": "No change",
};

/**
 * A glyph beside the word, never instead of it: up for better, down for worse, level for no change,
 * whichever way the numbers went (a waiting list that falls is improving, and shows ▲).
 */
export const TRAVEL_GLYPHS: Record<Travel, string> = { improving: "▲", worsening: "▼", "no-change": "▶" };

/** A change of direction against one earlier value. */
export interface TravelFrom {
  travel: Travel;
  /** "Improving", "Worsening", "No change". */
  label: string;
  glyph: string;
  /** The earlier value it is compared with. */
  from: { date: IsoDate; value: number };
}

/** The direction of travel of a measure's latest value. */
export interface MeasureTravel {
  /** Against the value before it; null with fewer than two values. */
  previous: TravelFrom | null;
  /** Against the value for the same period a year before; null when none is recorded. */
  yearBefore: TravelFrom | null;
  /** The last two changes were both for the worse: the paper lists such a measure among its exceptions. */
  worseningTwice: boolean;
}

/**
 * Direction of travel, from values in date order:
 * - against the previous value, and against the value dated a year before the latest (the same
 *   quarter or month last year: 30 June against 30 June, the last day of a month against the last
 *   day of that month), when there is one;
 * - improving when the later value is better (higher, or lower where lower is better), worsening
 *   when it is worse, no change when they are equal at the decimals the figures are written with.
 */
export function measureTravel(
  values: readonly { date: IsoDate; value: number }[],
  direction: "up" | "down",
): MeasureTravel {
  const latest = values.at(-1);
  const previous = values.at(-2);
  const before = values.at(-3);
  if (!latest) return { previous: null, yearBefore: null, worseningTwice: false };
  const yearAgo = addMonths(latest.date, -12);
  const sameLastYear = values.find((v) => v.date === yearAgo) ?? null;
  const against = previous ? travelBetween(previous, latest, direction) : null;
  return {
    previous: against,
    yearBefore: sameLastYear ? travelBetween(sameLastYear, latest, direction) : null,
    worseningTwice:
      against?.travel === "worsening" &&
      before !== undefined &&
      previous !== undefined &&
      travelBetween(before, previous, direction).travel === "worsening",
  };
}

/** How `to` compares with `from`, for a measure where `direction` is better. */
export function travelBetween(
  from: { date: IsoDate; value: number },
  to: { value: number },
  direction: "up" | "down",
): TravelFrom {
  const decimals = Math.max(_decimals(from.value), _decimals(to.value));
  const change = Number((to.value - from.value).toFixed(decimals));
  const travel: Travel = change === 0 ? "no-change" : change > 0 === (direction === "up") ? "improving" : "worsening";
  return {
    travel,
    label: TRAVEL_LABELS[travel],
    glyph: TRAVEL_GLYPHS[travel],
    from: { date: from.date, value: from.value },
  };
}

function _decimals(value: number): number {
  const [, fraction = ""] = String(value).split(".");
  return Math.min(fraction.length, 6);
}
