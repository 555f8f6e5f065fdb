import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { StrategyModel } from "../model/index.ts";
import { renderReport, type RenderOptions } from "./render.ts";

/**
 * Writes every board report of a strategy to `<dir>/reports/<id>.pdf`, and the latest again as
 * `latest.pdf` so a link to "the current paper" never changes. Returns the files written.
 */
export async function writeReportPdfs(strategy: StrategyModel, dir: string, options: RenderOptions = {}): Promise<string[]> {
  if (!strategy.reports.length) return [];
  const reportsDir = join(dir, "reports");
  mkdirSync(reportsDir, { recursive: true });
  const written: string[] = [];
  for (const report of strategy.reports) {
    const file = join(reportsDir, `${report.id}.pdf`);
    writeFileSync(file, await renderReport(strategy, report.id, options));
    written.push(file);
  }
  if (strategy.latestReport) {
    const latest = join(reportsDir, "latest.pdf");
    copyFileSync(join(reportsDir, `${strategy.latestReport.id}.pdf`), latest);
    written.push(latest);
  }
  return written;
}
