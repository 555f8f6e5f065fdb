import { join } from "node:path";
import { strategyUrls } from "../data/urls.ts";
import type { SiteModel } from "../model/index.ts";
import { pdfPageCount, renderEasyRead, renderReport } from "../pdf/index.ts";
import type { Download } from "../site/data.ts";

/** A PDF the build publishes: its address on the site ("/x/reports/2015-09.pdf") and its bytes. */
export interface PaperFile { path: string; bytes: Buffer }

const _made = new WeakMap<SiteModel, Promise<PaperFile[]>>();

/**
 * Every PDF of a build, rendered once per model: each board paper, the latest again as latest.pdf,
 * and each easy-read summary. The pages read their sizes and page counts before they are written;
 * the same bytes are then written beside them.
 */
export function paperFiles(model: SiteModel, contentDir?: string): Promise<PaperFile[]> {
  let made = _made.get(model);
  if (!made) _made.set(model, (made = _render(model, contentDir)));
  return made;
}

/** What a reader is told before downloading each PDF: its size and page count, by its address. */
export async function downloads(model: SiteModel, contentDir?: string): Promise<Record<string, Download>> {
  const files = await paperFiles(model, contentDir);
  return Object.fromEntries(files.map((f) => [f.path, { bytes: f.bytes.length, pages: pdfPageCount(f.bytes) }]));
}

async function _render(model: SiteModel, contentDir?: string): Promise<PaperFile[]> {
  const files: PaperFile[] = [];
  for (const strategy of model.strategies) {
    const base = `/${strategy.id}/`;
    // Each paper cites the live site and its own page there.
    const siteHome = strategyUrls(model.site, strategy).home;
    for (const report of strategy.reports) files.push({ path: `${base}reports/${report.id}.pdf`, bytes: await renderReport(strategy, report.id, { siteHome }) });
    const latest = files.find((f) => f.path === `${base}reports/${strategy.latestReport?.id}.pdf`);
    if (latest) files.push({ path: `${base}reports/latest.pdf`, bytes: latest.bytes });
    const easyRead = await renderEasyRead(strategy, contentDir ? join(contentDir, strategy.id) : undefined);
    if (easyRead) files.push({ path: `${base}easy-read.pdf`, bytes: easyRead });
  }
  return files;
}
