import type { Diagnostic } from "../diagnostic/diagnostic.ts";
import { isoDate } from "../validate/raw.ts";
import { closest } from "../validate/suggest.ts";
import {
  inPeriod,
  leadOrganisations,
  scaleOf,
  STAGE_LABELS,
  STAGES,
  statusChoices,
  statusFromWord,
  type Report,
  type Stage,
  type SiteModel,
  type Status,
  type StrategyModel,
  type UpdateContent,
} from "../model/index.ts";
import { INPUT_KEYS, PREAMBLE, columnLetter, columnNumber, isActionsHeader, type ColumnKey } from "./layout.ts";
import type { ReturnGrid } from "./read.ts";
import {
  checkMeasureRows,
  filledMeasureRows,
  isMeasureGrid,
  MEASURE_COLUMNS,
  type ReturnedValue,
} from "./measures-sheet.ts";

/** One filled row of a return, ready to be added to its action's updates. */
export interface ReturnedUpdate {
  file: string;
  row: number;
  strategyId: string;
  organisation: string;
  actionId: string;
  update: UpdateContent;
}

/** What the returns hold once checked: the updates, the problems, and the rows already imported. */
export interface CheckedReturns {
  updates: ReturnedUpdate[];
  /** Filled rows whose update the plan already has: importing a return twice adds nothing. */
  alreadyImported: ReturnedUpdate[];
  /** New values of outcome measures, from the returns' measures sheets. */
  values: ReturnedValue[];
  /** Values their measures already have. */
  valuesAlreadyImported: ReturnedValue[];
  diagnostics: Diagnostic[];
  /** Each strategy and report the returns were for, once each. */
  reports: { strategyId: string; reportId: string }[];
}

interface ReturnHeader {
  strategy: StrategyModel;
  report: Report;
  organisation: string;
  headerRow: number;
}

/** Checks every row of every return against the model; nothing is skipped, so every problem is found at once. */
export function checkReturns(grids: readonly ReturnGrid[], model: SiteModel): CheckedReturns {
  const result: CheckedReturns = {
    updates: [],
    alreadyImported: [],
    values: [],
    valuesAlreadyImported: [],
    diagnostics: [],
    reports: [],
  };
  const seen = new Set<string>();
  // A spreadsheet's Measures sheet is checked as a grid of its own, with the file's name.
  for (const grid of grids.flatMap((g) => [g, ...(g.measures ? [{ file: g.file, rows: g.measures }] : [])])) {
    result.diagnostics.push(...("warnings" in grid ? (grid.warnings ?? []) : []));
    if (isMeasureGrid(grid.rows)) {
      _measureSheet(grid, model, result);
      continue;
    }
    const error = (row: number, column: number, message: string, hint: string) =>
      result.diagnostics.push({
        file: grid.file,
        line: row,
        column,
        severity: "error",
        message: `${message} (cell ${columnLetter(column)}${row})`,
        hint,
      });
    const header = _header(grid, model, error);
    if (!header) continue;
    if (!result.reports.some((r) => r.strategyId === header.strategy.id && r.reportId === header.report.id))
      result.reports.push({ strategyId: header.strategy.id, reportId: header.report.id });
    for (let r = header.headerRow + 1; r <= grid.rows.length; r++) {
      const cells = grid.rows[r - 1] ?? [];
      const update = _row(cells, header, (key, message, hint) => error(r, columnNumber(key), message, hint));
      if (!update) continue;
      const entry: ReturnedUpdate = {
        file: grid.file,
        row: r,
        strategyId: header.strategy.id,
        organisation: header.organisation,
        actionId: update.actionId,
        update: update.update,
      };
      const key = _key(entry.strategyId, entry.actionId, entry.update);
      const action = header.strategy.actions.find((a) => a.id === entry.actionId);
      if (seen.has(key) || (action?.updates ?? []).some((u) => _key(entry.strategyId, entry.actionId, u) === key))
        result.alreadyImported.push(entry);
      else result.updates.push(entry);
      seen.add(key);
    }
  }
  return result;
}

/** How many rows of a return's tables (its actions, and its measures sheet) have something in a column for the lead to fill in. */
export function filledRows(grid: ReturnGrid): number {
  if (isMeasureGrid(grid.rows)) return filledMeasureRows(grid.rows);
  const measures = grid.measures ? filledMeasureRows(grid.measures) : 0;
  return measures + _filledActionRows(grid);
}

/** The values of a measures sheet, checked; its problems go to the result's diagnostics at their cells. */
function _measureSheet(grid: ReturnGrid, model: SiteModel, result: CheckedReturns): void {
  const error = (row: number, column: number, message: string, hint: string) =>
    result.diagnostics.push({ file: grid.file, line: row, column, severity: "error", message, hint });
  const header = _header(
    grid,
    model,
    (row, column, message, hint) => error(row, column, `${message} (cell ${columnLetter(column)}${row})`, hint),
    MEASURE_COLUMNS[0].header,
  );
  if (!header) return;
  if (!result.reports.some((r) => r.strategyId === header.strategy.id && r.reportId === header.report.id))
    result.reports.push({ strategyId: header.strategy.id, reportId: header.report.id });
  const checked = checkMeasureRows(grid.rows, { file: grid.file, ...header }, error);
  result.values.push(...checked.values);
  result.valuesAlreadyImported.push(...checked.alreadyImported);
}

function _filledActionRows(grid: ReturnGrid): number {
  const headerRow = grid.rows.findIndex((cells) => isActionsHeader(cells[0])) + 1;
  if (headerRow === 0) return 0;
  return grid.rows
    .slice(headerRow)
    .filter((cells) => INPUT_KEYS.some((key) => (cells[columnNumber(key) - 1] ?? "").trim() !== "")).length;
}

type CellError = (row: number, column: number, message: string, hint: string) => void;

/** The lines above the table: which strategy, report and organisation the return is for. */
function _header(grid: ReturnGrid, model: SiteModel, error: CellError, firstHeader = "Action id"): ReturnHeader | null {
  const rowOf = (label: string) => grid.rows.findIndex((cells) => cells[0]?.trim() === label) + 1;
  // The actions' table is headed in the strategy's word for an action ("Deliverable id"); the measures' always "Measure id".
  const isHeader =
    firstHeader === MEASURE_COLUMNS[0].header
      ? (cell: string | undefined) => cell?.trim() === firstHeader
      : isActionsHeader;
  const headerRow = grid.rows.findIndex((cells) => isHeader(cells[0])) + 1;
  const valueAt = (row: number, column = 2) => (row > 0 ? (grid.rows[row - 1]?.[column - 1] ?? "").trim() : "");
  const [strategyRow, reportRow, organisationRow] = [
    rowOf(PREAMBLE.strategy),
    rowOf(PREAMBLE.report),
    rowOf(PREAMBLE.organisation),
  ];
  if (headerRow === 0 || strategyRow === 0 || reportRow === 0 || organisationRow === 0) {
    error(
      1,
      1,
      `this is not a progress return: its Strategy, Report, Lead organisation and ${firstHeader} lines are missing`,
      "Import the returns `strategy-press returns` wrote, with their first lines and header row as they were.",
    );
    return null;
  }
  const strategyId = valueAt(strategyRow);
  const strategy = model.strategies.find((s) => s.id === strategyId);
  if (!strategy) {
    const near = closest(
      strategyId,
      model.strategies.map((s) => s.id),
    );
    error(
      strategyRow,
      2,
      `there is no strategy "${strategyId}"`,
      near ? `did you mean "${near}"?` : "Import the return into the content folder it was written from (--content).",
    );
    return null;
  }
  const reportId = valueAt(reportRow);
  const report = strategy.reports.find((r) => r.id === reportId);
  if (!report) {
    const near = closest(
      reportId,
      strategy.reports.map((r) => r.id),
    );
    error(
      reportRow,
      2,
      `"${strategy.id}" has no report "${reportId}"`,
      near ? `did you mean "${near}"?` : "Add the report to reports.yaml before importing its returns.",
    );
    return null;
  }
  const organisation = valueAt(organisationRow);
  // An organisation returns for the actions it leads and the measures it reports.
  const leads = [
    ...new Set([
      ...strategy.actions.flatMap(leadOrganisations),
      ...(strategy.measures ?? []).flatMap((m) => m.leadOrganisations),
    ]),
  ];
  if (!leads.includes(organisation)) {
    const near = closest(organisation, leads);
    error(
      organisationRow,
      2,
      `"${organisation}" leads no action of "${strategy.id}"`,
      near ? `did you mean "${near}"?` : `The lead organisations are: ${leads.join("; ")}.`,
    );
    return null;
  }
  return { strategy, report, organisation, headerRow };
}

type RowError = (key: ColumnKey, message: string, hint: string) => void;

/** One row of the table: null when it is blank or has problems (each reported through `error`). */
function _row(
  cells: readonly string[],
  header: ReturnHeader,
  error: RowError,
): { actionId: string; update: UpdateContent } | null {
  const cell = (key: ColumnKey) => (cells[columnNumber(key) - 1] ?? "").trim();
  if (INPUT_KEYS.every((key) => cell(key) === "")) return null;
  const { strategy, report, organisation } = header;
  let problems = 0;
  const fail: RowError = (key, message, hint) => {
    problems++;
    error(key, message, hint);
  };

  const actionId = cell("action");
  const action = strategy.actions.find((a) => a.id === actionId);
  if (!action) {
    const near = closest(
      actionId,
      strategy.actions.map((a) => a.id),
    );
    fail(
      "action",
      actionId ? `there is no action "${actionId}" in "${strategy.id}"` : "the row has no action id",
      near
        ? `did you mean "${near}"? Keep the Action id column as the return gave it.`
        : "Keep the Action id column as the return gave it; each row is one action.",
    );
  } else if (!leadOrganisations(action).includes(organisation)) {
    fail(
      "action",
      `${organisation} does not lead action "${actionId}" (its lead is ${leadOrganisations(action).join(", ")})`,
      "Send the row to the action's lead to return, or change the action's lead in plan.yaml first.",
    );
  }

  // A status as the tool's code or the strategy's own word for it (Green), as its return offers.
  const scale = scaleOf(strategy);
  const choices = statusChoices(scale).map((c) => c.word);
  const written = cell("newStatus");
  const status = statusFromWord(scale, written);
  if (written === "")
    fail("newStatus", "the row is filled in but has no new status", `Choose one of: ${choices.join(", ")}.`);
  else if (!status) {
    const near = closest(scale.own ? written : written.toLowerCase().replace(/\s+/g, "-"), choices);
    fail(
      "newStatus",
      `status "${written}" is not one of the statuses`,
      `${near ? `did you mean "${near}"? ` : ""}Choose one of: ${choices.join(", ")}.`,
    );
  }

  const percentText = cell("newPercent").replace(/%$/, "");
  const percent = percentText === "" ? undefined : Number(percentText);
  if (percent !== undefined && !(Number.isInteger(percent) && percent >= 0 && percent <= 100)) {
    fail(
      "newPercent",
      `percent "${cell("newPercent")}" is out of range`,
      "Give a whole number from 0 to 100, or leave it blank.",
    );
  }

  const dateText = cell("date");
  const date = dateText === "" ? report.period.end : _date(dateText);
  if (date === null)
    fail(
      "date",
      `"${dateText}" is not a date`,
      "Write the date as YYYY-MM-DD, or leave it blank for the period's last day.",
    );
  else if (!inPeriod(date, report.period)) {
    fail(
      "date",
      `the update is dated ${date}, outside report ${report.id}'s period (${report.period.start} to ${report.period.end})`,
      "Give a date inside the period, or leave it blank for the period's last day.",
    );
  }

  const revisedDueText = cell("revisedDue");
  const revisedDue = revisedDueText === "" ? "" : _date(revisedDueText);
  if (revisedDue === null)
    fail("revisedDue", `"${revisedDueText}" is not a date`, "Write the revised due date as YYYY-MM-DD.");

  const stage = _stage(cell("stage"), scale.stages, (message, hint) => fail("stage", message, hint));

  const note = cell("note");
  if (note === "") fail("note", "the row has no note", "Say in a sentence or two what happened and what comes next.");

  if (problems > 0 || !action || date === null || revisedDue === null) return null;
  const update: UpdateContent = { date, status: status as Status, ...(stage ? { stage } : {}), note };
  if (percent !== undefined) update.percent = percent;
  // The lead's explanation goes to the fields the paper's exceptions and the action's page read, not into the note.
  const [reason, recovery, request] = [cell("reason"), cell("recovery"), cell("request")];
  if (reason) update.reason = reason;
  if (recovery) update.recovery = recovery;
  if (revisedDue) update.revised_due = revisedDue;
  if (request) update.request = request;
  const by = cell("by");
  if (by) update.by = by;
  update.report = report.id;
  return { actionId: action.id, update };
}

/**
 * The stage a lead chose, in words ("In progress") or as the content writes it (in-progress), whatever
 * its capitals; null when the cell is blank or wrong (reported through `fail`).
 */
function _stage(written: string, reportsStages: boolean, fail: (message: string, hint: string) => void): Stage | null {
  if (written === "") return null;
  if (!reportsStages) {
    fail(
      `stage "${written}" is given, but this plan does not report stages`,
      "Leave the stage blank, or add `stages: true` to strategy.yaml if the plan reports a stage beside each rating.",
    );
    return null;
  }
  const code = written.toLowerCase().replace(/[\s_-]+/g, "-");
  const stage = STAGES.find((s) => s === code);
  if (stage) return stage;
  const words = STAGES.map((s) => STAGE_LABELS[s]);
  const near = closest(written, words);
  fail(
    `stage "${written}" is not one of the stages`,
    `${near ? `did you mean "${near}"? ` : ""}Choose one of: ${words.join(", ")}.`,
  );
  return null;
}

/**
 * A date as a lead may give it: YYYY-MM-DD, the UK's DD/MM/YYYY, or a spreadsheet's day number
 * (days since 30 December 1899, which is what a date typed into a text cell can turn into).
 */
function _date(value: string): string | null {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (uk) return isoDate(`${uk[3]}-${uk[2]?.padStart(2, "0")}-${uk[1]?.padStart(2, "0")}`);
  if (/^\d{5}$/.test(value))
    return new Date(Date.UTC(1899, 11, 30) + Number(value) * 86_400_000).toISOString().slice(0, 10);
  return isoDate(value);
}

/** What makes two updates the same: the same action, day, status, percent, note and explanation. */
function _key(strategyId: string, actionId: string, u: UpdateContent): string {
  return JSON.stringify([
    strategyId,
    actionId,
    u.date,
    u.status,
    u.stage ?? null,
    u.percent ?? null,
    u.note.trim(),
    u.reason ?? null,
    u.recovery ?? null,
    u.revised_due ?? null,
    u.request ?? null,
  ]);
}
