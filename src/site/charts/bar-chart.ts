import { svgText } from "./svg-text.ts";

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
const LINE_HEIGHT = 18;
const BAR_HEIGHT = 18;
const ROW_GAP = 14;
const VALUE_ROOM = 48;
/**
 * How many characters fit on one label line. SVG text never wraps, so labels are broken into
 * lines here; 14px Arial averages about 7px a character, and 8.5px leaves room for wide letters,
 * so a line never runs past the chart (and the chart scales with the page, text included).
 */
const LINE_CHARS = Math.floor(WIDTH / 8.5);

/**
 * A horizontal bar chart as an SVG string, made at build time. Each label sits above its bar,
 * wrapped onto as many lines as it needs, so long names fit on a phone and are never cut. The SVG
 * is hidden from assistive technology: the page always shows a table of the same numbers next to
 * it, which is the accessible form of the chart.
 */
export function barChart({ title, bars, max, unit = "" }: BarChart): string {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  let y = 0;
  const rows = bars.map((bar) => {
    const lines = wrapLabel(bar.label, LINE_CHARS);
    const row = _row(bar, lines, y, top, unit);
    y += lines.length * LINE_HEIGHT + BAR_HEIGHT + ROW_GAP;
    return row;
  });
  return (
    `<svg class="sp-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${Math.max(y, 1)}" ` +
    `aria-hidden="true" focusable="false"><title>${svgText(title)}</title>${rows.join("")}</svg>`
  );
}

/** A label broken at spaces into lines of at most `width` characters; a longer word is cut into pieces. */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest;) {
      const room = line ? width - line.length - 1 : width;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = "";
      } else if (line) {
        lines.push(line);
        line = "";
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  return line || !lines.length ? [...lines, line] : lines;
}

function _row(bar: Bar, lines: string[], y: number, top: number, unit: string): string {
  const length = Math.round(((WIDTH - VALUE_ROOM) * bar.value) / top);
  const barY = y + lines.length * LINE_HEIGHT + 4;
  const tone = bar.tone ? ` sp-chart__bar--${svgText(bar.tone)}` : "";
  const tspans = lines
    .map((line, i) => `<tspan x="0" y="${y + (i + 1) * LINE_HEIGHT - 4}">${svgText(line)}</tspan>`)
    .join("");
  return (
    `<text class="sp-chart__label">${tspans}</text>` +
    `<rect class="sp-chart__bar${tone}" x="0" y="${barY}" width="${length}" height="${BAR_HEIGHT}"/>` +
    `<text class="sp-chart__value" x="${length + 6}" y="${barY + BAR_HEIGHT - 4}">${bar.value}${svgText(unit)}</text>`
  );
}
