import { markdownText } from "../markdown.ts";
import type { Paper } from "../paper.ts";
import { NOT_STATED } from "./cover.ts";
import { numbered, openSection } from "./section.ts";

/**
 * The implications the council's paper settings list, in their order and words, each with who
 * signed it off where the report says. One the report is silent on reads "Not stated" (validation
 * warns about it): never a claim that there are none.
 */
export function implicationsSection(paper: Paper): void {
  const { sect } = openSection(paper, "implications", "Implications");
  for (const i of paper.report.implicationList) {
    numbered(paper, sect, [
      `${i.title}: ${i.text ? markdownText(i.text) : `${NOT_STATED}.`}`,
      i.signedOffBy ? `Signed off by ${i.signedOffBy}.` : "",
    ]);
  }
}
