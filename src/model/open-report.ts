import type { ActionContent, IsoDate, ReportContent, UpdateContent } from "./content.ts";
import { daysBetween, daysInMonth, monthName } from "./dates.ts";
import { inPeriod, type Period } from "./periods.ts";

/** A report is a draft while it is being written; one without a status was published before drafts were kept. */
export function isDraft(report: Pick<ReportContent, "status">): boolean {
  return report.status === "draft";
}

/**
 * The open report: the newest draft, the one progress is being gathered for now. Returns, updates
 * and measure values default to it; null when no report is open.
 */
export function openReport<R extends Pick<ReportContent, "status" | "period">>(reports: readonly R[]): R | null {
  const drafts = reports.filter(isDraft);
  return drafts.reduce<R | null>(
    (newest, r) => (newest === null || r.period.end > newest.period.end ? r : newest),
    null,
  );
}

/** The date a new record gets when none is given, and why. */
export interface DefaultDate {
  date: IsoDate;
  because: "today" | "period-end";
}

/**
 * The date of an update or a measure's value given without one: today, unless a report is open and
 * today is outside its period; then the period's last day, so nothing is recorded for a time the
 * report does not cover (a value dated after the strategy ended, say).
 */
export function defaultRecordDate(open: Pick<ReportContent, "period"> | null, today: IsoDate): DefaultDate {
  if (!open || inPeriod(today, open.period)) return { date: today, because: "today" };
  return { date: open.period.end, because: "period-end" };
}

/** The report `report new` opens, before the author fills it in. */
export interface NextReport {
  id: string;
  title: string;
  meeting: IsoDate;
  period: Period;
}

/**
 * The report after the last one, by rule: its period starts the day after the last one's ended
 * and runs as many whole months (or, when the last period was not whole months, as many days); its
 * meeting is as many days after its period's end as the last meeting was after the last period's; its
 * id follows the last id's form (the meeting's or the period end's year and month, 2015-09); its
 * title is the last title with the period in words brought forward ("…, March to August 2015"), else
 * "Progress report, <period>". Each can be given instead (`end`, `meeting`, `id`); an id that cannot
 * be worked out is null.
 */
export function nextReport(
  last: Pick<ReportContent, "id" | "title" | "meeting" | "period">,
  given: { end?: IsoDate; meeting?: IsoDate; id?: string } = {},
): Omit<NextReport, "id"> & { id: string | null } {
  const start = _addDays(last.period.end, 1);
  const end = given.end ?? _sameLength(last.period, start);
  const meeting = given.meeting ?? _addDays(end, Math.max(0, daysBetween(last.period.end, last.meeting)));
  const id = given.id ?? _idLike(last, { meeting, end });
  const lastWords = periodWords(last.period);
  const title = last.title.endsWith(lastWords)
    ? `${last.title.slice(0, -lastWords.length)}${periodWords({ start, end })}`
    : `Progress report, ${periodWords({ start, end })}`;
  return { id, title, meeting, period: { start, end } };
}

/** A period in words, as report titles write it: "March to August 2015", "October 2014 to February 2015". */
export function periodWords(period: Period): string {
  const [sy, sm] = [period.start.slice(0, 4), monthName(Number(period.start.slice(5, 7)))];
  const [ey, em] = [period.end.slice(0, 4), monthName(Number(period.end.slice(5, 7)))];
  if (period.start.slice(0, 7) === period.end.slice(0, 7)) return `${em} ${ey}`;
  return sy === ey ? `${sm} to ${em} ${ey}` : `${sm} ${sy} to ${em} ${ey}`;
}

/** The end of a period starting on `start` as long as `last`: whole months when `last` was whole months. */
function _sameLength(last: Period, start: IsoDate): IsoDate {
  const months = _wholeMonths(last);
  if (months !== null && start.endsWith("-01")) {
    const index = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + months - 1;
    const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
    return `${year}-${String(month).padStart(2, "0")}-${String(daysInMonth(year, month)).padStart(2, "0")}`;
  }
  return _addDays(start, daysBetween(last.start, last.end));
}

/** How many whole calendar months a period covers, or null when it does not start on a 1st and end on a month's last day. */
function _wholeMonths(period: Period): number | null {
  const [ey, em, ed] = period.end.split("-").map(Number) as [number, number, number];
  if (!period.start.endsWith("-01") || ed !== daysInMonth(ey, em)) return null;
  const [sy, sm] = period.start.split("-").map(Number) as [number, number];
  return (ey - sy) * 12 + (em - sm) + 1;
}

/** An id in the last one's form: its meeting's year and month, or its period end's; null when it is neither. */
function _idLike(
  last: Pick<ReportContent, "id" | "meeting" | "period">,
  next: { meeting: IsoDate; end: IsoDate },
): string | null {
  if (last.id === last.meeting.slice(0, 7)) return next.meeting.slice(0, 7);
  if (last.id === last.period.end.slice(0, 7)) return next.end.slice(0, 7);
  return null;
}

function _addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A strategy as a published build shows it: without its draft reports, and with the updates counted in
 * a draft no longer naming it (they are progress all the same, but the report they will count in
 * does not exist yet for readers). The live preview shows the drafts, marked as drafts.
 */
export function withoutDrafts<F extends { reports: { reports: ReportContent[] }; plan: { actions: ActionContent[] } }>(
  files: F,
): F {
  const drafts = new Set(files.reports.reports.filter(isDraft).map((r) => r.id));
  if (drafts.size === 0) return files;
  const unnamed = (u: UpdateContent): UpdateContent => {
    if (u.report === undefined || !drafts.has(u.report)) return u;
    const { report: _draft, ...rest } = u;
    return rest;
  };
  return {
    ...files,
    reports: { ...files.reports, reports: files.reports.reports.filter((r) => !isDraft(r)) },
    plan: {
      ...files.plan,
      actions: files.plan.actions.map((a) =>
        a.updates?.some((u) => u.report !== undefined && drafts.has(u.report))
          ? { ...a, updates: a.updates.map(unnamed) }
          : a,
      ),
    },
  };
}
