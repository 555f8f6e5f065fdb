/**
 * Times the open data writers on a synthetic strategy of N actions (default 1000), and prints the figures as JSON: `node bin/start.js bench/data.ts [N]`.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { actionsCsv, atomFeed, strategyJson, updatesCsv } from "../src/data/index.ts";
import { SYNTHETIC_CLOCK, syntheticStrategy } from "../src/bench/synthetic.ts";
import { buildStrategy, type SiteContent } from "../src/model/index.ts";

const SITE: SiteContent = {
  title: "Bench",
  publisher: { name: "Bench Council" },
  base_url: "https://bench.example/",
  path_prefix: "/",
};

/** Milliseconds a step took, and the size of what it wrote when it wrote text. */
function _time<T>(run: () => T): { ms: number; bytes?: number } {
  const started = performance.now();
  const out = run();
  const ms = Math.round((performance.now() - started) * 10) / 10;
  return typeof out === "string" ? { ms, bytes: Buffer.byteLength(out) } : { ms };
}

export function benchData(n: number): Record<string, unknown> {
  const model = _time(() => buildStrategy(syntheticStrategy({ actions: n }), SYNTHETIC_CLOCK));
  const strategy = buildStrategy(syntheticStrategy({ actions: n }), SYNTHETIC_CLOCK);
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
