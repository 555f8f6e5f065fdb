import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { collect } from "../../src/pdf/document.ts";
import { registerFonts } from "../../src/pdf/fonts.ts";
import { drawPageFurniture } from "../../src/pdf/furniture.ts";
import { writePagesAsTheyEnd } from "../../src/pdf/pages.ts";
import { readPdf } from "./read-pdf.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const WORDS = "The recovery college opens its doors to peer trainers this autumn. ".repeat(40);

/** A three-page document, uncompressed so each page's words can be found in the bytes. */
function _threePages(): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    bufferPages: true,
    compress: false,
    tagged: true,
    info: { CreationDate: new Date("2015-09-17T00:00:00Z") },
  });
  registerFonts(doc);
  writePagesAsTheyEnd(doc);
  return doc;
}

describe("a paper written page by page", () => {
  it("writes each page's content out as soon as the next page begins, not when the paper ends", () => {
    const doc = _threePages();
    const before = doc.readableLength;
    doc.text(WORDS);
    expect(doc.readableLength).toBe(before);
    doc.addPage();
    // The first page's text has left pdfkit's page buffer for the output.
    expect(doc.readableLength - before).toBeGreaterThan(WORDS.length);
    const afterTwo = doc.readableLength;
    doc.addPage();
    expect(doc.readableLength).toBeGreaterThan(afterTwo);
    doc.end();
  });

  it("still numbers every page out of the total, drawn once the total is known", async () => {
    const doc = _threePages();
    const bytes = collect(doc);
    for (let i = 0; i < 3; i++) {
      if (i > 0) doc.addPage();
      doc.text(`Body of page ${i + 1}`);
    }
    drawPageFurniture(doc, { left: "Mental health strategy", right: "Progress report" }, "Health and Wellbeing Board");
    doc.end();
    const pdf = await readPdf(await bytes);
    expect(pdf.pages).toHaveLength(3);
    pdf.pages.forEach((page, i) => {
      expect(page.contentText).toContain(`Body of page ${i + 1}`);
      expect(page.artifactText).toContain(`Page ${i + 1} of 3`);
    });
  });

  it("lets each paper go once its bytes are out, even when paper after paper is rendered without a pause", async () => {
    const papers: WeakRef<PDFKit.PDFDocument>[] = [];
    for (let i = 0; i < 4; i++) {
      const doc = new PDFDocument({ info: { CreationDate: new Date(0) } });
      papers.push(new WeakRef(doc));
      const bytes = collect(doc);
      doc.text(`Paper ${i + 1}`);
      doc.end();
      await bytes;
    }
    gc();
    expect(papers.slice(0, 3).filter((paper) => paper.deref() !== undefined)).toEqual([]);
  });
});
