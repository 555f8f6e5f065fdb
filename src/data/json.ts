import type { Action, Measure, Report, StrategyModel, Theme } from "../model/index.ts";
import type { Risk } from "../model/risks.ts";

/** Names the shape of strategy.json, documented in docs/open-data.md and by its schema. */
export const STRATEGY_JSON_FORMAT = "strategy-press/strategy";
/**
 * The format's version: the minor number rises when a field is added, the major when one is renamed,
 * removed or changes meaning (and then the schema is published under a new name, the old one kept).
 */
export const STRATEGY_JSON_VERSION = "2.1";
/** The format's JSON Schema, from the site's root: its file name carries the major version. */
export const STRATEGY_JSON_SCHEMA = "schemas/open-data/strategy-2.schema.json";

/**
 * The whole strategy with its derived progress, as published open data: a format of its own, in
 * snake_case, mapped field by field from the model so a refactor of the model cannot change it
 * unnoticed (tests/data/json.test.ts validates every fixture's against the schema). It holds facts,
 * not presentation: dates as written, ids for links between entries, and nothing twice.
 */
export function strategyJson(strategy: StrategyModel): string {
  const { meta } = strategy;
  const document = {
    format: STRATEGY_JSON_FORMAT,
    format_version: STRATEGY_JSON_VERSION,
    // From strategy.json, which sits in the strategy's folder.
    schema: `../${STRATEGY_JSON_SCHEMA}`,
    illustrative: meta.illustrative === true,
    as_at: strategy.asAt,
    strategy: _strategy(strategy),
    drivers: strategy.drivers.map((d) => ({
      id: d.id,
      title: d.title,
      year: d.year ?? null,
      summary: d.summary,
      implications: d.implications ?? [],
    })),
    policy_documents: strategy.policyDocuments.items.map((p) => ({ id: p.id, title: p.title, year: p.year ?? null })),
    themes: strategy.themes.map(_theme),
    service_models: {
      current: strategy.currentModel ? _model(strategy.currentModel) : null,
      desired: strategy.desiredModel ? _model(strategy.desiredModel) : null,
    },
    actions: strategy.actions.map(_action),
    reports: strategy.reports.map(_report),
    risks: strategy.risks.map(_risk),
    ...(strategy.measures ? { measures: strategy.measures.map(_measure) } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function _strategy(strategy: StrategyModel) {
  const m = strategy.meta;
  return {
    id: m.id,
    title: m.title,
    short_title: m.short_title ?? null,
    area: m.area ?? null,
    period: { start: m.period.start, end: m.period.end },
    status: m.status,
    version: m.version ?? null,
    published: m.published ?? null,
    board: m.board,
    organisations: m.organisations.map((o) => ({ id: o.id, name: o.name, role: o.role ?? null })),
    publisher: { name: strategy.publisher.name, url: strategy.publisher.url ?? null },
    contact: m.contact
      ? {
          name: m.contact.name,
          email: m.contact.email ?? null,
          phone: m.contact.phone ?? null,
          url: m.contact.url ?? null,
        }
      : null,
    licence: m.licence ? { name: m.licence.name, url: m.licence.url ?? null } : null,
    language: m.language,
    staleness_days: strategy.stalenessDays,
    // The strategy's own rating scale: its word for each status it rates (empty when it keeps the tool's).
    ratings: (m.ratings ?? []).map((r) => ({ status: r.means, label: r.label, colour: r.colour ?? null })),
    stages: m.stages === true,
    vision: m.vision,
    context: m.context ?? null,
  };
}

function _theme(t: Theme) {
  return {
    id: t.id,
    order: t.order,
    title: t.title,
    summary: t.summary ?? null,
    issues: t.issues,
    initiatives: t.initiatives.map((i) => ({ id: i.id, text: i.text })),
    objectives: t.objectives.map((o) => ({ id: o.id, ref: o.ref ?? null, title: o.title, summary: o.summary ?? null })),
    driver_ids: t.driverRefs.map((d) => d.id),
  };
}

function _model(model: NonNullable<StrategyModel["currentModel"]>) {
  return {
    year: model.year,
    title: model.title,
    statements: model.statements.map((s) => ({ id: s.id, text: s.text })),
  };
}

function _action(a: Action) {
  return {
    id: a.id,
    ref: a.ref,
    title: a.title,
    description: a.description ?? null,
    kind: a.kind,
    commissioning: a.commissioning ?? null,
    theme_ids: a.themes,
    objective_id: a.objectiveRef?.id ?? null,
    driver_ids: a.drivers,
    horizon: a.horizon ?? null,
    leads: a.leads.map((l) => ({
      person: l.person,
      organisation_id: l.organisation?.id ?? null,
      text: l.text,
      all_partners: l.allPartners,
    })),
    partners: a.partners ?? [],
    start: a.start ?? null,
    // As the plan wrote it; a decision may have moved it since (due_in_force).
    due: a.dueAt.original,
    due_in_force: a.dueAt.due,
    due_revisions: a.dueRevisions.map((r) => ({
      due: r.due,
      previous: r.previous,
      approved_on: r.approvedOn,
      report_id: r.reportId,
      recommendation: r.recommendation,
    })),
    milestones: (a.milestones ?? []).map((m) => ({ title: m.title, due: m.due, done: m.done ?? null })),
    moves_away_from: a.fromRefs.map((r) => r.id),
    moves_towards: a.towardsRefs.map((r) => r.id),
    depends_on: a.dependsOnRefs.map((r) => r.id),
    // Oldest first, as recorded: the history is the record.
    updates: [...a.history].reverse().map((u) => ({
      date: u.date,
      status: u.status,
      percent: u.percent ?? null,
      note: u.note,
      by: u.by ?? null,
      report_id: u.report ?? null,
      evidence: (u.evidence ?? []).map((e) => ({ title: e.title, url: e.url ?? null })),
      reason: u.reason ?? null,
      recovery: u.recovery ?? null,
      revised_due: u.revised_due ?? null,
      request: u.request ?? null,
      stage: u.stage ?? null,
    })),
    progress: {
      // No update yet is not a status a lead chose: null, as the schema says.
      status: a.progress.status === "not-reported" ? null : a.progress.status,
      percent: a.progress.percent,
      overdue: a.progress.overdue,
      stale: a.progress.stale,
      last_update: a.progress.latest?.date ?? null,
    },
  };
}

function _report(r: Report) {
  return {
    id: r.id,
    title: r.title,
    board: r.board,
    meeting: r.meeting,
    period: { start: r.period.start, end: r.period.end },
    purpose: r.purpose,
    summary: r.summary ?? null,
    recommendations: r.recommendations.map((rec) => ({
      number: rec.number,
      text: rec.text,
      reason: rec.reason,
      action_ids: rec.actionIds,
      risk_ids: rec.riskIds,
    })),
    decisions: r.decisions.map((d) => ({
      recommendation: d.recommendation.number,
      decision: d.outcome,
      note: d.note,
      follow_up: d.followUp,
      revised_due: d.revisedDue.map((x) => ({ action_id: x.actionId, due: x.due })),
    })),
  };
}

function _risk(r: Risk) {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    description: r.description,
    owner: r.owner,
    raised: r.raised,
    before_mitigation: { likelihood: r.before.likelihood, impact: r.before.impact },
    after_mitigation: { likelihood: r.after.likelihood, impact: r.after.impact },
    mitigation: r.mitigation,
    action_ids: r.actionIds,
    status: r.status,
    reviews: r.reviews.map((v) => ({
      date: v.date,
      note: v.note,
      likelihood: v.likelihood ?? null,
      impact: v.impact ?? null,
      status: v.status ?? null,
    })),
  };
}

function _measure(m: Measure) {
  const point = (p: { date: string; value: number }) => ({ date: p.date, value: p.value });
  const travel = (t: Measure["travel"]["previous"]) => (t ? { travel: t.travel, from: point(t.from) } : null);
  return {
    id: m.id,
    ref: m.ref,
    title: m.title,
    description: m.description,
    theme_id: m.theme?.id ?? null,
    objective_id: m.objective?.id ?? null,
    action_id: m.action?.id ?? null,
    lead_organisations: m.leadOrganisations,
    unit: m.unit,
    direction: m.direction,
    source: m.source ? { title: m.source.title, url: m.source.url ?? null } : null,
    illustrative: m.illustrative,
    baseline: point(m.baseline),
    target: point(m.target),
    targets: m.targets.map((t) => ({ period: t.period, start: t.start, end: t.end, value: t.value })),
    tolerance: m.tolerance ? { green: m.tolerance.green, amber: m.tolerance.amber } : null,
    frequency: m.frequency,
    lag_days: m.lagDays,
    comparators: m.comparators.map((c) => ({
      title: c.title,
      source: c.source ? { title: c.source.title, url: c.source.url ?? null } : null,
      illustrative: c.illustrative,
      values: c.values.map(point),
    })),
    // Each value with the target for its period and its rating against it.
    values: m.values.map((v) => ({
      date: v.date,
      value: v.value,
      note: v.note ?? null,
      target_period: v.target?.period ?? null,
      target_value: v.target?.value ?? null,
      status: v.status,
    })),
    status: m.status,
    travel: {
      previous: travel(m.travel.previous),
      year_before: travel(m.travel.yearBefore),
      worsening_twice: m.travel.worseningTwice,
    },
    next: m.next ? { period_end: m.next.periodEnd, due_by: m.next.dueBy, overdue: m.next.overdue } : null,
    exceptions: m.exceptions,
  };
}
