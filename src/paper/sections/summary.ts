import {
  CHANGE_LABELS,
  longDate,
  OVERDUE_MEANING,
  PROGRESS_STATUSES,
  scaleOf,
  statusInSentence,
  statusesIn,
  type ChangeKind,
  type ProgressStatus,
  type Report,
  type Word,
} from "../../model/index.ts";
import { chart, paragraph, table } from "../blocks.ts";
import type { Paper, Parent } from "../paper.ts";
import { count, date, listWords, shortDate, tallyInWords } from "../words.ts";
import { changesTable } from "./changes.ts";
import { numbered, openAppendix, openSection } from "./section.ts";

const _CHANGE_ORDER: readonly ChangeKind[] = ["improved", "worsened", "completed", "withdrawn", "new"];

/** The position at the period end (figures and chart), and how it compares with the last report. */
export function summarySection(paper: Paper): void {
  const { report, strategy } = paper;
  const { sect } = openSection(paper, "summary", "Summary of progress");
  const asAt = date(report.asAt);
  const { tally } = report;
  const scale = scaleOf(strategy);
  const words = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, statusInSentence(scale, s)])) as Record<
    ProgressStatus,
    string
  >;
  const a = strategy.words.action;
  numbered(paper, sect, [
    `At ${asAt}, the end of the reporting period, the strategy has ${count(tally.total, a)}. ${_statusSentence(report, words)}`,
  ]);
  chart(sect, {
    kind: "chart",
    type: "status",
    tally,
    caption: `Figure 1: ${a.lowerPlural} by status at ${asAt}`,
    alt: `Bar chart of the ${count(tally.total, a)} by status at ${longDate(report.asAt)}. ${tallyInWords(tally, scale.words, scale)}.`,
  });
  numbered(paper, sect, [
    `${_overdue(tally.overdue, strategy.words.body, a)} ${tally.stale === 0 ? `No open ${a.lower} has gone more than ${strategy.stalenessDays} days without an update.` : `${count(tally.stale, `${a.lower} has`, `${a.lowerPlural} have`)} had no update for more than ${strategy.stalenessDays} days.`} ` +
      `${count(report.updatesInPeriod, "progress update was", "progress updates were")} recorded in the period.` +
      (tally.percent === null
        ? ""
        : ` ${a.plural} not withdrawn are on average ${tally.percent}% complete${_cover(tally.percentOf, a)}.`),
  ]);
  const previous = strategy.reports.find((r) => r.id === report.previousId);
  numbered(paper, sect, [previous ? _comparison(report, previous, words, a) : _sinceStart(report, a)]);
  if (hasTrend(paper)) {
    const letter = paper.numbering.appendices.get("appendix-trend") ?? "";
    numbered(paper, sect, [
      [
        {
          text: `How the number of ${a.lowerPlural} in each status moved from report to report, and each ${a.lower} whose status changed, are in `,
        },
        { text: `Appendix ${letter}`, anchor: `appendix-${letter.toLowerCase()}` },
        { text: "." },
      ],
    ]);
  }
}

/** Whether there is more than one report to compare: then the trend is an appendix of its own. */
export function hasTrend(paper: Pick<Paper, "report">): boolean {
  return paper.report.trend.length > 1;
}

/** Appendix: the counts by status at the end of each report's period, as a chart and a table. */
export function trendAppendix(paper: Paper): void {
  const sect = openAppendix(paper, "appendix-trend", "Changes from report to report");
  if (paper.report.changes.length) changesTable(paper, sect);
  _trend(paper, sect);
}

/** "No action is overdue." or "3 actions are overdue: each is past its due date and …", with the rule in words. */
function _overdue(n: number, body: string, a: Word): string {
  const rule = `${OVERDUE_MEANING}, judged against any due date the ${body} has revised`;
  if (n === 0) return `No ${a.lower} is overdue (${rule}).`;
  return n === 1
    ? `1 ${a.lower} is overdue: ${rule}.`
    : `${count(n, `${a.lower} is`, `${a.lowerPlural} are`)} overdue: each is ${rule}.`;
}

/** " (an average of 4 of the 6 actions; the others report no percentage)", when some report none. */
function _cover({ reported, of }: { reported: number; of: number }, a: Word): string {
  return reported < of ? ` (an average of ${reported} of the ${count(of, a)}; the others report no percentage)` : "";
}

function _comparison(report: Report, previous: Report, words: Record<ProgressStatus, string>, a: Word): string {
  const moved = _CHANGE_ORDER
    .filter((k) => report.changeCounts[k] > 0)
    .map((k) => `${report.changeCounts[k]} ${CHANGE_LABELS[k].toLowerCase()}`);
  const was = PROGRESS_STATUSES.filter((s) => previous.tally.byStatus[s] !== report.tally.byStatus[s]).map(
    (s) => `${words[s]} ${previous.tally.byStatus[s]} → ${report.tally.byStatus[s]}`,
  );
  return (
    `Compared with ${date(previous.period.end)}, the end of the last report's period: ${moved.length ? listWords(moved) : `no ${a.lower} changed status`}; ${count(report.changeCounts.unchanged, a)} did not change. ` +
    (was.length ? `Counts by status moved as follows: ${listWords(was)}.` : "The counts by status are the same.")
  );
}

function _sinceStart(report: Report, a: Word): string {
  return (
    `This is the first report recorded here: since the strategy began, ${count(report.changeCounts.new + report.changeCounts.completed + report.changeCounts.withdrawn, `${a.lower} has`, `${a.lowerPlural} have`)} reported progress, ` +
    `${count(report.changeCounts.completed, "of which is", "of which are")} complete.`
  );
}

function _statusSentence(report: Report, words: Record<ProgressStatus, string>): string {
  const parts = PROGRESS_STATUSES.filter((s) => report.tally.byStatus[s] > 0).map(
    (s) => `${report.tally.byStatus[s]} ${words[s]}`,
  );
  return parts.length ? `By status: ${listWords(parts)}.` : "";
}

/** How the counts moved from report to report: a chart, and the same figures as a table. */
function _trend(paper: Paper, sect: Parent): void {
  const { report } = paper;
  const a = paper.strategy.words.action;
  paragraph(
    sect,
    `Figure 2 and the table after it show the number of ${a.lowerPlural} in each status at the end of each report's period, from the first report to this one.`,
  );
  // Alternative text is read aloud, not laid out: plain spaces.
  const { words } = scaleOf(paper.strategy);
  const alt = report.trend
    .map((p) => `${longDate(p.asAt)}: ${tallyInWords(p.tally, words, scaleOf(paper.strategy))}`)
    .join(". ");
  chart(sect, {
    kind: "chart",
    type: "trend",
    points: report.trend,
    caption: `Figure 2: ${a.lowerPlural} by status at the end of each report's period`,
    alt: `Stacked bar chart, one bar per report. ${alt}.`,
  });
  // One row per status and a column per report, at most three reports to a table, so every word fits
  // whole; the reports shared evenly between the tables (4 as 2 and 2, not 3 and 1), each table with
  // the same columns.
  const statuses = statusesIn(
    report.trend.map((p) => p.tally),
    scaleOf(paper.strategy),
  );
  const tables = Math.ceil(report.trend.length / _REPORTS_PER_TABLE);
  const perTable = Math.ceil(report.trend.length / Math.max(1, tables));
  const width = 0.7 / _REPORTS_PER_TABLE;
  for (let from = 0; from < report.trend.length; from += perTable) {
    const points = report.trend.slice(from, from + perTable);
    table(sect, {
      columns: [
        { header: "Status", width: 1 - width * perTable },
        ...points.map((p) => ({ header: `At ${shortDate(p.asAt)}`, width })),
      ],
      rows: statuses.map((s) => [{ text: words[s] }, ...points.map((p) => ({ text: String(p.tally.byStatus[s]) }))]),
      rowHeaders: true,
    });
  }
}

const _REPORTS_PER_TABLE = 3;
