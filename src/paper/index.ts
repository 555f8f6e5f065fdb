/** The board paper's content: what it says, section by section, for the PDF and the Word edition to draw. */
export { paperContent, paperLinks, findReport, type PaperOptions } from "./build.ts";
export type { PaperContent, Section, Block, Text, Span, Cell, Column, TableBlock, ChartBlock } from "./content.ts";
export { UnknownReportError } from "./errors.ts";
export { spansOf, plainText } from "./text.ts";
