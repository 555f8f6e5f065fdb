/** The strategy model: typed content and every rule that derives progress from it. No I/O. */
export * from "./content.ts";
export * from "./strategy.ts";
export { buildStrategy, buildSite } from "./build.ts";
export { indexById, itemsWithIds, groupByKeys } from "./by-id.ts";
export { STATUS_COLOURS } from "./status-colours.ts";
export { updatesInOrder, updatesNewestFirst } from "./updates.ts";
export { inPeriod, afterPeriod, reportHolding, type Period, type Due, ONGOING, duePeriod, isDue, dueBy, pastDue, dueLabel, dueWhen, compareDue } from "./periods.ts";
export { wordsOf, word, type Word, type Words } from "./words.ts";
export { mentionTarget, mentionedId, withMentions, type Mentioned } from "./mentions.ts";
export {
  STATUS_LABELS, FLAG_LABELS, HORIZON_TITLE, HORIZON_LABELS, KIND_LABELS, REASON_LABELS, CHANGE_LABELS, PURPOSE_LABELS, DECISION_LABELS,
  RISK_RATING_LABELS, RISK_STATUS_LABELS, OVERDUE_MEANING, reasonLabel, reasonsSentence, NOT_REPORTED, percentLabel, averageLabel, averageCoverage,
} from "./labels.ts";
export { statusAt, percentAt, isOverdue, isStale, progressAt, latestUpdate, isClosed, DEFAULT_STALENESS_DAYS, type ActionProgress } from "./status.ts";
export { changeBetween, changesBetween, type ActionChange, type ChangeKind } from "./changes.ts";
export { tally, rollupBy, type Tally, type Rollup } from "./rollup.ts";
export { goldenThread, type GoldenThread } from "./golden-thread.ts";
export { reportProgress, exceptionReasons, type ReportException, type ExceptionReason, type TrendPoint, type FollowedDecision } from "./report.ts";
export { recommendations, decisions, dueAt, dueRevisions, type Recommendation, type Decision, type DueAt, type DueRevision } from "./decisions.ts";
export { rate, risksAt, type Risk, type RiskRating, type RatedScore } from "./risks.ts";
export { daysBetween, longDate, monthName } from "./dates.ts";
export { leadOrganisations, allLeadOrganisations, leadsOf, leadLabel, leadsLabel, leadKey, ALL_PARTNERS, type Lead, type LeadOrganisation } from "./leads.ts";
export {
  measuresAt, measureStatus, measureDistance, measureValueText, expectedAt, MEASURE_STATUSES, MEASURE_STATUS_LABELS, ON_TRACK_MEANING,
  type Measure, type MeasureContent, type MeasuresContent, type MeasurePoint, type MeasureDistance, type MeasureStatus, type MeasureDirection,
} from "./measures.ts";
export {
  paperSettings, notStated, implicationOf, reportImplications, type StatedImplication, coverGiven, exemptParagraph, COVER_FIELDS, COVER_LABELS, DERIVED_COVER_FIELDS, DEFAULT_BODY_SIZE, SMALLEST_BODY_SIZE,
  type PaperSettings, type PaperSettingsContent, type CoverField, type CoverRow, type ImplicationHeading, type ImplicationContent,
} from "./paper-settings.ts";
export { withoutExempt } from "./exempt.ts";
