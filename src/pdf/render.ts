import { longDate, type Report, type StrategyModel } from "../model/index.ts";
import { collect, createDocument } from "./document.ts";
import { UnknownReportError } from "./errors.ts";
import { drawPageFurniture } from "./furniture.ts";
import type { Paper } from "./paper.ts";
import { appendixSection } from "./sections/appendix.ts";
import { changesSection } from "./sections/changes.ts";
import { coverSection } from "./sections/cover.ts";
import { exceptionsSection } from "./sections/exceptions.ts";
import { summarySection } from "./sections/summary.ts";
import { themesSection } from "./sections/themes.ts";

/** The paper's sections, in the order the board reads them. */
const SECTIONS: readonly ((paper: Paper) => void)[] = [coverSection, summarySection, exceptionsSection, changesSection, themesSection, appendixSection];

export function findReport(strategy: StrategyModel, reportId: string): Report {
  const report = strategy.reports.find((r) => r.id === reportId);
  if (!report) {
    const known = strategy.reports.map((r) => `"${r.id}"`).join(", ") || "none";
    throw new UnknownReportError(`strategy "${strategy.id}" has no report "${reportId}" (its reports: ${known})`);
  }
  return report;
}

/** Renders one board report as a tagged PDF. The same model gives the same bytes. */
export async function renderReport(strategy: StrategyModel, reportId: string): Promise<Buffer> {
  const report = findReport(strategy, reportId);
  const doc = createDocument(strategy, report);
  const bytes = collect(doc);
  const root = doc.struct("Document", { lang: strategy.meta.language, title: report.title });
  doc.addStructure(root);
  const paper: Paper = { doc, strategy, report, root };
  for (const section of SECTIONS) section(paper);
  root.end();
  drawPageFurniture(
    doc,
    { left: strategy.meta.short_title ?? strategy.meta.title, right: report.title },
    `${report.board}, ${longDate(report.meeting)}`,
  );
  doc.end();
  return bytes;
}
