import { resolve } from "node:path";
import { ContentGapError, UnknownNameError, UsageError } from "../errors.ts";
import { unknownReport } from "./find.ts";
import {
  DECISION_OUTCOMES,
  dueAt,
  dueRevisions,
  dueWhen,
  latestUpdate,
  longDate,
  movesDueDates,
  ONGOING,
  type ActionContent,
  type DecisionContent,
  type DecisionOutcome,
  type ReportContent,
} from "../model/index.ts";
import { counted } from "../model/counting.ts";
import { isRealDay } from "../model/dates.ts";
import { closest } from "../validate/suggest.ts";
import { addDecision } from "../update/approve-report.ts";
import { editStrategyFile } from "../update/edit-file.ts";
import type { CommandContext } from "./command.ts";
import { stringFlag } from "./flag-values.ts";

export const DECIDE_FLAGS = ["outcome", "note", "revised-due"] as const;

/** The outcomes in a meeting's words, and the decision each records. */
const OUTCOMES: Record<string, DecisionOutcome> = {
  approved: "agreed",
  amended: "agreed-with-changes",
  rejected: "rejected",
  ...Object.fromEntries(DECISION_OUTCOMES.map((d) => [d, d])),
};

/**
 * `report decide <strategy> <report> <recommendation> --outcome approved|amended|rejected [--note …]
 * [--revised-due action[=YYYY-MM-DD],…]`: records the board's decision on one recommendation in
 * reports.yaml, rather than by hand, with any due dates it approved (the model applies them from the
 * meeting on, as it does every decision's `revised_due`).
 */
export async function reportDecide({ args, flags, output, cwd }: CommandContext): Promise<number> {
  const [strategyId, reportId, number, ...extra] = args;
  if (!strategyId || !reportId || !number || extra.length)
    throw new UsageError("report decide takes a strategy id, a report id and a recommendation's number");
  const recommendation = Number(number);
  if (!/^[1-9]\d*$/.test(number))
    throw new UsageError(`the recommendation is given by its number, counting from 1, not "${number}"`);
  const outcomeFlag = stringFlag(flags["outcome"]);
  const outcome = outcomeFlag === undefined ? undefined : OUTCOMES[outcomeFlag];
  if (!outcome)
    throw new UsageError(
      `--outcome must be approved, amended or rejected (or ${DECISION_OUTCOMES.join(", ")})${outcomeFlag ? `, not "${outcomeFlag}"` : ""}`,
    );
  const note = stringFlag(flags["note"]);
  const asked = _revisedDueFlag(flags["revised-due"]);
  if (asked.length && !movesDueDates(outcome))
    throw new UsageError(
      `a decision that is ${outcome} approves no due date: --revised-due goes with --outcome approved or amended`,
    );
  const contentDir = resolve(cwd, stringFlag(flags["content"]) ?? "content");
  const result = await editStrategyFile(
    contentDir,
    strategyId,
    "reports",
    cwd,
    ({ content, file }) => {
      const reports = content.reports.reports;
      const report = reports.find((r) => r.id === reportId);
      if (!report)
        throw unknownReport(
          strategyId,
          reportId,
          reports.map((r) => r.id),
        );
      const recommendations = report.recommendations ?? [];
      if (recommendation > recommendations.length)
        throw new UsageError(
          `report ${reportId} has ${counted(recommendations.length, "recommendation")}: there is no recommendation ${recommendation}`,
        );
      const earlier = (report.decisions ?? []).find((d) => d.recommendation === recommendation);
      if (earlier)
        throw new UsageError(
          `the decision on recommendation ${recommendation} of report ${reportId} is already recorded (${earlier.decision}): change it in reports.yaml if it was recorded wrongly`,
        );
      const revised = asked.map((a) => _revisedDue(a, content.plan.actions, report, reports));
      const decision: DecisionContent = {
        recommendation,
        decision: outcome,
        ...(note ? { note } : {}),
        ...(revised.length ? { revised_due: revised.map((r) => ({ action: r.action, due: r.due })) } : {}),
      };
      const text = recommendations[recommendation - 1];
      return {
        text: addDecision(file, reportId, decision),
        result: {
          path: file.path,
          recommendation: typeof text === "string" ? text : (text?.text ?? ""),
          revised,
          meeting: report.meeting,
        },
      };
    },
    "The decision was not recorded",
  );
  output.out(
    `✓ report ${reportId}, recommendation ${recommendation}: ${outcome}${note ? ` (${note})` : ""} — recorded in ${result.path}`,
  );
  output.out(`  "${result.recommendation}"`);
  for (const r of result.revised) {
    const until = r.before === ONGOING ? "ongoing until then" : `until then due ${dueWhen(r.before)}`;
    output.out(
      `  ${r.action}: due on ${longDate(r.due)} from the meeting on ${longDate(result.meeting)}${r.proposed ? `, as its update of ${longDate(r.proposed)} proposed` : ""} (${until})`,
    );
  }
  return 0;
}

/** One `--revised-due` item as typed: an action, and the date when one was given. */
interface _Asked {
  action: string;
  due: string | null;
}

/** `--revised-due a01=2015-12-31,a05`: a comma-separated list of actions, each with the date the board approved or none. */
function _revisedDueFlag(value: string | boolean | undefined): _Asked[] {
  const given = stringFlag(value);
  if (given === undefined) return [];
  return given
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [action = "", due, ...more] = part.split("=").map((p) => p.trim());
      if (!action || more.length || due === "")
        throw new UsageError(
          `--revised-due takes an action's id and the approved date, action=YYYY-MM-DD (or the action alone, for the date its latest update proposes), not "${part}"`,
        );
      if (due !== undefined && !isRealDay(due))
        throw new UsageError(
          `the revised due date for ${action} must be a day written YYYY-MM-DD, such as 2015-12-31, not "${due}"`,
        );
      return { action, due: due ?? null };
    });
}

/**
 * The due date the board approved for an action: the one given, else the one its latest update in the
 * report's period proposes (`revised_due`); with the date in force before the meeting, for the record.
 */
function _revisedDue(
  asked: _Asked,
  actions: readonly ActionContent[],
  report: ReportContent,
  reports: readonly ReportContent[],
): { action: string; due: string; before: string; proposed: string | null } {
  const action = actions.find((a) => a.id === asked.action);
  if (!action) {
    const near = closest(
      asked.action,
      actions.map((a) => a.id),
    );
    throw new UnknownNameError(
      `--revised-due names action "${asked.action}", which the plan does not have${near ? ` — did you mean "${near}"?` : ""}`,
    );
  }
  const latest = latestUpdate(action, report.period.end);
  const proposed = asked.due === null ? (latest?.revised_due ?? null) : null;
  const due = asked.due ?? proposed;
  if (!due)
    throw new ContentGapError(
      `${action.id}'s latest update in report ${report.id}'s period proposes no revised due date: give the date the board approved, --revised-due ${action.id}=YYYY-MM-DD`,
    );
  const before = dueAt(action, dueRevisions(actions, reports).get(action.id) ?? [], report.meeting).due;
  return { action: action.id, due, before, proposed: proposed ? (latest?.date ?? null) : null };
}
