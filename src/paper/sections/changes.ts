import {
  CHANGE_LABELS,
  DECISION_LABELS,
  scaleOf,
  statusInSentence,
  type Action,
  type FollowedDecision,
} from "../../model/index.ts";
import { statusWords } from "../labels.ts";
import { markdownText } from "../markdown.ts";
import type { Paper, Parent } from "../paper.ts";
import { paragraph, table } from "../blocks.ts";
import { count, date, due as dueText, listWords } from "../words.ts";
import { actionName, actionsAppendixLetter, actionsById } from "./action-text.ts";
import { numbered, openAppendix, openSection } from "./section.ts";

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
  const a = strategy.words.action;
  const { sect } = openSection(paper, "changes", changesTitle(paper));
  const previous = strategy.reports.find((r) => r.id === report.previousId);
  if (previous) _decisionsInBrief(paper, sect, previous.meeting, report.followed);
  numbered(paper, sect, [
    previous
      ? `Status at ${date(report.period.end)} compared with ${date(previous.period.end)}: ${report.changes.length ? `${count(report.changes.length, a)} moved (${_byKind(paper)}). Appendix ${paper.numbering.appendices.get("appendix-trend") ?? ""} gives each one's change; Appendix ${actionsAppendixLetter(paper)} gives each ${a.lower}'s latest update.` : `no ${a.lower}'s status changed.`}`
      : report.changes.length
        ? `By ${date(report.period.end)}, ${count(report.changes.length, `${a.lower} has`, `${a.lowerPlural} have`)} reported progress since the strategy began. The table gives each one's status and how many updates it has made; Appendix ${actionsAppendixLetter(paper)} gives each latest update.`
        : `No ${a.lower} had reported progress by ${date(report.period.end)}.`,
  ]);
  if (!report.changes.length) return;
  const byId = actionsById(paper);
  if (!previous) {
    // Each action's latest update is in the appendix: a first report lists where each one stands.
    table(sect, {
      columns: [
        { header: a.singular, width: 0.6 },
        { header: "Status", width: 0.2 },
        { header: "Updates", width: 0.2 },
      ],
      rows: report.changes.map((change) => {
        const action = byId.get(change.actionId) as Action;
        return [
          { text: actionName(paper, action) },
          { text: statusWords(change.to, scaleOf(paper.strategy).words) },
          { text: String((action.updates ?? []).filter((u) => u.date <= report.period.end).length) },
        ];
      }),
    });
  }
}

/** "improved: actions 6, 13 and 15; worsened: actions 1 and 9". */
function _byKind(paper: Paper): string {
  const byId = actionsById(paper);
  const kinds = [...new Set(paper.report.changes.map((c) => c.kind))];
  return kinds
    .map((kind) => {
      const refs = paper.report.changes
        .filter((c) => c.kind === kind)
        .map((c) => byId.get(c.actionId))
        .map((x) => (x ? (x.ref ?? x.title) : ""));
      const a = paper.strategy.words.action;
      return `${CHANGE_LABELS[kind].toLowerCase()}: ${refs.length === 1 ? a.lower : a.lowerPlural} ${listWords(refs)}`;
    })
    .join("; ");
}

/** Each action whose status moved since the last report, from → to; what happened is its latest update, in the appendix of every action. */
export function changesTable(paper: Paper, sect: Parent): void {
  const { report } = paper;
  const byId = actionsById(paper);
  const a = paper.strategy.words.action;
  paragraph(
    sect,
    `The ${count(report.changes.length, a)} whose status at ${date(report.period.end)} differs from the last report's. ${a.plural} whose status did not change are not listed.`,
  );
  table(sect, {
    columns: [
      { header: a.singular, width: 0.55 },
      { header: "Change", width: 0.17 },
      { header: "Status", width: 0.28 },
    ],
    rows: report.changes.map((change) => {
      const action = byId.get(change.actionId) as Action;
      return [
        { text: actionName(paper, action) },
        { text: CHANGE_LABELS[change.kind] },
        {
          text: `${statusWords(change.from, scaleOf(paper.strategy).words)} → ${statusWords(change.to, scaleOf(paper.strategy).words)}`,
        },
      ];
    }),
  });
}

/** Whether the last meeting made decisions to follow up: then what followed each is an appendix. */
export function hasFollowedDecisions(paper: Pick<Paper, "report">): boolean {
  return paper.report.followed.length > 0;
}

function _decisionsInBrief(paper: Paper, sect: Parent, meeting: string, followed: readonly FollowedDecision[]): void {
  if (!followed.length) {
    numbered(paper, sect, [
      `No decisions were recorded for the ${paper.strategy.words.body}'s last meeting on ${date(meeting)}.`,
    ]);
    return;
  }
  const letter = paper.numbering.appendices.get("appendix-decisions") ?? "";
  numbered(paper, sect, [
    [
      {
        text: `At its last meeting, on ${date(meeting)}, the ${paper.strategy.words.body} made ${count(followed.length, "decision")}. `,
      },
      { text: `Appendix ${letter}`, anchor: `appendix-${letter.toLowerCase()}` },
      { text: " gives what followed each one." },
    ],
  ]);
}

/** Appendix: the last meeting's decisions, what followed each, and where the actions they concern stood. */
export function decisionsAppendix(paper: Paper): void {
  const { report, strategy } = paper;
  const previous = strategy.reports.find((r) => r.id === report.previousId);
  const sect = openAppendix(paper, "appendix-decisions", "Decisions of the last meeting and what followed");
  _decisions(paper, sect, previous?.meeting ?? report.period.start, report.followed);
}

function _decisions(paper: Paper, sect: Parent, meeting: string, followed: readonly FollowedDecision[]): void {
  paragraph(
    sect,
    `At its last meeting, on ${date(meeting)}, the ${paper.strategy.words.body} made these decisions. The table gives what followed each one, and the status at ${date(paper.report.period.end)} of the ${paper.strategy.words.action.lowerPlural} it concerns.`,
  );
  const byId = actionsById(paper);
  table(sect, {
    columns: [
      { header: "Recommendation", width: 0.34 },
      { header: "Decision", width: 0.26 },
      { header: "What followed", width: 0.4 },
    ],
    rows: followed.map(({ decision, actions }) => {
      const revised = decision.revisedDue.map(
        (r) => `Due date of action ${byId.get(r.actionId)?.ref ?? r.actionId} revised to ${dueText(r.due)}.`,
      );
      const statuses = actions.map(
        ({ actionId, progress }) =>
          `Action ${byId.get(actionId)?.ref ?? actionId}: ${statusInSentence(scaleOf(paper.strategy), progress.status)} at ${date(paper.report.period.end)}.`,
      );
      return [
        { text: `${decision.recommendation.number}. ${decision.recommendation.text}` },
        {
          text: [DECISION_LABELS[decision.outcome], decision.note ? markdownText(decision.note) : ""]
            .filter(Boolean)
            .join(": "),
        },
        {
          text:
            [decision.followUp ? markdownText(decision.followUp) : "", ...revised, ...statuses]
              .filter(Boolean)
              .join(" ") || "Nothing further was needed.",
        },
      ];
    }),
  });
}
