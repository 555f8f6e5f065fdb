import type { Download } from "../data.ts";
import { counted } from "../../model/counting.ts";

/**
 * " (PDF, 84 KB, 9 pages)", " (Word document, 52 KB)": what a link to a paper says about it; " (PDF)"
 * when the build has not measured it.
 */
export function downloadFacts(facts: Download | null | undefined, path = ".pdf"): string {
  const kind = path.endsWith(".docx") ? "Word document" : "PDF";
  if (!facts) return ` (${kind})`;
  const size =
    facts.bytes < 1_000_000
      ? `${Math.max(1, Math.round(facts.bytes / 1000))} KB`
      : `${(facts.bytes / 1_000_000).toFixed(1)} MB`;
  const pages = facts.pages ? `, ${counted(facts.pages, "page")}` : "";
  return ` (${kind}, ${size}${pages})`;
}

/**
 * The `downloadFacts` filter: `{{ "/x/reports/2015-09.pdf" | downloadFacts }}` gives the facts of the PDF
 * at that address. It waits for the PDFs only on the few pages that link one, so every other page is
 * written while the PDFs are still being made; the facts are asked for once per build.
 */
export function downloadFactsFilter(
  downloads: (() => Promise<Record<string, Download>>) | undefined,
): (path: string) => Promise<string> {
  let asked: Promise<Record<string, Download>> | null = null;
  return async (path) => {
    if (!downloads) return downloadFacts(null, path);
    asked ??= downloads();
    return downloadFacts((await asked)[path], path);
  };
}
