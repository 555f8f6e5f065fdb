import { bottom, contentWidth, drawText, ensureSpace, gap, left, textHeight } from "./flow.ts";
import { markdownBlocks, type TextBlock } from "./markdown.ts";
import type { Paper, Parent, StructOptions } from "./paper.ts";
import { GAPS, TEXT, type TextStyle } from "./styles.ts";

/**
 * Tagged content: each helper draws one kind of block inside its structure element (H2, P, L…),
 * so the tag tree reads in the same order as the page. Decoration goes through `artifact`.
 */

export type Level = 1 | 2 | 3;
const _HEADING: Record<Level, { style: TextStyle; before: number }> = {
  1: { style: TEXT.h1, before: 0 },
  2: { style: TEXT.h2, before: GAPS.beforeH2 },
  3: { style: TEXT.h3, before: GAPS.beforeH3 },
};

/** A column of the page: where blocks start and how wide they are (the full text width by default). */
export interface Box { x: number; width: number }

export function fullWidth(doc: PDFKit.PDFDocument): Box {
  return { x: left(doc), width: contentWidth(doc) };
}

/** Adds a child element to `parent` and draws its content in `draw`, which runs at once. */
export function tag(paper: Paper, parent: Parent, type: string, draw: () => void, options: StructOptions = {}): void {
  parent.add(paper.doc.struct(type, options, draw));
}

/** A container element (Sect, L, Table…) attached to `parent`, ready for children. */
export function container(paper: Paper, parent: Parent, type: string): Parent {
  const element = paper.doc.struct(type);
  parent.add(element);
  return element;
}

/** Draws decoration (rules, fills, running headers) outside the tag tree. */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void, type: "Pagination" | "Layout" = "Layout"): void {
  doc.markContent("Artifact", { type });
  doc.save();
  draw();
  doc.restore();
  doc.endMarkedContent();
}

export interface HeadingOptions {
  /** Add a bookmark for the heading under this outline item. */
  outline?: PDFKit.PDFOutline | undefined;
  /** Points of what follows to keep on the same page as the heading. */
  keep?: number;
  box?: Box;
}

/** A heading, kept with what follows it and optionally bookmarked. */
export function heading(paper: Paper, parent: Parent, level: Level, text: string, options: HeadingOptions = {}): PDFKit.PDFOutline | undefined {
  const { doc } = paper;
  const { style, before } = _HEADING[level];
  gap(doc, before);
  const { x, width } = options.box ?? fullWidth(doc);
  const room = bottom(doc) - doc.page.margins.top;
  const height = textHeight(doc, text, style, width) + style.gapAfter;
  ensureSpace(doc, height + Math.min(options.keep ?? GAPS.keepWithNext, room - height));
  const outline = options.outline;
  // Bookmarks land on the heading itself, not the top of the page (pdfkit measures `left` from the right edge).
  const item = outline?.addItem(text, { top: doc.y, left: doc.page.width } as { expanded?: boolean });
  tag(paper, parent, `H${level}`, () => drawText(doc, text, style, x, doc.y, width));
  doc.y += style.gapAfter;
  return item;
}

/** One paragraph of plain text. */
export function paragraph(paper: Paper, parent: Parent, text: string, style: TextStyle = TEXT.body): void {
  const { doc } = paper;
  const width = contentWidth(doc);
  // Keep at least two lines together: a lone line at the foot of a page reads badly.
  ensureSpace(doc, Math.min(textHeight(doc, text, style, width), (style.size + style.lineGap) * 2.5));
  tag(paper, parent, "P", () => drawText(doc, text, style, left(doc), doc.y, width));
  doc.y += style.gapAfter;
}

/** The height a list takes: its items and the space between them. */
export function listHeight(doc: PDFKit.PDFDocument, items: readonly TextBlock[], style: TextStyle, width: number): number {
  return items.reduce((sum, item) => sum + textHeight(doc, item.text, style, width - GAPS.listIndent) + style.gapAfter / 2, style.gapAfter / 2);
}

/** A list: L › LI › (Lbl, LBody), the label hanging in the margin of the body. */
export function list(paper: Paper, parent: Parent, items: readonly TextBlock[], style: TextStyle = TEXT.body, box?: Box): void {
  const { doc } = paper;
  const l = container(paper, parent, "L");
  const area = box ?? fullWidth(doc);
  // A short list is kept in one piece; a long one may break between items.
  const total = listHeight(doc, items, style, area.width);
  if (total < GAPS.keepListUnder) ensureSpace(doc, total);
  _items(paper, l, items, style, area);
  l.end();
  doc.y += style.gapAfter / 2;
}

function _items(paper: Paper, l: Parent, items: readonly TextBlock[], style: TextStyle, { x, width }: Box): void {
  const { doc } = paper;
  const bodyWidth = width - GAPS.listIndent;
  for (const item of items) {
    ensureSpace(doc, Math.min(textHeight(doc, item.text, style, bodyWidth), (style.size + style.lineGap) * 2.5));
    const li = container(paper, l, "LI");
    const y = doc.y;
    tag(paper, li, "Lbl", () => drawText(doc, item.bullet ?? "•", style, x, y, GAPS.listIndent));
    tag(paper, li, "LBody", () => drawText(doc, item.text, style, x + GAPS.listIndent, y, bodyWidth));
    li.end();
    doc.y += style.gapAfter / 2;
  }
  doc.x = left(doc);
}

/** Markdown as paragraphs, with runs of list items gathered into lists. */
export function markdown(paper: Paper, parent: Parent, source: string, style: TextStyle = TEXT.body): void {
  const blocks = markdownBlocks(source);
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i] as TextBlock;
    if (block.bullet === undefined) {
      paragraph(paper, parent, block.text, style);
      i++;
      continue;
    }
    let end = i;
    while (end < blocks.length && blocks[end]?.bullet !== undefined) end++;
    list(paper, parent, blocks.slice(i, end), style);
    i = end;
  }
}
