import { CHANGE_LABELS, longDate, OVERDUE_MEANING, STATUS_LABELS, STATUSES, type ChangeKind } from "../../model/index.ts";
import { statusChart, tallyInWords } from "../chart.ts";
import { contentWidth, textHeight } from "../flow.ts";
import type { Paper } from "../paper.ts";
import { TEXT } from "../styles.ts";
import { heading, list, listHeight, markdown, paragraph } from "../tags.ts";
import { openSection } from "./section.ts";

const _CHANGE_ORDER: readonly ChangeKind[] = ["improved", "worsened", "completed", "withdrawn", "new", "unchanged"];

/** The position at the period end: counts by status (with a chart), overdue and stale, and what moved. */
export function summarySection(paper: Paper): void {
  const { report, strategy } = paper;
  const { sect } = openSection(paper, "Summary of progress");
  if (report.summary) markdown(paper, sect, report.summary);

  const asAt = longDate(report.asAt);
  const { tally } = report;
  paragraph(paper, sect, `At ${asAt}, the end of the reporting period, the strategy has ${_count(tally.total, "action")}. ${_statusSentence(paper)}`);
  statusChart(paper, sect, tally, `Figure 1: actions by status at ${asAt}`, `Bar chart of the ${_count(tally.total, "action")} by status at ${asAt}. ${tallyInWords(tally)}.`);
  list(paper, sect, [
    { text: `Overdue (${OVERDUE_MEANING}): ${tally.overdue}` },
    { text: `No update for more than ${strategy.stalenessDays} days: ${tally.stale}` },
    { text: `Progress updates recorded in the period: ${report.updatesInPeriod}` },
    ...(tally.percent === null ? [] : [{ text: `Average completion of actions not withdrawn: ${tally.percent}%` }]),
  ]);

  const previous = strategy.reports.find((r) => r.id === report.previousId);
  const intro = previous
    ? `Compared with the position at ${longDate(previous.period.end)}, the end of the period of the last report (${previous.title}):`
    : "This is the first report, so every action with an update counts as new:";
  const counts = _CHANGE_ORDER.map((kind) => ({ text: `${CHANGE_LABELS[kind]}: ${report.changeCounts[kind]}` }));
  // The sentence introduces the list: keep heading, sentence and counts on one page.
  const width = contentWidth(paper.doc);
  const keep = textHeight(paper.doc, intro, TEXT.body, width) + TEXT.body.gapAfter + listHeight(paper.doc, counts, TEXT.body, width);
  heading(paper, sect, 3, previous ? "Since the last report" : "Since the strategy began", { keep });
  paragraph(paper, sect, intro);
  list(paper, sect, counts);
  sect.end();
}

function _statusSentence(paper: Paper): string {
  const parts = STATUSES.filter((s) => paper.report.tally.byStatus[s] > 0).map((s) => `${paper.report.tally.byStatus[s]} ${STATUS_LABELS[s].toLowerCase()}`);
  return parts.length ? `Of these, ${parts.join(", ")}.` : "";
}

function _count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
