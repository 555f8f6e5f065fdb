import type { Paper } from "../paper.ts";
import { numbered, openSection } from "./section.ts";

/** What the appendices are, in the body of the paper, each a link to where it starts. */
export function appendicesSection(paper: Paper, titles: ReadonlyMap<string, string>): void {
  const { sect } = openSection(paper, "appendices", "Appendices");
  for (const [key, letter] of paper.numbering.appendices) {
    const title = `Appendix ${letter}: ${titles.get(key) ?? ""}`;
    numbered(paper, sect, [[{ text: title, anchor: `appendix-${letter.toLowerCase()}` }]]);
  }
}
