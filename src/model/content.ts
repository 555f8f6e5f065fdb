/**
 * The shapes of the content files once they have passed validation: field names as in the YAML.
 * The schemas say what each file holds; content-types.ts is what they say in TypeScript, written by
 * `npm run compile`. This file only names the parts the code talks about, so a field added to a
 * schema reaches the code (and one removed breaks the code that read it) at the next compile.
 */
import type * as Schema from "./content-types.ts";
import type { MeasuresContent } from "./measures.ts";

export type {
  ActionContent,
  DriversContent,
  PlanContent,
  ReportsContent,
  RisksContent,
  SiteContent,
  StrategyContent,
  ThemeContent,
  UpdateContent,
  DecisionContent,
  EasyReadContent,
  Link,
  Person,
  TextList,
} from "./content-types.ts";

export type Status = Schema.UpdateContent["status"];
export const STATUSES = [
  "not-started",
  "on-track",
  "at-risk",
  "off-track",
  "complete",
  "withdrawn",
] as const satisfies readonly Status[];
export type Horizon = NonNullable<Schema.ActionContent["horizon"]>;
export const HORIZONS = ["short", "medium", "long"] as const satisfies readonly Horizon[];
export type ActionKind = NonNullable<Schema.ActionContent["kind"]>;
export const ACTION_KINDS = ["action", "commissioning-intention"] as const satisfies readonly ActionKind[];
export type Commissioning = NonNullable<Schema.ActionContent["commissioning"]>;
export type DecisionOutcome = Schema.DecisionContent["decision"];
export const DECISION_OUTCOMES = [
  "agreed",
  "agreed-with-changes",
  "deferred",
  "rejected",
] as const satisfies readonly DecisionOutcome[];
export type RiskStatus = NonNullable<Schema.RiskContent["status"]>;
export const RISK_STATUSES = ["open", "closed"] as const satisfies readonly RiskStatus[];

/** A date written YYYY-MM-DD. Kept as text: it sorts and compares correctly and never shifts with time zones. */
export type IsoDate = string;
/** A due date as plans write it: a day, a month, a quarter, a financial year or `ongoing` (due.ts). */
export type DueDate = string;

export type Publisher = Schema.SiteContent["publisher"];
/** A word as written: one form (the plural adds an s), or both forms. */
export type WordContent = Schema.Word;
/** What the strategy calls its levels and outputs, where they differ from the defaults (words.ts). */
export type WordsContent = NonNullable<Schema.StrategyContent["words"]>;

export type DriverContent = Schema.DriversContent["drivers"][number];
export type PolicyDocumentContent = NonNullable<Schema.DriversContent["policy_documents"]>["items"][number];
export type InitiativeContent = NonNullable<Schema.ThemeContent["initiatives"]>[number];
/** The optional level between a theme and its actions, declared under its theme. */
export type ObjectiveContent = NonNullable<Schema.ThemeContent["objectives"]>[number];

export type ServiceModelContent = Schema.ModelContent;
export type StatementContent = Schema.ModelContent["statements"][number];
export type MilestoneContent = NonNullable<Schema.ActionContent["milestones"]>[number];
/** One lead of an action as written: a person, an organisation id, or both; or every partner together. */
export type LeadContent = NonNullable<Schema.ActionContent["leads"]>[number];

export type ReportContent = Schema.ReportContent;
/** A report is a draft while it is written, then approved; one without a status was published before drafts were kept. */
export type ReportStatus = NonNullable<Schema.ReportContent["status"]>;
export const REPORT_STATUSES = ["draft", "approved"] as const satisfies readonly ReportStatus[];
/** Who approved a report and when, and the editions stored then. */
export type ApprovalContent = NonNullable<Schema.ReportContent["approved"]>;
export type EditionContent = NonNullable<ApprovalContent["editions"]>[number];
/** What was corrected in a published report, and when. */
export type CorrectionContent = NonNullable<Schema.ReportContent["corrections"]>[number];

/** An organisation that owns or delivers the strategy; its contact is who a progress return goes to. */
export type OrganisationContent = Schema.StrategyContent["organisations"][number];
export type ContactContent = NonNullable<OrganisationContent["contact"]>;
/** A recommendation with the reason for it and the actions and risks it concerns. */
export type RecommendationContent = Exclude<Schema.RecommendationContent, string>;

/** Likelihood and impact, each 1 (lowest) to 5 (highest). */
export type RiskScore = Schema.ScoreContent;
export type RiskContent = Schema.RiskContent;
export type RiskReviewContent = NonNullable<Schema.RiskContent["reviews"]>[number];

export type EasyReadSection = Schema.EasyReadContent["sections"][number];
export type EasyReadPoint = EasyReadSection["points"][number];
export type EasyReadImage = NonNullable<EasyReadPoint["image"]>;

/** Everything one strategy folder holds. */
export interface StrategyFiles {
  strategy: Schema.StrategyContent;
  /** The drivers, when the strategy names any (drivers.yaml is optional). */
  drivers?: Schema.DriversContent;
  themes: Schema.ThemeContent[];
  /** plan.yaml with every action of the plan, from plan/*.yaml too, in plan order. */
  plan: Schema.PlanContent & { actions: Schema.ActionContent[] };
  reports: Schema.ReportsContent;
  /** The risk register, when the strategy keeps one (risks.yaml). */
  risks?: Schema.RisksContent;
  /** The optional easy-read summary. */
  easyRead?: Schema.EasyReadContent;
  /** The outcome measures, when the strategy declares any (measures.yaml). */
  measures?: MeasuresContent;
}
