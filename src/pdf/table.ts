import { plainText, type Cell, type Column, type TableBlock, type Text } from "../paper/index.ts";
import { chip, chipSize } from "./chip.ts";
import { bottom, contentWidth, drawText, ensureSpace, left, textHeight } from "./flow.ts";
import type { Paper, Parent, StructOptions } from "./paper.ts";
import { GAPS, RULES, type TextStyle } from "./styles.ts";
import { artifact, container, richText } from "./tags.ts";

/** A table as drawn: the paper's table block, whose header and row-header flags are optional here. */
export type TableSpec = Omit<TableBlock, "kind" | "header" | "rowHeaders"> & { header?: boolean; rowHeaders?: boolean };

interface _Layout {
  x: number[];
  widths: number[];
}

/** A table no taller than this share of a page is never split across pages. */
const _SHORT_TABLE = 1 / 3;
type _Kind = "header" | "row-headed" | "plain";

/**
 * The height the table's first `rows` rows take, header included (all rows by default): lets a
 * heading keep a short table, or the start of a long one, on its page.
 */
export function tableHeight(paper: Paper, spec: TableSpec, rows = spec.rows.length): number {
  const layout = _layout(paper.doc, spec.columns);
  const header = spec.header !== false ? _rowHeight(paper, _headerCells(spec.columns), layout, "header") : 0;
  return spec.rows
    .slice(0, rows)
    .reduce(
      (sum, row, i) =>
        sum +
        _rowHeight(paper, row, layout, spec.rowHeaders ? "row-headed" : "plain") +
        _detailHeight(paper, spec.details?.[i] ?? null, layout),
      header,
    );
}

/**
 * Draws a tagged table (Table › TR › TH|TD). Every row is measured before it is drawn and pages
 * break only between rows, so no cell is split or cut off; on each continuation page the header
 * row is drawn again as a pagination artifact, so assistive technology reads it only once.
 */
export function table(paper: Paper, parent: Parent, spec: TableSpec): void {
  const { doc } = paper;
  const layout = _layout(doc, spec.columns);
  const header = spec.header !== false ? _headerCells(spec.columns) : null;
  const kind: _Kind = spec.rowHeaders ? "row-headed" : "plain";
  const headerHeight = header ? _rowHeight(paper, header, layout, "header") : 0;
  const rowHeights = spec.rows.map((row) => _rowHeight(paper, row, layout, kind));
  const details = spec.rows.map((_, i) => spec.details?.[i] ?? null);
  const detailHeights = details.map((d) => _detailHeight(paper, d, layout));
  // A row and the detail under it are kept on one page.
  const heights = rowHeights.map((h, i) => h + (detailHeights[i] ?? 0));
  const element = container(paper, parent, "Table");
  // A short table is kept whole on one page; a longer one starts with its header and first row.
  const whole = heights.reduce((a, b) => a + b, headerHeight);
  ensureSpace(
    doc,
    whole <= (bottom(doc) - doc.page.margins.top) * _SHORT_TABLE ? whole : headerHeight + (heights[0] ?? 0),
  );
  if (header) _row(paper, element, header, layout, headerHeight, "header");
  spec.rows.forEach((row, i) => {
    if (_breakBefore(paper, heights, i, headerHeight)) {
      doc.addPage();
      if (header) _repeatHeader(paper, header, layout, headerHeight);
    }
    const detail = details[i] ?? null;
    _row(paper, element, row, layout, rowHeights[i] ?? 0, kind, detail === null);
    if (detail !== null) _detail(paper, element, detail, layout, spec.columns.length, detailHeights[i] ?? 0);
  });
  element.end();
  doc.x = left(doc);
  doc.y += paper.text.body.gapAfter * 1.5;
}

/**
 * Whether the page breaks before row `i`: when the row does not fit, or when it would leave the
 * table's last row alone on the next page (then the two go over together), unless the row
 * already starts a page.
 */
function _breakBefore(paper: Paper, heights: readonly number[], i: number, headerHeight: number): boolean {
  const { doc } = paper;
  const atTop = doc.y <= doc.page.margins.top + headerHeight + 1;
  if (atTop) return false;
  const height = heights[i] ?? 0;
  if (doc.y + height > bottom(doc)) return true;
  // Only a table long enough to run on breaks early, and never before its second row.
  const last = heights.length - 1;
  return i === last - 1 && i > 0 && doc.y + height + (heights[last] ?? 0) > bottom(doc);
}

/** The height of the text under a row, across the table, with the cell padding below it. */
function _detailHeight(paper: Paper, detail: Text | null, layout: _Layout): number {
  if (detail === null) return 0;
  const width = layout.widths.reduce((a, b) => a + b, 0) - GAPS.cellPadding * 2;
  return textHeight(paper.doc, plainText(detail), paper.text.tableCell, width) + GAPS.cellPadding;
}

/** The text under a row: a row of its own (TR › TD spanning every column), ruled off below. */
function _detail(paper: Paper, table: Parent, detail: Text, layout: _Layout, columns: number, height: number): void {
  const { doc } = paper;
  const y = doc.y;
  const page = doc.page;
  const pad = GAPS.cellPadding;
  const width = layout.widths.reduce((a, b) => a + b, 0);
  const tr = container(paper, table, "TR");
  const td = container(paper, tr, "TD");
  // pdfkit has no option for the Table attribute ColSpan: it is set on the element's dictionary.
  (td as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data["A"] = {
    O: "Table",
    ColSpan: columns,
  };
  richText(paper, td, "P", detail, paper.text.tableCell, (layout.x[0] ?? 0) + pad, y, width - pad * 2);
  td.end();
  tr.end();
  const end = doc.page === page ? y + height : doc.y;
  _rule(doc, layout, end);
  doc.x = left(doc);
  doc.y = end;
}

function _headerCells(columns: readonly Column[]): Cell[] {
  return columns.map((c) => ({ text: c.header }));
}

function _layout(doc: PDFKit.PDFDocument, columns: readonly Column[]): _Layout {
  const total = contentWidth(doc);
  const widths = columns.map((c) => c.width * total);
  const x: number[] = [];
  widths.reduce((at, w) => (x.push(at), at + w), left(doc));
  return { x, widths };
}

function _cellStyle(paper: Paper, kind: _Kind, column: number): TextStyle {
  return kind === "header" || (kind === "row-headed" && column === 0) ? paper.text.tableHead : paper.text.tableCell;
}

function _rowHeight(paper: Paper, row: readonly Cell[], layout: _Layout, kind: _Kind): number {
  const { doc } = paper;
  const pad = GAPS.cellPadding;
  const inner = row.map((cell, j) => {
    const width = (layout.widths[j] ?? 0) - pad * 2;
    if ("status" in cell)
      return chipSize(doc, paper.text.tableHead, cell.status, paper.scale.words[cell.status], width).height;
    const strong = cell.strong ? textHeight(doc, cell.strong, paper.text.tableHead, width) : 0;
    return strong + textHeight(doc, plainText(cell.text), _cellStyle(paper, kind, j), width);
  });
  return Math.max(0, ...inner) + pad * 2;
}

function _row(
  paper: Paper,
  table: Parent,
  row: readonly Cell[],
  layout: _Layout,
  height: number,
  kind: _Kind,
  ruled = true,
): void {
  const { doc } = paper;
  const y = doc.y;
  const page = doc.page;
  const pad = GAPS.cellPadding;
  if (kind === "header") _headerFill(doc, layout, y, height);
  const tr = container(paper, table, "TR");
  row.forEach((cell, j) => {
    const x = (layout.x[j] ?? 0) + pad;
    const isHead = kind === "header" || (kind === "row-headed" && j === 0);
    const type = isHead ? "TH" : "TD";
    // pdfkit writes `scope` as the Table attribute Scope, which tells readers what a header heads.
    const options: StructOptions = isHead ? { scope: kind === "header" ? "Column" : "Row" } : {};
    const width = (layout.widths[j] ?? 0) - pad * 2;
    if ("status" in cell) {
      const td = container(paper, tr, type);
      chip(paper, td, "Span", cell.status, x, y + pad, width);
      td.end();
    } else if (cell.strong) {
      // A title in bold, then the text beneath it, in one cell.
      const td = container(paper, tr, type);
      richText(paper, td, "P", cell.strong, paper.text.tableHead, x, y + pad, width);
      richText(paper, td, "P", cell.text, _cellStyle(paper, kind, j), x, doc.y, width);
      td.end();
    } else {
      richText(paper, tr, type, cell.text, _cellStyle(paper, kind, j), x, y + pad, width, options);
    }
  });
  tr.end();
  // Only a row taller than a whole page makes pdfkit carry a cell's text onto a new page; then
  // carry on below where that text ended rather than at a position on the page before.
  const end = doc.page === page ? y + height : doc.y;
  // A row with text under it is ruled off below that text instead.
  if (ruled) _rule(doc, layout, end);
  doc.x = left(doc);
  doc.y = end;
}

function _repeatHeader(paper: Paper, header: readonly Cell[], layout: _Layout, height: number): void {
  const { doc } = paper;
  const y = doc.y;
  const pad = GAPS.cellPadding;
  _headerFill(doc, layout, y, height);
  artifact(
    doc,
    () => {
      header.forEach((cell, j) => {
        if ("text" in cell)
          drawText(
            doc,
            plainText(cell.text),
            paper.text.tableHead,
            (layout.x[j] ?? 0) + pad,
            y + pad,
            (layout.widths[j] ?? 0) - pad * 2,
          );
      });
    },
    "Pagination",
  );
  _rule(doc, layout, y + height);
  doc.x = left(doc);
  doc.y = y + height;
}

function _headerFill(doc: PDFKit.PDFDocument, layout: _Layout, y: number, height: number): void {
  const width = layout.widths.reduce((a, b) => a + b, 0);
  artifact(doc, () => doc.rect(layout.x[0] ?? 0, y, width, height).fill(RULES.headFill));
}

function _rule(doc: PDFKit.PDFDocument, layout: _Layout, y: number): void {
  const x = layout.x[0] ?? 0;
  const width = layout.widths.reduce((a, b) => a + b, 0);
  artifact(doc, () =>
    doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(RULES.width)
      .strokeColor(RULES.colour)
      .stroke(),
  );
}
