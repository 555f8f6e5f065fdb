import type { Action, Recommendation } from "../../model/index.ts";
import type { Span } from "../content.ts";
import { markdownText } from "../markdown.ts";
import type { Paper } from "../paper.ts";
import { actionReference, actionsById } from "./action-text.ts";
import { numbered, openSection } from "./section.ts";

/** Each recommendation, numbered, with the reason for it and where the paper explains it. */
export function recommendationsSection(paper: Paper): void {
  const { report } = paper;
  const { sect } = openSection(paper, "recommendations", "Recommendations");
  for (const r of report.recommendations)
    numbered(paper, sect, [r.text, ...(r.reason ? [`Reason: ${markdownText(r.reason)}`] : []), ..._concerns(paper, r)]);
  if (report.options) numbered(paper, sect, [`Options considered: ${markdownText(report.options)}`]);
}

/** "See action 1 (paragraph 4.2) and risk R2 (section 6).", each reference a link to where it is. */
function _concerns(paper: Paper, r: Recommendation): Span[][] {
  const byId = actionsById(paper);
  const actions = r.actionIds
    .map((id) => byId.get(id))
    .filter((a): a is Action => a !== undefined)
    .map((a) => actionReference(paper, a));
  const riskSection = paper.numbering.sections.get("risks");
  const risks = r.riskIds.flatMap((id): Span[] => {
    const risk = paper.report.riskRegister.find((x) => x.id === id);
    return risk && riskSection !== undefined
      ? [{ text: `risk R${risk.number} (section ${riskSection})`, anchor: "section-risks" }]
      : [];
  });
  const all = [...actions, ...risks];
  if (!all.length) return [];
  const spans: Span[] = [{ text: "See " }];
  all.forEach((ref, i) => {
    if (i > 0) spans.push({ text: i === all.length - 1 ? " and " : ", " });
    spans.push(ref);
  });
  spans.push({ text: "." });
  return [spans];
}
