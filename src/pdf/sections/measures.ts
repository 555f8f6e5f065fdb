import type { IsoDate, StrategyModel } from "../../model/index.ts";
import type { Paper } from "../paper.ts";
import { table } from "../table.ts";
import { date, keepTogether, shortDate } from "../words.ts";
import { numbered, openSection } from "./section.ts";

interface _Value { date: IsoDate; value: number }

/** What the section reads of an outcome measure: the shape the strategy model gives measures. */
export interface MeasureView {
  id: string;
  title: string;
  unit: string;
  direction: "up" | "down";
  baseline: _Value;
  target?: _Value;
  values?: _Value[];
}

/** The strategy's outcome measures; a strategy without any has no measures section at all. */
export function measuresOf(strategy: StrategyModel): readonly MeasureView[] {
  return (strategy as StrategyModel & { measures?: readonly MeasureView[] }).measures ?? [];
}

export function hasMeasures(paper: Paper): boolean {
  return measuresOf(paper.strategy).length > 0;
}

/** Each measure's baseline, target and latest value by the period end, as a table. */
export function measuresSection(paper: Paper): void {
  const { report } = paper;
  const measures = measuresOf(paper.strategy);
  const { sect } = openSection(paper, "measures", "Measures");
  numbered(paper, sect, [`The strategy's outcome measures, with the latest value recorded by ${date(report.asAt)}.`]);
  const value = (v: _Value | undefined | null, unit: string) => (v ? `${keepTogether(`${v.value} ${unit}`.trim())} (${shortDate(v.date)})` : "None yet");
  table(paper, sect, {
    columns: [
      { header: "Measure", width: 0.34 },
      { header: "Baseline", width: 0.2 },
      { header: "Target", width: 0.2 },
      { header: "Latest", width: 0.26 },
    ],
    rows: measures.map((m) => {
      const latest = [...(m.values ?? [])].filter((v) => v.date <= report.asAt).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);
      return [
        { text: `${m.title} (${m.direction === "up" ? "higher" : "lower"} is better)` },
        { text: value(m.baseline, m.unit) },
        { text: value(m.target, m.unit) },
        { text: value(latest, m.unit) },
      ];
    }),
  });
  sect.end();
}
