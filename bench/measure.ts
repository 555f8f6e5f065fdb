/**
 * One build of a synthetic repository, measured phase by phase in a process of its own (so its
 * peak memory is its own): `node bin/start.js bench/measure.ts <actions> [strategies] [--profile dir] [--no-chromium]`.
 * Prints JSON. `npm run bench` runs this once per size and prints the table; run it directly to
 * look at one size, or with `--profile dir` to write one CPU profile per phase for bench/profile.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { SYNTHETIC_CLOCK, syntheticStrategy } from "../src/bench/synthetic.ts";
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
import { DERBY_CLOCK, derbyShaped } from "./derby-shape.ts";

const SITE: SiteContent = {
  title: "Bench strategies",
  publisher: { name: "Example Council", colour: "#1d4f76" },
  base_url: "https://strategies.example/",
  path_prefix: "/",
};

export const PHASES = ["load", "validate", "model", "data", "pdf", "site", "search"] as const;
export type PhaseName = (typeof PHASES)[number];

export interface Measured {
  actions: number;
  strategies: number;
  updates: number;
  pages: number;
  /** Milliseconds per phase. */
  phases: Record<PhaseName, number>;
  totalMs: number;
  /** The process's peak resident memory over the build (before the baselines ran). */
  peakRssMiB: number;
  /** The process's peak memory as each phase ended: which phase raised the peak. */
  peakRssAfterMiB: Record<PhaseName, number>;
  /** The first strategy's latest report alone, the one Chromium prints. */
  firstPdfMs: number;
  plainEleventyMs: number;
  chromiumPrintMs: number | null;
}

const _mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Actions shared out over the strategies as evenly as whole numbers allow. */
function _shares(actions: number, strategies: number): number[] {
  return Array.from(
    { length: strategies },
    (_, i) => Math.floor(actions / strategies) + (i < actions % strategies ? 1 : 0),
  );
}

function _htmlPages(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== "pagefind") count += _htmlPages(join(dir, entry.name));
    else if (entry.name.endsWith(".html")) count++;
  }
  return count;
}

/** What the bench's content is like: the synthetic strategy, or Derby's own copied to size (bench/derby-shape.ts). */
export type Shape = "synthetic" | "derby";

export async function measure(
  actions: number,
  strategies: number,
  options: { profileDir?: string; chromium?: boolean; shape?: Shape } = {},
): Promise<Measured> {
  const work = mkdtempSync(join(tmpdir(), "strategy-press-bench-"));
  const session = options.profileDir ? new Session() : null;
  if (session && options.profileDir) {
    mkdirSync(options.profileDir, { recursive: true });
    session.connect();
    await session.post("Profiler.enable");
  }
  const phases = {} as Record<PhaseName, number>;
  const peakRssAfterMiB = {} as Record<PhaseName, number>;
  const phase = async <T>(name: PhaseName, work: () => T | Promise<T>): Promise<T> => {
    if (session) await session.post("Profiler.start");
    const started = performance.now();
    const result = await work();
    phases[name] = Math.round(performance.now() - started);
    peakRssAfterMiB[name] = _mib(process.resourceUsage().maxRSS * 1024);
    if (session && options.profileDir) {
      const { profile } = await session.post("Profiler.stop");
      writeFileSync(join(options.profileDir, `${actions}x${strategies}-${name}.cpuprofile`), JSON.stringify(profile));
    }
    return result;
  };
  try {
    const content = join(work, "content");
    const derby = options.shape === "derby";
    _shares(actions, strategies).forEach((n, i) => {
      const id = strategies > 1 ? `strategy-${String(i + 1).padStart(2, "0")}` : undefined;
      writeContent(
        content,
        SITE,
        derby ? derbyShaped(n, id ?? "derby-shaped") : syntheticStrategy({ actions: n, ...(id ? { id } : {}) }),
      );
    });
    const started = performance.now();
    const loaded = await phase("load", () => loadContent(content, work));
    const validated = await phase("validate", () => validateContent(loaded));
    if (!validated.content)
      throw new Error(`synthetic content has ${validated.errors} errors: ${JSON.stringify(validated.diagnostics[0])}`);
    const valid = validated.content;
    const model = await phase("model", () =>
      buildSite(valid.site, valid.strategies, derby ? DERBY_CLOCK : SYNTHETIC_CLOCK),
    );
    await phase("data", () =>
      model.strategies.reduce((n, s) => n + dataFiles(model.site, s).reduce((m, f) => m + f.text.length, 0), 0),
    );
    // The latest report of every strategy, as a quarter's board papers would be.
    let firstPdfMs = 0;
    await phase("pdf", async () => {
      for (const [i, s] of model.strategies.entries()) {
        const begun = performance.now();
        await renderReport(s, s.latestReport?.id ?? "");
        if (i === 0) firstPdfMs = Math.round(performance.now() - begun);
      }
    });
    const siteDir = join(work, "_site");
    await phase("site", () => renderPages(model, siteDir));
    await phase("search", () => indexForSearch(siteDir));
    const totalMs = Math.round(performance.now() - started);
    const peakRssMiB = _mib(process.resourceUsage().maxRSS * 1024);
    session?.disconnect();

    const pages = _htmlPages(siteDir);
    const first = model.strategies[0];
    const latest = first?.latestReport?.id ?? "";
    const plain = await plainEleventy(pages, join(work, "plain"));
    const reportPage = join(siteDir, first?.id ?? "", "reports", latest, "index.html");
    const canPrint = options.chromium !== false && existsSync("/usr/bin/chromium") && existsSync(reportPage);
    const chromium = canPrint ? await chromiumPrint(siteDir, `/${first?.id}/reports/${latest}/`) : null;
    return {
      actions,
      strategies,
      updates: model.strategies.reduce((n, s) => n + s.counts.updates, 0),
      pages,
      phases,
      totalMs,
      peakRssMiB,
      peakRssAfterMiB,
      firstPdfMs,
      plainEleventyMs: plain.ms,
      chromiumPrintMs: chromium?.ms ?? null,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      profile: { type: "string" },
      "no-chromium": { type: "boolean" },
      shape: { type: "string", default: "synthetic" },
    },
  });
  if (values.shape !== "synthetic" && values.shape !== "derby")
    throw new Error(`--shape must be synthetic or derby, not "${values.shape}"`);
  const actions = Number(positionals[0] ?? 1000);
  const strategies = Number(positionals[1] ?? 1);
  const figures = await measure(actions, strategies, {
    ...(values.profile ? { profileDir: values.profile } : {}),
    chromium: !values["no-chromium"],
    shape: values.shape,
  });
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
