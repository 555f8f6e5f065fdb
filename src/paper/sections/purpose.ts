import type { Paper } from "../paper.ts";
import { markdownBlocks } from "../markdown.ts";
import { date } from "../words.ts";
import { numbered, openSection } from "./section.ts";

/** What the report does for the monitoring body ("the Board", or the body the strategy names). */
const _ASK = {
  decision: (body: string) => `asks the ${body} for the decisions set out in section 2, and reports`,
  assurance: (body: string) => `gives the ${body} assurance on`,
  information: (body: string) => `informs the ${body} of`,
} as const;

/** What the paper is for, in one numbered paragraph, then the report's own summary. */
export function purposeSection(paper: Paper): void {
  const { report, strategy } = paper;
  const { sect } = openSection(paper, "purpose", "Purpose", { newPage: true });
  numbered(paper, sect, [
    `This report ${_ASK[report.purpose](strategy.words.body)} progress on ${strategy.meta.title} between ${date(report.period.start)} and ${date(report.period.end)}.`,
  ]);
  for (const block of markdownBlocks(report.summary ?? ""))
    numbered(paper, sect, [block.bullet ? `${block.bullet} ${block.text}` : block.text]);
}
