import type { ReportContent, StrategyFiles } from "./content.ts";
import { updatesInOrder } from "./updates.ts";

/**
 * What a report's paper is made from, as facts keyed by what an author edits: the report's own
 * entry, each action, each update dated by the period end, the decisions of the reports before it,
 * and the risks and measures as they stood. Stored beside an approved report's edition, so a later
 * edit that would change what the report says can be named (factChanges), while the edition itself
 * stays as approved.
 */
export type EditionFacts = Record<string, unknown>;

/** Where a fact comes from, for saying which edit changed it. */
export type FactKind = "report" | "strategy" | "action" | "update" | "decisions" | "risk" | "measure";

/** One fact that is not what it was when the report was approved. */
export interface FactChange {
  key: string;
  kind: FactKind;
  change: "changed" | "added" | "removed";
  /** The action an action or update fact is about. */
  actionId?: string;
  /** For an update: its date, and its place among that action's updates of the same day (from 0). */
  date?: string;
  sameDay?: number;
  /** The fields that differ, for a change. */
  fields: string[];
}

/** The parts of a report's own entry that are recorded after its paper: they never change the paper. */
const _AFTER_THE_PAPER = new Set<keyof ReportContent>([
  "status",
  "approved",
  "decisions",
  "corrections",
  "returns_due",
]);

/** The facts of one report, from the strategy's files as a published build reads them. */
export function editionFacts(files: StrategyFiles, reportId: string): EditionFacts {
  const report = files.reports.reports.find((r) => r.id === reportId);
  if (!report) return {};
  const end = report.period.end;
  const facts: EditionFacts = {};
  facts["report"] = Object.fromEntries(
    Object.entries(report).filter(([k]) => !_AFTER_THE_PAPER.has(k as keyof ReportContent)),
  );
  // What of strategy.yaml a paper shows or judges by; its vision or context, say, are not in the paper.
  const { title, short_title, illustrative, words, staleness_days, organisations, board, language, ratings, stages } =
    files.strategy;
  facts["strategy"] = {
    title,
    short_title,
    illustrative,
    words,
    staleness_days,
    organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
    board,
    language,
    ratings,
    stages,
  };
  for (const earlier of files.reports.reports.filter((r) => r.period.end < report.period.end))
    facts[`decisions ${earlier.id}`] = earlier.decisions ?? [];
  for (const action of files.plan.actions) {
    const { updates, ...rest } = action;
    facts[`action ${action.id}`] = rest;
    const seen = new Map<string, number>();
    for (const u of updatesInOrder(updates).filter((u) => u.date <= end)) {
      const n = seen.get(u.date) ?? 0;
      seen.set(u.date, n + 1);
      facts[`update ${action.id} ${u.date} ${n}`] = u;
    }
  }
  for (const risk of files.risks?.risks ?? []) {
    if (risk.raised <= end)
      facts[`risk ${risk.id}`] = { ...risk, reviews: (risk.reviews ?? []).filter((v) => v.date <= end) };
  }
  for (const measure of files.measures?.measures ?? [])
    facts[`measure ${measure.id}`] = { ...measure, values: (measure.values ?? []).filter((v) => v.date <= end) };
  return JSON.parse(JSON.stringify(facts)) as EditionFacts;
}

/** The facts that differ between the stored edition's and the content's now, in key order. */
export function factChanges(stored: EditionFacts, now: EditionFacts): FactChange[] {
  const keys = [...new Set([...Object.keys(stored), ...Object.keys(now)])].sort();
  const changes: FactChange[] = [];
  for (const key of keys) {
    const [before, after] = [stored[key], now[key]];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const change = before === undefined ? "added" : after === undefined ? "removed" : "changed";
    changes.push({ key, ..._parts(key), change, fields: change === "changed" ? _fields(before, after) : [] });
  }
  return changes;
}

function _parts(key: string): Pick<FactChange, "kind" | "actionId" | "date" | "sameDay"> {
  const [kind, id, date, n] = key.split(" ") as [FactKind, string?, string?, string?];
  if (kind === "update") return { kind, actionId: id as string, date: date as string, sameDay: Number(n) };
  if (kind === "action") return { kind, actionId: id as string };
  return { kind };
}

/** The top-level fields of two records that differ. */
function _fields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .sort();
}
