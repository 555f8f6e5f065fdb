import type { Action } from "../../model/index.ts";
import { markdownText } from "../markdown.ts";
import type { Paper } from "../paper.ts";
import { table, type Column } from "../table.ts";
import { paragraph } from "../tags.ts";
import { date, shortDate } from "../words.ts";
import { latestNote } from "./action-text.ts";
import { openSection } from "./section.ts";

/**
 * Widths fit the widest value that must stay whole: a "Not started" chip, "31 Dec 2015", "100%" and
 * a word such as "Commissioning" at 9.5 pt. The latest note sits under the action's title, where the
 * widest column keeps a row short.
 */
const _COLUMNS: Column[] = [
  { header: "Action and latest note", width: 0.445 },
  { header: "Status", width: 0.165 },
  { header: "Lead", width: 0.17 },
  { header: "Due", width: 0.145 },
  { header: "%", width: 0.075 },
];

/** Every action once, in plan order: one compact row each, as at the period end. */
export function appendixSection(paper: Paper): void {
  const { report, strategy } = paper;
  const { sect } = openSection(paper, "appendix", "Appendix: every action", { newPage: true });
  paragraph(paper, sect, `Each of the ${strategy.actions.length} actions at ${date(report.asAt)}, in plan order. Each action's title is followed by its latest update; a due date the Board revised shows the original beneath it.`);
  table(paper, sect, { columns: _COLUMNS, rows: strategy.actions.map((a) => _row(paper, a)) });
  sect.end();
}

function _row(paper: Paper, action: Action) {
  const progress = paper.report.progress[action.id];
  const due = paper.report.dues[action.id];
  const dueText = due?.revision ? `${shortDate(due.due)}\nOriginally\n${shortDate(due.original)}` : shortDate(action.due);
  return [
    { strong: `${action.number}. ${action.title}`, text: latestNote(progress?.latest ?? null, markdownText) },
    { status: progress?.status ?? "not-started" },
    { text: action.lead },
    { text: dueText + (progress?.overdue ? "\nOverdue" : "") },
    { text: `${progress?.percent ?? 0}%` },
  ];
}
