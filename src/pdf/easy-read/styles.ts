/**
 * How the easy-read PDF looks, as data. Easy read wants large type, short lines and room around
 * each point: 16pt text on A4 with wide margins, headings in bold, a picture to the left of its point.
 */
export const EASY_PAGE = { size: "A4" as const, margins: { top: 64, bottom: 64, left: 64, right: 64 } };

export const EASY_TEXT = {
  title: { size: 26, gapAfter: 18 },
  heading: { size: 20, gapBefore: 22, gapAfter: 12 },
  point: { size: 16, gapAfter: 14, lineGap: 5 },
  note: { size: 12, gapAfter: 14, lineGap: 3 },
} as const;

export const EASY_PICTURE = { width: 90, gap: 16 };
export const EASY_INK = "#0b0c0c";
