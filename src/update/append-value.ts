import type { SourceFile } from "../load/source-file.ts";
import { list, record, text } from "../validate/raw.ts";
import { UpdateError } from "./append-update.ts";
import { insertAfterLine, isBlockItem, textScalar } from "./insert-lines.ts";

/** A measure's new value, as measures.yaml records it. */
export interface NewValue { date: string; value: number; note?: string }

/**
 * Adds a value to the end of a measure's `values` in measures.yaml by inserting text, so every
 * comment and blank line stays; the new item is written in the style of the one before it (a one-line
 * `- { date: …, value: … }` or a block of lines), or as a block when it is the first.
 */
export function appendValue(file: SourceFile, measureId: string, value: NewValue): string {
  const measures = list(record(file.data)["measures"]);
  const index = measures.findIndex((m) => text(record(m)["id"]) === measureId);
  if (index < 0) throw new UpdateError(`there is no measure "${measureId}" in ${file.path}`);
  const values = list(record(measures[index])["values"]);
  const measure = file.span(["measures", index]);
  if (!measure) throw new UpdateError(`could not find measure "${measureId}" in ${file.path}`);

  if (values.length > 0) {
    const last = file.span(["measures", index, "values", values.length - 1]);
    if (!last || !isBlockItem(file.text, last.start)) throw new UpdateError(`the values of "${measureId}" are not a block list (one "- " item per value); write them that way to add one`);
    const flow = file.text.charAt(last.start) === "{";
    return insertAfterLine(file.text, last.end, flow ? _flowItem(value, last.column - 3) : _blockItem(value, last.column - 3));
  }
  if ("values" in record(measures[index])) throw new UpdateError(`the values of "${measureId}" are written inline (values: []); replace that line with "values:" to add one`);
  const indent = " ".repeat(measure.column - 1);
  return insertAfterLine(file.text, measure.end, `${indent}values:\n${_blockItem(value, measure.column + 1)}`);
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
