import { StrategyPressError } from "../errors.ts";
import type { SourceFile } from "../load/source-file.ts";
import type { UpdateContent } from "../model/content.ts";
import { list, record, text } from "../validate/raw.ts";
import { insertAfterLine, isBlockItem, textScalar } from "./insert-lines.ts";

export class UpdateError extends StrategyPressError {
  override name = "UpdateError";
}

/**
 * Adds a progress update to the end of an action's `updates` in the plan file that holds it (plan.yaml,
 * or a file under plan/: see findAction) by inserting text, so
 * every comment, blank line and quoting choice the author made stays exactly as it was.
 */
export function appendUpdate(plan: SourceFile, actionId: string, update: UpdateContent): string {
  const actions = list(record(plan.data)["actions"]);
  const index = actions.findIndex((a) => text(record(a)["id"]) === actionId);
  if (index < 0) throw new UpdateError(`there is no action "${actionId}" in ${plan.path}`);
  const updates = list(record(actions[index])["updates"]);
  const action = plan.span(["actions", index]);
  if (!action) throw new UpdateError(`could not find action "${actionId}" in ${plan.path}`);

  if (updates.length > 0) {
    const last = plan.span(["actions", index, "updates", updates.length - 1]);
    if (!last || !isBlockItem(plan.text, last.start)) throw new UpdateError(`the updates of "${actionId}" are not a block list (one "- date: …" item per update); write them that way to add one`);
    return insertAfterLine(plan.text, last.end, _item(update, last.column - 3));
  }
  if ("updates" in record(actions[index])) throw new UpdateError(`the updates of "${actionId}" are written inline (updates: []); replace that line with "updates:" to add one`);
  const indent = " ".repeat(action.column - 1);
  return insertAfterLine(plan.text, action.end, `${indent}updates:\n${_item(update, action.column + 1)}`);
}

/** One update as a block list item, its dash at `dashColumn` (0-based). */
function _item(update: UpdateContent, dashColumn: number): string {
  const pad = " ".repeat(Math.max(0, dashColumn));
  const fields: [string, string | number | undefined][] = [
    ["date", update.date],
    ["status", update.status],
    ["percent", update.percent],
    ["note", update.note],
    ["by", update.by],
    ["report", update.report],
  ];
  return fields
    .filter((f): f is [string, string | number] => f[1] !== undefined)
    .map(([key, value], i) => `${pad}${i === 0 ? "- " : "  "}${key}: ${_scalar(key, value)}`)
    .join("\n");
}

/** Plain where that is safe to read back, double-quoted (JSON is valid YAML) otherwise. */
function _scalar(key: string, value: string | number): string {
  if (typeof value === "number") return String(value);
  if (key === "date" || key === "status") return value;
  // Report ids often look like dates or numbers ("2015-09"): always quote them.
  if (key === "report") return JSON.stringify(value);
  return textScalar(value);
}
