import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataFiles } from "../data/index.ts";
import type { SiteModel } from "../model/index.ts";
import { MARKER, MARKER_TEXT } from "../output/out-folder.ts";
import { writeReportPdfs } from "../pdf/index.ts";
import { indexForSearch } from "../site/search-index.ts";

/** Each strategy's open data (JSON, CSV, Atom): quick to write, so written with the pages. */
export function writeDataFiles(model: SiteModel, outDir: string): void {
  // The marker lets the next `strategy-press build` replace this folder, whichever way it was published.
  writeFileSync(join(outDir, MARKER), MARKER_TEXT);
  for (const strategy of model.strategies) {
    const dir = join(outDir, strategy.id);
    mkdirSync(dir, { recursive: true });
    for (const file of dataFiles(model.site, strategy)) writeFileSync(join(dir, file.name), file.text);
  }
}

/** The board papers and the search index: the slow part of a build, which needs the pages written first. */
export async function writePapersAndSearch(model: SiteModel, outDir: string): Promise<void> {
  for (const strategy of model.strategies) await writeReportPdfs(strategy, join(outDir, strategy.id));
  await indexForSearch(outDir);
}
