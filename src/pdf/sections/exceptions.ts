import { longDate, type Action } from "../../model/index.ts";
import { reasonsSentence } from "../labels.ts";
import { markdownText } from "../markdown.ts";
import type { Paper } from "../paper.ts";
import { table, tableHeight, type TableSpec } from "../table.ts";
import { heading, paragraph } from "../tags.ts";
import { actionName, latestNote } from "./action-text.ts";
import { openSection } from "./section.ts";

/** Every action the board should look at: off track, at risk, overdue, or silent in the period. */
export function exceptionsSection(paper: Paper): void {
  const { report, strategy } = paper;
  const { sect } = openSection(paper, "Exceptions");
  const byId = new Map(strategy.actions.map((a) => [a.id, a]));
  paragraph(
    paper,
    sect,
    report.exceptions.length
      ? `${report.exceptions.length} of ${strategy.actions.length} actions are off track, at risk, overdue or had no update between ${longDate(report.period.start)} and ${longDate(report.period.end)}.`
      : `No action is off track, at risk or overdue, and every open action had an update in the period.`,
  );
  for (const exception of report.exceptions) {
    const action = byId.get(exception.actionId) as Action;
    const progress = report.progress[action.id];
    if (!progress) continue;
    const spec: TableSpec = {
      columns: [{ header: "Item", width: 0.22 }, { header: "Detail", width: 0.78 }],
      header: false,
      rowHeaders: true,
      rows: [
        [{ text: "Status" }, { status: progress.status }],
        [{ text: "Why it is listed" }, { text: reasonsSentence(exception.reasons) }],
        [{ text: "Lead" }, { text: action.lead }],
        [{ text: "Due" }, { text: longDate(action.due) }],
        [{ text: "Latest update" }, { text: latestNote(progress.latest, markdownText) }],
      ],
    };
    // Each exception reads as one card: keep its heading and details on one page where they fit.
    heading(paper, sect, 3, actionName(action), { keep: tableHeight(paper.doc, spec) });
    table(paper, sect, spec);
  }
  sect.end();
}
