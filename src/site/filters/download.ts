import type { Download } from "../data.ts";

/** " (PDF, 84 KB, 9 pages)": what a link to a PDF says about it; " (PDF)" when the build has not measured it. */
export function downloadFacts(facts: Download | null | undefined): string {
  if (!facts) return " (PDF)";
  const size = facts.bytes < 1_000_000 ? `${Math.max(1, Math.round(facts.bytes / 1000))} KB` : `${(facts.bytes / 1_000_000).toFixed(1)} MB`;
  const pages = facts.pages ? `, ${facts.pages} ${facts.pages === 1 ? "page" : "pages"}` : "";
  return ` (PDF, ${size}${pages})`;
}
