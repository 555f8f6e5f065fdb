import { longDate, PURPOSE_LABELS } from "../../model/index.ts";
import type { Paper } from "../paper.ts";
import { TEXT } from "../styles.ts";
import { table, type Cell } from "../table.ts";
import { notice } from "../notice.ts";
import { container, heading, list, markdown, paragraph } from "../tags.ts";

/** Said on the cover when the strategy's progress data is made up for illustration. */
export const ILLUSTRATIVE_NOTICE =
  "Illustrative data: the progress updates, figures and board reports in this paper are invented examples to show how reporting works. They are not a record of real delivery.";

/**
 * The cover sheet in the usual board-paper form: who it is for and from, what the board is asked
 * to do, and the risks and implications, before any detail.
 */
export function coverSection(paper: Paper): void {
  const { doc, report, strategy } = paper;
  const sect = container(paper, paper.root, "Sect");
  paragraph(paper, sect, report.board, TEXT.lead);
  paragraph(paper, sect, [longDate(report.meeting), report.agenda_item].filter(Boolean).join(" · "), TEXT.lead);
  doc.y += 6;
  heading(paper, sect, 1, report.title, { outline: doc.outline });
  if (strategy.meta.illustrative) notice(paper, sect, ILLUSTRATIVE_NOTICE);
  table(paper, sect, { columns: [{ header: "Item", width: 0.28 }, { header: "Detail", width: 0.72 }], rows: _facts(paper), header: false, rowHeaders: true });

  heading(paper, sect, 2, "Recommendations");
  list(paper, sect, report.recommendations.map((text, i) => ({ text, bullet: `${i + 1}.` })));
  if (report.risks) {
    heading(paper, sect, 2, "Risks");
    markdown(paper, sect, report.risks);
  }
  const implications = Object.entries({
    Financial: report.implications?.financial,
    Legal: report.implications?.legal,
    Equalities: report.implications?.equalities,
  }).filter((e): e is [string, string] => Boolean(e[1]));
  if (implications.length) {
    heading(paper, sect, 2, "Implications");
    for (const [kind, text] of implications) {
      heading(paper, sect, 3, `${kind} implications`);
      markdown(paper, sect, text);
    }
  }
  sect.end();
}

function _facts(paper: Paper): Cell[][] {
  const { report, strategy } = paper;
  const person = (p: { name: string; role?: string } | undefined) => (p ? [p.name, p.role].filter(Boolean).join(", ") : undefined);
  const facts: [string, string | undefined][] = [
    ["Board", report.board],
    ["Meeting date", longDate(report.meeting)],
    ["Agenda item", report.agenda_item],
    ["Report title", report.title],
    ["Reporting period", `${longDate(report.period.start)} to ${longDate(report.period.end)}`],
    ["Author", person(report.author)],
    ["Sponsor", person(report.sponsor)],
    ["Lead organisation", report.lead_organisation],
    ["Purpose", PURPOSE_LABELS[report.purpose]],
    ["Strategy", strategy.meta.title],
    ["Strategy priority", report.priority],
  ];
  return facts.filter((f): f is [string, string] => Boolean(f[1])).map(([k, v]) => [{ text: k }, { text: v }]);
}
