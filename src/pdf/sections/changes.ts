import { CHANGE_LABELS, longDate, type Action } from "../../model/index.ts";
import { statusWords } from "../labels.ts";
import { markdownText } from "../markdown.ts";
import type { Paper } from "../paper.ts";
import { table } from "../table.ts";
import { paragraph } from "../tags.ts";
import { actionName, latestNote } from "./action-text.ts";
import { openSection } from "./section.ts";

/** Each action whose status moved since the last report, from → to, with the update that explains it. */
export function changesSection(paper: Paper): void {
  const { report, strategy } = paper;
  const { sect } = openSection(paper, "Changes since the last report");
  const previous = strategy.reports.find((r) => r.id === report.previousId);
  paragraph(
    paper,
    sect,
    previous
      ? `Status at ${longDate(report.period.end)} compared with ${longDate(previous.period.end)}. Actions whose status did not change are not listed.`
      : `This is the first report: these actions had their first update by ${longDate(report.period.end)}.`,
  );
  if (!report.changes.length) {
    paragraph(paper, sect, "No action's status changed since the last report.");
    sect.end();
    return;
  }
  const byId = new Map(strategy.actions.map((a) => [a.id, a]));
  table(paper, sect, {
    columns: [
      { header: "Action", width: 0.3 },
      { header: "Change", width: 0.13 },
      { header: "Status", width: 0.18 },
      { header: "What happened", width: 0.39 },
    ],
    rows: report.changes.map((change) => {
      const action = byId.get(change.actionId) as Action;
      return [
        { text: actionName(action) },
        { text: CHANGE_LABELS[change.kind] },
        { text: `${statusWords(change.from)} → ${statusWords(change.to)}` },
        { text: latestNote(report.progress[action.id]?.latest ?? null, markdownText) },
      ];
    }),
  });
  sect.end();
}
