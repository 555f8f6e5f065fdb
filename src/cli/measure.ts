import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { UnknownNameError, UsageError } from "../errors.ts";
import { clockDay } from "../model/clock.ts";
import { defaultRecordDate, openReport } from "../model/open-report.ts";
import { appendValue, type NewValue } from "../update/append-value.ts";
import { editContent } from "../update/edit-content.ts";
import { list, record, text } from "../validate/raw.ts";
import { closest } from "../validate/suggest.ts";
import type { Command, Output } from "./command.ts";
import { strategyTimeZone, stringFlag } from "./flag-values.ts";

export const measureCommand: Command = {
  name: "measure",
  usage: "strategy-press measure <strategy> <measure> --value <n> [--date YYYY-MM-DD] [--note text]",
  summary: "Record an outcome measure's new value in measures.yaml, keeping its comments and layout.",
  example:
    'strategy-press measure carers-strategy m02-assessments-waiting --value 151 --date 2018-06-30 --note "Two assessors joined in May."',
  flags: {
    value: { value: true, description: "the value, in the measure's unit (a number: 151, 38.5)" },
    date: {
      value: true,
      description: "the date the value describes, YYYY-MM-DD (for a year's figure, its last day)",
      default:
        "today in the strategy's time zone; while a report is open (a draft), its period's last day when today is outside its period",
    },
    note: { value: true, description: "what needs saying about the value (markdown)", default: "none" },
    content: { value: true, description: "content folder", default: "content" },
  },
  async run({ args, flags, output, cwd }) {
    const [strategyId, measureId] = args;
    if (!strategyId || !measureId) throw new UsageError("name the strategy and the measure");
    const folder = join(resolve(cwd, stringFlag(flags["content"]) ?? "content"), strategyId);
    const file = join(folder, "measures.yaml");
    if (!existsSync(join(folder, "strategy.yaml")))
      throw new UnknownNameError(
        `there is no strategy "${strategyId}" (no ${relative(cwd, join(folder, "strategy.yaml"))})`,
      );
    if (!existsSync(file))
      throw new UnknownNameError(
        `the strategy "${strategyId}" has no outcome measures (no ${relative(cwd, file)}): see "measures.yaml" in docs/content-model.md`,
      );
    return _record(folder, strategyId, measureId, flags, output, cwd);
  },
};

/** Records the value through editContent: one writer at a time (a second waits, then reads the file afresh), nothing written that would not validate. */
async function _record(
  folder: string,
  strategyId: string,
  measureId: string,
  flags: Record<string, string | boolean | undefined>,
  output: Output,
  cwd: string,
): Promise<number> {
  const locks = [join(folder, "measures.yaml")];
  const { value, path, open, dated, today } = await editContent(
    {
      contentDir: folder,
      cwd,
      locks,
      refusedBefore: "Fix these errors before recording a value",
      refused: "The value was not recorded",
    },
    ({ loaded, content, clock }) => {
      const measures = loaded.strategies[0]?.measures;
      if (!measures) throw new UnknownNameError(`the strategy "${strategyId}" has no outcome measures`);
      const ids = list(record(measures.data)["measures"]).flatMap((m) => text(record(m)["id"]) ?? []);
      if (!ids.includes(measureId)) {
        const near = closest(measureId, ids);
        throw new UnknownNameError(
          `there is no measure "${measureId}" in ${measures.path}${near ? ` — did you mean "${near}"?` : ` (its measures: ${ids.join(", ")})`}`,
        );
      }
      const today = clockDay(clock, strategyTimeZone(loaded));
      const open = openReport(content.strategies[0]?.reports.reports ?? []);
      const dated = defaultRecordDate(open, today);
      const value = _value(flags, dated.date);
      return {
        files: new Map([[measures, appendValue(measures, measureId, value)]]),
        result: { value, path: measures.path, open, dated, today },
      };
    },
  );
  output.out(`✓ ${measureId}: ${value.value} on ${value.date} — added to ${path}`);
  if (open && stringFlag(flags["date"]) === undefined && dated.because === "period-end")
    output.out(
      `  dated ${dated.date}, the last day of open report ${open.id}'s period: today (${today}) is outside it; give --date for another day`,
    );
  return 0;
}

function _value(flags: Record<string, string | boolean | undefined>, today: string): NewValue {
  const given = stringFlag(flags["value"]);
  if (given === undefined) throw new UsageError("--value is required: the measure's new value, in its unit");
  if (!/^-?\d+(\.\d+)?$/.test(given.trim()))
    throw new UsageError(`--value must be a number, such as 151 or 38.5, not "${given}"`);
  const value: NewValue = { date: stringFlag(flags["date"]) ?? today, value: Number(given) };
  const note = stringFlag(flags["note"]);
  if (note) value.note = note;
  return value;
}
