import type { SourceFile } from "../load/source-file.ts";
import type { DecisionContent, IsoDate } from "../model/content.ts";
import { list, record, text } from "../validate/raw.ts";
import { appendListItem, textScalar, UpdateError } from "./append-item.ts";

/**
 * Marks a report approved in reports.yaml's text: its `status` becomes `approved` (or is added, for a
 * report published before drafts were kept) with an `approved` block after it naming who, when, and
 * the stored editions. Only those lines change.
 */
export function approveReport(
  file: SourceFile,
  reportId: string,
  approval: { by: string; date: IsoDate; editions: { file: string; sha256: string }[] },
): string {
  const index = _index(file, reportId);
  const status = file.span(["reports", index, "status"]);
  const id = file.span(["reports", index, "id"]);
  if (!id) throw new UpdateError(`could not find report "${reportId}" in ${file.path}`);
  // The report's fields start where its `id` key does.
  const pad = " ".repeat(file.locate(["reports", index, "id"], "key").column - 1);
  const block = [
    `${pad}approved:`,
    `${pad}  by: ${textScalar(approval.by)}`,
    `${pad}  date: ${approval.date}`,
    ...(approval.editions.length
      ? [
          `${pad}  editions:`,
          ...approval.editions.flatMap((e) => [`${pad}    - file: ${e.file}`, `${pad}      sha256: ${e.sha256}`]),
        ]
      : []),
  ];
  if (status) {
    // A value's range may run on over its line's end: only the value itself is replaced.
    const written = file.text.slice(status.start, status.end).trimEnd();
    const text = `${file.text.slice(0, status.start)}approved${file.text.slice(status.start + written.length)}`;
    return _insertAfterLine(text, status.start, block.join("\n"));
  }
  return _insertAfterLine(file.text, id.start, [`${pad}status: approved`, ...block].join("\n"));
}

/** Records the board's decision on one recommendation at the end of the report's `decisions`. */
export function addDecision(file: SourceFile, reportId: string, decision: DecisionContent): string {
  const place = {
    entries: "reports",
    entry: "report",
    id: reportId,
    field: "decisions",
    itemShape: '"- recommendation: …" item per decision',
  };
  return appendListItem(file, place, (dash) => {
    const pad = " ".repeat(Math.max(0, dash));
    const lines = [
      `recommendation: ${decision.recommendation}`,
      `decision: ${decision.decision}`,
      ...(decision.note ? [`note: ${textScalar(decision.note)}`] : []),
      ...(decision.revised_due?.length
        ? ["revised_due:", ...decision.revised_due.flatMap((r) => [`  - action: ${r.action}`, `    due: ${r.due}`])]
        : []),
    ];
    return lines.map((l, i) => `${pad}${i === 0 ? "- " : "  "}${l}`).join("\n");
  });
}

function _index(file: SourceFile, reportId: string): number {
  const index = list(record(file.data)["reports"]).findIndex((r) => text(record(r)["id"]) === reportId);
  if (index < 0) throw new UpdateError(`there is no report "${reportId}" in ${file.path}`);
  return index;
}

/** Inserts lines after the line holding `offset`. */
function _insertAfterLine(source: string, offset: number, lines: string): string {
  const end = source.indexOf("\n", offset);
  if (end < 0) return `${source}\n${lines}\n`;
  return `${source.slice(0, end)}\n${lines}${source.slice(end)}`;
}
