import { StrategyPressError } from "../errors.ts";
import { openReport, type Report, type SiteModel, type StrategyModel } from "../model/index.ts";
import { closest } from "../validate/suggest.ts";

/** The strategy a command names, or an error listing the ones there are. */
export function findStrategy(model: SiteModel, id: string): StrategyModel {
  const strategy = model.strategies.find((s) => s.id === id);
  if (strategy) return strategy;
  const known = model.strategies.map((s) => `"${s.id}"`).join(", ") || "none";
  throw new StrategyPressError(`there is no strategy "${id}" (strategies: ${known})`);
}

/** The report a command names; when it names none, the open report (the newest draft), else the latest. */
export function findReport(strategy: StrategyModel, id: string | undefined): Report {
  if (id === undefined) {
    const open = openReport(strategy.reports) ?? strategy.latestReport;
    if (open) return open;
    throw new StrategyPressError(`"${strategy.id}" has no board reports yet: add one to reports.yaml first`);
  }
  const report = strategy.reports.find((r) => r.id === id);
  if (report) return report;
  const near = closest(id, strategy.reports.map((r) => r.id));
  throw new StrategyPressError(`"${strategy.id}" has no report "${id}"${near ? ` — did you mean "${near}"?` : ` (reports: ${strategy.reports.map((r) => `"${r.id}"`).join(", ") || "none"})`}`);
}
