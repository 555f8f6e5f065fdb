import type { ReportContent } from "./content.ts";

/**
 * The board paper's house form: which rows its cover sheet has and what they are called, which
 * implications every report states, and the body text size. A site declares it in site.yaml
 * (`paper`), a strategy may declare its own in strategy.yaml; what neither declares takes the
 * defaults below, the form of an English Health and Wellbeing Board paper.
 */

/** The cover-sheet rows a paper can have; each is filled from the report, the strategy or the build. */
export const COVER_FIELDS = [
  "board",
  "meeting",
  "agenda_item",
  "title",
  "purpose",
  "period",
  "report_of",
  "author",
  "contact",
  "sponsor",
  "sign_off",
  "wards",
  "access",
  "key_decision",
  "call_in",
  "classification",
  "lead_organisation",
  "strategy",
  "priority",
  "address",
] as const;
export type CoverField = (typeof COVER_FIELDS)[number];

/** Each row's usual label; a council may call any row what its own template does. */
export const COVER_LABELS: Record<CoverField, string> = {
  board: "Board",
  meeting: "Meeting date",
  agenda_item: "Agenda item",
  title: "Report title",
  purpose: "Purpose",
  period: "Reporting period",
  report_of: "Report of",
  author: "Author",
  contact: "Author contact",
  sponsor: "Sponsor",
  sign_off: "Officer sign-off",
  wards: "Wards affected",
  access: "Public or exempt",
  key_decision: "Key decision",
  call_in: "Subject to call-in",
  classification: "Classification",
  lead_organisation: "Lead organisation",
  strategy: "Strategy",
  priority: "Strategy priority",
  address: "This report online",
};

/** Rows every report can fill without being told (the board, the meeting, the title…): never "Not stated". */
export const DERIVED_COVER_FIELDS: ReadonlySet<CoverField> = new Set([
  "board",
  "meeting",
  "title",
  "purpose",
  "period",
  "strategy",
  "address",
]);

/** Rows of the default cover shown only where the report gives them: a clerk does not expect them of every paper. */
const _SHOWN_WHEN_GIVEN: ReadonlySet<CoverField> = new Set(["agenda_item", "lead_organisation", "priority"]);

const _DEFAULT_COVER: readonly CoverField[] = [
  "board",
  "meeting",
  "agenda_item",
  "title",
  "purpose",
  "period",
  "author",
  "contact",
  "sponsor",
  "sign_off",
  "wards",
  "access",
  "lead_organisation",
  "strategy",
  "priority",
  "address",
];

/**
 * The implications an English Health and Wellbeing Board paper states unless the council lists its
 * own. Engagement was one of the fixed four before councils could list their own: a report that gives
 * it still prints it, and one that does not is not asked for it.
 */
const _DEFAULT_IMPLICATIONS: readonly ImplicationHeading[] = [
  { key: "financial", title: "Financial" },
  { key: "legal", title: "Legal" },
  { key: "equalities", title: "Equalities" },
  { key: "engagement", title: "Engagement and consultation", optional: true },
];

/** The body text size, in points, unless the settings say otherwise; never below the smallest readable size. */
export const DEFAULT_BODY_SIZE = 12;
export const SMALLEST_BODY_SIZE = 11;

export interface ImplicationHeading {
  key: string;
  title: string;
  /** Printed only where the report gives it. */ optional?: boolean;
}

/** How site.yaml or strategy.yaml writes the settings. */
export interface PaperSettingsContent {
  body_size?: number;
  cover?: (CoverField | { field: CoverField; label: string })[];
  implications?: (string | { key: string; title: string })[];
}

export interface CoverRow {
  field: CoverField;
  label: string;
  /** Shown only when the report gives it. */ optional: boolean;
}

export interface PaperSettings {
  bodySize: number;
  cover: CoverRow[];
  implications: ImplicationHeading[];
}

/** The settings in force for a strategy: its own, else the site's, else the defaults, one part at a time. */
export function paperSettings(
  strategy: PaperSettingsContent | undefined,
  site: PaperSettingsContent | undefined,
): PaperSettings {
  const cover = strategy?.cover ?? site?.cover;
  const implications = strategy?.implications ?? site?.implications;
  return {
    bodySize: Math.max(SMALLEST_BODY_SIZE, strategy?.body_size ?? site?.body_size ?? DEFAULT_BODY_SIZE),
    cover: cover
      ? cover.map((row) =>
          typeof row === "string"
            ? { field: row, label: COVER_LABELS[row], optional: false }
            : { field: row.field, label: row.label, optional: false },
        )
      : _DEFAULT_COVER.map((field) => ({ field, label: COVER_LABELS[field], optional: _SHOWN_WHEN_GIVEN.has(field) })),
    implications: implications
      ? implications.map((i) => (typeof i === "string" ? { key: _key(i), title: i } : i))
      : [..._DEFAULT_IMPLICATIONS],
  };
}

/** "Crime and disorder" → "crime-and-disorder": the key a report gives the implication's text under. */
function _key(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** An implication as a report gives it: the text alone, or the text and who signed it off. */
export type ImplicationContent = string | { text: string; signed_off_by?: string };

/** The implication's words and sign-off, or null when the report is silent on it. */
export function implicationOf(
  report: Pick<ReportContent, "implications">,
  key: string,
): { text: string; signedOffBy: string | null } | null {
  const given = (report.implications as Record<string, ImplicationContent | undefined> | undefined)?.[key];
  if (given === undefined) return null;
  return typeof given === "string"
    ? { text: given, signedOffBy: null }
    : { text: given.text, signedOffBy: given.signed_off_by ?? null };
}

/** Whether the report gives a cover row's value itself (the derived rows always have one). */
export function coverGiven(report: Omit<ReportContent, "recommendations" | "decisions">, field: CoverField): boolean {
  switch (field) {
    case "contact":
      return Boolean(report.contact?.email || report.contact?.phone);
    case "sign_off":
      return (report.sign_off ?? []).length > 0;
    case "access":
      return report.access !== undefined;
    case "report_of":
    case "author":
    case "sponsor":
    case "wards":
    case "key_decision":
    case "call_in":
    case "classification":
    case "agenda_item":
    case "lead_organisation":
    case "priority":
      return report[field] !== undefined;
    default:
      return DERIVED_COVER_FIELDS.has(field);
  }
}

/**
 * What a clerk expects of this report that it does not say: each cover row the settings require and
 * each implication they list, by its label. The paper reads "Not stated" for each; validation warns.
 */
export function notStated(report: ReportContent, settings: PaperSettings): string[] {
  const rows = settings.cover
    .filter((row) => !row.optional && !coverGiven(report, row.field))
    .map((row) => row.label.toLowerCase());
  const implications = settings.implications
    .filter((i) => !i.optional && implicationOf(report, i.key) === null)
    .map((i) => `${i.title.toLowerCase()} implications`);
  return [...rows, ...implications];
}

/** Whether the report is exempt from publication, and under which paragraph of Schedule 12A. */
export function exemptParagraph(report: Pick<ReportContent, "access">): number | null {
  return typeof report.access === "object" ? report.access.exempt : null;
}

/** One implication as a paper or page states it: its heading, its words (null where the report is silent) and who signed it off. */
export interface StatedImplication {
  key: string;
  title: string;
  text: string | null;
  signedOffBy: string | null;
}

/** The implications a report states, in the settings' order; one shown only where given is left out where it is not. */
export function reportImplications(
  report: Pick<ReportContent, "implications">,
  settings: PaperSettings,
): StatedImplication[] {
  return settings.implications.flatMap((heading) => {
    const given = implicationOf(report, heading.key);
    if (!given && heading.optional) return [];
    return [
      { key: heading.key, title: heading.title, text: given?.text ?? null, signedOffBy: given?.signedOffBy ?? null },
    ];
  });
}
