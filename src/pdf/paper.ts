import type { Report, StrategyModel } from "../model/index.ts";

/** Web addresses the paper cites: the live strategy site and this report's own page and PDF. */
export interface PaperLinks { strategy: string; report: string; pdf: string }

/** The paper's numbering: the sections that apply, in order, and the paragraph reached in the current one. */
export interface Numbering {
  /** Section key → its number (1, 2, …); only sections the paper has are listed. */
  sections: Map<string, number>;
  current: number;
  paragraph: number;
}

/** What every section draws with: the document, the strategy and report it shows, and the tag tree's root. */
export interface Paper {
  doc: PDFKit.PDFDocument;
  strategy: StrategyModel;
  report: Report;
  /** The Document structure element every section hangs its Sect from. */
  root: PDFKit.PDFStructureElement;
  links: PaperLinks;
  numbering: Numbering;
}

/** A structure element that tagged content can be added to. */
export type Parent = PDFKit.PDFStructureElement;

/** Options for a structure element, with the layout and table attributes pdfkit writes but its types omit. */
export type StructOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: "Row" | "Column" | "Both";
  bbox?: [number, number, number, number];
  placement?: "Block" | "Inline";
};
