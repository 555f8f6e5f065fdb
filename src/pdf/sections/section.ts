import { TEXT } from "../styles.ts";
import { contentWidth, drawText, ensureSpace, left, textHeight } from "../flow.ts";
import type { Paper, Parent } from "../paper.ts";
import { GAPS, type TextStyle } from "../styles.ts";
import { container, heading, tag } from "../tags.ts";

export interface Opened { sect: Parent; outline: PDFKit.PDFOutline | undefined; number: number | null }

/**
 * Opens a section: a Sect element, its H2 heading ("3 Summary of progress") and a top-level
 * bookmark. A section the numbering plan does not know (the appendix) has no number.
 */
export function openSection(paper: Paper, key: string, title: string, options: { newPage?: boolean } = {}): Opened {
  const { doc, numbering } = paper;
  if (options.newPage && doc.y > doc.page.margins.top) doc.addPage();
  const number = numbering.sections.get(key) ?? null;
  numbering.current = number ?? 0;
  numbering.paragraph = 0;
  const sect = container(paper, paper.root, "Sect");
  const outline = heading(paper, sect, 2, number === null ? title : `${number} ${title}`, { outline: doc.outline });
  return { sect, outline, number };
}

/**
 * A numbered paragraph (4.3) so members can refer to it: the number hangs in the margin and one or
 * more blocks of text follow in the body column, all in one P element. Returns the number.
 */
export function numbered(paper: Paper, parent: Parent, blocks: readonly string[], style: TextStyle = TEXT.body): string {
  const { doc, numbering } = paper;
  numbering.paragraph++;
  const label = `${numbering.current}.${numbering.paragraph}`;
  const x = left(doc);
  const bodyX = x + GAPS.paragraphNumber;
  const width = contentWidth(doc) - GAPS.paragraphNumber;
  const texts = blocks.filter((b) => b.length > 0);
  // Keep the number with at least two lines of its text.
  ensureSpace(doc, Math.min(textHeight(doc, texts[0] ?? label, style, width), (style.size + style.lineGap) * 2.5));
  const y = doc.y;
  tag(paper, parent, "P", () => {
    drawText(doc, label, style, x, y, GAPS.paragraphNumber);
    drawText(doc, texts[0] ?? "", style, bodyX, y, width);
  });
  // Further blocks (a reason, a cross-reference) are paragraphs of their own in the body column.
  for (const text of texts.slice(1)) {
    doc.y += style.gapAfter / 2;
    ensureSpace(doc, Math.min(textHeight(doc, text, style, width), (style.size + style.lineGap) * 2.5));
    const top = doc.y;
    tag(paper, parent, "P", () => drawText(doc, text, style, bodyX, top, width));
  }
  doc.x = x;
  doc.y += style.gapAfter;
  return label;
}
