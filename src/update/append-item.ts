/**
 * Small text edits of a YAML file that keep everything the author wrote: new lines go in after an
 * existing line, so comments, blank lines and quoting choices stay exactly as they were.
 */
import { UnknownNameError } from "../errors.ts";
import type { SourceFile } from "../load/source-file.ts";
import { list, record, text } from "../validate/raw.ts";

/** The entry a command names is not in the file. */
export class UpdateError extends UnknownNameError {
  override name = "UpdateError";
}

/** Which list gains an item: `field` of the entry `id` in the file's top-level list `entries`. */
export interface ListPlace {
  /** The top-level list and what one entry of it is called: "actions" and "action". */
  entries: string;
  entry: string;
  id: string;
  /** The entry's list to add to: "updates". */
  field: string;
  /** How an item of it is written, said when the list is not a block list: `"- date: …" item per update`. */
  itemShape: string;
}

/**
 * Adds an item at the end of an entry's list (`updates` of an action, `values` of a measure), or starts
 * the list under the entry. `item` writes it with its dash at the given (0-based) column; `flow` says
 * whether the item before it is written on one line as `{ … }`, so a new one can follow its style.
 */
export function appendListItem(
  file: SourceFile,
  place: ListPlace,
  item: (dashColumn: number, flow: boolean) => string,
): string {
  const { entries, entry, id, field } = place;
  const all = list(record(file.data)[entries]);
  const index = all.findIndex((e) => text(record(e)["id"]) === id);
  if (index < 0) throw new UpdateError(`there is no ${entry} "${id}" in ${file.path}`);
  const items = list(record(all[index])[field]);
  const span = file.span([entries, index]);
  if (!span) throw new UpdateError(`could not find ${entry} "${id}" in ${file.path}`);

  if (items.length > 0) {
    const last = file.span([entries, index, field, items.length - 1]);
    if (!last || !_isBlockItem(file.text, last.start))
      throw new UpdateError(
        `the ${field} of "${id}" are not a block list (one ${place.itemShape}); write them that way to add one`,
      );
    return _insertAfterLine(file.text, last.end, item(last.column - 3, file.text.charAt(last.start) === "{"));
  }
  if (field in record(all[index]))
    throw new UpdateError(
      `the ${field} of "${id}" are written inline (${field}: []); replace that line with "${field}:" to add one`,
    );
  return _insertAfterLine(
    file.text,
    span.end,
    `${" ".repeat(span.column - 1)}${field}:\n${item(span.column + 1, false)}`,
  );
}

/** True when the item at `offset` is written as a block list item ("- " before it on its line). */
function _isBlockItem(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf("\n", offset - 1) + 1;
  return /^\s*-\s+$/.test(source.slice(lineStart, offset));
}

/** Inserts lines after the line holding `offset` (ranges end at the value, before its line ends). */
function _insertAfterLine(source: string, offset: number, lines: string): string {
  // A range that ends just after a newline has already taken in its own line end.
  const end = source.charAt(offset - 1) === "\n" ? offset - 1 : source.indexOf("\n", offset);
  if (end < 0) return `${source}${source.endsWith("\n") ? "" : "\n"}${lines}\n`;
  return `${source.slice(0, end)}\n${lines}${source.slice(end)}`;
}

/** Free text as a YAML scalar: plain where that reads back as the same text, double-quoted (JSON is valid YAML) otherwise. */
export function textScalar(value: string): string {
  return /^[A-Za-z][\w ,.()'’&/-]*$/.test(value) &&
    !/[:#]/.test(value) &&
    !/^(true|false|null|yes|no|on|off)$/i.test(value)
    ? value
    : JSON.stringify(value);
}
