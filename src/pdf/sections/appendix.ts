import type { ServiceModel } from "../../model/index.ts";
import type { Paper, Parent } from "../paper.ts";
import { heading, list, markdown, paragraph } from "../tags.ts";
import { openSection } from "./section.ts";

/** The strategy on a page: its vision, its themes, and the move from the current to the desired model. */
export function appendixSection(paper: Paper): void {
  const { strategy } = paper;
  const { sect } = openSection(paper, "Appendix: the strategy on a page", { newPage: true });
  paragraph(paper, sect, `${strategy.meta.title} (${strategy.meta.period.start} to ${strategy.meta.period.end}).`);
  heading(paper, sect, 3, "Vision");
  markdown(paper, sect, strategy.meta.vision);
  heading(paper, sect, 3, "Themes");
  list(paper, sect, strategy.themes.map((t) => ({ text: `${t.title} (${t.actionIds.length} ${t.actionIds.length === 1 ? "action" : "actions"})` })));
  heading(paper, sect, 3, `From ${strategy.currentModel.year} to ${strategy.desiredModel.year}`);
  paragraph(paper, sect, `The plan's ${strategy.actions.length} actions move services from the current model to the desired model.`);
  _model(paper, sect, strategy.currentModel);
  _model(paper, sect, strategy.desiredModel);
  sect.end();
}

function _model(paper: Paper, parent: Parent, model: ServiceModel): void {
  heading(paper, parent, 3, model.title);
  list(paper, parent, model.statements.map((s) => ({ text: s.text })));
}
