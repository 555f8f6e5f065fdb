import { plainText, spansOf, type Span, type Text } from "../paper/index.ts";
import {
  bottom,
  contentWidth,
  drawText,
  ensureSpace,
  gap,
  keepValuesTogether,
  left,
  textHeight,
  useStyle,
} from "./flow.ts";
import type { Paper, Parent, StructOptions } from "./paper.ts";
import { GAPS, LINK, type TextStyle } from "./styles.ts";

/** A list item as drawn: its label (bullet or number) and its text. */
export interface TextBlock {
  text: Text;
  bullet?: string;
}

/**
 * Tagged content: each helper draws one kind of block inside its structure element (H2, P, L…),
 * so the tag tree reads in the same order as the page. Decoration goes through `artifact`.
 */

export type Level = 1 | 2 | 3;
function _heading(paper: Paper, level: Level): { style: TextStyle; before: number } {
  return {
    1: { style: paper.text.h1, before: 0 },
    2: { style: paper.text.h2, before: GAPS.beforeH2 },
    3: { style: paper.text.h3, before: GAPS.beforeH3 },
  }[level];
}

/** A column of the page: where blocks start and how wide they are (the full text width by default). */
export interface Box {
  x: number;
  width: number;
}

export function fullWidth(doc: PDFKit.PDFDocument): Box {
  return { x: left(doc), width: contentWidth(doc) };
}

/** Adds a child element to `parent` and draws its content in `draw`, which runs at once. */
export function tag(paper: Paper, parent: Parent, type: string, draw: () => void, options: StructOptions = {}): void {
  parent.add(paper.doc.struct(type, options, draw));
}

/** A container element (Sect, L, Table…) attached to `parent`, ready for children. */
export function container(paper: Paper, parent: Parent, type: string): Parent {
  const element = paper.doc.struct(type);
  parent.add(element);
  return element;
}

/** Draws decoration (rules, fills, running headers) outside the tag tree. */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void, type: "Pagination" | "Layout" = "Layout"): void {
  doc.markContent("Artifact", { type });
  doc.save();
  draw();
  doc.restore();
  doc.endMarkedContent();
}

export interface HeadingOptions {
  /** Add a bookmark for the heading under this outline item. */
  outline?: PDFKit.PDFOutline | undefined;
  /** Points of what follows to keep on the same page as the heading. */
  keep?: number;
  box?: Box;
  /** The name a link to the heading goes to. */
  anchor?: string | undefined;
}

/** A heading, kept with what follows it and optionally bookmarked. */
export function heading(
  paper: Paper,
  parent: Parent,
  level: Level,
  text: string,
  options: HeadingOptions = {},
): PDFKit.PDFOutline | undefined {
  const { doc } = paper;
  const { style, before } = _heading(paper, level);
  gap(doc, before);
  const { x, width } = options.box ?? fullWidth(doc);
  const room = bottom(doc) - doc.page.margins.top;
  const height = textHeight(doc, text, style, width) + style.gapAfter;
  ensureSpace(doc, height + Math.min(options.keep ?? GAPS.keepWithNext, room - height));
  const outline = options.outline;
  // Bookmarks land on the heading itself, not the top of the page (pdfkit measures `left` from the right edge).
  const item = outline?.addItem(text, { top: doc.y, left: doc.page.width } as { expanded?: boolean });
  if (options.anchor) doc.addNamedDestination(options.anchor, "XYZ", x, doc.y, null);
  tag(paper, parent, `H${level}`, () => drawText(doc, text, style, x, doc.y, width));
  doc.y += style.gapAfter;
  return item;
}

/** One paragraph of text, its links live. */
export function paragraph(paper: Paper, parent: Parent, text: Text, style: TextStyle = paper.text.body): void {
  const { doc } = paper;
  const width = contentWidth(doc);
  // Keep at least two lines together: a lone line at the foot of a page reads badly.
  ensureSpace(doc, Math.min(textHeight(doc, plainText(text), style, width), (style.size + style.lineGap) * 2.5));
  richText(paper, parent, "P", text, style, left(doc), doc.y, width);
  doc.y += style.gapAfter;
}

/**
 * Text in an element of its own (P, TD, LBody…) at (x, y), wrapped to `width`. Each link in it is a
 * Link element holding its words and its annotation (a web address, an email, or a place in the
 * paper), drawn in the link colour and underlined; the rest of the text flows around it.
 */
export function richText(
  paper: Paper,
  parent: Parent,
  type: string,
  text: Text,
  style: TextStyle,
  x: number,
  y: number,
  width: number,
  options: StructOptions = {},
): void {
  const { doc } = paper;
  const spans = spansOf(text);
  if (!spans.some((s) => s.url || s.anchor)) {
    tag(paper, parent, type, () => drawText(doc, plainText(text), style, x, y, width), options);
    return;
  }
  const element = doc.struct(type, options);
  parent.add(element);
  richInto(paper, element, text, style, x, y, width);
  element.end();
}

/** Draws text with its links into an element already in the tag tree (see richText). */
export function richInto(
  paper: Paper,
  element: Parent,
  text: Text,
  style: TextStyle,
  x: number,
  y: number,
  width: number,
): void {
  const { doc } = paper;
  const spans = _punctuationWithLinks(spansOf(text));
  spans.forEach((span, i) => {
    const isLink = Boolean(span.url || span.anchor);
    const link = span.url
      ? { link: span.url, goTo: null }
      : span.anchor
        ? { goTo: span.anchor, link: null }
        : { link: null, goTo: null };
    const draw = () => {
      useStyle(doc, style).fillColor(isLink ? LINK.colour : style.colour);
      const textOptions = {
        width,
        lineGap: style.lineGap,
        continued: i < spans.length - 1,
        underline: isLink,
        ...link,
      } as PDFKit.Mixins.TextOptions;
      if (i === 0) doc.text(keepValuesTogether(span.text), x, y, textOptions);
      else doc.text(keepValuesTogether(span.text), textOptions);
    };
    element.add(isLink ? doc.struct("Link", {}, [() => _describedLinks(doc, span.text, draw)]) : draw);
  });
}

/**
 * Runs `draw` so each link annotation it makes carries the link's words as its description
 * (Contents, which PDF/UA asks of every annotation), and each link to a place in the paper is
 * attached to its Link element as a link to the web is (pdfkit does the second only for the web).
 */
function _describedLinks(doc: PDFKit.PDFDocument, words: string, draw: () => void): void {
  type Annotating = (
    x: number,
    y: number,
    w: number,
    h: number,
    target: unknown,
    options?: Record<string, unknown>,
  ) => PDFKit.PDFDocument;
  const links = doc as unknown as {
    link: Annotating;
    goTo: Annotating;
    _currentStructureElement?: { dictionary: { data: { S: string } } };
  };
  const { link, goTo } = links;
  const own = Object.hasOwn(doc, "link") || Object.hasOwn(doc, "goTo");
  // pdfkit writes a JavaScript String object as a PDF text string (a bare string would be a name).
  // The link's own words: without the full stop or semicolon kept on its line with it.
  const described = { Contents: new String(words.trim().replace(/[.;:]+$/, "")) };
  links.link = (x, y, w, h, url, options = {}) => link.call(doc, x, y, w, h, url, { ...options, ...described });
  links.goTo = (x, y, w, h, name, options = {}) => {
    const current = links._currentStructureElement;
    return goTo.call(doc, x, y, w, h, name, {
      ...options,
      ...described,
      ...(current?.dictionary.data.S === "Link" ? { structParent: current } : {}),
    });
  };
  try {
    draw();
  } finally {
    // Back to pdfkit's own methods.
    if (own) Object.assign(links, { link, goTo });
    else {
      delete (links as Partial<typeof links>).link;
      delete (links as Partial<typeof links>).goTo;
    }
  }
}

/** The height a list takes: its items and the space between them. */
export function listHeight(
  doc: PDFKit.PDFDocument,
  items: readonly TextBlock[],
  style: TextStyle,
  width: number,
): number {
  return items.reduce(
    (sum, item) => sum + textHeight(doc, plainText(item.text), style, width - GAPS.listIndent) + style.gapAfter / 2,
    style.gapAfter / 2,
  );
}

/** A list: L › LI › (Lbl, LBody), the label hanging in the margin of the body. */
export function list(
  paper: Paper,
  parent: Parent,
  items: readonly TextBlock[],
  style: TextStyle = paper.text.body,
  box?: Box,
): void {
  const { doc } = paper;
  const l = container(paper, parent, "L");
  const area = box ?? fullWidth(doc);
  // A short list is kept in one piece; a long one may break between items.
  const total = listHeight(doc, items, style, area.width);
  if (total < GAPS.keepListUnder) ensureSpace(doc, total);
  _items(paper, l, items, style, area);
  l.end();
  doc.y += style.gapAfter / 2;
}

function _items(paper: Paper, l: Parent, items: readonly TextBlock[], style: TextStyle, { x, width }: Box): void {
  const { doc } = paper;
  const bodyWidth = width - GAPS.listIndent;
  for (const item of items) {
    ensureSpace(
      doc,
      Math.min(textHeight(doc, plainText(item.text), style, bodyWidth), (style.size + style.lineGap) * 2.5),
    );
    const li = container(paper, l, "LI");
    const y = doc.y;
    const labelWidth = GAPS.listIndent;
    tag(paper, li, "Lbl", () => drawText(doc, item.bullet ?? "•", style, x, y, labelWidth));
    richText(paper, li, "LBody", item.text, style, x + labelWidth, y, bodyWidth);
    li.end();
    doc.y += style.gapAfter / 2;
  }
  doc.x = left(doc);
}

/**
 * A full stop straight after a link is drawn with the link: drawn apart, the line breaker could put
 * it alone at the start of the next line. (A comma is left out: it would join an email address.)
 */
function _punctuationWithLinks(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const before = out.at(-1);
    // The space after it too, so a line that breaks there does not start with one.
    const stop = /^[.;:)]+\s*/.exec(span.text)?.[0];
    if (before && (before.url || before.anchor) && stop) {
      out[out.length - 1] = { ...before, text: before.text + stop };
      if (span.text.length > stop.length) out.push({ ...span, text: span.text.slice(stop.length) });
    } else out.push(span);
  }
  return out;
}
