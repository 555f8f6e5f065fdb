import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { dataFiles } from "../data/index.ts";
import type { SiteModel } from "../model/index.ts";
import { MARKER, MARKER_TEXT } from "../output/out-folder.ts";
import type { PageIndexer } from "../site/page-indexer.ts";
import { paperFiles } from "./papers.ts";

/** Each strategy's open data (JSON, CSV, Atom): quick to write, so written with the pages. */
export function writeDataFiles(model: SiteModel, outDir: string): void {
  // The marker lets the next `strategy-press build` replace this folder, whichever way it was published.
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, MARKER), MARKER_TEXT);
  for (const strategy of model.strategies) {
    const dir = join(outDir, strategy.id);
    mkdirSync(dir, { recursive: true });
    for (const file of dataFiles(model.site, strategy)) writeFileSync(join(dir, file.name), file.text);
  }
}

/**
 * The PDFs (board papers, easy-read summaries) and the search index, once every page is written. The
 * PDFs are the ones whose sizes the pages give, rendered once; the indexer has been given each page.
 */
export async function writePapersAndSearch(model: SiteModel, outDir: string, search: PageIndexer, contentDir?: string): Promise<void> {
  for (const file of await paperFiles(model, contentDir)) {
    const path = join(outDir, ...file.path.split("/").filter(Boolean));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
  await search.write(outDir);
}
