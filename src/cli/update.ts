import { join, resolve } from "node:path";
import { ContentError, UsageError } from "../errors.ts";
import { loadContent, type LoadedContent } from "../load/content-folder.ts";
import { findAction } from "../load/plan-actions.ts";
import { SourceFile } from "../load/source-file.ts";
import { writeFileAtomically } from "../output/write-file.ts";
import { STATUSES, type Status, type UpdateContent } from "../model/content.ts";
import { appendUpdate } from "../update/append-update.ts";
import { validateContent } from "../validate/index.ts";
import { list, record, text } from "../validate/raw.ts";
import type { Command } from "./command.ts";

export const updateCommand: Command = {
  name: "update",
  usage: "strategy-press update <strategy> <action> --status <status> --note <text> [--percent n] [--date YYYY-MM-DD] [--by name] [--report id]",
  summary: "Record a progress update on an action, keeping its plan file's comments and layout.",
  flags: {
    status: { value: true, description: STATUSES.join(", ") },
    note: { value: true, description: "what happened and what comes next" },
    percent: { value: true, description: "0 to 100" },
    date: { value: true, description: "the update's date (default today)" },
    by: { value: true, description: "who gave the update" },
    report: { value: true, description: "the board report it counts in (default: the one whose period holds the date)" },
    content: { value: true, description: "content folder (default content)" },
  },
  async run({ args, flags, output, cwd }) {
    const [strategyId, actionId] = args;
    if (!strategyId || !actionId) throw new UsageError("name the strategy and the action");
    const loaded = loadContent(join(resolve(cwd, _string(flags["content"]) ?? "content"), strategyId), cwd);
    const before = validateContent(loaded);
    if (before.errors) throw new ContentError(before.diagnostics, "Fix these errors before adding an update");
    const strategy = loaded.strategies[0];
    if (!strategy?.plan) throw new UsageError(`there is no strategy "${strategyId}"`);
    // plan.yaml, or the file under plan/ that holds the action.
    const plan = findAction(strategy, actionId)?.file ?? strategy.plan;

    const update = _update(flags, loaded);
    const after = new SourceFile(plan.path, new TextEncoder().encode(appendUpdate(plan, actionId, update)));
    const checked = validateContent(_withFile(loaded, plan, after));
    // Never write a file that cannot be read back cleanly.
    if (checked.errors) throw new ContentError(checked.diagnostics.filter((d) => d.severity === "error"), "The update was not added");
    writeFileAtomically(resolve(cwd, plan.path), after.text);
    output.out(`✓ ${actionId}: ${update.status}${update.percent === undefined ? "" : ` (${update.percent}%)`} on ${update.date}${update.report ? `, counted in report ${update.report}` : ""} — added to ${plan.path}`);
    return 0;
  },
};

function _update(flags: Record<string, string | boolean | undefined>, loaded: LoadedContent): UpdateContent {
  const status = _string(flags["status"]);
  const note = _string(flags["note"]);
  if (!status || !(STATUSES as readonly string[]).includes(status)) throw new UsageError(`--status must be one of ${STATUSES.join(", ")}`);
  if (!note) throw new UsageError("--note is required: say what happened and what comes next");
  const percent = _string(flags["percent"]);
  if (percent !== undefined && !/^(100|[1-9]?\d)$/.test(percent)) throw new UsageError("--percent must be a whole number from 0 to 100");
  const date = _string(flags["date"]) ?? new Date().toISOString().slice(0, 10);
  const update: UpdateContent = { date, status: status as Status, note };
  if (percent !== undefined) update.percent = Number(percent);
  const by = _string(flags["by"]);
  if (by) update.by = by;
  const report = _string(flags["report"]) ?? _reportFor(loaded, date);
  if (report) update.report = report;
  return update;
}

/** The report whose period holds the date, so the update is counted where a reader expects it. */
function _reportFor(loaded: LoadedContent, date: string): string | undefined {
  const reports = list(record(loaded.strategies[0]?.reports?.data)["reports"]).map(record);
  const holding = reports.find((r) => {
    const period = record(r["period"]);
    return (text(period["start"]) ?? "9999") <= date && date <= (text(period["end"]) ?? "0000");
  });
  return text(holding?.["id"]) ?? undefined;
}

/** The content as it would be with one plan file (plan.yaml or one under plan/) replaced. */
function _withFile(loaded: LoadedContent, before: SourceFile, after: SourceFile): LoadedContent {
  const [first, ...rest] = loaded.strategies;
  if (!first) return loaded;
  const swap = (file: SourceFile | null) => (file === before ? after : file);
  return { ...loaded, strategies: [{ ...first, plan: swap(first.plan), actionFiles: first.actionFiles.map((f) => swap(f) ?? f) }, ...rest] };
}

function _string(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}
