/**
 * Times the open data writers on a synthetic strategy of N actions (default 1000), each with four
 * progress updates, and prints the figures as JSON: `npx tsx bench/data.ts [N]`.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { actionsCsv, atomFeed, strategyJson, updatesCsv } from "../src/data/index.ts";
import { STATUSES, buildStrategy, type ActionContent, type SiteContent, type StrategyFiles } from "../src/model/index.ts";

const SITE: SiteContent = { title: "Bench", publisher: { name: "Bench Council" }, base_url: "https://bench.example/", path_prefix: "/" };

function _action(i: number): ActionContent {
  const year = 2020 + (i % 4);
  return {
    id: `a${i}`,
    title: `Action ${i}: improve services, "together" → better outcomes`,
    kind: i % 3 === 0 ? "commissioning-intention" : "action",
    themes: ["t1"],
    drivers: ["d1"],
    horizon: "medium",
    lead: `Lead ${i % 7}`,
    partners: ["Partner A", "Partner B"],
    start: `${year}-01-01`,
    due: `${year + 1}-12-31`,
    updates: [1, 4, 7, 10].map((month, k) => ({
      date: `${year}-${String(month).padStart(2, "0")}-15`,
      status: STATUSES[(i + k) % 4] ?? "on-track",
      percent: 20 * (k + 1),
      note: `Update ${k} on action ${i}: a **markdown** note with a [link](https://example.org/${i}), commas, and "quotes".`,
    })),
  };
}

export function syntheticStrategy(n: number): StrategyFiles {
  return {
    strategy: { id: "bench", title: "Bench strategy", organisations: [{ id: "c", name: "Bench Council" }], period: { start: 2020, end: 2025 }, status: "published", board: "Board", language: "en-GB", vision: "Vision." },
    drivers: { drivers: [{ id: "d1", title: "Driver", summary: "Driver." }] },
    themes: [{ id: "t1", order: 1, title: "Theme", issues: [], initiatives: [] }],
    plan: { current_model: { year: 2020, statements: [] }, desired_model: { year: 2025, statements: [] }, actions: Array.from({ length: n }, (_, i) => _action(i + 1)) },
    reports: { reports: [] },
  };
}

/** Milliseconds a step took, and the size of what it wrote when it wrote text. */
function _time<T>(run: () => T): { ms: number; bytes?: number } {
  const started = performance.now();
  const out = run();
  const ms = Math.round((performance.now() - started) * 10) / 10;
  return typeof out === "string" ? { ms, bytes: Buffer.byteLength(out) } : { ms };
}

export function benchData(n: number): Record<string, unknown> {
  const model = _time(() => buildStrategy(syntheticStrategy(n)));
  const strategy = buildStrategy(syntheticStrategy(n));
  return {
    actions: n,
    updates: strategy.counts.updates,
    model,
    "strategy.json": _time(() => strategyJson(strategy)),
    "actions.csv": _time(() => actionsCsv(strategy)),
    "updates.csv": _time(() => updatesCsv(strategy)),
    "feed.xml": _time(() => atomFeed(SITE, strategy)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const n = Number(process.argv[2] ?? 1000);
  process.stdout.write(`${JSON.stringify(benchData(Number.isInteger(n) && n > 0 ? n : 1000), null, 2)}\n`);
}
