/** One bar: its label, its value, and an optional tone (a class suffix that colours it). */
export interface Bar {
  label: string;
  value: number;
  tone?: string;
}

export interface BarChart {
  /** What the chart shows; used as the SVG's title so the figure is named wherever it is read. */
  title: string;
  bars: readonly Bar[];
  /** The value a full-width bar stands for; defaults to the largest value. */
  max?: number;
  /** Written after each value, e.g. "%". */
  unit?: string;
}

const WIDTH = 320;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 18;
const ROW_GAP = 12;
const VALUE_ROOM = 48;

/**
 * A horizontal bar chart as an SVG string, made at build time. Each label sits above its bar so
 * long names fit on a phone. The SVG is hidden from assistive technology: the page always shows a
 * table of the same numbers next to it, which is the accessible form of the chart.
 */
export function barChart({ title, bars, max, unit = "" }: BarChart): string {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  const rowHeight = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
  const height = bars.length * rowHeight;
  const rows = bars.map((bar, i) => _row(bar, i * rowHeight, top, unit)).join("");
  return (
    `<svg class="sp-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" ` +
    `aria-hidden="true" focusable="false"><title>${_escape(title)}</title>${rows}</svg>`
  );
}

function _row(bar: Bar, y: number, top: number, unit: string): string {
  const length = Math.round(((WIDTH - VALUE_ROOM) * bar.value) / top);
  const barY = y + LABEL_HEIGHT;
  const tone = bar.tone ? ` sp-chart__bar--${_escape(bar.tone)}` : "";
  return (
    `<text class="sp-chart__label" x="0" y="${y + LABEL_HEIGHT - 5}">${_escape(bar.label)}</text>` +
    `<rect class="sp-chart__bar${tone}" x="0" y="${barY}" width="${length}" height="${BAR_HEIGHT}"/>` +
    `<text class="sp-chart__value" x="${length + 6}" y="${barY + BAR_HEIGHT - 4}">${bar.value}${_escape(unit)}</text>`
  );
}

function _escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
