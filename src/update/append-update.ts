import type { SourceFile } from "../load/source-file.ts";
import type { UpdateContent } from "../model/content.ts";
import { appendListItem, textScalar } from "./append-item.ts";

/**
 * Adds a progress update to the end of an action's `updates` in the plan file that holds it (plan.yaml,
 * or a file under plan/: see findAction) by inserting text, so
 * every comment, blank line and quoting choice the author made stays exactly as it was.
 */
export function appendUpdate(plan: SourceFile, actionId: string, update: UpdateContent): string {
  const place = {
    entries: "actions",
    entry: "action",
    id: actionId,
    field: "updates",
    itemShape: '"- date: …" item per update',
  };
  return appendListItem(plan, place, (dashColumn) => _item(update, dashColumn));
}

/** One update as a block list item, its dash at `dashColumn` (0-based). */
function _item(update: UpdateContent, dashColumn: number): string {
  const pad = " ".repeat(Math.max(0, dashColumn));
  const fields: [string, string | number | undefined][] = [
    ["date", update.date],
    ["status", update.status],
    ["stage", update.stage],
    ["percent", update.percent],
    ["note", update.note],
    ["by", update.by],
    ["report", update.report],
    ["reason", update.reason],
    ["recovery", update.recovery],
    ["revised_due", update.revised_due],
    ["request", update.request],
  ];
  return fields
    .filter((f): f is [string, string | number] => f[1] !== undefined)
    .map(([key, value], i) => `${pad}${i === 0 ? "- " : "  "}${key}: ${_scalar(key, value)}`)
    .join("\n");
}

/** Plain where that is safe to read back, double-quoted (JSON is valid YAML) otherwise. */
function _scalar(key: string, value: string | number): string {
  if (typeof value === "number") return String(value);
  if (key === "date" || key === "status" || key === "stage" || key === "revised_due") return value;
  // Report ids often look like dates or numbers ("2015-09"): always quote them.
  if (key === "report") return JSON.stringify(value);
  return textScalar(value);
}
