import { longDate, type Report, type StrategyModel } from "../model/index.ts";
import { collect, createDocument } from "./document.ts";
import { UnknownReportError } from "./errors.ts";
import { drawPageFurniture } from "./furniture.ts";
import type { Paper, PaperLinks } from "./paper.ts";
import { appendixSection } from "./sections/appendix.ts";
import { backgroundSection } from "./sections/background.ts";
import { changesSection } from "./sections/changes.ts";
import { coverSection } from "./sections/cover.ts";
import { exceptionsSection } from "./sections/exceptions.ts";
import { implicationsSection } from "./sections/implications.ts";
import { hasMeasures, measuresSection } from "./sections/measures.ts";
import { purposeSection } from "./sections/purpose.ts";
import { recommendationsSection } from "./sections/recommendations.ts";
import { risksSection } from "./sections/risks.ts";
import { summarySection } from "./sections/summary.ts";

interface _Section { key: string | null; draw: (paper: Paper) => void; applies?: (paper: Paper) => boolean }

/**
 * The paper's sections in the order English Health and Wellbeing Board papers use. Numbered
 * sections are numbered in this order among those that apply: a strategy without measures has no
 * Measures section, and Implications becomes 7.
 */
const SECTIONS: readonly _Section[] = [
  { key: null, draw: coverSection },
  { key: "purpose", draw: purposeSection },
  { key: "recommendations", draw: recommendationsSection },
  { key: "summary", draw: summarySection },
  { key: "exceptions", draw: exceptionsSection },
  { key: "changes", draw: changesSection },
  { key: "risks", draw: risksSection },
  { key: "measures", draw: measuresSection, applies: hasMeasures },
  { key: "implications", draw: implicationsSection },
  { key: "background", draw: backgroundSection },
  { key: null, draw: appendixSection },
];

export interface RenderOptions {
  /** The strategy's home page on the published site, ending in "/" (absolute where the site has a base address). */
  siteHome?: string;
}

export function findReport(strategy: StrategyModel, reportId: string): Report {
  const report = strategy.reports.find((r) => r.id === reportId);
  if (!report) {
    const known = strategy.reports.map((r) => `"${r.id}"`).join(", ") || "none";
    throw new UnknownReportError(`strategy "${strategy.id}" has no report "${reportId}" (its reports: ${known})`);
  }
  return report;
}

/** Each report's page and PDF keep their addresses for good: a later report never takes them over. */
export function paperLinks(strategy: StrategyModel, report: Report, siteHome = `/${strategy.id}/`): PaperLinks {
  return { strategy: siteHome, report: `${siteHome}reports/${report.id}/`, pdf: `${siteHome}reports/${report.id}.pdf` };
}

/** Renders one board report as a tagged PDF. The same model gives the same bytes. */
export async function renderReport(strategy: StrategyModel, reportId: string, options: RenderOptions = {}): Promise<Buffer> {
  const report = findReport(strategy, reportId);
  const doc = createDocument(strategy, report);
  const bytes = collect(doc);
  const root = doc.struct("Document", { lang: strategy.meta.language, title: report.title });
  doc.addStructure(root);
  const paper: Paper = { doc, strategy, report, root, links: paperLinks(strategy, report, options.siteHome), numbering: { sections: new Map(), current: 0, paragraph: 0 } };
  const drawn = SECTIONS.filter((s) => s.applies?.(paper) ?? true);
  drawn.filter((s) => s.key !== null).forEach((s, i) => paper.numbering.sections.set(s.key as string, i + 1));
  for (const section of drawn) section.draw(paper);
  root.end();
  drawPageFurniture(
    doc,
    { left: strategy.meta.short_title ?? strategy.meta.title, right: report.title },
    `${report.status === "draft" ? "Draft · " : ""}${report.board}, ${longDate(report.meeting)}`,
  );
  doc.end();
  return bytes;
}
