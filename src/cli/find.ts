import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { ContentGapError, UnknownNameError } from "../errors.ts";
import { openReport, type Report, type SiteModel, type StrategyModel } from "../model/index.ts";
import { closest } from "../validate/suggest.ts";

/** The strategy a command names, or an error listing the ones there are. */
export function findStrategy(model: SiteModel, id: string): StrategyModel {
  const strategy = model.strategies.find((s) => s.id === id);
  if (strategy) return strategy;
  const known = model.strategies.map((s) => `"${s.id}"`).join(", ") || "none";
  throw new UnknownNameError(`there is no strategy "${id}" (strategies: ${known})`);
}

/** The report a command names; when it names none, the open report (the newest draft), else the latest. */
export function findReport(strategy: StrategyModel, id: string | undefined): Report {
  if (id === undefined) {
    const open = openReport(strategy.reports) ?? strategy.latestReport;
    if (open) return open;
    throw new ContentGapError(`"${strategy.id}" has no board reports yet: add one to reports.yaml first`);
  }
  const report = strategy.reports.find((r) => r.id === id);
  if (report) return report;
  throw unknownReport(
    strategy.id,
    id,
    strategy.reports.map((r) => r.id),
  );
}

/** The content folder (or strategy folder) a command was given; naming one that is not there is a misuse, as naming an unknown strategy is. */
export function contentFolder(cwd: string, given: string | undefined): string {
  const dir = resolve(cwd, given ?? "content");
  if (!existsSync(dir))
    throw new UnknownNameError(`there is no content folder or strategy folder "${relative(cwd, dir) || given}"`);
  return dir;
}

/** A report id given on the command line that the strategy does not have: the same words as findReport's. */
export function unknownReport(strategyId: string, id: string, known: readonly string[]): UnknownNameError {
  const near = closest(id, known);
  return new UnknownNameError(
    `"${strategyId}" has no report "${id}"${near ? ` — did you mean "${near}"?` : ` (reports: ${known.map((r) => `"${r}"`).join(", ") || "none"})`}`,
  );
}
