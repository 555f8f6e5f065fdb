/** The shapes of the content files once they have passed validation: field names as in the YAML. */

export const STATUSES = ["not-started", "on-track", "at-risk", "off-track", "complete", "withdrawn"] as const;
export type Status = (typeof STATUSES)[number];
export const HORIZONS = ["short", "medium", "long"] as const;
export type Horizon = (typeof HORIZONS)[number];
export const ACTION_KINDS = ["action", "commissioning-intention"] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export type Commissioning = "commission" | "decommission" | "recommission" | "review";

/** A date written YYYY-MM-DD. Kept as text: it sorts and compares correctly and never shifts with time zones. */
export type IsoDate = string;

export interface Link { title: string; url?: string }
export interface Person { name: string; role?: string }
export interface TextList { intro?: string; items: string[] }

export interface SiteContent {
  title: string;
  publisher: { name: string; url?: string; logo?: string; colour?: string };
  base_url?: string;
  path_prefix?: string;
  accessibility_checked?: IsoDate;
  accessibility_manual_checks?: string[];
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
export interface ThemeContent {
  id: string;
  order: number;
  title: string;
  summary?: string;
  issues: string[];
  initiatives: InitiativeContent[];
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
}

export interface MilestoneContent { title: string; due: IsoDate; done?: IsoDate }

export interface ActionContent {
  id: string;
  title: string;
  description?: string;
  kind: ActionKind;
  commissioning?: Commissioning;
  themes: string[];
  drivers: string[];
  horizon: Horizon;
  lead: string;
  partners?: string[];
  start: IsoDate;
  due: IsoDate;
  milestones?: MilestoneContent[];
  from?: string[];
  towards?: string[];
  depends_on?: string[];
  updates?: UpdateContent[];
}

export interface PlanContent {
  way_forward?: string;
  current_model: ServiceModelContent;
  desired_model: ServiceModelContent;
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
  recommendations: string[];
  risks?: string;
  implications?: { financial?: string; legal?: string; equalities?: string };
}

export interface ReportsContent { reports: ReportContent[] }

/** Everything one strategy folder holds. */
export interface StrategyFiles {
  strategy: StrategyContent;
  drivers: DriversContent;
  themes: ThemeContent[];
  plan: PlanContent;
  reports: ReportsContent;
  /** The optional easy-read summary. */
  easyRead?: EasyReadContent;
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
