import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { StrategyModel } from "../../src/model/index.ts";
import { renderReportDocx } from "../../src/docx/index.ts";
import { renderReport } from "../../src/pdf/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { blocksInOrder, plain, readPdf, sectionsOf, squash, type ReadPdf } from "../pdf/read-pdf.ts";

const CONTENT = join(import.meta.dirname, "..", "..", "content");
const HOME = "https://strategies.derby.example/derby-mental-health/";

/** A paragraph of the Word document as a reader gets it: its style and its text. */
interface WordParagraph {
  style: string | null;
  text: string;
  xml: string;
}

let strategy: StrategyModel;
let bytes: Buffer;
let zip: JSZip;
let documentXml: string;
let paragraphs: WordParagraph[];
let pdf: ReadPdf;

function _unescape(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The body's paragraphs in order (those inside table cells too), each with its style and text. */
function _paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? m[2] ?? "";
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1] ?? null;
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)]
      .map((t) => (t[1] !== undefined ? _unescape(t[1]) : " "))
      .join("");
    return { style, text: squash(text), xml: inner };
  });
}

beforeAll(async () => {
  strategy = readModel(CONTENT).model.strategies.find((s) => s.id === "derby-mental-health") as StrategyModel;
  bytes = await renderReportDocx(strategy, "2015-09", { siteHome: HOME });
  zip = await JSZip.loadAsync(bytes);
  documentXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  paragraphs = _paragraphs(documentXml);
  pdf = await readPdf(await renderReport(strategy, "2015-09", { siteHome: HOME }));
}, 120_000);

describe("the Word edition of Derby's September board paper", () => {
  it("has Word's own heading styles, in the PDF's section order", () => {
    expect(paragraphs.filter((p) => p.style === "Title").map((p) => p.text)).toEqual([
      squash(strategy.reports[1]?.title ?? ""),
    ]);
    const headings = paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(headings).toEqual(blocksInOrder(pdf, ["H2"]).map((b) => b.text));
    expect(headings.slice(0, 3)).toEqual(["1 Purpose", "2 Recommendations", "3 Summary of progress"]);
    expect(headings).toContain("Appendix A: Progress of every action");
    // The exceptions are headings a level down, numbered as the PDF numbers them.
    expect(paragraphs.filter((p) => p.style === "Heading2").map((p) => p.text.split(" ")[0])).toEqual([
      "4.2",
      "4.3",
      "4.4",
      "4.5",
      "4.6",
    ]);
  });

  it("numbers its paragraphs, recommendations included, as the PDF does, with a bookmark on each for cross-references", () => {
    const numbered = paragraphs
      .map((p) => /^(\d+\.\d+) /.exec(p.text)?.[1])
      .filter((n): n is string => n !== undefined);
    const inPdf = blocksInOrder(pdf, ["P", "H3"])
      .map((b) => /^(\d+\.\d+) /.exec(b.text)?.[1])
      .filter((n): n is string => n !== undefined);
    expect(numbered).toEqual(inPdf);
    expect(numbered.filter((n) => n.startsWith("2."))).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5"]);
    expect(documentXml).toContain('<w:bookmarkStart w:name="para_4_2"');
    // "See action 1 (paragraph 4.2)" is a link to that bookmark.
    expect(documentXml).toMatch(/<w:hyperlink [^>]*w:anchor="para_4_2"[^>]*>[\s\S]*?action 1 \(paragraph 4\.2\)/);
  });

  it("marks every table's header row to repeat on each page, and lets no row split", () => {
    const tables = [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1] ?? "");
    expect(tables.length).toBeGreaterThan(5);
    const withHeader = tables.filter((t) => t.includes("<w:tblHeader/>"));
    expect(withHeader.length).toBeGreaterThanOrEqual(4);
    for (const t of withHeader)
      expect((/<w:tr>[\s\S]*?<\/w:tr>/.exec(t)?.[0] ?? "").includes("<w:tblHeader/>")).toBe(true);
    expect(documentXml).toContain("Action and latest note");
  });

  it("gives each chart as a picture with the same alternative text as the PDF's figure", async () => {
    const alts = [...documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => _unescape(m[1] ?? ""));
    const figures = pdf.pages
      .flatMap((p) => (p.structTree ? [p.structTree] : []))
      .flatMap(function walk(n): string[] {
        return [...(n.role === "Figure" && n.alt ? [n.alt] : []), ...(n.children ?? []).flatMap(walk)];
      });
    expect(alts).toEqual(figures);
    expect(alts[0]).toContain("Bar chart of the 16 actions by status at 31 August 2015. Not started: 1, On track: 7");
    expect(Object.keys(zip.files).filter((f) => f.startsWith("word/media/") && f.endsWith(".png"))).toHaveLength(2);
  });

  it("is in British English, titled, with page numbers, and dated by the meeting so it is the same every time", async () => {
    expect(await zip.file("word/styles.xml")?.async("string")).toContain('<w:lang w:val="en-GB"/>');
    const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
    expect(core).toContain(`<dc:title>${strategy.reports[1]?.title}</dc:title>`);
    expect(core).toContain(">2015-09-17T00:00:00Z</dcterms:created>");
    const footer = (await zip.file("word/footer1.xml")?.async("string")) ?? "";
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(Buffer.compare(bytes, await renderReportDocx(strategy, "2015-09", { siteHome: HOME }))).toBe(0);
  });

  it("says what the PDF says, section by section", () => {
    const pdfText = plain(pdf.pages.map((p) => p.contentText).join(" "));
    const headings = paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    const sections = sectionsOf(pdfText, headings);
    // The cover, before the first heading.
    sections.set("", pdfText.slice(0, pdfText.indexOf(headings[0] ?? "")));
    let section = "";
    let checked = 0;
    for (const p of paragraphs) {
      if (p.style === "Heading1") section = p.text;
      if (!p.text || p.style === "Heading1") continue;
      // Each paragraph of the Word edition (numbered ones, table cells and captions alike) is in the same section of the
      // PDF; compared without spaces, as the PDF's lines may break a long address where Word's do not.
      const words = (text: string) => plain(text).replace(/\s+/g, "");
      expect(words(sections.get(section) ?? ""), `${section}: ${p.text}`).toContain(words(p.text));
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });
});
