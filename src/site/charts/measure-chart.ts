import { daysBetween, toleranceBand, type Measure } from "../../model/index.ts";
import { svgText } from "./svg-text.ts";

const WIDTH = 320;
const HEIGHT = 190;
/** Room for the value labels on the left and the date labels below. */
const LEFT = 64;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 28;

/**
 * A measure's trend as a line. With one end target: the baseline and every recorded value joined in
 * date order, the target as a dashed line with a marker at its date, and a dotted line from baseline to
 * target. With a target for each period: the values, each period's target as a dashed step across the
 * period, the tolerance shaded on the worse side of each step, and each comparator as a grey line with
 * square markers. Hidden from assistive technology like every chart here: the page shows the same figures
 * as a table beside it. Its colours are written on the drawing itself (the site's stylesheet is shared by
 * every strategy, measures or none).
 */
export function measureChart(
  measure: Measure,
  title: string,
  yearOf: (iso: string) => string = (iso) => iso.slice(0, 4),
): string {
  return measure.targets.length ? _byPeriod(measure, title, yearOf) : _straight(measure, title, yearOf);
}

function _straight(measure: Measure, title: string, yearOf: (iso: string) => string): string {
  const points = [measure.baseline, ...measure.values];
  const first = measure.baseline.date;
  const last = [measure.target.date, ...measure.values.map((v) => v.date)].reduce((a, b) => (a > b ? a : b));
  const frame = _frame(first, last, [...points.map((p) => p.value), measure.target.value]);
  const { x, y } = frame;
  const target =
    `<line stroke="#0b0c0c" stroke-width="2" stroke-dasharray="6 4" x1="${LEFT}" y1="${y(measure.target.value)}" x2="${WIDTH - RIGHT}" y2="${y(measure.target.value)}"/>` +
    `<rect fill="#0b0c0c" x="${x(measure.target.date) - 5}" y="${y(measure.target.value) - 5}" width="10" height="10" transform="rotate(45 ${x(measure.target.date)} ${y(measure.target.value)})"/>`;
  // The straight path from baseline to target that "on track" is judged against.
  const path = `<line stroke="#505a5f" stroke-width="2" stroke-dasharray="1 5" stroke-linecap="round" x1="${x(first)}" y1="${y(measure.baseline.value)}" x2="${x(measure.target.date)}" y2="${y(measure.target.value)}"/>`;
  return _svg(title, `${_axes(frame, yearOf)}${target}${path}${_line(points, frame, true)}`);
}

function _byPeriod(measure: Measure, title: string, yearOf: (iso: string) => string): string {
  const tolerance = measure.tolerance;
  const worse = measure.direction === "up" ? -1 : 1;
  const outer = tolerance ? (tolerance.amber ?? tolerance.green) : null;
  const edge = (target: number) => (outer === null ? target : target + worse * toleranceBand(outer, target));
  const comparatorPoints = measure.comparators.flatMap((c) => c.values);
  const dates = [
    measure.baseline.date,
    ...measure.values.map((v) => v.date),
    ...measure.targets.flatMap((t) => [t.start, t.end]),
    ...comparatorPoints.map((p) => p.date),
  ].sort();
  const numbers = [
    ...measure.values.map((v) => v.value),
    ...measure.targets.flatMap((t) => [t.value, edge(t.value)]),
    ...comparatorPoints.map((p) => p.value),
  ];
  const frame = _frame(
    dates[0] ?? measure.baseline.date,
    dates.at(-1) ?? measure.baseline.date,
    numbers.length ? numbers : [measure.baseline.value],
  );
  const { x, y } = frame;
  const band =
    outer === null
      ? ""
      : measure.targets
          .map((t) => {
            const [top, bottom] = [Math.min(y(t.value), y(edge(t.value))), Math.max(y(t.value), y(edge(t.value)))];
            return `<rect fill="#fff7bf" stroke="#8f6200" stroke-width="0.5" x="${x(t.start)}" y="${top}" width="${_round(x(t.end) - x(t.start))}" height="${_round(bottom - top)}"/>`;
          })
          .join("");
  const steps = measure.targets
    .map(
      (t) =>
        `<line stroke="#0b0c0c" stroke-width="2" stroke-dasharray="6 4" x1="${x(t.start)}" y1="${y(t.value)}" x2="${x(t.end)}" y2="${y(t.value)}"/>`,
    )
    .join("");
  const comparators = measure.comparators
    .map(
      (c) =>
        (c.values.length > 1
          ? `<polyline fill="none" stroke="#505a5f" stroke-width="2" stroke-dasharray="3 3" points="${c.values.map((p) => `${x(p.date)},${y(p.value)}`).join(" ")}"/>`
          : "") +
        c.values
          .map((p) => `<rect fill="#505a5f" x="${x(p.date) - 4}" y="${y(p.value) - 4}" width="8" height="8"/>`)
          .join(""),
    )
    .join("");
  return _svg(title, `${band}${_axes(frame, yearOf)}${steps}${comparators}${_line(measure.values, frame, false)}`);
}

interface _Frame {
  x: (date: string) => number;
  y: (value: number) => number;
  min: number;
  max: number;
  first: string;
  last: string;
}

/** Where a date and a value fall on the drawing, from the first date to the last and over the numbers given. */
function _frame(first: string, last: string, numbers: readonly number[]): _Frame {
  const [min, max] = [Math.min(...numbers), Math.max(...numbers)];
  const [low, high] = _range(min, max);
  const span = Math.max(daysBetween(first, last), 1);
  return {
    x: (date) => _round(LEFT + ((WIDTH - LEFT - RIGHT) * Math.max(daysBetween(first, date), 0)) / span),
    y: (value) => _round(TOP + ((HEIGHT - TOP - BOTTOM) * (high - value)) / (high - low)),
    min,
    max,
    first,
    last,
  };
}

function _axes({ y, min, max, first, last }: _Frame, yearOf: (iso: string) => string): string {
  const bottom = HEIGHT - BOTTOM;
  return (
    `<line stroke="#505a5f" stroke-width="1" x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${bottom}"/>` +
    `<line stroke="#505a5f" stroke-width="1" x1="${LEFT}" y1="${bottom}" x2="${WIDTH - RIGHT}" y2="${bottom}"/>` +
    `<text class="sp-chart__label" x="${LEFT - 6}" y="${y(max) + 5}" text-anchor="end">${svgText(_short(max))}</text>` +
    `<text class="sp-chart__label" x="${LEFT - 6}" y="${y(min) + 5}" text-anchor="end">${svgText(_short(min))}</text>` +
    `<text class="sp-chart__label" x="${LEFT}" y="${HEIGHT - 6}">${svgText(yearOf(first))}</text>` +
    `<text class="sp-chart__label" x="${WIDTH - RIGHT}" y="${HEIGHT - 6}" text-anchor="end">${svgText(yearOf(last))}</text>`
  );
}

/** The values joined in date order, each a dot; the first hollow when it is the baseline. */
function _line(points: readonly { date: string; value: number }[], { x, y }: _Frame, hollowFirst: boolean): string {
  const line =
    points.length > 1
      ? `<polyline fill="none" stroke="currentColor" stroke-width="3" points="${points.map((p) => `${x(p.date)},${y(p.value)}`).join(" ")}"/>`
      : "";
  const dots = points
    .map(
      (p, i) =>
        `<circle ${i === 0 && hollowFirst ? 'fill="#ffffff" stroke="currentColor" stroke-width="2"' : 'fill="currentColor"'} cx="${x(p.date)}" cy="${y(p.value)}" r="4"/>`,
    )
    .join("");
  return line + dots;
}

function _svg(title: string, body: string): string {
  return (
    `<svg class="sp-chart sp-chart--measure" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
    `aria-hidden="true" focusable="false" color="#1d70b8"><title>${svgText(title)}</title>${body}</svg>`
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
