import {
  FLAG_LABELS,
  HORIZON_TITLE,
  rollupBy,
  type Action,
  type Measure,
  type Report,
  type Rollup,
  type SiteModel,
  type StrategyModel,
  type Theme,
} from "../model/index.ts";
import { csvColumns, openData, type CsvColumns, type OpenData } from "./open-data.ts";
import { SCHEMAS_DIR } from "./paths.ts";

/**
 * The facets the dashboard filters by, in the order it offers them. `key` names the model's roll-up;
 * `param` is the facet's name in the address (`?timescale=short`, `/dashboard/timescale/short/`).
 */
export const FACETS = [
  { key: "status", param: "status", label: "Status" },
  { key: "attention", param: "attention", label: "Needs attention" },
  { key: "theme", param: "theme", label: "Theme" },
  { key: "lead", param: "lead", label: "Lead" },
  { key: "organisation", param: "organisation", label: "Lead organisation" },
  { key: "horizon", param: "timescale", label: HORIZON_TITLE },
] as const;
export type Facet = (typeof FACETS)[number]["key"];

/** One pre-built filtered view of the dashboard, e.g. every action at risk. */
export interface FilterView {
  facet: Facet;
  param: string;
  facetLabel: string;
  slug: string;
  rollup: Rollup;
}

/** How one strategy's dashboard can be filtered: the views by facet, and each action's filter tokens. */
export interface StrategyFilters {
  facets: { key: Facet; param: string; label: string; views: FilterView[] }[];
  /** Space-separated `param:slug` tokens per action id, for the in-page filter script. */
  tokens: Record<string, string>;
}

/** A file the build wrote that pages link to, with what a reader wants to know before downloading it. */
export interface Download {
  bytes: number;
  /** Pages, for a PDF. */
  pages?: number;
}

/** Everything the templates read: the model, and the model regrouped into the lists pages are made from. */
export interface SiteData {
  site: SiteModel["site"];
  strategies: StrategyModel[];
  /** The language of pages that belong to no one strategy (the site root, search, 404). */
  language: string;
  illustrative: boolean;
  /** The titles of the strategies whose progress is example data: pages of the whole site name only those. */
  illustrativeTitles: string[];
  /** The strategies that name drivers, each of which has a drivers page. */
  driverPages: StrategyModel[];
  actionPages: { strategy: StrategyModel; action: Action }[];
  themePages: { strategy: StrategyModel; theme: Theme }[];
  reportPages: { strategy: StrategyModel; report: Report }[];
  filterPages: { strategy: StrategyModel; view: FilterView }[];
  /** The strategies that have an easy-read summary. */
  easyReadPages: StrategyModel[];
  /** The strategies that have made a report: each has a page listing its reports. */
  reportIndexPages: StrategyModel[];
  /** The strategies that keep a risk register: each has a risk register page. */
  riskPages: StrategyModel[];
  /** The strategies that declare outcome measures: each has a measures page. */
  measurePages: StrategyModel[];
  /** Each outcome measure, with its strategy: each has a page of its own. */
  measureItemPages: { strategy: StrategyModel; measure: Measure }[];
  filters: Record<string, StrategyFilters>;
  openData: OpenData;
  /** Each strategy's CSV columns for its open data page, described in its own words. */
  csvColumns: Record<string, CsvColumns>;
}

export function siteData(model: SiteModel): SiteData {
  const { strategies } = model;
  const filters = Object.fromEntries(strategies.map((s) => [s.id, strategyFilters(s)]));
  return {
    site: model.site,
    strategies,
    language: strategies[0]?.meta.language ?? "en",
    illustrative: strategies.some((s) => s.meta.illustrative === true),
    illustrativeTitles: strategies.filter((s) => s.meta.illustrative === true).map((s) => s.meta.title),
    driverPages: strategies.filter((s) => s.drivers.length > 0),
    actionPages: strategies.flatMap((strategy) => strategy.actions.map((action) => ({ strategy, action }))),
    themePages: strategies.flatMap((strategy) => strategy.themes.map((theme) => ({ strategy, theme }))),
    reportPages: strategies.flatMap((strategy) => strategy.reports.map((report) => ({ strategy, report }))),
    filterPages: strategies.flatMap((strategy) =>
      (filters[strategy.id]?.facets ?? []).flatMap((f) => f.views.map((view) => ({ strategy, view }))),
    ),
    easyReadPages: strategies.filter((s) => s.easyRead !== null),
    riskPages: strategies.filter((s) => s.hasRiskRegister),
    reportIndexPages: strategies.filter((s) => s.reports.length > 0),
    measurePages: strategies.filter((s) => (s.measures?.length ?? 0) > 0),
    measureItemPages: strategies.flatMap((strategy) =>
      (strategy.measures ?? []).map((measure) => ({ strategy, measure })),
    ),
    filters,
    openData: openData(SCHEMAS_DIR),
    csvColumns: Object.fromEntries(strategies.map((s) => [s.id, csvColumns(s.words, s)])),
  };
}

/** The filtered views come straight from the model's roll-ups, so a view lists exactly the actions it counts. */
export function strategyFilters(strategy: StrategyModel): StrategyFilters {
  const tokens: Record<string, string[]> = Object.fromEntries(strategy.actions.map((a) => [a.id, []]));
  // A facet with nothing to choose (no horizons, no lead organisations) is not offered at all.
  const offered = FACETS.filter(({ key }) => key === "attention" || _choices(strategy, key).some((r) => r.total > 0));
  const facets = offered.map(({ key, param, label: defaultLabel }) => {
    // The theme facet is called what the strategy calls its themes.
    const label = key === "theme" ? strategy.words.theme.singular : defaultLabel;
    const rollups = key === "attention" ? _attention(strategy) : _choices(strategy, key);
    const slugs = _uniqueSlugs(rollups.map((r) => r.key));
    const views = rollups.map((rollup, i) => ({
      facet: key,
      param,
      facetLabel: label,
      slug: slugs[i] ?? rollup.key,
      rollup,
    }));
    for (const view of views) for (const id of view.rollup.actionIds) tokens[id]?.push(`${param}:${view.slug}`);
    return { key, param, label, views };
  });
  return { facets, tokens: Object.fromEntries(Object.entries(tokens).map(([id, t]) => [id, t.join(" ")])) };
}

/**
 * The groups a facet offers. A lead that is an organisation leading exactly the actions its lead
 * organisation view lists is offered once, as that organisation: the two would be the same page.
 */
function _choices(strategy: StrategyModel, key: Exclude<Facet, "attention">): Rollup[] {
  if (key !== "lead") return strategy.rollups[key];
  const same = (lead: Rollup) =>
    strategy.rollups.organisation.some(
      (o) => o.label === lead.label && o.actionIds.join(" ") === lead.actionIds.join(" "),
    );
  return strategy.rollups.lead.filter((lead) => !same(lead));
}

/** The open actions the model flags as overdue or with no recent update: where the problems are. */
function _attention(strategy: StrategyModel): Rollup[] {
  const groups = [
    { key: "overdue", label: FLAG_LABELS.overdue },
    { key: "no-recent-update", label: FLAG_LABELS.stale },
  ];
  const keysOf = (a: Action) => [
    ...(a.progress.overdue ? ["overdue"] : []),
    ...(a.progress.stale ? ["no-recent-update"] : []),
  ];
  return rollupBy(strategy.actions, keysOf, (a) => a.progress, groups);
}

/** A slug's longest form: it becomes a folder name, and file systems refuse names over 255 bytes. */
const MAX_SLUG = 60;

/** URL-safe names for free-text keys such as leads; a name already taken gets a number; a long one is cut at a word. */
function _uniqueSlugs(keys: readonly string[]): string[] {
  const taken = new Set<string>();
  return keys.map((key) => {
    const full = key
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    const base =
      (full.length > MAX_SLUG ? full.slice(0, MAX_SLUG).replace(/-[^-]*$/, "") || full.slice(0, MAX_SLUG) : full) ||
      "item";
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
