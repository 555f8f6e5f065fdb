import type { StrategyContent, WordContent } from "./content.ts";
import { pluralOf as _plural } from "./counting.ts";

/** A word in both its forms, and lower-case versions for the middle of a sentence. */
export interface Word {
  singular: string;
  plural: string;
  lower: string;
  lowerPlural: string;
}

/**
 * What a strategy calls its levels and outputs. Every page and paper takes its words from here, so a
 * strategy that says "Priority" never shows "Theme". The defaults are the words used before a strategy
 * could choose its own. `measure` is here for outcome measures, which use it in their own pages.
 */
export interface Words {
  theme: Word;
  objective: Word;
  action: Word;
  report: Word;
  measure: Word;
  /** What a report's PDF is called: "Board paper", or "Paper" once a strategy names its reports otherwise. */
  paper: Word;
  /** The body progress reports go to: the strategy's `words.board`, else its owning board. */
  board: string;
  /**
   * How a sentence names that body after the first mention, as in "the Board decided": "Board" for a body
   * whose name ends in Board ("Derby City Health and Wellbeing Board"); otherwise, or where the strategy
   * names its monitoring body in `words.board`, the name in full ("the Dementia Planning Group").
   */
  body: string;
}

const _DEFAULTS = {
  theme: "Theme",
  objective: "Objective",
  action: "Action",
  report: "Board report",
  measure: "Outcome measure",
} as const;

/** The strategy's words, each falling back to its default. */
export function wordsOf(strategy: Pick<StrategyContent, "words" | "board">): Words {
  const w = strategy.words ?? {};
  return {
    theme: word(w.theme ?? _DEFAULTS.theme),
    objective: word(w.objective ?? _DEFAULTS.objective),
    action: word(w.action ?? _DEFAULTS.action),
    report: word(w.report ?? _DEFAULTS.report),
    measure: word(w.measure ?? _DEFAULTS.measure),
    paper: word(w.paper ?? (w.report ? "Paper" : "Board paper")),
    board: w.board ?? strategy.board,
    body: w.board ?? _body(strategy.board),
  };
}

/** The body reports go to, after its first mention: "Board" for a board, else its whole name. */
function _body(board: string | undefined): string {
  return !board || /\bBoard$/.test(board.trim()) ? "Board" : board.trim();
}

/**
 * A word as written, in both forms: a plural not given adds an s (irregular plurals are written out).
 * Mid-sentence it keeps the capitals the strategy wrote, unless it is written in sentence case
 * ("Board report" reads "board report"); `lower` and `lower_plural` say it outright where neither fits.
 */
export function word(written: WordContent): Word {
  const full = typeof written === "string" ? { singular: written } : written;
  const singular = full.singular;
  const plural = full.plural ?? _plural(singular);
  const lower = full.lower ?? _inSentence(singular);
  return {
    singular,
    plural,
    lower,
    lowerPlural: full.lower_plural ?? (full.lower ? _plural(full.lower) : _inSentence(plural)),
  };
}

/**
 * A word as written mid-sentence. In sentence case (only its first letter a capital: "Priority",
 * "Board report") the first letter is made small. A phrase with a capital after its first letter
 * ("Corporate Performance Report", "CCG report", "Council Plan") is a name: it keeps its capitals.
 */
function _inSentence(text: string): string {
  if (/[A-Z]/.test(text.slice(1))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
