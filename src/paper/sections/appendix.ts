import { NOT_REPORTED, type Action } from "../../model/index.ts";
import { markdownText } from "../markdown.ts";
import type { Paper } from "../paper.ts";
import type { Column } from "../content.ts";
import { paragraph, table } from "../blocks.ts";
import { count, date, shortDue } from "../words.ts";
import { latestNote } from "./action-text.ts";
import { openAppendix } from "./section.ts";

/**
 * Widths fit the widest value that must stay whole: a "Not started" chip, "31 Dec 2015", "100%" and
 * a word such as "Commissioning" at 11 pt. The latest note runs across the whole table under the
 * action's row, so a long one takes a few lines rather than a narrow column's many.
 */
const _LEAD_WIDTH = 0.205;
const _COLUMNS: Column[] = [
  // At 11 pt (each column also holds 8 pt of padding, and the line breaker counts a word's trailing space): the status column fits a "Not started" chip
  // (71 pt and its own padding), the lead column a long word of an organisation's name ("Commissioning",
  // 84 pt) whole, the due column "31 Dec 2015" and "Jul–Sep 2017" (71 pt), and the % column "100%".
  { header: "Action and latest note", width: 0.345 },
  { header: "Status", width: 0.185 },
  { header: "Lead", width: _LEAD_WIDTH },
  { header: "Due", width: 0.18 },
  { header: "%", width: 0.085 },
];

/** Appendix: every action once, in plan order, one compact row each, as at the period end. */
export function actionsAppendix(paper: Paper): void {
  const { report, strategy } = paper;
  const a = strategy.words.action;
  const sect = openAppendix(paper, "appendix-actions", `Progress of every ${a.lower}`);
  paragraph(
    sect,
    `Each of the ${count(strategy.actions.length, a)} at ${date(report.asAt)}, in plan order. Each ${a.lower}'s title is followed by its latest update; a due date the ${strategy.words.body} revised shows the original beneath it.${_notReported(paper)}`,
  );
  // The first column is headed in the strategy's word for an action; a plan that names no lead has no
  // Lead column, its width given to the first.
  const leads = strategy.actions.some((action) => action.lead);
  const columns = _COLUMNS.map((c, i) =>
    i === 0 ? { ...c, header: `${a.singular} and latest note`, width: leads ? c.width : c.width + _LEAD_WIDTH } : c,
  );
  // The action's name heads its row; its latest note runs across the table beneath it.
  table(sect, {
    columns: leads ? columns : columns.filter((c) => c.header !== "Lead"),
    rows: strategy.actions.map((action) => _row(paper, action, leads)),
    rowHeaders: true,
    details: strategy.actions.map((action) =>
      latestNote(paper.report.progress[action.id]?.latest ?? null, markdownText),
    ),
  });
}

/** The note that explains the dash, only when some action has reported no percentage. */
function _notReported(paper: Paper): string {
  const missing = paper.strategy.actions.filter((a) => paper.report.progress[a.id]?.percent === null).length;
  return missing
    ? ` A dash in the % column means the percentage complete was ${NOT_REPORTED} (${count(missing, paper.strategy.words.action)}), which is not the same as 0%.`
    : "";
}

function _row(paper: Paper, action: Action, leads: boolean) {
  const progress = paper.report.progress[action.id];
  const due = paper.report.dues[action.id];
  const dueText = due?.revision ? `${shortDue(due.due)}\nOriginally\n${shortDue(due.original)}` : shortDue(action.due);
  return [
    { text: action.name },
    { status: progress?.status ?? "not-reported" },
    ...(leads ? [{ text: action.lead ?? "" }] : []),
    { text: dueText + (progress?.overdue ? "\nOverdue" : "") },
    // A percent never given is not 0%: a dash, explained above the table (the column is too narrow for words).
    { text: progress?.percent == null ? "–" : `${progress.percent}%` },
  ];
}
