import { existsSync, mkdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ContentGapError, UsageError } from "../errors.ts";
import { writeFileAtomically } from "../output/write-file.ts";
import { readModel } from "../pipeline.ts";
import { counted, formFor, listed } from "../model/counting.ts";
import { clockDay } from "../model/clock.ts";
import { DEFAULT_TIME_ZONE } from "../model/dates.ts";
import { AS_AT_FLAG, readClock } from "../clock.ts";
import { findReport, findStrategy } from "./find.ts";
import { stringFlag } from "./flag-values.ts";
import { returnsStatusLines } from "./returns-status.ts";
import type { Command, CommandContext } from "./command.ts";

export const returnsCommand: Command = {
  name: "returns",
  usage:
    "strategy-press returns <strategy> [--report id] [--out dir] [--content dir] [--force] [--as-at YYYY-MM-DD]\n       strategy-press returns status <strategy> [--report id] [--content dir] [--as-at YYYY-MM-DD]",
  summary:
    "Write a progress return (.xlsx and .csv) for each lead organisation to fill in; `returns status` lists who has returned.",
  example: "strategy-press returns derby-mental-health --report 2015-09 --out returns",
  flags: {
    report: {
      value: true,
      description: "the board report the returns are for",
      default: "the open report (the newest draft), else the latest report",
    },
    out: { value: true, description: "folder to write the returns into", default: "returns" },
    content: { value: true, description: "content folder", default: "content" },
    force: {
      value: false,
      description: "replace returns in the folder that have been filled in",
      default: "off: a filled-in return is never replaced",
    },
    "as-at": AS_AT_FLAG,
  },
  async run(ctx) {
    if (ctx.args[0] === "status") return _status({ ...ctx, args: ctx.args.slice(1) });
    const { args, flags, output, cwd } = ctx;
    const [strategyId] = args;
    if (!strategyId || args.length > 1)
      throw new UsageError("returns takes one strategy id (or `returns status <strategy>`)");
    const { model } = readModel(resolve(cwd, stringFlag(flags["content"]) ?? "content"), cwd, {
      drafts: true,
      clock: readClock(stringFlag(flags["as-at"])),
    });
    const strategy = findStrategy(model, strategyId);
    const report = findReport(strategy, stringFlag(flags["report"]));
    const outDir = resolve(cwd, stringFlag(flags["out"]) ?? "returns");
    mkdirSync(outDir, { recursive: true });
    // Loaded here, not at the top: every command starts faster when `validate` does not load Eleventy, pdfkit or exceljs.
    const { leadReturns } = await import("../returns/write.ts");
    const returns = await leadReturns(strategy, report);
    if (returns.length === 0)
      throw new ContentGapError(
        `no ${strategy.words.action.lower} of "${strategy.id}" was open in report ${report.id}'s period: there is nobody to send a return to`,
      );
    // Checked before anything is written: a return a lead has filled in is their work, not ours to replace.
    if (flags["force"] !== true)
      await _refuseFilled(
        returns.flatMap((r) =>
          [`${r.name}.xlsx`, `${r.name}.csv`, `${r.name}-measures.csv`].map((f) => join(outDir, f)),
        ),
        cwd,
      );
    for (const r of returns) {
      writeFileAtomically(join(outDir, `${r.name}.xlsx`), r.xlsx);
      writeFileAtomically(join(outDir, `${r.name}.csv`), r.csv);
      // The measures sheet as CSV, a file of its own: a CSV holds one sheet.
      if (r.measuresCsv !== null) writeFileAtomically(join(outDir, `${r.name}-measures.csv`), r.measuresCsv);
      const what = listed([
        counted(r.actions, strategy.words.action),
        ...(r.measures ? [counted(r.measures, strategy.words.measure)] : []),
      ]);
      output.out(
        `  ${r.organisation}: ${what} → ${relative(cwd, join(outDir, r.name)) || r.name}.xlsx, .csv${r.measuresCsv !== null ? ", -measures.csv" : ""}`,
      );
    }
    output.out(
      `✓ wrote ${counted(returns.length, "return")} for report ${report.id} (${report.period.start} to ${report.period.end}) into ${relative(cwd, outDir) || "."}`,
    );
    return 0;
  },
};

/** Refuses (exit 2) when any of the files is a return with rows filled in, or a file that is not a return. */
async function _refuseFilled(paths: readonly string[], cwd: string): Promise<void> {
  const { readReturn } = await import("../returns/read.ts");
  const { filledRows } = await import("../returns/check.ts");
  const kept: string[] = [];
  for (const path of paths.filter((p) => existsSync(p))) {
    const display = relative(cwd, path) || path;
    const filled = await readReturn(path, display).then(filledRows, () => -1);
    if (filled !== 0)
      kept.push(
        filled < 0 ? `${display} (not readable as a return)` : `${display} (${counted(filled, "row")} filled in)`,
      );
  }
  const them = formFor(kept.length, "it", "them");
  if (kept.length)
    throw new UsageError(
      `not writing the returns: ${kept.join(", ")} would be replaced; import ${them} first, move ${them} away, or give --force to replace ${them}`,
    );
}

/** `returns status <strategy>`: per lead organisation, whether its return is in, read from the plan as it is now. */
async function _status({ args, flags, output, cwd }: CommandContext): Promise<number> {
  const [strategyId] = args;
  if (!strategyId || args.length > 1) throw new UsageError("returns status takes one strategy id");
  if (flags["out"] !== undefined) throw new UsageError("returns status writes no files: --out is for `returns`");
  if (flags["force"] !== undefined) throw new UsageError("returns status writes no files: --force is for `returns`");
  const clock = readClock(stringFlag(flags["as-at"]));
  const { model } = readModel(resolve(cwd, stringFlag(flags["content"]) ?? "content"), cwd, { drafts: true, clock });
  const strategy = findStrategy(model, strategyId);
  const today = clockDay(clock, strategy.meta.time_zone ?? DEFAULT_TIME_ZONE);
  for (const line of returnsStatusLines(strategy, findReport(strategy, stringFlag(flags["report"])), today))
    output.out(line);
  return 0;
}
