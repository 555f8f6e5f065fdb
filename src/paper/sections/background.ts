import type { Paper } from "../paper.ts";
import { numbered, openSection } from "./section.ts";

/** The section's title: it promises background papers only where the report lists some. */
export function backgroundTitle(paper: Paper): string {
  return paper.report.background_papers?.length ? "Background papers and web addresses" : "Web addresses";
}

/** The papers the report draws on, and where the strategy and this report live on the web, each a link. */
export function backgroundSection(paper: Paper): void {
  const { report, links } = paper;
  const papers = report.background_papers ?? [];
  // A report that lists no background papers has said nothing about them: the section gives the addresses only.
  const { sect } = openSection(paper, "background", backgroundTitle(paper));
  // Addresses go on lines of their own, so none is broken after "https://".
  for (const p of papers) numbered(paper, sect, p.url ? [p.title, [{ text: p.url, url: p.url }]] : [p.title]);
  // The strategy's own address, unless a background paper already gives it.
  if (!papers.some((p) => p.url === links.strategy))
    numbered(paper, sect, [
      `The strategy, with every ${paper.strategy.words.action.lower}'s progress, is published at:`,
      [{ text: links.strategy, url: links.strategy }],
    ]);
  // The report's page links its PDF and Word editions; an exempt report has no page.
  if (typeof report.access !== "object")
    numbered(paper, sect, [
      "This report, as it stood at the end of its period, with its PDF and Word editions, is at:",
      [{ text: links.report, url: links.report }],
    ]);
}
