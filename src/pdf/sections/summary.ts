import { CHANGE_LABELS, longDate, OVERDUE_MEANING, PROGRESS_STATUSES, scaleOf, statusInSentence, STATUSES, type ChangeKind, type ProgressStatus, type Report } from "../../model/index.ts";
import { statusChart, tallyInWords, trendChart } from "../chart.ts";
import type { Paper } from "../paper.ts";
import { table } from "../table.ts";
import { count, date, listWords, shortDate } from "../words.ts";
import { numbered, openSection } from "./section.ts";

const _CHANGE_ORDER: readonly ChangeKind[] = ["improved", "worsened", "completed", "withdrawn", "new"];

/** The position at the period end (figures and chart), and how it compares with the last report. */
export function summarySection(paper: Paper): void {
  const { report, strategy } = paper;
  const { sect } = openSection(paper, "summary", "Summary of progress");
  const asAt = date(report.asAt);
  const { tally } = report;
  const scale = scaleOf(strategy);
  const words = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, statusInSentence(scale, s)])) as Record<ProgressStatus, string>;
  numbered(paper, sect, [`At ${asAt}, the end of the reporting period, the strategy has ${count(tally.total, "action")}. ${_statusSentence(report, words)}`]);
  statusChart(paper, sect, tally, `Figure 1: actions by status at ${asAt}`, `Bar chart of the ${count(tally.total, "action")} by status at ${longDate(report.asAt)}. ${tallyInWords(tally, scaleOf(strategy))}.`);
  numbered(paper, sect, [
    `${_overdue(tally.overdue, strategy.words.body)} ${tally.stale === 0 ? `No open action has gone more than ${strategy.stalenessDays} days without an update.` : `${count(tally.stale, "action has", "actions have")} had no update for more than ${strategy.stalenessDays} days.`} ` +
      `${count(report.updatesInPeriod, "progress update was", "progress updates were")} recorded in the period.` +
      (tally.percent === null ? "" : ` Actions not withdrawn are on average ${tally.percent}% complete${_cover(tally.percentOf)}.`),
  ]);
  const previous = strategy.reports.find((r) => r.id === report.previousId);
  numbered(paper, sect, [previous ? _comparison(report, previous, words) : _sinceStart(report)]);
  if (report.trend.length > 1) _trend(paper, sect);
  sect.end();
}

/** "No action is overdue." or "3 actions are overdue: each is past its due date and …", with the rule in words. */
function _overdue(n: number, body: string): string {
  const rule = `${OVERDUE_MEANING}, judged against any due date the ${body} has revised`;
  if (n === 0) return `No action is overdue (${rule}).`;
  return n === 1 ? `1 action is overdue: ${rule}.` : `${count(n, "action is", "actions are")} overdue: each is ${rule}.`;
}

/** " (an average of 4 of the 6 actions; the others report no percentage)", when some report none. */
function _cover({ reported, of }: { reported: number; of: number }): string {
  return reported < of ? ` (an average of ${reported} of the ${of} actions; the others report no percentage)` : "";
}

function _comparison(report: Report, previous: Report, words: Record<ProgressStatus, string>): string {
  const moved = _CHANGE_ORDER.filter((k) => report.changeCounts[k] > 0).map((k) => `${report.changeCounts[k]} ${CHANGE_LABELS[k].toLowerCase()}`);
  const was = PROGRESS_STATUSES.filter((s) => previous.tally.byStatus[s] !== report.tally.byStatus[s])
    .map((s) => `${words[s]} ${previous.tally.byStatus[s]} → ${report.tally.byStatus[s]}`);
  return `Compared with ${date(previous.period.end)}, the end of the last report's period: ${moved.length ? listWords(moved) : "no action changed status"}; ${count(report.changeCounts.unchanged, "action", "actions")} did not change. ` +
    (was.length ? `Counts by status moved as follows: ${listWords(was)}.` : "The counts by status are the same.");
}

function _sinceStart(report: Report): string {
  return `This is the first report: since the strategy began, ${count(report.changeCounts.new + report.changeCounts.completed + report.changeCounts.withdrawn, "action has", "actions have")} reported progress, ` +
    `${count(report.changeCounts.completed, "of which is", "of which are")} complete.`;
}

function _statusSentence(report: Report, words: Record<ProgressStatus, string>): string {
  const parts = PROGRESS_STATUSES.filter((s) => report.tally.byStatus[s] > 0).map((s) => `${report.tally.byStatus[s]} ${words[s]}`);
  return parts.length ? `By status: ${listWords(parts)}.` : "";
}

/** How the counts moved from report to report: a chart, and the same figures as a table. */
function _trend(paper: Paper, sect: PDFKit.PDFStructureElement): void {
  const { report } = paper;
  numbered(paper, sect, [`Figure 2 and the table after it show the number of actions in each status at the end of each report's period, from the first report to this one.`]);
  // Alternative text is read aloud, not laid out: plain spaces.
  const alt = report.trend.map((p) => `${longDate(p.asAt)}: ${tallyInWords(p.tally)}`).join(". ");
  trendChart(paper, sect, report.trend, "Figure 2: actions by status at the end of each report's period", `Stacked bar chart, one bar per report. ${alt}.`);
  table(paper, sect, {
    columns: [{ header: "Period end", width: 0.16 }, ...STATUSES.map((s) => ({ header: scaleOf(paper.strategy).words[s], width: 0.14 }))],
    rows: report.trend.map((p) => [{ text: shortDate(p.asAt) }, ...STATUSES.map((s) => ({ text: String(p.tally.byStatus[s]) }))]),
  });
  // Actions with no progress reported are in no status column (a seventh would not fit the page): said after the table.
  const silent = report.trend.filter((p) => p.tally.byStatus["not-reported"] > 0).map((p) => `${count(p.tally.byStatus["not-reported"], "action")} at ${date(p.asAt)}`);
  if (silent.length) numbered(paper, sect, [`${scaleOf(paper.strategy).words["not-reported"]}, and so in no column of the table: ${listWords(silent)}.`]);
}
