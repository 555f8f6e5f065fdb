/** The parts of pdfkit's page handling this file works with, which its types leave out. */
interface _Page {
  content: { end(): void };
  dictionary: { data: { Contents: unknown } };
}
interface _Pages {
  _pageBuffer: _Page[];
  endPageMarkings(page: _Page): void;
  ref(): { end(): void };
}

/**
 * Writes each page's content out as soon as the next page begins, rather than holding every page of
 * the paper until it ends. pdfkit keeps the pages (`bufferPages`) so that the running header and
 * "Page N of M" can be drawn once the number of pages is known; held whole, the content of a paper of
 * thousands of pages is most of a build's memory. A page's content may be an array of streams, read
 * as one, so each finished page is given a second, empty stream for the furniture drawn at the end;
 * what stays in memory is the page's dictionary and that stream. The bytes depend only on the drawing,
 * so the same paper still gives the same bytes.
 */
export function writePagesAsTheyEnd(doc: PDFKit.PDFDocument): void {
  const pdf = doc as unknown as _Pages;
  const written = new WeakSet<_Page>();
  doc.on("pageAdded", () => {
    const pages = pdf._pageBuffer;
    // Every page but the new one is finished; the ones written before are skipped from the end back.
    for (let i = pages.length - 2; i >= 0; i--) {
      const page = pages[i];
      if (!page || written.has(page)) break;
      _writeBody(pdf, page);
      written.add(page);
    }
  });
}

/** Closes what is still open on the page (as pdfkit does when a page ends), writes its content, and opens a stream for the furniture. */
function _writeBody(pdf: _Pages, page: _Page): void {
  pdf.endPageMarkings(page);
  const body = page.content;
  body.end();
  page.content = pdf.ref();
  page.dictionary.data.Contents = [body, page.content];
}
