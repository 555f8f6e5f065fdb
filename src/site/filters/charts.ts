import { longDate, type Measure, type Rollup, type TrendPoint } from "../../model/index.ts";
import { barChart } from "../charts/bar-chart.ts";
import { measureChart as _measureChart } from "../charts/measure-chart.ts";
import { trendChart as _trendChart } from "../charts/trend-chart.ts";

/** A chart of how many actions each group holds; groups keyed by status are coloured by status. */
export function countChart(rollups: readonly Rollup[], title: string, byStatus = false): string {
  return barChart({
    title,
    bars: rollups.map((r) => ({ label: r.label, value: r.total, ...(byStatus ? { tone: r.key } : {}) })),
  });
}

/** A chart of the mean percent complete of each group (groups with no open action are left out). */
export function percentChart(rollups: readonly Rollup[], title: string): string {
  const bars = rollups.flatMap((r) => (r.percent === null ? [] : [{ label: r.label, value: r.percent }]));
  return barChart({ title, bars, max: 100, unit: "%" });
}

/** A stacked bar per board report of the actions in each status at its period end. */
export function trendChart(
  points: readonly TrendPoint[],
  title: string,
  scale?: Parameters<typeof _trendChart>[3],
): string {
  return _trendChart(points, title, longDate, scale);
}

/** A measure's baseline and recorded values as a line, with its target. */
export function measureChart(measure: Measure, title: string): string {
  return _measureChart(measure, title);
}

/** The measures with the given ids (a theme's, objective's or action's `measureIds`), in file order. */
export function measuresOfTheme(
  measures: readonly Measure[] | undefined,
  ids: readonly string[] | undefined,
): Measure[] {
  const wanted = new Set(ids ?? []);
  return (measures ?? []).filter((m) => wanted.has(m.id));
}
