import type { Section, Text } from "../content.ts";
import { paragraphAnchor, takeNumber } from "../blocks.ts";
import type { Paper, Parent } from "../paper.ts";

export interface Opened {
  sect: Parent;
  number: number | null;
}

/**
 * Opens a numbered section ("3 Summary of progress"): its heading is a top-level bookmark and its
 * paragraphs are numbered 3.1, 3.2 …
 */
export function openSection(paper: Paper, key: string, title: string, options: { newPage?: boolean } = {}): Opened {
  const { numbering } = paper;
  const number = numbering.sections.get(key) ?? null;
  numbering.current = number ?? 0;
  numbering.paragraph = 0;
  const sect: Section = {
    key,
    number: number === null ? null : String(number),
    heading: number === null ? title : `${number} ${title}`,
    anchor: `section-${key}`,
    newPage: options.newPage === true,
    blocks: [],
  };
  paper.sections.push(sect);
  return { sect, number };
}

/** Opens a lettered appendix ("Appendix A: Progress of every action") on a page of its own. */
export function openAppendix(paper: Paper, key: string, title: string): Parent {
  const letter = paper.numbering.appendices.get(key) ?? "";
  paper.numbering.current = 0;
  paper.numbering.paragraph = 0;
  const sect: Section = {
    key,
    number: letter,
    heading: appendixTitle(letter, title),
    anchor: `appendix-${letter.toLowerCase()}`,
    newPage: true,
    blocks: [],
  };
  paper.sections.push(sect);
  return sect;
}

/** "Appendix A: Progress of every action". */
export function appendixTitle(letter: string, title: string): string {
  return `Appendix ${letter}: ${title}`;
}

/**
 * A numbered paragraph (4.3) so members can refer to it; further blocks of text (a reason, a
 * cross-reference) follow under the same number. Returns the number.
 */
export function numbered(paper: Paper, parent: Parent, blocks: readonly Text[]): string {
  const number = takeNumber(paper);
  const paragraphs = blocks.filter((b) => (typeof b === "string" ? b.length > 0 : b.some((s) => s.text.length > 0)));
  parent.blocks.push({
    kind: "numbered",
    number,
    anchor: paragraphAnchor(number),
    paragraphs: paragraphs.length ? paragraphs : [""],
  });
  return number;
}
