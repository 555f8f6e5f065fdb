import { longDate, type Action, type UpdateContent } from "../../model/index.ts";

/** "Action 5: To review the social inclusion model" — the plan number makes titles easy to find. */
export function actionName(action: Pick<Action, "number" | "title">): string {
  return `Action ${action.number}: ${action.title}`;
}

/** An update as "12 February 2015: the note…", or a plain statement when there is none. */
export function latestNote(update: UpdateContent | null, toText: (markdown: string) => string): string {
  return update ? `${longDate(update.date)}: ${toText(update.note)}` : "No update yet.";
}
