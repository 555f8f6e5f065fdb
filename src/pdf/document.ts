import PDFDocument from "pdfkit";
import type { PaperContent } from "../paper/index.ts";
import { registerFonts } from "./fonts.ts";
import { FONTS, PAGE } from "./styles.ts";

/**
 * A tagged PDF/UA document with its metadata. Dates come from the report (the meeting), never the
 * clock: pdfkit derives the trailer ID from the info dictionary, so fixed dates give identical bytes.
 */
export function createDocument(content: PaperContent): PDFKit.PDFDocument {
  const date = new Date(`${content.properties.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    tagged: true,
    subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
    pdfVersion: "1.7",
    lang: content.language,
    displayTitle: true,
    info: {
      Title: content.title,
      Author: content.properties.author,
      Subject: content.properties.subject,
      Keywords: content.properties.keywords,
      Creator: "Strategy Press",
      CreationDate: date,
      ModDate: date,
    },
  });
  registerFonts(doc);
  doc.font(FONTS.regular.name);
  _tagInternalLinks(doc);
  return doc;
}

/**
 * pdfkit ties a web link's annotation to the Link element it is drawn in, but not a link to a place
 * in the document (goTo): do the same for those, so assistive technology finds every link's target.
 */
function _tagInternalLinks(doc: PDFKit.PDFDocument): void {
  const internal = doc as unknown as {
    goTo: (x: number, y: number, w: number, h: number, name: string, options?: object) => unknown;
    _currentStructureElement?: { dictionary: { data: { S?: string } } };
  };
  const goTo = internal.goTo.bind(doc);
  internal.goTo = (x, y, w, h, name, options = {}) => {
    const current = internal._currentStructureElement;
    return goTo(x, y, w, h, name, current?.dictionary.data.S === "Link" ? { ...options, structParent: current } : options);
  };
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
