import type { PaperContent } from "../paper/index.ts";
import type { TextStyles } from "./styles.ts";

/** What every drawing helper draws with: the document, the tag tree's root and the text styles in force. */
export interface Paper {
  doc: PDFKit.PDFDocument;
  /** The Document structure element every section hangs its Sect from. */
  root: PDFKit.PDFStructureElement;
  text: TextStyles;
  /** The words and colours for each status: the strategy's own, where it rates on a scale of its own. */
  scale: PaperContent["scale"];
}

/** A structure element that tagged content can be added to. */
export type Parent = PDFKit.PDFStructureElement;

/** Options for a structure element, with the layout and table attributes pdfkit writes but its types omit. */
export type StructOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: "Row" | "Column" | "Both";
  bbox?: [number, number, number, number];
  placement?: "Block" | "Inline";
};
