import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { SiteModel } from "../model/index.ts";
import type { PageIndexer } from "../site/page-indexer.ts";
import { paperFiles } from "./papers.ts";

/**
 * The PDFs (board papers, easy-read summaries) and the search index, once every page is written. The
 * PDFs are the ones whose sizes the pages give, rendered once; the indexer has been given each page.
 */
export async function writePapersAndSearch(
  model: SiteModel,
  outDir: string,
  search: PageIndexer,
  contentDir?: string,
): Promise<void> {
  for (const file of await paperFiles(model, contentDir)) {
    const path = join(outDir, ...file.path.split("/").filter(Boolean));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
  await search.write(outDir);
}
