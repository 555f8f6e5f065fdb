import type { LoadedStrategy } from "../load/content-folder.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import { isoDate, list, record, text } from "./raw.ts";

/**
 * measures.yaml beyond its schema (which marks the theme a measure names, for references.ts): its
 * target comes after its baseline and lies the better way from it, and its values are dated from the
 * baseline on, in order, one a day.
 * (A measure id used twice, here or anywhere in the strategy, is reported by the uniqueness check.)
 */
export function checkMeasures(s: LoadedStrategy): void {
  const file = s.measures;
  if (!file) return;
  list(record(file.data)["measures"]).forEach((item, i) => {
    const measure = record(item);
    const at: DataPath = ["measures", i];
    _checkTarget(file, measure, at);
    _checkValues(file, measure, at);
    if (text(measure["unit"])?.trim() === "%") _checkPercentages(file, measure, at);
  });
}

function _checkTarget(file: SourceFile, measure: Record<string, unknown>, at: DataPath): void {
  const baseline = record(measure["baseline"]);
  const target = record(measure["target"]);
  const from = isoDate(baseline["date"]);
  const by = isoDate(target["date"]);
  if (from && by && by <= from) {
    file.reportAt([...at, "target", "date"], "error", `the target date ${by} is ${by === from ? "the same as" : "before"} the baseline date ${from}`, "A target is reached after the baseline it is measured from: set a later target date, or correct the baseline's.");
  }
  const start = baseline["value"];
  const goal = target["value"];
  const direction = measure["direction"];
  if (typeof start !== "number" || typeof goal !== "number" || (direction !== "up" && direction !== "down")) return;
  const worse = direction === "up" ? goal < start : goal > start;
  if (worse) {
    file.reportAt([...at, "target", "value"], "warning", `the target ${goal} is ${direction === "up" ? "below" : "above"} the baseline ${start}, but ${direction === "up" ? "higher" : "lower"} is better for this measure`, `Check the target, or set \`direction: ${direction === "up" ? "down" : "up"}\` if ${direction === "up" ? "lower" : "higher"} is better.`);
  }
}

function _checkValues(file: SourceFile, measure: Record<string, unknown>, at: DataPath): void {
  const from = isoDate(record(measure["baseline"])["date"]);
  const seen = new Map<string, number>();
  let previous: string | null = null;
  list(measure["values"]).forEach((item, j) => {
    const date = isoDate(record(item)["date"]);
    if (!date) return;
    const path = [...at, "values", j, "date"];
    if (from && date < from) {
      file.reportAt(path, "error", `the value is dated ${date}, before the baseline date ${from}`, "Values are recorded from the baseline on: correct the date, or make this value the baseline.");
    }
    const twin = seen.get(date);
    if (twin !== undefined) {
      file.reportAt(path, "error", `a value is already recorded for ${date} (value ${twin + 1} of this measure)`, "Record one value a date: remove one of them, or correct its date.");
    } else seen.set(date, j);
    if (previous && date < previous) {
      file.reportAt(path, "warning", `values are out of order: ${date} comes after ${previous}`, "Keep values oldest first: add each new value at the end of the list.");
    }
    previous = date;
  });
}

/** A percentage of people or cases lies from 0 to 100; anything else is most likely a count typed in the wrong measure. */
function _checkPercentages(file: SourceFile, measure: Record<string, unknown>, at: DataPath): void {
  const points: [DataPath, unknown][] = [
    [[...at, "baseline", "value"], record(measure["baseline"])["value"]],
    [[...at, "target", "value"], record(measure["target"])["value"]],
    ...list(measure["values"]).map((v, j): [DataPath, unknown] => [[...at, "values", j, "value"], record(v)["value"]]),
  ];
  for (const [path, value] of points) {
    if (typeof value === "number" && (value < 0 || value > 100)) {
      file.reportAt(path, "error", `${value} is not a percentage from 0 to 100, but the measure's unit is "%"`, "Write the percentage (e.g. 62.5 for 62.5%), or give the measure the unit its figures are in.");
    }
  }
}
