import { join } from "node:path";
import { strategyUrls } from "../data/urls.ts";
import type { SiteModel } from "../model/index.ts";
import { EDITION_FORMATS } from "../editions/formats.ts";
import { readStoredEdition, storedEdition } from "../editions/stored.ts";
import { renderEasyRead } from "../pdf/index.ts";

/** A PDF the build publishes: its address on the site ("/x/reports/2015-09.pdf") and its bytes. */
export interface PaperFile {
  path: string;
  bytes: Uint8Array;
}

/** Every paper of a build: each board paper as PDF and Word, the latest again as latest.pdf, and each easy-read summary. */
export async function renderPapers(model: SiteModel, contentDir?: string): Promise<PaperFile[]> {
  const files: PaperFile[] = [];
  for (const strategy of model.strategies) {
    const base = `/${strategy.id}/`;
    // Each paper cites the live site and its own page there.
    const siteHome = strategyUrls(model.site, strategy).home;
    for (const report of strategy.reports) {
      // An approved report's editions are published as they were approved, byte for byte; any other is made now.
      for (const format of EDITION_FORMATS) {
        const stored = contentDir ? storedEdition(report, format.ext) : null;
        const bytes =
          stored && contentDir
            ? readStoredEdition(join(contentDir, strategy.id), report.id, stored)
            : await format.render(strategy, report.id, { siteHome });
        files.push({ path: `${base}reports/${report.id}.${format.ext}`, bytes });
      }
    }
    const latest = files.find((f) => f.path === `${base}reports/${strategy.latestReport?.id}.pdf`);
    if (latest) files.push({ path: `${base}reports/latest.pdf`, bytes: latest.bytes });
    const easyRead = await renderEasyRead(strategy, contentDir ? join(contentDir, strategy.id) : undefined);
    if (easyRead) files.push({ path: `${base}easy-read.pdf`, bytes: easyRead });
  }
  return files;
}
