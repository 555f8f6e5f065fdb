/**
 * Text as a terminal should show it: control characters other than a line feed and a tab (an escape that
 * clears the screen, moves the cursor or retitles the window; a carriage return that overwrites the line)
 * written out as `\x1b`, `\r`, `\u009b`, so a content or return value can never act on the terminal
 * that prints it, only be seen.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    if (c === "\r") return "\\r";
    const code = c.charCodeAt(0);
    return code < 0x80 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
