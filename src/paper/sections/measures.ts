import {
  measureCounts,
  measuresForBoard,
  ON_TRACK_MEANING,
  scaleOf,
  type Measure,
  type MeasureException,
  type Report,
} from "../../model/index.ts";
import type { Paper } from "../paper.ts";
import { table } from "../blocks.ts";
import { count, date, listWords, shortDate, shortDue } from "../words.ts";
import { numbered, openSection } from "./section.ts";

/** What the section reads of an outcome measure: the model's Measure as at the report's period end. */
export type MeasureView = Pick<
  Measure,
  | "id"
  | "ref"
  | "title"
  | "better"
  | "illustrative"
  | "latest"
  | "target"
  | "targets"
  | "periodTarget"
  | "status"
  | "meaning"
  | "statusLabel"
  | "travel"
  | "next"
  | "exceptions"
  | "rule"
>;

/** The strategy's outcome measures as at the report's period end; a strategy without any has no measures section at all. */
export function measuresOf(report: Report): readonly MeasureView[] {
  return report.measures ?? [];
}

export function hasMeasures(paper: Paper): boolean {
  return measuresOf(paper.report).length > 0;
}

/**
 * The measures as a board reads them, one compact row each: the latest value and its date, the target
 * for that period, the rating in the strategy's words, the direction of travel and when the next value
 * is due; the exceptions (off track, or worse twice running) first.
 */
export function measuresSection(paper: Paper): void {
  const { report, strategy } = paper;
  const measures = measuresForBoard(measuresOf(report));
  const words = strategy.words.measure;
  const { sect } = openSection(paper, "measures", words.plural);
  const exceptions = measures.filter((m) => m.exceptions.length > 0).length;
  const counts = listWords(measureCounts(measures).map((c) => `${c.count} ${c.label}`));
  const own = scaleOf(strategy).own;
  numbered(paper, sect, [
    `The strategy's ${count(measures.length, words)}, with the latest value recorded by ${date(report.asAt)} (${counts}): the target it is judged against, its rating, which way it moved since the value before, and when the next value is due. ` +
      (exceptions
        ? `${count(exceptions, `${words.lower} is an exception`, `${words.lowerPlural} are exceptions`)} (${_exceptionMeaning(measures, own)}) and ${exceptions === 1 ? "comes" : "come"} first.`
        : `No ${words.lower} is an exception (${_exceptionMeaning(measures, own)}).`),
  ]);
  const rules = [
    ...new Set(
      measures.map((m) =>
        m.targets.length
          ? `Where there is a target for each period, ${m.rule}.`
          : `Where there is one end target, it is on track when ${ON_TRACK_MEANING}.`,
      ),
    ),
  ];
  numbered(paper, sect, [rules.join(" ")]);
  if (measures.some((m) => m.illustrative))
    numbered(paper, sect, [
      `${words.plural} marked “Example data” hold made-up values that show how the ${words.lower} will be reported; they are not real figures.`,
    ]);
  table(sect, {
    columns: [
      // At 11 pt each column fits its widest whole word with the cell's padding: "performance" in a
      // measure's name, "assessments" and "31 Mar 2018" (75 pt) in the value, target and next-value
      // columns, "Completed" in the rating and "Worsening" in the direction of travel.
      { header: words.singular, width: 0.195 },
      { header: "Latest value", width: 0.171 },
      { header: "Target for the period", width: 0.171 },
      { header: "Rating", width: 0.148 },
      { header: "Direction of travel", width: 0.144 },
      { header: "Next value due", width: 0.171 },
    ],
    rows: measures.map((m) => [
      {
        text: `${m.ref ? `${m.ref} ` : ""}${m.title} (${m.better.toLowerCase()})${m.illustrative ? " Example data" : ""}`,
      },
      // The value and its date on lines of their own: a narrow column breaks a date mid-word otherwise.
      { text: m.latest ? `${_wrappable(m.latest.text)}\n${shortDate(m.latest.date)}` : "None yet" },
      { text: _target(m) },
      {
        text: [m.statusLabel, ...(m.exceptions.includes("worsening-twice") ? ["worse twice running"] : [])].join("; "),
      },
      {
        text: m.travel.previous
          ? `${m.travel.previous.glyph} ${m.travel.previous.label}`
          : m.latest
            ? "No earlier value"
            : "No values yet",
      },
      {
        text: m.next
          ? `${m.next.overdue ? "Overdue: was due" : "By"} ${shortDate(m.next.dueBy)}`
          : "No frequency given",
      },
    ]),
  });
}

/** "off track, or worse than the value before twice running", with off track in the strategy's word for it. */
function _exceptionMeaning(measures: readonly MeasureView[], own: boolean): string {
  const offTrack = measures.find((m) => m.exceptions.includes("off-track" satisfies MeasureException))?.statusLabel;
  // The tool's words are lower case mid-sentence; a strategy's own ("Red") keep their capitals.
  return `${offTrack ? (own ? offTrack : offTrack.toLowerCase()) : "off track"}, or worse than the value before twice running`;
}

/** The target the latest value is judged against: its period's ("34%", "Jul–Sep 2025"), or the end target. */
function _target(m: MeasureView): string {
  if (!m.targets.length) return `${_wrappable(m.target.text)}\nby ${shortDate(m.target.date)}`;
  return m.periodTarget
    ? `${_wrappable(m.periodTarget.text)}\n${shortDue(m.periodTarget.period)}`
    : "None set for the period";
}

/** A value may break before its unit ("40" / "assessments") in a narrow column, never inside the unit. */
function _wrappable(value: string): string {
  return value.replace(/\u00a0/g, " ");
}
