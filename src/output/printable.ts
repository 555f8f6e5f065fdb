/**
 * Text as a terminal should show it: control characters other than a line feed and a tab (an escape that
 * clears the screen, moves the cursor or retitles the window; a carriage return that overwrites the line)
 * written out as `\x1b`, `\r`, `\u009b`, so a content or return value can never act on the terminal
 * that prints it, only be seen.
 */
export function printable(text: string): string {
  let shown = "";
  for (const c of text) {
    const code = c.charCodeAt(0);
    const control = (code < 0x20 && c !== "\n" && c !== "\t") || (code >= 0x7f && code <= 0x9f);
    if (!control) shown += c;
    else if (c === "\r") shown += "\\r";
    else shown += code < 0x80 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  }
  return shown;
}
