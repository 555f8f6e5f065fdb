import { STATUS_LABELS, type ProgressStatus } from "../model/index.ts";
import { useStyle } from "./flow.ts";
import type { Paper, Parent } from "./paper.ts";
import { GAPS, type TextStyle } from "./styles.ts";
import { artifact } from "./tags.ts";

/** Size of a status chip: the word (the status's, or the strategy's for it) in bold (`style`) with padding around it. */
export function chipSize(doc: PDFKit.PDFDocument, style: TextStyle, status: ProgressStatus, word: string = STATUS_LABELS[status]): { width: number; height: number } {
  useStyle(doc, style);
  return {
    width: doc.widthOfString(word) + GAPS.chipPaddingX * 2,
    height: doc.heightOfString(word, { lineGap: style.lineGap }) + GAPS.chipPaddingY * 2,
  };
}

/**
 * A status as a coloured chip that carries its word: the fill is decoration, the word is the
 * content (tagged as `type` under `parent`), so the status never depends on colour alone.
 */
export function chip(paper: Paper, parent: Parent, type: string, status: ProgressStatus, x: number, y: number): void {
  const { doc } = paper;
  const style = paper.text.tableHead;
  // In the strategy's word and colour for the status, where it rates on a scale of its own.
  const word = paper.scale.words[status];
  const { width, height } = chipSize(doc, style, status, word);
  const colours = paper.scale.colours[status];
  artifact(doc, () => doc.roundedRect(x, y, width, height, GAPS.chipRadius).fill(colours.fill));
  parent.add(
    doc.struct(type, {}, () => {
      useStyle(doc, style).fillColor(colours.text);
      doc.text(word, x + GAPS.chipPaddingX, y + GAPS.chipPaddingY, { lineBreak: false, lineGap: style.lineGap });
    }),
  );
}
