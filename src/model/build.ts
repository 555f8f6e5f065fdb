import {
  HORIZONS,
  type ActionContent,
  type Publisher,
  type ServiceModelContent,
  type StrategyFiles,
  type SiteContent,
  type ThemeContent,
} from "./content.ts";
import { strategyClock, type Clock } from "./clock.ts";
import { groupByKeys } from "./by-id.ts";
import { goldenThread } from "./golden-thread.ts";
import { dueAt, dueRevisions } from "./decisions.ts";
import { updatesNewestFirst } from "./updates.ts";
import { reportProgress } from "./report.ts";
import { measuresAt, type Measure, type MeasurePlaces } from "./measures.ts";
import { risksAt } from "./risks.ts";
import { rollupBy, tally } from "./rollup.ts";
import { DEFAULT_STALENESS_DAYS, progressAt, statusesIn } from "./status.ts";
import { HORIZON_LABELS, KIND_LABELS } from "./labels.ts";
import { ratingScaleOf } from "./ratings.ts";
import { leadKey, leadOrganisations, leadsLabel, leadsOf } from "./leads.ts";
import { dueLabel } from "./periods.ts";
import { wordsOf } from "./words.ts";
import { updateWithMentions, withMentions, type Mentioned } from "./mentions.ts";
import type { Action, Ref, Report, ServiceModel, SiteModel, StrategyModel } from "./strategy.ts";
import {
  exemptParagraph,
  paperSettings,
  reportImplications,
  type PaperSettings,
  type PaperSettingsContent,
} from "./paper-settings.ts";
import { withoutExempt } from "./exempt.ts";

/** The site's publisher when a strategy is built on its own (a test, a single-strategy folder) and names none. */
const _NO_PUBLISHER: Publisher = { name: "" };

/**
 * Builds the model of one strategy from its validated files, as at the clock's day (clock.ts). Pure:
 * the same files and clock give the same model.
 */
export function buildStrategy(
  written: StrategyFiles,
  clock: Clock,
  sitePublisher: Publisher = _NO_PUBLISHER,
  sitePaper?: PaperSettingsContent,
): StrategyModel {
  const files = _settled(written);
  const { strategy, plan } = files;
  const drivers = files.drivers?.drivers ?? [];
  const stalenessDays = strategy.staleness_days ?? DEFAULT_STALENESS_DAYS;
  const themes = [...files.themes].sort((a, b) => a.order - b.order);
  const objectives = new Map(themes.flatMap((t) => (t.objectives ?? []).map((o) => [o.id, o] as const)));
  const { asAt, ended } = strategyClock(strategy, clock);
  const titles = _titleIndex(files);
  const refs = (ids: readonly string[] | undefined): Ref[] =>
    (ids ?? []).map((id) => ({ id, title: titles.get(id) ?? id }));

  const refOf = (a: ActionContent, i: number) => actionRef(plan.actions, a, i);
  const nameOf = (a: ActionContent, i: number) => {
    return numberedTitle(refOf(a, i), a.title);
  };
  const revisions = dueRevisions(plan.actions, files.reports.reports);
  const themeGroups = themes.map((t) => ({ key: t.id, label: t.title }));
  const measures = files.measures?.measures.length ? files.measures : null;
  const paper = paperSettings(strategy.paper as PaperSettingsContent | undefined, sitePaper);
  const scale = ratingScaleOf(strategy);
  const builtReports = _reports(files, themeGroups, stalenessDays, revisions, paper);
  const planned: Action[] = plan.actions.map((a, i) => {
    const due = dueAt(a, revisions.get(a.id) ?? [], asAt);
    const leads = leadsOf(a, strategy.organisations);
    const objective = a.objective ? objectives.get(a.objective) : undefined;
    return {
      ...a,
      number: i + 1,
      ref: refOf(a, i),
      name: nameOf(a, i),
      kind: a.kind ?? "action",
      themes: a.themes ?? [],
      drivers: a.drivers ?? [],
      lead: leadsLabel(leads),
      leads,
      objectiveRef: objective ? { id: objective.id, title: objective.title, ref: objective.ref ?? null } : null,
      dueLabel: dueLabel(due.due),
      themeRefs: refs(a.themes),
      driverRefs: refs(a.drivers),
      fromRefs: refs(a.from),
      towardsRefs: refs(a.towards),
      dependsOnRefs: refs(a.depends_on),
      // Overdue is judged against the due date in force, which a board decision may have moved.
      progress: progressAt({ ...a, due: due.due }, asAt, stalenessDays),
      history: updatesNewestFirst(a.updates),
      dueAt: due,
      dueRevisions: revisions.get(a.id) ?? [],
      timeline: builtReports.map((r) => ({
        reportId: r.id,
        title: r.title,
        asAt: r.asAt,
        status: r.progress[a.id]?.status ?? "not-reported",
        percent: r.progress[a.id]?.percent ?? null,
      })),
    };
  });
  const places = measures ? _measurePlaces(themes, planned, strategy) : null;
  const reports = builtReports.map((r) =>
    measures && places ? { ...r, measures: measuresAt(measures, { date: r.asAt, asAt: r.asAt }, places, scale) } : r,
  );
  const allMeasures = measures && places ? measuresAt(measures, { date: null, asAt }, places, scale) : null;
  // Where the plan puts each measure, for the pages of its theme, objective and action; only a strategy
  // with measures has these lists, so one without publishes exactly what it did before measures existed.
  const measureIds = (pick: (m: Measure) => readonly string[]) => {
    const groups = allMeasures ? groupByKeys(allMeasures, pick) : null;
    return (id: string) => (groups ? { measureIds: (groups.get(id) ?? []).map((m) => m.id) } : {});
  };
  const measuresOfTheme = measureIds((m) => m.themeIds);
  const measuresOfObjective = measureIds((m) => (m.objective ? [m.objective.id] : []));
  const measuresOfAction = measureIds((m) => (m.action ? [m.action.id] : []));
  const actions: Action[] = planned.map((a) => ({ ...a, ...measuresOfAction(a.id) }));
  const progressOf = (a: Action) => a.progress;
  const allTally = tally(actions.map(progressOf));
  // One pass per kind of link, not one pass over every action per theme, driver or statement.
  const byTheme = groupByKeys(actions, (a) => a.themes);
  const byDriver = groupByKeys(actions, (a) => a.drivers);
  const byObjective = groupByKeys(actions, (a) => (a.objective ? [a.objective] : []));
  const themesByDriver = groupByKeys(themes, (t) => t.drivers);
  const actionsWith = (groups: Map<string, Action[]>, id: string): Action[] => groups.get(id) ?? [];
  return {
    id: strategy.id,
    meta: strategy,
    words: wordsOf(strategy),
    ...(scale.own || scale.stages ? { ratingScale: scale } : {}),
    publisher: strategy.publisher ?? sitePublisher,
    paper,
    stalenessDays,
    asAt,
    ended,
    drivers: drivers.map((d) => {
      const driven = actionsWith(byDriver, d.id);
      return {
        ...d,
        actionIds: driven.map((a) => a.id),
        themeIds: (themesByDriver.get(d.id) ?? []).map((t) => t.id),
        tally: tally(driven.map(progressOf)),
      };
    }),
    driversIntro: files.drivers?.intro ?? null,
    policyDocuments: {
      intro: files.drivers?.policy_documents?.intro ?? null,
      items: files.drivers?.policy_documents?.items ?? [],
    },
    messages: files.drivers?.messages ?? null,
    themes: themes.map((t) => {
      const under = actionsWith(byTheme, t.id);
      const objectivesOf = (t.objectives ?? []).map((o) => {
        const serving = actionsWith(byObjective, o.id);
        return {
          ...o,
          actionIds: serving.map((a) => a.id),
          tally: tally(serving.map(progressOf)),
          ...measuresOfObjective(o.id),
        };
      });
      return {
        ...t,
        issues: t.issues ?? [],
        initiatives: t.initiatives ?? [],
        objectives: objectivesOf,
        actionIds: under.map((a) => a.id),
        driverRefs: refs(t.drivers),
        tally: tally(under.map(progressOf)),
        ...measuresOfTheme(t.id),
      };
    }),
    wayForward: plan.way_forward ?? null,
    currentModel: plan.current_model
      ? _serviceModel(plan.current_model, "Current service model", actions, (a) => a.from)
      : null,
    desiredModel: plan.desired_model
      ? _serviceModel(plan.desired_model, "Desired service model", actions, (a) => a.towards)
      : null,
    actions,
    reports,
    latestReport: reports.at(-1) ?? null,
    risks: risksAt(files.risks?.risks ?? [], asAt),
    hasRiskRegister: files.risks !== undefined,
    ...(allMeasures ? { measures: allMeasures } : {}),
    trend: reports.at(-1)?.trend ?? [],
    tally: allTally,
    rollups: {
      status: rollupBy(
        actions,
        (a) => [a.progress.status],
        progressOf,
        statusesIn([allTally], scale).map((s) => ({ key: s, label: scale.words[s] })),
      ),
      theme: rollupBy(actions, (a) => a.themes, progressOf, themeGroups),
      driver: rollupBy(
        actions,
        (a) => a.drivers,
        progressOf,
        drivers.map((d) => ({ key: d.id, label: d.title })),
      ),
      horizon: rollupBy(
        actions,
        (a) => (a.horizon ? [a.horizon] : []),
        progressOf,
        HORIZONS.map((h) => ({ key: h, label: HORIZON_LABELS[h] })),
      ),
      // One group per person (or organisation, when no person is named), however their leads are written.
      lead: rollupBy(actions, (a) => [...new Set(a.leads.map(leadKey))], progressOf),
      organisation: rollupBy(
        actions,
        (a) => [...new Set(a.leads.flatMap((l) => (l.organisation ? [l.organisation.id] : [])))],
        progressOf,
        strategy.organisations.map((o) => ({ key: o.id, label: o.name })),
      ).filter((r) => r.total > 0),
      kind: rollupBy(
        actions,
        (a) => [a.kind],
        progressOf,
        Object.entries(KIND_LABELS).map(([key, label]) => ({ key, label })),
      ),
    },
    easyRead: files.easyRead
      ? { ...files.easyRead, title: files.easyRead.title ?? `${strategy.title}: easy read` }
      : null,
    goldenThread: goldenThread(plan.actions, plan.desired_model?.statements ?? [], themes, drivers.length > 0),
    counts: {
      themes: themes.length,
      initiatives: themes.reduce((n, t) => n + (t.initiatives?.length ?? 0), 0),
      issues: themes.reduce((n, t) => n + (t.issues?.length ?? 0), 0),
      actions: actions.length,
      commissioningIntentions: actions.filter((a) => a.kind === "commissioning-intention").length,
      updates: actions.reduce((n, a) => n + (a.updates?.length ?? 0), 0),
      drivers: drivers.length,
    },
  };
}

/** Titles in British English alphabetical order, the same on every machine whatever its locale. */
const _TITLE_ORDER = new Intl.Collator("en-GB");

/**
 * Everything a build publishes. A report exempt from publication (Schedule 12A) is left out of the
 * site model altogether, so no page, paper, feed or data file can show it; `withheld` names each one
 * for the build's summary. `strategy-press report` asks for them (`exempt`), to write an exempt paper.
 */
export function buildSite(
  site: SiteContent,
  strategies: readonly StrategyFiles[],
  clock: Clock,
  options: { exempt?: boolean } = {},
): SiteModel {
  const whole = (s: StrategyFiles) =>
    buildStrategy(s, clock, site.publisher, site.paper as PaperSettingsContent | undefined);
  const built = strategies
    .map((s) => (options.exempt ? { strategy: whole(s), withheld: [] } : withoutExempt(whole(s))))
    .sort((a, b) => _TITLE_ORDER.compare(a.strategy.meta.title, b.strategy.meta.title));
  return { site, strategies: built.map((b) => b.strategy), withheld: built.flatMap((b) => b.withheld) };
}

/**
 * The files with each action's themes settled: those it names and its objective's theme, so every
 * rule that groups by theme (roll-ups, reports, the golden thread) sees an action under its objective.
 * Mentions of other actions by id in its description and updates read as their number and title.
 */
function _settled(files: StrategyFiles): StrategyFiles {
  const themeOf = new Map(files.themes.flatMap((t) => (t.objectives ?? []).map((o) => [o.id, t.id] as const)));
  const word = wordsOf(files.strategy).action.lower;
  const mentioned = new Map<string, Mentioned>(
    files.plan.actions.map((a, i) => {
      const ref = actionRef(files.plan.actions, a, i);
      return [a.id, { id: a.id, text: ref ? `${word} ${ref} (${a.title})` : a.title }];
    }),
  );
  const settle = (written: ActionContent): ActionContent => {
    const a: ActionContent = {
      ...written,
      ...(written.description !== undefined ? { description: withMentions(written.description, mentioned) } : {}),
      ...(written.updates ? { updates: written.updates.map((u) => updateWithMentions(u, mentioned)) } : {}),
    };
    const theme = a.objective ? themeOf.get(a.objective) : undefined;
    const themes = a.themes ?? [];
    return theme && !themes.includes(theme) ? { ...a, themes: [...themes, theme] } : { ...a, themes };
  };
  return { ...files, plan: { ...files.plan, actions: files.plan.actions.map(settle) } };
}

/** What measures can be attached to, by id, with the names and leads a measure shows. */
function _measurePlaces(
  themes: readonly ThemeContent[],
  actions: readonly Action[],
  strategy: StrategyFiles["strategy"],
): MeasurePlaces {
  return {
    themes: new Map(themes.map((t) => [t.id, t.title])),
    objectives: new Map(
      themes.flatMap((t) =>
        (t.objectives ?? []).map((o) => [o.id, { title: o.title, ref: o.ref ?? null, theme: t.id }] as const),
      ),
    ),
    actions: new Map(
      actions.map((a) => [a.id, { title: a.title, ref: a.ref, themes: a.themes, organisations: leadOrganisations(a) }]),
    ),
    organisations: new Map(strategy.organisations.map((o) => [o.id, o.name])),
  };
}

function _titleIndex(files: StrategyFiles): Map<string, string> {
  const index = new Map<string, string>();
  for (const t of files.themes) index.set(t.id, t.title);
  for (const d of files.drivers?.drivers ?? []) index.set(d.id, d.title);
  for (const s of [...(files.plan.current_model?.statements ?? []), ...(files.plan.desired_model?.statements ?? [])])
    index.set(s.id, s.text);
  for (const a of files.plan.actions) index.set(a.id, a.title);
  return index;
}

function _serviceModel(
  content: ServiceModelContent,
  heading: string,
  actions: readonly Action[],
  pick: (a: Action) => readonly string[] | undefined,
): ServiceModel {
  const moving = groupByKeys(actions, pick);
  return {
    year: content.year,
    title: content.title ?? `${heading} ${content.year}`,
    statements: content.statements.map((s) => ({ ...s, actionIds: (moving.get(s.id) ?? []).map((a) => a.id) })),
  };
}

function _reports(
  files: StrategyFiles,
  themes: { key: string; label: string }[],
  stalenessDays: number,
  revisions: ReturnType<typeof dueRevisions>,
  paper: PaperSettings,
): Report[] {
  const ordered = [...files.reports.reports].sort((a, b) => (a.period.end < b.period.end ? -1 : 1));
  const built: Report[] = [];
  for (const r of ordered) {
    const { recommendations: _r, decisions: _d, ...rest } = r;
    // A public report follows on from the public report before it: it never points back to an exempt one.
    const earlier = exemptParagraph(r) === null ? built.filter((b) => exemptParagraph(b) === null) : built;
    const inputs = {
      actions: files.plan.actions,
      themes,
      stalenessDays,
      revisions,
      risks: files.risks?.risks ?? [],
      earlier,
    };
    built.push({ ...rest, ...reportProgress(r, inputs), implicationList: reportImplications(r, paper) });
  }
  return built;
}

/**
 * An action's number as readers see it: the plan's own `ref` ("1.1.6"). A plan that numbers none of its
 * actions is numbered in plan order (1, 2, 3…), as a numbered list is; in a plan that numbers some, an
 * action it leaves unnumbered has no number at all, so a count by position never sits beside a real ref.
 */
/**
 * A title with its number before it, as the plan writes a numbered line: a plain number takes a full stop,
 * as in a numbered list ("1. To develop…"); a ref that is a code of its own ("2.01.02", "1.1.6") stands
 * apart from the title by a space alone, since a stop after it would read as part of the code.
 */
export function numberedTitle(ref: string | null | undefined, title: string): string {
  if (!ref) return title;
  return /^\d+$/.test(ref) ? `${ref}. ${title}` : `${ref} ${title}`;
}

export function actionRef(actions: readonly ActionContent[], action: ActionContent, index: number): string | null {
  if (action.ref) return action.ref;
  return _numbersNone(actions) ? String(index + 1) : null;
}

const _unnumbered = new WeakMap<readonly ActionContent[], boolean>();

/** Whether a plan gives no action a ref, worked out once per plan. */
function _numbersNone(actions: readonly ActionContent[]): boolean {
  let none = _unnumbered.get(actions);
  if (none === undefined) _unnumbered.set(actions, (none = !actions.some((a) => a.ref)));
  return none;
}
