/* Written by `npm run compile` from schemas/*.schema.json: edit the schemas, not this file. */
/* eslint-disable */

/**
 * One recommendation: a sentence, or an object giving its text, its reason and what it concerns. (A sentence is checked as text, anything else as the object.)
 */
export type RecommendationContent =
  | string
  | {
      /**
       * What the board is asked to do.
       */
      text: string;
      /**
       * Why the board is asked to do it.
       */
      reason?: string;
      /**
       * Ids of the actions the recommendation concerns; the paper points to their exceptions.
       *
       * Items: A short name used to link to this item: lower-case letters, digits and hyphens, e.g. a01-generic-model. Unique across the strategy.
       */
      actions?: string[];
      /**
       * Ids of the risks (risks.yaml) the recommendation concerns.
       *
       * Items: A short name used to link to this item: lower-case letters, digits and hyphens, e.g. a01-generic-model. Unique across the strategy.
       */
      risks?: string[];
    };
/**
 * What the strategy calls something: one word or phrase (the plural adds an s), or { singular, plural, lower, lower_plural }. It keeps its capitals where the strategy wrote them: a phrase in title case (Corporate Performance Report) keeps them mid-sentence; one in sentence case (Board report) reads board report.
 */
export type Word =
  | string
  | {
      /**
       * The word for one, e.g. Priority.
       */
      singular: string;
      /**
       * The word for several, e.g. Priorities.
       */
      plural?: string;
      /**
       * How the word for one is written mid-sentence, where that is not its first letter made small or the word as written: e.g. council plan report for Council Plan Report.
       */
      lower?: string;
      /**
       * How the word for several is written mid-sentence, where it differs as the word for one does.
       */
      lower_plural?: string;
    };

export interface ContentFiles {
  actions?: ActionsContent;
  drivers?: DriversContent;
  "easy-read"?: EasyReadContent;
  measures?: MeasuresContent;
  plan?: PlanContent;
  reports?: ReportsContent;
  risks?: RisksContent;
  site?: SiteContent;
  strategy?: StrategyContent;
  theme?: ThemeContent;
}
/**
 * plan/*.yaml: a share of the plan's actions, for a plan too long for one file. The files are read in name order, after any actions in plan.yaml.
 */
export interface ActionsContent {
  /**
   * The actions and commissioning intentions this file holds, in plan order.
   *
   * @minItems 1
   */
  actions: ActionContent[];
}
/**
 * An action or commissioning intention.
 */
export interface ActionContent {
  /**
   * The action's id, used in its web address.
   */
  id: string;
  /**
   * The action's number in the plan as written, e.g. 1.1.6; shown wherever the action is numbered.
   */
  ref?: string;
  /**
   * The action as the plan words it.
   */
  title: string;
  /**
   * More about the action.
   */
  description?: string;
  /**
   * action (the default), or commissioning-intention for a change in what is commissioned.
   */
  kind?: "action" | "commissioning-intention";
  /**
   * For a commissioning intention: commission, decommission, recommission or review.
   */
  commissioning?: "commission" | "decommission" | "recommission" | "review";
  /**
   * Ids of the themes the action serves; may be left out when the action names its objective.
   *
   * Items: A short name used to link to this item: lower-case letters, digits and hyphens, e.g. a01-generic-model. Unique across the strategy.
   */
  themes?: string[];
  /**
   * The id of the objective (declared in a theme file) the action serves; the action then serves that objective's theme too.
   */
  objective?: string;
  /**
   * Optional: ids of the drivers the action answers to.
   *
   * Items: A short name used to link to this item: lower-case letters, digits and hyphens, e.g. a01-generic-model. Unique across the strategy.
   */
  drivers?: string[];
  /**
   * Optional: short, medium or long term.
   */
  horizon?: "short" | "medium" | "long";
  /**
   * The organisation or person leading the action, as text or an organisation id. For several leads, or a person with their organisation, use leads.
   */
  lead?: string;
  /**
   * Who will do it: each lead a person, an organisation id from strategy.yaml, or both; or all-partners.
   *
   * @minItems 1
   *
   * Items: A person and/or an organisation id, or all-partners.
   */
  leads?: (
    | "all-partners"
    | {
        /**
         * The lead person's name.
         */
        person?: string;
        /**
         * The id of an organisation declared in strategy.yaml.
         */
        organisation?: string;
      }
  )[];
  /**
   * Organisations working with the lead.
   *
   * Items: A partner organisation.
   */
  partners?: string[];
  /**
   * Optional: when work on the action starts.
   */
  start?: string;
  /**
   * When the action is due: a day (2018-06-30), a month (2018-06), a quarter (2017-Q3), a financial year (2017/18), or ongoing.
   */
  due: string;
  /**
   * Steps on the way, with their due dates.
   *
   * Items: A step on the way.
   */
  milestones?: {
    /**
     * What the step is.
     */
    title: string;
    /**
     * When the step is due: a day, month, quarter, financial year, or ongoing.
     */
    due: string;
    /**
     * When the step was done.
     */
    done?: string;
  }[];
  /**
   * Ids of the current-model statements the action moves away from.
   *
   * Items: A short name used to link to this item: lower-case letters, digits and hyphens, e.g. a01-generic-model. Unique across the strategy.
   */
  from?: string[];
  /**
   * Ids of the desired-model statements the action moves towards.
   *
   * Items: A short name used to link to this item: lower-case letters, digits and hyphens, e.g. a01-generic-model. Unique across the strategy.
   */
  towards?: string[];
  /**
   * Ids of actions that must happen first.
   *
   * Items: A short name used to link to this item: lower-case letters, digits and hyphens, e.g. a01-generic-model. Unique across the strategy.
   */
  depends_on?: string[];
  /**
   * The progress updates, oldest first. Add a new one each reporting period; never edit an old one away.
   */
  updates?: UpdateContent[];
}
/**
 * What was reported on a date.
 */
export interface UpdateContent {
  /**
   * The date of the update.
   */
  date: string;
  /**
   * not-started, on-track, at-risk, off-track, complete or withdrawn.
   */
  status: "not-started" | "on-track" | "at-risk" | "off-track" | "complete" | "withdrawn";
  /**
   * Where the work is, for a plan that reports a stage beside its rating: not-started, in-progress or complete.
   */
  stage?: "not-started" | "in-progress" | "complete";
  /**
   * How much of the action is done, 0 to 100.
   */
  percent?: number;
  /**
   * What happened and what comes next.
   */
  note: string;
  /**
   * Who gave the update.
   */
  by?: string;
  /**
   * The id of the board report the update was made for.
   */
  report?: string;
  /**
   * Links to documents that show the progress.
   */
  evidence?: Link[];
  /**
   * For an action at risk or off track: why it is off course.
   */
  reason?: string;
  /**
   * What is being done to bring the action back on track.
   */
  recovery?: string;
  /**
   * A new due date proposed to the board; it takes effect once a board decision approves it.
   */
  revised_due?: string;
  /**
   * What the board is asked to do about this action.
   */
  request?: string;
}
/**
 * A titled link to a document or page.
 */
export interface Link {
  /**
   * What the link points to, in words.
   */
  title: string;
  /**
   * Where the link goes.
   */
  url?: string;
}
/**
 * drivers.yaml: the national policy drivers, the other policy documents, and the messages and implications.
 */
export interface DriversContent {
  /**
   * The text that introduces the key drivers.
   */
  intro?: string;
  /**
   * The key national policy drivers.
   *
   * @minItems 1
   *
   * Items: A national policy driver.
   */
  drivers: {
    /**
     * The id actions and themes use to name this driver.
     */
    id: string;
    /**
     * The policy's title.
     */
    title: string;
    /**
     * The year or years of the policy, as text such as 2011 or 2012/13.
     */
    year?: string;
    /**
     * What the policy says.
     */
    summary: string;
    /**
     * What the policy means for the strategy.
     *
     * Items: One implication.
     */
    implications?: string[];
  }[];
  /**
   * Other key policy documents.
   */
  policy_documents?: {
    /**
     * The text that introduces the list.
     */
    intro?: string;
    /**
     * The documents, in order.
     *
     * Items: A policy document.
     */
    items: {
      /**
       * A short id for the document.
       */
      id: string;
      /**
       * The document's title.
       */
      title: string;
      /**
       * The year or years, as text such as 2010 or 2012/13.
       */
      year?: string;
    }[];
  };
  messages?: TextList;
}
/**
 * An introduction and a list of items.
 */
export interface TextList {
  /**
   * The sentence that introduces the list.
   */
  intro?: string;
  /**
   * The items of the list, in order.
   *
   * @minItems 1
   *
   * Items: One item of the list.
   */
  items: string[];
}
/**
 * easy-read.yaml (optional): the strategy in short, plain sentences: what it is for, what will change for people, and how to have a say. The site gives it a page and the build a PDF of its own.
 */
export interface EasyReadContent {
  /**
   * The summary's title; "<strategy title>: easy read" when left out.
   */
  title?: string;
  /**
   * true when the summary was written for the site from the strategy's text, rather than published with the strategy; the page and the PDF then say so.
   */
  written_for_site?: boolean;
  /**
   * Who wrote the summary and from what, in a sentence; shown under it.
   */
  note?: string;
  /**
   * The summary's sections, in order: usually what the strategy is for, what will change for people, and how to have a say.
   *
   * @minItems 1
   *
   * Items: One section: a heading and its points.
   */
  sections: {
    /**
     * The section's heading, as a question or a short phrase.
     */
    heading: string;
    /**
     * The section's points: each one or two short sentences.
     *
     * @minItems 1
     *
     * Items: One point: short sentences, with an optional picture.
     */
    points: {
      /**
       * The point, in one or two short sentences.
       */
      text: string;
      /**
       * A picture that goes with the point.
       */
      image?: {
        /**
         * The picture's file, a PNG or JPEG, relative to the strategy's folder, e.g. easy-read/meeting.png.
         */
        file: string;
        /**
         * What the picture shows, in words, for anyone who cannot see it.
         */
        alt: string;
      };
    }[];
  }[];
}
/**
 * measures.yaml (optional): the outcome measures (indicators) the strategy is judged by, each with a baseline, its targets (one end target, or one for each year, quarter or month) and the values recorded over time.
 */
export interface MeasuresContent {
  tolerance?: ToleranceContent;
  /**
   * The outcome measures, in the order the site and the board paper list them.
   */
  measures: MeasureContent[];
}
/**
 * How far short of its period's target a value may fall: within green it is still on track, within amber at risk; beyond both, off track. Without a tolerance any shortfall is off track.
 */
export interface ToleranceContent {
  /**
   * A shortfall up to this still counts as on track, e.g. "5%" for "on, above or within 5% of target".
   */
  green?: number | string;
  /**
   * A shortfall up to this (beyond the green tolerance) counts as at risk, e.g. "10%"; beyond it, off track.
   */
  amber?: number | string;
}
/**
 * One outcome measure: what is counted, where it started, its targets, and the values recorded.
 */
export interface MeasureContent {
  /**
   * The measure's id, e.g. m01-employment; unique across the strategy.
   */
  id: string;
  /**
   * The measure's reference as the plan writes it, e.g. 1.2.1.KR, optional.
   */
  ref?: string;
  /**
   * What is measured, in a few words, e.g. "Adults in contact with secondary mental health services in paid employment".
   */
  title: string;
  /**
   * How the measure is defined and counted, optional.
   */
  description?: string;
  /**
   * The id of the theme the measure belongs to; leave out for a measure of the whole strategy.
   */
  theme?: string;
  /**
   * The id of the objective the measure belongs to (its theme is then the objective's); use instead of theme.
   */
  objective?: string;
  /**
   * The id of the action the measure belongs to; use instead of theme or objective.
   */
  action?: string;
  /**
   * The id of the organisation (from strategy.yaml) that reports the measure's values in its progress return; a measure on an action is otherwise its action's leads'.
   */
  lead?: string;
  /**
   * The unit the values are in, e.g. "%", "people" or "per 100,000".
   */
  unit: string;
  /**
   * up when a higher value is better, down when a lower value is better.
   */
  direction: "up" | "down";
  baseline: PointContent;
  target?: PointContent;
  /**
   * A target for each year, quarter or month (any of them): each value is rated against the target for its own period.
   *
   * @minItems 1
   */
  targets?: PeriodTargetContent[];
  tolerance?: ToleranceContent;
  /**
   * How often a new value is published: monthly, quarterly or yearly. With it, the site says when the next value is expected and when it is overdue.
   */
  frequency?: "monthly" | "quarterly" | "yearly";
  /**
   * How many days after a period ends its value is expected, e.g. 45.
   */
  lag_days?: number;
  /**
   * Series to compare the measure with, such as the England average.
   */
  comparators?: ComparatorContent[];
  source?: Link;
  /**
   * true when the values are made-up example data; the site and the board paper then show them as example data.
   */
  illustrative?: boolean;
  /**
   * The values recorded over time, oldest first; a progress update adds one at the end.
   *
   * Items: One value of the measure as recorded.
   */
  values?: {
    /**
     * The date the value describes.
     */
    date: string;
    /**
     * The number, in the measure's unit.
     */
    value: number;
    /**
     * A short note on the value, e.g. a change in how it is counted, optional.
     */
    note?: string;
  }[];
}
/**
 * A value of the measure and the date it describes.
 */
export interface PointContent {
  /**
   * The date the value describes (for a year's figure, the last day of that year or period).
   */
  date: string;
  /**
   * The number, in the measure's unit, e.g. 62.5.
   */
  value: number;
}
/**
 * The value to reach in one year, quarter or month.
 */
export interface PeriodTargetContent {
  /**
   * The period the target is for: a financial year (2024/25), a quarter (2025-Q1, January to March) or a month (2025-06).
   */
  period: string;
  /**
   * The value to reach in that period, in the measure's unit.
   */
  value: number;
}
/**
 * A series to compare the measure with, such as the England or regional average, with its own values and source.
 */
export interface ComparatorContent {
  /**
   * What the series is, e.g. "England average".
   */
  title: string;
  source?: Link;
  /**
   * true when its values are made-up example data.
   */
  illustrative?: boolean;
  /**
   * Its values over time, each with the date it describes.
   *
   * @minItems 1
   */
  values: PointContent[];
}
/**
 * plan.yaml: the actions of the plan and, where the strategy has them, the service models they move between.
 */
export interface PlanContent {
  /**
   * The text that introduces the action plan.
   */
  way_forward?: string;
  current_model?: ModelContent;
  desired_model?: ModelContent;
  /**
   * The actions and commissioning intentions. A long plan may keep them, or some of them, in files under plan/ instead.
   *
   * @minItems 1
   */
  actions?: ActionContent[];
}
/**
 * A service model: the year it describes and its statements.
 */
export interface ModelContent {
  /**
   * The year the model describes.
   */
  year: number;
  /**
   * A heading for the model, e.g. Current service model.
   */
  title?: string;
  /**
   * What services look like in this model.
   *
   * @minItems 1
   *
   * Items: One statement of the model.
   */
  statements: {
    /**
     * The id actions use in from and towards.
     */
    id: string;
    /**
     * The statement.
     */
    text: string;
  }[];
}
/**
 * reports.yaml: the board reports on the strategy's progress.
 */
export interface ReportsContent {
  /**
   * The board reports, oldest first.
   */
  reports: ReportContent[];
}
/**
 * A progress report to the board for one reporting period.
 */
export interface ReportContent {
  /**
   * The report's id, e.g. 2015-03; also its PDF's name.
   */
  id: string;
  /**
   * The report's title.
   */
  title: string;
  /**
   * The board or group the report goes to, named in full, e.g. Dementia Partnership Group; shown on the report and in the list of reports.
   */
  board: string;
  /**
   * The date of the board meeting.
   */
  meeting: string;
  /**
   * The agenda item number, e.g. 7.
   */
  agenda_item?: string;
  /**
   * The period the report covers.
   */
  period: {
    /**
     * The first day of the reporting period.
     */
    start: string;
    /**
     * The last day of the reporting period; progress is reported as at this date.
     */
    end: string;
  };
  author?: Person;
  sponsor?: Person;
  /**
   * The organisation presenting the report.
   */
  lead_organisation?: string;
  /**
   * decision, assurance or information.
   */
  purpose: "decision" | "assurance" | "information";
  /**
   * draft while the report is being written (shown only in the live preview, marked Draft); approved once `strategy-press report approve` has recorded who approved it. A report without a status was published before drafts were kept.
   */
  status?: "draft" | "approved";
  /**
   * Who approved the report and when, recorded by `strategy-press report approve`, with the editions stored then: later builds publish them byte for byte.
   */
  approved?: {
    /**
     * The name of the person who approved the report.
     */
    by: string;
    /**
     * The day the report was approved.
     */
    date: string;
    /**
     * The report's paper as it was approved, one file per format, each with its SHA-256.
     *
     * Items: One stored file of the approved paper.
     */
    editions?: {
      /**
       * The stored file, in the strategy folder's editions/ folder, e.g. editions/2015-09.pdf.
       */
      file: string;
      /**
       * The SHA-256 of the file's bytes, in hexadecimal: a build refuses a stored edition that no longer matches it.
       */
      sha256: string;
    }[];
  };
  /**
   * The day the lead organisations' progress returns for this report are due; `strategy-press returns status` and `remind` count against it.
   */
  returns_due?: string;
  /**
   * The strategy priority the report serves.
   */
  priority?: string;
  /**
   * The report in brief.
   */
  summary?: string;
  /**
   * What the board is asked to do, e.g. The Board is asked to note…; each a sentence, or the sentence with its reason and the actions and risks it concerns.
   *
   * @minItems 1
   */
  recommendations?: RecommendationContent[];
  /**
   * Risks the board should know of.
   */
  risks?: string;
  /**
   * The report's implications, under the keys the paper settings list (default: financial, legal, equalities); each the text, or the text and who signed it off. One not given reads Not stated in the paper, and validation warns.
   */
  implications?: {
    /**
     * The implication in words, or an object with the words and who signed them off.
     */
    [k: string]:
      | string
      | {
          /**
           * The implication in words.
           */
          text: string;
          /**
           * Who signed the implication off, e.g. Jane Smith, Head of Finance.
           */
          signed_off_by?: string;
        }
      | undefined;
  };
  /**
   * Whose report it is, e.g. Strategic Director of People Services.
   */
  report_of?: string;
  /**
   * The wards the report affects as a list of names, or all for every ward.
   */
  wards?: "all" | string[];
  /**
   * public, or exempt with the paragraph of Part 1 of Schedule 12A to the Local Government Act 1972 that applies (1 to 7). An exempt report is never published on the site.
   */
  access?:
    | "public"
    | {
        /**
         * The paragraph of Part 1 of Schedule 12A under which the report is exempt, 1 to 7.
         */
        exempt: number;
      };
  /**
   * Whether the report asks for a key decision.
   */
  key_decision?: boolean;
  /**
   * Whether the decision is subject to call-in.
   */
  call_in?: boolean;
  /**
   * The report's protective marking, e.g. OFFICIAL.
   */
  classification?: string;
  /**
   * How to reach the report's author.
   */
  contact?: {
    /**
     * The author's email address.
     */
    email?: string;
    /**
     * The author's telephone number.
     */
    phone?: string;
  };
  /**
   * The officers who signed the paper off before it went to the board.
   *
   * Items: One officer's sign-off.
   */
  sign_off?: {
    /**
     * The officer's name.
     */
    name: string;
    /**
     * The officer's role, e.g. Director of Public Health.
     */
    role?: string;
    /**
     * The date of the sign-off.
     */
    date?: string;
  }[];
  /**
   * The other courses of action considered, and why they were not recommended.
   */
  options?: string;
  /**
   * Documents the report draws on, with their web addresses where published.
   */
  background_papers?: Link[];
  /**
   * What the board decided on each recommendation, recorded after the meeting.
   */
  decisions?: DecisionContent[];
  /**
   * Corrections recorded against the report after it was published; its page lists them beside the unchanged paper.
   *
   * Items: One correction to the published report.
   */
  corrections?: {
    /**
     * The day the correction was recorded.
     */
    date: string;
    /**
     * What the published report got wrong, and what is right.
     */
    note: string;
    /**
     * Ids of the actions whose updates the correction concerns; `validate` no longer warns about edits to them.
     *
     * Items: A short name used to link to this item: lower-case letters, digits and hyphens, e.g. a01-generic-model. Unique across the strategy.
     */
    actions?: string[];
  }[];
}
/**
 * A named person and their role.
 */
export interface Person {
  /**
   * The person's name.
   */
  name: string;
  /**
   * The person's job title or role.
   */
  role?: string;
}
/**
 * The board's decision on one recommendation.
 */
export interface DecisionContent {
  /**
   * The number of the recommendation decided on, counting from 1.
   */
  recommendation: number;
  /**
   * agreed, agreed-with-changes, deferred or rejected.
   */
  decision: "agreed" | "agreed-with-changes" | "deferred" | "rejected";
  /**
   * What the board said: the changes it made, or why it deferred or rejected.
   */
  note?: string;
  /**
   * Due dates the decision approved; each replaces the action's due date from the meeting on, and the original is kept.
   *
   * Items: An action and its new due date.
   */
  revised_due?: {
    /**
     * The id of the action whose due date changes.
     */
    action: string;
    /**
     * The due date the board approved.
     */
    due: string;
  }[];
  /**
   * What was done about the decision after the meeting; the next report shows it.
   */
  follow_up?: string;
}
/**
 * risks.yaml (optional): the risks to delivering the strategy, rated before and after mitigation, with their reviews.
 */
export interface RisksContent {
  /**
   * The risks, in the order the register lists them.
   */
  risks: RiskContent[];
}
/**
 * One risk on the register.
 */
export interface RiskContent {
  /**
   * The risk's id, e.g. r01-triage-funding.
   */
  id: string;
  /**
   * The risk in a few words.
   */
  title: string;
  /**
   * The cause, the event and its effect.
   */
  description?: string;
  /**
   * Who manages the risk.
   */
  owner: string;
  /**
   * When the risk was entered on the register; reports from then on show it.
   */
  raised: string;
  before_mitigation: ScoreContent;
  after_mitigation: ScoreContent;
  /**
   * What is being done to reduce the risk.
   */
  mitigation: string;
  /**
   * Ids of the actions the risk affects or that mitigate it.
   *
   * Items: A short name used to link to this item: lower-case letters, digits and hyphens, e.g. a01-generic-model. Unique across the strategy.
   */
  actions?: string[];
  /**
   * open or closed, when raised; reviews may change it.
   */
  status?: "open" | "closed";
  /**
   * Dated reviews of the risk, oldest first.
   *
   * Items: One review of the risk.
   */
  reviews?: {
    /**
     * When the risk was reviewed.
     */
    date: string;
    /**
     * What the review found.
     */
    note: string;
    /**
     * The likelihood after mitigation, as reviewed.
     */
    likelihood?: number;
    /**
     * The impact after mitigation, as reviewed.
     */
    impact?: number;
    /**
     * open or closed.
     */
    status?: "open" | "closed";
  }[];
}
/**
 * How likely the risk is and how much harm it would do, each 1 to 5; the rating is their product.
 */
export interface ScoreContent {
  /**
   * How likely the risk is: 1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain.
   */
  likelihood: number;
  /**
   * How much harm it would do: 1 negligible, 2 minor, 3 moderate, 4 major, 5 catastrophic.
   */
  impact: number;
}
/**
 * content/site.yaml: who publishes the strategies and where the site is hosted.
 */
export interface SiteContent {
  /**
   * The name of the whole site, e.g. Northshire Council strategies.
   */
  title: string;
  /**
   * The council or body that publishes the site; its name, logo and colour brand every page.
   */
  publisher: {
    /**
     * The publisher's name, shown in the header of every page.
     */
    name: string;
    /**
     * The publisher's own website.
     */
    url?: string;
    /**
     * Path of an SVG or PNG logo, relative to the content folder.
     */
    logo?: string;
    /**
     * The header colour as #rrggbb; white text must be readable on it (contrast at least 4.5:1).
     */
    colour?: string;
  };
  /**
   * The absolute address the site is published at, e.g. https://strategies.example.gov.uk/; used by the feed and sitemap.
   */
  base_url?: string;
  /**
   * The sub-path the site is hosted under, e.g. /strategies/; / when it is at the domain's root.
   */
  path_prefix?: string;
  /**
   * The SMTP server `strategy-press remind` sends reminders through. The user name and password come only from the environment (STRATEGY_PRESS_SMTP_USER, STRATEGY_PRESS_SMTP_PASSWORD), never from a file.
   */
  mail?: {
    /**
     * The mail server's host name, e.g. smtp.example.gov.uk.
     */
    host: string;
    /**
     * The server's port: 587 (the default) for STARTTLS, 465 for TLS from the start.
     */
    port?: number;
    /**
     * true for a server that speaks TLS from the first byte (port 465); otherwise the connection is upgraded with STARTTLS where the server offers it.
     */
    secure?: boolean;
    /**
     * Who reminders come from, as an address or as Name <address>, e.g. Strategy team <strategy@example.gov.uk>.
     */
    from: string;
  };
  /**
   * The date the site was last checked against WCAG 2.2 AA; the accessibility statement gives it.
   */
  accessibility_checked?: string;
  /**
   * What people checked by hand on that date (for example with a screen reader, or by looking at pages on a phone); the accessibility statement lists them beside the automated checks.
   *
   * Items: One check made by a person, in a sentence.
   */
  accessibility_manual_checks?: string[];
  paper?: PaperSettings;
}
/**
 * The board paper's house form: which rows its cover sheet has and what they are called, which implications every report states, and the body text size. Anything not given takes the default form of an English Health and Wellbeing Board paper.
 */
export interface PaperSettings {
  /**
   * The body text size in points: 12 unless given, never below 11. Tables are 1 point smaller, never below 11.
   */
  body_size?: number;
  /**
   * The cover sheet's rows in order, each a field name or a field with the council's own label. A row the report is silent on reads Not stated, and validation warns. Default: board, meeting, agenda_item, title, purpose, period, author, contact, sponsor, sign_off, wards, access, lead_organisation, strategy, priority, address (agenda_item, lead_organisation and priority shown only where given).
   *
   * @minItems 1
   *
   * Items: A field name, or an object giving the field and the label the council's template uses for it.
   */
  cover?: (
    | (
        | "board"
        | "meeting"
        | "agenda_item"
        | "title"
        | "purpose"
        | "period"
        | "report_of"
        | "author"
        | "contact"
        | "sponsor"
        | "sign_off"
        | "wards"
        | "access"
        | "key_decision"
        | "call_in"
        | "classification"
        | "lead_organisation"
        | "strategy"
        | "priority"
        | "address"
      )
    | {
        /**
         * One of the cover sheet fields.
         */
        field:
          | "board"
          | "meeting"
          | "agenda_item"
          | "title"
          | "purpose"
          | "period"
          | "report_of"
          | "author"
          | "contact"
          | "sponsor"
          | "sign_off"
          | "wards"
          | "access"
          | "key_decision"
          | "call_in"
          | "classification"
          | "lead_organisation"
          | "strategy"
          | "priority"
          | "address";
        /**
         * The row's label, e.g. Final Decision-Maker.
         */
        label: string;
      }
  )[];
  /**
   * The implications every report states, in order: each a heading (its key is the heading in lower case with hyphens, e.g. Crime and disorder → crime-and-disorder) or a key with its heading; an empty list for papers with no implications section. Default: financial, legal, equalities.
   *
   * @minItems 0
   *
   * Items: A heading, or an object giving the key reports use and the heading.
   */
  implications?: (
    | string
    | {
        /**
         * The key a report's implications use, e.g. financial.
         */
        key: string;
        /**
         * The heading shown in the paper, e.g. Financial.
         */
        title: string;
      }
  )[];
}
/**
 * strategy.yaml: who owns the strategy, its period, vision, purposes and principles.
 */
export interface StrategyContent {
  /**
   * The strategy's id; the same as its folder name, and used in its web address.
   */
  id: string;
  /**
   * The strategy's full title.
   */
  title: string;
  /**
   * A short title for navigation and running headers.
   */
  short_title?: string;
  /**
   * The organisations that own or deliver the strategy; actions name their leads by these ids.
   *
   * @minItems 1
   *
   * Items: An owning organisation.
   */
  organisations: {
    /**
     * A short id for the organisation.
     */
    id: string;
    /**
     * The organisation's name.
     */
    name: string;
    /**
     * What the organisation does for the strategy.
     */
    role?: string;
    /**
     * Who a progress return for the actions the organisation leads goes to, and who `strategy-press remind` writes to.
     */
    contact?: {
      /**
       * The contact's name, e.g. Claire Hollis.
       */
      name: string;
      /**
       * The contact's email address.
       */
      email: string;
    };
  }[];
  /**
   * The place the strategy covers.
   */
  area?: string;
  /**
   * The years the strategy runs from and to.
   */
  period: {
    /**
     * The year the strategy starts.
     */
    start: number;
    /**
     * The year the strategy ends.
     */
    end: number;
  };
  /**
   * Where the strategy is in its life: draft, consultation or published.
   */
  status: "draft" | "consultation" | "published";
  /**
   * The version of the strategy document, e.g. 1.0.
   */
  version?: string;
  /**
   * The date the strategy was published.
   */
  published?: string;
  /**
   * The board or group that owns the strategy and receives its progress reports.
   */
  board: string;
  /**
   * Who to contact about the strategy.
   */
  contact?: {
    /**
     * A team or person.
     */
    name: string;
    /**
     * An email address.
     */
    email?: string;
    /**
     * A telephone number.
     */
    phone?: string;
    /**
     * A web page with contact details.
     */
    url?: string;
  };
  /**
   * The licence the strategy and its open data are published under.
   */
  licence?: {
    /**
     * e.g. Open Government Licence v3.0.
     */
    name: string;
    /**
     * Where the licence text is.
     */
    url?: string;
  };
  /**
   * The language of the text, as a BCP 47 tag such as en-GB.
   */
  language: string;
  /**
   * Other strategies this one links to.
   */
  related?: Link[];
  /**
   * true when this strategy's progress data is example data, not real; its pages and papers then say so.
   */
  illustrative?: boolean;
  /**
   * The IANA time zone the strategy is run from, which decides what day "today" is: the day progress is shown as at, and the day of a new progress update (default Europe/London).
   */
  time_zone?: string;
  /**
   * Days without a progress update after which an action counts as stale (default 120).
   */
  staleness_days?: number;
  /**
   * The vision and context: how the strategy fits with others and how it was made.
   */
  context?: string;
  purpose?: TextList;
  /**
   * The vision for services.
   */
  vision: string;
  principles?: TextList;
  /**
   * The model of care the strategy applies, and its figure.
   */
  care_model?: {
    /**
     * The model's title.
     */
    title: string;
    /**
     * The text describing the model.
     */
    text: string;
    /**
     * A text description of the model's figure.
     */
    figure_alt?: string;
  };
  /**
   * The text that introduces the themes.
   */
  themes_intro?: string;
  /**
   * Optional: who publishes this strategy, when it is not the site's publisher (site.yaml); its name, address and colour then brand this strategy's pages and papers (the site's logo stays with the site's publisher).
   */
  publisher?: {
    /**
     * The publisher's name, shown in the header of every page.
     */
    name: string;
    /**
     * The publisher's own website.
     */
    url?: string;
    /**
     * The header colour as #rrggbb; white text must be readable on it (contrast at least 4.5:1).
     */
    colour?: string;
  };
  /**
   * What the strategy calls its levels and outputs, where they differ from the defaults.
   */
  words?: {
    theme?: Word;
    objective?: Word;
    action?: Word;
    report?: Word;
    measure?: Word;
    paper?: Word;
    /**
     * The name of the body progress is reported to, when it is not the owning board, e.g. Dementia Partnership Group.
     */
    board?: string;
  };
  paper?: PaperSettings;
  /**
   * The strategy's own words for progress, where it rates on a scale of its own (e.g. Green, Amber, Red and Completed): each rating is one of the tool's statuses, shown in the strategy's word and colour everywhere — pages, board papers, returns, open data and search. Updates still record the status it means. Leave out to keep the tool's words.
   *
   * @minItems 1
   *
   * Items: One rating of the scale and the status it means.
   */
  ratings?: {
    /**
     * The status this rating is: not-started, on-track, at-risk, off-track, complete or withdrawn; each at most once.
     */
    means: "not-started" | "on-track" | "at-risk" | "off-track" | "complete" | "withdrawn";
    /**
     * The word the strategy uses for it, e.g. Green.
     */
    label: string;
    /**
     * Its colour as #rrggbb, e.g. #00703c; the word is written on it in black or white, whichever reads better. Left out, the status's own colour.
     */
    colour?: string;
  }[];
  /**
   * true when the plan reports each action's stage (not started, in progress, complete) beside its rating; updates then give a stage.
   */
  stages?: boolean;
}
/**
 * themes/*.yaml: one theme (or what the strategy calls its top level), its issues, current initiatives and objectives.
 */
export interface ThemeContent {
  /**
   * The id actions use to name this theme.
   */
  id: string;
  /**
   * The theme's position in the strategy: 1, 2, 3…
   */
  order: number;
  /**
   * The theme's title.
   */
  title: string;
  /**
   * A short description of the theme.
   */
  summary?: string;
  /**
   * Optional: the issues the theme must address.
   *
   * Items: One issue.
   */
  issues?: string[];
  /**
   * Optional: what is already being done under this theme.
   *
   * Items: A current initiative.
   */
  initiatives?: {
    /**
     * A short id for the initiative.
     */
    id: string;
    /**
     * What the initiative is.
     */
    text: string;
  }[];
  /**
   * Optional: ids of the drivers this theme answers to.
   *
   * Items: A short name used to link to this item: lower-case letters, digits and hyphens, e.g. a01-generic-model. Unique across the strategy.
   */
  drivers?: string[];
  /**
   * Optional: the level between the theme and its actions (objectives, or whatever the strategy calls them); actions name the one they serve.
   *
   * Items: One objective of the theme.
   */
  objectives?: {
    /**
     * The id actions use in objective.
     */
    id: string;
    /**
     * The objective's number as written, e.g. 1.1.
     */
    ref?: string;
    /**
     * The objective as the plan words it.
     */
    title: string;
    /**
     * More about the objective.
     */
    summary?: string;
  }[];
}
