/**
 * The shape of a progress return, shared by the writer and the reader so the two cannot drift: a
 * few labelled lines saying what the return is for, then one row per action. The .xlsx and the
 * .csv hold the same grid, so a row or column number means the same cell in either.
 */

/** The labels of the lines above the table, in column A, each with its value in column B (and C). */
export const PREAMBLE = {
  title: "Progress return",
  strategy: "Strategy",
  report: "Report",
  period: "Period",
  organisation: "Lead organisation",
  instructions: "How to fill it in",
} as const;

export const INSTRUCTIONS =
  "For each {action} you lead, give its new status, percent complete and a note on what happened and what comes next. " +
  "For any {action} {troubled}, say why, what is being done to recover it, any new due date you propose and what you ask the {body} to decide. " +
  "Leave a row blank if there is nothing to report. Only the shaded columns can be changed.";

/**
 * The table's columns, in order. `input` columns are the lead's to fill in; the rest must not change.
 * Columns added after returns were first sent out come last, so a return written before still reads.
 */
export const COLUMNS = [
  // The reader finds the table by this header, in whatever word the strategy has for an action.
  { key: "action", header: "{Action} id", input: false, width: 26 },
  { key: "number", header: "No.", input: false, width: 5 },
  { key: "title", header: "{Action}", input: false, width: 50 },
  { key: "due", header: "Due date", input: false, width: 12 },
  { key: "status", header: "Current status", input: false, width: 14 },
  { key: "percent", header: "Current percent", input: false, width: 9 },
  { key: "lastNote", header: "Last note", input: false, width: 50 },
  { key: "newStatus", header: "New status", input: true, width: 14 },
  { key: "newPercent", header: "Percent complete", input: true, width: 10 },
  { key: "date", header: "Date of update", input: true, width: 13 },
  { key: "note", header: "Note", input: true, width: 50 },
  { key: "revisedDue", header: "New due date you propose", input: true, width: 13 },
  { key: "recovery", header: "What is being done to recover it", input: true, width: 40 },
  { key: "by", header: "Updated by", input: true, width: 24 },
  { key: "reason", header: "Why it is {troubled}", input: true, width: 40 },
  { key: "request", header: "What you ask the {body} to decide", input: true, width: 40 },
  // Only in the return of a plan that reports a stage beside each rating (`stages: true`).
  { key: "stage", header: "Stage of the work", input: true, width: 16 },
] as const;

/** What the lead is asked, in a plan that reports stages, after INSTRUCTIONS. */
export const STAGE_INSTRUCTION = "Give each {action}'s stage too: not started, in progress or complete.";

/**
 * The columns of one strategy's return: the stage column only where the plan reports stages. It
 * comes last, so every other column has the same number in every return.
 */
export function columnsFor(stages: boolean): readonly (typeof COLUMNS)[number][] {
  return COLUMNS.filter((c) => stages || c.key !== "stage");
}

/** The strategy's words a return's headings and instructions are written in. */
export interface ReturnWords {
  /** The body its reports go to ("Board", "Cabinet"). */
  body: string;
  /** Its word for an action, as a heading ("Deliverable") and mid-sentence ("deliverable"). */
  action: string;
  actionInSentence: string;
  /** An action the lead must explain: "at risk or off track", or "rated Amber or Red" on a scale of its own. */
  troubled: string;
}

/** A heading or instruction in the strategy's words: "{body}", "{Action}", "{action}", "{troubled}". */
export function inWords(text: string, words: ReturnWords): string {
  return text
    .replaceAll("{body}", words.body)
    .replaceAll("{Action}", words.action)
    .replaceAll("{action}", words.actionInSentence)
    .replaceAll("{troubled}", words.troubled);
}

/** Whether a cell of column A is the table's first header, "Action id" in the strategy's word ("Deliverable id"). */
export function isActionsHeader(cell: string | undefined): boolean {
  return /^\S.* id$/.test(cell?.trim() ?? "");
}

export type ColumnKey = (typeof COLUMNS)[number]["key"];
export type InputKey = Extract<(typeof COLUMNS)[number], { input: true }>["key"];

/** The 1-based column number of a column, as the file shows it. */
export function columnNumber(key: ColumnKey): number {
  return COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** "H" for column 8: the letter a spreadsheet shows. */
export function columnLetter(n: number): string {
  let letters = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

export const INPUT_KEYS = COLUMNS.filter((c) => c.input).map((c) => c.key) as InputKey[];
