import {
  formFor,
  RISK_RATING_LABELS,
  RISK_STATUS_LABELS,
  scaleOf,
  statusInSentence,
  type ExceptionReason,
  type RatedScore,
} from "../../model/index.ts";
import { markdownBlocks, markdownText } from "../markdown.ts";
import { reasonsSentence } from "../labels.ts";
import type { Risk } from "../../model/index.ts";
import type { Paper, Parent } from "../paper.ts";
import { paragraph, table } from "../blocks.ts";
import { count, date, keepTogether, listWords } from "../words.ts";
import { actionsById } from "./action-text.ts";
import { numbered, openAppendix, openSection } from "./section.ts";

/** The reasons that are risks to delivery, in the order the exceptions give them. */
const _RISK_REASONS: readonly ExceptionReason[] = ["off-track", "overdue", "stale"];

/** Ratings after mitigation that need the Board's attention in the body of the paper. */
const _NEEDS_ATTENTION: ReadonlySet<string> = new Set(["high", "extreme"]);

/** Whether the register has risks at the period end: then it is an appendix of its own. */
export function hasRiskRegister(paper: Pick<Paper, "report">): boolean {
  return paper.report.riskRegister.length > 0;
}

/**
 * Risks to delivery: which actions are off track, overdue or silent (in the exceptions' own words),
 * the report's narrative, and the risks still rated high or extreme after mitigation; the whole
 * register as it stood at the period end is an appendix.
 */
export function risksSection(paper: Paper): void {
  const { report } = paper;
  const { sect } = openSection(paper, "risks", "Risks");
  numbered(paper, sect, [_fromExceptions(paper)]);
  for (const block of markdownBlocks(report.risks ?? ""))
    numbered(paper, sect, [block.bullet ? `${block.bullet} ${block.text}` : block.text]);
  _attention(paper, sect);
}

/** Appendix: every risk on the register at the period end, rated before and after mitigation. */
export function riskRegisterAppendix(paper: Paper): void {
  const sect = openAppendix(paper, "appendix-risks", "Risk register");
  _register(paper, sect);
}

function _attention(paper: Paper, sect: Parent): void {
  const { report, strategy } = paper;
  const risks = report.riskRegister;
  if (!risks.length) {
    // A strategy with no risks.yaml has said nothing about a register: the paper says nothing either.
    if (strategy.hasRiskRegister)
      numbered(paper, sect, [`The risk register had no risks at ${date(report.period.end)}.`]);
    return;
  }
  const letter = paper.numbering.appendices.get("appendix-risks") ?? "";
  const high = risks.filter((r) => r.status !== "closed" && _NEEDS_ATTENTION.has(r.after.rating));
  const named = high.map(
    (r) =>
      `R${r.number}, ${r.title} (${keepTogether(`${RISK_RATING_LABELS[r.after.rating].toLowerCase()} ${r.after.score}`)})`,
  );
  numbered(paper, sect, [
    `The risk register at ${date(report.period.end)} has ${count(risks.length, "risk")}. ` +
      (high.length
        ? `${high.length === 1 ? "One is" : `${high.length} are`} still rated high or extreme after mitigation: ${listWords(named)}.`
        : "None is still rated high or extreme after mitigation."),
    [
      { text: "Each risk's owner, ratings, mitigation and latest review are in " },
      { text: `Appendix ${letter}`, anchor: `appendix-${letter.toLowerCase()}` },
      { text: "." },
    ],
  ]);
}

function _register(paper: Paper, sect: Parent): void {
  const { report } = paper;
  paragraph(
    sect,
    `The risk register at ${date(report.period.end)} has ${count(report.riskRegister.length, "risk")}. Each is rated likelihood (L) × impact (I), each from 1 to 5: a rating of 1 to 3 is low, 4 to 6 moderate, 8 to 12 high and 15 to 25 extreme.`,
  );
  _table(paper, sect, report.riskRegister);
}

function _fromExceptions(paper: Paper): string {
  const { report, strategy } = paper;
  const byId = actionsById(paper);
  const a = strategy.words.action;
  const parts = _RISK_REASONS.flatMap((reason) => {
    // "actions 5 and 11", in the strategy's word; an action without a number is named by its title.
    const numbers = report.exceptions
      .filter((e) => e.reasons.includes(reason))
      .map((e) => byId.get(e.actionId))
      .map((x) => (x ? (x.ref ?? x.title) : ""));
    return numbers.length
      ? [
          `${reasonsSentence([reason], strategy.stalenessDays, (s) => statusInSentence(scaleOf(strategy), s))}: ${formFor(numbers.length, a.lower, a.lowerPlural)} ${listWords(numbers)}.`,
        ]
      : [];
  });
  return parts.length
    ? `From the exceptions in section ${paper.numbering.sections.get("exceptions")}: ${parts.join(" ")}`
    : `No ${a.lower} is off track, overdue or without a recent update.`;
}

/** "High 12, L4 × I3": the rating in words and numbers, never colour. */
export function ratingWords(score: RatedScore): string {
  return `${keepTogether(`${RISK_RATING_LABELS[score.rating]} ${score.score}`)} ${keepTogether(`(L${score.likelihood} × I${score.impact})`)}`;
}

/** The whole register: each risk with its owner, its ratings, the mitigation and latest review, and the actions it concerns. */
function _table(paper: Paper, sect: Parent, risks: readonly Risk[]): void {
  const byId = actionsById(paper);
  table(sect, {
    columns: [
      { header: "Risk and owner", width: 0.27 },
      { header: "Rating before and after mitigation", width: 0.21 },
      { header: "Mitigation and latest review", width: 0.4 },
      { header: paper.strategy.words.action.plural, width: 0.12 },
    ],
    rows: risks.map((r) => {
      const review = r.reviews.at(-1);
      return [
        { strong: _riskName(r), text: r.owner },
        { text: `Before: ${ratingWords(r.before)}\nAfter: ${ratingWords(r.after)}` },
        {
          text:
            markdownText(r.mitigation) +
            (review ? `\nReviewed ${date(review.date)}: ${markdownText(review.note)}` : ""),
        },
        { text: r.actionIds.map((id) => byId.get(id)?.ref ?? id).join(", ") },
      ];
    }),
  });
}

function _riskName(r: Risk): string {
  return `R${r.number}: ${r.title}${r.status === "closed" ? ` (${RISK_STATUS_LABELS.closed.toLowerCase()})` : ""}`;
}
