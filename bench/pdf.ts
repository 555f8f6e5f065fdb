/**
 * Times the board paper: the Derby strategy's latest report, and the latest report of a synthetic
 * strategy of N actions (default 1000). Prints the figures as JSON: `node bin/start.js bench/pdf.ts [N]`.
 */
import { performance } from "node:perf_hooks";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { SYNTHETIC_CLOCK, syntheticStrategy } from "../src/bench/synthetic.ts";
import { buildStrategy, type StrategyModel } from "../src/model/index.ts";
import { renderReport } from "../src/pdf/index.ts";
import { PACKAGE_ROOT } from "../src/package-root.ts";
import { readModel } from "../src/pipeline.ts";

/** pdfkit writes one "/Type /Page" object per page; counting them avoids parsing the file. */
function _pages(bytes: Buffer): number {
  return bytes.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
}

/** The first render (cold: fonts read, code not yet optimised, as in a one-off `report`) and the median of later ones. */
async function _measure(strategy: StrategyModel, runs: number): Promise<Record<string, unknown>> {
  const report = strategy.latestReport;
  if (!report) throw new Error(`strategy "${strategy.id}" has no report to render`);
  const times: number[] = [];
  let bytes: Buffer = Buffer.alloc(0);
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    bytes = await renderReport(strategy, report.id);
    times.push(Math.round((performance.now() - started) * 10) / 10);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return {
    report: report.id,
    coldMs: times[0],
    warmMedianMs: warm[Math.floor(warm.length / 2)] ?? null,
    runs,
    pages: _pages(bytes),
    bytes: bytes.length,
  };
}

/** A paper of n actions that came out as a handful of pages lost its tables: fail the bench rather than time it. */
function _checked(figures: Record<string, unknown>, n: number): Record<string, unknown> {
  const pages = Number(figures["pages"]);
  if (n >= 1000 && !(pages > 100))
    throw new Error(`the ${n}-action board paper has ${pages} pages; expected more than 100`);
  return figures;
}

export async function benchPdf(n: number): Promise<Record<string, unknown>> {
  const derby = readModel(join(PACKAGE_ROOT, "content")).model.strategies.find((s) => s.id === "derby-mental-health");
  if (!derby) throw new Error("the Derby strategy is missing from content/");
  return {
    derby: await _measure(derby, 7),
    synthetic: {
      actions: n,
      ...(await _checked(await _measure(buildStrategy(syntheticStrategy({ actions: n }), SYNTHETIC_CLOCK), 3), n)),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const n = Number(process.argv[2] ?? 1000);
  process.stdout.write(`${JSON.stringify(await benchPdf(Number.isInteger(n) && n > 0 ? n : 1000), null, 2)}\n`);
}
