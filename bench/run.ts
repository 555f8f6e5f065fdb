/**
 * Measures a build of a synthetic strategy of N actions phase by phase, and prints the figures as
 * JSON: `npm run bench -- [N]` (default 1000). Beside them, in the same run: plain Eleventy
 * rendering as many pages from a bare template, and Chromium printing the same report page to PDF.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { syntheticStrategy } from "../src/bench/synthetic.ts";
import { dataFiles } from "../src/data/index.ts";
import { loadContent } from "../src/load/content-folder.ts";
import { buildSite, type SiteContent } from "../src/model/index.ts";
import { renderReport } from "../src/pdf/index.ts";
import { renderPages } from "../src/site/render.ts";
import { indexForSearch } from "../src/site/search-index.ts";
import { validateContent } from "../src/validate/index.ts";
import { plainEleventy } from "./baselines/eleventy.ts";
import { chromiumPrint } from "./baselines/chromium.ts";
import { writeContent } from "./content.ts";

const SITE: SiteContent = { title: "Bench strategies", publisher: { name: "Example Council", colour: "#1d4f76" }, base_url: "https://strategies.example/", path_prefix: "/" };

interface Phase { ms: number; heapMiB: number; rssMiB: number }
const phases: Record<string, Phase> = {};

async function phase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  const memory = process.memoryUsage();
  phases[name] = { ms: Math.round(performance.now() - started), heapMiB: _mib(memory.heapUsed), rssMiB: _mib(memory.rss) };
  return result;
}

const _mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function _htmlPages(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== "pagefind") count += _htmlPages(join(dir, entry.name));
    else if (entry.name.endsWith(".html")) count++;
  }
  return count;
}

async function main(): Promise<void> {
  const actions = Number(process.argv[2] ?? 1000);
  const work = mkdtempSync(join(tmpdir(), "strategy-press-bench-"));
  try {
    const files = syntheticStrategy({ actions });
    writeContent(join(work, "content"), SITE, files);
    const started = performance.now();
    const loaded = await phase("load", () => loadContent(join(work, "content"), work));
    const validated = await phase("validate", () => validateContent(loaded));
    if (!validated.content) throw new Error(`synthetic content has ${validated.errors} errors: ${validated.diagnostics[0]?.message}`);
    const content = validated.content;
    const model = await phase("model", () => buildSite(content.site, content.strategies));
    const strategy = model.strategies[0];
    if (!strategy) throw new Error("no strategy");
    await phase("data", () => dataFiles(model.site, strategy).reduce((n, f) => n + f.text.length, 0));
    const latest = strategy.latestReport?.id ?? "";
    const pdf = await phase("pdf", () => renderReport(strategy, latest));
    const siteDir = join(work, "_site");
    await phase("site", () => renderPages(model, siteDir));
    await phase("search", () => indexForSearch(siteDir));
    const totalMs = Math.round(performance.now() - started);
    const pages = _htmlPages(siteDir);

    const eleventy = await plainEleventy(pages, join(work, "plain"));
    const reportPage = join(siteDir, strategy.id, "reports", latest, "index.html");
    const chromium = existsSync("/usr/bin/chromium") && existsSync(reportPage) ? await chromiumPrint(siteDir, `/${strategy.id}/reports/${latest}/`) : null;

    const figures = {
      actions,
      updates: strategy.counts.updates,
      pages,
      pdf: { bytes: pdf.length, ms: phases["pdf"]?.ms },
      phases,
      totalMs,
      peakRssMiB: _mib(process.resourceUsage().maxRSS * 1024),
      baselines: { plainEleventy: eleventy, chromiumPrintToPdf: chromium },
      siteBytes: _size(siteDir),
    };
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function _size(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? _size(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

await main();
