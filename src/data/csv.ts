import { stringify } from "csv-stringify/sync";
import { updatesInOrder, type Action, type StrategyModel, type UpdateContent } from "../model/index.ts";

export type Cell = string | number | boolean | null | undefined;

export const ACTION_COLUMNS = [
  "id", "number", "title", "kind", "commissioning", "horizon", "lead", "partners", "themes", "drivers",
  "start", "due", "status", "percent", "overdue", "stale", "last_update_date", "last_update_note", "revised_due", "revised_by",
  // Added after the first published shape, so they come last and older readers of the file keep working.
  "ref", "objective", "lead_organisations",
] as const;

export const UPDATE_COLUMNS = [
  "action_id", "action_title", "date", "status", "percent", "by", "report", "note", "reason", "recovery", "proposed_due", "request",
] as const;

export const RISK_COLUMNS = [
  "id", "number", "title", "owner", "raised", "status", "likelihood_before", "impact_before", "score_before", "rating_before",
  "likelihood_after", "impact_after", "score_after", "rating_after", "mitigation", "actions", "last_review_date", "last_review_note",
] as const;

/** The action plan, one row per action with its progress as at the strategy's date. */
export function actionsCsv(strategy: StrategyModel): string {
  return csvOf(ACTION_COLUMNS, strategy.actions.map(_actionRow));
}

/** The risk register as at the strategy's date, one row per risk in register order. */
export function risksCsv(strategy: StrategyModel): string {
  return csvOf(RISK_COLUMNS, strategy.risks.map((r) => {
    const review = r.reviews.at(-1);
    return [
      r.id, r.number, r.title, r.owner, r.raised, r.status, r.before.likelihood, r.before.impact, r.before.score, r.before.rating,
      r.after.likelihood, r.after.impact, r.after.score, r.after.rating, r.mitigation, _list(r.actionIds), review?.date, review?.note,
    ];
  }));
}

/** Every progress update, one row each: actions in plan order, each action's updates oldest first. */
export function updatesCsv(strategy: StrategyModel): string {
  const rows = strategy.actions.flatMap((a) => chronological(a).map((u) => _updateRow(a, u)));
  return csvOf(UPDATE_COLUMNS, rows);
}

/** An action's updates oldest first, in the model's one update order (same day: file order). */
export function chronological(action: Action): UpdateContent[] {
  return updatesInOrder(action.updates);
}

function _actionRow(a: Action): Cell[] {
  const p = a.progress;
  return [
    a.id, a.number, a.title, a.kind, a.commissioning, a.horizon, a.lead, _list(a.partners), _list(a.themes), _list(a.drivers),
    a.start, a.due, p.status, p.percent, _yesNo(p.overdue), _yesNo(p.stale), p.latest?.date, p.latest?.note,
    a.dueAt.revision?.due, a.dueAt.revision ? `report ${a.dueAt.revision.reportId} recommendation ${a.dueAt.revision.recommendation}, ${a.dueAt.revision.approvedOn}` : undefined,
    a.ref, a.objective, _list(a.leads.flatMap((l) => (l.organisation ? [l.organisation.id] : []))),
  ];
}

function _updateRow(a: Action, u: UpdateContent): Cell[] {
  return [a.id, a.title, u.date, u.status, u.percent, u.by, u.report, u.note, u.reason, u.recovery, u.revised_due, u.request];
}

function _list(items: readonly string[] | undefined): string {
  return (items ?? []).join("; ");
}

function _yesNo(value: boolean): string {
  return value ? "yes" : "no";
}

/**
 * Characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell as a formula and run it:
 * = + - @, and a tab or carriage return before them. OWASP's "CSV injection".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run as a formula, made inert by a leading apostrophe, which spreadsheets
 * show as text and hide. Numbers are written as they are. Documented in the open data page's column notes.
 */
export function spreadsheetSafe(cell: Cell): string {
  if (cell === undefined || cell === null) return "";
  const text = String(cell);
  return typeof cell === "string" && FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a header row, CRLF after every record, fields quoted only when they need it. Empty cells for absent values. */
export function csvOf(columns: readonly string[], rows: Cell[][]): string {
  return stringify(rows.map((row) => row.map(spreadsheetSafe)), {
    header: true,
    columns: [...columns],
    record_delimiter: "windows",
  });
}
