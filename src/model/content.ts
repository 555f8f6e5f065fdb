/** The shapes of the content files once they have passed validation: field names as in the YAML. */
// measures.yaml's shapes live beside the measure rules, in measures.ts.
import type { MeasuresContent } from "./measures.ts";
import type { ImplicationContent, PaperSettingsContent } from "./paper-settings.ts";

export const STATUSES = ["not-started", "on-track", "at-risk", "off-track", "complete", "withdrawn"] as const;
export type Status = (typeof STATUSES)[number];
export const HORIZONS = ["short", "medium", "long"] as const;
export type Horizon = (typeof HORIZONS)[number];
export const ACTION_KINDS = ["action", "commissioning-intention"] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export type Commissioning = "commission" | "decommission" | "recommission" | "review";

/** A date written YYYY-MM-DD. Kept as text: it sorts and compares correctly and never shifts with time zones. */
export type IsoDate = string;
/** A due date as plans write it: a day, a month, a quarter, a financial year or `ongoing` (periods.ts). */
export type DueDate = string;

export interface Link { title: string; url?: string }
export interface Person { name: string; role?: string }
export interface TextList { intro?: string; items: string[] }

export interface Publisher { name: string; url?: string; logo?: string; colour?: string }

export interface SiteContent {
  title: string;
  publisher: Publisher;
  base_url?: string;
  path_prefix?: string;
  accessibility_checked?: IsoDate;
  accessibility_manual_checks?: string[];
  /** The board paper's house form: cover-sheet rows, implications, body text size. */
  paper?: PaperSettingsContent;
}

export interface StrategyContent {
  id: string;
  title: string;
  short_title?: string;
  organisations: { id: string; name: string; role?: string }[];
  area?: string;
  period: { start: number; end: number };
  status: "draft" | "consultation" | "published";
  version?: string;
  published?: IsoDate;
  board: string;
  contact?: { name: string; email?: string; phone?: string; url?: string };
  licence?: { name: string; url?: string };
  language: string;
  related?: Link[];
  illustrative?: boolean;
  staleness_days?: number;
  /** IANA time zone for "today" (default Europe/London). */
  time_zone?: string;
  context?: string;
  purpose?: TextList;
  vision: string;
  principles?: TextList;
  care_model?: { title: string; text: string; figure_alt?: string };
  themes_intro?: string;
  /** Who publishes this strategy, when it is not the site's publisher. */
  publisher?: Publisher;
  /** What the strategy calls its levels and outputs, where they differ from the defaults (words.ts). */
  words?: WordsContent;
  /** The board paper's house form for this strategy, where it differs from the site's. */
  paper?: PaperSettingsContent;
}

/** A word as written: one form (the plural adds an s), or both forms. */
export type WordContent = string | { singular: string; plural?: string };
export interface WordsContent {
  theme?: WordContent;
  objective?: WordContent;
  action?: WordContent;
  report?: WordContent;
  measure?: WordContent;
  paper?: WordContent;
  /** The body progress reports go to. */
  board?: string;
}

export interface DriverContent { id: string; title: string; year?: string; summary: string; implications?: string[] }
export interface PolicyDocumentContent { id: string; title: string; year?: string }
export interface DriversContent {
  intro?: string;
  drivers: DriverContent[];
  policy_documents?: { intro?: string; items: PolicyDocumentContent[] };
  messages?: TextList;
}

export interface InitiativeContent { id: string; text: string }
/** The optional level between a theme and its actions, declared under its theme. */
export interface ObjectiveContent { id: string; ref?: string; title: string; summary?: string }
export interface ThemeContent {
  id: string;
  order: number;
  title: string;
  summary?: string;
  issues?: string[];
  initiatives?: InitiativeContent[];
  objectives?: ObjectiveContent[];
  drivers?: string[];
}

export interface StatementContent { id: string; text: string }
export interface ServiceModelContent { year: number; title?: string; statements: StatementContent[] }

export interface UpdateContent {
  date: IsoDate;
  status: Status;
  percent?: number;
  note: string;
  by?: string;
  report?: string;
  evidence?: Link[];
  /** For an action at risk or off track: why, what is being done about it, and what the board is asked for. */
  reason?: string;
  recovery?: string;
  /** A new due date the update proposes; it takes effect only once a board decision approves it. */
  revised_due?: IsoDate;
  request?: string;
}

export interface MilestoneContent { title: string; due: DueDate; done?: IsoDate }

/** One lead of an action as written: a person, an organisation id, or both; or every partner together. */
export type LeadContent = "all-partners" | { person?: string; organisation?: string };

export interface ActionContent {
  id: string;
  title: string;
  description?: string;
  /** The action's number as the plan writes it, e.g. 1.1.6. */
  ref?: string;
  kind?: ActionKind;
  commissioning?: Commissioning;
  themes?: string[];
  /** The objective the action serves; its theme is then one of the action's themes. */
  objective?: string;
  drivers?: string[];
  horizon?: Horizon;
  lead?: string;
  leads?: LeadContent[];
  partners?: string[];
  start?: IsoDate;
  due: DueDate;
  milestones?: MilestoneContent[];
  from?: string[];
  towards?: string[];
  depends_on?: string[];
  updates?: UpdateContent[];
}

export interface PlanContent {
  way_forward?: string;
  current_model?: ServiceModelContent;
  desired_model?: ServiceModelContent;
  actions: ActionContent[];
}

export interface ReportContent {
  id: string;
  title: string;
  board: string;
  meeting: IsoDate;
  agenda_item?: string;
  period: { start: IsoDate; end: IsoDate };
  author?: Person;
  sponsor?: Person;
  lead_organisation?: string;
  purpose: "decision" | "assurance" | "information";
  priority?: string;
  summary?: string;
  recommendations: (string | RecommendationContent)[];
  risks?: string;
  /** Each implication the paper settings list, by key: its text, or its text and who signed it off. */
  implications?: Record<string, ImplicationContent>;
  /** Who the report is from, e.g. "Strategic Director of Peoples Services". */
  report_of?: string;
  /** The wards the report affects, or every ward. */
  wards?: "all" | string[];
  /** Public, or exempt from publication under a paragraph of Schedule 12A to the Local Government Act 1972. */
  access?: "public" | { exempt: number };
  key_decision?: boolean;
  call_in?: boolean;
  /** The protective marking, e.g. OFFICIAL. */
  classification?: string;
  /** How to reach the author. */
  contact?: { email?: string; phone?: string };
  /** Who signed the paper off before it went to the board. */
  sign_off?: { name: string; role?: string; date?: IsoDate }[];
  options?: string;
  background_papers?: Link[];
  /** The board's decision on each recommendation, recorded after the meeting. */
  decisions?: DecisionContent[];
}

/** A recommendation with the reason for it and the actions and risks it concerns. */
export interface RecommendationContent {
  text: string;
  reason?: string;
  actions?: string[];
  risks?: string[];
}

export const DECISION_OUTCOMES = ["agreed", "agreed-with-changes", "deferred", "rejected"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface DecisionContent {
  /** The recommendation's number in the report, from 1. */
  recommendation: number;
  decision: DecisionOutcome;
  note?: string;
  /** A due date the decision approved: it replaces the action's due date from the meeting on. */
  revised_due?: { action: string; due: IsoDate }[];
  /** What was done about the decision after the meeting, for the next report. */
  follow_up?: string;
}

export interface ReportsContent { reports: ReportContent[] }

export const RISK_STATUSES = ["open", "closed"] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** Likelihood and impact, each 1 (lowest) to 5 (highest). */
export interface RiskScore { likelihood: number; impact: number }

export interface RiskReviewContent {
  date: IsoDate;
  note: string;
  /** The rating after mitigation as it stands at this review. */
  likelihood?: number;
  impact?: number;
  status?: RiskStatus;
}

export interface RiskContent {
  id: string;
  title: string;
  description?: string;
  owner: string;
  /** When the risk was entered on the register; it appears in reports from then on. */
  raised: IsoDate;
  before_mitigation: RiskScore;
  after_mitigation: RiskScore;
  mitigation: string;
  actions?: string[];
  status?: RiskStatus;
  reviews?: RiskReviewContent[];
}

export interface RisksContent { risks: RiskContent[] }

/** Everything one strategy folder holds. */
export interface StrategyFiles {
  strategy: StrategyContent;
  /** The drivers, when the strategy names any (drivers.yaml is optional). */
  drivers?: DriversContent;
  themes: ThemeContent[];
  plan: PlanContent;
  reports: ReportsContent;
  /** The risk register, when the strategy keeps one (risks.yaml). */
  risks?: RisksContent;
  /** The optional easy-read summary. */
  easyRead?: EasyReadContent;
  /** The outcome measures, when the strategy declares any (measures.yaml). */
  measures?: MeasuresContent;
}

export interface EasyReadImage { file: string; alt: string }
export interface EasyReadPoint { text: string; image?: EasyReadImage }
export interface EasyReadSection { heading: string; points: EasyReadPoint[] }
/** A strategy in short, plain sentences (easy-read.yaml): what it is for, what will change, how to have a say. */
export interface EasyReadContent {
  title?: string;
  written_for_site?: boolean;
  note?: string;
  sections: EasyReadSection[];
}
