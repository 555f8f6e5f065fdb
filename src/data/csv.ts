import { stringify } from "csv-stringify/sync";
import { scaleOf, updatesInOrder, type Action, type StrategyModel, type UpdateContent } from "../model/index.ts";

export type Cell = string | number | boolean | null | undefined;

export const ACTION_COLUMNS = [
  "id",
  "number",
  "title",
  "kind",
  "commissioning",
  "horizon",
  "lead",
  "partners",
  "themes",
  "drivers",
  "start",
  "due",
  "status",
  "percent",
  "overdue",
  "stale",
  "last_update_date",
  "last_update_note",
  "revised_due",
  "revised_by",
  // Added after the first published shape, so they come last and older readers of the file keep working.
  "ref",
  "objective",
  "lead_organisations",
  "original_due",
] as const;

export const UPDATE_COLUMNS = [
  "action_id",
  "action_title",
  "date",
  "status",
  "percent",
  "by",
  "report",
  "note",
  "reason",
  "recovery",
  "proposed_due",
  "request",
] as const;

export const RISK_COLUMNS = [
  "id",
  "number",
  "title",
  "owner",
  "raised",
  "status",
  "likelihood_before",
  "impact_before",
  "score_before",
  "rating_before",
  "likelihood_after",
  "impact_after",
  "score_after",
  "rating_after",
  "mitigation",
  "actions",
  "last_review_date",
  "last_review_note",
] as const;

/**
 * The columns a strategy with a rating scale of its own adds to the action and update files, last: the
 * strategy's word for the status (beside `status`, the tool's meaning), and the stage where it reports one.
 * A strategy without a scale of its own writes exactly the columns above.
 */
export function ratingColumns(strategy: Pick<StrategyModel, "ratingScale">): ("status_word" | "stage")[] {
  const scale = strategy.ratingScale;
  return [...(scale?.own ? (["status_word"] as const) : []), ...(scale?.stages ? (["stage"] as const) : [])];
}

/** The action plan, one row per action with its progress as at the strategy's date. */
export function actionsCsv(strategy: StrategyModel): string {
  const extra = ratingColumns(strategy);
  const words = scaleOf(strategy).words;
  return csvOf(
    [...ACTION_COLUMNS, ...extra],
    strategy.actions.map((a) => [
      ..._actionRow(a),
      ...extra.map((c) => (c === "status_word" ? words[a.progress.status] : a.progress.latest?.stage)),
    ]),
  );
}

/** The risk register as at the strategy's date, one row per risk in register order. */
export function risksCsv(strategy: StrategyModel): string {
  return csvOf(
    RISK_COLUMNS,
    strategy.risks.map((r) => {
      const review = r.reviews.at(-1);
      return [
        r.id,
        r.number,
        r.title,
        r.owner,
        r.raised,
        r.status,
        r.before.likelihood,
        r.before.impact,
        r.before.score,
        r.before.rating,
        r.after.likelihood,
        r.after.impact,
        r.after.score,
        r.after.rating,
        r.mitigation,
        _list(r.actionIds),
        review?.date,
        review?.note,
      ];
    }),
  );
}

/** Every progress update, one row each: actions in plan order, each action's updates oldest first. */
export function updatesCsv(strategy: StrategyModel): string {
  const extra = ratingColumns(strategy);
  const words = scaleOf(strategy).words;
  const rows = strategy.actions.flatMap((a) =>
    chronological(a).map((u) => [
      ..._updateRow(a, u),
      ...extra.map((c) => (c === "status_word" ? words[u.status] : u.stage)),
    ]),
  );
  return csvOf([...UPDATE_COLUMNS, ...extra], rows);
}

/** An action's updates oldest first, in the model's one update order (same day: file order). */
export function chronological(action: Action): UpdateContent[] {
  return updatesInOrder(action.updates);
}

function _actionRow(a: Action): Cell[] {
  const p = a.progress;
  return [
    a.id,
    a.number,
    a.title,
    a.kind,
    a.commissioning,
    a.horizon,
    a.lead,
    _list(a.partners),
    _list(a.themes),
    _list(a.drivers),
    a.start,
    a.dueAt.due,
    p.status === "not-reported" ? "" : p.status,
    p.percent,
    _yesNo(p.overdue),
    _yesNo(p.stale),
    p.latest?.date,
    p.latest?.note,
    a.dueAt.revision?.due,
    a.dueAt.revision
      ? `report ${a.dueAt.revision.reportId} recommendation ${a.dueAt.revision.recommendation}, ${a.dueAt.revision.approvedOn}`
      : undefined,
    a.ref,
    a.objective,
    _list(a.leads.flatMap((l) => (l.organisation ? [l.organisation.id] : []))),
    a.dueAt.original,
  ];
}

function _updateRow(a: Action, u: UpdateContent): Cell[] {
  return [
    a.id,
    a.title,
    u.date,
    u.status,
    u.percent,
    u.by,
    u.report,
    u.note,
    u.reason,
    u.recovery,
    u.revised_due,
    u.request,
  ];
}

function _list(items: readonly string[] | undefined): string {
  return (items ?? []).join("; ");
}

function _yesNo(value: boolean): string {
  return value ? "yes" : "no";
}

/**
 * A line that a spreadsheet (Excel, LibreOffice, Google Sheets) would run as a formula: one starting with
 * = + - @ or a tab, after any apostrophes already there (OWASP's "CSV injection"). Every line of a cell
 * counts, not only the first: a reader that breaks rows at a lone line feed sees each line as a row's start.
 */
const FORMULA_LINE = /^'*[=+\-@\t]/;
/** A line break inside a cell, kept as it was: CRLF, LF or a lone CR. */
const LINE_BREAK = /(\r\n|\n|\r)/;

/**
 * A text cell made inert for a spreadsheet: each line a spreadsheet would run as a formula gets a leading
 * apostrophe, which spreadsheets show as text and hide. Numbers are written as they are. The rule is
 * undone exactly by `fromSpreadsheetSafe` (a line that already started with apostrophes before a formula
 * character gets one more), so a return's own values read back as written. Documented on the open data page.
 */
export function spreadsheetSafe(cell: Cell): string {
  if (cell === undefined || cell === null) return "";
  const text = String(cell);
  if (typeof cell !== "string") return text;
  return text
    .split(LINE_BREAK)
    .map((part, i) => (i % 2 === 0 && FORMULA_LINE.test(part) ? `'${part}` : part))
    .join("");
}

/** The text `spreadsheetSafe` was given: one apostrophe taken from each line it added one to. */
export function fromSpreadsheetSafe(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((part, i) => (i % 2 === 0 && /^'+[=+\-@\t]/.test(part) ? part.slice(1) : part))
    .join("");
}

/**
 * RFC 4180: a header row, CRLF after every record, and a field quoted when it holds a comma, a quote, or
 * any line break (a lone LF or CR too, which a reader would otherwise take for the end of the row).
 * Empty cells for absent values.
 */
export function csvOf(columns: readonly string[], rows: Cell[][]): string {
  return stringify(
    rows.map((row) => row.map(spreadsheetSafe)),
    {
      header: true,
      columns: [...columns],
      record_delimiter: "windows",
      quoted_match: /[\r\n]/,
    },
  );
}

/** Rows without a header, written by the same rules (the progress returns' grid). */
export function csvRows(rows: Cell[][]): string {
  return stringify(
    rows.map((row) => row.map(spreadsheetSafe)),
    { record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );
}
