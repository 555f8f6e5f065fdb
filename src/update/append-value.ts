import type { SourceFile } from "../load/source-file.ts";
import { appendListItem, textScalar } from "./append-item.ts";

/** A measure's new value, as measures.yaml records it. */
export interface NewValue {
  date: string;
  value: number;
  note?: string;
}

/**
 * Adds a value to the end of a measure's `values` in measures.yaml by inserting text, so every
 * comment and blank line stays; the new item is written in the style of the one before it (a one-line
 * `- { date: …, value: … }` or a block of lines), or as a block when it is the first.
 */
export function appendValue(file: SourceFile, measureId: string, value: NewValue): string {
  const place = {
    entries: "measures",
    entry: "measure",
    id: measureId,
    field: "values",
    itemShape: '"- " item per value',
  };
  return appendListItem(file, place, (dashColumn, flow) =>
    flow ? _flowItem(value, dashColumn) : _blockItem(value, dashColumn),
  );
}

/** "- { date: 2018-06-30, value: 150 }": a note is always quoted here, as a comma would end it. */
function _flowItem(value: NewValue, dashColumn: number): string {
  const note = value.note === undefined ? "" : `, note: ${JSON.stringify(value.note)}`;
  return `${" ".repeat(Math.max(0, dashColumn))}- { date: ${value.date}, value: ${value.value}${note} }`;
}

function _blockItem(value: NewValue, dashColumn: number): string {
  const pad = " ".repeat(Math.max(0, dashColumn));
  const lines = [`${pad}- date: ${value.date}`, `${pad}  value: ${value.value}`];
  if (value.note !== undefined) lines.push(`${pad}  note: ${textScalar(value.note)}`);
  return lines.join("\n");
}
