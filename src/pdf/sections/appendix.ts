import type { ServiceModel } from "../../model/index.ts";
import { bottom } from "../flow.ts";
import type { Paper, Parent } from "../paper.ts";
import { GAPS, TEXT } from "../styles.ts";
import { fullWidth, heading, headingHeight, list, listHeight, markdown, paragraph, twoColumnList, type Box } from "../tags.ts";
import { openSection } from "./section.ts";

/** The strategy on a page: its vision, its themes, and the move from the current to the desired model. */
export function appendixSection(paper: Paper): void {
  const { strategy } = paper;
  const { sect } = openSection(paper, "Appendix: the strategy on a page", { newPage: true });
  paragraph(paper, sect, `${strategy.meta.title} (${strategy.meta.period.start} to ${strategy.meta.period.end}).`);
  heading(paper, sect, 3, "Vision");
  markdown(paper, sect, strategy.meta.vision);
  heading(paper, sect, 3, "Themes");
  twoColumnList(paper, sect, strategy.themes.map((t) => ({ text: `${t.title} (${t.actionIds.length} ${t.actionIds.length === 1 ? "action" : "actions"})` })), TEXT.compact);
  heading(paper, sect, 3, `From ${strategy.currentModel.year} to ${strategy.desiredModel.year}`);
  paragraph(paper, sect, `The plan's ${strategy.actions.length} actions move services from the current model (left) to the desired model (right).`);
  _sideBySide(paper, sect, strategy.currentModel, strategy.desiredModel);
  sect.end();
}

/**
 * The two service models in two columns, read left then right (the tag order follows the
 * drawing order). When they do not fit on what is left of the page they follow one another.
 */
function _sideBySide(paper: Paper, parent: Parent, from: ServiceModel, to: ServiceModel): void {
  const { doc } = paper;
  const full = fullWidth(doc);
  const width = (full.width - GAPS.gutter) / 2;
  const boxes: [Box, Box] = [{ x: full.x, width }, { x: full.x + width + GAPS.gutter, width }];
  const height = Math.max(...[from, to].map((m) => headingHeight(doc, 3, m.title, width) + listHeight(doc, _items(m), TEXT.compact, width)));
  if (doc.y + height > bottom(doc)) {
    for (const model of [from, to]) _model(paper, parent, model, full);
    return;
  }
  const top = doc.y;
  let end = top;
  [from, to].forEach((model, i) => {
    doc.y = top;
    _model(paper, parent, model, boxes[i] as Box);
    end = Math.max(end, doc.y);
  });
  doc.y = end;
}

function _model(paper: Paper, parent: Parent, model: ServiceModel, box: Box): void {
  heading(paper, parent, 3, model.title, { box });
  list(paper, parent, _items(model), TEXT.compact, box);
}

function _items(model: ServiceModel): { text: string }[] {
  return model.statements.map((s) => ({ text: s.text }));
}
