import type { SourceFile } from "../load/source-file.ts";
import type { IsoDate, Person, ReportContent } from "../model/content.ts";
import { list, record } from "../validate/raw.ts";
import { textScalar, UpdateError } from "./append-item.ts";

/** The fields `report new` writes: the rest of a report is the author's to write. */
export interface NewReportFields {
  id: string;
  title: string;
  board: string;
  meeting: IsoDate;
  period: { start: IsoDate; end: IsoDate };
  purpose: ReportContent["purpose"];
  author?: Person;
  contact?: ReportContent["contact"];
  returns_due?: IsoDate;
}

/**
 * Adds a report, as a draft, at the end of reports.yaml's `reports` by inserting text after the last
 * one, so every comment and blank line stays; a blank line goes before it when the reports are
 * written with blank lines between them.
 */
export function appendReport(file: SourceFile, report: NewReportFields): string {
  const reports = list(record(file.data)["reports"]);
  const last = file.span(["reports", reports.length - 1]);
  if (reports.length === 0 || !last)
    throw new UpdateError(
      `${file.path} has no reports to follow: add the first report by hand (see docs/content-model.md)`,
    );
  const pad = " ".repeat(Math.max(0, last.column - 3));
  const lines = _lines(report).map((line, i) => `${pad}${i === 0 ? "- " : "  "}${line}`);
  const previous = reports.length > 1 ? file.span(["reports", reports.length - 2]) : null;
  const spaced = previous !== null && /\n[ \t]*\n/.test(file.text.slice(previous.end, last.start));
  const end = file.text.charAt(last.end - 1) === "\n" ? last.end - 1 : file.text.indexOf("\n", last.end);
  const insert = `${spaced ? "\n" : ""}${lines.join("\n")}`;
  if (end < 0) return `${file.text}${file.text.endsWith("\n") ? "" : "\n"}${insert}\n`;
  return `${file.text.slice(0, end)}\n${insert}${file.text.slice(end)}`;
}

function _lines(r: NewReportFields): string[] {
  const lines = [
    `id: ${JSON.stringify(r.id)}`,
    `title: ${textScalar(r.title)}`,
    "status: draft",
    `board: ${textScalar(r.board)}`,
    `meeting: ${r.meeting}`,
    "period:",
    `  start: ${r.period.start}`,
    `  end: ${r.period.end}`,
  ];
  if (r.returns_due) lines.push(`returns_due: ${r.returns_due}`);
  if (r.author)
    lines.push(
      "author:",
      `  name: ${textScalar(r.author.name)}`,
      ...(r.author.role ? [`  role: ${textScalar(r.author.role)}`] : []),
    );
  if (r.contact && (r.contact.email || r.contact.phone))
    lines.push(
      "contact:",
      ...(r.contact.email ? [`  email: ${textScalar(r.contact.email)}`] : []),
      ...(r.contact.phone ? [`  phone: ${textScalar(r.contact.phone)}`] : []),
    );
  lines.push(`purpose: ${r.purpose}`);
  return lines;
}
