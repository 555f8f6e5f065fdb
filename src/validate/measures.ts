import type { LoadedStrategy } from "../load/content-folder.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import { isoDate, list, record, text } from "./raw.ts";

/**
 * measures.yaml beyond its schema (which marks the theme, objective, action and lead a measure names, for
 * references.ts): a measure names at most one place; it has a target; its target comes after its
 * baseline and lies the better way from it; a period has one target; a tolerance is an amount and its
 * green no wider than its amber; its values (and each comparator's) are dated from the baseline on, in
 * order, one a day. (A measure id used twice, here or anywhere in the strategy, is reported by the
 * uniqueness check.)
 */
export function checkMeasures(s: LoadedStrategy): void {
  const file = s.measures;
  if (!file) return;
  _checkTolerance(file, record(record(file.data)["tolerance"]), ["tolerance"]);
  list(record(file.data)["measures"]).forEach((item, i) => {
    const measure = record(item);
    const at: DataPath = ["measures", i];
    _checkOnePlace(file, measure, at);
    if (!("target" in measure) && !("targets" in measure)) {
      file.reportAt(
        [...at, "id"],
        "error",
        `measure "${text(measure["id"]) ?? i + 1}" has no target`,
        "Give `target: { date, value }` for one end target, or `targets:` with a `{ period, value }` for each year, quarter or month.",
      );
    }
    _checkTarget(file, measure, at);
    _checkPeriodTargets(file, measure, at);
    _checkTolerance(file, record(measure["tolerance"]), [...at, "tolerance"]);
    _checkValues(file, measure, at);
    list(measure["comparators"]).forEach((c, j) => _checkValues(file, record(c), [...at, "comparators", j]));
    if (text(measure["unit"])?.trim() === "%") _checkPercentages(file, measure, at);
  });
}

const _PLACES = ["theme", "objective", "action"] as const;

/** A measure belongs to one place at most: the theme, objective or action it names (each checked to exist by references.ts). */
function _checkOnePlace(file: SourceFile, measure: Record<string, unknown>, at: DataPath): void {
  const named = _PLACES.filter((field) => text(measure[field]));
  if (named.length > 1) {
    file.reportAt(
      [...at, named[1] ?? "theme"],
      "error",
      `a measure belongs to one place, but this one names ${named.map((f) => `\`${f}\``).join(" and ")}`,
      "Keep the narrowest: a measure on an action or objective is shown under its theme too.",
    );
  }
}

/** One target a period: two for the same year, quarter or month leave the rating unsaid. */
function _checkPeriodTargets(file: SourceFile, measure: Record<string, unknown>, at: DataPath): void {
  const seen = new Map<string, number>();
  list(measure["targets"]).forEach((t, j) => {
    const period = text(record(t)["period"]);
    if (!period) return;
    const first = seen.get(period);
    if (first !== undefined)
      file.reportAt(
        [...at, "targets", j, "period"],
        "error",
        `a target is already set for ${period} (target ${first + 1} of this measure)`,
        "Set one target a period: remove one of them, or correct its period.",
      );
    else seen.set(period, j);
  });
}

/**
 * Each tolerance is an amount (a number from 0, or a percentage such as "5%"), and a green tolerance wider
 * than the amber would leave nothing at risk: both in the same terms, green must be the narrower.
 */
function _checkTolerance(file: SourceFile, tolerance: Record<string, unknown>, at: DataPath): void {
  const [green, amber] = [tolerance["green"], tolerance["amber"]];
  for (const [band, amount] of [
    ["green", green],
    ["amber", amber],
  ] as const) {
    const ok =
      amount === undefined ||
      (typeof amount === "number" && amount >= 0) ||
      (typeof amount === "string" && /^\d+(\.\d+)?%$/.test(amount));
    if (!ok)
      file.reportAt(
        [...at, band],
        "error",
        `the ${band} tolerance ${JSON.stringify(amount)} is not an amount`,
        'Give a number in the measure\'s unit (2 for 2 percentage points, 5 for 5 people), or a percentage of the target with a % sign, e.g. "5%".',
      );
  }
  const percent = (v: unknown) => (typeof v === "string" && /^\d+(\.\d+)?%$/.test(v) ? Number(v.slice(0, -1)) : null);
  const same =
    typeof green === "number" && typeof amber === "number"
      ? [green, amber]
      : percent(green) !== null && percent(amber) !== null
        ? [percent(green), percent(amber)]
        : null;
  if (same && (same[0] ?? 0) > (same[1] ?? 0)) {
    file.reportAt(
      [...at, "green"],
      "error",
      `the green tolerance ${String(green)} is wider than the amber tolerance ${String(amber)}`,
      "Green is the smaller shortfall still on track; amber the larger one that is at risk. Swap them, or correct one.",
    );
  }
}

function _checkTarget(file: SourceFile, measure: Record<string, unknown>, at: DataPath): void {
  const baseline = record(measure["baseline"]);
  const target = record(measure["target"]);
  const from = isoDate(baseline["date"]);
  const by = isoDate(target["date"]);
  if (from && by && by <= from) {
    file.reportAt(
      [...at, "target", "date"],
      "error",
      `the target date ${by} is ${by === from ? "the same as" : "before"} the baseline date ${from}`,
      "A target is reached after the baseline it is measured from: set a later target date, or correct the baseline's.",
    );
  }
  const start = baseline["value"];
  const goal = target["value"];
  const direction = measure["direction"];
  if (typeof start !== "number" || typeof goal !== "number" || (direction !== "up" && direction !== "down")) return;
  const worse = direction === "up" ? goal < start : goal > start;
  if (worse) {
    file.reportAt(
      [...at, "target", "value"],
      "warning",
      `the target ${goal} is ${direction === "up" ? "below" : "above"} the baseline ${start}, but ${direction === "up" ? "higher" : "lower"} is better for this measure`,
      `Check the target, or set \`direction: ${direction === "up" ? "down" : "up"}\` if ${direction === "up" ? "lower" : "higher"} is better.`,
    );
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
      file.reportAt(
        path,
        "error",
        `the value is dated ${date}, before the baseline date ${from}`,
        "Values are recorded from the baseline on: correct the date, or make this value the baseline.",
      );
    }
    const twin = seen.get(date);
    if (twin !== undefined) {
      file.reportAt(
        path,
        "error",
        `a value is already recorded for ${date} (value ${twin + 1} of this measure)`,
        "Record one value a date: remove one of them, or correct its date.",
      );
    } else seen.set(date, j);
    if (previous && date < previous) {
      file.reportAt(
        path,
        "warning",
        `values are out of order: ${date} comes after ${previous}`,
        "Keep values oldest first: add each new value at the end of the list.",
      );
    }
    previous = date;
  });
}

/** A percentage of people or cases lies from 0 to 100; anything else is most likely a count typed in the wrong measure. */
function _checkPercentages(file: SourceFile, measure: Record<string, unknown>, at: DataPath): void {
  const each = (field: string, base: DataPath = at, within: Record<string, unknown> = measure) =>
    list(within[field]).map((v, j): [DataPath, unknown] => [[...base, field, j, "value"], record(v)["value"]]);
  const points: [DataPath, unknown][] = [
    [[...at, "baseline", "value"], record(measure["baseline"])["value"]],
    ...("target" in measure
      ? [[[...at, "target", "value"], record(measure["target"])["value"]] as [DataPath, unknown]]
      : []),
    ...each("targets"),
    ...each("values"),
    ...list(measure["comparators"]).flatMap((c, j) => each("values", [...at, "comparators", j], record(c))),
  ];
  for (const [path, value] of points) {
    if (typeof value === "number" && (value < 0 || value > 100)) {
      file.reportAt(
        path,
        "error",
        `${value} is not a percentage from 0 to 100, but the measure's unit is "%"`,
        "Write the percentage (e.g. 62.5 for 62.5%), or give the measure the unit its figures are in.",
      );
    }
  }
}
