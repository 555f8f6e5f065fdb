import { FONTS, type TextStyle } from "./styles.ts";

/** Text flow on the page: styles, space checks and page breaks. Nothing here tags content. */

export function useStyle(doc: PDFKit.PDFDocument, style: TextStyle): PDFKit.PDFDocument {
  return doc.font(FONTS[style.font].name).fontSize(style.size).fillColor(style.colour);
}

export function left(doc: PDFKit.PDFDocument): number {
  return doc.page.margins.left;
}

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** The lowest y the body may reach on this page. */
export function bottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

export function atTopOfPage(doc: PDFKit.PDFDocument): boolean {
  return doc.y <= doc.page.margins.top + 0.5;
}

/** Starts a new page unless `height` more points fit below the cursor (or the page is still empty). */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottom(doc) && !atTopOfPage(doc)) doc.addPage();
  doc.x = left(doc);
}

/** Vertical space, dropped at the top of a page where it would only push content down. */
export function gap(doc: PDFKit.PDFDocument, points: number): void {
  if (!atTopOfPage(doc)) doc.y += points;
}

/** Height of `text` in `style` at `width`, measured exactly as drawText will draw it. */
export function textHeight(doc: PDFKit.PDFDocument, text: string, style: TextStyle, width: number): number {
  useStyle(doc, style);
  return text
    .split("\n")
    .reduce(
      (height, line) =>
        height +
        (line
          ? doc.heightOfString(keepValuesTogether(line), { width, lineGap: style.lineGap })
          : _blankLine(doc, style)),
      0,
    );
}

/**
 * Draws wrapped text at (x, y) in `style`; the cursor ends below it. Each line of the text is drawn on
 * its own: pdfkit counts a line break's width as part of the word before it, and would break a word
 * that only just fits its column ("assessm" / "ents").
 */
export function drawText(
  doc: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  x: number,
  y: number,
  width: number,
): void {
  useStyle(doc, style);
  let at = y;
  for (const line of text.split("\n")) {
    if (line) {
      doc.text(keepValuesTogether(line), x, at, { width, lineGap: style.lineGap });
      at = doc.y;
    } else at += _blankLine(doc, style);
  }
  doc.x = x;
  doc.y = at;
}

function _blankLine(doc: PDFKit.PDFDocument, style: TextStyle): number {
  return doc.currentLineHeight(true) + style.lineGap;
}

const _MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const _DATE = new RegExp(
  `\\b(\\d{1,2}) (${_MONTH}) (\\d{4})\\b|\\b(${_MONTH}) (\\d{4})\\b|\\b(\\d{1,2}) (${_MONTH})\\b`,
  "g",
);

/**
 * Joins the parts of a value a reader must see whole — "31 March 2015", "March 2015", "19 March",
 * "40 %" — with no-break spaces, wherever the text came from (content or the paper's own words).
 */
export function keepValuesTogether(text: string): string {
  // Every value joined here has a digit; most table cells' words have none, so skip them cheaply.
  if (!/\d/.test(text)) return text;
  return text.replace(_DATE, (m) => m.replace(/ /g, "\u00a0")).replace(/(\d) %/g, "$1\u00a0%");
}
