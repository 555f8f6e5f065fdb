import { longDate, STATUS_LABELS, STATUSES, type Action, type Theme } from "../../model/index.ts";
import { markdownText } from "../markdown.ts";
import type { Paper, Parent } from "../paper.ts";
import { TEXT } from "../styles.ts";
import { contentWidth, textHeight } from "../flow.ts";
import { table, tableHeight, type Cell, type Column, type TableSpec } from "../table.ts";
import { container, heading, paragraph } from "../tags.ts";
import { actionName, latestNote } from "./action-text.ts";
import { openSection } from "./section.ts";

const _COLUMNS: Column[] = [
  { header: "Action", width: 0.22 },
  { header: "Lead", width: 0.14 },
  { header: "Due", width: 0.13 },
  { header: "Status", width: 0.14 },
  { header: "%", width: 0.06 },
  { header: "Latest update", width: 0.31 },
];

/** For each theme, in the strategy's order, a table of its actions at the period end. */
export function themesSection(paper: Paper): void {
  const { report, strategy } = paper;
  const { sect, outline } = openSection(paper, "Progress by theme", { newPage: true });
  paragraph(paper, sect, `Each action's position at ${longDate(report.asAt)}. An action under more than one theme is shown under each.`);
  const byId = new Map(strategy.actions.map((a) => [a.id, a]));
  for (const theme of strategy.themes) {
    const themeSect = container(paper, sect, "Sect");
    _theme(paper, themeSect, theme, theme.actionIds.map((id) => byId.get(id) as Action), outline);
    themeSect.end();
  }
  sect.end();
}

function _theme(paper: Paper, parent: Parent, theme: Theme, actions: Action[], outline: PDFKit.PDFOutline | undefined): void {
  if (!actions.length) {
    heading(paper, parent, 3, theme.title, { outline });
    paragraph(paper, parent, "No actions are linked to this theme yet.");
    return;
  }
  const spec: TableSpec = { columns: _COLUMNS, rows: actions.map((action) => _row(paper, action)) };
  const summary = _summary(paper, theme, actions.length);
  // Keep the heading with its summary line and at least the table's header and first row.
  const keep = textHeight(paper.doc, summary, TEXT.small, contentWidth(paper.doc)) + TEXT.small.gapAfter + tableHeight(paper.doc, spec, 1);
  heading(paper, parent, 3, theme.title, { outline, keep });
  paragraph(paper, parent, summary, TEXT.small);
  table(paper, parent, spec);
}

/** "3 actions: 2 on track, 1 at risk." */
function _summary(paper: Paper, theme: Theme, count: number): string {
  const rollup = paper.report.byTheme.find((r) => r.key === theme.id);
  const parts = rollup ? STATUSES.filter((s) => rollup.byStatus[s] > 0).map((s) => `${rollup.byStatus[s]} ${STATUS_LABELS[s].toLowerCase()}`) : [];
  return `${count} ${count === 1 ? "action" : "actions"}${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}

function _row(paper: Paper, action: Action): Cell[] {
  const progress = paper.report.progress[action.id];
  return [
    { text: actionName(action) },
    { text: action.lead },
    { text: longDate(action.due) + (progress?.overdue ? " (overdue)" : "") },
    { status: progress?.status ?? "not-started" },
    { text: `${progress?.percent ?? 0}%` },
    { text: latestNote(progress?.latest ?? null, markdownText) },
  ];
}
