import { resolve } from "node:path";
import { UsageError } from "../errors.ts";
import { unknownReport } from "./find.ts";
import { DECISION_OUTCOMES, type DecisionContent, type DecisionOutcome } from "../model/index.ts";
import { addDecision } from "../update/approve-report.ts";
import { editStrategyFile } from "../update/edit-file.ts";
import type { CommandContext } from "./command.ts";
import { stringFlag } from "./flag-values.ts";

export const DECIDE_FLAGS = ["outcome", "note"] as const;

/** The outcomes in a meeting's words, and the decision each records. */
const OUTCOMES: Record<string, DecisionOutcome> = { approved: "agreed", amended: "agreed-with-changes", rejected: "rejected", ...Object.fromEntries(DECISION_OUTCOMES.map((d) => [d, d])) };

/**
 * `report decide <strategy> <report> <recommendation> --outcome approved|amended|rejected [--note …]`:
 * records the board's decision on one recommendation in reports.yaml, rather than by hand.
 */
export async function reportDecide({ args, flags, output, cwd }: CommandContext): Promise<number> {
  const [strategyId, reportId, number, ...extra] = args;
  if (!strategyId || !reportId || !number || extra.length) throw new UsageError("report decide takes a strategy id, a report id and a recommendation's number");
  const recommendation = Number(number);
  if (!/^[1-9]\d*$/.test(number)) throw new UsageError(`the recommendation is given by its number, counting from 1, not "${number}"`);
  const outcomeFlag = stringFlag(flags["outcome"]);
  const outcome = outcomeFlag === undefined ? undefined : OUTCOMES[outcomeFlag];
  if (!outcome) throw new UsageError(`--outcome must be approved, amended or rejected (or ${DECISION_OUTCOMES.join(", ")})${outcomeFlag ? `, not "${outcomeFlag}"` : ""}`);
  const note = stringFlag(flags["note"]);
  const decision: DecisionContent = { recommendation, decision: outcome, ...(note ? { note } : {}) };
  const contentDir = resolve(cwd, stringFlag(flags["content"]) ?? "content");
  const result = await editStrategyFile(contentDir, strategyId, "reports", cwd, ({ content, file }) => {
    const report = content.reports.reports.find((r) => r.id === reportId);
    if (!report) throw unknownReport(strategyId, reportId, content.reports.reports.map((r) => r.id));
    const recommendations = report.recommendations ?? [];
    if (recommendation > recommendations.length) throw new UsageError(`report ${reportId} has ${recommendations.length} ${recommendations.length === 1 ? "recommendation" : "recommendations"}: there is no recommendation ${recommendation}`);
    const earlier = (report.decisions ?? []).find((d) => d.recommendation === recommendation);
    if (earlier) throw new UsageError(`the decision on recommendation ${recommendation} of report ${reportId} is already recorded (${earlier.decision}): change it in reports.yaml if it was recorded wrongly`);
    const text = recommendations[recommendation - 1];
    return { text: addDecision(file, reportId, decision), result: { path: file.path, recommendation: typeof text === "string" ? text : (text?.text ?? "") } };
  }, "The decision was not recorded");
  output.out(`✓ report ${reportId}, recommendation ${recommendation}: ${outcome}${note ? ` (${note})` : ""} — recorded in ${result.path}`);
  output.out(`  "${result.recommendation}"`);
  return 0;
}
