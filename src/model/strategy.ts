import type {
  ActionContent,
  ActionKind,
  ObjectiveContent,
  Publisher,
  DriverContent,
  EasyReadContent,
  PolicyDocumentContent,
  ReportContent,
  SiteContent,
  StatementContent,
  StrategyContent,
  TextList,
  ThemeContent,
  UpdateContent,
  IsoDate,
} from "./content.ts";
import type { GoldenThread } from "./golden-thread.ts";
import type { DueAt, DueRevision } from "./decisions.ts";
import type { ReportProgress, TrendPoint } from "./report.ts";
import type { Measure } from "./measures.ts";
import type { Risk } from "./risks.ts";
import type { Rollup, Tally } from "./rollup.ts";
import type { ActionProgress } from "./status.ts";
import type { Lead } from "./leads.ts";
import type { Words } from "./words.ts";
import type { PaperSettings, StatedImplication } from "./paper-settings.ts";
import type { RatingScale } from "./ratings.ts";

/** A pointer to another item, small enough to hand to templates without cycles. */
export interface Ref {
  id: string;
  title: string;
}

export interface Action extends Omit<ActionContent, "kind" | "themes" | "drivers" | "lead" | "leads" | "ref"> {
  /** Position in the plan, from 1. */
  number: number;
  /** The action's number as readers see it: the plan's own reference (1.1.6); its position in a plan that numbers none; else null (build.ts actionRef). */
  ref: string | null;
  /** How lists name it: "1.1.6. Its title", or its title alone when it has no number. */
  name: string;
  kind: ActionKind;
  /** The themes it serves, its objective's theme included. */
  themes: string[];
  drivers: string[];
  /** Every lead in words, for a table cell. */
  lead: string;
  leads: Lead[];
  /** The objective it serves, or null. */
  objectiveRef: (Ref & { ref: string | null }) | null;
  /** The due date in force, in words: "30 June 2018", "July to September 2017", "Ongoing". */
  dueLabel: string;
  themeRefs: Ref[];
  driverRefs: Ref[];
  fromRefs: Ref[];
  towardsRefs: Ref[];
  dependsOnRefs: Ref[];
  /** Progress as at the model's date. */
  progress: ActionProgress;
  /** Every update, newest first. */
  history: UpdateContent[];
  /** The due date in force at the model's date, with the plan's original and the decision that changed it. */
  dueAt: DueAt;
  /** Every approved change to the due date, oldest first. */
  dueRevisions: DueRevision[];
  /** The measures the plan puts on this action, in file order; present only in a strategy with measures. */
  measureIds?: string[];
  /** Status and percent at each report's period end, oldest first. */
  timeline: {
    reportId: string;
    title: string;
    asAt: IsoDate;
    status: ActionProgress["status"];
    percent: number | null;
  }[];
}

export interface Objective extends ObjectiveContent {
  actionIds: string[];
  tally: Tally;
  /** The measures the plan puts on this objective; present only in a strategy with measures. */
  measureIds?: string[];
}

export interface Theme extends Omit<ThemeContent, "objectives" | "issues" | "initiatives"> {
  issues: string[];
  initiatives: ThemeContent["initiatives"] & {};
  objectives: Objective[];
  actionIds: string[];
  driverRefs: Ref[];
  tally: Tally;
  /** Every measure that rolls up to this theme: its own, its objectives' and its actions'; present only in a strategy with measures. */
  measureIds?: string[];
}

export interface Driver extends DriverContent {
  actionIds: string[];
  themeIds: string[];
  tally: Tally;
}

export interface Statement extends StatementContent {
  /** Actions that move away from (current model) or towards (desired model) this statement. */
  actionIds: string[];
}

export interface ServiceModel {
  year: number;
  title: string;
  statements: Statement[];
}

/** A report: its content with recommendations and decisions in the model's form, and its progress. */
export interface Report extends Omit<ReportContent, "recommendations" | "decisions">, ReportProgress {
  /** The implications the paper settings list, as this report states them ("Not stated" where text is null). */
  implicationList: StatedImplication[];
  /** The outcome measures as at the period end; absent when the strategy declares none. */
  measures?: Measure[];
}

export interface Rollups {
  status: Rollup[];
  theme: Rollup[];
  driver: Rollup[];
  horizon: Rollup[];
  lead: Rollup[];
  /** By lead organisation, in the order strategy.yaml declares them; only those that lead an action. */
  organisation: Rollup[];
  kind: Rollup[];
}

/** One strategy with everything derived from its progress: the only thing outputs read. */
export interface StrategyModel {
  id: string;
  meta: StrategyContent;
  /** What the strategy calls its levels and outputs. */
  words: Words;
  /**
   * The strategy's own rating scale (its word and colour for each status) and whether it reports stages;
   * present only when it declares one, so a strategy without publishes what it did before (scaleOf gives
   * the tool's scale then).
   */
  ratingScale?: RatingScale;
  /** Who publishes the strategy: its own publisher, else the site's. */
  publisher: Publisher;
  /** The board paper's house form: cover rows, implications, body text size. */
  paper: PaperSettings;
  stalenessDays: number;
  /** The day progress is shown as at: the build day in the strategy's time zone, or its last day once its period has ended (clock.ts). */
  asAt: IsoDate;
  /** The strategy's last day when its period has ended, else null: the site then says so. */
  ended: IsoDate | null;
  drivers: Driver[];
  driversIntro: string | null;
  policyDocuments: { intro: string | null; items: PolicyDocumentContent[] };
  messages: TextList | null;
  themes: Theme[];
  wayForward: string | null;
  /** The service models, when the plan has them. */
  currentModel: ServiceModel | null;
  desiredModel: ServiceModel | null;
  actions: Action[];
  reports: Report[];
  latestReport: Report | null;
  /** The risk register as at the model's date (empty when the strategy keeps none). */
  risks: Risk[];
  /** Whether the strategy keeps a risk register (risks.yaml); without one, nothing is said about risks it has not named. */
  hasRiskRegister: boolean;
  /** Status counts at each report's period end, oldest first. */
  trend: TrendPoint[];
  tally: Tally;
  rollups: Rollups;
  goldenThread: GoldenThread;
  /**
   * The outcome measures with every value recorded, in file order (a report's own hold only the values
   * dated by its period end); absent, not empty, when the strategy declares none, so a strategy without
   * measures publishes exactly what it did before they existed.
   */
  measures?: Measure[];
  /** The easy-read summary, with its title settled; null when the strategy has none. */
  easyRead: (EasyReadContent & { title: string }) | null;
  /** How many of each the strategy holds; `commissioningIntentions` counts the actions of that kind. */
  counts: {
    themes: number;
    initiatives: number;
    issues: number;
    actions: number;
    commissioningIntentions: number;
    updates: number;
    drivers: number;
  };
}

/** Everything one build publishes. */
export interface SiteModel {
  site: SiteContent;
  strategies: StrategyModel[];
  /** Reports exempt from publication, left out of everything the site publishes. */
  withheld?: WithheldReport[];
}

/** A report kept off the public site: which, and under which paragraph of Schedule 12A. */
export interface WithheldReport {
  strategyId: string;
  reportId: string;
  title: string;
  paragraph: number;
}
