import {
  formFor,
  scaleOf,
  statusInSentence,
  STATUS_LABELS,
  type Action,
  type DueAt,
  type ExceptionReason,
  type ProgressStatus,
} from "../../model/index.ts";
import { exceptionGroups } from "./exception-groups.ts";
import { reasonsSentence } from "../labels.ts";
import { markdownText } from "../markdown.ts";
import type { Paper } from "../paper.ts";
import type { Cell } from "../content.ts";
import { heading, paragraph, paragraphAnchor, table, takeNumber, type TableSpec } from "../blocks.ts";
import { count, date, due as dueText, listWords, shortDue } from "../words.ts";
import { actionName, actionsAppendixLetter, actionsById } from "./action-text.ts";
import { numbered, openSection } from "./section.ts";

/**
 * "At risk, overdue and no update for more than 120 days": every reason, the status among them when
 * it is one; otherwise the status first ("On track, but overdue"), so it is never said twice.
 */
export function listedBecause(
  status: ProgressStatus,
  reasons: readonly ExceptionReason[],
  stalenessDays: number,
  words: Record<ProgressStatus, string> = STATUS_LABELS,
): string {
  // A status among the reasons reads in the strategy's word for it, where that is not the tool's.
  const own = (s: "off-track" | "at-risk") => (words[s] === STATUS_LABELS[s] ? words[s].toLowerCase() : words[s]);
  // With nothing reported, "no update in this period" goes without saying: only what else there is follows.
  if (status === "not-reported") {
    const more = reasons.filter((r) => r !== "no-update");
    return more.length ? `${words[status]}; ${_lowerFirst(reasonsSentence(more, stalenessDays, own))}` : words[status];
  }
  const sentence = reasonsSentence(reasons, stalenessDays, own);
  return reasons.includes(status as ExceptionReason) ? sentence : `${words[status]}, but ${_lowerFirst(sentence)}`;
}

function _lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "31 December 2015 (originally 31 March 2015; revised by the Board on 19 March 2015, recommendation 4)"; "July to September 2017". */
export function dueWords(due: DueAt, body = "Board"): string {
  if (!due.revision) return dueText(due.due);
  const r = due.revision;
  return `${dueText(due.due)} (originally ${dueText(due.original)}; revised by the ${body} on ${date(r.approvedOn)}, report ${r.reportId} recommendation ${r.recommendation})`;
}

/**
 * Every action the board should look at, by numbered paragraph: every reason it is listed, and what
 * its lead says — the reason, the recovery action, a proposed revised date and any request.
 */
export function exceptionsSection(paper: Paper): void {
  const { report, strategy } = paper;
  const a = strategy.words.action;
  const { sect } = openSection(paper, "exceptions", "Exceptions");
  const byId = actionsById(paper);
  numbered(paper, sect, [
    report.exceptions.length
      ? `${count(report.exceptions.length, `${a.lower} is`, `${a.lowerPlural} are`)} listed: ${statusInSentence(scaleOf(strategy), "off-track")}, ${statusInSentence(scaleOf(strategy), "at-risk")}, overdue, with no update for more than ${strategy.stalenessDays} days, or with no update between ${date(report.period.start)} and ${date(report.period.end)}. Each one's latest update is in ${_appendix(paper)}.`
      : `No ${a.lower} is off track, at risk or overdue, and every open ${a.lower} had an update in the period.`,
  ]);
  const { cards, listed } = exceptionGroups(report);
  for (const exception of cards) {
    const action = byId.get(exception.actionId) as Action;
    const progress = report.progress[action.id];
    if (!progress) continue;
    const rows: [string, Cell][] = [
      ["Reason", { text: exception.reason ? markdownText(exception.reason) : "Not given." }],
      ["Recovery action", { text: exception.recovery ? markdownText(exception.recovery) : "Not given." }],
    ];
    if (exception.proposedDue) rows.push(["Proposed revised due date", { text: date(exception.proposedDue) }]);
    if (exception.request)
      rows.push([`Request to the ${strategy.words.body}`, { text: markdownText(exception.request) }]);
    if (exception.recommendations.length)
      rows.push([
        "Recommendation",
        {
          text: listWords(
            exception.recommendations.map((n) => `${paper.numbering.sections.get("recommendations")}.${n}`),
          ),
        },
      ]);
    const spec: TableSpec = {
      columns: [
        { header: "Item", width: 0.24 },
        { header: "Detail", width: 0.76 },
      ],
      header: false,
      rowHeaders: true,
      rows: rows.map(([k, v]) => [{ text: k }, v]),
    };
    // The exception's number heads its card: a bookmark under the section, and where cross-references lead.
    const label = takeNumber(paper);
    heading(sect, 3, `${label} ${actionName(paper, action)}`, paragraphAnchor(label));
    // A plan that names no lead for an action says nothing of one, rather than "Lead: .".
    const lead = action.lead ? ` Lead: ${action.lead}.` : "";
    paragraph(
      sect,
      `${listedBecause(progress.status, exception.reasons, strategy.stalenessDays, scaleOf(strategy).words)}.${lead} Due: ${dueWords(exception.due, strategy.words.body)}.`,
    );
    table(sect, spec);
  }
  if (listed.length) {
    // Their leads, and a Lead column, are spoken of only when the plan names a lead for one of them.
    const leads = listed.some((e) => byId.get(e.actionId)?.lead);
    // Said of the record, not of the leads: a plan whose leads explain in one comment has given reasons in its
    // notes, which Appendix A carries whole; only the separate reason and recovery fields are empty.
    numbered(paper, sect, [
      `${count(listed.length, cards.length ? `more ${a.lower} is` : `${a.lower} is`, cards.length ? `more ${a.lowerPlural} are` : `${a.lowerPlural} are`)} listed with no reason or recovery action recorded as such yet; ${formFor(listed.length, "its latest note is", "their latest notes are")} in ${_appendix(paper)}.`,
    ]);
    table(sect, {
      columns: leads
        ? [
            { header: a.singular, width: 0.335 },
            { header: "Why it is listed", width: 0.28 },
            { header: "Lead", width: 0.205 },
            { header: "Due", width: 0.18 },
          ]
        : [
            { header: a.singular, width: 0.44 },
            { header: "Why it is listed", width: 0.38 },
            { header: "Due", width: 0.18 },
          ],
      rows: listed.map((e) => {
        const action = byId.get(e.actionId) as Action;
        const status = report.progress[action.id]?.status ?? "not-reported";
        const because = listedBecause(status, e.reasons, strategy.stalenessDays, scaleOf(strategy).words);
        return [
          { text: actionName(paper, action) },
          { text: because },
          ...(leads ? [{ text: action.lead ?? "" }] : []),
          { text: shortDue(e.due.due) },
        ];
      }),
    });
  }
}

/** "Appendix A", where every action's latest update is. */
function _appendix(paper: Paper): string {
  return `Appendix ${actionsAppendixLetter(paper)}`;
}
