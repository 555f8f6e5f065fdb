import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { StrategyModel } from "../model/index.ts";
import { renderReportDocx } from "../docx/index.ts";
import { renderReport, type RenderOptions } from "./render.ts";

/**
 * Writes every board report of a strategy to `<dir>/reports/<id>.pdf` and `<id>.docx`, and the latest PDF again as
 * `latest.pdf` so a link to "the current paper" never changes. Returns the files written.
 */
export async function writeReportPdfs(
  strategy: StrategyModel,
  dir: string,
  options: RenderOptions = {},
): Promise<string[]> {
  if (!strategy.reports.length) return [];
  const reportsDir = join(dir, "reports");
  mkdirSync(reportsDir, { recursive: true });
  const written: string[] = [];
  for (const report of strategy.reports) {
    const file = join(reportsDir, `${report.id}.pdf`);
    writeFileSync(file, await renderReport(strategy, report.id, options));
    written.push(file);
    // Its Word edition beside it, for the council's committee system.
    const docx = join(reportsDir, `${report.id}.docx`);
    writeFileSync(docx, await renderReportDocx(strategy, report.id, options));
    written.push(docx);
  }
  if (strategy.latestReport) {
    const latest = join(reportsDir, "latest.pdf");
    copyFileSync(join(reportsDir, `${strategy.latestReport.id}.pdf`), latest);
    written.push(latest);
  }
  return written;
}
