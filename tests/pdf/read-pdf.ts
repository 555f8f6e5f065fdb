import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** One page as a reader gets it: its text, and the text of each tagged marked-content id. */
export interface PageText {
  /** Text in reading order, lines joined with spaces and runs of space collapsed. */
  text: string;
  /** Text inside each marked-content id that belongs to the structure tree. */
  byContentId: Map<string, string>;
  /** Text drawn inside Artifact marked content (running headers, footers, repeated table headers). */
  artifactText: string;
  /** The page's text without the artifacts: what assistive technology reads. */
  contentText: string;
  /** Text in no marked content at all: neither tagged nor an artifact (should be empty). */
  untaggedText: string;
  structTree: StructNode | null;
}

export interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

export interface ReadPdf {
  pages: PageText[];
  text: string;
  info: Record<string, unknown>;
  marked: boolean;
  outline: { title: string; items: { title: string }[] }[];
}

type _Item = { str?: string; hasEOL?: boolean; type?: string; id?: string | null; tag?: string };

export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Parses a PDF with pdfjs (as a PDF viewer or screen reader would) and collects what the tests look at. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: PageText[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    pages.push({
      ..._collect(content.items as _Item[]),
      structTree: (await page.getStructTree()) as StructNode | null,
    });
  }
  const meta = await doc.getMetadata();
  const markInfo = await doc.getMarkInfo();
  const outline = ((await doc.getOutline()) ?? []) as ReadPdf["outline"];
  await doc.destroy();
  return {
    pages,
    text: pages.map((p) => p.text).join(" "),
    info: meta.info as Record<string, unknown>,
    marked: markInfo?.Marked === true,
    outline,
  };
}

function _collect(items: readonly _Item[]): Omit<PageText, "structTree"> {
  const all: string[] = [];
  const artifact: string[] = [];
  const content: string[] = [];
  const untagged: string[] = [];
  const byContentId = new Map<string, string>();
  const open: { id: string | null; tag: string }[] = [];
  for (const item of items) {
    if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
      open.push({ id: item.id ?? null, tag: item.tag ?? "" });
    } else if (item.type === "endMarkedContent") {
      open.pop();
    } else if (typeof item.str === "string") {
      const piece = item.str + (item.hasEOL ? " " : "");
      all.push(piece);
      (open.some((m) => m.tag === "Artifact") ? artifact : content).push(piece);
      if (!open.length) untagged.push(piece);
      const id = [...open].reverse().find((m) => m.id)?.id;
      if (id) byContentId.set(id, (byContentId.get(id) ?? "") + piece);
    }
  }
  return {
    text: squash(all.join("")),
    artifactText: squash(artifact.join(" ")),
    contentText: squash(content.join("")),
    untaggedText: squash(untagged.join("")),
    byContentId: new Map([...byContentId].map(([k, v]) => [k, squash(v)])),
  };
}

/** Every structure element of a role on the page, with the text it tags. */
export function elements(page: PageText, role: string): { text: string; node: StructNode }[] {
  const found: { text: string; node: StructNode }[] = [];
  const textOf = (node: StructNode): string =>
    node.type === "content" && node.id
      ? (page.byContentId.get(node.id) ?? "")
      : (node.children ?? []).map(textOf).join(" ");
  const walk = (node: StructNode) => {
    if (node.role === role) found.push({ text: squash(textOf(node)), node });
    (node.children ?? []).forEach(walk);
  };
  if (page.structTree) walk(page.structTree);
  return found;
}

/**
 * Splits a document's text at its section headings, each found after the one before, so a word
 * used earlier (in the cover, say) cannot be mistaken for a later heading.
 */
export function sectionsOf(text: string, headings: readonly string[]): Map<string, string> {
  const starts: number[] = [];
  let from = 0;
  for (const h of headings) {
    // An appendix is listed in the body before it starts: its heading is the last time its title appears.
    const at = h.startsWith("Appendix ") ? text.lastIndexOf(h) : text.indexOf(h, from);
    if (at < 0) throw new Error(`heading "${h}" not found in order`);
    starts.push(at);
    from = at + h.length;
  }
  return new Map(headings.map((h, i) => [h, text.slice((starts[i] ?? 0) + h.length, starts[i + 1] ?? text.length)]));
}

/** The structure elements of the given roles across the document, in reading (tag tree) order, with their text. */
export function blocksInOrder(pdf: ReadPdf, roles: readonly string[]): { role: string; text: string }[] {
  return pdf.pages.flatMap((page) => {
    const found: { role: string; text: string }[] = [];
    const textOf = (node: StructNode): string =>
      node.type === "content" && node.id
        ? (page.byContentId.get(node.id) ?? "")
        : (node.children ?? []).map(textOf).join(" ");
    const walk = (node: StructNode) => {
      if (node.role && roles.includes(node.role)) found.push({ role: node.role, text: squash(textOf(node)) });
      else (node.children ?? []).forEach(walk);
    };
    if (page.structTree) walk(page.structTree);
    return found;
  });
}

/** Text with no-break spaces read as spaces: what a reader sees. */
export function plain(text: string): string {
  return text.replace(/\u00a0/g, " ");
}
