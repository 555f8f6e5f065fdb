import { CHANGE_LABELS, DECISION_LABELS, scaleOf, statusInSentence, type Action, type FollowedDecision } from "../../model/index.ts";
import { statusWords } from "../labels.ts";
import { markdownText } from "../markdown.ts";
import type { Paper, Parent } from "../paper.ts";
import { table } from "../table.ts";
import { count, date, due as dueText } from "../words.ts";
import { actionName, actionsById } from "./action-text.ts";
import { numbered, openSection } from "./section.ts";

/** The title section 5 has: a first report has nothing to compare with, so it does not promise changes. */
export function changesTitle(paper: Paper): string {
  return paper.report.previousId ? "Changes since the last report" : "Progress reported since the strategy began";
}

/**
 * What happened since the last report: the Board's decisions at its last meeting and what followed,
 * then each action whose status moved, from → to, with the update that explains it. A first report
 * instead lists what each action has reported since the strategy began.
 */
export function changesSection(paper: Paper): void {
  const { report, strategy } = paper;
  const { sect } = openSection(paper, "changes", changesTitle(paper));
  const previous = strategy.reports.find((r) => r.id === report.previousId);
  if (previous) _decisions(paper, sect, previous.meeting, report.followed);
  numbered(paper, sect, [
    previous
      ? `Status at ${date(report.period.end)} compared with ${date(previous.period.end)}: ${report.changes.length ? `${count(report.changes.length, "action")} moved. Actions whose status did not change are not listed; each action's latest update is in the appendix.` : "no action's status changed."}`
      : report.changes.length
        ? `By ${date(report.period.end)}, ${count(report.changes.length, "action has", "actions have")} reported progress since the strategy began. The table gives each one's status and how many updates it has made; the appendix gives each latest update.`
        : `No action had reported progress by ${date(report.period.end)}.`,
  ]);
  if (!report.changes.length) return sect.end();
  const byId = actionsById(paper);
  if (!previous) {
    // Each action's latest update is in the appendix: a first report lists where each one stands.
    table(paper, sect, {
      columns: [{ header: "Action", width: 0.6 }, { header: "Status", width: 0.2 }, { header: "Updates", width: 0.2 }],
      rows: report.changes.map((change) => {
        const action = byId.get(change.actionId) as Action;
        return [{ text: actionName(action) }, { text: statusWords(change.to, scaleOf(paper.strategy).words) }, { text: String((action.updates ?? []).filter((u) => u.date <= report.period.end).length) }];
      }),
    });
    return sect.end();
  }
  // What happened is each action's latest update, given once, in the appendix.
  table(paper, sect, {
    columns: [
      { header: "Action", width: 0.55 },
      { header: "Change", width: 0.17 },
      { header: "Status", width: 0.28 },
    ],
    rows: report.changes.map((change) => {
      const action = byId.get(change.actionId) as Action;
      return [{ text: actionName(action) }, { text: CHANGE_LABELS[change.kind] }, { text: `${statusWords(change.from, scaleOf(paper.strategy).words)} → ${statusWords(change.to, scaleOf(paper.strategy).words)}` }];
    }),
  });
  sect.end();
}

function _decisions(paper: Paper, sect: Parent, meeting: string, followed: readonly FollowedDecision[]): void {
  if (!followed.length) {
    numbered(paper, sect, [`No decisions were recorded for the ${paper.strategy.words.body}'s last meeting on ${date(meeting)}.`]);
    return;
  }
  numbered(paper, sect, [`At its last meeting, on ${date(meeting)}, the ${paper.strategy.words.body} made these decisions. The table gives what followed each one, and the status at ${date(paper.report.period.end)} of the actions it concerns.`]);
  const byId = actionsById(paper);
  table(paper, sect, {
    columns: [
      { header: "Recommendation", width: 0.34 },
      { header: "Decision", width: 0.26 },
      { header: "What followed", width: 0.4 },
    ],
    rows: followed.map(({ decision, actions }) => {
      const revised = decision.revisedDue.map((r) => `Due date of action ${byId.get(r.actionId)?.ref ?? r.actionId} revised to ${dueText(r.due)}.`);
      const statuses = actions.map(({ actionId, progress }) => `Action ${byId.get(actionId)?.ref ?? actionId}: ${statusInSentence(scaleOf(paper.strategy), progress.status)} at ${date(paper.report.period.end)}.`);
      return [
        { text: `${decision.recommendation.number}. ${decision.recommendation.text}` },
        { text: [DECISION_LABELS[decision.outcome], decision.note ? markdownText(decision.note) : ""].filter(Boolean).join(": ") },
        { text: [decision.followUp ? markdownText(decision.followUp) : "", ...revised, ...statuses].filter(Boolean).join(" ") || "Nothing further was needed." },
      ];
    }),
  });
}
