import type { Cell, ChartBlock, Column, Section, Text } from "./content.ts";
import type { Paper } from "./paper.ts";

/**
 * The blocks a section is written in. Each helper adds one block to the section, in reading order;
 * how it looks is the PDF's and the Word edition's business, never the section's.
 */

/** The anchor of a numbered paragraph ("4.2" → "para-4-2"), the target of a cross-reference. */
export function paragraphAnchor(number: string): string {
  return `para-${number.replace(/\./g, "-")}`;
}

export function paragraph(sect: Section, text: Text, style: "body" | "lead" = "body"): void {
  sect.blocks.push({ kind: "paragraph", text, style });
}

export function notice(sect: Section, text: string): void {
  sect.blocks.push({ kind: "notice", text });
}

export function heading(sect: Section, level: 1 | 3, text: string, anchor?: string): void {
  sect.blocks.push({ kind: "heading", level, text, bookmark: level === 3, ...(anchor ? { anchor } : {}) });
}

export function list(sect: Section, items: { bullet: string; text: Text }[]): void {
  sect.blocks.push({ kind: "list", items });
}

export interface TableSpec {
  columns: Column[];
  rows: Cell[][];
  /** Show the column headers (default true). */
  header?: boolean;
  /** The first cell of each row heads that row (a key–value table). */
  rowHeaders?: boolean;
  /** Text under each row, across the whole table (see TableBlock). */
  details?: (Text | null)[];
}

export function table(sect: Section, spec: TableSpec): void {
  sect.blocks.push({
    kind: "table",
    columns: spec.columns,
    rows: spec.rows,
    header: spec.header !== false,
    rowHeaders: spec.rowHeaders === true,
    ...(spec.details ? { details: spec.details } : {}),
  });
}

export function chart(sect: Section, block: ChartBlock): void {
  sect.blocks.push(block);
}

/** The next paragraph number of the current section, taken: "4.3". */
export function takeNumber(paper: Paper): string {
  paper.numbering.paragraph++;
  return `${paper.numbering.current}.${paper.numbering.paragraph}`;
}
