import PDFDocument from "pdfkit";
import type { Report, StrategyModel } from "../model/index.ts";
import { registerFonts } from "./fonts.ts";
import { FONTS, PAGE } from "./styles.ts";

/**
 * A tagged PDF/UA document with its metadata. Dates come from the report (the meeting), never the
 * clock: pdfkit derives the trailer ID from the info dictionary, so fixed dates give identical bytes.
 */
export function createDocument(strategy: StrategyModel, report: Report): PDFKit.PDFDocument {
  const date = new Date(`${report.meeting}T00:00:00Z`);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    tagged: true,
    subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
    pdfVersion: "1.7",
    lang: strategy.meta.language,
    displayTitle: true,
    info: {
      Title: report.title,
      Author: report.author?.name ?? report.lead_organisation ?? strategy.meta.organisations[0]?.name ?? report.board,
      Subject: `${strategy.meta.title}: progress report to ${report.board}, ${report.meeting}`,
      Keywords: [strategy.meta.short_title ?? strategy.meta.title, report.board, "progress report"].join(", "),
      Creator: "Strategy Press",
      CreationDate: date,
      ModDate: date,
    },
  });
  registerFonts(doc);
  doc.font(FONTS.regular.name);
  return doc;
}

/** Collects the document's bytes; call before drawing so no chunk is missed, await after `doc.end()`. */
export function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
