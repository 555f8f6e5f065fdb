import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { StrategyModel } from "../../src/model/index.ts";
import { renderReport } from "../../src/pdf/index.ts";
import { readPdf, type ReadPdf, type StructNode } from "./read-pdf.ts";
import { readModel } from "../../src/pipeline.ts";

const CONTENT = join(import.meta.dirname, "..", "..", "content");
const HOME = "https://strategies.derby.example/derby-mental-health/";

let bytes: Buffer;
let pdf: ReadPdf;
/** Each page's link annotations: where they go (a web address, or a place in the paper), and their description. */
let links: { page: number; url?: string; dest?: unknown; contents: string }[];

beforeAll(async () => {
  const strategy = readModel(CONTENT).model.strategies.find((s) => s.id === "derby-mental-health") as StrategyModel;
  bytes = await renderReport(strategy, "2015-09", { siteHome: HOME });
  pdf = await readPdf(bytes);
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  links = [];
  for (let n = 1; n <= doc.numPages; n++) {
    for (const a of (await (await doc.getPage(n)).getAnnotations()) as {
      subtype: string;
      url?: string;
      dest?: unknown;
      contentsObj?: { str: string };
    }[]) {
      if (a.subtype === "Link")
        links.push({
          page: n,
          ...(a.url ? { url: a.url } : {}),
          ...(a.dest ? { dest: a.dest } : {}),
          contents: a.contentsObj?.str ?? "",
        });
    }
  }
  await doc.destroy();
}, 120_000);

describe("Derby's September paper, short with lettered appendices", () => {
  it("has its body, cover sheet included, in 6 pages or fewer: Appendix A starts on page 7 at the latest", () => {
    const first = pdf.pages.findIndex((p) => p.contentText.startsWith("Appendix A: Progress of every action"));
    expect(first).toBeGreaterThan(0);
    expect(first + 1).toBeLessThanOrEqual(7);
    // The cover sheet is a page of its own.
    expect(pdf.pages[1]?.contentText.startsWith("1 Purpose")).toBe(true);
  });

  it("lists every appendix in the body, each a link to where it starts", () => {
    const body = pdf.pages.map((p) => p.contentText).join(" ");
    for (const a of [
      "9.1 Appendix A: Progress of every action",
      "9.2 Appendix B: Risk register",
      "9.3 Appendix C: Decisions of the last meeting and what followed",
      "9.4 Appendix D: Changes from report to report",
    ]) {
      expect(body).toContain(a);
    }
    expect(links.filter((l) => l.dest === "appendix-a").length).toBeGreaterThanOrEqual(2);
  });

  it("has live links: the report's address, the author's email, each background paper's address, and cross-references", () => {
    expect(links.length).toBeGreaterThanOrEqual(5);
    const urls = links.flatMap((l) => (l.url ? [l.url] : []));
    expect(urls).toContain(`${HOME}reports/2015-09/`);
    expect(urls).toContain("mailto:claire.hollis@derby.example");
    expect(urls).toContain(HOME);
    expect(urls).toContain("https://strategies.derby.example/derby-mental-health/reports/2015-03/");
    // "See action 1 (paragraph 4.2)" goes to paragraph 4.2.
    expect(links.map((l) => l.dest)).toContain("para-4-2");
  });

  it("tags each link as a Link element holding its words", () => {
    const found: string[] = [];
    for (const page of pdf.pages) {
      const walk = (node: StructNode) => {
        if (node.role === "Link")
          found.push(
            (node.children ?? [])
              .filter((c) => c.type === "content" && c.id)
              .map((c) => page.byContentId.get(c.id as string) ?? "")
              .join(""),
          );
        (node.children ?? []).forEach(walk);
      };
      if (page.structTree) walk(page.structTree);
    }
    // A link that runs onto a second line has an annotation on each line, both in its one Link element.
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(found.every((t) => t.trim().length > 0)).toBe(true);
    expect(found).toContain("claire.hollis@derby.example");
    expect(found).toContain("action 1 (paragraph 4.2).");
  });

  it("describes each link annotation with the link's words, a link to a place in the paper as well as one to the web", () => {
    expect(links.filter((l) => l.contents.trim() === "")).toEqual([]);
    expect(links.find((l) => l.url === "mailto:claire.hollis@derby.example")?.contents).toBe(
      "claire.hollis@derby.example",
    );
    expect(links.find((l) => l.dest === "para-4-2")?.contents).toBe("action 1 (paragraph 4.2)");
    expect(links.filter((l) => l.dest === "appendix-a").map((l) => l.contents)).toContain(
      "Appendix A: Progress of every action",
    );
  });

  it("has bookmarks two levels deep, following the numbering: each section, then each numbered paragraph in it", () => {
    const recommendations = pdf.outline.find((o) => o.title === "2 Recommendations");
    expect(recommendations?.items.map((i) => i.title.split(" ")[0])).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5"]);
    expect(recommendations?.items[0]?.title).toMatch(/^2\.1 The Board is asked to note the progress\b.*…$/);
    expect(pdf.outline.filter((o) => o.items.length > 0).length).toBeGreaterThanOrEqual(8);
    expect(pdf.outline.map((o) => o.title)).toContain("Appendix A: Progress of every action");
  });
});
