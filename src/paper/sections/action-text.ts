import type { Action, UpdateContent } from "../../model/index.ts";
import type { Span } from "../content.ts";
import { paragraphAnchor } from "../blocks.ts";
import type { Paper } from "../paper.ts";
import { date } from "../words.ts";
import { exceptionGroups } from "./exception-groups.ts";

/**
 * "Action 5: To review the social inclusion model", in the strategy's word for an action ("Deliverable 17:
 * New Homes Programme") — the plan's number (its ref, 1.1.6) makes titles easy to find; an action with
 * no number is its title alone.
 */
export function actionName(paper: Paper, action: Pick<Action, "ref" | "title">): string {
  return action.ref ? `${paper.strategy.words.action.singular} ${action.ref}: ${action.title}` : action.title;
}

/** An action's number in a sentence ("action 5", "deliverable 17"), or its title where it has none. */
export function actionNumber(paper: Paper, action: Pick<Action, "ref" | "title"> | undefined, id: string): string {
  if (!action) return id;
  return action.ref ? `${paper.strategy.words.action.lower} ${action.ref}` : action.title;
}

/** An update as "12 February 2015: the note…", or a plain statement when there is none. */
export function latestNote(update: UpdateContent | null, toText: (markdown: string) => string): string {
  return update ? `${date(update.date)}: ${toText(update.note)}` : "No update yet.";
}

/** The actions of the strategy by id. */
export function actionsById(paper: Paper): Map<string, Action> {
  return new Map(paper.strategy.actions.map((a) => [a.id, a]));
}

/** The paragraph an action's exception is in ("4.3"), or null when it is not an exception. */
export function exceptionParagraph(paper: Paper, actionId: string): string | null {
  const section = paper.numbering.sections.get("exceptions");
  const { cards, listed } = exceptionGroups(paper.report);
  const i = cards.findIndex((e) => e.actionId === actionId);
  if (section === undefined) return null;
  // Paragraph 1 of the section counts the exceptions; each card follows as a paragraph of its own,
  // then one paragraph introduces the table of the rest.
  if (i >= 0) return `${section}.${i + 2}`;
  return listed.some((e) => e.actionId === actionId) ? `${section}.${cards.length + 2}` : null;
}

/** The letter of the appendix that gives every action's latest update. */
export function actionsAppendixLetter(paper: Paper): string {
  return paper.numbering.appendices.get("appendix-actions") ?? "A";
}

/** "action 1 (paragraph 4.2)", or "action 10 (Appendix A)" for one that is not an exception: a link to it. */
export function actionReference(paper: Paper, action: Action): Span {
  const paragraph = exceptionParagraph(paper, action.id);
  if (paragraph)
    return {
      text: `${actionNumber(paper, action, action.id)} (paragraph ${paragraph})`,
      anchor: paragraphAnchor(paragraph),
    };
  const letter = actionsAppendixLetter(paper);
  return {
    text: `${actionNumber(paper, action, action.id)} (Appendix ${letter})`,
    anchor: `appendix-${letter.toLowerCase()}`,
  };
}
