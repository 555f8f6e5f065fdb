import { STATUS_LABELS, type ProgressStatus } from "../model/index.ts";
import { useStyle } from "./flow.ts";
import type { Paper, Parent } from "./paper.ts";
import { GAPS, type TextStyle } from "./styles.ts";
import { artifact } from "./tags.ts";

/**
 * Size of a status chip: the word (the status's, or the strategy's for it) in bold (`style`) with
 * padding around it. A word wider than `maxWidth` ("No progress reported yet" in a table's status
 * column) wraps inside a chip that wide, rather than running over the next column.
 */
export function chipSize(
  doc: PDFKit.PDFDocument,
  style: TextStyle,
  status: ProgressStatus,
  word: string = STATUS_LABELS[status],
  maxWidth = Infinity,
): { width: number; height: number; wraps: boolean } {
  useStyle(doc, style);
  const width = doc.widthOfString(word) + GAPS.chipPaddingX * 2;
  const wraps = width > maxWidth;
  const textWidth = (wraps ? maxWidth : width) - GAPS.chipPaddingX * 2;
  return {
    width: wraps ? maxWidth : width,
    height:
      doc.heightOfString(word, { lineGap: style.lineGap, ...(wraps ? { width: textWidth } : {}) }) +
      GAPS.chipPaddingY * 2,
    wraps,
  };
}

/**
 * A status as a coloured chip that carries its word: the fill is decoration, the word is the
 * content (tagged as `type` under `parent`), so the status never depends on colour alone.
 */
export function chip(
  paper: Paper,
  parent: Parent,
  type: string,
  status: ProgressStatus,
  x: number,
  y: number,
  maxWidth = Infinity,
): void {
  const { doc } = paper;
  const style = paper.text.tableHead;
  // In the strategy's word and colour for the status, where it rates on a scale of its own.
  const word = paper.scale.words[status];
  const { width, height, wraps } = chipSize(doc, style, status, word, maxWidth);
  const colours = paper.scale.colours[status];
  artifact(doc, () => doc.roundedRect(x, y, width, height, GAPS.chipRadius).fill(colours.fill));
  parent.add(
    doc.struct(type, {}, () => {
      useStyle(doc, style).fillColor(colours.text);
      doc.text(
        word,
        x + GAPS.chipPaddingX,
        y + GAPS.chipPaddingY,
        wraps
          ? { width: width - GAPS.chipPaddingX * 2, lineGap: style.lineGap }
          : { lineBreak: false, lineGap: style.lineGap },
      );
    }),
  );
}
