import { longDate, scaleOf, type Report, type StrategyModel } from "../model/index.ts";
import type { PaperContent } from "./content.ts";
import { UnknownReportError } from "./errors.ts";
import type { Paper, PaperLinks } from "./paper.ts";
import { actionsAppendix } from "./sections/appendix.ts";
import { appendicesSection } from "./sections/appendices.ts";
import { backgroundSection } from "./sections/background.ts";
import { changesSection, decisionsAppendix, hasFollowedDecisions } from "./sections/changes.ts";
import { coverSection } from "./sections/cover.ts";
import { exceptionsSection } from "./sections/exceptions.ts";
import { implicationsSection } from "./sections/implications.ts";
import { hasMeasures, measuresSection } from "./sections/measures.ts";
import { purposeSection } from "./sections/purpose.ts";
import { recommendationsSection } from "./sections/recommendations.ts";
import { hasRiskRegister, riskRegisterAppendix, risksSection } from "./sections/risks.ts";
import { hasTrend, summarySection, trendAppendix } from "./sections/summary.ts";

interface _Section {
  key: string;
  draw: (paper: Paper) => void;
  applies?: (paper: Paper) => boolean;
}
/** An appendix, titled in the strategy's words. */
interface _Appendix extends _Section {
  title: (paper: Paper) => string;
}

/**
 * The body of the paper in the order English Health and Wellbeing Board papers use: what the
 * Board needs to read and decide on. Sections are numbered in this order among those that apply: a
 * strategy without measures has no Measures section, and Implications becomes 7.
 */
const SECTIONS: readonly _Section[] = [
  { key: "purpose", draw: purposeSection },
  { key: "recommendations", draw: recommendationsSection },
  { key: "summary", draw: summarySection },
  { key: "exceptions", draw: exceptionsSection },
  { key: "changes", draw: changesSection },
  { key: "risks", draw: risksSection },
  { key: "measures", draw: measuresSection, applies: hasMeasures },
  { key: "implications", draw: implicationsSection, applies: (p) => p.strategy.paper.implications.length > 0 },
  { key: "background", draw: backgroundSection },
];

/** The full tables, lettered A, B … in this order among those that apply, each listed in the body. */
const APPENDICES: readonly _Appendix[] = [
  {
    key: "appendix-actions",
    title: (p) => `Progress of every ${p.strategy.words.action.lower}`,
    draw: actionsAppendix,
  },
  { key: "appendix-risks", title: () => "Risk register", draw: riskRegisterAppendix, applies: hasRiskRegister },
  {
    key: "appendix-decisions",
    title: () => "Decisions of the last meeting and what followed",
    draw: decisionsAppendix,
    applies: hasFollowedDecisions,
  },
  { key: "appendix-trend", title: () => "Changes from report to report", draw: trendAppendix, applies: hasTrend },
];

export interface PaperOptions {
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

/** Each report's page, PDF and Word edition keep their addresses for good: a later report never takes them over. */
export function paperLinks(strategy: StrategyModel, report: Report, siteHome = `/${strategy.id}/`): PaperLinks {
  const base = `${siteHome}reports/${report.id}`;
  return { strategy: siteHome, report: `${base}/`, pdf: `${base}.pdf`, docx: `${base}.docx` };
}

/** What one board paper says, section by section: computed once, drawn by the PDF and the Word edition alike. */
export function paperContent(strategy: StrategyModel, reportId: string, options: PaperOptions = {}): PaperContent {
  const report = findReport(strategy, reportId);
  const paper: Paper = {
    strategy,
    report,
    links: paperLinks(strategy, report, options.siteHome),
    numbering: { sections: new Map(), appendices: new Map(), current: 0, paragraph: 0 },
    sections: [],
  };
  const appendices = APPENDICES.filter((a) => a.applies?.(paper) ?? true);
  appendices.forEach((a, i) => paper.numbering.appendices.set(a.key, String.fromCharCode(65 + i)));
  const body = [
    ...SECTIONS.filter((s) => s.applies?.(paper) ?? true),
    {
      key: "appendices",
      draw: (p: Paper) => appendicesSection(p, new Map(appendices.map((a) => [a.key, a.title(p)]))),
    },
  ];
  body.forEach((s, i) => paper.numbering.sections.set(s.key, i + 1));
  coverSection(paper);
  for (const section of [...body, ...appendices]) section.draw(paper);
  return {
    title: report.title,
    language: strategy.meta.language,
    scale: { words: scaleOf(strategy).words, colours: scaleOf(strategy).colours, ratings: scaleOf(strategy).ratings },
    bodySize: strategy.paper.bodySize,
    properties: {
      author: report.author?.name ?? report.lead_organisation ?? strategy.meta.organisations[0]?.name ?? report.board,
      subject: `${strategy.meta.title}: progress report to ${report.board}, ${report.meeting}`,
      keywords: [strategy.meta.short_title ?? strategy.meta.title, report.board, "progress report"].join(", "),
      date: report.meeting,
    },
    header: { left: strategy.meta.short_title ?? strategy.meta.title, right: report.title },
    footer: `${report.status === "draft" ? "Draft · " : ""}${report.board}, ${longDate(report.meeting)}`,
    sections: paper.sections,
  };
}
