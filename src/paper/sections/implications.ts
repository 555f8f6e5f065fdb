import { implicationOf } from "../../model/index.ts";
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
  const { report, strategy } = paper;
  const { sect } = openSection(paper, "implications", "Implications");
  for (const heading of strategy.paper.implications) {
    const given = implicationOf(report, heading.key);
    if (!given && heading.optional) continue;
    numbered(paper, sect, [
      `${heading.title}: ${given ? markdownText(given.text) : `${NOT_STATED}.`}`,
      given?.signedOffBy ? `Signed off by ${given.signedOffBy}.` : "",
    ]);
  }
}
