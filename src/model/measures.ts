import type { IsoDate, Link, Status } from "./content.ts";
import type * as Schema from "./content-types.ts";
import { daysBetween, inDateOrder } from "./dates.ts";
import { nextValue, type MeasureFrequency, type NextValue } from "./measure-due.ts";
import {
  measureTargets,
  rateAgainstTarget,
  targetFor,
  toleranceText,
  type MeasureTarget,
  type MeasureToleranceContent,
  type ToleranceAmount,
} from "./measure-targets.ts";
import { measureTravel, type MeasureTravel } from "./measure-travel.ts";
import type { Ref } from "./strategy.ts";
import { TOOL_SCALE, type RatingScale } from "./ratings.ts";

/** Which way is better for a measure: up when a higher value is better, down when lower is. */
export type MeasureDirection = MeasureContent["direction"];

/** A value and the date it describes, as measures.yaml writes a baseline or a target. */
export type MeasurePointContent = Schema.PointContent;
/** A value recorded over time; a progress update appends one. */
export type MeasureValueContent = NonNullable<MeasureContent["values"]>[number];
/** A named series to compare the measure with, such as the England average, with its own values and source. */
export type ComparatorContent = NonNullable<MeasureContent["comparators"]>[number];
/** One outcome measure as measures.yaml declares it. */
export type MeasureContent = Schema.MeasureContent;
export type MeasuresContent = Schema.MeasuresContent;

export const MEASURE_STATUSES = ["target-met", "on-track", "at-risk", "off-track", "no-target", "no-data"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  "target-met": "Target met",
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
  "no-target": "No target for this period",
  "no-data": "No data yet",
};

/**
 * Which of the tool's meanings each measure status has, for its colour and icon (and, where a strategy
 * rates on its own scale, its word): a value with no rating looks like work not started.
 */
export const MEASURE_STATUS_MEANING: Record<MeasureStatus, Status> = {
  "target-met": "complete",
  "on-track": "on-track",
  "at-risk": "at-risk",
  "off-track": "off-track",
  "no-target": "not-started",
  "no-data": "not-started",
};

/** When a measure is on track, as the rule below (measureStatus) is said to readers of the site and the paper. */
export const ON_TRACK_MEANING = "its latest value is at or better than a straight line from its baseline to its target";

/** How a measure with a target for each period is rated (rateAgainstTarget), as readers are told it, in the strategy's words for the ratings. */
export function periodTargetMeaning(
  word: (status: MeasureStatus) => string = (s) => MEASURE_STATUS_LABELS[s].toLowerCase(),
): string {
  return `each value is rated against the target for its own period: ${word("on-track")} at or better than that target (or within its green tolerance), ${word("at-risk")} within its amber tolerance, ${word("off-track")} beyond it`;
}

/** The rule in the tool's own words. */
export const PERIOD_TARGET_MEANING = periodTargetMeaning();

/** A dated value with its number written in the measure's unit, e.g. "62.5%" or "1,240 people". */
export interface MeasurePoint {
  date: IsoDate;
  value: number;
  text: string;
  note?: string;
}

/** How far the latest value is from the target, in the measure's unit, and which side of it. */
export interface MeasureDistance {
  amount: number;
  side: "above" | "below" | "at";
  /** e.g. "4.5 percentage points below target", "at target". */
  text: string;
}

/** A target for one period, with its value in the measure's unit. */
export interface MeasurePeriodTarget extends MeasureTarget {
  text: string;
}

/** A recorded value with the target for its period and how it rates against it. */
export interface MeasureReading extends MeasurePoint {
  /** The target for the value's period; null where the measure has none for it (or only one end target). */
  target: MeasurePeriodTarget | null;
  status: MeasureStatus;
  /** The tool's meaning of the status (MEASURE_STATUS_MEANING). */
  meaning: Status;
  statusLabel: string;
}

/** A comparator series as at the date: its values in the measure's unit, oldest first. */
export interface Comparator {
  title: string;
  source: Link | null;
  illustrative: boolean;
  values: MeasurePoint[];
}

/** The tolerances a measure is rated with, in words. */
export interface MeasureTolerance {
  green: ToleranceAmount | null;
  amber: ToleranceAmount | null;
  /** "On track within 5% of the target; at risk within 10% of the target". */
  text: string;
}

/** A measure as at a date: only the values recorded by then, and its status and distance from them. */
export interface Measure {
  id: string;
  /** The plan's reference for it, e.g. 1.2.1.KR, or null. */
  ref: string | null;
  title: string;
  description: string | null;
  /** The theme it is shown under (its own, or its objective's), or null. */
  theme: Ref | null;
  /** The objective it measures, or null. */
  objective: (Ref & { ref: string | null }) | null;
  /** The action it measures, or null. */
  action: (Ref & { ref: string | null }) | null;
  /** Every theme it rolls up to: its theme, its objective's, or its action's. */
  themeIds: string[];
  /** The organisations that report its values, by name: who its lines in a progress return go to. */
  leadOrganisations: string[];
  unit: string;
  direction: MeasureDirection;
  /** "Higher is better" or "Lower is better". */
  better: string;
  source: Link | null;
  illustrative: boolean;
  baseline: MeasurePoint;
  /** The end target: as written, else the last period's target. */
  target: MeasurePoint;
  /** The targets for each period, in time order (empty for a measure with one end target). */
  targets: MeasurePeriodTarget[];
  tolerance: MeasureTolerance | null;
  frequency: MeasureFrequency | null;
  lagDays: number;
  comparators: Comparator[];
  /** Values recorded on or before the date, oldest first. */
  values: MeasureReading[];
  latest: MeasureReading | null;
  status: MeasureStatus;
  /** The tool's meaning of the status (MEASURE_STATUS_MEANING). */
  meaning: Status;
  statusLabel: string;
  /**
   * The target for the period of the latest value; before any value, for the period the next value
   * is for (else the first). Null for a measure with one end target, or a latest value whose period has none.
   */
  periodTarget: MeasurePeriodTarget | null;
  /** How far the latest value is from the target it is judged against; null when there is no value (or no target for its period). */
  distance: MeasureDistance | null;
  travel: MeasureTravel;
  /** When the next value is expected; null when the measure gives no frequency. */
  next: NextValue | null;
  /** Why a board looks at it first, in the exceptions-first order of measuresForBoard: empty for most. */
  exceptions: MeasureException[];
  /** How the status was judged, in words: ON_TRACK_MEANING, or periodTargetMeaning in the strategy's words. */
  rule: string;
}

/** What a measure can be attached to, for naming it: each theme, objective and action by id, and each organisation's name. */
export interface MeasurePlaces {
  themes: ReadonlyMap<string, string>;
  objectives: ReadonlyMap<string, { title: string; ref: string | null; theme: string | null }>;
  actions: ReadonlyMap<
    string,
    { title: string; ref: string | null; themes: readonly string[]; organisations: readonly string[] }
  >;
  organisations: ReadonlyMap<string, string>;
}

/**
 * The measures as at `date`, in file order. Values dated after `date` are left out, so a board paper
 * shows what was known at its period end; with no date (the site and the open data) every value
 * recorded counts. `asAt` is the day "overdue" is judged on. Measure values do not move the
 * strategy's own date: a figure is often published long after the period it describes.
 */
export function measuresAt(
  file: MeasuresContent,
  at: { date: IsoDate | null; asAt: IsoDate },
  places: MeasurePlaces,
  scale: RatingScale = TOOL_SCALE,
): Measure[] {
  const label = measureStatusLabel(scale);
  // Mid-sentence, the tool's words are lower case ("on track"); a strategy's own keep their capitals ("Green").
  const inSentence = (s: MeasureStatus) =>
    scale.own && label(s) !== MEASURE_STATUS_LABELS[s] ? label(s) : label(s).toLowerCase();
  return file.measures.map((m) => _measure(m, file.tolerance ?? null, at, places, label, inSentence));
}

/**
 * A measure status in the strategy's words: a rating against a target (on track, at risk, off track) in
 * the word its scale gives that status ("Green"); target met, no target and no data in their own.
 */
export function measureStatusLabel(scale: RatingScale): (status: MeasureStatus) => string {
  return (status) =>
    status === "on-track" || status === "at-risk" || status === "off-track"
      ? scale.words[status]
      : MEASURE_STATUS_LABELS[status];
}

function _measure(
  m: MeasureContent,
  defaultTolerance: MeasureToleranceContent | null,
  at: { date: IsoDate | null; asAt: IsoDate },
  places: MeasurePlaces,
  label: (s: MeasureStatus) => string,
  inSentence: (s: MeasureStatus) => string,
): Measure {
  const point = (p: MeasureValueContent): MeasurePoint => ({
    date: p.date,
    value: p.value,
    text: measureValueText(p.value, m.unit),
    ...(p.note ? { note: p.note } : {}),
  });
  const known = <T extends { date: IsoDate }>(items: readonly T[]) =>
    inDateOrder(items).filter((v) => at.date === null || v.date <= at.date);
  const targets = measureTargets(m.targets ?? []).map((t) => ({ ...t, text: measureValueText(t.value, m.unit) }));
  const last = targets.at(-1);
  const target = m.target ?? (last ? { date: last.end, value: last.value } : m.baseline);
  const tolerance = m.tolerance ?? defaultTolerance;
  const judged = { direction: m.direction, baseline: m.baseline, target, targets, tolerance };
  const values = known(m.values ?? []).map((v): MeasureReading => {
    const status = readingStatus(judged, v);
    return {
      ...point(v),
      target: targets.length ? (targetFor(targets, v.date) as MeasurePeriodTarget | null) : null,
      status,
      meaning: MEASURE_STATUS_MEANING[status],
      statusLabel: label(status),
    };
  });
  const latest = values.at(-1) ?? null;
  const status: MeasureStatus = latest?.status ?? "no-data";
  const judgedAgainst = targets.length ? (latest?.target?.value ?? null) : target.value;
  const next = nextValue(m.frequency ?? null, m.lag_days ?? 0, latest?.date ?? m.baseline.date, at.asAt);
  const periodTarget = latest
    ? latest.target
    : (((next ? targetFor(targets, next.periodEnd) : null) ?? targets[0] ?? null) as MeasurePeriodTarget | null);
  const { theme, objective, action, themeIds, leadOrganisations } = _place(m, places);
  const travel = measureTravel(values, m.direction);
  return {
    id: m.id,
    ref: m.ref ?? null,
    title: m.title,
    description: m.description ?? null,
    theme,
    objective,
    action,
    themeIds,
    leadOrganisations,
    unit: m.unit,
    direction: m.direction,
    better: m.direction === "up" ? "Higher is better" : "Lower is better",
    source: m.source ?? null,
    illustrative: m.illustrative === true,
    baseline: point(m.baseline),
    target: point(target),
    targets,
    tolerance:
      tolerance && (tolerance.green !== undefined || tolerance.amber !== undefined)
        ? _tolerance(tolerance, m.unit, inSentence)
        : null,
    frequency: m.frequency ?? null,
    lagDays: m.lag_days ?? 0,
    comparators: (m.comparators ?? []).map((c) => ({
      title: c.title,
      source: c.source ?? null,
      illustrative: c.illustrative === true,
      values: known(c.values).map(point),
    })),
    values,
    latest,
    status,
    meaning: MEASURE_STATUS_MEANING[status],
    statusLabel: label(status),
    periodTarget,
    distance: latest && judgedAgainst !== null ? measureDistance(latest.value, judgedAgainst, m.unit) : null,
    travel,
    next,
    exceptions: measureExceptions(status, travel),
    rule: targets.length ? periodTargetMeaning(inSentence) : ON_TRACK_MEANING,
  };
}

/** Why a measure is an exception for a board: its latest value is off track, or it has worsened twice running. */
export type MeasureException = "off-track" | "worsening-twice";

/** The rule for a measure's exceptions: off track (Red, on a council's scale), or worse than the value before twice running. */
export function measureExceptions(status: MeasureStatus, travel: MeasureTravel): MeasureException[] {
  return [
    ...(status === "off-track" ? (["off-track"] as const) : []),
    ...(travel.worseningTwice ? (["worsening-twice"] as const) : []),
  ];
}

/**
 * How many measures have each rating, in the order of MEASURE_STATUSES, leaving out ratings none has: the
 * roll-up of a strategy's or a theme's measures ("5 Green, 1 Red and 1 no data yet").
 */
export function measureCounts(
  measures: readonly Pick<Measure, "status" | "statusLabel" | "meaning">[],
): { status: MeasureStatus; label: string; meaning: Status; count: number }[] {
  return MEASURE_STATUSES.flatMap((status) => {
    const rated = measures.filter((m) => m.status === status);
    const first = rated[0];
    // Mid-sentence, the tool's words are lower case ("2 on track"); a strategy's own keep their capitals ("2 Green").
    const label =
      first && first.statusLabel === MEASURE_STATUS_LABELS[status]
        ? first.statusLabel.toLowerCase()
        : first?.statusLabel;
    return first && label ? [{ status, label, meaning: first.meaning, count: rated.length }] : [];
  });
}

/** The measures as a board reads them: the exceptions first, then the rest, each group in file order. */
export function measuresForBoard<M extends { exceptions: readonly MeasureException[] }>(measures: readonly M[]): M[] {
  return [...measures.filter((m) => m.exceptions.length > 0), ...measures.filter((m) => m.exceptions.length === 0)];
}

/**
 * A value's status. A measure with a target for each period is rated against the target of the value's
 * own period (rateAgainstTarget), and has no rating for a period with no target; a measure with one end
 * target keeps the straight-line rule below (measureStatus).
 */
export function readingStatus(
  m: Pick<MeasureContent, "direction" | "baseline"> & {
    target: MeasurePointContent;
    targets: readonly MeasureTarget[];
    tolerance: MeasureToleranceContent | null;
  },
  value: MeasurePointContent,
): MeasureStatus {
  if (!m.targets.length) return measureStatus(m, value);
  const target = targetFor(m.targets, value.date);
  return target ? rateAgainstTarget(value.value, target.value, m.direction, m.tolerance) : "no-target";
}

function _place(
  m: MeasureContent,
  places: MeasurePlaces,
): Pick<Measure, "theme" | "objective" | "action" | "themeIds" | "leadOrganisations"> {
  const themeRef = (id: string | null | undefined): Ref | null =>
    id ? { id, title: places.themes.get(id) ?? id } : null;
  const objective = m.objective ? places.objectives.get(m.objective) : undefined;
  const action = m.action ? places.actions.get(m.action) : undefined;
  const theme = themeRef(m.theme ?? objective?.theme);
  const lead = m.lead ? [places.organisations.get(m.lead) ?? m.lead] : [...(action?.organisations ?? [])];
  return {
    theme,
    objective: m.objective
      ? { id: m.objective, title: objective?.title ?? m.objective, ref: objective?.ref ?? null }
      : null,
    action: m.action ? { id: m.action, title: action?.title ?? m.action, ref: action ? action.ref : m.action } : null,
    themeIds: theme ? [theme.id] : [...(action?.themes ?? [])],
    leadOrganisations: lead,
  };
}

function _tolerance(t: MeasureToleranceContent, unit: string, word: (s: MeasureStatus) => string): MeasureTolerance {
  const parts = [
    ...(t.green !== undefined ? [`${word("on-track")} within ${toleranceText(t.green, unit)}`] : []),
    ...(t.amber !== undefined ? [`${word("at-risk")} within ${toleranceText(t.amber, unit)}`] : []),
  ];
  const text = parts.join("; ");
  return { green: t.green ?? null, amber: t.amber ?? null, text: text.charAt(0).toUpperCase() + text.slice(1) };
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
export function measureStatus(
  m: Pick<MeasureContent, "direction" | "baseline"> & { target: MeasurePointContent },
  latest: MeasurePointContent | null,
): MeasureStatus {
  if (!latest) return "no-data";
  const better = (a: number, b: number) => (m.direction === "up" ? a >= b : a <= b);
  if (better(latest.value, m.target.value)) return "target-met";
  if (latest.date >= m.target.date) return "off-track";
  return better(latest.value, expectedAt(m, latest.date)) ? "on-track" : "off-track";
}

/** The value on the straight line from the baseline to the target at `date` (the baseline before it starts). */
export function expectedAt(
  m: Pick<MeasureContent, "baseline"> & { target: MeasurePointContent },
  date: IsoDate,
): number {
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
  const size =
    unit.trim() === "%"
      ? `${_number(amount)} percentage ${amount === 1 ? "point" : "points"}`
      : measureValueText(amount, unit);
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
