import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { ProgressStatus, StrategyModel } from "../model/index.ts";
import {
  paperContent,
  plainText,
  spansOf,
  type Block,
  type Cell,
  type PaperContent,
  type PaperOptions,
  type Section,
  type TableBlock,
  type Text,
} from "../paper/index.ts";
import { chartPng, chartsReady } from "./chart-image.ts";
import { fixTimestamps } from "./timestamps.ts";

/** Word measures text in half-points and widths in twentieths of a point; an A4 page's text is 9,638 twips wide. */
const _TEXT_WIDTH = 9638;
const _FONT = "Arial";
const _LINK_COLOUR = "1D4F91";
/** A table of this many rows or fewer, with this much text or less, is kept on one page. */
const _SHORT_TABLE_ROWS = 8;
const _SHORT_TABLE_CHARACTERS = 400;
/** A cell edge drawn without a rule. */
const _NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

/** Renders one board report as a Word document (.docx), from the same content as its PDF. */
export async function renderReportDocx(
  strategy: StrategyModel,
  reportId: string,
  options: PaperOptions = {},
): Promise<Buffer> {
  return renderPaperDocx(paperContent(strategy, reportId, options));
}

/**
 * Draws a paper's content as an accessible Word document for the council's committee system: Word's
 * own heading styles (Title, Heading 1, Heading 2), numbered paragraphs, tables whose header rows
 * repeat on each page, charts as pictures with alternative text beside their figures, links that work,
 * the document's language and title, and "Page N of M" in the footer. A clerk can restyle it with the
 * house template. Dated by the meeting, never the clock, so the same content gives the same bytes.
 */
export async function renderPaperDocx(content: PaperContent): Promise<Buffer> {
  await chartsReady();
  const body = content.bodySize * 2;
  const children: (Paragraph | Table)[] = [];
  for (const section of content.sections) children.push(..._section(content, section));
  const doc = new Document({
    title: content.title,
    subject: content.properties.subject,
    creator: content.properties.author,
    keywords: content.properties.keywords,
    lastModifiedBy: content.properties.author,
    styles: {
      default: {
        document: {
          run: { font: _FONT, size: body, language: { value: content.language } },
          paragraph: { spacing: { after: 120 } },
        },
        title: { run: { font: _FONT, size: body + 20, bold: true, color: "0B0C0C" } },
        heading1: {
          run: { font: _FONT, size: body + 8, bold: true, color: "0B0C0C" },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: _FONT, size: body + 2, bold: true, color: "0B0C0C" },
          paragraph: { spacing: { before: 200, after: 100 }, keepNext: true },
        },
        hyperlink: { run: { color: _LINK_COLOUR, underline: {} } },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new TextRun({ text: `${content.header.left} · ${content.header.right}`, size: 18 })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.LEFT,
                children: [
                  new TextRun({ text: `${content.footer}. Page `, size: 18 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
                  new TextRun({ text: " of ", size: 18 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return fixTimestamps(await Packer.toBuffer(doc), content.properties.date);
}

function _section(content: PaperContent, section: Section): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (section.heading) {
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: section.newPage,
        children: [new Bookmark({ id: _bookmark(section.anchor), children: [new TextRun(section.heading)] })],
      }),
    );
  }
  section.blocks.forEach((block, i) => out.push(..._block(content, block, section.blocks[i + 1])));
  return out;
}

/** Word bookmark names: letters, digits and underscores, starting with a letter. */
function _bookmark(anchor: string): string {
  return anchor.replace(/[^A-Za-z0-9]/g, "_");
}

function _block(content: PaperContent, block: Block, next?: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.TITLE : HeadingLevel.HEADING_2,
          children: block.anchor
            ? [new Bookmark({ id: _bookmark(block.anchor), children: [new TextRun(block.text)] })]
            : [new TextRun(block.text)],
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({ children: _runs(block.text, block.style === "lead" ? { bold: true, color: "484949" } : {}) }),
      ];
    case "numbered":
      // The number is the paragraph's own text, as the PDF has it, so "paragraph 4.2" reads the same in both.
      return block.paragraphs.map(
        (text, i) =>
          new Paragraph({
            indent: { left: 680, hanging: i === 0 ? 680 : 0 },
            keepLines: true,
            // An address stays on the page of the words that introduce it, and a paragraph on the page
            // of the table it introduces, as in the PDF.
            keepNext:
              _isAddress(block.paragraphs[i + 1]) || (i === block.paragraphs.length - 1 && next?.kind === "table"),
            children:
              i === 0
                ? [
                    new Bookmark({ id: _bookmark(block.anchor), children: [new TextRun(`${block.number}\t`)] }),
                    ..._runs(text),
                  ]
                : _runs(text),
            tabStops: [{ type: "left", position: 680 }],
          }),
      );
    case "list":
      return block.items.map(
        (item) =>
          new Paragraph({
            indent: { left: 360, hanging: 360 },
            children: [new TextRun(`${item.bullet}\t`), ..._runs(item.text)],
            tabStops: [{ type: "left", position: 360 }],
          }),
      );
    case "table":
      // Word needs a paragraph after a table; a small one, so a table that ends a page does not push it onto a blank page.
      return [
        _table(block, content.scale.words),
        new Paragraph({
          children: [],
          run: { size: 2 },
          spacing: { before: 0, after: 160, line: 40, lineRule: "exact" },
        }),
      ];
    case "chart":
      return _chart(content, block);
    case "notice":
      return [
        new Paragraph({
          shading: { type: ShadingType.CLEAR, fill: "E8F1F8", color: "auto" },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: "1D70B8", space: 8 } },
          children: [new TextRun({ text: block.text, bold: true })],
        }),
      ];
  }
}

/** A paragraph that is only a link: an address given under the words that introduce it. */
function _isAddress(text: Text | undefined): boolean {
  const spans = text === undefined ? [] : spansOf(text).filter((s) => s.text.trim() !== "");
  return spans.length > 0 && spans.every((s) => s.url);
}

/** Text with its links: a web or mail address as a hyperlink, a place in the paper as a link to its bookmark. */
function _runs(text: Text, style: { bold?: boolean; color?: string } = {}): ParagraphChild[] {
  return spansOf(text).flatMap((span): ParagraphChild[] => {
    const runs = _lines(span.text, span.url || span.anchor ? { ...style, style: "Hyperlink" } : style);
    if (span.url) return [new ExternalHyperlink({ link: span.url, children: runs })];
    if (span.anchor) return [new InternalHyperlink({ anchor: _bookmark(span.anchor), children: runs })];
    return runs;
  });
}

/** A run per line: a "\n" in the paper's text is a line break in Word. */
function _lines(text: string, style: { bold?: boolean; color?: string; style?: string }): TextRun[] {
  return text.split("\n").map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
}

function _table(block: TableBlock, words: Record<ProgressStatus, string>): Table {
  const widths = block.columns.map((c) => Math.round(c.width * _TEXT_WIDTH));
  const cell = (
    c: Cell,
    j: number,
    head: boolean,
    keep = false,
    borders?: { bottom: typeof _NO_BORDER },
  ): TableCell => {
    const isHead = head || (block.rowHeaders && j === 0);
    const paragraphs =
      "status" in c
        ? [new Paragraph({ keepNext: keep, children: [new TextRun({ text: words[c.status], bold: true })] })]
        : [
            ...(c.strong
              ? [new Paragraph({ keepNext: keep, children: [new TextRun({ text: c.strong, bold: true })] })]
              : []),
            new Paragraph({ keepNext: keep, children: _runs(c.text, isHead ? { bold: true } : {}) }),
          ];
    return new TableCell({
      width: { size: widths[j] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      ...(head ? { shading: { type: ShadingType.CLEAR, fill: "F3F2F1", color: "auto" } } : {}),
      ...(borders ? { borders } : {}),
      children: paragraphs,
    });
  };
  const rows: TableRow[] = [];
  // The header row is marked to repeat at the top of every page the table reaches; a row never splits.
  if (block.header)
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, j) => cell({ text: c.header }, j, true, true)),
      }),
    );
  // A short table is kept whole on one page, as in the PDF: each row but the last keeps with the next.
  // Word cannot measure it here, so "short" is few rows of little text (a table of counts, not a register).
  const text = block.rows
    .flat()
    .reduce((sum, c) => sum + ("status" in c ? words[c.status] : `${c.strong ?? ""}${plainText(c.text)}`).length, 0);
  const short = block.rows.length <= _SHORT_TABLE_ROWS && text <= _SHORT_TABLE_CHARACTERS && !block.details;
  block.rows.forEach((row, i) => {
    const detail = block.details?.[i] ?? null;
    if (detail === null) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: row.map((c, j) => cell(c, j, false, short && i < block.rows.length - 1)),
        }),
      );
      return;
    }
    // The row and the text under it read as one entry: no rule between them, and Word keeps the row
    // with the next (each of its paragraphs "keep with next"), as the PDF keeps them on one page.
    rows.push(
      new TableRow({ cantSplit: true, children: row.map((c, j) => cell(c, j, false, true, { bottom: _NO_BORDER })) }),
    );
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: block.columns.length,
            width: { size: _TEXT_WIDTH, type: WidthType.DXA },
            margins: { top: 0, bottom: 60, left: 80, right: 80 },
            borders: { top: _NO_BORDER },
            children: [new Paragraph({ children: _runs(detail) })],
          }),
        ],
      }),
    );
  });
  // Ruled as the PDF is: a line between rows, none between columns.
  const rule = { style: BorderStyle.SINGLE, size: 4, color: "B1B4B6" };
  const borders = {
    top: rule,
    bottom: rule,
    insideHorizontal: rule,
    left: _NO_BORDER,
    right: _NO_BORDER,
    insideVertical: _NO_BORDER,
  };
  // As wide as its columns: a table of fewer columns than its layout allows is narrower, as in the PDF.
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders,
    rows,
  });
}

/** A chart as a picture whose alternative text gives every figure, after its caption. */
function _chart(content: PaperContent, block: Extract<Block, { kind: "chart" }>): Paragraph[] {
  const image = chartPng(block, content.bodySize, content.scale);
  return [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: block.caption, bold: true })] }),
    new Paragraph({
      children: [
        new ImageRun({
          type: "png",
          data: image.png,
          transformation: { width: image.width, height: image.height },
          altText: { name: block.caption, title: block.caption, description: block.alt },
        }),
      ],
    }),
  ];
}
