import { bottom, contentWidth, drawText, ensureSpace, left, textHeight, useStyle } from "./flow.ts";
import type { Paper, Parent } from "./paper.ts";
import { GAPS, RULES } from "./styles.ts";
import { artifact, tag } from "./tags.ts";

/** A boxed notice (the illustrative-data warning): a bar and a tint as artifacts, the words as a paragraph. */
export function notice(paper: Paper, parent: Parent, text: string): void {
  const { doc } = paper;
  const style = paper.text.notice;
  const pad = GAPS.noticePadding;
  const width = contentWidth(doc) - pad * 2 - 4;
  const height = textHeight(doc, text, style, width) + pad * 2;
  ensureSpace(doc, height);
  const x = left(doc);
  const y = doc.y;
  artifact(doc, () => {
    doc.rect(x, y, contentWidth(doc), height).fill(RULES.noticeFill);
    doc.rect(x, y, 4, height).fill(RULES.noticeBar);
  });
  tag(paper, parent, "P", () => drawText(doc, text, style, x + 4 + pad, y + pad, width));
  doc.x = x;
  doc.y = Math.min(y + height, bottom(doc)) + paper.text.body.gapAfter * 2;
  useStyle(doc, paper.text.body);
}
