import type { Rollup } from "../../model/index.ts";
import { barChart } from "../charts/bar-chart.ts";

/** A chart of how many actions each group holds; groups keyed by status are coloured by status. */
export function countChart(rollups: readonly Rollup[], title: string, byStatus = false): string {
  return barChart({ title, bars: rollups.map((r) => ({ label: r.label, value: r.total, ...(byStatus ? { tone: r.key } : {}) })) });
}

/** A chart of the mean percent complete of each group (groups with no open action are left out). */
export function percentChart(rollups: readonly Rollup[], title: string): string {
  const bars = rollups.flatMap((r) => (r.percent === null ? [] : [{ label: r.label, value: r.percent }]));
  return barChart({ title, bars, max: 100, unit: "%" });
}
