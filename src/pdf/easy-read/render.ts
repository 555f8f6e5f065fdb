import { dirname } from "node:path";
import PDFDocument from "pdfkit";
import { resolveContentPath } from "../../load/content-path.ts";
import type { EasyReadPoint, StrategyModel } from "../../model/index.ts";
import { collect } from "../document.ts";
import { registerFonts } from "../fonts.ts";
import { FONTS } from "../styles.ts";
import { EASY_INK, EASY_PAGE, EASY_PICTURE, EASY_TEXT } from "./styles.ts";

type Parent = PDFKit.PDFStructureElement;

/**
 * The strategy's easy-read summary as a tagged PDF of its own: a title, a heading per section, each
 * point a list item, each picture a Figure with its alt text. Pictures are read from the strategy's
 * folder (`strategyDir`); without it they are left out and their alt text stays in the tags.
 * Dated by the strategy's publication, never the clock, so the same content gives the same bytes.
 */
export async function renderEasyRead(strategy: StrategyModel, strategyDir?: string): Promise<Buffer | null> {
  const summary = strategy.easyRead;
  if (!summary) return null;
  const date = new Date(`${strategy.meta.published ?? `${strategy.meta.period.start}-01-01`}T00:00:00Z`);
  const doc = new PDFDocument({
    size: EASY_PAGE.size,
    margins: EASY_PAGE.margins,
    tagged: true,
    subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
    pdfVersion: "1.7",
    lang: strategy.meta.language,
    displayTitle: true,
    info: {
      Title: summary.title,
      Author: strategy.meta.organisations[0]?.name ?? strategy.meta.board,
      Subject: `${strategy.meta.title}: easy read`,
      Creator: "Strategy Press",
      CreationDate: date,
      ModDate: date,
    },
  });
  const bytes = collect(doc);
  registerFonts(doc);
  doc.fillColor(EASY_INK);
  const root = doc.struct("Document", { lang: strategy.meta.language, title: summary.title });
  doc.addStructure(root);

  _text(doc, root, "H1", summary.title, FONTS.bold.name, EASY_TEXT.title.size, EASY_TEXT.title.gapAfter);
  const note = [summary.written_for_site ? "Written for this website." : "", summary.note ?? ""]
    .filter(Boolean)
    .join(" ");
  if (note)
    _text(
      doc,
      root,
      "P",
      note,
      FONTS.regular.name,
      EASY_TEXT.note.size,
      EASY_TEXT.note.gapAfter,
      EASY_TEXT.note.lineGap,
    );
  for (const section of summary.sections) {
    const sect = doc.struct("Sect");
    root.add(sect);
    doc.y += EASY_TEXT.heading.gapBefore;
    _keepWith(doc, EASY_TEXT.heading.size * 3 + EASY_TEXT.point.size * 3);
    _text(doc, sect, "H2", section.heading, FONTS.bold.name, EASY_TEXT.heading.size, EASY_TEXT.heading.gapAfter);
    const list = doc.struct("L");
    sect.add(list);
    for (const point of section.points) _point(doc, list, point, strategyDir);
    list.end();
    sect.end();
  }
  root.end();
  doc.end();
  return bytes;
}

function _point(doc: PDFKit.PDFDocument, list: Parent, point: EasyReadPoint, strategyDir?: string): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  // Through the content-folder resolver, as validation found it: the real file, never a link out of the folder.
  const found =
    point.image && strategyDir ? resolveContentPath(dirname(strategyDir), strategyDir, point.image.file) : null;
  const picture = found && "real" in found ? found.real : null;
  const hasPicture = picture !== null;
  const textX = hasPicture ? left + EASY_PICTURE.width + EASY_PICTURE.gap : left;
  const textWidth = width - (textX - left);
  doc.font(FONTS.regular.name).fontSize(EASY_TEXT.point.size);
  const textHeight = doc.heightOfString(point.text, { width: textWidth, lineGap: EASY_TEXT.point.lineGap });
  _keepWith(doc, Math.max(textHeight, hasPicture ? EASY_PICTURE.width : 0));
  const top = doc.y;
  const item = doc.struct("LI");
  list.add(item);
  if (hasPicture && point.image) {
    item.add(
      doc.struct("Figure", { alt: point.image.alt }, () =>
        doc.image(picture as string, left, top, { fit: [EASY_PICTURE.width, EASY_PICTURE.width] }),
      ),
    );
  }
  item.add(
    doc.struct("LBody", {}, () => {
      doc
        .font(FONTS.regular.name)
        .fontSize(EASY_TEXT.point.size)
        .text(point.text, textX, top, { width: textWidth, lineGap: EASY_TEXT.point.lineGap });
    }),
  );
  item.end();
  doc.x = left;
  doc.y = Math.max(doc.y, top + (hasPicture ? EASY_PICTURE.width : 0)) + EASY_TEXT.point.gapAfter;
}

function _text(
  doc: PDFKit.PDFDocument,
  parent: Parent,
  type: string,
  text: string,
  font: string,
  size: number,
  gapAfter: number,
  lineGap = 2,
): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  parent.add(
    doc.struct(type, {}, () => {
      doc.font(font).fontSize(size).text(text, left, doc.y, { width, lineGap });
    }),
  );
  doc.y += gapAfter;
}

/** Starts a new page when less than `height` points are left, so a heading or point is never split from its start. */
function _keepWith(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}
