import { shownDiagnostics, formatDiagnosticsJson } from "../diagnostic/format.ts";
import { diagnosticsKind, EXIT, UsageError } from "../errors.ts";
import { loadContent, loadedFiles } from "../load/content-folder.ts";
import { actionSites } from "../load/plan-actions.ts";
import { validateContent, type Validated } from "../validate/index.ts";
import { list, record } from "../validate/raw.ts";
import type { Command } from "./command.ts";
import { contentFolder } from "./find.ts";

export const validateCommand: Command = {
  name: "validate",
  usage: "strategy-press validate [dir] [--format text|json]",
  summary: "Check the content and report every problem with its file, line and column.",
  example: "strategy-press validate content --format json",
  flags: { format: { value: true, description: "how to print the diagnostics: text, or json for other tools", default: "text" } },
  async run({ args, flags, output, cwd }) {
    const format = flags["format"] ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not "${String(format)}"`);
    const dir = contentFolder(cwd, args[0]);
    const loaded = loadContent(dir, cwd);
    const result = validateContent(loaded);
    if (format === "json") {
      output.out(formatDiagnosticsJson(result.diagnostics));
      return _code(result);
    }
    for (const text of shownDiagnostics(result.diagnostics)) output.err(`${text}\n`);
    const files = loadedFiles(loaded).length;
    const actions = loaded.strategies.map((s) => actionSites(s).map((a) => a.data));
    const updates = actions.flat().reduce<number>((n, a) => n + list(record(a)["updates"]).length, 0);
    output.out(
      `${result.errors ? "✗" : "✓"} ${files} ${_plural(files, "file", "files")}, ${loaded.strategies.length} ${_plural(loaded.strategies.length, "strategy", "strategies")}, ` +
        `${actions.flat().length} ${_plural(actions.flat().length, "action", "actions")}, ${updates} ${_plural(updates, "update", "updates")}: ${result.errors} ${_plural(result.errors, "error", "errors")}, ${result.warnings} ${_plural(result.warnings, "warning", "warnings")}`,
    );
    return _code(result);
  },
};

/** 0 when clean; else the code of whoever must act (exit 3 for a file the computer would not let us read). */
function _code(result: Validated): number {
  return result.errors ? EXIT[diagnosticsKind(result.diagnostics)] : EXIT.ok;
}

function _plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
