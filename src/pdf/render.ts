import type { StrategyModel } from "../model/index.ts";
import {
  paperContent,
  plainText,
  spansOf,
  type Block,
  type PaperContent,
  type PaperOptions,
  type Section,
  type Text,
} from "../paper/index.ts";
import { chart } from "./chart.ts";
import { collect, createDocument } from "./document.ts";
import { contentWidth, drawText, ensureSpace, left, textHeight } from "./flow.ts";
import { drawPageFurniture } from "./furniture.ts";
import { notice } from "./notice.ts";
import type { Paper, Parent } from "./paper.ts";
import { GAPS, textStyles, type TextStyle } from "./styles.ts";
import { table, tableHeight } from "./table.ts";
import { container, heading, list, paragraph, richInto, richText } from "./tags.ts";

export type RenderOptions = PaperOptions;

/** Renders one board report as a tagged PDF. The same model gives the same bytes. */
export async function renderReport(
  strategy: StrategyModel,
  reportId: string,
  options: RenderOptions = {},
): Promise<Buffer> {
  return renderPaperPdf(paperContent(strategy, reportId, options));
}

/**
 * Draws a paper's content as a tagged PDF: each section a Sect with its H2, bookmarked, and each
 * numbered paragraph bookmarked under it ("4.2 …"), so the outline follows the paper's numbering two
 * levels deep; every cross-reference, address and email is a live, tagged link.
 */
export async function renderPaperPdf(content: PaperContent): Promise<Buffer> {
  const doc = createDocument(content);
  const bytes = collect(doc);
  const root = doc.struct("Document", { lang: content.language, title: content.title });
  doc.addStructure(root);
  const paper: Paper = { doc, root, text: textStyles(content.bodySize), scale: content.scale };
  for (const section of content.sections) _section(paper, section);
  root.end();
  drawPageFurniture(doc, content.header, content.footer);
  doc.end();
  return bytes;
}

function _section(paper: Paper, section: Section): void {
  const { doc } = paper;
  if (section.newPage && doc.y > doc.page.margins.top) doc.addPage();
  const sect = container(paper, paper.root, "Sect");
  const outline = section.heading
    ? heading(paper, sect, 2, section.heading, { outline: doc.outline, anchor: section.anchor })
    : undefined;
  section.blocks.forEach((block, i) => _block(paper, sect, block, outline, section.blocks[i + 1]));
  sect.end();
}

function _block(
  paper: Paper,
  sect: Parent,
  block: Block,
  outline: PDFKit.PDFOutline | undefined,
  next: Block | undefined,
): void {
  const { doc, text } = paper;
  switch (block.kind) {
    case "heading": {
      // An exception's heading is kept on one page with the details that follow it, where they fit.
      const keep = next?.kind === "table" ? tableHeight(paper, next) : GAPS.keepWithNext;
      if (block.level === 1) doc.y += 6;
      heading(paper, sect, block.level, block.text, {
        outline: block.level === 1 ? doc.outline : outline,
        keep,
        anchor: block.anchor,
      });
      return;
    }
    case "paragraph":
      return paragraph(paper, sect, block.text, block.style === "lead" ? text.lead : text.body);
    case "numbered":
      // A paragraph that introduces a table stays on the page where the table starts.
      return _numbered(paper, sect, block, outline, next?.kind === "table" ? tableHeight(paper, next, 1) : 0);
    case "list":
      return list(paper, sect, block.items);
    case "table":
      return table(paper, sect, block);
    case "chart":
      return chart(paper, sect, block);
    case "notice":
      return notice(paper, sect, block.text);
  }
}

/** A numbered paragraph with an address under it, this many lines long or shorter in all, is kept on one page. */
const _KEEP_WHOLE_LINES = 8;

/** Bookmarks name a paragraph by its number and first words. */
const _BOOKMARK_WORDS = 48;

/**
 * A numbered paragraph (4.3) so members can refer to it: the number hangs in the margin and its
 * paragraphs follow in the body column. A link to it lands here, and it has a bookmark of its own.
 */
function _numbered(
  paper: Paper,
  parent: Parent,
  block: Extract<Block, { kind: "numbered" }>,
  outline: PDFKit.PDFOutline | undefined,
  keepWithNext = 0,
): void {
  const { doc } = paper;
  const style: TextStyle = paper.text.body;
  const x = left(doc);
  const bodyX = x + GAPS.paragraphNumber;
  const width = contentWidth(doc) - GAPS.paragraphNumber;
  const [first = "", ...rest] = block.paragraphs;
  // Keep the number with at least two lines of its text; and a short paragraph whole where an address
  // follows the words that introduce it ("… is at:"), so the address is not alone on the next page.
  const line = style.size + style.lineGap;
  const whole = block.paragraphs.reduce(
    (sum, text) => sum + textHeight(doc, plainText(text), style, width) + style.gapAfter / 2,
    0,
  );
  const keepWhole = (keepWithNext > 0 || rest.some(_isAddress)) && whole <= line * _KEEP_WHOLE_LINES;
  ensureSpace(
    doc,
    keepWhole ? whole + keepWithNext : Math.min(textHeight(doc, plainText(first), style, width), line * 2.5),
  );
  const y = doc.y;
  doc.addNamedDestination(block.anchor, "XYZ", x, y, null);
  outline?.addItem(_bookmark(block.number, plainText(first)), { top: y, left: doc.page.width } as {
    expanded?: boolean;
  });
  // The number and the first paragraph are one P, so the number is read with its words.
  const p = container(paper, parent, "P");
  p.add(() => drawText(doc, block.number, style, x, y, GAPS.paragraphNumber));
  richInto(paper, p, first, style, bodyX, y, width);
  p.end();
  // Further paragraphs (a reason, a cross-reference, an address) follow in the body column.
  for (const text of rest) {
    doc.y += style.gapAfter / 2;
    ensureSpace(doc, Math.min(textHeight(doc, plainText(text), style, width), (style.size + style.lineGap) * 2.5));
    richText(paper, parent, "P", text, style, bodyX, doc.y, width);
  }
  doc.x = x;
  doc.y += style.gapAfter;
}

/** A paragraph that is only a link: an address given under the words that introduce it. */
function _isAddress(text: Text): boolean {
  const spans = spansOf(text).filter((s) => s.text.trim() !== "");
  return spans.length > 0 && spans.every((s) => s.url);
}

function _bookmark(number: string, text: string): string {
  const words = text.replace(/\s+/g, " ").trim();
  return `${number} ${words.length > _BOOKMARK_WORDS ? `${words.slice(0, _BOOKMARK_WORDS).replace(/\s+\S*$/, "")}…` : words}`;
}
