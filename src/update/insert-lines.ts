/**
 * Small text edits of a YAML file that keep everything the author wrote: new lines go in after an
 * existing line, so comments, blank lines and quoting choices stay exactly as they were.
 */

/** True when the item at `offset` is written as a block list item ("- " before it on its line). */
export function isBlockItem(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf("\n", offset - 1) + 1;
  return /^\s*-\s+$/.test(source.slice(lineStart, offset));
}

/** Inserts lines after the line holding `offset` (ranges end at the value, before its line ends). */
export function insertAfterLine(source: string, offset: number, lines: string): string {
  // A range that ends just after a newline has already taken in its own line end.
  const end = source.charAt(offset - 1) === "\n" ? offset - 1 : source.indexOf("\n", offset);
  if (end < 0) return `${source}${source.endsWith("\n") ? "" : "\n"}${lines}\n`;
  return `${source.slice(0, end)}\n${lines}${source.slice(end)}`;
}

/** Free text as a YAML scalar: plain where that reads back as the same text, double-quoted (JSON is valid YAML) otherwise. */
export function textScalar(value: string): string {
  return /^[A-Za-z][\w ,.()'’&/-]*$/.test(value) && !/[:#]/.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value) ? value : JSON.stringify(value);
}
