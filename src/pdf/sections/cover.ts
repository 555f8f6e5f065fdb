import { longDate, PURPOSE_LABELS } from "../../model/index.ts";
import type { Paper } from "../paper.ts";
import { TEXT } from "../styles.ts";
import { table, type Cell } from "../table.ts";
import { notice } from "../notice.ts";
import { container, heading, paragraph } from "../tags.ts";
import { date } from "../words.ts";

/** Said on the cover when the strategy's progress data is made up for illustration, naming reports as the strategy does. */
export function illustrativeNotice(reports = "board reports"): string {
  return `Illustrative data: the progress updates, risks, decisions and ${reports} in this paper are invented examples to show how reporting works. They are not a record of real delivery.`;
}

/** Said on the cover of a report that has not been approved: it is shown only in the live preview. */
export const DRAFT_NOTICE = "Draft: this paper has not been approved. It is a preview, not the paper the board receives.";

/**
 * The cover sheet in the form Health and Wellbeing Boards use: which board, meeting and item; the
 * title; who wrote it and how to reach them; who sponsors it and signed it off; and what the board
 * is asked to do with it (decision, assurance or information).
 */
export function coverSection(paper: Paper): void {
  const { doc, report, strategy } = paper;
  const sect = container(paper, paper.root, "Sect");
  paragraph(paper, sect, report.board, TEXT.lead);
  paragraph(paper, sect, [longDate(report.meeting), report.agenda_item].filter(Boolean).join(" · "), TEXT.lead);
  doc.y += 6;
  heading(paper, sect, 1, report.title, { outline: doc.outline });
  if (report.status === "draft") notice(paper, sect, DRAFT_NOTICE);
  if (strategy.meta.illustrative) notice(paper, sect, illustrativeNotice(strategy.words.report.lowerPlural));
  table(paper, sect, { columns: [{ header: "Item", width: 0.3 }, { header: "Detail", width: 0.7 }], rows: _facts(paper), header: false, rowHeaders: true });
  sect.end();
}

function _facts(paper: Paper): Cell[][] {
  const { report, strategy, links } = paper;
  const person = (p: { name: string; role?: string } | undefined) => (p ? [p.name, p.role].filter(Boolean).join(", ") : undefined);
  const contact = [report.contact?.email, report.contact?.phone].filter(Boolean).join(", ");
  const signOff = (report.sign_off ?? []).map((s) => [person(s), s.date ? `signed off ${date(s.date)}` : ""].filter(Boolean).join(", ")).join("\n");
  const facts: [string, string | undefined][] = [
    // "Board" unless the strategy names another kind of body its reports go to.
    [strategy.words.body === "Board" ? "Board" : "Reported to", report.board],
    ["Meeting date", date(report.meeting)],
    ["Agenda item", report.agenda_item],
    ["Report title", report.title],
    ["Purpose", PURPOSE_LABELS[report.purpose]],
    ["Reporting period", `${date(report.period.start)} to ${date(report.period.end)}`],
    ["Author", person(report.author)],
    ["Author contact", contact || undefined],
    ["Sponsor", person(report.sponsor)],
    ["Officer sign-off", signOff || undefined],
    ["Lead organisation", report.lead_organisation],
    ["Strategy", strategy.meta.title],
    ["Strategy priority", report.priority],
    ["This report online", links.report],
  ];
  return facts.filter((f): f is [string, string] => Boolean(f[1])).map(([k, v]) => [{ text: k }, { text: v }]);
}
