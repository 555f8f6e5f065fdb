import type { Paper } from "../paper.ts";
import { numbered, openSection } from "./section.ts";

/** The section's title: it promises background papers only where the report lists some. */
export function backgroundTitle(paper: Paper): string {
  return paper.report.background_papers?.length ? "Background papers and web addresses" : "Web addresses";
}

/** The papers the report draws on, and where the strategy and this report live on the web. */
export function backgroundSection(paper: Paper): void {
  const { report, links } = paper;
  const papers = report.background_papers ?? [];
  // A report that lists no background papers has said nothing about them: the section gives the addresses only.
  const { sect } = openSection(paper, "background", backgroundTitle(paper));
  // Addresses go on lines of their own, so none is broken after "https://".
  for (const p of papers) numbered(paper, sect, [p.title, p.url ?? ""]);
  numbered(paper, sect, ["The strategy, with every action's progress, is published at:", links.strategy]);
  numbered(paper, sect, ["This report, as it stood at the end of its period, is at:", links.report, "and as a PDF at:", links.pdf]);
  sect.end();
}
