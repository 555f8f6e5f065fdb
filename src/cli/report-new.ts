import { resolve } from "node:path";
import { ContentGapError, UsageError } from "../errors.ts";
import { nextReport, openReport, type IsoDate, type ReportContent } from "../model/index.ts";
import { appendReport, type NewReportFields } from "../update/append-report.ts";
import { editStrategyFile } from "../update/edit-file.ts";
import { isoDate } from "../validate/raw.ts";
import type { CommandContext } from "./command.ts";
import { stringFlag } from "./flag-values.ts";

/** Flags only `report new` takes. */
export const NEW_FLAGS = ["end", "meeting", "id", "returns-due"] as const;

/**
 * `report new <strategy>`: opens the next report as a draft at the end of reports.yaml, its period
 * following the last one's (the model's rule, nextReport), with the standing facts of the last
 * report (board, purpose, author and contact) for the author to change.
 */
export async function reportNew({ args, flags, output, cwd }: CommandContext): Promise<number> {
  const [strategyId, ...extra] = args;
  if (!strategyId || extra.length) throw new UsageError("report new takes one strategy id");
  const given = {
    end: _date(flags, "end"),
    meeting: _date(flags, "meeting"),
    id: stringFlag(flags["id"]),
    returnsDue: _date(flags, "returns-due"),
  };
  const contentDir = resolve(cwd, stringFlag(flags["content"]) ?? "content");
  const { report, last, path } = await editStrategyFile(
    contentDir,
    strategyId,
    "reports",
    cwd,
    ({ content, file }) => {
      const reports = content.reports.reports;
      const open = openReport(reports);
      if (open)
        throw new UsageError(
          `report ${open.id} is still a draft: approve it (\`strategy-press report approve ${strategyId} ${open.id} --by "Name"\`) before opening the next`,
        );
      const last = [...reports].sort((a, b) => (a.period.end < b.period.end ? -1 : 1)).at(-1);
      if (!last)
        throw new ContentGapError(
          `"${strategyId}" has no report to follow: write the first one in reports.yaml by hand (see docs/content-model.md)`,
        );
      const next = nextReport(last, {
        ...(given.end ? { end: given.end } : {}),
        ...(given.meeting ? { meeting: given.meeting } : {}),
        ...(given.id ? { id: given.id } : {}),
      });
      if (next.id === null)
        throw new UsageError(
          `give the new report's id with --id: report ${last.id}'s id is not its meeting's or its period's year and month, so the next cannot be worked out`,
        );
      if (reports.some((r) => r.id === next.id))
        throw new UsageError(`there is already a report "${next.id}": give the new one another id with --id`);
      const report: NewReportFields = {
        ...next,
        id: next.id,
        board: last.board,
        purpose: last.purpose,
        ...(last.author ? { author: last.author } : {}),
        ...(last.contact ? { contact: last.contact } : {}),
        ...(given.returnsDue ? { returns_due: given.returnsDue } : {}),
      };
      return { text: appendReport(file, report), result: { report, last, path: file.path } };
    },
    "The report was not opened",
  );
  output.out(`✓ opened report ${report.id} as a draft: "${report.title}" — added to ${path}`);
  output.out(
    `  period ${report.period.start} to ${report.period.end}${given.end ? "" : ` (as long as report ${last.id}'s, which it follows)`}; meeting ${report.meeting}${given.meeting ? "" : ` (as long after the period as report ${last.id}'s meeting; set it with --meeting)`}`,
  );
  output.out(
    `  board, purpose${_copied(last)} copied from report ${last.id}; ${report.returns_due ? `returns due ${report.returns_due}` : "no return deadline set (--returns-due)"}`,
  );
  output.out(
    `  next: write its summary and recommendations in ${path}, and send the returns: strategy-press returns ${strategyId}`,
  );
  return 0;
}

function _copied(last: ReportContent): string {
  return [last.author ? ", author" : "", last.contact ? ", contact" : ""].join("");
}

function _date(flags: CommandContext["flags"], name: string): IsoDate | undefined {
  const value = stringFlag(flags[name]);
  if (value === undefined) return undefined;
  const date = isoDate(value);
  if (!date) throw new UsageError(`--${name} must be a date written YYYY-MM-DD, not "${value}"`);
  return date;
}
