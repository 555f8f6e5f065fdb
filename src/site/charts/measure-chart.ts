import { daysBetween, type Measure } from "../../model/index.ts";
import { svgText } from "./svg-text.ts";

const WIDTH = 320;
const HEIGHT = 190;
/** Room for the value labels on the left and the date labels below. */
const LEFT = 64;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 28;

/**
 * A measure's trend as a line: the baseline and every recorded value joined in date order, the
 * target as a dashed line with a marker at its date, and a dotted line from baseline to target. Hidden from assistive technology like every
 * chart here: the page shows the same figures as a table beside it. Its colours are written on the
 * drawing itself (the site's stylesheet is shared by every strategy, measures or none).
 */
export function measureChart(measure: Measure, title: string, yearOf: (iso: string) => string = (iso) => iso.slice(0, 4)): string {
  const points = [measure.baseline, ...measure.values];
  const first = measure.baseline.date;
  const last = [measure.target.date, ...measure.values.map((v) => v.date)].reduce((a, b) => (a > b ? a : b));
  const numbers = [...points.map((p) => p.value), measure.target.value];
  const [min, max] = [Math.min(...numbers), Math.max(...numbers)];
  const [low, high] = _range(min, max);
  const span = Math.max(daysBetween(first, last), 1);
  const x = (date: string) => _round(LEFT + ((WIDTH - LEFT - RIGHT) * Math.max(daysBetween(first, date), 0)) / span);
  const y = (value: number) => _round(TOP + ((HEIGHT - TOP - BOTTOM) * (high - value)) / (high - low));
  const bottom = HEIGHT - BOTTOM;

  const axes =
    `<line stroke="#505a5f" stroke-width="1" x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${bottom}"/>` +
    `<line stroke="#505a5f" stroke-width="1" x1="${LEFT}" y1="${bottom}" x2="${WIDTH - RIGHT}" y2="${bottom}"/>` +
    `<text class="sp-chart__label" x="${LEFT - 6}" y="${y(max) + 5}" text-anchor="end">${svgText(_short(max))}</text>` +
    `<text class="sp-chart__label" x="${LEFT - 6}" y="${y(min) + 5}" text-anchor="end">${svgText(_short(min))}</text>` +
    `<text class="sp-chart__label" x="${LEFT}" y="${HEIGHT - 6}">${svgText(yearOf(first))}</text>` +
    `<text class="sp-chart__label" x="${WIDTH - RIGHT}" y="${HEIGHT - 6}" text-anchor="end">${svgText(yearOf(last))}</text>`;
  const target =
    `<line stroke="#0b0c0c" stroke-width="2" stroke-dasharray="6 4" x1="${LEFT}" y1="${y(measure.target.value)}" x2="${WIDTH - RIGHT}" y2="${y(measure.target.value)}"/>` +
    `<rect fill="#0b0c0c" x="${x(measure.target.date) - 5}" y="${y(measure.target.value) - 5}" width="10" height="10" transform="rotate(45 ${x(measure.target.date)} ${y(measure.target.value)})"/>`;
  // The straight path from baseline to target that "on track" is judged against.
  const path = `<line stroke="#505a5f" stroke-width="2" stroke-dasharray="1 5" stroke-linecap="round" x1="${x(first)}" y1="${y(measure.baseline.value)}" x2="${x(measure.target.date)}" y2="${y(measure.target.value)}"/>`;
  const line = points.length > 1 ? `<polyline fill="none" stroke="currentColor" stroke-width="3" points="${points.map((p) => `${x(p.date)},${y(p.value)}`).join(" ")}"/>` : "";
  const dots = points.map((p, i) => `<circle ${i === 0 ? 'fill="#ffffff" stroke="currentColor" stroke-width="2"' : 'fill="currentColor"'} cx="${x(p.date)}" cy="${y(p.value)}" r="4"/>`).join("");
  return (
    `<svg class="sp-chart sp-chart--measure" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
    `aria-hidden="true" focusable="false" color="#1d70b8"><title>${svgText(title)}</title>${axes}${target}${path}${line}${dots}</svg>`
  );
}

/** A value range with a little room above and below, never empty (a flat measure still gets a height). */
function _range(min: number, max: number): [number, number] {
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  return [min - pad, max + pad];
}

function _short(value: number): string {
  return new Intl.NumberFormat("en-GB", { maximumSignificantDigits: 3 }).format(value);
}

function _round(n: number): number {
  return Math.round(n * 10) / 10;
}
