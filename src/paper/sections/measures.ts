import { ON_TRACK_MEANING, type IsoDate, type Report } from "../../model/index.ts";
import type { Paper } from "../paper.ts";
import { table } from "../blocks.ts";
import { date, shortDate } from "../words.ts";
import { numbered, openSection } from "./section.ts";

interface _Value { date: IsoDate; value: number; text: string }

/** What the section reads of an outcome measure: the model's Measure as at the report's period end. */
export interface MeasureView {
  id: string;
  title: string;
  unit: string;
  direction: "up" | "down";
  better: string;
  illustrative: boolean;
  baseline: _Value;
  target: _Value;
  latest: _Value | null;
  statusLabel: string;
  distance: { text: string } | null;
}

/** The strategy's outcome measures as at the report's period end; a strategy without any has no measures section at all. */
export function measuresOf(report: Report): readonly MeasureView[] {
  return report.measures ?? [];
}

export function hasMeasures(paper: Paper): boolean {
  return measuresOf(paper.report).length > 0;
}

/** Each measure's baseline, target, latest value by the period end and its status, as a table. */
export function measuresSection(paper: Paper): void {
  const { report, strategy } = paper;
  const measures = measuresOf(report);
  const { sect } = openSection(paper, "measures", strategy.words.measure.plural);
  numbered(paper, sect, [`The strategy's ${strategy.words.measure.lowerPlural}, with the latest value recorded by ${date(report.asAt)}. A measure is on track when ${ON_TRACK_MEANING}.`]);
  if (measures.some((m) => m.illustrative)) numbered(paper, sect, ["Measures marked “Example data” hold made-up values that show how the measure will be reported; they are not real figures."]);
  // A value's unit may be a long word ("assessments"): the line may break before it, never inside it.
  const value = (v: _Value | null) => (v ? `${v.text} (${shortDate(v.date)})` : "None yet");
  table(sect, {
    columns: [
      // At 11 pt a value's unit ("assessments") and "31 Mar 2018" each fit a column whole.
      { header: "Measure", width: 0.25 },
      { header: "Baseline", width: 0.18 },
      { header: "Target", width: 0.18 },
      { header: "Latest", width: 0.18 },
      { header: "Status", width: 0.21 },
    ],
    rows: measures.map((m) => [
      { text: `${m.title} (${m.better.toLowerCase()})${m.illustrative ? " Example data" : ""}` },
      { text: value(m.baseline) },
      { text: value(m.target) },
      { text: value(m.latest) },
      { text: m.distance ? `${m.statusLabel}: ${m.distance.text}` : m.statusLabel },
    ]),
  });
}
