import type { Paper, Parent } from "../paper.ts";
import { container, heading } from "../tags.ts";

export interface Opened { sect: Parent; outline: PDFKit.PDFOutline | undefined }

/** Opens a section: a Sect element, its H2 heading and a top-level bookmark; optionally on a new page. */
export function openSection(paper: Paper, title: string, options: { newPage?: boolean } = {}): Opened {
  const { doc } = paper;
  if (options.newPage && doc.y > doc.page.margins.top) doc.addPage();
  const sect = container(paper, paper.root, "Sect");
  const outline = heading(paper, sect, 2, title, { outline: doc.outline });
  return { sect, outline };
}
