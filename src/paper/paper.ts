import type { Report, StrategyModel } from "../model/index.ts";
import type { Section } from "./content.ts";

/** Web addresses the paper cites: the live strategy site and this report's own page, PDF and Word edition. */
export interface PaperLinks {
  strategy: string;
  report: string;
  pdf: string;
  docx: string;
}

/** The paper's numbering: the sections that apply, in order, and the paragraph reached in the current one. */
export interface Numbering {
  /** Section key → its number (1, 2, …); only sections the paper has are listed. */
  sections: Map<string, number>;
  /** Appendix key → its letter (A, B, …), in the order the appendices follow the body. */
  appendices: Map<string, string>;
  current: number;
  paragraph: number;
}

/** What every section is worked out from, and the sections worked out so far. */
export interface Paper {
  strategy: StrategyModel;
  report: Report;
  links: PaperLinks;
  numbering: Numbering;
  sections: Section[];
}

/** A section being written: blocks are added to it in reading order. */
export type Parent = Section;
