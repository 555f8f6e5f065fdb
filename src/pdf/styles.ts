import { STATUS_COLOURS } from "../model/index.ts";

/**
 * How the board paper looks, as data: the drawing code reads sizes, gaps and colours from here
 * and never hard-codes them. Units are PDF points (1/72 inch); the page is A4 portrait.
 */
export const PAGE = {
  size: "A4" as const,
  margins: { top: 72, bottom: 64, left: 56, right: 56 },
  /** Baseline of the running header and footer, measured from the page edge. */
  headerY: 32,
  footerFromBottom: 40,
};

export const FONTS = {
  regular: { name: "body", file: "DejaVuSans.ttf" },
  bold: { name: "body-bold", file: "DejaVuSans-Bold.ttf" },
  italic: { name: "body-italic", file: "DejaVuSans-Oblique.ttf" },
} as const;

export type FontKey = keyof typeof FONTS;

/** A text style: font, size, colour, and the space left after it. */
export interface TextStyle { font: FontKey; size: number; colour: string; gapAfter: number; lineGap: number }

const INK = "#0b0c0c";
const SECONDARY = "#484949";

export const TEXT = {
  h1: { font: "bold", size: 22, colour: INK, gapAfter: 12, lineGap: 2 },
  h2: { font: "bold", size: 16, colour: INK, gapAfter: 8, lineGap: 1 },
  h3: { font: "bold", size: 12.5, colour: INK, gapAfter: 5, lineGap: 1 },
  // Board papers are read on paper and on screen by people of every age: body text at 11 pt, tables at 9.5 pt.
  body: { font: "regular", size: 11, colour: INK, gapAfter: 7, lineGap: 2.5 },
  small: { font: "regular", size: 9.5, colour: SECONDARY, gapAfter: 4, lineGap: 1.5 },
  compact: { font: "regular", size: 10, colour: INK, gapAfter: 3, lineGap: 1.5 },
  caption: { font: "bold", size: 11, colour: INK, gapAfter: 5, lineGap: 1 },
  lead: { font: "bold", size: 12.5, colour: SECONDARY, gapAfter: 4, lineGap: 1 },
  tableHead: { font: "bold", size: 9.5, colour: INK, gapAfter: 0, lineGap: 1.5 },
  tableCell: { font: "regular", size: 9.5, colour: INK, gapAfter: 0, lineGap: 1.5 },
  furniture: { font: "regular", size: 8.5, colour: SECONDARY, gapAfter: 0, lineGap: 0 },
  notice: { font: "bold", size: 11, colour: INK, gapAfter: 0, lineGap: 2 },
} satisfies Record<string, TextStyle>;

/** Space before a heading, so it sits with what follows rather than what precedes. */
export const GAPS = {
  beforeH2: 14,
  beforeH3: 10,
  listIndent: 14,
  cellPadding: 4,
  chipPaddingX: 4,
  chipPaddingY: 1.5,
  chipRadius: 2,
  /** From the running header's top to the rule beneath it. */
  headerRule: 14,
  /** Between a chart bar and its count. */
  barLabel: 6,
  /** A heading is never left at the foot of a page with less than this below it. */
  keepWithNext: 60,
  noticePadding: 8,
  /** Lists shorter than this are never split across pages. */
  keepListUnder: 160,
  /** Between two columns set side by side. */
  gutter: 18,
  /** The hanging column a paragraph number (1.1, 4.12) sits in. */
  paragraphNumber: 34,
};

export const RULES = { colour: "#b1b4b6", headFill: "#f3f2f1", width: 0.5, noticeBar: "#1d70b8", noticeFill: "#e8f1f8" };

/** Status colours come from the model's one table, shared with the site's stylesheet and status tag. */
export { STATUS_COLOURS };

export const CHART = { barHeight: 14, rowGap: 6, labelWidth: 88, countWidth: 28, maxBarWidth: 300, trendLabelWidth: 110 };
