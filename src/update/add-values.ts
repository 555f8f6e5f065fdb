import type { LoadedStrategy } from "../load/content-folder.ts";
import { SourceFile } from "../load/source-file.ts";
import { appendValue, type NewValue } from "./append-value.ts";

export interface NewMeasureValue {
  measureId: string;
  value: NewValue;
}

/**
 * The new text of each strategy's measures.yaml that gains values (from the measures sheets of returns),
 * each added at the end of its measure's values by inserting text, so comments and layout stay; for
 * editContent to check and write with the plans' updates, all or nothing.
 */
export function withValues(changes: ReadonlyMap<LoadedStrategy, readonly NewMeasureValue[]>): Map<SourceFile, string> {
  const edited = new Map<SourceFile, string>();
  for (const [strategy, values] of changes) {
    const file = strategy.measures;
    if (!file || values.length === 0) continue;
    let current = file;
    // Oldest first, so the values stay in date order however the rows were ordered.
    for (const { measureId, value } of [...values].sort((a, b) =>
      a.value.date < b.value.date ? -1 : a.value.date > b.value.date ? 1 : 0,
    )) {
      current = new SourceFile(current.path, new TextEncoder().encode(appendValue(current, measureId, value)));
    }
    edited.set(file, current.text);
  }
  return edited;
}
