import { formFor, RISK_RATING_LABELS, RISK_STATUS_LABELS, scaleOf, statusInSentence, type ExceptionReason, type RatedScore } from "../../model/index.ts";
import { markdownBlocks, markdownText } from "../markdown.ts";
import { reasonsSentence } from "../labels.ts";
import type { Paper, Parent } from "../paper.ts";
import { table } from "../table.ts";
import { count, date, keepTogether, listWords } from "../words.ts";
import { actionsById } from "./action-text.ts";
import { numbered, openSection } from "./section.ts";

/** The reasons that are risks to delivery, in the order the exceptions give them. */
const _RISK_REASONS: readonly ExceptionReason[] = ["off-track", "overdue", "stale"];

/**
 * Risks to delivery: which actions are off track, overdue or silent (in the exceptions' own words),
 * the report's narrative, and the risk register as it stood at the period end, each risk rated in
 * words and numbers before and after mitigation.
 */
export function risksSection(paper: Paper): void {
  const { report } = paper;
  const { sect } = openSection(paper, "risks", "Risks");
  numbered(paper, sect, [_fromExceptions(paper)]);
  for (const block of markdownBlocks(report.risks ?? "")) numbered(paper, sect, [block.bullet ? `${block.bullet} ${block.text}` : block.text]);
  _register(paper, sect);
  sect.end();
}

function _fromExceptions(paper: Paper): string {
  const { report, strategy } = paper;
  const byId = actionsById(paper);
  const parts = _RISK_REASONS.flatMap((reason) => {
    const numbers = report.exceptions.filter((e) => e.reasons.includes(reason)).map((e) => byId.get(e.actionId)?.ref ?? e.actionId);
    return numbers.length ? [`${reasonsSentence([reason], strategy.stalenessDays, (s) => statusInSentence(scaleOf(strategy), s))}: ${formFor(numbers.length, "action")} ${listWords(numbers)}.`] : [];
  });
  return parts.length ? `From the exceptions in section ${paper.numbering.sections.get("exceptions")}: ${parts.join(" ")}` : "No action is off track, overdue or without a recent update.";
}

/** "High 12, L4 × I3": the rating in words and numbers, never colour. */
export function ratingWords(score: RatedScore): string {
  return `${keepTogether(`${RISK_RATING_LABELS[score.rating]} ${score.score}`)}\n${keepTogether(`L${score.likelihood} × I${score.impact}`)}`;
}

function _register(paper: Paper, sect: Parent): void {
  const { report, strategy } = paper;
  const risks = report.riskRegister;
  if (!risks.length) {
    // A strategy with no risks.yaml has said nothing about a register: the paper says nothing either.
    if (strategy.hasRiskRegister) numbered(paper, sect, [`The risk register had no risks at ${date(report.period.end)}.`]);
    return;
  }
  numbered(paper, sect, [
    `The risk register at ${date(report.period.end)} has ${count(risks.length, "risk")}. Each is rated likelihood (L) × impact (I), each from 1 to 5: a rating of 1 to 3 is low, 4 to 6 moderate, 8 to 12 high and 15 to 25 extreme.`,
  ]);
  const byId = actionsById(paper);
  table(paper, sect, {
    columns: [
      { header: "Risk", width: 0.18 },
      { header: "Owner", width: 0.19 },
      { header: "Before mitigation", width: 0.15 },
      { header: "Mitigation and latest review", width: 0.23 },
      { header: "After mitigation", width: 0.15 },
      { header: "Actions", width: 0.1 },
    ],
    rows: risks.map((r) => {
      const review = r.reviews.at(-1);
      return [
        { text: `R${r.number}: ${r.title}${r.status === "closed" ? ` (${RISK_STATUS_LABELS.closed.toLowerCase()})` : ""}` },
        { text: r.owner },
        { text: ratingWords(r.before) },
        { text: markdownText(r.mitigation) + (review ? `\nReviewed ${date(review.date)}: ${markdownText(review.note)}` : "") },
        { text: ratingWords(r.after) },
        { text: r.actionIds.map((id) => byId.get(id)?.ref ?? id).join(", ") },
      ];
    }),
  });
}
