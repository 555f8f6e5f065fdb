import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { shownDiagnostics } from "../diagnostic/format.ts";
import { ContentError, UsageError } from "../errors.ts";
import type { LoadedStrategy } from "../load/content-folder.ts";
import { buildSite, counted, returnsStatus, type SiteModel } from "../model/index.ts";
import { readModel } from "../pipeline.ts";
import { checkReturns, type ReturnedUpdate } from "../returns/check.ts";
import type { ReturnGrid } from "../returns/read.ts";
import { withUpdates, type NewUpdate } from "../update/add-updates.ts";
import { withValues, type NewMeasureValue } from "../update/add-values.ts";
import { editContent } from "../update/edit-content.ts";
import type { Command, Output } from "./command.ts";

export const importCommand: Command = {
  name: "import",
  usage: "strategy-press import <return files…> [--content dir]",
  summary:
    "Add the progress updates and measures' values from filled-in returns (.xlsx, or .csv and -measures.csv); all or nothing.",
  example: "strategy-press import returns/*.xlsx",
  flags: {
    content: { value: true, description: "content folder the returns were written from", default: "content" },
  },
  async run({ args, flags, output, cwd }) {
    if (args.length === 0) throw new UsageError("give the return files to import, e.g. returns/*.xlsx");
    const contentDir = resolve(cwd, typeof flags["content"] === "string" ? flags["content"] : "content");
    // Loaded here, not at the top: every other command starts faster for not loading exceljs.
    const { readReturn } = await import("../returns/read.ts");
    // Every file is read before any problem is said, so a limit or a misnamed file is reported for all at once.
    const read = await Promise.allSettled(
      args.map((file) => readReturn(resolve(cwd, file), relative(cwd, resolve(cwd, file)) || file)),
    );
    const refused = read.flatMap((r) =>
      r.status === "rejected" && r.reason instanceof ContentError ? r.reason.diagnostics : [],
    );
    const failed = read.find(
      (r): r is PromiseRejectedResult => r.status === "rejected" && !(r.reason instanceof ContentError),
    );
    if (failed && refused.length === 0) throw failed.reason;
    if (refused.length) throw new ContentError(refused, "The returns were not imported");
    const grids = read.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    return _import(contentDir, grids, output, cwd);
  },
};

async function _import(contentDir: string, grids: ReturnGrid[], output: Output, cwd: string): Promise<number> {
  // Every plan's lock is held, as `update` holds one, so an update made meanwhile is neither lost nor lost to us.
  const { checked, written, before } = await editContent(
    {
      contentDir,
      cwd,
      locks: [..._planFiles(contentDir), ..._measureFiles(contentDir)],
      refusedBefore: "The content has errors",
      refused: "The returns were not imported",
      checkAgainstClock: true,
    },
    ({ loaded, content, clock }) => {
      const model = buildSite(content.site, content.strategies, clock);
      const checked = checkReturns(grids, model);
      // All or nothing: one bad row in one file stops every file, so a half-imported quarter never happens.
      if (checked.diagnostics.some((d) => d.severity === "error"))
        throw new ContentError(checked.diagnostics, "The returns were not imported");
      const byStrategy = new Map<LoadedStrategy, NewUpdate[]>();
      for (const u of checked.updates) {
        // By folder, not by position: the model lists strategies by title, the loader by folder name.
        const strategy = loaded.strategies.find((s) => s.folderName === u.strategyId) as LoadedStrategy;
        byStrategy.set(strategy, [...(byStrategy.get(strategy) ?? []), { actionId: u.actionId, update: u.update }]);
      }
      const values = new Map<LoadedStrategy, NewMeasureValue[]>();
      for (const v of checked.values) {
        const strategy = loaded.strategies.find((s) => s.folderName === v.strategyId) as LoadedStrategy;
        values.set(strategy, [...(values.get(strategy) ?? []), { measureId: v.measureId, value: v.value }]);
      }
      const files = new Map([...withUpdates(byStrategy), ...withValues(values)]);
      return { files, result: { checked, written: files.size > 0, before: model } };
    },
  );

  // Warnings (a return read as Windows-1252) are said, and do not stop the import.
  for (const text of shownDiagnostics(checked.diagnostics)) output.err(`${text}\n`);
  const hasValues = checked.values.length + checked.valuesAlreadyImported.length > 0;
  // A return with only measures' values filled in has no updates to speak of.
  if (!hasValues || checked.updates.length + checked.alreadyImported.length > 0)
    for (const line of _summary(checked.updates, checked.alreadyImported)) output.out(line);
  if (hasValues) output.out(_valuesLine(checked.values.length, checked.valuesAlreadyImported.length));
  // Who has returned is read from the plans as now written, so returns imported one at a time all count.
  const now = written ? readModel(contentDir, cwd, { drafts: true }).model : before;
  for (const { strategyId, reportId, organisations } of _notReturned(checked.reports, now)) {
    output.out(
      organisations.length
        ? `  not yet returned for ${strategyId} report ${reportId}: ${organisations.join("; ")}`
        : `  every lead has returned for ${strategyId} report ${reportId}`,
    );
  }
  return 0;
}

/** Every strategy's plan.yaml in a content folder (or the one plan of a strategy folder), in a fixed order. */
function _planFiles(contentDir: string): string[] {
  if (existsSync(join(contentDir, "plan.yaml"))) return [join(contentDir, "plan.yaml")];
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir)
    .sort()
    .map((name) => join(contentDir, name, "plan.yaml"))
    .filter((path) => existsSync(path));
}

/** Each strategy's measures.yaml in a content folder (or the one of a strategy folder), in a fixed order. */
function _measureFiles(contentDir: string): string[] {
  if (existsSync(join(contentDir, "measures.yaml"))) return [join(contentDir, "measures.yaml")];
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir)
    .sort()
    .map((name) => join(contentDir, name, "measures.yaml"))
    .filter((path) => existsSync(path));
}

/** "✓ added 5 measure values (1 already imported before, skipped)". */
function _valuesLine(added: number, skipped: number): string {
  const before = skipped ? ` (${skipped} already imported before, skipped)` : "";
  return added
    ? `✓ added ${counted(added, "measure value")}${before}`
    : `✓ no measure value to add: ${counted(skipped, "value was", "values were")} imported before`;
}

function _summary(added: readonly ReturnedUpdate[], skipped: readonly ReturnedUpdate[]): string[] {
  const lines: string[] = [];
  if (added.length === 0)
    lines.push(
      `✓ nothing to add: ${skipped.length === 0 ? "the returns have no filled-in rows" : `${skipped.length === 1 ? "the" : "all"} ${counted(skipped.length, "filled-in row was", "filled-in rows were")} imported before`}`,
    );
  else
    lines.push(
      `✓ added ${counted(added.length, "update")}${skipped.length ? ` (${skipped.length} already imported before, skipped)` : ""}`,
    );
  const counts = new Map<string, number>();
  for (const u of added) counts.set(u.organisation, (counts.get(u.organisation) ?? 0) + 1);
  for (const [organisation, n] of counts) lines.push(`  ${organisation}: ${counted(n, "update")}`);
  return lines;
}

/** For each report the returns were for, the lead organisations with no update counted in it yet (the model's rule). */
function _notReturned(reports: readonly { strategyId: string; reportId: string }[], model: SiteModel) {
  return reports.map(({ strategyId, reportId }) => {
    const strategy = model.strategies.find((s) => s.id === strategyId);
    const report = strategy?.reports.find((r) => r.id === reportId);
    const missing = strategy && report ? returnsStatus(strategy, report).filter((r) => r.state === "not-returned") : [];
    return { strategyId, reportId, organisations: missing.map((r) => r.organisation) };
  });
}
