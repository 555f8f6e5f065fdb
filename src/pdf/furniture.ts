import { drawText, useStyle } from "./flow.ts";
import { GAPS, PAGE, RULES, TEXT } from "./styles.ts";
import { artifact } from "./tags.ts";

/**
 * The running header (from page 2) and "Page N of M" footer on every page, drawn once all pages
 * exist so the total is known. They are pagination artifacts: a screen reader skips them.
 */
export function drawPageFurniture(
  doc: PDFKit.PDFDocument,
  header: { left: string; right: string },
  footerLeft: string,
): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins, width, height } = doc.page;
    // Writing below the bottom margin would make pdfkit start a new page; lift it while we draw.
    const savedBottom = margins.bottom;
    margins.bottom = 0;
    const inner = width - margins.left - margins.right;
    artifact(
      doc,
      () => {
        if (i > range.start) {
          useStyle(doc, TEXT.furniture);
          const rightWidth = Math.min(doc.widthOfString(header.right), inner * 0.7);
          drawText(doc, header.left, TEXT.furniture, margins.left, PAGE.headerY, inner - rightWidth - 12);
          doc.text(header.right, width - margins.right - rightWidth, PAGE.headerY, {
            width: rightWidth,
            align: "right",
            height: TEXT.furniture.size * 1.3,
            ellipsis: true,
          });
          doc
            .moveTo(margins.left, PAGE.headerY + GAPS.headerRule)
            .lineTo(width - margins.right, PAGE.headerY + GAPS.headerRule)
            .lineWidth(RULES.width)
            .strokeColor(RULES.colour)
            .stroke();
        }
        const y = height - PAGE.footerFromBottom;
        drawText(doc, footerLeft, TEXT.furniture, margins.left, y, inner * 0.7);
        useStyle(doc, TEXT.furniture).text(`Page ${i - range.start + 1} of ${range.count}`, margins.left, y, {
          width: inner,
          align: "right",
          lineBreak: false,
        });
      },
      "Pagination",
    );
    margins.bottom = savedBottom;
  }
}
