import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ACTION_COLUMNS,
  MEASURE_COLUMNS,
  RISK_COLUMNS,
  STRATEGY_JSON_FORMAT,
  STRATEGY_JSON_SCHEMA,
  STRATEGY_JSON_VERSION,
  UPDATE_COLUMNS,
  ratingColumns,
} from "../data/index.ts";
import { MEASURE_STATUS_LABELS, OVERDUE_MEANING, type StrategyModel, type Words } from "../model/index.ts";

type ActionColumn = (typeof ACTION_COLUMNS)[number];
type UpdateColumn = (typeof UPDATE_COLUMNS)[number];
type RiskColumn = (typeof RISK_COLUMNS)[number];
type MeasureColumn = (typeof MEASURE_COLUMNS)[number];

/** A column's note: fixed, or worded with what the strategy calls its themes and objectives. */
type Note = string | ((words: Words) => string);

/** What each column of actions.csv holds. Typed by the writer's column list, so a new column needs a note. */
const ACTION_NOTES: Record<ActionColumn, Note> = {
  id: (w) => `The ${w.action.lower}'s id, as in its page address`,
  number: "Its position in the plan, from 1",
  title: (w) => `The ${w.action.lower}'s wording in the plan`,
  kind: 'Its type, as a code: "action" or "commissioning-intention"',
  commissioning: "For a commissioning intention: commission, decommission, recommission or review",
  horizon: "Its timescale: short, medium or long; empty when the plan gives none",
  lead: "Who leads it: each lead's person and organisation, leads separated by semicolons",
  partners: "Partners, separated by semicolons",
  themes: (w) => `${w.theme.singular} ids, separated by semicolons`,
  drivers: "Driver ids, separated by semicolons",
  start: "Start date (YYYY-MM-DD); empty when the plan gives none",
  due: (w) =>
    `The due date in force: the plan's own, or the one the ${w.body} has since approved: a day (YYYY-MM-DD), month (YYYY-MM), quarter (YYYY-Q1 to Q4), financial year (YYYY/YY) or ongoing`,
  status:
    "not-started, on-track, at-risk, off-track, complete or withdrawn, as the latest update says; empty while no progress has been reported (which is not the same as not-started)",
  percent: "Percent complete (0 to 100); empty when not reported, which is not the same as 0",
  overdue: `yes when ${OVERDUE_MEANING}`,
  stale: "yes when open and with no recent update (none within the strategy's window of days)",
  last_update_date: "Date of the latest progress update",
  last_update_note: "The latest update's note (markdown)",
  revised_due: (w) =>
    `The due date in force when the ${w.body} approved a new one (YYYY-MM-DD); overdue is judged against it. Empty when the original stands`,
  revised_by: (w) =>
    `The decision of the ${w.body} that approved the revised due date: report, recommendation and meeting date`,
  ref: (w) =>
    `The ${w.action.lower}'s number as the plan writes it (e.g. 1.1.6); its position in a plan that numbers none; empty in a plan that numbers only some`,
  objective: (w) => `The id of the ${w.objective.lower} it serves, if any`,
  lead_organisations: "Ids of the lead organisations, as the strategy declares them, separated by semicolons",
  original_due: (w) =>
    `Due date as the plan first set it, in the same forms as due; the same as due until the ${w.body} moves it`,
};

/** What each column of updates.csv holds. */
const UPDATE_NOTES: Record<UpdateColumn, Note> = {
  action_id: (w) => `The id of the ${w.action.lower} updated`,
  action_title: (w) => `The ${w.action.lower}'s wording in the plan`,
  date: "Date of the update (YYYY-MM-DD)",
  status: "The status the update gave",
  percent: "Percent complete given, if any",
  by: "Who gave the update",
  report: "The id of the report it was made for, if any",
  note: "What was reported (markdown)",
  reason: (w) =>
    `For ${/^[aeiou]/i.test(w.action.lower) ? "an" : "a"} ${w.action.lower} at risk or off track: why (markdown)`,
  recovery: "What is being done to recover it (markdown)",
  proposed_due: (w) => `A new due date the update proposed to the ${w.body} (YYYY-MM-DD)`,
  request: (w) => `What the ${w.body} was asked to do (markdown)`,
};

/** What each column of risks.csv holds. */
const RISK_NOTES: Record<RiskColumn, Note> = {
  id: "The risk's id",
  number: "Its number in the register (R1, R2 …)",
  title: "The risk in a few words",
  owner: "Who manages the risk",
  raised: "When it was entered on the register (YYYY-MM-DD)",
  status: "open or closed",
  likelihood_before: "Likelihood with no mitigation, 1 (rare) to 5 (almost certain)",
  impact_before: "Impact with no mitigation, 1 (negligible) to 5 (catastrophic)",
  score_before: "Likelihood × impact before mitigation, 1 to 25",
  rating_before: "low (1–3), moderate (4–6), high (8–12) or extreme (15–25)",
  likelihood_after: "Likelihood with the mitigation in place, as last reviewed",
  impact_after: "Impact with the mitigation in place, as last reviewed",
  score_after: "Likelihood × impact after mitigation",
  rating_after: "The rating after mitigation, in the same bands",
  mitigation: "What is being done to reduce the risk (markdown)",
  actions: (w) => `Ids of the linked ${w.action.lowerPlural}, separated by semicolons`,
  last_review_date: "Date of the latest review",
  last_review_note: "What the latest review found (markdown)",
};

/** What each column of measures.csv holds. */
const MEASURE_NOTES: Record<MeasureColumn, Note> = {
  id: "The measure's id, as in the address of its page (measures/<id>/)",
  title: "What is measured",
  theme: (w) => `The id of the ${w.theme.lower} it belongs to; empty for a measure of the whole strategy`,
  unit: "The unit of every value, e.g. %, people or per 100,000",
  direction: "up when a higher value is better, down when a lower value is better",
  baseline_date: "Date of the baseline (YYYY-MM-DD)",
  baseline_value: "The baseline value, in the unit",
  target_date: "The date the target is to be reached by (YYYY-MM-DD)",
  target_value: "The target value, in the unit",
  latest_date: "Date of the latest value recorded; empty when none has been",
  latest_value: "The latest value recorded, in the unit",
  values_recorded: "How many values have been recorded since the baseline (each is in strategy.json)",
  status: `${Object.keys(MEASURE_STATUS_LABELS).join(", ")}: with a target for each period, the latest value's rating against its period's target (on-track at it or within the green tolerance, at-risk within the amber, off-track beyond, no-target where the period has none); with one end target, on-track when the latest value is at or better than a straight line from the baseline to the target at its date, off-track when it is worse or the target date has passed unmet`,
  distance_to_target:
    "How far the latest value is from the target, in the unit (percentage points for a percentage); 0 at the target",
  distance_side: "above, below or at: which side of the target the latest value is",
  source: "Where the figures come from",
  source_url: "The source's web address",
  illustrative: "yes when the values are made-up example data, not real figures",
  ref: "The measure's reference as the plan writes it",
  objective: (w) => `The id of the ${w.objective.lower} it measures, if any`,
  action: (w) => `The id of the ${w.action.lower} it measures, if any`,
  period_target_value:
    "The target for the latest value's period (empty for a measure with one end target, or a period with none)",
  period_target_period: "That period as the plan writes it: 2024/25, 2025-Q1 or 2025-06",
  status_word: "The status in the strategy's own words (its rating, e.g. Green, where it rates on a scale of its own)",
  travel: "improving, worsening or no-change: the latest value against the one before, by which way is better",
  travel_year_before:
    "improving, worsening or no-change against the value for the same period a year before; empty when there is none",
  exception: "yes when the measure is off track, or worse than the value before twice running",
  next_due:
    "The day the next value is expected by (its period's end plus the data lag); empty for a measure with no frequency",
  next_overdue: "yes when that day has passed with no value recorded",
};

export interface Column {
  name: string;
  description: string;
}
export interface SchemaDoc {
  file: string;
  title: string;
  description: string;
}

/**
 * A schema's description as partners read it: what the file holds, without the file's name ("drivers.yaml:
 * the national…") and without the later sentences, which are notes for the people editing the files.
 */
function _withoutFileName(description: string): string {
  const rest = description.replace(/^[\w/*.-]+\.ya?ml(\s*\([^)]*\))?:\s*/, "");
  const first = /^.*?\.(?=\s|$)/.exec(rest)?.[0] ?? rest;
  return first.charAt(0).toUpperCase() + first.slice(1);
}

/** How the CSV writers make formula-like text safe (src/data/csv.ts, spreadsheetSafe). */
export const FORMULA_NOTE =
  "Each line of a text cell (its first, and any after a line break) that starts with =, +, -, @ or a tab, after any apostrophes, has an apostrophe (') put before it, so a spreadsheet shows it as text instead of running it as a formula; remove that first apostrophe from such lines to get the text as written. A cell with a line break is always in double quotes.";

export interface OpenData {
  /** How text that a spreadsheet would run as a formula is written. */
  formulaNote: string;
  schemas: SchemaDoc[];
  /** strategy.json's format: its name, version and schema (from the site's root). */
  json: { format: string; version: string; schema: string };
}

/** One strategy's CSV columns, in the writers' order, described in the strategy's own words. */
export interface CsvColumns {
  actionColumns: Column[];
  updateColumns: Column[];
  riskColumns: Column[];
  measureColumns: Column[];
}

/** The open data page's site-wide parts: the formula note and each content schema's title. */
export function openData(schemasDir: string): OpenData {
  return {
    formulaNote: FORMULA_NOTE,
    schemas: _schemas(schemasDir),
    json: { format: STRATEGY_JSON_FORMAT, version: STRATEGY_JSON_VERSION, schema: STRATEGY_JSON_SCHEMA },
  };
}

/** What the columns a rating scale of its own adds say (csv.ts ratingColumns). */
const RATING_NOTES: Record<"status_word" | "stage", string> = {
  status_word: "The strategy's own word for the status (its rating, e.g. Green), beside status, the meaning it has",
  stage: "not-started, in-progress or complete: the stage the latest update gave, where the plan reports one",
};

/**
 * The open data page's column tables for a strategy: the column names are fixed, their notes use its words;
 * a strategy with a rating scale of its own has its extra columns described too.
 */
export function csvColumns(words: Words, strategy: Pick<StrategyModel, "ratingScale"> = {}): CsvColumns {
  const extra = ratingColumns(strategy).map((name) => ({ name, description: RATING_NOTES[name] }));
  const described = <C extends string>(columns: readonly C[], notes: Record<C, Note>): Column[] =>
    columns.map((name) => {
      const note = notes[name];
      return { name, description: typeof note === "string" ? note : note(words) };
    });
  return {
    actionColumns: [...described(ACTION_COLUMNS, ACTION_NOTES), ...extra],
    updateColumns: [...described(UPDATE_COLUMNS, UPDATE_NOTES), ...extra],
    riskColumns: described(RISK_COLUMNS, RISK_NOTES),
    measureColumns: described(MEASURE_COLUMNS, MEASURE_NOTES),
  };
}

function _schemas(dir: string): SchemaDoc[] {
  return (
    readdirSync(dir)
      // The shared definitions describe no file of their own.
      .filter((name) => name.endsWith(".json") && name !== "common.schema.json")
      .sort()
      .map((file) => {
        const schema = JSON.parse(readFileSync(join(dir, file), "utf8")) as { title?: string; description?: string };
        return { file, title: schema.title ?? file, description: _withoutFileName(schema.description ?? "") };
      })
  );
}
