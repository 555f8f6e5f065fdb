import { shownDiagnostics, formatDiagnosticsJson } from "../diagnostic/format.ts";
import { diagnosticsKind, EXIT, UsageError } from "../errors.ts";
import { loadContent, loadedFiles } from "../load/content-folder.ts";
import { actionSites } from "../load/plan-actions.ts";
import { validateContent, type Validated } from "../validate/index.ts";
import { list, record } from "../validate/raw.ts";
import { AS_AT_FLAG, readClock } from "../clock.ts";
import { counted } from "../model/counting.ts";
import type { WordContent } from "../model/content.ts";
import { word, type Word } from "../model/words.ts";
import type { Command } from "./command.ts";
import { contentFolder } from "./find.ts";
import { stringFlag } from "./flag-values.ts";

/** A strategy's word for its actions as written in strategy.yaml, where it is one the model would read; else null. */
function _actionWord(data: unknown): Word | null {
  const written = record(record(data)["words"])["action"];
  if (typeof written === "string" && written.trim()) return word(written);
  const full = record(written);
  return typeof full["singular"] === "string" && full["singular"].trim() ? word(full as unknown as WordContent) : null;
}

export const validateCommand: Command = {
  name: "validate",
  usage: "strategy-press validate [dir] [--format text|json] [--as-at YYYY-MM-DD]",
  summary: "Check the content and report every problem with its file, line and column.",
  example: "strategy-press validate content --format json",
  flags: {
    format: {
      value: true,
      description: "how to print the diagnostics: text, or json for other tools",
      default: "text",
    },
    "as-at": AS_AT_FLAG,
  },
  async run({ args, flags, output, cwd }) {
    const format = flags["format"] ?? "text";
    if (format !== "text" && format !== "json")
      throw new UsageError(`--format must be text or json, not "${String(format)}"`);
    const clock = readClock(stringFlag(flags["as-at"]));
    const dir = contentFolder(cwd, args[0]);
    const loaded = loadContent(dir, cwd);
    const result = validateContent(loaded, clock);
    if (format === "json") {
      output.out(formatDiagnosticsJson(result.diagnostics));
      return _code(result);
    }
    for (const text of shownDiagnostics(result.diagnostics)) output.err(`${text}\n`);
    const files = loadedFiles(loaded).length;
    const actions = loaded.strategies.map((s) => actionSites(s).map((a) => a.data));
    const updates = actions.flat().reduce<number>((n, a) => n + list(record(a)["updates"]).length, 0);
    // One strategy's actions are counted in its own word for them ("7 deliverables"); several strategies', as actions.
    const one = loaded.strategies.length === 1 ? _actionWord(loaded.strategies[0]?.strategy?.data) : null;
    output.out(
      `${result.errors ? "✗" : "✓"} ${counted(files, "file")}, ${counted(loaded.strategies.length, "strategy")}, ` +
        `${counted(actions.flat().length, one ?? "action")}, ${counted(updates, "update")}: ${counted(result.errors, "error")}, ${counted(result.warnings, "warning")}`,
    );
    return _code(result);
  },
};

/** 0 when clean; else the code of whoever must act (exit 3 for a file the computer would not let us read). */
function _code(result: Validated): number {
  return result.errors ? EXIT[diagnosticsKind(result.diagnostics)] : EXIT.ok;
}
