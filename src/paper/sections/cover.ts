import {
  coverGiven,
  longDate,
  PURPOSE_LABELS,
  type CoverField,
  type CoverRow,
  type Report,
} from "../../model/index.ts";
import type { Cell, Section, Span, Text } from "../content.ts";
import { heading, notice, paragraph, table } from "../blocks.ts";
import type { Paper } from "../paper.ts";
import { date } from "../words.ts";

/** Said on the cover when the strategy's progress data is made up for illustration, naming reports as the strategy does. */
export function illustrativeNotice(reports = "board reports"): string {
  return `Illustrative data: the progress updates, risks, decisions and ${reports} in this paper are invented examples to show how reporting works. They are not a record of real delivery.`;
}

/** Said on the cover of a report that has not been approved: it is shown only in the live preview. */
export const DRAFT_NOTICE =
  "Draft: this paper has not been approved. It is a preview, not the paper the board receives.";

/** What the paper says where the report is silent on something a clerk expects of it. */
export const NOT_STATED = "Not stated";

/** What the cover says of an exempt report's web address. */
export const EXEMPT_ADDRESS = "None: as an exempt report it is not published on the website";

/** The paragraph of Schedule 12A under which a report is exempt, in the Act's words. */
export function exemptWords(paragraph: number): string {
  return `Exempt: not for publication (paragraph ${paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972)`;
}

/**
 * The cover sheet in the council's own form: the rows its settings declare, in their order and
 * words (an English Health and Wellbeing Board's by default). A row the report is silent on reads
 * "Not stated" — validation has warned about it — unless the default form shows it only when given.
 */
export function coverSection(paper: Paper): void {
  const { report, strategy } = paper;
  const sect: Section = { key: null, number: null, heading: null, anchor: "cover", newPage: false, blocks: [] };
  paper.sections.push(sect);
  paragraph(sect, report.board, "lead");
  paragraph(sect, [longDate(report.meeting), report.agenda_item].filter(Boolean).join(" · "), "lead");
  heading(sect, 1, report.title);
  if (report.status === "draft") notice(sect, DRAFT_NOTICE);
  if (strategy.meta.illustrative) notice(sect, illustrativeNotice(strategy.words.report.lowerPlural));
  table(sect, {
    columns: [
      { header: "Item", width: 0.3 },
      { header: "Detail", width: 0.7 },
    ],
    rows: _rows(paper),
    header: false,
    rowHeaders: true,
  });
}

function _rows(paper: Paper): Cell[][] {
  return paper.strategy.paper.cover.flatMap((row) => {
    const given = coverGiven(paper.report, row.field);
    if (!given && row.optional) return [];
    return [[{ text: _label(paper, row) }, { text: given ? _value(paper, row.field) : NOT_STATED }]];
  });
}

/** "Board" unless the strategy names another kind of body its reports go to. */
function _label(paper: Paper, row: CoverRow): string {
  return row.field === "board" && row.label === "Board" && paper.strategy.words.body !== "Board"
    ? "Reported to"
    : row.label;
}

const _person = (p: { name: string; role?: string } | undefined): string =>
  p ? [p.name, p.role].filter(Boolean).join(", ") : NOT_STATED;
const _yesNo = (value: boolean | undefined): string => (value ? "Yes" : "No");

function _value(paper: Paper, field: CoverField): Text {
  const { report, strategy, links } = paper;
  switch (field) {
    case "board":
      return report.board;
    case "meeting":
      return date(report.meeting);
    case "agenda_item":
      return report.agenda_item ?? NOT_STATED;
    case "title":
      return report.title;
    case "purpose":
      return PURPOSE_LABELS[report.purpose];
    case "period":
      return `${date(report.period.start)} to ${date(report.period.end)}`;
    case "report_of":
      return report.report_of ?? NOT_STATED;
    case "author":
      return _person(report.author);
    case "contact":
      return _contact(report);
    case "sponsor":
      return _person(report.sponsor);
    case "sign_off":
      return (report.sign_off ?? [])
        .map((s) => [_person(s), s.date ? `signed off ${date(s.date)}` : ""].filter(Boolean).join(", "))
        .join("\n");
    case "wards":
      return report.wards === "all" ? "All wards" : (report.wards ?? []).join(", ");
    case "access":
      return typeof report.access === "object" ? exemptWords(report.access.exempt) : "Public";
    case "key_decision":
      return _yesNo(report.key_decision);
    case "call_in":
      return _yesNo(report.call_in);
    case "classification":
      return report.classification ?? NOT_STATED;
    case "lead_organisation":
      return report.lead_organisation ?? NOT_STATED;
    case "strategy":
      return strategy.meta.title;
    case "priority":
      return report.priority ?? NOT_STATED;
    // An exempt report is never published: it has no address to give.
    case "address":
      return typeof report.access === "object" ? EXEMPT_ADDRESS : [{ text: links.report, url: links.report }];
  }
}

/** The author's email (a link) and telephone; either one missing is said to be. */
function _contact(report: Report): Text {
  const { email, phone } = report.contact ?? {};
  const spans: Span[] = [
    email ? { text: email, url: `mailto:${email}` } : { text: "email not stated" },
    { text: `, ${phone ?? "telephone not stated"}` },
  ];
  return spans;
}
