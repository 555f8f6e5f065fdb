import { markdownText } from "../markdown.ts";
import type { Paper } from "../paper.ts";
import { numbered, openSection } from "./section.ts";

/** The implications every board paper states, in the usual order; one the report is silent on is "Not stated", never "None identified". */
const _KINDS = [
  ["financial", "Financial"],
  ["legal", "Legal"],
  ["equalities", "Equalities and health inequalities"],
  ["engagement", "Engagement and consultation"],
] as const;

export function implicationsSection(paper: Paper): void {
  const { report } = paper;
  const { sect } = openSection(paper, "implications", "Implications");
  for (const [key, label] of _KINDS) {
    const text = report.implications?.[key];
    numbered(paper, sect, [`${label}: ${text ? markdownText(text) : "Not stated."}`]);
  }
  sect.end();
}
