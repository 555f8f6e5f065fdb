import type { Report, StrategyModel } from "../model/index.ts";

/** What every section draws with: the document, the strategy and report it shows, and the tag tree's root. */
export interface Paper {
  doc: PDFKit.PDFDocument;
  strategy: StrategyModel;
  report: Report;
  /** The Document structure element every section hangs its Sect from. */
  root: PDFKit.PDFStructureElement;
}

/** A structure element that tagged content can be added to. */
export type Parent = PDFKit.PDFStructureElement;

/** Options for a structure element, with the layout and table attributes pdfkit writes but its types omit. */
export type StructOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: "Row" | "Column" | "Both";
  bbox?: [number, number, number, number];
  placement?: "Block" | "Inline";
};
