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
export interface TextStyle {
  font: FontKey;
  size: number;
  colour: string;
  gapAfter: number;
  lineGap: number;
}

const INK = "#0b0c0c";
const SECONDARY = "#484949";

/**
 * The text styles for a body size. Board papers are read on paper and on screen by people of every
 * age: councils' writing guides and GOV.UK ask for 12 pt body text, the default; every style a reader
 * must read (tables, chart labels, captions) is at least 11 pt, and only the running header and footer,
 * which repeat on every page, are smaller. Layouts wrap at these sizes rather than shrink the text.
 */
export function textStyles(body: number) {
  const table = Math.max(11, body - 1);
  return {
    h1: { font: "bold", size: body + 10, colour: INK, gapAfter: 12, lineGap: 2 },
    h2: { font: "bold", size: body + 4, colour: INK, gapAfter: 8, lineGap: 1 },
    h3: { font: "bold", size: body + 1, colour: INK, gapAfter: 5, lineGap: 1 },
    body: { font: "regular", size: body, colour: INK, gapAfter: 6, lineGap: 2.5 },
    /** Chart labels and counts. */
    small: { font: "regular", size: table, colour: SECONDARY, gapAfter: 4, lineGap: 1.5 },
    caption: { font: "bold", size: body, colour: INK, gapAfter: 5, lineGap: 1 },
    lead: { font: "bold", size: body + 1, colour: SECONDARY, gapAfter: 4, lineGap: 1 },
    tableHead: { font: "bold", size: table, colour: INK, gapAfter: 0, lineGap: 1.5 },
    tableCell: { font: "regular", size: table, colour: INK, gapAfter: 0, lineGap: 1.5 },
    furniture: { font: "regular", size: 8.5, colour: SECONDARY, gapAfter: 0, lineGap: 0 },
    notice: { font: "bold", size: body, colour: INK, gapAfter: 0, lineGap: 2 },
  } satisfies Record<string, TextStyle>;
}

export type TextStyles = ReturnType<typeof textStyles>;

/** The styles at the default body size, 12 pt. */
export const TEXT: TextStyles = textStyles(12);

/** Space before a heading, so it sits with what follows rather than what precedes. */
export const GAPS = {
  beforeH2: 12,
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
  paragraphNumber: 38,
};

export const RULES = {
  colour: "#b1b4b6",
  headFill: "#f3f2f1",
  width: 0.5,
  noticeBar: "#1d70b8",
  noticeFill: "#e8f1f8",
};

/** Links are blue and underlined, as on the web, so they are found without colour alone. */
export const LINK = { colour: "#1d4f91" };

/** Status colours come from the model's one table, shared with the site's stylesheet and status tag. */
export { STATUS_COLOURS };

export const CHART = {
  barHeight: 15,
  rowGap: 4,
  labelWidth: 96,
  countWidth: 30,
  maxBarWidth: 300,
  trendLabelWidth: 120,
};
