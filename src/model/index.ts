/** The strategy model: typed content and every rule that derives progress from it. No I/O. */
export * from "./content.ts";
export * from "./strategy.ts";
export { buildStrategy, buildSite, numberedTitle } from "./build.ts";
export { clockDay, strategyClock, periodEndOf, type Clock, type StrategyClock } from "./clock.ts";
export { indexById, itemsWithIds, groupByKeys } from "./by-id.ts";
export { STATUS_COLOURS } from "./status-colours.ts";
export { updatesInOrder, updatesNewestFirst } from "./updates.ts";
export {
  inPeriod,
  afterPeriod,
  reportHolding,
  type Period,
  type Due,
  ONGOING,
  duePeriod,
  isDue,
  dueBy,
  pastDue,
  dueLabel,
  dueWhen,
  compareDue,
} from "./periods.ts";
export { wordsOf, word, type Word, type Words } from "./words.ts";
export { counted, listed, formFor, pluralOf } from "./counting.ts";
export { mentionTarget, mentionedId, withMentions, type Mentioned } from "./mentions.ts";
export {
  STATUS_LABELS,
  FLAG_LABELS,
  HORIZON_TITLE,
  HORIZON_LABELS,
  KIND_LABELS,
  REASON_LABELS,
  CHANGE_LABELS,
  PURPOSE_LABELS,
  DECISION_LABELS,
  RISK_RATING_LABELS,
  RISK_STATUS_LABELS,
  OVERDUE_MEANING,
  asAtWords,
  periodEndedWords,
  dueInForceWords,
  reasonLabel,
  reasonsSentence,
  NOT_REPORTED,
  percentLabel,
  averageLabel,
  averageCoverage,
} from "./labels.ts";
export {
  statusAt,
  percentAt,
  isOverdue,
  isStale,
  progressAt,
  latestUpdate,
  isClosed,
  DEFAULT_STALENESS_DAYS,
  PROGRESS_STATUSES,
  statusesIn,
  type ActionProgress,
  type ProgressStatus,
} from "./status.ts";
export { changeBetween, changesBetween, type ActionChange, type ChangeKind } from "./changes.ts";
export { tally, rollupBy, type Tally, type Rollup } from "./rollup.ts";
export { goldenThread, type GoldenThread } from "./golden-thread.ts";
export {
  reportProgress,
  exceptionReasons,
  type ReportException,
  type ExceptionReason,
  type TrendPoint,
  type FollowedDecision,
} from "./report.ts";
export {
  recommendations,
  decisions,
  dueAt,
  dueRevisions,
  movesDueDates,
  type Recommendation,
  type Decision,
  type DueAt,
  type DueRevision,
} from "./decisions.ts";
export { rate, risksAt, type Risk, type RiskRating, type RatedScore } from "./risks.ts";
export { daysBetween, longDate, monthName, addMonths, addDays } from "./dates.ts";
export {
  leadOrganisations,
  allLeadOrganisations,
  leadsOf,
  leadLabel,
  leadsLabel,
  leadKey,
  ALL_PARTNERS,
  type Lead,
  type LeadOrganisation,
} from "./leads.ts";
export {
  measuresAt,
  measureStatus,
  readingStatus,
  measureDistance,
  measureValueText,
  expectedAt,
  MEASURE_STATUSES,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUS_MEANING,
  ON_TRACK_MEANING,
  PERIOD_TARGET_MEANING,
  periodTargetMeaning,
  measureStatusLabel,
  measureExceptions,
  measuresForBoard,
  measureCounts,
  type MeasureException,
  type Measure,
  type MeasureContent,
  type MeasuresContent,
  type MeasurePoint,
  type MeasureDistance,
  type MeasureStatus,
  type MeasureDirection,
  type MeasureReading,
  type MeasurePeriodTarget,
  type MeasurePlaces,
  type Comparator,
  type ComparatorContent,
  type MeasureTolerance,
} from "./measures.ts";
export {
  paperSettings,
  notStated,
  implicationOf,
  reportImplications,
  type StatedImplication,
  coverGiven,
  exemptParagraph,
  COVER_FIELDS,
  COVER_LABELS,
  DERIVED_COVER_FIELDS,
  DEFAULT_BODY_SIZE,
  SMALLEST_BODY_SIZE,
  type PaperSettings,
  type PaperSettingsContent,
  type CoverField,
  type CoverRow,
  type ImplicationHeading,
  type ImplicationContent,
} from "./paper-settings.ts";
export { withoutExempt } from "./exempt.ts";
export {
  ratingScaleOf,
  ratingLook,
  contrastRatio,
  statusChoices,
  statusFromWord,
  statusInSentence,
  scaleOf,
  TOOL_SCALE,
  STAGES,
  STAGE_LABELS,
  type RatingScale,
  type StatusLook,
  type Stage,
} from "./ratings.ts";
export {
  measureTargets,
  targetFor,
  rateAgainstTarget,
  toleranceBand,
  toleranceText,
  type MeasureTarget,
  type MeasureTargetContent,
  type MeasureToleranceContent,
  type ToleranceAmount,
  type TargetRating,
} from "./measure-targets.ts";
export {
  measureTravel,
  travelBetween,
  TRAVEL_LABELS,
  TRAVEL_GLYPHS,
  type Travel,
  type TravelFrom,
  type MeasureTravel,
} from "./measure-travel.ts";
export { nextValue, MEASURE_FREQUENCIES, type MeasureFrequency, type NextValue } from "./measure-due.ts";
export {
  actionsToReturn,
  countedIn,
  returnsStatus,
  organisationContact,
  returnsLate,
  RETURN_STATES,
  RETURN_STATE_LABELS,
  type ReturnState,
  type OrganisationReturn,
} from "./returns-status.ts";
export {
  isDraft,
  withoutDrafts,
  openReport,
  defaultRecordDate,
  nextReport,
  periodWords,
  type DefaultDate,
  type NextReport,
} from "./open-report.ts";
