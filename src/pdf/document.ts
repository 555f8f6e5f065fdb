import PDFDocument from "pdfkit";
import type { PaperContent } from "../paper/index.ts";
import { registerFonts } from "./fonts.ts";
import { writePagesAsTheyEnd } from "./pages.ts";
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
  writePagesAsTheyEnd(doc);
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
    return goTo(
      x,
      y,
      w,
      h,
      name,
      current?.dictionary.data.S === "Link" ? { ...options, structParent: current } : options,
    );
  };
}

/** Pieces gathered before they are joined: pdfkit writes a PDF a few bytes at a time. */
const _JOIN_EVERY = 1024;

/**
 * Collects the document's bytes; call before drawing, await after `doc.end()`. pdfkit pushes each
 * piece it writes into a stream, which would hold them all, one buffer each, until the drawing (all
 * synchronous) has finished; for a long paper that is hundreds of thousands of buffers, several times
 * the memory of the bytes they hold. So each piece is taken as it is written, and joined as they come.
 */
export function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const joined: Buffer[] = [];
  // What pdfkit wrote on creating the document (the header) is in the stream already.
  let pieces: Uint8Array[] = [(doc.read() as Buffer | null) ?? Buffer.alloc(0)];
  return new Promise((resolve, reject) => {
    doc.on("error", reject);
    doc.push = (piece: Uint8Array | null) => {
      // Answered on the next tick: the stream has work queued there that holds the document, and a
      // caller rendering paper after paper without waiting on anything else would never let it run.
      if (piece === null) process.nextTick(resolve, Buffer.concat([...joined, ...pieces]));
      else if (pieces.push(piece) >= _JOIN_EVERY) {
        joined.push(Buffer.concat(pieces));
        pieces = [];
      }
      return true;
    };
  });
}
