import type { IsoDate, ProgressStatus, Status, StatusLook, Tally, TrendPoint } from "../model/index.ts";

/**
 * What a board paper says, section by section, worked out once from the model. The PDF (pdfkit) and
 * the Word edition (docx) only draw it, so the two editions cannot say different things.
 */

/** A run of text; a link goes to a web or mail address (`url`) or to a place in the paper (`anchor`). */
export interface Span {
  text: string;
  url?: string;
  anchor?: string;
}

/** Text as the paper says it: plain, or runs of which some are links. A "\n" starts a new line. */
export type Text = string | readonly Span[];

/** A column: its header and its share of the text width (the shares add up to 1). */
export interface Column {
  header: string;
  width: number;
}

/** A cell: text (optionally led by a line in bold, such as a title), or a status shown with its word. */
export type Cell = { text: Text; strong?: string } | { status: ProgressStatus };

export interface TableBlock {
  kind: "table";
  columns: Column[];
  rows: Cell[][];
  /** Show the column headers; they repeat at the top of every page the table reaches. */
  header: boolean;
  /** The first cell of each row heads that row (a key–value table). */
  rowHeaders: boolean;
  /**
   * Text under each row, across the whole table (an action's latest note), kept on one page with
   * its row: a long note reads in a few full lines, not many short ones in a narrow column. Null
   * for a row with none.
   */
  details?: (Text | null)[];
}

/** A chart, always with its caption and alternative text; the figures are also said in words or a table nearby. */
export type ChartBlock =
  | { kind: "chart"; type: "status"; tally: Tally; caption: string; alt: string }
  | { kind: "chart"; type: "trend"; points: TrendPoint[]; caption: string; alt: string };

export type Block =
  /** A heading inside a section (an exception's card): numbered, a bookmark under its section, a link target. */
  | { kind: "heading"; level: 1 | 3; text: string; anchor?: string; bookmark: boolean }
  | { kind: "paragraph"; text: Text; style: "body" | "lead" }
  /** A numbered paragraph ("4.3"): the number hangs in the margin; further paragraphs follow under it. */
  | { kind: "numbered"; number: string; anchor: string; paragraphs: Text[] }
  | { kind: "list"; items: { bullet: string; text: Text }[] }
  | TableBlock
  | ChartBlock
  /** A boxed notice, such as the illustrative-data warning. */
  | { kind: "notice"; text: string };

export interface Section {
  /** What the section is ("summary", "appendix-actions"); the cover has none. */
  key: string | null;
  /** "3" for a numbered section, "A" for an appendix, null for the cover. */
  number: string | null;
  /** The heading as shown ("3 Summary of progress", "Appendix A: Progress of every action"); null for the cover. */
  heading: string | null;
  /** Where links to the section go. */
  anchor: string;
  /** Starts on a page of its own. */
  newPage: boolean;
  blocks: Block[];
}

export interface PaperContent {
  title: string;
  /** The document language, e.g. en-GB. */
  language: string;
  /** The word and colours for each status: the strategy's own, where it rates on a scale of its own. */
  scale: {
    words: Record<ProgressStatus, string>;
    colours: Record<ProgressStatus, StatusLook>;
    /** The ratings the strategy declares (none where it keeps the tool's scale): which statuses its charts show. */
    ratings: readonly { status: Status; label: string }[];
  };
  /** The body text size in points (12 unless the paper settings say otherwise, never below 11). */
  bodySize: number;
  /** For the file's properties: who wrote it, what it is about, and the meeting's date (never the clock). */
  properties: { author: string; subject: string; keywords: string; date: IsoDate };
  /** The running header from page 2 and the footer on every page. */
  header: { left: string; right: string };
  footer: string;
  sections: Section[];
}
