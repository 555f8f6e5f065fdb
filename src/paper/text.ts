import type { Span, Text } from "./content.ts";

/** Text as runs, however it was given. */
export function spansOf(text: Text): readonly Span[] {
  return typeof text === "string" ? [{ text }] : text;
}

/** Text without its links: what it reads as. */
export function plainText(text: Text): string {
  return typeof text === "string" ? text : text.map((s) => s.text).join("");
}
