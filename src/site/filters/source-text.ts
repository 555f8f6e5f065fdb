import { noteHtml } from "../../data/index.ts";

/**
 * A driver's summary as the source prints it: its title in bold, a dash, then the sentence that
 * completes it ("**Health and Social Care Act 2012** – outlines the programme…"). The source's
 * sentences begin mid-sentence after the title, so shown apart they would start in lower case.
 */
export function leadIn(summary: string | null | undefined, title: string): string {
  const html = summary ? noteHtml(summary) : "";
  const strong = `<strong>${_escape(title)}</strong> – `;
  return html.startsWith("<p>") ? `<p>${strong}${html.slice(3)}` : `<p>${strong.slice(0, -3)}</p>${html}`;
}

/** A title with its year in brackets, unless the title already gives that year ("(White Paper 2010)"). */
export function withYear(title: string, year: string | null | undefined): string {
  return year && !title.includes(year) ? `${title} (${year})` : title;
}

/** The first figure a text refers to ("please see figure 1 below" gives "figure 1"), or null. */
export function figureReference(text: string | null | undefined): string | null {
  return /\bfigure\s+\d+[a-z]?\b/i.exec(text ?? "")?.[0] ?? null;
}

function _escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
