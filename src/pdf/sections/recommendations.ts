import type { Action, Recommendation } from "../../model/index.ts";
import { markdownText } from "../markdown.ts";
import type { Paper } from "../paper.ts";
import { listWords } from "../words.ts";
import { actionReference, actionsById } from "./action-text.ts";
import { numbered, openSection } from "./section.ts";

/** Each recommendation, numbered, with the reason for it and where the paper explains it. */
export function recommendationsSection(paper: Paper): void {
  const { report } = paper;
  const { sect } = openSection(paper, "recommendations", "Recommendations");
  for (const r of report.recommendations) numbered(paper, sect, [r.text, ...(r.reason ? [`Reason: ${markdownText(r.reason)}`] : []), ..._concerns(paper, r)]);
  if (report.options) numbered(paper, sect, [`Options considered: ${markdownText(report.options)}`]);
  sect.end();
}

/** "See action 1 (paragraph 4.2) and risk R2 (section 6)." */
function _concerns(paper: Paper, r: Recommendation): string[] {
  const byId = actionsById(paper);
  const actions = r.actionIds.map((id) => byId.get(id)).filter((a): a is Action => a !== undefined).map((a) => actionReference(paper, a));
  const riskSection = paper.numbering.sections.get("risks");
  const risks = r.riskIds.flatMap((id) => {
    const risk = paper.report.riskRegister.find((x) => x.id === id);
    return risk ? [`risk R${risk.number} (section ${riskSection})`] : [];
  });
  const all = [...actions, ...risks];
  return all.length ? [`See ${listWords(all)}.`] : [];
}
