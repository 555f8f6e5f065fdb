export type Severity = "error" | "warning";

/** One problem in the content, pointing at the value at fault. Lines and columns count from 1. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  /** How to fix it, in a sentence. */
  hint?: string;
  /** The source line the diagnostic points at, shown under the message. */
  source?: string;
  /** Set when the computer, not the content, is at fault (a file it would not let us read): the command then exits 3. */
  environment?: true;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === "error") errors++;
  return { errors, warnings: diagnostics.length - errors };
}

/**
 * Orders by file, then position, so output reads top to bottom. Files compare by code point, not by the
 * machine's locale, so every machine lists the same diagnostics in the same order.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
