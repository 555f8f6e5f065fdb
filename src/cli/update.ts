import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { UnknownNameError, UsageError } from "../errors.ts";
import type { LoadedContent, LoadedStrategy } from "../load/content-folder.ts";
import { findAction } from "../load/plan-actions.ts";
import { STATUSES, type Status, type UpdateContent } from "../model/content.ts";
import { reportHolding } from "../model/periods.ts";
import { clockDay } from "../model/clock.ts";
import { isRealDay } from "../model/dates.ts";
import {
  ratingScaleOf,
  STAGES,
  statusChoices,
  statusFromWord,
  type RatingScale,
  type Stage,
} from "../model/ratings.ts";
import { defaultRecordDate, openReport } from "../model/open-report.ts";
import { withUpdates } from "../update/add-updates.ts";
import { editContent } from "../update/edit-content.ts";
import { list, record, text } from "../validate/raw.ts";
import type { Command, Output } from "./command.ts";
import { strategyTimeZone, stringFlag } from "./flag-values.ts";
import { unknownReport } from "./find.ts";

export const updateCommand: Command = {
  name: "update",
  usage:
    "strategy-press update <strategy> <action> --status <status> --note <text> [--percent n] [--date YYYY-MM-DD] [--by name] [--report id] [--reason text] [--recovery text] [--revised-due YYYY-MM-DD] [--request text]",
  summary: "Record a progress update on an action, keeping its plan file's comments and layout.",
  example:
    'strategy-press update derby-mental-health a04-recovery-college --status at-risk --percent 40 --note "Venue agreed; recruitment is a month behind."',
  flags: {
    status: {
      value: true,
      description: `the action's status: ${STATUSES.join(", ")}, or the strategy's own word for one (Green, Amber…) where it rates on a scale of its own`,
    },
    stage: {
      value: true,
      description: "for a strategy that reports stages: not-started, in-progress or complete",
      default: "none",
    },
    note: { value: true, description: "what happened and what comes next (markdown)" },
    percent: {
      value: true,
      description: "percent complete, a whole number from 0 to 100",
      default: "none: the last percent given stands",
    },
    date: {
      value: true,
      description: "the update's date, YYYY-MM-DD",
      default:
        "today in the strategy's time zone (Europe/London unless strategy.yaml sets time_zone; the day of SOURCE_DATE_EPOCH when set); while a report is open (a draft), its period's last day when today is outside its period",
    },
    by: { value: true, description: "who gave the update", default: "nobody named" },
    report: {
      value: true,
      description: "the board report it counts in",
      default: "the report whose period holds the date",
    },
    reason: { value: true, description: "for an action at risk or off track: why (markdown)", default: "none" },
    recovery: { value: true, description: "what is being done to recover it (markdown)", default: "none" },
    "revised-due": {
      value: true,
      description:
        "a new due date the lead proposes, YYYY-MM-DD; it takes effect only once the board's decision approves it",
      default: "none",
    },
    request: { value: true, description: "what the board is asked to decide (markdown)", default: "none" },
    content: { value: true, description: "content folder", default: "content" },
  },
  async run({ args, flags, output, cwd }) {
    const [strategyId, actionId] = args;
    if (!strategyId || !actionId) throw new UsageError("name the strategy and the action");
    const folder = join(resolve(cwd, stringFlag(flags["content"]) ?? "content"), strategyId);
    if (!existsSync(join(folder, "plan.yaml")))
      throw new UnknownNameError(
        `there is no strategy "${strategyId}" (no ${relative(cwd, join(folder, "plan.yaml"))})`,
      );
    return _record(folder, strategyId, actionId, flags, output, cwd);
  },
};

/**
 * Adds the update through editContent: one update at a time per plan (the second waits for the lock,
 * then reads the plan afresh, so neither is lost), and nothing written that would not validate.
 */
async function _record(
  folder: string,
  strategyId: string,
  actionId: string,
  flags: Record<string, string | boolean | undefined>,
  output: Output,
  cwd: string,
): Promise<number> {
  const locks = [join(folder, "plan.yaml")];
  const done = await editContent(
    {
      contentDir: folder,
      cwd,
      locks,
      refusedBefore: "Fix these errors before adding an update",
      refused: "The update was not added",
      checkAgainstClock: true,
    },
    ({ loaded, content, clock }) => {
      const strategy = loaded.strategies[0] as LoadedStrategy;
      if (!strategy.plan) throw new UnknownNameError(`there is no strategy "${strategyId}"`);
      const today = clockDay(clock, strategyTimeZone(loaded));
      const open = openReport(content.strategies[0]?.reports.reports ?? []);
      const dated = defaultRecordDate(open, today);
      const scale = ratingScaleOf(content.strategies[0]?.strategy ?? {});
      const update = _update(flags, loaded, dated.date, scale);
      // plan.yaml, or the file under plan/ that holds the action.
      const holder = findAction(strategy, actionId)?.file ?? strategy.plan;
      return {
        files: withUpdates(new Map([[strategy, [{ actionId, update }]]])),
        result: { update, holder: holder.path, open, dated, today },
      };
    },
  );
  const { update, holder, open, dated, today } = done;
  output.out(
    `✓ ${actionId}: ${update.status}${update.percent === undefined ? "" : ` (${update.percent}%)`} on ${update.date}${update.report ? `, counted in report ${update.report}` : ""} — added to ${holder}`,
  );
  if (open && stringFlag(flags["date"]) === undefined && dated.because === "period-end")
    output.out(
      `  dated ${dated.date}, the last day of open report ${open.id}'s period: today (${today}) is outside it; give --date for another day`,
    );
  return 0;
}

function _update(
  flags: Record<string, string | boolean | undefined>,
  loaded: LoadedContent,
  today: string,
  scale: RatingScale,
): UpdateContent {
  // The tool's code, or the strategy's own word for it (Amber), as its returns take them.
  const status = statusFromWord(scale, stringFlag(flags["status"]) ?? "");
  const note = stringFlag(flags["note"]);
  if (!status)
    throw new UsageError(
      `--status must be one of ${statusChoices(scale)
        .map((c) => c.word)
        .join(", ")}${scale.own ? ` (or ${STATUSES.join(", ")})` : ""}`,
    );
  const stage = stringFlag(flags["stage"]);
  if (stage !== undefined && !(STAGES as readonly string[]).includes(stage))
    throw new UsageError(`--stage must be one of ${STAGES.join(", ")}`);
  if (!note) throw new UsageError("--note is required: say what happened and what comes next");
  const percent = stringFlag(flags["percent"]);
  if (percent !== undefined && !/^(100|[1-9]?\d)$/.test(percent))
    throw new UsageError("--percent must be a whole number from 0 to 100");
  const date = stringFlag(flags["date"]) ?? today;
  const update: UpdateContent = { date, status: status as Status, note };
  if (stage !== undefined) update.stage = stage as Stage;
  if (percent !== undefined) update.percent = Number(percent);
  const by = stringFlag(flags["by"]);
  if (by) update.by = by;
  _explanation(flags, update);
  const named = stringFlag(flags["report"]);
  const reports = list(record(loaded.strategies[0]?.reports?.data)["reports"])
    .map((r) => text(record(r)["id"]))
    .filter((id): id is string => id !== null);
  if (named !== undefined && !reports.includes(named))
    throw unknownReport(loaded.strategies[0]?.folderName ?? "", named, reports);
  const report = named ?? _reportFor(loaded, date);
  if (report) update.report = report;
  return update;
}

/** Why an action is off course, what is being done, a proposed date and the request: the fields the paper's exceptions and the action's page show. */
function _explanation(flags: Record<string, string | boolean | undefined>, update: UpdateContent): void {
  const revisedDue = stringFlag(flags["revised-due"]);
  if (revisedDue !== undefined && !isRealDay(revisedDue))
    throw new UsageError(`--revised-due must be a day written YYYY-MM-DD, such as 2015-12-31, not "${revisedDue}"`);
  const [reason, recovery, request] = [
    stringFlag(flags["reason"]),
    stringFlag(flags["recovery"]),
    stringFlag(flags["request"]),
  ];
  if (reason) update.reason = reason;
  if (recovery) update.recovery = recovery;
  if (revisedDue) update.revised_due = revisedDue;
  if (request) update.request = request;
}

/** The report whose period holds the date (the model's rule), so the update is counted where a reader expects it. */
function _reportFor(loaded: LoadedContent, date: string): string | undefined {
  const reports = list(record(loaded.strategies[0]?.reports?.data)["reports"])
    .map(record)
    .flatMap((r) => {
      const period = record(r["period"]);
      const [id, start, end] = [text(r["id"]), text(period["start"]), text(period["end"])];
      return id && start && end ? [{ id, period: { start, end } }] : [];
    });
  return reportHolding(reports, date)?.id;
}
