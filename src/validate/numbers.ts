import type { LoadedStrategy } from "../load/content-folder.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import type { Diagnostic } from "../diagnostic/diagnostic.ts";
import { list, record, text } from "./raw.ts";

/** The largest figure content may give, either side of zero: far beyond any count, rate or budget a council reports. */
export const LARGEST_FIGURE = 1e12;

/**
 * Every number in a content file is a figure someone could publish: `.inf`, `.nan` or 1.7e308 would be
 * drawn as a chart point nowhere (y="NaN") and printed as "∞ people", so each is an error where it is written.
 * Returns those errors, so that they can stand alone at their place (see `withoutFollowOns`).
 */
export function checkNumbers(file: SourceFile): Diagnostic[] {
  const refused: Diagnostic[] = [];
  const stack: { value: unknown; path: DataPath }[] = [{ value: file.data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: DataPath };
    if (typeof value === "number") {
      if (!Number.isFinite(value))
        refused.push(
          file.reportAt(
            path,
            "error",
            `${Number.isNaN(value) ? "not a number (.nan)" : "infinity (.inf)"} is not a figure`,
            "Give the figure itself, or leave the field out.",
          ),
        );
      else if (Math.abs(value) > LARGEST_FIGURE)
        refused.push(
          file.reportAt(
            path,
            "error",
            `${value} is too large to be a real figure (at most ${LARGEST_FIGURE.toExponential()} either side of zero)`,
            "Check the number: a digit or an exponent too many?",
          ),
        );
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    for (const [key, child] of Object.entries(value))
      if (child !== null && (typeof child === "object" || typeof child === "number"))
        stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
  }
  return refused;
}

/**
 * The diagnostics without what other checks said of a number already refused as no figure: `.inf` is
 * "infinity is not a figure", not also "must be a number; found null" (the schema sees JSON, where it
 * has no spelling) and "Infinity is not a percentage". One mistake, one message.
 */
export function withoutFollowOns(diagnostics: readonly Diagnostic[], refused: readonly Diagnostic[]): Diagnostic[] {
  const at = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}`;
  const places = new Set(refused.map(at));
  const kept = new Set(refused);
  return diagnostics.filter((d) => kept.has(d) || !places.has(at(d)));
}

/**
 * A measure that counts things (its unit a plain word: people, beds, referrals) cannot go below zero; a
 * unit of change, difference, balance, a score or money ("£", "net change") can, and is left alone.
 */
export function checkCounts(s: LoadedStrategy): void {
  const file = s.measures;
  if (!file) return;
  list(record(file.data)["measures"]).forEach((measure, i) => {
    const unit = text(record(measure)["unit"]);
    if (!unit || !_isCount(unit)) return;
    const at: DataPath[] = [["baseline"], ["target"]];
    list(record(measure)["values"]).forEach((_, j) => at.push(["values", j]));
    list(record(measure)["targets"]).forEach((_, j) => at.push(["targets", j]));
    for (const place of at) {
      const value = record(
        place.reduce<unknown>((node, key) => (Array.isArray(node) ? node[key as number] : record(node)[key]), measure),
      )["value"];
      if (typeof value === "number" && value < 0)
        file.reportAt(
          ["measures", i, ...place, "value"],
          "error",
          `${value} ${unit} is below zero, but a count of ${unit} cannot be`,
          'Give the count itself (0 or more); a measure of change needs a unit that says so, such as "net change in people".',
        );
    }
  });
}

function _isCount(unit: string): boolean {
  return (
    /^[a-z][a-z -]*$/i.test(unit.trim()) &&
    !/change|difference|net|balance|gap|score|index|deficit|surplus|variance/i.test(unit)
  );
}
