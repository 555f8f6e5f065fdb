import { statusesIn, type TrendPoint } from "../../model/index.ts";
import { svgText } from "./svg-text.ts";

const WIDTH = 320;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 18;
const ROW_GAP = 12;

/**
 * Counts by status at each report's period end as stacked horizontal bars, one per report, each
 * segment in its status colour. Hidden from assistive technology like every chart here: the page
 * shows the same numbers as a table beside it.
 */
export function trendChart(
  points: readonly TrendPoint[],
  title: string,
  dateLabel: (iso: string) => string,
  scale?: Parameters<typeof statusesIn>[1],
): string {
  const rowHeight = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
  const statuses = statusesIn(
    points.map((p) => p.tally),
    scale,
  );
  const rows = points.map((p, i) => {
    const y = i * rowHeight;
    let x = 0;
    const segments = statuses
      .map((s) => {
        const n = p.tally.byStatus[s];
        const width = p.tally.total ? Math.round((WIDTH * n) / p.tally.total) : 0;
        const rect =
          width > 0
            ? `<rect class="sp-chart__bar sp-chart__bar--${s}" x="${x}" y="${y + LABEL_HEIGHT}" width="${width}" height="${BAR_HEIGHT}"/>`
            : "";
        x += width;
        return rect;
      })
      .join("");
    return `<text class="sp-chart__label" x="0" y="${y + LABEL_HEIGHT - 5}">${svgText(dateLabel(p.asAt))}</text>${segments}`;
  });
  return (
    `<svg class="sp-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${points.length * rowHeight}" ` +
    `aria-hidden="true" focusable="false"><title>${svgText(title)}</title>${rows.join("")}</svg>`
  );
}
