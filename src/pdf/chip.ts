import { STATUS_LABELS, type ProgressStatus } from "../model/index.ts";
import { useStyle } from "./flow.ts";
import type { Paper, Parent } from "./paper.ts";
import { GAPS, type TextStyle } from "./styles.ts";
import { artifact } from "./tags.ts";

/**
 * Size of a status chip: the word (the status's, or the strategy's for it) in bold (`style`) with padding
 * around it. Within `maxWidth` (a table column) a word too long for one line ("No progress reported
 * yet") wraps inside the chip rather than running into the next column.
 */
export function chipSize(doc: PDFKit.PDFDocument, style: TextStyle, status: ProgressStatus, word: string = STATUS_LABELS[status], maxWidth = Infinity): { width: number; height: number; wrap: number | null } {
  useStyle(doc, style);
  const wrap = _wrapWidth(doc, word, maxWidth);
  if (wrap !== null) return { width: wrap + GAPS.chipPaddingX * 2, height: doc.heightOfString(word, { width: wrap, lineGap: style.lineGap }) + GAPS.chipPaddingY * 2, wrap };
  return {
    wrap,
    width: doc.widthOfString(word) + GAPS.chipPaddingX * 2,
    height: doc.heightOfString(word, { lineGap: style.lineGap }) + GAPS.chipPaddingY * 2,
  };
}

/** The width a chip's word wraps to within `maxWidth`, or null when it fits on one line. */
function _wrapWidth(doc: PDFKit.PDFDocument, word: string, maxWidth: number): number | null {
  const inner = maxWidth - GAPS.chipPaddingX * 2;
  return doc.widthOfString(word) > inner ? inner : null;
}

/**
 * A status as a coloured chip that carries its word: the fill is decoration, the word is the
 * content (tagged as `type` under `parent`), so the status never depends on colour alone.
 */
export function chip(paper: Paper, parent: Parent, type: string, status: ProgressStatus, x: number, y: number, maxWidth = Infinity): void {
  const { doc } = paper;
  const style = paper.text.tableHead;
  // In the strategy's word and colour for the status, where it rates on a scale of its own.
  const word = paper.scale.words[status];
  const { width, height, wrap } = chipSize(doc, style, status, word, maxWidth);
  const colours = paper.scale.colours[status];
  artifact(doc, () => doc.roundedRect(x, y, width, height, GAPS.chipRadius).fill(colours.fill));
  parent.add(
    doc.struct(type, {}, () => {
      useStyle(doc, style).fillColor(colours.text);
      if (wrap === null) doc.text(word, x + GAPS.chipPaddingX, y + GAPS.chipPaddingY, { lineBreak: false, lineGap: style.lineGap });
      else doc.text(word, x + GAPS.chipPaddingX, y + GAPS.chipPaddingY, { width: wrap, lineGap: style.lineGap });
    }),
  );
}
