import { formFor } from "../model/counting.ts";
import type { Diagnostic } from "./diagnostic.ts";

/**
 * The form compilers use, so editors and CI annotate it:
 *   plan.yaml:12:14: error: Action themes: "personalization" is not a theme
 *      12 |     themes: [personalization]
 *         |              ^
 *     hint: did you mean "personalisation"?
 */
export function formatDiagnostic(d: Diagnostic): string {
  const lines = [`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`];
  if (d.source !== undefined) {
    const gutter = String(d.line).length;
    lines.push(`  ${String(d.line)} | ${d.source}`);
    lines.push(`  ${" ".repeat(gutter)} | ${_caretPadding(d.source, d.column)}^`);
  }
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join("\n");
}

/** Keeps tabs in the padding so the caret lines up under the source as a terminal shows it. */
function _caretPadding(source: string, column: number): string {
  return source.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, " ");
}

export function formatDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify({ diagnostics }, null, 2);
}

/** How many diagnostics a terminal is shown at most: past this, no one reads on, and printing them took longer than finding them. */
export const SHOWN_DIAGNOSTICS = 200;

/**
 * The diagnostics as printed, each formatted, the first SHOWN_DIAGNOSTICS of them and then a line
 * saying how many more there are ("… and 2,997 more"); `--format json` gives every one.
 */
export function shownDiagnostics(diagnostics: readonly Diagnostic[], limit = SHOWN_DIAGNOSTICS): string[] {
  const shown = diagnostics.slice(0, limit).map(formatDiagnostic);
  const more = diagnostics.length - shown.length;
  if (more > 0)
    shown.push(
      `… and ${more.toLocaleString("en-GB")} more ${formFor(more, "problem")} (the first ${limit} are shown above; \`strategy-press validate --format json\` lists every one)`,
    );
  return shown;
}
